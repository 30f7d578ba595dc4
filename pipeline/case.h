// A case and the stages of its lifecycle (DESIGN.md section 1).
//
// Each stage reads and writes only through the case store, so any stage can
// be re-run alone and a crashed run resumes where it stopped:
//   CreateCase -> Ingest (walk, type, hash, dedup, extract) -> Scan
//   (relevance, detection, suggestions) -> review (decisions) -> Bundle
//   (redact, verify, package).
#ifndef DSAR_PIPELINE_CASE_H_
#define DSAR_PIPELINE_CASE_H_

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "pipeline/case_store.h"
#include "pipeline/model/status.h"
#include "pipeline/policy.h"
#include "pipeline/request.h"

namespace dsar {

// Where progress and warnings go. The CLI prints them to stderr; tests
// collect them.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Progress(const std::string& stage, size_t done, size_t total) = 0;
  virtual void Info(const std::string& message) = 0;
  virtual void Warn(const std::string& message) = 0;
};

// A Reporter that discards everything.
Reporter& NullReporter();

struct Case {
  std::filesystem::path dir;  // <workspace>/<reference>
  std::unique_ptr<CaseStore> store;
  Request request;            // as stored at intake
  Policy policy;
  std::string actor;          // who runs this process (for the audit log)
};

struct CaseOptions {
  std::filesystem::path workspace = "cases";
  std::string actor;  // default: $USER
};

// Opens or creates the case for `request_file`. Re-running with the same
// request is a no-op; with a changed request, the stored copy is updated and
// the change audited. Returns the case.
Result<Case> CreateCase(const std::filesystem::path& request_file, const CaseOptions& options,
                        Reporter& reporter);

// Opens an existing case by reference.
Result<Case> OpenCase(const std::string& reference, const CaseOptions& options);

// One line of the SAR register.
struct CaseSummary {
  std::string reference;
  std::string subject;
  std::string requester;      // relationship
  std::string received;
  std::string due;
  bool extended = false;
  std::string status;         // open, blocked, awaiting review, released, refused
  int days_left = 0;          // from today to the due date
  size_t pending = 0;
};

// Every case in the workspace, sorted by due date. Cases whose store cannot
// be read are listed with status "unreadable: <why>".
std::vector<CaseSummary> ListCases(const std::filesystem::path& workspace);

// Recomputes and stores the deadline and intake checks of a case (after the
// request changed, or an extension). Returns the checks.
Result<std::vector<std::string>> RefreshCase(Case& c, const std::filesystem::path& workspace,
                                             Reporter& reporter);

// Extends the deadline by the policy's extension months (complex or
// numerous requests), records why, and writes the extension letter to
// <case>/letters/extension-letter.pdf. Fails if the first month has passed.
Result<std::filesystem::path> ExtendCase(Case& c, const std::string& reason,
                                         const std::filesystem::path& workspace, Reporter& reporter);

// Records that the request is refused as manifestly unfounded or excessive
// and writes the refusal letter to <case>/letters/refusal-letter.pdf.
Result<std::filesystem::path> RefuseCase(Case& c, const std::string& grounds,
                                         const std::string& reason);

// Where the bytes of an item are read from: the original file under the
// request's sources, or for a part of a container (an attachment, a message
// of an mbox) its copy in the workspace's blob store
// (<workspace>/.cache/blobs/<sha256>). Every stage that reopens an original
// goes through here.
std::filesystem::path ItemBytesPath(const Case& c, const ItemRecord& item);

// True for a document that only holds other items (a mailbox, an archive):
// its parts are listed and disclosed as items of their own.
bool IsContainerDocument(const Document& doc);

struct IngestOptions {
  int jobs = 0;             // worker processes; 0 = cores
  int timeout_seconds = 1800;  // per item: a long scanned PDF OCRs at ~2 s a page
  // Fault injection for tests only: the worker extracting the item with
  // these bytes aborts, as a parser crash would.
  std::string testing_crash_sha256;
  // With testing_crash_sha256: that many pages reach the parent first.
  int testing_crash_after_pages = 0;
};

struct IngestSummary {
  size_t from_cache = 0;     // documents taken from the workspace's extraction cache
  size_t files = 0;          // source files seen
  size_t items = 0;          // distinct items (after deduplication)
  size_t duplicates = 0;     // extra locations of identical bytes
  size_t extracted = 0;
  size_t failed = 0;         // could not be processed
  size_t unsupported = 0;
  size_t parts = 0;               // items found inside other items (attachments, messages)
  size_t duplicate_messages = 0;  // emails that are the same message as an earlier item
};

Result<IngestSummary> Ingest(Case& c, const IngestOptions& options, Reporter& reporter);

struct ScanSummary {
  size_t documents = 0;
  size_t relevant = 0;
  size_t not_relevant = 0;
  size_t suggestions = 0;
  size_t pending = 0;  // suggestions of relevant documents with no decision
};

Result<ScanSummary> Scan(Case& c, Reporter& reporter);

// Counts suggestions (of relevant documents) still awaiting a decision:
// no decision of their own, none through their person, and their document
// neither withheld nor set aside as not relevant. `per_document`, when
// given, receives the count per item id.
size_t CountPending(Case& c, size_t* documents = nullptr,
                    std::map<int64_t, size_t>* per_document = nullptr);

// Items a reviewer marked as about the subject ("relevant") whose relevance
// the last scan did not set accordingly: scan must run again before release.
std::vector<int64_t> MarkedRelevantNotScanned(Case& c);

struct BundleOptions {
  // Accept every pending suggestion (recorded as a decision and audited).
  bool accept_suggestions = false;
  std::filesystem::path font_path;       // defaults from the build
  std::filesystem::path bold_font_path;
  // Fault injection for tests only: render documents without applying the
  // redactions, to prove that verification stops the release.
  bool testing_skip_redaction = false;
};

struct BundleSummary {
  std::filesystem::path package;
  size_t documents = 0;     // PDFs in the package
  size_t redactions = 0;
  size_t not_processed = 0;
};

// Fails with kBlocked when suggestions are pending and !accept_suggestions,
// and with kVerificationFailed (no package written) when a redacted value
// can still be read back from an output.
Result<BundleSummary> Bundle(Case& c, const BundleOptions& options, Reporter& reporter);

// The text Tesseract reads from every page of a PDF rendered at 300 dpi, in
// page order: how Bundle verifies rasterised outputs. Pages are OCRed in
// workers, several pages to a worker and as many workers as cores, each
// with time for its pages.
Result<std::vector<std::string>> OcrPdfPages(const std::filesystem::path& pdf);

// Renders one document as `dsar bundle` would release it under the current
// decisions (suggestions, per-person decisions, manual redactions) to
// `out_pdf`, without verification: the review app's preview. Fails with
// kInvalidInput for a document that is withheld or not relevant.
Status RenderReleasePreview(Case& c, int64_t item_id, const std::filesystem::path& out_pdf);

// Writes every suggestion of relevant documents with its current decision.
Status ExportDecisions(Case& c, const std::filesystem::path& csv);

struct ImportSummary {
  size_t accepted = 0, rejected = 0, unchanged = 0;
};
// Reads a CSV written by ExportDecisions with the `decision` column filled
// in ("accept", "reject" or empty). All-or-nothing: any bad row fails the
// import with its line number and nothing is recorded.
Result<ImportSummary> ImportDecisions(Case& c, const std::filesystem::path& csv,
                                      const std::string& reviewer);


}  // namespace dsar

#endif  // DSAR_PIPELINE_CASE_H_
