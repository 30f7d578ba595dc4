#include "redaction/pdf_util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <utility>

namespace dsar::redaction::internal {
namespace {

using PoDoFo::PdfError;
using PoDoFo::PdfName;
using PoDoFo::PdfString;

constexpr char32_t kReplacement = 0xFFFD;

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

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
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

}  // namespace dsar::redaction::internal
