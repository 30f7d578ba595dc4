// Name lists compiled into dsar (config/names/, sources in its README):
// given names and surnames with wide UK coverage, names that are also
// ordinary English words, and a nickname table.
#ifndef DSAR_PIPELINE_NAMES_H_
#define DSAR_PIPELINE_NAMES_H_

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

class NameLexicon {
 public:
  // The lexicon built from the embedded lists (built once, thread-safe).
  static const NameLexicon& Get();

  // All lookups take a folded word (FoldForMatch).
  bool IsGivenName(const std::string& folded) const { return given_.count(folded) > 0; }
  bool IsSurname(const std::string& folded) const { return surnames_.count(folded) > 0; }
  // A name that is also an ordinary English word ("will", "grace", "brown").
  bool IsCommonWord(const std::string& folded) const { return common_.count(folded) > 0; }
  // Nicknames of a formal given name, and formal names of a nickname.
  std::vector<std::string> Variants(const std::string& folded) const;

  size_t given_count() const { return given_.size(); }
  size_t surname_count() const { return surnames_.size(); }

 private:
  NameLexicon();
  std::unordered_set<std::string> given_, surnames_, common_;
  std::unordered_map<std::string, std::vector<std::string>> variants_;
};

}  // namespace dsar

#endif  // DSAR_PIPELINE_NAMES_H_
