// OCR-tolerant identifiers: numbers damaged by character recognition ("O"
// for 0, "l" or "I" for 1, "S" for 5, "B" for 8, doubled spaces) read again
// after a repair, still held to their checksum or format.
//
// The repair is narrow: a look-alike letter becomes a digit only inside a
// token that also holds real digits and only next to one ("90O3Z6",
// "S919", "20l3"; never "SOS" or "Bob"), and a run of spaces between two
// such tokens becomes one space. The repaired lines are read by the phone,
// NI number, NHS, UPN, ULN, bank, card and date-of-birth recognizers; a hit
// is kept only when it covers a repair, came from a checksum or keyword
// path (confidence >= 0.9, so no "labelled but the check digit fails"
// guesses), and needed at most two substituted characters. It is reported
// on the original, damaged text.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "pipeline/model/ascii_bytes.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

namespace dsar {
namespace {

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
// ASCII letters, digits and '|', by table: asked of every byte of the text.
constexpr std::array<bool, 256> kTokenChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '|';
  }
  return t;
}();
bool IsTokenChar(char c) { return kTokenChar[static_cast<unsigned char>(c)]; }

}  // namespace

// Eight bytes at a time (most of a document holds no byte of the range):
// the bytes in the range that are ASCII (ascii_bytes::InRange of their low
// seven bits, and not a byte >= 0x80), exact per byte, so the lowest is the
// first. Then the last bytes one by one.
size_t NextAsciiInRange(std::string_view text, size_t from, char first, char last) {
  using namespace ascii_bytes;
  const size_t n = text.size();
  size_t d = from;
  while (d + 8 <= n) {
    uint64_t x;
    std::memcpy(&x, text.data() + d, 8);
    const uint64_t in_range = InRange(x & kLow7, static_cast<unsigned char>(first), static_cast<unsigned char>(last)) & ~x;
    if (in_range != 0) return d + static_cast<size_t>(std::countr_zero(in_range) >> 3);
    d += 8;
  }
  while (d < n && !(text[d] >= first && text[d] <= last)) ++d;
  return d;
}

size_t NextAsciiDigit(std::string_view text, size_t from) { return NextAsciiInRange(text, from, '0', '9'); }

// The digit a character recognizer may have misread as `c`, or 0.
char OcrDigitFor(char c) {
  switch (c) {
    case 'O': case 'o': case 'Q': return '0';
    case 'l': case 'I': case 'i': case '|': return '1';
    case 'Z': case 'z': return '2';
    case 'S': case 's': return '5';
    case 'b': case 'G': return '6';
    case 'B': return '8';
    case 'g': case 'q': return '9';
    default: return 0;
  }
}

OcrRepair RepairOcrDigits(std::string_view text) {
  OcrRepair r;
  const size_t n = text.size();
  std::string mapped(text);
  std::vector<char> sub(n, 0);  // 1 where a look-alike was replaced
  bool any = false;
  // Look-alikes next to a real digit inside a token, then (once more) those
  // next to a look-alike so repaired: "O0l7" -> "0017".
  for (size_t i = 0; i < n;) {
    // Only a token holding a digit can change: go to the next digit, then
    // back to the start of its token (never before `i`, which is at most
    // the end of the previous token). The tokens passed over hold no digit.
    size_t d = NextAsciiDigit(text, i);
    if (d == n) break;
    while (d > i && IsTokenChar(text[d - 1])) --d;
    i = d;
    size_t j = i;
    size_t digits = 0;
    while (j < n && IsTokenChar(text[j])) digits += IsDigitChar(text[j++]);
    if (digits > 0 && j - i >= 2) {
      // Letters that belong to the identifier stay letters: two or more
      // leading letters ("AB123456C", "LS6"), the check letter of a
      // 13-character UPN ("Z3834l2612047") and an NI number's final letter.
      size_t lead = 0;
      while (i + lead < j && !IsDigitChar(text[i + lead])) ++lead;
      size_t from = i, to = j;
      if (lead >= 2) from = i + lead;
      if ((lead == 1 || lead == 2) && j - i == 13) from = i + 1;  // "LS12407112427": L, then 5
      if (lead == 1 && !OcrDigitFor(text[i])) from = i + 1;       // "V5274730l3823"
      if (lead == 2 && j - i == 9) to = j - 1;
      // Not a damaged number: another letter in the body ("0BX", "1st",
      // "daniel81"), a form or room name ("3B", "10B"), a plural ("1990s").
      size_t trail = 0;
      while (trail < to - from && !IsDigitChar(text[to - 1 - trail])) ++trail;
      bool other_letter = false;
      for (size_t k = from; k < to; ++k) {
        if (!IsDigitChar(text[k]) && !OcrDigitFor(text[k])) other_letter = true;
      }
      // A short token is only part of a number when a digit group is next
      // to it ("943 47B 5919"), not on its own ("form 10B").
      auto digit_at = [&](size_t k) { return k < n && IsDigitChar(text[k]); };
      bool joined = (i >= 2 && (text[i - 1] == ' ' || text[i - 1] == '-') && digit_at(i - 2)) ||
                    ((j < n && (text[j] == ' ' || text[j] == '-')) && digit_at(j + 1));
      if (other_letter || (trail == 1 && to - from <= 3 && !joined) || (trail == 1 && text[to - 1] == 's')) {
        i = j;
        continue;
      }
      // A date's '/' read as 'l' or 'I': "02l08/2012", "5/1l2017".
      {
        size_t k = from;
        while (k < to && IsDigitChar(text[k])) ++k;
        size_t left = k - from, right = 0;
        if (k < to && (text[k] == 'l' || text[k] == 'I' || text[k] == '|')) {
          size_t m = k + 1;
          while (m < to && IsDigitChar(text[m])) ++m;
          right = m == to ? to - k - 1 : 0;
        }
        bool slash_after = j < n && text[j] == '/';
        bool slash_before = i > 0 && text[i - 1] == '/';
        if (left >= 1 && left <= 2 && right >= 1 &&
            ((slash_after && right <= 2) || (slash_before && (right == 2 || right == 4)))) {
          mapped[k] = '/';
          sub[k] = 1;
          any = true;
          i = j;
          continue;
        }
      }
      size_t subs = 0;
      for (int pass = 0; pass < 2; ++pass) {
        for (size_t k = from; k < to; ++k) {
          if (IsDigitChar(mapped[k]) || !OcrDigitFor(text[k])) continue;
          bool left = k > from && IsDigitChar(mapped[k - 1]) && (pass == 1 || !sub[k - 1]);
          bool right = k + 1 < to && IsDigitChar(mapped[k + 1]) && (pass == 1 || !sub[k + 1]);
          if (!left && !right) continue;
          mapped[k] = OcrDigitFor(text[k]);
          sub[k] = 1;
          ++subs;
        }
      }
      // A token must stay mostly digits: "Bob2" is not a number.
      if (subs > digits) {
        for (size_t k = i; k < j; ++k) {
          if (sub[k]) {
            mapped[k] = text[k];
            sub[k] = 0;
          }
        }
      } else if (subs) {
        any = true;
      }
    }
    i = j;
  }
  // Doubled spaces between two numbers: keep one.
  // Such a run follows a digit: from each digit (found eight bytes at a
  // time), the spaces after it, if two or more and a digit next.
  // The next digit is the next byte while in a run of digits (no call).
  std::vector<char> drop(n, 0);
  bool any_drop = false;
  for (size_t d = NextAsciiDigit(mapped, 0); d < n;) {
    size_t a = d + 1;
    size_t b = a;
    while (b < n && mapped[b] == ' ') ++b;
    if (b - a >= 2 && b < n && IsDigitChar(mapped[b])) {
      for (size_t k = a + 1; k < b; ++k) drop[k] = 1;
      any = true;
      any_drop = true;
      d = b;  // the digit at b may start the next run
      continue;
    }
    d = a < n && IsDigitChar(mapped[a]) ? a : NextAsciiDigit(mapped, a);
  }
  if (!any) return r;
  r.changed = true;
  if (!any_drop) {
    // Byte for byte: the maps are the identity, no space dropped.
    r.text = std::move(mapped);
    r.origin.resize(n + 1);
    for (size_t i = 0; i <= n; ++i) r.origin[i] = i;
    r.substituted = std::move(sub);
    r.dropped_before.assign(n, 0);
    return r;
  }
  // Written by index into arrays sized once (not four push_backs a byte:
  // this ran over every byte of every document with a repair).
  r.text.resize(n);
  r.origin.resize(n + 1);
  r.substituted.resize(n);
  r.dropped_before.resize(n);
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) {
    if (drop[i]) continue;
    r.text[m] = mapped[i];
    r.origin[m] = i;
    r.substituted[m] = sub[i];
    r.dropped_before[m] = i > 0 && drop[i - 1];
    ++m;
  }
  r.text.resize(m);
  r.origin[m] = n;
  r.origin.resize(m + 1);
  r.substituted.resize(m);
  r.dropped_before.resize(m);
  return r;
}

namespace {

// Reports a hit found on a copy of the repaired text back on the original:
// `origin` maps each byte of the copy to rep.text.
void ReportOcrHit(const Document& doc, const OcrRepair& rep, const std::vector<size_t>& origin, Hit h,
                  std::vector<Hit>* out) {
  size_t s = rep.origin[origin[h.start]];
  size_t e = rep.origin[origin[h.end - 1]] + 1;
  h.start = s;
  h.end = e;
  h.value = doc.text.substr(s, e - s);
  h.recognizer += "+ocr";
  h.confidence = std::min(h.confidence, 0.9);
  h.reason += " (read through OCR damage: look-alike letters taken as digits, split digits joined)";
  out->push_back(std::move(h));
}

// The lines of `t` as [a, b) (b excludes '\n'), and which of them to read
// again: each line holding a byte `changed(k)` marks, and the line before it
// (where a label such as "NHS number:" or "Sort code" may be). The rest of the
// document was read as it is.
struct RereadLines {
  std::vector<std::pair<size_t, size_t>> lines;
  std::vector<char> want;
};

template <typename Changed>
RereadLines LinesWithChanges(const std::string& t, Changed changed) {
  RereadLines r;
  for (size_t a = 0; a <= t.size();) {
    size_t b = t.find('\n', a);
    if (b == std::string::npos) b = t.size();
    r.lines.emplace_back(a, b);
    a = b + 1;
  }
  r.want.assign(r.lines.size(), 0);
  for (size_t li = 0; li < r.lines.size(); ++li) {
    for (size_t k = r.lines[li].first; k < r.lines[li].second; ++k) {
      if (changed(k)) {
        r.want[li] = 1;
        if (li > 0) r.want[li - 1] = 1;
        break;
      }
    }
  }
  return r;
}

// Spaces OCR put inside a number that has a keyword and a check character
// ("UPN: Y4932525173 45", "Account no: 31149 O47", "sort code: 41 0l 3 6")
// and an account number glued to its keyword ("account71707218"): in an
// OCR-damaged document, lines where a digit group of at most three
// characters stands one space from another are read again with those
// spaces removed, by the UPN and bank recognizers only (a phone or NHS
// number is printed in such groups and read as it is). A hit must span a
// removed space or start at a glued keyword, come from the check-letter or
// keyword path (confidence >= 0.9) and need at most two substitutions.
void FindJoined(const Document& doc, const OcrRepair& rep, const std::vector<std::unique_ptr<Recognizer>>& inner,
                std::vector<Hit>* out) {
  const std::string& t = rep.text;
  auto digitish = [&](size_t k) { return k < t.size() && IsDigitChar(t[k]); };
  auto group_len = [&](size_t k, int dir) {  // alphanumerics from k going left (-1) or right (+1)
    size_t len = 0;
    for (size_t m = k; m < t.size() && IsTokenChar(t[m]); m += dir) {
      ++len;
      if (m == 0 && dir < 0) break;
    }
    return len;
  };
  auto glued_account = [&](size_t k) {  // t[k] a digit right after "account"
    static constexpr std::string_view kWord = "account";
    if (k < kWord.size() || !digitish(k)) return false;
    for (size_t m = 0; m < kWord.size(); ++m) {
      char c = t[k - kWord.size() + m];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != kWord[m]) return false;
    }
    return true;
  };
  std::vector<char> join(t.size(), 0);   // a space to drop
  std::vector<char> split(t.size(), 0);  // a space to insert before this byte
  bool any = false;
  for (size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k] == ' ' && digitish(k - 1) && digitish(k + 1) && t[k + 1] != ' ' &&
        (group_len(k - 1, -1) <= 3 || group_len(k + 1, 1) <= 3)) {
      join[k] = 1;
      any = true;
    } else if (glued_account(k) && t[k - 1] != ' ') {
      split[k] = 1;
      any = true;
    }
  }
  if (!any) return;
  const auto [lines, want] = LinesWithChanges(t, [&](size_t k) { return join[k] || split[k]; });
  Document sub;
  std::vector<size_t> origin;      // rep.text offset of each byte of sub.text
  std::vector<char> changed_before;  // a space was dropped or inserted before this byte
  for (size_t li = 0; li < lines.size(); ++li) {
    if (!want[li]) continue;
    bool pending = false;
    for (size_t k = lines[li].first; k < lines[li].second; ++k) {
      if (join[k]) {
        pending = true;
        continue;
      }
      if (split[k]) {
        sub.text += ' ';
        origin.push_back(k);
        changed_before.push_back(0);
        pending = true;
      }
      sub.text += t[k];
      origin.push_back(k);
      changed_before.push_back(pending ? 1 : 0);
      pending = false;
    }
    sub.text += '\n';
    origin.push_back(lines[li].second);
    changed_before.push_back(0);
  }
  origin.push_back(t.size());
  std::vector<Hit> found;
  for (const auto& r : inner) {
    if (r->name() == "upn" || r->name() == "bank") r->Find(sub, &found);
  }
  const size_t first_new = out->size();
  for (Hit& h : found) {
    if (h.confidence < 0.9 || h.end <= h.start) continue;
    size_t subs = 0;
    bool repaired = changed_before[h.start] && h.start > 0 && sub.text[h.start - 1] == ' ';
    for (size_t k = h.start; k < h.end; ++k) {
      size_t p = origin[k];
      if (p < t.size()) subs += rep.substituted[p];
      if (k > h.start && changed_before[k]) repaired = true;
    }
    if (!repaired || subs > 2) continue;
    // Not what a recognizer already found on the text or the repair.
    const size_t os = rep.origin[origin[h.start]], oe = rep.origin[origin[h.end - 1]] + 1;
    bool known = false;
    for (size_t k = 0; k < first_new && !known; ++k) {
      known = (*out)[k].category == h.category && (*out)[k].start < oe && (*out)[k].end > os;
    }
    if (known) continue;
    ReportOcrHit(doc, rep, origin, std::move(h), out);
  }
}

// A postcode after its label, damaged by OCR: a letter read for the digit
// of the inward code or a digit for one of its letters ("NR15 78G",
// "NR18 bDE"), a space inside or doubled ("LS8 9 WF", "S15  5JZ"). The
// label is required (a postcode has no check character) and the repaired
// text must be a valid postcode; at most two characters repaired.
void FindPostcodes(const Document& doc, std::vector<Hit>* out) {
  static const RE2 label(R"((?i)p[o0]st ?c[o0] ?d[ec][ \t]*:?[ \t]*)", Latin1Off());
  static const RE2 valid(
      R"((?:[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) [0-9][ABD-HJLNP-UW-Z]{2}))",
      Latin1Off());
  const std::string& text = doc.text;
  ForEachMatch(label, text, 0, [&](size_t, size_t e, auto&) {
    // Up to seven letters and digits on the line, in at most three groups.
    std::string chars;
    std::vector<size_t> at;
    size_t k = e, groups = 0;
    while (k < text.size() && text[k] != '\n' && chars.size() < 8) {
      if (IsTokenChar(text[k]) && text[k] != '|') {
        if (k == e || text[k - 1] == ' ') ++groups;
        chars += text[k];
        at.push_back(k);
        ++k;
      } else if (text[k] == ' ' && k + 1 < text.size() && (text[k + 1] == ' ' || IsTokenChar(text[k + 1])) &&
                 !(k > e && text[k - 1] == ' ' && text[k + 1] == ' ')) {
        ++k;
      } else {
        break;
      }
    }
    if (groups > 3 || chars.size() < 5 || chars.size() > 7) return;
    // The inward code: digit, letter, letter.
    static constexpr auto letter_for = [](char c) -> char {
      switch (c) {
        case '8': return 'B';
        case '6': return 'G';
        case '5': return 'S';
        case '2': return 'Z';
        default: return 0;
      }
    };
    std::string fixed = chars;
    int repairs = 0;
    const size_t n = fixed.size();
    if (!IsDigitChar(fixed[n - 3])) {
      char d = OcrDigitFor(fixed[n - 3]);
      if (!d) return;
      fixed[n - 3] = d;
      ++repairs;
    }
    for (size_t m = n - 2; m < n; ++m) {
      if (IsDigitChar(fixed[m])) {
        char l = letter_for(fixed[m]);
        if (!l) return;
        fixed[m] = l;
        ++repairs;
      }
    }
    for (char& c : fixed) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    std::string candidate = fixed.substr(0, n - 3) + " " + fixed.substr(n - 3);
    if (repairs > 2 || !RE2::FullMatch(candidate, valid)) return;
    // Only what the plain postcode recognizer could not read.
    std::string as_written(text, at.front(), at.back() + 1 - at.front());
    if (repairs == 0 && groups <= 2 && as_written.find("  ") == std::string::npos) return;
    size_t s = at.front(), end = at.back() + 1;
    std::string norm = fixed;
    out->push_back(Hit{s, end, "POSTCODE", text.substr(s, end - s), norm, "postcode+ocr", 0.85,
                       "UK postcode after its label (read through OCR damage)"});
  });
}

// An email address OCR broke with a space ("office@east brook.example.sch.uk",
// "Email: ykh alil@plaisto wfields.example.sch.uk", "…@st oswalds.example.sc
// h.uk"). From each '@' the domain is read on over a single space before a
// lower-case letter while it has no full stop yet, or when the piece after
// the space holds one ("sc h.uk"); the local part over one space only when
// an "Email:" label stands right before it. The joined address must end in
// a dotted domain with a top-level part of two or more letters, and the
// span must hold a space (an address without one is the email recognizer's).
void FindBrokenEmails(const Document& doc, std::vector<Hit>* out) {
  const std::string& t = doc.text;
  auto local = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-' || c == '+';
  };
  auto domain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  for (size_t at = t.find('@'); at != std::string::npos; at = t.find('@', at + 1)) {
    // The domain.
    size_t e = at + 1;
    bool dot = false, spaced = false;
    while (true) {
      for (; e < t.size() && domain(t[e]); ++e) {
        if (t[e] == '.') dot = true;
      }
      if (e + 1 >= t.size() || t[e] != ' ' || !lower(t[e + 1]) || e == at + 1) break;
      size_t q = e + 1;
      bool piece_dot = false;
      for (; q < t.size() && domain(t[q]); ++q) {
        if (t[q] == '.') piece_dot = true;
      }
      if (dot && !piece_dot) break;
      spaced = true;
      e = q;
      dot = dot || piece_dot;
    }
    while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) --e;
    // The local part.
    size_t s = at;
    while (s > 0 && local(t[s - 1])) --s;
    if (s == at) continue;
    if (s >= 2 && t[s - 1] == ' ' && local(t[s - 2])) {
      size_t q = s - 1;
      while (q > 0 && local(t[q - 1])) --q;
      size_t l = q;
      while (l > 0 && t[l - 1] == ' ') --l;
      if (l >= 6 && t[l - 1] == ':') {
        std::string label = t.substr(l - 6, 5);
        for (char& c : label) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (label == "email" || label == "-mail") {
          s = q;
          spaced = true;
        }
      }
    }
    if (!spaced) continue;
    std::string joined;
    for (size_t k = s; k < e; ++k) {
      if (t[k] != ' ') joined += static_cast<char>(t[k] >= 'A' && t[k] <= 'Z' ? t[k] - 'A' + 'a' : t[k]);
    }
    size_t last_dot = joined.rfind('.');
    size_t joined_at = joined.find('@');
    if (last_dot == std::string::npos || last_dot < joined_at + 2 || joined.size() - last_dot < 3) continue;
    bool tld = true;
    for (size_t k = last_dot + 1; k < joined.size(); ++k) tld = tld && lower(joined[k]);
    if (!tld) continue;
    out->push_back(Hit{s, e, "EMAIL", t.substr(s, e - s), joined, "email+ocr", 0.85,
                       "Email address (read through OCR damage: spaces inside it removed)"});
  }
}

// A date of birth whose label or date OCR damaged: "DO B 10/11/11", "bo rn
// 14 January 2013", "D-⏎OB 15 Mar 2015", "Date of birt h: 20.l2,2018",
// "DOB 28th Novemb er 2013", "Date of birth: 12 Aug ust 2013". In a
// document with a repair, a label matched letter by letter (a space, a full
// stop or a line-end hyphen allowed between letters) and the rest of its
// line are copied, repaired, after a clean "DOB: " and read by the
// date-of-birth recognizer: a space inside a month name is dropped ("Aug
// ust"), a look-alike letter between digits becomes the digit and a comma
// between digits a full stop. A hit is reported on the original text when
// the label or the date needed a repair.
void FindDamagedBirthDates(const Document& doc, const Recognizer& dob, std::vector<Hit>* out) {
  static const RE2 label(
      R"((?i)\b(?:d(?:-\n|[ .])?a(?:-\n|[ .])?t(?:-\n|[ .])?[ec] ?[o0](?:-\n|[ .])?f ?b(?:-\n|[ .])?[i1l](?:-\n|[ .])?r(?:-\n|[ .])?t(?:-\n|[ .])?h|d(?:-\n|[ .])?[o0](?:-\n|[ .])?b|b(?:-\n|[ .])?[o0](?:-\n|[ .])?r(?:-\n|[ .])?n)\b[ \t.:;,]*)",
      Latin1Off());
  static const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december",
                                        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                        "oct", "nov", "dec"};
  auto is_month = [&](std::string w) {
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* m : kMonths) {
      if (w == m) return true;
    }
    return false;
  };
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const std::string& t = doc.text;
  // Searched directly, not through ForEachMatch: this pass runs only on
  // documents with an OCR repair, and a pattern added to the shared pattern
  // screen would cost every document (re2_util.h).
  re2::StringPiece all(t.data(), t.size()), m;
  for (size_t pos = 0; pos < t.size() && label.Match(all, pos, t.size(), RE2::UNANCHORED, &m, 1);) {
    const size_t ls = static_cast<size_t>(m.data() - t.data()), le = ls + m.size();
    pos = le > pos ? le : pos + 1;
    std::string_view written(t.data() + ls, le - ls);
    // The label as written, without what follows it: damaged unless it is
    // one of the clean forms the date-of-birth recognizer reads itself.
    std::string_view head = written;
    while (!head.empty() && !letter(head.back())) head.remove_suffix(1);
    std::string folded(head);
    for (char& c : folded) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const bool damaged = folded != "dob" && folded != "d.o.b" && folded != "date of birth" && folded != "born";
    // The rest of the line (at most 40 bytes), repaired.
    Document sub;
    sub.text = "DOB: ";
    std::vector<size_t> origin(sub.text.size(), std::string::npos);
    std::vector<char> fixed(sub.text.size(), 0);
    size_t k = le;
    const size_t stop = std::min(t.size(), le + 40);
    while (k < stop && t[k] != '\n') {
      char c = t[k];
      char prev = sub.text.back();
      char next = k + 1 < t.size() ? t[k + 1] : '\0';
      bool digit_prev = prev >= '0' && prev <= '9';
      bool digit_next = next >= '0' && next <= '9';
      if (c == ' ' && letter(prev) && letter(next)) {
        // A space inside a month name: "Aug ust", "Novemb er".
        size_t a = sub.text.size();
        while (a > 0 && letter(sub.text[a - 1])) --a;
        size_t b = k + 1;
        while (b < t.size() && letter(t[b])) ++b;
        std::string joined = sub.text.substr(a) + t.substr(k + 1, b - k - 1);
        if (is_month(joined)) {
          fixed.back() = 1;
          ++k;
          continue;
        }
      }
      if (digit_prev && digit_next && c == ',') {
        c = '.';
        fixed.push_back(1);
      } else if (digit_prev || digit_next) {
        char d = (c == 'l' || c == 'I' || c == 'O' || c == 'o') ? OcrDigitFor(c) : 0;
        if (d) c = d;
        fixed.push_back(d ? 1 : 0);
      } else {
        fixed.push_back(0);
      }
      sub.text += c;
      origin.push_back(k);
      ++k;
    }
    if (origin.size() == 5) continue;
    std::vector<Hit> found;
    dob.Find(sub, &found);
    for (Hit& h : found) {
      if (h.start < 5 || h.end <= h.start || h.end > origin.size()) continue;
      bool repaired = damaged;
      for (size_t m = h.start; m < h.end; ++m) repaired = repaired || fixed[m];
      if (!repaired) continue;
      size_t s = origin[h.start], e = origin[h.end - 1] + 1;
      bool known = false;  // read already by the digit repair above
      for (const Hit& o : *out) known = known || (o.category == h.category && o.start == s && o.end == e);
      if (known) continue;
      h.start = s;
      h.end = e;
      h.value = t.substr(s, e - s);
      h.recognizer += "+ocr";
      h.confidence = std::min(h.confidence, 0.9);
      h.reason += " (read through OCR damage in the label or the date)";
      out->push_back(std::move(h));
    }
  }
}

class OcrIdentifierRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "ocr-identifiers"; }
  void Find(const Document& doc, std::vector<Hit>* out) const override {
    // The recognizers to run again, from the default set (made on first use,
    // not here: DefaultRecognizers makes this recognizer too).
    static const std::vector<std::unique_ptr<Recognizer>> inner = [] {
      static const std::set<std::string, std::less<>> kNames = {
          "phone", "ni-number", "nhs-number", "upn", "uln", "bank", "card", "date-of-birth"};
      std::vector<std::unique_ptr<Recognizer>> keep;
      for (auto& r : DefaultRecognizers()) {
        if (kNames.count(r->name())) keep.push_back(std::move(r));
      }
      return keep;
    }();
    FindPostcodes(doc, out);
    FindBrokenEmails(doc, out);
    OcrRepair rep = RepairOcrDigits(doc.text);
    if (!rep.changed) return;
    // Only the lines with a repair and the line before each.
    const std::string& t = rep.text;
    const auto [lines, want] =
        LinesWithChanges(t, [&](size_t k) { return rep.substituted[k] || rep.dropped_before[k]; });
    Document sub;
    std::vector<size_t> sub_origin;  // rep.text offset of each byte of sub.text
    for (size_t li = 0; li < lines.size(); ++li) {
      if (!want[li]) continue;
      for (size_t k = lines[li].first; k < lines[li].second; ++k) {
        sub.text += t[k];
        sub_origin.push_back(k);
      }
      sub.text += '\n';
      sub_origin.push_back(lines[li].second);  // may be t.size(): the map has an end entry
    }
    sub_origin.push_back(t.size());
    std::vector<Hit> found;
    for (const auto& r : inner) r->Find(sub, &found);
    for (Hit& h : found) {
      if (h.confidence < 0.9 || h.end <= h.start) continue;
      size_t subs = 0;
      bool repaired = false;
      for (size_t k = h.start; k < h.end; ++k) {
        size_t p = sub_origin[k];
        if (p >= t.size()) continue;
        subs += rep.substituted[p];
        if (rep.substituted[p] || (k > h.start && rep.dropped_before[p])) repaired = true;
      }
      if (!repaired || subs > 2) continue;
      size_t s = rep.origin[sub_origin[h.start]];
      size_t e = rep.origin[sub_origin[h.end - 1]] + 1;
      Hit o = std::move(h);
      o.start = s;
      o.end = e;
      o.value = doc.text.substr(s, e - s);
      o.recognizer += "+ocr";
      o.confidence = std::min(o.confidence, 0.9);
      o.reason += " (read through OCR damage: look-alike letters taken as digits)";
      out->push_back(std::move(o));
    }
    FindJoined(doc, rep, inner, out);
    for (const auto& r : inner) {
      if (r->name() == "date-of-birth") FindDamagedBirthDates(doc, *r, out);
    }
  }
};

}  // namespace

std::unique_ptr<Recognizer> NewOcrIdentifierRecognizer() {
  return std::make_unique<OcrIdentifierRecognizer>();
}

}  // namespace dsar
