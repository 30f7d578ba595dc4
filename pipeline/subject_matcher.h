// SubjectMatcher finds the data subject in text: names and aliases (also as
// "Surname, Forename" and with initials), email addresses and identifiers,
// case- and accent-insensitively. Strong matches make a document relevant;
// weak ones (the forename alone) only protect the subject from redaction.
#ifndef DSAR_PIPELINE_SUBJECT_MATCHER_H_
#define DSAR_PIPELINE_SUBJECT_MATCHER_H_

#include <set>
#include <string>
#include <vector>

#include "pipeline/request.h"

namespace dsar {

struct SubjectMatch {
  size_t start = 0, end = 0;  // byte offsets into the searched text
  bool strong = false;
  std::string form;           // which variant matched, e.g. "surname, forename"
};

class SubjectMatcher {
 public:
  explicit SubjectMatcher(const Subject& subject);

  // Every match in `text`, sorted by start; overlapping weaker matches are
  // dropped in favour of longer ones.
  std::vector<SubjectMatch> Find(const std::string& text) const;

  // True if `value` (a name, address or number found elsewhere) is one of the
  // subject's own: a full name or alias, an email or an identifier.
  bool IsSubjectValue(const std::string& value) const;

 private:
  struct Pattern {
    std::string folded;
    bool strong;
    std::string form;
  };
  std::vector<Pattern> patterns_;
};

// The subject's name and alias words, folded ("matilda", "fenwick", "tilly"):
// they never spread as someone else's name and are never scrubbed.
std::set<std::string> SubjectNameWords(const Subject& subject);

}  // namespace dsar

#endif  // DSAR_PIPELINE_SUBJECT_MATCHER_H_
