// People's names without a title in front: gazetteer evidence (given names,
// surnames) combined with capitalisation and context, and names in sign-offs.
//
// A gazetteer hit alone is not a name: thousands of names are ordinary words
// ("Will", "Grace", "Brown"). Those need stronger evidence — a second name
// word beside them, a title, a greeting, or a mention elsewhere — so "I will
// mark it in May" stays text while "Will Brown" and "Grace Oduya" are names.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pipeline/model/ascii_bytes.h"
#include "pipeline/model/unicode.h"
#include "pipeline/names.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

namespace dsar {
namespace {

struct Token {
  size_t start, end;        // the word (possessive 's removed)
  std::string_view folded;  // FoldForMatch of the word, in its TokenList's buffers
  bool capitalised;    // first letter upper case
  bool all_caps;
  bool sentence_start;
  bool initial;        // a single capital letter, optionally followed by '.'
  bool hyphen;         // `folded` holds a '-'
};

// Does `text` hold `lit` at `pos` (pos <= text.size())? What
// text.compare(pos, lit.size(), lit) == 0 says, inline: that std::string
// overload is a call into the library that measures the literal each time.
inline bool TextAt(const std::string& text, size_t pos, std::string_view lit) {
  return pos <= text.size() && text.size() - pos >= lit.size() &&
         std::memcmp(text.data() + pos, lit.data(), lit.size()) == 0;
}

// Is `f` (folded) "the", "a", "an", "our", "your" or "this"? By length
// first: no string compares for most words.
inline bool IsArticleWord(std::string_view f) {
  switch (f.size()) {
    case 1: return f[0] == 'a';
    case 2: return f[0] == 'a' && f[1] == 'n';
    case 3: return f == "the" || f == "our";
    case 4: return f == "your" || f == "this";
    default: return false;
  }
}

// Tokenize's words and the one folded copy of the text their `folded` views
// point into, so a word costs no string of its own. The views live as long
// as the list (moving it keeps them; it cannot be copied): keep the
// TokenList, not a std::vector<Token> sliced from a temporary one.
struct TokenList : std::vector<Token> {
  std::unique_ptr<char[]> ascii_folds;  // an ASCII word lower-cased, at its offsets in the text
  std::vector<char> other_folds;        // the other words' FoldForMatch, one after another
};

// Is text[pos] the value of a "Class:", "House:", "Form:", "Group:", "Team:"
// or "Room:" label?
bool AfterGroupLabel(const std::string& text, size_t pos) {
  size_t k = pos;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  if (k == 0 || text[k - 1] != ':') return false;
  size_t e = k - 1, b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (e - b < 4 || e - b > 5) return false;
  std::string label = text.substr(b, e - b);
  for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return label == "class" || label == "house" || label == "form" || label == "group" || label == "team" ||
         label == "room";
}

// Does the sentence going on at text[pos] end in a question mark (before a
// full stop, an exclamation mark or a blank line, within 200 bytes)?
bool QuestionFollows(const std::string& text, size_t pos) {
  const size_t stop = std::min(text.size(), pos + 200);
  for (size_t k = pos; k < stop; ++k) {
    const char c = text[k];
    if (c == '?') return true;
    if (c == '.' || c == '!' || (c == '\n' && k + 1 < text.size() && text[k + 1] == '\n')) return false;
  }
  return false;
}

// Does a table's cell end at text[pos], after an optional full stop: two
// spaces, a tab, a '|' or the line's end ("Beatrice K.      6   ✓")? A name
// at a line's start is then a register's entry, not a sentence's first word.
bool CellEndsAfter(const std::string& text, size_t pos) {
  if (pos < text.size() && text[pos] == '.') ++pos;
  if (pos >= text.size() || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t' || text[pos] == '|') {
    return true;
  }
  return text.compare(pos, 2, "  ") == 0;
}

// Words after a name that make it a place or organisation instead.
bool IsPlaceOrOrganisationWord(std::string_view f) {
  static const FoldedWordSet kWords = {
      "road", "street", "lane", "avenue", "close", "drive", "way", "court", "crescent",
      "gardens", "place", "terrace", "grove", "walk", "row", "hill", "park", "square", "mews",
      "view", "school", "academy", "college", "university", "trust", "council", "hospital",
      "centre", "center", "house", "primary", "secondary", "church", "ltd", "limited", "plc",
      "group", "services", "surgery", "clinic", "practice", "station", "library", "hall",
      "building", "campus", "site", "estate", "green", "common", "bridge", "street's",
      // Districts, landmarks, rooms and bodies named like people ("Moss
      // Side", "Hope Valley", "Albert Dock", "Rainbow Room", "Coram
      // Children's Legal Centre", "the Harriet Whitaker Foundation", "Miles
      // Platting Community Centre", "Carlton Towers") and documents ("Care
      // Plan"): none of these words ends a person's name.
      "side", "valley", "dock", "docks", "room", "children", "foundation", "charity", "community",
      "towers", "plan",
      // Businesses, agencies and venues named after people ("Brook Street
      // Teachers", "Whittington Health", "Stanley Minibus Co-op", "Sir John
      // Franklin College", "the Edith Wainwright Suite", "Wellington Yard").
      "health", "teachers", "partners", "partnership", "education", "agency", "associates",
      "solicitors", "co-op", "coop", "minibus", "coaches", "taxis", "cars", "suite", "yard",
      "wharf", "quay", "castle", "cottages", "cottage", "arena", "stadium", "theatre", "museum",
      "gallery", "institute", "centre's",
      // Schools, firms, services and clubs named after people ("Lady Margaret
      // Beaufort Girls' School", "Gurung Brothers Construction", "Marsh &
      // Noble Architects", "Pearl Primary Care Network", "Storm Rugby Club").
      "girls", "boys", "brothers", "architects", "construction", "builders", "bakery", "uniform", "network",
      "psychology", "sports", "rugby", "club", "studio", "studios", "rooms", "block",
      // Trades and venues named after people ("Walker Catering", "Moss
      // Electrical", "Clay & Mason Photography", "Heather Park Pavilion",
      // "Honey Bee Nursery", "Kestrel Brow", "Mary Anning Free School", "the
      // Mary Anning Science Block").
      "catering", "electrical", "electrics", "photography", "plumbing", "roofing", "cleaning", "cleaners",
      "transport", "travel", "pavilion", "nursery", "brow", "free", "science", "memorial", "leisure", "garage",
      "motors", "joinery", "landscaping", "decorating", "dental", "opticians", "pharmacy", "takeaway",
      "restaurant", "cafe", "florist", "florists", "salon",
      // Trophies, prizes and periods named after people or things ("the
      // Walter Tull Cup", "Stone Age"), and more venues ("Layton Lido",
      // "Tenter Croft").
      "cup", "trophy", "shield", "award", "awards", "prize", "medal", "age", "lido", "baths", "croft", "removals",
      "bay", "cove", "security", "lettings", "estates", "properties"};
  return kWords.count(f) > 0;
}

// The start of the line holding text[pos].
size_t LineStartAt(const std::string& text, size_t pos) {
  return pos == 0 ? 0 : text.rfind('\n', pos - 1) + 1;  // npos + 1 == 0
}

// The header row of a tab- or comma-separated table ("UPN<tab>Legal
// Surname<tab>Legal Forename<tab>DOB<tab>Gender<tab>Reg"): its cells are
// column names, so a given-name-like heading ("Reg", "Will") on it is none.
// Known by at least three cells that are the usual personal-data column names.
bool OnTableHeaderRow(const std::string& text, size_t pos) {
  size_t b = LineStartAt(text, pos);
  size_t e = text.find('\n', pos);
  if (e == std::string::npos) e = text.size();
  std::string_view line(text.data() + b, e - b);
  char delim = line.find('\t') != std::string_view::npos ? '\t' : ',';
  if (line.find(delim) == std::string_view::npos) return false;
  static const FoldedWordSet kHeads = {
      "surname", "legal surname", "forename", "forenames", "legal forename", "first name", "preferred name",
      "name", "dob", "date of birth", "gender", "sex", "address", "postcode", "relationship", "upn", "uln"};
  int heads = 0;
  size_t p = 0;
  while (p <= line.size()) {
    size_t q = line.find(delim, p);
    if (q == std::string_view::npos) q = line.size();
    std::string_view cell = line.substr(p, q - p);
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"' || cell.back() == '\r')) cell.remove_suffix(1);
    if (cell.size() <= 16) {
      // Lower-cased on the stack (ASCII: the heads are).
      char f[16];
      for (size_t k = 0; k < cell.size(); ++k) {
        const char c = cell[k];
        f[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
      if (kHeads.count(std::string_view(f, cell.size())) && ++heads >= 3) return true;
    }
    p = q + 1;
  }
  return false;
}

bool IsLetterOrMark(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // what ICU says
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// ICU's u_isupper / u_istitle / u_islower, without the property lookup for
// ASCII (most of the text).
bool IsUpperOrTitle(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}
bool IsLower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

// Splits text into words: letters and marks, with inner apostrophes and
// hyphens ("O'Neill", "Kerry-Ann"). Hand-rolled over UTF-8 rather than a
// regular expression per word: this is the hot loop of detection.
TokenList Tokenize(const std::string& text) {
  TokenList out;
  const char* p = text.data();
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  out.reserve(text.size() / 6);
  out.ascii_folds = std::make_unique_for_overwrite<char[]>(text.size());
  char* const ascii_folds = out.ascii_folds.get();
  {
    // The whole text with its ASCII capitals lower-cased, eight bytes at a
    // time (other bytes as they are): an ASCII word's fold is its own bytes
    // here, for no more than lower-casing it word by word would cost.
    using namespace ascii_bytes;
    size_t k = 0;
    for (; k + 8 <= text.size(); k += 8) {
      uint64_t x;
      std::memcpy(&x, p + k, 8);
      x |= (InRange(x & kLow7, 'A', 'Z') & ~x) >> 2;
      std::memcpy(ascii_folds + k, &x, 8);
    }
    for (; k < text.size(); ++k) ascii_folds[k] = p[k] >= 'A' && p[k] <= 'Z' ? static_cast<char>(p[k] + 32) : p[k];
  }
  // Words that are not ASCII: where their folds are in other_folds, to be
  // pointed at once it has stopped growing.
  struct OtherFold {
    size_t token, offset, size;
  };
  std::vector<OtherFold> other;
  auto ascii_letter = [](unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); };
  // 0x80 in each byte of `x` that is an ASCII letter (its low seven bits
  // with 0x20 set are 'a'..'z', and it is ASCII).
  auto letters_of = [](uint64_t x) {
    using namespace ascii_bytes;
    return InRange((x & kLow7) | (kEach * 0x20), 'a', 'z') & ~x;
  };
  while (i < n) {
    // Spaces, digits and punctuation between words: skipped eight bytes at
    // a time to the next ASCII letter or byte >= 0x80, then byte by byte.
    if (i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      const uint64_t word_bytes = letters_of(x) | (x & ascii_bytes::kHigh);
      if (word_bytes == 0) {
        i += 8;
        continue;
      }
      i += std::countr_zero(word_bytes) >> 3;
    }
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80 && !ascii_letter(b)) {
      ++i;
      continue;
    }
    int32_t s = i;
    UChar32 c;
    if (b < 0x80) {
      c = b;  // an ASCII letter: IsLetterOrMark says so
      ++i;
    } else {
      U8_NEXT(p, i, n, c);
      if (c < 0 || !IsLetterOrMark(c)) continue;
    }
    bool upper_first = IsUpperOrTitle(c);
    bool any_lower = IsLower(c);
    bool non_ascii = c >= 0x80;  // false: every byte of the word is ASCII
    bool hyphen = false;         // two letters joined by '-' (for an ASCII word, its fold has a '-')
    int32_t letters = 1;
    int32_t e = i;
    while (e < n) {
      const unsigned char be = static_cast<unsigned char>(p[e]);
      if (ascii_letter(be)) {  // the common case, as IsLetterOrMark and IsLower say
        // A run of ASCII letters at once: a letter is lower case when its
        // bit 0x20 is set, so the run has one if its bytes OR'd together do.
        // Eight bytes at a time while they last: the run ends at the first
        // byte that is not a letter, and has a lower-case letter if a byte
        // before that has bit 0x20.
        unsigned char bits = 0;
        int32_t k = e;
        for (;;) {
          if (k + 8 <= n) {
            uint64_t x;
            std::memcpy(&x, p + k, 8);
            const uint64_t not_letter = ~letters_of(x) & ascii_bytes::kHigh;
            const int run = std::countr_zero(not_letter) >> 3;  // 8 when all are letters
            const uint64_t in_run = run == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * run)) - 1;
            bits |= (x & in_run & (ascii_bytes::kEach * 0x20)) != 0 ? 0x20 : 0;
            k += run;
            if (run == 8) continue;
            break;
          }
          while (k < n && ascii_letter(static_cast<unsigned char>(p[k]))) {
            bits |= static_cast<unsigned char>(p[k]);
            ++k;
          }
          break;
        }
        any_lower = any_lower || (bits & 0x20) != 0;
        letters += k - e;
        e = k;
        continue;
      }
      // An ASCII byte that is no letter ends the word unless it is an
      // apostrophe or a hyphen (most words end so: no decoding).
      if (be < 0x80 && be != '\'' && be != '-') break;
      int32_t k = e;
      UChar32 d;
      U8_NEXT(p, k, n, d);
      if (d >= 0 && IsLetterOrMark(d)) {
        non_ascii = non_ascii || d >= 0x80;
        any_lower = any_lower || IsLower(d);
        ++letters;
        e = k;
        continue;
      }
      // An apostrophe or hyphen joins two letters.
      if (d == '\'' || d == 0x2019 || d == '-') {
        int32_t k2 = k;
        UChar32 d2;
        if (k2 < n) {
          U8_NEXT(p, k2, n, d2);
          if (d2 >= 0 && IsLetterOrMark(d2)) {
            non_ascii = non_ascii || d >= 0x80 || d2 >= 0x80;
            hyphen = hyphen || d == '-';
            any_lower = any_lower || IsLower(d2);
            ++letters;
            e = k2;
            continue;
          }
        }
      }
      break;
    }
    i = e;
    size_t start = static_cast<size_t>(s), end = static_cast<size_t>(e);
    std::string_view w(text.data() + start, end - start);
    // Possessives: "Tom's" -> "Tom".
    const size_t possessive = PossessiveLength(w);
    w.remove_suffix(possessive);
    end -= possessive;
    Token& t = out.emplace_back();  // filled in place: no Token moved
    t.start = start;
    t.end = end;
    // A token has no white space, so for ASCII FoldForMatch is lower-casing.
    // (`non_ascii` false proves it without reading the word again.)
    if (!non_ascii ||
        std::all_of(w.begin(), w.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      t.folded = std::string_view(ascii_folds + start, w.size());
      t.hyphen = hyphen;
    } else {
      const std::string folded = FoldForMatch(w);
      t.hyphen = folded.find('-') != std::string::npos;
      other.push_back({out.size() - 1, out.other_folds.size(), folded.size()});
      out.other_folds.insert(out.other_folds.end(), folded.begin(), folded.end());
    }
    // Irish initial mutations keep the name's capital second ("Mac an
    // tSaoir", "Ó hAodha", "i nGaillimh"): the word is capitalised.
    bool mutated = false;
    if (!upper_first && w.size() >= 3 && (w[0] == 't' || w[0] == 'h' || w[0] == 'n')) {
      int32_t k2 = 1;
      UChar32 second;
      U8_NEXT(w.data(), k2, static_cast<int32_t>(w.size()), second);
      mutated = second >= 0 && IsUpperOrTitle(second);
    }
    t.capitalised = upper_first || mutated;
    t.all_caps = letters > 1 && upper_first && !any_lower;
    // Sentence start: only spaces and opening punctuation since a full stop,
    // a line start or the start of the text.
    // (A quoted reply's "> " starts one too.) Each byte's part by table.
    static constexpr std::array<uint8_t, 256> kBefore = [] {
      std::array<uint8_t, 256> t{};
      for (unsigned char ch : {' ', '\t', '"', '(', '-', '*', '>'}) t[ch] = 1;   // skipped
      for (unsigned char ch : {'\n', '.', '!', '?', ':', '\f'}) t[ch] = 2;  // a sentence ends
      return t;
    }();
    size_t k = start;
    while (k > 0 && kBefore[static_cast<unsigned char>(text[k - 1])] == 1) --k;
    t.sentence_start = k == 0 || kBefore[static_cast<unsigned char>(text[k - 1])] == 2;
    t.initial = letters == 1 && upper_first;
  }
  for (const OtherFold& o : other) out[o.token].folded = std::string_view(out.other_folds.data() + o.offset, o.size);
  return out;
}

// "Read&Write", "M&S", "B&Q": a word joined to another by '&' with no spaces
// is a product or company, not a name ("Tom & Amy" keeps its spaces).
bool GluedByAmpersand(const std::string& text, const Token& t) {
  auto word_byte = [&](size_t k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    return std::isalnum(c) || c >= 0x80;
  };
  bool before = t.start >= 2 && text[t.start - 1] == '&' && word_byte(t.start - 2);
  bool after = t.end + 1 < text.size() && text[t.end] == '&' && word_byte(t.end + 1);
  return before || after;
}

// "al-Khatib", "el-Masri", "ad-Din": a lower-case article, a hyphen and a
// capital.
bool AttachedArticle(const std::string& text, const Token& t) {
  std::string_view w(text.data() + t.start, t.end - t.start);
  size_t dash = w.find('-');
  if (dash != 2 || w.size() < 5) return false;
  std::string_view art = w.substr(0, 2);
  if (art != "al" && art != "el" && art != "ad" && art != "as" && art != "an" && art != "ar") return false;
  return w[3] >= 'A' && w[3] <= 'Z';
}

bool Adjacent(const std::string& text, const Token& a, const Token& b) {
  // Same line, separated by one space (or ". " after an initial).
  std::string_view gap(text.data() + a.end, b.start - a.end);
  return gap == " " || (a.initial && (gap == ". " || gap == "."));
}

// A lower-case word inside a name ("van der Merwe", "de la Cruz").
bool IsParticle(std::string_view folded) {
  static const SmallWordSet kParticles = {"ap", "ab", "de", "van", "von", "der", "den", "bin", "binti",
                                           "da", "di", "du", "le", "la", "nic", "ni", "dos", "das", "del",
                                           "della", "ter", "ten", "ibn", "bint", "an"};  // (Mac an tSaoir)
  return kParticles.Has(folded);
}

// A lower-case particle inside a name after a form label ("Surname: von
// Ahlen", "Name: Tariq de la Cruz"): one of the particles, followed on the
// same line by another particle or a capitalised word.
bool LabelParticle(const std::vector<Token>& tokens, size_t j, const std::string& text) {
  if (!IsParticle(tokens[j].folded) || tokens[j].capitalised || j + 1 >= tokens.size()) return false;
  if (!Adjacent(text, tokens[j], tokens[j + 1])) return false;
  if (tokens[j + 1].capitalised) return true;
  return IsParticle(tokens[j + 1].folded) && j + 2 < tokens.size() && tokens[j + 2].capitalised &&
         Adjacent(text, tokens[j + 1], tokens[j + 2]);
}

// A form label's words as a pattern that also matches them as OCR misreads
// them ("Narne", "Sumame", "F0RENAME(S)", "Pupi1", "Learncr", "Parent/carcr"):
// the school set's noise and Tesseract's common confusions.
std::string OcrTolerant(std::string_view words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    const char c = words[i];
    if (c == 'r' && i + 1 < words.size() && words[i + 1] == 'n') {
      out += "(?:rn|m)";
      ++i;
      continue;
    }
    switch (c) {
      case 'm': out += "(?:m|rn)"; break;
      case 'e': out += "[ec]"; break;
      case 'i': out += "[il1]"; break;
      case 'l': out += "[l1i|]"; break;
      case 'o': out += "[o0]"; break;
      case 's': out += "[s5]"; break;
      case 'h': out += "[hb]"; break;
      case '(': out += "\\("; break;
      case ')': out += "\\)"; break;
      default: out += c;
    }
  }
  return out;
}

// The form labels a name follows ("Name:", "Treated by:"), for LabelPattern.
constexpr const char* kFormLabels[] = {
      "pupil name", "child name", "student name", "learner name", "parent name", "carer name",
      "parent/carer name", "mother name", "father name", "guardian name", "contact name", "staff name",
      "witness name", "emergency contact name", "pupil's name", "child's name", "student's name",
      "learner's name", "parent's name", "carer's name", "parent/carer's name", "mother's name",
      "father's name", "guardian's name", "contact's name", "staff's name", "witness's name",
      "full name", "name", "legal surname", "legal forename(s)", "surname", "forename(s)", "forename",
      "forenames", "first name", "first names", "first name(s)", "last name", "family name", "signed",
      "signature", "treated by", "reported by", "recorded by", "completed by", "taken by", "logged by",
      "checked by", "entered by", "authorised by", "account holder", "user", "pupil", "learner",
      "student", "child", "witness", "witnesses", "parent/carer", "mother", "father", "carer",
      // Exam entries, appraisals, visits and logs.
      "candidate", "candidate name", "applicant", "applicant name", "appraisee", "appraiser", "caller",
      "visitor", "visit leader", "driver", "passenger", "passenger assistant", "referrer", "kept by",
      "approved by", "reviewed by", "prepared by", "requested by", "given by", "administered by", "next of kin",
      "emergency contact",
      "social worker", "key worker",
      // Counselling, careers and bursary notes, trackers and payment forms.
      "client", "counsellor", "adviser", "advisor", "careers adviser", "exams officer", "name of payer", "payer",
      "parent contacted", "contacted", "class teacher", "form tutor", "invigilator", "lead invigilator",
      // Households, minutes, leave requests, timetables and registers.
      "sibling", "siblings", "also in household", "apologies", "line manager", "instructor", "organiser",
      "teacher", "headteacher", "head teacher", "mentor", "tutor", "interpreter", "cook in charge",
      "supervisor",
      // Referrals and household forms.
      "main adult", "adult", "claimant", "main applicant", "joint applicant", "partner", "lead adult",
      "surname(s)", "previous surname(s)", "previous surname", "former surname", "maiden name", "trip leader",
      "referring manager", "keyed in by", "claimant (parent/carer)"};

std::string LabelPattern(bool ocr) {
  std::string alternatives;
  for (const char* l : kFormLabels) {
    if (!alternatives.empty()) alternatives += '|';
    alternatives += ocr ? OcrTolerant(l) : RE2::QuoteMeta(l);
  }
  // Whoever did it: "Assessed by:", "Maintained by:", "Supervised by:".
  // (Its last word, "by", is among LabelLastWords' too.)
  alternatives += R"(|\pL{3,}ed by)";
  return "(?im)(?:^|[ \\t])(?:" + alternatives + ")[ \\t]*:[ \\t]*";
}

// The last words of the clean labels, lower case ("name", "by", "forename(s)",
// "parent/carer"): a match of the clean label pattern ends with one, then
// blanks and the ':'. The label starts after a blank or at a line start and
// its words are split by single spaces, so the bytes before a ':' (and the
// blanks before it) back to a blank or line start are its last word.
const WordTable& LabelLastWords() {
  static const WordTable* kWords = [] {
    auto* t = new WordTable();
    for (const char* l : kFormLabels) {
      std::string_view label(l);
      t->Insert(label.substr(label.rfind(' ') + 1));
    }
    t->Insert("by");
    return t;
  }();
  return *kWords;
}

// An OCR-damaged name right after a form label: look-alike digits inside
// its words ("D0MINIC TURNER", "Apri1 Santos", "SANT0S"), 'l' read for a
// capital I ("lmogen Jones") and doubled spaces between words. Returns the
// end of up to four such words at `pos` (each capitalised once repaired, at
// least two letters, more letters than look-alikes, not a word no one is
// called), or `pos`; `*damaged` says whether a repair was needed.
size_t OcrLabelNameEnd(const std::string& text, size_t pos, const NameLexicon& lex, bool* damaged) {
  *damaged = false;
  bool stop_first = false;  // the first word alone would be no name
  int taken = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  size_t end = pos;
  size_t cur = pos;
  for (int word = 0; word < 4 && cur < text.size(); ++word) {
    std::string repaired;
    int letters = 0, lookalikes = 0;
    bool first_upper = false, word_damaged = false;
    int32_t i = static_cast<int32_t>(cur);
    while (i < n) {
      int32_t k = i;
      UChar32 c;
      U8_NEXT(text.data(), k, n, c);
      if (c < 0) break;
      const bool is_first = repaired.empty();
      if (IsLetterOrMark(c)) {
        if (is_first) first_upper = IsUpperOrTitle(c);
        repaired.append(text, static_cast<size_t>(i), static_cast<size_t>(k - i));
        ++letters;
      } else if (c == '0' || c == '1' || c == '5' || c == '|') {
        // A look-alike counts only beside a letter of the same word.
        bool letter_before = !is_first;
        bool letter_after = false;
        if (k < n) {
          int32_t k2 = k;
          UChar32 d;
          U8_NEXT(text.data(), k2, n, d);
          letter_after = d >= 0 && IsLetterOrMark(d);
        }
        if (!letter_before && !letter_after) break;
        repaired += c == '0' ? 'O' : c == '5' ? 'S' : c == '1' ? 'l' : 'l';
        if (is_first) first_upper = c == '0' || c == '5';
        ++lookalikes;
        word_damaged = true;
      } else if ((c == '-' || c == '\'' || c == 0x2019) && !is_first && k < n &&
                 static_cast<unsigned char>(text[k]) >= 'A') {
        repaired.append(text, static_cast<size_t>(i), static_cast<size_t>(k - i));
      } else {
        break;
      }
      i = k;
    }
    if (letters < 2 || lookalikes * 2 > letters) break;
    std::string folded = FoldForMatch(repaired);
    for (char& ch : folded) {
      if (ch == '|') ch = 'l';
    }
    if (!first_upper && (repaired[0] == 'l' || repaired[0] == '1')) {
      // "lmogen": a capital I read as l, if the repaired word is a name.
      std::string as_i = "i" + folded.substr(1);
      if (!lex.IsGivenName(as_i) && !lex.IsSurname(as_i)) break;
      first_upper = true;
      word_damaged = true;
    }
    if (!first_upper) break;
    if (IsNotAName(folded, NameSlot::kAlone) && IsNotAName(folded, NameSlot::kAfterTitle)) {
      // A month people are called ("Apri1 Santos") as the first of two words.
      if (word > 0 || !lex.IsGivenName(folded) || IsNeverAName(folded)) break;
      stop_first = true;
    }
    end = static_cast<size_t>(i);
    ++taken;
    *damaged = *damaged || word_damaged;
    // One space between words, or two (OCR); nothing else.
    size_t sp = end;
    while (sp < text.size() && sp - end < 2 && text[sp] == ' ') ++sp;
    if (sp == end || sp >= text.size() || text[sp] == ' ') break;
    if (sp - end == 2) {
      // Only a damaged name takes a doubled space.
      bool next_damaged = false;
      size_t next_end = OcrLabelNameEnd(text, sp, lex, &next_damaged);
      if (next_end > sp && (*damaged || next_damaged)) {
        *damaged = true;
        return next_end;  // the recursion takes the rest
      }
      break;
    }
    cur = sp;
  }
  if (stop_first && taken < 2) return pos;
  return end;
}

// Does the text show OCR damage: a 1 or 0 between two lower-case letters
// ("ca1led", "Mobi1e"), a 0 between capitals ("D0MINIC"), a 1 ending a
// lower-case word ("Emai1:", "Apri1"), a look-alike letter between a 0 or
// 1 and a digit ("2O17", "1l:30")? The
// OCR-tolerant name rules run only then: in clean text "Bill" beside "Hill"
// is no misreading, and their patterns cost a pass of their own.
bool ShowsOcrDamage(const std::string& text) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  // Only the 0s and 1s, found eight bytes at a time.
  for (size_t i = NextAsciiInRange(text, 1, '0', '1'); i + 1 < text.size(); i = NextAsciiInRange(text, i + 1, '0', '1')) {
    const char c = text[i];
    const char a = text[i - 1], b = text[i + 1], a2 = i >= 2 ? text[i - 2] : ' ';
    auto digit = [](char d) { return d >= '0' && d <= '9'; };
    auto lookalike = [](char d) { return d == 'O' || d == 'l' || d == 'I' || d == 'S'; };
    if ((lower(a) && lower(b)) || (c == '0' && upper(a) && upper(b)) ||
        (lookalike(a) && digit(a2)) || (lookalike(b) && i + 2 < text.size() && digit(text[i + 2])) ||
        (c == '1' && lower(a) && lower(a2) && !std::isalnum(static_cast<unsigned char>(b)))) {
      return true;
    }
  }
  return false;
}

// The words of an alternation written "a|b|c" (lower case, ASCII letters),
// in a table, with the shortest and longest length.
struct AsciiWordList {
  WordTable words;
  size_t shortest = SIZE_MAX, longest = 0;
  bool first[256] = {};  // the words' first letters, either case
  uint32_t lengths[26] = {};  // bit k: a word of k letters starts with this letter
  explicit AsciiWordList(std::string_view alternation) {
    while (!alternation.empty()) {
      const size_t bar = alternation.find('|');
      const std::string_view w = alternation.substr(0, bar);
      words.Insert(w);
      shortest = std::min(shortest, w.size());
      longest = std::max(longest, w.size());
      first[static_cast<unsigned char>(w[0])] = true;
      first[static_cast<unsigned char>(w[0]) - 32] = true;
      lengths[w[0] - 'a'] |= uint32_t{1} << std::min<size_t>(w.size(), 31);
      if (bar == std::string_view::npos) break;
      alternation.remove_prefix(bar + 1);
    }
  }
};

// The matches of the pattern \b(?i:<list>)\b, in order, as fn(start, end),
// for a list of ASCII words in which no letter 's' or 'k' (under (?i) they
// also match the LONG S and the KELVIN SIGN) matters unless the caller has
// checked the text holds neither: a match is a whole run of ASCII word
// bytes (RE2's \b: [0-9A-Za-z_] on one side only) that is a listed word
// in any case. The runs' starts found eight bytes at a time, and only those
// of a listed first letter and length looked up.
template <typename Fn>
void ForEachListedAsciiWord(std::string_view text, const AsciiWordList& list, Fn&& fn) {
  using ascii_bytes::InRange, ascii_bytes::kHigh, ascii_bytes::kLow7;
  auto word_byte = [](unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // `e`: where the run is known to go on at least to (its end, if before
  // the end of the eight bytes read).
  auto at_start = [&](size_t at, size_t e) {
    if (!list.first[p[at]]) return;
    while (e < n && e - at <= list.longest && word_byte(p[e])) ++e;
    if (e - at < list.shortest || e - at > list.longest || (e < n && word_byte(p[e]))) return;
    if ((list.lengths[(p[at] | 0x20) - 'a'] >> (e - at) & 1) == 0) return;
    char buf[64];
    for (size_t k = at; k < e; ++k) buf[k - at] = static_cast<char>(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
    if (list.words.Contains(std::string_view(buf, e - at))) fn(at, e);
  };
  size_t i = 0;
  uint64_t word_before = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    const uint64_t lo = x & kLow7;
    const uint64_t word =
        (InRange(lo, '0', '9') | InRange(lo, 'A', 'Z') | InRange(lo, 'a', 'z') | InRange(lo, '_', '_')) & ~x & kHigh;
    uint64_t starts = word & ~((word << 8) | word_before);
    const uint64_t not_word = ~word & kHigh;
    while (starts != 0) {
      const int bit = std::countr_zero(starts);
      // The first byte after the start that is no word byte, among these eight.
      const uint64_t after = bit >= 56 ? 0 : not_word & (~uint64_t{0} << (bit + 1));
      at_start(i + static_cast<size_t>(bit >> 3), after != 0 ? i + static_cast<size_t>(std::countr_zero(after) >> 3) : i + 8);
      starts &= starts - 1;
    }
    word_before = word >> 56;
  }
  for (bool before = word_before != 0; i < n; ++i) {
    const bool word = word_byte(p[i]);
    if (word && !before) at_start(i, i + 1);
    before = word;
  }
}

// `text` with look-alike digits inside words read as letters: in a run of
// letters and digits with at least three letters, digits no more than half
// as many, and every digit one OCR confuses with a letter (0 O, 1 l/I, 5 S,
// 6 b, 8 B) — "5enara" Senara, "Jewe1" Jewel, "DARIU5" DARIUS, "8ălan"
// Bălan — but not codes ("KS1", "Y11", "G4"). Byte for byte, so offsets
// stay; *changed marks the bytes replaced (empty when none were).
std::string RepairOcrLetters(const std::string& text, std::vector<bool>* changed) {
  std::string out = text;
  changed->clear();
  auto ascii_letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c0 = static_cast<unsigned char>(text[i]);
    if (!(ascii_letter(c0) || std::isdigit(c0) || c0 >= 0x80)) {
      ++i;
      continue;
    }
    size_t e = i;
    int letters = 0, digits = 0, upper = 0, lower = 0;
    bool other_digit = false;
    while (e < text.size()) {
      const unsigned char c = static_cast<unsigned char>(text[e]);
      if (ascii_letter(c)) {
        ++letters;
        (c <= 'Z' ? upper : lower) += 1;
      } else if (std::isdigit(c)) {
        ++digits;
        other_digit = other_digit || !(c == '0' || c == '1' || c == '5' || c == '6' || c == '8');
      } else if (c >= 0xC0) {
        ++letters;  // a letter's lead byte (continuation bytes are not counted)
      } else if (c < 0x80) {
        break;
      }
      ++e;
    }
    // (Not after a colon or a full stop and digits: "8:15am" read as "8:1Sam".)
    const bool after_number = i > 0 && (text[i - 1] == ':' || text[i - 1] == '.');
    if (digits > 0 && letters >= 3 && digits * 2 <= letters && !other_digit && !after_number) {
      const bool capitals = upper > 0 && lower == 0;
      for (size_t k = i; k < e; ++k) {
        const char c = text[k];
        if (c < '0' || c > '9') continue;
        const bool cap = capitals || k == i;
        char r = c;
        switch (c) {
          case '0': r = cap ? 'O' : 'o'; break;
          case '1': r = cap ? 'I' : 'l'; break;
          case '5': r = cap ? 'S' : 's'; break;
          case '6': r = cap ? 'G' : 'b'; break;
          case '8': r = 'B'; break;
        }
        if (changed->empty()) changed->assign(text.size(), false);
        out[k] = r;
        (*changed)[k] = true;
      }
    }
    i = e;
  }
  return out;
}

// Verbs that open an action or a request before a name ("Contact Lauren's
// family", "Ask Patel", "Remind Okafor"): not an unlisted given name.
bool IsRequestVerb(std::string_view f) {
  static const FoldedWordSet kVerbs = {
      "contact", "ask", "call", "ring", "phone", "email", "text", "tell", "inform", "remind", "invite",
      "meet", "see", "thank", "update", "chase", "message", "visit", "refer", "collect", "speak"};
  return kVerbs.count(f) > 0;
}

// Words of a role account's display name ("Admissions Team", "IT Support").
bool IsRoleWord(std::string_view f) {
  static const FoldedWordSet kRole = {
      "admin", "administrator", "admissions", "reception", "finance", "info", "enquiries", "office",
      "team", "user", "support", "helpdesk", "it", "hr", "attendance", "safeguarding", "dsl", "send",
      "senco", "pastoral", "accounts", "payroll", "exams", "careers", "trips", "catering", "premises",
      "site", "bursar", "clerk", "data", "protection", "dpo", "services", "department", "noreply"};
  return kRole.count(f) > 0;
}

// Is text[s, e) one to three words that could be a name typed by hand (a
// chat speaker, "Mum (Jodian)", a subject line's pupil): none a word no one
// is called or a role, and each a listed name or, unless `listed_only`,
// capitalised?
bool TypedName(const std::string& text, size_t s, size_t e, const NameLexicon& lex, bool listed_only) {
  TokenList words = Tokenize(text.substr(s, e - s));
  if (words.empty() || words.size() > 3 || words.front().start != 0 || words.back().end != e - s) return false;
  for (const Token& w : words) {
    if (IsNeverAName(w.folded) || IsRoleWord(w.folded) || IsNotAName(w.folded, NameSlot::kAfterTitle)) return false;
    const bool listed = lex.IsGivenName(w.folded) || lex.IsSurname(w.folded);
    if (!listed && (listed_only || !w.capitalised)) return false;
  }
  return true;
}

void AddPerson(const std::string& text, size_t s, size_t e, const char* recognizer, double confidence,
               const char* why, std::vector<Hit>* out) {
  std::string value = text.substr(s, e - s);
  out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), recognizer, confidence, why});
}

// The [start, end) of the PERSON hits among `hits`, sorted: what the
// passes that judge words by the names found so far look up.
std::vector<std::pair<size_t, size_t>> PersonSpans(const std::vector<Hit>& hits) {
  std::vector<std::pair<size_t, size_t>> spans;
  spans.reserve(hits.size());  // one allocation, not one per doubling
  for (const Hit& h : hits) {
    if (h.category == "PERSON") spans.emplace_back(h.start, h.end);
  }
  std::sort(spans.begin(), spans.end());
  return spans;
}

// Is text[s, e) on a line with no lower-case ASCII letter and no ':'
// before it: a heading in capitals rather than a form's value?
bool CapitalsHeading(const std::string& text, size_t s, size_t e) {
  size_t a = LineStartAt(text, s);
  size_t b = text.find('\n', e);
  if (b == std::string::npos) b = text.size();
  for (size_t k = a; k < b; ++k) {
    if ((text[k] >= 'a' && text[k] <= 'z') || (k < s && text[k] == ':')) return false;
  }
  return true;
}

// Letters that read as initials ("RC", "MEA", "YvdM", "MdS", "ŁN"): two to
// five letters, upper case first and last, at most two lower-case letters
// (the particles of "van der Merwe", the "a" of "al-Hassan").
bool InitialsShaped(std::string_view w) {
  // (Most words end in a lower-case letter: no need to decode them.)
  if (w.empty() || w.size() > 20 || (w.back() >= 'a' && w.back() <= 'z')) return false;
  int letters = 0, lower = 0;
  bool first_upper = false, last_upper = false;
  const int32_t n = static_cast<int32_t>(w.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0 || !IsLetterOrMark(c)) return false;
    last_upper = IsUpperOrTitle(c);
    if (letters == 0) first_upper = last_upper;
    lower += IsLower(c) ? 1 : 0;
    ++letters;
    if (letters > 5 || lower > 2) return false;  // most capitalised words: no need to read on
  }
  return letters >= 2 && letters <= 5 && first_upper && last_upper && lower <= 2;
}

// `s` with each accented letter replaced by its base letter in the same case
// ("Rădulescu" -> "Radulescu", "Žukauskienė" -> "Zukauskiene"); letters
// with no ASCII base are kept.
std::string BaseLetters(std::string_view s) {
  std::string out;
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const int32_t from = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    std::string_view ch = s.substr(static_cast<size_t>(from), static_cast<size_t>(i - from));
    if (c < 0x80) {
      out += ch;
      continue;
    }
    std::string f = FoldForMatch(ch);
    if (f.size() == 1 && f[0] >= 'a' && f[0] <= 'z') {
      out += IsUpperOrTitle(c) ? static_cast<char>(f[0] - 32) : f[0];
    } else {
      out += ch;
    }
  }
  return out;
}

// Do `initials` ("RC", "YvdM", "ŁN") stand for `name` ("Rahim Chowdhury",
// "Yolanda van der Merwe", "Łukasz Nowak")? The first letter must be the
// name's first letter and the last capital a capital of the last word.
bool InitialsFitAsWritten(std::string_view initials, std::string_view name) {
  if (initials.size() < 2 || name.empty()) return false;
  auto first = [](std::string_view s) {
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? c : u_toupper(c);
  };
  if (first(initials) != first(name)) return false;
  std::string_view last_cap;
  const int32_t n = static_cast<int32_t>(initials.size());
  for (int32_t i = 0; i < n;) {
    int32_t s = i;
    UChar32 c;
    U8_NEXT(initials.data(), i, n, c);
    if (c >= 0 && IsUpperOrTitle(c)) last_cap = initials.substr(static_cast<size_t>(s), static_cast<size_t>(i - s));
  }
  size_t sp = name.find_last_of(' ');
  std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  if (!last_cap.empty() && last.find(last_cap) != std::string_view::npos) return true;
  // A surname of several words starts with the letter ("MM" for Marcia Mac
  // an tSaoi, "CÓ" for Ciarán Ó Briain).
  for (size_t w = name.find(' '); !last_cap.empty() && w != std::string_view::npos; w = name.find(' ', w + 1)) {
    if (name.substr(w + 1, last_cap.size()) == last_cap) return true;
  }
  // Staff codes: the given name's initial and the surname's first two
  // letters ("IFE" for Ivy Ferreira, "AMÜ" for Alex Müller).
  std::vector<UChar32> code, want{first(name)};
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(initials.data(), i, n, c);
    code.push_back(c);
  }
  const int32_t ln = static_cast<int32_t>(last.size());
  for (int32_t i = 0; i < ln && want.size() < 3;) {
    UChar32 c;
    U8_NEXT(last.data(), i, ln, c);
    if (c < 0 || !IsLetterOrMark(c)) return false;
    want.push_back(u_toupper(c));
  }
  return sp != std::string_view::npos && code == want;
}

// Do `initials` start as `name` does (its first letter, without accents)?
bool InitialsStartName(std::string_view initials, std::string_view name) {
  std::string a = BaseLetters(initials.substr(0, 4)), b = BaseLetters(name.substr(0, 4));
  return !a.empty() && !b.empty() && std::toupper(static_cast<unsigned char>(a[0])) ==
                                         std::toupper(static_cast<unsigned char>(b[0]));
}

// InitialsFitAsWritten, or so without accents: initials are often typed
// without them ("SZ" for S Žukauskienė, "PRA" for P Rădulescu).
bool InitialsFit(std::string_view initials, std::string_view name) {
  if (InitialsFitAsWritten(initials, name)) return true;
  auto ascii = [](std::string_view v) {
    return std::all_of(v.begin(), v.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  };
  if (ascii(initials) && ascii(name)) return false;
  return InitialsFitAsWritten(BaseLetters(initials), BaseLetters(name));
}

// School and public-service abbreviations written like initials ("(IT)",
// "(SEN)", "by CAMHS", "Action: SENCO"). Introduced for a name they count
// only when the name has a known name word and no ordinary word ("Ian
// Thomas (IT)", not "Information Technology (IT)"); after "by" or a label,
// never.
bool IsCommonAbbreviation(std::string_view folded) {
  static const FoldedWordSet kAbbreviations = {
      "it", "ict", "pe", "re", "rs", "dt", "mfl", "pshe", "rse", "sen", "send", "senco", "sendco", "dsl", "ddsl",
      "ehcp", "ehc", "ewo", "hoy", "slt", "smt", "la", "lea", "gp", "nhs", "camhs", "mash", "ta", "lsa",
      "hlta", "ht", "dht", "aht", "hr", "uk", "us", "eu", "bbc", "dfe", "cpoms", "am", "pm", "ip",
      "ok", "nb", "ps", "aob", "nfa", "evc", "adhd", "asd", "eal", "fsm", "pp", "cp", "cin", "lac", "cla", "pta", "ceo",
      "mat", "iep", "sats", "gcse", "cpd", "ppa", "ks", "eyfs", "dob", "upn", "uln", "ni", "tbc", "tba",
      "na", "asap", "fyi", "cc", "bcc", "tv", "pc", "usb", "dbs", "hmrc", "dwp", "caf", "eha", "tac",
      "pep", "cse", "cce", "fgm", "sw", "ot", "salt", "ep", "lado", "dpo", "sar", "dsar", "gdpr", "ico",
      "mp", "ceop", "pcso", "ae", "er", "icu", "ptsd", "ocd", "bsl", "sl", "vi", "hi", "pd", "mld",
      "sld", "pmld", "semh", "slcn", "pru", "ap", "ib", "ucas", "bt", "gb", "usa", "rc", "ce", "cofe", "cv",
      "id", "qr", "pdf", "faq", "pto", "rsvp"};
  return kAbbreviations.count(folded) > 0;
}

// Letters after a name for a registration, degree or honour.
bool IsPostNominal(std::string_view f) {
  static const SmallWordSet kLetters = {"rn", "rgn", "rmn", "rscn", "rsn", "phd", "mbe", "obe", "cbe", "kc", "qc",
                                         "bsc", "msc", "med", "mrcgp", "frcp", "frcpch", "mrcpch", "hcpc", "nmp"};
  return kLetters.Has(f);
}

bool IsTitleWord(std::string_view f) {
  static const SmallWordSet kTitles = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof"};
  return kTitles.Has(f);
}

// Initials that stand for a person in minutes, rotas and chronologies. They
// are introduced in the document itself — after the name in brackets
// ("Arnas Kazlauskas (AK)", "Mrs Jane Smith (JS, SENCo)", "Jane Smith -
// SENCo (JS)"), or in a key ("RC = Rahim Chowdhury", "KD - Ms Kavya
// Dhillon", "Staff: CB = Chris Bell (DSL); IH = Imran Hussain") — and every
// later use of the same letters ("AK to call Mum", "| AK |") is that person.
// Introductions are read word by word rather than by a pattern: a run-on
// "Present:" line holds many, each with its title or role around it, and a
// pattern's leftmost match takes the title or role into the name. Initials
// never introduced are left alone ("PE" and "RE" are subjects), except after
// "by" and sign-off labels ("Minutes taken by JS", "Action: JS", "Signed:
// JS"), where only a person can stand.
void FindInitials(const Document& doc, const std::vector<Token>& tokens, const NameLexicon& lex,
                  std::vector<Hit>* out) {
  const std::string& text = doc.text;
  std::set<std::string, std::less<>> defined;
  bool loose_fit = false;  // the name need only start with the initials' letter
  auto add = [&](size_t s, size_t e, const char* why, double confidence) {
    std::string value = text.substr(s, e - s);
    out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-initials", confidence, why});
  };
  auto word_of = [&](const Token& t) { return std::string_view(text.data() + t.start, t.end - t.start); };
  // A word that may be part of a name: capitalised, or a particle.
  auto name_word = [&](const Token& t) { return t.capitalised || IsParticle(t.folded) || AttachedArticle(text, t); };
  // Does tokens[a..b] name a person the initials stand for? At least two
  // words, starting with a capital, none a stop, role, place or
  // organisation word; for an abbreviation ("Physical Education (PE)"),
  // one word a known name and none an ordinary word.
  auto names_person = [&](std::string_view initials, size_t a, size_t b) {
    if (b <= a || !tokens[a].capitalised || !(tokens[b].capitalised || AttachedArticle(text, tokens[b]))) return false;
    std::string_view name(text.data() + tokens[a].start, tokens[b].end - tokens[a].start);
    if (!InitialsFit(initials, name) && !(loose_fit && InitialsStartName(initials, name))) return false;
    const bool abbreviation = IsCommonAbbreviation(FoldForMatch(initials));
    bool known = false, plain_known = false, any_word = false;
    for (size_t k = a; k <= b; ++k) {
      const Token& t = tokens[k];
      if (!name_word(t) || IsTitleWord(t.folded)) return false;
      if (abbreviation && t.initial) return false;  // "GP: Dr G Pritchard"
      if (!t.capitalised) continue;
      // (A word no one is called: one on both of the stop lists.)
      // (A place word ends a name-like run, except as the surname after a
      // listed given name: "Rojda Lane (RL)".)
      const bool place_surname = k == b && k > a && lex.IsSurname(t.folded) &&
                                 lex.IsGivenName(tokens[a].folded) && !lex.IsCommonWord(tokens[a].folded);
      if ((IsNotAName(t.folded, NameSlot::kAlone) && IsNotAName(t.folded, NameSlot::kAfterTitle)) ||
          IsRoleWord(t.folded) || (IsPlaceOrOrganisationWord(t.folded) && !place_surname)) {
        return false;
      }
      const bool listed = lex.IsGivenName(t.folded) || lex.IsSurname(t.folded);
      any_word = any_word || lex.IsCommonWord(t.folded);
      known = known || listed;
      plain_known = plain_known || (listed && !lex.IsCommonWord(t.folded));
    }
    // An abbreviation stands for a name only when a listed name that is no
    // ordinary word is in it: "Grace Begum (GB)", not "Great Britain (GB)".
    if (abbreviation) return any_word ? plain_known : known;
    return true;
  };
  // Does tokens[a..b], a surname after a title ("Mr Mensah", "Mx
  // Rhys-Evans", "Dr Ó Briain", "Mr de Vries"), fit the initials' end? The
  // last letter is the capital of its last word or of a later part of it,
  // or the last two letters its first two ("HTA" for Ms Takahashi).
  auto surname_fits_last = [&](std::string_view initials, size_t a, size_t b) {
    if (b < a || b - a > 2 || static_cast<unsigned char>(initials.back()) >= 0x80) return false;
    for (size_t k = a; k <= b; ++k) {
      const Token& t = tokens[k];
      if (!t.capitalised && !(IsParticle(t.folded) && k < b)) return false;
      // (Place words are surnames after a title: "SC = Mrs Church".)
      if (t.capitalised && (IsNotAName(t.folded, NameSlot::kAfterTitle) || IsRoleWord(t.folded))) return false;
    }
    std::string_view last(text.data() + tokens[b].start, tokens[b].end - tokens[b].start);
    const char tail = initials.back();
    // (Its capital without accents: "BS = Mrs Šimkus".)
    bool fits = last.substr(0, 1) == std::string_view(&tail, 1) ||
                (!tokens[b].folded.empty() && tokens[b].folded[0] == std::tolower(static_cast<unsigned char>(tail)));
    for (size_t h = last.find('-'); !fits && h != std::string_view::npos; h = last.find('-', h + 1)) {
      fits = h + 1 < last.size() && last[h + 1] == tail;
    }
    if (!fits && initials.size() >= 3 && last.size() >= 2) {
      // (Without accents: "NBA" for Mrs Bălan.)
      std::string first_two = BaseLetters(last).substr(0, 2);
      for (char& c : first_two) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      fits = initials.substr(initials.size() - 2) == first_two;
    }
    return fits;
  };
  auto introduce = [&](const Token& ini, size_t a, size_t b) {
    add(ini.start, ini.end, "Initials introduced for a person in this document", 0.8);
    add(tokens[a].start, tokens[b].end, "Name introduced with initials", 0.8);
    defined.emplace(word_of(ini));
  };
  // (Empty when `to` is before `from`: never a view past the text.)
  auto gap = [&](size_t from, size_t to) {
    return from <= to && to <= text.size() ? std::string_view(text.data() + from, to - from) : std::string_view();
  };
  auto spaces_only = [](std::string_view g) { return g.find_first_not_of(" \t") == std::string_view::npos; };
  // Next words of one name: Adjacent, or two spaces apart (OCR).
  auto near = [&](const Token& a, const Token& b) { return Adjacent(text, a, b) || gap(a.end, b.start) == "  "; };
  // The words before tokens[b] on its line, back to a title, punctuation or
  // the fifth word (their start in *a), and the longest tail of them the
  // initials fit, introduced. False if none fits.
  auto introduce_before = [&](const Token& ini, std::string_view initials, size_t b, size_t line_start, size_t* a) {
    *a = b;
    while (*a > 0 && b - *a < 4 && tokens[*a - 1].start >= line_start && near(tokens[*a - 1], tokens[*a]) &&
           name_word(tokens[*a - 1]) && !IsTitleWord(tokens[*a - 1].folded)) {
      --*a;
    }
    // A name broken over two lines ("  Hodan⏎  Woźniak — form tutor (HW)"):
    // the name's start alone on the line before, as a list wraps it.
    if (*a > 0 && tokens[*a].start >= line_start && tokens[*a - 1].start < line_start && tokens[*a - 1].capitalised &&
        !IsTitleWord(tokens[*a - 1].folded)) {
      std::string_view between = gap(tokens[*a - 1].end, tokens[*a].start);
      const size_t prev_line = LineStartAt(text, tokens[*a - 1].start);
      if (between.find_first_not_of(" \t\r\n") == std::string_view::npos &&
          std::count(between.begin(), between.end(), '\n') == 1 &&
          gap(prev_line, tokens[*a - 1].start).find_first_not_of(" \t") == std::string_view::npos &&
          gap(line_start, tokens[*a].start).find_first_not_of(" \t") == std::string_view::npos) {
        --*a;
      }
    }
    for (size_t s = *a; s < b; ++s) {
      if (names_person(initials, s, b)) {
        introduce(ini, s, b);
        return true;
      }
    }
    return false;
  };

  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& ini = tokens[i];
    if (!ini.capitalised) continue;  // most words: no need to read them again
    std::string_view initials = word_of(ini);
    if (!InitialsShaped(initials)) continue;
    const size_t line_start = LineStartAt(text, ini.start);

    // After the name in brackets: "Name (JS)", "Name (JS, role)",
    // "Name - role (JS)", "Name (Chair, JS)".
    // ("Name [initials: CB]" too.)
    size_t role_open = std::string::npos;  // the '(' of "(Chair, JS)"
    // "Name (referred to as BAW)": the writer says outright that the
    // letters stand for the name, so they need only start as it does.
    bool said_outright = false;
    if (ini.start > 2 && text[ini.start - 1] == ' ' && ini.end < text.size() &&
        (text[ini.end] == ')' || text[ini.end] == ']')) {
      size_t open = text.find_last_of("([", ini.start);
      if (open != std::string::npos && open >= line_start && ini.start - open <= 32 &&
          gap(open + 1, ini.start).find_first_of(")([]") == std::string_view::npos) {
        const char mark = text[ini.start - 2];
        if (mark == ',' || (mark == ':' && FoldForMatch(gap(open + 1, ini.start - 2)) == "initials")) {
          role_open = open;
        } else if (const std::string inner = FoldForMatch(gap(open + 1, ini.start - 1));
                   inner == "referred to as" || inner == "known as" || inner == "hereafter" ||
                   inner == "hereafter referred to as" || inner == "called") {
          role_open = open;
          said_outright = true;
        }
      }
    }
    // ("Name [JS]" in square brackets too.)
    if (((ini.start > 0 && (text[ini.start - 1] == '(' || text[ini.start - 1] == '[') && ini.end < text.size() &&
          (text[ini.end] == ')' || text[ini.end] == ']' || text[ini.end] == ',' || text[ini.end] == ';')) ||
         role_open != std::string::npos) &&
        i > 0) {
      size_t b = i - 1;
      size_t open = ini.start - 1;
      if (role_open != std::string::npos) {
        while (b > 0 && tokens[b].start > role_open) --b;
        open = role_open;
      }
      // "Ja'Mya Nsimba, MBACP (JN)": letters after the name are not of it.
      if (b > 0 && tokens[b].all_caps && tokens[b].end - tokens[b].start <= 6 &&
          gap(tokens[b - 1].end, tokens[b].start) == ", " && spaces_only(gap(tokens[b].end, open))) {
        open = tokens[b - 1].end;
        --b;
      }
      loose_fit = said_outright;
      for (int attempt = 0; attempt < 2; ++attempt) {
        if (tokens[b].start < line_start || !spaces_only(gap(tokens[b].end, open))) break;
        size_t a = b;
        bool found = introduce_before(ini, initials, b, line_start, &a);
        // "Dr Mwangi (DM)", "Mr Haworth [IH]": a title and a surname, whose
        // capital is the initials' last; "met Archie (AB)": a listed given
        // name alone, whose first letter is the initials' first.
        if (!found && a > 0 && IsTitleWord(tokens[a - 1].folded) && near(tokens[a - 1], tokens[a]) &&
            surname_fits_last(initials, a, b)) {
          introduce(ini, a, b);
          found = true;
        }
        if (!found && a == b && !IsTitleWord(a > 0 ? tokens[a - 1].folded : std::string()) && tokens[a].capitalised &&
            !tokens[a].all_caps && lex.IsGivenName(tokens[a].folded) && !lex.IsCommonWord(tokens[a].folded) &&
            !IsNotAName(tokens[a].folded, NameSlot::kAlone) && initials[0] == text[tokens[a].start] &&
            static_cast<unsigned char>(initials[0]) < 0x80) {
          introduce(ini, a, b);
          found = true;
        }
        // (A name read back onto the line before has no role after a dash.)
        if (found || a == 0 || tokens[a].start < line_start) break;
        // "Jane Smith - SENCo (JS)", "Ivy Ferreira — SENCo, chair (IFE)",
        // "Arjun Kettlewell — Speech and Language Therapist, Whittington
        // Health (AK)": a role after a dash; the name is before it.
        std::string_view line = gap(line_start, tokens[a].start);
        size_t d = std::string_view::npos;
        for (std::string_view mark : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
          size_t p = line.rfind(mark);
          if (p != std::string_view::npos && (d == std::string_view::npos || p > d)) d = p;
        }
        if (d == std::string_view::npos || open - (line_start + d) > 80) break;
        const size_t dash_at = line_start + d;
        while (b > 0 && tokens[b].end > dash_at) --b;
        if (tokens[b].end != dash_at || tokens[b].start < line_start) break;
        open = dash_at;
      }
      loose_fit = false;
      continue;
    }

    // "MEN (Morgan Entwistle)", "Appraiser: KR (Kacey dos Reis)": the name
    // in brackets after the initials.
    if (ini.end + 2 < text.size() && text[ini.end] == ' ' && text[ini.end + 1] == '(' && i + 1 < tokens.size() &&
        tokens[i + 1].start == ini.end + 2) {
      size_t close = text.find(')', ini.end);
      size_t b = i + 1;
      while (b + 1 < tokens.size() && tokens[b + 1].end <= close && near(tokens[b], tokens[b + 1])) ++b;
      if (close != std::string::npos && tokens[b].end == close && names_person(initials, i + 1, b)) {
        introduce(ini, i + 1, b);
        continue;
      }
    }
    // "Jesse Owusu-Ansah — JOA" in a list of signatures: the initials
    // after a dash end the line.
    {
      size_t eol = text.find('\n', ini.end);
      if (eol == std::string::npos) eol = text.size();
      std::string_view rest = gap(ini.end, eol);
      if (i > 0 && rest.find_first_not_of(" \t\r") == std::string_view::npos) {
        std::string_view dash = gap(tokens[i - 1].end, ini.start);
        if (dash == " - " || dash == " \xE2\x80\x93 " || dash == " \xE2\x80\x94 ") {
          size_t a = 0;
          if (introduce_before(ini, initials, i - 1, line_start, &a)) continue;
        }
      }
    }

    // In a key: "RC = Rahim Chowdhury" anywhere a line or a list item
    // starts; "KD - Ms Kavya Dhillon", "KK — Kirsteen Kinvig" and "KD: …"
    // at a line's start.
    std::string_view before = gap(line_start, ini.start);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
    // (A comment or list mark starts a key's line too: "# OT - Oluchi
    // Threlfall" in an export, "* KD: Kavya Dhillon".)
    const bool at_line_start = before.empty() || before == "#" || before == "*" || before == "//";
    if (!at_line_start && before.back() != ';' && before.back() != ',' && before.back() != ':') continue;
    if (i + 1 >= tokens.size()) continue;
    size_t k = i + 1;
    std::string_view sep = gap(ini.end, tokens[k].start);
    size_t sb = sep.find_first_not_of(" \t"), se = sep.find_last_not_of(" \t");
    // "Initials: KT Mr Throup; SJ Mrs Jankauskas": a title straight after
    // the initials, in a key's list, is a mark of its own.
    const bool title_key = sb == std::string_view::npos && sep == " " && tokens[k].capitalised &&
                           IsTitleWord(tokens[k].folded);
    // "Staff:⏎  JO  Jomar Ormerod⏎  IO  Iulian Okonkwo": a list of initials
    // and names set apart by a tab or two spaces, one to a line.
    const bool spaced_key = sb == std::string_view::npos && at_line_start &&
                            (sep.find('\t') != std::string_view::npos || sep.size() >= 2) &&
                            sep.find('\n') == std::string_view::npos;
    // "Key: RS Rufus Sinclair (Exams Officer); KA Kidist Abdullahi",
    // "Advisers: SZ Shannon Zungu, PG Peregrine Garba": initials a space
    // before the name they fit, in a key's list.
    const bool plain_key = sb == std::string_view::npos && sep == " " && tokens[k].capitalised &&
                           !tokens[k].all_caps;
    if (sb == std::string_view::npos && !title_key && !spaced_key && !plain_key) continue;
    std::string_view mark = title_key || plain_key ? std::string_view("=")
                            : spaced_key           ? std::string_view(":")
                                                   : sep.substr(sb, se - sb + 1);
    if (!(mark == "=" ||
          (at_line_start && (mark == "-" || mark == ":" || mark == "\xE2\x80\x93" || mark == "\xE2\x80\x94")))) {
      continue;
    }
    if (IsTitleWord(tokens[k].folded)) {
      std::string_view after_title = gap(tokens[k].end, k + 1 < tokens.size() ? tokens[k + 1].start : tokens[k].end);
      if (k + 1 >= tokens.size() || (after_title != " " && after_title != ". ")) continue;
      ++k;
    }
    size_t b = k;
    while (b + 1 < tokens.size() && b - k < 3 && near(tokens[b], tokens[b + 1]) && name_word(tokens[b + 1])) {
      ++b;
    }
    bool keyed = false;
    for (size_t e = b; e > k && !keyed; --e) {
      if (names_person(initials, k, e)) {
        introduce(ini, k, e);
        keyed = true;
      }
    }
    // "YM = Mr Mensah", "WV = Mr de Vries": a title and a surname alone.
    if (!keyed && mark == "=" && k > i + 1 && near(tokens[k - 1], tokens[k])) {
      size_t e = k;
      while (e < b && IsParticle(tokens[e].folded)) ++e;
      if (surname_fits_last(initials, k, e) &&
          (e + 1 >= tokens.size() || !near(tokens[e], tokens[e + 1]) || !tokens[e + 1].capitalised)) {
        introduce(ini, k, e);
      }
    }
  }

  // Initials in a cell of a table row whose earlier cell is the name they
  // stand for ("| Kwabena Võ | Teacher | KV |", "| LLOYD-EBANKS, Seumas |
  // … | SLE |", "| Mr P Rădulescu | HLTA | PRA |"): a signature or staff
  // code column.
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& ini = tokens[i];
    if (!ini.all_caps || ini.end - ini.start > 6 || !InitialsShaped(word_of(ini)) || defined.count(word_of(ini)) ||
        BaseLetters(word_of(ini)).size() > 3 || IsCommonAbbreviation(FoldForMatch(word_of(ini)))) {
      continue;
    }
    auto cell_mark = [](std::string_view g) {
      return g.find('|') != std::string_view::npos || g.find('\t') != std::string_view::npos;
    };
    const size_t line_start = LineStartAt(text, ini.start);
    size_t eol = text.find('\n', ini.end);
    if (eol == std::string::npos) eol = text.size();
    std::string_view before = gap(line_start, ini.start), after = gap(ini.end, eol);
    size_t bar = before.find_last_of("|\t");
    if (bar == std::string_view::npos || !spaces_only(before.substr(bar + 1))) continue;
    size_t next = after.find_first_of("|\t");
    if (!spaces_only(next == std::string_view::npos ? after : after.substr(0, next))) continue;
    const std::string initials(word_of(ini));
    // The cells before it on its line, nearest first.
    size_t j = i;
    for (int cells = 0; cells < 6 && j > 0 && tokens[j - 1].start >= line_start; ++cells) {
      size_t b = j - 1;
      size_t a = b;
      while (a > 0 && tokens[a - 1].start >= line_start && !cell_mark(gap(tokens[a - 1].end, tokens[a].start))) --a;
      j = a;
      if (!cell_mark(gap(tokens[b].end, tokens[b + 1].start)) || b - a > 4) continue;
      while (a < b && IsTitleWord(tokens[a].folded)) ++a;
      std::string_view comma = gap(tokens[a].end, a < b ? tokens[a + 1].start : tokens[a].end);
      if (a < b && comma == ", ") {
        // "SURNAME, Given": the initials are read in the given-first order.
        bool ok = tokens[a].capitalised && tokens[a + 1].capitalised;
        bool listed = false;
        for (size_t k = a; k <= b && ok; ++k) {
          const Token& t = tokens[k];
          ok = name_word(t) && !IsRoleWord(t.folded) && !IsPlaceOrOrganisationWord(t.folded) &&
               !(IsNotAName(t.folded, NameSlot::kAlone) && IsNotAName(t.folded, NameSlot::kAfterTitle));
          listed = listed || lex.IsGivenName(t.folded) || lex.IsSurname(t.folded);
        }
        const std::string reordered = std::string(gap(tokens[a + 1].start, tokens[b].end)) + " " +
                                      std::string(word_of(tokens[a]));
        if (ok && listed && InitialsFit(initials, reordered)) {
          add(ini.start, ini.end, "Initials of the person named in the same table row", 0.75);
          defined.insert(initials);
          break;
        }
        continue;
      }
      if (names_person(initials, a, b)) {
        add(ini.start, ini.end, "Initials of the person named in the same table row", 0.75);
        defined.insert(initials);
        break;
      }
    }
  }

  // Initials after "by" ("typed up by JS", "PRINTED BY JS 2 MAY") or a
  // sign-off label ("Signed: JS", "Signed (Chair): JS", "Action: JS to
  // call"): upper case, two or three letters, no abbreviation.
  static const FoldedWordSet kLabels = {"signed", "initialled", "initials", "checked", "observer",
                                                          "action", "actions", "owner"};
  std::set<std::string> by_someone;  // initials found after "by" or a label
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.all_caps || t.folded.size() > 3 || !InitialsShaped(word_of(t)) || IsCommonAbbreviation(t.folded) ||
        defined.count(std::string(word_of(t)))) {
      continue;
    }
    const size_t line_start = LineStartAt(text, t.start);
    std::string_view before = gap(line_start, t.start);
    auto trim_spaces = [&] {
      while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
    };
    const size_t spaced = before.size();
    trim_spaces();
    if (before.size() == spaced) continue;  // glued to what is before it
    // A log's action column after its date and time ("23/11/2026 14:08  CKB
    // letter sent", "09:15  LB  MASH consulted"): who did it.
    if (before.size() >= 5 && std::isdigit(static_cast<unsigned char>(before.back())) &&
        std::isdigit(static_cast<unsigned char>(before[before.size() - 2])) && before[before.size() - 3] == ':' &&
        i + 1 < tokens.size() && tokens[i + 1].start - t.end >= 2 && spaces_only(gap(t.end, tokens[i + 1].start)) &&
        (!tokens[i + 1].capitalised || (tokens[i + 1].all_caps && IsCommonAbbreviation(tokens[i + 1].folded)))) {
      add(t.start, t.end, "Initials in a log's column of who acted", 0.7);
      by_someone.insert(std::string(word_of(t)));
      continue;
    }
    // "APPROVED BY ONE GOVERNOR": a word of a line in capitals.
    if (i + 1 < tokens.size() && tokens[i + 1].all_caps && tokens[i + 1].folded.size() >= 3 &&
        spaces_only(gap(t.end, tokens[i + 1].start))) {
      continue;
    }
    const bool colon = !before.empty() && before.back() == ':';
    // A word ("BY THE", "BY US"), unless a label's colon asks for a value.
    if (!colon && IsNotAName(t.folded, NameSlot::kAlone)) continue;
    if (colon) {
      before.remove_suffix(1);
      trim_spaces();
      // "Signed (Chair): JS": the bracket is the label's.
      if (!before.empty() && before.back() == ')') {
        size_t open = before.rfind('(');
        if (open == std::string_view::npos || before.size() - open > 20) continue;
        before = before.substr(0, open);
        trim_spaces();
      }
    }
    size_t w = before.size();
    while (w > 0 && std::isalpha(static_cast<unsigned char>(before[w - 1]))) --w;
    if (w > 0 && std::isalnum(static_cast<unsigned char>(before[w - 1]))) continue;
    std::string label(before.substr(w));
    for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (label == "by") {
      add(t.start, t.end, "Initials of the person something was done by", 0.7);
      by_someone.insert(std::string(word_of(t)));
    } else if (colon && kLabels.count(label)) {
      add(t.start, t.end, "Initials after a sign-off label", 0.7);
      by_someone.insert(std::string(word_of(t)));
    }
  }

  // Initials signing entries of a log at the end of their lines ("… –
  // resolved AM", "… no adult at home. RJ" … "Reviewed by RJ"): the same
  // letters ending two or more lines, or ending one and standing after
  // "by" or a sign-off label, are a person wherever they stand.
  std::map<std::string, int> line_ends;
  for (const Token& t : tokens) {
    if (!t.all_caps || t.folded.size() > 3 || !InitialsShaped(word_of(t)) || IsCommonAbbreviation(t.folded) ||
        (IsNotAName(t.folded, NameSlot::kAlone) && !IsTitleWord(t.folded)) || t.start == 0 ||
        (text[t.start - 1] != ' ' && text[t.start - 1] != '\t')) {
      continue;
    }
    size_t k = t.end;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
    if (k < text.size() && text[k] != '\n') continue;
    // Not a line that is all capitals (a heading) or the initials alone.
    const size_t line_start = LineStartAt(text, t.start);
    std::string_view line = gap(line_start, t.start);
    if (std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    ++line_ends[std::string(word_of(t))];
  }
  for (const auto& [ini, n] : line_ends) {
    if (n >= 2 || by_someone.count(ini)) defined.insert(ini);
  }

  // Initials never introduced, standing for a person named in full in this
  // document ("Present: Mr Ming Sun (SENCo)" … "MS reported that", "- MS to
  // update section F", "| MS |", "Follow-up: MS, March", "(MS)"): two or
  // three capitals that are the initials of exactly one full name found
  // here and no abbreviation. (Requiring a use as a person — before a
  // lower-case word, as a list item — was tried: on unseen documents
  // initials stand in table cells, after slashes and labels and in
  // brackets as often, and the held-out sets lost more names than
  // letters were wrongly taken.)
  std::map<std::string, std::string> full_names;  // initials -> folded name, "" if two people share them
  // The words that could be such initials: when there are none (most
  // documents), the names need not be read for theirs.
  std::set<std::string, std::less<>> candidates;
  for (const Token& t : tokens) {
    if (t.all_caps && t.folded.size() <= 3) candidates.emplace(word_of(t));
  }
  // The names found so far, and those after a title ("Mr Ming Sun"; the
  // title recognizer runs separately).
  std::vector<std::string> named;
  for (const Hit& h : *out) {
    if (candidates.empty()) break;
    if (h.category == "PERSON" && h.value.find(' ') != std::string::npos) named.push_back(h.value);
  }
  for (size_t k = 0; k + 2 < tokens.size() && !candidates.empty(); ++k) {
    if (!tokens[k].capitalised || !IsTitleWord(tokens[k].folded)) continue;
    size_t e = k + 1;
    while (e < tokens.size() && e - k <= 3 && tokens[e].capitalised && !tokens[e].all_caps &&
           near(tokens[e - 1], tokens[e])) {
      ++e;
    }
    if (e - k >= 3) named.push_back(text.substr(tokens[k + 1].start, tokens[e - 1].end - tokens[k + 1].start));
  }
  // (A key starts with the name's first letter: names whose first letter
  // starts no candidate are not read.)
  std::array<bool, 256> first_letters{};
  for (const std::string& c : candidates) first_letters[static_cast<unsigned char>(c[0])] = true;
  for (const std::string& value : named) {
    const unsigned char first = static_cast<unsigned char>(value[0]);
    if (first < 0x80 && std::isalpha(first) && !first_letters[static_cast<unsigned char>(std::toupper(first))]) {
      continue;
    }
    TokenList words = Tokenize(value);
    if (words.size() < 2 || words.size() > 3 || !words.front().capitalised || !words.back().capitalised) continue;
    // The capitals of its words ("CB" for Chun-Kit Banks), and of the parts
    // of hyphenated words too ("CKB").
    std::string key, parts_key;
    for (const Token& w : words) {
      int32_t i = static_cast<int32_t>(w.start);
      UChar32 c;
      U8_NEXT(value.data(), i, static_cast<int32_t>(value.size()), c);
      if (c < 0 || c >= 0x80) {
        key.clear();
        break;
      }
      key += static_cast<char>(std::toupper(static_cast<int>(c)));
      parts_key += key.back();
      for (size_t h = value.find('-', w.start); h != std::string::npos && h + 1 < w.end; h = value.find('-', h + 1)) {
        const unsigned char after = static_cast<unsigned char>(value[h + 1]);
        if (after < 0x80 && std::isalpha(after)) parts_key += static_cast<char>(std::toupper(after));
      }
    }
    if (key.size() < 2) continue;
    std::vector<std::string> keys = {key};
    if (parts_key != key) keys.push_back(parts_key);
    for (const std::string& k : keys) {
      if (candidates.count(k) == 0) continue;  // (only candidates are looked up below)
      const std::string normalized = FoldForMatch(value);
      auto [it, added] = full_names.emplace(k, normalized);
      if (!added && it->second != normalized) it->second.clear();
    }
  }
  for (size_t i = 0; i < tokens.size() && !full_names.empty(); ++i) {
    const Token& t = tokens[i];
    if (!t.all_caps || t.folded.size() > 3) continue;
    std::string word(word_of(t));
    auto it = full_names.find(word);
    // ("MS", "DR" in capitals are letters here, not the titles.)
    if (it == full_names.end() || it->second.empty() || defined.count(word) || IsCommonAbbreviation(t.folded) ||
        (IsNotAName(t.folded, NameSlot::kAlone) && !IsTitleWord(t.folded))) {
      continue;
    }
    // Not a piece of a word OCR broke ("D OB", "MS R"): a lone capital
    // beside it. Not a maker's or product's letters before a capitalised
    // word ("MS Teams").
    auto lone_capital = [&](size_t k) { return tokens[k].initial; };
    if ((i > 0 && lone_capital(i - 1) && Adjacent(text, tokens[i - 1], t)) ||
        (i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1]) &&
         (lone_capital(i + 1) || (tokens[i + 1].capitalised && !tokens[i + 1].all_caps)))) {
      continue;
    }
    defined.insert(word);
  }

  // Every other use of the introduced initials, as a whole word.
  for (const std::string& ini : defined) {
    for (size_t p = text.find(ini); p != std::string::npos; p = text.find(ini, p + 1)) {
      auto word_char = [&](size_t k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        return std::isalnum(c) || c >= 0x80;
      };
      if (p > 0 && word_char(p - 1)) continue;
      if (p + ini.size() < text.size() && word_char(p + ini.size())) continue;
      add(p, p + ini.size(), "Initials of a person introduced in this document", 0.75);
    }
  }
}

// Names in a list of names: a team sheet ("4. RIVER TAN", "5. Thanawat
// Kelmendi"), a rooming list ("  - Dariush B.  DOB …"), a roll call ("[x]
// Kariuki Bandara"). Where most items of a run of three or more list lines
// start with a name found already, an item that starts the same way — two
// or three capitalised words, or a word and an initial with its full stop,
// alone on the line or before two spaces, a bracket, a comma or a dash — is
// a name too, though no list knows its words. An item that reads on as a
// sentence ("Euan to register on UCAS Hub") is no such item.
void FindListPeers(const Document& doc, const std::vector<Token>& tokens, const NameLexicon& lex,
                   std::vector<Hit>* out) {
  const std::string& text = doc.text;
  struct Item {
    size_t start = 0, end = 0;  // the leading words
    bool named = false;
    bool ends = false;    // the leading words end the item as a name does
    bool shaped = false;  // could be a name by its shape
  };
  // The marker at a line's start: 1 a bullet, 2 a number, 3 a tick box.
  auto marker = [&](size_t ls, size_t le, size_t* item) {
    size_t k = ls;
    while (k < le && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k + 2 <= le && (text[k] == '-' || text[k] == '*') && text[k + 1] == ' ') {
      *item = k + 2;
      return 1;
    }
    if (k + 4 <= le && text.compare(k, 4, "\xE2\x80\xA2 ") == 0) {
      *item = k + 4;
      return 1;
    }
    if (k + 4 <= le && text[k] == '[' && text[k + 2] == ']' && text[k + 3] == ' ') {
      *item = k + 4;
      return 3;
    }
    size_t d = k;
    while (d < le && d - k < 2 && text[d] >= '0' && text[d] <= '9') ++d;
    if (d > k && d + 1 < le && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ') {
      *item = d + 2;
      return 2;
    }
    // Places in results: "1st  Ivy R (Equiano)  21.8s", "2nd Jasur B".
    if (d > k && d + 3 < le && text[d + 2] == ' ') {
      const std::string_view suffix(text.data() + d, 2);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        size_t i = d + 3;
        while (i < le && text[i] == ' ') ++i;
        *item = i;
        return 2;
      }
    }
    return 0;
  };
  auto first_token_at = [&](size_t at) {
    return static_cast<size_t>(std::lower_bound(tokens.begin(), tokens.end(), at,
                                                [](const Token& t, size_t a) { return t.start < a; }) -
                               tokens.begin());
  };
  // The leading words of an item at `at` (a token index), and whether they
  // end it as a name ends a list item.
  auto lead = [&](size_t k, size_t le, Item* it) {
    if (k >= tokens.size() || tokens[k].start != it->start) return;
    size_t j = k;
    while (j + 1 < tokens.size() && j - k < 3 && tokens[j + 1].end <= le && Adjacent(text, tokens[j], tokens[j + 1]) &&
           (tokens[j + 1].capitalised || tokens[j + 1].all_caps || IsParticle(tokens[j + 1].folded))) {
      ++j;
    }
    size_t e = tokens[j].end;
    const bool initial_last = j > k && tokens[j].initial && e < le && text[e] == '.';
    std::string_view rest(text.data() + e + (initial_last ? 1 : 0), le - e - (initial_last ? 1 : 0));
    const bool ends = rest.empty() || rest.starts_with("  ") || rest.starts_with(" (") || rest.starts_with(", ") ||
                      rest.starts_with(" \xE2\x80\x94 ") || rest.starts_with(" - ") || rest.starts_with("\t");
    it->end = e;
    it->ends = ends;
    if (!ends || j - k > 2) return;
    // One word: a given name, or a word no list holds that is no English
    // word ("- Sreemoyee (Hedgehogs)"); not a word like "Apologies".
    if (j == k && !(tokens[k].capitalised && !tokens[k].all_caps &&
                    (lex.IsGivenName(tokens[k].folded) || !lex.IsEnglishWord(tokens[k].folded)))) {
      return;
    }
    int common = 0;
    for (size_t m = k; m <= j; ++m) {
      const Token& t = tokens[m];
      // (A last initial, with its full stop or without: "Ivy R (Equiano)".)
      if (t.initial && m == j && j > k) continue;
      if (!(t.capitalised || t.all_caps) || t.initial) return;
      if ((IsNotAName(t.folded, NameSlot::kAlone) && IsNotAName(t.folded, NameSlot::kAfterTitle)) ||
          IsRoleWord(t.folded) || IsPlaceOrOrganisationWord(t.folded) || IsTitleWord(t.folded)) {
        return;
      }
      common += lex.IsCommonWord(t.folded) && !lex.IsGivenName(t.folded) && !lex.IsSurname(t.folded) ? 1 : 0;
    }
    it->shaped = common == 0;
  };
  std::vector<Item> run;
  int run_kind = 0;
  // Runs too short to judge alone, by marker: a rooming list's rooms of
  // three or four are judged together.
  std::array<std::vector<Item>, 4> short_runs;
  auto add_unnamed = [&](const std::vector<Item>& items) {
    for (const Item& it : items) {
      if (!it.named && it.shaped) AddPerson(text, it.start, it.end, "name-gazetteer", 0.7, "Name in a list of names", out);
    }
  };
  auto mostly_named = [](const std::vector<Item>& items) {
    size_t named = 0;
    for (const Item& it : items) named += it.named ? 1 : 0;
    return items.size() >= 3 && named >= 2 && named * 2 >= items.size();
  };
  auto flush = [&] {
    // A run judged alone adds its names now; every run of two or more
    // joins the judgement of the whole document's lists with its marker
    // (a judged run's names are added already: none is added twice).
    if (run.size() >= 2) {
      const bool judged = mostly_named(run);
      if (judged) add_unnamed(run);
      auto& pool = short_runs[static_cast<size_t>(run_kind)];
      for (Item it : run) {
        if (judged) it.shaped = false;
        pool.push_back(it);
      }
    }
    run.clear();
    run_kind = 0;
  };
  // Where the PERSON hits found so far start.
  const std::vector<std::pair<size_t, size_t>> found = PersonSpans(*out);
  if (found.size() < 2) return;
  size_t ls = 0;
  while (ls < text.size()) {
    size_t le = text.find('\n', ls);
    if (le == std::string::npos) le = text.size();
    size_t item = 0;
    const int kind = marker(ls, le, &item);
    if (kind == 0 || (run_kind != 0 && kind != run_kind)) flush();
    if (kind != 0) {
      run_kind = kind;
      Item it;
      it.start = item;
      lead(first_token_at(item), le, &it);
      // Named: a hit found so far starts the item (after a title, too) and
      // ends within its leading words.
      auto f = std::lower_bound(found.begin(), found.end(), std::make_pair(item, size_t{0}));
      for (; it.ends && f != found.end() && f->first <= item + 6; ++f) {
        if (f->second <= std::max(it.end, item) + 2) it.named = true;
      }
      // A hit on the surname alone ("Amirul Kamau" where "Kamau" was
      // found): the item is named, and its whole leading words are the name.
      if (!it.named && it.ends && it.shaped) {
        auto g = std::lower_bound(found.begin(), found.end(), std::make_pair(item + 1, size_t{0}));
        if (g != found.end() && g->first < it.end && g->second <= it.end + 2) {
          it.named = true;
          AddPerson(text, it.start, it.end, "name-gazetteer", 0.7, "Name in a list of names", out);
        }
      }
      run.push_back(it);
    }
    ls = le + 1;
  }
  flush();
  for (const auto& pool : short_runs) {
    if (pool.size() >= 6 && mostly_named(pool)) add_unnamed(pool);
  }
}

// Names in a list written along a line ("Read with: Arkady, Marie-Claire,
// Kahurangi", "| Trevor N., Bernadette V., Juan Pablo N.", "badges for
// Tom, Nourhan and Adjoa Nakarawa"): three or more items of one to three
// capitalised words (a last initial allowed), joined by ", ", " and " or
// " & " within a line or a table cell. Where most items are names found
// already (two at least), the others are names too: a given name or a word
// no list holds and no English word alone, or words none of which is an
// ordinary word, a role, a place or a title.
void FindInlineListPeers(const Document& doc, const std::vector<Token>& tokens, const NameLexicon& lex,
                         std::vector<Hit>* out) {
  const std::string& text = doc.text;
  const std::vector<std::pair<size_t, size_t>> found = PersonSpans(*out);
  if (found.size() < 2) return;
  struct Item {
    size_t first, last;  // token indices
    size_t start, end;
    bool named;
  };
  // Could the item be a name by its words? (Asked only of the unnamed items
  // of a list judged to be names.)
  auto shaped = [&](const Item& it) {
    if (it.last - it.first > 2) return false;
    for (size_t m = it.first; m <= it.last; ++m) {
      const Token& w = tokens[m];
      if (w.initial) {
        if (m != it.last || it.last == it.first) return false;
        continue;
      }
      const bool given = lex.IsGivenName(w.folded);
      const bool listed = given || lex.IsSurname(w.folded);
      if ((IsNotAName(w.folded, NameSlot::kAlone) && IsNotAName(w.folded, NameSlot::kAfterTitle)) ||
          IsRoleWord(w.folded) || IsPlaceOrOrganisationWord(w.folded) || IsTitleWord(w.folded) ||
          (lex.IsEnglishWord(w.folded) && (!listed || (it.first == it.last && !given)))) {
        return false;
      }
    }
    return true;
  };
  std::vector<Item> items;
  auto judge = [&] {
    size_t named = 0;
    for (const Item& it : items) named += it.named ? 1 : 0;
    if (items.size() >= 3 && named >= 2 && named * 2 >= items.size()) {
      for (const Item& it : items) {
        if (!it.named && shaped(it)) {
          AddPerson(text, it.start, it.end, "name-gazetteer", 0.7, "Name in a list of names", out);
        }
      }
    }
    items.clear();
  };
  // The item's separator from the next: its start, or 0.
  auto separator = [&](size_t e) -> size_t {
    if (e + 2 < text.size() && text[e] == ',' && text[e + 1] == ' ') return e + 2;
    if (e + 3 < text.size() && text[e] == ' ' && text[e + 1] == '&' && text[e + 2] == ' ') return e + 3;
    if (e + 5 < text.size() && text[e] == ' ' && text[e + 1] == 'a' && text[e + 2] == 'n' && text[e + 3] == 'd' &&
        text[e + 4] == ' ') {
      return e + 5;
    }
    return 0;
  };
  auto cell_end = [](char c) { return c == '\n' || c == '|' || c == '\t'; };
  size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (!(t.capitalised || t.all_caps) || t.initial) {
      if (!items.empty()) judge();
      ++i;
      continue;
    }
    // The item: up to three adjacent capitalised words (or particles), a
    // last initial's full stop with them.
    size_t j = i;
    while (j + 1 < tokens.size() && j - i < 3 && Adjacent(text, tokens[j], tokens[j + 1]) &&
           (tokens[j + 1].capitalised || tokens[j + 1].all_caps || IsParticle(tokens[j + 1].folded))) {
      ++j;
    }
    size_t e = tokens[j].end;
    if (j > i && tokens[j].initial && e < text.size() && text[e] == '.') ++e;
    const size_t next = separator(e);
    // An item goes on from the one before (its separator led here) or on
    // to the next; the list ends at the line's or cell's end or the
    // sentence's.
    const bool follows = !items.empty() && separator(items.back().end) == t.start;
    if (next == 0 && !follows) {
      if (!items.empty()) judge();
      i = j + 1;
      continue;
    }
    const bool last = next == 0 && (e >= text.size() || cell_end(text[e]) || text[e] == '.' || text[e] == ';' ||
                                    text[e] == ' ' || text[e] == ')' || text[e] == '\r');
    if (next == 0 && !last) {
      judge();
      i = j + 1;
      continue;
    }
    if (!follows && !items.empty()) judge();
    Item it{i, j, t.start, e, false};
    auto f = std::lower_bound(found.begin(), found.end(), std::make_pair(it.start, size_t{0}));
    for (; f != found.end() && f->first < it.end; ++f) {
      if (f->second <= it.end + 2) it.named = true;
    }
    items.push_back(it);
    // A separator never crosses a line or a cell: the next item starts
    // after it on the same line.
    if (next == 0) {
      judge();
      i = j + 1;
    } else {
      i = static_cast<size_t>(std::lower_bound(tokens.begin() + static_cast<std::ptrdiff_t>(j) + 1, tokens.end(), next,
                                               [](const Token& x, size_t a) { return x.start < a; }) -
                              tokens.begin());
    }
  }
  if (!items.empty()) judge();
}

// Houses, teams and classes a document lists after a label ("Houses:
// Cavell, Brunel, Equiano, Darwin (named after famous Britons)", "Teams:
// Seacole and Turing"), named after people: such a word standing alone is
// the group wherever it stands ("2nd  Wiremu Marsh (Darwin)", "HOUSE POINTS:
// Darwin 96"), and the PERSON hits of out[first..] that are only that word
// are dropped.
void DropGroupNames(const std::string& text, size_t first, std::vector<Hit>* out) {
  std::vector<std::string> groups;
  for (size_t colon = text.find(':'); colon != std::string::npos; colon = text.find(':', colon + 1)) {
    size_t b = colon;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    if (colon - b < 5 || colon - b > 7 || (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n')) continue;
    char buf[7];
    for (size_t k = b; k < colon; ++k) buf[k - b] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    const std::string_view label(buf, colon - b);
    if (label != "houses" && label != "teams" && label != "classes" && label != "forms" && label != "groups") continue;
    // The capitalised words up to the line's end or a bracket.
    size_t end = text.find_first_of("\n(", colon);
    if (end == std::string::npos) end = text.size();
    size_t k = colon + 1;
    while (k < end) {
      while (k < end && (text[k] == ' ' || text[k] == ',' || text[k] == '&')) ++k;
      size_t e = k;
      while (e < end && text[e] != ',' && text[e] != ' ') ++e;
      const std::string_view word(text.data() + k, e - k);
      if (word == "and") {
        k = e;
        continue;
      }
      if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) break;
      groups.push_back(FoldForMatch(word));
      k = e;
    }
  }
  if (groups.empty()) return;
  std::sort(groups.begin(), groups.end());
  auto keep = std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), [&](const Hit& h) {
    return h.category == "PERSON" && std::binary_search(groups.begin(), groups.end(), h.normalized);
  });
  out->erase(keep, out->end());
}

class GazetteerNameRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "name-gazetteer"; }

  void Find(const Document& doc, std::vector<Hit>* out) const override {
    const size_t first = out->size();
    FindAll(doc, out);
    DropGroupNames(doc.text, first, out);
  }

 private:
  void FindAll(const Document& doc, std::vector<Hit>* out) const {
    const bool ocr_damaged = ShowsOcrDamage(doc.text);
    FindIn(doc, ocr_damaged, out);
    if (!ocr_damaged) return;
    // OCR text again with look-alike digits inside words read as the letters
    // they stand for ("5enara", "Jewe1", "8ălan"): the names found there
    // that cover a repaired byte are names here. The repair keeps every
    // offset, so the hits need no mapping back.
    std::vector<bool> changed;
    std::string fixed = RepairOcrLetters(doc.text, &changed);
    if (changed.empty()) changed.assign(doc.text.size(), false);
    // A name split by a stray space ("Sonn y Mensah", "Sel varajah",
    // "Figueire do", "E rkan Kaur"): a capitalised piece no list knows, and a lower-case
    // piece after it, that together are a listed name. The space is dropped.
    std::vector<bool> drop(fixed.size(), false);
    {
      const NameLexicon& lex = NameLexicon::Get();
      auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0; };
      for (size_t p = 1; p + 1 < fixed.size(); ++p) {
        if (fixed[p] != ' ' || !letter(fixed[p - 1]) || !(fixed[p + 1] >= 'a' && fixed[p + 1] <= 'z')) continue;
        size_t a = p;
        while (a > 0 && letter(fixed[a - 1])) --a;
        size_t e = p + 1;
        while (e < fixed.size() && letter(fixed[e])) ++e;
        // (Two capitals are letters, not a piece: "NI no." A lone capital
        // is a piece before three letters or more: "E rkan", "E uan".)
        if (!(fixed[a] >= 'A' && fixed[a] <= 'Z') || (p - a == 1 && e - p - 1 < 3) ||
            (p - a == 2 && fixed[a + 1] >= 'A' && fixed[a + 1] <= 'Z')) {
          continue;
        }
        const std::string first = FoldForMatch(std::string_view(fixed).substr(a, p - a));
        const std::string second = FoldForMatch(std::string_view(fixed).substr(p + 1, e - p - 1));
        const std::string both = first + second;
        if (lex.IsGivenName(first) || lex.IsSurname(first) || lex.IsCommonWord(first) ||
            IsNotAName(first, NameSlot::kAlone) || !(lex.IsGivenName(both) || lex.IsSurname(both)) ||
            lex.IsCommonWord(both)) {
          continue;
        }
        drop[p] = true;
      }
    }
    // Only the lines holding a repair are read again (their names were
    // looked for above), and a word broken over a line end by a hyphen
    // ("Tsega-⏎y", "Kow-⏎al") is joined: copied one after another, with
    // the original offset of every byte copied, to map the hits back.
    Document repaired;
    std::string& copy = repaired.text;
    std::vector<size_t> origin;
    std::vector<bool> touched;
    auto ascii_lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto ascii_letter = [&](char c) { return ascii_lower(c) || (c >= 'A' && c <= 'Z'); };
    bool continuing = false;  // this line continues a word broken on the last
    for (size_t b = 0; b < fixed.size();) {
      size_t e = fixed.find('\n', b);
      if (e == std::string::npos) e = fixed.size();
      size_t next = e + 1;
      while (next < fixed.size() && (fixed[next] == ' ' || fixed[next] == '\t')) ++next;
      const bool breaks_word = e >= b + 2 && e < fixed.size() && fixed[e - 1] == '-' && ascii_letter(fixed[e - 2]) &&
                               next < fixed.size() && ascii_lower(fixed[next]);
      const bool has_change =
          std::any_of(changed.begin() + static_cast<std::ptrdiff_t>(b), changed.begin() + static_cast<std::ptrdiff_t>(e),
                      [](bool c) { return c; }) ||
          std::any_of(drop.begin() + static_cast<std::ptrdiff_t>(b), drop.begin() + static_cast<std::ptrdiff_t>(e),
                      [](bool c) { return c; });
      if (has_change || breaks_word || continuing) {
        const size_t stop = breaks_word ? e - 1 : e;
        for (size_t k = b; k < stop; ++k) {
          if (drop[k]) {
            if (!touched.empty()) touched.back() = true;
            continue;
          }
          copy += fixed[k];
          origin.push_back(k);
          touched.push_back(changed[k] || (continuing && k == b) || (breaks_word && k + 1 == stop));
        }
        if (!breaks_word) {
          copy += '\n';
          origin.push_back(e);
          touched.push_back(false);
        }
      }
      continuing = breaks_word;
      b = breaks_word ? next : e + 1;
    }
    if (std::none_of(touched.begin(), touched.end(), [](bool c) { return c; })) return;
    std::vector<Hit> extra;
    FindIn(repaired, true, &extra);
    for (Hit& h : extra) {
      if (h.category != "PERSON" || h.end <= h.start || h.end > copy.size()) continue;
      bool keep = std::any_of(touched.begin() + static_cast<std::ptrdiff_t>(h.start),
                              touched.begin() + static_cast<std::ptrdiff_t>(h.end), [](bool c) { return c; });
      // Across a line end only where the lines are neighbours in the original.
      for (size_t k = h.start; keep && k + 1 < h.end; ++k) {
        keep = copy[k] != '\n' || origin[k + 1] == origin[k] + 1;
      }
      if (!keep) continue;
      h.start = origin[h.start];
      h.end = origin[h.end - 1] + 1;
      h.value = doc.text.substr(h.start, h.end - h.start);  // what is redacted; `normalized` keeps the letters
      h.reason += " (OCR: look-alike digits read as letters, broken words joined)";
      out->push_back(std::move(h));
    }
  }

 private:
  void FindIn(const Document& doc, const bool ocr_damaged, std::vector<Hit>* out) const {
    const NameLexicon& lex = NameLexicon::Get();
    TokenList tokens = Tokenize(doc.text);
    // What the word lists say of each token, looked up once: a token is
    // looked at several times (as the start of a run, inside one, after one),
    // and the lookups in the large lists are the cost of this loop.
    struct Facts {
      int8_t not_name = -1, given = -1, sur = -1, common = -1, place = -1, english = -1;
      int16_t lists = -1;  // NameLexicon::Facts of the whole word (one lookup for the four lists)
    };
    std::vector<Facts> facts(tokens.size());
    auto memo = [](int8_t* slot, auto&& compute) {
      if (*slot < 0) *slot = compute() ? 1 : 0;
      return *slot == 1;
    };
    auto facts_of = [&](const Token& t) -> Facts& { return facts[static_cast<size_t>(&t - tokens.data())]; };
    auto lists_of = [&](const Token& t) {
      int16_t& l = facts_of(t).lists;
      if (l < 0) l = lex.Facts(t.folded);
      return static_cast<uint8_t>(l);
    };
    auto is_stop = [&](const Token& t) {
      return memo(&facts_of(t).not_name,
                  [&] { return (lists_of(t) & NameLexicon::NotANameBits(NameSlot::kAlone)) != 0; });
    };
    auto is_place = [&](const Token& t) {
      return memo(&facts_of(t).place, [&] { return IsPlaceOrOrganisationWord(t.folded); });
    };
    auto is_name_like = [&](const Token& t) {
      // "8Rose", "10K": a form or set code, not a name. Nor capitals glued
      // to a digit after them: "NE6", "LS7" start postcodes ("Newcastle upon
      // Tyne NE6 7GL" is no "Tyne NE"). Two letters at most: OCR puts
      // digits inside longer names in capitals ("CONN0R", "HARRIS0N").
      bool after_digit = t.start > 0 && doc.text[t.start - 1] >= '0' && doc.text[t.start - 1] <= '9';
      // ("Wanjiru Y2": a year group, no initial.)
      bool code = (t.all_caps || t.initial) && t.end - t.start <= 2 && t.end < doc.text.size() &&
                  doc.text[t.end] >= '0' && doc.text[t.end] <= '9';
      // ("A. Stokes": the article's letter with a full stop is an initial.)
      const bool dotted_initial = t.initial && t.end < doc.text.size() && doc.text[t.end] == '.';
      return (t.capitalised || t.all_caps) && (!is_stop(t) || dotted_initial) && !after_digit && !code &&
             !GluedByAmpersand(doc.text, t);
    };
    auto common = [&](const Token& t) {
      return memo(&facts_of(t).common, [&] { return (lists_of(t) & NameLexicon::kCommon) != 0; });
    };
    auto english = [&](const Token& t) {
      return memo(&facts_of(t).english,
                  [&] { return (lists_of(t) & (NameLexicon::kCommon | NameLexicon::kEnglish)) != 0; });
    };
    // Hyphenated names count when a part is known ("Kerry-Ann", "Smith-Jones").
    auto any_part = [&](const Token& t, auto&& pred) {
      if (pred(t.folded)) return true;
      if (t.folded.find('-') == std::string::npos) return false;
      size_t p = 0;
      while (p < t.folded.size()) {
        size_t dash = t.folded.find('-', p);
        if (dash == std::string::npos) dash = t.folded.size();
        if (pred(t.folded.substr(p, dash - p))) return true;
        p = dash + 1;
      }
      return false;
    };
    // (The whole word from the one lookup of the four lists, then its parts.)
    auto given = [&](const Token& t) {
      return memo(&facts_of(t).given, [&] {
        if ((lists_of(t) & NameLexicon::kGiven) != 0) return true;
        return t.hyphen && any_part(t, [&](std::string_view f) { return lex.IsGivenName(f); });
      });
    };
    auto sur = [&](const Token& t) {
      return memo(&facts_of(t).sur, [&] {
        if ((lists_of(t) & NameLexicon::kSurname) != 0) return true;
        return t.hyphen && any_part(t, [&](std::string_view f) { return lex.IsSurname(f); });
      });
    };
    // Surnames that are also place words or stop words ("Poppy Green",
    // "Simon Close", "Nusrat Winter", "Rhys Best"; not "Hall", which names
    // venues after people): a name only as the second
    // word of a two-word name whose first word is a known given name and no
    // ordinary word, written the same way, and not after a house number or
    // an article ("14 Simon Close", "the Rose Hill"). Places named after
    // people ("Victoria Park", "Albert Road") keep their street words, which
    // are never surnames here. (Seasons and months as given names before a
    // surname, "Summer Silva", were tried: they cost the second held-out set
    // precision.)
    auto same_case = [](const Token& a, const Token& b) { return a.all_caps == b.all_caps; };
    // Is there a number right before t (blanks between), a house number,
    // not a time ("14 Simon Close"; not "16:00  Aarav Park")? (Returns
    // false when no digit is there.)
    auto digit_before = [&](const Token& t, bool* house_number) {
      size_t k = t.start;
      while (k > 0 && doc.text[k - 1] == ' ') --k;
      if (!(k > 0 && doc.text[k - 1] >= '0' && doc.text[k - 1] <= '9')) return false;
      *house_number = !(k >= 3 && (doc.text[k - 3] == ':' || doc.text[k - 3] == '.') && doc.text[k - 2] >= '0' &&
                        doc.text[k - 2] <= '9');
      return true;
    };
    auto plain_word_before = [&](const Token& t) {
      bool house_number = false;
      if (digit_before(t, &house_number)) return house_number;
      const Token* prev = &t > tokens.data() ? &t - 1 : nullptr;
      if (prev == nullptr || t.start - prev->end != 1) return false;
      static const FoldedWordSet kBefore = {"the", "a", "an", "at", "in", "on", "near",
                                                             "via", "from", "our", "this", "royal", "st"};
      return kBefore.count(prev->folded) > 0;
    };
    auto is_surname_place = [](std::string_view f) {
      switch (f.size()) {  // asked of every street word: no string compares on the way
        case 4: return f == "hill" || f == "park" || f == "lane";
        case 5: return f == "green" || f == "close";
        case 6: return f == "church";
        default: return false;
      }
    };
    auto word_surname_after = [&](size_t i, size_t j) {
      // tokens[i] a known given name, tokens[j] right after it a surname that
      // is a stop or place word.
      if (j >= tokens.size() || !Adjacent(doc.text, tokens[i], tokens[j]) || !same_case(tokens[i], tokens[j])) {
        return false;
      }
      const Token& g = tokens[i];
      const Token& s = tokens[j];
      if (!(s.capitalised || s.all_caps)) return false;
      if (!(is_place(s) && is_surname_place(s.folded)) && !is_stop(s)) return false;
      if (!given(g) || common(g) || IsNotAName(s.folded, NameSlot::kAfterTitle) || !sur(s)) return false;
      if (plain_word_before(g)) return false;
      if (s.folded == "park" || s.folded == "lane") {
        // Parks and streets named after royalty ("Victoria Park", "Albert
        // Lane") are places, whoever else bears the names.
        static const SmallWordSet kRoyal = {"victoria", "albert", "alexandra", "elizabeth", "george", "william",
                                            "charlotte", "edward", "regent", "mary", "anne", "james", "arthur"};
        if (kRoyal.Has(g.folded)) return false;
        // So is a part of an address between commas ("Sycamore Close, Hyde
        // Park, Leeds").
        const bool comma_before = g.start >= 2 && doc.text.compare(g.start - 2, 2, ", ") == 0;
        const bool comma_after = s.end < doc.text.size() && doc.text[s.end] == ',';
        if (comma_before && comma_after) return false;
      }
      // Nothing capitalised right after: "Rose Hill Primary" is a school.
      if (j + 1 < tokens.size() && Adjacent(doc.text, s, tokens[j + 1]) &&
          (tokens[j + 1].capitalised || tokens[j + 1].all_caps)) {
        return false;
      }
      return true;
    };
    // Two capitalised words that neither list holds and that are no English
    // word ("Ramzan Yusupov", "Dilnoza Ngata", "ZAREMA LEBEDEV"), or one such
    // before a listed surname that is no word ("Ngono Umarov"): the shape of a
    // name from a background the lists miss. Written alike (both in
    // capitals or neither), each a plain word (no capital inside but after
    // Mc, Mac, an apostrophe or a hyphen: "Instagram DMs", "WJEC Eduqas"
    // are products and bodies), no place or organisation word, not after a
    // house number, an article or a word that starts a place's name ("St
    // Helen's", "Ysgol Glan Morfa", "Heol Las", "Tŷ Derw"), and no heading
    // in capitals.
    auto plain_shape = [&](const Token& t) {
      if (t.all_caps) return true;
      const std::string_view w(doc.text.data() + t.start, t.end - t.start);
      for (size_t k = 1; k < w.size(); ++k) {
        if (!(w[k] >= 'A' && w[k] <= 'Z')) continue;
        const char before = w[k - 1];
        if (before == '\'' || before == '-' || (k == 2 && w.substr(0, 2) == "Mc") ||
            (k == 3 && w.substr(0, 3) == "Mac")) {
          continue;
        }
        return false;
      }
      return true;
    };
    auto unlisted = [&](const Token& t) {
      return !t.initial && t.folded.size() >= 3 && !given(t) && !sur(t) && !english(t) && plain_shape(t);
    };
    auto listed_no_word = [&](const Token& t) { return sur(t) && !common(t) && !english(t); };
    auto unlisted_name = [&](size_t at) {
      const Token& a = tokens[at];
      const Token& b = tokens[at + 1];
      // (Or one of the two a listed name that is also a word, mid-sentence
      // and not in capitals: "Aizada Sparrow", "Sunday Horomona".)
      const bool pair = unlisted(a) && (unlisted(b) || listed_no_word(b));
      // Surnames that are also words of places and institutions after a
      // place's name are none ("Jodrell Bank", "Ilkley Moor", "Kielder
      // Water", "Kirkgate Junior").
      static const SmallWordSet kPlaceSecond = {
          "bank", "abbey", "moor", "moors", "water", "junior", "juniors", "infant", "infants", "record", "pool",
          "marsh", "heath", "priory", "minster", "reservoir", "tarn", "fell", "pike", "scar", "edge", "crag",
          "ings", "carr", "holme", "fold", "brow", "mount", "chase", "forest", "wood", "woods", "down", "downs",
          "sands", "head", "point", "ford", "gate", "end", "side", "banks", "shaw", "clough", "nook", "lodge",
          "mill", "mills", "trail", "bridge", "day", "corp", "inc", "ltd", "plc", "llc", "group"};
      const bool word_pair = !a.all_caps && !a.sentence_start &&
                             ((unlisted(a) && sur(b) && !kPlaceSecond.Has(b.folded)) || (given(a) && unlisted(b)));
      if (!(pair || word_pair) || !same_case(a, b) || is_place(a) || is_place(b)) return false;
      if (IsRequestVerb(a.folded)) return false;
      static const SmallWordSet kPlaceStarts = {"st", "saint", "ysgol", "heol", "ty", "coleg", "ffordd", "stryd",
                                                "plas", "capel", "eglwys", "canolfan", "cwm", "glan", "bryn",
                                                "maes", "coed", "nant", "llys", "the", "a", "an", "our", "this",
                                                "royal"};
      if (kPlaceStarts.Has(a.folded)) return false;
      if (at > 0 && tokens[at - 1].end + 1 == a.start && doc.text[a.start - 1] == ' ' &&
          kPlaceStarts.Has(tokens[at - 1].folded)) {
        return false;
      }
      // Not after a house number ("36 Heol Las"; after a time, "09:10
      // Ramzan Yusupov", it may be).
      bool house_number = false;
      if (digit_before(a, &house_number) && house_number) return false;
      // In OCR text, whose damage makes non-words of words ("Kirkgate
      // Commu nity", "Poulorni Zli tni", "BO0KI NG"): words of four letters
      // or more, not in capitals, no digit beside them, and the word after
      // them, if lower case, English.
      if (ocr_damaged) {
        const auto digit_at = [&](size_t x) { return x < doc.text.size() && doc.text[x] >= '0' && doc.text[x] <= '9'; };
        if (a.all_caps || a.end - a.start < 4 || b.end - b.start < 4 || (a.start > 0 && digit_at(a.start - 1)) ||
            digit_at(a.end) || digit_at(b.end) || digit_at(b.start - 1)) {
          return false;
        }
        auto plain_neighbour = [&](size_t k) {
          const Token& t = tokens[k];
          return t.capitalised || t.all_caps || english(t);
        };
        if (at + 2 < tokens.size() && tokens[at + 2].start == b.end + 1 && !plain_neighbour(at + 2)) return false;
      }
      // A word going on after a hyphen at the line's end ("Glenbrook
      // Integrat-⏎ed College") or a space ("Wilberforce Hig h School").
      if (doc.text.compare(b.end, 2, "-\n") == 0) return false;
      if (at + 2 < tokens.size() && tokens[at + 2].start == b.end + 1 && !tokens[at + 2].capitalised &&
          tokens[at + 2].end - tokens[at + 2].start <= 2 && tokens[at + 2].folded != "a" && !english(tokens[at + 2])) {
        return false;
      }
      // (A name in capitals alone on its line before a form or class in
      // brackets is a heading that names someone: "MEHRAB DIJKSTRA  (11S)".)
      auto form_after = [&] {
        size_t k = b.end;
        while (k < doc.text.size() && doc.text[k] == ' ') ++k;
        return k + 2 < doc.text.size() && doc.text[k] == '(' && doc.text[k + 1] >= '0' && doc.text[k + 1] <= '9';
      };
      return !(a.all_caps && CapitalsHeading(doc.text, a.start, b.end) && !form_after());
    };
    for (size_t i = 0; i < tokens.size();) {
      if (!is_name_like(tokens[i])) {
        ++i;
        continue;
      }
      // The run of capitalised, adjacent words starting here (at most 4).
      size_t j = i + 1;
      bool word_surname = false;  // ends in a surname that is a word
      while (j < tokens.size() && j - i < 4 && Adjacent(doc.text, tokens[j - 1], tokens[j])) {
        if (is_name_like(tokens[j])) {
          ++j;
          continue;
        }
        if (j == i + 1 && word_surname_after(i, j)) {
          ++j;
          word_surname = true;
          break;
        }
        // Lower-case particles inside a name: "Owain ap Iorwerth", "van der Berg".
        static const FoldedWordSet kParticles = {"ap", "ab", "de", "van", "von", "der", "den",
                                                         "bin", "binti", "al", "el", "da", "di", "du",
                                                         "le", "la", "nic", "mac", "ni", "dos", "das",
                                                         "del", "della", "ter", "ten", "ibn", "bint"};
        if (kParticles.count(tokens[j].folded) && j + 1 < tokens.size() && is_name_like(tokens[j + 1]) &&
            Adjacent(doc.text, tokens[j], tokens[j + 1])) {
          j += 2;
          continue;
        }
        // "al-Khatib", "el-Masri": a lower-case Arabic article joined to a
        // capitalised name.
        if (AttachedArticle(doc.text, tokens[j])) {
          ++j;
          continue;
        }
        // "Mac an tSaoir", "Nic an tSaoir": the article of a Gaelic name.
        if (tokens[j].folded == "an" && j + 1 < tokens.size() && tokens[j + 1].capitalised &&
            (tokens[j - 1].folded == "mac" || tokens[j - 1].folded == "nic" || tokens[j - 1].folded == "ni") &&
            Adjacent(doc.text, tokens[j], tokens[j + 1])) {
          j += 2;
          continue;
        }
        // Two particles: "van der Merwe", "de la Cruz", "van den Berg".
        if (kParticles.count(tokens[j].folded) && j + 2 < tokens.size() &&
            kParticles.count(tokens[j + 1].folded) && !tokens[j + 1].capitalised &&
            is_name_like(tokens[j + 2]) && Adjacent(doc.text, tokens[j], tokens[j + 1]) &&
            Adjacent(doc.text, tokens[j + 1], tokens[j + 2])) {
          j += 3;
          continue;
        }
        break;
      }
      // "KA Kidist Abdullahi", "SZ Shannon Zungu": initials before the name
      // they stand for are no part of it (the initials recognizer keys them).
      if (j - i >= 3 && tokens[i].all_caps && !tokens[i + 1].all_caps && tokens[i].end - tokens[i].start <= 4) {
        const std::string_view text(doc.text);
        const std::string_view initials = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
        if (InitialsFit(initials, text.substr(tokens[i + 1].start, tokens[j - 1].end - tokens[i + 1].start))) {
          ++i;
          continue;
        }
      }
      if (j == i + 2 && !word_surname && is_place(tokens[i + 1]) && word_surname_after(i, i + 1)) {
        word_surname = true;
      }
      // A place or organisation ("Mill Lane", "Kestrel Moor Academy").
      if (j < tokens.size() && is_place(tokens[j]) && Adjacent(doc.text, tokens[j - 1], tokens[j])) {
        if (j == i + 1 && word_surname_after(i, j)) {
          ++j;
          word_surname = true;
        } else {
          i = j + 1;
          continue;
        }
      }
      if (is_place(tokens[j - 1]) && !word_surname) {
        i = j;
        continue;
      }
      // A firm's partners ("Marsh & Noble Architects", "Patel & Co"): names
      // joined by '&' to capitalised words that end in an organisation's.
      if (j < tokens.size() && TextAt(doc.text, tokens[j - 1].end, " & ") &&
          tokens[j].start == tokens[j - 1].end + 3) {
        size_t k = j;
        while (k + 1 < tokens.size() && k - j < 3 && tokens[k].capitalised && !is_place(tokens[k]) &&
               Adjacent(doc.text, tokens[k], tokens[k + 1])) {
          ++k;
        }
        if (k < tokens.size() && (is_place(tokens[k]) || tokens[k].folded == "co" || tokens[k].folded == "sons")) {
          i = k + 1;
          continue;
        }
      }
      size_t n = j - i;
      const Token& first = tokens[i];
      // "The Will writing service", "the King's Speech": an article makes a
      // following name-that-is-a-word a thing.
      bool after_article = i > 0 && IsArticleWord(tokens[i - 1].folded) && tokens[i].start - tokens[i - 1].end == 1;
      if (after_article && common(first)) {
        i = j;
        continue;
      }
      // A question's modal verb before a name ("Can Harvey or Mr Ferreira
      // call me?", "Will Amira be in?"): the name starts after it.
      if (n >= 2 && first.sentence_start && !first.all_caps &&
          (first.folded == "can" || first.folded == "will" || first.folded == "could" || first.folded == "would" ||
           first.folded == "shall" || first.folded == "did" || first.folded == "does" || first.folded == "has") &&
          j < tokens.size() && !tokens[j].capitalised && QuestionFollows(doc.text, tokens[j - 1].end)) {
        ++i;
        continue;
      }
      // A class, house, form or group named after someone ("Class: Rowan",
      // "House: Grace Darling", "Group: Fox Cubs") is no person.
      if (AfterGroupLabel(doc.text, first.start)) {
        i = j;
        continue;
      }
      const Token& last = tokens[j - 1];
      // "Hunter's Moor Activity Centre", "Cooper's Row", "Hunter's XI": a
      // name's possessive before a place, a body or a team names the place.
      {
        const size_t after = last.end;
        size_t next_start = std::string::npos;
        if (TextAt(doc.text, after, "'s ")) next_start = after + 3;
        if (TextAt(doc.text, after, "\xE2\x80\x99s ")) next_start = after + 5;
        if (next_start != std::string::npos && j < tokens.size() && tokens[j].start == next_start) {
          bool place = false;
          for (size_t k = j; k < tokens.size() && k - j < 3 && !place; ++k) {
            const Token& t = tokens[k];
            if (!t.capitalised && !t.all_caps) break;
            if (k > j && !Adjacent(doc.text, tokens[k - 1], t)) break;
            const std::string_view w(doc.text.data() + t.start, t.end - t.start);
            const bool roman = t.all_caps && w.size() <= 4 && w.find_first_not_of("IVXL") == std::string_view::npos;
            place = is_place(t) || roman;
          }
          if (place) {
            i = j;
            continue;
          }
        }
      }
      double confidence = 0;
      std::string why;
      if (n >= 2) {
        bool first_ok = first.initial || given(first) || (sur(first) && !common(first));
        bool last_ok = sur(last) || given(last) || (!english(last) && last.folded.size() >= 3);
        // Two words in capitals that are both also ordinary words, on a
        // line all in capitals with no label before them, are a heading
        // ("HERON VALE ACADEMY — DAILY COVER"; not "RE: DAWN MARK – DOB").
        bool caps_words = first.all_caps && last.all_caps && common(first) && common(last) &&
                          CapitalsHeading(doc.text, first.start, last.end);
        if (first_ok && last_ok && !caps_words && !(common(first) && common(last) && !given(first))) {
          confidence = 0.85;
          why = "Full name (known given name or surname, capitalised)";
        } else if (n == 2 && last.initial && !first.all_caps && first.capitalised && given(first) &&
                   !common(first) &&
                   (!first.sentence_start || CellEndsAfter(doc.text, last.end) ||
                    doc.text.compare(last.end, 5, " \xE2\x80\x93 ") == 0 || doc.text.compare(last.end, 3, " - ") == 0)) {
          // A given name and the initial of the surname ("Jermaine F.",
          // "Tomasz L – attendance 71%"), as pupils are named in notes.
          confidence = 0.7;
          why = "Given name and the initial of a surname";
        } else if (n == 2 && last.initial && doc.text.compare(last.end, 1, ".") == 0 && unlisted(first) &&
                   !first.all_caps && !is_place(first) && !IsRequestVerb(first.folded) &&
                   (!first.sentence_start || CellEndsAfter(doc.text, last.end))) {
          // The same with a given name no list holds, the initial's full
          // stop written ("Aishath L. (Grade 5 flute)").
          confidence = 0.65;
          why = "Given name no list holds and the initial of a surname";
        } else if (n == 2 && !first.all_caps && first.folded.size() >= 3 && !given(first) && !sur(first) &&
                   !common(first) && sur(last) && !common(last) && !last.all_caps && !IsRequestVerb(first.folded)) {
          // A given name the lists lack before a known surname that is no
          // word ("Faadumo Farah", "Xiaoling Huang", "Cabdi Nur").
          confidence = 0.7;
          why = "Full name (unlisted given name before a known surname)";
        } else if (n == 2 && unlisted_name(i)) {
          confidence = 0.7;
          why = "Full name (two words no list holds and no English word)";
        } else if (n == 3 && tokens[i + 1].initial && !first.all_caps && unlisted(first) && !is_place(first) &&
                   (unlisted(last) || (sur(last) && !common(last))) && !last.all_caps && !is_place(last)) {
          // "Alvir D. Pušaver", "Mijail C Adomo": the same with a middle
          // initial.
          confidence = 0.7;
          why = "Full name (words no list holds, a middle initial)";
        }
      } else if (!first.initial && first.folded.size() >= 2) {
        bool caps_only = first.all_caps && first.folded.size() <= 3;  // acronyms
        // "Wake-up", "Drop-off", "Check-in": an adverb or preposition after
        // a hyphen makes a word of it ("Seo-yeon", "Ji-ho" are names).
        const std::string_view w(doc.text.data() + first.start, first.end - first.start);
        const size_t hyphen = w.find('-');
        if (hyphen != std::string_view::npos && !lex.IsGivenName(first.folded)) {
          static const SmallWordSet kParticles = {"up", "off", "in", "out", "on", "by", "over", "back", "down", "away"};
          const std::string after = FoldForMatch(w.substr(hyphen + 1));
          if (kParticles.Has(after)) caps_only = true;  // (no name)
          // "Ruby-red", "Rose-tinted": a name's word before a lower-case
          // English word is a compound word ("Jean-luc", "Mary-jane" keep
          // their names: "luc" and "jane" are no lower-case English word).
          if (hyphen + 1 < w.size() && w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z' && lex.IsEnglishWord(after)) {
            caps_only = true;
          }
        }
        // "Star of the Week", "Pupil of the Month": a word before "of the"
        // names an award or a thing, not a person.
        if (!caps_only && common(first) && TextAt(doc.text, first.end, " of the ")) caps_only = true;
        // "Isle of Lewis", "King's Lynn", "Vale of Glamorgan": a place.
        if (first.start >= 5 && doc.text[first.start - 1] == ' ' &&
            (doc.text[first.start - 2] == 'f' || doc.text[first.start - 2] == 's')) {
          const std::string_view before = std::string_view(doc.text).substr(0, first.start);
          if (before.ends_with("Isle of ") || before.ends_with("Vale of ") || before.ends_with("King's ") ||
              before.ends_with("King\xE2\x80\x99s ") || before.ends_with("Bishop's ") || before.ends_with("City of ")) {
            caps_only = true;
          }
        }
        // "'May' for 'Mark'": a word in quotes is the word, mentioned.
        // (' " or ‘ ’ “ ”, tested byte by byte: no string compares.)
        const auto quote = [](std::string_view q) {
          if (q.size() == 1) return q[0] == '\'' || q[0] == '"';
          return q.size() == 3 && q[0] == '\xE2' && q[1] == '\x80' &&
                 (q[2] == '\x98' || q[2] == '\x99' || q[2] == '\x9C' || q[2] == '\x9D');
        };
        auto before_quote = [&](size_t n_bytes) {
          return first.start >= n_bytes && quote(std::string_view(doc.text).substr(first.start - n_bytes, n_bytes));
        };
        auto after_quote = [&](size_t n_bytes) {
          return quote(std::string_view(doc.text).substr(first.end, n_bytes));
        };
        if ((before_quote(1) || before_quote(3)) && (after_quote(1) || after_quote(3)) && common(first)) {
          caps_only = true;
        }
        if (!caps_only && !common(first)) {
          if (given(first)) {
            confidence = 0.75;
            why = "Given name";
          } else if (sur(first) && !first.sentence_start) {
            confidence = 0.6;
            why = "Surname";
          }
        } else if (!caps_only && given(first) && first.capitalised && !first.all_caps &&
                   !first.sentence_start &&
                   // ("Gift Aid": a word of a phrase whose next word, capitalised, is no name.)
                   !(j < tokens.size() && Adjacent(doc.text, first, tokens[j]) && tokens[j].capitalised &&
                     is_stop(tokens[j]) && IsNotAName(tokens[j].folded, NameSlot::kAfterTitle))) {
          // "Will", "Harry", "Poppy" mid-sentence with a capital: the word
          // would be lower case there, so it is the name.
          confidence = 0.6;
          why = "Given name (also an ordinary word, but capitalised mid-sentence)";
        }
      }
      // "BANK DETAILS FOR SALARY": an ALL CAPS heading, known by a word
      // that is no name ending the run and an ALL CAPS joining word after it
      // on the same line (a name in capitals is followed by data, not "FOR").
      if (confidence > 0 && n >= 2 && last.all_caps && !given(last) && !sur(last) && j < tokens.size() &&
          tokens[j].all_caps && tokens[j].start - last.end == 1) {
        std::string_view f = tokens[j].folded;
        if (f == "for" || f == "of" || f == "and" || f == "to" || f == "the" || f == "from") confidence = 0;
      }
      if (confidence > 0 && OnTableHeaderRow(doc.text, first.start)) confidence = 0;
      if (confidence > 0) {
        size_t s = first.start, e = last.end;
        // A name ending in an initial keeps its full stop where a cell or
        // the line ends after it ("| Akosua P.   |").
        if (n >= 2 && last.initial && e < doc.text.size() && doc.text[e] == '.') {
          size_t k = e + 1;
          while (k < doc.text.size() && doc.text[k] == ' ') ++k;
          // (And where the sentence goes on: "Aishath L. (Grade 5 flute)",
          // "Tangeni H., Hlulani".)
          if (k == doc.text.size() || doc.text[k] == '|' || doc.text[k] == '\t' || doc.text[k] == '\n' ||
              doc.text[k] == '(' || doc.text[k] == ',' || (doc.text[k] >= 'a' && doc.text[k] <= 'z')) {
            ++e;
          }
        }
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-gazetteer", confidence, why});
      } else if (n >= 2 && IsRequestVerb(first.folded)) {
        i = i + 1;  // "Contact Lauren's family": the name may follow the verb
        continue;
      } else if (n >= 3 && !first.all_caps && !given(first) && !sur(first) &&
                 (english(first) || first.folded == "i'm") && !tokens[i + 1].initial &&
                 ((given(tokens[i + 1]) && !common(tokens[i + 1])) || unlisted(tokens[i + 1]))) {
        // "I'm Naomi Ryan", "Producer James Sparks": a word that is no
        // name before a name; the name is read from the next word.
        i = i + 1;
        continue;
      }
      i = j;
    }

    // Form labels: whatever capitalised words follow "Name:", "Signed:",
    // "Treated by:" and the like are a name, known to the lists or not.
    // The OCR-tolerant labels only where the document shows OCR damage:
    // their pattern has no literal to search for and costs a pass of its own.
    static const RE2 clean_label(LabelPattern(false), Latin1Off());
    static const RE2 ocr_label(LabelPattern(true), Latin1Off());
    const RE2& label = ocr_damaged ? ocr_label : clean_label;
    {
      re2::StringPiece in(doc.text), lm;
      // (The OCR pattern is not screened: it would swell the screen's
      // automaton for every document, and runs on few.)
      size_t p = (ocr_damaged || MayMatch(label, doc.text)) ? 0 : doc.text.size();
      // The next match at or after `from`. In clean text RE2 is asked only
      // at a ':' whose word before is a label's last word (LabelLastWords,
      // or a word with a byte >= 0x80: under (?i) 'k' and 's' match the
      // KELVIN SIGN and LONG S), from the line's start (or `from`) to the
      // blanks after the ':'. No match ends at another ':', and the matches
      // ending at one ':' start after the one before, so the first such ':'
      // with a match has the leftmost: a pass of RE2 over the whole text
      // (some 14 instructions a byte) is not needed to find it.
      auto next_label = [&](size_t from, re2::StringPiece* found) {
        const std::string& text = doc.text;
        if (ocr_damaged) return label.Match(in, from, text.size(), RE2::UNANCHORED, found, 1);
        const WordTable& last_words = LabelLastWords();
        bool hit = false;
        for (size_t at = from; at < text.size();) {
          const void* colon = std::memchr(text.data() + at, ':', text.size() - at);
          if (colon == nullptr) break;
          const size_t c = static_cast<size_t>(static_cast<const char*>(colon) - text.data());
          at = c + 1;
          size_t we = c;  // the last word's end, then its start
          while (we > from && (text[we - 1] == ' ' || text[we - 1] == '\t')) --we;
          size_t ws = we;
          bool non_ascii = false;
          char buf[24];
          while (ws > from && text[ws - 1] != ' ' && text[ws - 1] != '\t' && text[ws - 1] != '\n' && we - ws <= sizeof buf) {
            --ws;
            non_ascii = non_ascii || static_cast<unsigned char>(text[ws]) >= 0x80;
          }
          if (we == ws || we - ws > sizeof buf) continue;  // no word, or longer than any label's
          if (!non_ascii) {
            for (size_t k = ws; k < we; ++k) buf[k - ws] = text[k] >= 'A' && text[k] <= 'Z' ? static_cast<char>(text[k] + 32) : text[k];
            if (!last_words.Contains(std::string_view(buf, we - ws))) continue;
          }
          size_t a = ws;
          while (a > from && text[a - 1] != '\n') --a;
          size_t b = c + 1;
          while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
          if (label.Match(in, a, b, RE2::UNANCHORED, found, 1)) {
            hit = true;
            break;
          }
        }
        if (RunsSelfCheck()) {
          re2::StringPiece plain;
          const bool plain_hit = label.Match(in, from, text.size(), RE2::UNANCHORED, &plain, 1);
          if (plain_hit != hit || (hit && (plain.data() != found->data() || plain.size() != found->size()))) {
            CountRunsMismatch(label);
          }
        }
        return hit;
      };
      while (p < doc.text.size() && next_label(p, &lm)) {
        size_t after = static_cast<size_t>(lm.data() - doc.text.data()) + lm.size();
        p = after + 1;
        // The first token starting at or after the label (tokens are in order).
        size_t k = static_cast<size_t>(
            std::lower_bound(tokens.begin(), tokens.end(), after,
                             [](const Token& t, size_t at) { return t.start < at; }) -
            tokens.begin());
        // An OCR-damaged name: taken as a whole when the word-by-word
        // reading below would stop short of it.
        bool damaged = false;
        size_t ocr_end = ocr_damaged ? OcrLabelNameEnd(doc.text, after, lex, &damaged) : after;
        auto add_ocr = [&] {
          std::string value = doc.text.substr(after, ocr_end - after);
          out->push_back(Hit{after, ocr_end, "PERSON", value, FoldForMatch(value), "name-label", 0.75,
                             "Name after a form label (OCR-damaged)"});
        };
        if (k >= tokens.size() || tokens[k].start != after) {
          if (damaged && ocr_end > after) add_ocr();
          continue;
        }
        size_t j = k;
        // The label says a name is here, so only the words that are never
        // a name part stop it ("Name: Léa Winter", "Pupil: Jun Chen",
        // "Surname: BEST"): not the seasons, months and surnames that are
        // stop words when a capital is the only evidence.
        auto label_stop = [&](const Token& t) { return is_stop(t) && IsNotAName(t.folded, NameSlot::kAfterTitle); };
        // A month people are called, followed by a name ("Treated by: April
        // Chan"; not "Date signed: May 2024").
        auto month_name = [&](size_t m) {
          return m == k && (tokens[m].capitalised || tokens[m].all_caps) && lex.IsGivenName(tokens[m].folded) &&
                 !IsNeverAName(tokens[m].folded) && m + 1 < tokens.size() &&
                 Adjacent(doc.text, tokens[m], tokens[m + 1]) &&
                 (tokens[m + 1].capitalised || tokens[m + 1].all_caps) && !label_stop(tokens[m + 1]);
        };
        while (j < tokens.size() && j - k < 4 &&
               (((tokens[j].capitalised || tokens[j].all_caps) && (!label_stop(tokens[j]) || month_name(j))) ||
                AttachedArticle(doc.text, tokens[j]) || LabelParticle(tokens, j, doc.text)) &&
               (j == k || Adjacent(doc.text, tokens[j - 1], tokens[j]))) {
          ++j;
        }
        while (j > k && !tokens[j - 1].capitalised && !tokens[j - 1].all_caps &&
               !AttachedArticle(doc.text, tokens[j - 1])) {
          --j;  // a particle cut off by the word limit
        }
        if (damaged && ocr_end > (j == k ? after : tokens[j - 1].end)) {
          add_ocr();
          continue;
        }
        // A name the line broke after its first word, as a narrow form
        // column wraps it ("Pupil: Kayleigh⏎       Hill  DOB …"): a listed
        // surname alone at the start of the next line, a cell's gap after it.
        if (j == k + 1 && j < tokens.size() && tokens[j].capitalised && sur(tokens[j]) && given(tokens[k])) {
          std::string_view between(doc.text.data() + tokens[k].end, tokens[j].start - tokens[k].end);
          if (between.find_first_not_of(" \t\n") == std::string_view::npos &&
              std::count(between.begin(), between.end(), '\n') == 1 && between.find('\n') == 0 &&
              CellEndsAfter(doc.text, tokens[j].end)) {
            ++j;
          }
        }
        // Post-nominal letters after a name are not part of it ("Given by:
        // Ama Owusu RN").
        if (j - k >= 2 && tokens[j - 1].all_caps && IsPostNominal(tokens[j - 1].folded)) --j;
        // A lone capital is no name ("Given by: A ma Owusu", as OCR splits it).
        if (j == k && !ocr_damaged && k + 1 < tokens.size() && !tokens[k].capitalised && !tokens[k].all_caps) {
          // A name typed in lower case, filling the rest of the line ("Name
          // on card / payer: agnelo sadykov"): two words, each a listed
          // name that is no word or a word no list holds and no English
          // word, one at least listed or both unlisted.
          const Token& g = tokens[k];
          const Token& f = tokens[k + 1];
          auto lower_name = [&](const Token& t) {
            return !t.capitalised && !t.all_caps && t.folded.size() >= 3 && !IsNotAName(t.folded, NameSlot::kAlone) &&
                   (unlisted(t) || ((given(t) || sur(t)) && !common(t) && !english(t)));
          };
          size_t eol = f.end;
          while (eol < doc.text.size() && (doc.text[eol] == ' ' || doc.text[eol] == '\r')) ++eol;
          if (Adjacent(doc.text, g, f) && lower_name(g) && lower_name(f) &&
              (eol == doc.text.size() || doc.text[eol] == '\n')) {
            std::string value = doc.text.substr(g.start, f.end - g.start);
            out->push_back(Hit{g.start, f.end, "PERSON", value, FoldForMatch(value), "name-label", 0.7,
                               "Name in lower case after a form label"});
          }
          continue;
        }
        if (j == k || (j - k == 1 && tokens[k].initial)) continue;
        // Nor one English word no list holds ("Caller: Withheld", "Driver:
        // Agency").
        // (After a label that asks for a surname or a forename, any word
        // is one: "Surname: ENGINEER", "Child's forename(s): Mere".)
        auto name_part_label = [&] {
          std::string l = FoldForMatch(std::string_view(lm.data(), lm.size()));
          return l.find("surname") != std::string::npos || l.find("forename") != std::string::npos ||
                 l.find("first name") != std::string::npos || l.find("last name") != std::string::npos;
        };
        if (j - k == 1 && !ocr_damaged && !given(tokens[k]) && !sur(tokens[k]) && english(tokens[k]) &&
            !name_part_label()) {
          continue;
        }
        size_t s = tokens[k].start, e = tokens[j - 1].end;
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-label", 0.8,
                           "Name after a form label"});
        // "Child: HOAREAU, Rafiqa": a surname, a comma, and the given names
        // after it are the second name of the value.
        // (One word before the comma, and the names end a cell: not
        // "Ja'Mya Nsimba, MBACP", "Lewis Benali, Ada Lovelace College".)
        if (j == k + 1 && j < tokens.size() && doc.text.compare(e, 2, ", ") == 0 && tokens[j].start == e + 2 &&
            (tokens[j].capitalised || tokens[j].all_caps) && !label_stop(tokens[j]) && !is_place(tokens[j]) &&
            !IsTitleWord(tokens[j].folded) && !english(tokens[j])) {
          size_t m = j + 1;
          while (m < tokens.size() && m - j < 3 && Adjacent(doc.text, tokens[m - 1], tokens[m]) &&
                 (tokens[m].capitalised || tokens[m].all_caps) && !label_stop(tokens[m]) && !english(tokens[m])) {
            ++m;
          }
          std::string given_names = doc.text.substr(tokens[j].start, tokens[m - 1].end - tokens[j].start);
          if (CellEndsAfter(doc.text, tokens[m - 1].end)) out->push_back(Hit{tokens[j].start, tokens[m - 1].end, "PERSON", given_names, FoldForMatch(given_names),
                             "name-label", 0.75, "Given names after a surname and a comma, after a form label"});
        }
      }
    }

    // "SURNAME, Given" on forms and registers: two names, the surname and
    // the given name, as in "Surname, Given" email headers (one span over
    // the comma would also take the comma and the space between them).
    static const RE2 register_form(R"((\p{Lu}{2,}[\p{Lu}'’\-]*), (\p{Lu}\p{Ll}+))");
    ForEachMatch(register_form, doc.text, 0, [&](size_t ms, size_t, auto& groups) {
      // "Apt. 105, ISHAM, United Kingdom", "in STAVANGER, Betterlesson":
      // after a comma or a place preposition the capitals are a town.
      std::string_view before(doc.text.data(), ms);
      if (before.ends_with(", ") || before.ends_with(" in ") || before.ends_with(" at ") ||
          before.ends_with(" to ") || before.ends_with(" from ")) {
        return;
      }
      std::string sf = FoldForMatch(std::string_view(groups[1].data(), groups[1].size()));
      std::string gf = FoldForMatch(std::string_view(groups[2].data(), groups[2].size()));
      if ((lex.IsSurname(sf) || lex.IsGivenName(gf)) && !IsNotAName(sf, NameSlot::kAlone) &&
          !IsNotAName(gf, NameSlot::kAlone)) {
        for (int g = 1; g <= 2; ++g) {
          size_t s = static_cast<size_t>(groups[g].data() - doc.text.data());
          size_t e = s + groups[g].size();
          std::string value = doc.text.substr(s, e - s);
          out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-register", 0.85,
                             g == 1 ? "Surname written SURNAME, Given" : "Given name written SURNAME, Given"});
        }
      }
    });

    // "COOK, ASFANDYAR / Y11 / Copperfield Place", "  SMITH, JOHN  9K": a
    // register's SURNAME, GIVEN in capitals at a line's start, alone before
    // the next column. Two names, as above, where the lists know one of them
    // and neither is a stop, role, place or organisation word.
    static const RE2 caps_register(
        R"((?m)^[ \t]*(?:[-*]\s+|\d{1,2}[.)]\s+)?(\p{Lu}[\p{Lu}'’\-]+), (\p{Lu}[\p{Lu}'’\-]+)(?:[ \t]*$|[ \t]*[/|,\t]|  ))",
        Latin1Off());
    ForEachMatch(caps_register, doc.text, 0, [&](size_t, size_t, auto& groups) {
      std::string sf = FoldForMatch(std::string_view(groups[1].data(), groups[1].size()));
      std::string gf = FoldForMatch(std::string_view(groups[2].data(), groups[2].size()));
      auto plain = [&](const std::string& f) {
        return !IsNotAName(f, NameSlot::kAlone) && !IsRoleWord(f) && !IsPlaceOrOrganisationWord(f);
      };
      if (!(lex.IsSurname(sf) || lex.IsGivenName(gf)) || !plain(sf) || !plain(gf)) return;
      for (int g = 1; g <= 2; ++g) {
        size_t st = static_cast<size_t>(groups[g].data() - doc.text.data());
        AddPerson(doc.text, st, st + groups[g].size(), "name-register", 0.8,
                  g == 1 ? "Surname written SURNAME, GIVEN in a register"
                         : "Given name written SURNAME, GIVEN in a register",
                  out);
      }
    });

    // "Surname, Given" as lists write it: a library or booking list row
    // ("Greenhalgh, Siân         10R"), a participants list ("; de Vries,
    // Farhana"), a chat speaker ("] Park, Efua (Staff):"). Where the pair
    // ends the cell or the name, and the lists vouch: a given name that is
    // no ordinary word or place ("Park, Efua"), or a surname that is none
    // before a listed given name ("Hargreaves, Autumn"), or a chat speaker
    // with either listed ("] Chakraborty, Autumn (Staff):").
    static const RE2 surname_given(
        R"((?m)(?:^[ \t]*|\] |; |: )((?:(?:de|van|von|dos|da|del|di|du|le|la) )?\p{Lu}\p{Ll}[\p{L}'\x{2019}\-]*), (\p{Lu}\p{Ll}[\p{L}'\x{2019}\-]*)(?:[ \t]{2,}|[ \t]*\(|:|;|[ \t]*\r?$))");
    ForEachMatch(surname_given, doc.text, 0, [&](size_t ms, size_t me, auto& groups) {
      std::string_view sv(groups[1].data(), groups[1].size()), gv(groups[2].data(), groups[2].size());
      std::string sf = FoldForMatch(sv.substr(sv.rfind(' ') == std::string_view::npos ? 0 : sv.rfind(' ') + 1));
      std::string gf = FoldForMatch(gv);
      if (IsNotAName(sf, NameSlot::kAfterTitle) || IsNotAName(gf, NameSlot::kAfterTitle) || IsNeverAName(sf) ||
          IsNeverAName(gf)) {
        return;
      }
      bool surname = lex.IsSurname(sf) || (sf.find('-') != std::string::npos &&
                                           lex.IsSurname(sf.substr(0, sf.find('-'))));
      bool given = lex.IsGivenName(gf);
      bool plain_given = given && !lex.IsCommonWord(gf) && !IsNotAName(gf, NameSlot::kAlone);
      bool plain_surname = surname && !lex.IsCommonWord(sf) && !IsNotAName(sf, NameSlot::kAlone);
      bool speaker = doc.text[ms] == ']' && (doc.text[me - 1] == '(' || doc.text[me - 1] == ':');
      if (!(plain_given || (plain_surname && given) || (speaker && (given || surname)))) return;
      for (int g = 1; g <= 2; ++g) {
        size_t s = static_cast<size_t>(groups[g].data() - doc.text.data());
        size_t e = s + groups[g].size();
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-register", 0.8,
                           g == 1 ? "Surname written Surname, Given in a list" : "Given name written Surname, Given in a list"});
      }
    });

    // The speaker of a chat or WhatsApp export line ("[10/07/2026, 18:07]
    // riley: has anyone seen…", "[16/06/2026, 21:42] Paige (Shirin's mum):
    // …"): a name as the person typed it, in any case. Not a phone number,
    // an address or a "Surname, Given" speaker (read above).
    static const RE2 chat_speaker(R"((?m)^\[[^\]\n]{4,24}[0-9]\] ([^:\n\[\]\(,@0-9+]{2,40}?)(?: \([^)\n]{1,40}\))?: )");
    ForEachMatch(chat_speaker, doc.text, 1, [&](size_t s, size_t e, auto&) {
      if (TypedName(doc.text, s, e, lex, false)) {
        AddPerson(doc.text, s, e, "name-header", 0.8, "Name of the speaker of a chat message", out);
      }
    });

    // A subject line naming a pupil before their year ("Subject: hamish
    // year 2", "Subject: RE: Faith yr 4", "Subject: ngoc anh yr 6"): one or
    // two listed names right before the year, in any case.
    static const RE2 subject_year(
        R"((?im)^subject:[ \t]*(?:(?:re|fw|fwd):[ \t]*)*([\p{L}][\p{L}'\x{2019}\-]*(?: [\p{L}][\p{L}'\x{2019}\-]*)?)[ \t]+(?:yr|year|y)[ \t]?[0-9]{1,2}\b)");
    ForEachMatch(subject_year, doc.text, 1, [&](size_t s, size_t e, auto&) {
      if (TypedName(doc.text, s, e, lex, true)) {
        AddPerson(doc.text, s, e, "name-header", 0.75, "Name of a pupil before their year in a subject line", out);
      }
    });

    // "a boy called babajide took…", "a girl named Summer": a name given as one.
    static const RE2 called(
        R"((?i:\b(?:boy|girl|child|kid|lad|lass|man|woman|someone|somebody|friend|pupil|student|sister|brother|cousin)\s+(?:called|named)\s+)(\p{L}[\p{L}'\x{2019}\-]+))");
    ForEachMatch(called, doc.text, 1, [&](size_t s, size_t e, auto&) {
      std::string folded = FoldForMatch(std::string_view(doc.text).substr(s, e - s));
      if (IsNeverAName(folded) || IsNotAName(folded, NameSlot::kAfterTitle)) return;
      std::string value = doc.text.substr(s, e - s);
      out->push_back(Hit{s, e, "PERSON", value, folded, "name-gazetteer", 0.75,
                         "Name given as one (\"a boy called …\")"});
    });

    // Names typed in lower case where no English word would stand: a
    // hyphenated given name anywhere ("jean-luc made soup", "nan
    // (lily-mae)"), and a given name, or a given name and surname, alone in
    // a table cell ("| yousef |", ",mihai amin,").
    // (The lists asked once, by NameLexicon::Facts; the last answer kept,
    // as the loop below asks it of one word up to three times in a row. Kept
    // only for views into this call's tokens' folds, which never change: a
    // view of a temporary string could come back at the same address with
    // other bytes.)
    struct {
      const char* data = nullptr;
      size_t size = 0;
      bool surname_ok = false, answer = false;
    } plain_listed_last;
    const char* const ascii_folds_begin = tokens.ascii_folds.get();
    const char* const ascii_folds_end = ascii_folds_begin + doc.text.size();
    const char* const other_folds_begin = tokens.other_folds.data();
    const char* const other_folds_end = other_folds_begin + tokens.other_folds.size();
    auto plain_listed = [&](std::string_view f, bool surname_ok) {
      if (f.size() < 3) return false;
      if (f.data() == plain_listed_last.data && f.size() == plain_listed_last.size &&
          surname_ok == plain_listed_last.surname_ok) {
        return plain_listed_last.answer;
      }
      const uint8_t b = lex.Facts(f);
      const bool answer = ((b & NameLexicon::kGiven) != 0 || (surname_ok && (b & NameLexicon::kSurname) != 0)) &&
                          (b & NameLexicon::kCommon) == 0 && (b & NameLexicon::NotANameBits(NameSlot::kAlone)) == 0 &&
                          !IsNeverAName(f) && !IsRoleWord(f);
      const bool stable = (f.data() >= ascii_folds_begin && f.data() < ascii_folds_end) ||
                          (f.data() >= other_folds_begin && f.data() < other_folds_end);
      if (stable) plain_listed_last = {f.data(), f.size(), surname_ok, answer};
      return answer;
    };
    // (A word of an email or web address: "amir.khan@", "/gediminas".)
    auto lowercase_part_of_address = [&](const Token& t) {
      auto addr = [](char c) { return c == '@' || c == '.' || c == '/' || c == '_'; };
      return (t.start > 0 && addr(doc.text[t.start - 1])) ||
             (t.end + 1 < doc.text.size() && addr(doc.text[t.end]) &&
              std::isalnum(static_cast<unsigned char>(doc.text[t.end + 1])));
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (t.capitalised || t.all_caps) continue;
      std::string_view f = t.folded;
      // A surname after a title typed in lower case ("sent both in to mrs
      // ghosh", "told mr o'brien"): whatever the word, a title says a name
      // stands here (not "mr and mrs", "ms teams").
      // The title may be capitalised ("Thanks Mrs bush", "Thanks dr
      // bunting") and the line may wrap after it ("Thanks Ms⏎haugen").
      if (i > 0 && f.size() >= 2 && tokens[i - 1].folded.size() <= 4 &&
          (tokens[i - 1].folded[0] == 'm' || tokens[i - 1].folded[0] == 'd') && !tokens[i - 1].all_caps &&
          (tokens[i - 1].folded == "mrs" || tokens[i - 1].folded == "mr" || tokens[i - 1].folded == "ms" ||
           tokens[i - 1].folded == "dr" || (tokens[i - 1].folded == "miss" && tokens[i - 1].capitalised))) {
        const Token& title = tokens[i - 1];
        const bool gap = (t.start == title.end + 1 && (doc.text[title.end] == ' ' ||
                                                       (doc.text[title.end] == '\n' && title.start > 0 &&
                                                        doc.text[title.start - 1] == ' '))) ||
                         (t.start == title.end + 2 && doc.text.compare(title.end, 2, ". ") == 0);
        static const SmallWordSet kNot = {"and", "or", "to", "the", "a", "of", "in", "teams", "word", "excel",
                                          "forms", "office", "outlook", "is", "was", "has", "will", "&"};
        if (gap && !kNot.Has(f) && !IsNeverAName(f) && !lowercase_part_of_address(t) &&
            (title.start == 0 || !std::isalnum(static_cast<unsigned char>(doc.text[title.start - 1])))) {
          AddPerson(doc.text, t.start, t.end, "name-gazetteer", 0.7, "Surname after a title in lower case", out);
          continue;
        }
      }
      // A full name in lower case with a middle initial ("benjamin a
      // seiler", "bertram m. jørgensen"): a listed given name that is no
      // word, one letter, and a surname that is no word or no English word.
      if (!ocr_damaged && i + 2 < tokens.size() && f.size() >= 3 && plain_listed(f, false)) {
        const Token& m = tokens[i + 1];
        const Token& last = tokens[i + 2];
        const bool gap1 = m.start == t.end + 1 && doc.text[t.end] == ' ';
        const size_t after_m = m.end < doc.text.size() && doc.text[m.end] == '.' ? m.end + 1 : m.end;
        const bool gap2 = last.start == after_m + 1 && doc.text[after_m] == ' ';
        if (gap1 && gap2 && m.end - m.start == 1 && !m.capitalised && !last.capitalised && last.folded.size() >= 3 &&
            !IsNotAName(last.folded, NameSlot::kAlone) &&
            ((sur(last) && !common(last)) || (!given(last) && !sur(last) && !english(last)))) {
          AddPerson(doc.text, t.start, last.end, "name-gazetteer", 0.7, "Full name in lower case with a middle initial",
                    out);
          i += 2;
          continue;
        }
      }
      if (f.find('-') != std::string::npos) {
        // (Every part a given name, one at least no ordinary word:
        // "lily-mae", "wing-yan".)
        bool all_given = true, one_plain = false;
        for (size_t p = 0; p <= f.size() && all_given;) {
          size_t dash = std::min(f.find('-', p), f.size());
          const std::string_view part = f.substr(p, dash - p);
          all_given = lex.IsGivenName(part) && !IsNotAName(part, NameSlot::kAlone);
          one_plain = one_plain || plain_listed(part, false);
          p = dash + 1;
        }
        all_given = all_given && one_plain;
        if (all_given || plain_listed(f, false)) {
          // With a lower-case given name just before it ("imran
          // campbell-reid"), the two are one name.
          size_t s = t.start;
          if (i > 0 && !tokens[i - 1].capitalised && !tokens[i - 1].all_caps && tokens[i - 1].end + 1 == t.start &&
              doc.text[tokens[i - 1].end] == ' ' && plain_listed(tokens[i - 1].folded, false)) {
            s = tokens[i - 1].start;
          }
          // And so with a lower-case surname just after it ("lily-mae urbonas").
          size_t e = t.end;
          if (i + 1 < tokens.size() && !tokens[i + 1].capitalised && !tokens[i + 1].all_caps &&
              tokens[i + 1].start == t.end + 1 && doc.text[t.end] == ' ' &&
              lex.IsSurname(tokens[i + 1].folded) && plain_listed(tokens[i + 1].folded, true)) {
            e = tokens[++i].end;
          }
          AddPerson(doc.text, s, e, "name-gazetteer", 0.7, "Hyphenated given name in lower case", out);
        }
        continue;
      }
      // A given name no English word spells, written in lower case in a
      // clean text ("found via gediminas on facebook", "jürgen nuttall
      // rang"), with a lower-case surname after it. (Not in OCR text: its
      // broken words are too often pieces of names.)
      // Nor a piece of a word split by a space or a line-end hyphen ("Vict
      // oria", "H olly", "abou t", "arran-⏎ge", "8radford").
      auto piece_of_word = [&] {
        if (t.start > 0 && std::isdigit(static_cast<unsigned char>(doc.text[t.start - 1]))) return true;
        if (t.start >= 2 && doc.text[t.start - 1] == '\n' && doc.text[t.start - 2] == '-') return true;
        if (i > 0 && tokens[i - 1].end + 1 == t.start && doc.text[tokens[i - 1].end] == ' ' &&
            (tokens[i - 1].capitalised || tokens[i - 1].all_caps || tokens[i - 1].end - tokens[i - 1].start <= 2)) {
          return true;
        }
        if (t.end < doc.text.size() && doc.text[t.end] == '-') return true;
        return i + 1 < tokens.size() && tokens[i + 1].start == t.end + 1 && tokens[i + 1].end - tokens[i + 1].start == 1 &&
               !tokens[i + 1].capitalised;
      };
      if (!ocr_damaged && f.size() >= 4 && plain_listed(f, false) && !lowercase_part_of_address(t) &&
          !piece_of_word()) {
        size_t e = t.end;
        // (Or a word no list holds and no English word: "swap with kayden
        // annaorazova?")
        if (i + 1 < tokens.size() && !tokens[i + 1].capitalised && !tokens[i + 1].all_caps &&
            tokens[i + 1].start == t.end + 1 && doc.text[t.end] == ' ' &&
            ((lex.IsSurname(tokens[i + 1].folded) && !lex.IsCommonWord(tokens[i + 1].folded) &&
              !IsNotAName(tokens[i + 1].folded, NameSlot::kAlone)) ||
             (unlisted(tokens[i + 1]) && !IsNotAName(tokens[i + 1].folded, NameSlot::kAlone) &&
              !lex.IsEnglishWord(std::string(f) + std::string(tokens[i + 1].folded)))) &&
            !lowercase_part_of_address(tokens[i + 1])) {
          e = tokens[++i].end;
        }
        AddPerson(doc.text, t.start, e, "name-gazetteer", 0.65, "Given name in lower case that is no English word", out);
        continue;
      }
      // A word no list holds and no English word, then a listed surname
      // that is no word, in lower case in clean prose ("not to be with
      // sancia cheetham again").
      if (!ocr_damaged && f.size() >= 3 && unlisted(t) && !IsNotAName(f, NameSlot::kAlone) &&
          !lowercase_part_of_address(t) && !piece_of_word() && i + 1 < tokens.size()) {
        const Token& n = tokens[i + 1];
        if (!n.capitalised && !n.all_caps && n.start == t.end + 1 && doc.text[t.end] == ' ' &&
            n.folded.size() >= 3 && sur(n) && !common(n) && !english(n) && !given(n) &&
            !IsNotAName(n.folded, NameSlot::kAlone) && !lowercase_part_of_address(n)) {
          AddPerson(doc.text, t.start, n.end, "name-gazetteer", 0.65,
                    "Full name in lower case: a word no list holds and a surname", out);
          ++i;
          continue;
        }
      }
      // (The cheap tests first: this looks at every lower-case word.)
      size_t k = t.start;
      while (k > 0 && doc.text[k - 1] == ' ') --k;
      // (Or two words no list holds and no English word, or such a word
      // and a listed name: "| zarbakht memon |", "| heath sisavath |".)
      const bool unlisted_pair =
          !ocr_damaged && i + 1 < tokens.size() && !tokens[i + 1].capitalised && !tokens[i + 1].all_caps &&
          tokens[i + 1].start == t.end + 1 && doc.text[t.end] == ' ' &&
          (plain_listed(f, false) || unlisted(t)) &&
          (unlisted(tokens[i + 1]) || (sur(tokens[i + 1]) && !common(tokens[i + 1]))) &&
          (unlisted(t) || unlisted(tokens[i + 1]));
      if (k == 0 || (doc.text[k - 1] != '|' && doc.text[k - 1] != '\t' && doc.text[k - 1] != ',') ||
          (!plain_listed(f, false) && !unlisted_pair)) {
        continue;
      }
      const size_t line_start = LineStartAt(doc.text, t.start);
      size_t eol = doc.text.find('\n', t.end);
      if (eol == std::string::npos) eol = doc.text.size();
      std::string_view line(doc.text.data() + line_start, eol - line_start);
      const bool csv = std::count(line.begin(), line.end(), ',') >= 4;
      auto cell_edge = [&](char c) { return c == '|' || c == '\t' || (csv && c == ','); };
      if (k <= line_start || !cell_edge(doc.text[k - 1])) continue;
      size_t last = i;
      if (i + 1 < tokens.size() && tokens[i + 1].start < eol && !tokens[i + 1].capitalised &&
          !tokens[i + 1].all_caps && doc.text.compare(t.end, 1, " ") == 0 && tokens[i + 1].start == t.end + 1 &&
          (plain_listed(tokens[i + 1].folded, true) || unlisted_pair)) {
        last = i + 1;
      }
      size_t e = tokens[last].end;
      while (e < eol && doc.text[e] == ' ') ++e;
      if (e < eol && !cell_edge(doc.text[e]) && doc.text[e] != '\r') continue;
      AddPerson(doc.text, t.start, tokens[last].end, "name-gazetteer", 0.7, "Name in lower case alone in a table cell",
                out);
      i = last;
    }

    // "Surname, Given" filling a cell of a table, a CSV field or a list
    // column ("| Okonkwo, Eyerusalem | 5W |", ","Gqirana, Ragna",07700…",
    // "   40  Kabbani, Jocasta  sort code"): two names when one side is a
    // listed name that is no word and the other a listed name or no English
    // word, neither a stop, role, place or title word.
    {
      auto cell_edge_before = [&](size_t pos) {
        if (pos == 0) return true;
        const char c = doc.text[pos - 1];
        if (c == '\n' || c == '|' || c == '\t' || c == '"' || c == ',') return true;
        return c == ' ' && (pos < 2 || doc.text[pos - 2] == ' ' || doc.text[pos - 2] == '|' || doc.text[pos - 2] == '\n');
      };
      auto cell_edge_after = [&](size_t pos) {
        if (pos >= doc.text.size()) return true;
        const char c = doc.text[pos];
        if (c == '\n' || c == '\r' || c == '|' || c == '\t' || c == '"' || c == ',') return true;
        return c == ' ' && (pos + 1 >= doc.text.size() || doc.text[pos + 1] == ' ' || doc.text[pos + 1] == '|');
      };
      auto plain = [&](const Token& t) {
        return (t.capitalised || t.all_caps) && !t.initial && !is_stop(t) && !is_place(t) &&
               !IsRoleWord(t.folded) && !IsTitleWord(t.folded);
      };
      auto strong = [&](const Token& t, bool given_side) {
        return (given_side ? given(t) : sur(t)) && !common(t);
      };
      auto weak = [&](const Token& t) { return given(t) || sur(t) || unlisted(t); };
      for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& a = tokens[i];
        const Token& b = tokens[i + 1];
        if (b.start != a.end + 2 || doc.text[a.end] != ',' || doc.text[a.end + 1] != ' ' || !b.capitalised) continue;
        // "| OWINO, U. | MD679878 |": a surname in capitals and an initial.
        if (b.initial && a.all_caps && a.end - a.start >= 2 && b.end < doc.text.size() && doc.text[b.end] == '.' &&
            !is_stop(a) && !is_place(a) && !IsRoleWord(a.folded) && cell_edge_before(a.start) &&
            cell_edge_after(b.end + 1)) {
          AddPerson(doc.text, a.start, a.end, "name-gazetteer", 0.7, "Surname before an initial in a cell", out);
          AddPerson(doc.text, b.start, b.end + 1, "name-gazetteer", 0.7, "Initial after a surname in a cell", out);
          ++i;
          continue;
        }
        if (b.all_caps || !plain(a) || !plain(b) || !cell_edge_before(a.start)) continue;
        size_t last = i + 1;
        if (i + 2 < tokens.size() && Adjacent(doc.text, b, tokens[i + 2]) && plain(tokens[i + 2]) &&
            !tokens[i + 2].all_caps && given(tokens[i + 2])) {
          last = i + 2;  // "Väisänen, Sita Devi"
        }
        if (!cell_edge_after(tokens[last].end)) continue;
        if (!((strong(a, false) && weak(b)) || (strong(b, true) && weak(a)))) continue;
        AddPerson(doc.text, a.start, a.end, "name-gazetteer", 0.7, "Surname before a given name in a cell", out);
        AddPerson(doc.text, b.start, tokens[last].end, "name-gazetteer", 0.7, "Given name after a surname in a cell",
                  out);
        i = last;
      }
    }

    // A pupil named before a year group in brackets ("16/03/2026 A.K. (yr 3)
    // upset", "Aigerim (yr 6) upset", "T.H. (Year 5)"): dotted initials, or
    // a capitalised given name or word no list holds and no English word.
    for (size_t open = doc.text.find('('); open != std::string::npos; open = doc.text.find('(', open + 1)) {
      if (open == 0 || doc.text[open - 1] != ' ') continue;
      const size_t p = open - 1;
      size_t k = p + 2;
      const std::string_view rest = std::string_view(doc.text).substr(k, 8);
      if (rest.starts_with("yr") || rest.starts_with("Yr")) {
        k += 2;
      } else if (rest.starts_with("year") || rest.starts_with("Year")) {
        k += 4;
      } else if (rest.starts_with("Y") || rest.starts_with("y")) {
        k += 1;
      } else {
        continue;
      }
      if (k < doc.text.size() && doc.text[k] == ' ') ++k;
      size_t d = k;
      while (d < doc.text.size() && d - k < 2 && std::isdigit(static_cast<unsigned char>(doc.text[d]))) ++d;
      if (d == k || d >= doc.text.size() || doc.text[d] != ')') continue;
      // Dotted initials: "A.K.", "T.H.", "J.M.B.", ending at p.
      size_t b = p;
      while (b >= 2 && doc.text[b - 1] == '.' && doc.text[b - 2] >= 'A' && doc.text[b - 2] <= 'Z') b -= 2;
      const bool boundary = b == 0 || doc.text[b - 1] == ' ' || doc.text[b - 1] == '\n' || doc.text[b - 1] == '\t' ||
                            doc.text[b - 1] == '|';
      if (p - b >= 4 && p - b <= 6 && boundary) {
        AddPerson(doc.text, b, p, "name-gazetteer", 0.7, "Initials before a year group", out);
        continue;
      }
      // One capitalised word.
      auto at = std::lower_bound(tokens.begin(), tokens.end(), p, [](const Token& x, size_t a) { return x.end < a; });
      if (at == tokens.end() || at->end != p || !at->capitalised || at->all_caps || at->initial) continue;
      const std::string_view f = at->folded;
      if (IsNotAName(f, NameSlot::kAlone) || IsRoleWord(f) || IsPlaceOrOrganisationWord(f) || IsTitleWord(f)) continue;
      if (!(lex.IsGivenName(f) || (!lex.IsEnglishWord(f) && !lex.IsSurname(f) && f.size() >= 3))) continue;
      AddPerson(doc.text, at->start, at->end, "name-gazetteer", 0.7, "Name before a year group", out);
    }

    // A name after "by" and a role's letters ("Approved by EVC Jesse Kim",
    // "Checked by DSL Ama Owusu"): the role says a person follows.
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
      if (tokens[i].folded != "by" || tokens[i].capitalised) continue;
      const Token& role = tokens[i + 1];
      if (!role.all_caps || role.folded.size() < 2 || role.folded.size() > 6 || !Adjacent(doc.text, tokens[i], role) ||
          !(IsCommonAbbreviation(role.folded) || IsRoleWord(role.folded))) {
        continue;
      }
      size_t j = i + 2;
      while (j < tokens.size() && j - (i + 2) < 3 && tokens[j].capitalised && !tokens[j].all_caps &&
             is_name_like(tokens[j]) && Adjacent(doc.text, tokens[j - 1], tokens[j])) {
        ++j;
      }
      if (j == i + 2 || !(given(tokens[i + 2]) || sur(tokens[j - 1]))) continue;
      AddPerson(doc.text, tokens[i + 2].start, tokens[j - 1].end, "name-gazetteer", 0.8,
                "Name after \"by\" and a role (\"Approved by EVC …\")", out);
      i = j - 1;
    }

    // A given name and a surname run together, as OCR or a hurried typist
    // writes them ("MujiburWardak", "PanagiotisShin"): a listed given name of
    // three letters or more, then a capital and a listed surname. ("McIlwaine",
    // "DeShawn", "PowerPoint" have no given name before the capital.)
    for (size_t ti = 0; ti < tokens.size(); ++ti) {
      const Token& t = tokens[ti];
      if (!t.capitalised || t.all_caps || t.end - t.start < 6) continue;
      // (Not before a place or organisation word: "RonaldMcDonald House".)
      if (ti + 1 < tokens.size() && Adjacent(doc.text, t, tokens[ti + 1]) &&
          IsPlaceOrOrganisationWord(tokens[ti + 1].folded)) {
        continue;
      }
      std::string_view w(doc.text.data() + t.start, t.end - t.start);
      for (size_t k = 3; k + 2 < w.size(); ++k) {
        const unsigned char c = static_cast<unsigned char>(w[k]);
        if (!(c >= 'A' && c <= 'Z') || !(w[k - 1] >= 'a' && w[k - 1] <= 'z')) continue;
        const std::string left = FoldForMatch(w.substr(0, k)), right = FoldForMatch(w.substr(k));
        if (lex.IsGivenName(left) && !lex.IsCommonWord(left) && lex.IsSurname(right) && !lex.IsCommonWord(right) &&
            !IsNotAName(right, NameSlot::kAfterTitle)) {
          AddPerson(doc.text, t.start, t.end, "name-gazetteer", 0.7,
                    "Given name and surname run together (\"MujiburWardak\")", out);
        }
        break;
      }
    }

    FindListPeers(doc, tokens, lex, out);
    FindInlineListPeers(doc, tokens, lex, out);
    // A name said to be one: "my name is Ludmiła", "her maiden name is
    // Sandgreen", "everyone calls me borna", "people call me Piusz": the
    // capitalised words after (up to three, no stop word), or in lower
    // case a listed given name and the word after it if that is a surname
    // or no English word.
    for (size_t i = 1; i + 1 < tokens.size(); ++i) {
      const bool name_is = tokens[i].folded == "is" && tokens[i - 1].folded == "name";
      const bool call_me = tokens[i].folded == "me" && (tokens[i - 1].folded == "call" || tokens[i - 1].folded == "calls");
      if (!name_is && !call_me) continue;
      if (tokens[i - 1].end + 1 != tokens[i].start || tokens[i + 1].start != tokens[i].end + 1) continue;
      size_t a = i + 1, b = a;
      const Token& t = tokens[a];
      if ((t.capitalised || t.all_caps) && !is_stop(t) && !IsRoleWord(t.folded) && !IsTitleWord(t.folded) &&
          t.folded.size() >= 2) {
        while (b + 1 < tokens.size() && b - a < 2 && Adjacent(doc.text, tokens[b], tokens[b + 1]) &&
               (tokens[b + 1].capitalised || tokens[b + 1].all_caps) && !is_stop(tokens[b + 1])) {
          ++b;
        }
      } else if (!t.capitalised && given(t) && !IsNotAName(t.folded, NameSlot::kAfterTitle) && t.folded.size() >= 3) {
        if (b + 1 < tokens.size() && Adjacent(doc.text, tokens[b], tokens[b + 1]) && !tokens[b + 1].capitalised &&
            (sur(tokens[b + 1]) || !english(tokens[b + 1])) && tokens[b + 1].folded.size() >= 3 &&
            !is_stop(tokens[b + 1])) {
          ++b;
        }
      } else {
        continue;
      }
      AddPerson(doc.text, tokens[a].start, tokens[b].end, "name-gazetteer", 0.8, "Name said to be one ('my name is')",
                out);
      i = b;
    }

    // A word no list holds and no English word, or a listed given name,
    // before a verb of speech or dwelling ("Mehrudin shouted at Todd",
    // "Timotea lives on Via dei Fiorentini", "Summer said"): someone doing
    // it.
    {
      static const SmallWordSet kVerbs = {"said",     "says",     "asked",   "told",     "shouted", "lives",
                                          "lived",    "explained", "replied", "cried",    "laughed", "smiled",
                                          "whispered", "screamed", "yelled",  "admitted", "insisted"};
      // (Not in OCR text: "The Headteachcr said", "Joaquínhas admitted".)
      for (size_t i = 0; !ocr_damaged && i + 1 < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!t.capitalised || t.all_caps || !kVerbs.Has(tokens[i + 1].folded) || !Adjacent(doc.text, t, tokens[i + 1]) ||
            tokens[i + 1].capitalised || is_place(t) || IsRoleWord(t.folded) ||
            t.folded.find('\'') != std::string_view::npos) {
          continue;
        }
        // (Or a listed given name that is also a word, the verb its cue:
        // "Summer said the invite went", "Grace asked".)
        if (!(unlisted(t) && !is_stop(t)) && !(given(t) && !IsNotAName(t.folded, NameSlot::kAfterTitle))) continue;
        AddPerson(doc.text, t.start, t.end, "name-gazetteer", 0.65, "Name before a verb of speech", out);
      }
      // And after one: "says Hartvigsson.", "said Maslin to Antonio".
      for (size_t i = 1; !ocr_damaged && i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const Token& v = tokens[i - 1];
        if (!t.capitalised || t.all_caps || v.capitalised || (v.folded != "says" && v.folded != "said") ||
            !Adjacent(doc.text, v, t) || !unlisted(t) || is_stop(t) || is_place(t) || IsRoleWord(t.folded) ||
            (i + 1 < tokens.size() && Adjacent(doc.text, t, tokens[i + 1]) && tokens[i + 1].capitalised)) {
          continue;
        }
        AddPerson(doc.text, t.start, t.end, "name-gazetteer", 0.65, "Unlisted name after a verb of speech", out);
      }
    }

    // A given name joined by "and" or "&" to a one-word name found here,
    // written alike ("reed and trevor fell out", "Storm and Patience"): a
    // listed given name, even one that is also a word, beside a name is one.
    {
      const std::vector<std::pair<size_t, size_t>> found = PersonSpans(*out);
      auto found_word = [&](const Token& t) {
        auto f = std::lower_bound(found.begin(), found.end(), std::make_pair(t.start, size_t{0}));
        return f != found.end() && f->first == t.start && f->second == t.end;
      };
      auto found_start = [&](const Token& t) {
        auto f = std::lower_bound(found.begin(), found.end(), std::make_pair(t.start, size_t{0}));
        return f != found.end() && f->first == t.start && f->second > t.end;
      };
      auto peer = [&](const Token& t) {
        return !t.all_caps && !t.initial && t.folded.size() >= 3 && lex.IsGivenName(t.folded) &&
               !IsNotAName(t.folded, NameSlot::kAfterTitle) && !IsNeverAName(t.folded) && !IsRoleWord(t.folded);
      };
      for (size_t i = 0; !found.empty() && i + 2 < tokens.size(); ++i) {
        const Token& c = tokens[i + 1];
        if (!((c.folded.size() == 3 && c.folded == "and") || (c.folded.size() == 1 && c.folded[0] == '&'))) continue;
        const Token& a = tokens[i];
        const Token& b = tokens[i + 2];
        if (c.start != a.end + 1 || b.start != c.end + 1) continue;
        // (Or before a full name found here: "Döwlet and Maral Sparrow
        // navigate leg 2".)
        const bool fa = found_word(a);
        const bool fb = found_word(b) || (!fa && a.capitalised && b.capitalised && found_start(b));
        if (fa == fb) continue;
        const Token& other = fa ? b : a;
        // Written alike, or the other in lower case before a capitalised
        // name that is no word ("ski trip with fern and Baraka lol"; not
        // "Holly and ivy wreaths", nor "Trevor and rice", a meal).
        if (a.capitalised != b.capitalised &&
            (other.capitalised || ocr_damaged || fa || lex.IsCommonWord(b.folded))) {
          continue;
        }
        // (Not a name's own second word: "Tom and Jerry Smith" reads on.)
        // (Capitalised, a word no list holds and no English word will do:
        // "Lamovec and Morales".)
        // (In lower case beside a lower-case name, in clean text, so too:
        // "walks with nərmin and nighat".)
        if (!(peer(other) ||
              (other.capitalised && !other.all_caps && unlisted(other) && !is_place(other) && !is_stop(other)) ||
              (!other.capitalised && !a.capitalised && !b.capitalised && !ocr_damaged && unlisted(other) &&
               !is_stop(other) && !lowercase_part_of_address(other))) ||
            (fa && i + 3 < tokens.size() && tokens[i + 3].start == b.end + 1 &&
                             tokens[i + 3].capitalised == b.capitalised && b.capitalised)) {
          continue;
        }
        AddPerson(doc.text, other.start, other.end, "name-gazetteer", 0.65, "Given name joined to a name by 'and'",
                  out);
      }
    }
    FindInitials(doc, tokens, lex, out);

    // Email header lines: a display name before an address is a person's
    // ("To: "Gemma Hall" <…>", "From: Summer Silva <…>"), words that are
    // also seasons or surnames that are words included; "Surname, Given"
    // ("Cc: Ní Bhriain, Ciarán <…>") is two names. Role accounts ("School
    // Office <…>") have a stop or role word, or no known name.
    // Header lines are found by a pattern; their "name <address>" parts
    // are read by hand (a pattern matching every part costs every document
    // a longer pass).
    static const RE2 header_line(R"((?m)^(?:From|To|Cc|CC|Bcc|Reply-To):[^\n<]*<)", Latin1Off());
    auto display_name = [&](size_t s, size_t e) {
      // One known word in the display name vouches for all of it.
      bool known = false;
      std::vector<std::pair<size_t, size_t>> parts;
      auto add_part = [&](size_t ps, size_t pe) {
        size_t k = static_cast<size_t>(
            std::lower_bound(tokens.begin(), tokens.end(), ps,
                             [](const Token& t, size_t at) { return t.start < at; }) -
            tokens.begin());
        if (k < tokens.size() && IsTitleWord(tokens[k].folded)) return;  // the title recognizer's
        size_t first = k, last = k;
        for (size_t j = k; j < tokens.size() && tokens[j].end <= pe; ++j) {
          const Token& t = tokens[j];
          if (!t.capitalised && !LabelParticle(tokens, j, doc.text) && !AttachedArticle(doc.text, t)) return;
          // "Ní Bhriain", "Van Dijk": a particle with a capital is part of the name.
          static const FoldedWordSet kParticleWords = {"ni", "nic", "mac", "van", "von", "de",
                                                                  "da", "di", "du", "le", "la", "ap"};
          bool particle = kParticleWords.count(t.folded) && j + 1 < tokens.size() && tokens[j + 1].end <= pe;
          if (!particle && (IsNotAName(t.folded, NameSlot::kAfterTitle) || IsRoleWord(t.folded))) return;
          known = known || lex.IsGivenName(t.folded) || lex.IsSurname(t.folded);
          last = j;
        }
        if (last < first || tokens[first].start != ps) return;
        parts.emplace_back(tokens[first].start, tokens[last].end);
      };
      std::string_view name(doc.text.data() + s, e - s);
      size_t comma = name.find(", ");
      if (comma == std::string_view::npos) {
        add_part(s, e);
      } else {
        add_part(s, s + comma);
        add_part(s + comma + 2, e);
        if (parts.size() < 2) return;
      }
      if (!known) return;
      for (auto [ts, te] : parts) {
        std::string value = doc.text.substr(ts, te - ts);
        out->push_back(Hit{ts, te, "PERSON", value, FoldForMatch(value), "name-header", 0.85,
                           "Display name in an email header"});
      }
    };
    // A match starts at a line start with one of the header names' first
    // letters and its ':' (2, 3, 4 or 8 bytes on).
    auto may_be_header = [&](size_t l) {
      const std::string& text = doc.text;
      if (l >= text.size() || std::memchr("FTCBR", text[l], 5) == nullptr) return false;
      auto colon_at = [&](size_t k) { return l + k < text.size() && text[l + k] == ':'; };
      return colon_at(2) || colon_at(3) || colon_at(4) || colon_at(8);
    };
    ForEachMatchAtLineStarts(header_line, doc.text, 0, may_be_header, [&](size_t s, size_t, auto&) {
      const std::string& text = doc.text;
      size_t line_end = text.find('\n', s);
      if (line_end == std::string::npos) line_end = text.size();
      size_t pos = text.find(':', s) + 1;
      while (pos < line_end) {
        size_t lt = text.find('<', pos);
        if (lt == std::string::npos || lt >= line_end) break;
        size_t gt = text.find('>', lt);
        if (gt == std::string::npos || gt > line_end) break;
        size_t at = text.find('@', lt);
        size_t a = pos, b = lt;
        pos = gt + 1;
        if (at == std::string::npos || at > gt) continue;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == ',' || text[a] == ';' || text[a] == '"')) ++a;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '"')) --b;
        if (b <= a || std::string_view(text.data() + a, b - a).find_first_of("@<>;\"") != std::string_view::npos) {
          continue;
        }
        if (!LowerCaseDisplayName(doc, tokens, a, b, std::string_view(text.data() + lt + 1, at - lt - 1), out)) {
          display_name(a, b);
        }
      }
    });

    // Informal messages written in lower case ("hi esi, just to let you
    // know ngozi wont be in"): a message that opens with a lower-case
    // greeting line has its lower-case given names taken too, when the word
    // is no ordinary word ("will", "may", "grace" stay words).
    static const RE2 informal(
        R"((?m)^[ \t]*(?:(?i:hi|hiya|hello|hey|morning)|dear)[ \t]+(?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[a-z][a-z'\-]*[a-z](?:[ \t]+[a-z][a-z'\-]*[a-z])?[ \t]*(?:,|!|\r?$))");
    // Or one whose greeting is capitalised but whose first line of text
    // starts in lower case ("Hi Pavel,⏎⏎just to let you know emeka wont be in").
    static const RE2 informal_body(
        R"((?m)^[ \t]*(?:Hi|Hiya|Hello|Hey|Morning)[ \t]+[A-Z][A-Za-z'\-]*[ \t]*[,!]?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[a-z])",
        Latin1Off());
    // (Not through the pattern screen: its Unicode classes swell the
    // screen's automaton for every document.)
    auto greets = [&] {
      for (const char* g : {"Hi ", "Hiya ", "Hello ", "Hey ", "Morning "}) {
        if (doc.text.find(g) != std::string::npos) return true;
      }
      return false;
    };
    // Or a greeting alone on its line, then a line in lower case
    // ("hello⏎this is quang ngoc anh's dad", "Hi there⏎its Mali…").
    static const RE2 informal_alone(
        R"((?m)^[ \t]*(?i:hi|hiya|hello|hey|morning)(?:[ \t]+(?i:there|all))?[ \t]*[,!]?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[a-z])",
        Latin1Off());
    const bool informal_doc = Occurs(informal, doc.text) ||
                              (greets() && RE2::PartialMatch(doc.text, informal_body)) ||
                              Occurs(informal_alone, doc.text);
    // Or the message lines of a chat or text-message thread in any other
    // document ("ok ta. can olivia ring me back"), where names typed in
    // lower case are as informal.
    const std::vector<std::pair<size_t, size_t>> informal_lines =
        informal_doc ? std::vector<std::pair<size_t, size_t>>{{0, doc.text.size()}} : MessageLines(doc.text);
    if (!informal_lines.empty()) {
      auto informal_at = [&](size_t pos) {
        auto it = std::upper_bound(informal_lines.begin(), informal_lines.end(), std::make_pair(pos, SIZE_MAX));
        return it != informal_lines.begin() && pos < std::prev(it)->second;
      };
      const Token* after_title = nullptr;  // the word after "mr", "mrs"...: a surname
      for (const Token& t : tokens) {
        const Token* titled = after_title;
        after_title = nullptr;
        if (t.capitalised || !informal_at(t.start)) continue;
        static const FoldedWordSet kLowerTitles = {"mr", "mrs", "miss", "ms", "dr"};
        if (kLowerTitles.count(t.folded)) {
          after_title = &t;
          continue;
        }
        if (titled != nullptr && Adjacent(doc.text, *titled, t) && t.folded.size() >= 2 &&
            !IsNotAName(t.folded, NameSlot::kAfterTitle) && !IsNeverAName(t.folded) &&
            !(titled->folded == "ms" && IsProductAfterMs(t.folded))) {
          out->push_back(Hit{t.start, t.end, "PERSON", doc.text.substr(t.start, t.end - t.start), std::string(t.folded),
                             "salutation", 0.7, "Name after a title, written in lower case in a message"});
          continue;
        }
        if (t.folded.size() < 3 || t.folded.find('-') != std::string::npos) continue;
        // Listed given names that, typed in lower case in a message, are
        // words of its own: "not in reg", "wat", "hiya".
        static const FoldedWordSet kTyped = {"reg", "wat", "hiya"};
        if (kTyped.count(t.folded)) continue;
        if (!lex.IsGivenName(t.folded) || lex.IsCommonWord(t.folded) || is_stop(t) ||
            IsNeverAName(t.folded)) {
          continue;
        }
        // Not inside an email address or a web address.
        if ((t.start > 0 && (doc.text[t.start - 1] == '@' || doc.text[t.start - 1] == '.')) ||
            (t.end < doc.text.size() && (doc.text[t.end] == '@' || doc.text[t.end] == '.') &&
             t.end + 1 < doc.text.size() && std::isalnum(static_cast<unsigned char>(doc.text[t.end + 1])))) {
          continue;
        }
        // A lower-case surname right after it is part of the name
        // ("maartje rahman", "imran campbell-reid").
        size_t e = t.end;
        size_t k = static_cast<size_t>(&t - tokens.data()) + 1;
        if (k < tokens.size() && !tokens[k].capitalised && Adjacent(doc.text, t, tokens[k]) &&
            any_part(tokens[k], [&](std::string_view f) { return lex.IsSurname(f); }) &&
            !lex.IsCommonWord(tokens[k].folded) && !is_stop(tokens[k]) && !IsNeverAName(tokens[k].folded)) {
          e = tokens[k].end;
        }
        std::string value = doc.text.substr(t.start, e - t.start);
        out->push_back(Hit{t.start, e, "PERSON", value, FoldForMatch(value), "name-gazetteer", 0.6,
                           "Given name written in lower case in an informal message"});
      }
    }

    // A child named by a parent's relation to them: "Kavya (sunita's mum)",
    // "Bilal (Sunitas dad)", "will's dad", "donnachas nan". The word before
    // the relation, its possessive taken off, is a name: capitalised and
    // no stop word; or in lower case a listed given name (also an ordinary
    // word only with the apostrophe: "will's dad").
    static constexpr std::string_view kRelations =
        "mum|mam|mom|mummy|dad|daddy|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|"
        "grandfather|stepmum|stepdad|aunt|auntie|aunty|uncle|carer|brother|sister|cousin|twin|stepbrother|stepsister|"
        "son|daughter|stepson|stepdaughter|grandson|granddaughter|nephew|niece|tutor|teacher|class|tray|peg|locker|score|form|attendance|behaviour";
    static const RE2 relation("\\b(?i:" + std::string(kRelations) + ")\\b", Latin1Off());
    static const AsciiWordList relation_words(kRelations);
    // The pattern's matches found by hand (a pass of RE2's DFA over every
    // document that has one cost some 10 instructions a byte), but by RE2
    // where a LONG S or KELVIN SIGN could stand for an 's' or 'k'.
    auto for_each_relation = [&](auto&& fn) {
      if (!MayMatch(relation, doc.text)) return;
      if (doc.text.find("\xC5\xBF") != std::string::npos || doc.text.find("\xE2\x84\xAA") != std::string::npos) {
        ForEachMatch(relation, doc.text, 0, [&](size_t s, size_t e, auto&) { fn(s, e); });
        return;
      }
      if (RunsSelfCheck()) {
        CheckSameMatches(relation, doc.text, 0, [&](SpanList& words) {
          std::array<re2::StringPiece, 1> none;
          ForEachListedAsciiWord(doc.text, relation_words, [&](size_t s, size_t e) { words(s, e, none); });
        });
      }
      ForEachListedAsciiWord(doc.text, relation_words, fn);
    };
    for_each_relation([&](size_t rs, size_t re) {
      // A pupil's things and teachers ("shilpa's tray", "Bay's class",
      // "royal's form tutor") name the pupil before them, as a relation
      // does; the other readings of a relation are kin's only.
      static const SmallWordSet kPupilThings = {"tutor", "teacher", "class", "tray", "peg", "locker",
                                                "score", "form", "attendance", "behaviour"};
      const bool kin = !kPupilThings.Has(FoldForMatch(std::string_view(doc.text).substr(rs, re - rs)));
      // "trevor (nan of chantelle in Y1) asked": the child after "of", a
      // listed given name (a word too, before the child's class); and the
      // relative at the line's start before the bracket, a listed given
      // name however it is written ("may (nan of haruto in Y1)").
      if (kin && re + 6 < doc.text.size() && doc.text.compare(re, 4, " of ") == 0) {
        const size_t ws = re + 4;
        size_t we = ws;
        while (we < doc.text.size() && (std::isalpha(static_cast<unsigned char>(doc.text[we])) ||
                                         static_cast<unsigned char>(doc.text[we]) >= 0x80 || doc.text[we] == '-')) {
          ++we;
        }
        const std::string child = FoldForMatch(std::string_view(doc.text).substr(ws, we - ws));
        std::string_view tail = std::string_view(doc.text).substr(we, 10);
        const bool class_after = tail.starts_with(" in Y") || tail.starts_with(" in Rec") ||
                                 tail.starts_with(" in year") || tail.starts_with(" in class") ||
                                 tail.starts_with(" in Nursery");
        if (we - ws >= 2 && lex.IsGivenName(child) && !IsNeverAName(child) &&
            (class_after || !lex.IsCommonWord(child))) {
          AddPerson(doc.text, ws, we, "name-gazetteer", 0.7, "Name of a child after a relation (\"nan of …\")", out);
          if (rs >= 3 && doc.text[rs - 1] == '(' && doc.text[rs - 2] == ' ') {
            const size_t line = LineStartAt(doc.text, rs);
            size_t a = line;
            while (a < rs && (doc.text[a] == ' ' || doc.text[a] == '\t')) ++a;
            const size_t b = rs - 2;
            const std::string relative = FoldForMatch(std::string_view(doc.text).substr(a, b - a));
            if (b > a + 1 && relative.find(' ') == std::string::npos && lex.IsGivenName(relative)) {
              AddPerson(doc.text, a, b, "name-gazetteer", 0.7,
                        "Name of a relative before their relation to a child (\"(nan of …)\")", out);
            }
          }
        }
      }
      // "since Zarak (brother) started nursery": a capitalised word before
      // the relation alone in brackets, no stop, role or place word.
      if (kin && rs >= 3 && doc.text[rs - 1] == '(' && doc.text[rs - 2] == ' ' && re < doc.text.size() &&
          doc.text[re] == ')') {
        auto k = std::lower_bound(tokens.begin(), tokens.end(), rs - 2,
                                  [](const Token& t, size_t at) { return t.end < at; });
        // (In lower case, a listed given name that is no ordinary word, or
        // a word no list holds and no English word: "yes — rafiqa (mum)
        // sewing it".)
        if (k != tokens.end() && k->end == rs - 2 && !k->all_caps && k->end - k->start >= 2 &&
            (k->capitalised || (given(*k) && !common(*k)) || (unlisted(*k) && !ocr_damaged)) &&
            !IsNotAName(k->folded, NameSlot::kAlone) && !IsRoleWord(k->folded) &&
            !IsPlaceOrOrganisationWord(k->folded) && !IsTitleWord(k->folded)) {
          AddPerson(doc.text, k->start, k->end, "name-gazetteer", 0.7,
                    "Name before a relation in brackets (\"Zarak (brother)\")", out);
        }
      }
      // "Mum (Jodian) is engaging", "his dad (liam) will pick him up": the
      // name in brackets right after the relation.
      if (kin && re + 3 < doc.text.size() && doc.text[re] == ' ' && doc.text[re + 1] == '(') {
        size_t close = doc.text.find(')', re + 2);
        if (close != std::string::npos && close - re < 40 && TypedName(doc.text, re + 2, close, lex, false)) {
          AddPerson(doc.text, re + 2, close, "name-gazetteer", 0.75,
                    "Name in brackets after a parent's relation (\"Mum (…)\")", out);
        }
      }
      // "inhaler, mum Isatu 07700-900-376", "Aroha's dad Adlan asked": a
      // relation in lower case before a capitalised given name or word no
      // list holds, with a surname after it if one follows.
      if (kin && re + 2 < doc.text.size() && doc.text[re] == ' ' && doc.text[rs] >= 'a' && doc.text[rs] <= 'z') {
        auto n = std::lower_bound(tokens.begin(), tokens.end(), re + 1,
                                  [](const Token& t, size_t at) { return t.start < at; });
        if (n != tokens.end() && n->start == re + 1 && n->capitalised && !n->all_caps && !n->initial &&
            n->folded.find('\'') == std::string_view::npos && !is_stop(*n) && !is_place(*n) &&
            !IsRoleWord(n->folded) && !IsTitleWord(n->folded) && ((given(*n) && !common(*n)) || unlisted(*n))) {
          size_t e = n->end;
          auto m = n + 1;
          if (m != tokens.end() && Adjacent(doc.text, *n, *m) && m->capitalised && !m->all_caps && !is_stop(*m) &&
              !is_place(*m) && ((sur(*m) && !common(*m)) || unlisted(*m))) {
            e = m->end;
          }
          AddPerson(doc.text, n->start, e, "name-gazetteer", 0.7, "Name after a parent's relation (\"mum Isatu\")",
                    out);
        }
      }
      if (rs < 3 || doc.text[rs - 1] != ' ') return;
      auto k = std::lower_bound(tokens.begin(), tokens.end(), rs - 1,
                                [](const Token& t, size_t at) { return t.end < at; });
      if (k == tokens.end() || k->end != rs - 1) {
        // The token ends before a possessive the tokenizer dropped ("sunita's").
        k = std::lower_bound(tokens.begin(), tokens.end(), rs - 1,
                             [](const Token& t, size_t at) { return t.end + 2 < at; });
      }
      if (k == tokens.end() || k->end >= rs) return;
      const Token& t = *k;
      std::string_view after(doc.text.data() + t.end, rs - 1 - t.end);
      const bool apostrophe = after == "'s" || after == "\xE2\x80\x99s";
      if (!apostrophe && (!after.empty() || !kin)) return;  // (a pupil's things only after a possessive)
      std::string folded(t.folded);
      size_t e = t.end;
      if (!apostrophe && folded.size() > 3 && folded.back() == 's' && !t.capitalised) {
        folded.pop_back();  // "sunitas": no apostrophe typed
        --e;
        if (!lex.IsGivenName(folded)) return;
      } else if (!apostrophe && folded.size() > 3 && folded.back() == 's' && t.capitalised &&
                 !lex.IsGivenName(folded) && lex.IsGivenName(folded.substr(0, folded.size() - 1))) {
        folded.pop_back();  // "Sunitas"
        --e;
      }
      if (folded.size() < 2 || IsNeverAName(folded) || IsNotAName(folded, NameSlot::kAfterTitle) ||
          IsRoleWord(folded) || IsPlaceOrOrganisationWord(folded)) {
        return;
      }
      // Capitalised with the apostrophe ("Precious's mum"), or a listed
      // name that is no ordinary word ("Phoned mum", "YOUNG CARER" are not).
      const bool listed = t.capitalised ? lex.IsGivenName(folded) || lex.IsSurname(folded) : lex.IsGivenName(folded);
      // (Or, in lower case with the apostrophe, a word no list holds and no
      // English word: "shout out to mariatu's mam".)
      if (!(t.capitalised && apostrophe && !t.all_caps) && !(listed && (!lex.IsCommonWord(folded) || apostrophe)) &&
          !(apostrophe && !t.capitalised && !ocr_damaged && unlisted(t))) {
        return;
      }
      std::string value = doc.text.substr(t.start, e - t.start);
      out->push_back(Hit{t.start, e, "PERSON", value, FoldForMatch(value), "name-gazetteer", 0.7,
                         "Name of a child, before a parent's relation to them (\"'s mum\")"});
      // "Mehraj (Lisette's dad)": the parent, named before the bracket.
      if (kin && k != tokens.begin() && t.start >= 2 && doc.text[t.start - 1] == '(' && doc.text[t.start - 2] == ' ') {
        const Token& parent = *(k - 1);
        if (parent.end == t.start - 2 && parent.capitalised && !parent.all_caps && !parent.initial &&
            parent.folded.size() >= 2 && !is_stop(parent) && !is_place(parent) && !IsRoleWord(parent.folded) &&
            !IsTitleWord(parent.folded) && (given(parent) || sur(parent) || unlisted(parent))) {
          AddPerson(doc.text, parent.start, parent.end, "name-gazetteer", 0.7,
                    "Name of a parent before their relation to a child (\"Mehraj (Lisette's dad)\")", out);
        }
      }
    });

    // Names known by their company though no list holds them (recall round
    // ten, from the twelfth held-out set's misses).
    //  - A surname with a particle: "Shamiram du Toit", "Ramina van Wyk",
    //    "Sargon van der Merwe", "Günel Te Rangi": a capitalised word, one
    //    or two particles, and a capitalised word that is no English word.
    //  - An age after a name: "- Günel, age 13", "Bay (aged 3)".
    //  - A relation in brackets after a lower-case name ("rafiqa (mum)
    //    sewing it"), or a child's relation ("Mehraj (Lisette's dad)").
    {
      // (IsParticle's, and the Māori "Te"; not the article "an".)
      auto particle = [](std::string_view f) { return (IsParticle(f) && f != "an") || f == "te"; };
      auto plain_name_word = [&](const Token& t) {
        return t.capitalised && !t.all_caps && !t.initial && t.folded.size() >= 2 && !is_stop(t) && !is_place(t) &&
               !IsRoleWord(t.folded) && !IsTitleWord(t.folded) && plain_shape(t);
      };
      for (size_t i = 0; i + 2 < tokens.size(); ++i) {
        const Token& first = tokens[i];
        if (!plain_name_word(first) || (english(first) && first.sentence_start && !given(first))) continue;
        size_t j = i + 1;
        while (j < tokens.size() && j - i <= 2 && Adjacent(doc.text, tokens[j - 1], tokens[j]) &&
               particle(tokens[j].folded) && (j == i + 1 || !tokens[j].capitalised)) {
          ++j;
        }
        if (j == i + 1 || j >= tokens.size() || !Adjacent(doc.text, tokens[j - 1], tokens[j])) continue;
        const Token& last = tokens[j];
        if (!plain_name_word(last) || english(last) || last.folded.size() < 3) continue;
        // A capitalised particle ("Te Rangi", "Van Wyk") only after a name
        // the lists hold or a word no list holds and no English word.
        if (tokens[i + 1].capitalised && !(given(first) || unlisted(first))) continue;
        // The Romance particles in lower case name places too
        // ("Villafranca del Cid", "Torroella de Montgrí"): after a listed
        // given name only. And no house number before it or after it ("Paseo del
        // Atlántico 81").
        static const SmallWordSet kRomance = {"de", "del", "della", "da", "di", "dos", "das", "la", "le"};
        bool romance = false;
        // (Written with a capital, "Le Bihan", "Di Stefano", they are a
        // surname's.)
        for (size_t p = i + 1; p < j; ++p) romance = romance || (kRomance.Has(tokens[p].folded) && !tokens[p].capitalised);
        if (romance && !(given(first) && !english(first))) continue;
        bool house_number = false;
        if (digit_before(first, &house_number) && house_number) continue;
        size_t after = last.end;
        while (after < doc.text.size() && doc.text[after] == ' ') ++after;
        if (after < doc.text.size() && doc.text[after] >= '0' && doc.text[after] <= '9') continue;
        AddPerson(doc.text, first.start, last.end, "name-gazetteer", 0.75,
                  "Full name with a surname particle (\"du Toit\", \"van Wyk\")", out);
        i = j;
      }
      // A word no list holds and no English word opening a sentence or a
      // line, as its subject: a verb after it that people do ("Talafou was
      // there too", "Rudzani will share", "Chance absent on check day",
      // "Ghjulia to phone home", "nafset was⏎there"; in lower case only
      // at a line's start, in clean text).
      static const SmallWordSet kSubjectVerbs = {
          "was", "is", "has", "had", "will", "would", "can", "could", "should", "must", "may", "might", "needs",
          "wants", "asked", "agreed", "said", "says", "told", "rang", "called", "came", "went", "left", "arrived",
          "absent", "did", "does", "missed", "joined", "moved", "started", "attended", "scored", "seemed",
          "wanted", "needed", "brought", "forgot", "refused", "declined", "signed", "returned", "finished",
          "walks", "walked", "lives", "lived", "stays", "stayed", "sits", "sat", "spoke", "phoned", "emailed"};
      static const SmallWordSet kNoteVerbs = {"phone", "call", "chase", "confirm", "email", "contact", "check",
                                              "ring", "send", "bring", "collect", "speak", "follow"};
      for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.all_caps || t.initial || t.folded.size() < 3 || !unlisted(t) || is_stop(t) || is_place(t) ||
            IsRoleWord(t.folded) || IsTitleWord(t.folded) || IsNeverAName(t.folded)) {
          continue;
        }
        const size_t line = LineStartAt(doc.text, t.start);
        size_t ls = line;
        while (ls < t.start && (doc.text[ls] == ' ' || doc.text[ls] == '\t')) ++ls;
        const bool line_start = ls == t.start;
        // (Not in OCR text, whose broken words are no English words:
        // "Porent was", "yment is"; nor a contraction, "I've"; nor a short
        // lower-case abbreviation, "pls".)
        if (ocr_damaged || !(t.sentence_start || line_start) || (!t.capitalised && (!line_start || t.folded.size() < 4)) ||
            t.folded.find('\'') != std::string_view::npos) {
          continue;
        }
        // Nor the rest of a word broken over a line end ("pa-⏎yment") or
        // after a letter a space split off ("C ontact").
        if ((t.start > 1 && doc.text[t.start - 1] == '\n' && doc.text[t.start - 2] == '-') ||
            (i > 0 && tokens[i - 1].end + 1 == t.start && tokens[i - 1].end - tokens[i - 1].start == 1)) {
          continue;
        }
        const Token& v = tokens[i + 1];
        if (v.capitalised || v.all_caps || v.start != t.end + 1 || doc.text[t.end] != ' ') continue;
        bool verb = kSubjectVerbs.Has(v.folded);
        // (A thing defined is no person: "Zoolander is a 2017 film",
        // "Verdafero is the brainchild of", "Estonia was super fun".)
        static const SmallWordSet kDefinition = {"a", "an", "the", "one", "our", "their", "its", "super",
                                                 "located", "based", "founded", "known", "famous", "fun"};
        if (verb && (v.folded == "is" || v.folded == "was") && i + 2 < tokens.size() &&
            kDefinition.Has(tokens[i + 2].folded)) {
          verb = false;
        }
        if (!verb && v.folded == "to" && i + 2 < tokens.size() && tokens[i + 2].start == v.end + 1) {
          verb = kNoteVerbs.Has(tokens[i + 2].folded);
        }
        if (!verb) continue;
        AddPerson(doc.text, t.start, t.end, "name-gazetteer", 0.65,
                  "Name no list holds as the subject of a sentence (\"Talafou was there\")", out);
      }
      // An age after one or two capitalised words.
      static const RE2 age(R"((,? \(?aged? \d{1,2}\b))", Latin1Off());
      if (MayMatch(age, doc.text)) {
        ForEachMatch(age, doc.text, 1, [&](size_t as, size_t, auto&) {
          auto k = std::lower_bound(tokens.begin(), tokens.end(), as,
                                    [](const Token& t, size_t at) { return t.end < at; });
          if (k == tokens.end() || k->end != as) return;
          const Token& t = *k;
          if (!plain_name_word(t) || !(given(t) || sur(t) || unlisted(t))) return;
          size_t s = t.start;
          if (k != tokens.begin()) {
            const Token& before = *(k - 1);
            if (Adjacent(doc.text, before, t) && plain_name_word(before) &&
                (given(before) || unlisted(before)) && !before.sentence_start) {
              s = before.start;
            } else if (Adjacent(doc.text, before, t) && plain_name_word(before) && given(before)) {
              s = before.start;
            }
          }
          AddPerson(doc.text, s, t.end, "name-gazetteer", 0.7, "Name before an age (\"Günel, age 13\")", out);
        });
      }
    }

    // Sign-offs: the line after "Kind regards," and friends.
    static const RE2 signoff(
        R"((?im)^[ \t]*(?:kind regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|yours sincerely|yours faithfully|with thanks|best|cheers|ta|thx),?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*([^\r\n]{2,60}))");
    // A match starts at a line start: blanks, a sign-off's first letter (or
    // a non-ASCII byte: under (?i) 'k' and 's' match the KELVIN SIGN and
    // LONG S), and the sign-off fills the line but for a comma, blanks and
    // a '\r': at most 48 bytes (16 letters of up to 3 bytes) before the
    // line's '\n'. RE2 is asked only at such lines (a call costs some 700
    // instructions even where it fails at once).
    auto may_sign_off = [&](size_t l) {
      const std::string& text = doc.text;
      while (l < text.size() && (text[l] == ' ' || text[l] == '\t')) ++l;
      if (l >= text.size()) return false;
      const unsigned char c = static_cast<unsigned char>(text[l]);
      if (c < 0x80 && std::memchr("kbwrmtycKBWRMTYC", c, 16) == nullptr) return false;
      const size_t window = std::min<size_t>(text.size() - l, 64);
      const void* nl = std::memchr(text.data() + l, '\n', window);
      if (nl == nullptr) return window == 64;  // a long line: RE2 decides
      size_t e = static_cast<size_t>(static_cast<const char*>(nl) - text.data());
      if (e > l && text[e - 1] == '\r') --e;
      while (e > l && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
      if (e > l && text[e - 1] == ',') --e;
      return e - l >= 2 && e - l <= 48;
    };
    // The group (the line after the sign-off) read off the whole match, not
    // by a submatch search of each: the match ends where the group ends,
    // on the match's last line, which the group fills after that line's
    // blanks (the blanks taken greedily, unless fewer than two bytes would
    // be left for the group: then it is the line's last two).
    auto sign_off_line = [&](size_t ms, size_t me) {
      const std::string& text = doc.text;
      const size_t ls = text.rfind('\n', me - 1) + 1;  // the match holds a '\n' after ms
      size_t t = ls;
      while (t < me && (text[t] == ' ' || text[t] == '\t')) ++t;
      const size_t gs = std::min(t, me - 2);
      if (RunsSelfCheck()) {
        re2::StringPiece m[2];
        if (!signoff.Match(re2::StringPiece(text), ms, me, RE2::ANCHOR_BOTH, m, 2) ||
            static_cast<size_t>(m[1].data() - text.data()) != gs || m[1].size() != me - gs) {
          CountRunsMismatch(signoff);
        }
      }
      return gs;
    };
    ForEachMatchAtLineStarts(signoff, doc.text, 0, may_sign_off, [&](size_t ms, size_t e1, auto&) {
      const size_t s = sign_off_line(ms, e1);
      std::string line = doc.text.substr(s, e1 - s);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      TokenList words = Tokenize(line);
      bool looks_like_name = !words.empty() && words.size() <= 4;
      for (const Token& t : words) looks_like_name = looks_like_name && t.capitalised &&
                                                   !IsNotAName(t.folded, NameSlot::kAlone);
      // "Mrs J. Fenwick" is the title recognizer's; skip titles here.
      // A lower-case given name alone ("cheers⏎kwame") is one too.
      if (!looks_like_name && words.size() == 1 && !words[0].capitalised && words[0].folded.size() >= 3 &&
          lex.IsGivenName(words[0].folded) && !IsNotAName(words[0].folded, NameSlot::kAlone) &&
          !IsNeverAName(words[0].folded) && line.find_first_of("0123456789@:") == std::string::npos) {
        looks_like_name = true;
      }
      if (!looks_like_name) return;
      size_t e = s + words.back().end;
      size_t b0 = s + words.front().start;
      std::string value = doc.text.substr(b0, e - b0);
      out->push_back(Hit{b0, e, "PERSON", value, FoldForMatch(value), "sign-off", 0.8,
                         "Name in a sign-off"});
    });

    // A name found here written again in lower case ("Child: Rowena R" …
    // "rowena wrote the first letter"), as notes on young children are: a
    // word of a found name, a listed given name or surname and no ordinary
    // word.
    {
      // The words of the names found, and (a filter read before them for
      // every lower-case word) their lengths and first letters.
      std::vector<std::string_view> found;
      std::bitset<32 * 256> shapes;
      auto shape = [](std::string_view w) { return std::min<size_t>(w.size(), 31) * 256 + static_cast<unsigned char>(w[0]); };
      for (const Hit& h : *out) {
        if (h.category != "PERSON") continue;
        std::string_view v(h.normalized);
        for (size_t p = 0; p < v.size();) {
          size_t q = std::min(v.find(' ', p), v.size());
          if (q - p >= 3) {
            found.push_back(v.substr(p, q - p));
            shapes.set(shape(found.back()));
          }
          p = q + 1;
        }
      }
      std::sort(found.begin(), found.end());
      std::vector<size_t> lower_case_uses;
      for (size_t i = 0; i < tokens.size() && !found.empty(); ++i) {
        const Token& t = tokens[i];
        if (t.capitalised || t.all_caps || t.folded.size() < 3 || !shapes.test(shape(t.folded)) ||
            !std::binary_search(found.begin(), found.end(), std::string_view(t.folded))) {
          continue;
        }
        if (!(lex.IsGivenName(t.folded) || lex.IsSurname(t.folded)) || lex.IsCommonWord(t.folded) ||
            IsNotAName(t.folded, NameSlot::kAlone) || IsNeverAName(t.folded) || IsRoleWord(t.folded) ||
            IsParticle(t.folded)) {
          continue;
        }
        // (Not inside an email address or a web address.)
        if ((t.start > 0 && (doc.text[t.start - 1] == '@' || doc.text[t.start - 1] == '.' ||
                             doc.text[t.start - 1] == '/')) ||
            (t.end < doc.text.size() && (doc.text[t.end] == '@' || doc.text[t.end] == '.') && t.end + 1 < doc.text.size() &&
             std::isalnum(static_cast<unsigned char>(doc.text[t.end + 1])))) {
          continue;
        }
        lower_case_uses.push_back(i);
      }
      // (Added after the loop: `found` views the strings of *out.)
      for (size_t i : lower_case_uses) {
        AddPerson(doc.text, tokens[i].start, tokens[i].end, "name-gazetteer", 0.7,
                  "A name found in this document, in lower case", out);
      }
    }

    if (ocr_damaged) {
      FindOcrVariants(doc, tokens, out);
      // A title before a name whose capital O or I was read as a digit
      // ("Mrs 0lawa1e", "Ms 0wusu"): the title says a name is here.
      // (Searched directly, not through the pattern screen: a pattern added
      // to the screen can push its automaton past its memory, and then it
      // screens nothing for any document.)
      static const RE2 titled(R"(\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? ([01][a-z][a-z01]+))", Latin1Off());
      re2::StringPiece in(doc.text), word;
      while (RE2::FindAndConsume(&in, titled, &word)) {
        size_t s = static_cast<size_t>(word.data() - doc.text.data()), e = s + word.size();
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-ocr", 0.75,
                           "Name after a title, its capital read as a digit"});
      }
    }
  }

 private:
  // "ms teams", "ms word": Microsoft's products, not a person after "Ms".
  static bool IsProductAfterMs(std::string_view f) {
    static const FoldedWordSet k = {"teams", "word", "excel", "forms", "office", "outlook",
                                                       "powerpoint", "access", "paint", "edge", "onenote"};
    return k.count(f) > 0;
  }

  // The lines of a document that are messages of a chat or text thread,
  // as [start, end) byte ranges in order: a line after a header line that
  // ends in a time ("Hamza Breathnach  09:06", "From: Mark Muller
  // (07700900974)  14:56"); the text of a line with a chat prefix
  // ("[20/01/2026 08:13] Park, Efua (Staff): has anyone seen ..."). (A line
  // merely starting in lower case is no message: wrapped sentences and
  // lists do that in formal documents too.)
  static std::vector<std::pair<size_t, size_t>> MessageLines(const std::string& text) {
    std::vector<std::pair<size_t, size_t>> lines;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    auto ends_with_time = [&](size_t a, size_t b) {
      while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\r' || text[b - 1] == '\t')) --b;
      return b - a >= 4 && digit(text[b - 1]) && digit(text[b - 2]) && text[b - 3] == ':' && digit(text[b - 4]);
    };
    size_t prev_a = std::string::npos, prev_b = 0;
    for (size_t a = 0; a < text.size();) {
      size_t b = text.find('\n', a);
      if (b == std::string::npos) b = text.size();
      size_t m = a;
      while (m < b && (text[m] == ' ' || text[m] == '\t')) ++m;
      bool message = false;
      // "[20/01/2026 08:13] Name: text": the text after the speaker.
      if (m < b && text[m] == '[') {
        size_t close = text.find(']', m);
        size_t colon = close == std::string::npos ? std::string::npos : text.find(": ", close);
        if (close != std::string::npos && close < b && close - m <= 24 && ends_with_time(m, close) &&
            colon != std::string::npos && colon < b && colon - close <= 64) {
          m = colon + 2;
          message = true;
        }
      }
      if (!message && prev_a != std::string::npos && ends_with_time(prev_a, prev_b)) message = true;
      if (message && m < b) lines.emplace_back(m, b);
      prev_a = a;
      prev_b = b;
      a = b + 1;
    }
    return lines;
  }

  // A display name written in lower case ("From: jaspreet reddy
  // <jaspreetreddy25@…>", "From: will <willclarke36@…>"), as phones and
  // webmail send a parent's own typing. Lower case is no evidence, so the
  // address must vouch: one word of the name is spelled out in the local
  // part, and every other word is in it or a listed name; or every word is
  // a listed name that is no ordinary word ("amara okafor <ao@…>"). Words the
  // local part spells out count even when they are also words ("will").
  // Returns whether the display name was all lower case (handled here).
  static bool LowerCaseDisplayName(const Document& doc, const std::vector<Token>& tokens, size_t s, size_t e,
                                   std::string_view local, std::vector<Hit>* out) {
    std::string_view name(doc.text.data() + s, e - s);
    for (char c : name) {
      if (c >= 'A' && c <= 'Z') return false;
    }
    auto letters = [](std::string_view w) {
      std::string k;
      for (char c : FoldForMatch(w)) {
        if (c >= 'a' && c <= 'z') k += c;
      }
      return k;
    };
    const std::string box = letters(local);
    const NameLexicon& lex = NameLexicon::Get();
    auto k = std::lower_bound(tokens.begin(), tokens.end(), s, [](const Token& t, size_t at) { return t.start < at; });
    bool vouched = false, plain = true;  // plain: no word is also an ordinary word
    int words = 0;
    for (; k != tokens.end() && k->end <= e; ++k, ++words) {
      std::string w = letters(doc.text.substr(k->start, k->end - k->start));
      if (w.size() < 2 || IsNeverAName(k->folded) || words == 3) return true;
      bool spelled = w.size() >= 3 && box.find(w) != std::string::npos;
      if (!spelled && (!(lex.IsGivenName(k->folded) || lex.IsSurname(k->folded)) ||
                       IsNotAName(k->folded, NameSlot::kAfterTitle))) {
        return true;
      }
      vouched = vouched || spelled;
      plain = plain && !lex.IsCommonWord(k->folded);
    }
    if (!(vouched || plain) || words == 0) return true;
    std::string value(name);
    out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-header", 0.8,
                       "Display name in an email header, in lower case, spelled in the address"});
    return true;
  }

  // OCR-damaged mentions of a name found in this document ("Irnogen" beside
  // "Imogen", "Arnira" beside "Amira", "0wain" beside "Owain"): a capitalised
  // word, or one after a 0 or 1 read for a capital O or I, that is no name
  // word found here but reads as one once OCR's confusions are undone in
  // both (rn/m, e/c, h/b, l/1/i, o/0, s/5). The name found elsewhere in the
  // document is the evidence; the lists are not asked.
  static void FindOcrVariants(const Document& doc, const std::vector<Token>& tokens, std::vector<Hit>* out) {
    auto ocr_key = [](std::string_view w) {
      std::string k;
      k.reserve(w.size());
      for (size_t i = 0; i < w.size(); ++i) {
        char c = w[i];
        if (c == 'r' && i + 1 < w.size() && w[i + 1] == 'n') {
          k += 'm';
          ++i;
          continue;
        }
        switch (c) {
          case 'c': c = 'e'; break;
          case 'b': c = 'h'; break;
          case '1': case 'i': case '|': c = 'l'; break;
          case '0': c = 'o'; break;
          case '5': c = 's'; break;
          default: break;
        }
        k += c;
      }
      return k;
    };
    std::unordered_set<std::string> words, keys;
    for (const Hit& h : *out) {
      if (h.category != "PERSON") continue;
      std::string_view v = h.normalized;
      size_t p = 0;
      while (p < v.size()) {
        size_t sp = v.find(' ', p);
        if (sp == std::string_view::npos) sp = v.size();
        std::string_view w = v.substr(p, sp - p);
        if (w.size() >= 4 && !IsNotAName(w, NameSlot::kAfterTitle)) {
          words.emplace(w);
          keys.insert(ocr_key(w));
        }
        p = sp + 1;
      }
    }
    if (keys.empty()) return;
    const std::string& text = doc.text;
    for (const Token& t : tokens) {
      if (t.folded.size() < 3) continue;
      // "0wain": the tokenizer starts the word after the digit.
      const bool digit_first = t.start > 0 && (text[t.start - 1] == '0' || text[t.start - 1] == '1') &&
                               (t.start < 2 || !std::isalnum(static_cast<unsigned char>(text[t.start - 2]))) &&
                               !t.capitalised;
      if (!t.capitalised && !digit_first) continue;
      std::string folded = digit_first ? std::string(1, text[t.start - 1]) + std::string(t.folded) : std::string(t.folded);
      if (folded.size() < 4 || words.count(folded)) continue;
      if (!keys.count(ocr_key(folded))) continue;
      size_t s = digit_first ? t.start - 1 : t.start;
      std::string value = text.substr(s, t.end - s);
      out->push_back(Hit{s, t.end, "PERSON", value, FoldForMatch(value), "name-ocr", 0.7,
                         "OCR-damaged form of a name found in this document"});
    }
  }
};

}  // namespace

bool IsPlaceOrOrganisationFolded(const std::string& folded) { return IsPlaceOrOrganisationWord(folded); }

std::unique_ptr<Recognizer> NewGazetteerNameRecognizer() {
  return std::make_unique<GazetteerNameRecognizer>();
}

}  // namespace dsar
