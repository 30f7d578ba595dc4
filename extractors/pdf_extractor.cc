// PDFs with a text layer, via poppler-cpp: text plus a box per word.
//
// Page text is rebuilt from poppler's word list so that every Word carries
// the byte range it occupies in Document::text; pages are joined by '\f'.
// Image-only pages are recorded with a warning (OCR comes with the scanned
// paper issue).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <memory>

#include "extractors/extractor.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

void CollectPopplerMessage(const std::string& msg, void* closure) {
  auto* sink = static_cast<std::vector<std::string>*>(closure);
  if (sink->size() < 20) sink->push_back("poppler: " + msg);
}

std::string ToUtf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return SanitizeUtf8(std::string_view(bytes.data(), bytes.size()));
}

// Routes poppler's messages into `sink` for the lifetime of the guard.
class PopplerMessageCapture {
 public:
  explicit PopplerMessageCapture(std::vector<std::string>* sink) {
    poppler::set_debug_error_function(&CollectPopplerMessage, sink);
  }
  ~PopplerMessageCapture() { poppler::set_debug_error_function(&DropPopplerMessage, nullptr); }
  PopplerMessageCapture(const PopplerMessageCapture&) = delete;
  PopplerMessageCapture& operator=(const PopplerMessageCapture&) = delete;

 private:
  static void DropPopplerMessage(const std::string&, void*) {}
};

class PdfExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "pdf"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
      return Status::ResourceLimit("PDF is larger than 2 GB");
    }
    std::vector<std::string> messages;
    PopplerMessageCapture capture(&messages);
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
    if (!pdf) {
      std::string why = messages.empty() ? "" : " (" + messages.front() + ")";
      return Status::Corrupt("not a readable PDF" + why);
    }
    if (pdf->is_locked()) {
      return Status::NeedsPassword(
          "PDF is encrypted and the password is not known; supply it and re-run ingest");
    }
    int n = pdf->pages();
    if (n <= 0) return Status::Corrupt("PDF has no pages");
    if (n > options.limits.max_pages) {
      return Status::ResourceLimit("PDF has " + std::to_string(n) + " pages, over the limit of " +
                                   std::to_string(options.limits.max_pages));
    }

    Document doc;
    doc.kind = DocumentKind::kPdf;
    doc.extractor = "pdf";
    doc.title = ToUtf8(pdf->info_key("Title"));
    if (doc.title.empty()) doc.title = options.file_name;
    int empty_pages = 0;
    for (int i = 0; i < n; ++i) {
      if (i > 0) doc.text.push_back('\f');
      std::unique_ptr<poppler::page> page(pdf->create_page(i));
      Page out;
      out.number = i + 1;
      if (!page) {
        doc.warnings.push_back("page " + std::to_string(i + 1) + " could not be read");
        doc.pages.push_back(std::move(out));
        continue;
      }
      poppler::rectf rect = page->page_rect();
      bool sideways = page->orientation() == poppler::page::landscape ||
                      page->orientation() == poppler::page::seascape;
      out.width = sideways ? rect.height() : rect.width();
      out.height = sideways ? rect.width() : rect.height();
      std::vector<poppler::text_box> boxes = page->text_list();
      double last_y = NAN, last_h = 0;
      for (size_t k = 0; k < boxes.size(); ++k) {
        const poppler::text_box& tb = boxes[k];
        std::string word = ToUtf8(tb.text());
        if (word.empty()) continue;
        poppler::rectf b = tb.bbox();
        double mid = b.y() + b.height() / 2;
        if (!out.words.empty()) {
          bool new_line = std::isnan(last_y) || std::fabs(mid - last_y) > std::max(last_h, b.height()) / 2;
          if (new_line) {
            doc.text.push_back('\n');
          } else {
            // Words are always separated, even when poppler reports no
            // space, so a span never runs two words together.
            doc.text.push_back(' ');
          }
        }
        Word w;
        w.text = word;
        w.box = Box{b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
        w.start = doc.text.size();
        doc.text += word;
        w.end = doc.text.size();
        out.words.push_back(std::move(w));
        last_y = mid;
        last_h = b.height();
        if (doc.text.size() > options.limits.max_text_bytes) {
          return Status::ResourceLimit("extracted text is larger than the limit");
        }
      }
      if (out.words.empty()) ++empty_pages;
      doc.pages.push_back(std::move(out));
    }
    if (empty_pages > 0) {
      doc.warnings.push_back(std::to_string(empty_pages) + " of " + std::to_string(n) +
                             " page(s) have no text layer (scanned?); OCR is not yet available, "
                             "review those pages by hand");
    }
    for (auto& m : messages) doc.warnings.push_back(std::move(m));
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewPdfExtractor() { return std::make_unique<PdfExtractor>(); }

}  // namespace dsar::extractors
