// Special-category data (UK GDPR Article 9) and safeguarding terms, flagged
// on the passage for the policy and the reviewer: health, ethnicity,
// religion, sexuality, special educational needs, safeguarding.
#ifndef DSAR_PIPELINE_SPECIAL_CATEGORY_H_
#define DSAR_PIPELINE_SPECIAL_CATEGORY_H_

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
std::string SpecialCategoriesNear(const std::string& text, const std::vector<SpecialCategoryFlag>& flags,
                                  size_t start, size_t end);

}  // namespace dsar

#endif  // DSAR_PIPELINE_SPECIAL_CATEGORY_H_
