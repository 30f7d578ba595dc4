// Special-category data (UK GDPR Article 9) and safeguarding terms, flagged
// on the passage for the policy and the reviewer: health, ethnicity,
// religion, sexuality, special educational needs, safeguarding.
#ifndef DSAR_PIPELINE_SPECIAL_CATEGORY_H_
#define DSAR_PIPELINE_SPECIAL_CATEGORY_H_

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace dsar {

struct SpecialCategoryFlag {
  size_t start = 0, end = 0;  // the term
  std::string kind;           // HEALTH, ETHNICITY, RELIGION, SEXUALITY, SEN, SAFEGUARDING
  std::string term;
};

std::vector<SpecialCategoryFlag> FindSpecialCategories(const Document& doc);

// The kinds flagged within the paragraph around [start, end), e.g. "health, SEN".
// A paragraph ends at a blank line ("\n\n"); a text without one is one
// paragraph.
std::string SpecialCategoriesNear(const std::string& text, const std::vector<SpecialCategoryFlag>& flags,
                                  size_t start, size_t end);

// The same for many spans of one document: paragraph ends found once, flags
// sorted once, so that asking for every finding of a long document is not
// quadratic (it was: an 800-page PDF has no blank line, and each finding
// searched the whole text and every flag).
class SpecialCategoryPassages {
 public:
  SpecialCategoryPassages(const std::string& text, const std::vector<SpecialCategoryFlag>& flags);
  std::string Near(size_t start, size_t end) const;

 private:
  size_t size_;
  std::vector<size_t> breaks_;                      // where each "\n\n" starts, ascending
  std::map<std::string, std::vector<const SpecialCategoryFlag*>> by_kind_;  // each by start
};

}  // namespace dsar

#endif  // DSAR_PIPELINE_SPECIAL_CATEGORY_H_
