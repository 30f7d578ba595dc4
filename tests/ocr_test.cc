// OCR (extractors/ocr.h, the image extractor, the PDF extractor's OCR of
// pages without a text layer) on Tesseract's own test images
// (../shared/corpora/tesseract-test/testing) and scanned PDFs from the pdf.js
// and pypdf corpora. Accuracy is measured as a character similarity to the
// ground truth (1 - Levenshtein distance / longer length, on text with runs
// of whitespace collapsed); measured values are printed for the record.
// Timings are printed, never asserted.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/ocr.h"
#include "pipeline/model/hash.h"
#include "test_util.h"

using namespace dsar;
using namespace dsar::extractors;
namespace fs = std::filesystem;

namespace {

const fs::path kTesseract = fs::path(DSAR_CORPORA_DIR) / "tesseract-test" / "testing";
const fs::path kPdfjs = fs::path(DSAR_CORPORA_DIR) / "pdfjs" / "test" / "pdfs";
const fs::path kPypdf = fs::path(DSAR_CORPORA_DIR) / "pypdf" / "resources";

std::string Bytes(const fs::path& p) {
  Result<std::string> b = ReadFile(p);
  REQUIRE(b.ok());
  return *b;
}

Result<Document> ExtractBytes(const std::string& bytes, const std::string& name,
                              std::string* type = nullptr) {
  std::string t = DetectMediaType(bytes);
  if (type) *type = t;
  const Extractor* ex = ExtractorRegistry::Default().Find(t);
  if (!ex) return Status::Unsupported("no extractor for " + t);
  ExtractOptions o;
  o.file_name = name;
  return ex->Extract(bytes, o);
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Runs of whitespace (including '\f') become one space; ends trimmed.
std::string Normalise(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::u32string CodePoints(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = cp << 6 | (s[i + k] & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// 1 - edit distance / longer length, over code points of whitespace-
// normalised text.
double Similarity(const std::string& a_text, const std::string& b_text) {
  std::u32string a = CodePoints(Normalise(a_text)), b = CodePoints(Normalise(b_text));
  if (a.empty() && b.empty()) return 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] =
          std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return 1.0 -
         static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

// The invariants every paged document keeps: a word's bytes are its text,
// words are in order and separated, boxes lie on their page, confidences
// are 0..1, and there is one '\f' between pages.
void CheckWords(const Document& d) {
  CHECK(static_cast<size_t>(std::count(d.text.begin(), d.text.end(), '\f')) + 1 == d.pages.size());
  size_t last_end = 0;
  for (const Page& p : d.pages) {
    CHECK(p.width > 0);
    CHECK(p.height > 0);
    for (const Word& w : p.words) {
      REQUIRE(w.end <= d.text.size());
      REQUIRE(w.start < w.end);
      CHECK(d.text.substr(w.start, w.end - w.start) == w.text);
      CHECK(w.start >= last_end);
      last_end = w.end;
      CHECK(w.box.x0 >= 0);
      CHECK(w.box.y0 >= 0);
      CHECK(w.box.x1 <= p.width + 1e-6);
      CHECK(w.box.y1 <= p.height + 1e-6);
      CHECK(w.box.x0 < w.box.x1);
      CHECK(w.box.y0 < w.box.y1);
      CHECK(w.confidence >= 0.0f);
      CHECK(w.confidence <= 1.0f);
    }
  }
}

// Words that occur exactly once in the document, by text.
std::map<std::string, dsar::Box> UniqueWords(const Page& p) {
  std::map<std::string, int> count;
  for (const Word& w : p.words) ++count[w.text];
  std::map<std::string, dsar::Box> out;
  for (const Word& w : p.words) {
    if (count[w.text] == 1 && w.text.size() >= 3) out[w.text] = w.box;
  }
  return out;
}

double Distance(const dsar::Box& a, const dsar::Box& b) {
  return std::max({std::fabs(a.x0 - b.x0), std::fabs(a.y0 - b.y0), std::fabs(a.x1 - b.x1),
                   std::fabs(a.y1 - b.y1)});
}

int ThreadCount() {
  int n = 0;
  if (DIR* d = opendir("/proc/self/task")) {
    while (dirent* e = readdir(d)) n += e->d_name[0] != '.';
    closedir(d);
  }
  return n;
}

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

std::string PixBytes(Pix* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  REQUIRE(pixWriteMem(&data, &size, pix, format) == 0);
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

uint32_t Crc32(const std::string& s) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : s) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
  }
  return ~c;
}

std::string Be32(uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
          static_cast<char>(v)};
}

// A PNG that is only a signature, a valid IHDR claiming w x h, and an IEND:
// an image bomb's header.
std::string PngHeaderOnly(uint32_t w, uint32_t h) {
  std::string ihdr = "IHDR" + Be32(w) + Be32(h) + std::string("\x08\x00\x00\x00\x00", 5);
  std::string png("\x89PNG\r\n\x1a\n", 8);
  png += Be32(13) + ihdr + Be32(Crc32(ihdr));
  png += Be32(0) + "IEND" + Be32(Crc32("IEND"));
  return png;
}

// Renders page `index` of a PDF to grey at `dpi` (as the PDF extractor does).
GrayImage RenderPdfPage(const std::string& pdf_bytes, int index, double dpi) {
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
  REQUIRE(pdf);
  std::unique_ptr<poppler::page> page(pdf->create_page(index));
  REQUIRE(page);
  poppler::page_renderer r;
  r.set_render_hint(poppler::page_renderer::antialiasing, true);
  r.set_image_format(poppler::image::format_gray8);
  poppler::image img = r.render_page(page.get(), dpi, dpi);
  REQUIRE(img.is_valid());
  GrayImage g;
  g.width = img.width();
  g.height = img.height();
  g.stride = img.bytes_per_row();
  g.dpi = dpi;
  g.pixels.assign(img.const_data(), img.const_data() + static_cast<size_t>(g.stride) * g.height);
  return g;
}

// The words of a PDF page's own text layer, as poppler reads them, in
// points with a top-left origin.
Page LayerWords(const std::string& pdf_bytes, int index) {
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
  REQUIRE(pdf);
  std::unique_ptr<poppler::page> page(pdf->create_page(index));
  REQUIRE(page);
  Page out;
  out.number = index + 1;
  poppler::rectf rect = page->page_rect();
  out.width = rect.width();
  out.height = rect.height();
  for (const poppler::text_box& tb : page->text_list()) {
    poppler::byte_array utf8 = tb.text().to_utf8();
    poppler::rectf b = tb.bbox();
    Word w;
    w.text.assign(utf8.data(), utf8.size());
    w.box = dsar::Box{b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
    out.words.push_back(std::move(w));
  }
  return out;
}

// phototest.tif, extracted once and shared by the tests that compare with it.
const Document& Phototest() {
  static const Document doc = [] {
    Result<Document> d = ExtractBytes(Bytes(kTesseract / "phototest.tif"), "phototest.tif");
    REQUIRE(d.ok());
    return *d;
  }();
  return doc;
}

}  // namespace

TEST_CASE("ocr: image types go to the OCR extractor", "[ocr]") {
  CHECK(DetectMediaType(Bytes(kTesseract / "phototest.tif")) == "image/tiff");
  CHECK(DetectMediaType(Bytes(kTesseract / "phototest-rotated-L.png")) == "image/png");
  for (const char* type : {"image/tiff", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp",
                           "image/x-portable-bitmap", "image/x-portable-greymap",
                           "image/x-portable-graymap", "image/x-portable-pixmap"}) {
    const Extractor* ex = ExtractorRegistry::Default().Find(type);
    REQUIRE(ex != nullptr);
    CHECK(ex->name() == "ocr");
  }
  // A plain (ASCII) PGM is what libmagic says, not text.
  CHECK(DetectMediaType("P2\n2 1\n255\n0 255\n") == "image/x-portable-graymap");
}

TEST_CASE("ocr: phototest.tif matches its ground truth", "[ocr]") {
  const int threads_before = ThreadCount();
  auto t0 = std::chrono::steady_clock::now();
  std::string type;
  Result<Document> d = ExtractBytes(Bytes(kTesseract / "phototest.tif"), "phototest.tif", &type);
  const double first = Seconds(t0);
  REQUIRE(d.ok());
  CHECK(type == "image/tiff");
  CHECK(d->kind == DocumentKind::kScan);
  CHECK(d->extractor == "ocr");
  CHECK(d->title == "phototest.tif");
  REQUIRE(d->pages.size() == 1);
  const Page& p = d->pages[0];
  // 640 x 480 pixels at 200 dpi.
  CHECK(p.width == Approx(640 * 72.0 / 200));
  CHECK(p.height == Approx(480 * 72.0 / 200));
  CheckWords(*d);
  double sim = Similarity(d->text, ReadBytes(kTesseract / "phototest.txt"));
  WARN("phototest.tif similarity " << sim);
  CHECK(sim >= 0.95);
  REQUIRE(!p.words.empty());
  // The first word is "This", at the top left; lines are separated by '\n'.
  CHECK(p.words[0].text == "This");
  CHECK(p.words[0].box.x1 < p.width / 3);
  CHECK(p.words[0].box.y1 < p.height / 4);
  CHECK(std::count(d->text.begin(), d->text.end(), '\n') >= 7);
  for (const Word& w : p.words) CHECK(w.confidence > 0.5f);

  // Tesseract ran on this thread alone (libgomp keeps the threads of a
  // parallel region alive, so more threads would still be here).
  CHECK(ThreadCount() == threads_before);

  // Per-page time with the engine loaded.
  t0 = std::chrono::steady_clock::now();
  const int runs = 3;
  for (int i = 0; i < runs; ++i) {
    REQUIRE(ExtractBytes(Bytes(kTesseract / "phototest.tif"), "phototest.tif").ok());
  }
  const double per_page = Seconds(t0) / runs;
  WARN("phototest.tif OCR: first call " << first << " s (includes loading the engine), then "
                                        << per_page << " s a page");
}

TEST_CASE("ocr: rotated pages are read upright, boxes stay on the page as given", "[ocr]") {
  const Document& upright = Phototest();
  REQUIRE(upright.pages.size() == 1);
  const Page& up = upright.pages[0];
  const double W = up.width, H = up.height;
  const std::map<std::string, dsar::Box> expected_words = UniqueWords(up);
  const std::string truth = ReadBytes(kTesseract / "phototest.txt");
  struct Case {
    const char* file;
    int turned;  // how the file is turned from upright, clockwise degrees
  };
  for (Case c : {Case{"phototest-rotated-180.png", 180}, Case{"phototest-rotated-L.png", 270},
                 Case{"phototest-rotated-R.png", 90}}) {
    INFO(c.file);
    auto t0 = std::chrono::steady_clock::now();
    std::string type;
    Result<Document> d = ExtractBytes(Bytes(kTesseract / c.file), c.file, &type);
    const double secs = Seconds(t0);
    REQUIRE(d.ok());
    CHECK(type == "image/png");
    REQUIRE(d->pages.size() == 1);
    CheckWords(*d);
    const Page& p = d->pages[0];
    double sim = Similarity(d->text, truth);
    WARN(c.file << " similarity " << sim << ", " << secs << " s");
    CHECK(sim >= 0.9);
    REQUIRE(!p.words.empty());
    CHECK(p.words[0].text == "This");
    // The page as given: a quarter turn swaps its sides.
    if (c.turned == 180) {
      CHECK(p.width == Approx(W));
      CHECK(p.height == Approx(H));
    } else {
      CHECK(p.width == Approx(H));
      CHECK(p.height == Approx(W));
    }
    // The first word of the text: bottom right when upside down, bottom
    // left when turned left, top right when turned right.
    const dsar::Box& first = p.words[0].box;
    const double cx = (first.x0 + first.x1) / 2, cy = (first.y0 + first.y1) / 2;
    if (c.turned == 180) {
      CHECK(cx > p.width * 0.6);
      CHECK(cy > p.height * 0.75);
    } else if (c.turned == 270) {
      CHECK(cx < p.width * 0.25);
      CHECK(cy > p.height * 0.6);
    } else {
      CHECK(cx > p.width * 0.75);
      CHECK(cy < p.height * 0.4);
    }
    // Every word found once in both is where the upright page's word lands
    // when that page is turned the same way (within 2 points: 5.6 pixels).
    int compared = 0;
    for (const auto& [text, box] : UniqueWords(p)) {
      auto it = expected_words.find(text);
      if (it == expected_words.end()) continue;
      const dsar::Box& u = it->second;
      dsar::Box want;
      if (c.turned == 180) {
        want = dsar::Box{W - u.x1, H - u.y1, W - u.x0, H - u.y0};
      } else if (c.turned == 270) {  // turned left: (x, y) -> (y, W - x)
        want = dsar::Box{u.y0, W - u.x1, u.y1, W - u.x0};
      } else {  // turned right: (x, y) -> (H - y, x)
        want = dsar::Box{H - u.y1, u.x0, H - u.y0, u.x1};
      }
      INFO(text);
      CHECK(Distance(box, want) < 2.0);
      ++compared;
    }
    CHECK(compared >= 5);
    bool said_turned = false;
    for (const std::string& w : d->warnings) said_turned |= w.find("turned") != std::string::npos;
    CHECK(said_turned);
  }
}

TEST_CASE("ocr: a noisy page upside down is still read right side up", "[ocr]") {
  // phototest-rotated-180.png at half size with grain: Tesseract's OSD no
  // longer finds the orientation, the page as given reads as garbage with
  // low confidence, so the other orientations are tried.
  PixPtr pix(pixRead((kTesseract / "phototest-rotated-180.png").c_str()));
  REQUIRE(pix);
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  PixPtr small(pixScale(gray.get(), 0.5f, 0.5f));
  std::mt19937 rng(7);
  for (int y = 0; y < pixGetHeight(small.get()); ++y) {
    for (int x = 0; x < pixGetWidth(small.get()); ++x) {
      l_uint32 v = 0;
      pixGetPixel(small.get(), x, y, &v);
      int n = static_cast<int>(v) + static_cast<int>(rng() % 121) - 60;
      pixSetPixel(small.get(), x, y, static_cast<l_uint32>(std::clamp(n, 0, 255)));
    }
  }
  pixSetResolution(small.get(), 300, 300);
  auto t0 = std::chrono::steady_clock::now();
  Result<Document> d = ExtractBytes(PixBytes(small.get(), IFF_PNG), "noisy.png");
  const double secs = Seconds(t0);
  REQUIRE(d.ok());
  CheckWords(*d);
  double sim = Similarity(d->text, ReadBytes(kTesseract / "phototest.txt"));
  WARN("noisy upside-down phototest: similarity " << sim << ", " << secs << " s");
  CHECK(sim >= 0.9);
  bool turned = false;
  for (const std::string& w : d->warnings) turned |= w.find("turned 180") != std::string::npos;
  CHECK(turned);
  REQUIRE(!d->pages[0].words.empty());
  const dsar::Box& first = d->pages[0].words[0].box;
  CHECK(first.x0 > d->pages[0].width * 0.6);
  CHECK(first.y0 > d->pages[0].height * 0.75);
}

TEST_CASE("ocr: skewed page is deskewed and boxes map back", "[ocr]") {
  // phototest.tif turned 4 degrees clockwise (a crooked scan).
  PixPtr pix(pixRead((kTesseract / "phototest.tif").c_str()));
  REQUIRE(pix);
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  const double angle = 4.0 * M_PI / 180;
  PixPtr skewed(
      pixRotate(gray.get(), static_cast<float>(angle), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  REQUIRE(skewed);
  pixSetResolution(skewed.get(), 200, 200);
  Result<Document> d = ExtractBytes(PixBytes(skewed.get(), IFF_PNG), "skewed.png");
  REQUIRE(d.ok());
  CheckWords(*d);
  double sim = Similarity(d->text, ReadBytes(kTesseract / "phototest.txt"));
  WARN("phototest.tif skewed 4 degrees: similarity " << sim);
  CHECK(sim >= 0.9);
  // Each word's box holds where that word's centre went when the page was
  // turned (the centre of rotation is the image centre).
  const Page& up = Phototest().pages[0];
  const Page& p = d->pages[0];
  const std::map<std::string, dsar::Box> expected = UniqueWords(up);
  const double cx = up.width / 2, cy = up.height / 2;
  int compared = 0;
  for (const auto& [text, box] : UniqueWords(p)) {
    auto it = expected.find(text);
    if (it == expected.end()) continue;
    const dsar::Box& u = it->second;
    double dx = (u.x0 + u.x1) / 2 - cx, dy = (u.y0 + u.y1) / 2 - cy;
    double wx = cx + dx * std::cos(angle) - dy * std::sin(angle);
    double wy = cy + dx * std::sin(angle) + dy * std::cos(angle);
    INFO(text);
    CHECK(wx > box.x0);
    CHECK(wx < box.x1);
    CHECK(wy > box.y0);
    CHECK(wy < box.y1);
    ++compared;
  }
  CHECK(compared >= 5);
}

TEST_CASE("ocr: eurotext.tif (accents, punctuation, UTF-8)", "[ocr]") {
  Result<Document> d = ExtractBytes(Bytes(kTesseract / "eurotext.tif"), "eurotext.tif");
  REQUIRE(d.ok());
  CheckWords(*d);
  double sim = Similarity(d->text, ReadBytes(kTesseract / "eurotext.txt"));
  // Non-ASCII characters come through as UTF-8.
  CHECK(d->text.find("\xC2\xABrapide\xC2\xBB") != std::string::npos);  // «rapide»
  CHECK(d->text.find("\xE2\x80\x9D") != std::string::npos);            // ”
  // Accented letters: the English model (tesseract-ocr-eng; the tesseract
  // CLI reads the same) mostly drops the accents ("marron rapido");
  // measured, not asserted.
  int exact = 0, total = 0;
  for (const char* word : {"\303\274ber", "marr\xC3\xB3n", "c\xC3\xA3o", "pregui\xC3\xA7oso",
                           "r\xC3\xA1pido", "r\xC3\xA1pida"}) {
    ++total;
    exact += d->text.find(word) != std::string::npos;
  }
  WARN("eurotext.tif similarity " << sim << "; accented words read exactly: " << exact << " of "
                                  << total);
  CHECK(sim >= 0.95);
}

TEST_CASE("ocr: UNLV pages", "[ocr]") {
  for (const char* name : {"8071_093.3B", "8087_054.3B"}) {
    INFO(name);
    auto t0 = std::chrono::steady_clock::now();
    Result<Document> d = ExtractBytes(Bytes(kTesseract / (std::string(name) + ".tif")), name);
    const double secs = Seconds(t0);
    REQUIRE(d.ok());
    CheckWords(*d);
    const std::string truth = ReadBytes(kTesseract / (std::string(name) + ".txt"));
    // The ground truth is the text of the page's zones (.uzn: left, top,
    // width, height in pixels at 300 dpi), zone after zone. The whole-page
    // reading is compared as it is, and zone by zone: the words whose centre
    // lies in each zone, in the order OCR gave them.
    double page_sim = Similarity(d->text, truth);
    std::ifstream uzn(kTesseract / (std::string(name) + ".uzn"));
    std::string zoned, line;
    const Page& p = d->pages[0];
    while (std::getline(uzn, line)) {
      std::istringstream in(line);
      double l, t, w, h;
      if (!(in >> l >> t >> w >> h)) continue;
      const double k = 72.0 / 300;
      for (const Word& word : p.words) {
        double x = (word.box.x0 + word.box.x1) / 2 / k, y = (word.box.y0 + word.box.y1) / 2 / k;
        if (x >= l && x < l + w && y >= t && y < t + h) zoned += word.text + " ";
      }
    }
    double zone_sim = Similarity(zoned, truth);
    WARN(name << ".tif: similarity " << page_sim << " (whole page), " << zone_sim
              << " (ground-truth zones); " << secs << " s");
    CHECK(page_sim >= 0.9);
    CHECK(zone_sim >= 0.9);
  }
}

TEST_CASE("ocr: multi-page TIFF, resolutions and page sizes", "[ocr]") {
  PixPtr photo(pixRead((kTesseract / "phototest.tif").c_str()));
  PixPtr euro(pixRead((kTesseract / "eurotext.tif").c_str()));
  REQUIRE(photo);
  REQUIRE(euro);
  Pixa* pixa = pixaCreate(2);
  pixaAddPix(pixa, photo.get(), L_COPY);
  pixaAddPix(pixa, euro.get(), L_COPY);
  l_uint8* data = nullptr;
  size_t size = 0;
  REQUIRE(pixaWriteMemMultipageTiff(&data, &size, pixa) == 0);
  pixaDestroy(&pixa);
  std::string tiff(reinterpret_cast<char*>(data), size);
  lept_free(data);

  SECTION("two pages, joined by a form feed") {
    Result<Document> d = ExtractBytes(tiff, "two.tif");
    REQUIRE(d.ok());
    REQUIRE(d->pages.size() == 2);
    CheckWords(*d);
    CHECK(d->pages[0].number == 1);
    CHECK(d->pages[1].number == 2);
    size_t ff = d->text.find('\f');
    REQUIRE(ff != std::string::npos);
    CHECK(Similarity(d->text.substr(0, ff), ReadBytes(kTesseract / "phototest.txt")) >= 0.95);
    CHECK(Similarity(d->text.substr(ff + 1), ReadBytes(kTesseract / "eurotext.txt")) >= 0.9);
    // eurotext.tif is 300 dpi.
    CHECK(d->pages[1].width == Approx(pixGetWidth(euro.get()) * 72.0 / 300));
  }
  SECTION("a 72 dpi image (a camera's default) is taken as 300 dpi") {
    PixPtr copy(pixCopy(nullptr, photo.get()));
    pixSetResolution(copy.get(), 72, 72);
    Result<Document> d = ExtractBytes(PixBytes(copy.get(), IFF_PNG), "photo.png");
    REQUIRE(d.ok());
    CHECK(d->pages[0].width == Approx(640 * 72.0 / 300));
    CHECK(d->pages[0].height == Approx(480 * 72.0 / 300));
    CheckWords(*d);
    CHECK(Similarity(d->text, ReadBytes(kTesseract / "phototest.txt")) >= 0.95);
  }
  SECTION("a 100 dpi image is scaled up for OCR; boxes keep the page's scale") {
    PixPtr gray(pixConvertTo8(photo.get(), 0));
    PixPtr half(pixScale(gray.get(), 0.5f, 0.5f));
    pixSetResolution(half.get(), 100, 100);
    Result<Document> d = ExtractBytes(PixBytes(half.get(), IFF_PNG), "half.png");
    REQUIRE(d.ok());
    CheckWords(*d);
    // Same paper, half the pixels: same size in points, words in place.
    const Page& up = Phototest().pages[0];
    CHECK(d->pages[0].width == Approx(up.width).epsilon(0.01));
    double sim = Similarity(d->text, ReadBytes(kTesseract / "phototest.txt"));
    WARN("phototest.tif at 100 dpi: similarity " << sim);
    CHECK(sim >= 0.9);
    REQUIRE(!d->pages[0].words.empty());
    CHECK(Distance(d->pages[0].words[0].box, up.words[0].box) < 3.0);
  }
  SECTION("fax resolution (non-square pixels): the page keeps its shape") {
    PixPtr gray(pixConvertTo8(photo.get(), 0));
    PixPtr squashed(pixScale(gray.get(), 1.0f, 0.5f));
    pixSetResolution(squashed.get(), 200, 100);
    Result<Document> d = ExtractBytes(PixBytes(squashed.get(), IFF_TIFF_ZIP), "fax.tif");
    REQUIRE(d.ok());
    CheckWords(*d);
    const Page& up = Phototest().pages[0];
    CHECK(d->pages[0].width == Approx(up.width).epsilon(0.01));
    CHECK(d->pages[0].height == Approx(up.height).epsilon(0.01));
    CHECK(Similarity(d->text, ReadBytes(kTesseract / "phototest.txt")) >= 0.9);
    REQUIRE(!d->pages[0].words.empty());
    CHECK(Distance(d->pages[0].words[0].box, up.words[0].box) < 3.0);
  }
  SECTION("JPEG, BMP and PNM decode the same page") {
    PixPtr gray(pixConvertTo8(photo.get(), 0));
    pixSetResolution(gray.get(), 200, 200);
    for (int format : {IFF_JFIF_JPEG, IFF_BMP, IFF_PNM}) {
      INFO("format " << format);
      std::string type;
      Result<Document> d = ExtractBytes(PixBytes(gray.get(), format), "page", &type);
      REQUIRE(d.ok());
      CheckWords(*d);
      CHECK(Similarity(d->text, ReadBytes(kTesseract / "phototest.txt")) >= 0.95);
    }
  }
}

TEST_CASE("ocr: PDF pages without a text layer are OCRed", "[ocr]") {
  SECTION("a scan with another tool's OCR text layer is OCRed again, as well as the layer reads") {
    const std::string bytes = Bytes(kPypdf / "Seige_of_Vicksburg_Sample_OCR.pdf");
    Result<Document> d = ExtractBytes(bytes, "vicksburg.pdf");
    REQUIRE(d.ok());
    CHECK(d->extractor == "pdf");
    CheckWords(*d);
    for (size_t i = 0; i < d->pages.size(); ++i) {
      const Page& p = d->pages[i];
      CHECK(!p.words.empty());
      for (const Word& w : p.words) CHECK(w.confidence < 1.0f);
      bool said = false;
      for (const std::string& w : d->warnings) {
        said |= w.find("page " + std::to_string(i + 1) + ": the text layer is another tool's invisible OCR layer") == 0;
      }
      CHECK(said);
    }
    const Page layer = LayerWords(bytes, 0);
    std::string layer_text;
    for (const Word& w : layer.words) layer_text += w.text + " ";
    const double similarity = Similarity(d->text.substr(0, d->text.find('\f')), layer_text);
    WARN("Vicksburg page 1: our OCR against the file's own OCR layer, similarity " << similarity);
    CHECK(similarity > 0.9);
  }
  SECTION("a scan under another tool's invisible OCR layer is OCRed again") {
    // The sample consent form as a JPEG filling an A4 page, under an
    // invisible text layer that says something else entirely: what the
    // layer claims must not be taken for what the page shows.
    PixPtr scan(pixRead((std::string(DSAR_SOURCE_DIR) + "/samples/export/Scans/trip_consent_form_9RB_scan.png").c_str()));
    REQUIRE(scan);
    const std::string jpeg = PixBytes(scan.get(), IFF_JFIF_JPEG);
    const std::string content =
        "q 595 0 0 842 0 0 cm /Im1 Do Q\n"
        "BT /F1 12 Tf 3 Tr 60 800 Td (Zyxwvut Qwertyuiop was here) Tj ET";
    const std::string pdf = AssemblePdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> "
         "/XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
         "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         "<< /Type /XObject /Subtype /Image /Width " + std::to_string(pixGetWidth(scan.get())) +
             " /Height " + std::to_string(pixGetHeight(scan.get())) +
             " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length " +
             std::to_string(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream"});
    Result<Document> d = ExtractBytes(pdf, "layered.pdf");
    REQUIRE(d.ok());
    CheckWords(*d);
    CHECK(d->text.find("Zyxwvut") == std::string::npos);
    CHECK(d->text.find("KESTREL") != std::string::npos);
    CHECK(d->text.find("CONSENT") != std::string::npos);
    bool said = false;
    for (const std::string& w : d->warnings) said |= w.find("page 1: the text layer is another tool's invisible OCR layer; OCRed again") == 0;
    CHECK(said);
    REQUIRE(!d->pages.empty());
    for (const Word& w : d->pages[0].words) CHECK(w.confidence < 1.0f);
    // Nothing about the layer is reported as hidden content: it is the page's own text.
    for (const HiddenContent& h : d->hidden) CHECK(h.kind != "invisible_text");
  }
  SECTION("a scanned-only PDF (CCITT G4 pages at 300 dpi; pdftotext finds no text)") {
    // pypdf's encrypted_doc_no_id.pdf: RC4 with an empty user password,
    // three scanned pages of a WIPO publication; pages 1 and 3 are blank.
    auto t0 = std::chrono::steady_clock::now();
    std::string type;
    Result<Document> d = ExtractBytes(Bytes(kPypdf / "encrypted_doc_no_id.pdf"), "wipo.pdf", &type);
    const double secs = Seconds(t0);
    REQUIRE(d.ok());
    CHECK(type == "application/pdf");
    CHECK(d->extractor == "pdf");
    REQUIRE(d->pages.size() == 3);
    CheckWords(*d);
    CHECK(d->pages[0].words.empty());
    CHECK(d->pages[2].words.empty());
    const Page& p = d->pages[1];
    REQUIRE(p.words.size() > 50);
    for (const char* w : {"2003/036426", "international search report", "1 April 2004",
                          "Abbreviations", "OAPI patent"}) {
      INFO(w);
      CHECK(d->text.find(w) != std::string::npos);
    }
    for (int page = 1; page <= 3; ++page) {
      bool said = false;
      for (const std::string& w : d->warnings) {
        said |= w == "page " + std::to_string(page) + ": OCR (no text layer)";
      }
      CHECK(said);
    }
    // "WO 2003/036426 A3" is the header line, at the top of the A4 page.
    CHECK(p.words[0].text == "WO");
    CHECK(p.words[0].box.y1 < 100);
    CHECK(p.words[0].confidence < 1.0f);
    WARN("encrypted_doc_no_id.pdf: 3 scanned pages (2 blank) in " << secs << " s");
  }
  SECTION("a page that is a 132x14 pixel bitmap blown up to A4 still goes through OCR") {
    // pdf.js's jbig2_symbol_offset.pdf ("JBIG2 TEXT" at 19 dpi): too coarse
    // to read well; OCR runs and says so, whatever it makes of it.
    Result<Document> d = ExtractBytes(Bytes(kPdfjs / "jbig2_symbol_offset.pdf"), "jbig2.pdf");
    REQUIRE(d.ok());
    CheckWords(*d);
    CHECK(!d->pages[0].words.empty());
    bool said = false;
    for (const std::string& w : d->warnings) said |= w == "page 1: OCR (no text layer)";
    CHECK(said);
    WARN("jbig2_symbol_offset.pdf (\"JBIG2 TEXT\" at 19 dpi) OCR: '" << Normalise(d->text) << "'");
  }
  SECTION("OCR of a rendered page lands on the text layer's boxes") {
    // The PDF extractor's OCR path (render at 300 dpi, OcrPage) against the
    // same page's own text layer, word for word.
    const std::string bytes = Bytes(kPypdf / "Seige_of_Vicksburg_Sample_OCR.pdf");
    const Page layer_page = LayerWords(bytes, 0);
    GrayImage img = RenderPdfPage(bytes, 0, 300);
    std::string text;
    Page page;
    std::vector<std::string> warnings;
    REQUIRE(OcrPage(img, 1, OcrLimits{}, &text, &page, &warnings).ok());
    CHECK(page.width == Approx(layer_page.width).epsilon(0.01));
    CHECK(page.height == Approx(layer_page.height).epsilon(0.01));
    const std::map<std::string, dsar::Box> mine = UniqueWords(page);
    int compared = 0, close = 0;
    std::string layer_text;
    for (const Word& w : layer_page.words) layer_text += w.text + " ";
    for (const auto& [w, box] : UniqueWords(layer_page)) {
      auto it = mine.find(w);
      if (it == mine.end() || w.size() < 5) continue;
      ++compared;
      // Centres within 4 points (the layer's boxes are its own OCR's).
      double dx = (box.x0 + box.x1) / 2 - (it->second.x0 + it->second.x1) / 2;
      double dy = (box.y0 + box.y1) / 2 - (it->second.y0 + it->second.y1) / 2;
      close += std::fabs(dx) < 4 && std::fabs(dy) < 4;
    }
    WARN("Vicksburg page 1: "
         << close << " of " << compared
         << " words found by both lie within 4 points of each other; similarity "
         << Similarity(text, layer_text));
    CHECK(compared >= 20);
    CHECK(close >= compared * 9 / 10);
  }
}

TEST_CASE("ocr: damaged images are refused, never a crash", "[ocr]") {
  const std::string tif = Bytes(kTesseract / "phototest.tif");
  const std::string png = Bytes(kTesseract / "phototest-rotated-180.png");
  struct Case {
    std::string name, bytes;
  };
  std::vector<Case> cases = {
      {"truncated TIFF (half)", tif.substr(0, tif.size() / 2)},
      {"truncated TIFF (header only)", tif.substr(0, 16)},
      {"truncated PNG (half)", png.substr(0, png.size() / 2)},
      {"truncated PNG (header only)", png.substr(0, 40)},
      {"TIFF magic then noise", std::string("II*\0", 4) + std::string(200, '\x7f')},
      {"PNG magic then noise", png.substr(0, 8) + std::string(200, '\x41')},
  };
  // Every byte of the TIFF's header region flipped, one at a time: whatever
  // the outcome, it is a Result.
  for (size_t i = 0; i < 64 && i < tif.size(); i += 3) {
    std::string b = tif;
    b[i] = static_cast<char>(b[i] ^ 0xFF);
    cases.push_back({"TIFF with byte " + std::to_string(i) + " flipped", b});
  }
  const Extractor* ex = ExtractorRegistry::Default().Find("image/tiff");
  REQUIRE(ex);
  for (const Case& c : cases) {
    INFO(c.name);
    Result<Document> d = ex->Extract(c.bytes, ExtractOptions{});
    if (c.name.rfind("TIFF with byte", 0) == 0) continue;  // only: no crash
    CHECK(!d.ok());
    if (!d.ok()) CHECK(d.status().code() == StatusCode::kCorrupt);
  }
}

TEST_CASE("ocr: image bombs are refused before decoding", "[ocr]") {
  const Extractor* ex = ExtractorRegistry::Default().Find("image/png");
  REQUIRE(ex);
  SECTION("a PNG claiming 100000 x 100000 pixels") {
    std::string bomb = PngHeaderOnly(100000, 100000);
    CHECK(DetectMediaType(bomb) == "image/png");
    Result<Document> d = ex->Extract(bomb, ExtractOptions{});
    REQUIRE(!d.ok());
    CHECK(d.status().code() == StatusCode::kResourceLimit);
    CHECK(d.status().message().find("100000x100000") != std::string::npos);
  }
  SECTION("a BMP claiming 100000 x 100000 pixels") {
    std::string bmp(54, '\0');
    auto le32 = [&](size_t at, uint32_t v) {
      for (int k = 0; k < 4; ++k) bmp[at + k] = static_cast<char>(v >> (8 * k));
    };
    bmp[0] = 'B';
    bmp[1] = 'M';
    le32(2, 54);
    le32(10, 54);
    le32(14, 40);
    le32(18, 100000);
    le32(22, 100000);
    bmp[26] = 1;
    bmp[28] = 24;
    Result<Document> d = ex->Extract(bmp, ExtractOptions{});
    REQUIRE(!d.ok());
    CHECK(d.status().code() == StatusCode::kResourceLimit);
  }
  SECTION("OcrPage checks the pixel limit before Tesseract sees the image") {
    GrayImage img;
    img.width = 2000;
    img.height = 2000;
    img.stride = 2000;
    img.pixels.assign(2000u * 2000u, 255);
    OcrLimits limits;
    limits.max_pixels = 1'000'000;
    std::string text;
    Page page;
    std::vector<std::string> warnings;
    Status s = OcrPage(img, 1, limits, &text, &page, &warnings);
    CHECK(s.code() == StatusCode::kResourceLimit);
    CHECK(text.empty());
  }
  SECTION("a buffer smaller than the image it claims to be") {
    GrayImage img;
    img.width = 100;
    img.height = 100;
    img.stride = 100;
    img.pixels.assign(50, 0);
    std::string text;
    Page page;
    std::vector<std::string> warnings;
    CHECK(!OcrPage(img, 1, OcrLimits{}, &text, &page, &warnings).ok());
  }
}

TEST_CASE("ocr: OcrText, appending and blank pages", "[ocr]") {
  PixPtr photo(pixRead((kTesseract / "phototest.tif").c_str()));
  PixPtr gray(pixConvertTo8(photo.get(), 0));
  GrayImage img;
  img.width = pixGetWidth(gray.get());
  img.height = pixGetHeight(gray.get());
  img.stride = img.width + 7;  // a padded stride
  img.dpi = 200;
  img.pixels.assign(static_cast<size_t>(img.stride) * img.height, 0);
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      l_uint32 v = 0;
      pixGetPixel(gray.get(), x, y, &v);
      img.pixels[static_cast<size_t>(y) * img.stride + x] = static_cast<uint8_t>(v);
    }
  }
  Result<std::string> text = OcrText(img);
  REQUIRE(text.ok());
  CHECK(Similarity(*text, ReadBytes(kTesseract / "phototest.txt")) >= 0.95);

  // Appending after earlier pages: offsets index the whole text.
  std::string all = "earlier page\f";
  Page page;
  std::vector<std::string> warnings;
  REQUIRE(OcrPage(img, 2, OcrLimits{}, &all, &page, &warnings).ok());
  CHECK(page.number == 2);
  REQUIRE(!page.words.empty());
  CHECK(page.words[0].start == std::string("earlier page\f").size());
  for (const Word& w : page.words) CHECK(all.substr(w.start, w.end - w.start) == w.text);

  // A blank page: no words, a warning, no error.
  GrayImage blank;
  blank.width = 2480;
  blank.height = 3508;
  blank.stride = 2480;
  blank.pixels.assign(static_cast<size_t>(blank.width) * blank.height, 255);
  std::string t;
  Page p;
  std::vector<std::string> w;
  REQUIRE(OcrPage(blank, 1, OcrLimits{}, &t, &p, &w).ok());
  CHECK(p.words.empty());
  CHECK(t.empty());
  CHECK(p.width == Approx(595.2));
  REQUIRE(!w.empty());
  CHECK(w.back().find("no text") != std::string::npos);
}
