// Identifier recognizers: NHS numbers, UPNs, ULNs, bank details, payment
// cards, IP addresses, vehicle registrations, dates of birth and addresses.
//
// The rule throughout: a checksum or a keyword must vouch for a number before
// it is reported, because bare digit runs are everywhere in school documents
// (phone numbers, invoice and reference numbers, dates). Where a number is
// explicitly labelled ("NHS number: ...") but fails its checksum it is still
// reported, at low confidence, since a mistyped identifier still identifies
// someone and a missed one is a breach.
#include "pipeline/identifier_recognizers.h"

#include <arpa/inet.h>
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <set>
#include <span>
#include <string>
#include <utility>

#include "pipeline/model/ascii_bytes.h"
#include "pipeline/model/unicode.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

namespace dsar {
namespace {

// ---------------------------------------------------------------------------
// Small text helpers

// Separators allowed inside a written number: space, hyphen, no-break and
// thin spaces, Unicode hyphens and the en dash.
#define DSAR_NUM_SEP R"([ \-\x{00A0}\x{202F}\x{2009}\x{2010}\x{2011}\x{2013}])"
// White space including the no-break spaces word processors put in.
#define DSAR_WS R"([\s\x{00A0}\x{202F}\x{2009}])"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (IsDigit(c)) d += c;
  }
  return d;
}

// `s` without spaces, tabs, hyphens and the Unicode spaces and dashes of
// DSAR_NUM_SEP, upper-cased (ASCII). Other characters are kept so that a
// validator sees them and fails.
std::string Compact(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
      ++i;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;  // U+00A0
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x89 ||  // U+2009
                static_cast<unsigned char>(s[i + 2]) == 0x90 ||  // U+2010
                static_cast<unsigned char>(s[i + 2]) == 0x91 ||  // U+2011
                static_cast<unsigned char>(s[i + 2]) == 0x93 ||  // U+2013
                static_cast<unsigned char>(s[i + 2]) == 0xAF)) {  // U+202F
      i += 3;
    } else {
      out += static_cast<char>(std::toupper(c));
      ++i;
    }
  }
  return out;
}

// Moves `pos` forward to the start of a UTF-8 code point.
size_t SnapForward(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// The up to `n` bytes of text before `pos` (starting on a code point).
std::string_view Before(std::string_view text, size_t pos, size_t n) {
  size_t a = pos > n ? SnapForward(text, pos - n) : 0;
  return text.substr(a, pos - a);
}

// The up to `n` bytes of text from `pos` (cut at a code point boundary).
std::string_view After(std::string_view text, size_t pos, size_t n) {
  size_t b = std::min(text.size(), pos + n);
  while (b > pos && b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return text.substr(pos, b - pos);
}

bool Contains(std::string_view window, const RE2& re) {
  return RE2::PartialMatch(re2::StringPiece(window.data(), window.size()), re);
}

void AddHit(std::vector<Hit>* out, std::string_view text, size_t s, size_t e, const char* category,
            std::string normalized, const char* recognizer, double confidence,
            std::string reason) {
  Hit h;
  h.start = s;
  h.end = e;
  h.category = category;
  h.value = std::string(text.substr(s, e - s));
  h.normalized = std::move(normalized);
  h.recognizer = recognizer;
  h.confidence = confidence;
  h.reason = std::move(reason);
  out->push_back(std::move(h));
}

// Does a hit of `category` in `hits` already cover [s, e)?
bool Covered(const std::vector<Hit>& hits, std::string_view category, size_t s, size_t e) {
  return std::any_of(hits.begin(), hits.end(),
                     [&](const Hit& h) { return h.category == category && h.start <= s && h.end >= e; });
}

// Has `s` a lower-case ASCII letter ("n15 8ha", a postcode typed by hand)?
bool HasLowerAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// ---------------------------------------------------------------------------
// Digit runs: maximal sequences of digit groups joined by single separators
// ("943 476 5919", "40-47-84", "4111 1111 1111 1111"). The number
// recognizers look at the groups of each run.

struct DigitRun {
  size_t start = 0, end = 0;
  // Byte ranges of the digit groups, held by the run list (DigitRunsOf):
  // one array for the whole document, not one allocation per run.
  std::span<const std::pair<size_t, size_t>> groups;
  // An edge glued to something that makes the run part of another token: a
  // letter or digit next to it, a leading '+' (international phone), a
  // decimal point, a date or thousands separator, or a reference code
  // ("IR-2026-0147"). Groups away from a glued edge are still usable:
  // "4111 1111 1111 1111 12/27" (a card, then an expiry date).
  bool attached_left = false, attached_right = false;

  // True if groups [i, j) stay clear of a glued edge.
  bool Usable(size_t i, size_t j) const {
    return !(i == 0 && attached_left) && !(j == groups.size() && attached_right);
  }

  size_t Digits(size_t i, size_t j) const {
    size_t n = 0;
    for (size_t k = i; k < j; ++k) n += groups[k].second - groups[k].first;
    return n;
  }
  size_t Len(size_t k) const { return groups[k].second - groups[k].first; }
};

bool AttachedLeft(std::string_view text, size_t s) {
  if (s == 0) return false;
  char p = text[s - 1];
  if (IsAsciiAlnum(p) || p == '+') return true;
  if ((p == '.' || p == '/' || p == ',') && s >= 2 && IsDigit(text[s - 2])) return true;
  return (p == '-' || p == '/') && s >= 2 && IsAsciiAlnum(text[s - 2]);
}

bool AttachedRight(std::string_view text, size_t e) {
  if (e >= text.size()) return false;
  char n = text[e];
  if (IsAsciiAlnum(n)) return true;
  return (n == '.' || n == '/' || n == ',') && e + 1 < text.size() && IsDigit(text[e + 1]);
}

// Byte length of a DSAR_NUM_SEP separator at text[i], or 0.
size_t NumberSeparatorAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '-') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(text[i + 2]);
    // U+2009, U+2010, U+2011, U+2013, U+202F
    if (d == 0x89 || d == 0x90 || d == 0x91 || d == 0x93 || d == 0xAF) return 3;
  }
  return 0;
}

// The matches of "[0-9]+(?:" DSAR_NUM_SEP "[0-9]+)*", read by hand: this
// runs over every document and the regular expression was a full pass.
// Fills `runs` and `groups` (the storage of every run's groups, which the
// runs point into: good while `groups` is not changed).
void FindDigitRuns(std::string_view text, std::vector<DigitRun>* runs,
                   std::vector<std::pair<size_t, size_t>>* groups) {
  runs->clear();
  groups->clear();
  std::vector<std::pair<size_t, size_t>>& g_all = *groups;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (!IsDigit(text[i])) {
      i = NextAsciiDigit(text, i);
      continue;
    }
    DigitRun r;
    r.start = i;
    size_t j = i;
    while (true) {
      size_t g = j;
      while (j < n && IsDigit(text[j])) ++j;
      g_all.emplace_back(g, j);
      if (j >= n) break;
      size_t sep = NumberSeparatorAt(text, j);
      if (sep == 0 || j + sep >= n || !IsDigit(text[j + sep])) break;
      j += sep;
    }
    r.end = j;
    r.attached_left = AttachedLeft(text, r.start);
    r.attached_right = AttachedRight(text, r.end);
    runs->push_back(r);
    i = j;
  }
  // Each run's groups are the next ones lying within it (runs and groups
  // are both in text order, and runs do not touch).
  size_t k = 0;
  for (DigitRun& r : *runs) {
    const size_t first = k;
    while (k < g_all.size() && g_all[k].first >= r.start && g_all[k].second <= r.end) ++k;
    r.groups = std::span<const std::pair<size_t, size_t>>(g_all.data() + first, k - first);
  }
}

// The digit runs of `text`, found once for the NHS, ULN, bank and card
// recognizers, which run one after another on the same document: the last
// document's runs are kept per thread, keyed by a copy of its text (so a
// different document with the same address and size is never mistaken for
// it). The reference is good until the next call on this thread.
const std::vector<DigitRun>& DigitRunsOf(std::string_view text) {
  thread_local std::string cached_text;
  thread_local std::vector<DigitRun> cached_runs;
  thread_local std::vector<std::pair<size_t, size_t>> cached_groups;
  thread_local bool cached = false;
  if (!cached || std::string_view(cached_text) != text) {
    cached = false;
    FindDigitRuns(text, &cached_runs, &cached_groups);
    cached_text.assign(text);
    cached = true;
  }
  return cached_runs;
}

// ---------------------------------------------------------------------------
// NHS number

bool NhsCheckOk(const std::string& d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == d[9] - '0';
}

class NhsNumberRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "nhs-number"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 keyword(R"((?i)\b(?:NHS|CHI|H&C|health\s+(?:and|&)\s+care\s+(?:number|no))\b)",
                             Latin1Off());
    static const RE2 keyword_after(R"((?i)^\W{0,3}NHS\b)", Latin1Off());
    static const RE2 label(
        "(?i)\\b(?:NHS|CHI)" DSAR_WS "*(?:(?:number|num|no)\\.?)?" DSAR_WS "*[:#.]?" DSAR_WS "*$",
        Latin1Off());
    const std::string_view text = doc.text;
    for (const DigitRun& r : DigitRunsOf(text)) {
      // The whole run, or its first three groups written 3-3-4.
      size_t ng = 0;
      bool is334 = r.groups.size() >= 3 && r.Len(0) == 3 && r.Len(1) == 3 && r.Len(2) == 4;
      if (is334) {
        ng = 3;
      } else if (r.Len(0) == 10) {
        ng = 1;
      } else if (r.Digits(0, r.groups.size()) == 10) {
        ng = r.groups.size();
      } else {
        continue;
      }
      if (!r.Usable(0, ng)) continue;
      size_t s = r.start, e = r.groups[ng - 1].second;
      std::string digits = DigitsOf(text.substr(s, e - s));
      bool near = Contains(Before(text, s, 30), keyword) || Contains(After(text, e, 12), keyword_after);
      if (NhsCheckOk(digits)) {
        if (near) {
          AddHit(out, text, s, e, "NHS_NUMBER", digits, "nhs-number", 0.97,
                 "NHS number: ten digits with a valid check digit, next to the word 'NHS'");
        } else if (is334 && digits[0] != '0') {
          // A leading 0 without the keyword reads as a phone number.
          AddHit(out, text, s, e, "NHS_NUMBER", digits, "nhs-number", 0.85,
                 "Probable NHS number: ten digits written 3-3-4 with a valid NHS check digit");
        }
      } else if (Contains(Before(text, s, 30), label)) {
        AddHit(out, text, s, e, "NHS_NUMBER", digits, "nhs-number", 0.5,
               "Labelled as an NHS number, but the check digit does not match (possibly "
               "mistyped); still identifies someone");
      }
    }
  }
};

// ---------------------------------------------------------------------------
// Unique Pupil Number

// Check letters and temporary-UPN final letters: the alphabet without I, O, S.
constexpr std::string_view kUpnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

class UpnRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "upn"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // Check letter, LA (3), establishment (4), year (2), serial (3, the last
    // a letter for a temporary UPN); a space or hyphen allowed between parts.
    static const RE2 re(
        R"((?i)\b[A-Z][ \-]?[0-9]{3}[ \-]?[0-9]{4}[ \-]?[0-9]{2}[ \-]?[0-9]{2}[0-9A-Z]\b)",
        Latin1Off());
    static const RE2 label("(?i)\\b(?:UPN|unique" DSAR_WS "+pupil" DSAR_WS "+number)" DSAR_WS
                           "*(?:(?:number|no)\\.?)?" DSAR_WS "*[:#.]?" DSAR_WS "*$",
                           Latin1Off());
    const std::string_view text = doc.text;
    // Only in runs of letters (any byte that is not ASCII too: under (?i)
    // 'k' and 's' match U+212A and U+017F), digits, spaces and hyphens
    // holding a digit, at least 13 long.
    static constexpr ByteSet kInside("A-Za-z0-9 \x80-\xFF-");
    static constexpr ByteSet kNeeds("0-9");
    ForEachMatchInRuns(re, text, kInside, kNeeds, 13, 0, [&](size_t s, size_t e, auto&) {
      std::string value(text.substr(s, e - s));
      std::string norm = Compact(value);
      if (IsValidUpn(norm)) {
        bool temporary = !IsDigit(norm.back());
        AddHit(out, text, s, e, "UPN", norm, "upn", 0.95,
               temporary ? "Temporary Unique Pupil Number (DfE check letter valid)"
                         : "Unique Pupil Number (DfE check letter valid)");
      } else if (Contains(Before(text, s, 30), label)) {
        AddHit(out, text, s, e, "UPN", norm, "upn", 0.5,
               "Labelled as a UPN, but the check letter does not match (possibly mistyped); "
               "still identifies a pupil");
      }
    });
  }
};

// ---------------------------------------------------------------------------
// Unique Learner Number

class UlnRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "uln"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 keyword(R"((?i)\b(?:ULN|unique\s+learner)\b)", Latin1Off());
    static const RE2 label("(?i)\\b(?:ULN|unique" DSAR_WS "+learner" DSAR_WS "+number)" DSAR_WS
                           "*(?:(?:number|no)\\.?)?" DSAR_WS "*[:#.]?" DSAR_WS "*$",
                           Latin1Off());
    const std::string_view text = doc.text;
    const bool doc_mentions_uln = Occurs(keyword, doc.text);
    for (const DigitRun& r : DigitRunsOf(text)) {
      size_t ng = r.Len(0) == 10 ? 1 : (r.Digits(0, r.groups.size()) == 10 ? r.groups.size() : 0);
      if (ng == 0 || !r.Usable(0, ng)) continue;
      size_t s = r.start, e = r.groups[ng - 1].second;
      std::string digits = DigitsOf(text.substr(s, e - s));
      if (digits[0] == '0') continue;
      std::string_view before = Before(text, s, 30);
      bool near = Contains(before, keyword);
      // In a table the "ULN" heading is far from the numbers under it: a
      // document that mentions ULNs anywhere makes every valid one a ULN.
      if (!near && !(doc_mentions_uln && IsValidUln(digits))) continue;
      if (IsValidUln(digits)) {
        AddHit(out, text, s, e, "ULN", digits, "uln", 0.95,
               "Unique Learner Number: ten digits with a valid check digit, next to 'ULN'");
      } else if (Contains(before, label)) {
        AddHit(out, text, s, e, "ULN", digits, "uln", 0.5,
               "Labelled as a ULN, but the check digit does not match (possibly mistyped); "
               "still identifies a learner");
      }
    }
  }
};

// ---------------------------------------------------------------------------
// Bank details: sort codes, account numbers, IBANs

// IBAN lengths for the countries most likely to appear in UK school papers.
int IbanLength(std::string_view country) {
  static const std::pair<const char*, int> kLengths[] = {
      {"GB", 22}, {"IE", 22}, {"DE", 22}, {"FR", 27}, {"ES", 24}, {"IT", 27}, {"NL", 18},
      {"BE", 16}, {"PT", 25}, {"PL", 28}, {"RO", 24}, {"LT", 20}, {"LV", 21}, {"SE", 24},
      {"DK", 18}, {"FI", 18}, {"NO", 15}, {"CH", 21}, {"AT", 20}, {"GR", 27}, {"CZ", 24},
      {"SK", 24}, {"HU", 28}, {"BG", 22}, {"HR", 21}, {"SI", 19}, {"EE", 20}, {"LU", 20},
      {"MT", 31}, {"CY", 28}, {"IS", 26}, {"GI", 23}, {"TR", 26}, {"UA", 29}, {"PK", 24},
      {"SA", 24}, {"AE", 23}, {"IL", 23}};
  for (const auto& [c, n] : kLengths) {
    if (country == c) return n;
  }
  return 0;
}

bool IbanValid(const std::string& iban) {
  if (iban.size() < 15 || iban.size() > 34) return false;
  if (!IsAsciiAlpha(iban[0]) || !IsAsciiAlpha(iban[1]) || !IsDigit(iban[2]) || !IsDigit(iban[3])) {
    return false;
  }
  int want = IbanLength(iban.substr(0, 2));
  if (want != 0 && static_cast<int>(iban.size()) != want) return false;
  if (iban.substr(0, 2) == "GB") {  // GB: 4-letter bank code, then 14 digits
    for (size_t i = 4; i < 8; ++i) {
      if (!IsAsciiAlpha(iban[i])) return false;
    }
    for (size_t i = 8; i < 22; ++i) {
      if (!IsDigit(iban[i])) return false;
    }
  }
  std::string r = iban.substr(4) + iban.substr(0, 4);
  int mod = 0;
  for (char c : r) {
    if (IsDigit(c)) {
      mod = (mod * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      mod = (mod * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return mod == 1;
}

class BankRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "bank"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 sort_kw(R"((?i)(?:\bsort\b|\bsort-?code|\bS/C\b))", Latin1Off());
    static const RE2 sort_label("(?i)\\bsort" DSAR_WS "*-?" DSAR_WS "*code" DSAR_WS
                                "*(?:(?:number|no)\\.?)?" DSAR_WS "*[:#.]?" DSAR_WS "*$",
                                Latin1Off());
    // The keyword on the candidate's line, or with no other number between
    // them: "account 10017748" then "Invoice 4471-3651" on the next line is
    // one account number.
    static const RE2 account_kw(R"((?i)(?:\baccount|\bacct\b|\bacc\b|\ba/c\b)(?:[^\n]*|[^0-9]*)$)", Latin1Off());
    const std::string_view text = doc.text;
    for (const DigitRun& r : DigitRunsOf(text)) {
      const size_t n = r.groups.size();
      for (size_t i = 0; i < n; ++i) {
        size_t s = r.groups[i].first;
        // Sort code: 12-34-56 or 12 34 56 near "sort code", or 123456
        // straight after the label.
        if (i + 2 < n && r.Len(i) == 2 && r.Len(i + 1) == 2 && r.Len(i + 2) == 2 &&
            r.Usable(i, i + 3) && Contains(Before(text, s, 30), sort_kw)) {
          size_t e = r.groups[i + 2].second;
          AddHit(out, text, s, e, "BANK", DigitsOf(text.substr(s, e - s)), "bank", 0.95,
                 "Bank sort code (next to 'sort code')");
          i += 2;
          continue;
        }
        if (r.Len(i) == 6 && r.Usable(i, i + 1) && Contains(Before(text, s, 30), sort_label)) {
          size_t e = r.groups[i].second;
          AddHit(out, text, s, e, "BANK", DigitsOf(text.substr(s, e - s)), "bank", 0.9,
                 "Bank sort code (labelled 'sort code')");
          continue;
        }
        // Account number: 8 digits, or 4 + 4, near "account" / "a/c".
        size_t take = 0;
        if (r.Len(i) == 8) {
          take = 1;
        } else if (i + 1 < n && r.Len(i) == 4 && r.Len(i + 1) == 4) {
          take = 2;
        }
        if (take && r.Usable(i, i + take) && Contains(Before(text, s, 30), account_kw)) {
          size_t e = r.groups[i + take - 1].second;
          AddHit(out, text, s, e, "BANK", DigitsOf(text.substr(s, e - s)), "bank", 0.9,
                 "Bank account number (8 digits next to 'account')");
          i += take - 1;
        }
      }
    }
    // A sort code and an account number written together, with no label:
    // "to 16 61 54 / 41756361" in a refund cell, "20-28-85/21232177". The
    // pairing (three pairs, a slash, eight digits) is the evidence.
    static const RE2 pair(R"(\b([0-9]{2}([- ])[0-9]{2}[- ][0-9]{2}) ?/ ?([0-9]{8})\b)", Latin1Off());
    // Only in runs of digits, spaces, hyphens and slashes holding the
    // slash, at least 17 long ("12-34-56/12345678").
    static constexpr ByteSet kPairInside("0-9 /-");
    static constexpr ByteSet kPairNeeds("/");
    ForEachMatchInRuns(pair, text, kPairInside, kPairNeeds, 17, 3, [&](size_t, size_t, auto& m) {
      if (m[1].data()[5] != m[2].data()[0]) return;  // one separator throughout: "16 61 54", "07-25-84"
      for (int g : {1, 3}) {
        size_t gs = static_cast<size_t>(m[g].data() - text.data()), ge = gs + m[g].size();
        if (!Covered(*out, "BANK", gs, ge)) {
          AddHit(out, text, gs, ge, "BANK", DigitsOf(text.substr(gs, ge - gs)), "bank", 0.85,
                 g == 1 ? "Bank sort code (before an account number: 12-34-56 / 12345678)"
                        : "Bank account number (after a sort code: 12-34-56 / 12345678)");
        }
      }
    });
    // IBANs: country, check digits, then groups of four (spaces optional).
    // The pattern may take a following word as a last group; shorter
    // candidates (whole groups dropped from the end) are tried in turn.
    static const RE2 iban(R"(\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b)",
                          Latin1Off());
    // Only in runs of capitals, digits and spaces holding a digit, at least
    // 12 long (country, check digits and two groups).
    static constexpr ByteSet kIbanInside("A-Z0-9 ");
    static constexpr ByteSet kIbanNeeds("0-9");
    ForEachMatchInRuns(iban, text, kIbanInside, kIbanNeeds, 12, 0, [&](size_t s, size_t e, auto&) {
      std::vector<size_t> ends;  // candidate ends at group boundaries, longest first
      ends.push_back(e);
      for (size_t k = e; k > s + 4; --k) {
        if (text[k - 1] == ' ') ends.push_back(k - 1);
      }
      for (size_t end : ends) {
        std::string norm = Compact(text.substr(s, end - s));
        if (IbanValid(norm)) {
          AddHit(out, text, s, end, "BANK", norm, "bank", 0.97,
                 "International bank account number (IBAN, check digits valid)");
          return;
        }
      }
    });
  }
};

// ---------------------------------------------------------------------------
// Payment cards

bool LuhnOk(const std::string& d) {
  int sum = 0;
  bool dbl = false;
  for (size_t i = d.size(); i-- > 0;) {
    int v = d[i] - '0';
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

// The card scheme for a number by its issuer prefix and length, or "".
std::string CardBrand(const std::string& d) {
  const size_t n = d.size();
  auto prefix = [&](size_t k) { return std::stoi(d.substr(0, k)); };
  int p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4);
  if (p1 == 4 && (n == 13 || n == 16 || n == 19)) return "Visa";
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) return "Mastercard";
  if ((p2 == 34 || p2 == 37) && n == 15) return "American Express";
  // JCB: 35 with 16 to 19 digits (3528-3589 today; card generators use all of 35), and the
  // older 15-digit 2131 and 1800 ranges.
  if (p2 == 35 && n >= 16) return "JCB";
  if ((p4 == 2131 || p4 == 1800) && n == 15) return "JCB";
  if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14) {
    return "Diners Club";
  }
  if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && n >= 16) return "Discover";
  if (p2 == 62 && n >= 16) return "UnionPay";
  if (p2 == 50 || (p2 >= 56 && p2 <= 69)) return "Maestro";  // 12 to 19 digits
  return "";
}

// Card numbers are printed in fours (the last group shorter), or 4-6-5 and
// 4-6-4 for American Express and Diners Club.
bool CardGrouping(const std::vector<size_t>& lens) {
  if (lens.size() == 3 && lens[0] == 4 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4)) return true;
  for (size_t k = 0; k + 1 < lens.size(); ++k) {
    if (lens[k] != 4) return false;
  }
  return lens.back() >= 1 && lens.back() <= 4;
}

class CardRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "card"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 keyword(
        R"((?i)(?:card\b|\b(?:visa|mastercard|master\s+card|amex|american\s+express|maestro|debit|credit|PAN)\b))",
        Latin1Off());
    const std::string_view text = doc.text;
    for (const DigitRun& r : DigitRunsOf(text)) {
      const size_t n = r.groups.size();
      for (size_t i = 0; i < n;) {
        bool found = false;
        for (size_t j = n; j > i && !found; --j) {
          size_t digits_n = r.Digits(i, j);
          if (digits_n < 12 || digits_n > 19 || !r.Usable(i, j)) continue;
          std::vector<size_t> lens;
          for (size_t k = i; k < j; ++k) lens.push_back(r.Len(k));
          if (lens.size() > 1 && !CardGrouping(lens)) continue;
          size_t s = r.groups[i].first, e = r.groups[j - 1].second;
          std::string digits = DigitsOf(text.substr(s, e - s));
          if (!LuhnOk(digits)) continue;
          std::string brand = CardBrand(digits);
          if (brand.empty()) continue;
          const bool kw = Contains(Before(text, s, 40), keyword);
          // Twelve digits (Maestro's shortest) are a reference number as
          // often as a card: only next to the word "card".
          if (digits_n < 13 && !kw) continue;
          double conf = kw ? 0.98 : lens.size() > 1 ? 0.95 : 0.85;
          AddHit(out, text, s, e, "CARD", digits, "card", conf,
                 "Payment card number (" + brand + " prefix, passes the Luhn check)");
          found = true;
          i = j;
        }
        if (!found) ++i;
      }
    }
  }
};

// ---------------------------------------------------------------------------
// IP addresses

class IpRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "ip-address"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 v4(R"(\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b)", Latin1Off());
    static const RE2 ip_kw(R"((?i)\b(?:IP|IPv4|IPv6|internet\s+protocol)\b)", Latin1Off());
    // Numbered things that look like dotted quads: versions, clauses, pages.
    static const RE2 not_ip(
        R"((?i)\b(?:version|ver|v|build|release|rel|rev|revision|firmware|update|section|sect|clause|para|paragraph|page|chapter|item|step|figure|fig|table|appendix|rule|regulation|reg|part|schedule|oid)\.?\s*$)",
        Latin1Off());
    const std::string_view text = doc.text;
    // Only in runs of digits and full stops, at least 7 long ("1.2.3.4").
    static constexpr ByteSet kV4Inside("0-9.");
    static constexpr ByteSet kV4Needs("0-9");
    ForEachMatchInRuns(v4, text, kV4Inside, kV4Needs, 7, 0, [&](size_t s, size_t e, auto&) {
      // Part of a longer dotted sequence (1.2.3.4.5) or a decimal.
      if (s >= 2 && text[s - 1] == '.' && IsDigit(text[s - 2])) return;
      if (e + 1 < text.size() && text[e] == '.' && IsDigit(text[e + 1])) return;
      std::string value(text.substr(s, e - s));
      unsigned char buf[16];
      if (inet_pton(AF_INET, value.c_str(), buf) != 1) {
        // inet_pton rejects leading zeros; accept 0-255 octets anyway.
        int parts[4];
        if (std::sscanf(value.c_str(), "%d.%d.%d.%d", &parts[0], &parts[1], &parts[2], &parts[3]) != 4) return;
        for (int p : parts) {
          if (p < 0 || p > 255) return;
        }
      }
      std::string_view before = Before(text, s, 25);
      bool kw = Contains(before, ip_kw);
      if (!kw && Contains(before, not_ip)) return;
      bool all_small = true;
      for (size_t k = s; k < e;) {
        size_t j = k;
        while (j < e && IsDigit(text[j])) ++j;
        if (j - k > 1) all_small = false;
        k = j + 1;
      }
      if (all_small && !kw) return;  // 1.2.3.4: a clause number more often than an address
      AddHit(out, text, s, e, "IP", value, "ip-address", kw ? 0.97 : 0.9,
             "IPv4 address (can identify a person's device or connection)");
    });
    static const RE2 v6(
        R"((?i)(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|[0-9]{1,3}(?:\.[0-9]{1,3}){3})?)",
        Latin1Off());
    // Only in runs of hex digits, colons and full stops holding a colon,
    // at least 2 long ("::"; under (?i) no hex letter matches a byte that
    // is not ASCII).
    static constexpr ByteSet kV6Inside("0-9a-fA-F:.");
    static constexpr ByteSet kV6Needs(":");
    ForEachMatchInRuns(v6, text, kV6Inside, kV6Needs, 2, 0, [&](size_t s, size_t e, auto&) {
      if (s > 0 && (IsAsciiAlnum(text[s - 1]) || text[s - 1] == ':' || text[s - 1] == '.')) return;
      while (e > s && text[e - 1] == ':' && !(e - s >= 2 && text[e - 2] == ':')) --e;
      if (e < text.size() && (IsAsciiAlnum(text[e]) || text[e] == ':')) return;
      std::string value(text.substr(s, e - s));
      unsigned char buf[16];
      if (inet_pton(AF_INET6, value.c_str(), buf) != 1) return;
      // At least two groups, and something beyond a time-like "1::2".
      int groups = 0;
      bool strong = false;
      for (size_t k = 0; k < value.size();) {
        size_t j = k;
        while (j < value.size() && value[j] != ':') ++j;
        if (j > k) {
          ++groups;
          if (j - k >= 3) strong = true;
          for (size_t q = k; q < j; ++q) {
            if (IsAsciiAlpha(value[q])) strong = true;
          }
        }
        k = j + 1;
      }
      if (groups < 2 || !strong) return;
      char canon[INET6_ADDRSTRLEN];
      std::string norm = inet_ntop(AF_INET6, buf, canon, sizeof canon) ? canon : value;
      AddHit(out, text, s, e, "IP", norm, "ip-address", 0.93,
             "IPv6 address (can identify a person's device or connection)");
    });
  }
};

// ---------------------------------------------------------------------------
// Vehicle registrations

class VehicleRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "vehicle"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // Current format (2001-): area letters, age identifier, three random
    // letters. I and Q are never used; the age identifier is the year
    // (March, 02-29) or the year + 50 (September, 51-79).
    static const RE2 current(
        R"(\b[A-HJ-PR-Y][A-HJ-PR-Z](0[2-9]|[12][0-9]|5[1-9]|[67][0-9]) ?[A-HJ-PR-Z]{3}\b)",
        Latin1Off());
    // Prefix format (1983-2001): year letter, 1-3 digits, three letters.
    static const RE2 prefix(R"(\b([A-HJ-NPR-TV-Y])([1-9][0-9]{0,2}) ?([A-HJ-PR-Y][A-HJ-PR-Z]{2})\b)",
                            Latin1Off());
    // Suffix format (1963-1983), only next to a vehicle word.
    static const RE2 suffix(R"(\b[A-HJ-PR-Z]{3} ?[1-9][0-9]{0,2} ?[A-HJ-NPR-TV-Y]\b)", Latin1Off());
    static const RE2 keyword(
        R"((?i)\b(?:reg|registration|VRM|vehicle|car|van|taxi|minibus|motorbike|motorcycle|number\s*plate|plate|parked|parking|driver|driving)\b)",
        Latin1Off());
    // School shorthand that the prefix pattern would take: "Y9 ART".
    static const std::set<std::string, std::less<>> kSchoolWords = {
        "ART", "MFL", "ICT", "PSE", "RSE", "SEN", "EAL", "PPA", "LSA", "HOY", "SLT", "DSL",
        "PTA", "CPD", "FSM", "GCSE", "SATS", "SAT", "PEH", "DTE", "ENG", "MAT", "SCI", "HIS",
        "GEO", "REL", "MUS", "DRA", "BUS", "ECO", "LAT", "FRE", "GER", "SPA", "CPR", "RPE"};
    const std::string_view text = doc.text;
    auto emit = [&](size_t s, size_t e, double conf, const char* reason) {
      std::string norm = Compact(text.substr(s, e - s));
      AddHit(out, text, s, e, "VEHICLE", norm, "vehicle", conf, reason);
    };
    // Each form only in runs of the bytes it is written with holding a
    // digit, at least as long as its shortest match (the patterns are case
    // sensitive: no byte that is not ASCII).
    static constexpr ByteSet kCapitals("A-Z0-9 ");
    static constexpr ByteSet kSmall("a-z0-9 ");
    static constexpr ByteSet kDigits("0-9");
    ForEachMatchInRuns(current, text, kCapitals, kDigits, 7, 0, [&](size_t s, size_t e, auto&) {
      bool kw = Contains(Before(text, s, 40), keyword);
      emit(s, e, kw ? 0.97 : 0.9, "UK vehicle registration (current format, e.g. AB12 CDE)");
    });
    ForEachMatchInRuns(prefix, text, kCapitals, kDigits, 5, 0, [&](size_t s, size_t e, auto& m) {
      bool kw = Contains(Before(text, s, 40), keyword);
      if (!kw) {
        std::string_view letter(m[1].data(), m[1].size());
        int number = std::stoi(std::string(m[2].data(), m[2].size()));
        std::string_view tail(m[3].data(), m[3].size());
        if (kSchoolWords.count(tail)) return;
        if ((letter == "Y" || letter == "R" || letter == "S") && number <= 13) return;  // year groups
      }
      emit(s, e, kw ? 0.95 : 0.75, "UK vehicle registration (prefix format, e.g. A123 BCD)");
    });
    ForEachMatchInRuns(suffix, text, kCapitals, kDigits, 5, 0, [&](size_t s, size_t e, auto&) {
      if (!Contains(Before(text, s, 40), keyword)) return;
      emit(s, e, 0.9, "UK vehicle registration (suffix format, next to a vehicle word)");
    });
    // The current format typed in lower case in a note or message ("Dad's
    // van gx24 ber", "silver car, reg wr67 ghw"): only right after a vehicle
    // word, which vouches for it.
    static const RE2 lower_current(
        R"(\b[a-hj-pr-y][a-hj-pr-z](0[2-9]|[12][0-9]|5[1-9]|[67][0-9]) ?[a-hj-pr-z]{3}\b)", Latin1Off());
    ForEachMatchInRuns(lower_current, text, kSmall, kDigits, 7, 0, [&](size_t s, size_t e, auto&) {
      if (!Contains(Before(text, s, 16), keyword)) return;
      emit(s, e, 0.85, "UK vehicle registration typed in lower case, after a vehicle word");
    });
  }
};

// ---------------------------------------------------------------------------
// Dates of birth

#define DSAR_MONTHS \
  "jan(?:uary)?|f[ec]b(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
  "s[ec]p(?:t(?:e(?:m|rn)ber)?)?|[o0]ct(?:ober)?|nov(?:e(?:m|rn)ber)?|d[ec]c(?:e(?:m|rn)ber)?"
#define DSAR_DAY "(0?[1-9]|[12][0-9]|3[01])"

int MonthNumber(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string low;
  for (char c : name.substr(0, 3)) low += c == '0' ? 'o' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // OCR reads e as c: "Fcb", "Scp", "Dcc" ("Oct" is what it is).
  if (low.size() == 3 && low[1] == 'c' && low[0] != 'o') low[1] = 'e';
  for (int i = 0; i < 12; ++i) {
    if (low == kMonths[i]) return i + 1;
  }
  return 0;
}

struct FoundDate {
  size_t start = 0, end = 0;
  int day = 0, month = 0, year = 0;  // 0 when not written
};

std::string_view Group(const re2::StringPiece& g) { return std::string_view(g.data(), g.size()); }
int ToInt(const re2::StringPiece& g) { return g.data() ? std::stoi(std::string(g.data(), g.size())) : 0; }

int FullYear(const re2::StringPiece& g) {
  if (!g.data()) return 0;
  int y = ToInt(g);
  if (g.size() == 2) y += y <= 30 ? 2000 : 1900;
  return y;
}

bool PlausibleDate(const FoundDate& d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12) return false;
  if (d.day != 0 && (d.day < 1 || d.day > kDays[d.month - 1])) return false;
  return d.year == 0 || (d.year >= 1900 && d.year <= 2099);
}

// The groups of a match of FindDate's dmy_text (kind 2), mdy_text (3) or
// my_text (4) pattern, cut from the whole match m[0] into m[1..3] as RE2's
// submatch search would: the day is the match's first digits (2) or those
// after the month and its spaces (3); a month group starts at the match (3,
// 4) or after the day, its suffix ("rd"), separator and any "of " (2), and
// only its first three bytes are ever read (MonthNumber), so it is given
// as those; a year is the last four bytes, present (2) when the match ends
// in a digit (without it, the match ends after the month or its full
// stop). False, with m[1..3] unspecified, for a match with a byte that is
// not ASCII (a no-break space, or a long s that (?i) takes for 's') or a
// shape this reading does not expect.
bool TextDateGroups(int kind, re2::StringPiece* m) {
  const char* const a = m[0].data();
  const char* const z = a + m[0].size();
  for (const char* p = a; p < z; ++p) {
    if (static_cast<unsigned char>(*p) >= 0x80) return false;
  }
  // RE2's \s; the no-break spaces of DSAR_WS are not ASCII.
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; };
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  auto month_at = [&](const char* p) { return z - p >= 3 && (IsAsciiAlpha(*p) || *p == '0'); };
  auto year_at_end = [&](const char* from) {
    return z - from >= 4 && IsDigit(z[-4]) && IsDigit(z[-3]) && IsDigit(z[-2]) && IsDigit(z[-1]);
  };
  auto digits_from = [&](const char* p) {
    const char* q = p;
    while (q < z && IsDigit(*q)) ++q;
    return q;
  };
  if (kind == 2) {
    const char* p = digits_from(a);
    if (p == a || p - a > 2 || p >= z) return false;
    m[1] = re2::StringPiece(a, static_cast<size_t>(p - a));
    if (IsAsciiAlpha(*p)) {
      if (z - p < 2) return false;
      const char s0 = lower(p[0]), s1 = lower(p[1]);
      if (!((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') ||
            (s0 == 't' && s1 == 'h'))) {
        return false;
      }
      p += 2;
      while (p < z && ws(*p)) ++p;
    } else if (ws(*p)) {
      while (p < z && ws(*p)) ++p;
    } else if (*p == '-' || *p == '/' || *p == '.') {
      ++p;
    } else {
      return false;
    }
    if (z - p >= 3 && lower(p[0]) == 'o' && lower(p[1]) == 'f' && ws(p[2])) {
      p += 2;
      while (p < z && ws(*p)) ++p;
    }
    if (!month_at(p)) return false;
    m[2] = re2::StringPiece(p, 3);
    if (IsDigit(z[-1])) {
      if (!year_at_end(p + 3)) return false;
      m[3] = re2::StringPiece(z - 4, 4);
    } else {
      m[3] = re2::StringPiece();
    }
    return true;
  }
  if (!month_at(a)) return false;
  m[1] = re2::StringPiece(a, 3);
  if (kind == 4) {
    if (!year_at_end(a + 3)) return false;
    m[2] = re2::StringPiece(z - 4, 4);
    return true;
  }
  if (kind != 3) return false;
  const char* p = a + 1;
  while (p < z && IsAsciiAlpha(*p)) ++p;
  if (p < z && *p == '.') ++p;
  if (p >= z || !ws(*p)) return false;
  while (p < z && ws(*p)) ++p;
  const char* q = digits_from(p);
  if (q == p || q - p > 2 || !year_at_end(q)) return false;
  m[2] = re2::StringPiece(p, static_cast<size_t>(q - p));
  m[3] = re2::StringPiece(z - 4, 4);
  return true;
}

// The first date starting in text[from, from + reach], if any.
bool FindDate(std::string_view text, size_t from, size_t reach, FoundDate* out) {
  // (A dash OCR read as a long one, "2013—04-20", is a separator too.)
  static const RE2 dmy_num(DSAR_DAY R"((?:[/.\-]|—|–)(0?[1-9]|1[0-2])(?:[/.\-]|—|–)((?:19|20)[0-9]{2}|[0-9]{2})\b)",
                           Latin1Off());
  static const RE2 ymd_num(R"(((?:19|20)[0-9]{2})(?:[/.\-]|—|–)(0?[1-9]|1[0-2])(?:[/.\-]|—|–))" DSAR_DAY R"(\b)",
                           Latin1Off());
  // "3 May 2012", "3rd of May", "26thJanuary 1966" (OCR), "07-Feb-2014".
  static const RE2 dmy_text("(?i)" DSAR_DAY "(?:(?:st|nd|rd|th)" DSAR_WS "*|" DSAR_WS "+|[-/.]|—|–)(?:of" DSAR_WS
                            "+)?(" DSAR_MONTHS ")\\b\\.?(?:(?:,?" DSAR_WS "+|[-/.]|—|–)((?:19|20)[0-9]{2})\\b)?",
                            Latin1Off());
  static const RE2 mdy_text("(?i)(" DSAR_MONTHS ")\\b\\.?" DSAR_WS "+" DSAR_DAY "(?:st|nd|rd|th)?,?" DSAR_WS
                            "+((?:19|20)[0-9]{2})\\b",
                            Latin1Off());
  static const RE2 my_text("(?i)(" DSAR_MONTHS ")\\b\\.?,?" DSAR_WS "+((?:19|20)[0-9]{2})\\b", Latin1Off());
  const size_t end = std::min(text.size(), from + reach + 40);
  re2::StringPiece all(text.data(), text.size());
  bool found = false;
  FoundDate best;
  auto consider = [&](const RE2& re, int kind) {
    re2::StringPiece m[4];
    // The numeric forms are three digit groups split by single separator
    // bytes: their groups are cut from the whole match by hand, sparing
    // RE2 the submatch pass (a BitState run per call).
    // The written-out forms are cut by hand too when their match is ASCII
    // (TextDateGroups); otherwise the submatch search runs after all.
    const bool numeric = kind <= 1;
    const int nm = std::min(4, re.NumberOfCapturingGroups() + 1);
    size_t pos = from;
    while (pos < end && re.Match(all, pos, end, RE2::UNANCHORED, m, 1)) {
      if (!numeric && !TextDateGroups(kind, m)) {
        if (!re.Match(all, pos, end, RE2::UNANCHORED, m, nm)) break;
      }
      if (numeric) {
        const char* const a = m[0].data();
        const char* const z = a + m[0].size();
        // (A separator is one byte, or three for a long dash.)
        const char* p1 = a;
        while (p1 < z && IsDigit(*p1)) ++p1;
        const char* b2 = p1;
        while (b2 < z && !IsDigit(*b2)) ++b2;
        const char* p2 = b2;
        while (p2 < z && IsDigit(*p2)) ++p2;
        const char* b3 = p2;
        while (b3 < z && !IsDigit(*b3)) ++b3;
        m[1] = re2::StringPiece(a, static_cast<size_t>(p1 - a));
        m[2] = re2::StringPiece(b2, static_cast<size_t>(p2 - b2));
        m[3] = re2::StringPiece(b3, static_cast<size_t>(z - b3));
      }
      size_t s = static_cast<size_t>(m[0].data() - text.data());
      if (s > from + reach) return;
      // The match must start at a word boundary (the patterns begin with
      // digits or letters, so check the byte before).
      if (s > 0 && IsAsciiAlnum(text[s - 1])) {
        pos = s + 1;
        continue;
      }
      FoundDate d;
      d.start = s;
      d.end = s + m[0].size();
      switch (kind) {
        case 0: d.day = ToInt(m[1]); d.month = ToInt(m[2]); d.year = FullYear(m[3]); break;
        case 1: d.year = ToInt(m[1]); d.month = ToInt(m[2]); d.day = ToInt(m[3]); break;
        case 2: d.day = ToInt(m[1]); d.month = MonthNumber(Group(m[2])); d.year = FullYear(m[3]); break;
        case 3: d.month = MonthNumber(Group(m[1])); d.day = ToInt(m[2]); d.year = FullYear(m[3]); break;
        case 4: d.month = MonthNumber(Group(m[1])); d.year = FullYear(m[2]); break;
      }
      if (PlausibleDate(d)) {
        if (!found || d.start < best.start || (d.start == best.start && d.end > best.end)) {
          best = d;
          found = true;
        }
        return;
      }
      pos = s + 1;
    }
  };
  // Each search is a submatch search of its own; two questions about the
  // (ASCII) window skip those that cannot match. A numeric date holds a
  // digit followed by one of its separators [/.-]; a written one holds a
  // month name, which starts with one of the three letters below (the
  // pattern is (?i); "0ct" is OCR's). A window with a byte that is not
  // ASCII is searched in full: under (?i) a long s matches 's'.
  bool numeric_possible = false, month_possible = false, ascii = true;
  if (from < end) {
    const std::string_view window = text.substr(from, end - from);
    for (size_t i = 0; i < window.size() && ascii; ++i) {
      const unsigned char c = static_cast<unsigned char>(window[i]);
      if (c >= 0x80) {
        ascii = false;
      } else if (IsDigit(static_cast<char>(c))) {
        numeric_possible = numeric_possible ||
                           (i + 1 < window.size() && (window[i + 1] == '/' || window[i + 1] == '.' ||
                                                      window[i + 1] == '-'));
        month_possible = month_possible || (c == '0' && i + 2 < window.size() &&
                                            (window[i + 1] | 0x20) == 'c' && (window[i + 2] | 0x20) == 't');
      } else if (!month_possible && i + 2 < window.size() && IsAsciiAlpha(static_cast<char>(c))) {
        // (| 0x20 lower-cases a letter and makes no letter of anything else.)
        const char a = static_cast<char>(c | 0x20), b = window[i + 1] | 0x20, d = window[i + 2] | 0x20;
        switch (a) {
          case 'j': month_possible = (b == 'a' && d == 'n') || (b == 'u' && (d == 'n' || d == 'l')); break;
          case 'f': month_possible = (b == 'e' || b == 'c') && d == 'b'; break;
          case 'm': month_possible = b == 'a' && (d == 'r' || d == 'y'); break;
          case 'a': month_possible = (b == 'p' && d == 'r') || (b == 'u' && d == 'g'); break;
          case 's': month_possible = (b == 'e' || b == 'c') && d == 'p'; break;
          case 'o': month_possible = b == 'c' && d == 't'; break;
          case 'n': month_possible = b == 'o' && d == 'v'; break;
          case 'd': month_possible = (b == 'e' || b == 'c') && d == 'c'; break;
          default: break;
        }
      }
    }
  }
  if (!ascii || numeric_possible) {
    consider(dmy_num, 0);
    consider(ymd_num, 1);
  }
  if (!ascii || month_possible) {
    consider(dmy_text, 2);
    consider(mdy_text, 3);
    consider(my_text, 4);
  }
  if (found) *out = best;
  return found;
}

class DateOfBirthRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "date-of-birth"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // The keyword as written, or as OCR reads it ("Datc of birth", "D0B",
    // "DO8", "Dote of birtb", "Date o f birt h", "Dateof blrth", "bom" for
    // "born").
    static const RE2 keyword(
        R"((?i)(?:\bd\.\s?[o0]\.\s?[b8](?:\.|\b)|\bd[o0][b8]\b|\bd[ao]t[ec]\s*[o0]\s?f\s*b\s?[i1lí]\s?r\s?t\s?[hb]\b|\bbirth\s?date\b|\bb(?:orn|om)(?:\s+on)?\b|\bbirthdays?\b))",
        Latin1Off());
    // Something between the keyword and the date that ends the thought: a
    // sentence end or a blank line.
    static const RE2 breaks(R"((?:[.!?]\s+\p{Lu}|\n\s*\n))", Latin1Off());
    const std::string_view text = doc.text;
    std::set<std::pair<size_t, size_t>> seen;
    auto on_keyword = [&](size_t ks, size_t ke) {
      FoundDate d;
      if (!FindDate(text, ke, 40, &d)) return;
      if (Contains(text.substr(ke, d.start - ke), breaks)) return;
      if (!seen.insert({d.start, d.end}).second) return;
      char norm[16];
      if (d.year && d.day) {
        std::snprintf(norm, sizeof norm, "%04d-%02d-%02d", d.year, d.month, d.day);
      } else if (d.day) {
        std::snprintf(norm, sizeof norm, "--%02d-%02d", d.month, d.day);
      } else {
        std::snprintf(norm, sizeof norm, "%04d-%02d", d.year, d.month);
      }
      std::string kw(text.substr(ks, ke - ks));
      bool full = d.year && d.day;
      AddHit(out, text, d.start, d.end, "DATE_OF_BIRTH", norm, "date-of-birth", full ? 0.95 : 0.8,
             std::string(full ? "Date of birth" : "Part of a date of birth") + " (after '" + kw + "')");
    };
    // ForEachMatch(keyword, ...) without a DFA pass over the whole text
    // (about eleven instructions a byte): every match of `keyword` starts
    // at a word boundary (\b: the byte before is no ASCII letter, digit or
    // '_') with an ASCII 'd' or 'b' in either case (no other character
    // folds to them), followed by a byte one of its alternatives allows:
    // '.', 'o', '0' or 'a' after 'd', 'o' or 'i' after 'b'. The leftmost
    // match at or after a place is then the anchored match at the first such
    // start that has one, and RE2 is asked only there (about 1,100 starts in
    // the school set's 305,000 bytes). The next search starts at the end of
    // a match, as ForEachMatch's does.
    if (!MayMatch(keyword, text)) return;
    const re2::StringPiece all(text.data(), text.size());
    const size_t n = text.size();
    auto word_byte = [](unsigned char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    size_t p = 0;
    while (p + 2 < n) {
      // The next 'b' or 'd' (either case), eight bytes at a time.
      if (p + 8 <= n) {
        using namespace ascii_bytes;
        uint64_t x;
        std::memcpy(&x, text.data() + p, 8);
        const uint64_t y = (x & kLow7) | (kEach * 0x20);
        const uint64_t bd = (InRange(y, 'b', 'b') | InRange(y, 'd', 'd')) & ~x;
        if (bd == 0) {
          p += 8;
          continue;
        }
        p += static_cast<size_t>(std::countr_zero(bd) >> 3);
      } else {
        const char c = static_cast<char>(text[p] | 0x20);
        if (c != 'b' && c != 'd') {
          ++p;
          continue;
        }
      }
      if (p + 2 >= n) break;
      const char first = static_cast<char>(text[p] | 0x20), second = text[p + 1];
      const bool may_start =
          (p == 0 || !word_byte(static_cast<unsigned char>(text[p - 1]))) &&
          (first == 'd' ? second == '.' || second == 'o' || second == 'O' || second == '0' || second == 'a' ||
                              second == 'A'
                        : second == 'o' || second == 'O' || second == 'i' || second == 'I');
      re2::StringPiece whole;
      if (may_start && keyword.Match(all, p, n, RE2::ANCHOR_START, &whole, 1)) {
        const size_t ke = p + whole.size();
        on_keyword(p, ke);
        p = ke > p ? ke : p + 1;
      } else {
        ++p;
      }
    }
  }
};

// ---------------------------------------------------------------------------
// Addresses

#define DSAR_POSTCODE \
  R"(\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b)"

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `t` without trailing full stops and commas, lower case: for word lists.
std::string Key(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.remove_suffix(1);
  return Lower(t);
}

// Is Key(t) in `words`? The key is made in a buffer on the stack, not a
// string per question (asked of every word near a postcode or house number,
// once per list): no listed word is longer than the buffer, so a longer key
// is in no list. (Lower-casing is ASCII's, as std::tolower's in the "C"
// locale dsar runs in.)
bool KeyIn(const std::set<std::string, std::less<>>& words, std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.remove_suffix(1);
  char buf[24];
  if (t.size() > sizeof buf) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return words.find(std::string_view(buf, t.size())) != words.end();
}

const std::set<std::string, std::less<>>& StreetWords() {
  static const std::set<std::string, std::less<>> k = {
      "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "av", "close", "cl", "drive",
      "way", "court", "ct", "crescent", "cres", "gardens", "gdns", "garden", "place", "pl",
      "terrace", "tce", "grove", "gr", "walk", "row", "hill", "park", "square", "sq", "mews",
      "view", "rise", "green", "vale", "parade", "fold", "croft", "meadow", "meadows", "chase",
      "gate", "gates", "wynd", "lea", "bank", "heights", "boulevard", "circus", "end", "garth",
      "mount", "wharf", "quay", "yard", "approach", "glade", "dale", "brow", "causeway",
      "embankment", "broadway", "hollow", "orchard", "paddock", "ridge", "spinney", "copse",
      "fields", "lawn", "lawns", "nook", "crest", "highway", "circle", "market", "passage",
      "precinct", "promenade", "side", "top", "villas", "wood", "link", "ginnel", "loke",
      "common", "cross", "path", "acre", "acres", "holme", "leys", "pastures", "sidings",
      "steps", "wells", "moor"};
  return k;
}
bool IsStreetWord(std::string_view t) { return KeyIn(StreetWords(), t); }

// Street words too common as ordinary words to mark a street line on their
// own, without a postcode below ("Year 9 Kestrel Moor", "Form 2 Side").
const std::set<std::string, std::less<>>& WeakStreetWords() {
  static const std::set<std::string, std::less<>> k = {
      "moor", "top", "side", "common", "cross", "wood", "market", "end", "bank", "link",
      "path", "acre", "acres", "wells", "steps", "circle", "passage", "highway", "fields"};
  return k;
}

// Words before a number that make it something other than a house number.
bool IsCountingWord(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {
      "year", "room", "form", "page", "set", "group", "table", "week", "stage", "level",
      "grade", "step", "item", "question", "section", "chapter", "lesson", "period", "class",
      "team", "block", "floor", "platform", "bus", "route", "day", "term", "no", "number",
      "paragraph", "para", "part", "appendix", "figure", "unit", "module", "ks", "y", "top"};
  return KeyIn(k, t);
}

bool IsTitleOrLabel(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "sir", "dame",
      "lord", "lady", "dear", "re", "to", "from", "tel", "telephone", "phone", "mob", "mobile",
      "email", "e-mail", "fax", "ref", "fao", "attn", "hi", "hello", "cc", "bcc", "date",
      "subject", "signed", "yours", "regards", "sincerely", "faithfully", "pupil", "name"};
  return KeyIn(k, t);
}

// Words that name an organisation or part of one, not an address line
// (unless followed by a street word: "School Lane", "College Road").
bool IsOrgWord(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {
      "academy", "school", "college", "trust", "council", "ltd", "limited", "plc", "llp",
      "services", "service", "centre", "center", "university", "nursery", "surgery",
      "practice", "department", "dept", "office", "team", "hospital", "clinic", "police",
      "federation", "partnership", "foundation", "authority", "board", "committee",
      "governors", "primary", "infant", "infants", "junior", "juniors", "secondary", "group",
      "solicitors", "associates", "company", "inc", "nhs", "ccg", "agency", "charity",
      "headteacher", "head", "teacher", "senco", "officer", "manager", "tutor", "year",
      "confidential", "private", "support"};
  return KeyIn(k, t);
}

// Days and months: "12 Park Road, Monday" is a street and a date.
bool IsCalendarWord(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return KeyIn(k, t);
}

bool IsFlatWord(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {"flat", "apartment", "apt", "unit",
                                                       "suite", "block", "maisonette"};
  return KeyIn(k, t);
}

bool IsBuildingWord(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {
      "house", "cottage", "cottages", "farm", "lodge", "barn", "hall", "manor", "mansions",
      "building", "buildings", "villa", "bungalow", "mill", "chambers", "tower", "towers",
      "flats", "apartments", "rectory", "vicarage", "grange", "farmhouse", "cottages", "works"};
  return KeyIn(k, t);
}

bool IsConnector(std::string_view t) {
  static const std::set<std::string, std::less<>> k = {"upon", "on", "in", "le", "la", "de", "under",
                                                       "by", "next", "the", "sea", "cum", "en",
                                                       "of"};  // "Isle of Lewis", "Vale of Glamorgan"
  return k.find(t) != k.end();  // lower case only (no string made to ask)
}

// "12", "12A", "12-14", "2/3" (no leading zero, at most four digits).
bool IsHouseNumber(std::string_view t) {
  while (!t.empty() && t.back() == ',') t.remove_suffix(1);
  auto part = [](std::string_view p) {
    size_t i = 0;
    while (i < p.size() && IsDigit(p[i])) ++i;
    if (i == 0 || i > 4 || p[0] == '0') return false;
    if (i == p.size()) return true;
    return i + 1 == p.size() && IsAsciiAlpha(p[i]);
  };
  size_t dash = t.find_first_of("-/");
  if (dash == std::string_view::npos) return part(t);
  return part(t.substr(0, dash)) && part(t.substr(dash + 1));
}

// A word starting with a capital letter (any script) and made of letters,
// apostrophes, hyphens and full stops: "Leeds", "O'Neill", "St.", "LEEDS".
bool IsCapWord(std::string_view t) {
  while (!t.empty() && t.back() == ',') t.remove_suffix(1);
  if (t.empty()) return false;
  int32_t i = 0, n = static_cast<int32_t>(t.size());
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, n, c);
  if (c < 0 || !(u_isupper(c) || u_istitle(c))) return false;
  while (i < n) {
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, n, c);
    if (c < 0) return false;
    if (!(u_isalpha(c) || c == '\'' || c == 0x2019 || c == '-' || c == '.')) return false;
  }
  return true;
}

bool IsSingleLetter(std::string_view t) { return t.size() == 1 && IsAsciiAlpha(t[0]); }

// Byte length of the white space at text[i] (ASCII or no-break), or 0.
size_t SpaceAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(text[i + 2]) == 0xAF || static_cast<unsigned char>(text[i + 2]) == 0x89)) {
    return 3;
  }
  return 0;
}

struct Tok {
  size_t s, e;
};

std::vector<Tok> Tokenize(std::string_view text, size_t a, size_t b) {
  std::vector<Tok> toks;
  size_t i = a;
  while (i < b) {
    size_t w = SpaceAt(text, i);
    if (w) {
      i += w;
      continue;
    }
    size_t j = i;
    while (j < b && !SpaceAt(text, j)) ++j;
    toks.push_back({i, j});
    i = j;
  }
  return toks;
}

enum class Kind { kNone, kLocality, kBuilding, kStreet };

struct Part {
  Kind kind = Kind::kNone;
  size_t start = 0, end = 0;  // the address part of the segment
  bool whole = false;         // it is the whole segment
  bool empty = false;         // the segment has no words
  bool house = false;         // it has a house number before a street name
};

// Classifies one comma-free segment text[a, b): the longest tail of it made of
// address words (house numbers, capitalised words, "upon"-style connectors),
// cut at titles ("Mr"), labels, and organisation words.
Part AnalyzeSegment(std::string_view text, size_t a, size_t b) {
  Part p;
  std::vector<Tok> toks = Tokenize(text, a, b);
  const size_t n = toks.size();
  if (n == 0) {
    p.empty = true;
    return p;
  }
  auto tok = [&](size_t k) { return text.substr(toks[k].s, toks[k].e - toks[k].s); };
  size_t first = n;
  for (size_t i = n; i-- > 0;) {
    std::string_view t = tok(i);
    if (IsTitleOrLabel(t)) break;
    bool right_is_street = first < n && IsStreetWord(tok(first));
    if (IsOrgWord(t) && !right_is_street) break;
    if (IsHouseNumber(t) || IsCapWord(t)) {
      first = i;
      continue;
    }
    if (IsConnector(t) && first < n && i > 0 && IsCapWord(tok(i - 1))) {
      first = i;
      continue;
    }
    break;
  }
  // A number not followed by a word (and not a flat number) is not a house
  // number: "Year 10", "Room 12". Keep only what follows it.
  for (size_t k = first; k < n; ++k) {
    if (!IsHouseNumber(tok(k))) continue;
    bool ok = (k + 1 < n && IsCapWord(tok(k + 1))) || (k > first && IsFlatWord(tok(k - 1)));
    if (!ok) first = k + 1;
  }
  if (first >= n) return p;
  size_t anchor = n;
  for (size_t k = first; k < n; ++k) {
    if (IsFlatWord(tok(k)) && k + 1 < n && (IsHouseNumber(tok(k + 1)) || IsSingleLetter(tok(k + 1)))) {
      anchor = k;
      break;
    }
    if (IsHouseNumber(tok(k)) && k + 1 < n && IsCapWord(tok(k + 1))) {
      anchor = k;
      break;
    }
  }
  size_t from = anchor < n ? anchor : first;
  bool street_word = false, house = false, building = false;
  for (size_t k = from; k < n; ++k) {
    if (k > from && IsStreetWord(tok(k))) street_word = true;
    if (IsHouseNumber(tok(k)) && k + 1 < n && IsCapWord(tok(k + 1)) && !(k > from && IsFlatWord(tok(k - 1)))) {
      house = true;
    }
    if (IsBuildingWord(tok(k))) building = true;
  }
  size_t count = n - from;
  if (street_word || house) {
    p.kind = Kind::kStreet;
  } else if (anchor < n || (building && count <= 5)) {
    p.kind = Kind::kBuilding;
  } else if (count <= 4) {
    p.kind = Kind::kLocality;
  } else {
    return p;
  }
  p.start = toks[from].s;
  p.end = toks[n - 1].e;
  p.whole = from == 0;
  p.house = house;
  return p;
}

struct LineResult {
  bool any = false;
  size_t start = 0, end = 0;
  bool street = false;
  bool whole = false;         // the address part is the whole line (after any label)
  bool only_building = true;  // every part is a building or flat name
  bool labelled = false;      // "Address: ..." — the address starts here
};

// Reads the address part at the end of text[a, b): comma-separated parts
// from the right, stopping at a street line (which is where addresses
// start, give or take a flat or house name) or at anything else.
LineResult AnalyzeLine(std::string_view text, size_t a, size_t b) {
  LineResult r;
  size_t region = a;
  size_t colon = text.substr(a, b - a).rfind(':');
  if (colon != std::string_view::npos && colon <= 40) {
    region = a + colon + 1;
    r.labelled = true;
  }
  std::vector<std::pair<size_t, size_t>> segs;
  size_t s = region;
  for (size_t i = region; i <= b; ++i) {
    // A quoted CSV cell ("46 Moorland Road, Bedminster, Bristol",BS3 7DZ)
    // splits at its quotes as at commas.
    if (i == b || text[i] == ',' || text[i] == ';' || text[i] == '"') {
      segs.emplace_back(s, i);
      s = i + 1;
    }
  }
  bool reached_start = false;
  for (size_t k = segs.size(); k-- > 0;) {
    Part p = AnalyzeSegment(text, segs[k].first, segs[k].second);
    if (p.empty) {
      if (k == 0) reached_start = r.any;
      continue;
    }
    if (p.kind == Kind::kNone) break;
    if (!r.any) r.end = p.end;
    r.any = true;
    r.start = p.start;
    if (p.kind != Kind::kBuilding) r.only_building = false;
    if (p.kind == Kind::kStreet) {
      r.street = true;
      // A flat or house name before the street: "Flat 3, 12 Mill Lane".
      // And a district named with a street word after the street ("48
      // Moorland Road, Hyson Green, Nottingham", "Meadow View, Cherry Tree
      // Avenue"): the numbered street, or a named house, before it starts
      // the address.
      if (p.whole && k > 0) {
        Part q = AnalyzeSegment(text, segs[k - 1].first, segs[k - 1].second);
        if (q.kind == Kind::kStreet && !p.house && (q.house || q.whole)) {
          r.start = q.start;
          --k;
          p.whole = q.whole;
          if (p.whole && k > 0) q = AnalyzeSegment(text, segs[k - 1].first, segs[k - 1].second);
          else q = Part{};
        }
        if (p.whole && q.kind == Kind::kBuilding && q.whole) {
          r.start = q.start;
          --k;
        }
      }
      reached_start = p.whole && k == 0;
      break;
    }
    if (!p.whole) break;
    if (k == 0) reached_start = true;
  }
  r.whole = r.any && reached_start;
  return r;
}

// Bounds of the line containing `pos`, without surrounding white space.
std::pair<size_t, size_t> LineAt(std::string_view text, size_t pos) {
  size_t a = pos, b = pos;
  while (a > 0 && text[a - 1] != '\n' && text[a - 1] != '\f') --a;
  while (b < text.size() && text[b] != '\n' && text[b] != '\f') ++b;
  return {a, b};
}

// A row of comma-separated fields: at least two commas with no space
// after them ("Ayen S,4B,BL2 7DP,walk"), unlike a written address ("Tonge
// Fold, Bolton").
bool CsvRow(std::string_view line) {
  int fields = 0;
  for (size_t i = line.find(','); i != std::string_view::npos && i + 1 < line.size(); i = line.find(',', i + 1)) {
    if (line[i + 1] != ' ' && ++fields >= 2) return true;
  }
  return false;
}

class AddressRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "address"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 postcode(DSAR_POSTCODE, Latin1Off());
    const std::string_view text = doc.text;
    std::vector<std::pair<size_t, size_t>> blocks;
    // Only in runs of capitals, digits and spaces holding a digit, at least
    // 5 long, as the postcode recognizer searches the same pattern.
    static constexpr ByteSet kPostcodeInside("A-Z0-9 ");
    static constexpr ByteSet kPostcodeNeeds("0-9");
    ForEachMatchInRuns(postcode, text, kPostcodeInside, kPostcodeNeeds, 5, 0, [&](size_t ps, size_t pe, auto&) {
      auto [ls, le] = LineAt(text, ps);
      size_t start = std::string::npos, end = 0;
      bool street = false;
      bool up;
      bool need_street = false;
      LineResult r = AnalyzeLine(text, ls, ps);
      if (r.any) {
        start = r.start;
        end = r.end;
        street = r.street;
        up = r.whole && !r.labelled && !street;
      } else {
        std::vector<Tok> before = Tokenize(text, ls, ps);
        up = before.empty();  // the postcode starts its line
        // "Postcode: NE6 9DR" under "Address: 65 Brunswick Place, Newcastle
        // upon Tyne": the address is above, if a street is found there (a
        // "Name:" line above is not one).
        if (!up && before.size() <= 3 && text[before.back().e - 1] == ':') up = need_street = true;
      }
      // A house or flat name on the line above a street line.
      auto building_above = [&](size_t line_start) {
        if (line_start == 0) return;
        auto [a, b] = LineAt(text, line_start - 1);
        LineResult q = AnalyzeLine(text, a, b);
        if (q.any && q.whole && q.only_building && !q.labelled) start = q.start;
      };
      if (street && r.whole && !r.labelled) building_above(ls);
      size_t cur = ls;
      for (int lines = 0; up && lines < 4 && cur > 0; ++lines) {
        auto [a, b] = LineAt(text, cur - 1);
        cur = a;
        if (Tokenize(text, a, b).empty()) break;  // blank line
        LineResult q = AnalyzeLine(text, a, b);
        if (!q.any) break;
        if (q.street) {
          start = q.start;
          if (end == 0) end = q.end;
          street = true;
          if (q.whole && !q.labelled) building_above(a);
          break;
        }
        if (!q.whole) break;
        start = q.start;
        if (end == 0) end = q.end;
        if (q.labelled) break;
      }
      if (start == std::string::npos || end <= start || (need_street && !street)) return;
      // In a row of comma-separated fields ("Farrukh T,RG,WN2 7RD,bike"),
      // the fields before a postcode are an address only with a street in
      // them: a name and a class code are no place names.
      if (!street && CsvRow(text.substr(ls, le - ls))) return;
      blocks.emplace_back(start, end);
      AddHit(out, text, start, end, "ADDRESS", FoldForMatch(text.substr(start, end - start)),
             "address", street ? 0.9 : 0.75,
             std::string(street ? "Address (street and town)" : "Address (place names)") +
                 " before the postcode " + std::string(text.substr(ps, pe - ps)));
    });
    // Street lines anywhere: "14 Wrenbeck Road", "Flat 2, 9 St John's Close".
    static const RE2 street = [] {
      std::string words;
      for (const std::string& w : StreetWords()) {
        if (w.size() < 3 && w != "rd" && w != "st") continue;  // "Cl", "Ln"... too ambiguous bare
        if (WeakStreetWords().count(w)) continue;
        std::string cap = w;
        cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
        std::string up = w;
        for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!words.empty()) words += '|';
        words += cap + '|' + up;
      }
      std::string re =
          R"((?:\b(?:Flat|FLAT|Apartment|Apt|Unit)\.? ?[0-9]+[A-Za-z]?,? )?\b[1-9][0-9]{0,3}[A-Za-z]?(?:-[1-9][0-9]{0,3}[A-Za-z]?)?,? (?:(?:The|THE) )?(?:\p{Lu}[\p{L}'’\-]*\.? ){1,4}(?:)" +
          words + R"()\b)";
      return RE2(re, Latin1Off());
    }();
    // The pattern's matches, with RE2 asked (anchored) only where one can
    // start: at a house number — a digit 1-9 after no ASCII word byte (\b),
    // at most four digits, a letter, then '-' or ",? " — or at the flat
    // word of "Flat 2, " just before one (read back from the number: a
    // space, ',', a letter, digits, ' ', '.', the word after no word byte).
    // Every match starts at one of the two, the number after any flat part
    // it has; tried number by number, the flat part first, the first match
    // is the leftmost one (a flat part holds the only number before its
    // house number), and RE2 anchored there finds what its search finds.
    // A search of the whole text cost some 10 instructions a byte.
    auto street_matches = [&](auto&& fn) {
      if (!MayMatch(street, text)) return;
      const size_t n = text.size();
      auto word_byte = [&](size_t k) {
        const char c = text[k];
        return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      };
      auto ascii_letter = [&](size_t k) { return (text[k] >= 'A' && text[k] <= 'Z') || (text[k] >= 'a' && text[k] <= 'z'); };
      // The start of a flat part ending at the house number at d, or n.
      auto flat_start = [&](size_t d) -> size_t {
        size_t k = d;
        if (k == 0 || text[k - 1] != ' ') return n;
        --k;
        if (k > 0 && text[k - 1] == ',') --k;
        if (k > 0 && ascii_letter(k - 1)) --k;
        const size_t digits_end = k;
        while (k > 0 && IsDigit(text[k - 1])) --k;
        if (k == digits_end) return n;
        if (k > 0 && text[k - 1] == ' ') --k;
        if (k > 0 && text[k - 1] == '.') --k;
        for (std::string_view w : {"Flat", "FLAT", "Apartment", "Apt", "Unit"}) {
          if (k >= w.size() && text.compare(k - w.size(), w.size(), w) == 0 &&
              (k == w.size() || !word_byte(k - w.size() - 1))) {
            return k - w.size();
          }
        }
        return n;
      };
      const re2::StringPiece all(text.data(), n);
      size_t pos = 0;
      for (size_t d = NextAsciiDigit(text, 0); d < n;) {
        size_t r = d;
        while (r < n && IsDigit(text[r])) ++r;
        const size_t next = r < n ? NextAsciiDigit(text, r) : n;
        bool may = d >= pos && text[d] != '0' && (d == 0 || !word_byte(d - 1)) && r - d <= 4;
        if (may) {
          size_t k = r;
          if (k < n && ascii_letter(k)) ++k;
          if (k < n && text[k] != '-') {
            if (text[k] == ',') ++k;
            may = k < n && text[k] == ' ';
          } else {
            may = k < n;
          }
        }
        if (!may) {
          d = next;
          continue;
        }
        re2::StringPiece whole;
        const size_t f = flat_start(d);
        bool hit = f < d && f >= pos && street.Match(all, f, n, RE2::ANCHOR_START, &whole, 1);
        hit = hit || street.Match(all, d, n, RE2::ANCHOR_START, &whole, 1);
        if (!hit) {
          d = next;
          continue;
        }
        const size_t ms = static_cast<size_t>(whole.data() - text.data());
        const size_t me = ms + whole.size();
        std::array<re2::StringPiece, 1> groups = {whole};
        fn(ms, me, groups);
        pos = me > ms ? me : ms + 1;
        d = pos < n ? NextAsciiDigit(text, pos) : n;
      }
    };
    auto for_each_street = [&](auto&& fn) {
      if (RunsSelfCheck()) CheckSameMatches(street, text, 0, [&](SpanList& starts) { street_matches(starts); });
      street_matches(fn);
    };
    for_each_street([&](size_t s, size_t e, auto&) {
      // (Nor a time's minutes: "Fri 10:41 Ivy Lane gate".)
      if (s > 0 && (IsDigit(text[s - 1]) || text[s - 1] == '.' || text[s - 1] == '/' || text[s - 1] == ':')) return;
      // "Year 10 Park Road trip": the number counts something else.
      if (IsDigit(text[s])) {
        size_t k = s;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
        size_t w = k;
        while (w > 0 && !std::isspace(static_cast<unsigned char>(text[w - 1]))) --w;
        if (k > w && IsCountingWord(text.substr(w, k - w))) return;
      }
      for (const auto& [bs, be] : blocks) {
        if (s < be && bs < e) return;
      }
      // The street name must not be a title or an organisation ("12 Mr
      // Smith Way" is still taken; "3 Head of Year" never matches).
      std::vector<Tok> toks = Tokenize(text, s, e);
      for (const Tok& t : toks) {
        std::string_view w = text.substr(t.s, t.e - t.s);
        if (IsTitleOrLabel(w) && Key(w) != "st") return;
      }
      // "Home visit to 194 Abbey Walk, Dennistoun, Glasgow – seen by...":
      // the district and town after the street, each a comma-separated run of
      // place-name words alone, are part of the address.
      for (int parts = 0; parts < 3 && e < text.size() && text[e] == ','; ++parts) {
        size_t a = e + 1, b = a;
        while (b < text.size() && !std::strchr(",;\n\t\"(|\f", text[b])) {
          if (text[b] == ' ' && b + 2 < text.size() && (text[b + 1] == '-' || text[b + 1] == '\xE2') &&
              (text[b + 2] == ' ' || text[b + 2] == '\x80')) {
            break;  // " - " or " – ": what follows is a clause
          }
          ++b;
        }
        // "Heaton, Newcastle upon Tyne NE6 7GL": the town ends at its postcode.
        re2::StringPiece code;
        if (postcode.Match(re2::StringPiece(text.data(), text.size()), a, b, RE2::UNANCHORED, &code, 1)) {
          b = static_cast<size_t>(code.data() - text.data());
          while (b > a && text[b - 1] == ' ') --b;
        }
        Part p = AnalyzeSegment(text, a, b);
        if (p.kind != Kind::kLocality || !p.whole) break;
        size_t pe = p.end;
        while (pe > p.start && text[pe - 1] == '.') --pe;
        bool calendar = false;
        for (const Tok& t : Tokenize(text, p.start, pe)) {
          calendar = calendar || IsCalendarWord(text.substr(t.s, t.e - t.s));
        }
        if (calendar) break;
        e = pe;
      }
      AddHit(out, text, s, e, "ADDRESS", FoldForMatch(text.substr(s, e - s)), "address", 0.8,
             "Street address (house number and street)");
    });
    FindIntroducedAddresses(text, out);
    FindWrappedStreetAddresses(text, out);
  }

 private:
  // "parking across my drive at 38⏎Heron Gate during pick-up": a house
  // number ending a wrapped line after "at", "to", "outside"…, and the
  // street starting the next, ending in a street word.
  static void FindWrappedStreetAddresses(std::string_view text, std::vector<Hit>* out) {
    static const RE2 wrapped(
        R"(\b(?:at|to|from|outside|near|opposite|by)[ \t]+([1-9][0-9]{0,3}[A-Za-z]?\n[ \t]*(?:\p{Lu}[\p{L}'’\-]* ){0,3}\p{Lu}[\p{L}'’\-]*)\b)",
        Latin1Off());
    ForEachMatch(wrapped, text, 1, [&](size_t s, size_t e, auto&) {
      size_t w = e;
      while (w > s && text[w - 1] != ' ' && text[w - 1] != '\n' && text[w - 1] != '\t') --w;
      if (!IsStreetWord(text.substr(w, e - w))) return;
      AddHit(out, text, s, e, "ADDRESS", FoldForMatch(text.substr(s, e - s)), "address", 0.75,
             "Street address (house number and street, broken over a line)");
    });
  }

  // "our new address is 59 kestrel mews, Heaton, Newcastle upon Tyne NE6
  // 7GL", "moved to 176 Ashgrove, London n15 8ha": an address introduced as
  // one, typed in any case in a message, runs from the words introducing it
  // to a postcode on the same line. The postcode is taken in any case too:
  // the words before it vouch for it.
  static void FindIntroducedAddresses(std::string_view text, std::vector<Hit>* out) {
    static const RE2 intro(
        R"((?i)\b(?:address is|address now is|address will be|moved to|moving to|living at|lives at|live at)[ \t]+)",
        Latin1Off());
    static const RE2 any_case_postcode(R"((?i))" DSAR_POSTCODE, Latin1Off());
    ForEachMatch(intro, text, 0, [&](size_t, size_t s, auto&) {
      size_t le = text.find('\n', s);
      if (le == std::string_view::npos) le = text.size();
      le = std::min(le, s + 120);
      re2::StringPiece pc;
      if (!any_case_postcode.Match(re2::StringPiece(text.data(), text.size()), s, le, RE2::UNANCHORED, &pc, 1)) {
        return;
      }
      size_t ps = static_cast<size_t>(pc.data() - text.data());
      AddAddressBefore(text, s, ps, ps + pc.size(), "Address introduced as one (\"address is\", \"moved to\"...)",
                       out);
    });
    // Or a postcode typed in lower case after an address in a message ("we
    // are at 113 tenter croft, cardiff cf11 6rz", "flat 4, bramley house,
    // cardiff cf11 4py"): the address starts at the first house number or
    // flat within the line before it.
    // The pattern's matches, with RE2 asked (anchored) only where one can
    // start: a match starts after no ASCII word byte (\b) with a letter,
    // then letters (and the space of "GIR 0AA") up to its first digit, which
    // starts a run of digits one to four bytes on. So, for each run of
    // digits, the places one to four bytes before it that start so, in
    // order (a place for a later run lies after every earlier run). Where
    // a KELVIN SIGN or LONG S could stand for a 'k' or 's' (under (?i)) the
    // plain search runs. A pass of the pattern's DFA cost some 10
    // instructions a byte.
    auto postcode_matches = [&](auto&& fn) {
      if (!MayMatch(any_case_postcode, text)) return;
      if (text.find("\xE2\x84\xAA") != std::string_view::npos || text.find("\xC5\xBF") != std::string_view::npos) {
        ForEachMatch(any_case_postcode, text, 0, fn);
        return;
      }
      const size_t n = text.size();
      auto letter = [&](size_t k) { return (text[k] >= 'A' && text[k] <= 'Z') || (text[k] >= 'a' && text[k] <= 'z'); };
      auto word_byte = [&](size_t k) { return letter(k) || IsDigit(text[k]) || text[k] == '_'; };
      const re2::StringPiece all(text.data(), n);
      size_t pos = 0;
      for (size_t d = NextAsciiDigit(text, 0); d < n;) {
        size_t r = d;
        while (r < n && IsDigit(text[r])) ++r;
        bool hit = false;
        re2::StringPiece whole;
        if (d > 0 && !IsDigit(text[d - 1])) {
          // The letters and spaces before the run, at most four bytes.
          size_t lo = d;
          while (lo > 0 && d - lo < 4 && (letter(lo - 1) || text[lo - 1] == ' ')) --lo;
          for (size_t c = std::max(lo, pos); c < d && !hit; ++c) {
            if (!letter(c) || (c > 0 && word_byte(c - 1))) continue;
            hit = any_case_postcode.Match(all, c, n, RE2::ANCHOR_START, &whole, 1);
          }
        }
        if (!hit) {
          d = r < n ? NextAsciiDigit(text, r) : n;
          continue;
        }
        const size_t ms = static_cast<size_t>(whole.data() - text.data());
        const size_t me = ms + whole.size();
        std::array<re2::StringPiece, 1> groups = {whole};
        fn(ms, me, groups);
        pos = me;
        d = pos < n ? NextAsciiDigit(text, pos) : n;
      }
    };
    if (RunsSelfCheck()) {
      CheckSameMatches(any_case_postcode, text, 0, [&](SpanList& starts) { postcode_matches(starts); });
    }
    postcode_matches([&](size_t ps, size_t pe, auto&) {
      if (!HasLowerAscii(text.substr(ps, pe - ps))) return;
      if (std::any_of(out->begin(), out->end(),
                      [&](const Hit& h) { return h.category == "POSTCODE" && h.start == ps; })) {
        return;
      }
      size_t ls = ps == 0 ? 0 : text.rfind('\n', ps - 1) + 1;  // npos + 1 == 0
      ls = std::max(ls, ps > 100 ? ps - 100 : 0);
      for (size_t k = ls; k < ps; ++k) {
        if (k > 0 && std::isalnum(static_cast<unsigned char>(text[k - 1]))) continue;
        size_t d = k;
        while (d < ps && d - k < 4 && IsDigit(text[d])) ++d;
        if (d > k && d < ps && std::isalpha(static_cast<unsigned char>(text[d]))) ++d;  // "28a"
        const bool house = d > k && d + 1 < ps && text[d] == ' ' && std::isalpha(static_cast<unsigned char>(text[d + 1]));
        const std::string w = Lower(text.substr(k, 5));
        if (house || w.starts_with("flat ") || w.starts_with("apt ") || w.starts_with("unit ")) {
          AddAddressBefore(text, k, ps, pe, "Address before a postcode typed in lower case", out);
          return;
        }
      }
    });
  }

  // The address text[s, postcode) with the postcode text[ps, pe) after it,
  // if it starts with a house number or flat and has a comma between its
  // parts; the postcode too when typed in lower case (upper case is the
  // postcode recognizer's).
  static void AddAddressBefore(std::string_view text, size_t s, size_t ps, size_t pe, const char* why,
                               std::vector<Hit>* out) {
    size_t e = ps;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == '\t')) --e;
    std::string_view addr = text.substr(s, e - s);
    std::string first = Lower(addr.substr(0, std::min<size_t>(addr.size(), 5)));
    if (addr.size() < 6 || addr.find(',') == std::string_view::npos ||
        !(IsDigit(addr[0]) || first.starts_with("flat") || first.starts_with("apt") || first.starts_with("unit"))) {
      return;
    }
    if (!Covered(*out, "ADDRESS", s, e)) AddHit(out, text, s, e, "ADDRESS", FoldForMatch(addr), "address", 0.85, why);
    std::string_view code = text.substr(ps, pe - ps);
    if (HasLowerAscii(code)) {
      AddHit(out, text, ps, pe, "POSTCODE", Compact(code), "postcode", 0.85,
             "UK postcode written in lower case, after an address");
    }
  }
};

}  // namespace

// ---------------------------------------------------------------------------
// Validators

bool IsValidNhsNumber(std::string_view s) {
  std::string d = Compact(s);
  if (d.size() != 10 || DigitsOf(d) != d) return false;
  return NhsCheckOk(d);
}

// DfE Unique Pupil Number. Sources: the UK Government Data Standards
// Catalogue entry "Unique Pupil Number" v2.0 (govtalk.gov.uk, 2004) and the
// school census validation rule 1510 as documented by MIS suppliers: each of
// characters 2-13 is multiplied by its position (2..13), a digit counting as
// its value and the final letter of a temporary UPN as its index in
// ABCDEFGHJKLMNPQRTUVWXYZ (A=0 ... Z=22; I, O and S are not used); the sum
// modulo 23, as an index into the same alphabet, is the check letter at
// position 1. Same computation as python-stdnum's stdnum.gb.upn.
bool IsValidUpn(std::string_view s) {
  std::string u = Compact(s);
  if (u.size() != 13) return false;
  if (kUpnLetters.find(u[0]) == std::string_view::npos) return false;
  int sum = 0;
  for (size_t i = 1; i < 13; ++i) {
    int v;
    if (IsDigit(u[i])) {
      v = u[i] - '0';
    } else if (i == 12 && kUpnLetters.find(u[i]) != std::string_view::npos) {
      v = static_cast<int>(kUpnLetters.find(u[i]));
    } else {
      return false;
    }
    sum += v * static_cast<int>(i + 1);
  }
  return kUpnLetters[sum % 23] == u[0];
}

// Unique Learner Number (Learning Records Service, ESFA). Sources: "ULN
// validation" (ESFA, WSLP02) and HESA's ULN field definition: the first digit
// is not zero; the sum of the first nine digits times the weights 10..2 is
// taken modulo 11, and the check digit is 10 minus that remainder (a
// remainder of 0 would need a check digit of 10, so such numbers are never
// issued). Equivalently (HESA): the sum of all ten digits times 10..1 leaves
// remainder 10 modulo 11, e.g. 9276308686. This makes ULNs and NHS numbers
// disjoint (an NHS number's weighted sum leaves remainder 0).
bool IsValidUln(std::string_view s) {
  std::string d = Compact(s);
  if (d.size() != 10 || DigitsOf(d) != d || d[0] == '0') return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 10 - sum % 11;
  return check <= 9 && check == d[9] - '0';
}

bool IsLuhnValid(std::string_view s) {
  std::string d = Compact(s);
  if (d.size() < 13 || d.size() > 19 || DigitsOf(d) != d) return false;
  return LuhnOk(d);
}

std::vector<std::unique_ptr<Recognizer>> IdentifierRecognizers() {
  std::vector<std::unique_ptr<Recognizer>> r;
  r.push_back(std::make_unique<NhsNumberRecognizer>());
  r.push_back(std::make_unique<UpnRecognizer>());
  r.push_back(std::make_unique<UlnRecognizer>());
  r.push_back(std::make_unique<BankRecognizer>());
  r.push_back(std::make_unique<CardRecognizer>());
  r.push_back(std::make_unique<IpRecognizer>());
  r.push_back(std::make_unique<VehicleRecognizer>());
  r.push_back(std::make_unique<DateOfBirthRecognizer>());
  r.push_back(std::make_unique<AddressRecognizer>());
  return r;
}

}  // namespace dsar
