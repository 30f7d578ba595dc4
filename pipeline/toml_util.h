// Helpers for reading TOML files strictly: every error names file and line.
#ifndef DSAR_PIPELINE_TOML_UTIL_H_
#define DSAR_PIPELINE_TOML_UTIL_H_

#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "pipeline/model/status.h"

namespace dsar::tomlutil {

// Parses `text`; a syntax error becomes "FILE:LINE:COL: description".
Result<toml::table> Parse(const std::string& text, const std::filesystem::path& file);

// Reads typed values from one table, collecting the first error.
class Reader {
 public:
  Reader(const toml::table& table, std::filesystem::path file, std::string prefix)
      : table_(table), file_(std::move(file)), prefix_(std::move(prefix)) {}

  // Fails if the table has a key not in `known`.
  void AllowOnly(std::initializer_list<const char*> known);
  std::string String(const char* key, bool required, const std::string& def = "");
  std::vector<std::string> Strings(const char* key, bool required);
  std::string Date(const char* key, bool required);  // "YYYY-MM-DD"
  std::vector<std::string> Dates(const char* key);
  int64_t Int(const char* key, int64_t def, int64_t min, int64_t max);
  bool Bool(const char* key, bool def);
  const toml::table* Table(const char* key, bool required);
  const toml::array* Array(const char* key);

  // An error located at `node` (or at the table when null).
  void Fail(const toml::node* node, const std::string& message);
  std::string Name(const char* key) const { return prefix_.empty() ? key : prefix_ + "." + key; }
  const Status& status() const { return status_; }
  const std::filesystem::path& file() const { return file_; }

 private:
  const toml::table& table_;
  std::filesystem::path file_;
  std::string prefix_;
  Status status_;
};

}  // namespace dsar::tomlutil

#endif  // DSAR_PIPELINE_TOML_UTIL_H_
