// Review by spreadsheet: export every suggestion with its current decision,
// import the reviewer's accept/reject column. Until the review web app
// exists this is how a person decides each suggestion.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/model/hash.h"

namespace dsar {
namespace {

const std::vector<std::string> kColumns = {
    "key", "document", "source", "category", "entity", "action", "text", "context", "reason",
    "exemption", "confidence", "current", "decision", "note"};

std::string Context(const std::string& text, size_t start, size_t end) {
  size_t from = start > 60 ? start - 60 : 0;
  size_t to = std::min(text.size(), end + 60);
  // Move to UTF-8 boundaries.
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  std::string out = text.substr(from, start - from) + "[[" + text.substr(start, end - start) +
                    "]]" + text.substr(end, to - end);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
  }
  return out;
}

}  // namespace

Status ExportDecisions(Case& c, const std::filesystem::path& path) {
  std::map<std::string, Decision> decisions = c.store->EffectiveDecisions();
  std::map<int64_t, DocumentDecision> whole = c.store->DocumentDecisions();
  std::string out = csv::Row(kColumns);
  int64_t cached_id = -1;
  std::string cached_text, cached_source;
  size_t n = 0;
  for (const Suggestion& s : c.store->Suggestions()) {
    if (s.item_id != cached_id) {
      Result<DocumentRecord> rec = c.store->GetDocument(s.item_id, CaseStore::PageWords::kNone);
      if (!rec.ok()) return rec.status();
      cached_text = rec->document.text;
      Result<ItemRecord> item = c.store->GetItem(s.item_id);
      cached_source = item.ok() ? item->path : "";
      cached_id = s.item_id;
    }
    auto it = decisions.find(s.key);
    std::string current = it == decisions.end() ? "pending" : VerdictName(it->second.verdict);
    std::string decision = current == "pending" ? "" : current;
    // A document withheld or set aside in review needs no decision here.
    if (auto w = whole.find(s.item_id); w != whole.end() && current == "pending") {
      current = w->second.action == "withhold" ? "document withheld" : "document not relevant";
    }
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", s.confidence);
    // A decision may cite another exemption than the suggestion did.
    const std::string& exemption =
        it != decisions.end() && !it->second.exemption.empty() ? it->second.exemption : s.exemption;
    out += csv::Row({s.key, ItemNumber(s.item_id), cached_source, s.category, s.entity, s.action, s.value,
                     Context(cached_text, s.start, s.end), s.reason, exemption, conf, current, decision,
                     it == decisions.end() ? "" : it->second.note});
    ++n;
  }
  DSAR_RETURN_IF_ERROR(WriteFileAtomic(path, out));
  nlohmann::json detail = {{"suggestions", n}, {"file", path.filename().string()}};
  return c.store->Audit(c.actor, "decisions.export", detail.dump());
}

Result<ImportSummary> ImportDecisions(Case& c, const std::filesystem::path& path,
                                      const std::string& reviewer) {
  Result<std::string> text = ReadFile(path, 256u << 20);
  if (!text.ok()) return text.status();
  Result<std::vector<csv::Record>> records = csv::Parse(*text);
  if (!records.ok()) return records.status().WithContext(path.string());
  if (records->empty()) return Status::InvalidInput(path.string() + ": the file is empty");
  const csv::Record& header = records->front();
  int key_col = -1, decision_col = -1, note_col = -1, exemption_col = -1;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string h = header.fields[i];
    if (h == "key") key_col = static_cast<int>(i);
    if (h == "decision") decision_col = static_cast<int>(i);
    if (h == "note") note_col = static_cast<int>(i);
    if (h == "exemption") exemption_col = static_cast<int>(i);
  }
  if (key_col < 0 || decision_col < 0) {
    return Status::InvalidInput(path.string() +
                                ":1: the header row must have 'key' and 'decision' columns "
                                "(export a fresh file with: dsar decisions export)");
  }
  std::map<std::string, Suggestion> by_key;
  for (Suggestion& s : c.store->Suggestions()) by_key[s.key] = std::move(s);
  std::map<std::string, Decision> current = c.store->EffectiveDecisions();

  std::vector<Decision> to_add;
  ImportSummary summary;
  std::map<std::string, int> seen;
  for (size_t r = 1; r < records->size(); ++r) {
    const csv::Record& rec = (*records)[r];
    std::string where = path.string() + ":" + std::to_string(rec.line) + ": ";
    auto field = [&](int col) {
      return col >= 0 && static_cast<size_t>(col) < rec.fields.size() ? rec.fields[col] : std::string();
    };
    std::string key = field(key_col);
    std::string verdict_text = field(decision_col);
    for (char& ch : verdict_text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    while (!verdict_text.empty() && verdict_text.back() == ' ') verdict_text.pop_back();
    while (!verdict_text.empty() && verdict_text.front() == ' ') verdict_text.erase(0, 1);
    if (key.empty()) return Status::InvalidInput(where + "the 'key' cell is empty");
    if (!by_key.count(key)) {
      return Status::InvalidInput(where + "no suggestion with key '" + key +
                                  "' in this case (was the file exported from another case, or "
                                  "before a re-scan?)");
    }
    if (auto prev = seen.find(key); prev != seen.end()) {
      return Status::InvalidInput(where + "key '" + key + "' already appears on line " +
                                  std::to_string(prev->second));
    }
    seen[key] = rec.line;
    if (verdict_text.empty() || verdict_text == "pending") {
      ++summary.unchanged;
      continue;
    }
    Verdict v;
    if (verdict_text == "accepted" || verdict_text == "redact" || verdict_text == "yes") verdict_text = "accept";
    if (verdict_text == "rejected" || verdict_text == "disclose" || verdict_text == "no") verdict_text = "reject";
    if (!ParseVerdict(verdict_text, &v) || v == Verdict::kPending) {
      return Status::InvalidInput(where + "decision '" + field(decision_col) +
                                  "' is not understood: write accept, reject, or leave it empty");
    }
    std::string note = field(note_col);
    // An exemption other than the suggestion's is kept with the decision.
    std::string exemption = field(exemption_col);
    if (exemption == by_key[key].exemption) exemption.clear();
    if (!exemption.empty() &&
        std::none_of(c.policy.exemptions.begin(), c.policy.exemptions.end(),
                     [&](const Exemption& e) { return e.code == exemption; })) {
      return Status::InvalidInput(where + "exemption '" + exemption + "' is not in the case's policy");
    }
    auto cur = current.find(key);
    if (cur != current.end() && cur->second.verdict == v && cur->second.note == note &&
        cur->second.exemption == exemption) {
      ++summary.unchanged;
      continue;
    }
    (v == Verdict::kAccept ? summary.accepted : summary.rejected)++;
    to_add.push_back({key, v, reviewer, NowUtc(), note, exemption});
  }
  DSAR_RETURN_IF_ERROR(c.store->InTransaction([&]() -> Status {
    for (const Decision& d : to_add) {
      DSAR_RETURN_IF_ERROR(c.store->AddDecision(d));
      nlohmann::json detail = {{"suggestion", d.suggestion_key}, {"verdict", VerdictName(d.verdict)},
                               {"via", "csv"}};
      if (!d.note.empty()) detail["note"] = d.note;
      if (!d.exemption.empty()) detail["exemption"] = d.exemption;
      DSAR_RETURN_IF_ERROR(c.store->Audit(reviewer, "decision", detail.dump()));
    }
    return Status::OK();
  }));
  return summary;
}

}  // namespace dsar
