// Redaction writers and the verifier: the only code that produces the PDFs
// given to a requester. The rules they keep are in docs/architecture.md
// ("Redaction rules"): a redacted span is never written, not even hidden.
#ifndef DSAR_REDACTION_REDACTION_H_
#define DSAR_REDACTION_REDACTION_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::redaction {

// A span of Document::text to remove, with the label drawn in its place
// (the exemption's label from the policy, e.g. "Third party").
struct TextRedaction {
  size_t start = 0;  // byte offsets into the document text
  size_t end = 0;
  std::string label;
};

// A region of an original PDF page to burn out, in the page's display
// coordinates (points, top-left origin; see dsar::Box).
struct BoxRedaction {
  int page = 0;  // 1-based
  Box box;
  std::string label;
};

struct RenderOptions {
  // TrueType font with wide Unicode coverage, embedded in the output.
  std::filesystem::path font_path;
  std::filesystem::path bold_font_path;
  // Printed in the footer of every page, e.g. "SAR-2026-014 – document 0007".
  // Must not contain redacted values (the caller's responsibility; the
  // verifier checks it).
  std::string footer;
  // Resolution for rasterising original PDF pages that carry a redaction.
  double raster_dpi = 150;
  // Pages (1-based) of an original PDF to rasterise even without a box,
  // because they carry hidden content (WriteRedactedPdf).
  std::vector<int> flatten_pages;
};

// Renders a text-origin document (plain text, email) as a new PDF: A4,
// wrapped text, `redactions` drawn as filled boxes with their label and the
// covered bytes never written. Overlapping or unsorted spans are allowed.
// A word longer than a line is broken where it reaches the margin; when
// `forced_breaks` is given it receives, in order, the byte offset in `text`
// of each character that starts a new line inside a word, since a reader of
// the output sees a word boundary there ("...office" | "document...").
Status WriteTextPdf(std::string_view text, const std::vector<TextRedaction>& redactions,
                    const RenderOptions& options, const std::filesystem::path& out,
                    std::vector<size_t>* forced_breaks = nullptr);

// Writes a redacted copy of an original PDF. Pages with at least one box are
// rasterised (poppler), the boxes burnt into the pixels, and emitted as an
// image page carrying an invisible text layer made only of `surviving_words`
// of that page (words not under any box). Pages without boxes are copied.
// The output has no document Info/XMP metadata and is written fresh.
Status WriteRedactedPdf(const std::filesystem::path& original, const Document& doc,
                        const std::vector<BoxRedaction>& boxes,
                        const RenderOptions& options, const std::filesystem::path& out);

// Writes a redacted copy of a scanned document (TIFF, PNG, JPEG, BMP; TIFFs
// may have many pages) as a PDF of image pages: each page of `original` in
// order, the boxes of that page burnt into the pixels (box coordinates are in
// points on a page of doc.pages[i].width x height, which maps to the image's
// full size), labels drawn over them, and an invisible text layer of the
// words of doc.pages[i] that no box covers. No metadata; written fresh.
// Errors: kInvalidInput if doc.pages does not have one entry per image page
// or a box is off its page; kResourceLimit for a page over 120 M pixels
// (checked from the header, before decoding); kCorrupt for an image that
// cannot be decoded; kUnsupported for other image formats. On error nothing
// is written to `out` (an existing file there is left as it was).
Status WriteRedactedScan(const std::filesystem::path& original, const Document& doc,
                         const std::vector<BoxRedaction>& boxes, const RenderOptions& options,
                         const std::filesystem::path& out);

// Renders every page of a PDF to 8-bit greyscale at `dpi` with poppler and
// calls fn(page_number, width, height, stride, pixels) for each; stops and
// returns fn's error if it fails. For verifying outputs by OCR. `dpi` must be
// 1 to 1200; kCorrupt or kNeedsPassword for a PDF poppler cannot open, and
// kResourceLimit for a page that would exceed 120 M pixels. Only pages
// `first_page` to `last_page` (1-based, inclusive; 0 = the last page) when
// given, so that a long document can be shared among workers.
Status ForEachRenderedPage(
    const std::filesystem::path& pdf, double dpi,
    const std::function<Status(int, int, int, int, const uint8_t*)>& fn, int first_page = 1,
    int last_page = 0);

// The number of pages of a PDF as poppler reads it.
Result<int> CountPages(const std::filesystem::path& pdf);

// One value found where it must not be.
struct Leak {
  int page = 0;          // 1-based; 0 = not page text (metadata, raw bytes)
  std::string value;     // the forbidden value, as given
  std::string where;     // "text layer", "document info", "raw bytes"...
};

// Re-reads a finished PDF with poppler (a code path independent of the
// writers) and reports every forbidden value that can still be extracted:
// from each page's text, the document info, and the file's raw bytes.
// Matching is case-, accent- and whitespace-insensitive, on whole words.
// Fails (not a leak) if the PDF cannot be read at all.
Result<std::vector<Leak>> FindLeaks(const std::filesystem::path& pdf,
                                    const std::vector<std::string>& forbidden);

// Extracts the text of each page of a PDF with poppler (used by tests and
// by verification of text-origin documents).
Result<std::vector<std::string>> ExtractPageTexts(const std::filesystem::path& pdf);

}  // namespace dsar::redaction

#endif  // DSAR_REDACTION_REDACTION_H_
