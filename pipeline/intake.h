// Requester checks at intake: what the policy requires before a response
// can be released (ID, a child's consent, authority, writing), and whether
// the request repeats an earlier one. Each check is a warning (the DPO
// should know) or a block (bundle refuses until the request file records
// that it is resolved).
#ifndef DSAR_PIPELINE_INTAKE_H_
#define DSAR_PIPELINE_INTAKE_H_

#include <string>
#include <vector>

#include "pipeline/policy.h"
#include "pipeline/request.h"

namespace dsar {

struct IntakeCheck {
  enum class Severity { kNote, kWarning, kBlock };
  Severity severity = Severity::kWarning;
  std::string code;     // id, child_consent, authority, repeat, in_writing, educational_record
  std::string message;  // what is wrong, the policy's reason, and how to resolve it
};

const char* SeverityName(IntakeCheck::Severity s);

// An earlier case in the same workspace, for the repeat check.
struct EarlierCase {
  std::string reference;
  std::string received;
  Subject subject;
};

// Age in whole years on `on` for a date of birth (both YYYY-MM-DD); -1 if
// either is missing or invalid.
int AgeOn(const std::string& date_of_birth, const std::string& on);

std::vector<IntakeCheck> CheckRequest(const Request& request, const Policy& policy,
                                      const std::vector<EarlierCase>& earlier);

}  // namespace dsar

#endif  // DSAR_PIPELINE_INTAKE_H_
