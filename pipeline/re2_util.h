// RE2 helpers shared by the recognizers (private to pipeline/).
#ifndef DSAR_PIPELINE_RE2_UTIL_H_
#define DSAR_PIPELINE_RE2_UTIL_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace dsar {

// Runs `re` over `text`, calling fn(start, end, groups...) for each match of
// capture group `group` (0 = whole match). Matches see the whole text as
// context, so \b and ^ at a resumed position look at the byte before it.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn) {
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> m(n);
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                  m.data(), n)) {
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
