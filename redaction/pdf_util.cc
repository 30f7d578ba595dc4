#include "redaction/pdf_util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <system_error>
#include <utility>

#include "pipeline/model/unicode.h"

namespace dsar::redaction::internal {
namespace {

using PoDoFo::PdfError;
using PoDoFo::PdfName;
using PoDoFo::PdfString;

constexpr char32_t kReplacement = 0xFFFD;

constexpr double kLabelMaxSize = 9.0;
constexpr double kLabelMinSize = 3.0;

void DrawLabel(PoDoFo::PdfPainter* painter, PoDoFo::PdfFont* font, const Rect& box,
               double page_height, const std::string& label) {
  const std::string text = ToDrawable(label.empty() ? kDefaultLabel : label);
  const double box_w = box.x1 - box.x0;
  const double box_h = box.y1 - box.y0;
  double size = std::min(kLabelMaxSize, 0.7 * box_h);
  const double width = TextWidth(font, size, text);
  if (width > box_w - 2) size *= (box_w - 2) / width;
  // A box too small for a legible label just stays black.
  if (size < kLabelMinSize) return;
  const double w = TextWidth(font, size, text);
  const double x = box.x0 + (box_w - w) / 2;
  const double baseline = page_height - box.y1 + (box_h - 0.73 * size) / 2;
  font->SetFontSize(static_cast<float>(size));
  painter->SetFont(font);
  painter->SetColor(1, 1, 1);
  painter->DrawText(x, baseline, PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str())));
}

// Draws `word` in text render mode 3 (invisible), sized to fill its box, so
// search and copy find it where it is seen on the image.
void DrawInvisibleWord(PoDoFo::PdfPainter* painter, PoDoFo::PdfFont* font,
                       const std::string& word, const Rect& box, double page_height) {
  const std::string text = ToDrawable(word);
  if (text.find_first_not_of(' ') == std::string::npos) return;
  const double w = box.x1 - box.x0;
  const double h = box.y1 - box.y0;
  if (!(w > 0) || !(h > 0)) return;
  const PoDoFo::PdfFontMetrics* metrics = font->GetFontMetrics();
  const double ascent = metrics->GetPdfAscent() / 1000.0;
  const double descent = -std::abs(metrics->GetPdfDescent() / 1000.0);
  double em = ascent - descent;
  if (!(em > 0)) em = 1.0;
  const double size = h / em;
  const double natural = TextWidth(font, size, text);
  const double scale = natural > 0 ? std::clamp(100.0 * w / natural, 1.0, 1000.0) : 100.0;
  font->SetFontSize(static_cast<float>(size));
  font->SetFontScale(static_cast<float>(scale));
  painter->SetFont(font);
  painter->DrawText(box.x0, page_height - box.y1 - descent * size,
                    PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str())));
  font->SetFontScale(100.0f);
}

// A grey raster holding only black and white packed to 1 bit a pixel (1 =
// white, as DeviceGray's default decode has it), or false if it holds any
// other value. Bilevel scans (fax, G4 TIFF) are several times smaller so.
bool PackBilevel(const Raster& raster, std::vector<uint8_t>* packed) {
  if (!raster.gray) return false;
  for (uint8_t v : raster.pixels) {
    if (v != 0 && v != 255) return false;
  }
  const size_t row_bytes = (static_cast<size_t>(raster.width) + 7) / 8;
  packed->assign(row_bytes * raster.height, 0);
  for (int y = 0; y < raster.height; ++y) {
    const uint8_t* in = &raster.pixels[static_cast<size_t>(y) * raster.width];
    uint8_t* out = &(*packed)[static_cast<size_t>(y) * row_bytes];
    for (int x = 0; x < raster.width; ++x) {
      if (in[x] != 0) out[x >> 3] |= static_cast<uint8_t>(0x80 >> (x & 7));
    }
  }
  return true;
}

}  // namespace

std::vector<CodePoint> DecodeUtf8(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    size_t len = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
      len = 1;
      c = b0;
    } else if ((b0 & 0xE0) == 0xC0) {
      len = 2;
      c = b0 & 0x1F;
      min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      len = 3;
      c = b0 & 0x0F;
      min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      len = 4;
      c = b0 & 0x07;
      min = 0x10000;
    }
    bool valid = len > 0 && i + len <= text.size();
    for (size_t k = 1; valid && k < len; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xC0) != 0x80) {
        valid = false;
      } else {
        c = (c << 6) | (b & 0x3F);
      }
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    if (valid && (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))) valid = false;
    if (!valid) {
      out.push_back({kReplacement, i, i + 1});
      ++i;
    } else {
      out.push_back({c, i, i + len});
      i += len;
    }
  }
  return out;
}

void QuietPodofo() {
  static const bool once = [] {
    PdfError::EnableDebug(false);
    return true;
  }();
  (void)once;
}

Status StatusFromPdfError(const PdfError& error, std::string_view context) {
  std::string message(context);
  message += ": ";
  const char* name = PdfError::ErrorName(error.GetError());
  message += name ? name : "PDF error";
  // The innermost callstack entry usually says what PoDoFo was doing.
  for (const auto& info : error.GetCallstack()) {
    if (!info.GetInformation().empty()) {
      message += " (" + info.GetInformation() + ")";
      break;
    }
  }
  switch (error.GetError()) {
    case PoDoFo::ePdfError_InvalidPassword:
      return Status::NeedsPassword(message + "; the PDF is encrypted, supply its password");
    case PoDoFo::ePdfError_FileNotFound:
    case PoDoFo::ePdfError_InvalidDeviceOperation:
      return Status::IoError(message);
    case PoDoFo::ePdfError_OutOfMemory:
      return Status::ResourceLimit(message);
    case PoDoFo::ePdfError_UnsupportedFilter:
    case PoDoFo::ePdfError_UnsupportedFontFormat:
    case PoDoFo::ePdfError_UnsupportedImageFormat:
      return Status::Unsupported(message);
    default:
      return Status::Corrupt(message);
  }
}

Status LoadUnicodeFont(PoDoFo::PdfMemDocument* doc, const std::filesystem::path& path,
                       PoDoFo::PdfFont** font) {
  // Checked here because PoDoFo would otherwise fall back to a system font
  // lookup by name and silently embed something else.
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
    return Status::InvalidInput("font file not found: '" + path.string() +
                                "' (install fonts-dejavu-core or set the font path)");
  }
  try {
    *font = doc->CreateFontSubset(path.stem().string().c_str(), false, false, false,
                                  PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                  path.c_str());
  } catch (const PdfError& e) {
    return StatusFromPdfError(e, "loading font " + path.string());
  }
  if (*font == nullptr) {
    return Status::InvalidInput("cannot load font '" + path.string() + "' (not a TrueType font?)");
  }
  return Status::OK();
}

std::string ToDrawable(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (const CodePoint& cp : DecodeUtf8(utf8)) {
    char32_t c = cp.value;
    if (c == 0xFEFF) continue;  // byte order mark: invisible, no glyph
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFFFF) c = kReplacement;
    AppendUtf8(c, &out);
  }
  return out;
}

double TextWidth(PoDoFo::PdfFont* font, double size, std::string_view utf8) {
  font->SetFontSize(static_cast<float>(size));
  font->SetFontScale(100.0f);
  const PoDoFo::PdfFontMetrics* metrics = font->GetFontMetrics();
  double width = 0;
  for (const CodePoint& cp : DecodeUtf8(utf8)) {
    // Callers pass ToDrawable() text, so every code point fits 16 bits.
    width += metrics->UnicodeCharWidth(static_cast<unsigned short>(cp.value));
  }
  return width;
}

void ScrubDocumentLevel(PoDoFo::PdfMemDocument* doc, bool with_creator) {
  PoDoFo::PdfDictionary& info = doc->GetInfo()->GetObject()->GetDictionary();
  info.Clear();
  info.AddKey(PdfName("Producer"), PdfString(kProducer));
  if (with_creator) info.AddKey(PdfName("Creator"), PdfString(kProducer));

  // Whitelist: a catalog needs nothing but its type and page tree. Anything
  // else (Metadata, OpenAction, AA, Names, AcroForm, OCProperties, Outlines,
  // PageLabels, StructTreeRoot...) is either content or behaviour.
  PoDoFo::PdfDictionary& catalog = doc->GetCatalog()->GetDictionary();
  std::vector<PdfName> remove;
  for (const auto& [key, value] : catalog.GetKeys()) {
    if (key != PdfName::KeyType && key != PdfName("Pages")) remove.push_back(key);
  }
  for (const PdfName& key : remove) catalog.RemoveKey(key);
}

Status WriteAtomically(PoDoFo::PdfMemDocument* doc, const std::filesystem::path& out) {
  std::filesystem::path dir = out.parent_path();
  if (dir.empty()) dir = ".";
  // Hidden, unique and in the same directory, so the rename is atomic.
  std::string name = ".";
  name += out.filename().string();
  name += ".tmp-XXXXXX";
  std::string temp = (dir / name).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    return Status::IoError("cannot create a temporary file in '" + dir.string() +
                           "': " + std::generic_category().message(errno));
  }
  close(fd);
  auto discard = [&temp] {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
  };
  try {
    doc->Write(temp.c_str());
  } catch (const PdfError& e) {
    discard();
    Status s = StatusFromPdfError(e, "writing " + out.string());
    // A write failure is never the input's fault.
    return s.code() == StatusCode::kCorrupt ? Status::Internal(s.message()) : s;
  }
  std::error_code ec;
  std::filesystem::rename(temp, out, ec);
  if (ec) {
    discard();
    return Status::IoError("cannot move the finished PDF to '" + out.string() +
                           "': " + ec.message());
  }
  return Status::OK();
}

bool Intersects(const Rect& a, const Rect& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

Rect Normalized(const Box& box) {
  return {std::min(box.x0, box.x1), std::min(box.y0, box.y1), std::max(box.x0, box.x1),
          std::max(box.y0, box.y1)};
}

Rect Padded(const Box& box) {
  Rect r = Normalized(box);
  return {r.x0 - kBoxPaddingPt, r.y0 - kBoxPaddingPt, r.x1 + kBoxPaddingPt,
          r.y1 + kBoxPaddingPt};
}

Status CheckFinite(const Box& box) {
  for (double v : {box.x0, box.y0, box.x1, box.y1}) {
    if (!std::isfinite(v)) return Status::InvalidInput("redaction box with a non-finite value");
  }
  return Status::OK();
}

Status CheckBoxesOnPage(const std::vector<Rect>& boxes, double width, double height) {
  const Rect page{0, 0, width, height};
  for (const Rect& r : boxes) {
    if (!Intersects(r, page)) {
      return Status::InvalidInput("a redaction box lies outside the page (" +
                                  std::to_string(r.x0) + "," + std::to_string(r.y0) + " on a " +
                                  std::to_string(width) + "x" + std::to_string(height) +
                                  " pt page)");
    }
  }
  return Status::OK();
}

void BurnBoxes(const std::vector<Rect>& boxes, double width_pt, double height_pt,
               Raster* raster) {
  const size_t channels = raster->gray ? 1 : 3;
  const double sx = raster->width / width_pt;
  const double sy = raster->height / height_pt;
  for (const Rect& r : boxes) {
    // Clamped in double before the conversion, which would be undefined
    // for a value out of int's range. A NaN (which callers rule out) burns
    // the whole extent rather than nothing.
    auto px = [](double v, int limit, bool start) {
      if (std::isnan(v)) return start ? 0 : limit;
      return static_cast<int>(std::clamp(v, 0.0, static_cast<double>(limit)));
    };
    const int x0 = px(std::floor(r.x0 * sx), raster->width, true);
    const int x1 = px(std::ceil(r.x1 * sx), raster->width, false);
    const int y0 = px(std::floor(r.y0 * sy), raster->height, true);
    const int y1 = px(std::ceil(r.y1 * sy), raster->height, false);
    for (int y = y0; y < y1; ++y) {
      uint8_t* row = &raster->pixels[static_cast<size_t>(y) * raster->width * channels];
      std::fill(row + channels * x0, row + channels * x1, 0);
    }
  }
}

bool CollapseToGray(Raster* raster) {
  if (raster->gray) return true;
  const size_t n = static_cast<size_t>(raster->width) * raster->height;
  const uint8_t* p = raster->pixels.data();
  for (size_t i = 0; i < n; ++i) {
    if (p[3 * i] != p[3 * i + 1] || p[3 * i] != p[3 * i + 2]) return false;
  }
  for (size_t i = 0; i < n; ++i) raster->pixels[i] = raster->pixels[3 * i];
  raster->pixels.resize(n);
  raster->pixels.shrink_to_fit();
  raster->gray = true;
  return true;
}

Status StartImageDocument(const RenderOptions& options, PoDoFo::PdfMemDocument* doc,
                          ImagePageFonts* fonts) {
  doc->SetPdfVersion(PoDoFo::ePdfVersion_1_7);
  DSAR_RETURN_IF_ERROR(LoadUnicodeFont(doc, options.font_path, &fonts->text));
  fonts->label = fonts->text;
  if (!options.bold_font_path.empty()) {
    DSAR_RETURN_IF_ERROR(LoadUnicodeFont(doc, options.bold_font_path, &fonts->label));
  }
  return Status::OK();
}

void AppendImagePage(const Raster& raster, double width_pt, double height_pt,
                     const std::vector<Rect>& boxes, const std::vector<std::string>& labels,
                     const Page* words, const ImagePageFonts& fonts,
                     PoDoFo::PdfMemDocument* out) {
  PoDoFo::PdfImage image(out);
  image.SetImageColorSpace(raster.gray ? PoDoFo::ePdfColorSpace_DeviceGray
                                       : PoDoFo::ePdfColorSpace_DeviceRGB);
  PoDoFo::TVecFilters flate;
  flate.push_back(PoDoFo::ePdfFilter_FlateDecode);
  std::vector<uint8_t> packed;
  const bool bilevel = PackBilevel(raster, &packed);
  const std::vector<uint8_t>& data = bilevel ? packed : raster.pixels;
  PoDoFo::PdfMemoryInputStream input(reinterpret_cast<const char*>(data.data()),
                                     static_cast<PoDoFo::pdf_long>(data.size()));
  image.SetImageData(raster.width, raster.height, bilevel ? 1 : 8, &input, flate);

  PageCanvas canvas(out->CreatePage(PoDoFo::PdfRect(0, 0, width_pt, height_pt)));
  PoDoFo::PdfPainter* painter = canvas.painter();
  painter->DrawImage(0, 0, &image, width_pt / raster.width, height_pt / raster.height);
  for (size_t i = 0; i < boxes.size(); ++i) {
    DrawLabel(painter, fonts.label, boxes[i], height_pt, i < labels.size() ? labels[i] : "");
  }
  if (words != nullptr) {
    painter->SetTextRenderingMode(PoDoFo::ePdfTextRenderingMode_Invisible);
    for (const Word& word : words->words) {
      if (!CheckFinite(word.box).ok()) continue;  // nowhere to put it
      const Rect r = Normalized(word.box);
      bool hidden = false;
      for (const Rect& b : boxes) hidden = hidden || Intersects(r, b);
      if (!hidden) DrawInvisibleWord(painter, fonts.text, word.text, r, height_pt);
    }
    painter->SetTextRenderingMode(PoDoFo::ePdfTextRenderingMode_Fill);
  }
  canvas.Finish();
}

}  // namespace dsar::redaction::internal
