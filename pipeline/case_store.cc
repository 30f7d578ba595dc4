#include "pipeline/case_store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iterator>

#include <nlohmann/json.hpp>

#include "pipeline/model/hash.h"

namespace dsar {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items(
  id INTEGER PRIMARY KEY,
  sha256 TEXT UNIQUE,
  size INTEGER NOT NULL DEFAULT 0,
  media_type TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS locations(
  path TEXT PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id));
CREATE TABLE IF NOT EXISTS documents(
  item_id INTEGER PRIMARY KEY REFERENCES items(id),
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  relevance TEXT NOT NULL DEFAULT 'unknown',
  relevance_reason TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS findings(
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  category TEXT NOT NULL, value TEXT NOT NULL, normalized TEXT NOT NULL,
  entity TEXT NOT NULL, confidence REAL NOT NULL, recognizer TEXT NOT NULL,
  is_subject INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS findings_item ON findings(item_id);
CREATE TABLE IF NOT EXISTS suggestions(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  item_id INTEGER NOT NULL REFERENCES items(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  category TEXT NOT NULL, action TEXT NOT NULL, exemption TEXT NOT NULL,
  label TEXT NOT NULL, reason TEXT NOT NULL, confidence REAL NOT NULL,
  value TEXT NOT NULL, entity TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS suggestions_item ON suggestions(item_id);
CREATE TABLE IF NOT EXISTS decisions(
  id INTEGER PRIMARY KEY,
  suggestion_key TEXT NOT NULL,
  verdict TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS decisions_key ON decisions(suggestion_key);
CREATE TABLE IF NOT EXISTS audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
  BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
  BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
)sql";

// v2: what the review web app records beside per-suggestion decisions.
// Every table is append-only (latest row wins), like decisions.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE decisions ADD COLUMN exemption TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS manual_redactions(
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  kind TEXT NOT NULL,
  start INTEGER NOT NULL DEFAULT 0, "end" INTEGER NOT NULL DEFAULT 0,
  page INTEGER NOT NULL DEFAULT 0,
  x0 REAL NOT NULL DEFAULT 0, y0 REAL NOT NULL DEFAULT 0,
  x1 REAL NOT NULL DEFAULT 0, y1 REAL NOT NULL DEFAULT 0,
  exemption TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL, created_at TEXT NOT NULL,
  revokes INTEGER REFERENCES manual_redactions(id));
CREATE INDEX IF NOT EXISTS manual_redactions_item ON manual_redactions(item_id);
CREATE TABLE IF NOT EXISTS document_decisions(
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  action TEXT NOT NULL, exemption TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL, decided_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entity_decisions(
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  verdict TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL, decided_at TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS manual_redactions_no_update BEFORE UPDATE ON manual_redactions
  BEGIN SELECT RAISE(ABORT, 'manual redactions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS manual_redactions_no_delete BEFORE DELETE ON manual_redactions
  BEGIN SELECT RAISE(ABORT, 'manual redactions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS document_decisions_no_update BEFORE UPDATE ON document_decisions
  BEGIN SELECT RAISE(ABORT, 'document decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS document_decisions_no_delete BEFORE DELETE ON document_decisions
  BEGIN SELECT RAISE(ABORT, 'document decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS entity_decisions_no_update BEFORE UPDATE ON entity_decisions
  BEGIN SELECT RAISE(ABORT, 'entity decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS entity_decisions_no_delete BEFORE DELETE ON entity_decisions
  BEGIN SELECT RAISE(ABORT, 'entity decisions are append-only'); END;
)sql";

// Version 3: documents are stored in the binary encoding (EncodeDocument),
// so what SQL reads of them (search, lists) gets columns of its own.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE documents ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN text TEXT NOT NULL DEFAULT '';
UPDATE documents SET title = COALESCE(json_extract(body, '$.title'), ''),
                     date = COALESCE(json_extract(body, '$.date'), ''),
                     text = COALESCE(json_extract(body, '$.text'), '')
  WHERE json_valid(body);
)sql";

// Version 4: child items (attachments, messages of a mailbox) and email
// duplicate/thread facts.
constexpr const char* kSchemaV4 = R"sql(
ALTER TABLE items ADD COLUMN parent_id INTEGER REFERENCES items(id);
ALTER TABLE items ADD COLUMN part TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN duplicate_of INTEGER;
ALTER TABLE items ADD COLUMN thread TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN thread_note TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS items_parent ON items(parent_id);
CREATE INDEX IF NOT EXISTS locations_item ON locations(item_id);
)sql";

// Version 5: the words of a streamed document's pages, one row a page
// (AppendEncodedPage's form), so neither ingest nor a reader of some pages
// holds every page's words at once. Documents stored before keep their words
// in documents.body and have no rows here.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE IF NOT EXISTS document_pages(
  item_id INTEGER NOT NULL REFERENCES items(id),
  page INTEGER NOT NULL,
  words BLOB NOT NULL,
  PRIMARY KEY(item_id, page));
)sql";

// Version 6: a streamed document's text is stored a page at a time with
// the page's words (AppendEncodedPage's form with the text), so ingest
// never holds a long document's text whole; `text` is the page's text, for
// what SQL searches. documents.text is then empty, and GetDocument joins
// the pages' texts with '\f'. Rows stored before have no text (NULL).
constexpr const char* kSchemaV6 = R"sql(
ALTER TABLE document_pages ADD COLUMN text TEXT;
)sql";

// Schema migrations: kMigrations[i] upgrades a store from version i to i+1.
// Append new steps; never edit a step that has shipped.
constexpr const char* kMigrations[] = {
    kSchemaV1,
    kSchemaV2,
    kSchemaV3,
    kSchemaV4,
    kSchemaV5,
    kSchemaV6,
};
static_assert(std::size(kMigrations) == kCaseSchemaVersion,
              "kCaseSchemaVersion must equal the number of migration steps");

bool ParseItemStatus(const std::string& s, ItemStatus* out) {
  for (ItemStatus v : {ItemStatus::kIngested, ItemStatus::kExtracted, ItemStatus::kFailed,
                       ItemStatus::kUnsupported}) {
    if (s == ItemStatusName(v)) {
      *out = v;
      return true;
    }
  }
  return false;
}

const char* RelevanceName(Relevance r) {
  switch (r) {
    case Relevance::kRelevant: return "relevant";
    case Relevance::kNotRelevant: return "not_relevant";
    case Relevance::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string AuditHash(const std::string& prev, const std::string& at, const std::string& actor,
                      const std::string& action, const std::string& detail) {
  nlohmann::json j = {prev, at, actor, action, detail};
  return Sha256Hex(j.dump());
}

ItemRecord ReadItem(const sql::Statement& st) {
  ItemRecord r;
  r.id = st.Int(0);
  r.sha256 = st.Text(1);
  r.size = st.Int(2);
  r.media_type = st.Text(3);
  r.path = st.Text(4);
  ParseItemStatus(st.Text(5), &r.status);
  r.reason = st.Text(6);
  r.parent_id = st.Int(7);
  r.part = st.Text(8);
  r.duplicate_of = st.Int(9);
  r.thread = st.Text(10);
  r.thread_note = st.Text(11);
  return r;
}

}  // namespace

const char* ItemStatusName(ItemStatus s) {
  switch (s) {
    case ItemStatus::kIngested: return "ingested";
    case ItemStatus::kExtracted: return "extracted";
    case ItemStatus::kFailed: return "failed";
    case ItemStatus::kUnsupported: return "unsupported";
  }
  return "ingested";
}

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kPending: return "pending";
    case Verdict::kAccept: return "accept";
    case Verdict::kReject: return "reject";
  }
  return "pending";
}

bool ParseVerdict(std::string_view s, Verdict* v) {
  for (Verdict x : {Verdict::kPending, Verdict::kAccept, Verdict::kReject}) {
    if (s == VerdictName(x)) {
      *v = x;
      return true;
    }
  }
  return false;
}

std::string ItemNumber(int64_t id) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(id));
  return buf;
}

std::string NowUtc() {
  std::time_t t;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  } else {
    t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<std::unique_ptr<CaseStore>> CaseStore::Open(const std::filesystem::path& path, bool create) {
  std::error_code ec;
  if (!create && !std::filesystem::exists(path, ec)) {
    return Status::NotFound("no case store at " + path.string());
  }
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  sql::DbPtr db(raw);
  if (rc != SQLITE_OK) {
    return Status::IoError("cannot open case store " + path.string() + ": " +
                           (raw ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_busy_timeout(db.get(), 10000);
  std::unique_ptr<CaseStore> store(new CaseStore(std::move(db)));
  DSAR_RETURN_IF_ERROR(sql::Exec(store->db(), "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"
                                              "PRAGMA synchronous=NORMAL;"));
  DSAR_RETURN_IF_ERROR(store->Migrate());
  return store;
}

Status CaseStore::Migrate() {
  sql::Statement v(db(), "PRAGMA user_version");
  int version = v.Step() ? static_cast<int>(v.Int(0)) : 0;
  if (version > kCaseSchemaVersion) {
    return Status::InvalidInput("case store schema version " + std::to_string(version) +
                                " is newer than this dsar understands (" +
                                std::to_string(kCaseSchemaVersion) + "); upgrade dsar");
  }
  if (version == kCaseSchemaVersion) return Status::OK();
  // Each step upgrades one version, in its own transaction, so a case
  // written by an older dsar is brought forward step by step.
  for (int v = version; v < kCaseSchemaVersion; ++v) {
    DSAR_RETURN_IF_ERROR(InTransaction([&] {
      DSAR_RETURN_IF_ERROR(sql::Exec(db(), kMigrations[v]));
      return sql::Exec(db(), "PRAGMA user_version=" + std::to_string(v + 1));
    }));
  }
  return Status::OK();
}

Status CaseStore::SetMeta(const std::string& key, const std::string& value) {
  sql::Statement st(db(), "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  return st.Bind(1, key).Bind(2, value).Run();
}

std::optional<std::string> CaseStore::GetMeta(const std::string& key) {
  sql::Statement st(db(), "SELECT value FROM meta WHERE key = ?1");
  st.Bind(1, key);
  if (st.Step()) return st.Text(0);
  return std::nullopt;
}

Result<int64_t> CaseStore::AddItemLocation(const std::string& sha256, int64_t size,
                                           const std::string& media_type,
                                           const std::string& path) {
  return AddChildItem(sha256, size, media_type, path, /*parent_id=*/0, /*part=*/"");
}

Result<int64_t> CaseStore::AddChildItem(const std::string& sha256, int64_t size,
                                        const std::string& media_type, const std::string& path,
                                        int64_t parent_id, const std::string& part) {
  int64_t id = 0;
  {
    sql::Statement find(db(), "SELECT id FROM items WHERE sha256 = ?1");
    find.Bind(1, sha256);
    if (find.Step()) id = find.Int(0);
    DSAR_RETURN_IF_ERROR(find.status());
  }
  if (id == 0) {
    sql::Statement ins(db(), "INSERT INTO items(sha256, size, media_type, path, status, parent_id, part) "
                             "VALUES(?1, ?2, ?3, ?4, 'ingested', NULLIF(?5, 0), ?6)");
    DSAR_RETURN_IF_ERROR(ins.Bind(1, sha256).Bind(2, size).Bind(3, media_type).Bind(4, path)
                             .Bind(5, parent_id).Bind(6, part).Run());
    id = sqlite3_last_insert_rowid(db());
  }
  sql::Statement loc(db(), "INSERT INTO locations(path, item_id) VALUES(?1, ?2) "
                           "ON CONFLICT(path) DO UPDATE SET item_id = excluded.item_id");
  DSAR_RETURN_IF_ERROR(loc.Bind(1, path).Bind(2, id).Run());
  return id;
}

Status CaseStore::SetItemThreading(int64_t id, int64_t duplicate_of, const std::string& thread,
                                   const std::string& thread_note) {
  sql::Statement st(db(), "UPDATE items SET duplicate_of = NULLIF(?2, 0), thread = ?3, thread_note = ?4 "
                          "WHERE id = ?1");
  return st.Bind(1, id).Bind(2, duplicate_of).Bind(3, thread).Bind(4, thread_note).Run();
}

Result<int64_t> CaseStore::AddUnreadable(const std::string& path, const std::string& reason) {
  int64_t id = 0;
  {
    sql::Statement find(db(), "SELECT item_id FROM locations WHERE path = ?1");
    find.Bind(1, path);
    if (find.Step()) id = find.Int(0);
  }
  if (id == 0) {
    sql::Statement ins(db(), "INSERT INTO items(sha256, path, status, reason) "
                             "VALUES(NULL, ?1, 'failed', ?2)");
    DSAR_RETURN_IF_ERROR(ins.Bind(1, path).Bind(2, reason).Run());
    id = sqlite3_last_insert_rowid(db());
    sql::Statement loc(db(), "INSERT INTO locations(path, item_id) VALUES(?1, ?2)");
    DSAR_RETURN_IF_ERROR(loc.Bind(1, path).Bind(2, id).Run());
  } else {
    DSAR_RETURN_IF_ERROR(SetItemStatus(id, ItemStatus::kFailed, reason));
  }
  return id;
}

Status CaseStore::SetItemStatus(int64_t id, ItemStatus status, const std::string& reason) {
  sql::Statement st(db(), "UPDATE items SET status = ?2, reason = ?3 WHERE id = ?1");
  return st.Bind(1, id).Bind(2, ItemStatusName(status)).Bind(3, reason).Run();
}

std::vector<ItemRecord> CaseStore::Items() {
  std::vector<ItemRecord> out;
  sql::Statement st(db(), "SELECT id, COALESCE(sha256, ''), size, media_type, path, status, "
                          "reason, COALESCE(parent_id, 0), part, COALESCE(duplicate_of, 0), thread, thread_note "
                          "FROM items ORDER BY id");
  while (st.Step()) out.push_back(ReadItem(st));
  return out;
}

Result<ItemRecord> CaseStore::GetItem(int64_t id) {
  sql::Statement st(db(), "SELECT id, COALESCE(sha256, ''), size, media_type, path, status, "
                          "reason, COALESCE(parent_id, 0), part, COALESCE(duplicate_of, 0), thread, thread_note "
                          "FROM items WHERE id = ?1");
  st.Bind(1, id);
  if (st.Step()) return ReadItem(st);
  return Status::NotFound("no item " + std::to_string(id));
}

std::vector<std::string> CaseStore::Locations(int64_t item_id) {
  std::vector<std::string> out;
  sql::Statement st(db(), "SELECT path FROM locations WHERE item_id = ?1 ORDER BY path");
  st.Bind(1, item_id);
  while (st.Step()) out.push_back(st.Text(0));
  return out;
}

Status CaseStore::PutDocument(int64_t item_id, const Document& doc) {
  return PutDocument(item_id, doc, EncodeDocument(doc));
}

Status CaseStore::PutDocument(int64_t item_id, const Document& doc, std::string_view encoded) {
  // Stored in the binary document encoding; stores written before it hold
  // JSON text, which GetDocument still reads. Title, date and text are
  // columns too, for what SQL searches and lists.
  sql::Statement st(db(), "INSERT INTO documents(item_id, kind, body, title, date, text) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT(item_id) DO UPDATE SET kind = excluded.kind, "
                          "body = excluded.body, title = excluded.title, date = excluded.date, "
                          "text = excluded.text, relevance = 'unknown', relevance_reason = ''");
  // Bound without SQLite's copy: `encoded` and the text outlive the step.
  return st.Bind(1, item_id)
      .Bind(2, DocumentKindName(doc.kind))
      .BindBlobStatic(3, encoded)
      .Bind(4, doc.title)
      .Bind(5, doc.date)
      .BindStatic(6, doc.text)
      .Run();
}

Status CaseStore::PutDocumentPage(int64_t item_id, std::string_view encoded_page) {
  int page = 0;
  EncodedPageText text;
  try {
    page = EncodedPageNumber(encoded_page);
    text = EncodedPageTextOf(encoded_page);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("encoded page: ") + e.what());
  }
  sql::Statement st(db(),
                    "INSERT OR REPLACE INTO document_pages(item_id, page, words, text) VALUES(?1, ?2, ?3, ?4)");
  st.Bind(1, item_id).Bind(2, page).BindBlobStatic(3, encoded_page);
  if (text.present) {
    st.BindStatic(4, text.text);
  } else {
    st.BindNull(4);
  }
  return st.Run();
}

Status CaseStore::DeleteDocumentPages(int64_t item_id) {
  sql::Statement st(db(), "DELETE FROM document_pages WHERE item_id = ?1");
  return st.Bind(1, item_id).Run();
}

Status CaseStore::LoadPageTexts(int64_t item_id, Document* doc) {
  if (!doc->text.empty() || doc->pages.empty()) return Status::OK();
  sql::Statement st(db(), "SELECT page, text FROM document_pages WHERE item_id = ?1 AND text IS NOT NULL "
                          "ORDER BY page");
  st.Bind(1, item_id);
  size_t k = 0;
  while (st.Step()) {
    // Every page of a streamed document has its row, in page order.
    if (k >= doc->pages.size() || st.Int(0) != doc->pages[k].number) {
      return Status::Corrupt("stored document " + std::to_string(item_id) + " has text for page " +
                             std::to_string(st.Int(0)) + " out of place");
    }
    if (k > 0) doc->text.push_back('\f');
    doc->text.append(st.BlobView(1));
    ++k;
  }
  DSAR_RETURN_IF_ERROR(st.status());
  if (k > 0 && k != doc->pages.size()) {
    return Status::Corrupt("stored document " + std::to_string(item_id) + " has the text of " + std::to_string(k) +
                           " of its " + std::to_string(doc->pages.size()) + " pages");
  }
  return Status::OK();
}

Status CaseStore::LoadPageWords(int64_t item_id, Document* doc, int only_page, size_t* found) {
  if (found) *found = 0;
  sql::Statement st(db(), only_page > 0
                              ? "SELECT page, words FROM document_pages WHERE item_id = ?1 AND page = ?2"
                              : "SELECT page, words FROM document_pages WHERE item_id = ?1 ORDER BY page");
  st.Bind(1, item_id);
  if (only_page > 0) st.Bind(2, only_page);
  while (st.Step()) {
    const int64_t n = st.Int(0);
    Page* page = PageNumbered(doc, n);
    if (page == nullptr) {
      return Status::Corrupt("stored document " + std::to_string(item_id) + " has words for page " +
                             std::to_string(n) + ", which it does not have");
    }
    if (found) ++*found;
    try {
      DecodePageWords(st.BlobView(1), doc->text, &page->words);
    } catch (const std::exception& e) {
      return Status::Corrupt("stored document " + std::to_string(item_id) + " page " + std::to_string(n) + ": " +
                             e.what());
    }
  }
  return st.status();
}

namespace {
Relevance ParseRelevance(const std::string& rel) {
  return rel == "relevant"       ? Relevance::kRelevant
         : rel == "not_relevant" ? Relevance::kNotRelevant
                                 : Relevance::kUnknown;
}
}  // namespace

Result<DocumentRecord> CaseStore::GetDocument(int64_t item_id, PageWords words) {
  sql::Statement st(db(), "SELECT body, relevance, relevance_reason FROM documents "
                          "WHERE item_id = ?1");
  st.Bind(1, item_id);
  if (!st.Step()) return Status::NotFound("item " + std::to_string(item_id) + " has no document");
  DocumentRecord r;
  r.item_id = item_id;
  try {
    std::string_view body = st.BlobView(0);
    r.document = IsEncodedDocument(body) ? DecodeDocument(body, words == PageWords::kAll)
                                         : nlohmann::json::parse(body).get<Document>();
    if (words == PageWords::kNone) {
      for (Page& p : r.document.pages) std::vector<Word>().swap(p.words);
    }
  } catch (const std::exception& e) {
    return Status::Corrupt("stored document " + std::to_string(item_id) + ": " + e.what());
  }
  r.relevance = ParseRelevance(st.Text(1));
  r.relevance_reason = st.Text(2);
  // A streamed document's text and words are in document_pages, a row a page.
  DSAR_RETURN_IF_ERROR(LoadPageTexts(item_id, &r.document));
  if (words == PageWords::kAll) DSAR_RETURN_IF_ERROR(LoadPageWords(item_id, &r.document, 0));
  return r;
}

Status CaseStore::GetPageWords(int64_t item_id, Document* doc, int page) {
  if (page < 1 || static_cast<size_t>(page) > doc->pages.size()) {
    return Status::InvalidInput("item " + std::to_string(item_id) + " has no page " + std::to_string(page));
  }
  Page& p = doc->pages[static_cast<size_t>(page) - 1];
  if (!p.words.empty()) return Status::OK();  // loaded already
  size_t found = 0;
  DSAR_RETURN_IF_ERROR(LoadPageWords(item_id, doc, page, &found));
  if (found > 0) return Status::OK();
  // Stored before v5, words inline in the body: read it all (or the page
  // has no words).
  Result<DocumentRecord> whole = GetDocument(item_id, PageWords::kAll);
  if (!whole.ok()) return whole.status();
  if (whole->document.pages.size() == doc->pages.size()) {
    p.words = std::move(whole->document.pages[static_cast<size_t>(page) - 1].words);
  }
  return Status::OK();
}

Result<DocumentRecord> CaseStore::GetRelevance(int64_t item_id) {
  sql::Statement st(db(), "SELECT relevance, relevance_reason FROM documents WHERE item_id = ?1");
  st.Bind(1, item_id);
  if (!st.Step()) return Status::NotFound("item " + std::to_string(item_id) + " has no document");
  DocumentRecord r;
  r.item_id = item_id;
  r.relevance = ParseRelevance(st.Text(0));
  r.relevance_reason = st.Text(1);
  return r;
}

Status CaseStore::SetRelevance(int64_t item_id, Relevance r, const std::string& reason) {
  sql::Statement st(db(), "UPDATE documents SET relevance = ?2, relevance_reason = ?3 "
                          "WHERE item_id = ?1");
  return st.Bind(1, item_id).Bind(2, RelevanceName(r)).Bind(3, reason).Run();
}

Status CaseStore::ReplaceFindings(int64_t item_id, const std::vector<Finding>& findings,
                                  const std::vector<Suggestion>& suggestions) {
  sql::Statement del1(db(), "DELETE FROM findings WHERE item_id = ?1");
  DSAR_RETURN_IF_ERROR(del1.Bind(1, item_id).Run());
  sql::Statement del2(db(), "DELETE FROM suggestions WHERE item_id = ?1");
  DSAR_RETURN_IF_ERROR(del2.Bind(1, item_id).Run());
  for (const Finding& f : findings) {
    sql::Statement st(db(), "INSERT INTO findings(item_id, start, \"end\", category, value, "
                            "normalized, entity, confidence, recognizer, is_subject) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    DSAR_RETURN_IF_ERROR(st.Bind(1, item_id).Bind(2, f.start).Bind(3, f.end).Bind(4, f.category)
                             .Bind(5, f.value).Bind(6, f.normalized).Bind(7, f.entity)
                             .Bind(8, f.confidence).Bind(9, f.recognizer)
                             .Bind(10, f.is_subject ? 1 : 0).Run());
  }
  for (const Suggestion& s : suggestions) {
    sql::Statement st(db(), "INSERT INTO suggestions(key, item_id, start, \"end\", category, "
                            "action, exemption, label, reason, confidence, value, entity) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    DSAR_RETURN_IF_ERROR(st.Bind(1, s.key).Bind(2, item_id).Bind(3, s.start).Bind(4, s.end)
                             .Bind(5, s.category).Bind(6, s.action).Bind(7, s.exemption)
                             .Bind(8, s.label).Bind(9, s.reason).Bind(10, s.confidence)
                             .Bind(11, s.value).Bind(12, s.entity).Run());
  }
  return Status::OK();
}

std::vector<Finding> CaseStore::Findings(int64_t item_id) {
  std::vector<Finding> out;
  sql::Statement st(db(), "SELECT item_id, start, \"end\", category, value, normalized, entity, "
                          "confidence, recognizer, is_subject FROM findings WHERE item_id = ?1 "
                          "ORDER BY start, \"end\"");
  st.Bind(1, item_id);
  while (st.Step()) {
    Finding f;
    f.item_id = st.Int(0);
    f.start = static_cast<size_t>(st.Int(1));
    f.end = static_cast<size_t>(st.Int(2));
    f.category = st.Text(3);
    f.value = st.Text(4);
    f.normalized = st.Text(5);
    f.entity = st.Text(6);
    f.confidence = st.Double(7);
    f.recognizer = st.Text(8);
    f.is_subject = st.Int(9) != 0;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Suggestion> CaseStore::Suggestions(int64_t item_id) {
  std::vector<Suggestion> out;
  std::string q = "SELECT id, key, item_id, start, \"end\", category, action, exemption, label, "
                  "reason, confidence, value, entity FROM suggestions";
  if (item_id > 0) q += " WHERE item_id = ?1";
  q += " ORDER BY item_id, start, \"end\"";
  sql::Statement st(db(), q);
  if (item_id > 0) st.Bind(1, item_id);
  while (st.Step()) {
    Suggestion s;
    s.id = st.Int(0);
    s.key = st.Text(1);
    s.item_id = st.Int(2);
    s.start = static_cast<size_t>(st.Int(3));
    s.end = static_cast<size_t>(st.Int(4));
    s.category = st.Text(5);
    s.action = st.Text(6);
    s.exemption = st.Text(7);
    s.label = st.Text(8);
    s.reason = st.Text(9);
    s.confidence = st.Double(10);
    s.value = st.Text(11);
    s.entity = st.Text(12);
    out.push_back(std::move(s));
  }
  return out;
}

Status CaseStore::AddDecision(const Decision& d) {
  sql::Statement st(db(), "INSERT INTO decisions(suggestion_key, verdict, reviewer, decided_at, "
                          "note, exemption) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  return st.Bind(1, d.suggestion_key).Bind(2, VerdictName(d.verdict)).Bind(3, d.reviewer)
      .Bind(4, d.decided_at.empty() ? NowUtc() : d.decided_at).Bind(5, d.note)
      .Bind(6, d.exemption).Run();
}

std::map<std::string, Decision> CaseStore::LatestDecisions() {
  std::map<std::string, Decision> out;
  sql::Statement st(db(), "SELECT suggestion_key, verdict, reviewer, decided_at, note, exemption "
                          "FROM decisions ORDER BY id");
  while (st.Step()) {
    Decision d;
    d.suggestion_key = st.Text(0);
    ParseVerdict(st.Text(1), &d.verdict);
    d.reviewer = st.Text(2);
    d.decided_at = st.Text(3);
    d.note = st.Text(4);
    d.exemption = st.Text(5);
    out[d.suggestion_key] = std::move(d);
  }
  return out;
}

std::map<std::string, Decision> CaseStore::EffectiveDecisions() {
  std::map<std::string, Decision> out = LatestDecisions();
  std::erase_if(out, [](const auto& kv) { return kv.second.verdict == Verdict::kPending; });
  std::map<std::string, EntityDecision> people = EntityDecisions();
  if (people.empty()) return out;
  sql::Statement st(db(), "SELECT key, action, entity FROM suggestions WHERE entity != ''");
  while (st.Step()) {
    std::string key = st.Text(0);
    if (out.count(key)) continue;
    auto p = people.find(st.Text(2));
    if (p == people.end()) continue;
    // "Redact everywhere" means the value goes: accept a redact suggestion,
    // reject a disclose one; "disclose everywhere" the other way round.
    bool redact = p->second.verdict == Verdict::kAccept;
    bool suggests_redact = st.Text(1) != "disclose";
    Decision d;
    d.suggestion_key = key;
    d.verdict = redact == suggests_redact ? Verdict::kAccept : Verdict::kReject;
    d.reviewer = p->second.reviewer;
    d.decided_at = p->second.decided_at;
    d.note = std::string(redact ? "redact" : "disclose") + " everywhere (per person)" +
             (p->second.note.empty() ? "" : ": " + p->second.note);
    out[key] = std::move(d);
  }
  return out;
}

Result<int64_t> CaseStore::AddManualRedaction(const ManualRedaction& m) {
  sql::Statement st(db(), "INSERT INTO manual_redactions(item_id, kind, start, \"end\", page, x0, y0, "
                          "x1, y1, exemption, note, reviewer, created_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  DSAR_RETURN_IF_ERROR(st.Bind(1, m.item_id).Bind(2, m.kind).Bind(3, m.start).Bind(4, m.end)
                           .Bind(5, m.page).Bind(6, m.box.x0).Bind(7, m.box.y0).Bind(8, m.box.x1)
                           .Bind(9, m.box.y1).Bind(10, m.exemption).Bind(11, m.note)
                           .Bind(12, m.reviewer)
                           .Bind(13, m.created_at.empty() ? NowUtc() : m.created_at).Run());
  return sqlite3_last_insert_rowid(db());
}

Status CaseStore::RevokeManualRedaction(int64_t id, const std::string& reviewer) {
  sql::Statement find(db(), "SELECT item_id, kind FROM manual_redactions m WHERE id = ?1 AND "
                            "revokes IS NULL AND NOT EXISTS (SELECT 1 FROM manual_redactions r "
                            "WHERE r.revokes = m.id)");
  find.Bind(1, id);
  if (!find.Step()) return Status::NotFound("no active manual redaction " + std::to_string(id));
  int64_t item = find.Int(0);
  std::string kind = find.Text(1);
  sql::Statement st(db(), "INSERT INTO manual_redactions(item_id, kind, reviewer, created_at, revokes) "
                          "VALUES(?1, ?2, ?3, ?4, ?5)");
  return st.Bind(1, item).Bind(2, kind).Bind(3, reviewer).Bind(4, NowUtc()).Bind(5, id).Run();
}

std::vector<ManualRedaction> CaseStore::ManualRedactions(int64_t item_id) {
  std::string q = "SELECT id, item_id, kind, start, \"end\", page, x0, y0, x1, y1, exemption, note, "
                  "reviewer, created_at FROM manual_redactions m WHERE revokes IS NULL AND NOT EXISTS "
                  "(SELECT 1 FROM manual_redactions r WHERE r.revokes = m.id)";
  if (item_id > 0) q += " AND item_id = ?1";
  q += " ORDER BY item_id, id";
  sql::Statement st(db(), q);
  if (item_id > 0) st.Bind(1, item_id);
  std::vector<ManualRedaction> out;
  while (st.Step()) {
    ManualRedaction m;
    m.id = st.Int(0);
    m.item_id = st.Int(1);
    m.kind = st.Text(2);
    m.start = static_cast<size_t>(st.Int(3));
    m.end = static_cast<size_t>(st.Int(4));
    m.page = static_cast<int>(st.Int(5));
    m.box = {st.Double(6), st.Double(7), st.Double(8), st.Double(9)};
    m.exemption = st.Text(10);
    m.note = st.Text(11);
    m.reviewer = st.Text(12);
    m.created_at = st.Text(13);
    out.push_back(std::move(m));
  }
  return out;
}

Status CaseStore::AddDocumentDecision(const DocumentDecision& d) {
  sql::Statement st(db(), "INSERT INTO document_decisions(item_id, action, exemption, note, reviewer, "
                          "decided_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  return st.Bind(1, d.item_id).Bind(2, d.action).Bind(3, d.exemption).Bind(4, d.note)
      .Bind(5, d.reviewer).Bind(6, d.decided_at.empty() ? NowUtc() : d.decided_at).Run();
}

namespace {
std::map<int64_t, DocumentDecision> LatestDocumentDecisions(sqlite3* db) {
  std::map<int64_t, DocumentDecision> out;
  sql::Statement st(db, "SELECT item_id, action, exemption, note, reviewer, decided_at "
                        "FROM document_decisions ORDER BY id");
  while (st.Step()) {
    DocumentDecision d{st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5)};
    out[d.item_id] = std::move(d);
  }
  return out;
}
}  // namespace

std::map<int64_t, DocumentDecision> CaseStore::DocumentDecisions() {
  std::map<int64_t, DocumentDecision> out = LatestDocumentDecisions(db());
  std::erase_if(out, [](const auto& kv) { return kv.second.action != "withhold" && kv.second.action != "not_relevant"; });
  return out;
}

std::map<int64_t, DocumentDecision> CaseStore::MarkedRelevant() {
  std::map<int64_t, DocumentDecision> out = LatestDocumentDecisions(db());
  std::erase_if(out, [](const auto& kv) { return kv.second.action != "relevant"; });
  return out;
}

Status CaseStore::AddEntityDecision(const EntityDecision& d) {
  sql::Statement st(db(), "INSERT INTO entity_decisions(entity, verdict, note, reviewer, decided_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5)");
  return st.Bind(1, d.entity).Bind(2, VerdictName(d.verdict)).Bind(3, d.note).Bind(4, d.reviewer)
      .Bind(5, d.decided_at.empty() ? NowUtc() : d.decided_at).Run();
}

std::map<std::string, EntityDecision> CaseStore::EntityDecisions() {
  std::map<std::string, EntityDecision> out;
  sql::Statement st(db(), "SELECT entity, verdict, note, reviewer, decided_at FROM entity_decisions "
                          "ORDER BY id");
  while (st.Step()) {
    EntityDecision d;
    d.entity = st.Text(0);
    ParseVerdict(st.Text(1), &d.verdict);
    d.note = st.Text(2);
    d.reviewer = st.Text(3);
    d.decided_at = st.Text(4);
    out[d.entity] = std::move(d);
  }
  std::erase_if(out, [](const auto& kv) { return kv.second.verdict == Verdict::kPending; });
  return out;
}

Status CaseStore::Audit(const std::string& actor, const std::string& action,
                        const std::string& detail) {
  std::string prev;
  {
    sql::Statement last(db(), "SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
    if (last.Step()) prev = last.Text(0);
  }
  std::string at = NowUtc();
  std::string hash = AuditHash(prev, at, actor, action, detail);
  sql::Statement st(db(), "INSERT INTO audit(at, actor, action, detail, prev_hash, hash) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  return st.Bind(1, at).Bind(2, actor).Bind(3, action).Bind(4, detail).Bind(5, prev)
      .Bind(6, hash).Run();
}

std::vector<AuditEntry> CaseStore::AuditLog() {
  std::vector<AuditEntry> out;
  sql::Statement st(db(), "SELECT id, at, actor, action, detail, hash FROM audit ORDER BY id");
  while (st.Step()) {
    out.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5)});
  }
  return out;
}

Status CaseStore::VerifyAuditChain() {
  sql::Statement st(db(), "SELECT id, at, actor, action, detail, prev_hash, hash FROM audit "
                          "ORDER BY id");
  std::string prev;
  while (st.Step()) {
    if (st.Text(5) != prev ||
        AuditHash(prev, st.Text(1), st.Text(2), st.Text(3), st.Text(4)) != st.Text(6)) {
      return Status::Corrupt("audit log entry " + std::to_string(st.Int(0)) +
                             " does not match the hash chain: the log was altered");
    }
    prev = st.Text(6);
  }
  return st.status();
}

}  // namespace dsar
