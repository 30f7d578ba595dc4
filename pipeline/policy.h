// The organisation's policy (config/policy/*.toml): exemptions, labels,
// deadline rules. Format in docs/file-formats.md.
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
};

struct Policy {
  std::string organisation;
  std::string dpo_name;
  std::string dpo_email;
  std::string address;
  int deadline_months = 1;
  int extension_months = 2;
  std::vector<std::string> bank_holidays;  // YYYY-MM-DD, sorted
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

}  // namespace dsar

#endif  // DSAR_PIPELINE_POLICY_H_
