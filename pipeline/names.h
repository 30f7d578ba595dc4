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
