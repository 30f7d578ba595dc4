// Columns of plain-text tables named by their header: class lists, registers
// and mark sheets written with aligned columns or '|' separators.
//
//   SURNAME      FORENAME(S)     DOB          HOUSE
//   HABTE        MEBRAHTU JAMES  17/08/2009   TURING
//
// A cell under a name header (Surname, Forename(s), Name, Pupil...) is a
// person's name whatever the gazetteers say of it, and a date under a date
// of birth header is a date of birth. The table runs from its header to the
// first blank line or line that is not laid out in columns.
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/model/ascii_bytes.h"
#include "pipeline/model/unicode.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

namespace dsar {
namespace {

struct Cell {
  size_t start = 0, end = 0;  // bytes in the document
  size_t col = 0;             // display column (code points from line start)
  size_t seg = 0;             // '|' before it on its line
};

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first ' ', '|' or tab of `line` at or after `i`, or line.size():
// eight bytes at a time (exact per byte: ASCII bytes only), then one by one.
size_t NextCellMark(std::string_view line, size_t i) {
  using namespace ascii_bytes;
  const size_t n = line.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, line.data() + i, 8);
    const uint64_t lo = x & kLow7;
    const uint64_t marks = (InRange(lo, ' ', ' ') | InRange(lo, '|', '|') | InRange(lo, '\t', '\t')) & ~x;
    if (marks != 0) return i + static_cast<size_t>(std::countr_zero(marks) >> 3);
  }
  while (i < n && line[i] != ' ' && line[i] != '|' && line[i] != '\t') ++i;
  return i;
}

// Splits a line into cells separated by '|', a tab or two or more spaces.
// `pipes` says whether '|' separated them.
// Into `cells` (cleared first: the caller's buffer is reused row after row).
void SplitCells(std::string_view text, size_t line_start, size_t line_end, bool* pipes, std::vector<Cell>* out) {
  std::vector<Cell>& cells = *out;
  cells.clear();
  std::string_view line = text.substr(line_start, line_end - line_start);
  *pipes = line.find('|') != std::string_view::npos;
  size_t i = 0, seg = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '|' || line[i] == '\t')) seg += line[i++] == '|';
    if (i >= line.size()) break;
    size_t s = i;
    while (i < line.size()) {
      i = NextCellMark(line, i);  // the next ' ', '|' or tab
      if (i >= line.size()) break;
      char c = line[i];
      if (c == '|' || c == '\t') break;
      if (c == ' ' && i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '|')) break;
      ++i;
    }
    size_t e = i;
    while (e > s && line[e - 1] == ' ') --e;
    if (e > s) cells.push_back({line_start + s, line_start + e, CodePoints(line.substr(0, s)), seg});
  }
}

// Splits a tab- or comma-separated line into its cells, strictly: empty
// cells are kept (start == end) so cells line up with the header by index.
// With ',' a cell in double quotes may hold commas ("Okafor, Chiamaka").
// Into `cells`, cleared first, as SplitCells.
void SplitDelimited(std::string_view text, size_t line_start, size_t line_end, char delim, std::vector<Cell>* out) {
  std::vector<Cell>& cells = *out;
  cells.clear();
  size_t i = line_start;
  while (true) {
    size_t s = i, e;
    if (delim == ',' && i < line_end && text[i] == '"') {
      size_t q = text.find('"', i + 1);
      if (q == std::string_view::npos || q >= line_end) q = line_end;
      s = i + 1;
      e = q;
      i = q < line_end ? q + 1 : line_end;
      while (i < line_end && text[i] != delim) ++i;
    } else {
      while (i < line_end && text[i] != delim) ++i;
      e = i;
    }
    while (s < e && (text[s] == ' ' || text[s] == '\r')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
    cells.push_back({s, e, cells.size(), cells.size()});
    if (i >= line_end) break;
    ++i;  // the delimiter
  }
}

// The delimiter of a tab- or comma-separated header line, or 0 for a table
// laid out in aligned columns.
char DelimiterOf(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return '\t';
  if (line.find(',') != std::string_view::npos && line.find("  ") == std::string_view::npos) return ',';
  return 0;
}

// Every cell at most three words and 30 bytes.
bool ShortLabels(std::string_view text, const std::vector<Cell>& cells) {
  for (const Cell& c : cells) {
    std::string_view v = text.substr(c.start, c.end - c.start);
    if (v.size() > 30 || std::count(v.begin(), v.end(), ' ') > 2) return false;
  }
  return true;
}

enum class ColumnKind { kOther, kName, kDateOfBirth, kNhs, kInitials, kAddress };

const char* const kName[] = {"surname", "forename", "forenames", "forename(s)", "first name",
                            "first names", "last name", "family name", "given name",
                            "given names", "name", "full name", "pupil", "pupil name",
                            "student", "student name", "child", "child's name", "learner",
                            "legal surname", "legal forename(s)", "legal forename", "legal forenames",
                            "first name(s)", "preferred surname", "preferred forename",
                            "display name", "candidate", "candidate name", "guest", "guest name",
                            "volunteer", "volunteer name", "parent name", "player", "player name",
                            "child/class", "child / class", "child/year", "child (year)", "child's name/class",
                            "mentor", "mentee", "buddy", "parent/carer", "parent / carer", "parent/guardian",
                            "parent/carer signature", "parent signature", "member", "participant", "attendee", "contact name", "emergency contact",
                            "signed by", "trainee", "uk pupil", "partner pupil", "host parent", "host",
                            "exchange partner", "referee", "employee", "applicant", "claimant", "patient"};
const char* const kDob[] = {"dob", "d.o.b.", "d.o.b", "date of birth", "birth date", "born",
                           "birthdate", "date of birth (dd/mm/yyyy)"};
const char* const kNhsHeaders[] = {"nhs", "nhs number", "nhs no", "nhs no.", "nhs num"};
const char* const kAddressHeaders[] = {"address", "home address", "postal address", "address line 1",
                                       "address 1", "street address", "pupil address", "contact address"};
// Columns of staff initials: "Tutor  AB".
const char* const kStaff[] = {"tutor", "form tutor", "teacher", "staff", "initials",
                              "staff initials", "key worker", "keyworker", "taken by", "logged by",
                              "set by", "checked by", "on duty", "invigilator"};

ColumnKind KindOfHeaderOnly(std::string_view cell);

// "Mentor (Y12)", "Pupil (surname first)": a header with a note in
// brackets after it is the header before them.
ColumnKind KindOfHeader(std::string_view cell) {
  const ColumnKind kind = KindOfHeaderOnly(cell);
  if (kind != ColumnKind::kOther || cell.empty() || cell.back() != ')') return kind;
  const size_t open = cell.rfind(" (");
  if (open == std::string_view::npos || open == 0) return kind;
  return KindOfHeaderOnly(cell.substr(0, open));
}

ColumnKind KindOfHeaderOnly(std::string_view cell) {
  // One lookup per cell (every cell of every line that may be a header),
  // not a comparison with each header; a header in two lists is the first
  // list's.
  static const std::unordered_map<std::string_view, ColumnKind>* kKinds = [] {
    auto* m = new std::unordered_map<std::string_view, ColumnKind>();
    for (const char* k : kName) m->emplace(k, ColumnKind::kName);
    for (const char* k : kDob) m->emplace(k, ColumnKind::kDateOfBirth);
    for (const char* k : kNhsHeaders) m->emplace(k, ColumnKind::kNhs);
    for (const char* k : kAddressHeaders) m->emplace(k, ColumnKind::kAddress);
    for (const char* k : kStaff) m->emplace(k, ColumnKind::kInitials);
    return m;
  }();
  // The first letter of every header, lower case: a cell starting with any
  // other ASCII letter or digit folds to no header (folding an ASCII first
  // byte only lower-cases it), without folding and hashing it. Cells
  // starting with anything else are folded as ever.
  static const std::array<bool, 128> kFirst = [] {
    std::array<bool, 128> t{};
    auto add = [&](const char* h) { t[static_cast<unsigned char>(h[0]) & 0x7F] = true; };
    for (const char* h : kName) add(h);
    for (const char* h : kDob) add(h);
    for (const char* h : kNhsHeaders) add(h);
    for (const char* h : kAddressHeaders) add(h);
    for (const char* h : kStaff) add(h);
    return t;
  }();
  if (!cell.empty()) {
    const unsigned char c = static_cast<unsigned char>(cell[0]);
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (alnum && !kFirst[c >= 'A' && c <= 'Z' ? c + 32 : c]) return ColumnKind::kOther;
  }
  // A cell of printable ASCII with single spaces inside and none at its
  // ends folds to itself lower-cased: that on the stack (longer than every
  // header: none), not a FoldForMatch string per cell.
  static const size_t kLongest = [] {
    size_t m = 0;
    for (const auto& [k, v] : *kKinds) m = std::max(m, k.size());
    return m;
  }();
  bool plain = !cell.empty() && cell.front() != ' ' && cell.back() != ' ';
  for (size_t k = 0; plain && k < cell.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(cell[k]);
    plain = c > ' ' ? c < 0x7F : c == ' ' && cell[k - 1] != ' ';
  }
  char f[64];
  if (plain && cell.size() > kLongest) return ColumnKind::kOther;
  if (plain && cell.size() <= sizeof f) {
    for (size_t k = 0; k < cell.size(); ++k) {
      const char c = cell[k];
      f[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    auto it = kKinds->find(std::string_view(f, cell.size()));
    return it == kKinds->end() ? ColumnKind::kOther : it->second;
  }
  auto it = kKinds->find(FoldForMatch(cell));
  return it == kKinds->end() ? ColumnKind::kOther : it->second;
}

// False if no cell of the line can be a header. A cell is one when its
// folded text equals a header of kName, kDob, kNhsHeaders, kAddressHeaders or kStaff, so in an ASCII line (where
// folding only lower-cases, trims and turns white space into single spaces)
// the first word of that header starts right after the line start, a cell
// separator or white space, in any case. Lines with other characters are
// not judged. This skips splitting into cells and folding each cell for
// nearly every line.
bool MayBeHeaderLine(std::string_view line) {
  struct FirstWords {
    std::vector<std::string> by_first[128];  // lower case, by first byte
    // The first two bytes of each word (lower case, each < 0x80): most
    // word starts of a line are ruled out by this one lookup.
    std::bitset<128 * 128> first_two;
    bool one_byte[128] = {};  // a word of one byte starts so
  };
  static const FirstWords* kWords = [] {
    auto* f = new FirstWords();
    auto add = [&](std::string_view h) {
      std::string w(h.substr(0, h.find(' ')));
      auto& list = f->by_first[static_cast<unsigned char>(w[0]) & 0x7F];
      if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);
      const unsigned char c0 = static_cast<unsigned char>(w[0]) & 0x7F;
      if (w.size() == 1) {
        f->one_byte[c0] = true;
      } else {
        f->first_two.set(c0 * 128 + (static_cast<unsigned char>(w[1]) & 0x7F));
      }
    };
    for (const char* h : kName) add(h);
    for (const char* h : kDob) add(h);
    for (const char* h : kNhsHeaders) add(h);
    for (const char* h : kAddressHeaders) add(h);
    for (const char* h : kStaff) add(h);
    return f;
  }();
  auto lower = [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  // Cell separators of aligned, piped, tab- and comma-separated tables (a
  // quoted cell starts after its quote), by table: asked of every byte.
  static constexpr auto kGap = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view(" |\t,\"\r\v\f\n")) t[c] = true;
    return t;
  }();
  // Does a header word start at i (after a gap)?
  auto word_at = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    // (A word of two or more bytes needs its second byte: < 0x80 here, or
    // the line is judged by it.)
    if (!(kWords->one_byte[static_cast<unsigned char>(lower(c))] ||
          (i + 1 < line.size() && (static_cast<unsigned char>(line[i + 1]) >= 0x80 ||
                                   kWords->first_two[static_cast<unsigned char>(lower(c)) * 128 +
                                                     static_cast<unsigned char>(lower(static_cast<unsigned char>(line[i + 1])))])))) {
      return false;
    }
    for (const std::string& w : kWords->by_first[static_cast<unsigned char>(lower(c))]) {
      if (line.size() - i < w.size()) continue;
      size_t k = 0;
      while (k < w.size() && lower(static_cast<unsigned char>(line[i + k])) == w[k]) ++k;
      if (k == w.size()) return true;
    }
    return false;
  };
  // True if a byte is not ASCII or a header word starts after a gap (at the
  // line start or after a separator): eight bytes at a time, the gaps by
  // mask and only the places after one looked at (those that are no gap
  // themselves, unless a header word starts with a gap byte); the last
  // bytes one by one.
  static const bool kGapStarts = [] {
    for (int c = 0; c < 128; ++c) {
      if (!kGap[static_cast<unsigned char>(c)]) continue;
      if (kWords->one_byte[c]) return true;
      for (int d = 0; d < 128; ++d) {
        if (kWords->first_two[static_cast<size_t>(c * 128 + d)]) return true;
      }
    }
    return false;
  }();
  using namespace ascii_bytes;
  const size_t n = line.size();
  size_t i = 0;
  uint64_t gap_before = 0x80;  // the line start counts as after a gap
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, line.data() + i, 8);
    if ((x & kHigh) != 0) return true;
    const uint64_t gap = InRange(x, '\t', '\r') | InRange(x, ' ', ' ') | InRange(x, '|', '|') |
                         InRange(x, ',', ',') | InRange(x, '"', '"');
    uint64_t starts = ((gap << 8) | gap_before) & (kGapStarts ? kHigh : ~gap & kHigh);
    while (starts != 0) {
      if (word_at(i + static_cast<size_t>(std::countr_zero(starts) >> 3))) return true;
      starts &= starts - 1;
    }
    gap_before = gap >> 56;
  }
  bool after_gap = gap_before != 0;
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80) return true;
    if (after_gap && word_at(i)) return true;
    after_gap = kGap[c];
  }
  return false;
}

class TableColumnRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "table-column"; }

  void Find(const Document& doc, std::vector<Hit>* out) const override {
    const std::string& text = doc.text;
    // Cheap gate: no header word, no table of ours.
    static const RE2 gate(R"((?i)(surname|forename|name|pupil|student|child|learner|dob|d\.o\.b|date of birth|birth date|born|nhs|tutor|teacher|staff|initials|address|candidate|guest|volunteer|player|set by|checked by|on duty|invigilator|mentor|mentee|buddy|parent|signature|member|participant|attendee|contact name|emergency contact|signed by|trainee|host|exchange partner|referee|employee|applicant|claimant|patient))");
    if (!Occurs(gate, text)) return;
    static const RE2 date(
        R"(^(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \-](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ \-]\d{4})$)");
    static const RE2 initials(R"(^[A-Z]{2,3}$)");
    // (A full stop only after a last word of one letter: "Rafiqa O.")
    static const RE2 name_cell(R"(^[\p{L}][\p{L}\p{M}'’\-]*(?:,? [\p{L}][\p{L}\p{M}'’\-]*){0,3}(?:,? [\p{L}][\p{L}\p{M}'’\-]*|,? \p{Lu}\.)?$)");

    std::vector<std::pair<size_t, size_t>> lines;
    {
      // Lines end at '\n' or '\f': the next of each found by memchr (the
      // next form feed only once passed, as it is rare), not a byte loop.
      // (find_first_of calls memchr on its set for every byte.)
      const char* d = text.data();
      const size_t n = text.size();
      auto next = [&](char c, size_t from) {
        const void* p = from < n ? std::memchr(d + from, c, n - from) : nullptr;
        return p == nullptr ? n : static_cast<size_t>(static_cast<const char*>(p) - d);
      };
      size_t ff = next('\f', 0);
      for (size_t s = 0; s <= n;) {
        if (ff < s) ff = next('\f', s);
        const size_t e = std::min(next('\n', s), ff);
        lines.push_back({s, e});
        s = e + 1;
      }
    }
    // Cells of the header, of the line before it and of the current row:
    // buffers reused line after line.
    std::vector<Cell> header, previous, row;
    for (size_t li = 0; li < lines.size(); ++li) {
      if (!MayBeHeaderLine(std::string_view(text).substr(lines[li].first, lines[li].second - lines[li].first))) {
        continue;
      }
      bool pipes = false;
      const char delim =
          DelimiterOf(std::string_view(text).substr(lines[li].first, lines[li].second - lines[li].first));
      if (delim) {
        SplitDelimited(text, lines[li].first, lines[li].second, delim, &header);
      } else {
        SplitCells(text, lines[li].first, lines[li].second, &pipes, &header);
      }
      if (header.size() < 2) continue;
      // A comma-separated header is a row of short labels, not a sentence
      // with commas ("Name, class and date of birth are on the form.").
      if (delim == ',' && !ShortLabels(text, header)) continue;
      std::vector<ColumnKind> kinds;
      bool any = false;
      for (const Cell& c : header) {
        kinds.push_back(KindOfHeader(std::string_view(text).substr(c.start, c.end - c.start)));
        any = any || kinds.back() != ColumnKind::kOther;
      }
      if (!any) continue;
      // A row of a table whose header is not one of ours ("bhardy | Behnam
      // Hardy | Student | 7" under "Username | Display name | Role |
      // Year") is no header, though a cell of it is a header word: the line
      // before it is cut into as many cells by the same marks.
      if (li > 0 && (delim || pipes)) {
        bool previous_pipes = false;
        if (delim) {
          SplitDelimited(text, lines[li - 1].first, lines[li - 1].second, delim, &previous);
        } else {
          SplitCells(text, lines[li - 1].first, lines[li - 1].second, &previous_pipes, &previous);
        }
        if (previous.size() == header.size() && (delim || previous_pipes)) continue;
      }
      // Rows until a blank line or a line not in columns.
      size_t lj = li + 1;
      for (; lj < lines.size(); ++lj) {
        bool row_pipes = false;
        if (delim) {
          SplitDelimited(text, lines[lj].first, lines[lj].second, delim, &row);
        } else {
          SplitCells(text, lines[lj].first, lines[lj].second, &row_pipes, &row);
        }
        if (row.size() < 2) break;
        // Delimited rows line up with the header by index; a row with more
        // (non-empty) cells than the header is not read (but does not end
        // the table).
        if (delim && row.size() > header.size()) {
          bool extra = false;
          for (size_t k = header.size(); k < row.size(); ++k) extra = extra || row[k].end > row[k].start;
          if (extra) continue;
        }
        // Skip rule lines ("----|----"); an empty first cell (",07700
        // 900717,M,...": no preferred name) is no rule.
        std::string_view first(text.data() + row[0].start, row[0].end - row[0].start);
        if (!first.empty() && first.find_first_not_of("-=_+: ") == std::string_view::npos) continue;
        for (size_t k = 0; k < row.size(); ++k) {
          size_t h = delim ? k : ColumnOf(header, row, k, pipes && row_pipes);
          if (h >= header.size() || kinds[h] == ColumnKind::kOther || row[k].end == row[k].start) continue;
          std::string_view cell(text.data() + row[k].start, row[k].end - row[k].start);
          if (kinds[h] == ColumnKind::kAddress) {
            // "Honeysuckle Cottage, Malt Kiln Lane, Southall", "62a Canal
            // Side, Leyton": a cell with a house number or a comma.
            if (cell.size() >= 6 && (cell.find(',') != std::string_view::npos ||
                                     cell.find_first_of("0123456789") != std::string_view::npos)) {
              out->push_back(Hit{row[k].start, row[k].end, "ADDRESS", std::string(cell), FoldForMatch(cell),
                                 std::string(name()), 0.85, "Address in an address column"});
            }
          } else if (kinds[h] == ColumnKind::kNhs) {
            if (IsValidNhsNumber(cell)) {
              out->push_back(Hit{row[k].start, row[k].end, "NHS_NUMBER", std::string(cell),
                                 StripSpaces(std::string(cell)), std::string(name()), 0.95,
                                 "NHS number (valid check digit) in an NHS number column"});
            }
          } else if (kinds[h] == ColumnKind::kInitials) {
            if (RE2::FullMatch(cell, initials)) {
              out->push_back(Hit{row[k].start, row[k].end, "PERSON", std::string(cell), std::string(cell),
                                 std::string(name()), 0.8, "Initials in a column of staff"});
            }
          } else if (kinds[h] == ColumnKind::kDateOfBirth) {
            if (RE2::FullMatch(cell, date)) {
              out->push_back(Hit{row[k].start, row[k].end, "DATE_OF_BIRTH", std::string(cell),
                                 std::string(cell), std::string(name()), 0.85, "Date in a date-of-birth column"});
            } else if (OcrRepair r = RepairOcrDigits(cell);
                       r.changed && r.text.size() == cell.size() && RE2::FullMatch(r.text, date) &&
                       std::count(r.substituted.begin(), r.substituted.end(), 1) <= 2) {
              // A date damaged by OCR: "10/06/2O12", "0S/0S/2012".
              out->push_back(Hit{row[k].start, row[k].end, "DATE_OF_BIRTH", std::string(cell), r.text,
                                 std::string(name()), 0.8,
                                 "Date in a date-of-birth column (read through OCR damage)"});
            }
          } else if (const std::string_view person = WithoutNote(cell.substr(0, WithoutYearGroup(cell)));
                     RE2::FullMatch(person, name_cell) && !LooksLikeProse(person) &&
                     !IsHeaderText(text, header, person)) {
            // (A year group after a child's name, "Zuzana Rec" or "Kamau Y4"
            // under "Child/class", is not part of it.)
            const size_t person_end = row[k].start + person.size();
            // "Surname, Given" is two names: one span each, as the other
            // recognizers write them.
            size_t comma = person.find(", ");
            std::vector<std::pair<size_t, size_t>> parts;
            if (comma == std::string_view::npos) {
              // A title is not part of the name ("Mr P Rădulescu"), as
              // everywhere else.
              size_t s = row[k].start;
              // Nor is a relation ("Mum Yashaswini", "Grandad Ghulam
              // Sakhi" under "Emergency contact").
              for (std::string_view title : {"Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Prof ", "Mum ", "Dad ",
                                             "Gran ", "Grandad ", "Grandma ", "Nan ", "Aunt ", "Auntie ",
                                             "Uncle "}) {
                if (person.size() > title.size() + 1 && person.substr(0, title.size()) == title) {
                  s += title.size();
                  break;
                }
              }
              parts.push_back({s, person_end});
            } else {
              parts.push_back({row[k].start, row[k].start + comma});
              parts.push_back({row[k].start + comma + 2, person_end});
            }
            for (auto [s, e] : parts) {
              std::string value = text.substr(s, e - s);
              out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), std::string(name()), 0.8,
                                 "Name in a column headed as names"});
            }
          }
        }
      }
      li = lj - 1;
    }
  }

 private:
  // A cell of prose ("the trip page") is not a name: no word of it is
  // capitalised and it starts with a stop word. (Lower case alone is not
  // enough: OCR turns a capital M into "rn"; and "van der Linde" is a name.)
  static bool LooksLikeProse(std::string_view cell) {
    const int32_t n = static_cast<int32_t>(cell.size());
    bool word_start = true;
    for (int32_t i = 0; i < n;) {
      UChar32 c;
      U8_NEXT(cell.data(), i, n, c);
      if (c < 0) return false;
      if (word_start && u_isupper(c)) return false;
      word_start = c == ' ' || c == '-';
    }
    const std::string first = FoldForMatch(cell.substr(0, cell.find(' ')));
    if (IsNeverAName(first)) return true;
    // A cell that sends the reader elsewhere ("see office", "ask reception").
    static const std::unordered_set<std::string_view> kPointers = {"see", "ask", "call", "ring", "contact",
                                                                   "via", "per", "refer"};
    if (kPointers.count(first) > 0) return true;
    // "none", "tbc" in a guest column: the cell says there is no one.
    static const std::unordered_set<std::string_view> kNoOne = {
        "none", "nil", "n/a", "na", "tbc", "tba", "unknown", "no", "yes", "self", "same", "other", "pending", "-"};
    return kNoOne.count(FoldForMatch(cell)) > 0;
  }
  // `cell` without a note in brackets after the name ("Gulnara
  // (receipt)", "Mehraj (Lisette's dad)").
  static std::string_view WithoutNote(std::string_view cell) {
    if (cell.empty() || cell.back() != ')') return cell;
    const size_t open = cell.find(" (");
    if (open == std::string_view::npos || open == 0) return cell;
    return cell.substr(0, open);
  }
  // The length of `cell` without a year group after the name ("Kamau Y4",
  // "Zuzana Rec", "Ola Year 10"), or its whole length if it has none.
  static size_t WithoutYearGroup(std::string_view cell) {
    // One or two ASCII digits.
    auto digits = [](std::string_view d) {
      return !d.empty() && d.size() <= 2 &&
             std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const size_t sp = cell.rfind(' ');
    if (sp == std::string_view::npos || sp == 0 || sp + 1 == cell.size()) return cell.size();
    const std::string_view last = cell.substr(sp + 1);
    size_t keep = sp;
    if (digits(last)) {
      // "Year 10": the number and the word before it.
      const size_t sp2 = cell.rfind(' ', sp - 1);
      if (sp2 == std::string_view::npos) return cell.size();
      const std::string_view word = cell.substr(sp2 + 1, sp - sp2 - 1);
      if (word != "Year" && word != "Yr") return cell.size();
      keep = sp2;
    } else if (!((last[0] == 'Y' || last[0] == 'y') && digits(last.substr(1))) && last != "Rec" &&
               last != "Reception" && last != "Nursery" && !ClassCode(last)) {
      return cell.size();
    }
    while (keep > 0 && cell[keep - 1] == ' ') --keep;
    return keep;
  }

  // A class: a year's digits and one or two capitals ("2C", "10X", "5AB").
  static bool ClassCode(std::string_view w) {
    size_t d = 0;
    while (d < w.size() && d < 2 && w[d] >= '0' && w[d] <= '9') ++d;
    if (d == 0 || w.size() - d < 1 || w.size() - d > 2) return false;
    for (size_t k = d; k < w.size(); ++k) {
      if (!(w[k] >= 'A' && w[k] <= 'Z')) return false;
    }
    return true;
  }

  // A header row repeated further down ("Pupil  Attendance" again) is not a
  // row of names.
  static bool IsHeaderText(const std::string& text, const std::vector<Cell>& header, std::string_view cell) {
    std::string f = FoldForMatch(cell);
    for (const Cell& h : header) {
      if (FoldForMatch(std::string_view(text).substr(h.start, h.end - h.start)) == f) return true;
    }
    return false;
  }

  // The header column a row's k-th cell belongs to: by position in '|'
  // tables, else the last header cell starting at or before the cell
  // (allowing two columns of slack for ragged alignment).
  static size_t ColumnOf(const std::vector<Cell>& header, const std::vector<Cell>& row, size_t k,
                         bool by_index) {
    if (by_index) {
      if (row.size() == header.size()) return k;
      // A note set apart by two spaces inside a '|' cell ("LYSENKO Jānis
      // (rest breaks)"): the cells of one '|' column belong to its header.
      // (Only in a row cut by as many '|' as the header: a row OCR broke
      // or wrapped is not read.)
      if (row.empty() || header.empty() || row.back().seg != header.back().seg) return header.size();
      for (size_t h = 0; h < header.size(); ++h) {
        if (header[h].seg == row[k].seg) return h;
      }
      return header.size();
    }
    size_t col = row[k].col;
    size_t best = header.size();
    for (size_t h = 0; h < header.size(); ++h) {
      if (header[h].col <= col + 2) best = h;
    }
    return best;
  }
};

}  // namespace

std::unique_ptr<Recognizer> NewTableColumnRecognizer() { return std::make_unique<TableColumnRecognizer>(); }

}  // namespace dsar
