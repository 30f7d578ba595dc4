// Unicode helpers built on ICU: folding for matching, and encoding conversion.
#ifndef DSAR_MODEL_UNICODE_H_
#define DSAR_MODEL_UNICODE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace dsar {

// Text folded for matching: case-folded, accents removed (NFD, marks
// dropped), compatibility forms unified (NFKD), and runs of whitespace
// collapsed to one space. Keeps a map from each byte of the folded string back
// to the byte of the original it came from, so a match in folded text can be
// reported as a span of the original.
class FoldedText {
 public:
  explicit FoldedText(std::string_view original);

  const std::string& folded() const { return folded_; }
  // Original byte range covering folded bytes [begin, end).
  // REQUIRES: begin < end <= folded().size()
  size_t OriginalStart(size_t folded_begin) const { return starts_[folded_begin]; }
  size_t OriginalEnd(size_t folded_end) const { return ends_[folded_end - 1]; }

 private:
  void Grow(size_t n);

  std::string folded_;
  // Per folded byte: start and end of its source code point. Plain arrays
  // (not vectors): filled by index without zeroing first, as folding runs
  // over every document.
  std::unique_ptr<size_t[]> starts_;
  std::unique_ptr<size_t[]> ends_;
  size_t capacity_ = 0;
};

// Folds a short string (a name, a value) the same way as FoldedText.
std::string FoldForMatch(std::string_view s);

// True if folded[pos-1] and folded[pos+len] are not word characters, so the
// match at [pos, pos+len) is a whole word (or whole sequence of words).
bool IsWholeWordAt(std::string_view folded, size_t pos, size_t len);

// Every whole-word occurrence of `needle_folded` in `haystack_folded`.
std::vector<size_t> FindWholeWord(std::string_view haystack_folded,
                                  std::string_view needle_folded);

// Converts bytes in an unknown or named charset to UTF-8. When `charset` is
// empty, detects it (BOMs, valid UTF-8, then ICU's charset detector, falling
// back to windows-1252). `detected` receives the charset used.
Result<std::string> ToUtf8(std::string_view bytes, std::string_view charset,
                           std::string* detected);

// `s` with CRLF and lone CR line ends turned into LF (form feeds kept).
std::string NormalizeLineEnds(std::string_view s);

// Splits `s` on spaces, dropping empty pieces.
std::vector<std::string> SplitWords(std::string_view s);

// `s` without spaces, tabs and newlines ("LS32 6BZ" -> "LS326BZ").
std::string StripSpaces(std::string_view s);

// True if `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Appends code point `c` to `out` as UTF-8 (the caller keeps `c` valid).
void AppendUtf8(char32_t c, std::string* out);

}  // namespace dsar

#endif  // DSAR_MODEL_UNICODE_H_
