// Helpers shared by the mail and PST tests: a PartSink that keeps every
// part in memory, and extraction of one RFC 5322 message.
#ifndef DSAR_TESTS_MAIL_TEST_UTIL_H_
#define DSAR_TESTS_MAIL_TEST_UTIL_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/extractor.h"
#include "test_util.h"

// Keeps every part in memory.
class CollectingSink : public dsar::extractors::PartSink {
 public:
  dsar::Status Add(const dsar::extractors::PartInfo& info, std::string_view bytes) override {
    parts.emplace_back(info, std::string(bytes));
    return dsar::Status::OK();
  }
  dsar::Status AddRange(const dsar::extractors::PartInfo& info, const std::filesystem::path& file,
                        uint64_t offset, uint64_t length) override {
    parts.emplace_back(info, ReadBytes(file).substr(offset, length));
    return dsar::Status::OK();
  }
  std::vector<std::pair<dsar::extractors::PartInfo, std::string>> parts;
};

// Extracts `bytes` as an email, its parts going to `sink`.
inline dsar::Result<dsar::Document> ExtractMail(const std::string& bytes, dsar::extractors::PartSink* sink,
                                                const std::string& file_name = "test.eml") {
  dsar::extractors::ExtractOptions o;
  o.file_name = file_name;
  o.parts = sink;
  return dsar::extractors::ExtractorRegistry::Default().Find("message/rfc822")->Extract(bytes, o);
}

#endif  // DSAR_TESTS_MAIL_TEST_UTIL_H_
