// CaseStore: the one SQLite file per case through which every stage reads
// and writes (cases/<REF>/case.sqlite). Schema in docs/file-formats.md.
//
// Thread-safety: one CaseStore per thread; SQLite's WAL mode lets a second
// process (a reviewer's tool) read while a stage writes.
#ifndef DSAR_PIPELINE_CASE_STORE_H_
#define DSAR_PIPELINE_CASE_STORE_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"
#include "pipeline/sqlite.h"

namespace dsar {

inline constexpr int kCaseSchemaVersion = 6;

// Processing state of an item.
enum class ItemStatus {
  kIngested,     // hashed and typed, not yet extracted
  kExtracted,    // a Document exists
  kFailed,       // could not be processed; `reason` says why
  kUnsupported,  // no extractor for its type yet; handle by hand
};
const char* ItemStatusName(ItemStatus s);

// The item's number as shown everywhere (log, file names, CSV): "0007".
std::string ItemNumber(int64_t id);

struct ItemRecord {
  int64_t id = 0;           // the document number in the package
  std::string sha256;       // empty when the item could not be read
  int64_t size = 0;
  std::string media_type;
  std::string path;         // first location, relative to the request file
  ItemStatus status = ItemStatus::kIngested;
  std::string reason;       // why failed/unsupported, or extraction warnings
  // Items found inside another item (an attachment, a message of a mailbox)
  // name it here; their bytes live in the workspace's blob store.
  int64_t parent_id = 0;    // 0 = a file of the sources
  std::string part;         // "attachment 2", "message 17"; empty for files
  // Emails: the same message (Message-ID and body) as an earlier item.
  int64_t duplicate_of = 0;
  std::string thread;       // item number of the thread's first message, or empty
  std::string thread_note;  // "most inclusive message of the thread", "quoted in full in 0012"
};

enum class Relevance { kUnknown, kRelevant, kNotRelevant };

struct DocumentRecord {
  int64_t item_id = 0;
  Document document;
  Relevance relevance = Relevance::kUnknown;
  std::string relevance_reason;
};

// A span of a document's text found by a recognizer.
struct Finding {
  int64_t item_id = 0;
  size_t start = 0, end = 0;   // byte offsets into Document::text
  std::string category;        // PERSON, EMAIL, PHONE, POSTCODE, NI_NUMBER, SUBJECT...
  std::string value;           // the text as found
  std::string normalized;      // folded/canonical form, for grouping
  std::string entity;          // who it belongs to, when known
  double confidence = 0;
  std::string recognizer;
  bool is_subject = false;     // belongs to the data subject: never redacted
};

// What dsar proposes for a finding (or, later, a passage or document).
struct Suggestion {
  int64_t id = 0;
  // Stable across re-scans: decisions are keyed by it, so re-running scan
  // after a policy change keeps every decision whose suggestion still exists.
  std::string key;
  int64_t item_id = 0;
  size_t start = 0, end = 0;
  std::string category;
  std::string action;     // "redact" for now; later "withhold", "needs_review"
  std::string exemption;  // policy exemption code
  std::string label;      // drawn on the redaction box
  std::string reason;     // plain English, for the reviewer
  double confidence = 0;
  std::string value;      // the text covered (internal only)
  std::string entity;
};

enum class Verdict { kPending, kAccept, kReject };
const char* VerdictName(Verdict v);
bool ParseVerdict(std::string_view s, Verdict* v);

struct Decision {
  std::string suggestion_key;
  Verdict verdict = Verdict::kPending;
  std::string reviewer;
  std::string decided_at;
  std::string note;
  std::string exemption;  // replaces the suggestion's exemption when set
};

// A region the reviewer redacts by hand (review web app): a span of the
// document text (kind "text"), or a rectangle on a page image (kind "box",
// in the page's coordinates: points, top-left origin, see dsar::Box).
// Append-only: removing one appends a row that revokes it.
struct ManualRedaction {
  int64_t id = 0;
  int64_t item_id = 0;
  std::string kind;            // "text" | "box"
  size_t start = 0, end = 0;   // kind "text": byte offsets into Document::text
  int page = 0;                // kind "box": 1-based
  Box box;
  std::string exemption;       // policy exemption code
  std::string note;
  std::string reviewer;
  std::string created_at;
};

// A reviewer's verdict on a whole document; the latest per item wins.
//   "withhold"      withheld in full under `exemption`
//   "not_relevant"  not about the subject after all
//   "include"       clears an earlier withhold / not_relevant
//   "relevant"      about the subject although scan found no mention of
//                   them: disclose it (scan again to find third parties)
struct DocumentDecision {
  int64_t item_id = 0;
  std::string action;
  std::string exemption;
  std::string note;
  std::string reviewer;
  std::string decided_at;
};

// "Decide once per person": applies to every suggestion of `entity` that has
// no decision of its own, now and after any re-scan. kAccept = redact
// everywhere, kReject = disclose everywhere, kPending = clears it.
struct EntityDecision {
  std::string entity;
  Verdict verdict = Verdict::kPending;
  std::string note;
  std::string reviewer;
  std::string decided_at;
};

struct AuditEntry {
  int64_t id = 0;
  std::string at, actor, action, detail, hash;
};

class CaseStore {
 public:
  // Opens (creating if `create`) the store at `path`. Fails with kNotFound
  // if it does not exist and !create, or kInvalidInput if its schema is
  // newer than this dsar understands.
  static Result<std::unique_ptr<CaseStore>> Open(const std::filesystem::path& path, bool create);

  // Key/value facts about the case: reference, request JSON, hashes, dates.
  Status SetMeta(const std::string& key, const std::string& value);
  std::optional<std::string> GetMeta(const std::string& key);

  // Runs `fn` in one transaction; rolls back if it returns an error.
  template <typename Fn>
  Status InTransaction(Fn&& fn) {
    DSAR_RETURN_IF_ERROR(sql::Exec(db_.get(), "BEGIN IMMEDIATE"));
    Status s = fn();
    if (!s.ok()) {
      sql::Exec(db_.get(), "ROLLBACK");
      return s;
    }
    return sql::Exec(db_.get(), "COMMIT");
  }

  // Items. AddItemLocation returns the id of the item with these bytes,
  // creating it if new, and records `path` as one of its locations.
  Result<int64_t> AddItemLocation(const std::string& sha256, int64_t size,
                                  const std::string& media_type, const std::string& path);
  // As AddItemLocation, for a part found inside item `parent_id`: a new
  // item records its parent and part label; known bytes gain a location.
  Result<int64_t> AddChildItem(const std::string& sha256, int64_t size, const std::string& media_type,
                               const std::string& path, int64_t parent_id, const std::string& part);
  // Duplicate and thread facts of an email item (recomputed by ingest).
  Status SetItemThreading(int64_t id, int64_t duplicate_of, const std::string& thread,
                          const std::string& thread_note);
  // Records a source file that could not be read at all (no hash).
  Result<int64_t> AddUnreadable(const std::string& path, const std::string& reason);
  Status SetItemStatus(int64_t id, ItemStatus status, const std::string& reason);
  std::vector<ItemRecord> Items();
  Result<ItemRecord> GetItem(int64_t id);
  std::vector<std::string> Locations(int64_t item_id);

  // Documents (one per extracted item).
  Status PutDocument(int64_t item_id, const Document& doc);
  // The same, with `encoded` (EncodeDocument's form of the document) stored
  // as it is; `doc` gives the other columns and its words are not used.
  Status PutDocument(int64_t item_id, const Document& doc, std::string_view encoded);
  // Words of one page of a streamed document (AppendEncodedPage's form),
  // stored as ingest receives them; the item's transaction decides whether
  // they stay. A document's page rows are replaced by the next extraction:
  // DeleteDocumentPages first. A page that carries its text (schema v6)
  // has it stored too: the document's own text is then empty, and
  // GetDocument joins the pages' texts.
  Status PutDocumentPage(int64_t item_id, std::string_view encoded_page);
  Status DeleteDocumentPages(int64_t item_id);
  // GetDocument assembles the whole document, every page's words included
  // (kAll), or leaves the words out (kNone: text, pages' sizes, the rest).
  // Documents stored before v5 hold their words inline, and before v6 their
  // text whole; they are read either way.
  enum class PageWords { kAll, kNone };
  Result<DocumentRecord> GetDocument(int64_t item_id, PageWords words = PageWords::kAll);
  // Fills the words of page `page` (1-based) of `doc`, a document of this
  // item read with PageWords::kNone: for a reader that needs some pages.
  Status GetPageWords(int64_t item_id, Document* doc, int page);
  // As GetDocument without decoding the document: relevance and its reason
  // only (`document` is left empty).
  Result<DocumentRecord> GetRelevance(int64_t item_id);
  Status SetRelevance(int64_t item_id, Relevance r, const std::string& reason);

  // Replaces the findings and suggestions of one item (a re-scan).
  Status ReplaceFindings(int64_t item_id, const std::vector<Finding>& findings,
                         const std::vector<Suggestion>& suggestions);
  std::vector<Finding> Findings(int64_t item_id);
  // All suggestions, or those of one item when item_id > 0.
  std::vector<Suggestion> Suggestions(int64_t item_id = 0);

  // Decisions are appended; the latest per suggestion key wins.
  Status AddDecision(const Decision& d);
  std::map<std::string, Decision> LatestDecisions();
  // The decision that applies to each suggestion: its own (latest, not
  // pending), else the one its entity's decision implies ("redact
  // everywhere" accepts a redact suggestion and rejects a disclose one).
  // Keys without either are absent. This is what bundle, CountPending and
  // the CSV export honour.
  std::map<std::string, Decision> EffectiveDecisions();

  // Review web app records (schema v2). All append-only, latest wins.
  Result<int64_t> AddManualRedaction(const ManualRedaction& m);
  // Revokes manual redaction `id`; kNotFound if there is no such active one.
  Status RevokeManualRedaction(int64_t id, const std::string& reviewer);
  // Active (not revoked) manual redactions, of one item when item_id > 0.
  std::vector<ManualRedaction> ManualRedactions(int64_t item_id = 0);
  Status AddDocumentDecision(const DocumentDecision& d);
  // Latest per item that withholds or sets the document aside: items whose
  // latest action is "include" or "relevant" are omitted.
  std::map<int64_t, DocumentDecision> DocumentDecisions();
  // Items whose latest action is "relevant": a reviewer says the document is
  // about the subject although scan found no mention of them. Scan then
  // treats it as relevant and looks for third parties in it.
  std::map<int64_t, DocumentDecision> MarkedRelevant();
  Status AddEntityDecision(const EntityDecision& d);
  // Latest per entity, omitting cleared (pending) ones.
  std::map<std::string, EntityDecision> EntityDecisions();

  // Append-only, hash-chained audit log.
  Status Audit(const std::string& actor, const std::string& action, const std::string& detail);
  std::vector<AuditEntry> AuditLog();
  // Recomputes the chain; kCorrupt names the first entry that does not match.
  Status VerifyAuditChain();

  sqlite3* db() { return db_.get(); }

 private:
  explicit CaseStore(sql::DbPtr db) : db_(std::move(db)) {}
  Status Migrate();
  // Decodes the stored words of page `only_page` (0: every page) into `doc`;
  // `found` counts the rows read.
  Status LoadPageWords(int64_t item_id, Document* doc, int only_page, size_t* found = nullptr);
  // Joins the texts of a streamed document's pages into doc->text, when its
  // pages were stored with their text.
  Status LoadPageTexts(int64_t item_id, Document* doc);
  sql::DbPtr db_;
};

// Current UTC time as ISO 8601 ("2026-11-23T11:02:03Z"). Honours
// SOURCE_DATE_EPOCH for reproducible runs.
std::string NowUtc();

}  // namespace dsar

#endif  // DSAR_PIPELINE_CASE_STORE_H_
