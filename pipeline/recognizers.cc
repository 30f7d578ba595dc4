#include "pipeline/recognizers.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <list>
#include <set>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pipeline/model/ascii_bytes.h"
#include "pipeline/model/unicode.h"
#include "pipeline/names.h"
#include "pipeline/re2_util.h"

namespace dsar {
namespace {

class EmailRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "email"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // No '@', no address: skip the pass over the text.
    if (doc.text.find('@') == std::string::npos) return;
    static const RE2 re(R"((?i)\b[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}\b)",
                        Latin1Off());
    // Only around an '@', in the run of bytes an address can hold (and any
    // non-ASCII byte: under (?i) 'k' and 's' also match U+212A and U+017F).
    static constexpr ByteSet kInside("a-zA-Z0-9._%+'@\x80-\xFF-");
    static constexpr ByteSet kNeeds("@");
    ForEachMatchInRuns(re, doc.text, kInside, kNeeds, 6, 0, [&](size_t s, size_t e, auto&) {
      Hit h{s, e, "EMAIL", doc.text.substr(s, e - s), "", "email", 0.99,
            "Email address"};
      h.normalized = FoldForMatch(h.value);
      out->push_back(std::move(h));
    });
  }
};

class PhoneRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "phone"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // Candidates: a run of digits with spaces, dots, dashes and brackets,
    // starting with +, 0 or (0. libphonenumber decides which are numbers.
    static const RE2 re(R"((?:\+|\b00|\(0|\b0)[0-9()\-. \t]{8,18}[0-9]\b)", Latin1Off());
    // Only in runs of the bytes a candidate is made of, at least 10 long,
    // holding the '+' or '0' it starts with.
    static constexpr ByteSet kInside("-+(). \t0-9");
    static constexpr ByteSet kNeeds("+0");
    ForEachMatchInRuns(re, doc.text, kInside, kNeeds, 10, 0, [&](size_t s, size_t e, auto&) {
      std::string value = doc.text.substr(s, e - s);
      if (IsLabelledReference(doc.text, s, value)) return;
      std::string e164 = StartsWithMonthYear(value) ? std::string() : NormalizeUkPhone(value);
      if (e164.empty()) {
        FindPhoneInside(doc.text, s, e, out);
        return;
      }
      // "(07700 900764) today": the bracket opens around the whole number,
      // not its area code; the candidate ends before the closing one.
      if (value[0] == '(' && value.find(')') == std::string::npos && e < doc.text.size() && doc.text[e] == ')') {
        ++s;
        value.erase(0, 1);
      }
      out->push_back(Hit{s, e, "PHONE", value, e164, "phone", 0.95,
                         "Telephone number"});
    });
  }

 private:
  // "DBS cert 008222382817", "Order ref 0044718203": an unbroken run of
  // digits starting 00 can be dialled abroad, but after a reference word
  // it is the reference. A number written to be dialled is labelled as one
  // or grouped.
  static bool IsLabelledReference(const std::string& text, size_t s, std::string_view v) {
    if (v.size() < 2 || v[0] != '0' || v[1] != '0' || v.find_first_not_of("0123456789") != std::string_view::npos) {
      return false;
    }
    size_t from = s > 24 ? s - 24 : 0;
    std::string before = FoldForMatch(std::string_view(text.data() + from, s - from));
    for (const char* w : {"dbs", "cert", "ref", "invoice", "order", "account", "acc no", "a/c", "policy", "case no"}) {
      if (before.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "06.2010 2026", "(25.)03.2019 1999": a month and year written with a
  // full stop, then another number, is possible as a UK number by length.
  // No UK number is written with a two-digit first group before a full stop
  // (the shortest area code, London's, is "020"), so such a candidate is a
  // date followed by something else.
  static bool StartsWithMonthYear(std::string_view v) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return v.size() >= 7 && v[0] == '0' && digit(v[1]) && v[2] == '.' &&
           ((v[3] == '1' && v[4] == '9') || (v[3] == '2' && v[4] == '0')) && digit(v[5]) && digit(v[6]) &&
           (v.size() == 7 || !digit(v[7]));
  }

  // A candidate that is not a number may have swallowed one: the pattern
  // starts at the first "0" it can, so "25.06.2010<tab>(0113) 496 0794" in
  // a table row is one candidate. Tries again from each later place a
  // number can start (a '+', "(0", or a 0 after a separator).
  static void FindPhoneInside(const std::string& text, size_t s, size_t e, std::vector<Hit>* out) {
    if (FindPhoneBefore(text, s, e, out)) return;
    static const RE2 at(R"((?:\+|00|\(0|0)[0-9()\-. \t]{8,18}[0-9]\b)", Latin1Off());
    for (size_t p = s + 1; p + 10 <= e; ++p) {
      char c = text[p], prev = text[p - 1];
      bool start = c == '+' || (c == '(' && text[p + 1] == '0') ||
                   (c == '0' && (prev == ' ' || prev == '\t' || prev == '.' || prev == '-'));
      if (!start) continue;
      re2::StringPiece m;
      if (!at.Match(re2::StringPiece(text.data(), text.size()), p, text.size(), RE2::ANCHOR_START, &m, 1)) continue;
      std::string value(m.data(), m.size());
      std::string e164 = NormalizeUkPhone(value);
      if (e164.empty()) {
        if (FindPhoneBefore(text, p, p + m.size(), out)) return;
        continue;
      }
      out->push_back(Hit{p, p + m.size(), "PHONE", value, e164, "phone", 0.95, "Telephone number"});
      return;
    }
  }

  // A number followed by another after a clear break may be one candidate:
  // "(07700 900974)  14:56" in a message list, "07700 900764<tab>2026" in a
  // table. Tries the candidate cut at each such break (a closing bracket, a
  // tab or two spaces; never a single space, which also separates a
  // number's own groups), longest first. A number wholly in brackets is
  // taken without them.
  static bool FindPhoneBefore(const std::string& text, size_t s, size_t e, std::vector<Hit>* out) {
    for (size_t b = e - 1; b > s + 10; --b) {
      char c = text[b - 1];
      bool digit = c >= '0' && c <= '9';
      if (!(digit || c == ')')) continue;
      char n = text[b];
      bool brk = (c == ')' && (n == ' ' || n == '\t')) || n == '\t' ||
                 (digit && n == ' ' && b + 1 < e && (text[b + 1] == ' ' || text[b + 1] == '\t')) ||
                 (digit && n == ')');
      if (!brk) continue;
      size_t vs = s, ve = (digit && n == ')') ? b + 1 : b;
      std::string_view cut(text.data() + vs, ve - vs);
      if (cut.back() == ')' && cut.find('(') == std::string_view::npos) --ve;  // "(+44 7700 900269)"
      if (text[vs] == '(' && text[ve - 1] == ')' &&
          std::string_view(text.data() + vs + 1, ve - vs - 2).find(')') == std::string_view::npos) {
        ++vs;
        --ve;
      }
      std::string value = text.substr(vs, ve - vs);
      std::string e164 = NormalizeUkPhone(value);
      if (e164.empty()) continue;
      out->push_back(Hit{vs, ve, "PHONE", value, e164, "phone", 0.95, "Telephone number"});
      return true;
    }
    return false;
  }
};

class PostcodeRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "postcode"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 re(
        R"(\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b)",
        Latin1Off());
    // Only in runs of capitals, digits and spaces holding a digit, at least
    // 5 long ("M11AE").
    static constexpr ByteSet kInside("A-Z0-9 ");
    static constexpr ByteSet kNeeds("0-9");
    ForEachMatchInRuns(re, doc.text, kInside, kNeeds, 5, 0, [&](size_t s, size_t e, auto&) {
      std::string value = doc.text.substr(s, e - s);
      out->push_back(Hit{s, e, "POSTCODE", value, StripSpaces(value), "postcode", 0.9,
                         "UK postcode (part of someone's address)"});
    });
  }
};

class NiNumberRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "ni-number"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    static const RE2 re(R"((?i)\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b)", Latin1Off());
    // Only in runs of letters (any byte that is not ASCII too: under (?i)
    // 'k' and 's' match U+212A and U+017F), digits and spaces holding a
    // digit, at least 9 long.
    static constexpr ByteSet kInside("A-Za-z0-9 \x80-\xFF");
    static constexpr ByteSet kNeeds("0-9");
    ForEachMatchInRuns(re, doc.text, kInside, kNeeds, 9, 0, [&](size_t s, size_t e, auto&) {
      std::string value = doc.text.substr(s, e - s);
      if (!IsValidNiNumber(value)) return;
      std::string norm = StripSpaces(value);
      for (char& c : norm) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out->push_back(Hit{s, e, "NI_NUMBER", value, norm, "ni-number", 0.97,
                         "National Insurance number"});
    });
  }
};

// The stop list after a title or greeting ("Dear Parent", "Mr Smith The
// ..."), in email display names and in the parts of a known name.
bool IsFoldedNotAName(std::string_view folded) { return IsNotAName(folded, NameSlot::kAfterTitle); }
bool IsWordNotAName(std::string_view word) {
  // A short word of printable ASCII and no space folds to itself
  // lower-cased: that on the stack, not a FoldForMatch string.
  char f[32];
  bool plain = word.size() <= sizeof f;
  for (size_t k = 0; plain && k < word.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(word[k]);
    plain = c > ' ' && c < 0x7F;
    f[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  if (plain) return IsFoldedNotAName(std::string_view(f, word.size()));
  return IsFoldedNotAName(FoldForMatch(word));
}

}  // namespace

// Words no one is called: closed classes (articles, pronouns, prepositions,
// conjunctions, auxiliaries) and the days of the week — unlike "Will", "May"
// or "Mark", which are stop words to the recognizers but can be the only
// name a person is given in a document.
bool IsNeverAName(std::string_view folded) {
  static const SmallWordSet kClosed = {
      "the", "and", "for", "from", "with", "this", "that", "these", "those", "there", "their", "they",
      "them", "she", "her", "his", "him", "its", "our", "your", "you", "all", "any", "but", "not", "nor",
      "yet", "are", "was", "were", "has", "had", "have", "did", "does", "into", "onto", "upon", "over",
      "under", "about", "after", "before", "then", "than", "when", "where", "what", "which", "who", "whom",
      "why", "how", "also", "just", "very", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday"};
  return kClosed.Has(folded);
}

namespace {

// The first ASCII capital letter of `text` at or after `from`, or
// text.size(): the scan of the title and greeting readers (most bytes are
// no capital).
// Is `s` the literal `lit`? A length test and a memcmp of a constant size,
// both inline: std::string_view's == with a literal was a library call per
// word (the title tests run on every capital that may start one).
template <size_t N>
inline bool Is(std::string_view s, const char (&lit)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), lit, N - 1) == 0;
}

size_t NextAsciiCapital(std::string_view text, size_t from) { return NextAsciiInRange(text, from, 'A', 'Z'); }

// The length of the capitalised word at text[pos], or 0: what the pattern
// ^(\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}\.?) matches, hand-coded because it runs
// for every word after a title or greeting and an RE2 submatch call costs
// thousands of instructions. The first branch ends at the last letter of the
// run of letters, apostrophes and hyphens; failing that, one capital and
// an optional full stop.
size_t NameWordLength(std::string_view text, size_t pos) {
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, n, c);
  if (c < 0 || u_charType(c) != U_UPPERCASE_LETTER) return 0;
  const int32_t after_capital = i;
  int32_t last_letter_end = -1;
  while (i < n) {
    int32_t k = i;
    UChar32 d;
    U8_NEXT(text.data(), k, n, d);
    if (d < 0) break;
    bool letter = (U_GET_GC_MASK(d) & U_GC_L_MASK) != 0;
    if (!letter && d != '\'' && d != 0x2019 && d != '-') break;
    if (letter) last_letter_end = k;
    i = k;
  }
  if (last_letter_end > 0) return static_cast<size_t>(last_letter_end) - pos;
  size_t len = static_cast<size_t>(after_capital) - pos;
  if (pos + len < text.size() && text[pos + len] == '.') ++len;
  return len;
}

// The length of one or two lower-case name particles and the space after
// each at text[pos] ("van der ", "de la ", "ap "), or 0.
size_t ParticlesLength(std::string_view text, size_t pos) {
  static const std::set<std::string, std::less<>> kParticles = {
      "ap", "ab", "de", "van", "von", "der", "den", "bin", "binti", "bint", "ibn", "da", "di",
      "du", "le", "la", "del", "dos", "das", "ter", "ten", "nic", "ni"};
  size_t cur = pos;
  for (int k = 0; k < 2; ++k) {
    size_t e = cur;
    while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
    if (e == cur || e >= text.size() || text[e] != ' ' || !kParticles.count(text.substr(cur, e - cur))) break;
    cur = e + 1;
  }
  return cur - pos;
}

// Takes up to `max_words` capitalised words of `text` starting at `pos`,
// separated by single spaces, stopping at a non-name. Returns the end.
size_t TakeNameWords(std::string_view text, size_t pos, int max_words) {
  size_t end = pos;
  int taken = 0;
  size_t cur = pos;
  while (taken < max_words && cur < text.size()) {
    size_t len = NameWordLength(text, cur);
    if (len == 0) {
      // Lower-case particles before a capitalised word: "Mr van der Merwe",
      // "Ms de la Cruz", "Owain ap Iorwerth".
      size_t p = ParticlesLength(text, cur);
      if (p == 0 || NameWordLength(text, cur + p) == 0) break;
      cur += p;
      continue;
    }
    std::string_view w = text.substr(cur, len);
    if (IsWordNotAName(w)) break;
    end = cur + len;
    ++taken;
    cur = end;
    if (cur < text.size() && text[cur] == ' ') {
      ++cur;
    } else {
      break;
    }
  }
  // A trailing "J." initial alone is not a name; drop a trailing '.'.
  while (end > pos && text[end - 1] == '.') --end;
  return end;
}

class TitleNameRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "title-name"; }

 private:
  // Police ranks written in capitals are also ordinary abbreviations: "the
  // PC Suite", "Washington DC", "DS Lite", and "Nurse" is also a job ("School
  // Nurse Drop-in"). After one of these a name is taken
  // only when its first word is a listed given name or surname that is not
  // also an ordinary word ("the PC Room": Room is a surname too).
  static bool IsAmbiguousTitle(std::string_view t) {
    return Is(t, "PC") || Is(t, "PCSO") || Is(t, "DC") || Is(t, "DS") || Is(t, "DI") || Is(t, "DCI") ||
           Is(t, "Det") || Is(t, "Insp") || Is(t, "Nurse");
  }
  // Or, of two or more words, when the last is such a name: "DC Robin
  // Woźniak", "Nurse Mark Postlethwaite" ("the Nurse Led Clinic" is not).
  static bool StartsWithListedName(std::string_view name) {
    const NameLexicon& lex = NameLexicon::Get();
    auto plain_name = [&](std::string_view w) {
      std::string f = FoldForMatch(w);
      return (lex.IsSurname(f) || lex.IsGivenName(f)) && !lex.IsCommonWord(f);
    };
    size_t space = name.find(' ');
    if (plain_name(name.substr(0, space))) return true;
    return space != std::string_view::npos && plain_name(name.substr(name.rfind(' ') + 1));
  }

  // Calls fn(end, title) for each match of
  //   \b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|
  //   Councillor|PC|PCSO|DC|DS|DI|DCI|Sgt|Insp|Det|Nurse)\.?[ ]
  // (or after a space, Mr, Mrs, Ms, Mx or Miss and a line break)
  // in order, as ForEachMatch would (`end` is past the space), read by hand:
  // the pattern ran as a whole-document DFA pass over nearly every
  // document. Every title is ASCII letters followed by '.' or ' ', so a
  // title that matches is the whole run of letters starting at an ASCII
  // word boundary (a shorter one would be followed by a letter); matches end
  // in a space, so the scan resumes after one as the search did.
  template <typename Fn>
  static void ForEachTitle(std::string_view text, Fn&& fn) {
    // The first letters of the titles.
    static constexpr auto kFirst = [] {
      std::array<bool, 256> t{};
      for (unsigned char c : std::string_view("MDPSRCNI")) t[c] = true;
      return t;
    }();
    auto word_byte = [](unsigned char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while ((i = NextAsciiCapital(text, i)) < n) {
      if (!kFirst[p[i]] || (i > 0 && word_byte(p[i - 1]))) {
        // Nor the capitals right after it ("SURNAME"), each after a letter.
        ++i;
        while (i < n && p[i] >= 'A' && p[i] <= 'Z') ++i;
        continue;
      }
      size_t q = i + 1;
      while (q < n && letter(p[q])) ++q;
      std::string_view t = text.substr(i, q - i);
      size_t e = 0;
      if (q < n && p[q] == ' ') {
        e = q + 1;
      } else if (q + 1 < n && p[q] == '.' && p[q + 1] == ' ') {
        e = q + 2;
      } else if (q + 1 < n && p[q] == '\n' && i > 1 && p[i - 1] == ' ' && (letter(p[i - 2]) || p[i - 2] == ',') &&
                 (Is(t, "Mr") || Is(t, "Mrs") || Is(t, "Ms") || Is(t, "Mx") || Is(t, "Miss"))) {
        // A title ending a line of text, its name on the next ("discussed
        // with the DSL, Mr⏎Agarwal, and logged"); not a form's value
        // ("Title: Mrs⏎Full name:"), nor "Dr", which ends addresses ("15
        // Park Dr⏎Leeds").
        e = q + 1;
      }
      if (e == 0 || !IsTitle(t)) {
        i = q;
        continue;
      }
      fn(e, t);
      i = e;
    }
  }
  // Calls fn(end, greeting) for each match of
  //   (?m)(?:^|[\n.!?] *)(Dear|Hi|Hello|Hiya|Good morning|Good afternoon|
  //   Morning|Afternoon),?[ ]
  // in order, as ForEachMatch would, read by hand (a whole-document DFA
  // pass over every document with a greeting anywhere). A match is a
  // greeting word at the start of the text, after a line break, or after
  // [\n.!?] and spaces; then an optional comma and a space. Matches end in
  // a space after a letter or a comma, so the [\n.!?] of the next one is
  // never inside the last, and at most one word matches at a place.
  template <typename Fn>
  static void ForEachGreeting(std::string_view text, Fn&& fn) {
    static constexpr std::string_view kWords[] = {"Dear",         "Hi",      "Hello",    "Hiya",
                                                  "Good morning", "Good afternoon", "Morning", "Afternoon"};
    static constexpr auto kFirst = [] {
      std::array<bool, 256> t{};
      for (unsigned char c : std::string_view("DHGMA")) t[c] = true;
      return t;
    }();
    const size_t n = text.size();
    size_t i = 0;
    while ((i = NextAsciiCapital(text, i)) < n) {
      const size_t p = i++;
      // The capitals right after it follow a letter: no greeting starts there.
      while (i < n && text[i] >= 'A' && text[i] <= 'Z') ++i;
      if (!kFirst[static_cast<unsigned char>(text[p])]) continue;
      size_t k = p;
      while (k > 0 && text[k - 1] == ' ') --k;
      const bool after_break =
          p == 0 || text[p - 1] == '\n' ||
          (k > 0 && (text[k - 1] == '\n' || text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?'));
      if (!after_break) continue;
      for (std::string_view w : kWords) {
        if (text.compare(p, w.size(), w) != 0) continue;
        size_t q = p + w.size();
        size_t e = 0;
        if (q + 1 < n && text[q] == ',' && text[q + 1] == ' ') {
          e = q + 2;
        } else if (q < n && text[q] == ' ') {
          e = q + 1;
        }
        if (e == 0) continue;
        fn(e, w);
        i = e;
        break;
      }
    }
  }

  static bool IsTitle(std::string_view t) {
    switch (t.size()) {
      case 2:
        return Is(t, "Mr") || Is(t, "Ms") || Is(t, "Mx") || Is(t, "Dr") || Is(t, "PC") || Is(t, "DC") ||
               Is(t, "DS") || Is(t, "DI");
      case 3:
        return Is(t, "Mrs") || Is(t, "Sir") || Is(t, "Rev") || Is(t, "DCI") || Is(t, "Sgt") || Is(t, "Det");
      case 4:
        return Is(t, "Miss") || Is(t, "Prof") || Is(t, "Dame") || Is(t, "Revd") || Is(t, "Cllr") ||
               Is(t, "PCSO") || Is(t, "Insp");
      case 5:
        return Is(t, "Nurse");
      case 9:
        return Is(t, "Professor");
      case 10:
        return Is(t, "Councillor");
      default:
        return false;
    }
  }

 public:
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // Police and council titles too ("PC Hartley", "Cllr Mwangi", "DS
    // Lindqvist"), common in safeguarding and complaint correspondence.
    ForEachTitle(doc.text, [&](size_t e, std::string_view title) {
      size_t end = TakeNameWords(doc.text, e, 3);
      if (end <= e) return;
      // One word, then the line wraps before the surname ("heard by Revd
      // Tanvir⏎Banerjee", "Dr Maricel Ó⏎Briain" is two): a listed surname
      // starting the next line (after a quote's "> ") is the name's end.
      if (doc.text.find(' ', e) >= end && end < doc.text.size() && doc.text[end] == '\n') {
        size_t k = end + 1;
        while (k < doc.text.size() && (doc.text[k] == ' ' || doc.text[k] == '>')) ++k;
        const size_t len = NameWordLength(doc.text, k);
        if (len > 0) {
          std::string_view w = std::string_view(doc.text).substr(k, len);
          const NameLexicon& lex = NameLexicon::Get();
          const std::string f = FoldForMatch(w);
          // (The word taken a given name, the next a surname and no given
          // name: "Mrs Thistlewood⏎Pavel Dunmore" is two people; nor a name
          // going on after it.)
          const std::string taken = FoldForMatch(std::string_view(doc.text).substr(e, end - e));
          const size_t after = k + len;
          const bool more = after + 1 < doc.text.size() && doc.text[after] == ' ' &&
                            std::isupper(static_cast<unsigned char>(doc.text[after + 1]));
          if (!IsWordNotAName(w) && lex.IsSurname(f) && !lex.IsGivenName(f) && !lex.IsCommonWord(f) &&
              lex.IsGivenName(taken) && !more) {
            end = after;
          }
        }
      }
      std::string t(title);
      if (IsAmbiguousTitle(t) && !StartsWithListedName(doc.text.substr(e, end - e))) return;
      // "Sir John Franklin College", "Dr Foster Associates": a place or body.
      if (end + 1 < doc.text.size() && doc.text[end] == ' ') {
        size_t we = end + 1;
        while (we < doc.text.size() && (std::isalpha(static_cast<unsigned char>(doc.text[we])) || doc.text[we] == '-')) {
          ++we;
        }
        if (we > end + 1 && std::isupper(static_cast<unsigned char>(doc.text[end + 1])) &&
            IsPlaceOrOrganisationFolded(FoldForMatch(doc.text.substr(end + 1, we - end - 1)))) {
          return;
        }
      }
      std::string value = doc.text.substr(e, end - e);
      out->push_back(Hit{e, end, "PERSON", value, FoldForMatch(value), "title-name", 0.9,
                         "Name after the title '" + t + "'"});
    });
    // Informal mail in lower case: "hi sarah,", "hello yasmin", "dear mrs
    // okafor," at the start of a line; one word, then a comma or the line end.
    static const RE2 lower_greeting(
        R"((?m)^[ \t]*(?i:hi|hello|hiya|hey|dear|morning)[ \t]+(?:((?i:mr|mrs|ms|miss|dr))\.?[ \t]+)?((?:(?:le|la|de|van|von|der|den|da|di|du|al|el|ap|bin|ni)[ \t]+){0,2}[a-z][a-z'\-]*[a-z])[ \t]*(?:,|!|\r?$))");
    ForEachMatch(lower_greeting, doc.text, 2, [&](size_t s, size_t e, auto& m) {
      std::string folded = FoldForMatch(doc.text.substr(s, e - s));
      bool titled = m[1].data() != nullptr && m[1].size() > 0;
      static const std::set<std::string, std::less<>> kNotPeople = {
          "all", "everyone", "everybody", "there", "team", "guys", "folks", "both", "again", "you",
          "colleagues", "parents", "parent", "carers", "sir", "madam", "mum", "dad", "miss", "sir/madam",
          "friends", "y'all", "ya", "gang", "ladies", "staff", "colleague", "friend", "governors",
          "members", "member", "teacher", "teachers", "head", "headteacher", "class", "form", "year",
          "sirs", "madams", "love", "lovely", "hun", "babe", "mate"};
      if (kNotPeople.count(folded) || IsNeverAName(folded)) return;
      if (!titled && IsFoldedNotAName(folded)) return;
      out->push_back(Hit{s, e, "PERSON", doc.text.substr(s, e - s), folded, "salutation", 0.75,
                         "Name in a greeting, written in lower case"});
    });
    // The pattern, for the shared screen only (no greeting anywhere, no
    // scan): its matches are ForEachGreeting's.
    static const RE2 greeting_pattern(
        R"((?m)(?:^|[\n.!?] *)(Dear|Hi|Hello|Hiya|Good morning|Good afternoon|Morning|Afternoon),? )",
        Latin1Off());
    if (!MayMatch(greeting_pattern, doc.text)) return;
    ForEachGreeting(doc.text, [&](size_t e, std::string_view greeting) {
      // "Dear Mrs Patel" is the title recognizer's; "Dear Tom," is ours.
      size_t end = TakeNameWords(doc.text, e, 2);
      // A possessive is not part of the name ("Hello, Yuki's bus pass").
      end -= PossessiveLength(std::string_view(doc.text).substr(e, end - e));
      if (end <= e) return;
      std::string value = doc.text.substr(e, end - e);
      std::string g(greeting);
      out->push_back(Hit{e, end, "PERSON", value, FoldForMatch(value), "salutation", 0.85,
                         "Name in a greeting ('" + g + " ...')"});
    });
  }
};

// A display name or author field that names a role or a program, not a
// person: "Office", "School Office", "Admissions Team", "Windows User",
// "Microsoft Office User". Every word is a role, program or stop word.
bool IsRoleAccountName(std::string_view name) {
  static const std::set<std::string, std::less<>> kRole = {
      "admin", "administrator", "admissions", "reception", "finance", "info", "enquiries",
      "noreply", "no-reply", "donotreply", "user", "windows", "microsoft", "apple", "google",
      "owner", "support", "helpdesk", "it", "hr", "attendance", "safeguarding", "dsl", "send",
      "senco", "pastoral", "main", "general", "accounts", "payroll", "exams", "examinations",
      "careers", "trips", "catering", "premises", "site", "bursar", "clerk", "data",
      "protection", "dpo", "services", "department", "unknown", "author"};
  std::vector<std::string> words = SplitWords(FoldForMatch(name));
  if (words.empty()) return false;
  for (const std::string& w : words) {
    if (!kRole.count(w) && !IsFoldedNotAName(w)) return false;
  }
  return true;
}

// People named in the document's metadata (email From/To/Cc...).
class MetadataPeopleRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "email-header"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    if (doc.people.empty()) return;
    FoldedText folded(doc.text);
    for (const MetadataPerson& p : doc.people) {
      if (p.name.empty() || p.name.find('@') != std::string::npos || IsRoleAccountName(p.name)) continue;
      std::string needle = FoldForMatch(p.name);
      if (needle.size() < 2) continue;
      for (size_t pos : FindWholeWord(folded.folded(), needle)) {
        size_t s = folded.OriginalStart(pos);
        size_t e = folded.OriginalEnd(pos + needle.size());
        out->push_back(Hit{s, e, "PERSON", doc.text.substr(s, e - s), needle, "email-header",
                           0.95, "Name of a sender or recipient of this email (" + p.role + ")"});
      }
    }
  }
};

}  // namespace

namespace {

// Digit counts a phone number can have, checked before libphonenumber (whose
// ICU regular expressions dominate detection time): UK national numbers have
// 10 or 11 digits with the leading 0, +44 numbers 12, other international
// numbers 8 to 15 after the +, and 00-prefixed ones 10 to 17.
bool PlausiblePhoneDigits(std::string_view text) {
  size_t digits = 0;
  for (char ch : text) digits += (ch >= '0' && ch <= '9');
  size_t first = text.find_first_not_of(" (");
  if (first == std::string_view::npos) return false;
  std::string_view t = text.substr(first);
  if (t.substr(0, 3) == "+44") return digits >= 11 && digits <= 13;
  if (t[0] == '+') return digits >= 8 && digits <= 15;
  if (t.substr(0, 2) == "00") return digits >= 10 && digits <= 17;
  return digits >= 10 && digits <= 11;
}

std::string NormalizeUkPhoneUncached(std::string_view text) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util->Parse(std::string(text), "GB", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return "";
  }
  // Possible (right length for its region), not only valid: fictional
  // numbers such as Ofcom's drama ranges are still personal-data-shaped, and
  // a missed number is a breach while an extra box is one click to reject.
  // IsPossibleNumber (a length check) goes first: it settles almost every
  // candidate without IsValidNumber's per-type ICU regular expressions.
  if (!util->IsPossibleNumber(number) && !util->IsValidNumber(number)) return "";
  std::string national;
  util->GetNationalSignificantNumber(number, &national);
  if (number.country_code() == 44 && national.size() < 9) return "";
  std::string e164;
  util->Format(number, PhoneNumberUtil::E164, &e164);
  return e164;
}

// libphonenumber's answer for the commonest candidate, computed by hand: a
// UK national number written with its leading 0 ("01632 960123",
// "(0161) 496 0000", "07700-900-123"): only digits, spaces, hyphens, full
// stops and brackets, 10 or 11 digits, the second not 0. For such a string
// libphonenumber (region GB) strips the national prefix 0, leaving a
// national significant number of 9 or 10 digits, which GB's possible
// lengths accept, and formats +44 and those digits. Anything else (a '+',
// "00", a tab, other lengths) returns false and goes to libphonenumber.
// Parsing costs about 130,000 instructions a number; this, a few hundred.
// tests/pipeline_test.cc checks the two agree on generated and eval-set
// candidates.
// The same for "+44" and 9 or 10 more digits, with or without the 0 in
// brackets ("+44 (0)20 7946 0000", "+44 7700 900123"): libphonenumber takes
// 44 as the country code and drops one leading 0 of the rest.
bool UkNationalFastPath(std::string_view text, std::string* e164) {
  bool international = text.size() > 3 && text.substr(0, 3) == "+44";
  if (international) text.remove_prefix(3);
  char digits[12];
  size_t n = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (n == sizeof digits) return false;
      digits[n++] = c;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      return false;
    }
  }
  size_t from = 0;
  if (international) {
    from = n > 0 && digits[0] == '0' ? 1 : 0;
  } else if (n == 0 || digits[0] != '0') {
    return false;
  } else {
    from = 1;
  }
  // The national significant number: 9 or 10 digits, not starting with 0.
  if (n - from != 9 && n - from != 10) return false;
  if (digits[from] == '0') return false;
  e164->assign("+44");
  e164->append(digits + from, n - from);
  return true;
}

}  // namespace

std::string NormalizeUkPhoneLibphonenumber(std::string_view text) {
  if (!PlausiblePhoneDigits(text)) return "";
  return NormalizeUkPhoneUncached(text);
}

std::string NormalizeUkPhone(std::string_view text) {
  if (!PlausiblePhoneDigits(text)) return "";
  std::string e164;
  if (UkNationalFastPath(text, &e164)) return e164;
  return NormalizeUkPhoneUncached(text);
}

bool IsValidNiNumber(std::string_view ni) {
  std::string s = StripSpaces(ni);
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s.size() != 9) return false;
  auto bad_first = [](char c) { return std::string_view("DFIQUV").find(c) != std::string_view::npos; };
  auto bad_second = [](char c) { return std::string_view("DFIQUVO").find(c) != std::string_view::npos; };
  if (bad_first(s[0]) || bad_second(s[1])) return false;
  static const std::set<std::string> kInvalidPrefixes = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
  if (kInvalidPrefixes.count(s.substr(0, 2))) return false;
  for (int i = 2; i < 8; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return s[8] >= 'A' && s[8] <= 'D';
}

std::vector<Hit> MergeOverlaps(std::vector<Hit> hits) {
  // Sorted through an index array: the same comparisons give std::sort the
  // same permutation (ties included), without moving whole hits around.
  std::vector<uint32_t> order(hits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const Hit& a = hits[x];
    const Hit& b = hits[y];
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Hit> out;
  out.reserve(hits.size());
  for (uint32_t i : order) {
    Hit& h = hits[i];
    if (!out.empty() && h.start < out.back().end) {
      Hit& last = out.back();
      // A street address holding a name ("95 Heron Gate", "12 Simon Close")
      // stays an address, whatever the name's confidence.
      const bool address_holds_it = last.category == "ADDRESS" && h.category == "PERSON" && h.end <= last.end;
      if (h.end > last.end) last.end = h.end;
      if (h.confidence > last.confidence && !address_holds_it) {
        size_t s = last.start, e = last.end;
        last = std::move(h);  // not looked at again
        last.start = s;
        last.end = e;
      }
      continue;
    }
    out.push_back(std::move(h));
  }
  return out;
}

void JoinWrappedNames(const std::string& text, std::vector<Hit>* hits) {
  const NameLexicon& lex = NameLexicon::Get();
  // One word, written Capitalised: capitals are table cells and initials
  // ("KINGSTON⏎IONESCU" are a house and the next row's surname).
  auto one_word = [](std::string_view v) {
    return v.size() >= 2 && v.find_first_of(" \t\n") == std::string_view::npos &&
           std::any_of(v.begin() + 1, v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  std::vector<Hit>& h = *hits;
  // Is the line holding text[from] a table row (two spaces, a tab or a '|'
  // between its first word and `from`)?
  auto table_line = [&](size_t from) {
    size_t ls = from == 0 ? 0 : text.rfind('\n', from - 1);
    ls = ls == std::string::npos || from == 0 ? 0 : ls + 1;
    while (ls < from && (text[ls] == ' ' || text[ls] == '\t')) ++ls;
    std::string_view before = std::string_view(text).substr(ls, from - ls);
    return before.find("  ") != std::string_view::npos || before.find_first_of("\t|") != std::string_view::npos;
  };
  // A given name ending a line of running text, not the line's first word
  // nor an item of a list ("…, Amira⏎", "… and Amira⏎"): the sentence goes
  // on with its surname on the next line.
  auto ends_prose_line = [&](const Hit& a, bool* after_conjunction) {
    size_t k = a.end;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
    if (k >= text.size() || text[k] != '\n') return false;
    size_t p = a.start;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] == '\n' || text[p - 1] == ',' || table_line(a.start)) return false;
    const std::string_view before = std::string_view(text).substr(0, p);
    // (Nor after an article: "applying to the George⏎Stephenson scheme".)
    // After "and", "or", "&" it may end a list of given names: the caller
    // then wants a surname no list holds ("her or Mariette⏎Annaorazova").
    *after_conjunction = before.ends_with(" and") || before.ends_with(" or") || before.ends_with(" &");
    return !(before.ends_with(" the") || before.ends_with(" The"));
  };
  // After a hit that ends_prose_line: the next line's first word, when it
  // is a surname that is no word, or a plain capitalised word that no list
  // holds and no English word ("Exposed: Ion⏎Huamán's name", "from
  // Imogen⏎Côté."), followed by no capitalised word (a heading or a new
  // name would be).
  auto wrapped_surname = [&](const Hit& a, bool unlisted_only, size_t* b, size_t* e) {
    size_t k = text.find('\n', a.end) + 1;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k >= text.size() || !(text[k] >= 'A' && text[k] <= 'Z')) return false;
    const auto letter = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) & 0x80) != 0;
    };
    size_t end = k + 1;
    bool lower = false;
    for (; end < text.size(); ++end) {
      const char c = text[end];
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        // Inside a word only after Mc, an apostrophe or a hyphen.
        const char before = text[end - 1];
        if (!(before == '\'' || before == '-' || (end - k == 2 && text.compare(k, 2, "Mc") == 0))) return false;
      } else if ((c == '\'' || c == '-') && end + 1 < text.size() && letter(text[end + 1]) &&
                 !(c == '\'' && text[end + 1] == 's' && (end + 2 >= text.size() || !letter(text[end + 2])))) {
        continue;
      } else if (!letter(c)) {
        break;
      }
    }
    if (!lower || end - k < 3) return false;
    // Not a label ("Theo⏎Knownas: Theo"), a line of its own (an address's
    // "Pleasant⏎Dennistoun⏎Glasgow") or a word OCR broke ("Counc i llor").
    if (end >= text.size() || text[end] == ':' || text[end] == '\n' || text[end] == '\r') return false;
    if (end + 2 < text.size() && text[end] == ' ' && text[end + 1] >= 'a' && text[end + 1] <= 'z' &&
        text[end + 1] != 'a' && !letter(text[end + 2])) {
      return false;
    }
    if (end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'A' && text[end + 1] <= 'Z') return false;
    const std::string f = FoldForMatch(std::string_view(text).substr(k, end - k));
    const bool surname = lex.IsSurname(f) && !lex.IsCommonWord(f);
    const bool unlisted = !lex.IsGivenName(f) && !lex.IsSurname(f) && !lex.IsEnglishWord(f) &&
                          !IsNotAName(f, NameSlot::kAlone);
    if (!unlisted && (unlisted_only || !surname)) return false;
    *b = k;
    *e = end;
    return true;
  };
  // A one-word given name whose surname, on the next line, no rule found.
  for (size_t i = 0; i < h.size(); ++i) {
    Hit& a = h[i];
    if (a.category != "PERSON") continue;
    const std::string_view av = std::string_view(text).substr(a.start, a.end - a.start);
    size_t b = 0, e = 0;
    bool after_conjunction = false;
    if (one_word(av) && ends_prose_line(a, &after_conjunction) && lex.IsGivenName(FoldForMatch(av)) &&
        wrapped_surname(a, after_conjunction, &b, &e) &&
        (i + 1 == h.size() || h[i + 1].start >= e)) {
      a.value = std::string(av) + " " + text.substr(b, e - b);
      a.end = e;
      a.normalized = FoldForMatch(a.value);
      a.reason = "Name broken across two lines";
    }
  }
  size_t w = 0;
  for (size_t r = 0; r < h.size(); ++r) {
    if (w > 0 && h[r].category == "PERSON" && h[w - 1].category == "PERSON") {
      Hit& a = h[w - 1];
      const Hit& b = h[r];
      // Only blanks and one line break between them.
      size_t k = a.end;
      while (k < b.start && (text[k] == ' ' || text[k] == '\t')) ++k;
      if (k < b.start && text[k] == '\r') ++k;
      bool wrapped = k < b.start && text[k] == '\n';
      if (wrapped) {
        ++k;
        while (k < b.start && (text[k] == ' ' || text[k] == '\t')) ++k;
        wrapped = k == b.start;
      }
      std::string_view av = std::string_view(text).substr(a.start, a.end - a.start);
      std::string_view bv = std::string_view(text).substr(b.start, b.end - b.start);
      // Not the last cell of a table row ("Title      Due⏎Greenhalgh, Siân").
      // (Looked at only for two one-word names wrapped: the line before
      // is read back byte by byte.)
      auto in_table = [&] { return table_line(a.start); };
      // Two one-word names a space apart on one line ("Asfandyar Cook",
      // each found by a different rule): one name, unless the second is
      // only a given name (a list of first names).
      if (a.end + 1 == b.start && text[a.end] == ' ' && one_word(av) && one_word(bv)) {
        std::string bf = FoldForMatch(bv);
        if (!(lex.IsGivenName(bf) && !lex.IsSurname(bf))) {
          a.end = b.end;
          a.value = std::string(av) + " " + std::string(bv);
          a.normalized = FoldForMatch(a.value);
          continue;
        }
      }
      if (wrapped && one_word(av) && one_word(bv) && !in_table()) {
        std::string af = FoldForMatch(av), bf = FoldForMatch(bv);
        // A given name, then a name found here that is no given name: two
        // given names one a line are a list of people.
        // In running text, a surname that is also a given name
        // ("Joaquín⏎Baptiste (partner)").
        bool after_conjunction = false;
        if (lex.IsGivenName(af) && !lex.IsCommonWord(bf) &&
            (!lex.IsGivenName(bf) ||
             (lex.IsSurname(bf) && ends_prose_line(a, &after_conjunction) && !after_conjunction))) {
          a.end = b.end;
          a.value = std::string(av) + " " + std::string(bv);
          a.normalized = FoldForMatch(a.value);
          a.reason = "Name broken across two lines";
          continue;
        }
      }
    }
    if (w != r) h[w] = std::move(h[r]);
    ++w;
  }
  h.resize(w);
}

const std::vector<std::string>& KnownCategories() {
  static const std::vector<std::string> kCategories = {
      "PERSON", "EMAIL", "PHONE", "POSTCODE", "ADDRESS", "DATE_OF_BIRTH", "NI_NUMBER",
      "NHS_NUMBER", "UPN", "ULN", "BANK", "CARD", "IP", "VEHICLE"};
  return kCategories;
}

void PropagateNameViews(const Document& doc, const std::vector<std::string_view>& names,
                        const std::vector<Hit>& existing, std::vector<Hit>* out);

std::vector<Hit> DetectPersonalData(const Document& doc) {
  static const std::vector<std::unique_ptr<Recognizer>> recognizers = DefaultRecognizers();
  std::vector<Hit> hits;
  // Room for the hits of a typical document up front: each reallocation
  // moved every Hit (five strings) found so far.
  hits.reserve(64 + doc.text.size() / 128);
  {
    const ScreenedText screened(doc.text);
    for (const auto& r : recognizers) r->Find(doc, &hits);
  }
  // Views of the names found (`hits` is not changed until propagation is
  // done), in one allocation.
  std::vector<std::string_view> names;
  names.reserve(hits.size());
  for (const Hit& h : hits) {
    if (h.category == "PERSON") names.push_back(h.value);
  }
  std::vector<Hit> more;
  PropagateNameViews(doc, names, hits, &more);
  hits.insert(hits.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  std::vector<Hit> merged = MergeOverlaps(std::move(hits));
  JoinWrappedNames(doc.text, &merged);
  return merged;
}

std::vector<std::unique_ptr<Recognizer>> DefaultRecognizers() {
  std::vector<std::unique_ptr<Recognizer>> r;
  r.push_back(std::make_unique<EmailRecognizer>());
  r.push_back(std::make_unique<PhoneRecognizer>());
  r.push_back(std::make_unique<PostcodeRecognizer>());
  r.push_back(std::make_unique<NiNumberRecognizer>());
  r.push_back(std::make_unique<TitleNameRecognizer>());
  r.push_back(std::make_unique<MetadataPeopleRecognizer>());
  r.push_back(NewGazetteerNameRecognizer());
  r.push_back(NewTableColumnRecognizer());
  for (auto& x : IdentifierRecognizers()) r.push_back(std::move(x));
  r.push_back(NewOcrIdentifierRecognizer());
  return r;
}

namespace {

// The word starts of a folded text (a word byte after a non-word byte or
// the start), listed by their first byte: FindWholeWord for a needle that
// starts with a word byte, without a substring search over the whole text
// per needle. A whole-word match of such a needle can only begin at a word
// start holding its first byte, so checking those, in order, finds the
// same positions.
// What IsWholeWordAt counts as part of a word.
constexpr bool IsWordByteForSearch(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

class WordStarts {
 public:
  explicit WordStarts(std::string_view folded) : text_(folded) {
    // One pass collecting the word starts, then a counting sort by first
    // byte: one array, positions ascending per byte.
    static constexpr auto kWord = [] {
      std::array<bool, 256> t{};
      for (int c = 0; c < 256; ++c) t[c] = IsWordByteForSearch(static_cast<unsigned char>(c));
      return t;
    }();
    std::vector<size_t> all;
    all.reserve(folded.size() / 4);
    size_t count[257] = {};
    // Eight bytes at a time: a mask of the word bytes (non-ASCII, or an
    // ASCII digit or letter: for lo, the low seven bits of a byte, lo + k
    // has the high bit from 0x80 - k up, with no carries between bytes),
    // and the word starts are word bytes whose byte before is not one. Then
    // the last bytes one by one. Through a local pointer (not reloaded
    // after each push_back).
    using ascii_bytes::InRange, ascii_bytes::kHigh, ascii_bytes::kLow7;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(folded.data());
    const size_t n = folded.size();
    size_t i = 0;
    uint64_t word_before = 0;  // 0x80 when the byte before the next eight is a word byte
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      const uint64_t lo = x & kLow7;
      const uint64_t word =
          (x | InRange(lo, '0', '9') | InRange(lo, 'A', 'Z') | InRange(lo, 'a', 'z')) & kHigh;
      uint64_t starts = word & ~((word << 8) | word_before);
      while (starts != 0) {
        const size_t at = i + static_cast<size_t>(std::countr_zero(starts) >> 3);
        all.push_back(at);
        ++count[p[at] + 1];
        starts &= starts - 1;
      }
      word_before = word >> 56;
    }
    for (bool before = word_before != 0; i < n; ++i) {
      const bool word = kWord[p[i]];
      if (word && !before) {
        all.push_back(i);
        ++count[p[i] + 1];
      }
      before = word;
    }
    for (int b = 0; b < 256; ++b) count[b + 1] += count[b];
    for (int b = 0; b <= 256; ++b) begin_[b] = count[b];
    positions_.resize(all.size());
    for (size_t i : all) positions_[count[static_cast<unsigned char>(folded[i])]++] = i;
  }

  // Calls fn(pos) for each whole-word match of `needle`, in order (no
  // vector of positions made per needle).
  template <typename Fn>
  void Find(std::string_view needle, Fn&& fn) const {
    if (needle.empty() || !IsWordByteForSearch(static_cast<unsigned char>(needle[0]))) {
      for (size_t pos : FindWholeWord(text_, needle)) fn(pos);
      return;
    }
    const unsigned char b = static_cast<unsigned char>(needle[0]);
    for (size_t k = begin_[b]; k < begin_[b + 1]; ++k) {
      size_t pos = positions_[k];
      // The second byte first: most starts with the first byte differ
      // there, without a call to compare.
      if (pos + needle.size() <= text_.size() && (needle.size() < 2 || text_[pos + 1] == needle[1]) &&
          SameFrom(pos, needle) && IsWholeWordAt(text_, pos, needle.size())) {
        fn(pos);
      }
    }
  }

 private:
  // text_[pos, pos + needle.size()) == needle, its first two bytes known
  // equal (at most two): the rest byte by byte, inline (most differ at
  // once), not a memcmp call per word start.
  bool SameFrom(size_t pos, std::string_view needle) const {
    const char* t = text_.data() + pos;
    for (size_t q = std::min<size_t>(2, needle.size()); q < needle.size(); ++q) {
      if (t[q] != needle[q]) return false;
    }
    return true;
  }

  std::string_view text_;
  size_t begin_[257];
  std::vector<size_t> positions_;
};

// "Does [s, e) overlap any of these spans?" for a fixed list of spans:
// sorted by start, with the largest end of each prefix, a binary search.
class SpanIndex {
 public:
  explicit SpanIndex(const std::vector<Hit>& hits) {
    spans_.reserve(hits.size());
    for (const Hit& h : hits) spans_.emplace_back(h.start, h.end);
    std::sort(spans_.begin(), spans_.end());
    max_end_.resize(spans_.size());
    size_t m = 0;
    for (size_t i = 0; i < spans_.size(); ++i) {
      m = std::max(m, spans_[i].second);
      max_end_[i] = m;
    }
  }
  // Some span has start < e and end > s.
  bool Overlaps(size_t s, size_t e) const {
    size_t k = static_cast<size_t>(
        std::lower_bound(spans_.begin(), spans_.end(), e,
                         [](const std::pair<size_t, size_t>& a, size_t v) { return a.first < v; }) -
        spans_.begin());
    return k > 0 && max_end_[k - 1] > s;
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;
  std::vector<size_t> max_end_;
};

}  // namespace

void PropagateNames(const Document& doc, const std::vector<std::string>& names,
                    const std::vector<Hit>& existing, std::vector<Hit>* out) {
  PropagateNameViews(doc, std::vector<std::string_view>(names.begin(), names.end()), existing, out);
}

// PropagateNames with the names as views (of hits that outlive the call: no
// string copied per name).
void PropagateNameViews(const Document& doc, const std::vector<std::string_view>& names,
                        const std::vector<Hit>& existing, std::vector<Hit>* out) {
  // Sorted and made unique below (a std::set's order, without a tree node
  // per needle). Views of the folded names (reserved up front, so never
  // moved) and, rarely, of words folded on their own.
  std::vector<std::string> folded_names;
  folded_names.reserve(names.size());
  std::list<std::string> folded_words;  // (no allocation while empty)
  std::vector<std::string_view> needles;
  // The same name found several times gives the same needles: fold it once.
  // (The names in sorted order, each once: the needles are sorted below, so
  // the order they are made in does not show.)
  std::vector<std::string_view> unique_names(names.begin(), names.end());
  std::sort(unique_names.begin(), unique_names.end());
  unique_names.erase(std::unique(unique_names.begin(), unique_names.end()), unique_names.end());
  for (std::string_view name : unique_names) {
    const std::string& full = folded_names.emplace_back(FoldForMatch(name));
    // A one-word "name" goes through the stop list too: a stray hit on
    // "The" must not become every "The" of the case.
    bool one_word = full.find(' ') == std::string::npos;
    if (full.size() >= 3 && !(one_word && IsNeverAName(full))) needles.push_back(full);
    if (name.find(' ') == std::string::npos) {
      // The name is its only word (if any), folded already.
      if (!name.empty() && full.size() >= 3 && !IsFoldedNotAName(full)) needles.push_back(full);
      continue;
    }
    // In ASCII with no white space but ' ', folding a word is lower-casing
    // it and the folded name is those words joined by single spaces: its
    // words are the folded words, without folding each again.
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x80 && !(c >= '\t' && c <= '\r');
    });
    if (plain) {
      std::string_view rest = full;
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        std::string_view f = rest.substr(0, sp);
        if (f.size() >= 3 && !IsFoldedNotAName(f)) needles.push_back(f);
        if (sp == std::string_view::npos) break;
        rest.remove_prefix(sp + 1);
      }
      continue;
    }
    for (const std::string& word : SplitWords(name)) {
      std::string f = FoldForMatch(word);
      if (f.size() >= 3 && !IsFoldedNotAName(f)) needles.push_back(folded_words.emplace_back(std::move(f)));
    }
  }
  if (needles.empty()) return;
  // Sorted, then made unique.
  std::vector<std::string_view>& ordered = needles;
  std::sort(ordered.begin(), ordered.end());
  ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
  FoldedText folded(doc.text);
  const WordStarts starts(folded.folded());
  // The spans already taken: `existing` and what `out` holds on entry, then
  // what this call adds (which overlaps nothing before it, so those spans
  // are disjoint and kept sorted by start: a few a document, so a vector).
  const SpanIndex taken(existing);
  const SpanIndex taken_out(*out);
  std::vector<std::pair<size_t, size_t>> added;
  auto overlaps = [&](size_t s, size_t e) {
    if (taken.Overlaps(s, e) || taken_out.Overlaps(s, e)) return true;
    // The first added span starting at or after e, then the one before it.
    auto it = std::lower_bound(added.begin(), added.end(), e,
                               [](const std::pair<size_t, size_t>& a, size_t v) { return a.first < v; });
    if (it == added.begin()) return false;
    --it;
    return it->second > s;
  };
  // Longer needles first, so "Anita Patel" wins over "Anita". (Not a
  // stable sort: the order of needles of one length is std::sort's of the
  // sorted list, as it always was.)
  std::sort(ordered.begin(), ordered.end(),
            [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  for (std::string_view needle : ordered) {
    starts.Find(needle, [&](size_t pos) {
      size_t s = folded.OriginalStart(pos);
      size_t e = folded.OriginalEnd(pos + needle.size());
      // Only capitalised mentions: "will" is not "Will".
      unsigned char first = static_cast<unsigned char>(doc.text[s]);
      if (first < 0x80 && !std::isupper(first)) return;
      if (overlaps(s, e)) return;
      added.insert(std::lower_bound(added.begin(), added.end(), std::make_pair(s, e)), {s, e});
      out->push_back(Hit{s, e, "PERSON", doc.text.substr(s, e - s), std::string(needle), "name-propagation",
                         0.8, "Same name as a person identified elsewhere in the case"});
    });
  }
}

}  // namespace dsar
