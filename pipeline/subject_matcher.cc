#include "pipeline/subject_matcher.h"

#include <algorithm>
#include <cstdio>

#include "pipeline/model/unicode.h"
#include "pipeline/names.h"

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

// "2012-10-03" -> 03/10/2012, 3/10/2012, 03.10.2012, 03-10-2012, 03/10/12,
// 2012-10-03, 3 October 2012, 3rd October 2012, 3 Oct 2012, October 3, 2012.
std::vector<std::string> DateForms(const std::string& iso) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  char dd[4], mm[4], yy[4];
  std::snprintf(dd, sizeof dd, "%02d", d);
  std::snprintf(mm, sizeof mm, "%02d", m);
  std::snprintf(yy, sizeof yy, "%02d", y % 100);
  std::string D = std::to_string(d), M = std::to_string(m), Y = std::to_string(y);
  std::string month = kMonths[m - 1];
  std::string mon = month.substr(0, 3);
  const char* suffix = (d % 10 == 1 && d != 11) ? "st" : (d % 10 == 2 && d != 12) ? "nd" : (d % 10 == 3 && d != 13) ? "rd" : "th";
  std::vector<std::string> out;
  for (const char* sep : {"/", ".", "-"}) {
    out.push_back(std::string(dd) + sep + mm + sep + Y);
    out.push_back(D + sep + M + sep + Y);
    out.push_back(std::string(dd) + sep + mm + sep + yy);
  }
  out.push_back(iso);
  for (const std::string& day : {D, D + suffix}) {
    out.push_back(day + " " + month + " " + Y);
    out.push_back(day + " " + mon + " " + Y);
  }
  out.push_back(month + " " + D + ", " + Y);
  return out;
}

}  // namespace

SubjectMatcher::SubjectMatcher(const Subject& subject) {
  auto add = [&](std::string folded, bool strong, std::string form) {
    if (folded.size() < 2) return;
    for (Pattern& p : patterns_) {
      if (p.folded != folded) continue;
      if (strong && !p.strong) {  // an alias outranks a nickname guess
        p.strong = true;
        p.form = std::move(form);
      }
      return;
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
    // Nicknames of the forename (Matilda: Tilly, Tilda): with the surname a
    // strong match, alone a weak one.
    for (const std::string& nick : NameLexicon::Get().Variants(first)) {
      add(nick + " " + last, true, "nickname surname");
      if (nick.size() >= 3) add(nick, false, "nickname");
    }
  }
  // The date of birth in the ways schools write it. Weak: a date alone does
  // not make a document relevant, but it is the subject's and never redacted.
  for (const std::string& form : DateForms(subject.date_of_birth)) add(FoldForMatch(form), false, "date of birth");
  // Home addresses: each line or comma-separated part with a number or two
  // or more words ("14 Wrenbeck Road", "LS31 7QW"). Weak: shared by the
  // family, so never proof of relevance, but never redacted as someone else's.
  for (const std::string& address : subject.addresses) {
    std::string part;
    auto flush = [&] {
      std::string f = FoldForMatch(part);
      bool digit = std::any_of(f.begin(), f.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (digit || SplitWords(f).size() >= 2) add(f, false, "address");
      part.clear();
    };
    for (char ch : address) {
      if (ch == ',' || ch == '\n') {
        flush();
      } else {
        part.push_back(ch);
      }
    }
    flush();
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
