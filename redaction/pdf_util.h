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

#include "pipeline/model/status.h"

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
void AppendUtf8(char32_t c, std::string* out);

// Stops PoDoFo 0.9 from printing debug output (it dumps every trailer it
// parses to stderr). Process-wide; cheap to call repeatedly.
void QuietPodofo();

// The Status for a PoDoFo exception, with `context` (file, page) in front.
Status StatusFromPdfError(const PoDoFo::PdfError& error, std::string_view context);

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

}  // namespace dsar::redaction::internal

#endif  // DSAR_REDACTION_PDF_UTIL_H_
