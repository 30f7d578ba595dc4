// RE2 helpers shared by the recognizers (private to pipeline/).
#ifndef DSAR_PIPELINE_RE2_UTIL_H_
#define DSAR_PIPELINE_RE2_UTIL_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace dsar {

// False if `re` matches nowhere in `text`; true if it may (or cannot be
// screened). One RE2::Set pass over a text answers for every pattern asked
// about (pipeline/pattern_screen.cc): the recognizers' patterns each used to
// be a pass over the whole document, and most do not occur in most
// documents. Exact: false only when RE2 itself would find no match.
bool MayMatch(const RE2& re, std::string_view text);

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
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn) {
  if (!MayMatch(re, text)) return;
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> m(n);
  re2::StringPiece all(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size()) {
    re2::StringPiece whole;
    if (!re.Match(all, pos, text.size(), RE2::UNANCHORED, &whole, 1)) break;
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
