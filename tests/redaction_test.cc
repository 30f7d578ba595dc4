// Tests of the redaction writers and the verifier, on real files with the
// real libraries: every output is read back with poppler (in-process and
// through the pdftotext CLI), PoDoFo, or rendered to pixels.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "pipeline/model/document.h"
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
