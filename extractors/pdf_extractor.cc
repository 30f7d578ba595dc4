// PDFs with a text layer, via poppler (poppler-cpp, and the core library's
// TextOutputDev for word lists): text plus a box per word.
//
// Page text is rebuilt from poppler's word list so that every Word carries
// the byte range it occupies in Document::text; pages are joined by '\f'.
// A page whose text layer has no words (a scan) is rendered at 300 dpi and
// OCRed (extractors/ocr.h); its words get boxes in the same points as a text
// layer's, and a warning says the page was OCRed. A page whose only text is
// another tool's invisible OCR layer over a scan is OCRed again (the layer's
// quality is unknown and it has no confidences); a page with visible text is
// taken as it is.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
// poppler's core API (libpoppler-private-dev), for word lists only: see
// CoreWordSource.
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include "extractors/extractor.h"
#include "extractors/ocr.h"
#include "extractors/pdf_hidden.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

void CollectPopplerMessage(const std::string& msg, void* closure) {
  auto* sink = static_cast<std::vector<std::string>*>(closure);
  if (sink->size() < 20) sink->push_back("poppler: " + msg);
}

// poppler's ustring is UTF-16. Converted here rather than with
// ustring::to_utf8, which goes through iconv and cost more than a quarter of
// extracting a text PDF; unpaired surrogates become U+FFFD.
std::string ToUtf8(const poppler::ustring& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    AppendUtf8(c, &out);
  }
  return out;
}

// A word of a page's text layer: UTF-8 text and its box in points, origin
// top-left, as displayed.
struct RawWord {
  std::string text;
  Box box;
};

// Words of each page straight from poppler's TextOutputDev, the same
// analysis poppler-cpp's page::text_list() runs (same options: 72 dpi, no
// rotation, crop box). text_list() then converts every word to UTF-16 through
// a fresh iconv handle, which measured a fifth of the time of extracting a text
// PDF; TextWord::getText() already gives UTF-8. Used when the core library
// opens the file; otherwise the caller falls back to text_list().
class CoreWordSource {
 public:
  // Requires a live poppler::document (it initialises poppler's globals).
  // A file is read as poppler needs it, never whole.
  CoreWordSource(const PdfSource& source, const std::string& password) {
    if (!globalParams) return;
    std::optional<GooString> pw;
    if (!password.empty()) pw.emplace(password);
    if (!source.file.empty()) {
      doc_ = std::make_unique<PDFDoc>(std::make_unique<GooString>(source.file.string()), pw, pw);
    } else {
      doc_ = std::make_unique<PDFDoc>(
          new MemStream(source.bytes.data(), 0, static_cast<Goffset>(source.bytes.size()), Object(objNull)), pw,
          pw);
    }
    if (!doc_->isOk()) doc_.reset();
  }
  bool ok() const { return doc_ != nullptr; }

  // Words of page `index` (0-based) in poppler's reading order.
  std::vector<RawWord> Words(int index) {
    std::vector<RawWord> out;
    TextOutputDev dev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                      /*append=*/false);
    if (!dev.isOk()) return out;
    doc_->displayPageSlice(&dev, index + 1, 72, 72, /*rotate=*/0, /*useMediaBox=*/false, /*crop=*/false,
                           /*printing=*/false, -1, -1, -1, -1, nullptr, nullptr, nullptr, nullptr,
                           /*copyXRef=*/false);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    if (!list) return out;
    out.reserve(static_cast<size_t>(list->getLength()));
    for (int i = 0; i < list->getLength(); ++i) {
      const TextWord* word = list->get(i);
      RawWord w;
      w.text = WordUtf8(*word);
      word->getBBox(&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
      out.push_back(std::move(w));
    }
    return out;
  }

 private:
  // The bytes TextWord::getText() gives with poppler's default text
  // encoding (UTF-8: its mapUTF8, which writes a surrogate or a code point
  // past U+10FFFF as it is or not at all), made valid UTF-8. Written here
  // because getText() looks the encoding up by name and grows a GooString
  // for every word: a twentieth of the instructions of a text PDF.
  static std::string WordUtf8(const TextWord& word) {
    std::string out;
    const int n = word.getLength();
    out.reserve(static_cast<size_t>(n));
    bool ascii = true;
    for (int k = 0; k < n; ++k) {
      const Unicode u = *word.getChar(k);
      if (u < 0x80) {
        out.push_back(static_cast<char>(u));
        continue;
      }
      ascii = false;
      if (u <= 0x10ffff) AppendUtf8(static_cast<char32_t>(u), &out);  // past it, nothing (as mapUTF8)
    }
    if (ascii || IsValidUtf8(out)) return out;
    return SanitizeUtf8(out);
  }

  std::unique_ptr<PDFDoc> doc_;
};

// Words of one page through poppler-cpp, when the core library could not
// open the file.
std::vector<RawWord> CppWords(const poppler::page& page) {
  std::vector<RawWord> out;
  for (const poppler::text_box& tb : page.text_list()) {
    poppler::rectf b = tb.bbox();
    out.push_back({ToUtf8(tb.text()), Box{b.x(), b.y(), b.x() + b.width(), b.y() + b.height()}});
  }
  return out;
}

// Form field values are text of the page they sit on. poppler reads a value
// that has an appearance stream with the page's words; a value without one
// (a form saved with NeedAppearances) is added here, its words spread over
// the field's box, so it is scanned and can be redacted like any text.
void AddFormValues(const std::vector<HiddenContent>& hidden, std::string* text, Page* page) {
  for (const HiddenContent& h : hidden) {
    if (h.kind != "form_field" || h.page != page->number || h.box.width() <= 0 || h.box.height() <= 0) {
      continue;
    }
    size_t colon = h.text.find(": ");
    if (colon == std::string::npos) continue;
    const std::string value = h.text.substr(colon + 2);
    std::vector<std::string> words = SplitWords(value);
    if (words.empty()) continue;
    // Already read from the page (drawn by its appearance stream)?
    std::string page_text;
    for (const Word& w : page->words) page_text += w.text + " ";
    if (FoldForMatch(page_text).find(FoldForMatch(value)) != std::string::npos) continue;
    size_t chars = 0;
    for (const std::string& w : words) chars += w.size() + 1;
    double x = h.box.x0;
    const double per_char = h.box.width() / static_cast<double>(chars);
    text->push_back('\n');
    for (size_t k = 0; k < words.size(); ++k) {
      if (k > 0) text->push_back(' ');
      Word w;
      w.text = words[k];
      w.box = Box{x, h.box.y0, x + per_char * static_cast<double>(words[k].size()), h.box.y1};
      x += per_char * static_cast<double>(words[k].size() + 1);
      w.start = text->size();
      *text += words[k];
      w.end = text->size();
      page->words.push_back(std::move(w));
    }
  }
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

constexpr double kOcrDpi = 300;
constexpr int kMaxRenderSide = 32000;  // Tesseract's coordinates are 16-bit
constexpr double kMinOcrDpi = 50;      // a page too large to render above this is not OCRed

// Renders `page` (as displayed: its /Rotate applied) to 8-bit grey at up to
// 300 dpi, less when the page is so large that 300 dpi would pass the pixel
// limit, and OCRs it into `out` (whose width and height in points are set).
Status OcrPdfPage(const poppler::page& page, const OcrLimits& limits, std::string* text, Page* out,
                  std::vector<std::string>* warnings) {
  const std::string label = "page " + std::to_string(out->number);
  if (!poppler::page_renderer::can_render()) {
    return Status::Unsupported("OCR of PDF pages needs poppler built with its Splash renderer");
  }
  if (!(out->width > 0) || !(out->height > 0)) return Status::Corrupt(label + " has no area");
  double dpi = kOcrDpi;
  dpi = std::min(dpi, 72 * std::sqrt(static_cast<double>(limits.max_pixels) /
                                     (out->width * out->height)));
  dpi = std::min(dpi, 72 * kMaxRenderSide / std::max(out->width, out->height));
  if (dpi < kMinOcrDpi) {
    return Status::ResourceLimit(label + " is too large to OCR (" +
                                 std::to_string(std::lround(out->width)) + "x" +
                                 std::to_string(std::lround(out->height)) + " points)");
  }
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image rendered = renderer.render_page(&page, dpi, dpi);
  if (!rendered.is_valid() || rendered.width() <= 0 || rendered.height() <= 0) {
    return Status::Corrupt(label + " could not be rendered for OCR");
  }
  GrayImage img;
  img.width = rendered.width();
  img.height = rendered.height();
  img.stride = img.width;
  img.dpi = dpi;
  img.pixels.resize(static_cast<size_t>(img.width) * img.height);
  const int row_bytes = rendered.bytes_per_row();
  for (int y = 0; y < img.height; ++y) {
    const auto* row =
        reinterpret_cast<const uint8_t*>(rendered.const_data()) + static_cast<size_t>(y) * row_bytes;
    uint8_t* dst = &img.pixels[static_cast<size_t>(y) * img.width];
    switch (rendered.format()) {
      case poppler::image::format_gray8:
        std::copy(row, row + img.width, dst);
        break;
      case poppler::image::format_argb32:  // B, G, R, A in memory (native-endian 0xAARRGGBB)
        for (int x = 0; x < img.width; ++x) {
          const uint8_t* p = row + 4 * x;
          dst[x] = static_cast<uint8_t>((p[2] * 299 + p[1] * 587 + p[0] * 114 + 500) / 1000);
        }
        break;
      case poppler::image::format_rgb24:  // 0x00RRGGBB words, like argb32
        for (int x = 0; x < img.width; ++x) {
          const uint8_t* p = row + 4 * x;
          dst[x] = static_cast<uint8_t>((p[2] * 299 + p[1] * 587 + p[0] * 114 + 500) / 1000);
        }
        break;
      case poppler::image::format_bgr24:  // B, G, R bytes
        for (int x = 0; x < img.width; ++x) {
          const uint8_t* p = row + 3 * x;
          dst[x] = static_cast<uint8_t>((p[2] * 299 + p[1] * 587 + p[0] * 114 + 500) / 1000);
        }
        break;
      case poppler::image::format_mono:  // 1 bit a pixel, most significant first, 1 = white
        for (int x = 0; x < img.width; ++x) dst[x] = (row[x >> 3] >> (7 - (x & 7)) & 1) ? 255 : 0;
        break;
      default:
        return Status::Internal(label + ": poppler rendered an unexpected image format");
    }
  }
  rendered = poppler::image();
  // OcrPage reports the page size from the pixels; the PDF's own is exact.
  const double width = out->width, height = out->height;
  Status s = OcrPage(img, out->number, limits, text, out, warnings);
  out->width = width;
  out->height = height;
  return s;
}

// A finished page whose text (`*text`, its words' offsets into it) starts
// at `text_start` of the document's text: its words' offsets are moved
// there, and the page goes to `sink` with its text (its words then freed,
// its size kept) or, without a sink, its text joins the document's.
// Advances `text_start` past the page.
Status KeepPage(size_t& text_start, std::string* text, Page* page, Document* doc, PageSink* sink) {
  for (Word& w : page->words) {
    w.start += text_start;
    w.end += text_start;
  }
  if (sink) {
    Status sent = sink->Add(*page, text_start, *text);
    if (!sent.ok()) return sent;
    std::vector<Word>().swap(page->words);  // frees it (assigning {} keeps the capacity)
  } else {
    if (page->number > 1) doc->text.push_back('\f');
    doc->text += *text;
  }
  text_start += text->size();
  doc->pages.push_back(std::move(*page));
  return Status::OK();
}

class PdfExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "pdf"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
      return Status::ResourceLimit("PDF is larger than 2 GB");
    }
    PdfSource source;
    source.bytes = bytes;
    return ExtractSource(source, options);
  }

  // A PDF is read from its file as poppler and PoDoFo need it, never held
  // whole: a long document's bytes grew the worker (and the parent that read
  // them) by its size. The item limit applies as to bytes read.
  bool streams() const override { return true; }
  Result<Document> ExtractFile(const std::filesystem::path& file, const ExtractOptions& options) const override {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) return Status::IoError("cannot read " + file.string() + ": " + ec.message());
    if (size > options.limits.max_item_bytes) {
      return Status::ResourceLimit(file.string() + " is " + std::to_string(size) + " bytes, over the limit of " +
                                   std::to_string(options.limits.max_item_bytes));
    }
    if (size > static_cast<uintmax_t>(INT32_MAX)) return Status::ResourceLimit("PDF is larger than 2 GB");
    PdfSource source;
    source.file = file;
    return ExtractSource(source, options);
  }

 private:
  Result<Document> ExtractSource(const PdfSource& source, const ExtractOptions& options) const {
    std::vector<std::string> messages;
    PopplerMessageCapture capture(&messages);
    std::unique_ptr<poppler::document> pdf(
        source.file.empty()
            ? poppler::document::load_from_raw_data(source.bytes.data(), static_cast<int>(source.bytes.size()),
                                                    options.password, options.password)
            : poppler::document::load_from_file(source.file.string(), options.password, options.password));
    if (!pdf) {
      std::string why = messages.empty() ? "" : " (" + messages.front() + ")";
      return Status::Corrupt("not a readable PDF" + why);
    }
    if (pdf->is_locked()) {
      return Status::NeedsPassword(
          "PDF is encrypted and the password is not known: add it to the request under [sources.passwords] (\"path\" = \"password\") and re-run dsar ingest");
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
    // Content a reader does not see (a bad earlier redaction, white text,
    // comments, attachments...): reported for review, never dropped. Looked
    // for first, because it also names the pages whose only text is another
    // tool's invisible OCR layer: those are OCRed again, so every word has
    // our own confidence and box.
    std::vector<int> ocr_layer_pages;
    Result<std::vector<HiddenContent>> hidden = FindHiddenContent(source, options.password, &ocr_layer_pages);
    if (hidden.ok()) {
      doc.hidden = std::move(hidden).value();
    } else {
      doc.warnings.push_back("hidden content could not be checked: " + hidden.status().message());
    }
    std::set<int> reocr(ocr_layer_pages.begin(), ocr_layer_pages.end());
    CoreWordSource core(source, options.password);
    const OcrLimits ocr_limits;
    int ocr_pages = 0;          // pages OCRed (or attempted)
    int over_ocr_limit = 0;     // image-only pages past ocr_limits.max_pages
    int not_ocred = 0;          // image-only pages OCR could not read
    Status ocr_unavailable;     // set when OCR cannot run at all
    // Each page's text is built on its own and its words' offsets moved to
    // where it lies in the document's text once it is done; streamed, the
    // page goes to the sink with its text and the document's text is never
    // held whole.
    std::string text;  // this page's
    size_t text_size = 0;  // of the document so far
    for (int i = 0; i < n; ++i) {
      if (i > 0) ++text_size;  // the '\f' between pages
      text.clear();
      std::unique_ptr<poppler::page> page(pdf->create_page(i));
      Page out;
      out.number = i + 1;
      if (!page) {
        doc.warnings.push_back("page " + std::to_string(i + 1) + " could not be read");
        Status kept = KeepPage(text_size, &text, &out, &doc, options.pages);
        if (!kept.ok()) return kept;
        continue;
      }
      poppler::rectf rect = page->page_rect();
      bool sideways = page->orientation() == poppler::page::landscape ||
                      page->orientation() == poppler::page::seascape;
      out.width = sideways ? rect.height() : rect.width();
      out.height = sideways ? rect.width() : rect.height();
      bool ocred_layer = false;
      if (reocr.count(i + 1) && ocr_unavailable.ok() && ocr_pages < ocr_limits.max_pages) {
        ++ocr_pages;
        const size_t text_before = text.size();
        std::vector<std::string> ocr_warnings;
        Status s = OcrPdfPage(*page, ocr_limits, &text, &out, &ocr_warnings);
        const std::string label = "page " + std::to_string(i + 1);
        if (s.ok() && !out.words.empty()) {
          ocred_layer = true;
          doc.warnings.push_back(label + ": the text layer is another tool's invisible OCR layer; OCRed again");
          for (auto& w : ocr_warnings) doc.warnings.push_back(std::move(w));
        } else {
          if (s.code() == StatusCode::kUnsupported) ocr_unavailable = s;
          text.resize(text_before);
          out.words.clear();
          doc.warnings.push_back(label + ": the text layer is another tool's invisible OCR layer, used as it is (" +
                                 (s.ok() ? std::string("our OCR found no words") : s.message()) + ")");
        }
      }
      std::vector<RawWord> words;
      if (!ocred_layer) words = core.ok() ? core.Words(i) : CppWords(*page);
      // Sized once: grown by doubling, the word lists of a long document
      // held a third more than they needed.
      out.words.reserve(out.words.size() + words.size());
      double last_y = NAN, last_h = 0;
      for (RawWord& raw : words) {
        if (raw.text.empty()) continue;
        const Box& b = raw.box;
        double mid = (b.y0 + b.y1) / 2;
        if (!out.words.empty()) {
          bool new_line = std::isnan(last_y) || std::fabs(mid - last_y) > std::max(last_h, b.height()) / 2;
          if (new_line) {
            text.push_back('\n');
          } else {
            // Words are always separated, even when poppler reports no
            // space, so a span never runs two words together.
            text.push_back(' ');
          }
        }
        Word w;
        w.box = b;
        w.start = text.size();
        text += raw.text;
        w.end = text.size();
        w.text = std::move(raw.text);
        last_y = mid;
        last_h = w.box.height();
        out.words.push_back(std::move(w));
        if (text_size + text.size() > options.limits.max_text_bytes) {
          return Status::ResourceLimit("extracted text is larger than the limit");
        }
      }
      if (out.words.empty()) {
        // No text layer: a scanned page. OCR it.
        if (!ocr_unavailable.ok()) {
          ++not_ocred;
        } else if (ocr_pages >= ocr_limits.max_pages) {
          ++over_ocr_limit;
        } else {
          ++ocr_pages;
          std::vector<std::string> ocr_warnings;
          Status s = OcrPdfPage(*page, ocr_limits, &text, &out, &ocr_warnings);
          if (s.ok()) {
            doc.warnings.push_back("page " + std::to_string(i + 1) + ": OCR (no text layer)");
          } else if (s.code() == StatusCode::kUnsupported) {
            ocr_unavailable = s;
            ++not_ocred;
          } else {
            ++not_ocred;
            doc.warnings.push_back("page " + std::to_string(i + 1) +
                                   ": no text layer, and OCR failed: " + s.message());
          }
          for (auto& w : ocr_warnings) doc.warnings.push_back(std::move(w));
          if (text_size + text.size() > options.limits.max_text_bytes) {
            return Status::ResourceLimit("extracted text is larger than the limit");
          }
        }
      }
      AddFormValues(doc.hidden, &text, &out);
      Status kept = KeepPage(text_size, &text, &out, &doc, options.pages);
      if (!kept.ok()) return kept;
    }
    if (!ocr_unavailable.ok()) {
      doc.warnings.push_back(std::to_string(not_ocred) + " of " + std::to_string(n) +
                             " page(s) have no text layer (scanned?) and were not OCRed (" +
                             ocr_unavailable.message() + "); review those pages by hand");
    }
    if (over_ocr_limit > 0) {
      doc.warnings.push_back(std::to_string(over_ocr_limit) + " of " + std::to_string(n) +
                             " page(s) have no text layer and were not OCRed: over the limit of " +
                             std::to_string(ocr_limits.max_pages) +
                             " OCR pages per PDF; review those pages by hand");
    }
    for (auto& m : messages) doc.warnings.push_back(std::move(m));
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewPdfExtractor() { return std::make_unique<PdfExtractor>(); }

}  // namespace dsar::extractors
