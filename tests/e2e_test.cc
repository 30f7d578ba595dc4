// End to end: the demo case in samples/ through the real `dsar` binary, and
// the package read back with independent extractors (poppler's pdftotext
// and MuPDF's mutool). Ground truth is samples/expected.toml.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <filesystem>
#include <map>
#include <regex>

#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/special_category.h"
#include "pipeline/model/unicode.h"
#include "test_util.h"

using namespace dsar;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(DSAR_SOURCE_DIR) / "samples";

struct Expected {
  std::vector<std::string> subject_values, third_party_values, not_relevant;
};

Expected LoadExpected() {
  toml::table t = toml::parse_file((kSamples / "expected.toml").string());
  Expected e;
  auto list = [&](const char* key, std::vector<std::string>* out) {
    if (const toml::array* a = t[key].as_array()) {
      for (const auto& n : *a) out->push_back(n.value_or(std::string()));
    }
  };
  list("subject_values", &e.subject_values);
  list("third_party_values", &e.third_party_values);
  list("not_relevant", &e.not_relevant);
  return e;
}

// Copies samples/ to a scratch folder so tests can add hostile files.
fs::path CopySamples(const TempDir& dir) {
  fs::path root = dir.path() / "samples";
  fs::copy(kSamples, root, fs::copy_options::recursive);
  return root;
}

std::string Dsar(const fs::path& workspace, const std::string& args, int* exit_code) {
  std::string out;
  *exit_code = RunCommand(std::string(DSAR_BINARY) + " -q --workspace " +
                              ShellQuote(workspace.string()) + " " + args + " 2>&1",
                          &out);
  return out;
}

std::string LastLine(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

// Unzips the package and returns the folder.
fs::path Unpack(const fs::path& zip, const fs::path& into) {
  fs::create_directories(into);
  std::string out;
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(zip.string()) + " -d " + ShellQuote(into.string()), &out) == 0);
  return into;
}

// Text of a PDF as read by an independent tool.
std::string ReadPdf(const std::string& tool, const fs::path& pdf) {
  std::string out;
  std::string cmd = tool == "pdftotext" ? "pdftotext -q " + ShellQuote(pdf.string()) + " -"
                                        : "mutool draw -q -F txt -o - " + ShellQuote(pdf.string()) + " 2>/dev/null";
  REQUIRE(RunCommand(cmd, &out) == 0);
  return out;
}

// The sample case in `samples` (with whatever a test added to it), created
// in `dir`, ingested and scanned.
Result<Case> ScannedSampleCase(const TempDir& dir, const fs::path& samples) {
  CaseOptions options;
  options.workspace = dir.path() / "cases";
  Result<Case> c = CreateCase(samples / "request.toml", options, NullReporter());
  REQUIRE(c.ok());
  REQUIRE(Ingest(*c, {}, NullReporter()).ok());
  REQUIRE(Scan(*c, NullReporter()).ok());
  return c;
}

// pdftotext's reading of the package document whose text contains `marker`
// (empty if none does).
std::string PackagedText(const fs::path& zip, const fs::path& into, const std::string& marker) {
  fs::path unpacked = Unpack(zip, into);
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) {
    std::string text = ReadPdf("pdftotext", e.path());
    if (text.find(marker) != std::string::npos) return text;
  }
  return "";
}

bool Contains(const std::string& folded_text, const std::string& value) {
  return !FindWholeWord(folded_text, FoldForMatch(value)).empty();
}

}  // namespace

TEST_CASE("e2e: the sample case becomes a verified package with no third-party value",
          "[e2e]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  // Hostile inputs beside the real ones: a truncated PDF and binary junk.
  std::string pdf = ReadBytes(samples / "export" / "Pastoral" / "incident_report_IR-2026-0147.pdf");
  WriteBytes(samples / "export" / "Scans" / "damaged_scan.pdf", pdf.substr(0, pdf.size() / 3));
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  WriteBytes(samples / "export" / "Scans" / "junk.bin", junk);
  fs::create_symlink("../nowhere.txt", samples / "export" / "Scans" / "shortcut.txt");

  fs::path ws = dir.path() / "cases";
  int code = 0;
  std::string out = Dsar(ws, "run " + ShellQuote((samples / "request.toml").string()) +
                                 " --accept-suggestions", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path package = LastLine(out);
  REQUIRE(package == ws / "SAR-2026-014" / "disclosure.zip");
  REQUIRE(fs::exists(package));
  // No temporary or staging files are left behind.
  for (const auto& e : fs::directory_iterator(ws / "SAR-2026-014")) {
    CHECK(e.path().filename().string().find("tmp") == std::string::npos);
    CHECK(e.path().filename().string().find("staging") == std::string::npos);
  }

  fs::path unpacked = Unpack(package, dir.path() / "unpacked");
  Expected expected = LoadExpected();
  std::string all_pdftotext, all_mutool;
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) {
    all_pdftotext += ReadPdf("pdftotext", e.path()) + "\n";
    all_mutool += ReadPdf("mutool", e.path()) + "\n";
  }
  for (const std::string* text : {&all_pdftotext, &all_mutool}) {
    std::string folded = FoldedText(*text).folded();
    for (const std::string& v : expected.third_party_values) {
      INFO("third-party value found in the package: " << v);
      CHECK_FALSE(Contains(folded, v));
    }
    for (const std::string& v : expected.subject_values) {
      INFO("subject value missing from the package: " << v);
      CHECK(Contains(folded, v));
    }
    // The requester (a parent) is told their own name and contact details
    // (request: requester.emails, requester.phones): requests.disclose_requester.
    CHECK(Contains(folded, "Joanne Fenwick"));
    CHECK(Contains(folded, "joanne.fenwick@example.com"));
    CHECK(Contains(folded, "07700 900752"));
  }

  // The log accounts for every item, with no third-party value in it.
  std::string log = ReadBytes(unpacked / "disclosure-log.csv");
  std::string manifest = ReadBytes(unpacked / "manifest.json");
  for (const std::string& v : expected.third_party_values) {
    INFO(v);
    CHECK_FALSE(Contains(FoldedText(log).folded(), v));
    CHECK_FALSE(Contains(FoldedText(manifest).folded(), v));
  }
  Result<std::vector<csv::Record>> rows = csv::Parse(log);
  REQUIRE(rows.ok());
  std::map<std::string, std::string> status_by_source;
  for (size_t i = 1; i < rows->size(); ++i) status_by_source[(*rows)[i].fields.at(1)] = (*rows)[i].fields.at(5);
  CHECK(status_by_source["export/Scans/damaged_scan.pdf"] == "could not be processed");
  CHECK(status_by_source["export/Scans/junk.bin"] == "could not be processed");
  CHECK(status_by_source["export/Scans/shortcut.txt"] == "could not be processed");
  // Documents not about the subject are counted but their location is
  // withheld from the requester; the DPO's internal log keeps it.
  size_t not_relevant = 0;
  for (size_t i = 1; i < rows->size(); ++i) not_relevant += (*rows)[i].fields.at(5) == "not relevant";
  CHECK(not_relevant == expected.not_relevant.size());
  std::string internal = ReadBytes(ws / "SAR-2026-014" / "internal-disclosure-log.csv");
  CHECK_THAT(internal, Catch::Contains("not a readable PDF"));  // the reason, in words
  CHECK_THAT(log, Catch::Contains("is not supported yet"));
  for (const std::string& p : expected.not_relevant) {
    INFO(p);
    CHECK(log.find(p) == std::string::npos);
    CHECK(internal.find(p + ",,") != std::string::npos);
  }
  // 22 files, one pair identical: 21 items; the two sample mailboxes hold 4
  // messages (one the same message as another) and an attachment: 28 items,
  // each on one row.
  CHECK(rows->size() == 1 + 28);
  // Every message and attachment of the mailboxes is accounted for, linked
  // to its parent; the duplicate is disclosed once; the thread is marked.
  std::map<std::string, std::vector<std::string>> by_source;
  for (size_t i = 1; i < rows->size(); ++i) by_source[(*rows)[i].fields.at(1)] = (*rows)[i].fields;
  const std::string mbox = "export/Email/Mailboxes/9RB_form_tutor.mbox";
  for (const char* part : {"#1", "#2", "#3"}) {
    INFO(mbox + part);
    REQUIRE(by_source.count(mbox + part));
    CHECK(by_source[mbox + part][5] == "disclosed");
    CHECK_THAT(by_source[mbox + part][10], Catch::StartsWith("message " + std::string(part + 1) + " of mailbox"));
  }
  CHECK(by_source[mbox][5] == "container");
  CHECK(by_source[mbox][3] == "mailbox");  // its type, not "text"
  CHECK(by_source["export/Email/Mailboxes/hoy_archive.mbox#1"][5] == "duplicate");
  CHECK_THAT(by_source[mbox + "#2"][10], Catch::Contains("most inclusive message of thread"));
  CHECK_THAT(by_source[mbox + "#1"][10], Catch::Contains("quoted in full in"));
  const std::vector<std::string>& attachment = by_source[mbox + "#1#attachment-1/seating_plan_9RB.pdf"];
  REQUIRE(attachment.size() == 11);
  CHECK(attachment[5] == "partly disclosed");
  CHECK_THAT(attachment[10], Catch::StartsWith("attachment 1 of email " + by_source[mbox + "#1"][0]));
  // The attachment's redacted copy, read back: the subject stays, the
  // third party's name and phone number are gone.
  for (const char* tool : {"pdftotext", "mutool"}) {
    std::string text = FoldedText(ReadPdf(tool, unpacked / attachment[9])).folded();
    CHECK(Contains(text, "Matilda Fenwick"));
    CHECK_FALSE(Contains(text, "07700 900862"));
    CHECK_FALSE(Contains(text, "Lindqvist"));
  }
  // The Word document: its comment, tracked deletion and hidden text reach
  // the requester in their sections, the other people's names redacted.
  const std::vector<std::string>& word = by_source["export/SEN/2026-10-12_reading_support_review_fenwick.docx"];
  REQUIRE(word.size() == 11);
  CHECK(word[5] == "partly disclosed");
  for (const char* tool : {"pdftotext", "mutool"}) {
    std::string text = ReadPdf(tool, unpacked / word[9]);
    CHECK_THAT(text, Catch::Contains("Deleted text (tracked changes)"));
    CHECK_THAT(text, Catch::Contains("Hidden text"));
    CHECK_THAT(text, Catch::Contains("reading partner"));
    std::string folded = FoldedText(text).folded();
    CHECK(Contains(folded, "Matilda Fenwick"));
    CHECK_FALSE(Contains(folded, "Achterberg"));
    CHECK_FALSE(Contains(folded, "Lindqvist"));
    CHECK_FALSE(Contains(folded, "Kowalczyk"));
  }
  CHECK(log.find("identical copies") != std::string::npos);
  CHECK(manifest.find("\"schema_version\": 1") != std::string::npos);

  // The cover letter is in the package, with the Article 15 information and
  // the exemptions relied on, and no third-party value.
  REQUIRE(fs::exists(unpacked / "cover-letter.pdf"));
  std::string cover = ReadPdf("pdftotext", unpacked / "cover-letter.pdf");
  CHECK_THAT(cover, Catch::Contains("Matilda Fenwick"));
  CHECK_THAT(cover, Catch::Contains("Information Commissioner"));
  CHECK_THAT(cover, Catch::Contains("Third party:"));
  for (const std::string& v : expected.third_party_values) CHECK_FALSE(Contains(FoldedText(cover).folded(), v));
  CHECK(manifest.find("cover-letter.pdf") != std::string::npos);
}

TEST_CASE("e2e: review by spreadsheet decides what is released", "[e2e]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  fs::path ws = dir.path() / "cases";
  int code = 0;
  std::string request = ShellQuote((samples / "request.toml").string());

  // Without --accept-suggestions, run stops after scanning.
  std::string out = Dsar(ws, "run " + request, &code);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("await review"));
  CHECK_FALSE(fs::exists(ws / "SAR-2026-014" / "disclosure.zip"));
  // bundle refuses, saying how many are pending and what to do.
  out = Dsar(ws, "bundle SAR-2026-014", &code);
  CHECK(code == 3);
  CHECK_THAT(out, Catch::Contains("await review"));
  CHECK_THAT(out, Catch::Contains("dsar decisions export"));

  // Export, reject every suggestion for one phone number, accept the rest.
  fs::path csv_path = dir.path() / "review.csv";
  out = Dsar(ws, "decisions export SAR-2026-014 " + ShellQuote(csv_path.string()), &code);
  REQUIRE(code == 0);
  Result<std::vector<csv::Record>> rows = csv::Parse(ReadBytes(csv_path));
  REQUIRE(rows.ok());
  REQUIRE(rows->size() > 50);
  const std::vector<std::string>& header = rows->front().fields;
  size_t text_col = std::find(header.begin(), header.end(), "text") - header.begin();
  size_t decision_col = std::find(header.begin(), header.end(), "decision") - header.begin();
  REQUIRE(decision_col < header.size());
  const std::string kept = "0161 496 0577";
  std::string edited = csv::Row(header);
  size_t rejected = 0;
  for (size_t i = 1; i < rows->size(); ++i) {
    std::vector<std::string> f = (*rows)[i].fields;
    bool reject = f[text_col] == kept;
    rejected += reject;
    f[decision_col] = reject ? "reject" : "Accept";
    edited += csv::Row(f);
  }
  REQUIRE(rejected >= 1);
  WriteBytes(csv_path, edited);
  out = Dsar(ws, "decisions import SAR-2026-014 --reviewer 'DPO Test' " + ShellQuote(csv_path.string()), &code);
  INFO(out);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("0 suggestion(s) still pending"));

  // Re-running ingest and scan keeps the decisions.
  REQUIRE((Dsar(ws, "ingest SAR-2026-014", &code), code) == 0);
  REQUIRE((Dsar(ws, "scan SAR-2026-014", &code), code) == 0);
  out = Dsar(ws, "bundle SAR-2026-014", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path unpacked = Unpack(LastLine(out), dir.path() / "unpacked");
  std::string all;
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) all += ReadPdf("pdftotext", e.path());
  std::string folded = FoldedText(all).folded();
  CHECK(Contains(folded, kept));                // rejected: disclosed
  CHECK_FALSE(Contains(folded, "020 7946 0812"));  // accepted: redacted

  // A bad decisions file is refused with its line, and changes nothing.
  WriteBytes(csv_path, csv::Row(header) + csv::Row({"nope", "", "", "", "", "", "", "", "", "", "accept", ""}));
  out = Dsar(ws, "decisions import SAR-2026-014 " + ShellQuote(csv_path.string()), &code);
  CHECK(code == 1);
  CHECK_THAT(out, Catch::Contains("review.csv:2: no suggestion with key 'nope'"));
}

TEST_CASE("e2e: verification stops a release that would leak", "[e2e][verify]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  Result<Case> c = ScannedSampleCase(dir, samples);
  BundleOptions bo;
  bo.accept_suggestions = true;
  bo.testing_skip_redaction = true;  // a writer that forgets to redact
  Result<BundleSummary> b = Bundle(*c, bo, NullReporter());
  REQUIRE_FALSE(b.ok());
  CHECK(b.status().code() == StatusCode::kVerificationFailed);
  CHECK_THAT(b.status().message(), Catch::Matches(".*document [0-9]{4} page [0-9]+.*"));
  CHECK_FALSE(fs::exists(c->dir / "disclosure.zip"));
  // The same case bundles once the writer redacts.
  bo.testing_skip_redaction = false;
  REQUIRE(Bundle(*c, bo, NullReporter()).ok());
  REQUIRE(c->store->VerifyAuditChain().ok());
}

TEST_CASE("e2e: a value disclosed in one place and redacted in another is still verified",
          "[e2e][verify]") {
  // The reviewer discloses one mention of a name and redacts another in the
  // same document. The redacted one must still be checked: a writer that
  // forgets it must stop the release, not be waved through because the
  // value is disclosed elsewhere.
  TempDir dir;
  fs::path samples = CopySamples(dir);
  WriteBytes(samples / "export" / "Pastoral" / "2026-10-21_visitor_note.txt",
             "Visitor note about Matilda Fenwick.\n"
             "Doreen Blackwood signed in as a volunteer reader at 9am.\n"
             "Later Doreen Blackwood asked about Matilda's reading plan.\n");
  Result<Case> c = ScannedSampleCase(dir, samples);
  // Disclose everything but the second mention of Doreen Blackwood.
  std::vector<Suggestion> mentions;
  for (const Suggestion& s : c->store->Suggestions()) {
    if (s.value == "Doreen Blackwood") mentions.push_back(s);
  }
  REQUIRE(mentions.size() == 2);
  REQUIRE(mentions[0].item_id == mentions[1].item_id);
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  for (const Suggestion& s : c->store->Suggestions()) {
    const bool redact = s.key == mentions[1].key;
    Verdict v = s.action == "disclose" ? (redact ? Verdict::kReject : Verdict::kAccept)
                                       : (redact ? Verdict::kAccept : Verdict::kReject);
    REQUIRE(c->store->AddDecision({s.key, v, "test", "2026-11-05T10:00:00Z", "", ""}).ok());
  }
  BundleOptions bo;
  bo.testing_skip_redaction = true;  // a writer that forgets to redact
  Result<BundleSummary> b = Bundle(*c, bo, NullReporter());
  REQUIRE_FALSE(b.ok());
  CHECK(b.status().code() == StatusCode::kVerificationFailed);
  CHECK(b.status().message().find("document " + ItemNumber(mentions[1].item_id)) != std::string::npos);
  CHECK_FALSE(fs::exists(c->dir / "disclosure.zip"));
  // With the writer redacting, the package has the first mention only.
  bo.testing_skip_redaction = false;
  REQUIRE(Bundle(*c, bo, NullReporter()).ok());
  std::string note = PackagedText(c->dir / "disclosure.zip", dir.path() / "unpacked", "Visitor note about Matilda");
  REQUIRE_FALSE(note.empty());
  CHECK(note.find("Doreen Blackwood signed in") != std::string::npos);
  CHECK(note.find("Later Doreen Blackwood") == std::string::npos);
}

TEST_CASE("e2e: a name redacted in one document and disclosed in another is noted for the DPO",
          "[e2e][verify]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  WriteBytes(samples / "export" / "Pastoral" / "2026-10-21_reading_volunteer.txt",
             "Reading volunteer note about Matilda Fenwick.\n"
             "Doreen Blackwood heard Matilda read on Tuesday.\n");
  WriteBytes(samples / "export" / "Pastoral" / "2026-10-22_playground_note.txt",
             "Playground note about Matilda Fenwick.\n"
             "Matilda argued with Doreen Blackwood's son at break.\n");
  Result<Case> c = ScannedSampleCase(dir, samples);
  auto internal_log = [&] { return ReadBytes(c->dir / "internal-disclosure-log.csv"); };
  const std::string kNote = "is readable in this one";
  // Every suggestion accepted: redacted everywhere, nothing to note.
  BundleOptions bo;
  bo.accept_suggestions = true;
  REQUIRE(Bundle(*c, bo, NullReporter()).ok());
  CHECK(internal_log().find(kNote) == std::string::npos);
  // The reviewer discloses the volunteer's name in the reading note (she
  // acts in a role there) and keeps it redacted in the playground note.
  int64_t reading = 0, playground = 0;
  for (const ItemRecord& i : c->store->Items()) {
    if (i.path.find("reading_volunteer") != std::string::npos) reading = i.id;
    if (i.path.find("playground_note") != std::string::npos) playground = i.id;
  }
  REQUIRE(reading != 0);
  REQUIRE(playground != 0);
  for (const Suggestion& s : c->store->Suggestions(reading)) {
    if (s.value.find("Blackwood") == std::string::npos) continue;
    REQUIRE(c->store->AddDecision({s.key, s.action == "disclose" ? Verdict::kAccept : Verdict::kReject, "test",
                                   "2026-11-05T10:00:00Z", "volunteer in her role", ""}).ok());
  }
  REQUIRE(Bundle(*c, bo, NullReporter()).ok());
  const std::string log = internal_log();
  const size_t row = log.find("\n" + ItemNumber(reading) + ",");
  REQUIRE(row != std::string::npos);
  const std::string reading_row = log.substr(row + 1, log.find('\n', row + 1) - row - 1);
  CHECK(reading_row.find("redacted in document " + ItemNumber(playground) + " " + kNote) != std::string::npos);
  CHECK(log.find(kNote) == log.rfind(kNote));  // only that row
  // The note is the DPO's: the requester's log does not carry it.
  fs::path unpacked = Unpack(c->dir / "disclosure.zip", dir.path() / "unpacked");
  CHECK(ReadBytes(unpacked / "disclosure-log.csv").find(kNote) == std::string::npos);
}

TEST_CASE("e2e: unsure OCR and special-category passages are named in the suggestions that need them",
          "[e2e][scan]") {
  // Checked against the plain definitions, for every suggestion of the
  // sample case (scans OCRed with words of low confidence, letters and notes
  // about health and SEN): a suggestion says NEEDS REVIEW exactly when a word
  // within 24 bytes of it was read with confidence under 0.6, and names the
  // special-category passage exactly when a flagged term lies in its
  // paragraph (between blank lines).
  TempDir dir;
  fs::path samples = CopySamples(dir);
  Result<Case> c = ScannedSampleCase(dir, samples);
  size_t unsure = 0, special = 0, checked = 0;
  std::map<int64_t, Document> docs;
  for (const Suggestion& s : c->store->Suggestions()) {
    if (s.category == "EXEMPTION" || s.category == "HIDDEN") continue;
    if (!docs.count(s.item_id)) {
      Result<DocumentRecord> rec = c->store->GetDocument(s.item_id);
      REQUIRE(rec.ok());
      docs[s.item_id] = rec->document;
    }
    const Document& doc = docs[s.item_id];
    INFO("document " << s.item_id << " span " << s.start << "-" << s.end << ": " << s.reason);
    float lowest = 1.0f;
    for (const Page& p : doc.pages) {
      for (const Word& w : p.words) {
        if (w.end + 24 < s.start || w.start > s.end + 24) continue;
        lowest = std::min(lowest, w.confidence);
      }
    }
    const bool says_unsure = s.reason.find("NEEDS REVIEW") != std::string::npos;
    CHECK(says_unsure == (lowest < 0.6f));
    if (says_unsure) CHECK(s.confidence <= lowest + 1e-6);
    size_t a = doc.text.rfind("\n\n", s.start);
    a = a == std::string::npos ? 0 : a;
    size_t b = doc.text.find("\n\n", s.end);
    b = b == std::string::npos ? doc.text.size() : b;
    bool flagged = false;
    for (const SpecialCategoryFlag& f : FindSpecialCategories(doc)) flagged = flagged || (f.start >= a && f.end <= b);
    CHECK((s.reason.find("special-category or safeguarding") != std::string::npos) == flagged);
    unsure += says_unsure;
    special += flagged;
    ++checked;
  }
  CHECK(checked >= 200);
  CHECK(unsure >= 1);
  CHECK(special >= 10);
}

TEST_CASE("e2e: a redacted name glued into a token longer than a line does not stop the release",
          "[e2e][verify]") {
  // The text writer breaks a token longer than a line at the margin; where
  // the break falls just before a name glued to its end, the output reads the
  // name as a word of its own. That is what the document says, not a leak:
  // the verifier must not refuse the release for it, and must still find the
  // redacted name itself nowhere.
  TempDir dir;
  fs::path samples = CopySamples(dir);
  std::string note = "Pastoral note about Matilda Fenwick, written by her tutor.\n"
                     "Matilda sat with Doreen Blackwood at lunch. Mrs Blackwood called the office later;\n"
                     "Doreen was upset.\n"
                     "Links copied from the referral system:\n";
  for (int n = 60; n <= 140; ++n) note += std::string(n, 'x') + "Blackwood\n" + std::string(n, 'y') + "Doreen\n";
  WriteBytes(samples / "export" / "Pastoral" / "2026-10-20_lunch_note.txt", note);
  Result<Case> c = ScannedSampleCase(dir, samples);
  BundleOptions bo;
  bo.accept_suggestions = true;
  Result<BundleSummary> b = Bundle(*c, bo, NullReporter());
  INFO(b.status().message());
  REQUIRE(b.ok());
  std::string lunch = PackagedText(c->dir / "disclosure.zip", dir.path() / "unpacked", "Pastoral note about Matilda");
  REQUIRE_FALSE(lunch.empty());
  CHECK(lunch.find("Doreen was") == std::string::npos);
  CHECK(lunch.find("Mrs Blackwood") == std::string::npos);
  CHECK(lunch.find("Doreen Blackwood") == std::string::npos);
  CHECK(lunch.find("xxxxxxxxxxxxxxxxxxxx") != std::string::npos);  // the long lines are there
}

TEST_CASE("e2e: bad request files and missing cases give clear errors", "[e2e]") {
  TempDir dir;
  WriteBytes(dir.path() / "bad.toml", "reference = \"X-1\"\nreceived = 2026-13-45\n");
  int code = 0;
  std::string out = Dsar(dir.path() / "cases", "case new " + ShellQuote((dir.path() / "bad.toml").string()), &code);
  CHECK(code == 1);
  CHECK_THAT(out, Catch::Contains("bad.toml:2"));
  out = Dsar(dir.path() / "cases", "scan NO-SUCH-CASE", &code);
  CHECK(code == 1);
  CHECK_THAT(out, Catch::Contains("no case 'NO-SUCH-CASE'"));
  // dsar works from any directory, without the source tree.
  std::string cmd = "cd " + ShellQuote(dir.path().string()) + " && " + DSAR_BINARY +
                    " -q --workspace ws case new " + ShellQuote((kSamples / "request.toml").string());
  CHECK(RunCommand(cmd + " 2>&1", &out) == 0);
  CHECK_THAT(out, Catch::Contains("due 2026-12-02"));
}

TEST_CASE("e2e: extension, refusal and the register", "[e2e][policy]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  fs::path ws = dir.path() / "cases";
  int code = 0;
  std::string request = ShellQuote((samples / "request.toml").string());
  REQUIRE((Dsar(ws, "run " + request, &code), code) == 0);
  // A second request for the same pupil: a repeat warning at intake.
  std::string second = ReadBytes(samples / "request.toml");
  second.replace(second.find("SAR-2026-014"), 12, "SAR-2026-020");
  second.replace(second.find("received  = 2026-11-02"), 22, "received  = 2026-11-16");
  WriteBytes(samples / "request2.toml", second);
  std::string out = Dsar(ws, "case new " + ShellQuote((samples / "request2.toml").string()), &code);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("SAR-2026-014 for the same subject"));
  // The second case over the same export reuses the extraction (and OCR) cache.
  REQUIRE(RunCommand(std::string(DSAR_BINARY) + " --workspace " + ShellQuote(ws.string()) +
                         " ingest SAR-2026-020 2>&1", &out) == 0);
  CHECK_THAT(out, Catch::Contains("item(s) from the extraction cache"));

  // Extension (with SOURCE_DATE_EPOCH inside the first month): new due date,
  // the letter written, and included in the package.
  std::string env = "SOURCE_DATE_EPOCH=1795000000 ";  // 2026-11-17
  std::string cmd = env + DSAR_BINARY + " -q --workspace " + ShellQuote(ws.string()) +
                    " case extend SAR-2026-014 --reason 'Records span several systems.' 2>&1";
  REQUIRE(RunCommand(cmd, &out) == 0);
  CHECK_THAT(out, Catch::Contains("due 2027-02-02"));
  CHECK(fs::exists(ws / "SAR-2026-014" / "letters" / "extension-letter.pdf"));
  out = Dsar(ws, "bundle SAR-2026-014 --accept-suggestions", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path unpacked = Unpack(LastLine(out), dir.path() / "unpacked");
  std::string letter = ReadPdf("pdftotext", unpacked / "extension-letter.pdf");
  CHECK_THAT(letter, Catch::Contains("2 February 2027"));

  // Refusal: the package is the refusal letter and a manifest.
  out = Dsar(ws, "case refuse SAR-2026-020 --grounds excessive --reason 'It repeats SAR-2026-014.'", &code);
  REQUIRE(code == 0);
  CHECK(fs::exists(ws / "SAR-2026-020" / "letters" / "refusal-letter.pdf"));
  out = Dsar(ws, "bundle SAR-2026-020", &code);
  REQUIRE(code == 0);
  fs::path refused = Unpack(LastLine(out), dir.path() / "refused");
  CHECK_FALSE(fs::exists(refused / "documents"));
  std::string refusal = ReadPdf("pdftotext", refused / "refusal-letter.pdf");
  CHECK_THAT(refusal, Catch::Contains("manifestly excessive"));
  CHECK_THAT(refusal, Catch::Contains("It repeats SAR-2026-014."));
  CHECK_THAT(ReadBytes(refused / "manifest.json"), Catch::Contains("refused as manifestly excessive"));

  // The register lists both, with their state.
  out = Dsar(ws, "register", &code);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("SAR-2026-014"));
  CHECK_THAT(out, Catch::Contains("2027-02-02"));
  CHECK_THAT(out, Catch::Contains("released"));
  CHECK_THAT(out, Catch::Contains("SAR-2026-020"));
  CHECK_THAT(out, Catch::Contains("refused"));

  // dsar detect: one JSON object per finding, byte offsets into the file.
  WriteBytes(dir.path() / "note.txt", "Caf\xC3\xA9 trip: call Zo\xC3\xAB on 07700 900123.\r\nKind regards,\r\nAmira Haddad\r\n");
  out = Dsar(ws, "detect " + ShellQuote((dir.path() / "note.txt").string()), &code);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("\"begin\":25,\"category\":\"PHONE\",\"end\":37"));
  CHECK_THAT(out, Catch::Contains("\"category\":\"PERSON\""));
  CHECK_THAT(out, Catch::Contains("\"text\":\"Amira Haddad\""));
  // "text" is the bytes begin/end cover, also where two hits merged into one
  // wider span ("Mali" in a lower-case message and "Gruffydd" from the subject).
  WriteBytes(dir.path() / "mum.txt", "Subject: Gruffydd yr 11\n\nHi there\nits Mali Gruffydd's mum, hes off today\n");
  out = Dsar(ws, "detect " + ShellQuote((dir.path() / "mum.txt").string()), &code);
  REQUIRE(code == 0);
  CHECK_THAT(out, Catch::Contains("\"begin\":38,\"category\":\"PERSON\",\"end\":51"));
  CHECK_THAT(out, Catch::Contains("\"text\":\"Mali Gruffydd\""));

  // dsar deadline prints the date alone on its first line.
  out = Dsar(ws, "deadline --received 2028-01-31", &code);
  CHECK(code == 0);
  CHECK(out.substr(0, 11) == "2028-02-29\n");
}

TEST_CASE("e2e: every PDF and image in the public corpora is extracted or recorded with a reason",
          "[e2e][corpora]") {
  // pdf.js and pypdf test PDFs (encrypted, broken, annotated, forms,
  // JavaScript) and Tesseract's test scans, through the real ingest.
  TempDir dir;
  fs::path corpora = fs::canonical(DSAR_CORPORA_DIR);
  std::string request = "reference = \"CORPUS-1\"\nreceived = 2026-11-02\n"
                        "[subject]\nname = \"Nobody Inparticular\"\n"
                        "[requester]\nrelationship = \"self\"\n"
                        "[sources]\npaths = [\"" + (corpora / "pdfjs").string() + "\", \"" +
                        (corpora / "pypdf").string() + "\", \"" + (corpora / "tesseract-test").string() +
                        "\"]\n"
                        "[sources.passwords]\n\"" + (corpora / "pypdf/resources/encryption/r4-user-password.pdf").string() +
                        "\" = \"asdfzxcv\"\n";
  WriteBytes(dir.path() / "request.toml", request);
  CaseOptions options;
  options.workspace = dir.path() / "cases";
  Result<Case> c = CreateCase(dir.path() / "request.toml", options, NullReporter());
  REQUIRE(c.ok());
  Result<IngestSummary> in = Ingest(*c, {}, NullReporter());
  REQUIRE(in.ok());
  size_t pdfs = 0, images = 0, extracted = 0, needs_password = 0;
  for (const ItemRecord& item : c->store->Items()) {
    bool pdf = item.media_type == "application/pdf";
    bool image = item.media_type.rfind("image/", 0) == 0;
    pdfs += pdf;
    images += image;
    if (!pdf && !image) continue;
    INFO(item.path << " " << item.media_type << ": " << item.reason);
    if (item.status == ItemStatus::kExtracted) {
      ++extracted;
      if (item.path.find("r4-user-password.pdf") != std::string::npos) SUCCEED("opened with its password");
    } else {
      CHECK_FALSE(item.reason.empty());  // never dropped without a reason
      needs_password += item.reason.find("needs password") != std::string::npos;
    }
  }
  CHECK(pdfs >= 170);
  CHECK(images >= 10);
  CHECK(extracted >= pdfs + images - 12);  // a few encrypted with unknown passwords
  CHECK(needs_password >= 5);
  // The one whose password the request supplies opened.
  bool opened = false;
  for (const ItemRecord& item : c->store->Items()) {
    if (item.path.find("r4-user-password.pdf") != std::string::npos) opened = item.status == ItemStatus::kExtracted;
  }
  CHECK(opened);
}

namespace {

// A one-page PDF (Helvetica, uncompressed) with the given content stream,
// with a correct cross-reference table.
std::string MinimalPdf(const std::string& content) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  return AssemblePdf(objects);
}

}  // namespace

TEST_CASE("e2e: text hidden under an earlier black box is found and kept out of the package",
          "[e2e][hidden]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  // An agency's report about the pupil where someone "redacted" a name by
  // drawing a black box over it: the text is still in the file.
  WriteBytes(samples / "export" / "Agency" / "referral_outcome.pdf",
             MinimalPdf("BT /F1 12 Tf 72 760 Td (Outcome report about Matilda Fenwick, 9RB) Tj ET\n"
                        "BT /F1 12 Tf 72 740 Td (Reported by Quentinella Vasquez-Oduro of the agency) Tj ET\n"
                        "0 g 160 736 170 16 re f\n"));
  fs::path ws = dir.path() / "cases";
  int code = 0;
  std::string out = Dsar(ws, "run " + ShellQuote((samples / "request.toml").string()) + " --accept-suggestions", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path unpacked = Unpack(LastLine(out), dir.path() / "unpacked");
  std::string all;
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) {
    all += ReadPdf("pdftotext", e.path()) + ReadPdf("mutool", e.path());
  }
  CHECK_THAT(all, Catch::Contains("Outcome report about Matilda Fenwick"));
  CHECK(all.find("Quentinella") == std::string::npos);
  CHECK(all.find("Vasquez") == std::string::npos);
}

TEST_CASE("e2e: form field values are scanned, redacted and flattened into the page", "[e2e][forms]") {
  TempDir dir;
  fs::path samples = CopySamples(dir);
  // A referral form filled in on screen: the pupil's name field has an
  // appearance stream (drawn), the parent's name field has only its value
  // (a form saved for the viewer to draw). Both are the page's text.
  const std::string page_text = "BT /F1 12 Tf 72 760 Td (Referral form for Matilda Fenwick, 9RB) Tj ET\n"
                                "BT /F1 10 Tf 72 705 Td (Pupil name) Tj 0 -40 Td (Other contact) Tj ET\n";
  const std::string appearance = "BT /F1 12 Tf 2 5 Td (Tilly Fenwick) Tj ET";
  const std::string pdf = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R] >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R /Annots [6 0 R 7 0 R] >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(page_text.size()) + " >>\nstream\n" + page_text + "\nendstream",
      "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Pupil name) /V (Tilly Fenwick) "
      "/Rect [150 700 400 720] /P 3 0 R /AP << /N 8 0 R >> >>",
      "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Other contact) /V (Doreen Blackwood) "
      "/Rect [150 660 400 680] /P 3 0 R >>",
      "<< /Type /XObject /Subtype /Form /BBox [0 0 250 20] /Resources << /Font << /F1 4 0 R >> >> "
      "/Length " + std::to_string(appearance.size()) + " >>\nstream\n" + appearance + "\nendstream"});
  fs::path form = samples / "export" / "Agency" / "referral_form.pdf";
  WriteBytes(form, pdf);
  // A second form with only the subject's own value: nothing to redact on
  // its page, so only flattening keeps the value in the copy.
  const std::string consent_text = "BT /F1 12 Tf 72 760 Td (Consent form, 9RB) Tj ET\n";
  const std::string consent_ap = "BT /F1 12 Tf 2 5 Td (Tilly Fenwick) Tj ET";
  WriteBytes(samples / "export" / "Agency" / "consent_form.pdf",
             AssemblePdf({"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
                          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
                          ">> >> /Contents 5 0 R /Annots [6 0 R] >>",
                          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                          "<< /Length " + std::to_string(consent_text.size()) + " >>\nstream\n" + consent_text +
                              "\nendstream",
                          "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Pupil) /V (Tilly Fenwick) "
                          "/Rect [150 700 400 720] /P 3 0 R /AP << /N 7 0 R >> >>",
                          "<< /Type /XObject /Subtype /Form /BBox [0 0 250 20] /Resources << /Font << /F1 4 0 R "
                          ">> >> /Length " + std::to_string(consent_ap.size()) + " >>\nstream\n" + consent_ap +
                              "\nendstream"}));

  // The value without an appearance is text of the page, with a box.
  int code = 0;
  std::string extracted = Dsar(dir.path() / "unused", "extract " + ShellQuote(form.string()), &code);
  REQUIRE(code == 0);
  CHECK_THAT(extracted, Catch::Contains("Doreen Blackwood"));
  CHECK_THAT(extracted, Catch::Contains("Tilly Fenwick"));

  fs::path ws = dir.path() / "cases";
  std::string out = Dsar(ws, "run " + ShellQuote((samples / "request.toml").string()) + " --accept-suggestions", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path unpacked = Unpack(LastLine(out), dir.path() / "unpacked");
  std::string all, consent;
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) {
    std::string text = ReadPdf("pdftotext", e.path()) + ReadPdf("mutool", e.path());
    if (text.find("Consent form, 9RB") != std::string::npos) consent = text;
    all += text;
  }
  CHECK_THAT(all, Catch::Contains("Referral form for Matilda Fenwick"));
  // The subject's own value, drawn only by the field, reaches the requester:
  // the page was flattened, not copied without its fields.
  CHECK_THAT(consent, Catch::Contains("Tilly Fenwick"));
  CHECK(all.find("Doreen") == std::string::npos);
  CHECK(all.find("Blackwood") == std::string::npos);
}
