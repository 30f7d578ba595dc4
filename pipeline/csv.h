// RFC 4180 CSV reading and writing (quotes, embedded commas and newlines),
// tolerant of what spreadsheets save: a UTF-8 BOM and CRLF line ends.
#ifndef DSAR_PIPELINE_CSV_H_
#define DSAR_PIPELINE_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/status.h"

namespace dsar::csv {

// Quotes a field when needed.
std::string Field(std::string_view s);
// Joins fields into one line ending in "\r\n".
std::string Row(const std::vector<std::string>& fields);

struct Record {
  int line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Parses a whole CSV text. Fails with the line of an unterminated quote.
Result<std::vector<Record>> Parse(std::string_view text);

}  // namespace dsar::csv

#endif  // DSAR_PIPELINE_CSV_H_
