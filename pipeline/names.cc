#include "pipeline/names.h"

#include <algorithm>
#include <cstdlib>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "pipeline/model/unicode.h"

#include "pipeline/common_words.txt.inc"  // kCommonWords
#include "pipeline/english_words.txt.inc"  // kEnglishWords
#include "pipeline/given_names.txt.inc"   // kGivenNames
#include "pipeline/nicknames.tsv.inc"     // kNicknames
#include "pipeline/not_names.txt.inc"     // kNotNames
#include "pipeline/surnames.txt.inc"      // kSurnames

namespace dsar {
namespace {

template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') fn(line);
    pos = eol + 1;
  }
}

// Returns how many words of the list were new to the list (had not the bit).
size_t Load(std::string_view text, uint8_t bit, WordTable* out) {
  size_t added = 0;
  ForEachLine(text, [&](std::string_view line) {
    std::string f = FoldForMatch(line);
    if (!f.empty() && (out->Insert(f, bit) & bit) == 0) ++added;
  });
  return added;
}

}  // namespace

void WordTable::Place(const Slot& s) {
  size_t i = s.hash & mask_;
  while (slots_[i].size_plus_one != 0) i = (i + 1) & mask_;
  slots_[i] = s;
}

uint8_t* WordTable::FindSlotValue(std::string_view folded) {
  if (slots_.empty()) return nullptr;
  const uint64_t h = FoldedWordHash{}(folded);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.size_plus_one == 0) return nullptr;
    if (s.hash == h && static_cast<size_t>(s.size_plus_one) == folded.size() + 1 &&
        std::memcmp(words_.data() + s.offset, folded.data(), folded.size()) == 0) {
      return &s.value;
    }
  }
}

uint8_t WordTable::Insert(std::string_view folded, uint8_t value) {
  if (uint8_t* v = FindSlotValue(folded)) {
    const uint8_t before = *v;
    *v |= value;
    return before;
  }
  if (folded.size() >= 0xFFFF) std::abort();  // no list holds such a word
  if (2 * (count_ + 1) > slots_.size()) {
    // Grown to twice the size (at most half full), every word placed again.
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.size_plus_one != 0) Place(s);
    }
  }
  Slot s;
  s.hash = FoldedWordHash::HashAndKey(folded, &s.key);
  s.offset = static_cast<uint32_t>(words_.size());
  s.size_plus_one = static_cast<uint16_t>(folded.size() + 1);
  s.value = value;
  words_.append(folded);
  Place(s);
  ++count_;
  return 0;
}

bool IsNotAName(std::string_view folded, NameSlot slot) {
  return (NameLexicon::Get().Facts(folded) & NameLexicon::NotANameBits(slot)) != 0;
}

const NameLexicon& NameLexicon::Get() {
  static const NameLexicon* lexicon = new NameLexicon();
  return *lexicon;
}

NameLexicon::NameLexicon() {
  given_count_ = Load(kGivenNames, kGiven, &words_);
  surname_count_ = Load(kSurnames, kSurname, &words_);
  Load(kCommonWords, kCommon, &words_);
  Load(kEnglishWords, kEnglish, &words_);
  // The sections of not_names.txt, folded, in the same table (one lookup
  // per question; detection asks for every word).
  uint8_t section = kNotBoth;
  ForEachLine(kNotNames, [&](std::string_view line) {
    if (line == "[both]") {
      section = kNotBoth;
    } else if (line == "[alone]") {
      section = kNotAlone;
    } else if (line == "[after-title]") {
      section = kNotAfterTitle;
    } else if (std::string f = FoldForMatch(line); !f.empty()) {
      words_.Insert(f, section);
    }
  });
  ForEachLine(kNicknames, [&](std::string_view line) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    std::string formal = FoldForMatch(line.substr(0, tab));
    std::vector<std::string> nicks;
    std::string_view rest = line.substr(tab + 1);
    size_t p = 0;
    while (p <= rest.size()) {
      size_t comma = rest.find(',', p);
      if (comma == std::string_view::npos) comma = rest.size();
      std::string n = FoldForMatch(rest.substr(p, comma - p));
      if (!n.empty()) nicks.push_back(n);
      p = comma + 1;
    }
    for (const std::string& n : nicks) {
      variants_[formal].push_back(n);
      variants_[n].push_back(formal);
    }
  });
  for (auto& [k, v] : variants_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
}

std::vector<std::string> NameLexicon::Variants(const std::string& folded) const {
  auto it = variants_.find(folded);
  return it == variants_.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace dsar
