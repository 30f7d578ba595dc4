// WriteRedactedScan: a redacted copy of a scanned document (an image file).
//
// A scan has no other form than its pixels, so every page of the output is
// an image page, written as WriteRedactedPdf writes a rasterised page (see
// internal::AppendImagePage): the image with the boxes burnt in, the labels
// as white vector text over the boxes, and an invisible text layer of the
// OCR words that no box touches. The image is decoded with Leptonica and
// copied into a buffer of our own (8-bit grey or 8-bit RGB) in which the
// boxes are painted black; only that buffer is written, so nothing of the
// original pixels under a box survives, and nothing of the original file
// (its TIFF tags, EXIF, ICC profile, comments, thumbnails) is copied.
//
// Coordinates: doc.pages[i] is page i of the image (0-based), its size in
// points is mapped onto the image's full size in pixels, independently on
// each axis (non-square pixels, e.g. fax resolutions, work). The image is
// taken as Leptonica decodes it; the words' boxes must come from the same
// decoding (as the OCR extractor's do).
#include <stdio.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <leptonica/allheaders.h>
#include <podofo/podofo.h>

#include "redaction/pdf_util.h"
#include "redaction/redaction.h"

namespace dsar::redaction {
namespace {

using internal::Raster;
using internal::Rect;

// Refused before decoding: 120 M pixels is A0 at 300 dpi. Decoding one takes
// up to ~1 GB (Leptonica's 32-bit pixels, our RGB copy).
constexpr double kMaxPagePixels = 120e6;

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

struct FileDeleter {
  void operator()(FILE* f) const { fclose(f); }
};

std::string Dimensions(double w, double h) {
  return std::to_string(static_cast<long long>(w)) + "x" +
         std::to_string(static_cast<long long>(h));
}

// What the file is and how many pages it has, from its header.
struct ImageFile {
  std::string path;
  int format = IFF_UNKNOWN;
  int pages = 0;
  bool tiff() const { return L_FORMAT_IS_TIFF(format); }
};

Result<ImageFile> Probe(const std::filesystem::path& original) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(original, ec)) {
    return Status::IoError("cannot read the image: no such file");
  }
  ImageFile file;
  file.path = original.string();
  std::unique_ptr<FILE, FileDeleter> fp(fopen(file.path.c_str(), "rb"));
  if (fp == nullptr) return Status::IoError("cannot open the image for reading");
  if (findFileFormatStream(fp.get(), &file.format) != 0 || file.format == IFF_UNKNOWN) {
    return Status::Corrupt("not a readable image (expected TIFF, PNG, JPEG or BMP)");
  }
  if (file.tiff()) {
    rewind(fp.get());
    if (tiffGetCount(fp.get(), &file.pages) != 0 || file.pages < 1) {
      return Status::Corrupt("the TIFF file has no readable page");
    }
  } else if (file.format == IFF_PNG || file.format == IFF_JFIF_JPEG ||
             file.format == IFF_BMP) {
    file.pages = 1;
  } else {
    return Status::Unsupported("image format " + std::to_string(file.format) +
                               " is not supported for scans (TIFF, PNG, JPEG or BMP)");
  }
  return file;
}

// Width and height from a BMP's header. (Leptonica's pixReadHeader decodes
// a whole BMP to find them.) False if the header is not a BMP's.
bool ReadBmpSize(const std::string& path, double* w, double* h) {
  std::unique_ptr<FILE, FileDeleter> fp(fopen(path.c_str(), "rb"));
  uint8_t b[26];
  if (fp == nullptr || fread(b, 1, sizeof b, fp.get()) != sizeof b) return false;
  if (b[0] != 'B' || b[1] != 'M') return false;
  auto u16 = [&](int i) { return static_cast<uint32_t>(b[i] | (b[i + 1] << 8)); };
  auto u32 = [&](int i) { return u16(i) | (u16(i + 2) << 16); };
  const uint32_t info_size = u32(14);
  if (info_size == 12) {  // OS/2 BITMAPCOREHEADER
    *w = u16(18);
    *h = u16(20);
  } else {  // BITMAPINFOHEADER and later: signed; negative height is top-down
    *w = static_cast<int32_t>(u32(18));
    *h = std::abs(static_cast<double>(static_cast<int32_t>(u32(22))));
  }
  return true;
}

// Size of page `index` from the file's header, without decoding the pixels.
Status CheckPageHeader(const ImageFile& file, int index) {
  double w = 0, h = 0;
  bool read = false;
  if (file.format == IFF_BMP) {
    read = ReadBmpSize(file.path, &w, &h);
  } else {
    l_int32 lw = 0, lh = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    read = (file.tiff() ? readHeaderTiff(file.path.c_str(), index, &lw, &lh, &bps, &spp, &res,
                                         &cmap, &format)
                        : pixReadHeader(file.path.c_str(), &format, &lw, &lh, &bps, &spp,
                                        &cmap)) == 0;
    w = lw;
    h = lh;
  }
  if (!read || !(w > 0) || !(h > 0)) return Status::Corrupt("cannot read the image header");
  if (w * h > kMaxPagePixels) {
    return Status::ResourceLimit("the image is " + Dimensions(w, h) + " pixels, over the " +
                                 std::to_string(static_cast<int>(kMaxPagePixels / 1e6)) +
                                 " M pixel limit for a page");
  }
  return Status::OK();
}

Result<PixPtr> Decode(const ImageFile& file, int index) {
  PixPtr pix(file.tiff() ? pixReadTiff(file.path.c_str(), index) : pixRead(file.path.c_str()));
  if (pix == nullptr) return Status::Corrupt("cannot decode the image (damaged or truncated?)");
  const double w = pixGetWidth(pix.get());
  const double h = pixGetHeight(pix.get());
  // Checked again on what was decoded, in case the data disagrees with the
  // header (by area: a reader may turn the image to its stated orientation).
  if (!(w > 0) || !(h > 0)) return Status::Corrupt("the image has no pixels");
  if (w * h > kMaxPagePixels) {
    return Status::ResourceLimit("the image is " + Dimensions(w, h) + " pixels, over the limit");
  }
  return pix;
}

// The decoded page as our own 8-bit grey or RGB buffer. Colormaps are
// applied, transparency is blended over white (as a viewer shows it: colour
// under fully transparent pixels is not shown), and 1, 2, 4 and 16-bit grey
// become 8-bit grey.
Result<Raster> ToRaster(PixPtr pix) {
  if (pixGetColormap(pix.get()) != nullptr) {
    pix.reset(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
    if (pix == nullptr || pixGetColormap(pix.get()) != nullptr) {
      return Status::Corrupt("cannot apply the image's colour map");
    }
  }
  Raster raster;
  raster.width = pixGetWidth(pix.get());
  raster.height = pixGetHeight(pix.get());
  const size_t w = static_cast<size_t>(raster.width);
  if (pixGetDepth(pix.get()) == 32) {
    if (pixGetSpp(pix.get()) == 4) {
      pix.reset(pixAlphaBlendUniform(pix.get(), 0xffffff00));
      if (pix == nullptr) return Status::Corrupt("cannot remove the image's transparency");
    }
    raster.gray = false;
    raster.pixels.resize(w * raster.height * 3);
    const l_uint32* data = pixGetData(pix.get());
    const l_int32 wpl = pixGetWpl(pix.get());
    for (int y = 0; y < raster.height; ++y) {
      const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
      uint8_t* out = &raster.pixels[y * w * 3];
      for (size_t x = 0; x < w; ++x) {
        const l_uint32 v = line[x];  // 0xRRGGBBAA in a native word
        out[3 * x] = static_cast<uint8_t>(v >> L_RED_SHIFT);
        out[3 * x + 1] = static_cast<uint8_t>(v >> L_GREEN_SHIFT);
        out[3 * x + 2] = static_cast<uint8_t>(v >> L_BLUE_SHIFT);
      }
    }
    pix.reset();
    internal::CollapseToGray(&raster);
    return raster;
  }
  pix.reset(pixConvertTo8(pix.get(), 0));
  if (pix == nullptr || pixGetDepth(pix.get()) != 8) {
    return Status::Unsupported("cannot convert the image to 8-bit grey");
  }
  raster.gray = true;
  raster.pixels.resize(w * raster.height);
  const l_uint32* data = pixGetData(pix.get());
  const l_int32 wpl = pixGetWpl(pix.get());
  for (int y = 0; y < raster.height; ++y) {
    const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    uint8_t* out = &raster.pixels[y * w];
    for (size_t x = 0; x < w; ++x) out[x] = static_cast<uint8_t>(GET_DATA_BYTE(line, x));
  }
  return raster;
}

struct PageBoxes {
  std::vector<Rect> boxes;  // padded
  std::vector<std::string> labels;
};

Status RedactScan(const std::filesystem::path& original, const Document& doc,
                  const std::vector<BoxRedaction>& boxes, const RenderOptions& options,
                  const std::filesystem::path& out) {
  Result<ImageFile> file = Probe(original);
  if (!file.ok()) return file.status();
  const int pages = file->pages;
  if (doc.pages.size() != static_cast<size_t>(pages)) {
    return Status::InvalidInput(
        "the image has " + std::to_string(pages) + " page(s) but the document has " +
        std::to_string(doc.pages.size()) +
        ": its words and boxes do not come from this image (extract it again)");
  }

  // Everything that can be checked without pixels is checked first.
  std::vector<PageBoxes> redacted(pages);
  for (const BoxRedaction& b : boxes) {
    if (b.page < 1 || b.page > pages) {
      return Status::InvalidInput("redaction on page " + std::to_string(b.page) +
                                  " but the image has " + std::to_string(pages) + " page(s)");
    }
    DSAR_RETURN_IF_ERROR(internal::CheckFinite(b.box));
    redacted[b.page - 1].boxes.push_back(internal::Padded(b.box));
    redacted[b.page - 1].labels.push_back(b.label);
  }
  for (int i = 0; i < pages; ++i) {
    const Page& page = doc.pages[i];
    const std::string where = "page " + std::to_string(i + 1);
    if (page.number != 0 && page.number != i + 1) {
      return Status::InvalidInput(where + " of the document is numbered " +
                                  std::to_string(page.number) + ": pages out of order");
    }
    // 1 pt is far below any real page, and rules out scales that overflow.
    if (!(page.width >= 1) || !(page.height >= 1) || !std::isfinite(page.width) ||
        !std::isfinite(page.height)) {
      return Status::InvalidInput(where + " has no valid size in points (" +
                                  std::to_string(page.width) + "x" +
                                  std::to_string(page.height) + ")");
    }
    Status s = internal::CheckBoxesOnPage(redacted[i].boxes, page.width, page.height);
    if (!s.ok()) return s.WithContext(where);
  }
  // Every page's size, before the first is decoded.
  for (int i = 0; i < pages; ++i) {
    Status s = CheckPageHeader(*file, i);
    if (!s.ok()) return s.WithContext("page " + std::to_string(i + 1));
  }

  PoDoFo::PdfMemDocument result;
  internal::ImagePageFonts fonts;
  DSAR_RETURN_IF_ERROR(internal::StartImageDocument(options, &result, &fonts));
  for (int i = 0; i < pages; ++i) {
    const std::string where = "page " + std::to_string(i + 1);
    const Page& page = doc.pages[i];
    Result<PixPtr> pix = Decode(*file, i);
    if (!pix.ok()) return pix.status().WithContext(where);
    Result<Raster> raster = ToRaster(std::move(*pix));
    if (!raster.ok()) return raster.status().WithContext(where);
    internal::BurnBoxes(redacted[i].boxes, page.width, page.height, &*raster);
    internal::AppendImagePage(*raster, page.width, page.height, redacted[i].boxes,
                              redacted[i].labels, &page, fonts, &result);
  }
  internal::ScrubDocumentLevel(&result, /*with_creator=*/false);
  return internal::WriteAtomically(&result, out);
}

}  // namespace

Status WriteRedactedScan(const std::filesystem::path& original, const Document& doc,
                         const std::vector<BoxRedaction>& boxes, const RenderOptions& options,
                         const std::filesystem::path& out) {
  return internal::GuardPdfWork("redacting " + original.string(),
                                [&] { return RedactScan(original, doc, boxes, options, out); });
}

}  // namespace dsar::redaction
