#include "pipeline/detect_files.h"

#include <nlohmann/json.hpp>

#include "extractors/extractor.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/page_stream.h"
#include "pipeline/recognizers.h"
#include "pipeline/worker_pool.h"

namespace dsar {

namespace {

// The worker streams a paged document's words a page at a time
// (PipePageSink); they are kept here only when `words` is asked for.
Result<Document> ExtractBytes(const std::filesystem::path& file, const std::string& bytes,
                              const std::string& type, bool words = true) {
  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(type);
  if (!ex) return Status::Unsupported("no extractor for " + type);
  std::vector<std::string> pages;
  Result<std::string> encoded = RunIsolatedOnce(
      [&]() -> Result<std::string> {
        PipePageSink sink;
        extractors::ExtractOptions o;
        o.file_name = file.filename().string();
        o.pages = &sink;
        Result<Document> d = ex->Extract(bytes, o);
        if (!d.ok()) return d.status();
        return EncodeDocument(*d);
      },
      WorkerLimits{1, 900, size_t{4} << 30},
      [&](std::string_view page) {
        if (words) pages.emplace_back(page);
      });
  if (!encoded.ok()) return encoded.status();
  try {
    Document doc = DecodeDocument(*encoded, words);
    for (const std::string& page : pages) {
      const int n = EncodedPageNumber(page);
      Page* p = PageNumbered(&doc, n);
      if (p == nullptr) {
        return Status::Internal("the worker sent words for page " + std::to_string(n) +
                                ", which the document lacks");
      }
      DecodePageWords(page, doc.text, &p->words);
    }
    return doc;
  } catch (const std::exception& e) {
    return Status::Internal(std::string("bad worker output: ") + e.what());
  }
}

}  // namespace

Result<Document> ExtractFile(const std::filesystem::path& file, bool words) {
  extractors::Limits limits;
  Result<std::string> bytes = ReadFile(file, limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  return ExtractBytes(file, *bytes, extractors::DetectMediaType(*bytes), words);
}

Result<std::vector<std::string>> DetectFileJsonl(const std::filesystem::path& file) {
  extractors::Limits limits;
  Result<std::string> bytes = ReadFile(file, limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  std::string type = extractors::DetectMediaType(*bytes);
  Document doc;
  if (type.rfind("text/", 0) == 0 && IsValidUtf8(*bytes) && bytes->find('\0') == std::string::npos) {
    doc.text = *bytes;  // offsets are file offsets
  } else {
    Result<Document> extracted = ExtractBytes(file, *bytes, type);
    if (!extracted.ok()) return extracted.status();
    doc = std::move(extracted.value());
  }
  std::vector<std::string> out;
  for (const Hit& h : DetectPersonalData(doc)) {
    nlohmann::json j = {{"file", file.string()}, {"begin", h.start}, {"end", h.end},
                        {"category", h.category}, {"text", h.value}};
    out.push_back(j.dump());
  }
  return out;
}

}  // namespace dsar
