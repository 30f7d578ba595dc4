#include "pipeline/staff.h"

#include "pipeline/csv.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"

namespace dsar {

Result<StaffList> StaffList::Parse(const std::string& text, const std::string& origin) {
  Result<std::vector<csv::Record>> rows = csv::Parse(text);
  if (!rows.ok()) return rows.status().WithContext(origin);
  if (rows->empty()) return Status::InvalidInput(origin + ": the staff list is empty");
  int name_col = -1, role_col = -1, email_col = -1;
  const auto& header = rows->front().fields;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = FoldForMatch(header[i]);
    if (h == "name") name_col = static_cast<int>(i);
    if (h == "role") role_col = static_cast<int>(i);
    if (h == "email") email_col = static_cast<int>(i);
  }
  if (name_col < 0) {
    return Status::InvalidInput(origin + ":1: the header row must have a 'name' column (name,role,email)");
  }
  StaffList list;
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& f = (*rows)[r].fields;
    auto cell = [&](int c) { return c >= 0 && static_cast<size_t>(c) < f.size() ? f[c] : std::string(); };
    StaffMember m{cell(name_col), cell(role_col), cell(email_col)};
    if (FoldForMatch(m.name).empty()) {
      return Status::InvalidInput(origin + ":" + std::to_string((*rows)[r].line) + ": the name is empty");
    }
    list.members_.push_back(std::move(m));
  }
  return list;
}

Result<StaffList> StaffList::Load(const std::filesystem::path& file) {
  Result<std::string> text = ReadFile(file, 16 << 20);
  if (!text.ok()) return text.status();
  return Parse(*text, file.string());
}

const StaffMember* StaffList::Match(const std::string& value) const {
  std::string v = FoldForMatch(value);
  if (v.empty()) return nullptr;
  for (const StaffMember& m : members_) {
    if (!m.email.empty() && FoldForMatch(m.email) == v) return &m;
    if (FoldForMatch(m.name) == v) return &m;
  }
  // Partial: every word of the value is a word of the name or its initial,
  // and the value includes the surname (or is a lone given name); unique.
  std::vector<std::string> vw = SplitWords(v);
  for (std::string& w : vw) {
    while (!w.empty() && w.back() == '.') w.pop_back();
  }
  const StaffMember* found = nullptr;
  for (const StaffMember& m : members_) {
    std::vector<std::string> nw = SplitWords(FoldForMatch(m.name));
    bool all = !vw.empty();
    bool has_surname = false;
    for (const std::string& w : vw) {
      bool ok = false;
      for (size_t i = 0; i < nw.size(); ++i) {
        if (w == nw[i] || (w.size() == 1 && nw[i].rfind(w, 0) == 0 && i + 1 < nw.size())) {
          ok = true;
          if (i + 1 == nw.size()) has_surname = true;
        }
      }
      all = all && ok;
    }
    if (all && (has_surname || vw.size() == 1)) {
      if (found) return nullptr;  // ambiguous
      found = &m;
    }
  }
  return found;
}

}  // namespace dsar
