#include "pipeline/intake.h"

#include <cstdio>

#include "pipeline/deadline.h"
#include "pipeline/model/unicode.h"

namespace dsar {
namespace {

using Severity = IntakeCheck::Severity;

// True if two subjects are the same person: same folded name, or a shared
// email address or identifier.
bool SamePerson(const Subject& a, const Subject& b) {
  if (FoldForMatch(a.name) == FoldForMatch(b.name)) return true;
  for (const std::string& x : a.emails) {
    for (const std::string& y : b.emails) {
      if (FoldForMatch(x) == FoldForMatch(y)) return true;
    }
  }
  for (const std::string& x : a.identifiers) {
    for (const std::string& y : b.identifiers) {
      if (StripSpaces(FoldForMatch(x)) == StripSpaces(FoldForMatch(y))) return true;
    }
  }
  return false;
}

}  // namespace

const char* SeverityName(IntakeCheck::Severity s) {
  switch (s) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kBlock: return "blocked";
  }
  return "warning";
}

int AgeOn(const std::string& dob, const std::string& on) {
  if (!IsIsoDate(dob) || !IsIsoDate(on)) return -1;
  int by, bm, bd, oy, om, od;
  std::sscanf(dob.c_str(), "%d-%d-%d", &by, &bm, &bd);
  std::sscanf(on.c_str(), "%d-%d-%d", &oy, &om, &od);
  int age = oy - by;
  if (om < bm || (om == bm && od < bd)) --age;
  return age;
}

std::vector<IntakeCheck> CheckRequest(const Request& r, const Policy& p,
                                      const std::vector<EarlierCase>& earlier) {
  std::vector<IntakeCheck> out;
  const std::string& rel = r.requester.relationship;

  // Writing.
  if (!r.in_writing) {
    if (p.in_writing == "required") {
      out.push_back({Severity::kBlock, "in_writing",
                     "The policy requires subject access requests in writing (letter or email to the "
                     "DPO). Ask the requester to put the request in writing, then set in_writing = true "
                     "in the request file."});
    } else {
      out.push_back({Severity::kNote, "in_writing",
                     "The request was not made in writing. The policy accepts requests in any form; "
                     "keep a written note of what was asked and confirm it with the requester."});
    }
  }

  // Identity.
  if (!r.requester.id_verified) {
    std::string forms = p.id_forms > 0 ? std::to_string(p.id_forms) + " forms of identification" : "identification";
    if (p.id_check == "required") {
      out.push_back({Severity::kBlock, "id",
                     "The policy requires " + forms + " before responding, and none is recorded. "
                     "When ID arrives, set requester.id_received (the one-month period then runs from "
                     "that day) and re-run dsar case new."});
    } else if (p.id_check == "may_request") {
      out.push_back({Severity::kWarning, "id",
                     "ID not yet verified. The policy says we may ask for " + forms +
                         (p.verify_by_phone ? " and may phone the requester to confirm the request" : "") +
                         ". If you ask, the one-month period runs from the day it arrives: record it as "
                         "requester.id_received."});
    }
  } else if (!r.requester.id_received.empty()) {
    out.push_back({Severity::kNote, "id",
                   "ID received on " + r.requester.id_received + ": the deadline runs from that day."});
  }

  // Who is asking.
  int age = AgeOn(r.subject.date_of_birth, r.received);
  if (rel == "parent") {
    if (age < 0) {
      out.push_back({Severity::kWarning, "child_consent",
                     "A parent is asking and the subject's date of birth is not recorded, so the "
                     "consent age (" + std::to_string(p.child_consent_age) + ") cannot be checked. Add "
                     "subject.date_of_birth."});
    } else if (age >= 18) {
      out.push_back({Severity::kBlock, "child_consent",
                     "The subject is " + std::to_string(age) + ", an adult: a parent cannot make a "
                     "subject access request for them without their written authority. Treat the parent "
                     "as an authorised third party (relationship = \"authorised_third_party\") with "
                     "evidence, or ask the subject."});
    } else if (age >= p.child_consent_age && !r.requester.child_consent &&
               !r.requester.child_cannot_understand) {
      out.push_back({Severity::kBlock, "child_consent",
                     "The pupil is " + std::to_string(age) + ". Under the policy, children aged " +
                         std::to_string(p.child_consent_age) +
                         " and above are generally mature enough to understand their rights, so a "
                         "parent's request usually needs the pupil's consent. Record "
                         "requester.child_consent = true once the pupil agrees, or "
                         "requester.child_cannot_understand = true if you judge the pupil cannot "
                         "understand their rights (note why). " + p.child_guidance});
    } else if (age < p.child_consent_age) {
      out.push_back({Severity::kNote, "child_consent",
                     "The pupil is " + std::to_string(age) + ", under " +
                         std::to_string(p.child_consent_age) +
                         ": a parent's request may usually be granted without the pupil's consent, but "
                         "maturity is judged case by case."});
    }
  } else if (rel == "authorised_third_party" && !r.requester.evidence_of_authority) {
    out.push_back({Severity::kBlock, "authority",
                   "The requester acts for the subject but no evidence of their authority is recorded "
                   "(a signed letter of authority or power of attorney). Once you have it, set "
                   "requester.evidence_of_authority = true."});
  }

  // Educational record.
  if (r.type == "educational_record") {
    if (rel != "parent") {
      out.push_back({Severity::kWarning, "educational_record",
                     "Only parents have the separate right to see the educational record; handle this "
                     "as a subject access request instead (type = \"subject_access\")."});
    }
    if (age >= 18) {
      out.push_back({Severity::kBlock, "educational_record",
                     "The right to see the educational record applies only while the pupil is under 18."});
    }
  }

  // Repeats.
  for (const EarlierCase& e : earlier) {
    if (e.reference == r.reference || !SamePerson(e.subject, r.subject)) continue;
    int days = DaysBetween(e.received, r.received);
    if (days < 0 || days > p.repeat_window_days) continue;
    std::string msg = "Case " + e.reference + " for the same subject was received on " + e.received +
                      ", " + std::to_string(days) + " day(s) before this one. ";
    msg += p.repeat_is_excessive
               ? "The policy deems a repetitive request, or one for further copies of the same "
                 "information, unfounded or excessive. "
               : "The policy takes into account whether a request is repetitive. ";
    msg += "If it is manifestly unfounded or excessive you may refuse it, telling the requester why "
           "and that they may complain to the ICO or go to court (dsar case refuse), or charge a "
           "reasonable fee for administrative costs; otherwise respond as usual, disclosing what is new.";
    out.push_back({Severity::kWarning, "repeat", msg});
  }
  return out;
}

}  // namespace dsar
