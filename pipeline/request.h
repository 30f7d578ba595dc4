// The request file (request.toml): who asked, about whom, and where to look.
// Format specified in docs/file-formats.md; the keys there are a contract.
#ifndef DSAR_PIPELINE_REQUEST_H_
#define DSAR_PIPELINE_REQUEST_H_

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pipeline/model/status.h"

namespace dsar {

struct Subject {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> emails;
  std::vector<std::string> identifiers;
  std::string date_of_birth;  // YYYY-MM-DD or empty
  std::vector<std::string> addresses;  // home addresses (the subject's own, never redacted)
};

struct Requester {
  std::string relationship;  // self | parent | authorised_third_party
  std::string name;
  // The requester's own contact details: disclosed to them like their name
  // (policy requests.disclose_requester) rather than suggested for redaction.
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  // Intake facts (all optional); docs/file-formats.md says what each means.
  std::string id_received;            // YYYY-MM-DD: ID or clarification arrived
  bool id_verified = false;
  bool evidence_of_authority = false;  // authorised_third_party only
  bool child_consent = false;          // parent asking about a child of consent age
  bool child_cannot_understand = false;  // DPO judged the child unable to understand
};

struct Request {
  std::string reference;
  std::string received;  // YYYY-MM-DD
  std::string policy;    // as written; empty = default policy
  std::string type = "subject_access";  // subject_access | educational_record
  bool in_writing = true;               // the request was made in writing
  // Optional date range asked for (YYYY-MM-DD, inclusive; empty = open).
  // Emails dated outside it are recorded as out of range, not disclosed.
  std::string date_from, date_to;
  Subject subject;
  Requester requester;
  std::vector<std::string> source_paths;  // as written, relative to base_dir
  std::string staff_list;                 // CSV (name, role, email), relative to base_dir
  // Passwords for encrypted PDFs, by source path (as in the disclosure log).
  std::map<std::string, std::string> passwords;
  std::filesystem::path base_dir;         // directory holding the request file
  std::filesystem::path file;             // the request file itself
  std::string raw;                        // the file's bytes
  std::string sha256;                     // of raw
};

// Loads and validates a request file. Errors name the file and line and say
// what is wrong ("request.toml:7: subject.name must be a string").
Result<Request> LoadRequest(const std::filesystem::path& file);

// Parses request text as if read from `file` (for tests and stored copies).
Result<Request> ParseRequest(const std::string& text, const std::filesystem::path& file);

// True if `iso_date` (ISO 8601, the day is what counts) falls outside the
// request's date range. Undated documents are never outside.
bool OutsideDateRange(const Request& r, const std::string& iso_date);

// True if `reference` is safe as a folder name: letters, digits, '-', '_', '.'.
bool IsValidReference(const std::string& reference);

}  // namespace dsar

#endif  // DSAR_PIPELINE_REQUEST_H_
