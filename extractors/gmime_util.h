// GMime handles under RAII and small string helpers shared by the email and
// mailbox extractors. Private to extractors/.
#ifndef DSAR_EXTRACTORS_GMIME_UTIL_H_
#define DSAR_EXTRACTORS_GMIME_UTIL_H_

#include <gmime/gmime.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>

#include "pipeline/model/unicode.h"

namespace dsar::extractors {

struct GObjectUnref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFreeDeleter {
  void operator()(char* p) const { g_free(p); }
};

struct ParserOptionsDeleter {
  void operator()(GMimeParserOptions* p) const {
    if (p) g_mime_parser_options_free(p);
  }
};

inline void InitGMimeOnce() {
  static bool done = [] {
    g_mime_init();
    return true;
  }();
  (void)done;
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
inline std::string TruncateUtf8(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// A header value as one line of valid UTF-8: control characters (injected
// line breaks included) become spaces, runs of spaces collapse.
inline std::string OneLine(const char* raw) {
  if (!raw) return std::string();
  std::string s = SanitizeUtf8(raw);
  std::string out;
  bool space = false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// A part's file name safe inside a location string: no '#' (it separates
// parts), no control characters, at most 100 bytes; path separators become
// '_' unless `keep_slashes` (archive members keep their folders).
inline std::string PartFileName(const std::string& name, bool keep_slashes = false) {
  std::string out;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    bool bad = c == '#' || u < 0x20 || u == 0x7f || (!keep_slashes && (c == '/' || c == '\\'));
    out += bad ? '_' : c;
  }
  out = TruncateUtf8(out, keep_slashes ? 200 : 100);
  if (out.empty() || out == "." || out == "..") out = "unnamed";
  return out;
}

inline std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_GMIME_UTIL_H_
