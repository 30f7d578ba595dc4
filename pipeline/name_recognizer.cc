// People's names without a title in front: gazetteer evidence (given names,
// surnames) combined with capitalisation and context, and names in sign-offs.
//
// A gazetteer hit alone is not a name: thousands of names are ordinary words
// ("Will", "Grace", "Brown"). Those need stronger evidence — a second name
// word beside them, a title, a greeting, or a mention elsewhere — so "I will
// mark it in May" stays text while "Will Brown" and "Grace Oduya" are names.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pipeline/model/unicode.h"
#include "pipeline/names.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

namespace dsar {
namespace {

struct Token {
  size_t start, end;   // the word (possessive 's removed)
  std::string folded;
  bool capitalised;    // first letter upper case
  bool all_caps;
  bool sentence_start;
  bool initial;        // a single capital letter, optionally followed by '.'
};

// Words after a name that make it a place or organisation instead.
bool IsPlaceOrOrganisationWord(const std::string& f) {
  static const std::unordered_set<std::string> kWords = {
      "road", "street", "lane", "avenue", "close", "drive", "way", "court", "crescent",
      "gardens", "place", "terrace", "grove", "walk", "row", "hill", "park", "square", "mews",
      "view", "school", "academy", "college", "university", "trust", "council", "hospital",
      "centre", "center", "house", "primary", "secondary", "church", "ltd", "limited", "plc",
      "group", "services", "surgery", "clinic", "practice", "station", "library", "hall",
      "building", "campus", "site", "estate", "green", "common", "bridge", "street's"};
  return kWords.count(f) > 0;
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
std::vector<Token> Tokenize(const std::string& text) {
  std::vector<Token> out;
  const char* p = text.data();
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  out.reserve(text.size() / 6);
  auto ascii_letter = [](unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); };
  while (i < n) {
    // Spaces, digits and punctuation between words: skipped byte by byte.
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80 && !ascii_letter(b)) {
      ++i;
      continue;
    }
    int32_t s = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !IsLetterOrMark(c)) continue;
    bool upper_first = IsUpperOrTitle(c);
    bool any_lower = IsLower(c);
    bool non_ascii = c >= 0x80;  // false: every byte of the word is ASCII
    int32_t letters = 1;
    int32_t e = i;
    while (e < n) {
      const unsigned char be = static_cast<unsigned char>(p[e]);
      if (ascii_letter(be)) {  // the common case, as IsLetterOrMark and IsLower say
        any_lower = any_lower || (be >= 'a' && be <= 'z');
        ++letters;
        ++e;
        continue;
      }
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
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
      if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
        w.remove_suffix(suffix.size());
        end -= suffix.size();
        break;
      }
    }
    Token t;
    t.start = start;
    t.end = end;
    // A token has no white space, so for ASCII FoldForMatch is lower-casing.
    // (`non_ascii` false proves it without reading the word again.)
    if (!non_ascii ||
        std::all_of(w.begin(), w.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      t.folded.resize(w.size());
      for (size_t k = 0; k < w.size(); ++k) {
        const char ch = w[k];
        t.folded[k] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
      }
    } else {
      t.folded = FoldForMatch(w);
    }
    t.capitalised = upper_first;
    t.all_caps = letters > 1 && upper_first && !any_lower;
    // Sentence start: only spaces and opening punctuation since a full stop,
    // a line start or the start of the text.
    size_t k = start;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '"' ||
                     text[k - 1] == '(' || text[k - 1] == '-' || text[k - 1] == '*')) {
      --k;
    }
    t.sentence_start = k == 0 || text[k - 1] == '\n' || text[k - 1] == '.' || text[k - 1] == '!' ||
                       text[k - 1] == '?' || text[k - 1] == ':' || text[k - 1] == '\f';
    t.initial = letters == 1 && upper_first;
    out.push_back(std::move(t));
  }
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

// Do `initials` ("RC", "YvdM", "MaH") stand for `name` ("Rahim Chowdhury",
// "Yolanda van der Merwe", "Marieke al-Hassan")? The first letter must be
// the name's first letter and the last capital a capital of the last word.
bool InitialsFit(std::string_view initials, std::string_view name) {
  if (initials.size() < 2 || name.empty()) return false;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  if (lower(initials[0]) != lower(name[0])) return false;
  char last_cap = 0;
  for (char c : initials) {
    if (c >= 'A' && c <= 'Z') last_cap = c;
  }
  size_t sp = name.find_last_of(' ');
  std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  return last_cap != 0 && last.find(last_cap) != std::string_view::npos;
}

// Initials that stand for a person in minutes, rotas and chronologies. They
// are introduced in the document itself — a key line ("RC = Rahim
// Chowdhury", "KD - Ms Kavya Dhillon") or after the name ("Arnas Kazlauskas
// (AK)") — and every later use of the same letters ("AK to call Mum",
// "| AK |") is that person. Initials never introduced are left alone: "PE"
// and "RE" are subjects, not people.
void FindInitials(const Document& doc, std::vector<Hit>* out) {
  const std::string& text = doc.text;
  static const RE2 key(
      R"((?m)^[ \t]*([A-Z][A-Za-z]{0,3}[A-Z])[ \t]*(?:=|:|-|\x{2013})[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?(\p{Lu}[\p{L}'\x{2019}]+(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)*\p{Lu}?[\p{L}'\x{2019}\-]+){1,3}))");
  static const RE2 after_name(
      R"((\p{Lu}[\p{Ll}'\x{2019}\-]+(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)*\p{Lu}?[\p{L}'\x{2019}\-]+){1,3})[ \t]+\(([A-Z][A-Za-z]{0,3}[A-Z])\))");
  std::set<std::string> defined;
  auto add = [&](size_t s, size_t e, const char* why, double confidence) {
    std::string value = text.substr(s, e - s);
    out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-initials", confidence, why});
  };
  // ForEachMatch finds each match with RE2's DFA before taking its groups:
  // a search for the groups over the whole text is many times slower.
  auto scan = [&](const RE2& re, int initials_group, int name_group) {
    ForEachMatch(re, text, 0, [&](size_t, size_t, auto& g) {
      std::string_view initials(g[initials_group].data(), g[initials_group].size());
      std::string_view name(g[name_group].data(), g[name_group].size());
      // The name part may run on ("Ray Malik (ext 222)"): trim to the words.
      while (!name.empty() && (name.back() == '-' || name.back() == '\'')) name.remove_suffix(1);
      if (!InitialsFit(initials, name)) return;
      size_t is = static_cast<size_t>(initials.data() - text.data());
      size_t ns = static_cast<size_t>(name.data() - text.data());
      add(is, is + initials.size(), "Initials introduced for a person in this document", 0.8);
      add(ns, ns + name.size(), "Name introduced with initials", 0.8);
      defined.insert(std::string(initials));
    });
  };
  scan(key, 1, 2);
  scan(after_name, 2, 1);
  if (defined.empty()) return;
  // Every other use of the defined initials, as a whole word.
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

// A lower-case particle inside a name after a form label ("Surname: von
// Ahlen", "Name: Tariq de la Cruz"): one of the particles, followed on the
// same line by another particle or a capitalised word.
bool LabelParticle(const std::vector<Token>& tokens, size_t j, const std::string& text) {
  static const std::unordered_set<std::string> kParticles = {"ap", "ab", "de", "van", "von", "der", "den",
                                                   "bin", "binti", "da", "di", "du", "le", "la", "nic", "ni", "dos"};
  if (!kParticles.count(tokens[j].folded) || tokens[j].capitalised || j + 1 >= tokens.size()) return false;
  if (!Adjacent(text, tokens[j], tokens[j + 1])) return false;
  if (tokens[j + 1].capitalised) return true;
  return kParticles.count(tokens[j + 1].folded) && j + 2 < tokens.size() && tokens[j + 2].capitalised &&
         Adjacent(text, tokens[j + 1], tokens[j + 2]);
}

class GazetteerNameRecognizer final : public Recognizer {
 public:
  std::string_view name() const override { return "name-gazetteer"; }

  void Find(const Document& doc, std::vector<Hit>* out) const override {
    const NameLexicon& lex = NameLexicon::Get();
    std::vector<Token> tokens = Tokenize(doc.text);
    // What the word lists say of each token, looked up once: a token is
    // looked at several times (as the start of a run, inside one, after one),
    // and the lookups in the large lists are the cost of this loop.
    struct Facts {
      int8_t not_name = -1, given = -1, sur = -1, common = -1, place = -1;
    };
    std::vector<Facts> facts(tokens.size());
    auto memo = [](int8_t* slot, auto&& compute) {
      if (*slot < 0) *slot = compute() ? 1 : 0;
      return *slot == 1;
    };
    auto facts_of = [&](const Token& t) -> Facts& { return facts[static_cast<size_t>(&t - tokens.data())]; };
    auto is_stop = [&](const Token& t) {
      return memo(&facts_of(t).not_name, [&] { return IsNotAName(t.folded, NameSlot::kAlone); });
    };
    auto is_place = [&](const Token& t) {
      return memo(&facts_of(t).place, [&] { return IsPlaceOrOrganisationWord(t.folded); });
    };
    auto is_name_like = [&](const Token& t) {
      // "8Rose", "10K": a form or set code, not a name.
      bool after_digit = t.start > 0 && doc.text[t.start - 1] >= '0' && doc.text[t.start - 1] <= '9';
      return (t.capitalised || t.all_caps) && !is_stop(t) && !after_digit &&
             !GluedByAmpersand(doc.text, t);
    };
    for (size_t i = 0; i < tokens.size();) {
      if (!is_name_like(tokens[i])) {
        ++i;
        continue;
      }
      // The run of capitalised, adjacent words starting here (at most 4).
      size_t j = i + 1;
      while (j < tokens.size() && j - i < 4 && Adjacent(doc.text, tokens[j - 1], tokens[j])) {
        if (is_name_like(tokens[j])) {
          ++j;
          continue;
        }
        // Lower-case particles inside a name: "Owain ap Iorwerth", "van der Berg".
        static const std::unordered_set<std::string> kParticles = {"ap", "ab", "de", "van", "von", "der", "den",
                                                         "bin", "binti", "al", "el", "da", "di", "du",
                                                         "le", "la", "nic", "mac", "ni"};
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
      // A place or organisation ("Mill Lane", "Kestrel Moor Academy").
      if (j < tokens.size() && is_place(tokens[j]) && Adjacent(doc.text, tokens[j - 1], tokens[j])) {
        i = j + 1;
        continue;
      }
      if (is_place(tokens[j - 1])) {
        i = j;
        continue;
      }
      size_t n = j - i;
      const Token& first = tokens[i];
      // "The Will writing service", "the King's Speech": an article makes a
      // following name-that-is-a-word a thing.
      bool after_article = i > 0 && (tokens[i - 1].folded == "the" || tokens[i - 1].folded == "a" ||
                                     tokens[i - 1].folded == "an" || tokens[i - 1].folded == "our" ||
                                     tokens[i - 1].folded == "your" || tokens[i - 1].folded == "this") &&
                           tokens[i].start - tokens[i - 1].end == 1;
      auto common = [&](const Token& t) {
        return memo(&facts_of(t).common, [&] { return lex.IsCommonWord(t.folded); });
      };
      if (after_article && common(first)) {
        i = j;
        continue;
      }
      const Token& last = tokens[j - 1];
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
      auto given = [&](const Token& t) {
        return memo(&facts_of(t).given, [&] {
          return any_part(t, [&](const std::string& f) { return lex.IsGivenName(f); });
        });
      };
      auto sur = [&](const Token& t) {
        return memo(&facts_of(t).sur, [&] {
          return any_part(t, [&](const std::string& f) { return lex.IsSurname(f); });
        });
      };
      double confidence = 0;
      std::string why;
      if (n >= 2) {
        bool first_ok = first.initial || given(first) || (sur(first) && !common(first));
        bool last_ok = sur(last) || given(last) || (!common(last) && last.folded.size() >= 3);
        if (first_ok && last_ok && !(common(first) && common(last) && !given(first))) {
          confidence = 0.85;
          why = "Full name (known given name or surname, capitalised)";
        }
      } else if (!first.initial && first.folded.size() >= 2) {
        bool caps_only = first.all_caps && first.folded.size() <= 3;  // acronyms
        if (!caps_only && !common(first)) {
          if (given(first)) {
            confidence = 0.75;
            why = "Given name";
          } else if (sur(first) && !first.sentence_start) {
            confidence = 0.6;
            why = "Surname";
          }
        } else if (!caps_only && given(first) && first.capitalised && !first.all_caps &&
                   !first.sentence_start) {
          // "Will", "Harry", "Poppy" mid-sentence with a capital: the word
          // would be lower case there, so it is the name.
          confidence = 0.6;
          why = "Given name (also an ordinary word, but capitalised mid-sentence)";
        }
      }
      if (confidence > 0) {
        size_t s = first.start, e = last.end;
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-gazetteer", confidence, why});
      }
      i = j;
    }

    // Form labels: whatever capitalised words follow "Name:", "Signed:",
    // "Treated by:" and the like are a name, known to the lists or not.
    static const RE2 label(
        R"((?im)(?:^|[ \t])(?:(?:pupil|child|student|learner|parent|carer|parent/carer|mother|father|guardian|contact|staff|witness|emergency contact)(?:'s)? name|full name|name|legal surname|legal forename\(s\)|surname|forename\(s\)|forenames?|first names?|first name\(s\)|last name|family name|signed|signature|treated by|reported by|recorded by|completed by|taken by|logged by|checked by|entered by|authorised by|account holder|user|pupil|learner|student|child|witness(?:es)?|parent/carer|mother|father|carer)[ \t]*:[ \t]*)",
        Latin1Off());
    {
      re2::StringPiece in(doc.text), lm;
      size_t p = MayMatch(label, doc.text) ? 0 : doc.text.size();
      while (p < doc.text.size() && label.Match(in, p, doc.text.size(), RE2::UNANCHORED, &lm, 1)) {
        size_t after = static_cast<size_t>(lm.data() - doc.text.data()) + lm.size();
        p = after + 1;
        // The first token starting at or after the label (tokens are in order).
        size_t k = static_cast<size_t>(
            std::lower_bound(tokens.begin(), tokens.end(), after,
                             [](const Token& t, size_t at) { return t.start < at; }) -
            tokens.begin());
        if (k >= tokens.size() || tokens[k].start != after) continue;
        size_t j = k;
        while (j < tokens.size() && j - k < 4 &&
               (((tokens[j].capitalised || tokens[j].all_caps) && !is_stop(tokens[j])) ||
                AttachedArticle(doc.text, tokens[j]) || LabelParticle(tokens, j, doc.text)) &&
               (j == k || Adjacent(doc.text, tokens[j - 1], tokens[j]))) {
          ++j;
        }
        while (j > k && !tokens[j - 1].capitalised && !tokens[j - 1].all_caps &&
               !AttachedArticle(doc.text, tokens[j - 1])) {
          --j;  // a particle cut off by the word limit
        }
        if (j == k) continue;
        size_t s = tokens[k].start, e = tokens[j - 1].end;
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-label", 0.8,
                           "Name after a form label"});
      }
    }

    // "SURNAME, Given" on forms and registers.
    static const RE2 register_form(R"((\p{Lu}{2,}[\p{Lu}'’\-]*), (\p{Lu}\p{Ll}+))");
    ForEachMatch(register_form, doc.text, 0, [&](size_t s, size_t e, auto& groups) {
      std::string sf = FoldForMatch(std::string_view(groups[1].data(), groups[1].size()));
      std::string gf = FoldForMatch(std::string_view(groups[2].data(), groups[2].size()));
      if ((lex.IsSurname(sf) || lex.IsGivenName(gf)) && !IsNotAName(sf, NameSlot::kAlone) &&
          !IsNotAName(gf, NameSlot::kAlone)) {
        std::string value = doc.text.substr(s, e - s);
        out->push_back(Hit{s, e, "PERSON", value, FoldForMatch(value), "name-register", 0.85,
                           "Name written SURNAME, Given"});
      }
    });

    FindInitials(doc, out);

    // Informal messages written in lower case ("hi esi, just to let you
    // know ngozi wont be in"): a message that opens with a lower-case
    // greeting line has its lower-case given names taken too, when the word
    // is no ordinary word ("will", "may", "grace" stay words).
    static const RE2 informal(
        R"((?m)^[ \t]*(?:(?i:hi|hiya|hello|hey|morning)|dear)[ \t]+(?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[a-z][a-z'\-]*[a-z](?:[ \t]+[a-z][a-z'\-]*[a-z])?[ \t]*(?:,|!|\r?$))");
    if (MayMatch(informal, doc.text) && RE2::PartialMatch(doc.text, informal)) {
      for (const Token& t : tokens) {
        if (t.capitalised || t.folded.size() < 3 || t.folded.find('-') != std::string::npos) continue;
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
        out->push_back(Hit{t.start, t.end, "PERSON", doc.text.substr(t.start, t.end - t.start), t.folded,
                           "name-gazetteer", 0.6, "Given name written in lower case in an informal message"});
      }
    }

    // Sign-offs: the line after "Kind regards," and friends.
    static const RE2 signoff(
        R"((?im)^[ \t]*(?:kind regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|yours sincerely|yours faithfully|with thanks|best|cheers|ta|thx),?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*([^\r\n]{2,60}))");
    ForEachMatch(signoff, doc.text, 1, [&](size_t s, size_t e1, auto&) {
      std::string line = doc.text.substr(s, e1 - s);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      std::vector<Token> words = Tokenize(line);
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
  }
};

}  // namespace

std::unique_ptr<Recognizer> NewGazetteerNameRecognizer() {
  return std::make_unique<GazetteerNameRecognizer>();
}

}  // namespace dsar
