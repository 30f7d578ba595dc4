// Extractors turn an item's bytes into a dsar::Document.
//
// One Extractor per family of media types, looked up in an ExtractorRegistry
// by the type libmagic detected (never by file extension). Extractors are
// const and hold no per-document state, so one instance serves every item.
// They run inside an isolated worker process (pipeline/worker_pool.h): a
// crash or runaway allocation in a parser takes only its own item down.
#ifndef DSAR_EXTRACTORS_EXTRACTOR_H_
#define DSAR_EXTRACTORS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::extractors {

// Limits applied to every item. Defaults suit a school's shared drive.
struct Limits {
  size_t max_item_bytes = 512u << 20;  // larger items are recorded, not read
  int max_pages = 2000;                // per PDF
  size_t max_text_bytes = 64u << 20;   // extracted text per document
};

struct ExtractOptions {
  Limits limits;
  std::string file_name;  // for titles and messages only
  std::string password;   // for encrypted PDFs; empty = try the empty password
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Stable name recorded with every document ("text", "email", "pdf").
  virtual std::string_view name() const = 0;
  // Extracts `bytes`. Bad input gives a non-OK Result (kCorrupt,
  // kNeedsPassword, kResourceLimit, kUnsupported), never a crash by design.
  virtual Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const = 0;
};

class ExtractorRegistry {
 public:
  // The registry with every extractor dsar ships.
  static const ExtractorRegistry& Default();

  // `media_type` is matched exactly, or as a prefix when it ends in '/'
  // ("text/"). Later registrations win over earlier ones.
  void Register(std::string media_type, std::shared_ptr<const Extractor> extractor);

  // Returns nullptr when no extractor handles `media_type`.
  const Extractor* Find(std::string_view media_type) const;

 private:
  std::vector<std::pair<std::string, std::shared_ptr<const Extractor>>> entries_;
};

// Detects the media type of `bytes` by content (libmagic), refining
// text/plain to message/rfc822 when the bytes start with mail headers.
std::string DetectMediaType(std::string_view bytes);

std::unique_ptr<Extractor> NewTextExtractor();
std::unique_ptr<Extractor> NewEmailExtractor();
std::unique_ptr<Extractor> NewPdfExtractor();
// Scanned pages as image files (TIFF, PNG, JPEG, BMP, PNM), by OCR.
std::unique_ptr<Extractor> NewImageExtractor();

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_EXTRACTOR_H_
