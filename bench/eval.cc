// dsar_eval: measures detection quality (precision, recall, F1 per category)
// of DetectPersonalData on labelled documents, and its throughput.
//
//   dsar_eval [--labels tests/eval/labels.jsonl] [--presidio PATH | --no-presidio]
//             [--min-recall [SET:]CAT=V ...] [--min-precision [SET:]CAT=V ...]
//             [--min-f1 [SET:]CAT=V ...] [--examples N] [--throughput-seconds S]
//             [--json OUT] [--dump-predictions OUT.jsonl]
//
// Sets: school (every document of the school set), clean, ocr (its clean and
// OCR-noised parts) and presidio. CAT is a category or ALL (micro average).
// A threshold without a set applies to the school set. Exit status: 0 when
// every threshold is met, 1 when one is not (each is named), 2 on bad input.
//
// Matching rule (docs/quality.md): a predicted span matches a gold span of
// the same category when they overlap by at least half the length of the
// longer of the two; matching is one-to-one, largest overlaps first.
// Exact-match numbers (same start and end) are reported alongside.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/model/document.h"
#include "pipeline/recognizers.h"

#ifndef DSAR_SOURCE_DIR
#define DSAR_SOURCE_DIR "."
#endif
#ifndef DSAR_CORPORA_DIR
#define DSAR_CORPORA_DIR "../shared/corpora"
#endif

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Span {
  size_t begin = 0, end = 0;
  std::string category;
  std::string detail;  // prediction: recognizer; neutral: source type
};

// A region of a presidio sentence labelled with a type dsar does not score;
// predictions of the listed categories overlapping it are neither right nor
// wrong (e.g. a POSTCODE inside a STREET_ADDRESS, a DATE_OF_BIRTH on a
// DATE_TIME).
struct Neutral {
  size_t begin = 0, end = 0;
  std::string type;
  std::set<std::string> categories;
};

struct EvalDoc {
  std::string id;
  std::string text;
  std::vector<Span> gold;
  std::vector<Neutral> neutral;
  std::vector<Span> unscored;  // presidio spans of types not scored at all
  bool ocr = false;
};

struct Counts {
  size_t gold = 0, pred = 0, tp = 0, fp = 0, fn = 0, tp_exact = 0, neutral = 0;
};

struct Example {
  std::string doc;
  size_t begin = 0, end = 0;
  std::string text, context, note;
};

struct SetResult {
  std::string name, title;
  size_t docs = 0, bytes = 0;
  std::map<std::string, Counts> counts;
  std::map<std::string, std::vector<Example>> fn_examples, fp_examples;
  // byte level, any category
  size_t gold_bytes = 0, pred_bytes = 0, pred_bytes_neutral = 0, hit_bytes = 0;
  // presidio: unscored types -> (gold spans, spans overlapped by any prediction)
  std::map<std::string, std::pair<size_t, size_t>> unscored;
};

double Ratio(size_t a, size_t b, double if_zero) {
  return b == 0 ? if_zero : static_cast<double>(a) / static_cast<double>(b);
}
double Precision(const Counts& c) { return Ratio(c.tp, c.tp + c.fp, 1.0); }
double Recall(const Counts& c) { return Ratio(c.tp, c.tp + c.fn, 1.0); }
double F1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
double F1(const Counts& c) { return F1(Precision(c), Recall(c)); }

std::string ReadFile(const fs::path& p, bool* ok) {
  std::ifstream in(p, std::ios::binary);
  *ok = static_cast<bool>(in);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

[[noreturn]] void Die(const std::string& msg) {
  std::cerr << "dsar_eval: " << msg << "\n";
  std::exit(2);
}

// ---------------------------------------------------------------------------
// Loading

std::vector<EvalDoc> LoadSchoolSet(const fs::path& labels) {
  std::ifstream in(labels);
  if (!in) Die("cannot read " + labels.string());
  std::set<std::string> known(dsar::KnownCategories().begin(), dsar::KnownCategories().end());
  std::vector<EvalDoc> docs;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    json j;
    try {
      j = json::parse(line);
    } catch (const std::exception& e) {
      Die(labels.string() + ":" + std::to_string(lineno) + ": " + e.what());
    }
    EvalDoc d;
    d.id = j.at("file").get<std::string>();
    d.ocr = j.value("ocr", false);
    bool ok = false;
    d.text = ReadFile(labels.parent_path() / d.id, &ok);
    if (!ok) Die("cannot read " + (labels.parent_path() / d.id).string());
    for (const json& s : j.at("spans")) {
      Span sp{s.at("begin").get<size_t>(), s.at("end").get<size_t>(),
              s.at("category").get<std::string>(), ""};
      if (!known.count(sp.category)) Die(d.id + ": unknown category " + sp.category);
      if (sp.end <= sp.begin || sp.end > d.text.size() ||
          d.text.compare(sp.begin, sp.end - sp.begin, s.value("text", std::string())) != 0) {
        Die(d.id + ": label " + std::to_string(sp.begin) + "-" + std::to_string(sp.end) +
            " does not match the file; regenerate with tests/eval/generate.py");
      }
      d.gold.push_back(std::move(sp));
    }
    docs.push_back(std::move(d));
  }
  if (docs.empty()) Die(labels.string() + " holds no documents");
  return docs;
}

// Byte offset of each code point of UTF-8 `s` (Python string indices), plus
// one past the end.
std::vector<size_t> CodePointOffsets(const std::string& s) {
  std::vector<size_t> out;
  out.reserve(s.size() + 1);
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

// How presidio-research entity types are scored (docs/quality.md).
struct PresidioMapping {
  std::string category;                // "" = not scored
  std::set<std::string> neutral_for;   // predicted categories neither TP nor FP here
};

const std::map<std::string, PresidioMapping>& PresidioTypes() {
  static const std::map<std::string, PresidioMapping> k = {
      {"PERSON", {"PERSON", {}}},
      {"EMAIL_ADDRESS", {"EMAIL", {}}},
      {"PHONE_NUMBER", {"PHONE", {}}},
      {"CREDIT_CARD", {"CARD", {}}},
      {"IP_ADDRESS", {"IP", {}}},
      {"IBAN_CODE", {"BANK", {}}},
      // presidio's addresses include the postcode/zip, dsar labels it apart
      {"STREET_ADDRESS", {"ADDRESS", {"POSTCODE"}}},
      // US zip codes: reported separately, never counted against dsar
      {"ZIP_CODE", {"", {"POSTCODE", "ADDRESS"}}},
      {"GPE", {"", {"ADDRESS"}}},
      {"DATE_TIME", {"", {"DATE_OF_BIRTH"}}},
      {"US_SSN", {"", {"NI_NUMBER", "NHS_NUMBER", "ULN", "UPN", "BANK", "CARD", "PHONE"}}},
      {"US_DRIVER_LICENSE",
       {"", {"NI_NUMBER", "NHS_NUMBER", "ULN", "UPN", "BANK", "CARD", "PHONE", "VEHICLE"}}},
      {"DOMAIN_NAME", {"", {}}},
      {"ORGANIZATION", {"", {}}},
      {"TITLE", {"", {}}},
      {"AGE", {"", {}}},
      {"NRP", {"", {}}},
  };
  return k;
}

std::vector<EvalDoc> LoadPresidio(const fs::path& path, size_t* mismatches) {
  bool ok = false;
  std::string raw = ReadFile(path, &ok);
  if (!ok) Die("cannot read " + path.string());
  json j;
  try {
    j = json::parse(raw);
  } catch (const std::exception& e) {
    Die(path.string() + ": " + e.what());
  }
  std::vector<EvalDoc> docs;
  *mismatches = 0;
  size_t idx = 0;
  for (const json& item : j) {
    EvalDoc d;
    d.id = "presidio#" + std::to_string(idx++);
    d.text = item.at("full_text").get<std::string>();
    std::vector<size_t> cp = CodePointOffsets(d.text);
    for (const json& s : item.at("spans")) {
      size_t a = s.at("start_position").get<size_t>(), b = s.at("end_position").get<size_t>();
      if (a >= b || b >= cp.size()) {
        ++*mismatches;
        continue;
      }
      size_t begin = cp[a], end = cp[b];
      if (d.text.compare(begin, end - begin, s.value("entity_value", std::string())) != 0) {
        ++*mismatches;
      }
      std::string type = s.at("entity_type").get<std::string>();
      auto it = PresidioTypes().find(type);
      PresidioMapping m = it == PresidioTypes().end() ? PresidioMapping{} : it->second;
      if (!m.category.empty()) d.gold.push_back(Span{begin, end, m.category, type});
      else d.unscored.push_back(Span{begin, end, type, ""});
      if (!m.neutral_for.empty()) d.neutral.push_back(Neutral{begin, end, type, m.neutral_for});
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

// ---------------------------------------------------------------------------
// Scoring

// The scored spans of DetectPersonalData on `d`; the hits themselves (every
// field, for --dump-predictions) in `hits` when not null.
std::vector<Span> Predict(const EvalDoc& d, std::vector<dsar::Hit>* hits = nullptr) {
  dsar::Document doc;
  doc.kind = dsar::DocumentKind::kText;
  doc.text = d.text;
  std::vector<Span> out;
  for (dsar::Hit& h : dsar::DetectPersonalData(doc)) {
    if (h.end <= h.start || h.end > d.text.size() || h.category.empty()) continue;
    out.push_back(Span{h.start, h.end, h.category, h.recognizer});
    if (hits) hits->push_back(std::move(h));
  }
  return out;
}

size_t Overlap(size_t a0, size_t a1, size_t b0, size_t b1) {
  size_t lo = std::max(a0, b0), hi = std::min(a1, b1);
  return hi > lo ? hi - lo : 0;
}

// Text around [begin, end) on one line, the span in [brackets].
std::string Context(const std::string& text, size_t begin, size_t end) {
  auto char_start = [&](size_t i) {
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  const size_t kAround = 32;
  size_t a = char_start(begin > kAround ? begin - kAround : 0);
  size_t b = char_start(std::min(text.size(), end + kAround));
  std::string s = (a > 0 ? "…" : "") + text.substr(a, begin - a) + "[" +
                  text.substr(begin, end - begin) + "]" + text.substr(end, b - end) +
                  (b < text.size() ? "…" : "");
  std::string out;
  for (char c : s) {
    if (c == '\n') out += "⏎";
    else if (c == '\f') out += "⇟";
    else if (c == '\t') out += ' ';
    else out += c;
  }
  return out;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '\n' ? std::string("⏎") : std::string(1, c);
  return out + "\"";
}

void ScoreDoc(const EvalDoc& d, const std::vector<Span>& pred, SetResult* r) {
  std::set<std::string> cats;
  for (const Span& s : d.gold) cats.insert(s.category);
  for (const Span& s : pred) cats.insert(s.category);
  for (const std::string& cat : cats) {
    std::vector<const Span*> g, p;
    for (const Span& s : d.gold) if (s.category == cat) g.push_back(&s);
    for (const Span& s : pred) if (s.category == cat) p.push_back(&s);
    Counts& c = r->counts[cat];
    c.gold += g.size();
    c.pred += p.size();
    // Candidate pairs that satisfy the rule, largest overlap first.
    struct Pair { size_t ov, gi, pi; };
    std::vector<Pair> pairs;
    for (size_t i = 0; i < g.size(); ++i) {
      for (size_t k = 0; k < p.size(); ++k) {
        size_t ov = Overlap(g[i]->begin, g[i]->end, p[k]->begin, p[k]->end);
        size_t longer = std::max(g[i]->end - g[i]->begin, p[k]->end - p[k]->begin);
        if (ov > 0 && 2 * ov >= longer) pairs.push_back({ov, i, k});
      }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.ov > b.ov; });
    std::vector<bool> g_used(g.size()), p_used(p.size());
    for (const Pair& pr : pairs) {
      if (g_used[pr.gi] || p_used[pr.pi]) continue;
      g_used[pr.gi] = p_used[pr.pi] = true;
      ++c.tp;
    }
    for (size_t i = 0; i < g.size(); ++i) {
      for (size_t k = 0; k < p.size(); ++k) {
        if (g[i]->begin == p[k]->begin && g[i]->end == p[k]->end) {
          ++c.tp_exact;
          break;
        }
      }
    }
    for (size_t i = 0; i < g.size(); ++i) {
      if (g_used[i]) continue;
      ++c.fn;
      // What the detector did here instead, if anything.
      std::string note;
      for (const Span& s : pred) {
        if (Overlap(s.begin, s.end, g[i]->begin, g[i]->end) == 0) continue;
        if (!note.empty()) note += "; ";
        note += (s.category == cat ? "partial " : "as " + s.category + " ") +
                Quote(d.text.substr(s.begin, s.end - s.begin));
      }
      r->fn_examples[cat].push_back({d.id, g[i]->begin, g[i]->end,
                                     d.text.substr(g[i]->begin, g[i]->end - g[i]->begin),
                                     Context(d.text, g[i]->begin, g[i]->end),
                                     note.empty() ? "missed" : note});
    }
    for (size_t k = 0; k < p.size(); ++k) {
      if (p_used[k]) continue;
      bool neutral = false;
      for (const Neutral& n : d.neutral) {
        if (n.categories.count(cat) && Overlap(n.begin, n.end, p[k]->begin, p[k]->end) > 0) {
          neutral = true;
          break;
        }
      }
      if (neutral) {
        ++c.neutral;
        continue;
      }
      ++c.fp;
      std::string note = "by " + p[k]->detail;
      for (const Span& s : d.gold) {
        if (Overlap(s.begin, s.end, p[k]->begin, p[k]->end) == 0) continue;
        note += s.category == cat ? "; gold " : "; gold " + s.category + " ";
        note += Quote(d.text.substr(s.begin, s.end - s.begin));
      }
      for (const Span& s : d.unscored) {
        if (Overlap(s.begin, s.end, p[k]->begin, p[k]->end) == 0) continue;
        note += "; presidio " + s.category + " " + Quote(d.text.substr(s.begin, s.end - s.begin));
      }
      r->fp_examples[cat].push_back({d.id, p[k]->begin, p[k]->end,
                                     d.text.substr(p[k]->begin, p[k]->end - p[k]->begin),
                                     Context(d.text, p[k]->begin, p[k]->end), note});
    }
  }
  // Byte level, any category: is the text that should be redacted redacted?
  std::vector<unsigned char> m(d.text.size(), 0);  // 1 gold, 2 predicted, 4 neutral
  for (const Span& s : d.gold) for (size_t i = s.begin; i < s.end; ++i) m[i] |= 1;
  for (const Span& s : pred) for (size_t i = s.begin; i < s.end; ++i) m[i] |= 2;
  for (const Neutral& n : d.neutral) for (size_t i = n.begin; i < n.end; ++i) m[i] |= 4;
  for (unsigned char b : m) {
    if (b & 1) ++r->gold_bytes;
    if (b & 2) ++r->pred_bytes;
    if ((b & 3) == 3) ++r->hit_bytes;
    if ((b & 7) == 6) ++r->pred_bytes_neutral;
  }
  for (const Span& s : d.unscored) {
    auto& u = r->unscored[s.category];
    ++u.first;
    for (const Span& p : pred) {
      if (Overlap(s.begin, s.end, p.begin, p.end) > 0) {
        ++u.second;
        break;
      }
    }
  }
}

SetResult Evaluate(const std::string& name, const std::string& title,
                   const std::vector<const EvalDoc*>& docs,
                   const std::map<std::string, std::vector<Span>>& predictions) {
  SetResult r;
  r.name = name;
  r.title = title;
  r.docs = docs.size();
  for (const std::string& c : dsar::KnownCategories()) r.counts[c];
  for (const EvalDoc* d : docs) {
    r.bytes += d->text.size();
    ScoreDoc(*d, predictions.at(d->id), &r);
  }
  return r;
}

Counts Micro(const SetResult& r) {
  Counts t;
  for (const auto& [cat, c] : r.counts) {
    t.gold += c.gold; t.pred += c.pred; t.tp += c.tp; t.fp += c.fp; t.fn += c.fn;
    t.tp_exact += c.tp_exact; t.neutral += c.neutral;
  }
  return t;
}

// ---------------------------------------------------------------------------
// Reporting

std::vector<std::string> CategoryOrder(const SetResult& r) {
  std::vector<std::string> order = dsar::KnownCategories();
  for (const auto& [cat, c] : r.counts) {
    if (std::find(order.begin(), order.end(), cat) == order.end()) order.push_back(cat);
  }
  return order;
}

std::string Fmt(double v, bool defined = true) {
  if (!defined) return "    -";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.3f", v);
  return buf;
}

void PrintTable(const SetResult& r, bool show_neutral) {
  std::printf("\n%s\n", r.title.c_str());
  std::printf("%-14s %6s %6s %6s %6s %6s  %5s  %5s  %5s | %5s  %5s  %5s%s\n", "category", "gold",
              "pred", "TP", "FP", "FN", "prec", "rec", "F1", "exP", "exR", "exF1",
              show_neutral ? "  neutral" : "");
  auto row = [&](const std::string& name, const Counts& c) {
    double ep = Ratio(c.tp_exact, c.pred - c.neutral, 1.0);
    double er = Ratio(c.tp_exact, c.gold, 1.0);
    bool has_pred = c.tp + c.fp > 0, has_gold = c.gold > 0;
    std::printf("%-14s %6zu %6zu %6zu %6zu %6zu  %s  %s  %s | %s  %s  %s", name.c_str(), c.gold,
                c.pred, c.tp, c.fp, c.fn, Fmt(Precision(c), has_pred).c_str(),
                Fmt(Recall(c), has_gold).c_str(), Fmt(F1(c), has_pred && has_gold).c_str(),
                Fmt(ep, has_pred).c_str(), Fmt(er, has_gold).c_str(),
                Fmt(F1(ep, er), has_pred && has_gold).c_str());
    if (show_neutral) std::printf("  %7zu", c.neutral);
    std::printf("\n");
  };
  for (const std::string& cat : CategoryOrder(r)) {
    const Counts& c = r.counts.at(cat);
    if (c.gold == 0 && c.pred == 0) continue;
    row(cat, c);
  }
  row("ALL (micro)", Micro(r));
  double bp = Ratio(r.hit_bytes, r.pred_bytes - r.pred_bytes_neutral, 1.0);
  double br = Ratio(r.hit_bytes, r.gold_bytes, 1.0);
  std::printf("bytes, any category: gold %zu, predicted %zu, precision %s, recall %s\n",
              r.gold_bytes, r.pred_bytes, Fmt(bp).c_str(), Fmt(br).c_str());
  if (!r.unscored.empty()) {
    std::printf("not scored (overlapped by any prediction / gold spans):");
    for (const auto& [type, u] : r.unscored) std::printf(" %s %zu/%zu", type.c_str(), u.second, u.first);
    std::printf("\n");
  }
}

// Up to n items spread evenly over v.
template <typename T>
std::vector<T> Spread(const std::vector<T>& v, size_t n) {
  if (v.size() <= n) return v;
  std::vector<T> out;
  for (size_t i = 0; i < n; ++i) out.push_back(v[i * v.size() / n]);
  return out;
}

void PrintExamples(const SetResult& r, size_t n) {
  if (n == 0) return;
  std::printf("\n== Examples: %s ==\n", r.title.c_str());
  for (const std::string& cat : CategoryOrder(r)) {
    for (int kind = 0; kind < 2; ++kind) {
      const auto& all = kind == 0 ? r.fn_examples : r.fp_examples;
      auto it = all.find(cat);
      if (it == all.end() || it->second.empty()) continue;
      std::printf("%s %s (%zu of %zu):\n", cat.c_str(),
                  kind == 0 ? "false negatives" : "false positives",
                  std::min(n, it->second.size()), it->second.size());
      for (const Example& e : Spread(it->second, n)) {
        std::printf("  %s:%zu-%zu %s  %s  [%s]\n", e.doc.c_str(), e.begin, e.end,
                    Quote(e.text).c_str(), e.context.c_str(), e.note.c_str());
      }
    }
  }
}

json CountsJson(const Counts& c) {
  return json{{"gold", c.gold},       {"predicted", c.pred},  {"tp", c.tp},
              {"fp", c.fp},           {"fn", c.fn},           {"neutral", c.neutral},
              {"precision", Precision(c)}, {"recall", Recall(c)}, {"f1", F1(c)},
              {"tp_exact", c.tp_exact},
              {"precision_exact", Ratio(c.tp_exact, c.pred - c.neutral, 1.0)},
              {"recall_exact", Ratio(c.tp_exact, c.gold, 1.0)}};
}

json SetJson(const SetResult& r) {
  json cats = json::object();
  for (const auto& [cat, c] : r.counts) cats[cat] = CountsJson(c);
  json j{{"documents", r.docs},
         {"bytes", r.bytes},
         {"categories", cats},
         {"micro", CountsJson(Micro(r))},
         {"bytes_any_category",
          {{"gold", r.gold_bytes},
           {"predicted", r.pred_bytes},
           {"precision", Ratio(r.hit_bytes, r.pred_bytes - r.pred_bytes_neutral, 1.0)},
           {"recall", Ratio(r.hit_bytes, r.gold_bytes, 1.0)}}}};
  if (!r.unscored.empty()) {
    json u = json::object();
    for (const auto& [type, v] : r.unscored) u[type] = {{"gold", v.first}, {"overlapped", v.second}};
    j["not_scored"] = u;
  }
  return j;
}

// ---------------------------------------------------------------------------
// Thresholds

struct Threshold {
  std::string spec, metric, set, category;
  double min = 0;
};

Threshold ParseThreshold(const std::string& metric, const std::string& spec) {
  Threshold t;
  t.spec = spec;
  t.metric = metric;
  t.set = "school";
  std::string s = spec;
  size_t colon = s.find(':');
  if (colon != std::string::npos) {
    t.set = s.substr(0, colon);
    s = s.substr(colon + 1);
  }
  size_t eq = s.find('=');
  if (eq == std::string::npos) Die("threshold '" + spec + "' is not [SET:]CAT=VALUE");
  t.category = s.substr(0, eq);
  char* end = nullptr;
  std::string v = s.substr(eq + 1);
  t.min = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || t.min < 0 || t.min > 1) {
    Die("threshold '" + spec + "': value must be a number from 0 to 1");
  }
  static const std::set<std::string> kSets = {"school", "clean", "ocr", "presidio"};
  if (!kSets.count(t.set)) Die("threshold '" + spec + "': set must be school, clean, ocr or presidio");
  const auto& known = dsar::KnownCategories();
  if (t.category != "ALL" && std::find(known.begin(), known.end(), t.category) == known.end()) {
    Die("threshold '" + spec + "': unknown category " + t.category);
  }
  return t;
}

void Usage() {
  std::printf(
      "usage: dsar_eval [--labels FILE] [--presidio FILE | --no-presidio]\n"
      "                 [--min-recall [SET:]CAT=V]... [--min-precision [SET:]CAT=V]...\n"
      "                 [--min-f1 [SET:]CAT=V]... [--examples N] [--throughput-seconds S]\n"
      "                 [--json OUT] [--dump-predictions OUT.jsonl]\n"
      "SET is school (default), clean, ocr or presidio; CAT a category or ALL.\n"
      "Defaults: --labels %s/tests/eval/labels.jsonl\n"
      "          --presidio %s/presidio-research/data/synth_dataset_v2.json (if present)\n",
      DSAR_SOURCE_DIR, DSAR_CORPORA_DIR);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path labels = fs::path(DSAR_SOURCE_DIR) / "tests/eval/labels.jsonl";
  fs::path presidio = fs::path(DSAR_CORPORA_DIR) / "presidio-research/data/synth_dataset_v2.json";
  bool presidio_given = false, no_presidio = false;
  std::string json_out, dump_out;
  size_t examples = 10;
  double tp_seconds = 1.0;
  std::vector<Threshold> thresholds;

  std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) Die(a + " needs a value");
      return args[++i];
    };
    if (a == "--labels") labels = value();
    else if (a == "--presidio") { presidio = value(); presidio_given = true; }
    else if (a == "--no-presidio") no_presidio = true;
    else if (a == "--json") json_out = value();
    else if (a == "--dump-predictions") dump_out = value();
    else if (a == "--examples") examples = std::stoul(value());
    else if (a == "--throughput-seconds") tp_seconds = std::stod(value());
    else if (a == "--min-recall") thresholds.push_back(ParseThreshold("recall", value()));
    else if (a == "--min-precision") thresholds.push_back(ParseThreshold("precision", value()));
    else if (a == "--min-f1") thresholds.push_back(ParseThreshold("f1", value()));
    else if (a == "-h" || a == "--help") { Usage(); return 0; }
    else { Usage(); Die("unknown argument " + a); }
  }
  bool use_presidio = !no_presidio && (presidio_given || fs::exists(presidio));

  // Load.
  std::vector<EvalDoc> school = LoadSchoolSet(labels);
  std::vector<EvalDoc> pres;
  size_t mismatches = 0;
  if (use_presidio) pres = LoadPresidio(presidio, &mismatches);

  // Predict once per document.
  std::map<std::string, std::vector<Span>> predictions;
  std::map<std::string, std::vector<dsar::Hit>> hits;
  for (const std::vector<EvalDoc>* set : {&school, &pres}) {
    for (const EvalDoc& d : *set) predictions[d.id] = Predict(d, &hits[d.id]);
  }

  if (!dump_out.empty()) {
    std::ofstream out(dump_out);
    for (const std::vector<EvalDoc>* set : {&school, &pres}) {
      for (const EvalDoc& d : *set) {
        // Every field of every hit, so two builds' findings compare exactly.
        json spans = json::array();
        for (const dsar::Hit& h : hits[d.id]) {
          spans.push_back({{"begin", h.start}, {"end", h.end}, {"category", h.category},
                           {"recognizer", h.recognizer},
                           {"text", d.text.substr(h.start, h.end - h.start)},
                           {"value", h.value}, {"normalized", h.normalized}, {"confidence", h.confidence},
                           {"reason", h.reason}});
        }
        out << json{{"file", d.id}, {"spans", spans}}.dump(-1, ' ', false,
                                                           json::error_handler_t::replace)
            << "\n";
      }
    }
    if (!out) Die("cannot write " + dump_out);
  }

  std::vector<const EvalDoc*> all, clean, ocr, pres_ptrs;
  for (const EvalDoc& d : school) {
    all.push_back(&d);
    (d.ocr ? ocr : clean).push_back(&d);
  }
  for (const EvalDoc& d : pres) pres_ptrs.push_back(&d);

  std::map<std::string, SetResult> results;
  results["school"] = Evaluate("school", "School set, all documents (" + std::to_string(all.size()) + ")",
                               all, predictions);
  results["clean"] = Evaluate("clean", "School set, clean documents (" + std::to_string(clean.size()) + ")",
                              clean, predictions);
  results["ocr"] = Evaluate("ocr", "School set, OCR-noised copies (" + std::to_string(ocr.size()) + ")",
                            ocr, predictions);
  if (use_presidio) {
    results["presidio"] = Evaluate(
        "presidio", "Presidio synth_dataset_v2 (" + std::to_string(pres.size()) + " sentences)",
        pres_ptrs, predictions);
  }

  // Throughput over the school set, repeated to at least tp_seconds.
  // CPU time is measured beside wall time: on a shared machine it is what
  // "MB/s per core" means.
  double mb_per_s = 0, docs_per_s = 0, elapsed = 0, cpu_seconds = 0, cpu_mb_per_s = 0;
  size_t passes = 0, total_bytes = 0, hits_per_pass = 0;
  for (const EvalDoc& d : school) total_bytes += d.text.size();
  if (tp_seconds > 0) {
    std::vector<dsar::Document> prepared(school.size());
    for (size_t i = 0; i < school.size(); ++i) prepared[i].text = school[i].text;
    size_t hits = 0;
    auto cpu_now = [] {
      timespec ts{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
      return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
    };
    const double cpu0 = cpu_now();
    auto t0 = std::chrono::steady_clock::now();
    do {
      for (const dsar::Document& doc : prepared) hits += dsar::DetectPersonalData(doc).size();
      ++passes;
      elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } while (elapsed < tp_seconds);
    cpu_seconds = cpu_now() - cpu0;
    mb_per_s = static_cast<double>(total_bytes) * passes / 1e6 / elapsed;
    cpu_mb_per_s = static_cast<double>(total_bytes) * passes / 1e6 / cpu_seconds;
    docs_per_s = static_cast<double>(school.size()) * passes / elapsed;
    hits_per_pass = hits / passes;
  }

  // Report.
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::localtime(&now));
  std::printf("dsar detection evaluation, %s\n", date);
  std::printf("school set: %s (%zu documents: %zu clean, %zu OCR-noised; %.1f KB)\n",
              labels.string().c_str(), school.size(), clean.size(), ocr.size(),
              total_bytes / 1024.0);
  if (use_presidio) {
    size_t pb = 0;
    for (const EvalDoc& d : pres) pb += d.text.size();
    std::printf("presidio set: %s (%zu sentences; %.1f KB)%s\n", presidio.string().c_str(),
                pres.size(), pb / 1024.0,
                mismatches ? (" WARNING: " + std::to_string(mismatches) +
                              " spans whose text does not match").c_str() : "");
  } else {
    std::printf("presidio set: not used\n");
  }
  std::printf("matching: same category, overlap >= 50%% of the longer span, one-to-one; "
              "ex* columns: exact boundaries\n");

  PrintExamples(results["school"], examples);
  if (use_presidio) PrintExamples(results["presidio"], examples);

  std::printf("\n== Results ==\n");
  PrintTable(results["school"], false);
  PrintTable(results["clean"], false);
  PrintTable(results["ocr"], false);
  if (use_presidio) {
    PrintTable(results["presidio"], true);
    std::printf("(presidio: ZIP_CODE is US zips, reported above but not scored; neutral = "
                "predictions on spans of unscored types where that category is plausible)\n");
  }
  if (tp_seconds > 0) {
    std::printf("\nthroughput: DetectPersonalData over the school set: %.2f MB/s (MB = 10^6 bytes), "
                "%.0f documents/s (%zu passes of %zu bytes, %zu hits each, in %.2f s, one thread; "
                "%.2f MB per CPU second)\n",
                mb_per_s, docs_per_s, passes, total_bytes, hits_per_pass, elapsed, cpu_mb_per_s);
  }

  // Thresholds.
  json jthr = json::array();
  int failed = 0;
  if (!thresholds.empty()) std::printf("\nthresholds:\n");
  for (const Threshold& t : thresholds) {
    auto it = results.find(t.set);
    if (it == results.end()) {
      std::printf("  FAIL %s min-%s %s: set %s was not evaluated\n", t.set.c_str(),
                  t.metric.c_str(), t.spec.c_str(), t.set.c_str());
      ++failed;
      jthr.push_back({{"spec", t.spec}, {"metric", t.metric}, {"ok", false}});
      continue;
    }
    Counts c = t.category == "ALL" ? Micro(it->second) : it->second.counts[t.category];
    double v = t.metric == "recall" ? Recall(c) : t.metric == "precision" ? Precision(c) : F1(c);
    bool ok = true;
    std::string why;
    if (t.metric != "precision" && c.gold == 0) {
      ok = false;
      why = " (no gold spans of this category in the set)";
    } else if (v + 1e-9 < t.min) {
      ok = false;
    }
    std::printf("  %-4s %s %s %s = %.3f, minimum %.3f%s\n", ok ? "ok" : "FAIL", t.set.c_str(),
                t.category.c_str(), t.metric.c_str(), v, t.min, why.c_str());
    if (!ok) ++failed;
    jthr.push_back({{"spec", t.spec}, {"metric", t.metric}, {"set", t.set},
                    {"category", t.category}, {"minimum", t.min}, {"value", v}, {"ok", ok}});
  }
  if (failed) {
    std::printf("%d threshold(s) not met\n", failed);
    std::fprintf(stderr, "dsar_eval: %d threshold(s) not met (see 'thresholds:' above)\n", failed);
  }

  if (!json_out.empty()) {
    json j{{"date", date}, {"labels", labels.string()}, {"sets", json::object()},
           {"thresholds", jthr}};
    for (const auto& [name, r] : results) j["sets"][name] = SetJson(r);
    if (use_presidio) j["presidio_path"] = presidio.string();
    if (tp_seconds > 0) {
      j["throughput"] = {{"mb_per_s", mb_per_s}, {"documents_per_s", docs_per_s},
                         {"passes", passes}, {"seconds", elapsed},
                         {"cpu_seconds", cpu_seconds}, {"mb_per_cpu_s", cpu_mb_per_s}, {"bytes", total_bytes},
                         {"hits_per_pass", hits_per_pass}};
    }
    std::ofstream out(json_out);
    out << j.dump(2) << "\n";
    if (!out) Die("cannot write " + json_out);
  }
  return failed ? 1 : 0;
}
