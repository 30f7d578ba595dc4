// The staff list: people who appear in documents in their professional role.
// The policy's [staff] official_capacity rule decides whether their names are
// disclosed (usual ICO practice), redacted, or left to the reviewer.
#ifndef DSAR_PIPELINE_STAFF_H_
#define DSAR_PIPELINE_STAFF_H_

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/model/status.h"

namespace dsar {

struct StaffMember {
  std::string name;   // "Owen Castellane", or a surname alone
  std::string role;
  std::string email;
};

class StaffList {
 public:
  StaffList() = default;
  // Parses CSV with a header row naming at least `name` (and optionally
  // `role`, `email`). Errors carry the file and line.
  static Result<StaffList> Parse(const std::string& csv, const std::string& origin);
  static Result<StaffList> Load(const std::filesystem::path& file);

  // The member a found value refers to: an email address, the full name, or
  // part of it ("Castellane", "O. Castellane", "Owen") when the surname (or
  // given name) identifies exactly one member. Returns nullptr otherwise.
  const StaffMember* Match(const std::string& value) const;

  bool empty() const { return members_.empty(); }
  size_t size() const { return members_.size(); }

 private:
  std::vector<StaffMember> members_;
};

}  // namespace dsar

#endif  // DSAR_PIPELINE_STAFF_H_
