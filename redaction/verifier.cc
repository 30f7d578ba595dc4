// FindLeaks, ExtractPageTexts and ForEachRenderedPage: reading finished PDFs
// back with poppler, a code path independent of the writers (which use
// PoDoFo), plus a raw scan of the file's bytes that depends on neither
// library.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "pipeline/model/unicode.h"
#include "redaction/redaction.h"

namespace dsar::redaction {
namespace {

// Below these sizes a match says more about the value than about a leak.
constexpr size_t kMinFoldedChars = 2;    // any check
constexpr size_t kMinSqueezedChars = 6;  // the whitespace-insensitive check
constexpr size_t kMinRawChars = 4;       // the raw byte scan
// Output cap for one inflated stream, so a zip bomb cannot exhaust memory.
constexpr size_t kMaxInflatedBytes = 64u << 20;
// ForEachRenderedPage: resolutions it accepts, and the most pixels a page
// may have (5 bytes each while converting).
constexpr double kMinRenderDpi = 1;
constexpr double kMaxRenderDpi = 1200;
constexpr double kMaxRenderPixels = 120e6;

std::string ToString(const poppler::ustring& s) {
  const poppler::byte_array utf8 = s.to_utf8();
  return std::string(utf8.begin(), utf8.end());
}

size_t CountChars(std::string_view utf8) {
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// UTF-16BE form of a UTF-8 value, as PDF text strings store it.
std::string Utf16Be(std::string_view utf8) {
  std::string out;
  const poppler::ustring u = poppler::ustring::from_utf8(utf8.data(), static_cast<int>(utf8.size()));
  for (auto unit : u) {
    out.push_back(static_cast<char>((unit >> 8) & 0xff));
    out.push_back(static_cast<char>(unit & 0xff));
  }
  return out;
}

struct Needle {
  std::string value;     // as given
  std::string folded;    // FoldForMatch(value)
  std::string squeezed;  // folded without spaces; empty if too short to use
  // ASCII-lowercased byte forms for the raw scan, with their code unit
  // size: the UTF-8 value (1) and its UTF-16BE form (2).
  std::vector<std::pair<std::string, size_t>> raw;
};

std::vector<Needle> MakeNeedles(const std::vector<std::string>& forbidden) {
  std::vector<Needle> needles;
  for (const std::string& value : forbidden) {
    Needle n;
    n.value = value;
    n.folded = FoldForMatch(value);
    if (CountChars(n.folded) < kMinFoldedChars) continue;
    std::string squeezed;
    for (char c : n.folded) {
      if (c != ' ') squeezed.push_back(c);
    }
    if (CountChars(squeezed) >= kMinSqueezedChars) n.squeezed = squeezed;
    if (CountChars(value) >= kMinRawChars) {
      n.raw.push_back({AsciiLower(value), 1});
      n.raw.push_back({AsciiLower(Utf16Be(value)), 2});
    }
    needles.push_back(std::move(n));
  }
  return needles;
}

// Folded text and the same without spaces, with a map back to the folded
// positions so that a squeezed match can be checked for word boundaries.
struct Haystack {
  std::string folded;
  std::string squeezed;
  std::vector<size_t> squeezed_to_folded;

  explicit Haystack(std::string_view text) : folded(FoldedText(text).folded()) {
    squeezed.reserve(folded.size());
    squeezed_to_folded.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
      if (folded[i] == ' ') continue;
      squeezed.push_back(folded[i]);
      squeezed_to_folded.push_back(i);
    }
  }

  size_t CountWords(const Needle& n) const { return FindWholeWord(folded, n.folded).size(); }

  // The value with its spaces ignored, e.g. "J ohn Sm ith" or a name broken
  // across two lines. Still anchored on word boundaries in the spaced text
  // ("Parkers" does not match "Parker"). Counts whole-word matches too.
  size_t CountSqueezed(const Needle& n) const {
    if (n.squeezed.empty()) return 0;
    size_t count = 0;
    for (size_t pos = squeezed.find(n.squeezed); pos != std::string::npos;
         pos = squeezed.find(n.squeezed, pos + 1)) {
      const size_t begin = squeezed_to_folded[pos];
      const size_t end = squeezed_to_folded[pos + n.squeezed.size() - 1] + 1;
      if (IsWholeWordAt(folded, begin, end - begin)) ++count;
    }
    return count;
  }
};

class Leaks {
 public:
  // Once per (page, value, where).
  void Add(int page, const std::string& value, const std::string& where) {
    if (seen_.insert({page, value, where}).second) leaks_.push_back({page, value, where});
  }
  // `count` times: one Leak per occurrence.
  void AddEach(int page, const std::string& value, const std::string& where, size_t count) {
    for (size_t i = 0; i < count; ++i) leaks_.push_back({page, value, where});
  }
  std::vector<Leak> Take() { return std::move(leaks_); }

 private:
  std::set<std::tuple<int, std::string, std::string>> seen_;
  std::vector<Leak> leaks_;
};

// Metadata text: one Leak per value and place.
void CheckText(std::string_view text, const std::string& where,
               const std::vector<Needle>& needles, Leaks* leaks) {
  const Haystack hay(text);
  for (const Needle& n : needles) {
    if (hay.CountWords(n) > 0) {
      leaks->Add(0, n.value, where);
    } else if (hay.CountSqueezed(n) > 0) {
      leaks->Add(0, n.value, where + " (ignoring spaces)");
    }
  }
}

// Page text, read several ways: one Leak per occurrence, counted in the
// reading that finds the most, so that a caller can compare the count with
// the occurrences it meant to keep (a third party's surname that is also the
// subject's stays where it names the subject). Occurrences found only when
// spaces are ignored are reported apart.
void CheckPage(const std::vector<std::string>& readings, int page,
               const std::vector<Needle>& needles, Leaks* leaks) {
  std::vector<Haystack> hays;
  for (const std::string& text : readings) hays.emplace_back(text);
  for (const Needle& n : needles) {
    size_t words = 0, squeezed = 0;
    for (const Haystack& hay : hays) {
      words = std::max(words, hay.CountWords(n));
      squeezed = std::max(squeezed, hay.CountSqueezed(n));
    }
    leaks->AddEach(page, n.value, "page text", words);
    if (squeezed > words) {
      leaks->AddEach(page, n.value, "page text (ignoring spaces)", squeezed - words);
    }
  }
}

// True if the code unit of `unit` bytes at `pos` in `bytes` is an ASCII
// letter or digit, or a name's slash: raw text around a real occurrence of a
// value is a delimiter, not a letter ("/Contents" is not "Contents").
bool IsRawWordUnit(std::string_view bytes, size_t pos, size_t unit, bool before) {
  if (pos + unit > bytes.size()) return false;
  if (unit == 2 && bytes[pos] != '\0') return false;
  const char c = bytes[pos + unit - 1];
  return std::isalnum(static_cast<unsigned char>(c)) || (before && c == '/');
}

void CheckRaw(std::string_view lowered, const std::string& where,
              const std::vector<Needle>& needles, Leaks* leaks) {
  for (const Needle& n : needles) {
    bool found = false;
    for (const auto& [form, unit] : n.raw) {
      for (size_t pos = lowered.find(form); !found && pos != std::string_view::npos;
           pos = lowered.find(form, pos + 1)) {
        const bool word_before = pos >= unit && IsRawWordUnit(lowered, pos - unit, unit, true);
        const bool word_after = IsRawWordUnit(lowered, pos + form.size(), unit, false);
        found = !word_before && !word_after;
      }
    }
    if (found) leaks->Add(0, n.value, where);
  }
}

// Inflates one FlateDecode stream, keeping whatever decodes before an error
// (a truncated stream still has readable text).
std::string Inflate(std::string_view data) {
  std::string out;
  z_stream zs{};
  if (inflateInit(&zs) != Z_OK) return out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(data.size(), UINT32_MAX));
  char buffer[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK && out.size() < kMaxInflatedBytes) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof(buffer);
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buffer, sizeof(buffer) - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  return out;
}

// True if `dict` (the raw text of a dictionary) has `/key /value`, with any
// whitespace between the two names.
bool HasName(std::string_view dict, std::string_view key, std::string_view value) {
  for (size_t pos = dict.find(key); pos != std::string_view::npos;
       pos = dict.find(key, pos + 1)) {
    size_t v = pos + key.size();
    while (v < dict.size() && std::isspace(static_cast<unsigned char>(dict[v]))) ++v;
    if (dict.substr(v, value.size()) != value) continue;
    const size_t after = v + value.size();
    // The name must end there: "/Image" is not "/ImageMask".
    if (after >= dict.size() || std::string_view("/<>[]() \t\r\n%").find(dict[after]) !=
                                    std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// True if the stream dictionary `dict` names Flate as its only filter, alone
// or as a one-element array.
bool FlateOnly(std::string_view dict) {
  if (HasName(dict, "/Filter", "/FlateDecode") || HasName(dict, "/Filter", "/Fl")) return true;
  const size_t key = dict.find("/Filter");
  if (key == std::string_view::npos) return false;
  const size_t open = dict.find_first_not_of(" \t\r\n", key + 7);
  if (open == std::string_view::npos || dict[open] != '[') return false;
  const size_t close = dict.find(']', open);
  if (close == std::string_view::npos) return false;
  std::string names;
  for (char c : dict.substr(open + 1, close - open - 1)) {
    if (!std::isspace(static_cast<unsigned char>(c))) names.push_back(c);
  }
  return names == "/FlateDecode" || names == "/Fl";
}

// Scans every Flate-compressed stream in the file, found by its keywords
// rather than through a parser, so objects no reader would show (unreferenced
// objects, object streams, JavaScript, embedded files) are covered too. Font
// programs and images are skipped: they are binary, and font name tables
// contain words (e.g. "Vera" in DejaVu's copyright) that are also names.
void CheckStreams(const std::string& bytes, const std::vector<Needle>& needles, Leaks* leaks) {
  size_t search_from = 0;
  while (true) {
    const size_t keyword = bytes.find("stream", search_from);
    if (keyword == std::string::npos) break;
    search_from = keyword + 6;
    if (keyword >= 3 && bytes.compare(keyword - 3, 3, "end") == 0) continue;
    size_t data = keyword + 6;
    if (data < bytes.size() && bytes[data] == '\r') ++data;
    if (data < bytes.size() && bytes[data] == '\n') ++data;
    if (data == keyword + 6) continue;  // "stream" inside some other token
    const size_t obj = bytes.rfind(" obj", keyword);
    if (obj == std::string::npos) continue;
    const std::string_view dict(bytes.data() + obj, keyword - obj);
    // Only streams whose only filter is Flate: a chain (e.g. ASCII85, then
    // Flate) would need the other decoders first.
    if (!FlateOnly(dict)) continue;
    const bool binary = dict.find("/Length1") != std::string_view::npos ||  // TrueType
                        dict.find("/Length2") != std::string_view::npos ||  // Type 1
                        HasName(dict, "/Subtype", "/Image") ||
                        HasName(dict, "/Subtype", "/Type1C") ||
                        HasName(dict, "/Subtype", "/CIDFontType0C") ||
                        HasName(dict, "/Subtype", "/OpenType");
    const size_t end = bytes.find("endstream", data);
    if (!binary) {
      const std::string plain = Inflate(std::string_view(bytes).substr(
          data, (end == std::string::npos ? bytes.size() : end) - data));
      if (!plain.empty()) {
        CheckRaw(AsciiLower(plain), "raw bytes (decompressed stream)", needles, leaks);
      }
    }
    if (end != std::string::npos) search_from = end + 9;
  }
}

Result<std::unique_ptr<poppler::document>> Open(const std::filesystem::path& pdf) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(pdf, ec)) {
    return Status::IoError("cannot read '" + pdf.string() + "': no such file");
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  if (doc == nullptr) {
    return Status::Corrupt("poppler cannot open '" + pdf.string() + "' as a PDF");
  }
  if (doc->is_locked()) {
    return Status::NeedsPassword("the PDF '" + pdf.string() + "' is encrypted with a password");
  }
  return doc;
}

}  // namespace

Result<std::vector<Leak>> FindLeaks(const std::filesystem::path& pdf,
                                    const std::vector<std::string>& forbidden) {
  Result<std::unique_ptr<poppler::document>> opened = Open(pdf);
  if (!opened.ok()) return opened.status();
  poppler::document& doc = **opened;
  const std::vector<Needle> needles = MakeNeedles(forbidden);
  Leaks leaks;
  if (needles.empty()) return leaks.Take();

  for (int i = 0; i < doc.pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (page == nullptr) {
      return Status::Corrupt("poppler cannot read page " + std::to_string(i + 1) + " of '" +
                             pdf.string() + "'");
    }
    // Three readings of the same page: word order and spacing differ, and a
    // value split by one may be whole in another.
    std::string words;
    for (const poppler::text_box& box : page->text_list()) {
      words += ToString(box.text());
      words += ' ';
    }
    std::string reading =
        ToString(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    std::string raw = ToString(page->text(poppler::rectf(), poppler::page::raw_order_layout));
    CheckPage({words, reading, raw}, i + 1, needles, &leaks);
  }

  for (const std::string& key : doc.info_keys()) {
    CheckText(ToString(doc.info_key(key)), "document info /" + key, needles, &leaks);
  }
  CheckText(ToString(doc.metadata()), "XMP metadata", needles, &leaks);

  std::ifstream in(pdf, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    return Status::IoError("cannot read the bytes of '" + pdf.string() + "'");
  }
  CheckRaw(AsciiLower(bytes), "raw bytes", needles, &leaks);
  CheckStreams(bytes, needles, &leaks);
  return leaks.Take();
}

Result<std::vector<std::string>> ExtractPageTexts(const std::filesystem::path& pdf) {
  Result<std::unique_ptr<poppler::document>> opened = Open(pdf);
  if (!opened.ok()) return opened.status();
  poppler::document& doc = **opened;
  std::vector<std::string> texts;
  for (int i = 0; i < doc.pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (page == nullptr) {
      return Status::Corrupt("poppler cannot read page " + std::to_string(i + 1) + " of '" +
                             pdf.string() + "'");
    }
    // Reading order, as pdftotext gives it by default.
    texts.push_back(
        ToString(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
  }
  return texts;
}

Result<int> CountPages(const std::filesystem::path& pdf) {
  Result<std::unique_ptr<poppler::document>> opened = Open(pdf);
  if (!opened.ok()) return opened.status();
  return (*opened)->pages();
}

Status ForEachRenderedPage(
    const std::filesystem::path& pdf, double dpi,
    const std::function<Status(int, int, int, int, const uint8_t*)>& fn, int first_page, int last_page) {
  if (!std::isfinite(dpi) || dpi < kMinRenderDpi || dpi > kMaxRenderDpi) {
    return Status::InvalidInput("rendering resolution " + std::to_string(dpi) +
                                " dpi is out of range (1 to 1200)");
  }
  Result<std::unique_ptr<poppler::document>> opened = Open(pdf);
  if (!opened.ok()) return opened.status();
  poppler::document& doc = **opened;
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_paper_color(0xffffffff);
  std::vector<uint8_t> gray;
  const int end = last_page <= 0 ? doc.pages() : std::min(last_page, doc.pages());
  for (int i = std::max(first_page, 1) - 1; i < end; ++i) {
    const std::string where = "page " + std::to_string(i + 1) + " of '" + pdf.string() + "'";
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (page == nullptr) return Status::Corrupt("poppler cannot read " + where);
    const poppler::rectf crop = page->page_rect(poppler::crop_box);
    const double pixels = (crop.width() * dpi / 72) * (crop.height() * dpi / 72);
    if (!(pixels <= kMaxRenderPixels)) {
      return Status::ResourceLimit(where + " would be " +
                                   std::to_string(static_cast<long long>(pixels / 1e6)) +
                                   " M pixels at " + std::to_string(dpi) + " dpi");
    }
    poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
      return Status::Corrupt("poppler could not render " + where);
    }
    const int width = image.width();
    const int height = image.height();
    gray.resize(static_cast<size_t>(width) * height);
    const char* data = image.const_data();
    for (int y = 0; y < height; ++y) {
      const char* row = data + static_cast<ptrdiff_t>(y) * image.bytes_per_row();
      uint8_t* out = &gray[static_cast<size_t>(y) * width];
      for (int x = 0; x < width; ++x) {
        uint32_t argb;  // native-endian 0xAARRGGBB, opaque on white paper
        std::memcpy(&argb, row + 4 * x, 4);
        const uint32_t r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
        out[x] = static_cast<uint8_t>((299 * r + 587 * g + 114 * b + 500) / 1000);  // Rec. 601
      }
    }
    DSAR_RETURN_IF_ERROR(fn(i + 1, width, height, width, gray.data()));
  }
  return Status::OK();
}

}  // namespace dsar::redaction
