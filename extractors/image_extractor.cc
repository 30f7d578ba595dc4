// Scanned paper and photos as image files (TIFF, PNG, JPEG, BMP, PNM): OCR.
//
// Each page (every directory of a TIFF, else the one image) is checked
// against the pixel limit from its header, before anything is decoded, then
// decoded with Leptonica, made 8-bit grey (colour maps applied, transparency
// blended over white) and OCRed with OcrPage. Pages are joined by '\f', as
// the PDF extractor joins them.
//
// Coordinates. A page's size in points is its size in pixels * 72 / dpi, and
// word boxes use the same scale, so a page maps onto the decoded image whole
// (redaction/scan_redactor.cc relies on this). The dpi is the file's own
// resolution when it is credible, else 300:
//   - no resolution, or under 100 dpi on both axes (72 and 96 are what
//     cameras, phones and screenshots write, not how the paper was
//     scanned): 300 dpi is assumed;
//   - different horizontal and vertical resolutions (fax: 204 x 98): the
//     image is resampled vertically to square pixels before OCR, and the page
//     is width/xdpi by height/ydpi inches, as printed.
#include <leptonica/allheaders.h>

#include <stdio.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "extractors/extractor.h"
#include "extractors/ocr.h"

namespace dsar::extractors {
namespace {

constexpr double kAssumedDpi = 300;
constexpr double kMinCredibleDpi = 50;  // per axis
constexpr double kMinScanDpi = 100;     // below on both axes: a camera's or screen's default
constexpr double kMaxCredibleDpi = 5000;

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct FileDeleter {
  void operator()(FILE* f) const { fclose(f); }
};

std::string Dimensions(long long w, long long h) {
  return std::to_string(w) + "x" + std::to_string(h);
}

Status CheckPixels(long long w, long long h, const OcrLimits& limits, const std::string& what) {
  if (w <= 0 || h <= 0) return Status::Corrupt(what + " has no pixels");
  if (static_cast<double>(w) * static_cast<double>(h) > static_cast<double>(limits.max_pixels)) {
    return Status::ResourceLimit(what + " is " + Dimensions(w, h) + " pixels, over the limit of " +
                                 std::to_string(limits.max_pixels) + " pixels a page");
  }
  return Status::OK();
}

uint32_t Le32(const uint8_t* p) { return p[0] | p[1] << 8 | p[2] << 16 | uint32_t{p[3]} << 24; }

// Width and height from a BMP header. Leptonica's header reader decodes the
// whole bitmap for BMP, so the size is read here, before any of that.
bool BmpSize(std::string_view bytes, long long* w, long long* h) {
  if (bytes.size() < 26) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  uint32_t dib = Le32(p + 14);
  if (dib == 12) {  // BITMAPCOREHEADER: 16-bit sizes
    *w = p[18] | p[19] << 8;
    *h = p[20] | p[21] << 8;
    return true;
  }
  *w = static_cast<int32_t>(Le32(p + 18));
  *h = std::llabs(static_cast<int32_t>(Le32(p + 22)));  // negative: top-down rows
  return true;
}

// Number of pages (directories) of a TIFF in memory.
Result<int> TiffPageCount(std::string_view bytes) {
  std::unique_ptr<FILE, FileDeleter> fp(
      fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb"));
  l_int32 n = 0;
  if (!fp || tiffGetCount(fp.get(), &n) != 0 || n < 1) {
    return Status::Corrupt("not a readable TIFF (no page could be found; damaged or truncated?)");
  }
  return static_cast<int>(n);
}

// Decodes page `index` after checking its size from the header.
Result<PixPtr> DecodePage(std::string_view bytes, int format, int index, int pages,
                          const OcrLimits& limits) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  const std::string what =
      pages > 1 ? "page " + std::to_string(index + 1) + " of the TIFF" : std::string("the image");
  long long w = 0, h = 0;
  if (L_FORMAT_IS_TIFF(format)) {
    l_int32 tw = 0, th = 0, bps = 0, spp = 0, res = 0, cmap = 0, f = 0;
    if (readHeaderMemTiff(data, bytes.size(), index, &tw, &th, &bps, &spp, &res, &cmap, &f) != 0) {
      return Status::Corrupt("cannot read the header of " + what + " (damaged or truncated?)");
    }
    w = tw;
    h = th;
  } else if (format == IFF_BMP) {
    if (!BmpSize(bytes, &w, &h)) return Status::Corrupt("cannot read the BMP header (truncated?)");
  } else {
    l_int32 f = 0, pw = 0, ph = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &f, &pw, &ph, &bps, &spp, &cmap) != 0) {
      return Status::Corrupt("cannot read the image header (damaged or truncated?)");
    }
    w = pw;
    h = ph;
  }
  DSAR_RETURN_IF_ERROR(CheckPixels(w, h, limits, what));
  PixPtr pix(L_FORMAT_IS_TIFF(format) ? pixReadMemTiff(data, bytes.size(), index)
                                      : pixReadMem(data, bytes.size()));
  if (!pix) return Status::Corrupt("cannot decode " + what + " (damaged or truncated?)");
  // The data decides, not the header: check again (a TIFF orientation tag
  // may also have swapped width and height).
  DSAR_RETURN_IF_ERROR(CheckPixels(pixGetWidth(pix.get()), pixGetHeight(pix.get()), limits, what));
  return pix;
}

std::string FormatName(int format) {
  switch (format) {
    case IFF_GIF: return "GIF";
    case IFF_JP2: return "JPEG 2000";
    case IFF_WEBP: return "WebP";
    case IFF_PS: return "PostScript";
    case IFF_LPDF: return "PDF";
    case IFF_SPIX: return "SPIX";
    default: return "#" + std::to_string(format);
  }
}

// Leptonica reports every oddity of a file on stderr; dsar reports the
// outcome itself. LEPT_MSG_SEVERITY (e.g. 3 for info) brings them back.
void QuietLeptonica() {
  static const bool done = [] {
    setMsgSeverity(std::getenv("LEPT_MSG_SEVERITY") ? L_SEVERITY_EXTERNAL : L_SEVERITY_NONE);
    return true;
  }();
  (void)done;
}

double Credible(l_int32 res) {
  return res >= kMinCredibleDpi && res <= kMaxCredibleDpi ? static_cast<double>(res) : 0;
}

// The decoded page as 8-bit grey with square pixels, and its dpi.
Result<GrayImage> ToGray(PixPtr pix, const OcrLimits& limits, const std::string& what) {
  double xdpi = Credible(pixGetXRes(pix.get()));
  double ydpi = Credible(pixGetYRes(pix.get()));
  if (xdpi == 0) xdpi = ydpi;
  if (ydpi == 0) ydpi = xdpi;
  if (std::max(xdpi, ydpi) < kMinScanDpi) xdpi = ydpi = kAssumedDpi;

  if (pixGetDepth(pix.get()) == 32 && pixGetSpp(pix.get()) == 4) {
    pix.reset(pixAlphaBlendUniform(pix.get(), 0xffffff00));
    if (!pix) return Status::Corrupt("cannot remove the transparency of " + what);
  }
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  if (!gray) return Status::Corrupt("cannot convert " + what + " to grey");
  pix.reset();
  if (std::fabs(xdpi / ydpi - 1) > 0.02) {
    double f = xdpi / ydpi;
    DSAR_RETURN_IF_ERROR(CheckPixels(pixGetWidth(gray.get()),
                                     std::llround(pixGetHeight(gray.get()) * f), limits, what));
    gray.reset(pixScale(gray.get(), 1.0f, static_cast<float>(f)));
    if (!gray) return Status::ResourceLimit("cannot resample " + what + " to square pixels");
  }
  GrayImage img;
  img.width = pixGetWidth(gray.get());
  img.height = pixGetHeight(gray.get());
  img.stride = img.width;
  img.dpi = xdpi;
  img.pixels.resize(static_cast<size_t>(img.width) * img.height);
  const l_uint32* data = pixGetData(gray.get());
  const int wpl = pixGetWpl(gray.get());
  for (int y = 0; y < img.height; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    uint8_t* out = &img.pixels[static_cast<size_t>(y) * img.width];
    for (int x = 0; x < img.width; ++x) out[x] = static_cast<uint8_t>(GET_DATA_BYTE(line, x));
  }
  return img;
}

class ImageExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "ocr"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    if (bytes.size() > options.limits.max_item_bytes) {
      return Status::ResourceLimit("image file is larger than the limit of " +
                                   std::to_string(options.limits.max_item_bytes) + " bytes");
    }
    QuietLeptonica();
    const OcrLimits limits;
    l_int32 format = IFF_UNKNOWN;
    // findFileFormatBuffer reads the first 12 bytes unchecked.
    if (bytes.size() < 16 ||
        findFileFormatBuffer(reinterpret_cast<const l_uint8*>(bytes.data()), &format) != 0 ||
        format == IFF_UNKNOWN) {
      return Status::Corrupt("not a readable image (too short, or an unknown format)");
    }
    if (!L_FORMAT_IS_TIFF(format) && format != IFF_PNG && format != IFF_JFIF_JPEG &&
        format != IFF_BMP && format != IFF_PNM) {
      return Status::Unsupported("image format " + FormatName(format) +
                                 " is not read for OCR (TIFF, PNG, JPEG, BMP and PNM are)");
    }
    int pages = 1;
    if (L_FORMAT_IS_TIFF(format)) {
      Result<int> n = TiffPageCount(bytes);
      if (!n.ok()) return n.status();
      pages = *n;
      if (pages > limits.max_pages) {
        return Status::ResourceLimit("TIFF has " + std::to_string(pages) +
                                     " pages, over the OCR limit of " +
                                     std::to_string(limits.max_pages));
      }
    }

    Document doc;
    doc.kind = DocumentKind::kScan;
    doc.extractor = "ocr";
    doc.title = options.file_name;
    for (int i = 0; i < pages; ++i) {
      if (i > 0) doc.text.push_back('\f');
      const std::string what =
          pages > 1 ? "page " + std::to_string(i + 1) + " of the TIFF" : std::string("the image");
      Result<PixPtr> pix = DecodePage(bytes, format, i, pages, limits);
      if (!pix.ok()) return pix.status();
      Result<GrayImage> gray = ToGray(std::move(*pix), limits, what);
      if (!gray.ok()) return gray.status();
      Page page;
      DSAR_RETURN_IF_ERROR(OcrPage(*gray, i + 1, limits, &doc.text, &page, &doc.warnings));
      doc.pages.push_back(std::move(page));
      if (doc.text.size() > options.limits.max_text_bytes) {
        return Status::ResourceLimit("extracted text is larger than the limit");
      }
    }
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewImageExtractor() { return std::make_unique<ImageExtractor>(); }

}  // namespace dsar::extractors
