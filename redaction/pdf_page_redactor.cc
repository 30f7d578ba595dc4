// WriteRedactedPdf: a redacted copy of an original PDF.
//
// A page with a redaction is never copied: it is rendered to pixels, the
// boxes are painted black in the pixel buffer, and the page is replaced by
// that image, the labels (vector text, white on the boxes), and an invisible
// text layer rebuilt only from the words outside the boxes. Nothing of the
// original page's content streams, fonts or text survives, so nothing under
// a box can be recovered by removing an overlay.
//
// Pages without a redaction are copied with PageCopier (see page_copier.h),
// which takes only what the page draws, without annotations. A redacted page
// is rendered from such a sanitised copy too, so that annotations are absent
// from every page alike, copied or rasterised.
//
// Two cases rasterise pages without boxes:
//   * pages drawing optional content (layers), when the original has a layer
//     configuration: a copy would show the layers it hides;
//   * every page, when PoDoFo cannot load a file that poppler can (see
//     RasteriseAll).
//
// Coordinates: boxes and words are in points in the page as displayed
// (poppler's convention: crop box, page rotation applied, top-left origin).
// poppler renders the page in the same frame, so rotated pages work; the
// image page written in its place has the displayed size and no /Rotate.
// Limitation: the invisible text of a word is always laid out horizontally in
// its box; words that ran vertically on the displayed page (e.g. a portrait
// page turned by /Rotate without turning its content) stay searchable but
// select awkwardly.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "redaction/page_copier.h"
#include "redaction/pdf_util.h"
#include "redaction/redaction.h"

namespace dsar::redaction {
namespace {

using internal::ImagePageFonts;
using internal::Raster;
using internal::Rect;

constexpr double kMinDpi = 36;
constexpr double kMaxDpi = 600;
// A page is rendered at a lower resolution rather than need more pixels
// (A0 at 150 dpi is 35 M), to bound memory (7 bytes a pixel while burning).
constexpr double kMaxPixels = 40e6;

std::unique_ptr<poppler::document> LoadRendererCopy(const std::vector<char>& bytes) {
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

// The page's displayed size in points (crop box, rotation applied).
void DisplayedSize(const poppler::page& page, double* width, double* height) {
  poppler::rectf crop = page.page_rect(poppler::crop_box);
  *width = crop.width();
  *height = crop.height();
  auto o = page.orientation();
  if (o == poppler::page::landscape || o == poppler::page::seascape) std::swap(*width, *height);
}

// Renders `page` at `dpi`, burns `boxes` into the pixels, and makes the
// raster grey when the page is (most scans, most text).
Result<Raster> RenderPage(const poppler::page& page, double dpi, double width_pt,
                          double height_pt, const std::vector<Rect>& boxes) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_paper_color(0xffffffff);
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
    return Status::Corrupt("poppler could not render the page");
  }
  Raster raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height * 3);
  const char* data = image.const_data();
  const int stride = image.bytes_per_row();
  for (int y = 0; y < raster.height; ++y) {
    const char* row = data + static_cast<ptrdiff_t>(y) * stride;
    uint8_t* out = &raster.pixels[static_cast<size_t>(y) * raster.width * 3];
    for (int x = 0; x < raster.width; ++x) {
      uint32_t argb;  // native-endian 0xAARRGGBB
      std::memcpy(&argb, row + 4 * x, 4);
      out[3 * x] = (argb >> 16) & 0xff;
      out[3 * x + 1] = (argb >> 8) & 0xff;
      out[3 * x + 2] = argb & 0xff;
    }
  }
  // The page size maps to the actual image size, which poppler rounds.
  internal::BurnBoxes(boxes, width_pt, height_pt, &raster);
  internal::CollapseToGray(&raster);
  return raster;
}

struct RedactedPage {
  std::vector<Rect> boxes;  // padded
  std::vector<std::string> labels;
};

// Emits page `page` (rendered from the sanitised copy) as an image page with
// its boxes burnt in, labels, and the invisible layer of surviving words.
Status AppendRasterPage(const poppler::page& page, const RedactedPage& redacted,
                        const Page* words, const RenderOptions& options,
                        const ImagePageFonts& fonts, PoDoFo::PdfMemDocument* out) {
  double width = 0, height = 0;
  DisplayedSize(page, &width, &height);
  if (!(width > 0) || !(height > 0)) return Status::Corrupt("the page has an empty crop box");
  DSAR_RETURN_IF_ERROR(internal::CheckBoxesOnPage(redacted.boxes, width, height));

  double dpi = options.raster_dpi > 0 ? options.raster_dpi : 150;
  dpi = std::clamp(dpi, kMinDpi, kMaxDpi);
  const double pixels = (width * dpi / 72) * (height * dpi / 72);
  if (pixels > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels);

  Result<Raster> raster = RenderPage(page, dpi, width, height, redacted.boxes);
  if (!raster.ok()) return raster.status();
  internal::AppendImagePage(*raster, width, height, redacted.boxes, redacted.labels, words,
                            fonts, out);
  return Status::OK();
}

const Page* FindPage(const Document& doc, int number) {
  if (number >= 1 && static_cast<size_t>(number) <= doc.pages.size() &&
      (doc.pages[number - 1].number == number || doc.pages[number - 1].number == 0)) {
    return &doc.pages[number - 1];
  }
  for (const Page& p : doc.pages) {
    if (p.number == number) return &p;
  }
  return nullptr;
}

// Fallback for files poppler reads but PoDoFo 0.9 cannot (RC4 encryption,
// which Debian's PoDoFo cannot decrypt with OpenSSL 3; damage that only
// poppler's reconstruction gets past): every page becomes an image page,
// rendered by poppler from the original, with the text layer rebuilt from
// `doc`. No object of the original is copied, so this is as safe as the
// normal path; it is larger, and annotations appear in the pixels as poppler
// draws them (as they appear in the page text poppler extracted).
Status RasteriseAll(const poppler::document& original, const Document& doc,
                    const std::map<int, RedactedPage>& redacted, const RenderOptions& options,
                    const std::filesystem::path& out) {
  PoDoFo::PdfMemDocument result;
  ImagePageFonts fonts;
  DSAR_RETURN_IF_ERROR(internal::StartImageDocument(options, &result, &fonts));
  const RedactedPage none;
  for (int number = 1; number <= original.pages(); ++number) {
    std::unique_ptr<poppler::page> page(original.create_page(number - 1));
    if (page == nullptr) return Status::Corrupt("cannot read page " + std::to_string(number));
    auto it = redacted.find(number);
    Status s = AppendRasterPage(*page, it == redacted.end() ? none : it->second,
                                FindPage(doc, number), options, fonts, &result);
    if (!s.ok()) return s.WithContext("page " + std::to_string(number));
  }
  internal::ScrubDocumentLevel(&result, /*with_creator=*/false);
  return internal::WriteAtomically(&result, out);
}

Status Redact(const std::filesystem::path& original, const Document& doc,
              const std::vector<BoxRedaction>& boxes, const RenderOptions& options,
              const std::filesystem::path& out) {
  // poppler first: it tells a password-protected file from a damaged one,
  // and it is the reader whose page frame the boxes are in.
  std::unique_ptr<poppler::document> probe(poppler::document::load_from_file(original.string()));
  if (probe == nullptr) return Status::Corrupt("not a readable PDF");
  if (probe->is_locked()) {
    return Status::NeedsPassword("the PDF is encrypted with a password; supply it");
  }
  const int page_count = probe->pages();
  if (page_count <= 0) return Status::Corrupt("the PDF has no pages");

  std::map<int, RedactedPage> redacted;  // by 1-based page number
  for (const BoxRedaction& b : boxes) {
    if (b.page < 1 || b.page > page_count) {
      return Status::InvalidInput("redaction on page " + std::to_string(b.page) +
                                  " but the PDF has " + std::to_string(page_count) + " pages");
    }
    DSAR_RETURN_IF_ERROR(internal::CheckFinite(b.box));
    redacted[b.page].boxes.push_back(internal::Padded(b.box));
    redacted[b.page].labels.push_back(b.label);
  }

  PoDoFo::PdfMemDocument source;
  try {
    source.Load(original.c_str());
  } catch (const PoDoFo::PdfError& e) {
    if (e.GetError() == PoDoFo::ePdfError_InvalidPassword) {
      return internal::StatusFromPdfError(e, "loading the PDF");
    }
    return RasteriseAll(*probe, doc, redacted, options, out);
  }
  // Readers that disagree on the pages would disagree on where the boxes go.
  if (source.GetPageCount() != page_count) {
    return RasteriseAll(*probe, doc, redacted, options, out);
  }

  // Pages drawing optional content are rasterised even without a box, as
  // the layers the original hides would show in a copy (see page_copier.h).
  PoDoFo::PdfMemDocument result;
  internal::PageCopier copier(&source, &result);
  // Pages with hidden content (text under a box, invisible or white text)
  // are flattened like redacted ones, so what was hidden cannot be lifted
  // out of a copied page.
  for (int number : options.flatten_pages) {
    if (number >= 1 && number <= page_count) redacted[number];
  }
  if (copier.SourceHasOptionalContent()) {
    for (int number = 1; number <= page_count; ++number) {
      if (!redacted.count(number) && copier.UsesOptionalContent(number - 1)) {
        redacted[number];  // no boxes: rendered as the original shows it
      }
    }
  }

  // The pages to rasterise, sanitised, in a document that only poppler reads.
  std::vector<char> render_bytes;
  std::unique_ptr<poppler::document> renderer;
  if (!redacted.empty()) {
    PoDoFo::PdfMemDocument render_copy;
    internal::PageCopier render_copier(&source, &render_copy);
    for (const auto& [number, unused] : redacted) render_copier.AppendPage(number - 1);
    render_copier.CopyOptionalContentConfig();
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    render_copy.Write(&device);
    render_bytes.assign(buffer.GetBuffer(), buffer.GetBuffer() + device.GetLength());
    renderer = LoadRendererCopy(render_bytes);
    if (renderer == nullptr || renderer->is_locked() ||
        renderer->pages() != static_cast<int>(redacted.size())) {
      return Status::Internal("poppler cannot read the sanitised copy of the redacted pages");
    }
  }

  ImagePageFonts fonts;
  if (!redacted.empty()) {
    DSAR_RETURN_IF_ERROR(internal::StartImageDocument(options, &result, &fonts));
  } else {
    result.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
  }
  int render_index = 0;
  for (int number = 1; number <= page_count; ++number) {
    auto it = redacted.find(number);
    if (it == redacted.end()) {
      copier.AppendPage(number - 1);
      continue;
    }
    std::unique_ptr<poppler::page> page(renderer->create_page(render_index++));
    if (page == nullptr) return Status::Internal("poppler lost page " + std::to_string(number));
    Status s = AppendRasterPage(*page, it->second, FindPage(doc, number), options, fonts,
                                &result);
    if (!s.ok()) return s.WithContext("page " + std::to_string(number));
  }
  internal::ScrubDocumentLevel(&result, /*with_creator=*/false);
  return internal::WriteAtomically(&result, out);
}

}  // namespace

Status WriteRedactedPdf(const std::filesystem::path& original, const Document& doc,
                        const std::vector<BoxRedaction>& boxes, const RenderOptions& options,
                        const std::filesystem::path& out) {
  return internal::GuardPdfWork("redacting " + original.string(),
                                [&] { return Redact(original, doc, boxes, options, out); });
}

}  // namespace dsar::redaction
