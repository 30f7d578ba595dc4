// Private helpers shared by the redaction writers (not part of the public
// interface in redaction.h).
#ifndef DSAR_REDACTION_PDF_UTIL_H_
#define DSAR_REDACTION_PDF_UTIL_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <podofo/podofo.h>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"
#include "redaction/redaction.h"

namespace dsar::redaction::internal {

// Metadata value written into every output's Info dictionary.
inline constexpr char kProducer[] = "dsar";
// Drawn on a redaction whose label is empty.
inline constexpr char kDefaultLabel[] = "Redacted";

// One decoded code point of a UTF-8 string and the bytes it came from.
// Invalid sequences decode to U+FFFD covering one byte, so decoding never
// fails and every byte belongs to exactly one code point.
struct CodePoint {
  char32_t value = 0;
  size_t begin = 0;
  size_t end = 0;
};
std::vector<CodePoint> DecodeUtf8(std::string_view text);

// Stops PoDoFo 0.9 from printing debug output (it dumps every trailer it
// parses to stderr). Process-wide; cheap to call repeatedly.
void QuietPodofo();

// The Status for a PoDoFo exception, with `context` (file, page) in front.
Status StatusFromPdfError(const PoDoFo::PdfError& error, std::string_view context);

// Runs `fn` (returning Status) with PoDoFo quietened, converting PoDoFo and
// standard exceptions to a Status and putting `context` in front of errors:
// the one place the writers' public functions cross into PoDoFo.
template <typename Fn>
Status GuardPdfWork(const std::string& context, Fn&& fn) {
  QuietPodofo();
  try {
    Status s = fn();
    return s.ok() ? s : s.WithContext(context);
  } catch (const PoDoFo::PdfError& e) {
    return StatusFromPdfError(e, context);
  } catch (const std::bad_alloc&) {
    return Status::ResourceLimit(context + ": out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(context + ": " + e.what());
  }
}

// Embeds the TrueType font at `path` as a subset with Identity-H encoding and
// a ToUnicode map, so any BMP text can be drawn and extracted again.
Status LoadUnicodeFont(PoDoFo::PdfMemDocument* doc, const std::filesystem::path& path,
                       PoDoFo::PdfFont** font);

// Width in points of `utf8` drawn with `font` at `size`, measured the same
// way the font's /W array will advance it.
double TextWidth(PoDoFo::PdfFont* font, double size, std::string_view utf8);

// Returns `utf8` made safe for the Identity-H font: code points outside the
// BMP (which PoDoFo 0.9 would split into unmapped surrogates) and control
// characters become U+FFFD.
std::string ToDrawable(std::string_view utf8);

// Leaves the Info dictionary with Producer (and Creator, when `with_creator`)
// set to "dsar" and nothing else, and removes every catalog entry that can
// carry content or behaviour (XMP, JavaScript, forms, outlines...).
void ScrubDocumentLevel(PoDoFo::PdfMemDocument* doc, bool with_creator);

// Writes `doc` to a temporary file in `out`'s directory and renames it over
// `out`, so a failure never leaves a partial file under the final name.
Status WriteAtomically(PoDoFo::PdfMemDocument* doc, const std::filesystem::path& out);

// Owns a PdfPainter for one page and calls FinishPage() even when drawing
// throws: PoDoFo 0.9 complains in the painter's destructor otherwise.
class PageCanvas {
 public:
  explicit PageCanvas(PoDoFo::PdfPage* page) { painter_.SetPage(page); }
  ~PageCanvas() {
    if (painter_.GetPage() == nullptr) return;
    try {
      painter_.FinishPage();
    } catch (...) {  // already failing; the document is discarded
    }
  }
  PageCanvas(const PageCanvas&) = delete;
  PageCanvas& operator=(const PageCanvas&) = delete;

  PoDoFo::PdfPainter* painter() { return &painter_; }
  void Finish() { painter_.FinishPage(); }

 private:
  PoDoFo::PdfPainter painter_;
};

// ---------------------------------------------------------------------------
// Image pages: how WriteRedactedPdf (rasterised pages) and WriteRedactedScan
// (scanned pages) write a page. The page is one opaque image with the boxes
// burnt into its pixels, the boxes' labels as white vector text over them, and
// an invisible text layer (Tr 3) of the words no box touches.

// Each box is burnt this much larger on every side, to cover anti-aliased
// glyph edges that word boxes leave out.
inline constexpr double kBoxPaddingPt = 1.0;

struct Rect {  // points, top-left origin, x0 <= x1 and y0 <= y1
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

bool Intersects(const Rect& a, const Rect& b);
// `box` with its corners in order.
Rect Normalized(const Box& box);
// `box` in order and grown by kBoxPaddingPt on every side.
Rect Padded(const Box& box);
// InvalidInput unless every coordinate of `box` is finite.
Status CheckFinite(const Box& box);
// InvalidInput if a box misses the width x height page altogether: the
// caller's coordinates are then in another frame, and burning nothing would
// be a silent leak.
Status CheckBoxesOnPage(const std::vector<Rect>& boxes, double width, double height);

// Pixels of a page, 8 bits per component, rows packed with no padding.
struct Raster {
  int width = 0;
  int height = 0;
  bool gray = false;  // 1 component (DeviceGray), else 3 (DeviceRGB)
  std::vector<uint8_t> pixels;
};

// Paints `boxes` solid black. They are in points on a page of width_pt x
// height_pt, which is mapped onto the raster's full size; pixels a box only
// partly covers are painted too.
void BurnBoxes(const std::vector<Rect>& boxes, double width_pt, double height_pt,
               Raster* raster);

// Makes an RGB raster whose every pixel is grey a grey raster (a third of the
// size). Returns whether the raster is grey now.
bool CollapseToGray(Raster* raster);

// The fonts of a document of image pages.
struct ImagePageFonts {
  PoDoFo::PdfFont* text = nullptr;   // invisible text layer
  PoDoFo::PdfFont* label = nullptr;  // labels (bold when available)
};

// Prepares an empty `doc` for image pages: PDF 1.7 and the fonts.
Status StartImageDocument(const RenderOptions& options, PoDoFo::PdfMemDocument* doc,
                          ImagePageFonts* fonts);

// Appends a page of width_pt x height_pt showing `raster` scaled over the whole
// page (Flate; DeviceGray, 1 bit a pixel when it is only black and white, or
// DeviceRGB), the labels of `boxes` (padded boxes, as burnt) drawn in white
// over them, and the words of `words` (may be null) whose boxes intersect no
// box as invisible text. Throws PoDoFo::PdfError.
void AppendImagePage(const Raster& raster, double width_pt, double height_pt,
                     const std::vector<Rect>& boxes, const std::vector<std::string>& labels,
                     const Page* words, const ImagePageFonts& fonts,
                     PoDoFo::PdfMemDocument* out);

}  // namespace dsar::redaction::internal

#endif  // DSAR_REDACTION_PDF_UTIL_H_
