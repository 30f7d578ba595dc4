// Name lists compiled into dsar (config/names/, sources in its README):
// given names and surnames with wide UK coverage, names that are also
// ordinary English words, and a nickname table.
#ifndef DSAR_PIPELINE_NAMES_H_
#define DSAR_PIPELINE_NAMES_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dsar {

// Where a capitalised word is being judged, for IsNotAName.
enum class NameSlot {
  // After a title or greeting, in an email display name, or as part of a
  // name found another way: something else already says "a name is here".
  kAfterTitle,
  // Standing on its own, with only a capital letter and the gazetteer to say
  // it is a name (the gazetteer recognizer).
  kAlone,
};

// Is `folded` (FoldForMatch) a word that is not a person's name in `slot`?
// The one stop list of name detection, config/names/not_names.txt: its [both]
// section applies everywhere, [alone] only to kAlone (surnames after a title:
// "Mr English"), [after-title] only to kAfterTitle (given names alone: "Will").
// Thread-safe.
bool IsNotAName(std::string_view folded, NameSlot slot);

// A few short folded words asked about for nearly every word of a document
// (titles, particles, the closed-class words no one is called): a word of a
// length none of them has is answered by one bit test, any other compared
// only with the words of its first letter. The words must outlive the set
// (string literals).
class SmallWordSet {
 public:
  SmallWordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      lengths_ |= uint64_t{1} << w.size();  // (every word under 64 bytes)
      by_first_[Bucket(w[0])].push_back(w);
    }
  }
  bool Has(std::string_view w) const {
    if (w.empty() || w.size() >= 64 || ((lengths_ >> w.size()) & 1) == 0) return false;
    for (std::string_view x : by_first_[Bucket(w[0])]) {
      if (x == w) return true;
    }
    return false;
  }

 private:
  static size_t Bucket(char c) { return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26; }
  uint64_t lengths_ = 0;
  std::vector<std::string_view> by_first_[27];  // 'a'..'z', then any other first byte
};

// A hash for the word lists' short folded words: at most three 8-byte
// reads and multiplies for a word of up to 16 bytes (std::hash's
// out-of-line byte hash was a tenth of detection's word-list cost). The
// lists are only looked up, never iterated, so their order does not show.
struct FoldedWordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    uint64_t key;
    return static_cast<size_t>(HashAndKey(s, &key));
  }
  // The hash, and in *key the bytes as it reads them: for a word of at most
  // eight bytes they and its length are the word (four bytes from each end,
  // or the first, middle and last), so two such words of one length are
  // equal exactly when their keys are. (0 for longer words.)
  static uint64_t HashAndKey(std::string_view s, uint64_t* key) noexcept {
    const char* p = s.data();
    const size_t n = s.size();
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    uint64_t h = n * kMul;
    auto mix = [&](uint64_t x) {
      h = (h ^ x) * kMul;
      h ^= h >> 29;
    };
    *key = 0;
    if (n >= 8) {
      size_t i = 0;
      for (; i + 8 < n; i += 8) {
        uint64_t x;
        std::memcpy(&x, p + i, 8);
        mix(x);
      }
      uint64_t x;
      std::memcpy(&x, p + n - 8, 8);  // the last eight bytes (may overlap)
      mix(x);
      if (n == 8) *key = x;
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      *key = (static_cast<uint64_t>(a) << 32) | b;
      mix(*key);
    } else if (n > 0) {
      const auto u = [&](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
      *key = (u(0) << 16) | (u(n / 2) << 8) | u(n - 1);
      mix(*key);
    }
    return h;
  }
};

// The large word lists (tens of thousands of names), asked about for nearly
// every word of a document: open addressing over one array of slots (hash,
// place of the word in one buffer of all the words), linear probing, at
// most half full. A lookup is a hash, a masked index and, mostly, one slot
// compared (a std::unordered_set walked a node list after a division).
// Only looked up, never iterated.
class WordTable {
 public:
  // Adds `folded` unless it is there already.
  // Adds `folded` with the bits of `value` (ORed into those of a word
  // already there); returns the bits the word had before (0: new).
  uint8_t Insert(std::string_view folded, uint8_t value = 1);
  // The bits of `folded` (0: not in the table).
  uint8_t Find(std::string_view folded) const {
    if (slots_.empty()) return 0;
    uint64_t key;
    const uint64_t h = FoldedWordHash::HashAndKey(folded, &key);
    const size_t size_plus_one = folded.size() + 1;
    if (folded.size() <= 8) {
      // A short word is its key and length: no bytes compared.
      for (size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.size_plus_one == 0) return 0;
        if (s.key == key && static_cast<size_t>(s.size_plus_one) == size_plus_one) return s.value;
      }
    }
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size_plus_one == 0) return 0;
      if (s.hash == h && static_cast<size_t>(s.size_plus_one) == size_plus_one &&
          std::memcmp(words_.data() + s.offset, folded.data(), folded.size()) == 0) {
        return s.value;
      }
    }
  }
  bool Contains(std::string_view folded) const { return Find(folded) != 0; }
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint64_t key = 0;            // FoldedWordHash::HashAndKey's key (words of up to eight bytes)
    uint32_t offset = 0;         // in words_
    uint16_t size_plus_one = 0;  // 0: an empty slot (words are shorter than 65,535 bytes)
    uint8_t value = 0;           // the word's bits (never 0)
  };
  uint8_t* FindSlotValue(std::string_view folded);
  void Place(const Slot& s);

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t count_ = 0;
  std::string words_;
};

// A fixed set of folded words (the recognizers' word lists written in the
// code), in a WordTable; asked with count() as a std::unordered_set is.
class FoldedWordSet : public WordTable {
 public:
  FoldedWordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Insert(w);
  }
  size_t count(std::string_view folded) const { return Contains(folded) ? 1 : 0; }
};

class NameLexicon {
 public:
  // The lexicon built from the embedded lists (built once, thread-safe).
  static const NameLexicon& Get();

  // All lookups take a folded word (FoldForMatch), looked up as it is (no
  // std::string made for it: the sets hash and compare string_views).
  // What the lists say of a folded word, in one lookup: the bits below.
  // The sections of not_names.txt too: kNotBoth ([both]), kNotAlone
  // ([alone]), kNotAfterTitle ([after-title]) (IsNotAName).
  static constexpr uint8_t kGiven = 1, kSurname = 2, kCommon = 4, kEnglish = 8;
  static constexpr uint8_t kNotBoth = 16, kNotAlone = 32, kNotAfterTitle = 64;
  // The bits of not_names.txt that make `folded` no name in `slot`.
  static constexpr uint8_t NotANameBits(NameSlot slot) {
    return kNotBoth | (slot == NameSlot::kAlone ? kNotAlone : kNotAfterTitle);
  }
  uint8_t Facts(std::string_view folded) const { return words_.Find(folded); }
  bool IsGivenName(std::string_view folded) const { return (words_.Find(folded) & kGiven) != 0; }
  bool IsSurname(std::string_view folded) const { return (words_.Find(folded) & kSurname) != 0; }
  // A name that is also an ordinary English word ("will", "grace", "brown").
  bool IsCommonWord(std::string_view folded) const { return (words_.Find(folded) & kCommon) != 0; }
  // An ordinary English word, a listed name or not ("officer", "care",
  // "will"): a capitalised word no list holds that is no English word
  // ("Nurmagambetov") may be a name the lists lack.
  bool IsEnglishWord(std::string_view folded) const {
    return (words_.Find(folded) & (kCommon | kEnglish)) != 0;
  }
  // Nicknames of a formal given name, and formal names of a nickname.
  std::vector<std::string> Variants(const std::string& folded) const;

  size_t given_count() const { return given_count_; }
  size_t surname_count() const { return surname_count_; }

 private:
  NameLexicon();
  // Given names (kGiven), surnames (kSurname), common words (kCommon) and
  // config/names/english_words.txt, words that are no listed name
  // (kEnglish): one table, one lookup for all four.
  WordTable words_;
  size_t given_count_ = 0, surname_count_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> variants_;
};

}  // namespace dsar

#endif  // DSAR_PIPELINE_NAMES_H_
