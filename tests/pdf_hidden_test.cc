#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "extractors/extractor.h"
#include "extractors/pdf_hidden.h"
#include "test_util.h"

namespace dsar::extractors {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Corpus(const std::string& rel) { return ReadFile(std::string(DSAR_CORPORA_DIR) + "/" + rel); }

// A one-page US-letter-ish (612x792) PDF with Helvetica as /F1, the given
// uncompressed content stream and, optionally, an image XObject /Im1 and
// extra objects appended to the page dictionary.
std::string MakePdf(const std::string& content, bool with_image = false,
                    const std::string& page_extra = "", const std::string& image_extra = "") {
  std::vector<std::string> objs;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  std::string res = "<< /Font << /F1 5 0 R >>";
  if (with_image) res += " /XObject << /Im1 6 0 R >>";
  res += " >>";
  objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + res +
                 " /Contents 4 0 R" + page_extra + " >>");
  objs.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                 "\nendstream");
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  if (with_image) {
    objs.push_back(
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 " + image_extra + " /Length 4 >>\nstream\n\x80\x80\x80\x80\nendstream");
  }
  return AssemblePdf(objs);
}

std::vector<HiddenContent> Find(const std::string& pdf) {
  auto r = FindHiddenContent(pdf, "");
  INFO(r.status().message());
  REQUIRE(r.ok());
  return r.value();
}

std::vector<HiddenContent> OfKind(const std::vector<HiddenContent>& all, const std::string& kind) {
  std::vector<HiddenContent> out;
  for (const auto& h : all) {
    if (h.kind == kind) out.push_back(h);
  }
  return out;
}

std::string Describe(const std::vector<HiddenContent>& all) {
  std::string s;
  for (const auto& h : all) {
    s += std::to_string(h.page) + " " + h.kind + " [" + h.text + "] " + std::to_string(h.box.x0) + "," +
         std::to_string(h.box.y0) + "," + std::to_string(h.box.x1) + "," + std::to_string(h.box.y1) + "\n";
  }
  return s;
}

TEST_CASE("plain visible page reports nothing", "[pdf_hidden]") {
  auto all = Find(MakePdf("BT /F1 12 Tf 100 700 Td (Hello visible world) Tj ET"));
  INFO(Describe(all));
  CHECK(all.empty());
}

TEST_CASE("text under a black box drawn after it is reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("BT /F1 12 Tf 100 703 Td (Jane Smith) Tj ET\n"
                          "BT /F1 12 Tf 100 600 Td (Visible line) Tj ET\n"
                          "0 g 100 700 80 14 re f"));
  INFO(Describe(all));
  auto hits = OfKind(all, "text_under_box");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "Jane Smith");
  CHECK(hits[0].page == 1);
  // Box in top-left coordinates: y_top = 792 - 714 = 78.
  CHECK(hits[0].box.x0 == Approx(100));
  CHECK(hits[0].box.y0 == Approx(78));
  CHECK(hits[0].box.x1 == Approx(180));
  CHECK(hits[0].box.y1 == Approx(92));
  CHECK(all.size() == 1);
}

TEST_CASE("text drawn on top of a box is not hidden", "[pdf_hidden]") {
  auto all = Find(MakePdf("0 g 100 700 80 14 re f\n"
                          "1 g BT /F1 12 Tf 100 703 Td (Heading) Tj ET"));
  INFO(Describe(all));
  CHECK(all.empty());  // white text on a black box drawn before it is visible
}

TEST_CASE("invisible render-mode-3 text is reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("BT /F1 12 Tf 3 Tr 72 500 Td (Secret note) Tj ET\n"
                          "BT /F1 12 Tf 0 Tr 72 400 Td (Shown) Tj ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "invisible_text");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "Secret note");
  CHECK(hits[0].box.x0 == Approx(72));
  CHECK(all.size() == 1);
}

TEST_CASE("white text is reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("1 g BT /F1 12 Tf 72 500 Td (Hidden in white) Tj ET\n"
                          "0 g BT /F1 12 Tf 72 400 Td (Shown) Tj ET\n"
                          "1 1 1 rg BT /F1 10 Tf 72 300 Td [(Also) -300 (white)] TJ ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "white_text");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].text == "Hidden in white");
  CHECK(hits[1].text == "Also white");
  CHECK(all.size() == 2);
}

TEST_CASE("cmyk white text is reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("0 0 0 0 k BT /F1 12 Tf 72 500 Td (CMYK white) Tj ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "white_text");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "CMYK white");
}

TEST_CASE("text off the page is reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("BT /F1 12 Tf -500 500 Td (Off to the left) Tj ET\n"
                          "BT /F1 12 Tf 72 500 Td (On the page) Tj ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "off_page_text");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "Off to the left");
  CHECK(hits[0].box.x0 == Approx(-500));
  CHECK(all.size() == 1);
}

TEST_CASE("numbers in every form the content lexer reads place text where they say", "[pdf_hidden]") {
  // Signed decimals, a leading point, a trailing point and a plus sign take
  // the lexer's fast paths; a 22-digit integer is left to strtoll.
  auto all = Find(MakePdf(
      "BT /F1 12 Tf 1 0 0 1 -500.75 +500 Tm (Off by a decimal) Tj ET\n"
      "q .5 0 0 .5 0 0 cm BT /F1 12 Tf -1001.5 600. Td (Off when scaled) Tj ET Q\n"
      "BT /F1 12 Tf 0000000000000000000072 +400 Td (On the page) Tj ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "off_page_text");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].text == "Off by a decimal");
  CHECK(hits[0].box.x0 == Approx(-500.75));
  CHECK(hits[1].text == "Off when scaled");
  CHECK(hits[1].box.x0 == Approx(-500.75));
  CHECK(all.size() == 2);
}

TEST_CASE("pdf extractor: accented words of the text layer are UTF-8", "[pdf_hidden]") {
  const std::string pdf = MakePdf("BT /F1 12 Tf 72 700 Td (Si\342n Lef\350vre) Tj ET");
  const Extractor* ex = ExtractorRegistry::Default().Find("application/pdf");
  REQUIRE(ex != nullptr);
  Result<Document> d = ex->Extract(pdf, ExtractOptions{});
  REQUIRE(d.ok());
  REQUIRE(d->pages.size() == 1);
  REQUIRE(d->pages[0].words.size() == 2);
  CHECK(d->pages[0].words[0].text == "Si\xC3\xA2n");
  CHECK(d->pages[0].words[1].text == "Lef\xC3\xA8vre");
  CHECK(d->text == "Si\xC3\xA2n Lef\xC3\xA8vre");
}

TEST_CASE("consecutive shows on one line are one finding", "[pdf_hidden]") {
  auto all = Find(MakePdf("BT /F1 12 Tf 3 Tr 72 500 Td (Jane) Tj ( ) Tj (Smith) Tj 0 -20 Td (Next line) Tj ET"));
  INFO(Describe(all));
  auto hits = OfKind(all, "invisible_text");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].text == "Jane Smith");
  CHECK(hits[1].text == "Next line");
}

TEST_CASE("invisible text over a full-page image is an OCR layer, not reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("q 612 0 0 792 0 0 cm /Im1 Do Q\n"
                          "BT /F1 12 Tf 3 Tr 72 500 Td (OCR layer words) Tj ET",
                          /*with_image=*/true));
  INFO(Describe(all));
  CHECK(all.empty());
}

TEST_CASE("a page whose only text is an OCR layer over a scan is named for OCR", "[pdf_hidden]") {
  std::vector<int> pages;
  auto all = FindHiddenContent(MakePdf("q 612 0 0 792 0 0 cm /Im1 Do Q\n"
                                       "BT /F1 12 Tf 3 Tr 72 500 Td <4F4352206C61796572> Tj ET",
                                       /*with_image=*/true),
                               "", &pages);
  REQUIRE(all.ok());
  CHECK(pages == std::vector<int>{1});
  // Visible text beside the layer: a typed page with a picture, not a scan.
  pages.clear();
  REQUIRE(FindHiddenContent(MakePdf("q 612 0 0 792 0 0 cm /Im1 Do Q\n"
                                    "BT /F1 12 Tf 3 Tr 72 500 Td (layer) Tj 0 Tr 0 -20 Td (typed) Tj ET",
                                    /*with_image=*/true),
                            "", &pages)
              .ok());
  CHECK(pages.empty());
  // No image: invisible text is hidden content, not an OCR layer.
  pages.clear();
  REQUIRE(FindHiddenContent(MakePdf("BT /F1 12 Tf 3 Tr 72 500 Td (secret) Tj ET"), "", &pages).ok());
  CHECK(pages.empty());
}

TEST_CASE("text written as hex strings is read like any other", "[pdf_hidden]") {
  // Word and most composite-font producers write shown text as <hex>.
  // "Jane Smith" under a black box, and invisible "Secret Name".
  auto all = Find(MakePdf("BT /F1 12 Tf 72 500 Td <4A616E6520536D697468> Tj ET\n"
                          "0 0 0 rg 70 495 100 20 re f\n"
                          "BT /F1 12 Tf 3 Tr 72 300 Td [<53656372657420> -300 <4E616D65>] TJ ET"));
  INFO(Describe(all));
  auto under = OfKind(all, "text_under_box");
  REQUIRE(under.size() == 1);
  CHECK(under[0].text == "Jane Smith");
  auto invisible = OfKind(all, "invisible_text");
  REQUIRE(invisible.size() == 1);
  CHECK(invisible[0].text.find("Secret") != std::string::npos);
  CHECK(invisible[0].text.find("Name") != std::string::npos);
}

TEST_CASE("text under an opaque image drawn after it is reported", "[pdf_hidden]") {
  const std::string text = "BT /F1 12 Tf 72 500 Td (Jane Smith) Tj ET\n";
  const std::string image = "q 100 0 0 20 70 495 cm /Im1 Do Q\n";
  auto all = Find(MakePdf(text + image, /*with_image=*/true));
  INFO(Describe(all));
  auto hits = OfKind(all, "text_under_box");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "Jane Smith");
  // Drawn before the text: the text is on top, visible.
  CHECK(Find(MakePdf(image + text, true)).empty());
  // An image with a mask may let the text show through: not reported.
  CHECK(OfKind(Find(MakePdf(text + image, true, "", "/Mask [0 0]")), "text_under_box").empty());
  // A page-sized scan over its own visible OCR text ("image over text"
  // searchable PDFs): an OCR layer, named for OCR, not a cover-up.
  std::vector<int> pages;
  auto scan = FindHiddenContent(MakePdf(text + "q 612 0 0 792 0 0 cm /Im1 Do Q\n", true), "", &pages);
  REQUIRE(scan.ok());
  CHECK(scan->empty());
  CHECK(pages == std::vector<int>{1});
}

TEST_CASE("invisible text with a small image is still reported", "[pdf_hidden]") {
  auto all = Find(MakePdf("q 100 0 0 100 0 0 cm /Im1 Do Q\n"
                          "BT /F1 12 Tf 3 Tr 72 500 Td (Not OCR) Tj ET",
                          /*with_image=*/true));
  INFO(Describe(all));
  CHECK(OfKind(all, "invisible_text").size() == 1);
}

TEST_CASE("annotation in a hand-made PDF", "[pdf_hidden]") {
  // Appended after the page's own objects: object 6 is the annotation.
  std::string content = "BT /F1 12 Tf 72 500 Td (Body) Tj ET";
  std::string pdf = MakePdf(content, false, " /Annots [<< /Type /Annot /Subtype /Text /Rect [10 20 30 40] "
                                            "/Contents (Call the parent) >> << /Type /Annot /Subtype /Link "
                                            "/Rect [0 0 5 5] >>]");
  auto all = Find(pdf);
  INFO(Describe(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == "annotation");
  CHECK(all[0].text == "Text: Call the parent");
  CHECK(all[0].box.x0 == Approx(10));
  CHECK(all[0].box.y0 == Approx(792 - 40));
  CHECK(all[0].box.y1 == Approx(792 - 20));
}

TEST_CASE("pypdf commented PDFs report their annotations", "[pdf_hidden][corpus]") {
  for (const char* name : {"pypdf/resources/commented.pdf", "pypdf/resources/commented-xmp.pdf"}) {
    std::string bytes = Corpus(name);
    REQUIRE(!bytes.empty());
    auto all = Find(bytes);
    INFO(name << "\n" << Describe(all));
    auto hits = OfKind(all, "annotation");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].text == "Text: Note in second paragraph");
    CHECK(hits[1].text.find("Umlaut: \xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f") != std::string::npos);
    for (const auto& h : hits) {
      CHECK(h.page >= 1);
      CHECK(!h.text.empty());
    }
  }
}

TEST_CASE("attachments are reported", "[pdf_hidden][corpus]") {
  for (const char* name : {"pypdf/resources/attachment.pdf", "pdfjs/test/pdfs/attachment.pdf"}) {
    std::string bytes = Corpus(name);
    REQUIRE(!bytes.empty());
    auto all = Find(bytes);
    INFO(name << "\n" << Describe(all));
    auto hits = OfKind(all, "attachment");
    REQUIRE(!hits.empty());
    for (const auto& h : hits) CHECK(!h.text.empty());
  }
}

TEST_CASE("a FileAttachment annotation is one attachment on its page", "[pdf_hidden][corpus]") {
  auto all = Find(Corpus("pypdf/resources/attachment.pdf"));
  INFO(Describe(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == "attachment");
  CHECK(all[0].text == "jpeg.pdf");
  CHECK(all[0].page == 1);
  CHECK(all[0].box.y0 == Approx(792 - 774));
  auto pdfjs = Find(Corpus("pdfjs/test/pdfs/attachment.pdf"));
  INFO(Describe(pdfjs));
  REQUIRE(pdfjs.size() == 1);
  CHECK(pdfjs[0].text == "foo.txt");
  CHECK(pdfjs[0].page == 0);  // document-level EmbeddedFiles
}

TEST_CASE("form field values are reported", "[pdf_hidden][corpus]") {
  std::string bytes = Corpus("pypdf/resources/form_acrobatReader.pdf");
  REQUIRE(!bytes.empty());
  auto all = Find(bytes);
  INFO(Describe(all));
  auto hits = OfKind(all, "form_field");
  REQUIRE(!hits.empty());
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "foo: Bar");
  CHECK(hits[0].page == 1);  // widget found through the page's /Annots (no /P)
  CHECK(hits[0].box.width() > 10);
  CHECK(hits[0].box.y0 > 0);
}

TEST_CASE("an encrypted PDF PoDoFo cannot open gives an empty list", "[pdf_hidden][corpus]") {
  std::string bytes = Corpus("pdfjs/test/pdfs/encrypted-attachment.pdf");
  REQUIRE(!bytes.empty());
  auto r = FindHiddenContent(bytes, "");
  INFO(r.status().message());
  REQUIRE(r.ok());
}

TEST_CASE("escaped strings, inline images and comments are read through", "[pdf_hidden]") {
  // The inline image's data holds "EI" not followed by white space (not its
  // end), a ")" and a "%"; the string holds escaped parentheses, an octal
  // escape and a line continuation.
  std::string content =
      "% a comment (with a paren\n"
      "q BI /W 2 /H 1 /BPC 8 /CS /G ID \x01" "EIx)%\xff EI Q\n"
      "BT 3 Tr /F1 12 Tf 100 700 Td (Jane \\(S\\) Sm\\151\\\nth) Tj ET\n"
      "BT 0 Tr 1 g /F1 12 Tf [1 0 0 1 0 0] pop 100 600 Td [(Ro) -50 <7365> 120 (Perez)] TJ ET";
  auto hits = Find(MakePdf(content));
  INFO(Describe(hits));
  auto invisible = OfKind(hits, "invisible_text");
  REQUIRE(invisible.size() == 1);
  CHECK(invisible[0].text == "Jane (S) Smith");
  auto white = OfKind(hits, "white_text");
  REQUIRE(white.size() == 1);
  CHECK(white[0].text == "RosePerez");
}

TEST_CASE("a page's content split over several streams is read as one", "[pdf_hidden]") {
  // Page 1 draws its text in one stream and the box over it in the next;
  // page 2 sits in a nested /Pages node and hides its text the same way.
  auto stream = [](const std::string& c) {
    return "<< /Length " + std::to_string(c.size()) + " >>\nstream\n" + c + "\nendstream";
  };
  std::vector<std::string> objs;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");                                      // 1
  objs.push_back("<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>");                         // 2
  objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                 "/Resources << /Font << /F1 6 0 R >> >> /Contents [4 0 R 5 0 R] >>");       // 3
  objs.push_back(stream("BT /F1 12 Tf 100 700 Td (Jane Smith) Tj ET"));                      // 4
  objs.push_back(stream("0 g 95 695 90 20 re f"));                                           // 5
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");                  // 6
  objs.push_back("<< /Type /Pages /Parent 2 0 R /Kids [8 0 R] /Count 1 "
                 "/Resources << /Font << /F1 6 0 R >> >> >>");                               // 7
  objs.push_back("<< /Type /Page /Parent 7 0 R /MediaBox [0 0 612 792] /Contents 9 0 R >>");  // 8
  objs.push_back(stream("BT /F1 12 Tf 100 500 Td (Tom Jones) Tj ET 0 g 95 495 90 20 re f"));  // 9
  auto hits = OfKind(Find(AssemblePdf(objs)), "text_under_box");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].page == 1);
  CHECK(hits[0].text == "Jane Smith");
  CHECK(hits[1].page == 2);  // resources inherited from its /Pages node
  CHECK(hits[1].text == "Tom Jones");
}

TEST_CASE("corrupt bytes never crash", "[pdf_hidden]") {
  std::string good = MakePdf("BT /F1 12 Tf 100 700 Td (Jane Smith) Tj ET 0 g 100 700 80 14 re f");
  std::vector<std::string> inputs = {"", "not a pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog", good.substr(0, good.size() / 2)};
  // Flip bytes all through a good file.
  for (size_t i = 9; i < good.size(); i += 37) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    inputs.push_back(bad);
  }
  for (const auto& in : inputs) {
    auto r = FindHiddenContent(in, "");
    if (r.ok()) {
      for (const auto& h : r.value()) CHECK(!h.kind.empty());
    } else {
      CHECK(!r.status().message().empty());
    }
  }
}

}  // namespace
}  // namespace dsar::extractors

namespace dsar::extractors {
namespace {
// Manual: DSAR_HIDDEN_DUMP=file.pdf pdf_hidden_test "[.dump]"
TEST_CASE("dump findings of a file", "[.dump]") {
  const char* path = std::getenv("DSAR_HIDDEN_DUMP");
  if (!path) return;
  std::vector<int> ocr_layer_pages;
  auto r = FindHiddenContent(ReadFile(path), "", &ocr_layer_pages);
  if (!r.ok()) {
    std::printf("error: %s\n", r.status().message().c_str());
    return;
  }
  std::printf("%s", Describe(r.value()).c_str());
  for (int p : ocr_layer_pages) std::printf("page %d: OCR layer over a scan\n", p);
}
}  // namespace
}  // namespace dsar::extractors

namespace dsar::extractors {
namespace {

// Each page's content stream is let go once the page is scanned; one that
// another page shares (or that a page lists twice) is read again from the
// input, from a file as from bytes, and gives the same findings each time.
// Three pages sharing one content stream (page 3 twice) that holds white
// text and text under a box: a check that lets go of a page's streams must
// read them again for the next page.
std::string SharedStreamPdf() {
  const std::string content =
      "BT /F1 12 Tf 72 700 Td (Visible line) Tj ET\n"
      "1 1 1 rg BT /F1 12 Tf 72 650 Td (white secret 4417) Tj ET\n"
      "0 0 0 rg BT /F1 12 Tf 72 600 Td (covered words) Tj ET\n"
      "0 0 0 rg 70 595 200 20 re f\n";
  const std::string page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           "/Resources << /Font << /F1 7 0 R >> >> /Contents ";
  const std::string pdf = AssemblePdf(
      {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 4 0 R 6 0 R] /Count 3 >>",
       page + "5 0 R >>", page + "5 0 R >>",
       "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
       page + "[5 0 R 5 0 R] >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
  return pdf;
}

const std::vector<std::string> kSharedStreamFindings = {
    "1 white_text: white secret 4417", "1 text_under_box: covered words",
    "2 white_text: white secret 4417", "2 text_under_box: covered words",
    "3 white_text: white secret 4417", "3 white_text: white secret 4417",
    // The second box of page 3 is drawn after both copies of the text.
    "3 text_under_box: covered words", "3 text_under_box: covered words covered words"};

std::vector<std::string> Described(const std::vector<HiddenContent>& found) {
  std::vector<std::string> got;
  for (const HiddenContent& h : found) got.push_back(std::to_string(h.page) + " " + h.kind + ": " + h.text);
  return got;
}

TEST_CASE("a content stream shared by pages is read again after it is let go", "[pdf][hidden]") {
  const std::string pdf = SharedStreamPdf();
  TempDir dir;
  const std::filesystem::path file = dir.path() / "shared.pdf";
  WriteBytes(file, pdf);
  for (bool from_file : {false, true}) {
    INFO((from_file ? "from its file" : "from bytes"));
    PdfSource source;
    if (from_file) {
      source.file = file;
    } else {
      source.bytes = pdf;
    }
    auto r = FindHiddenContent(source, "");
    REQUIRE(r.ok());
    CHECK(Described(*r) == kSharedStreamFindings);
  }
}

TEST_CASE("an encrypted file whose streams are let go is decrypted again when they are reread", "[pdf][hidden]") {
  // Streams freed after a page are read again from the file; in a file
  // encrypted with a user password they must be decrypted again too, or the
  // later pages' hidden text would go unreported. AES-256: PoDoFo computes
  // the older handlers' keys with RC4, which this OpenSSL offers only through
  // its legacy provider.
  PoDoFo::PdfError::EnableDebug(false);
  PoDoFo::PdfMemDocument doc;
  const std::string plain = SharedStreamPdf();
  doc.LoadFromBuffer(plain.data(), static_cast<long>(plain.size()), false);
  doc.SetEncrypted("pupil-file", "owner-secret", PoDoFo::PdfEncrypt::ePdfPermissions_Print,
                   PoDoFo::PdfEncrypt::ePdfEncryptAlgorithm_AESV3, PoDoFo::PdfEncrypt::ePdfKeyLength_256);
  TempDir dir;
  const std::filesystem::path file = dir.path() / "encrypted.pdf";
  try {
    doc.Write(file.c_str());
  } catch (const PoDoFo::PdfError& e) {
    FAIL("PoDoFo could not write the encrypted file: " << PoDoFo::PdfError::ErrorName(e.GetError()));
  }
  PdfSource source;
  source.file = file;
  auto r = FindHiddenContent(source, "pupil-file");
  REQUIRE(r.ok());
  CHECK(Described(*r) == kSharedStreamFindings);
  // Without the password nothing can be read, and nothing is claimed.
  auto locked = FindHiddenContent(source, "");
  REQUIRE(locked.ok());
  CHECK(locked->empty());
}

}  // namespace
}  // namespace dsar::extractors
