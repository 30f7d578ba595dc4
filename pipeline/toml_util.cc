#include "pipeline/toml_util.h"

#include <sstream>

namespace dsar::tomlutil {

Result<toml::table> Parse(const std::string& text, const std::filesystem::path& file) {
  try {
    return toml::parse(text, file.string());
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << file.string() << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
        << e.description();
    return Status::InvalidInput(msg.str());
  }
}

void Reader::Fail(const toml::node* node, const std::string& message) {
  if (!status_.ok()) return;
  const toml::source_region& src = node ? node->source() : table_.source();
  std::ostringstream msg;
  msg << file_.string() << ":" << src.begin.line << ": " << message;
  status_ = Status::InvalidInput(msg.str());
}

void Reader::AllowOnly(std::initializer_list<const char*> known) {
  for (const auto& [k, v] : table_) {
    bool ok = false;
    for (const char* name : known) ok |= (k.str() == name);
    if (!ok) {
      std::string list;
      for (const char* name : known) list += (list.empty() ? "" : ", ") + std::string(name);
      Fail(&v, "unknown key '" + Name(std::string(k.str()).c_str()) + "' (expected one of: " +
                   list + ")");
    }
  }
}

std::string Reader::String(const char* key, bool required, const std::string& def) {
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required) Fail(nullptr, "missing required key '" + Name(key) + "'");
    return def;
  }
  if (!n->is_string()) {
    Fail(n, "'" + Name(key) + "' must be a string in double quotes");
    return def;
  }
  std::string v = n->as_string()->get();
  if (required && v.empty()) Fail(n, "'" + Name(key) + "' must not be empty");
  return v;
}

std::vector<std::string> Reader::Strings(const char* key, bool required) {
  std::vector<std::string> out;
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required) Fail(nullptr, "missing required key '" + Name(key) + "'");
    return out;
  }
  const toml::array* a = n->as_array();
  if (!a) {
    Fail(n, "'" + Name(key) + "' must be a list of strings, like [\"a\", \"b\"]");
    return out;
  }
  for (const toml::node& e : *a) {
    if (!e.is_string()) {
      Fail(&e, "every entry of '" + Name(key) + "' must be a string");
      return out;
    }
    out.push_back(e.as_string()->get());
  }
  if (required && out.empty()) Fail(n, "'" + Name(key) + "' must not be empty");
  return out;
}

namespace {
std::string FormatDate(const toml::date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year),
                static_cast<int>(d.month), static_cast<int>(d.day));
  return buf;
}
}  // namespace

std::string Reader::Date(const char* key, bool required) {
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required) Fail(nullptr, "missing required key '" + Name(key) + "' (a date like 2026-11-02)");
    return "";
  }
  if (!n->is_date()) {
    Fail(n, "'" + Name(key) + "' must be a date written without quotes, like 2026-11-02");
    return "";
  }
  return FormatDate(n->as_date()->get());
}

std::vector<std::string> Reader::Dates(const char* key) {
  std::vector<std::string> out;
  const toml::node* n = table_.get(key);
  if (!n) return out;
  const toml::array* a = n->as_array();
  if (!a) {
    Fail(n, "'" + Name(key) + "' must be a list of dates");
    return out;
  }
  for (const toml::node& e : *a) {
    if (!e.is_date()) {
      Fail(&e, "every entry of '" + Name(key) + "' must be a date like 2026-12-25");
      return out;
    }
    out.push_back(FormatDate(e.as_date()->get()));
  }
  return out;
}

int64_t Reader::Int(const char* key, int64_t def, int64_t min, int64_t max) {
  const toml::node* n = table_.get(key);
  if (!n) return def;
  if (!n->is_integer()) {
    Fail(n, "'" + Name(key) + "' must be a whole number");
    return def;
  }
  int64_t v = n->as_integer()->get();
  if (v < min || v > max) {
    Fail(n, "'" + Name(key) + "' must be between " + std::to_string(min) + " and " +
                std::to_string(max));
    return def;
  }
  return v;
}

bool Reader::Bool(const char* key, bool def) {
  const toml::node* n = table_.get(key);
  if (!n) return def;
  if (!n->is_boolean()) {
    Fail(n, "'" + Name(key) + "' must be true or false");
    return def;
  }
  return n->as_boolean()->get();
}

const toml::table* Reader::Table(const char* key, bool required) {
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required) Fail(nullptr, "missing required section [" + Name(key) + "]");
    return nullptr;
  }
  if (!n->is_table()) {
    Fail(n, "'" + Name(key) + "' must be a section [" + Name(key) + "]");
    return nullptr;
  }
  return n->as_table();
}

const toml::array* Reader::Array(const char* key) {
  const toml::node* n = table_.get(key);
  if (!n) return nullptr;
  if (!n->is_array()) {
    Fail(n, "'" + Name(key) + "' must be a list");
    return nullptr;
  }
  return n->as_array();
}

}  // namespace dsar::tomlutil
