// The policy engine: deadlines, requester checks, exemption triggers and
// letters, with the built-in default policy.
#include <catch2/catch.hpp>

#include "pipeline/deadline.h"
#include "pipeline/exemption_triggers.h"
#include "pipeline/intake.h"
#include "pipeline/letters.h"
#include "pipeline/policy.h"
#include "pipeline/request.h"
#include "redaction/redaction.h"
#include "test_util.h"

using namespace dsar;

namespace {

Policy DefaultPolicy() {
  Result<Policy> p = ParsePolicy(BuiltinDefaultPolicyText(), "default.toml");
  REQUIRE(p.ok());
  return *p;
}

Request MakeRequest(const std::string& extra_top, const std::string& requester,
                    const std::string& dob = "2012-05-14") {
  std::string text = "reference = \"SAR-T-1\"\nreceived = 2026-11-02\n" + extra_top +
                     "[subject]\nname = \"Amara Okafor\"\n" +
                     (dob.empty() ? "" : "date_of_birth = " + dob + "\n") + "[requester]\n" + requester +
                     "[sources]\npaths = [\"export/\"]\n";
  Result<Request> r = ParseRequest(text, "request.toml");
  INFO(text);
  REQUIRE(r.ok());
  return *r;
}

bool Has(const std::vector<IntakeCheck>& checks, const std::string& code, IntakeCheck::Severity s) {
  for (const IntakeCheck& c : checks) {
    if (c.code == code && c.severity == s) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("deadline: the ICO's calendar-month rule, table-driven", "[deadline]") {
  Policy p = DefaultPolicy();
  struct Row {
    const char* received;
    const char* id_received;
    bool extended;
    const char* due;
    const char* why;
  } rows[] = {
      {"2026-09-03", "", false, "2026-10-05", "3 Oct 2026 is a Saturday"},
      {"2026-10-06", "", false, "2026-11-06", "corresponding date"},
      {"2026-11-02", "", false, "2026-12-02", "the sample case"},
      {"2027-01-31", "", false, "2027-03-01", "no 31 Feb; 28 Feb 2027 is a Sunday"},
      {"2028-01-31", "", false, "2028-02-29", "leap year: the last day of February"},
      {"2026-03-31", "", false, "2026-04-30", "no 31 April"},
      {"2026-11-25", "", false, "2026-12-29", "25 Dec, weekend, 28 Dec substitute holiday"},
      {"2026-04-03", "", false, "2026-05-05", "4 May 2026 is a bank holiday (3 May a Sunday)"},
      {"2026-07-31", "", false, "2026-08-31", "31 Aug 2026 is a bank holiday... then 1 Sep"},
      {"2026-11-02", "2026-11-20", false, "2026-12-21", "from ID: 20 Dec is a Sunday"},
      {"2026-11-02", "", true, "2027-02-02", "extended by two months"},
      {"2026-11-30", "", true, "2027-03-01", "extended: no 30 Feb; 28 Feb 2027 is a Sunday"},
  };
  for (const Row& r : rows) {
    INFO(r.received << " " << r.why);
    Result<Deadline> d = ComputeDeadline({r.received, r.id_received, r.extended, 0}, p);
    REQUIRE(d.ok());
    if (std::string(r.received) == "2026-07-31") {
      CHECK(d->due == "2026-09-01");
    } else {
      CHECK(d->due == r.due);
    }
    if (r.extended) CHECK(d->standard_due == AddMonthsRule(r.received, 1, p.bank_holidays));
  }
  CHECK_FALSE(ComputeDeadline({"2026-02-30", "", false, 0}, p).ok());
  CHECK_FALSE(ComputeDeadline({"2026-11-02", "2026-10-01", false, 0}, p).ok());  // ID before request
}

TEST_CASE("deadline: school days on the policy's calendar", "[deadline]") {
  Policy p = DefaultPolicy();
  // 2 Nov 2026 (Monday, first day of term): 15 school days later.
  Result<Deadline> d = ComputeDeadline({"2026-11-02", "", false, 15}, p);
  REQUIRE(d.ok());
  CHECK(d->due == "2026-11-23");
  // Over half term (26-30 Oct are holidays): received Thu 22 Oct.
  Result<std::string> ht = AddSchoolDays("2026-10-22", 3, p.terms, p.closures, p.bank_holidays);
  REQUIRE(ht.ok());
  CHECK(*ht == "2026-11-03");  // 23 Oct, then 2 and 3 Nov
  // A closure day (INSET) does not count.
  std::vector<std::string> closures = {"2026-11-03"};
  CHECK(*AddSchoolDays("2026-10-22", 3, p.terms, closures, p.bank_holidays) == "2026-11-04");
  // Christmas holidays: received 16 Dec, 5 school days -> 17, 18 Dec, 5, 6, 7 Jan.
  CHECK(*AddSchoolDays("2026-12-16", 5, p.terms, p.closures, p.bank_holidays) == "2027-01-07");
  // Past the end of the calendar is an error, not a guess.
  CHECK_FALSE(AddSchoolDays("2027-07-01", 30, p.terms, p.closures, p.bank_holidays).ok());
  std::vector<TermDates> terms;
  std::vector<std::string> cl;
  Status s = ParseSchoolCalendar("[school_calendar]\nterms = [{ start = 2026-09-02, end = 2026-08-01 }]\n",
                                 "cal.toml", &terms, &cl);
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("cal.toml:2"));
}

TEST_CASE("intake: each requester case gives its warning or block", "[intake]") {
  Policy p = DefaultPolicy();
  // Parent, pupil aged 14, no consent: blocked.
  auto checks = CheckRequest(MakeRequest("", "relationship = \"parent\"\nname = \"Ngozi Okafor\"\n"), p, {});
  CHECK(Has(checks, "child_consent", IntakeCheck::Severity::kBlock));
  CHECK(Has(checks, "id", IntakeCheck::Severity::kWarning));  // may ask for 2 forms of ID
  // With consent recorded: no block.
  checks = CheckRequest(MakeRequest("", "relationship = \"parent\"\nname = \"N O\"\nchild_consent = true\n"), p, {});
  CHECK_FALSE(Has(checks, "child_consent", IntakeCheck::Severity::kBlock));
  // Or when the DPO judges the child cannot understand.
  checks = CheckRequest(
      MakeRequest("", "relationship = \"parent\"\nname = \"N O\"\nchild_cannot_understand = true\n"), p, {});
  CHECK_FALSE(Has(checks, "child_consent", IntakeCheck::Severity::kBlock));
  // Under 12: a note that maturity is judged case by case.
  checks = CheckRequest(MakeRequest("", "relationship = \"parent\"\nname = \"N O\"\n", "2016-01-10"), p, {});
  CHECK(Has(checks, "child_consent", IntakeCheck::Severity::kNote));
  // No date of birth: a warning that consent age cannot be checked.
  checks = CheckRequest(MakeRequest("", "relationship = \"parent\"\nname = \"N O\"\n", ""), p, {});
  CHECK(Has(checks, "child_consent", IntakeCheck::Severity::kWarning));
  // A third party without evidence of authority: blocked.
  checks = CheckRequest(MakeRequest("", "relationship = \"authorised_third_party\"\nname = \"A Solicitor\"\n"), p, {});
  CHECK(Has(checks, "authority", IntakeCheck::Severity::kBlock));
  checks = CheckRequest(MakeRequest("", "relationship = \"authorised_third_party\"\nname = \"A S\"\n"
                                        "evidence_of_authority = true\n"), p, {});
  CHECK_FALSE(Has(checks, "authority", IntakeCheck::Severity::kBlock));
  // ID required by the policy and not received: blocked; received: a note.
  Policy strict = p;
  strict.id_check = "required";
  checks = CheckRequest(MakeRequest("", "relationship = \"self\"\n"), strict, {});
  CHECK(Has(checks, "id", IntakeCheck::Severity::kBlock));
  checks = CheckRequest(MakeRequest("", "relationship = \"self\"\nid_received = 2026-11-05\n"), strict, {});
  CHECK(Has(checks, "id", IntakeCheck::Severity::kNote));
  // Not in writing, under a policy that requires writing: blocked.
  strict.in_writing = "required";
  checks = CheckRequest(MakeRequest("in_writing = false\n", "relationship = \"self\"\n"), strict, {});
  CHECK(Has(checks, "in_writing", IntakeCheck::Severity::kBlock));
  checks = CheckRequest(MakeRequest("in_writing = false\n", "relationship = \"self\"\n"), p, {});
  CHECK(Has(checks, "in_writing", IntakeCheck::Severity::kNote));
  // A repeat within the window: a warning explaining the options.
  Request r = MakeRequest("", "relationship = \"self\"\n");
  checks = CheckRequest(r, p, {{"SAR-OLD", "2026-06-01", r.subject}});
  REQUIRE(Has(checks, "repeat", IntakeCheck::Severity::kWarning));
  for (const IntakeCheck& c : checks) {
    if (c.code == "repeat") {
      CHECK_THAT(c.message, Catch::Contains("ICO"));
      CHECK_THAT(c.message, Catch::Contains("reasonable fee"));
    }
  }
  checks = CheckRequest(r, p, {{"SAR-OLD", "2024-06-01", r.subject}});  // outside the window
  CHECK_FALSE(Has(checks, "repeat", IntakeCheck::Severity::kWarning));
  // Educational record for an adult: blocked.
  checks = CheckRequest(MakeRequest("type = \"educational_record\"\n", "relationship = \"parent\"\nname = \"N O\"\n",
                                    "2006-01-01"), p, {});
  CHECK(Has(checks, "educational_record", IntakeCheck::Severity::kBlock));
  CHECK(AgeOn("2012-11-03", "2026-11-02") == 13);
  CHECK(AgeOn("2012-11-02", "2026-11-02") == 14);
}

TEST_CASE("exemption triggers: passages and documents, never ordinary letters", "[triggers]") {
  Policy p = DefaultPolicy();
  Document doc;
  doc.text = "Dear parents,\n\nThe trip to the science museum is on Friday.\n\n"
             "Following the assessment by the Educational Psychologist, Amara's reading age is 9.\n"
             "She sees CAMHS monthly.\n\nKind regards";
  std::vector<ExemptionHit> hits = FindExemptionTriggers(p, doc, "SEN/notes.txt");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].code == "serious_harm");
  CHECK_FALSE(hits[0].whole_document);
  std::string passage = doc.text.substr(hits[0].start, hits[0].end - hits[0].start);
  CHECK(passage.rfind("Following the assessment", 0) == 0);  // the paragraph, not the letter
  CHECK(passage.find("CAMHS") != std::string::npos);        // merged: one passage
  CHECK(passage.find("trip") == std::string::npos);
  CHECK_THAT(hits[0].reason, Catch::Contains("health professional"));

  Document cp;
  cp.text = "Record of concern.\nPupil seemed withdrawn.";
  hits = FindExemptionTriggers(p, cp, "Safeguarding/CPOMS_export_2026-10.txt");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].code == "child_abuse");
  CHECK(hits[0].whole_document);

  Document ordinary;
  ordinary.text = "Dear Mrs Patel,\n\nThank you for your letter about Year 9 options and the report. "
                  "We will discuss the history mark at parents' evening.\n";
  CHECK(FindExemptionTriggers(p, ordinary, "Letters/options.txt").empty());

  Document crime;
  crime.text = "Police visited. Crime reference number: 13/45678/26. Officer to follow up.";
  hits = FindExemptionTriggers(p, crime, "Letters/police.txt");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].code == "crime");
}

TEST_CASE("exemption triggers: a phrase negated in its own clause does not fire", "[triggers]") {
  Policy p = DefaultPolicy();
  auto codes = [&](const std::string& text) {
    Document d;
    d.text = text;
    std::vector<std::string> out;
    for (const ExemptionHit& h : FindExemptionTriggers(p, d, "Letters/note.txt")) out.push_back(h.code);
    return out;
  };
  // Negated: nothing for a person to weigh.
  CHECK(codes("Spoke to Mum. No safeguarding referral is needed at this stage.").empty());
  CHECK(codes("This is not a child protection matter.").empty());
  CHECK(codes("We didn't make a MASH referral.").empty());
  CHECK(codes("There has been no police investigation.").empty());
  // Not negated, or negated in another clause: the trigger stands.
  CHECK(codes("A safeguarding referral was made on Monday.") == std::vector<std::string>{"child_abuse"});
  CHECK(codes("It was not until the child protection conference that Dad spoke.") ==
        std::vector<std::string>{"child_abuse"});
  CHECK(codes("No lunch today. Safeguarding referral made.") == std::vector<std::string>{"child_abuse"});
  CHECK(codes("Not in school, so a safeguarding referral was made.") == std::vector<std::string>{"child_abuse"});
  // A phrase that itself starts with a negative is still a phrase.
  CHECK(codes("Sent without prejudice to the parents' solicitor.") == std::vector<std::string>{"negotiations"});
}

TEST_CASE("letters: cover, extension and refusal carry what the law asks", "[letters]") {
  TempDir dir;
  Case c;
  c.policy = DefaultPolicy();
  c.request = MakeRequest("", "relationship = \"parent\"\nname = \"Ngozi Okafor\"\n");
  CoverFacts f;
  f.date = "2026-11-30";
  f.partly_disclosed = 3;
  f.withheld = 1;
  f.exemption_codes = {"third_party", "serious_harm"};
  std::string cover = CoverLetterText(c, f);
  for (const char* must : {"Dear Ngozi Okafor", "30 November 2026", "SAR-T-1", "Amara Okafor",
                           "Third party:", "Serious harm:", "Schedule 3", "Why we process",
                           "Who we share it with", "How long we keep it", "Where it comes from",
                           "Automated decision-making", "Transfers outside the UK", "rectify",
                           "Information Commissioner"}) {
    INFO(must);
    CHECK(cover.find(must) != std::string::npos);
  }
  // Typeset and read back.
  REQUIRE(WriteLetterPdf(cover, "SAR-T-1 cover letter", dir.path() / "cover.pdf").ok());
  Result<std::vector<std::string>> pages = redaction::ExtractPageTexts(dir.path() / "cover.pdf");
  REQUIRE(pages.ok());
  std::string all;
  for (const auto& t : *pages) all += t;
  CHECK(all.find("Information Commissioner") != std::string::npos);

  std::string ext = ExtensionLetterText(c, "Records span four systems.", "2026-12-02", "2027-02-02", "2026-11-20");
  CHECK(ext.find("2 February 2027") != std::string::npos);
  CHECK(ext.find("2 December 2026") != std::string::npos);
  CHECK(ext.find("Records span four systems.") != std::string::npos);
  std::string refusal = RefusalLetterText(c, "excessive", "This repeats SAR-2026-003.", "2026-11-20");
  CHECK(refusal.find("manifestly excessive") != std::string::npos);
  CHECK(refusal.find("complain to the Information Commissioner") != std::string::npos);
  CHECK(refusal.find("courts") != std::string::npos);
}
