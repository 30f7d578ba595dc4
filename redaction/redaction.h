// Redaction writers and the verifier: the only code that produces the PDFs
// given to a requester. The rules they keep are in docs/architecture.md
// ("Redaction rules"): a redacted span is never written, not even hidden.
#ifndef DSAR_REDACTION_REDACTION_H_
#define DSAR_REDACTION_REDACTION_H_

#include <filesystem>
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
};

// Renders a text-origin document (plain text, email) as a new PDF: A4,
// wrapped text, `redactions` drawn as filled boxes with their label and the
// covered bytes never written. Overlapping or unsorted spans are allowed.
Status WriteTextPdf(std::string_view text, const std::vector<TextRedaction>& redactions,
                    const RenderOptions& options, const std::filesystem::path& out);

// Writes a redacted copy of an original PDF. Pages with at least one box are
// rasterised (poppler), the boxes burnt into the pixels, and emitted as an
// image page carrying an invisible text layer made only of `surviving_words`
// of that page (words not under any box). Pages without boxes are copied.
// The output has no document Info/XMP metadata and is written fresh.
Status WriteRedactedPdf(const std::filesystem::path& original, const Document& doc,
                        const std::vector<BoxRedaction>& boxes,
                        const RenderOptions& options, const std::filesystem::path& out);

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
