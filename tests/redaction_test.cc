// Tests of the redaction writers and the verifier, on real files with the
// real libraries: every output is read back with poppler (in-process and
// through the pdftotext CLI), PoDoFo, or rendered to pixels (and read by the
// tesseract CLI). Scans are made with Leptonica.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

// Leptonica declares a global `struct Box`, which would make dsar::Box
// ambiguous here; its tag is renamed (C linkage, so only the name changes).
#define Box LeptonicaBox
#include <leptonica/allheaders.h>
#undef Box
#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "pipeline/model/document.h"
#include "pipeline/model/unicode.h"
#include "redaction/redaction.h"

namespace fs = std::filesystem;
using namespace dsar;
using namespace dsar::redaction;

namespace {

const fs::path kCorpora = DSAR_CORPORA_DIR;

// A scratch directory removed when the test ends.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("dsar_redaction_test_" + std::to_string(getpid()) +
                                         "_" + std::to_string(++counter));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path operator/(const std::string& name) const { return path_ / name; }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

RenderOptions Options(std::string footer = "SAR-2026-014 \xE2\x80\x93 document 0007") {
  RenderOptions o;
  o.font_path = DSAR_FONT_PATH;
  o.bold_font_path = DSAR_FONT_BOLD_PATH;
  o.footer = std::move(footer);
  o.raster_dpi = 100;
  return o;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The text of `pdf` as the pdftotext command line tool (poppler-utils) sees it.
std::string PdfToText(const fs::path& pdf, const TempDir& dir) {
  const fs::path out = dir / "pdftotext.txt";
  const std::string command =
      "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + out.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  return ReadFile(out);
}

std::string Utf8(const poppler::ustring& s) {
  auto bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string AllText(const std::vector<std::string>& pages) {
  std::string all;
  for (const auto& p : pages) all += p + "\n";
  return all;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string WithoutWhitespace(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// Words and boxes of a PDF read with poppler, the way the pipeline's PDF
// extractor reports them (top-left origin, displayed page).
Document LoadWords(const fs::path& pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  REQUIRE(doc != nullptr);
  Document d;
  d.kind = DocumentKind::kPdf;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    Page p;
    p.number = i + 1;
    poppler::rectf crop = page->page_rect(poppler::crop_box);
    p.width = crop.width();
    p.height = crop.height();
    if (page->orientation() == poppler::page::landscape ||
        page->orientation() == poppler::page::seascape) {
      std::swap(p.width, p.height);
    }
    if (i > 0) d.text += '\f';
    for (const poppler::text_box& box : page->text_list()) {
      Word w;
      w.text = Utf8(box.text());
      poppler::rectf r = box.bbox();
      w.box = {r.left(), r.top(), r.right(), r.bottom()};
      w.start = d.text.size();
      d.text += w.text + " ";
      w.end = w.start + w.text.size();
      p.words.push_back(w);
    }
    d.pages.push_back(std::move(p));
  }
  return d;
}

const Word* FindWord(const Document& doc, int page, const std::string& text) {
  for (const Word& w : doc.pages.at(page - 1).words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

// Fraction of pixels in `box` (points, top-left origin) darker than mid-grey
// when page `page` of `pdf` is rendered at 72 dpi.
double DarkFraction(const fs::path& pdf, int page, const Box& box) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  REQUIRE(doc != nullptr);
  std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
  REQUIRE(p != nullptr);
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image image = renderer.render_page(p.get(), 72, 72);
  REQUIRE(image.is_valid());
  int dark = 0, total = 0;
  for (int y = std::max(0, int(box.y0) + 1); y < std::min(image.height(), int(box.y1)); ++y) {
    for (int x = std::max(0, int(box.x0) + 1); x < std::min(image.width(), int(box.x1)); ++x) {
      uint32_t argb;
      std::memcpy(&argb, image.const_data() + y * image.bytes_per_row() + 4 * x, 4);
      int luma = (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / 3;
      ++total;
      if (luma < 100) ++dark;
    }
  }
  REQUIRE(total > 0);
  return double(dark) / total;
}

std::vector<std::string> InfoKeys(const fs::path& pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  REQUIRE(doc != nullptr);
  return doc->info_keys();
}

// Every object of `pdf` (as PoDoFo parses it) as one string of dictionary
// text, for asserting that some key or name does not occur anywhere.
std::string AllDictionaries(const fs::path& pdf) {
  PoDoFo::PdfMemDocument doc;
  doc.Load(pdf.c_str());
  std::string all;
  for (PoDoFo::PdfObject* object : doc.GetObjects()) {
    std::string s;
    object->ToString(s);
    all += s + "\n";
  }
  return all;
}

// A real PDF of `pages` pages with known words, written by WriteTextPdf.
fs::path MakeTextPdf(const TempDir& dir, const std::string& name, const std::string& text) {
  fs::path pdf = dir / name;
  Status s = WriteTextPdf(text, {}, Options(), pdf);
  REQUIRE(s.ok());
  return pdf;
}

const std::string kLetter =
    "Dear Ms Zo\xC3\xAB \xC5\x81ukasiewicz,\n"
    "\n"
    "Thank you for your request of 3 March. The caf\xC3\xA9 meeting with Dafydd \xC5\xB4yn\n"
    "ap Rhys took place on Tuesday; his reference is QX-7781-Z.\n"
    "\tIndented after a tab. Gwendolyn signed the minutes.\n";

TextRedaction Redact(const std::string& text, const std::string& value, const std::string& label,
                     size_t occurrence = 0) {
  size_t pos = text.find(value);
  for (size_t i = 0; i < occurrence; ++i) pos = text.find(value, pos + 1);
  REQUIRE(pos != std::string::npos);
  return {pos, pos + value.size(), label};
}

}  // namespace

TEST_CASE("WriteTextPdf replaces redacted spans by labelled boxes", "[redaction][text]") {
  TempDir dir;
  const fs::path pdf = dir / "letter.pdf";
  // Unsorted, overlapping, multi-line and accented spans.
  std::vector<TextRedaction> redactions = {
      Redact(kLetter, "QX-7781-Z", "Legal privilege"),
      Redact(kLetter, "Dafydd \xC5\xB4yn\nap Rhys", "Third party"),
      Redact(kLetter, "\xC5\x81ukasiewicz", "Third party"),
      Redact(kLetter, "7781-Z", "Legal privilege"),
  };
  REQUIRE(WriteTextPdf(kLetter, redactions, Options(), pdf).ok());

  const std::vector<std::string> forbidden = {"\xC5\x81ukasiewicz", "Dafydd", "Rhys",
                                              "QX-7781-Z", "7781"};
  auto check = [&](const std::string& text) {
    INFO(text);
    for (const char* kept : {"Dear", "Zo\xC3\xAB", "caf\xC3\xA9", "meeting", "Tuesday",
                             "reference", "Indented after a tab", "Gwendolyn"}) {
      CHECK(Contains(text, kept));
    }
    for (const std::string& gone : forbidden) CHECK_FALSE(Contains(text, gone));
    CHECK_FALSE(Contains(text, "Lukasiewicz"));
    CHECK_FALSE(Contains(text, "\xC5\xB4yn"));
    CHECK(Contains(text, "Third party"));
    CHECK(Contains(text, "Legal privilege"));
    CHECK(Contains(text, "page 1 of 1"));
    CHECK(Contains(text, "SAR-2026-014"));
  };

  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  REQUIRE(pages->size() == 1);
  check(pages->at(0));
  check(PdfToText(pdf, dir));  // an independent reader

  auto leaks = FindLeaks(pdf, forbidden);
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());

  // The document level says nothing about the content.
  auto keys = InfoKeys(pdf);
  CHECK(std::set<std::string>(keys.begin(), keys.end()) ==
        std::set<std::string>{"Producer", "Creator"});
}

TEST_CASE("WriteTextPdf embeds a subset Unicode font with a ToUnicode map",
          "[redaction][text]") {
  TempDir dir;
  const std::string text =
      "Zo\xC3\xAB \xC5\x81\xC3\xB3""d\xC5\xBA Gw\xC5\xB5n \xC3\xA6\xC3\xB8\xC3\xA5 "
      "na\xC3\xAFve \xE2\x82\xAC 12\n"
      // Arabic, CJK and an emoji have no glyph in DejaVu Sans: they may be
      // drawn as missing glyphs but must not fail.
      "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xE6\xBC\xA2\xE5\xAD\x97 \xF0\x9F\x98\x80 "
      "\x01\x7F invalid \xC3 bytes\n";
  const fs::path pdf = MakeTextPdf(dir, "unicode.pdf", text);
  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  CHECK(Contains(pages->at(0), "Zo\xC3\xAB \xC5\x81\xC3\xB3""d\xC5\xBA Gw\xC5\xB5n"));
  CHECK(Contains(pages->at(0), "na\xC3\xAFve \xE2\x82\xAC 12"));
  CHECK(Contains(pages->at(0), "bytes"));

  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  REQUIRE(doc != nullptr);
  auto fonts = doc->fonts();
  REQUIRE_FALSE(fonts.empty());
  for (const auto& font : fonts) {
    CHECK(font.is_embedded());
    CHECK(font.is_subset());
  }
  const std::string dicts = AllDictionaries(pdf);
  CHECK(Contains(dicts, "/Identity-H"));
  CHECK(Contains(dicts, "/ToUnicode"));
  CHECK(Contains(dicts, "/FontFile2"));
  // The whole of DejaVu Sans is ~700 kB; a subset is a few tens.
  CHECK(fs::file_size(pdf) < 100 * 1024);
  // The font's own strings (its copyright names "Bitstream Vera") are not
  // mistaken for leaks of people called Vera.
  auto leaks = FindLeaks(pdf, {"Vera", "Bitstream", "Zo\xC3\xAB"});
  REQUIRE(leaks.ok());
  REQUIRE(leaks->size() == 1);
  CHECK(leaks->at(0).value == "Zo\xC3\xAB");
  CHECK(leaks->at(0).page == 1);
}

TEST_CASE("WriteTextPdf hides the length of what it hides", "[redaction][text]") {
  TempDir dir;
  auto x_of_next_word = [&](const std::string& hidden) {
    const std::string text = "Alpha " + hidden + " Omega";
    const fs::path pdf = dir / "len.pdf";
    REQUIRE(WriteTextPdf(text, {Redact(text, hidden, "Third party")}, Options(), pdf).ok());
    Document words = LoadWords(pdf);
    const Word* omega = FindWord(words, 1, "Omega");
    REQUIRE(omega != nullptr);
    auto leaks = FindLeaks(pdf, {hidden});
    REQUIRE(leaks.ok());
    CHECK(leaks->empty());
    return omega->box.x0;
  };
  const double short_value = x_of_next_word("Bo");
  const double long_value = x_of_next_word("Bartholomew-Featherstonehaugh Montgomery-Smythe");
  CHECK(std::abs(short_value - long_value) < 0.5);
}

TEST_CASE("WriteTextPdf normalises odd spans", "[redaction][text]") {
  TempDir dir;
  const fs::path pdf = dir / "spans.pdf";
  const std::string text = "Keep \xC5\x81ukasz and Smith here. End";
  const size_t l = text.find("\xC5\x81");
  std::vector<TextRedaction> redactions = {
      {l + 1, l + 3, "Third party"},            // starts inside the 2-byte "Ł"
      {text.find("Smith") + 5, text.find("Smith"), "Third party"},  // reversed
      {text.find("Smith"), text.find("Smith") + 2, "Personal data"},  // overlapping, other label
      {3, 3, "Empty"},                          // empty: ignored
      {text.size() - 1, text.size() + 50, ""},  // past the end: clamped, default label
  };
  REQUIRE(WriteTextPdf(text, redactions, Options(""), pdf).ok());
  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  const std::string& page = pages->at(0);
  INFO(page);
  CHECK(Contains(page, "Keep"));
  CHECK(Contains(page, "and"));
  CHECK(Contains(page, "here."));
  CHECK_FALSE(Contains(page, "ukasz"));
  CHECK_FALSE(Contains(page, "\xC5\x81"));
  CHECK_FALSE(Contains(page, "Smith"));
  CHECK_FALSE(Contains(page, "End"));
  CHECK(Contains(page, "En"));  // only the last byte's character went
  CHECK(Contains(page, "Third party / Personal data"));
  CHECK(Contains(page, "Redacted"));
  CHECK_FALSE(Contains(page, "Empty"));
}

TEST_CASE("WriteTextPdf paginates, wraps and numbers pages", "[redaction][text]") {
  TempDir dir;
  std::string text = "Intro paragraph.\n\n";
  const std::string long_word(400, 'x');
  text += "Before " + long_word + " after.\n";
  for (int i = 1; i <= 150; ++i) {
    text += "Line " + std::to_string(i) +
            " of a long letter that goes on for a while so that it has to wrap at the margin "
            "of an A4 page.\n";
  }
  text += "\fAfter the form feed.";
  const fs::path pdf = MakeTextPdf(dir, "long.pdf", text);
  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  const size_t n = pages->size();
  REQUIRE(n >= 4);
  for (size_t i = 0; i < n; ++i) {
    INFO("page " << i + 1);
    CHECK(Contains(pages->at(i),
                   "page " + std::to_string(i + 1) + " of " + std::to_string(n)));
  }
  CHECK(Contains(pages->at(1), "page 2 of " + std::to_string(n)));
  // The form feed starts a page of its own.
  CHECK(Contains(pages->back(), "After the form feed."));
  CHECK_FALSE(Contains(pages->at(n - 2), "After the form feed."));
  const std::string all = AllText(*pages);
  CHECK(Contains(WithoutWhitespace(all), long_word));  // broken, not lost
  CHECK(Contains(all, "Line 150 of a long letter"));
}

TEST_CASE("WriteTextPdf reports where it breaks a word too long for a line", "[redaction][text]") {
  // A name glued to the end of a long token ("...officedocument") becomes a
  // word of its own when the break falls just before it. Lines of growing
  // length put the break at every position, so one of them does.
  TempDir dir;
  std::string text;
  for (int n = 60; n <= 140; ++n) text += std::string(n, 'x') + "Blackwood\n";
  std::vector<size_t> breaks;
  const fs::path pdf = dir.path() / "breaks.pdf";
  REQUIRE(WriteTextPdf(text, {}, Options(), pdf, &breaks).ok());
  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  const std::string out_folded = FoldedText(AllText(*pages)).folded();
  const size_t in_output = FindWholeWord(out_folded, "blackwood").size();
  REQUIRE(in_output >= 1);  // the case the breaks exist for
  CHECK(FindWholeWord(FoldedText(text).folded(), "blackwood").empty());
  // Every break is inside a word, in order, and the source with a line
  // break at each one reads as the output does.
  REQUIRE_FALSE(breaks.empty());
  CHECK(std::is_sorted(breaks.begin(), breaks.end()));
  std::string broken;
  size_t from = 0;
  for (size_t b : breaks) {
    REQUIRE(b > 0);
    REQUIRE(b < text.size());
    CHECK(text[b] != '\n');
    CHECK(text[b - 1] != '\n');
    broken += text.substr(from, b - from) + "\n";
    from = b;
  }
  broken += text.substr(from);
  CHECK(FindWholeWord(FoldedText(broken).folded(), "blackwood").size() == in_output);
}

TEST_CASE("WriteTextPdf writes an empty document as one page", "[redaction][text]") {
  TempDir dir;
  const fs::path pdf = MakeTextPdf(dir, "empty.pdf", "");
  auto pages = ExtractPageTexts(pdf);
  REQUIRE(pages.ok());
  REQUIRE(pages->size() == 1);
  CHECK(Contains(pages->at(0), "page 1 of 1"));
  // Trailing line and page breaks do not make empty pages either.
  const fs::path trailing = MakeTextPdf(dir, "trailing.pdf", "Just this.\n\f");
  pages = ExtractPageTexts(trailing);
  REQUIRE(pages.ok());
  CHECK(pages->size() == 1);
}

TEST_CASE("FindLeaks finds values written without redaction", "[redaction][verify]") {
  TempDir dir;
  const fs::path pdf = MakeTextPdf(
      dir, "unredacted.pdf",
      "First page, nothing here.\fSecond page mentions ZO\xC3\x8B \xC5\x81UKASIEWICZ today,\n"
      "and Zoe \xC5\x82ukasiewicz again.\n"
      "Third line: Feather stonehaugh and Parkers.\fThird page.");
  // Folding removes accents and case, but a letter like "Ł" is not an
  // accented "L": the value is given as the text has it, in lower case.
  auto leaks = FindLeaks(pdf, {"Zoe \xC5\x82ukasiewicz", "Featherstonehaugh", "Parker",
                               "a", "Nobody Atall"});
  REQUIRE(leaks.ok());
  std::multiset<std::string> found;
  for (const Leak& leak : *leaks) {
    INFO(leak.value << " / " << leak.where << " / " << leak.page);
    found.insert(leak.value + " @ " + leak.where);
    CHECK(leak.page == 2);
  }
  // One Leak per occurrence: case- and accent-insensitive...
  CHECK(found.count("Zoe \xC5\x82ukasiewicz @ page text") == 2);
  // ...and whitespace-insensitive, reported apart.
  CHECK(found.count("Featherstonehaugh @ page text (ignoring spaces)") == 1);
  CHECK(found.size() == 3);  // not "Parkers", not "a" (too short), not absent names
}

TEST_CASE("FindLeaks checks document info and raw, compressed bytes", "[redaction][verify]") {
  TempDir dir;
  const fs::path pdf = dir / "hidden.pdf";
  {
    // A page without the value, but the value in the Info dictionary and in
    // a compressed stream no page uses: invisible to any text extraction.
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(
        PoDoFo::ePdfPageSize_A4));
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.SetFont(doc.CreateFont("Helvetica"));
    painter.DrawText(72, 700, PoDoFo::PdfString("Nothing to see."));
    painter.FinishPage();
    doc.GetInfo()->SetTitle(PoDoFo::PdfString("Memo about Ingrid Bergstrom"));
    PoDoFo::PdfObject* orphan = doc.GetObjects().CreateObject();
    orphan->GetStream()->Set("BT (Hidden Oswaldo Quarrington) Tj ET");
    doc.Write(pdf.c_str());
  }
  REQUIRE(Contains(AllDictionaries(pdf), "/FlateDecode"));
  REQUIRE_FALSE(Contains(ReadFile(pdf), "Oswaldo"));
  // "Contents" and "Helvetica" are in the file only as PDF names (/Contents,
  // /Helvetica), which are syntax, not text.
  auto leaks = FindLeaks(pdf, {"Ingrid Bergstrom", "Oswaldo Quarrington", "Contents",
                               "Helvetica"});
  REQUIRE(leaks.ok());
  std::set<std::string> where;
  for (const Leak& leak : *leaks) {
    CHECK(leak.page == 0);
    where.insert(leak.value + " @ " + leak.where);
  }
  CHECK(where.count("Ingrid Bergstrom @ document info /Title"));
  CHECK(where.count("Ingrid Bergstrom @ raw bytes"));
  CHECK(where.count("Oswaldo Quarrington @ raw bytes (decompressed stream)"));
  CHECK(where.size() == 3);
}

TEST_CASE("WriteRedactedPdf burns boxes into the page and keeps the rest",
          "[redaction][pdf]") {
  TempDir dir;
  const fs::path original = MakeTextPdf(
      dir, "original.pdf",
      "Page one talks about the weather.\f"
      "On page two Gwendolyn Featherstonehaugh visited the office on Monday.\n"
      "Nothing else happened.\f"
      "Page three is untouched as well.");
  Document doc = LoadWords(original);
  const Word* secret = FindWord(doc, 2, "Featherstonehaugh");
  REQUIRE(secret != nullptr);
  const Box box = secret->box;

  const fs::path out = dir / "redacted.pdf";
  Status s = WriteRedactedPdf(original, doc, {{2, box, "Third party"}}, Options(), out);
  REQUIRE(s.ok());

  const std::string cli = PdfToText(out, dir);
  INFO(cli);
  CHECK_FALSE(Contains(cli, "Featherstonehaugh"));
  auto leaks = FindLeaks(out, {"Featherstonehaugh"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());

  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  REQUIRE(pages->size() == 3);
  // The invisible text layer carries the surviving words of page 2...
  for (const char* kept : {"Gwendolyn", "visited", "office", "Monday.", "Nothing else"}) {
    CHECK(Contains(pages->at(1), kept));
  }
  CHECK(Contains(pages->at(1), "Third party"));
  // ...where they were on the original.
  Document after = LoadWords(out);
  const Word* before_word = FindWord(doc, 2, "Gwendolyn");
  const Word* after_word = FindWord(after, 2, "Gwendolyn");
  REQUIRE(before_word != nullptr);
  REQUIRE(after_word != nullptr);
  CHECK(std::abs(before_word->box.x0 - after_word->box.x0) < 1.5);
  CHECK(std::abs(before_word->box.y0 - after_word->box.y0) < 1.5);
  CHECK(std::abs(before_word->box.x1 - after_word->box.x1) < 1.5);
  // The other pages are copied with their text.
  CHECK(Contains(pages->at(0), "Page one talks about the weather."));
  CHECK(Contains(pages->at(2), "Page three is untouched as well."));

  // The box is black in the pixels, the page around it is not.
  CHECK(DarkFraction(out, 2, box) > 0.6);
  CHECK(DarkFraction(out, 2, {box.x0, box.y0 + 40, box.x1, box.y1 + 40}) < 0.05);
  CHECK(DarkFraction(original, 2, box) < 0.5);

  // The redacted page is an image page; the others keep vector text.
  PoDoFo::PdfMemDocument check;
  check.Load(out.c_str());
  auto xobjects = [&](int index) {
    const PoDoFo::PdfObject* res =
        check.GetPage(index)->GetObject()->GetDictionary().GetKey("Resources");
    if (res && res->IsReference()) res = check.GetObjects().GetObject(res->GetReference());
    return res && res->GetDictionary().HasKey("XObject");
  };
  CHECK(xobjects(1));
  CHECK_FALSE(xobjects(0));
  auto keys = InfoKeys(out);
  CHECK(keys == std::vector<std::string>{"Producer"});
}

TEST_CASE("WriteRedactedPdf handles a rotated page", "[redaction][pdf]") {
  // The usual landscape page: a portrait MediaBox shown with /Rotate 90 and
  // content drawn turned the other way, so that it reads upright on screen.
  TempDir dir;
  const fs::path rotated = dir / "rotated.pdf";
  {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* helvetica = doc.CreateFont("Helvetica");
    helvetica->SetFontSize(14);
    PoDoFo::PdfPage* page =
        doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
    page->SetRotation(90);
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.SetTransformationMatrix(0, 1, -1, 0, 595, 0);
    painter.SetFont(helvetica);
    painter.DrawText(72, 500, PoDoFo::PdfString("Landscape page naming Theodora Winterbottom today."));
    painter.DrawText(72, 400, PoDoFo::PdfString("A second line below it."));
    painter.FinishPage();
    doc.Write(rotated.c_str());
  }
  Document doc = LoadWords(rotated);
  REQUIRE(doc.pages[0].width > doc.pages[0].height);  // displayed landscape
  const Word* secret = FindWord(doc, 1, "Winterbottom");
  REQUIRE(secret != nullptr);
  REQUIRE(secret->box.width() > secret->box.height());  // reads horizontally
  const fs::path out = dir / "rotated-redacted.pdf";
  REQUIRE(WriteRedactedPdf(rotated, doc, {{1, secret->box, "TP"}}, Options(), out).ok());
  auto leaks = FindLeaks(out, {"Winterbottom"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
  Document after = LoadWords(out);
  CHECK(std::abs(after.pages[0].width - doc.pages[0].width) < 1);
  CHECK(std::abs(after.pages[0].height - doc.pages[0].height) < 1);
  const Word* kept = FindWord(after, 1, "Theodora");
  const Word* was = FindWord(doc, 1, "Theodora");
  REQUIRE(kept != nullptr);
  CHECK(std::abs(kept->box.x0 - was->box.x0) < 1.5);
  CHECK(std::abs(kept->box.y0 - was->box.y0) < 1.5);
  CHECK(FindWord(after, 1, "second") != nullptr);
  CHECK(DarkFraction(out, 1, secret->box) > 0.6);
}

TEST_CASE("WriteRedactedPdf uses the crop box as the page", "[redaction][pdf]") {
  TempDir dir;
  const fs::path full = MakeTextPdf(dir, "full.pdf",
                                    "Cropped page naming Percival Thistlewood today.\n"
                                    "Second line stays.");
  const fs::path cropped = dir / "cropped.pdf";
  {
    PoDoFo::PdfMemDocument doc;
    doc.Load(full.c_str());
    PoDoFo::PdfArray crop;
    for (double v : {40.0, 500.0, 450.0, 800.0}) crop.push_back(PoDoFo::PdfObject(v));
    doc.GetPage(0)->GetObject()->GetDictionary().AddKey("CropBox", crop);
    doc.Write(cropped.c_str());
  }
  Document doc = LoadWords(cropped);
  REQUIRE(std::abs(doc.pages[0].width - 410) < 1);
  REQUIRE(std::abs(doc.pages[0].height - 300) < 1);
  const Word* secret = FindWord(doc, 1, "Thistlewood");
  REQUIRE(secret != nullptr);
  const fs::path out = dir / "cropped-redacted.pdf";
  REQUIRE(WriteRedactedPdf(cropped, doc, {{1, secret->box, "TP"}}, Options(), out).ok());
  auto leaks = FindLeaks(out, {"Thistlewood"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
  Document after = LoadWords(out);
  CHECK(std::abs(after.pages[0].width - 410) < 1);
  CHECK(std::abs(after.pages[0].height - 300) < 1);
  const Word* kept = FindWord(after, 1, "Percival");
  REQUIRE(kept != nullptr);
  CHECK(std::abs(kept->box.x0 - FindWord(doc, 1, "Percival")->box.x0) < 1.5);
  CHECK(std::abs(kept->box.y0 - FindWord(doc, 1, "Percival")->box.y0) < 1.5);
  CHECK(DarkFraction(out, 1, secret->box) > 0.6);
}

TEST_CASE("WriteRedactedPdf does not copy another page's shared resources",
          "[redaction][pdf]") {
  // Both pages share one resource dictionary holding two form XObjects; page
  // 1 draws the secret through Fm1, page 2 draws public text through Fm2. A
  // copy of page 2 must not take Fm1 along.
  TempDir dir;
  const fs::path original = dir / "shared.pdf";
  {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* helvetica = doc.CreateFont("Helvetica");
    auto form = [&](const char* text) {
      PoDoFo::PdfObject* f = doc.GetObjects().CreateObject("XObject");
      f->GetDictionary().AddKey("Subtype", PoDoFo::PdfName("Form"));
      PoDoFo::PdfArray bbox;
      for (double v : {0.0, 0.0, 595.0, 842.0}) bbox.push_back(PoDoFo::PdfObject(v));
      f->GetDictionary().AddKey("BBox", bbox);
      PoDoFo::PdfDictionary fonts;
      fonts.AddKey("F1", helvetica->GetObject()->Reference());
      PoDoFo::PdfDictionary res;
      res.AddKey("Font", fonts);
      f->GetDictionary().AddKey("Resources", res);
      std::string content = std::string("BT /F1 14 Tf 72 700 Td (") + text + ") Tj ET";
      f->GetStream()->Set(content.c_str());
      return f->Reference();
    };
    PoDoFo::PdfObject* shared = doc.GetObjects().CreateObject();
    PoDoFo::PdfDictionary xobjects;
    xobjects.AddKey("Fm1", form("Secret Cordelia Pemberton-Hawes"));
    xobjects.AddKey("Fm2", form("Public announcement"));
    shared->GetDictionary().AddKey("XObject", xobjects);
    for (const char* name : {"Fm1", "Fm2"}) {
      PoDoFo::PdfPage* page =
          doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
      page->GetObject()->GetDictionary().AddKey("Resources", shared->Reference());
      PoDoFo::PdfObject* contents = page->GetContents();
      contents->GetStream()->Set((std::string("/") + name + " Do").c_str());
    }
    doc.Write(original.c_str());
  }
  REQUIRE(Contains(PdfToText(original, dir), "Cordelia"));
  Document doc = LoadWords(original);
  const Word* first = FindWord(doc, 1, "Secret");
  REQUIRE(first != nullptr);
  Box box = first->box;
  box.x1 = 590;  // the whole line
  const fs::path out = dir / "shared-redacted.pdf";
  REQUIRE(WriteRedactedPdf(original, doc, {{1, box, "Third party"}}, Options(), out).ok());
  auto leaks = FindLeaks(out, {"Cordelia", "Pemberton-Hawes"});
  REQUIRE(leaks.ok());
  for (const Leak& leak : *leaks) FAIL_CHECK(leak.value << " in " << leak.where);
  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  CHECK(Contains(pages->at(1), "Public announcement"));
}

TEST_CASE("WriteRedactedPdf does not reveal hidden layers", "[redaction][pdf]") {
  // A layer (optional content group) that the original hides by default. A
  // copy without the catalog's /OCProperties would show it; the page must be
  // rendered as the original shows it instead.
  TempDir dir;
  const fs::path original = dir / "layers.pdf";
  {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* helvetica = doc.CreateFont("Helvetica");
    PoDoFo::PdfObject* ocg = doc.GetObjects().CreateObject("OCG");
    ocg->GetDictionary().AddKey("Name", PoDoFo::PdfString("Draft notes"));
    PoDoFo::PdfArray ocgs;
    ocgs.push_back(ocg->Reference());
    PoDoFo::PdfDictionary config;
    config.AddKey("OFF", ocgs);
    config.AddKey("Order", ocgs);
    PoDoFo::PdfDictionary properties;
    properties.AddKey("OCGs", ocgs);
    properties.AddKey("D", config);
    doc.GetCatalog()->GetDictionary().AddKey("OCProperties", properties);

    PoDoFo::PdfPage* page =
        doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.SetFont(helvetica);
    painter.DrawText(72, 700, PoDoFo::PdfString("Visible minutes of the meeting."));
    painter.FinishPage();
    PoDoFo::PdfDictionary marked;
    marked.AddKey("oc1", ocg->Reference());
    page->GetResources()->GetDictionary().AddKey("Properties", marked);
    std::string hidden = "/OC /oc1 BDC BT /" + helvetica->GetIdentifier().GetName() +
                         " 12 Tf 72 650 Td (Hidden Evangeline Ashdown-Pryce) Tj ET EMC\n";
    PoDoFo::PdfStream* stream = page->GetContentsForAppending()->GetStream();
    stream->BeginAppend(false);
    stream->Append(hidden);
    stream->EndAppend();
    doc.Write(original.c_str());
  }
  // The premise: a reader honouring the layer configuration does not show it.
  REQUIRE(Contains(PdfToText(original, dir), "Visible minutes"));
  REQUIRE_FALSE(Contains(PdfToText(original, dir), "Evangeline"));
  {
    // ...while the drawing is really there for whoever ignores it.
    PoDoFo::PdfMemDocument doc;
    doc.Load(original.c_str());
    doc.GetCatalog()->GetDictionary().RemoveKey("OCProperties");
    doc.Write((dir / "layers-shown.pdf").c_str());
    REQUIRE(Contains(PdfToText(dir / "layers-shown.pdf", dir), "Evangeline"));
  }

  Document doc = LoadWords(original);
  const fs::path out = dir / "layers-out.pdf";
  REQUIRE(WriteRedactedPdf(original, doc, {}, Options(), out).ok());
  auto leaks = FindLeaks(out, {"Evangeline", "Ashdown-Pryce"});
  REQUIRE(leaks.ok());
  for (const Leak& leak : *leaks) FAIL_CHECK(leak.value << " in " << leak.where);
  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  CHECK(Contains(pages->at(0), "Visible minutes of the meeting."));
  CHECK(Contains(AllDictionaries(out), "/Image"));  // rendered, not copied
}

TEST_CASE("WriteRedactedPdf strips metadata, scripts, forms and annotations",
          "[redaction][pdf][corpus]") {
  TempDir dir;
  // Real files from the pypdf and pdf.js test suites (see corpora/README.md):
  // Info Title/Author, XMP, comments, JavaScript with AcroForm, attachments.
  // Also two encrypted files that open without a password: the copy must be
  // decrypted and written without encryption.
  struct Case {
    fs::path file;
    bool has_form_fields;  // whose values are text of the original's pages
  };
  const std::vector<Case> files = {
      {kCorpora / "pypdf/resources/metadata.pdf", false},
      {kCorpora / "pypdf/resources/commented-xmp.pdf", false},
      {kCorpora / "pdfjs/test/pdfs/js-authors.pdf", true},
      {kCorpora / "pdfjs/test/pdfs/evaljs.pdf", true},
      {kCorpora / "pdfjs/test/pdfs/attachment.pdf", false},
      {kCorpora / "pdfjs/test/pdfs/annotation-highlight.pdf", false},
      {kCorpora / "pypdf/resources/encryption/r6-empty-password.pdf", false},
      {kCorpora / "pypdf/resources/encryption/r5-owner-password.pdf", false},
  };
  for (const auto& [original, has_form_fields] : files) {
    INFO(original);
    REQUIRE(fs::exists(original));
    const fs::path out = dir / ("clean-" + original.filename().string());
    Status s = WriteRedactedPdf(original, Document(), {}, Options(), out);
    INFO(s.ToString());
    REQUIRE(s.ok());

    std::unique_ptr<poppler::document> before(poppler::document::load_from_file(original));
    std::unique_ptr<poppler::document> after(poppler::document::load_from_file(out));
    REQUIRE(after != nullptr);
    CHECK(after->pages() == before->pages());
    CHECK(after->info_keys() == std::vector<std::string>{"Producer"});
    CHECK(Utf8(after->metadata()).empty());
    CHECK_FALSE(after->has_embedded_files());

    const std::string dicts = AllDictionaries(out);
    for (const char* gone : {"/Annots", "/Annot", "/JavaScript", "/JS", "/OpenAction", "/AA",
                             "/Metadata", "/AcroForm", "/Names", "/EmbeddedFile", "/Title",
                             "/Author", "/OCProperties", "/Thumb"}) {
      INFO(gone);
      // Matched as whole names: "/Annot" must not match inside "/Annots".
      bool found = false;
      for (size_t pos = dicts.find(gone); pos != std::string::npos;
           pos = dicts.find(gone, pos + 1)) {
        char next = pos + std::strlen(gone) < dicts.size() ? dicts[pos + std::strlen(gone)] : ' ';
        if (!std::isalnum(static_cast<unsigned char>(next))) found = true;
      }
      CHECK_FALSE(found);
    }
    CHECK_FALSE(after->is_encrypted());
    CHECK_FALSE(Contains(dicts, "/Encrypt"));
    // The page text is still there. Form field values are drawn by widget
    // annotations, which are dropped with the other annotations.
    for (int i = 0; i < before->pages(); ++i) {
      std::unique_ptr<poppler::page> b(before->create_page(i));
      std::unique_ptr<poppler::page> a(after->create_page(i));
      const std::string text_after = Utf8(a->text());
      const std::string text_before = Utf8(b->text());
      if (has_form_fields) {
        CHECK(Contains(WithoutWhitespace(text_before), WithoutWhitespace(text_after)));
      } else {
        CHECK_FALSE(WithoutWhitespace(text_before).empty());
        CHECK(WithoutWhitespace(text_after) == WithoutWhitespace(text_before));
      }
    }
  }
  // The author named in js-authors.pdf is gone from everywhere.
  auto leaks = FindLeaks(dir / "clean-js-authors.pdf", {"author1"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
  leaks = FindLeaks(dir / "clean-metadata.pdf", {"Martin Thoma"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
}

TEST_CASE("WriteRedactedPdf redacts a word of a real-world PDF", "[redaction][pdf][corpus]") {
  TempDir dir;
  const fs::path original = kCorpora / "pypdf/resources/crazyones.pdf";
  Document doc = LoadWords(original);
  REQUIRE_FALSE(doc.pages.empty());
  std::vector<BoxRedaction> boxes;
  for (const Word& w : doc.pages[0].words) {
    if (w.text == "misfits." || w.text == "rebels.") boxes.push_back({1, w.box, "Third party"});
  }
  REQUIRE(boxes.size() == 2);
  const fs::path out = dir / "crazyones-redacted.pdf";
  REQUIRE(WriteRedactedPdf(original, doc, boxes, Options(), out).ok());
  auto leaks = FindLeaks(out, {"misfits", "rebels"});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
  const std::string text = PdfToText(out, dir);
  INFO(text);
  CHECK(Contains(text, "troublemakers"));
  CHECK_FALSE(Contains(text, "misfits"));
  for (const BoxRedaction& b : boxes) CHECK(DarkFraction(out, 1, b.box) > 0.5);
}

TEST_CASE("WriteRedactedPdf rasterises every page of a PDF PoDoFo cannot read",
          "[redaction][pdf][corpus]") {
  // RC4-encrypted, openable without a password: poppler reads it, Debian's
  // PoDoFo 0.9 (OpenSSL 3, no RC4) cannot, so no page can be copied.
  TempDir dir;
  const fs::path original = kCorpora / "pypdf/resources/encryption/r4-owner-password.pdf";
  Document doc = LoadWords(original);
  REQUIRE_FALSE(doc.pages.empty());
  REQUIRE(doc.pages[0].words.size() >= 2);
  const Word secret = doc.pages[0].words[0];
  const Word kept = doc.pages[0].words.back();
  INFO(secret.text << " / " << kept.text);
  REQUIRE(secret.text != kept.text);
  const fs::path out = dir / "rc4-redacted.pdf";
  Status s = WriteRedactedPdf(original, doc, {{1, secret.box, "TP"}}, Options(), out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  auto leaks = FindLeaks(out, {secret.text});
  REQUIRE(leaks.ok());
  CHECK(leaks->empty());
  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  CHECK(Contains(pages->at(0), kept.text));
  CHECK(DarkFraction(out, 1, secret.box) > 0.5);
  CHECK(InfoKeys(out) == std::vector<std::string>{"Producer"});
}

TEST_CASE("Bad input gives a Status, never a crash or a half file", "[redaction][errors]") {
  TempDir dir;
  const fs::path original = MakeTextPdf(dir, "good.pdf", "Some text.\fMore text.");
  const std::string bytes = ReadFile(original);
  const fs::path truncated = dir / "truncated.pdf";
  {
    std::ofstream f(truncated, std::ios::binary);
    f << bytes.substr(0, bytes.size() / 3);
  }
  const fs::path garbage = dir / "garbage.pdf";
  {
    std::ofstream f(garbage, std::ios::binary);
    f << "This is not a PDF at all, just some words.\n";
  }
  const fs::path out = dir / "out.pdf";

  Status s = WriteRedactedPdf(truncated, Document(), {{1, {10, 10, 50, 50}, "X"}}, Options(), out);
  CHECK_FALSE(s.ok());
  CHECK_FALSE(fs::exists(out));
  s = WriteRedactedPdf(garbage, Document(), {}, Options(), out);
  CHECK_FALSE(s.ok());
  CHECK_FALSE(fs::exists(out));

  auto leaks = FindLeaks(garbage, {"words"});
  REQUIRE_FALSE(leaks.ok());
  CHECK(leaks.status().code() == StatusCode::kCorrupt);
  CHECK_FALSE(ExtractPageTexts(garbage).ok());
  CHECK_FALSE(FindLeaks(dir / "missing.pdf", {"x"}).ok());
  (void)FindLeaks(truncated, {"text"});  // may or may not open; must not crash

  // Encrypted input asks for a password.
  for (const char* name : {"r4-user-password.pdf", "r6-both-passwords.pdf"}) {
    const fs::path locked = kCorpora / "pypdf/resources/encryption" / name;
    INFO(locked);
    REQUIRE(fs::exists(locked));
    s = WriteRedactedPdf(locked, Document(), {}, Options(), out);
    CHECK(s.code() == StatusCode::kNeedsPassword);
    CHECK(FindLeaks(locked, {"x"}).status().code() == StatusCode::kNeedsPassword);
    CHECK(ExtractPageTexts(locked).status().code() == StatusCode::kNeedsPassword);
  }
  CHECK_FALSE(fs::exists(out));

  // Boxes that cannot be right are refused rather than ignored.
  s = WriteRedactedPdf(original, Document(), {{3, {10, 10, 50, 50}, "X"}}, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  s = WriteRedactedPdf(original, Document(), {{1, {900, 900, 950, 950}, "X"}}, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  CHECK_FALSE(fs::exists(out));

  // A missing font or an unwritable place fails cleanly.
  RenderOptions no_font = Options();
  no_font.font_path = dir / "no-such-font.ttf";
  CHECK(WriteTextPdf("x", {}, no_font, out).code() == StatusCode::kInvalidInput);
  CHECK(WriteTextPdf("x", {}, Options(), dir / "no/such/dir/out.pdf").code() ==
        StatusCode::kIoError);
  CHECK_FALSE(fs::exists(out));

  // An existing output is replaced whole, and no temporary file is left.
  REQUIRE(WriteTextPdf("first", {}, Options(), out).ok());
  REQUIRE(WriteTextPdf("second", {}, Options(), out).ok());
  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  CHECK(Contains(pages->at(0), "second"));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    ++files;
  }
  CHECK(files == 4);  // good, truncated, garbage, out
}

// ---------------------------------------------------------------------------
// Scans (WriteRedactedScan) and rendering (ForEachRenderedPage). The scans
// are made here: a text PDF rasterised at 200 dpi and saved with Leptonica,
// so its words and boxes (read from the PDF with poppler) line up with the
// pixels as an OCR extractor's would.

namespace {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

constexpr double kScanDpi = 200;

// Page `number` of `pdf` rendered at `dpi` as an 8-bit grey PIX.
PixPtr RenderToPix(const fs::path& pdf, int number, double dpi) {
  PixPtr result;
  Status s = ForEachRenderedPage(
      pdf, dpi, [&](int page, int width, int height, int stride, const uint8_t* pixels) {
        if (page != number) return Status::OK();
        PIX* pix = pixCreate(width, height, 8);
        REQUIRE(pix != nullptr);
        for (int y = 0; y < height; ++y) {
          l_uint32* line = pixGetData(pix) + y * pixGetWpl(pix);
          for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, pixels[y * stride + x]);
        }
        pixSetResolution(pix, static_cast<l_int32>(dpi), static_cast<l_int32>(dpi));
        result.reset(pix);
        return Status::OK();
      });
  REQUIRE(s.ok());
  REQUIRE(result != nullptr);
  return result;
}

// The grey value at (x_pt, y_pt) of page `number` of `pdf` rendered at `dpi`.
int GreyAt(const fs::path& pdf, int number, double dpi, double x_pt, double y_pt) {
  int value = -1;
  Status s = ForEachRenderedPage(
      pdf, dpi, [&](int page, int width, int height, int stride, const uint8_t* pixels) {
        if (page != number) return Status::OK();
        const int x = static_cast<int>(x_pt * dpi / 72);
        const int y = static_cast<int>(y_pt * dpi / 72);
        REQUIRE(x >= 0);
        REQUIRE(y >= 0);
        REQUIRE(x < width);
        REQUIRE(y < height);
        value = pixels[y * stride + x];
        return Status::OK();
      });
  REQUIRE(s.ok());
  REQUIRE(value >= 0);
  return value;
}

Box Centre(const Box& b) {
  const double x = (b.x0 + b.x1) / 2, y = (b.y0 + b.y1) / 2;
  return {x, y, x, y};
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// What tesseract reads on the band of `pix` (rendered at `dpi`) from `y0_pt`
// to `y1_pt`: the lines around a redaction, so that OCR stays quick.
std::string Ocr(PIX* pix, double dpi, double y0_pt, double y1_pt, const TempDir& dir) {
  const int y0 = std::max(0, static_cast<int>(y0_pt * dpi / 72));
  const int y1 = std::min(pixGetHeight(pix), static_cast<int>(y1_pt * dpi / 72));
  BOX* band = boxCreate(0, y0, pixGetWidth(pix), y1 - y0);
  PixPtr clipped(pixClipRectangle(pix, band, nullptr));
  boxDestroy(&band);
  REQUIRE(clipped != nullptr);
  const fs::path png = dir / "ocr-input.png";
  REQUIRE(pixWrite(png.c_str(), clipped.get(), IFF_PNG) == 0);
  const std::string command = "tesseract '" + png.string() + "' stdout 2>/dev/null";
  std::string text;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
  REQUIRE(pclose(pipe) == 0);
  return text;
}

// The images embedded in `pdf`, one a page here, as pdfimages (poppler-utils,
// an independent extractor) writes them out.
std::vector<PixPtr> EmbeddedImages(const fs::path& pdf, const TempDir& dir) {
  const fs::path prefix = dir / "embedded";
  const std::string command =
      "pdfimages -png '" + pdf.string() + "' '" + prefix.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::vector<PixPtr> images;
  for (int i = 0;; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "embedded-%03d.png", i);
    const fs::path png = dir / name;
    if (!fs::exists(png)) break;
    images.emplace_back(pixRead(png.c_str()));
    REQUIRE(images.back() != nullptr);
    fs::remove(png);
  }
  return images;
}

// The 2-page text PDF the scans are made from, and its words (as an OCR
// extractor would report them for the scan).
struct ScanSource {
  fs::path pdf;
  Document doc;
};

ScanSource MakeScanSource(const TempDir& dir) {
  ScanSource source;
  source.pdf = MakeTextPdf(
      dir, "scan-source.pdf",
      "On page one Gwendolyn Featherstonehaugh visited the office on Monday.\n"
      "Nothing else happened that week.\f"
      "The second page names Oswaldo Quarrington in passing.\n"
      "The meeting closed at noon.");
  source.doc = LoadWords(source.pdf);
  source.doc.kind = DocumentKind::kScan;
  REQUIRE(source.doc.pages.size() == 2);
  return source;
}

// Page `number` of the source rendered at kScanDpi.
PixPtr ScanPage(const ScanSource& source, int number) {
  return RenderToPix(source.pdf, number, kScanDpi);
}

Box WordBox(const Document& doc, int page, const std::string& text) {
  const Word* w = FindWord(doc, page, text);
  REQUIRE(w != nullptr);
  return w->box;
}

Document FirstPageOnly(Document doc) {
  doc.pages.resize(1);
  return doc;
}

}  // namespace

TEST_CASE("ForEachRenderedPage renders every page to grey", "[redaction][render]") {
  TempDir dir;
  const fs::path pdf = MakeTextPdf(dir, "two.pdf", "First page.\fSecond page.");
  std::vector<int> seen;
  Status s = ForEachRenderedPage(
      pdf, 72, [&](int page, int width, int height, int stride, const uint8_t* pixels) {
        seen.push_back(page);
        CHECK(std::abs(width - 595) <= 1);
        CHECK(std::abs(height - 842) <= 1);
        CHECK(stride >= width);
        CHECK(pixels[0] == 255);  // white paper in the corner
        int dark = 0;
        for (int y = 0; y < height; ++y) {
          for (int x = 0; x < width; ++x) dark += pixels[y * stride + x] < 128;
        }
        CHECK(dark > 50);  // some text
        return Status::OK();
      });
  REQUIRE(s.ok());
  CHECK(seen == std::vector<int>{1, 2});

  // fn's error stops the walk and is returned as it is.
  int calls = 0;
  s = ForEachRenderedPage(pdf, 50, [&](int, int, int, int, const uint8_t*) {
    ++calls;
    return Status::VerificationFailed("stop here");
  });
  CHECK(s.code() == StatusCode::kVerificationFailed);
  CHECK(s.message() == "stop here");
  CHECK(calls == 1);

  auto never = [](int, int, int, int, const uint8_t*) {
    FAIL("called for an unreadable PDF");
    return Status::OK();
  };
  const fs::path garbage = dir / "garbage.pdf";
  {
    std::ofstream f(garbage, std::ios::binary);
    f << "not a PDF";
  }
  CHECK(ForEachRenderedPage(garbage, 72, never).code() == StatusCode::kCorrupt);
  CHECK(ForEachRenderedPage(
            kCorpora / "pypdf/resources/encryption/r6-both-passwords.pdf", 72, never)
            .code() == StatusCode::kNeedsPassword);
  CHECK_FALSE(ForEachRenderedPage(dir / "missing.pdf", 72, never).ok());
  CHECK(ForEachRenderedPage(pdf, 0, never).code() == StatusCode::kInvalidInput);
  CHECK(ForEachRenderedPage(pdf, std::nan(""), never).code() == StatusCode::kInvalidInput);
}

TEST_CASE("WriteRedactedScan burns boxes into a multi-page TIFF", "[redaction][scan]") {
  TempDir dir;
  const ScanSource source = MakeScanSource(dir);
  const fs::path tiff = dir / "scan.tif";
  {
    PixPtr page1 = ScanPage(source, 1);
    PixPtr page2 = ScanPage(source, 2);
    REQUIRE(pixWriteTiff(tiff.c_str(), page1.get(), IFF_TIFF_ZIP, "w") == 0);
    REQUIRE(pixWriteTiff(tiff.c_str(), page2.get(), IFF_TIFF_ZIP, "a") == 0);
  }
  const Box secret1 = WordBox(source.doc, 1, "Featherstonehaugh");
  const Box secret2 = WordBox(source.doc, 2, "Quarrington");
  // The premise: the words are there to be read in the scan's pixels.
  {
    PixPtr page1 = ScanPage(source, 1);
    const std::string text = Lower(Ocr(page1.get(), kScanDpi, secret1.y0 - 30, secret1.y1 + 30, dir));
    INFO(text);
    REQUIRE(Contains(text, "featherstonehaugh"));
  }

  const fs::path out = dir / "scan-redacted.pdf";
  // Listed page 2 first: the order of boxes does not matter.
  const std::vector<BoxRedaction> boxes = {{2, secret2, "Third party"},
                                           {1, secret1, "Third party"}};
  Status s = WriteRedactedScan(tiff, source.doc, boxes, Options(), out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  INFO("2-page 200 dpi grey scan, redacted: " << fs::file_size(out) << " bytes (TIFF "
                                              << fs::file_size(tiff) << ")");
  CHECK(fs::file_size(out) < 1024 * 1024);

  // Same pages, same sizes.
  {
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(out.string()));
    REQUIRE(pdf != nullptr);
    REQUIRE(pdf->pages() == 2);
    for (int i = 0; i < 2; ++i) {
      std::unique_ptr<poppler::page> page(pdf->create_page(i));
      poppler::rectf r = page->page_rect(poppler::crop_box);
      CHECK(std::abs(r.width() - source.doc.pages[i].width) < 0.01);
      CHECK(std::abs(r.height() - source.doc.pages[i].height) < 0.01);
    }
    CHECK(pdf->info_keys() == std::vector<std::string>{"Producer"});
    CHECK(Utf8(pdf->metadata()).empty());
  }

  // The invisible text layer has the surviving words, not the redacted ones.
  auto pages = ExtractPageTexts(out);
  REQUIRE(pages.ok());
  REQUIRE(pages->size() == 2);
  for (const std::string& text : {AllText(*pages), PdfToText(out, dir)}) {
    INFO(text);
    CHECK_FALSE(Contains(text, "Featherstonehaugh"));
    CHECK_FALSE(Contains(text, "Quarrington"));
    for (const char* kept : {"Gwendolyn", "visited", "office", "Oswaldo", "passing", "noon."}) {
      CHECK(Contains(text, kept));
    }
    CHECK(Contains(text, "Third party"));
  }
  CHECK(Contains(pages->at(0), "Gwendolyn"));
  CHECK(Contains(pages->at(1), "Oswaldo"));
  // ...where the words are on the image.
  Document after = LoadWords(out);
  const Box kept_before = WordBox(source.doc, 2, "Oswaldo");
  const Box kept_after = WordBox(after, 2, "Oswaldo");
  CHECK(std::abs(kept_before.x0 - kept_after.x0) < 1.5);
  CHECK(std::abs(kept_before.y0 - kept_after.y0) < 1.5);
  CHECK(std::abs(kept_before.x1 - kept_after.x1) < 1.5);

  auto leaks = FindLeaks(out, {"Featherstonehaugh", "Quarrington"});
  REQUIRE(leaks.ok());
  for (const Leak& leak : *leaks) FAIL_CHECK(leak.value << " in " << leak.where);

  // Black pixels at each box's centre (and either side of the label), white
  // paper well away from it.
  for (const auto& [page, box] : {std::pair{1, secret1}, std::pair{2, secret2}}) {
    const Box c = Centre(box);
    CHECK(GreyAt(out, page, 150, box.x0 + 1.5, c.y0) < 40);
    CHECK(GreyAt(out, page, 150, box.x1 - 1.5, c.y0) < 40);
    CHECK(DarkFraction(out, page, box) > 0.5);  // most of it: the label is white
    CHECK(GreyAt(out, page, 150, c.x0, box.y1 + 60) > 220);
  }
  {
    // In the image itself (as an independent extractor takes it out of the
    // file) every pixel of each box is black, the centre included: the label
    // is vector text over it, and nothing of the original is under it.
    std::vector<PixPtr> images = EmbeddedImages(out, dir);
    REQUIRE(images.size() == 2);
    for (const auto& [page, box] : {std::pair{1, secret1}, std::pair{2, secret2}}) {
      PIX* image = images[page - 1].get();
      CHECK(pixGetDepth(image) == 8);
      const double sx = pixGetWidth(image) / source.doc.pages[page - 1].width;
      const double sy = pixGetHeight(image) / source.doc.pages[page - 1].height;
      int not_black = 0, total = 0;
      for (int y = int(std::ceil(box.y0 * sy)); y < int(box.y1 * sy); ++y) {
        for (int x = int(std::ceil(box.x0 * sx)); x < int(box.x1 * sx); ++x) {
          l_uint32 v = 255;
          pixGetPixel(image, x, y, &v);
          ++total;
          not_black += v != 0;
        }
      }
      CHECK(total > 1000);
      CHECK(not_black == 0);
      const Box c = Centre(box);
      l_uint32 centre = 255;
      pixGetPixel(image, int(c.x0 * sx), int(c.y0 * sy), &centre);
      CHECK(centre == 0);
    }
  }

  // OCR of the output cannot read what was redacted, and still reads the
  // words beside it.
  for (const auto& [page, box, gone, gone_parts, kept] :
       {std::tuple{1, secret1, "featherstonehaugh", std::vector<std::string>{"feather", "haugh"},
                   "gwendolyn"},
        std::tuple{2, secret2, "quarrington", std::vector<std::string>{"quarr", "rington"},
                   "oswaldo"}}) {
    PixPtr rendered = RenderToPix(out, page, kScanDpi);
    const std::string text = Lower(Ocr(rendered.get(), kScanDpi, box.y0 - 30, box.y1 + 30, dir));
    INFO("page " << page << " OCR: " << text);
    CHECK(Contains(text, kept));
    CHECK_FALSE(Contains(text, gone));
    for (const std::string& part : gone_parts) CHECK_FALSE(Contains(text, part));
  }

  // The image is grey, one Flate stream a page; nothing of the TIFF's tags.
  const std::string dicts = AllDictionaries(out);
  CHECK(Contains(dicts, "/DeviceGray"));
  CHECK_FALSE(Contains(dicts, "/DeviceRGB"));
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

TEST_CASE("WriteRedactedScan reads PNG, JPEG, BMP, colour and bilevel scans",
          "[redaction][scan]") {
  TempDir dir;
  const ScanSource source = MakeScanSource(dir);
  const Document one_page = FirstPageOnly(source.doc);
  const Box secret = WordBox(source.doc, 1, "Featherstonehaugh");
  PixPtr grey = ScanPage(source, 1);

  PixPtr colour(pixConvertTo32(grey.get()));
  REQUIRE(colour != nullptr);
  // A red band across the top, away from the text.
  BOX* band = boxCreate(0, 0, pixGetWidth(colour.get()), 40);
  REQUIRE(pixSetInRectArbitrary(colour.get(), band, 0xff000000) == 0);  // 0xRRGGBBAA
  boxDestroy(&band);
  // The same with an alpha channel that makes the red band fully
  // transparent: a viewer shows white there, and so must the output.
  PixPtr transparent(pixCopy(nullptr, colour.get()));
  REQUIRE(transparent != nullptr);
  {
    PixPtr alpha(pixCreate(pixGetWidth(grey.get()), pixGetHeight(grey.get()), 8));
    pixSetAllArbitrary(alpha.get(), 255);
    BOX* hidden = boxCreate(0, 0, pixGetWidth(grey.get()), 40);
    REQUIRE(pixSetInRectArbitrary(alpha.get(), hidden, 0) == 0);
    boxDestroy(&hidden);
    pixSetSpp(transparent.get(), 4);
    REQUIRE(pixSetRGBComponent(transparent.get(), alpha.get(), L_ALPHA_CHANNEL) == 0);
  }
  PixPtr bilevel(pixThresholdToBinary(grey.get(), 160));
  REQUIRE(bilevel != nullptr);

  struct Case {
    std::string name;
    PIX* pix;
    int format;
    const char* colour_space;
  };
  const std::vector<Case> cases = {
      {"scan.png", grey.get(), IFF_PNG, "/DeviceGray"},
      {"scan.jpg", grey.get(), IFF_JFIF_JPEG, "/DeviceGray"},
      {"scan.bmp", grey.get(), IFF_BMP, "/DeviceGray"},
      {"colour.png", colour.get(), IFF_PNG, "/DeviceRGB"},
      {"transparent.png", transparent.get(), IFF_PNG, "/DeviceGray"},
      {"bilevel.tif", bilevel.get(), IFF_TIFF_G4, "/DeviceGray"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const fs::path image = dir / c.name;
    REQUIRE(pixWrite(image.c_str(), c.pix, c.format) == 0);
    const fs::path out = dir / (c.name + ".pdf");
    Status s = WriteRedactedScan(image, one_page, {{1, secret, ""}}, Options(), out);
    INFO(s.ToString());
    REQUIRE(s.ok());
    INFO("output " << fs::file_size(out) << " bytes");
    auto leaks = FindLeaks(out, {"Featherstonehaugh"});
    REQUIRE(leaks.ok());
    CHECK(leaks->empty());
    auto pages = ExtractPageTexts(out);
    REQUIRE(pages.ok());
    REQUIRE(pages->size() == 1);
    CHECK(Contains(pages->at(0), "Gwendolyn"));
    CHECK(Contains(pages->at(0), "Redacted"));  // the default label
    CHECK_FALSE(Contains(pages->at(0), "Featherstonehaugh"));
    CHECK(GreyAt(out, 1, 150, secret.x0 + 1.5, Centre(secret).y0) < 40);
    CHECK(DarkFraction(out, 1, secret) > 0.5);
    const std::string dicts = AllDictionaries(out);
    CHECK(Contains(dicts, c.colour_space));
    if (c.format == IFF_TIFF_G4) {
      CHECK(Contains(dicts, "/BitsPerComponent 1"));  // kept bilevel, so small
    }
    if (c.pix == colour.get()) {
      CHECK(GreyAt(out, 1, 72, 100, 5) < 120);  // the red band: dark in grey...
      CHECK(GreyAt(out, 1, 72, 100, 5) > 40);   // ...but not black
    }
    if (c.pix == transparent.get()) {
      CHECK(GreyAt(out, 1, 72, 100, 5) >= 250);  // blended over white
      CHECK_FALSE(Contains(dicts, "/SMask"));
    }
  }
}

TEST_CASE("WriteRedactedScan refuses mismatched, damaged and oversized scans",
          "[redaction][scan][errors]") {
  TempDir dir;
  const ScanSource source = MakeScanSource(dir);
  const Box secret = WordBox(source.doc, 1, "Featherstonehaugh");
  const fs::path tiff = dir / "scan.tif";
  const fs::path png = dir / "scan.png";
  {
    PixPtr page1 = ScanPage(source, 1);
    PixPtr page2 = ScanPage(source, 2);
    l_uint8* data = nullptr;
    size_t size = 0;
    REQUIRE(pixWriteMemTiff(&data, &size, page1.get(), IFF_TIFF_ZIP) == 0);
    lept_free(data);
    REQUIRE(pixWriteTiff(tiff.c_str(), page1.get(), IFF_TIFF_ZIP, "w") == 0);
    REQUIRE(pixWriteTiff(tiff.c_str(), page2.get(), IFF_TIFF_ZIP, "a") == 0);
    REQUIRE(pixWrite(png.c_str(), page1.get(), IFF_PNG) == 0);
  }
  const fs::path out = dir / "out.pdf";
  const std::vector<BoxRedaction> boxes = {{1, secret, "TP"}};

  // Page counts that differ: the words are not this image's.
  Status s = WriteRedactedScan(tiff, FirstPageOnly(source.doc), boxes, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  CHECK(Contains(s.message(), "2 page(s)"));
  s = WriteRedactedScan(png, source.doc, boxes, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  s = WriteRedactedScan(png, Document(), {}, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  // Boxes on no page, off the page, or not numbers.
  s = WriteRedactedScan(png, FirstPageOnly(source.doc), {{2, secret, "TP"}}, Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  s = WriteRedactedScan(png, FirstPageOnly(source.doc), {{1, {900, 900, 950, 950}, "TP"}},
                        Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  s = WriteRedactedScan(png, FirstPageOnly(source.doc), {{1, {std::nan(""), 0, 10, 10}, "TP"}},
                        Options(), out);
  CHECK(s.code() == StatusCode::kInvalidInput);
  Document no_size = FirstPageOnly(source.doc);
  no_size.pages[0].width = 0;
  CHECK(WriteRedactedScan(png, no_size, boxes, Options(), out).code() ==
        StatusCode::kInvalidInput);
  CHECK_FALSE(fs::exists(out));

  // Damaged files: truncated (the TIFF's directories are at its end), data
  // overwritten behind an intact header, not an image at all, missing.
  const std::string bytes = ReadFile(tiff);
  const fs::path truncated = dir / "truncated.tif";
  {
    std::ofstream f(truncated, std::ios::binary);
    f << bytes.substr(0, bytes.size() / 2);
  }
  const fs::path damaged = dir / "damaged.tif";
  {
    std::string copy = bytes;
    // Page 1's compressed data starts at byte 8 (Leptonica writes it before
    // the directory); overwriting its zlib header is a sure decoding error.
    // (Damage further into a stream can decode as garbage without an error:
    // zlib cannot always tell, nor can Leptonica. Those pixels are redacted
    // the same way, so nothing leaks; the page just looks broken.)
    for (size_t i = 8; i < copy.size() / 4; ++i) copy[i] = static_cast<char>(i * 131);
    std::ofstream f(damaged, std::ios::binary);
    f << copy;
  }
  const std::string png_bytes = ReadFile(png);
  const fs::path damaged_png = dir / "damaged.png";
  {
    std::ofstream f(damaged_png, std::ios::binary);
    f << png_bytes.substr(0, png_bytes.size() / 2);
  }
  const fs::path garbage = dir / "garbage.tif";
  {
    std::ofstream f(garbage, std::ios::binary);
    f << "This is not an image at all, just some words.\n";
  }
  for (const fs::path& bad : {truncated, damaged}) {
    INFO(bad);
    s = WriteRedactedScan(bad, source.doc, boxes, Options(), out);
    INFO(s.ToString());
    CHECK_FALSE(s.ok());
    CHECK(s.code() == StatusCode::kCorrupt);
  }
  s = WriteRedactedScan(damaged_png, FirstPageOnly(source.doc), boxes, Options(), out);
  CHECK(s.code() == StatusCode::kCorrupt);
  s = WriteRedactedScan(garbage, source.doc, boxes, Options(), out);
  CHECK(s.code() == StatusCode::kCorrupt);
  s = WriteRedactedScan(dir / "missing.tif", source.doc, boxes, Options(), out);
  CHECK(s.code() == StatusCode::kIoError);
  CHECK_FALSE(fs::exists(out));

  // Over 120 M pixels: refused from the header, before decoding.
  const fs::path huge = dir / "huge.png";
  {
    PixPtr pix(pixCreate(12000, 11000, 1));  // 132 M pixels, all white
    REQUIRE(pix != nullptr);
    REQUIRE(pixWrite(huge.c_str(), pix.get(), IFF_PNG) == 0);
  }
  Document huge_doc;
  huge_doc.pages.push_back({1, 4320, 3960, {}});
  s = WriteRedactedScan(huge, huge_doc, {}, Options(), out);
  CHECK(s.code() == StatusCode::kResourceLimit);
  // A BMP header claiming 20000 x 20000 (top-down) and no pixels at all:
  // the claim alone is refused (Leptonica would decode it to find its size).
  const fs::path huge_bmp = dir / "huge.bmp";
  {
    std::string header(54, '\0');
    auto put32 = [&](size_t at, uint32_t v) {
      for (int i = 0; i < 4; ++i) header[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
    };
    header[0] = 'B';
    header[1] = 'M';
    put32(2, 54);
    put32(10, 54);
    put32(14, 40);
    put32(18, 20000);
    put32(22, static_cast<uint32_t>(-20000));
    header[26] = 1;   // planes
    header[28] = 24;  // bits per pixel
    std::ofstream f(huge_bmp, std::ios::binary);
    f << header;
  }
  s = WriteRedactedScan(huge_bmp, huge_doc, {}, Options(), out);
  CHECK(s.code() == StatusCode::kResourceLimit);
  CHECK_FALSE(fs::exists(out));

  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    ++files;
  }
  CHECK(files == 9);  // source PDF, 2 scans, 4 damaged, 2 huge; no output
}
