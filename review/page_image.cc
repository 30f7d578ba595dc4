#include "review/page_image.h"

#include <leptonica/allheaders.h>

#include <cstdlib>
#include <memory>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace dsar::review {
namespace {

constexpr double kMaxPixels = 40e6;

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

Result<std::string> EncodePng(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, IFF_PNG) != 0 || !data) {
    return Status::Internal("cannot encode the page as PNG");
  }
  std::string out(reinterpret_cast<const char*>(data), size);
  std::free(data);
  return out;
}

Result<std::string> RenderPdfPage(const std::filesystem::path& file, int page, double dpi,
                                   const std::string& password) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file.string(), password, password));
  if (!doc || doc->is_locked()) return Status::Corrupt("poppler cannot open " + file.filename().string());
  if (page < 1 || page > doc->pages()) {
    return Status::NotFound("page " + std::to_string(page) + " does not exist (the document has " +
                            std::to_string(doc->pages()) + ")");
  }
  std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
  if (!p) return Status::Corrupt("poppler cannot read page " + std::to_string(page));
  poppler::rectf r = p->page_rect(poppler::media_box);
  double pixels = r.width() * dpi / 72 * r.height() * dpi / 72;
  if (pixels > kMaxPixels) return Status::ResourceLimit("the page is too large to render at this resolution");
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image img = renderer.render_page(p.get(), dpi, dpi);
  if (!img.is_valid()) return Status::Corrupt("poppler cannot render page " + std::to_string(page));
  int w = img.width(), h = img.height();
  PixPtr pix(pixCreate(w, h, 32));
  if (!pix) return Status::ResourceLimit("cannot allocate the page image");
  l_uint32* dst = pixGetData(pix.get());
  int wpl = pixGetWpl(pix.get());
  const char* src = img.const_data();
  int stride = img.bytes_per_row();
  for (int y = 0; y < h; ++y) {
    // poppler's argb32 is one native-endian 32-bit word per pixel, 0xAARRGGBB
    // (opaque here); Leptonica's 32 bpp is 0xRRGGBB00.
    const uint32_t* row = reinterpret_cast<const uint32_t*>(src + static_cast<size_t>(y) * stride);
    l_uint32* out = dst + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) out[x] = row[x] << 8;
  }
  return EncodePng(pix.get());
}

Result<std::string> RenderScanPage(const std::filesystem::path& file, int page, double dpi,
                                   double page_width_points) {
  l_int32 format = IFF_UNKNOWN, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeader(file.c_str(), &format, &w, &h, &bps, &spp, &cmap) != 0) {
    return Status::Corrupt("cannot read the image header of " + file.filename().string());
  }
  if (static_cast<double>(w) * h > 120e6) return Status::ResourceLimit("the scanned page is too large");
  PixPtr pix;
  bool tiff = format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 ||
              format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS ||
              format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG;
  if (tiff) {
    pix.reset(pixReadTiff(file.c_str(), page - 1));
    if (!pix) return Status::NotFound("page " + std::to_string(page) + " does not exist in the scan");
  } else {
    if (page != 1) return Status::NotFound("page " + std::to_string(page) + " does not exist in the scan");
    pix.reset(pixRead(file.c_str()));
  }
  if (!pix) return Status::Corrupt("cannot decode " + file.filename().string());
  // Palette images to plain grey or colour, so the PNG encodes predictably.
  if (pixGetColormap(pix.get())) pix.reset(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
  if (!pix) return Status::Corrupt("cannot decode " + file.filename().string());
  double target = page_width_points > 0 ? page_width_points / 72 * dpi : pixGetWidth(pix.get());
  double f = target / pixGetWidth(pix.get());
  if (f < 0.99) {
    PixPtr scaled(pixScale(pix.get(), static_cast<l_float32>(f), static_cast<l_float32>(f)));
    if (!scaled) return Status::Internal("cannot scale the scanned page");
    pix = std::move(scaled);
  }
  return EncodePng(pix.get());
}

}  // namespace

Result<int> PdfPageCount(const std::filesystem::path& pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  if (!doc || doc->is_locked()) return Status::Corrupt("poppler cannot open " + pdf.filename().string());
  return doc->pages();
}

Result<std::string> RenderPagePng(const std::filesystem::path& file, bool is_pdf, int page, double dpi,
                                  double page_width_points, const std::string& password) {
  if (dpi < 20 || dpi > 300) return Status::InvalidInput("dpi must be between 20 and 300");
  if (page < 1) return Status::NotFound("pages are numbered from 1");
  return is_pdf ? RenderPdfPage(file, page, dpi, password) : RenderScanPage(file, page, dpi, page_width_points);
}

}  // namespace dsar::review
