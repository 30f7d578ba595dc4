// OCR with Tesseract (and Leptonica for images): words with boxes and
// confidences for scanned pages. Runs inside isolated workers (Tesseract
// aborts on some inputs); single-threaded (OMP_THREAD_LIMIT=1), one engine
// per worker process.
#ifndef DSAR_EXTRACTORS_OCR_H_
#define DSAR_EXTRACTORS_OCR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::extractors {

struct OcrLimits {
  uint64_t max_pixels = 120'000'000;  // per page, after scaling (image bombs)
  int max_pages = 500;                // per image file
};

// An 8-bit greyscale page image in memory (row-major, `stride` bytes a row).
struct GrayImage {
  int width = 0, height = 0, stride = 0;
  double dpi = 300;  // resolution the pixels were rendered or scanned at
  std::vector<uint8_t> pixels;
};

// OCRs one page image. Appends the page's text to `text` (words joined by
// spaces and newlines, as the PDF extractor does) and fills `page` with
// words whose boxes are in points (72 per inch, top-left origin) and whose
// byte ranges index `text`. Orientation is detected (Tesseract OSD) and
// corrected, skew removed, and the image normalised to ~300 dpi; boxes are
// mapped back to the page as given. `warnings` gets recoverable problems.
Status OcrPage(const GrayImage& image, int page_number, const OcrLimits& limits, std::string* text,
               Page* page, std::vector<std::string>* warnings);

// OCRs an image and returns plain text only (for verification of outputs).
Result<std::string> OcrText(const GrayImage& image);

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_OCR_H_
