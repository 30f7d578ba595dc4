// Streamed pages (issue 4, memory flat in pages): a paged document's words
// go from the extractor to the worker's pipe to the case store a page at a
// time. These tests hold that what is stored and read back is what the
// whole-document path gives, that a worker dying mid-document leaves
// nothing, and that documents stored before the change still read.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

#include "extractors/extractor.h"
#include "pipeline/case.h"
#include "pipeline/case_store.h"
#include "pipeline/detect_files.h"
#include "pipeline/model/hash.h"
#include "pipeline/sqlite.h"
#include "pipeline/worker_pool.h"
#include "test_util.h"

using namespace dsar;
namespace fs = std::filesystem;

namespace {

// A text PDF of `pages` pages (Helvetica, uncompressed), each with a few
// lines naming the page, so every page's words differ.
std::string MultiPagePdf(int pages) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (int p = 1; p <= pages; ++p) {
    const int page_obj = static_cast<int>(objects.size()) + 1;
    std::string content = "BT /F1 12 Tf 72 760 Td (Page " + std::to_string(p) +
                          " of the log for Tobiah Quenneville) Tj 0 -16 Td (Form 9RB spoke to Mr Ashworth-Vale on day " +
                          std::to_string(p * 3) + ".) Tj 0 -16 Td (Seat " + std::to_string(p % 7) +
                          ", row " + std::to_string(p % 5) + ") Tj ET";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      "/Contents " + std::to_string(page_obj + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
    kids += std::to_string(page_obj) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
  return AssemblePdf(objects);
}

struct PdfCase {
  TempDir dir;
  Result<Case> c = Status::Internal("not created");
  explicit PdfCase(const std::string& pdf, const std::string& workspace = "", const std::string& reference = "PAGES-1") {
    WriteBytes(dir.path() / "export" / "log.pdf", pdf);
    WriteBytes(dir.path() / "request.toml",
               "reference = \"" + reference + "\"\nreceived = 2026-11-02\n"
               "[subject]\nname = \"Tobiah Quenneville\"\n"
               "[requester]\nrelationship = \"self\"\nname = \"Tobiah Quenneville\"\n"
               "[sources]\npaths = [\"export/\"]\n");
    CaseOptions options;
    options.workspace = workspace.empty() ? dir.path() / "cases" : fs::path(workspace);
    c = CreateCase(dir.path() / "request.toml", options, NullReporter());
  }
  ItemRecord Item() {
    std::vector<ItemRecord> items = c->store->Items();
    REQUIRE(items.size() == 1);
    return items[0];
  }
  int64_t Count(const std::string& sql, int64_t item_id) {
    sql::Statement st(c->store->db(), sql);
    st.Bind(1, item_id);
    REQUIRE(st.Step());
    return st.Int(0);
  }
};

// The whole-document path: the extractor in this process, no page sink.
Document ExtractWhole(const std::string& pdf) {
  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find("application/pdf");
  REQUIRE(ex != nullptr);
  extractors::ExtractOptions o;
  o.file_name = "log.pdf";
  Result<Document> d = ex->Extract(pdf, o);
  REQUIRE(d.ok());
  return std::move(d).value();
}

// The start of a DSDOC1 encoding, as dsar wrote it before DSDOC2: the
// magic, then the MessagePack of the document's JSON (text included, the
// pages' words empty). The caller appends each page's words.
std::string DsDoc1Head(const Document& d) {
  std::vector<std::uint8_t> head = nlohmann::json::to_msgpack(nlohmann::json(d));
  std::string out = "DSDOC1";
  const auto n = static_cast<uint32_t>(head.size());
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out.append(reinterpret_cast<const char*>(head.data()), head.size());
  return out;
}

// Stored boxes are floats: equal to the extractor's to float precision.
void CheckSameDocument(const Document& got, const Document& want) {
  CHECK(got.text == want.text);
  CHECK(got.title == want.title);
  REQUIRE(got.pages.size() == want.pages.size());
  size_t words = 0;
  for (size_t p = 0; p < want.pages.size(); ++p) {
    INFO("page " << p + 1);
    CHECK(got.pages[p].number == want.pages[p].number);
    CHECK(got.pages[p].width == want.pages[p].width);
    CHECK(got.pages[p].height == want.pages[p].height);
    REQUIRE(got.pages[p].words.size() == want.pages[p].words.size());
    for (size_t k = 0; k < want.pages[p].words.size(); ++k) {
      const Word& a = got.pages[p].words[k];
      const Word& b = want.pages[p].words[k];
      CHECK(a.text == b.text);
      CHECK(a.start == b.start);
      CHECK(a.end == b.end);
      CHECK(a.confidence == b.confidence);
      CHECK(a.box.x0 == static_cast<double>(static_cast<float>(b.box.x0)));
      CHECK(a.box.y0 == static_cast<double>(static_cast<float>(b.box.y0)));
      CHECK(a.box.x1 == static_cast<double>(static_cast<float>(b.box.x1)));
      CHECK(a.box.y1 == static_cast<double>(static_cast<float>(b.box.y1)));
      ++words;
    }
  }
  CHECK(words > 0);
}

}  // namespace

TEST_CASE("encoding: DSDOC2 words carry no text and read back from the document's text", "[pages]") {
  Document d;
  d.kind = DocumentKind::kPdf;
  d.text = "Zo\xC3\xAB Ward\fpage two";
  d.pages.push_back(Page{1, 595.5, 842, {Word{"Zo\xC3\xAB", Box{1.25, 2, 3, 4}, 0, 4, 0.5f},
                                         Word{"Ward", Box{5, 6, 7, 8}, 5, 9, 1.0f}}});
  d.pages.push_back(Page{2, 595.5, 842, {Word{"page", Box{9, 10, 11, 12}, 10, 14, 1.0f}}});
  const std::string enc = EncodeDocument(d);
  CHECK(enc.substr(0, 6) == "DSDOC2");
  CHECK(enc.find("Ward", enc.size() - 3 * 28) == std::string::npos);  // not in the word records
  Document back = DecodeDocument(enc);
  REQUIRE(back.pages.size() == 2);
  REQUIRE(back.pages[0].words.size() == 2);
  CHECK(back.pages[0].words[0].text == "Zo\xC3\xAB");
  CHECK(back.pages[0].words[1].text == "Ward");
  CHECK(back.pages[1].words[0].text == "page");
  CHECK(back.pages[0].words[0].box.x0 == 1.25);

  // One page on its own, as streamed.
  std::string page;
  AppendEncodedPage(d.pages[1], &page);
  CHECK(EncodedPageNumber(page) == 2);
  std::vector<Word> words;
  DecodePageWords(page, d.text, &words);
  REQUIRE(words.size() == 1);
  CHECK(words[0].text == "page");
  CHECK(words[0].box.y1 == 12);
  // A word outside the text is refused, not read past the end.
  CHECK_THROWS(DecodePageWords(page, "short", &words));
  CHECK_THROWS(DecodePageWords(page.substr(0, page.size() - 1), d.text, &words));
}

TEST_CASE("encoding: documents encoded as DSDOC1 (before streamed pages) still decode", "[pages]") {
  Document d;
  d.kind = DocumentKind::kPdf;
  d.text = "Hello world";
  d.pages.push_back(Page{1, 595, 842, {}});
  // DSDOC1 by hand: words with their own text, f64 boxes and u64 offsets.
  std::string enc = DsDoc1Head(d);
  auto put = [&](auto v) { enc.append(reinterpret_cast<const char*>(&v), sizeof v); };
  put(uint32_t{1});
  put(uint32_t{5});
  enc += "Hello";
  put(1.5);
  put(2.0);
  put(30.25);
  put(14.0);
  put(uint64_t{0});
  put(uint64_t{5});
  put(0.75f);
  Document back = DecodeDocument(enc);
  REQUIRE(back.pages.size() == 1);
  REQUIRE(back.pages[0].words.size() == 1);
  CHECK(back.pages[0].words[0].text == "Hello");
  CHECK(back.pages[0].words[0].box.x1 == 30.25);
  CHECK(back.pages[0].words[0].end == 5);
  CHECK(back.pages[0].words[0].confidence == 0.75f);
  // Words skipped (the parent's view of a worker's payload).
  CHECK(DecodeDocument(enc, /*words=*/false).pages[0].words.empty());
}

TEST_CASE("worker pool: frames reach the parent in order before the result, and a crash after some is reported",
          "[pages][worker]") {
  std::vector<std::string> frames;
  Result<std::string> r = RunIsolatedOnce(
      []() -> Result<std::string> {
        for (int k = 0; k < 200; ++k) {
          // Larger than a pipe's buffer: the worker waits for the parent.
          Status s = SendToParent(std::string(1000 + k, static_cast<char>('a' + k % 26)));
          if (!s.ok()) return s;
        }
        return std::string("done");
      },
      WorkerLimits{}, [&](std::string_view f) { frames.emplace_back(f); });
  REQUIRE(r.ok());
  CHECK(*r == "done");
  REQUIRE(frames.size() == 200);
  for (int k = 0; k < 200; ++k) {
    CHECK(frames[k] == std::string(1000 + k, static_cast<char>('a' + k % 26)));
  }

  frames.clear();
  r = RunIsolatedOnce(
      []() -> Result<std::string> {
        (void)SendToParent("page 1");
        std::abort();
      },
      WorkerLimits{}, [&](std::string_view f) { frames.emplace_back(f); });
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("crashed") != std::string::npos);
  CHECK(frames == std::vector<std::string>{"page 1"});
  // Outside a worker there is no parent to send to.
  CHECK_FALSE(SendToParent("x").ok());
}

// Collects what a paged extractor streams.
struct CollectingSink final : extractors::PageSink {
  std::vector<Page> pages;
  std::vector<size_t> starts;
  std::vector<std::string> texts;
  Status Add(const Page& page, size_t text_start, std::string_view text) override {
    pages.push_back(page);
    starts.push_back(text_start);
    texts.emplace_back(text);
    return Status::OK();
  }
};

TEST_CASE("pdf extractor: streamed pages carry their text and the document holds none of it", "[pages]") {
  const std::string pdf = MultiPagePdf(12);
  const Document whole = ExtractWhole(pdf);
  REQUIRE(whole.pages.size() == 12);
  REQUIRE(whole.text.find('\f') != std::string::npos);

  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find("application/pdf");
  REQUIRE(ex != nullptr);
  // A PDF is read from its file by the extractor, not handed over in memory.
  CHECK(ex->streams());
  CHECK(ex->size_limited());
  TempDir dir;
  WriteBytes(dir.path() / "log.pdf", pdf);
  for (bool from_file : {false, true}) {
    INFO((from_file ? "from its file" : "from bytes"));
    CollectingSink sink;
    extractors::ExtractOptions o;
    o.file_name = "log.pdf";
    o.pages = &sink;
    Result<Document> d = from_file ? ex->ExtractFile(dir.path() / "log.pdf", o) : ex->Extract(pdf, o);
    REQUIRE(d.ok());
    // Nothing of the text stays with the document: a long PDF's text is
    // never held whole by the worker.
    CHECK(d->text.empty());
    REQUIRE(d->pages.size() == 12);
    REQUIRE(sink.pages.size() == 12);
    std::string joined;
    for (size_t k = 0; k < sink.pages.size(); ++k) {
      if (k > 0) joined.push_back('\f');
      CHECK(sink.starts[k] == joined.size());
      joined += sink.texts[k];
    }
    CHECK(joined == whole.text);
    Document streamed = std::move(d).value();
    streamed.text = joined;
    // Read back as a receiver does: each page's frame, against the joined text.
    for (size_t k = 0; k < sink.pages.size(); ++k) {
      std::string frame;
      AppendEncodedPage(sink.pages[k], sink.starts[k], sink.texts[k], &frame);
      DecodePageWords(frame, joined, &streamed.pages[k].words);
    }
    CheckSameDocument(streamed, whole);
    // The encoded page carries the same text.
    std::string frame;
    AppendEncodedPage(sink.pages[3], sink.starts[3], sink.texts[3], &frame);
    const EncodedPageText pt = EncodedPageTextOf(frame);
    CHECK(pt.present);
    CHECK(pt.start == sink.starts[3]);
    CHECK(pt.text == sink.texts[3]);
    std::vector<Word> words;
    DecodePageWords(frame, joined, &words);
    CHECK(words.size() == sink.pages[3].words.size());
  }
  // Without a sink, the file path gives the bytes path's document.
  extractors::ExtractOptions o;
  o.file_name = "log.pdf";
  Result<Document> from_file = ex->ExtractFile(dir.path() / "log.pdf", o);
  REQUIRE(from_file.ok());
  CheckSameDocument(DecodeDocument(EncodeDocument(*from_file)), whole);  // boxes as stored: floats
}

TEST_CASE("ingest: a multi-page PDF is stored a page at a time and reads back as the whole-document path gives it",
          "[pages][pipeline]") {
  const std::string pdf = MultiPagePdf(30);
  const Document whole = ExtractWhole(pdf);
  REQUIRE(whole.pages.size() == 30);

  PdfCase pc(pdf);
  REQUIRE(pc.c.ok());
  Result<IngestSummary> in = Ingest(*pc.c, {}, NullReporter());
  REQUIRE(in.ok());
  const ItemRecord item = pc.Item();
  REQUIRE(item.status == ItemStatus::kExtracted);
  // Every page's words are a row of their own; the document's body has none.
  CHECK(pc.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1", item.id) == 30);
  {
    sql::Statement st(pc.c->store->db(), "SELECT body FROM documents WHERE item_id = ?1");
    st.Bind(1, item.id);
    REQUIRE(st.Step());
    Document body = DecodeDocument(st.BlobView(0));
    REQUIRE(body.pages.size() == 30);
    for (const Page& p : body.pages) CHECK(p.words.empty());
    // Nor any text: each page's row has its own (schema v6).
    CHECK(body.text.empty());
  }
  CHECK(pc.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1 AND text IS NOT NULL", item.id) == 30);
  CHECK(pc.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1 AND page = 17 AND "
                 "instr(text, 'Page 17 of') > 0", item.id) == 1);
  Result<DocumentRecord> stored = pc.c->store->GetDocument(item.id);
  REQUIRE(stored.ok());
  CheckSameDocument(stored->document, whole);

  // One page at a time, as the bundle reads them.
  Result<DocumentRecord> bare = pc.c->store->GetDocument(item.id, CaseStore::PageWords::kNone);
  REQUIRE(bare.ok());
  CHECK(bare->document.text == whole.text);
  for (const Page& p : bare->document.pages) CHECK(p.words.empty());
  REQUIRE(pc.c->store->GetPageWords(item.id, &bare->document, 17).ok());
  REQUIRE(bare->document.pages[16].words.size() == whole.pages[16].words.size());
  CHECK(bare->document.pages[16].words[1].text == "17");
  CHECK(bare->document.pages[15].words.empty());
  CHECK_FALSE(pc.c->store->GetPageWords(item.id, &bare->document, 31).ok());

  // `dsar extract`'s path streams too, and gives the same document.
  Result<Document> extracted = ExtractFile(pc.dir.path() / "export" / "log.pdf");
  REQUIRE(extracted.ok());
  CheckSameDocument(*extracted, whole);
  Result<Document> text_only = ExtractFile(pc.dir.path() / "export" / "log.pdf", /*words=*/false);
  REQUIRE(text_only.ok());
  CHECK(text_only->text == whole.text);
  CHECK(text_only->pages.size() == 30);
  for (const Page& p : text_only->pages) CHECK(p.words.empty());

  // A second case over the same workspace takes the document from the
  // extraction cache, pages and all.
  PdfCase again(pdf, (pc.dir.path() / "cases").string(), "PAGES-2");
  REQUIRE(again.c.ok());
  Result<IngestSummary> in2 = Ingest(*again.c, {}, NullReporter());
  REQUIRE(in2.ok());
  CHECK(in2->from_cache == 1);
  const ItemRecord item2 = again.Item();
  CHECK(again.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1", item2.id) == 30);
  Result<DocumentRecord> cached = again.c->store->GetDocument(item2.id);
  REQUIRE(cached.ok());
  CheckSameDocument(cached->document, whole);
}

TEST_CASE("ingest: a worker that dies mid-document leaves no pages and records why", "[pages][pipeline]") {
  const std::string pdf = MultiPagePdf(6);
  PdfCase pc(pdf);
  REQUIRE(pc.c.ok());
  IngestOptions options;
  options.testing_crash_sha256 = Sha256Hex(pdf);
  options.testing_crash_after_pages = 3;  // three pages reach the parent, then it aborts
  Result<IngestSummary> in = Ingest(*pc.c, options, NullReporter());
  REQUIRE(in.ok());
  CHECK(in->failed == 1);
  const ItemRecord item = pc.Item();
  CHECK(item.status == ItemStatus::kFailed);
  CHECK(item.reason.find("crashed") != std::string::npos);
  CHECK(pc.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1", item.id) == 0);
  CHECK(pc.Count("SELECT COUNT(*) FROM documents WHERE item_id = ?1", item.id) == 0);
  CHECK_FALSE(pc.c->store->GetDocument(item.id).ok());
  // Nothing was cached for it either: the next run extracts it, whole.
  Result<IngestSummary> again = Ingest(*pc.c, {}, NullReporter());
  REQUIRE(again.ok());
  CHECK(again->from_cache == 0);
  CHECK(pc.Item().status == ItemStatus::kExtracted);
  CHECK(pc.Count("SELECT COUNT(*) FROM document_pages WHERE item_id = ?1", item.id) == 6);
  Result<DocumentRecord> d = pc.c->store->GetDocument(item.id);
  REQUIRE(d.ok());
  CheckSameDocument(d->document, ExtractWhole(pdf));
}

TEST_CASE("case store: a v4 store migrates to v6 and its DSDOC1 documents still read", "[pages][store]") {
  TempDir dir;
  const fs::path path = dir.path() / "case.sqlite";
  int64_t id = 0;
  {
    Result<std::unique_ptr<CaseStore>> s = CaseStore::Open(path, /*create=*/true);
    REQUIRE(s.ok());
    Result<int64_t> item = (*s)->AddItemLocation(std::string(64, 'a'), 10, "application/pdf", "old.pdf");
    REQUIRE(item.ok());
    id = *item;
    // A document as a v4 store holds it: DSDOC1 with its words inline.
    Document d;
    d.kind = DocumentKind::kPdf;
    d.text = "Hello world";
    d.pages.push_back(Page{1, 595, 842, {}});
    std::string enc = DsDoc1Head(d);
    auto put = [&](auto v) { enc.append(reinterpret_cast<const char*>(&v), sizeof v); };
    put(uint32_t{2});
    for (auto [start, end] : {std::pair<uint64_t, uint64_t>{0, 5}, {6, 11}}) {
      put(static_cast<uint32_t>(end - start));
      enc += d.text.substr(start, end - start);
      put(10.0 * static_cast<double>(start));
      put(20.0);
      put(10.0 * static_cast<double>(end));
      put(32.0);
      put(start);
      put(end);
      put(1.0f);
    }
    sql::Statement st((*s)->db(), "INSERT INTO documents(item_id, kind, body, text) VALUES(?1, 'pdf', ?2, ?3)");
    REQUIRE(st.Bind(1, id).BindBlob(2, enc).Bind(3, d.text).Run().ok());
    REQUIRE(sql::Exec((*s)->db(), "DROP TABLE document_pages; PRAGMA user_version=4;").ok());
  }
  Result<std::unique_ptr<CaseStore>> s = CaseStore::Open(path, /*create=*/false);
  REQUIRE(s.ok());
  {
    sql::Statement v((*s)->db(), "PRAGMA user_version");
    REQUIRE(v.Step());
    CHECK(v.Int(0) == kCaseSchemaVersion);
    CHECK(kCaseSchemaVersion == 6);
  }
  Result<DocumentRecord> r = (*s)->GetDocument(id);
  REQUIRE(r.ok());
  REQUIRE(r->document.pages.size() == 1);
  REQUIRE(r->document.pages[0].words.size() == 2);
  CHECK(r->document.pages[0].words[1].text == "world");
  CHECK(r->document.pages[0].words[1].box.x1 == 110.0);
  // Page by page reads the inline words too.
  Result<DocumentRecord> bare = (*s)->GetDocument(id, CaseStore::PageWords::kNone);
  REQUIRE(bare.ok());
  CHECK(bare->document.pages[0].words.empty());
  REQUIRE((*s)->GetPageWords(id, &bare->document, 1).ok());
  REQUIRE(bare->document.pages[0].words.size() == 2);
  CHECK(bare->document.pages[0].words[0].text == "Hello");
  // The new table exists after the migration.
  CHECK((*s)->PutDocumentPage(id, [] {
               std::string page;
               AppendEncodedPage(Page{1, 595, 842, {}}, &page);
               return page;
             }())
            .ok());
}

TEST_CASE("case store: a document streamed before v6 (text whole and words a page a row) still reads",
          "[pages][store]") {
  TempDir dir;
  const fs::path path = dir.path() / "case.sqlite";
  Document d;
  d.kind = DocumentKind::kPdf;
  d.text = "Hello world\fpage two";
  d.pages.push_back(Page{1, 595, 842, {Word{"Hello", Box{10, 20, 50, 32}, 0, 5, 1.0f},
                                       Word{"world", Box{60, 20, 110, 32}, 6, 11, 1.0f}}});
  d.pages.push_back(Page{2, 595, 842, {Word{"two", Box{10, 20, 50, 32}, 17, 20, 1.0f}}});
  int64_t id = 0;
  {
    Result<std::unique_ptr<CaseStore>> s = CaseStore::Open(path, /*create=*/true);
    REQUIRE(s.ok());
    Result<int64_t> item = (*s)->AddItemLocation(std::string(64, 'b'), 10, "application/pdf", "old.pdf");
    REQUIRE(item.ok());
    id = *item;
    // As v5 stored it: the body holds the text and no words, each page's
    // words a row without text.
    Document body = d;
    for (Page& p : body.pages) p.words.clear();
    REQUIRE((*s)->PutDocument(id, body).ok());
    for (const Page& p : d.pages) {
      std::string page;
      AppendEncodedPage(p, &page);
      REQUIRE((*s)->PutDocumentPage(id, page).ok());
    }
    REQUIRE(sql::Exec((*s)->db(), "ALTER TABLE document_pages DROP COLUMN text; PRAGMA user_version=5;").ok());
  }
  Result<std::unique_ptr<CaseStore>> s = CaseStore::Open(path, /*create=*/false);
  REQUIRE(s.ok());
  Result<DocumentRecord> r = (*s)->GetDocument(id);
  REQUIRE(r.ok());
  CHECK(r->document.text == d.text);
  REQUIRE(r->document.pages.size() == 2);
  REQUIRE(r->document.pages[1].words.size() == 1);
  CHECK(r->document.pages[1].words[0].text == "two");
  Result<DocumentRecord> bare = (*s)->GetDocument(id, CaseStore::PageWords::kNone);
  REQUIRE(bare.ok());
  CHECK(bare->document.text == d.text);
  REQUIRE((*s)->GetPageWords(id, &bare->document, 1).ok());
  CHECK(bare->document.pages[0].words[1].text == "world");
}

TEST_CASE("case store: a streamed document missing a page's text is refused as corrupt", "[pages][store]") {
  TempDir dir;
  Result<std::unique_ptr<CaseStore>> s = CaseStore::Open(dir.path() / "case.sqlite", /*create=*/true);
  REQUIRE(s.ok());
  Result<int64_t> item = (*s)->AddItemLocation(std::string(64, 'c'), 10, "application/pdf", "gap.pdf");
  REQUIRE(item.ok());
  Document d;
  d.kind = DocumentKind::kPdf;
  d.pages = {Page{1, 595, 842, {}}, Page{2, 595, 842, {}}, Page{3, 595, 842, {}}};
  REQUIRE((*s)->PutDocument(*item, d).ok());
  size_t start = 0;
  for (int n : {1, 3}) {  // page 2's row is missing
    std::string page;
    AppendEncodedPage(Page{n, 595, 842, {}}, start, "text", &page);
    start += 5;
    REQUIRE((*s)->PutDocumentPage(*item, page).ok());
  }
  Result<DocumentRecord> r = (*s)->GetDocument(*item);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kCorrupt);
}
