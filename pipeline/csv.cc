#include "pipeline/csv.h"

namespace dsar::csv {

std::string Field(std::string_view s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  // Spreadsheets run cells starting with these as formulas: neutralise them.
  bool formula = !s.empty() && (s.front() == '=' || s.front() == '+' || s.front() == '-' ||
                                s.front() == '@');
  std::string out;
  if (!quote && !formula) return std::string(s);
  out.push_back('"');
  if (formula) out.push_back('\'');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string Row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out.push_back(',');
    out += Field(fields[i]);
  }
  out += "\r\n";
  return out;
}

Result<std::vector<Record>> Parse(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Record> out;
  Record rec;
  std::string field;
  bool in_quotes = false;
  int line = 1;
  int quote_line = 0;
  rec.line = 1;
  bool any = false;
  auto end_field = [&] {
    rec.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    end_field();
    bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!blank) out.push_back(std::move(rec));
    rec = Record();
    rec.line = line;
    any = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        in_quotes = true;
        quote_line = line;
        any = true;
        break;
      case ',':
        end_field();
        any = true;
        break;
      case '\r':
        break;
      case '\n':
        ++line;
        end_record();
        break;
      default:
        field.push_back(c);
        any = true;
    }
  }
  if (in_quotes) {
    return Status::InvalidInput("line " + std::to_string(quote_line) +
                                ": a quoted field is never closed");
  }
  if (any || !field.empty()) end_record();
  return out;
}

}  // namespace dsar::csv
