// Bundle: apply the decisions, render and redact every disclosed document,
// verify each output by reading it back, and write the package atomically.
//
//   <case>/disclosure.zip
//     documents/NNNN.pdf   one per disclosed document, NNNN = item number
//     manifest.json        hashes of every input and output, counts
//     disclosure-log.csv   one row per item: what happened to it and why
//
// Nothing is written under the final name until every output has passed
// verification; a failure leaves the previous package (if any) untouched.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/case.h"
#include "extractors/ocr.h"
#include "pipeline/csv.h"
#include "pipeline/worker_pool.h"
#include "pipeline/deadline.h"
#include "pipeline/letters.h"
#include "pipeline/mail_threads.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/subject_matcher.h"
#include "pipeline/zip_writer.h"
#include "redaction/redaction.h"

#ifndef DSAR_VERSION
#define DSAR_VERSION "0.0.0"
#endif

namespace dsar {
namespace {

namespace fs = std::filesystem;

constexpr int kManifestSchemaVersion = 1;

// Removes a directory tree when it goes out of scope.
class ScopedDir {
 public:
  explicit ScopedDir(fs::path p) : path_(std::move(p)) {}
  ~ScopedDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Counts whole-word, case- and accent-insensitive occurrences of `value`.
size_t CountOccurrences(const std::string& folded_haystack, const std::string& value) {
  std::string needle = FoldForMatch(value);
  if (needle.size() < 2) return 0;
  return FindWholeWord(folded_haystack, needle).size();
}

// The text a redacted document is meant to contain: the original with each
// redacted span replaced by a space. Used to tell a real leak from a value
// that legitimately survives (e.g. "Fenwick" inside the subject's own name
// when the requester "Mrs Fenwick" is redacted). `breaks` (sorted source
// offsets) are where the writer broke a word too long for a line: a reader
// of the output sees two words there, so the intended text has a line break
// too ("Office" at a line end inside "...officedocument..." is not a leak).
std::string IntendedText(const std::string& text, const std::vector<redaction::TextRedaction>& spans,
                         const std::vector<size_t>& breaks = {}) {
  std::string out;
  size_t pos = 0;
  size_t next_break = 0;
  auto copy_to = [&](size_t end) {
    for (; next_break < breaks.size() && breaks[next_break] < end; ++next_break) {
      if (breaks[next_break] < pos) continue;  // inside a redacted span
      out.append(text, pos, breaks[next_break] - pos);
      out.push_back('\n');
      pos = breaks[next_break];
    }
    out.append(text, pos, end - pos);
    pos = end;
  };
  std::vector<redaction::TextRedaction> sorted = spans;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  for (const auto& s : sorted) {
    if (s.start > pos) copy_to(std::min(s.start, text.size()));
    out.push_back(' ');
    pos = std::max(pos, s.end);
  }
  if (pos < text.size()) copy_to(text.size());
  return out;
}

bool Intersects(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Maps text spans of a PDF document onto word boxes, merging neighbouring
// words of one line into a single box.
std::vector<redaction::BoxRedaction> SpansToBoxes(const Document& doc,
                                                  const std::vector<redaction::TextRedaction>& spans) {
  std::vector<redaction::BoxRedaction> out;
  for (const auto& span : spans) {
    for (const Page& page : doc.pages) {
      for (const Word& w : page.words) {
        if (!(w.start < span.end && span.start < w.end)) continue;
        if (!out.empty()) {
          redaction::BoxRedaction& last = out.back();
          double h = std::max(last.box.height(), w.box.height());
          bool same_line = last.page == page.number &&
                           std::abs((last.box.y0 + last.box.y1) - (w.box.y0 + w.box.y1)) / 2 < h / 2;
          if (same_line && last.label == span.label && w.box.x0 >= last.box.x0 &&
              w.box.x0 - last.box.x1 < 2 * h) {
            last.box.x1 = std::max(last.box.x1, w.box.x1);
            last.box.y0 = std::min(last.box.y0, w.box.y0);
            last.box.y1 = std::max(last.box.y1, w.box.y1);
            continue;
          }
        }
        out.push_back({page.number, w.box, span.label});
      }
    }
  }
  return out;
}

// Text of a PDF document's words that no box covers, page by page.
std::string SurvivingPdfText(const Document& doc, const std::vector<redaction::BoxRedaction>& boxes) {
  std::string out;
  for (const Page& page : doc.pages) {
    for (const Word& w : page.words) {
      bool covered = std::any_of(boxes.begin(), boxes.end(), [&](const redaction::BoxRedaction& b) {
        return b.page == page.number && Intersects(b.box, w.box);
      });
      if (!covered) out += w.text + " ";
    }
    out += "\n";
  }
  return out;
}

// Replaces whole-word occurrences of any of `values` in `s` with
// "[redacted]", and the case's absolute base folder with nothing.
std::string Scrub(const std::string& s, const std::vector<std::string>& values,
                  const std::string& base_dir) {
  std::string in = s;
  if (!base_dir.empty()) {
    for (size_t pos; (pos = in.find(base_dir)) != std::string::npos;) in.erase(pos, base_dir.size() + 1);
  }
  FoldedText folded(in);
  std::vector<std::pair<size_t, size_t>> cut;
  for (const std::string& v : values) {
    std::string needle = FoldForMatch(v);
    if (needle.size() < 2) continue;
    for (size_t pos : FindWholeWord(folded.folded(), needle)) {
      cut.emplace_back(folded.OriginalStart(pos), folded.OriginalEnd(pos + needle.size()));
    }
  }
  if (cut.empty()) return in;
  std::sort(cut.begin(), cut.end());
  std::string out;
  size_t pos = 0;
  for (auto [a, b] : cut) {
    if (a < pos) {
      pos = std::max(pos, b);
      continue;
    }
    out.append(in, pos, a - pos);
    out += "[redacted]";
    pos = b;
  }
  out.append(in, pos, std::string::npos);
  return out;
}

time_t PackageTime() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    return static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  }
  return time(nullptr);
}

// Zips `entries` (name in the archive, file on disk) to `package` through a
// temporary name, reads the archive back and compares every entry's hash,
// then renames it into place. On failure nothing is left under either name.
Status WritePackage(const fs::path& package, std::vector<std::pair<std::string, fs::path>> entries,
                    time_t mtime) {
  std::error_code ec;
  fs::path tmp = package;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    Result<std::unique_ptr<ZipWriter>> zip = ZipWriter::Create(tmp);
    if (!zip.ok()) return zip.status();
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, path] : entries) {
      DSAR_RETURN_IF_ERROR((*zip)->AddFile(name, path, mtime));
    }
    DSAR_RETURN_IF_ERROR((*zip)->Commit());
  }
  Result<std::map<std::string, std::string>> check = HashZipEntries(tmp);
  bool intact = check.ok() && check->size() == entries.size();
  for (const auto& [name, path] : entries) {
    Result<std::string> sha = Sha256File(path);
    intact = intact && sha.ok() && check->count(name) && check->at(name) == *sha;
  }
  if (!intact) {
    fs::remove(tmp, ec);
    return Status::IoError("the package did not read back intact; nothing was released");
  }
  if (::rename(tmp.c_str(), package.c_str()) != 0) {
    fs::remove(tmp, ec);
    return Status::IoError("cannot move the package into place at " + package.string());
  }
  return Status::OK();
}

// The fields every manifest starts with.
nlohmann::json ManifestHeader(const Case& c) {
  return {{"schema_version", kManifestSchemaVersion},
          {"tool", {{"name", "dsar"}, {"version", DSAR_VERSION}}},
          {"reference", c.request.reference},
          {"generated_at", NowUtc()},
          {"received", c.request.received},
          {"request", {{"sha256", c.request.sha256}}},
          {"policy", {{"name", fs::path(c.policy.source).filename().string()}, {"sha256", c.policy.sha256}}}};
}

// A refused request's package: the refusal letter and a manifest.
Result<BundleSummary> BundleRefusal(Case& c, const std::string& grounds) {
  fs::path letter = c.dir / "letters" / "refusal-letter.pdf";
  std::error_code ec;
  if (!fs::exists(letter, ec)) {
    return Status::NotFound("the case was refused but " + letter.string() +
                            " is missing; run dsar case refuse again");
  }
  Result<std::string> sha = Sha256File(letter);
  if (!sha.ok()) return sha.status();
  nlohmann::json manifest = ManifestHeader(c);
  manifest["outcome"] = "refused as manifestly " + grounds;
  manifest["outputs"] = {{{"path", "refusal-letter.pdf"}, {"sha256", *sha},
                          {"size", static_cast<int64_t>(fs::file_size(letter, ec))}}};
  fs::path staging = c.dir / ("staging-" + std::to_string(::getpid()));
  fs::create_directories(staging, ec);
  ScopedDir cleanup(staging);
  DSAR_RETURN_IF_ERROR(WriteFileAtomic(staging / "manifest.json", manifest.dump(2) + "\n"));
  BundleSummary summary;
  summary.package = c.dir / "disclosure.zip";
  DSAR_RETURN_IF_ERROR(WritePackage(
      summary.package, {{"refusal-letter.pdf", letter}, {"manifest.json", staging / "manifest.json"}},
      PackageTime()));
  DSAR_RETURN_IF_ERROR(c.store->SetMeta("released_at", NowUtc()));
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "bundle.refusal", manifest["outputs"].dump()));
  return summary;
}

// OCR of every page of an output PDF, rendered at 300 dpi, in an isolated
// worker. Returns one text per page.
// OCRs every page of an output PDF, in workers (Tesseract can abort): runs
// of kOcrPagesPerWorker pages, as many workers at once as there are cores,
// each allowed time for its pages. One worker with a fixed limit could not
// verify a long document (800 pages at about 2 s a page).
constexpr int kOcrPagesPerWorker = 16;
constexpr int kOcrSecondsPerPage = 30;  // several times a page's OCR on a loaded 2-core machine

}  // namespace

Result<std::vector<std::string>> OcrPdfPages(const fs::path& pdf) {
  Result<int> count = redaction::CountPages(pdf);
  if (!count.ok()) return count.status();
  const int pages = *count;
  const size_t runs = static_cast<size_t>((pages + kOcrPagesPerWorker - 1) / kOcrPagesPerWorker);
  std::vector<std::string> texts(static_cast<size_t>(pages));
  Status failed;
  RunIsolated(
      runs,
      [&](size_t r) -> Result<std::string> {
        const int first = static_cast<int>(r) * kOcrPagesPerWorker + 1;
        nlohmann::json out = nlohmann::json::array();
        Status s = redaction::ForEachRenderedPage(
            pdf, 300,
            [&](int, int w, int h, int stride, const uint8_t* px) -> Status {
              extractors::GrayImage img;
              img.width = w;
              img.height = h;
              img.stride = stride;
              img.dpi = 300;
              img.pixels.assign(px, px + static_cast<size_t>(stride) * h);
              Result<std::string> text = extractors::OcrText(img);
              if (!text.ok()) return text.status();
              out.push_back(*text);
              return Status::OK();
            },
            first, first + kOcrPagesPerWorker - 1);
        if (!s.ok()) return s;
        return out.dump();
      },
      [&](size_t r, Result<std::string> result) {
        if (!failed.ok()) return;
        if (!result.ok()) {
          failed = result.status();
          return;
        }
        std::vector<std::string> run = nlohmann::json::parse(*result).get<std::vector<std::string>>();
        for (size_t k = 0; k < run.size() && r * kOcrPagesPerWorker + k < texts.size(); ++k) {
          texts[r * kOcrPagesPerWorker + k] = std::move(run[k]);
        }
      },
      WorkerLimits{0, 120 + kOcrSecondsPerPage * kOcrPagesPerWorker, size_t{4} << 30});
  if (!failed.ok()) return failed;
  return texts;
}

namespace {

struct DocOutcome {
  std::string status;  // disclosed | partly disclosed | not relevant | could not be processed
  std::map<std::string, size_t> by_category;
  std::set<std::string> exemptions;
  std::string output;  // documents/NNNN.pdf, or empty
  std::string note;
  std::string internal_note;  // for the DPO's log only
};

// The policy's label for an exemption code, or `fallback` when unknown.
std::string LabelFor(const Policy& policy, const std::string& code, const std::string& fallback) {
  for (const Exemption& e : policy.exemptions) {
    if (e.code == code) return e.label;
  }
  return fallback;
}

// What the decisions make of one document: the spans and boxes to redact,
// the values that must not be readable afterwards, the exemptions relied on.
struct DocumentPlan {
  std::vector<redaction::TextRedaction> spans;         // suggestions and manual text
  std::vector<redaction::BoxRedaction> manual_boxes;   // drawn on page images
  std::vector<std::string> forbidden;                  // must not be readable in the output
  std::vector<std::string> third_party_values;         // must not reach the log either
  std::vector<std::string> person_values;              // redacted PERSON values
  std::set<std::string> disclosed_values;              // folded
  std::set<std::string> withheld_under;                // exemption codes; non-empty = withheld
  std::map<std::string, size_t> by_category;
  std::set<std::string> exemptions;
};

Result<DocumentPlan> PlanDocument(Case& c, int64_t item_id, const Document& doc,
                                  std::map<std::string, Decision>& decisions,
                                  const DocumentDecision* whole) {
  DocumentPlan plan;
  for (const Suggestion& s : c.store->Suggestions(item_id)) {
    const Decision& d = decisions[s.key];
    std::string exemption = d.exemption.empty() ? s.exemption : d.exemption;
    std::string label = d.exemption.empty() ? s.label : LabelFor(c.policy, d.exemption, s.label);
    if (d.verdict == Verdict::kAccept && s.action == "withhold") {
      plan.withheld_under.insert(exemption);
    } else if ((d.verdict == Verdict::kAccept && s.action == "redact") ||
               (d.verdict == Verdict::kReject && s.action == "disclose")) {
      plan.spans.push_back({s.start, s.end, label});
      plan.forbidden.push_back(s.value);
      if (s.category != "EXEMPTION") plan.third_party_values.push_back(s.value);
      if (s.category == "PERSON") plan.person_values.push_back(s.value);
      plan.by_category[s.category]++;
      plan.exemptions.insert(exemption);
    } else if (whole && whole->action == "withhold" && d.verdict == Verdict::kPending &&
               s.action == "redact") {
      // Withheld in full before its suggestions were decided: nothing of it
      // is released, and the values it would have redacted must stay out of
      // the log too (its file name may name them).
      if (s.category != "EXEMPTION") plan.third_party_values.push_back(s.value);
      if (s.category == "PERSON") plan.person_values.push_back(s.value);
    } else if (!s.value.empty()) {
      plan.disclosed_values.insert(FoldForMatch(s.value));
    }
  }
  if (whole && whole->action == "withhold") {
    plan.withheld_under.insert(whole->exemption.empty() ? "withheld" : whole->exemption);
  }
  for (const ManualRedaction& m : c.store->ManualRedactions(item_id)) {
    std::string label = LabelFor(c.policy, m.exemption, "Redacted");
    std::string where = "document " + ItemNumber(item_id) + ": manual redaction " + std::to_string(m.id);
    if (m.kind == "text") {
      if (m.start >= m.end || m.end > doc.text.size()) {
        return Status::InvalidInput(where + " lies outside the document text");
      }
      plan.spans.push_back({m.start, m.end, label});
      std::string value = doc.text.substr(m.start, m.end - m.start);
      plan.forbidden.push_back(value);
      plan.third_party_values.push_back(value);
    } else if (m.kind == "box") {
      if (m.page < 1 || static_cast<size_t>(m.page) > doc.pages.size()) {
        return Status::InvalidInput(where + " is on page " + std::to_string(m.page) +
                                    ", which this document does not have");
      }
      plan.manual_boxes.push_back({m.page, m.box, label});
      // Every word the box touches must be gone from the output.
      for (const Word& w : doc.pages[m.page - 1].words) {
        if (Intersects(m.box, w.box) && FoldForMatch(w.text).size() >= 3) plan.forbidden.push_back(w.text);
      }
    } else {
      return Status::Corrupt(where + " has unknown kind '" + m.kind + "'");
    }
    plan.by_category["MANUAL"]++;
    if (!m.exemption.empty()) plan.exemptions.insert(m.exemption);
  }
  return plan;
}

// Renders one planned document to `out_path`. Sets *intended to the text the
// output is meant to contain and *rasterised when pages became images.
Status RenderPlanned(const Case& c, const ItemRecord& item, const Document& doc, const DocumentPlan& plan,
                     bool skip_redaction, redaction::RenderOptions& render, const fs::path& out_path,
                     std::string* intended, bool* rasterised, std::string* internal_note) {
  const std::vector<redaction::TextRedaction>& spans = plan.spans;
  if (doc.kind == DocumentKind::kPdf || doc.kind == DocumentKind::kScan) {
    std::vector<redaction::BoxRedaction> boxes = SpansToBoxes(doc, spans);
    if (boxes.size() < (spans.empty() ? 0u : 1u)) {
      return Status::Internal("document " + ItemNumber(item.id) + ": redactions could not be placed on the page");
    }
    boxes.insert(boxes.end(), plan.manual_boxes.begin(), plan.manual_boxes.end());
    fs::path original = ItemBytesPath(c, item);
    Result<std::string> sha = Sha256File(original);
    if (!sha.ok() || *sha != item.sha256) {
      return Status::IoError("document " + ItemNumber(item.id) + ": the original file " + item.path +
                             " is missing or changed since ingest; restore it or re-run dsar ingest");
    }
    render.flatten_pages.clear();
    size_t unseen = 0;
    for (const HiddenContent& hc : doc.hidden) {
      // Form values are page text (scanned and redacted like any), but the
      // sanitising copy drops form fields: their pages are flattened so
      // the values reach the requester as drawn, with redactions burnt in.
      if (hc.kind == "text_under_box" || hc.kind == "invisible_text" || hc.kind == "white_text" ||
          hc.kind == "off_page_text" || (hc.kind == "form_field" && hc.page > 0)) {
        render.flatten_pages.push_back(hc.page);
      } else {
        ++unseen;
      }
    }
    if (unseen > 0 && internal_note) {
      *internal_note = std::to_string(unseen) +
                       " annotation(s), attachment(s) or field value(s) off the page in the original are not in "
                       "this copy: review them by hand";
    }
    std::vector<redaction::BoxRedaction> applied =
        skip_redaction ? std::vector<redaction::BoxRedaction>{} : boxes;
    *intended = SurvivingPdfText(doc, boxes);
    *rasterised = doc.kind == DocumentKind::kScan || !boxes.empty();
    return doc.kind == DocumentKind::kScan
               ? redaction::WriteRedactedScan(original, doc, applied, render, out_path)
               : redaction::WriteRedactedPdf(original, doc, applied, render, out_path);
  }
  if (!plan.manual_boxes.empty()) {
    return Status::InvalidInput("document " + ItemNumber(item.id) +
                                " has no page images: a box cannot be drawn on it; redact its text instead");
  }
  if (doc.kind == DocumentKind::kOffice && !doc.hidden.empty() && internal_note) {
    // Comments, tracked deletions and hidden text are in this copy's text
    // (office_extractor.cc); the DPO's log counts them, naming no value.
    std::map<std::string, int> kinds;
    for (const HiddenContent& hc : doc.hidden) ++kinds[hc.kind];
    std::string counts;
    for (const auto& [kind, n] : kinds) {
      std::string words = kind;
      std::replace(words.begin(), words.end(), '_', ' ');
      counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + words;
    }
    *internal_note = "the original holds content a reader may not see (" + counts +
                     "): it is in this copy in headed sections, reviewed and redacted like the rest";
  }
  std::vector<size_t> breaks;
  Status written = redaction::WriteTextPdf(
      doc.text, skip_redaction ? std::vector<redaction::TextRedaction>{} : spans, render, out_path, &breaks);
  *intended = IntendedText(doc.text, spans, breaks);
  return written;
}

}  // namespace

// The words of folded text for name matching: runs of letters, digits,
// apostrophes and hyphens (bytes of other scripts count as letters), a
// trailing possessive dropped ("blackwood's" is "blackwood").
std::vector<std::string_view> NameWords(std::string_view folded) {
  std::vector<std::string_view> words;
  auto in_word = [](unsigned char ch) {
    return ch >= 0x80 || std::isalnum(ch) || ch == '\'' || ch == '-';
  };
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !in_word(static_cast<unsigned char>(folded[i]))) ++i;
    size_t start = i;
    while (i < folded.size() && in_word(static_cast<unsigned char>(folded[i]))) ++i;
    std::string_view w = folded.substr(start, i - start);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    while (!w.empty() && (w.back() == '\'' || w.back() == '-')) w.remove_suffix(1);
    while (!w.empty() && (w.front() == '\'' || w.front() == '-')) w.remove_prefix(1);
    if (!w.empty()) words.push_back(w);
  }
  return words;
}

// Full names (two words or more) redacted in some released documents and
// readable in another released one: for each document showing such a name,
// the documents that redact it. The reviewer may mean it (a teacher named
// in their role in one letter, redacted in a personal matter in another),
// so the bundle notes it for the DPO rather than refusing.
std::map<int64_t, std::set<int64_t>> NamesRedactedElsewhere(
    const std::map<std::string, std::set<int64_t>>& name_redacted_in,
    const std::vector<std::pair<int64_t, std::string>>& released_folded) {
  std::vector<std::vector<std::string>> names;
  std::vector<const std::set<int64_t>*> where;
  std::unordered_map<std::string, std::vector<size_t>> by_first;
  for (const auto& [folded, docs] : name_redacted_in) {
    std::vector<std::string> words;
    for (std::string_view w : NameWords(folded)) words.emplace_back(w);
    if (words.size() < 2) continue;
    by_first[words.front()].push_back(names.size());
    names.push_back(std::move(words));
    where.push_back(&docs);
  }
  std::map<int64_t, std::set<int64_t>> found;
  if (names.empty()) return found;
  for (const auto& [id, text] : released_folded) {
    std::vector<std::string_view> words = NameWords(text);
    for (size_t i = 0; i < words.size(); ++i) {
      auto it = by_first.find(std::string(words[i]));
      if (it == by_first.end()) continue;
      for (size_t n : it->second) {
        const std::vector<std::string>& name = names[n];
        if (i + name.size() > words.size()) continue;
        bool same = true;
        for (size_t k = 1; k < name.size() && same; ++k) same = words[i + k] == name[k];
        if (!same) continue;
        for (int64_t other : *where[n]) {
          if (other != id) found[id].insert(other);
        }
      }
    }
  }
  return found;
}

Result<BundleSummary> Bundle(Case& c, const BundleOptions& options, Reporter& reporter) {
  // 0. Intake: a refused request's package is its refusal letter;
  // unresolved requester checks (ID, consent, authority) block release.
  if (auto refused = c.store->GetMeta("refused")) {
    reporter.Info("case " + c.request.reference + " was refused as manifestly " + *refused +
                  ": the package holds the refusal letter");
    return BundleRefusal(c, *refused);
  }
  if (auto checks = c.store->GetMeta("intake_checks")) {
    std::string blocks;
    for (const auto& k : nlohmann::json::parse(*checks, nullptr, false)) {
      if (k.is_object() && k.value("severity", "") == "blocked") {
        blocks += "\n  - " + k.value("message", "");
      }
    }
    if (!blocks.empty()) {
      return Status::Blocked("the request cannot be answered yet:" + blocks +
                             "\nUpdate the request file and run `dsar case new` again.");
    }
  }
  // 1. Decisions: a document a reviewer marked as about the subject after the
  // last scan has not been searched for third parties yet.
  if (std::vector<int64_t> unscanned = MarkedRelevantNotScanned(c); !unscanned.empty()) {
    std::string list;
    for (int64_t id : unscanned) list += (list.empty() ? "" : ", ") + ItemNumber(id);
    return Status::Blocked("document(s) " + list +
                           " were marked as about the subject after the last scan, so nobody else's personal "
                           "data in them has been looked for yet: run `dsar scan " + c.request.reference +
                           "`, review what it suggests, then bundle again");
  }
  // Refuse while anything is pending, unless told otherwise.
  size_t pending_docs = 0;
  std::map<int64_t, size_t> pending_by_doc;
  size_t pending = CountPending(c, &pending_docs, &pending_by_doc);
  if (pending > 0 && !options.accept_suggestions) {
    std::string where;
    size_t listed = 0;
    for (const auto& [id, n] : pending_by_doc) {
      if (++listed > 10) {
        where += "\n  ... and " + std::to_string(pending_by_doc.size() - 10) + " more document(s)";
        break;
      }
      Result<ItemRecord> it = c.store->GetItem(id);
      where += "\n  document " + ItemNumber(id) + " (" + (it.ok() ? it->path : "?") + "): " +
               std::to_string(n) + " pending";
    }
    return Status::Blocked(
        std::to_string(pending) + " suggestion(s) in " + std::to_string(pending_docs) +
        " document(s) await review:" + where + "\nReview them in the browser with `dsar review " +
        c.request.reference + "`, or by spreadsheet with `dsar decisions export " + c.request.reference +
        " review.csv` and `dsar decisions import " + c.request.reference +
        " review.csv`; then bundle again. Or pass --accept-suggestions to accept them all");
  }
  std::map<std::string, Decision> decisions = c.store->EffectiveDecisions();
  std::map<int64_t, DocumentDecision> whole_decisions = c.store->DocumentDecisions();
  if (pending > 0) {
    std::string reviewer = "accept-suggestions:" + c.actor;
    DSAR_RETURN_IF_ERROR(c.store->InTransaction([&]() -> Status {
      for (const Suggestion& s : c.store->Suggestions()) {
        auto it = decisions.find(s.key);
        if (it != decisions.end() && it->second.verdict != Verdict::kPending) continue;
        if (whole_decisions.count(s.item_id)) continue;
        Decision d{s.key, Verdict::kAccept, reviewer, NowUtc(), "accepted with --accept-suggestions", ""};
        DSAR_RETURN_IF_ERROR(c.store->AddDecision(d));
        decisions[s.key] = d;
      }
      nlohmann::json detail = {{"accepted", pending}};
      return c.store->Audit(c.actor, "decisions.accept_all", detail.dump());
    }));
    reporter.Info("accepted " + std::to_string(pending) + " pending suggestion(s) (--accept-suggestions)");
  }

  // 2. Render and verify each document into a staging folder.
  fs::path staging_path = c.dir / ("staging-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(staging_path, ec);
  fs::create_directories(staging_path / "documents", ec);
  if (ec) return Status::IoError("cannot create " + staging_path.string() + ": " + ec.message());
  ScopedDir staging(staging_path);

  redaction::RenderOptions render = DefaultRenderOptions();
  if (!options.font_path.empty()) render.font_path = options.font_path;
  if (!options.bold_font_path.empty()) render.bold_font_path = options.bold_font_path;
  if (!fs::exists(render.font_path, ec)) {
    return Status::IoError("font " + render.font_path.string() +
                           " not found: install fonts-dejavu-core (apt-get install fonts-dejavu-core)");
  }

  std::vector<ItemRecord> items = c.store->Items();
  // Every third-party value redacted anywhere: none may reach the log, the
  // manifest or the cover letter.
  std::vector<std::string> all_redacted;
  // Where each redacted value was redacted (folded value -> documents), so a
  // refusal can say which decision to look at.
  std::map<std::string, std::set<int64_t>> redacted_in;
  std::vector<std::string> redacted_names;  // PERSON values, whose words are scrubbed too
  // For the consistency note: where each PERSON value was redacted in a
  // released document, and every released document's text as meant.
  std::map<std::string, std::set<int64_t>> name_redacted_in;
  std::vector<std::pair<int64_t, std::string>> released_folded;
  std::map<int64_t, DocOutcome> outcomes;
  fs::path base = fs::absolute(c.request.base_dir).lexically_normal();
  BundleSummary summary;
  size_t done = 0;
  for (const ItemRecord& item : items) {
    reporter.Progress("bundle", ++done, items.size());
    DocOutcome& out = outcomes[item.id];
    if (item.duplicate_of != 0) {
      out.status = "duplicate";
      out.note = "the same message as " + ItemNumber(item.duplicate_of) + "; disclosed once, as that item";
      continue;
    }
    if (item.status != ItemStatus::kExtracted) {
      out.status = "could not be processed";
      out.note = item.reason.empty() ? "not extracted" : item.reason;
      ++summary.not_processed;
      continue;
    }
    // Without the pages' words until the document is known to be disclosed:
    // most items stop at the checks below.
    Result<DocumentRecord> rec = c.store->GetDocument(item.id, CaseStore::PageWords::kNone);
    if (!rec.ok()) return rec.status();
    if (IsContainerDocument(rec->document)) {
      out.status = "container";
      out.note = rec->document.extractor != "zip" ? "a mailbox: each of its messages is listed as its own item"
                                                  : "an archive: each of its files is listed as its own item";
      // What could not be read from it (damaged items, limits) is said here.
      if (!item.reason.empty()) out.note += "; " + item.reason;
      continue;
    }
    if (rec->relevance != Relevance::kRelevant && (!c.request.date_from.empty() || !c.request.date_to.empty())) {
      std::string mail_date = MailDateOf(*c.store, item, &rec->document);
      if (OutsideDateRange(c.request, mail_date)) {
        out.status = "out of date range";
        out.note = (rec->document.kind == DocumentKind::kEmail ? "dated " : "attached to an email dated ") +
                   mail_date.substr(0, 10) + ", outside the requested date range";
        continue;
      }
    }
    if (rec->relevance != Relevance::kRelevant) {
      out.status = "not relevant";
      out.note = rec->relevance == Relevance::kUnknown ? "not scanned yet"
                 : rec->relevance_reason.empty()         ? "does not mention the subject"
                                                         : rec->relevance_reason;
      continue;
    }
    const DocumentDecision* whole = nullptr;
    if (auto w = whole_decisions.find(item.id); w != whole_decisions.end()) whole = &w->second;
    if (whole && whole->action == "not_relevant") {
      out.status = "not relevant";
      out.note = "set aside by the reviewer as not about the subject";
      continue;
    }
    // Redaction maps text spans onto word boxes across the whole document:
    // every page's words are read here (not flat in pages; see
    // docs/benchmarks.md, Memory).
    if (!rec->document.pages.empty()) {
      rec = c.store->GetDocument(item.id);
      if (!rec.ok()) return rec.status();
    }
    const Document& doc = rec->document;
    Result<DocumentPlan> plan = PlanDocument(c, item.id, doc, decisions, whole);
    if (!plan.ok()) return plan.status();
    redacted_names.insert(redacted_names.end(), plan->person_values.begin(), plan->person_values.end());
    out.by_category = plan->by_category;
    out.exemptions = plan->exemptions;
    const std::vector<std::string>& forbidden = plan->forbidden;
    const std::vector<std::string>& third_party_values = plan->third_party_values;
    const std::set<std::string>& disclosed_values = plan->disclosed_values;
    const std::vector<redaction::TextRedaction>& spans = plan->spans;
    if (!plan->withheld_under.empty()) {
      out.status = "withheld";
      out.exemptions = plan->withheld_under;
      out.note = whole ? "withheld in full under an exemption by the reviewer"
                       : "withheld in full under an exemption";
      all_redacted.insert(all_redacted.end(), third_party_values.begin(), third_party_values.end());
      for (const std::string& v : third_party_values) redacted_in[FoldForMatch(v)].insert(item.id);
      continue;
    }
    std::string output = "documents/" + ItemNumber(item.id) + ".pdf";
    fs::path out_path = staging.path() / output;
    render.footer = c.request.reference + " \xE2\x80\x93 document " + ItemNumber(item.id);
    std::string intended;
    bool rasterised = false;  // pages became images: verify their pixels by OCR too
    Status written = RenderPlanned(c, item, doc, *plan, options.testing_skip_redaction, render, out_path,
                                   &intended, &rasterised, &out.internal_note);
    if (!written.ok()) {
      return written.WithContext("document " + ItemNumber(item.id) + " (" + item.path + ")");
    }

    // 3. Verify: read the output back with poppler; every redacted value
    // must occur no more often than in the text we meant to write.
    Result<std::vector<std::string>> pages = redaction::ExtractPageTexts(out_path);
    if (!pages.ok()) return pages.status().WithContext("verifying document " + ItemNumber(item.id));
    std::string intended_folded = FoldedText(intended).folded();
    // Fold the output once, not once per redacted value.
    std::vector<std::string> pages_folded;
    std::string all;
    for (const std::string& t : *pages) {
      pages_folded.push_back(FoldedText(t).folded());
      all += t + "\n";
    }
    const std::string all_folded = FoldedText(all).folded();
    std::vector<std::string> zero_tolerance;
    for (const std::string& v : forbidden) {
      if (disclosed_values.count(FoldForMatch(v))) {
        // Still verified: the disclosed mentions are in the intended text,
        // so the count below allows them and nothing more.
        reporter.Warn("document " + ItemNumber(item.id) +
                      ": a value is redacted in one place and disclosed in another; check the decisions");
      }
      size_t allowed = CountOccurrences(intended_folded, v);
      if (allowed == 0) zero_tolerance.push_back(v);
      for (size_t p = 0; p < pages_folded.size(); ++p) {
        // Page by page first, to name the page of a leak.
        if (allowed == 0 && CountOccurrences(pages_folded[p], v) > 0) {
          return Status::VerificationFailed(
              "document " + ItemNumber(item.id) + " page " + std::to_string(p + 1) +
              ": a redacted value can still be read from the output; no package was written");
        }
      }
      if (CountOccurrences(all_folded, v) > allowed) {
        return Status::VerificationFailed("document " + ItemNumber(item.id) +
                                          ": a redacted value can still be read from the output; "
                                          "no package was written");
      }
    }
    // Pixels: a box that missed its word leaves the word readable in the
    // image even though the text layer is clean. OCR every rasterised page
    // (in a worker: Tesseract can abort) and look for the values again.
    if (rasterised && !zero_tolerance.empty()) {
      Result<std::vector<std::string>> ocr = OcrPdfPages(out_path);
      if (!ocr.ok()) return ocr.status().WithContext("verifying document " + ItemNumber(item.id) + " by OCR");
      std::vector<std::string> ocr_folded;
      for (const std::string& t : *ocr) ocr_folded.push_back(FoldedText(t).folded());
      for (const std::string& v : zero_tolerance) {
        for (size_t p = 0; p < ocr_folded.size(); ++p) {
          if (CountOccurrences(ocr_folded[p], v) > 0) {
            return Status::VerificationFailed(
                "document " + ItemNumber(item.id) + " page " + std::to_string(p + 1) +
                ": a redacted value can be read back from the page image by OCR; no package was written");
          }
        }
      }
    }
    Result<std::vector<redaction::Leak>> leaks = redaction::FindLeaks(out_path, zero_tolerance);
    if (!leaks.ok()) return leaks.status().WithContext("verifying document " + ItemNumber(item.id));
    if (!leaks->empty()) {
      const redaction::Leak& l = leaks->front();
      return Status::VerificationFailed("document " + ItemNumber(item.id) +
                                        (l.page > 0 ? " page " + std::to_string(l.page) : "") +
                                        ": a redacted value can still be found (" + l.where +
                                        "); no package was written");
    }
    all_redacted.insert(all_redacted.end(), third_party_values.begin(), third_party_values.end());
    for (const std::string& v : third_party_values) redacted_in[FoldForMatch(v)].insert(item.id);
    for (const std::string& v : plan->person_values) name_redacted_in[FoldForMatch(v)].insert(item.id);
    released_folded.emplace_back(item.id, std::move(intended_folded));
    size_t n = spans.size() + plan->manual_boxes.size();
    summary.redactions += n;
    out.status = n > 0 ? "partly disclosed" : "disclosed";
    out.output = output;
    ++summary.documents;
  }
  // A third party's full name redacted in one released document and
  // readable in another: noted in the DPO's log, not refused.
  {
    std::map<int64_t, std::set<int64_t>> elsewhere = NamesRedactedElsewhere(name_redacted_in, released_folded);
    released_folded.clear();
    for (const auto& [id, others] : elsewhere) {
      std::string list;
      for (int64_t o : others) list += (list.empty() ? "" : ", ") + ItemNumber(o);
      std::string note = "a third party's name redacted in document " + list +
                         " is readable in this one; check that the decisions for that person agree";
      DocOutcome& o = outcomes[id];
      o.internal_note += (o.internal_note.empty() ? "" : "; ") + note;
    }
    if (!elsewhere.empty()) {
      reporter.Warn("bundle: " + std::to_string(elsewhere.size()) +
                    " released document(s) show a third party's name that another document redacts; "
                    "see the notes in internal-disclosure-log.csv");
    }
  }
  // A redacted value that is also part of the subject's own name (the
  // requester "Mrs Fenwick" shares the pupil's surname) reveals nothing new
  // in the log, and scrubbing it would make the log unreadable.
  {
    SubjectMatcher matcher(c.request.subject);
    std::set<std::string> subject_words = SubjectNameWords(c.request.subject);
    // Each word of a redacted name on its own, too: a file name such as
    // "abernethy_change_of_address.eml" must not carry "Carys Abernethy".
    std::vector<std::string> words;
    for (const std::string& v : redacted_names) {
      std::string f = FoldForMatch(v);
      if (f.find(' ') == std::string::npos) continue;
      for (std::string& w : SplitWords(f)) {
        while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
        if (w.size() >= 3) words.push_back(std::move(w));
      }
    }
    all_redacted.insert(all_redacted.end(), words.begin(), words.end());
    // The requester's own name is no secret from the requester.
    std::string requester = FoldForMatch(c.request.requester.name);
    for (std::string& w : SplitWords(requester)) subject_words.insert(std::move(w));
    std::erase_if(all_redacted, [&](const std::string& v) {
      std::string f = FoldForMatch(v);
      return subject_words.count(f) > 0 || matcher.IsSubjectValue(v) || (!requester.empty() && f == requester);
    });
  }
  std::sort(all_redacted.begin(), all_redacted.end());
  all_redacted.erase(std::unique(all_redacted.begin(), all_redacted.end()), all_redacted.end());

  // 4. Disclosure log and manifest: no third-party value in either.
  std::string log = csv::Row({"number", "source", "other_locations", "type", "date", "status",
                              "redactions", "redactions_by_category", "exemptions", "output", "note"});
  std::string internal_log = log;
  nlohmann::json manifest_items = nlohmann::json::array();
  std::string base_str = base.string();
  // What each extracted item is, as the log names it; items come in number
  // order and a part is numbered after its container, so a part finds its
  // container here without reading that document again.
  std::map<int64_t, std::string> log_kind;
  for (const ItemRecord& item : items) {
    const DocOutcome& out = outcomes[item.id];
    std::vector<std::string> locations = c.store->Locations(item.id);
    std::string others;
    for (const std::string& l : locations) {
      if (l == item.path) continue;
      others += (others.empty() ? "" : "; ") + Scrub(l, all_redacted, base_str);
    }
    std::string by_cat, exemptions;
    size_t total = 0;
    for (const auto& [cat, n] : out.by_category) {
      by_cat += (by_cat.empty() ? "" : "; ") + cat + ":" + std::to_string(n);
      total += n;
    }
    for (const std::string& e : out.exemptions) exemptions += (exemptions.empty() ? "" : "; ") + e;
    std::string type = item.media_type;
    std::string date;
    if (item.status == ItemStatus::kExtracted) {
      Result<DocumentRecord> rec = c.store->GetDocument(item.id, CaseStore::PageWords::kNone);
      if (rec.ok()) {
        const std::string& ex = rec->document.extractor;
        type = ex == "mbox" || ex == "pst" ? "mailbox" : ex == "zip" ? "archive" : DocumentKindName(rec->document.kind);
        log_kind[item.id] = type;
        date = rec->document.date.substr(0, 10);
      }
    }
    // Where the item came from (attachment 2 of email 0147) and its place
    // in a thread: numbers only, safe in the requester's copy.
    std::string link;
    if (item.parent_id != 0) {
      auto parent = log_kind.find(item.parent_id);
      link = item.part + " of " + (parent != log_kind.end() ? parent->second : std::string("item")) + " " +
             ItemNumber(item.parent_id);
    }
    if (!item.thread_note.empty()) link += (link.empty() ? "" : "; ") + item.thread_note;
    std::string note = Scrub(out.note, all_redacted, base_str);
    if (!link.empty()) note = link + (note.empty() ? "" : "; ") + note;
    if (locations.size() > 1) {
      note += (note.empty() ? "" : "; ") + std::to_string(locations.size()) +
              " identical copies found; disclosed once";
    }
    // The internal log (kept in the case for the DPO) has every location as
    // found; the requester's copy withholds where documents that are not
    // about the subject were, since their names can identify others.
    std::string internal_note = out.note + (out.note.empty() || out.internal_note.empty() ? "" : "; ") +
                                out.internal_note;
    if (!link.empty()) internal_note = link + (internal_note.empty() ? "" : "; ") + internal_note;
    internal_log += csv::Row({ItemNumber(item.id), item.path, others, type, date, out.status,
                              std::to_string(total), by_cat, exemptions, out.output, internal_note});
    std::string source = Scrub(item.path, all_redacted, base_str);
    if (out.status == "not relevant") {
      source = "";
      others = "";
      note = "not about the subject; location withheld" + (link.empty() ? "" : "; " + link);
    }
    log += csv::Row({ItemNumber(item.id), source, others, type, date, out.status,
                     std::to_string(total), by_cat, exemptions, out.output, note});
    manifest_items.push_back({{"number", ItemNumber(item.id)},
                              {"sha256", item.sha256},
                              {"size", item.size},
                              {"media_type", item.media_type},
                              {"locations", locations.size()},
                              {"status", out.status}});
    if (item.parent_id != 0) {
      manifest_items.back()["parent"] = ItemNumber(item.parent_id);
      manifest_items.back()["part"] = item.part;
    }
    if (item.duplicate_of != 0) manifest_items.back()["duplicate_of"] = ItemNumber(item.duplicate_of);
    if (!item.thread.empty()) {
      manifest_items.back()["thread"] = item.thread;
      manifest_items.back()["thread_note"] = item.thread_note;
    }
  }
  fs::path log_path = staging.path() / "disclosure-log.csv";
  DSAR_RETURN_IF_ERROR(WriteFileAtomic(log_path, log));

  nlohmann::json outputs = nlohmann::json::array();
  std::vector<std::pair<std::string, fs::path>> entries;
  for (const auto& [id, out] : outcomes) {
    if (out.output.empty()) continue;
    fs::path p = staging.path() / out.output;
    Result<std::string> sha = Sha256File(p);
    if (!sha.ok()) return sha.status();
    outputs.push_back({{"path", out.output}, {"sha256", *sha},
                       {"size", static_cast<int64_t>(fs::file_size(p, ec))}});
    entries.emplace_back(out.output, p);
  }
  Result<std::string> log_sha = Sha256File(log_path);
  if (!log_sha.ok()) return log_sha.status();
  outputs.push_back({{"path", "disclosure-log.csv"}, {"sha256", *log_sha},
                     {"size", static_cast<int64_t>(log.size())}});
  entries.emplace_back("disclosure-log.csv", log_path);

  // The cover letter: Article 15 information and the exemptions relied on.
  CoverFacts facts;
  facts.date = Today();
  std::set<std::string> relied_on;
  for (const auto& [id, out] : outcomes) {
    if (out.status == "disclosed") ++facts.disclosed;
    if (out.status == "partly disclosed") ++facts.partly_disclosed;
    if (out.status == "withheld") ++facts.withheld;
    if (out.status == "could not be processed") ++facts.not_processed;
    relied_on.insert(out.exemptions.begin(), out.exemptions.end());
  }
  for (const Exemption& e : c.policy.exemptions) {
    if (relied_on.count(e.code)) facts.exemption_codes.push_back(e.code);
  }
  std::string cover_text = CoverLetterText(c, facts);
  fs::path cover_path = staging.path() / "cover-letter.pdf";
  DSAR_RETURN_IF_ERROR(WriteLetterPdf(cover_text, c.request.reference + " \xE2\x80\x93 cover letter", cover_path));
  Result<std::string> cover_sha = Sha256File(cover_path);
  if (!cover_sha.ok()) return cover_sha.status();
  outputs.push_back({{"path", "cover-letter.pdf"}, {"sha256", *cover_sha},
                     {"size", static_cast<int64_t>(fs::file_size(cover_path, ec))}});
  entries.emplace_back("cover-letter.pdf", cover_path);
  for (const char* name : {"extension-letter.pdf"}) {
    fs::path letter = c.dir / "letters" / name;
    if (!fs::exists(letter, ec)) continue;
    fs::path staged = staging.path() / name;
    fs::copy_file(letter, staged, fs::copy_options::overwrite_existing, ec);
    if (ec) return Status::IoError("cannot copy " + letter.string() + ": " + ec.message());
    Result<std::string> sha = Sha256File(staged);
    if (!sha.ok()) return sha.status();
    outputs.push_back({{"path", name}, {"sha256", *sha}, {"size", static_cast<int64_t>(fs::file_size(staged, ec))}});
    entries.emplace_back(name, staged);
  }

  size_t accepted = 0, rejected = 0, by_flag = 0;
  for (const auto& [key, d] : decisions) {
    if (d.verdict == Verdict::kAccept) ++accepted;
    if (d.verdict == Verdict::kReject) ++rejected;
    if (d.reviewer.rfind("accept-suggestions:", 0) == 0) ++by_flag;
  }
  std::map<std::string, size_t> status_counts;
  for (const auto& [id, out] : outcomes) status_counts[out.status]++;
  time_t now = PackageTime();
  nlohmann::json manifest = ManifestHeader(c);
  manifest.update({
      {"due_date", c.store->GetMeta("due_date").value_or("")},
      {"items", manifest_items},
      {"outputs", outputs},
      {"counts",
       {{"items", items.size()},
        {"documents_in_package", summary.documents},
        {"redactions", summary.redactions},
        {"by_status", status_counts}}},
      {"decisions",
       {{"accepted", accepted}, {"rejected", rejected}, {"accepted_with_flag", by_flag}}},
  });
  std::string manifest_text = manifest.dump(2) + "\n";
  // Defence in depth: the log and manifest must not carry a redacted value.
  std::string cover_read;
  {
    Result<std::vector<std::string>> pages = redaction::ExtractPageTexts(cover_path);
    if (!pages.ok()) return pages.status().WithContext("verifying the cover letter");
    for (const std::string& t : *pages) cover_read += t + "\n";
  }
  const std::pair<const char*, const std::string*> shared_outputs[] = {
      {"disclosure log", &log}, {"manifest", &manifest_text}, {"cover letter", &cover_read}};
  for (const auto& [what, text] : shared_outputs) {
    std::string folded = FoldedText(*text).folded();
    for (const std::string& v : all_redacted) {
      if (CountOccurrences(folded, v) > 0) {
        if (std::getenv("DSAR_DEBUG_LEAKS")) std::fprintf(stderr, "leak: '%s'\n", v.c_str());
        std::string where;
        if (auto it = redacted_in.find(FoldForMatch(v)); it != redacted_in.end()) {
          for (int64_t id : it->second) where += (where.empty() ? "" : ", ") + ItemNumber(id);
          where = " (it is redacted in document " + where + ")";
        } else {
          where = " (it is a word of a redacted name)";
        }
        return Status::VerificationFailed(std::string("a redacted value would appear in the ") + what + where +
                                          ": decide it the same way everywhere, or set DSAR_DEBUG_LEAKS=1 "
                                          "to print it; no package was written");
      }
    }
  }
  fs::path manifest_path = staging.path() / "manifest.json";
  DSAR_RETURN_IF_ERROR(WriteFileAtomic(manifest_path, manifest_text));
  entries.emplace_back("manifest.json", manifest_path);

  // 5. Zip under a temporary name, check it reads back, then rename.
  fs::path package = c.dir / "disclosure.zip";
  DSAR_RETURN_IF_ERROR(WritePackage(package, entries, now));
  DSAR_RETURN_IF_ERROR(WriteFileAtomic(c.dir / "internal-disclosure-log.csv", internal_log));
  Result<std::string> package_sha = Sha256File(package);
  nlohmann::json detail = {{"package_sha256", package_sha.ok() ? *package_sha : ""},
                           {"documents", summary.documents},
                           {"redactions", summary.redactions},
                           {"not_processed", summary.not_processed}};
  DSAR_RETURN_IF_ERROR(c.store->SetMeta("released_at", NowUtc()));
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "bundle", detail.dump()));
  summary.package = package;
  return summary;
}

Status RenderReleasePreview(Case& c, int64_t item_id, const fs::path& out_pdf) {
  Result<ItemRecord> item = c.store->GetItem(item_id);
  if (!item.ok()) return item.status();
  Result<DocumentRecord> rec = c.store->GetDocument(item_id);
  if (!rec.ok()) return rec.status();
  std::map<int64_t, DocumentDecision> whole_decisions = c.store->DocumentDecisions();
  const DocumentDecision* whole = nullptr;
  if (auto w = whole_decisions.find(item_id); w != whole_decisions.end()) whole = &w->second;
  if (rec->relevance != Relevance::kRelevant || (whole && whole->action == "not_relevant")) {
    return Status::InvalidInput("document " + ItemNumber(item_id) + " is not relevant: it is not released");
  }
  std::map<std::string, Decision> decisions = c.store->EffectiveDecisions();
  Result<DocumentPlan> plan = PlanDocument(c, item_id, rec->document, decisions, whole);
  if (!plan.ok()) return plan.status();
  if (!plan->withheld_under.empty()) {
    return Status::InvalidInput("document " + ItemNumber(item_id) + " is withheld in full: it is not released");
  }
  redaction::RenderOptions render = DefaultRenderOptions();
  render.footer = c.request.reference + " \xE2\x80\x93 document " + ItemNumber(item_id) + " (preview)";
  std::string intended;
  bool rasterised = false;
  return RenderPlanned(c, *item, rec->document, *plan, false, render, out_pdf, &intended, &rasterised, nullptr);
}

}  // namespace dsar
