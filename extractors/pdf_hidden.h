// Finds content of a PDF that a reader does not see but an extractor can:
// text under filled rectangles or images (a bad earlier redaction), white or
// invisible (render mode 3) text, text outside the crop box, annotations and
// comments, embedded files, form field values.
#ifndef DSAR_EXTRACTORS_PDF_HIDDEN_H_
#define DSAR_EXTRACTORS_PDF_HIDDEN_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::extractors {

// A PDF to read: a file, read as it is needed (a long document is never
// held whole), or bytes in memory when `file` is empty.
struct PdfSource {
  std::filesystem::path file;
  std::string_view bytes;
};

// `pdf` is the file's bytes. Boxes are in points, top-left origin, in the
// displayed page (as poppler's words). Fails only when the file cannot be
// parsed at all; a page whose content cannot be read is skipped with
// nothing reported for it. When `ocr_layer_pages` is given, it receives the
// (1-based) pages that are a scanned image whose only text is an invisible
// layer over it: someone's OCR, of unknown quality.
Result<std::vector<HiddenContent>> FindHiddenContent(std::string_view pdf, const std::string& password,
                                                     std::vector<int>* ocr_layer_pages = nullptr);
// The same over a file or bytes (PdfSource). From a file, PoDoFo reads each
// object as it is needed and each page's content streams are let go once
// the page is scanned.
Result<std::vector<HiddenContent>> FindHiddenContent(const PdfSource& pdf, const std::string& password,
                                                     std::vector<int>* ocr_layer_pages = nullptr);

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_PDF_HIDDEN_H_
