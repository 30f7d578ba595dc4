// RE2 helpers shared by the recognizers (private to pipeline/).
#ifndef DSAR_PIPELINE_RE2_UTIL_H_
#define DSAR_PIPELINE_RE2_UTIL_H_

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace dsar {

// False if `re` matches nowhere in `text`; true if it may (or cannot be
// screened). One RE2::Set pass over a text answers for every pattern asked
// about (pipeline/pattern_screen.cc): the recognizers' patterns each used to
// be a pass over the whole document, and most do not occur in most
// documents. Exact: false only when RE2 itself would find no match.
bool MayMatch(const RE2& re, std::string_view text);

// RE2::PartialMatch(text, re): whether `re` matches anywhere in `text`,
// answered by the screen's pass when it screens the pattern (its set
// matched each pattern over the whole text; a second pass of the pattern
// alone asked the same again).
bool Occurs(const RE2& re, std::string_view text);

// While one is alive (on this thread), MayMatch takes a text with the same
// address and size as `text` to be that text, unchanged, instead of comparing
// it byte for byte with a copy of the text it screened (a whole-document
// comparison per pattern asked about, and a copy per document). Made by the
// code that runs the recognizers over one `const Document`, which stays alive
// and unchanged while they run.
class ScreenedText {
 public:
  explicit ScreenedText(std::string_view text);
  ~ScreenedText();
  ScreenedText(const ScreenedText&) = delete;
  ScreenedText& operator=(const ScreenedText&) = delete;

 private:
  bool outermost_;
};

// Runs `re` over `text`, calling fn(start, end, groups...) for each match of
// capture group `group` (0 = whole match). Matches see the whole text as
// context, so \b and ^ at a resumed position look at the byte before it.
//
// Two passes per match, for speed: RE2 finds the span of a match with its DFA
// (no submatches), and only then extracts the groups within that span — a
// submatch search over a whole document is many times slower.
// The search loop of ForEachMatch over matches starting in [from, to) and
// ending by `to` (the whole text still the context). Starts no search at
// or after `to`.
// `groups` is the caller's buffer for the submatches (at least
// NumberOfCapturingGroups() + 1 of them, indexed as an array and handed to
// fn): ForEachMatchInRuns searches run after run with one.
template <typename Fn, typename Groups>
void ForEachMatchBetween(const RE2& re, std::string_view text, size_t from, size_t to, int group, Fn&& fn,
                         Groups* groups) {
  int n = re.NumberOfCapturingGroups() + 1;
  Groups& m = *groups;
  re2::StringPiece all(text.data(), text.size());
  size_t pos = from;
  while (pos <= to) {
    re2::StringPiece whole;
    if (!re.Match(all, pos, to, RE2::UNANCHORED, &whole, 1)) break;
    size_t ms = static_cast<size_t>(whole.data() - text.data());
    size_t me = ms + whole.size();
    if (n > 1 && !re.Match(all, ms, me, RE2::ANCHOR_BOTH, m.data(), n)) {
      // A pattern whose match depends on text after it (\b at its end):
      // fall back to the full submatch search from the same place.
      if (!re.Match(all, ms, text.size(), RE2::UNANCHORED, m.data(), n)) break;
    } else if (n == 1) {
      m[0] = whole;
    }
    const re2::StringPiece& g = m[group];
    if (g.data() != nullptr) {
      size_t start = static_cast<size_t>(g.data() - text.data());
      fn(start, start + g.size(), m);
    }
    size_t next = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
    pos = next > pos ? next : pos + 1;
  }
}

// The same with a buffer of its own: on the stack for up to eight groups
// (a search per recognizer per document; an allocation each was not free).
template <typename Fn>
void ForEachMatchBetween(const RE2& re, std::string_view text, size_t from, size_t to, int group,
                         Fn&& fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  if (n <= 8) {
    std::array<re2::StringPiece, 8> m;
    ForEachMatchBetween(re, text, from, to, group, fn, &m);
  } else {
    std::vector<re2::StringPiece> m(n);
    ForEachMatchBetween(re, text, from, to, group, fn, &m);
  }
}

// Runs `re` over `text`, calling fn(start, end, groups...) for each match of
// capture group `group` (0 = whole match). Matches see the whole text as
// context, so \b and ^ at a resumed position look at the byte before it.
//
// Two passes per match, for speed: RE2 finds the span of a match with its DFA
// (no submatches), and only then extracts the groups within that span — a
// submatch search over a whole document is many times slower.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn) {
  if (!MayMatch(re, text)) return;
  ForEachMatchBetween(re, text, 0, text.size(), group, fn);
}

// Test hooks (tests/detection_machinery_test.cc): while on, on this thread,
// ForEachMatchInRuns also runs the plain search and counts each pattern
// whose matches differ.
void SetRunsSelfCheck(bool on);
bool RunsSelfCheck();
void CountRunsMismatch(const RE2& re);
size_t RunsMismatches();

// The spans a search finds, for the check.
struct SpanList {
  std::vector<std::pair<size_t, size_t>> spans;
  template <typename Groups>
  void operator()(size_t s, size_t e, const Groups&) {
    spans.emplace_back(s, e);
  }
};

// The check itself: `fast(list)` (a search that hands each match to a
// SpanList, run with the hook off, so a search that checks itself does not
// again) finds the spans of group `group` ForEachMatch finds, or the
// mismatch is counted against `re`.
template <typename Fast>
void CheckSameMatches(const RE2& re, std::string_view text, int group, Fast&& fast) {
  SpanList plain, found;
  ForEachMatchBetween(re, text, 0, text.size(), group, plain);
  SetRunsSelfCheck(false);
  fast(found);
  SetRunsSelfCheck(true);
  if (plain.spans != found.spans) CountRunsMismatch(re);
}

// A set of bytes, written as a list of bytes and ranges ("a-z0-9@").
struct ByteSet {
  bool has[256] = {};
  // How many bytes the set holds and the first two, and whether it is the
  // ten ASCII digits: such sets are searched for with memchr or eight bytes
  // at a time (ForEachMatchInRuns), not byte by byte.
  int count = 0;
  unsigned char members[2] = {};
  bool digits = false;
  constexpr ByteSet() = default;
  constexpr explicit ByteSet(std::string_view spec) {
    for (size_t i = 0; i < spec.size(); ++i) {
      unsigned char a = static_cast<unsigned char>(spec[i]);
      if (i + 2 < spec.size() && spec[i + 1] == '-') {
        for (unsigned c = a; c <= static_cast<unsigned char>(spec[i + 2]); ++c) has[c] = true;
        i += 2;
      } else {
        has[a] = true;
      }
    }
    digits = true;
    for (unsigned c = 0; c < 256; ++c) {
      if (has[c] && count < 2) members[count] = static_cast<unsigned char>(c);
      count += has[c] ? 1 : 0;
      digits = digits && has[c] == (c >= '0' && c <= '9');
    }
  }
  constexpr bool operator[](char c) const { return has[static_cast<unsigned char>(c)]; }
};

// The first ASCII digit of `text` at or after `from`, or text.size()
// (pipeline/ocr_identifiers.cc; also in recognizers.h).
size_t NextAsciiDigit(std::string_view text, size_t from);

// ForEachMatch for a pattern whose every match is made only of bytes in
// `inside` and holds at least one byte of `needs` (both for the caller to
// read off the pattern; remember that (?i) lets 'k' and 's' match the
// non-ASCII KELVIN SIGN and LONG S, so such a pattern's `inside` must hold
// the bytes 0x80-0xFF): only the runs of `inside` bytes that hold a `needs`
// byte are searched, with the whole text as context. The matches are
// ForEachMatch's: every match lies within one such run, and a search ending
// where a run ends finds the same leftmost match as one running on. Most of
// a document is then never handed to RE2, whose DFA costs about ten
// instructions a byte. tests/detection_machinery_test.cc holds the two
// equal for each pattern that uses this.
// Runs shorter than `min_length` (no match of the pattern is shorter) are
// skipped too.
template <typename Fn>
void ForEachMatchInRuns(const RE2& re, std::string_view text, const ByteSet& inside,
                        const ByteSet& needs, size_t min_length, int group, Fn&& fn) {
  if (RunsSelfCheck()) {
    // The test's check: both searches, compared match by match.
    CheckSameMatches(re, text, group,
                     [&](SpanList& runs) { ForEachMatchInRuns(re, text, inside, needs, min_length, group, runs); });
  }
  if (!MayMatch(re, text)) return;
  const size_t n = text.size();
  // The next byte of `needs` at or after `from`, or n: a set of one or two
  // bytes through memchr (the next place of each kept until passed), the
  // digits eight bytes at a time, any other set byte by byte.
  size_t next_member[2] = {0, 0};
  bool searched[2] = {false, false};
  auto next_of = [&](int k, size_t from) {
    if (!searched[k] || next_member[k] < from) {
      const void* p = from < n ? std::memchr(text.data() + from, needs.members[k], n - from) : nullptr;
      next_member[k] = p == nullptr ? n : static_cast<size_t>(static_cast<const char*>(p) - text.data());
      searched[k] = true;
    }
    return next_member[k];
  };
  auto next_needed = [&](size_t from) {
    if (needs.count == 1) return next_of(0, from);
    if (needs.count == 2) return std::min(next_of(0, from), next_of(1, from));
    if (needs.digits) return NextAsciiDigit(text, from);
    while (from < n && !needs[text[from]]) ++from;
    return from;
  };
  // One submatch buffer for every run (not an allocation per run), on the
  // stack for up to seven groups.
  std::array<re2::StringPiece, 8> small_groups;
  std::vector<re2::StringPiece> groups;
  if (re.NumberOfCapturingGroups() + 1 > 8) groups.resize(re.NumberOfCapturingGroups() + 1);
  size_t i = 0;
  while (i < n) {
    i = next_needed(i);
    if (i == n) break;
    // The run of `inside` bytes around text[i] (text[i] itself may be
    // outside: then it holds no match).
    if (!inside[text[i]]) {
      ++i;
      continue;
    }
    size_t a = i, b = i + 1;
    while (a > 0 && inside[text[a - 1]]) --a;
    while (b < n && inside[text[b]]) ++b;
    if (b - a >= min_length) {
      if (groups.empty()) {
        ForEachMatchBetween(re, text, a, b, group, fn, &small_groups);
      } else {
        ForEachMatchBetween(re, text, a, b, group, fn, &groups);
      }
    }
    i = b;
  }
}

// ForEachMatch for a pattern whose every match starts at the start of a line
// (it begins with (?m)^, the start of the text or just after a '\n'): RE2 is
// asked, anchored, only at the line starts `may_start(line_start)` lets
// through, a test the caller reads off the pattern that is true wherever a
// match can start (what follows the ^). The matches are ForEachMatch's: the
// leftmost match after the last one starts at the first line start where
// one starts, and the match RE2 finds anchored there is the one the
// unanchored search finds. tests/detection_machinery_test.cc holds the two
// equal (the same self-check as ForEachMatchInRuns). With `group` 0 only
// the whole match is found (fn's groups beyond the first are not filled).
template <typename Pred, typename Fn>
void ForEachMatchAtLineStarts(const RE2& re, std::string_view text, int group, Pred&& may_start, Fn&& fn) {
  if (RunsSelfCheck()) {
    CheckSameMatches(re, text, group,
                     [&](SpanList& lines) { ForEachMatchAtLineStarts(re, text, group, may_start, lines); });
  }
  if (!MayMatch(re, text)) return;
  const int n = re.NumberOfCapturingGroups() + 1;
  std::array<re2::StringPiece, 8> small_groups;
  std::vector<re2::StringPiece> big_groups;
  if (n > 8) big_groups.resize(static_cast<size_t>(n));
  re2::StringPiece* m = n > 8 ? big_groups.data() : small_groups.data();
  re2::StringPiece all(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size()) {
    // The first line start at or after pos.
    if (pos > 0 && text[pos - 1] != '\n') {
      const void* nl = pos < text.size() ? std::memchr(text.data() + pos, '\n', text.size() - pos) : nullptr;
      if (nl == nullptr) break;
      pos = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    }
    re2::StringPiece whole;
    if (!may_start(pos) || !re.Match(all, pos, text.size(), RE2::ANCHOR_START, &whole, 1)) {
      ++pos;  // on to the next line
      continue;
    }
    size_t ms = static_cast<size_t>(whole.data() - text.data());
    size_t me = ms + whole.size();
    if (group > 0 && !re.Match(all, ms, me, RE2::ANCHOR_BOTH, m, n)) {
      if (!re.Match(all, ms, text.size(), RE2::ANCHOR_START, m, n)) break;
    } else if (group == 0) {
      m[0] = whole;  // (the groups are not read: a submatch search a match)
    }
    const re2::StringPiece& g = m[group];
    if (g.data() != nullptr) {
      size_t start = static_cast<size_t>(g.data() - text.data());
      fn(start, start + g.size(), m);
    }
    size_t next = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
    pos = next > pos ? next : pos + 1;
  }
}

// Options for the recognizers' patterns: UTF-8 text (so \p{Lu} and \x{A0}
// mean code points, not Latin-1 bytes), a generous memory budget, and no
// logging of bad patterns (they are compiled once, from literals).
inline RE2::Options Latin1Off() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_max_mem(64 << 20);
  o.set_log_errors(false);
  return o;
}

}  // namespace dsar

#endif  // DSAR_PIPELINE_RE2_UTIL_H_
