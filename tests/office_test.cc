// Office documents (extractors/office_extractor.cc): every .docx of the
// public corpora through the real extractor, documents written here with
// every hiding place for a third party's name, hostile packages, and one case
// through the real `dsar` binary whose package is read back with pdftotext.
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "pipeline/csv.h"
#include "pipeline/model/unicode.h"
#include "test_util.h"

using namespace dsar;
using namespace dsar::extractors;
namespace fs = std::filesystem;

namespace {

struct Part {
  std::string name, data;
};

// Writes `parts` as a ZIP (deflated) with libzip and returns its bytes.
std::string Zip(const std::vector<Part>& parts) {
  TempDir dir;
  fs::path path = dir.path() / "package.zip";
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  for (const Part& p : parts) {
    zip_source_t* src = zip_source_buffer(z, p.data.data(), p.data.size(), 0);
    REQUIRE(src != nullptr);
    REQUIRE(zip_file_add(z, p.name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  return ReadBytes(path);
}

const char* kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string Rels(const std::vector<std::pair<std::string, std::string>>& type_target) {
  std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"") + kRelsNs + "\">";
  int id = 0;
  for (const auto& [type, target] : type_target) {
    std::string full = type.find("://") != std::string::npos ? type : kRelType + type;
    out += "<Relationship Id=\"rId" + std::to_string(++id) + "\" Type=\"" + full + "\" Target=\"" + target + "\"/>";
  }
  return out + "</Relationships>";
}

std::string ContentTypes(const std::string& main, const std::string& type) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
         "ContentType=\"application/xml\"/><Override PartName=\"/" + main + "\" ContentType=\"" + type +
         "\"/></Types>";
}

std::string Core(const std::string& creator, const std::string& modified_by) {
  return "<?xml version=\"1.0\"?><cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
         "<dc:title>Pastoral note</dc:title><dc:creator>" + creator + "</dc:creator><cp:lastModifiedBy>" +
         modified_by + "</cp:lastModifiedBy><dcterms:created>2026-10-05T09:30:00Z</dcterms:created>"
         "</cp:coreProperties>";
}

const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                 "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

std::string P(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

// A Word document about the subject with the third party `other` named in
// the body, a header, a comment, a tracked deletion and hidden text.
std::string MakeDocx(const std::string& subject, const std::string& other) {
  std::string body =
      P("Pastoral note about " + subject + ", Year 8.") +
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>First point "
      "in a list</w:t></w:r></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">" + subject + " sat next to </w:t></w:r><w:ins w:author=\"Editor\">"
      "<w:r><w:t>a friend</w:t></w:r></w:ins><w:del w:author=\"Editor\"><w:r><w:delText>the son of " + other +
      "</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Private: " + other + " rang the office</w:t></w:r></w:p>" +
      P("Earlier that day " + other + " had phoned about the trip.") +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Pupil</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + subject +
      "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Tutor group</w:t></w:r></w:p></w:tc><w:tc>"
      "<w:p><w:r><w:t>8WK</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>the trip page</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>after "
      "a tab</w:t><w:br/><w:t>on a new line</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><a:graphic><a:graphicData>"
      "<wps:wsp><wps:txbx><w:txbxContent>" + P("Words in a text box") + "</w:txbxContent></wps:txbx></wps:wsp>"
      "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
      "<w:txbxContent>" + P("Words in a text box") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
      "</mc:AlternateContent></w:r></w:p>"
      "<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>" + P("☒ Consent given") + "</w:sdtContent></w:sdt>";
  std::string doc = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kW + "><w:body>" + body +
                    "</w:body></w:document>";
  std::string header = std::string("<w:hdr ") + kW + ">" + P("Confidential: copy for " + other) + "</w:hdr>";
  std::string comments = std::string("<w:comments ") + kW +
                         "><w:comment w:id=\"0\" w:author=\"Quentin Asherby\" w:date=\"2026-10-05T10:00:00Z\">" +
                         P("Check this with " + other + " before filing") + "</w:comment></w:comments>";
  std::string footnotes = std::string("<w:footnotes ") + kW + "><w:footnote w:type=\"separator\" w:id=\"0\">" +
                          P("----") + "</w:footnote><w:footnote w:id=\"2\">" + P("The trip was on 3 October.") +
                          "</w:footnote></w:footnotes>";
  std::string doc_rels = Rels({{"header", "header1.xml"}, {"comments", "comments.xml"}, {"footnotes", "footnotes.xml"}});
  doc_rels.insert(doc_rels.rfind("</Relationships>"),
                  std::string("<Relationship Id=\"rId9\" Type=\"") + kRelType +
                      "hyperlink\" Target=\"https://example.org/trip\" TargetMode=\"External\"/>");
  return Zip({{"[Content_Types].xml",
               ContentTypes("word/document.xml",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
              {"_rels/.rels",
               Rels({{"officeDocument", "word/document.xml"},
                     {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml"}})},
              {"docProps/core.xml", Core("Rowena Talbot-Kerr", "Ivo Pennick")},
              {"word/document.xml", doc},
              {"word/_rels/document.xml.rels", doc_rels},
              {"word/header1.xml", header},
              {"word/comments.xml", comments},
              {"word/footnotes.xml", footnotes}});
}

std::string MakeXlsx(const std::string& subject, const std::string& other) {
  std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  return Zip(
      {{"[Content_Types].xml",
        ContentTypes("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")},
       {"_rels/.rels", Rels({{"officeDocument", "xl/workbook.xml"}})},
       {"xl/workbook.xml", "<workbook " + ns +
                               "><sheets><sheet name=\"Register\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Old "
                               "contacts\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels", Rels({{"worksheet", "worksheets/sheet1.xml"},
                                            {"worksheet", "worksheets/sheet2.xml"},
                                            {"sharedStrings", "sharedStrings.xml"},
                                            {"styles", "styles.xml"}})},
       {"xl/sharedStrings.xml", "<sst " + ns + "><si><t>Pupil</t></si><si><t>" + subject +
                                    "</t></si><si><r><t xml:space=\"preserve\">Emergency contact: </t></r><r><t>" +
                                    other + "</t></r></si></sst>"},
       {"xl/styles.xml", "<styleSheet " + ns + "><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
       {"xl/worksheets/sheet1.xml",
        "<worksheet " + ns +
            "><cols><col min=\"4\" max=\"4\" hidden=\"1\"/></cols><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
            "<c r=\"B1\" t=\"inlineStr\"><is><t>Tutor group</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c>"
            "<c r=\"B2\" t=\"inlineStr\"><is><t>8WK</t></is></c><c r=\"C2\" s=\"1\"><v>45000</v></c><c r=\"D2\" "
            "t=\"inlineStr\"><is><t>Hidden column note</t></is></c></row><row r=\"3\" hidden=\"1\"><c r=\"A3\" t=\"s\">"
            "<v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"E3\"><v>96.5</v></c></row>"
            "</sheetData></worksheet>"},
       {"xl/worksheets/_rels/sheet1.xml.rels", Rels({{"comments", "../comments1.xml"}})},
       {"xl/comments1.xml", "<comments " + ns +
                                "><authors><author>Quentin Asherby</author></authors><commentList><comment ref=\"B1\" "
                                "authorId=\"0\"><text><r><t>Spoke to " + other +
                                " about this</t></r></text></comment></commentList></comments>"},
       {"xl/worksheets/sheet2.xml", "<worksheet " + ns +
                                        "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Old number for " +
                                        subject + "</t></is></c></row></sheetData></worksheet>"}});
}

std::string MakePptx() {
  std::string ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                   "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  auto slide = [&](const std::string& text, const char* attrs) {
    return "<p:sld " + ns + attrs + "><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>" + text +
           "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
  };
  return Zip(
      {{"[Content_Types].xml",
        ContentTypes("ppt/presentation.xml",
                     "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")},
       {"_rels/.rels", Rels({{"officeDocument", "ppt/presentation.xml"}})},
       {"ppt/presentation.xml", "<p:presentation " + ns +
                                    "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId1\"/><p:sldId id=\"257\" "
                                    "r:id=\"rId2\"/></p:sldIdLst></p:presentation>"},
       {"ppt/_rels/presentation.xml.rels",
        Rels({{"slide", "slides/slide2.xml"}, {"slide", "slides/slide1.xml"}, {"commentAuthors", "commentAuthors.xml"}})},
       {"ppt/slides/slide1.xml", slide("Second slide text", "")},
       {"ppt/slides/slide2.xml", slide("First slide text", "")},
       {"ppt/slides/_rels/slide2.xml.rels",
        Rels({{"notesSlide", "../notesSlides/notesSlide1.xml"}, {"comments", "../comments/comment1.xml"}})},
       {"ppt/notesSlides/notesSlide1.xml",
        "<p:notes " + ns +
            "><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type=\"sldNum\"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r>"
            "<a:t>99</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:nvSpPr><p:nvPr><p:ph type=\"body\"/></p:nvPr>"
            "</p:nvSpPr><p:txBody><a:p><a:r><a:t>Speaker reminder text</a:t></a:r></a:p></p:txBody></p:sp>"
            "</p:spTree></p:cSld></p:notes>"},
       {"ppt/commentAuthors.xml", "<p:cmAuthorLst " + ns + "><p:cmAuthor id=\"3\" name=\"Quentin Asherby\"/></p:cmAuthorLst>"},
       {"ppt/comments/comment1.xml", "<p:cmLst " + ns + "><p:cm authorId=\"3\"><p:text>Slide comment text</p:text></p:cm></p:cmLst>"}});
}

std::string OdfNs() {
  return "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
         "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
}

std::string MakeOdt(const std::string& subject, const std::string& other) {
  std::string ns = OdfNs();
  std::string content =
      "<office:document-content " + ns + "><office:body><office:text>"
      "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>"
      "Ivo Pennick</dc:creator><dc:date>2026-10-06T09:00:00</dc:date></office:change-info><text:p>Removed: " + other +
      " was upset</text:p></text:deletion></text:changed-region></text:tracked-changes>"
      "<text:h text:outline-level=\"1\">Report on " + subject + "</text:h>"
      "<text:p>" + subject + "<text:s/>settled well.<text:change text:change-id=\"ct1\"/><office:annotation>"
      "<dc:creator>Quentin Asherby</dc:creator><dc:date>2026-10-06T10:00:00</dc:date><text:p>Ask " + other +
      " to confirm</text:p></office:annotation></text:p>"
      "<text:list><text:list-item><text:p>Item in a list</text:p></text:list-item></text:list>"
      "<table:table table:name=\"T1\"><table:table-row><table:table-cell><text:p>Cell left</text:p></table:table-cell>"
      "<table:table-cell><text:p>Cell right</text:p></table:table-cell></table:table-row></table:table>"
      "<text:p>See note<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>Footnote in ODT</text:p></text:note-body></text:note></text:p>"
      "<text:p>Parent contact: " + other + "</text:p>"
      "</office:text></office:body></office:document-content>";
  std::string styles = "<office:document-styles " + ns + "><office:master-styles><style:master-page style:name=\"Standard\">"
                       "<style:header><text:p>ODT header line</text:p></style:header></style:master-page>"
                       "</office:master-styles></office:document-styles>";
  std::string meta = "<office:document-meta " + ns + "><office:meta><meta:initial-creator>Rowena Talbot-Kerr"
                     "</meta:initial-creator><dc:creator>Ivo Pennick</dc:creator><dc:title>ODT report</dc:title>"
                     "<meta:creation-date>2026-10-06T08:00:00</meta:creation-date></office:meta></office:document-meta>";
  return Zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
              {"content.xml", content},
              {"styles.xml", styles},
              {"meta.xml", meta}});
}

std::string MakeOds(const std::string& subject, const std::string& other) {
  std::string content = "<office:document-content " + OdfNs() +
                        "><office:body><office:spreadsheet><table:table table:name=\"Marks\"><table:table-row>"
                        "<table:table-cell><text:p>" + subject + "</text:p></table:table-cell><table:table-cell "
                        "table:number-columns-repeated=\"3\"/><table:table-cell><text:p>72</text:p></table:table-cell>"
                        "</table:table-row><table:table-row table:visibility=\"collapse\"><table:table-cell><text:p>"
                        "Contact " + other + "</text:p></table:table-cell></table:table-row><table:table-row "
                        "table:number-rows-repeated=\"1000\"><table:table-cell table:number-columns-repeated=\"1024\"/>"
                        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
  return Zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}});
}

std::string MakeOdp() {
  std::string content =
      "<office:document-content " + OdfNs() +
      " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
      "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"><office:body>"
      "<office:presentation><draw:page draw:name=\"page1\"><draw:frame><draw:text-box><text:p>Welcome to Year 8"
      "</text:p></draw:text-box></draw:frame><presentation:notes><draw:page-thumbnail/><draw:frame><draw:text-box>"
      "<text:p>Remember the trip letters</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>"
      "<draw:page draw:name=\"page2\"><draw:custom-shape><text:p>Second slide shape</text:p></draw:custom-shape>"
      "</draw:page></office:presentation></office:body></office:document-content>";
  return Zip({{"mimetype", "application/vnd.oasis.opendocument.presentation"}, {"content.xml", content}});
}

Result<Document> Extract(const std::string& bytes, const std::string& name = "file") {
  ExtractOptions options;
  options.file_name = name;
  const Extractor* ex = ExtractorRegistry::Default().Find(DetectMediaType(bytes));
  REQUIRE(ex != nullptr);
  return ex->Extract(bytes, options);
}

bool HasHidden(const Document& d, const std::string& kind, const std::string& needle) {
  for (const HiddenContent& h : d.hidden) {
    if (h.kind == kind && h.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

bool HasPerson(const Document& d, const std::string& role, const std::string& name) {
  for (const MetadataPerson& p : d.people) {
    if (p.role == role && p.name == name) return true;
  }
  return false;
}

size_t Find(const std::string& hay, const std::string& needle) { return hay.find(needle); }

const fs::path kCorpora = DSAR_CORPORA_DIR;

std::vector<fs::path> CorpusDocx() {
  std::vector<fs::path> out;
  for (const char* dir : {"python-docx", "docx2python"}) {
    if (!fs::exists(kCorpora / dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(kCorpora / dir)) {
      if (e.is_regular_file() && e.path().extension() == ".docx") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string CorpusText(const char* rel) {
  fs::path p = kCorpora / rel;
  std::string bytes = ReadBytes(p);
  REQUIRE(!bytes.empty());
  Result<Document> d = Extract(bytes, p.filename().string());
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  return d->text;
}

}  // namespace

TEST_CASE("office: every .docx of the public corpora is extracted or recorded with a reason", "[office]") {
  std::vector<fs::path> files = CorpusDocx();
  REQUIRE(files.size() >= 80);
  size_t extracted = 0;
  for (const fs::path& f : files) {
    INFO(f.filename().string());
    std::string bytes = ReadBytes(f);
    std::string type = DetectMediaType(bytes);
    // libmagic calls some of them application/zip or octet-stream; the
    // package's parts decide.
    CHECK(type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // Ingest types a file by its first 64 KB, before the central directory.
    CHECK(DetectMediaType(bytes.substr(0, 1 << 16)) ==
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    Result<Document> d = Extract(bytes, f.filename().string());
    if (!d.ok()) {
      CHECK_FALSE(d.status().message().empty());
      continue;
    }
    ++extracted;
    CHECK(d->kind == DocumentKind::kOffice);
    CHECK(d->extractor == "office");
    CHECK(IsValidUtf8(d->text));
    CHECK_FALSE(d->title.empty());
  }
  CHECK(extracted == files.size());
}

TEST_CASE("office: real content from the corpus documents", "[office]") {
  std::string comments = CorpusText("docx2python/tests/resources/comments.docx");
  CHECK(Find(comments, "== Comments ==") != std::string::npos);
  CHECK(Find(comments, "RESPONSE to comment on par 5") > Find(comments, "== Comments =="));
  CHECK(Find(comments, "[comment 1]") != std::string::npos);  // where the comment is anchored

  std::string example = CorpusText("docx2python/tests/resources/example.docx");
  CHECK(Find(example, "== Headers ==\nHeader text") != std::string::npos);
  CHECK(Find(example, "== Footers ==\nFooter text") != std::string::npos);
  CHECK(Find(example, "[1] First footnote") != std::string::npos);
  CHECK(Find(example, "[2] Second endnote") != std::string::npos);
  CHECK(Find(example, "Nested | Table\nA | B\nTab\tdelimited\ttext\n") != std::string::npos);  // a nested table
  CHECK(Find(example, "10 < 20 and 20 > 10\n\nText outside table") != std::string::npos);
  CHECK(Find(example, "10 < 20 and 20 > 10") != std::string::npos);
  CHECK(Find(example, "Text outside table") > Find(example, "Nested"));

  std::string header = CorpusText("python-docx/features/steps/test_files/hdr-header-footer.docx");
  CHECK(Find(header, "Header for section-1") > Find(header, "== Headers =="));

  std::string strict = CorpusText("docx2python/tests/resources/strict.docx");
  CHECK(Find(strict, "Cellaa | Cellab") != std::string::npos);
  CHECK(Find(strict, "Bullet1") != std::string::npos);

  std::string renamed = CorpusText("docx2python/tests/resources/renamed_document_xml.docx");
  CHECK(Find(renamed, "This is a link to my we") != std::string::npos);

  std::string table = CorpusText("python-docx/features/steps/test_files/tbl-2x2-table.docx");
  CHECK(Find(table, " | ") != std::string::npos);

  std::string boxes = CorpusText("docx2python/tests/resources/checked_boxes.docx");
  CHECK(Find(boxes, "FORMCHECKBOX") == std::string::npos);  // field codes are not text
  CHECK((Find(boxes, "☒") != std::string::npos || Find(boxes, "☐") != std::string::npos));
  CHECK(Find(boxes, "Adult Protective Services") != std::string::npos);
}

TEST_CASE("office: a Word document's hidden places are text and hidden content", "[office]") {
  Result<Document> d = Extract(MakeDocx("Tobias Wrenfield", "Mrs Ottoline Brackwater"));
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  const std::string& t = d->text;
  INFO(t);
  CHECK(d->kind == DocumentKind::kOffice);
  CHECK(d->title == "Pastoral note");
  CHECK(d->date == "2026-10-05T09:30:00Z");
  CHECK(Find(t, "Pastoral note about Tobias Wrenfield, Year 8.\n") == 0);
  CHECK(Find(t, "• First point in a list\n") != std::string::npos);
  CHECK(Find(t, "Tobias Wrenfield sat next to a friend. [comment 1]\n") != std::string::npos);
  CHECK(Find(t, "had phoned about the trip.\n\nPupil | Tobias Wrenfield\nTutor group | 8WK\n\nthe trip page") !=
        std::string::npos);
  CHECK(Find(t, "the trip page\tafter a tab\non a new line[2]") != std::string::npos);
  CHECK(Find(t, "Words in a text box") != std::string::npos);
  CHECK(Find(t, "Words in a text box") == t.rfind("Words in a text box"));  // not twice (VML fallback)
  CHECK(Find(t, "☒ Consent given") != std::string::npos);
  // Hidden text and deletions are not in the body, but in their sections.
  size_t body_end = Find(t, "\n== ");
  REQUIRE(body_end != std::string::npos);
  CHECK(t.substr(0, body_end).find("Private:") == std::string::npos);
  CHECK(t.substr(0, body_end).find("the son of") == std::string::npos);
  CHECK(Find(t, "== Headers ==\nConfidential: copy for Mrs Ottoline Brackwater") != std::string::npos);
  CHECK(Find(t, "== Footnotes ==\n[2] The trip was on 3 October.") != std::string::npos);
  CHECK(Find(t, "----") == std::string::npos);  // the separator footnote
  CHECK(Find(t, "== Comments ==\nComment 1: (by Quentin Asherby, 2026-10-05) Check this with Mrs Ottoline "
                "Brackwater before filing") != std::string::npos);
  CHECK(Find(t, "== Deleted text (tracked changes) ==\nDeletion 1: the son of Mrs Ottoline Brackwater") !=
        std::string::npos);
  CHECK(Find(t, "== Hidden text ==\nHidden 1: Private: Mrs Ottoline Brackwater rang the office") != std::string::npos);
  CHECK(HasHidden(*d, "comment", "Check this with Mrs Ottoline Brackwater"));
  CHECK(HasHidden(*d, "tracked_deletion", "the son of Mrs Ottoline Brackwater"));
  CHECK(HasHidden(*d, "hidden_text", "rang the office"));
  CHECK(HasPerson(*d, "author", "Rowena Talbot-Kerr"));
  CHECK(HasPerson(*d, "last modified by", "Ivo Pennick"));
  CHECK(HasPerson(*d, "comment author", "Quentin Asherby"));
  CHECK(HasPerson(*d, "tracked change author", "Editor"));
}

TEST_CASE("office: Excel sheets, hidden rows, columns and sheets, and notes", "[office]") {
  Result<Document> d = Extract(MakeXlsx("Tobias Wrenfield", "Mrs Ottoline Brackwater"));
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  const std::string& t = d->text;
  INFO(t);
  CHECK(d->kind == DocumentKind::kOffice);
  CHECK(Find(t, "== Sheet 1: Register ==\nPupil\tTutor group\nTobias Wrenfield\t8WK\t2023-03-15\tHidden column "
                "note\nTobias Wrenfield\tEmergency contact: Mrs Ottoline Brackwater\t\t\t96.5\n") == 0);
  CHECK(Find(t, "== Sheet 2: Old contacts (hidden sheet) ==\nOld number for Tobias Wrenfield") != std::string::npos);
  CHECK(Find(t, "(Register B1, by Quentin Asherby) Spoke to Mrs Ottoline Brackwater about this") != std::string::npos);
  CHECK(HasHidden(*d, "hidden_row", "Mrs Ottoline Brackwater"));
  CHECK(HasHidden(*d, "hidden_column", "Register column D: Hidden column note"));
  CHECK(HasHidden(*d, "hidden_sheet", "Old contacts"));
  CHECK(HasHidden(*d, "comment", "Spoke to Mrs Ottoline Brackwater"));
  CHECK(HasPerson(*d, "comment author", "Quentin Asherby"));
}

TEST_CASE("office: PowerPoint slides in order with speaker notes and comments", "[office]") {
  Result<Document> d = Extract(MakePptx());
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  const std::string& t = d->text;
  INFO(t);
  CHECK(Find(t, "== Slide 1 ==\nFirst slide text\nSpeaker notes:\nSpeaker reminder text\n") == 0);
  CHECK(Find(t, "== Slide 2 ==\nSecond slide text") != std::string::npos);
  CHECK(Find(t, "99") == std::string::npos);  // the slide number placeholder of the notes page
  CHECK(Find(t, "(slide 1, by Quentin Asherby) Slide comment text") != std::string::npos);
  CHECK(HasPerson(*d, "comment author", "Quentin Asherby"));
}

TEST_CASE("office: OpenDocument text, presentations and spreadsheets", "[office]") {
  std::string odt = MakeOdt("Tobias Wrenfield", "Mrs Ottoline Brackwater");
  CHECK(DetectMediaType(odt) == "application/vnd.oasis.opendocument.text");
  Result<Document> d = Extract(odt);
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  const std::string& t = d->text;
  INFO(t);
  CHECK(d->title == "ODT report");
  CHECK(d->date == "2026-10-06T08:00:00");
  CHECK(Find(t, "Report on Tobias Wrenfield\nTobias Wrenfield settled well. [comment 1]\n• Item in a list\n\n"
                "Cell left | Cell right\n\nSee note[1]\n") == 0);
  CHECK(Find(t, "== Headers ==\nODT header line") != std::string::npos);
  CHECK(Find(t, "== Footnotes and endnotes ==\n[1] Footnote in ODT") != std::string::npos);
  CHECK(Find(t, "Comment 1: (by Quentin Asherby, 2026-10-06) Ask Mrs Ottoline Brackwater to confirm") !=
        std::string::npos);
  CHECK(Find(t, "Deletion 1: Removed: Mrs Ottoline Brackwater was upset") != std::string::npos);
  CHECK(HasHidden(*d, "tracked_deletion", "Mrs Ottoline Brackwater was upset"));
  CHECK(HasHidden(*d, "comment", "Ask Mrs Ottoline Brackwater"));
  CHECK(HasPerson(*d, "author", "Rowena Talbot-Kerr"));
  CHECK(HasPerson(*d, "last modified by", "Ivo Pennick"));
  CHECK(HasPerson(*d, "comment author", "Quentin Asherby"));
  CHECK(HasPerson(*d, "tracked change author", "Ivo Pennick"));

  Result<Document> p = Extract(MakeOdp());
  INFO(p.status().ToString());
  REQUIRE(p.ok());
  CHECK(p->text == "== Slide 1 ==\nWelcome to Year 8\nSpeaker notes:\nRemember the trip letters\n\n"
                   "== Slide 2 ==\nSecond slide shape\n");

  Result<Document> s = Extract(MakeOds("Tobias Wrenfield", "Mrs Ottoline Brackwater"));
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  CHECK(s->text == "== Sheet 1: Marks ==\nTobias Wrenfield\t\t\t\t72\nContact Mrs Ottoline Brackwater\n");
  CHECK(HasHidden(*s, "hidden_row", "Contact Mrs Ottoline Brackwater"));
}

TEST_CASE("office: hostile packages are refused with a reason", "[office][hostile]") {
  std::string good = MakeDocx("Tobias Wrenfield", "Mrs Ottoline Brackwater");
  auto docx_with = [](const std::string& document_xml) {
    return Zip({{"[Content_Types].xml",
                 ContentTypes("word/document.xml",
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
                {"_rels/.rels", Rels({{"officeDocument", "word/document.xml"}})},
                {"word/document.xml", document_xml}});
  };
  SECTION("a zip bomb: a highly compressible huge document.xml") {
    std::string huge = std::string("<w:document ") + kW + "><w:body><w:p><w:r><w:t>";
    huge.append(80u << 20, ' ');
    huge += "</w:t></w:r></w:p></w:body></w:document>";
    std::string bomb = docx_with(huge);
    huge.clear();
    huge.shrink_to_fit();
    CHECK(bomb.size() < (1u << 20));
    Result<Document> d = Extract(bomb);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kResourceLimit);
    CHECK_THAT(d.status().message(), Catch::Contains("zip bombs"));
  }
  SECTION("a truncated document") {
    Result<Document> d = Extract(good.substr(0, good.size() / 2));
    REQUIRE_FALSE(d.ok());
    CHECK_FALSE(d.status().message().empty());
  }
  SECTION("malformed XML") {
    Result<Document> d = Extract(docx_with(std::string("<w:document ") + kW + "><w:body><w:p><w:r><w:t>open</w:r>"));
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kCorrupt);
    CHECK_THAT(d.status().message(), Catch::Contains("word/document.xml is not well-formed XML"));
  }
  SECTION("elements nested too deep") {
    std::string deep = std::string("<w:document ") + kW + "><w:body>";
    for (int i = 0; i < 5000; ++i) deep += "<w:sdt><w:sdtContent>";
    for (int i = 0; i < 5000; ++i) deep += "</w:sdtContent></w:sdt>";
    Result<Document> d = Extract(docx_with(deep + "</w:body></w:document>"));
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kResourceLimit);
  }
  SECTION("a huge number of parts") {
    std::vector<Part> parts = {{"[Content_Types].xml",
                                ContentTypes("word/document.xml",
                                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
                               {"_rels/.rels", Rels({{"officeDocument", "word/document.xml"}})},
                               {"word/document.xml", std::string("<w:document ") + kW + "><w:body/></w:document>"}};
    for (int i = 0; i < 10050; ++i) parts.push_back({"word/media/part" + std::to_string(i) + ".xml", "x"});
    Result<Document> d = ExtractorRegistry::Default()
                             .Find("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                             ->Extract(Zip(parts), ExtractOptions{});
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kResourceLimit);
    CHECK_THAT(d.status().message(), Catch::Contains("parts"));
  }
  SECTION("a password-protected OpenDocument file") {
    // As LibreOffice writes one: entries stored readable, contents encrypted
    // (here random bytes), the manifest naming the encryption.
    std::string noise;
    for (int i = 0; i < 600; ++i) noise.push_back(static_cast<char>((i * 131 + 17) % 251));
    const std::string manifest =
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
        "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"2048\">"
        "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\" "
        "manifest:checksum=\"AAAA\"><manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" "
        "manifest:initialisation-vector=\"AAAA\"/><manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\" "
        "manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/>"
        "</manifest:encryption-data></manifest:file-entry></manifest:manifest>";
    std::string odt = Zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                           {"content.xml", noise},
                           {"META-INF/manifest.xml", manifest}});
    REQUIRE(DetectMediaType(odt) == "application/vnd.oasis.opendocument.text");
    Result<Document> d = Extract(odt);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kNeedsPassword);
    CHECK_THAT(d.status().message(), Catch::Contains("password-protected"));
    // The same package with a plain manifest is only damaged.
    std::string plain = manifest;
    plain.replace(plain.find("<manifest:encryption-data"), plain.find("</manifest:file-entry>") - plain.find("<manifest:encryption-data"), "");
    Result<Document> damaged = Extract(Zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                            {"content.xml", noise},
                                            {"META-INF/manifest.xml", plain}}));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.status().code() == StatusCode::kCorrupt);
  }
  SECTION("a package whose main part is missing") {
    Result<Document> d = Extract(Zip({{"[Content_Types].xml", ContentTypes("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
                                      {"_rels/.rels", Rels({{"officeDocument", "word/document.xml"}})}}));
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kCorrupt);
    CHECK_THAT(d.status().message(), Catch::Contains("missing"));
  }
}

TEST_CASE("office: old binary Office files say how to make them readable", "[office]") {
  fs::path doc = kCorpora / "mimekit/UnitTests/TestData/tnef/missing-filenames/TechlibNOV99.doc";
  REQUIRE(fs::exists(doc));
  std::string bytes = ReadBytes(doc);
  const Extractor* ex = ExtractorRegistry::Default().Find(DetectMediaType(bytes));
  REQUIRE(ex != nullptr);
  Result<Document> d = ex->Extract(bytes, ExtractOptions{});
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == StatusCode::kUnsupported);
  CHECK(d.status().message() == "Word 97-2003 document (.doc): save it as .docx and add it again");
}

// ---------------------------------------------------------------------------
// Through the real binary.

namespace {

std::string Base64(const std::string& in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                 static_cast<unsigned char>(in[i + 2]);
    out += {k[v >> 18], k[(v >> 12) & 63], k[(v >> 6) & 63], k[v & 63]};
    if ((i / 3) % 19 == 18) out += "\r\n";
  }
  if (i + 1 == in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    out += {k[v >> 18], k[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
    out += {k[v >> 18], k[(v >> 12) & 63], k[(v >> 6) & 63], '='};
  }
  return out;
}

std::string Pdftotext(const fs::path& pdf) {
  std::string out;
  REQUIRE(RunCommand("pdftotext -q " + ShellQuote(pdf.string()) + " -", &out) == 0);
  return out;
}

}  // namespace

TEST_CASE("office: a case of office files and an email with a Word attachment, redacted and verified",
          "[office][e2e]") {
  TempDir dir;
  const std::string subject = "Tobias Wrenfield";
  const std::string other = "Mrs Ottoline Brackwater";
  fs::path root = dir.path() / "case";
  WriteBytes(root / "export" / "note.docx", MakeDocx(subject, other));
  WriteBytes(root / "export" / "register.xlsx", MakeXlsx(subject, other));
  WriteBytes(root / "export" / "report.odt", MakeOdt(subject, other));
  std::string attachment = MakeDocx(subject, "Mr Lysander Pocklington");
  WriteBytes(root / "export" / "email.eml",
             "From: Hal Brennock <h.brennock@school.example.org>\r\nTo: Reception <reception@school.example.org>\r\n"
             "Subject: Note about Tobias Wrenfield\r\nDate: Mon, 05 Oct 2026 10:00:00 +0100\r\n"
             "Message-ID: <office-test-1@school.example.org>\r\nMIME-Version: 1.0\r\n"
             "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; "
             "charset=utf-8\r\n\r\nThe note about Tobias Wrenfield is attached.\r\n--b1\r\nContent-Type: "
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"attached.docx\"\r\n"
             "Content-Disposition: attachment; filename=\"attached.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                 Base64(attachment) + "\r\n--b1--\r\n");
  // A hostile file in the same batch: recorded, the rest goes on.
  std::string good = MakeDocx(subject, other);
  WriteBytes(root / "export" / "truncated.docx", good.substr(0, good.size() / 2));
  WriteBytes(root / "request.toml",
             "reference = \"SAR-OFFICE-1\"\nreceived = 2026-11-02\n[subject]\nname = \"Tobias Wrenfield\"\n"
             "[requester]\nrelationship = \"self\"\nname = \"Tobias Wrenfield\"\nid_verified = true\n"
             "[sources]\npaths = [\"export/\"]\n");
  fs::path ws = dir.path() / "ws";
  std::string out;
  int code = RunCommand(std::string(DSAR_BINARY) + " -q --workspace " + ShellQuote(ws.string()) + " run " +
                            ShellQuote((root / "request.toml").string()) + " --accept-suggestions 2>&1",
                        &out);
  INFO(out);
  REQUIRE(code == 0);
  fs::path package = ws / "SAR-OFFICE-1" / "disclosure.zip";
  REQUIRE(fs::exists(package));
  fs::path unpacked = dir.path() / "unpacked";
  fs::create_directories(unpacked);
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(package.string()) + " -d " + ShellQuote(unpacked.string()), &out) == 0);

  std::string log = ReadBytes(unpacked / "disclosure-log.csv");
  Result<std::vector<csv::Record>> rows = csv::Parse(log);
  REQUIRE(rows.ok());
  std::map<std::string, std::vector<std::string>> by_source;
  for (size_t i = 1; i < rows->size(); ++i) by_source[(*rows)[i].fields.at(1)] = (*rows)[i].fields;
  INFO(log);
  for (const char* f : {"export/note.docx", "export/register.xlsx", "export/report.odt",
                        "export/email.eml#attachment-1/attached.docx"}) {
    INFO(f);
    REQUIRE(by_source.count(f));
    CHECK(by_source[f][5] == "partly disclosed");
    std::string text = Pdftotext(unpacked / by_source[f][9]);
    INFO(text);
    CHECK(text.find("Tobias Wrenfield") != std::string::npos);
    CHECK(text.find("Brackwater") == std::string::npos);
    CHECK(text.find("Ottoline") == std::string::npos);
    CHECK(text.find("Pocklington") == std::string::npos);
  }
  // The comment, deletion and hidden sections reached the requester,
  // redacted; the header did too.
  std::string note = Pdftotext(unpacked / by_source["export/note.docx"][9]);
  CHECK(note.find("Deleted text (tracked changes)") != std::string::npos);
  CHECK(note.find("Hidden text") != std::string::npos);
  CHECK(note.find("Confidential: copy for") != std::string::npos);
  CHECK(by_source["export/truncated.docx"][5] == "could not be processed");
  // The DPO's log counts what the reader of the original would not see.
  std::string internal = ReadBytes(ws / "SAR-OFFICE-1" / "internal-disclosure-log.csv");
  CHECK_THAT(internal, Catch::Contains("(1 comment, 1 hidden text, 1 tracked deletion)"));
  CHECK_THAT(internal, Catch::Contains("1 hidden column, 1 hidden row, 1 hidden sheet"));
  CHECK(internal.find("Brackwater") == std::string::npos);
  CHECK(log.find("Brackwater") == std::string::npos);
  CHECK(ReadBytes(unpacked / "manifest.json").find("Brackwater") == std::string::npos);
}

TEST_CASE("office: every corpus .docx goes through the dsar binary, each accounted for", "[office][e2e]") {
  TempDir dir;
  fs::path root = dir.path() / "case";
  std::vector<std::string> sources;
  for (const fs::path& f : CorpusDocx()) {
    std::string rel = fs::relative(f, kCorpora).string();
    fs::create_directories((root / "export" / rel).parent_path());
    fs::copy_file(f, root / "export" / rel);
    sources.push_back("export/" + rel);
  }
  REQUIRE(sources.size() >= 80);
  WriteBytes(root / "request.toml",
             "reference = \"SAR-OFFICE-2\"\nreceived = 2026-11-02\n[subject]\nname = \"Tobias Wrenfield\"\n"
             "[requester]\nrelationship = \"self\"\nname = \"Tobias Wrenfield\"\nid_verified = true\n"
             "[sources]\npaths = [\"export/\"]\n");
  fs::path ws = dir.path() / "ws";
  std::string out;
  int code = RunCommand(std::string(DSAR_BINARY) + " -q --workspace " + ShellQuote(ws.string()) + " run " +
                            ShellQuote((root / "request.toml").string()) + " --accept-suggestions 2>&1",
                        &out);
  INFO(out);
  REQUIRE(code == 0);
  std::string internal = ReadBytes(ws / "SAR-OFFICE-2" / "internal-disclosure-log.csv");
  Result<std::vector<csv::Record>> rows = csv::Parse(internal);
  REQUIRE(rows.ok());
  std::string listed;
  size_t office = 0;
  for (size_t i = 1; i < rows->size(); ++i) {
    const std::vector<std::string>& r = (*rows)[i].fields;
    listed += r.at(1) + ";" + r.at(2) + "\n";
    office += r.at(3) == "office";
    // None mentions the subject: each is read and found not relevant.
    CHECK(r.at(5) == "not relevant");
  }
  CHECK(office + 1 >= rows->size());
  for (const std::string& s : sources) {
    INFO(s);
    CHECK(listed.find(s) != std::string::npos);
  }
}
