#include "pipeline/exemption_triggers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "pipeline/model/unicode.h"

namespace dsar {
namespace {

// Compiled patterns are cached by their text: policies are loaded once but
// scanned over thousands of documents.
const RE2* Compiled(const std::string& pattern) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<RE2>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(pattern);
  if (it == cache.end()) {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(32 << 20);
    it = cache.emplace(pattern, std::make_unique<RE2>(pattern, o)).first;
  }
  return it->second->ok() ? it->second.get() : nullptr;
}

// The paragraph around [start, end): bounded by blank lines (or page breaks),
// at most ~1500 bytes either side so a document with no blank lines does not
// become one passage.
std::pair<size_t, size_t> Paragraph(const std::string& text, size_t start, size_t end) {
  const size_t kMax = 1500;
  size_t a = start;
  while (a > 0 && start - a < kMax) {
    if (text[a - 1] == '\f') break;
    if (a >= 2 && text[a - 1] == '\n' && text[a - 2] == '\n') break;
    --a;
  }
  size_t b = end;
  while (b < text.size() && b - end < kMax) {
    if (text[b] == '\f') break;
    if (text[b] == '\n' && b + 1 < text.size() && text[b + 1] == '\n') break;
    ++b;
  }
  // Trim surrounding whitespace.
  while (a < b && (text[a] == '\n' || text[a] == ' ' || text[a] == '\t')) ++a;
  while (b > a && (text[b - 1] == '\n' || text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  // Stay on UTF-8 boundaries.
  while (a > 0 && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) --a;
  while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  return {a, b};
}

// Is the phrase at `pos` of the folded text negated in its own clause: "no
// safeguarding referral is needed", "not a child protection matter", "we
// have not sought legal advice"? Up to four words back, stopping at the end
// of a clause. "Not until" and "not only" are not negations.
bool Negated(const std::string& folded, size_t pos) {
  static const std::set<std::string> kNegators = {
      "no", "not", "never", "without", "none", "nothing", "neither", "nor", "cannot", "isnt", "wasnt",
      "arent", "werent", "dont", "doesnt", "didnt", "cant", "wont", "shouldnt", "wouldnt", "hasnt",
      "havent", "hadnt", "nobody"};
  size_t i = pos;
  std::string next;  // the word after the one being looked at
  for (int words = 0; words < 4 && i > 0; ++words) {
    // Skip spaces back to the previous word; a clause boundary ends the search.
    while (i > 0 && folded[i - 1] == ' ') --i;
    if (i == 0) return false;
    char c = folded[i - 1];
    if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ',' || c == '\n' || c == '(' ||
        c == ')') {
      return false;
    }
    size_t end = i;
    while (i > 0 && folded[i - 1] != ' ' && folded[i - 1] != '.' && folded[i - 1] != ',' &&
           folded[i - 1] != ';' && folded[i - 1] != ':' && folded[i - 1] != '(') {
      --i;
    }
    std::string word;
    for (size_t k = i; k < end; ++k) {
      unsigned char ch = static_cast<unsigned char>(folded[k]);
      if (std::isalpha(ch)) word.push_back(static_cast<char>(ch));  // "isn't" -> "isnt"
    }
    if (kNegators.count(word) && next != "until" && next != "only" && next != "just") return true;
    next = word;
  }
  return false;
}

std::string Reason(const Exemption& e, const std::string& trigger) {
  std::string r = e.title + " (" + e.provision + ")";
  if (!e.reason.empty()) r += ": " + e.reason;
  r += ". Triggered by " + trigger + ". A person must decide whether the exemption applies";
  return r;
}

}  // namespace

std::vector<ExemptionHit> FindExemptionTriggers(const Policy& policy, const Document& doc,
                                                const std::string& source_path) {
  std::vector<ExemptionHit> out;
  FoldedText folded(doc.text);
  for (const Exemption& e : policy.exemptions) {
    if (!e.has_triggers()) continue;
    std::vector<std::pair<std::pair<size_t, size_t>, std::string>> found;  // span, trigger
    for (const std::string& phrase : e.phrases) {
      std::string needle = FoldForMatch(phrase);
      for (size_t pos : FindWholeWord(folded.folded(), needle)) {
        if (Negated(folded.folded(), pos)) continue;
        found.push_back({{folded.OriginalStart(pos), folded.OriginalEnd(pos + needle.size())},
                         "the phrase '" + phrase + "'"});
      }
    }
    for (const std::string& pattern : e.patterns) {
      const RE2* re = Compiled(pattern);
      if (!re) continue;
      re2::StringPiece input(doc.text);
      re2::StringPiece m;
      size_t pos = 0;
      while (pos <= doc.text.size() &&
             re->Match(input, pos, doc.text.size(), RE2::UNANCHORED, &m, 1)) {
        size_t s = static_cast<size_t>(m.data() - doc.text.data());
        found.push_back({{s, s + m.size()}, "the pattern '" + pattern + "'"});
        pos = s + std::max<size_t>(m.size(), 1);
      }
    }
    bool document_class = false;
    std::string class_trigger;
    for (const std::string& pattern : e.document_classes) {
      const RE2* re = Compiled(pattern);
      if (!re) continue;
      if (RE2::PartialMatch(source_path, *re) || RE2::PartialMatch(doc.title, *re)) {
        document_class = true;
        class_trigger = "the document class '" + pattern + "' (file name or title)";
        break;
      }
    }
    if (e.scope == "document") {
      if (document_class || !found.empty()) {
        ExemptionHit h;
        h.code = e.code;
        h.whole_document = true;
        h.end = doc.text.size();
        h.trigger = document_class ? class_trigger : found.front().second;
        h.reason = Reason(e, h.trigger);
        out.push_back(std::move(h));
      }
      continue;
    }
    if (document_class && found.empty()) {
      // A passage-scoped exemption whose document class matched but whose
      // words did not: offer the whole document for review.
      ExemptionHit h;
      h.code = e.code;
      h.whole_document = true;
      h.end = doc.text.size();
      h.trigger = class_trigger;
      h.reason = Reason(e, h.trigger);
      out.push_back(std::move(h));
      continue;
    }
    std::vector<ExemptionHit> passages;
    for (const auto& [span, trigger] : found) {
      auto [a, b] = Paragraph(doc.text, span.first, span.second);
      passages.push_back({e.code, false, a, b, trigger, ""});
    }
    std::sort(passages.begin(), passages.end(),
              [](const ExemptionHit& x, const ExemptionHit& y) { return x.start < y.start; });
    std::vector<ExemptionHit> merged;
    for (ExemptionHit& p : passages) {
      if (!merged.empty() && p.start <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, p.end);
        if (merged.back().trigger.find(p.trigger) == std::string::npos) {
          merged.back().trigger += " and " + p.trigger;
        }
        continue;
      }
      merged.push_back(std::move(p));
    }
    for (ExemptionHit& p : merged) {
      p.reason = Reason(e, p.trigger);
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace dsar
