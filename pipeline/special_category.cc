#include "pipeline/special_category.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "pipeline/model/unicode.h"

namespace dsar {
namespace {

struct Terms {
  const char* kind;
  std::vector<const char*> words;
};

const std::vector<Terms>& AllTerms() {
  static const std::vector<Terms> kTerms = {
      {"HEALTH", {"diagnosis", "diagnosed", "ADHD", "autism", "autistic", "ASD", "asthma", "epilepsy",
                  "diabetes", "medication", "prescribed", "depression", "anxiety", "self-harm", "self harm",
                  "eating disorder", "pregnant", "pregnancy", "hospital", "GP", "CAMHS", "paediatrician",
                  "mental health", "allergy", "allergic", "concussion", "injury", "medical"}},
      {"ETHNICITY", {"ethnicity", "ethnic origin", "race", "racial", "Black British", "White British",
                     "Asian British", "Gypsy", "Roma", "Traveller", "mixed heritage", "EAL"}},
      {"RELIGION", {"religion", "religious", "Muslim", "Christian", "Jewish", "Hindu", "Sikh", "Buddhist",
                    "mosque", "synagogue", "gurdwara", "mandir", "Ramadan", "Eid", "Diwali", "halal", "kosher"}},
      {"SEXUALITY", {"gay", "lesbian", "bisexual", "transgender", "trans", "sexuality", "sexual orientation",
                     "LGBT", "LGBTQ", "LGBTQ+", "non-binary", "gender identity"}},
      {"SEN", {"SEN", "SEND", "EHCP", "EHC plan", "dyslexia", "dyslexic", "dyspraxia", "dyscalculia",
               "special educational needs", "SEN support", "access arrangements", "educational psychologist"}},
      {"SAFEGUARDING", {"safeguarding", "child protection", "abuse", "neglect", "MASH", "social worker",
                        "looked after", "child in need", "CP plan", "referral", "domestic violence", "DSL"}},
  };
  return kTerms;
}

}  // namespace

std::vector<SpecialCategoryFlag> FindSpecialCategories(const Document& doc) {
  std::vector<SpecialCategoryFlag> out;
  FoldedText folded(doc.text);
  for (const Terms& t : AllTerms()) {
    for (const char* w : t.words) {
      std::string needle = FoldForMatch(w);
      // Acronyms (all capitals in the list) must be capitals in the text too.
      bool acronym = std::string(w).size() <= 5 && std::all_of(w, w + std::char_traits<char>::length(w),
                                                               [](char c) { return !std::islower(static_cast<unsigned char>(c)); });
      for (size_t pos : FindWholeWord(folded.folded(), needle)) {
        size_t s = folded.OriginalStart(pos), e = folded.OriginalEnd(pos + needle.size());
        if (acronym && doc.text.compare(s, e - s, w) != 0) continue;
        out.push_back({s, e, t.kind, doc.text.substr(s, e - s)});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return out;
}

std::string SpecialCategoriesNear(const std::string& text, const std::vector<SpecialCategoryFlag>& flags,
                                  size_t start, size_t end) {
  size_t a = text.rfind("\n\n", start);
  a = a == std::string::npos ? 0 : a;
  size_t b = text.find("\n\n", end);
  b = b == std::string::npos ? text.size() : b;
  std::set<std::string> kinds;
  for (const SpecialCategoryFlag& f : flags) {
    if (f.start >= a && f.end <= b) kinds.insert(f.kind);
  }
  std::string out;
  for (const std::string& k : kinds) out += (out.empty() ? "" : ", ") + k;
  return out;
}

}  // namespace dsar
