#include "pipeline/special_category.h"

#include <algorithm>
#include <iterator>
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
  return SpecialCategoryPassages(text, flags).Near(start, end);
}

SpecialCategoryPassages::SpecialCategoryPassages(const std::string& text,
                                                 const std::vector<SpecialCategoryFlag>& flags)
    : size_(text.size()) {
  for (size_t p = text.find("\n\n"); p != std::string::npos; p = text.find("\n\n", p + 1)) breaks_.push_back(p);
  for (const SpecialCategoryFlag& f : flags) by_kind_[f.kind].push_back(&f);
  for (auto& [kind, list] : by_kind_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const SpecialCategoryFlag* a, const SpecialCategoryFlag* b) { return a->start < b->start; });
  }
}

std::string SpecialCategoryPassages::Near(size_t start, size_t end) const {
  // As text.rfind("\n\n", start) and text.find("\n\n", end): the last
  // break starting at or before `start`, the first at or after `end`.
  auto after = std::upper_bound(breaks_.begin(), breaks_.end(), start);
  const size_t a = after == breaks_.begin() ? 0 : *std::prev(after);
  auto next = std::lower_bound(breaks_.begin(), breaks_.end(), end);
  const size_t b = next == breaks_.end() ? size_ : *next;
  // Per kind, the first flag at or after `a` that ends by `b` (usually the
  // first one looked at), so a paragraph with many flags costs little.
  std::set<std::string> kinds;
  for (const auto& [kind, flags] : by_kind_) {
    auto it = std::lower_bound(flags.begin(), flags.end(), a,
                               [](const SpecialCategoryFlag* f, size_t v) { return f->start < v; });
    for (; it != flags.end() && (*it)->start <= b; ++it) {
      if ((*it)->end <= b) {
        kinds.insert(kind);
        break;
      }
    }
  }
  std::string out;
  for (const std::string& k : kinds) out += (out.empty() ? "" : ", ") + k;
  return out;
}

}  // namespace dsar
