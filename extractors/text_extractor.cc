// Plain text in any common encoding (ICU detection and conversion).
#include "extractors/extractor.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

class TextExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "text"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    if (bytes.find('\0') != std::string_view::npos && bytes.substr(0, 2) != "\xFF\xFE" &&
        bytes.substr(0, 2) != "\xFE\xFF") {
      return Status::Corrupt("binary data (NUL bytes) in what was detected as text");
    }
    std::string charset;
    Result<std::string> text = ToUtf8(bytes, "", &charset);
    if (!text.ok()) return text.status();
    Document doc;
    doc.kind = DocumentKind::kText;
    doc.extractor = "text";
    doc.title = options.file_name;
    doc.text = NormalizeLineEnds(*text);
    if (doc.text.size() > options.limits.max_text_bytes) {
      return Status::ResourceLimit("text is larger than the limit of " +
                                   std::to_string(options.limits.max_text_bytes) + " bytes");
    }
    if (charset != "UTF-8") doc.warnings.push_back("decoded from " + charset);
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewTextExtractor() { return std::make_unique<TextExtractor>(); }

}  // namespace dsar::extractors
