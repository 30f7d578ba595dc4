// The organisation's policy (config/policy/*.toml): who the organisation is,
// what a response must say (Article 15), which exemptions it relies on and
// what triggers them, deadline rules, requester checks and the treatment of
// staff. Format in docs/file-formats.md; every key is checked.
#ifndef DSAR_PIPELINE_POLICY_H_
#define DSAR_PIPELINE_POLICY_H_

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/model/status.h"

namespace dsar {

struct Exemption {
  std::string code;            // e.g. "third_party"
  std::string title;
  std::string provision;       // Data Protection Act 2018 reference
  std::string label;           // drawn on redaction boxes
  std::string default_action;  // redact | withhold | needs_review
  std::string reason;          // plain English for the reviewer
  std::string scope = "passage";  // passage | document: what a trigger suggests
  // Triggers (data, not code). Phrases match whole words, ignoring case and
  // accents; patterns are RE2 over the text; document_classes are RE2 over
  // the source path and title.
  std::vector<std::string> phrases;
  std::vector<std::string> patterns;
  std::vector<std::string> document_classes;

  bool has_triggers() const {
    return !phrases.empty() || !patterns.empty() || !document_classes.empty();
  }
};

// Texts for the cover letter (UK GDPR Article 15(1) and (2)).
struct Article15 {
  std::string purposes;
  std::string categories;
  std::string recipients;
  std::string retention;
  std::string source;
  std::string automated_decisions;
  std::string international_transfers;
  std::string rights;
  std::string complaint;
};

struct TermDates {
  std::string start, end;  // YYYY-MM-DD, inclusive
};

struct Policy {
  // [organisation]
  std::string organisation;
  std::string organisation_kind;  // school | academy_trust | alternative_provision | ...
  std::string dpo_name;
  std::string dpo_email;
  std::string dpo_phone;
  std::string address;

  // [requests]
  std::string in_writing = "preferred";  // preferred | required
  std::string id_check = "may_request";  // may_request | required | not_required
  int id_forms = 2;
  bool verify_by_phone = false;
  int repeat_window_days = 365;
  bool repeat_is_excessive = false;  // the policy deems repeats unfounded or excessive
  bool disclose_requester = true;    // the requester's own name is disclosed to them

  // [children]
  int child_consent_age = 12;
  std::string child_guidance;

  // [staff]
  std::string staff_official_capacity = "review";  // disclose | redact | review
  std::string staff_reason;

  // [deadline]
  int deadline_months = 1;
  int extension_months = 2;
  std::vector<std::string> bank_holidays;  // YYYY-MM-DD, sorted
  int educational_record_school_days = 15;

  // [school_calendar]
  std::vector<TermDates> terms;
  std::vector<std::string> closures;  // YYYY-MM-DD, sorted

  Article15 article15;

  // [third_party]
  std::string third_party_exemption = "third_party";
  std::vector<std::string> third_party_categories;

  std::vector<Exemption> exemptions;

  std::string source;  // where it was loaded from ("built-in default" or a path)
  std::string raw;     // the TOML text
  std::string sha256;  // of raw

  // Returns nullptr if `code` is not in the policy.
  const Exemption* FindExemption(const std::string& code) const;
};

// Parses policy text; errors carry `origin` and the line.
Result<Policy> ParsePolicy(const std::string& text, const std::string& origin);
Result<Policy> LoadPolicy(const std::filesystem::path& file);
// The default policy compiled into dsar (config/policy/default.toml).
const std::string& BuiltinDefaultPolicyText();

// Parses just a [school_calendar] table (a calendar file for
// `dsar deadline --calendar`); errors carry `origin` and the line.
Status ParseSchoolCalendar(const std::string& text, const std::string& origin,
                           std::vector<TermDates>* terms, std::vector<std::string>* closures);

}  // namespace dsar

#endif  // DSAR_PIPELINE_POLICY_H_
