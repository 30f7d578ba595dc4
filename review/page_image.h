// Page images for the review app: one page of an original document rendered
// to PNG, on demand.
#ifndef DSAR_REVIEW_PAGE_IMAGE_H_
#define DSAR_REVIEW_PAGE_IMAGE_H_

#include <filesystem>
#include <string>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::review {

// Renders page `page` (1-based) of `file` at `dpi` and returns PNG bytes.
// PDFs (kind kPdf, or any PDF such as a preview) go through poppler; scans
// (PNG, JPEG, TIFF, BMP; TIFF pages by number) through Leptonica, scaled so
// that the page's width in points maps to `dpi` (never enlarged).
// Errors: kNotFound for a page the file does not have; kResourceLimit for a
// page over 40 M pixels at that resolution (checked before decoding);
// kCorrupt for a file the library cannot read.
// `password` opens an encrypted PDF. Runs in the calling process: the
// originals were already parsed at ingest.
Result<std::string> RenderPagePng(const std::filesystem::path& file, bool is_pdf, int page, double dpi,
                                  double page_width_points, const std::string& password = "");

// The number of pages of a PDF; kCorrupt if poppler cannot open it.
Result<int> PdfPageCount(const std::filesystem::path& pdf);

}  // namespace dsar::review

#endif  // DSAR_REVIEW_PAGE_IMAGE_H_
