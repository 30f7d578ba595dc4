#include "pipeline/subject_matcher.h"

#include <algorithm>

#include "pipeline/model/unicode.h"

namespace dsar {
namespace {

std::string Join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

bool PrecededByTitle(const std::string& folded, size_t pos) {
  static const char* kTitles[] = {"mr ", "mrs ", "ms ", "miss ", "mx ", "dr ", "mr. ", "mrs. ",
                                  "ms. ", "dr. "};
  for (const char* t : kTitles) {
    size_t n = std::char_traits<char>::length(t);
    if (pos >= n && folded.compare(pos - n, n, t) == 0 &&
        (pos == n || folded[pos - n - 1] == ' ' || folded[pos - n - 1] == '\n')) {
      return true;
    }
  }
  return false;
}

}  // namespace

SubjectMatcher::SubjectMatcher(const Subject& subject) {
  auto add = [&](std::string folded, bool strong, std::string form) {
    if (folded.size() < 2) return;
    for (const Pattern& p : patterns_) {
      if (p.folded == folded) return;
    }
    patterns_.push_back({std::move(folded), strong, std::move(form)});
  };
  std::vector<std::string> names = {subject.name};
  names.insert(names.end(), subject.aliases.begin(), subject.aliases.end());
  for (const std::string& name : names) {
    std::vector<std::string> w = SplitWords(FoldForMatch(name));
    if (w.empty()) continue;
    add(Join(w, 0, w.size()), true, "full name");
    if (w.size() == 1) continue;
    const std::string& first = w.front();
    const std::string& last = w.back();
    add(first + " " + last, true, "forename surname");
    add(last + ", " + first, true, "surname, forename");
    add(last + ", " + Join(w, 0, w.size() - 1), true, "surname, forenames");
    add(last + " " + first, true, "surname forename");
    std::string initial = first.substr(0, 1);
    add(initial + ". " + last, true, "initial surname");
    add(initial + " " + last, true, "initial surname");
    add(initial + "." + last, true, "initial surname");
    add(last + ", " + initial + ".", true, "surname, initial");
    add(last + ", " + initial, true, "surname, initial");
    if (first.size() >= 3) add(first, false, "forename");
  }
  for (const std::string& e : subject.emails) add(FoldForMatch(e), true, "email address");
  for (const std::string& id : subject.identifiers) {
    add(FoldForMatch(id), true, "identifier");
    std::string compact = StripSpaces(FoldForMatch(id));
    add(compact, true, "identifier");
  }
  // Longer patterns first so they win overlaps.
  std::stable_sort(patterns_.begin(), patterns_.end(), [](const Pattern& a, const Pattern& b) {
    return a.folded.size() > b.folded.size();
  });
}

std::vector<SubjectMatch> SubjectMatcher::Find(const std::string& text) const {
  FoldedText folded(text);
  std::vector<SubjectMatch> out;
  for (const Pattern& p : patterns_) {
    for (size_t pos : FindWholeWord(folded.folded(), p.folded)) {
      size_t s = folded.OriginalStart(pos);
      size_t e = folded.OriginalEnd(pos + p.folded.size());
      // "Mrs A. Okafor" is not the pupil A. Okafor: an initial after a
      // title is someone else with the subject's surname.
      if (p.form.find("initial") != std::string::npos && PrecededByTitle(folded.folded(), pos)) {
        continue;
      }
      bool overlaps = std::any_of(out.begin(), out.end(), [&](const SubjectMatch& m) {
        return s < m.end && m.start < e;
      });
      if (!overlaps) out.push_back({s, e, p.strong, p.form});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SubjectMatch& a, const SubjectMatch& b) { return a.start < b.start; });
  return out;
}

std::set<std::string> SubjectNameWords(const Subject& subject) {
  std::set<std::string> out;
  std::vector<std::string> names = {subject.name};
  names.insert(names.end(), subject.aliases.begin(), subject.aliases.end());
  for (const std::string& n : names) {
    for (std::string& w : SplitWords(FoldForMatch(n))) out.insert(std::move(w));
  }
  return out;
}

bool SubjectMatcher::IsSubjectValue(const std::string& value) const {
  std::string f = FoldForMatch(value);
  for (const Pattern& p : patterns_) {
    if (p.strong && (p.folded == f || StripSpaces(p.folded) == StripSpaces(f))) return true;
  }
  return false;
}

}  // namespace dsar
