#include "unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "ascii_bytes.h"

namespace dsar {
namespace {

// Appends the folded form of code point `c` to `out`, by ICU (slow: a
// normaliser call and a UnicodeString per code point).
void AppendFoldedByIcu(UChar32 c, std::string* out) {
  static const icu::Normalizer2* nfkd = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKDInstance(status);
  }();
  icu::UnicodeString s(c);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfkd ? nfkd->normalize(s, status) : s;
  if (U_FAILURE(status)) decomposed = s;
  decomposed.foldCase();
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 d = decomposed.char32At(i);
    i += U16_LENGTH(d);
    int8_t type = static_cast<int8_t>(u_charType(d));
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;
    // Typographic apostrophes and dashes match their ASCII forms.
    if (d == 0x2019 || d == 0x2018 || d == 0x02BC) d = '\'';
    if (d == 0x2010 || d == 0x2011 || d == 0x2013 || d == 0x2014) d = '-';
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, d, error);
    if (!error) out->append(buf, len);
  }
}

// Appends the folded form of code point `c` to `out`. Code points up to
// U+20FF (Latin, Greek, Cyrillic, Hebrew, Arabic..., typographic quotes,
// dashes and spaces, currency signs) come from a table built once with ICU:
// folding runs over every document, and ICU per code point dominated it.
void AppendFolded(UChar32 c, std::string* out) {
  constexpr UChar32 kFirst = 0x80, kEnd = 0x2100;
  static const std::vector<std::string>* table = [] {
    auto* t = new std::vector<std::string>(kEnd - kFirst);
    for (UChar32 k = kFirst; k < kEnd; ++k) AppendFoldedByIcu(k, &(*t)[k - kFirst]);
    return t;
  }();
  if (c >= kFirst && c < kEnd) {
    out->append((*table)[c - kFirst]);
  } else {
    // Symbols, CJK, emoji...: ICU once per code point and thread.
    thread_local std::unordered_map<UChar32, std::string> memo;
    auto it = memo.find(c);
    if (it == memo.end()) {
      std::string f;
      AppendFoldedByIcu(c, &f);
      if (memo.size() > 65536) memo.clear();
      it = memo.emplace(c, std::move(f)).first;
    }
    out->append(it->second);
  }
}

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

void FoldedText::Grow(size_t n) {
  if (n <= capacity_) return;
  if (capacity_ > 0) n = std::max(n, capacity_ + capacity_ / 2);
  folded_.resize(n);
  auto s = std::make_unique_for_overwrite<size_t[]>(n);
  auto e = std::make_unique_for_overwrite<size_t[]>(n);
  if (capacity_ > 0) {
    std::copy(starts_.get(), starts_.get() + capacity_, s.get());
    std::copy(ends_.get(), ends_.get() + capacity_, e.get());
  }
  starts_ = std::move(s);
  ends_ = std::move(e);
  capacity_ = n;
}

FoldedText::FoldedText(std::string_view original) {
  // Sized for the common case of one folded byte per source byte and written
  // by index (this runs over every document); grown if folding expands.
  size_t k = 0;
  Grow(original.size() + 1);
  auto emit = [&](char ch, size_t begin, size_t end) {
    if (k == capacity_) Grow(2 * k + 16);
    folded_[k] = ch;
    starts_[k] = begin;
    ends_[k] = end;
    ++k;
  };
  const char* s = original.data();
  int32_t length = static_cast<int32_t>(original.size());
  bool last_space = true;  // also trims leading whitespace
  std::string expanded;
  for (int32_t i = 0; i < length;) {
    // ASCII fast path, a run at a time through raw pointers: folding is
    // lower-casing, and most text is ASCII. A run emits at most one byte
    // per source byte, so room for the rest of the text is made once.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      Grow(k + static_cast<size_t>(length - i));
      char* f = folded_.data();
      size_t* st = starts_.get();
      size_t* en = ends_.get();
      // Each ASCII byte folded by table: lower case, white space to ' '.
      static constexpr auto kAsciiFold = [] {
        std::array<char, 128> t{};
        for (int b = 0; b < 128; ++b) {
          bool space = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
          t[b] = space ? ' ' : static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        return t;
      }();
      // A size_t index, one branch for the common (non-space) byte.
      size_t j = static_cast<size_t>(i);
      const size_t len = static_cast<size_t>(length);
      bool ascii = true;
      while (ascii && j < len) {
        // Eight bytes at once when they fold one to one: ASCII, no two
        // white-space bytes (' ', '\t'..'\r', as kAsciiFold) in a row and
        // none after the last one kept. Each byte then stays itself, is
        // lower-cased or (white space) becomes ' ', and maps to its own
        // offset. Most text is such runs of words, single spaces and
        // single line ends.
        if (j + 8 <= len) {
          using namespace ascii_bytes;
          uint64_t x;
          std::memcpy(&x, s + j, 8);
          // The high bit of each white-space byte, exactly (InRange is
          // exact per byte for bytes < 0x80, and no other byte is let in).
          const uint64_t lo = x & kLow7;
          const uint64_t spaces = InRange(lo, ' ', ' ') | InRange(lo, '\t', '\r');
          if ((x & kHigh) == 0 && (spaces & (spaces << 8)) == 0 && !(last_space && (spaces & 0x80) != 0)) {
            const uint64_t space_bytes = (spaces >> 7) * 0xFF;
            const uint64_t lower = (LowerAscii(x) & ~space_bytes) | (kEach * ' ' & space_bytes);
            std::memcpy(f + k, &lower, 8);
            for (size_t t = 0; t < 8; ++t) {
              st[k + t] = j + t;
              en[k + t] = j + t + 1;
            }
            k += 8;
            j += 8;
            last_space = (spaces >> 63) != 0;
            continue;
          }
        }
        // Otherwise these eight bytes (or the rest) one at a time.
        const size_t stop = std::min(len, j + 8);
        while (j < stop) {
          const unsigned char b = static_cast<unsigned char>(s[j]);
          if (b >= 0x80) {
            ascii = false;
            break;
          }
          const char folded = kAsciiFold[b];
          if (folded != ' ') {
            f[k] = folded;
            st[k] = j;
            en[k] = j + 1;
            ++k;
            last_space = false;
          } else if (!last_space) {
            f[k] = ' ';
            st[k] = j;
            en[k] = j + 1;
            ++k;
            last_space = true;
          }
          ++j;
        }
      }
      i = static_cast<int32_t>(j);
      continue;
    }
    int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (u_isUWhiteSpace(c)) {
      if (!last_space) emit(' ', static_cast<size_t>(begin), static_cast<size_t>(i));
      last_space = true;
    } else {
      expanded.clear();
      AppendFolded(c, &expanded);
      for (char ch : expanded) emit(ch, static_cast<size_t>(begin), static_cast<size_t>(i));
      last_space = false;
    }
  }
  folded_.resize(k);
}

std::string FoldForMatch(std::string_view s) {
  // The same folding as FoldedText without its offset maps: detection folds
  // every word it looks at. ASCII is written by index through a local
  // pointer (at most one byte per source byte) and cut to length, eight
  // bytes at a time where none is white space, a control byte or
  // non-ASCII (they are only lower-cased); from the first non-ASCII byte
  // on, FoldedText's loop appends (a FoldedText here allocated and filled
  // both maps for every word with an accent or a curly apostrophe), with
  // the same state: a code point folding to nothing (a combining mark)
  // still ends a run of white space.
  const size_t n = s.size();
  std::string out;
  out.resize(n);
  char* d = out.data();
  size_t k = 0;
  size_t i = 0;
  bool last_space = true;
  bool ascii = true;
  while (ascii && i < n) {
    if (i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      // No byte >= 0x80 or < 0x21 (no white space, no control byte).
      if (ascii_bytes::NonAsciiOrBelow(x, 0x21) == 0) {
        const uint64_t lower = ascii_bytes::LowerAscii(x);
        std::memcpy(d + k, &lower, 8);
        k += 8;
        i += 8;
        last_space = false;
        continue;
      }
    }
    const size_t stop = std::min(n, i + 8);
    for (; i < stop; ++i) {
      const char ch = s[i];
      if (static_cast<unsigned char>(ch) >= 0x80) {
        ascii = false;
        break;
      }
      if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
        if (!last_space) d[k++] = ' ';
        last_space = true;
      } else {
        d[k++] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
        last_space = false;
      }
    }
  }
  out.resize(k);
  if (!ascii) {
    const char* p = s.data();
    const int32_t length = static_cast<int32_t>(n);
    for (int32_t j = static_cast<int32_t>(i); j < length;) {
      const unsigned char b = static_cast<unsigned char>(p[j]);
      if (b < 0x80) {
        if (b == ' ' || (b >= '\t' && b <= '\r')) {
          if (!last_space) out += ' ';
          last_space = true;
        } else {
          out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
          last_space = false;
        }
        ++j;
        continue;
      }
      UChar32 c;
      U8_NEXT(p, j, length, c);
      if (c < 0) c = 0xFFFD;
      if (u_isUWhiteSpace(c)) {
        if (!last_space) out += ' ';
        last_space = true;
      } else {
        AppendFolded(c, &out);
        last_space = false;
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsWholeWordAt(std::string_view folded, size_t pos, size_t len) {
  if (pos > 0 && IsWordByte(static_cast<unsigned char>(folded[pos - 1]))) return false;
  size_t end = pos + len;
  if (end < folded.size() && IsWordByte(static_cast<unsigned char>(folded[end]))) return false;
  return true;
}

std::vector<size_t> FindWholeWord(std::string_view haystack, std::string_view needle) {
  std::vector<size_t> hits;
  if (needle.empty()) return hits;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    if (IsWholeWordAt(haystack, pos, needle.size())) hits.push_back(pos);
  }
  return hits;
}

std::string NormalizeLineEnds(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > start) out.emplace_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  const char* p = s.data();
  int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string SanitizeUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);  // the usual case: one copy, not one append a character
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    int32_t begin = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(p + begin, i - begin);
    }
  }
  return out;
}

Result<std::string> ToUtf8(std::string_view bytes, std::string_view charset,
                           std::string* detected) {
  std::string name(charset);
  std::string_view body = bytes;
  if (name.empty()) {
    if (body.substr(0, 3) == "\xEF\xBB\xBF") {
      name = "UTF-8";
      body.remove_prefix(3);
    } else if (body.substr(0, 2) == "\xFF\xFE") {
      name = "UTF-16LE";
      body.remove_prefix(2);
    } else if (body.substr(0, 2) == "\xFE\xFF") {
      name = "UTF-16BE";
      body.remove_prefix(2);
    } else if (IsValidUtf8(body)) {
      name = "UTF-8";
    } else {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                     &ucsdet_close);
      if (U_SUCCESS(status)) {
        size_t sample = std::min<size_t>(body.size(), 1 << 20);
        ucsdet_setText(det.get(), body.data(), static_cast<int32_t>(sample), &status);
        const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
        if (U_SUCCESS(status) && match) {
          const char* n = ucsdet_getName(match, &status);
          int32_t confidence = ucsdet_getConfidence(match, &status);
          if (U_SUCCESS(status) && n && confidence >= 30) name = n;
        }
      }
      // ISO-8859-1 guesses are almost always windows-1252 in practice.
      if (name.empty() || name == "ISO-8859-1") name = "windows-1252";
    }
  }
  if (detected) *detected = name;
  if (name == "UTF-8" || name == "utf-8" || name == "us-ascii" || name == "US-ASCII") {
    return SanitizeUtf8(body);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.c_str(), &status),
                                                         &ucnv_close);
  if (U_FAILURE(status)) {
    return Status::Unsupported("unknown character set '" + name + "'");
  }
  icu::UnicodeString u(body.data(), static_cast<int32_t>(body.size()), conv.get(), status);
  if (U_FAILURE(status)) {
    return Status::Corrupt("cannot decode text as " + name);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace dsar
