// Scan: relevance (is the document about the subject?), detection (whose
// personal data is in it?) and suggestions (what the policy proposes).
//
// Two passes: the first collects the names found by recognizers across the
// whole case, the second finds every further mention of those names in each
// document, so "Mrs Lindqvist" in one letter protects "Freya Lindqvist" in an
// email. Subject matches always win: the subject is never suggested for
// redaction.
#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "pipeline/case.h"
#include "pipeline/mail_threads.h"
#include "pipeline/exemption_triggers.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"
#include "pipeline/csv.h"
#include "pipeline/special_category.h"
#include "pipeline/staff.h"
#include "pipeline/subject_matcher.h"

namespace dsar {
namespace {

std::vector<Hit> RunRecognizers(const Document& doc) {
  static const std::vector<std::unique_ptr<Recognizer>> recognizers = DefaultRecognizers();
  std::vector<Hit> hits;
  const ScreenedText screened(doc.text);
  for (const auto& r : recognizers) r->Find(doc, &hits);
  return hits;
}

// A hit belongs to the subject if it overlaps a strong subject match, lies
// inside a weak one (the forename alone), or is one of the subject's values.
// Items of a document placed by byte span, sorted by start, for asking
// which of them may touch a range. A long document's findings each ask once,
// so walking every item per question was quadratic: a query walks back from
// the first item starting after the range and stops once an item, even the
// longest, would end before it.
template <typename T>
class SpansByStart {
 public:
  void Add(size_t start, size_t end, T item) {
    items_.push_back({start, std::move(item)});
    longest_ = std::max(longest_, end - std::min(start, end));
  }
  void Sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
  }
  // Calls visit(item) for every item starting at or before `to` that may
  // end at or after `from`, last first, until visit returns true.
  template <typename F>
  bool Any(size_t from, size_t to, F&& visit) const {
    auto past = std::upper_bound(items_.begin(), items_.end(), to,
                                 [](size_t v, const Entry& e) { return v < e.start; });
    for (auto it = past; it != items_.begin();) {
      --it;
      if (it->start + longest_ < from) break;
      if (visit(it->item)) return true;
    }
    return false;
  }

 private:
  struct Entry {
    size_t start;
    T item;
  };
  std::vector<Entry> items_;
  size_t longest_ = 0;
};

// Whether a hit is the subject's own data: it overlaps a strong mention of
// the subject, lies inside a weak one, or is an address block holding the
// subject's address line; else whether its value is the subject's. The
// mentions are sorted once per document, so that a long document with the
// subject named on every page is not walked whole for each hit (it was:
// quadratic, most of an 800-page file's scan time).
class SubjectHits {
 public:
  SubjectHits(const std::vector<SubjectMatch>& matches, const SubjectMatcher& matcher) : matcher_(matcher) {
    for (const SubjectMatch& m : matches) mentions_.Add(m.start, m.end, {m.start, m.end, m.strong, m.form == "address"});
    mentions_.Sort();
  }

  bool Contains(const Hit& h) const {
    const bool address_hit = h.category == "ADDRESS" || h.category == "POSTCODE";
    // A mention starting after the hit ends neither overlaps nor contains it.
    return mentions_.Any(h.start, h.end, [&](const Mention& m) {
             const bool overlaps = h.start < m.end && m.start < h.end;
             return (m.strong && overlaps) || (!m.strong && m.start <= h.start && h.end <= m.end) ||
                    (m.address && address_hit && overlaps);
           }) ||
           matcher_.IsSubjectValue(h.value);
  }

 private:
  struct Mention {
    size_t start, end;
    bool strong, address;
  };
  const SubjectMatcher& matcher_;
  SpansByStart<Mention> mentions_;
};

// Splits a name into its words, dropping the subject's own name words.
void AddNameWords(const std::string& name, const std::set<std::string>& subject_words,
                  std::set<std::string>* out) {
  for (const std::string& word : SplitWords(name)) {
    std::string f = FoldForMatch(word);
    if (f.size() >= 3 && !subject_words.count(f)) out->insert(word);
  }
}

// Clusters a name mention into the person it most likely belongs to, so a
// reviewer decides once per person: "Freya", "F. Lindqvist" and
// "LINDQVIST, Freya" all join "freya lindqvist" when exactly one full name
// found in the case contains their words (an initial matches its word). A
// mention that fits several people (a shared surname) stays on its own.
std::string EntityFor(const std::string& mention, const std::vector<std::vector<std::string>>& full_names) {
  std::string folded = FoldForMatch(mention);
  std::vector<std::string> words;
  for (std::string w : SplitWords(folded)) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    if (!w.empty()) words.push_back(w);
  }
  if (words.empty()) return folded;
  const std::vector<std::string>* match = nullptr;
  for (const auto& name : full_names) {
    bool all = true;
    for (const std::string& w : words) {
      bool ok = false;
      for (const std::string& n : name) ok = ok || n == w || (w.size() == 1 && n.rfind(w, 0) == 0);
      all = all && ok;
    }
    if (!all) continue;
    if (match && *match != name) return folded;  // ambiguous
    match = &name;
  }
  if (!match) return folded;
  std::string key;
  for (const std::string& n : *match) key += (key.empty() ? "" : " ") + n;
  return key;
}

// The lowest OCR confidence among the words on or next to [start, end)
// (1.0 for text layers). An OCR misread beside a finding can hide part of a
// name or number, so such suggestions say so and ask for a look at the page.
// The lowest OCR confidence of the words within 24 bytes of a span. Only
// words below full confidence can lower it, so only they are kept, sorted by
// start: a text-layer PDF keeps none, and a long scan is not walked whole for
// each finding (it was, which made scanning quadratic in the word count).
class OcrConfidenceNear {
 public:
  explicit OcrConfidenceNear(const Document& doc) {
    for (const Page& p : doc.pages) {
      for (const Word& w : p.words) {
        if (w.confidence < 1.0f) unsure_.Add(w.start, w.end, &w);
      }
    }
    unsure_.Sort();
  }

  float Lowest(size_t start, size_t end) const {
    const size_t kNear = 24;
    float lowest = 1.0f;
    unsure_.Any(start > kNear ? start - kNear : 0, end + kNear, [&](const Word* w) {
      if (w->end + kNear >= start && w->start <= end + kNear) lowest = std::min(lowest, w->confidence);
      return false;
    });
    return lowest;
  }

 private:
  SpansByStart<const Word*> unsure_;
};

std::string SuggestionKey(int64_t item_id, const Hit& h) {
  return Sha256Hex(std::to_string(item_id) + "|" + std::to_string(h.start) + "|" +
                   std::to_string(h.end) + "|" + h.category + "|" + h.normalized)
      .substr(0, 20);
}

}  // namespace

Result<ScanSummary> Scan(Case& c, Reporter& reporter) {
  SubjectMatcher matcher(c.request.subject);
  std::set<std::string> subject_words = SubjectNameWords(c.request.subject);
  // The requester as a one-person list, matched like staff ("Mrs Fenwick",
  // "J. Fenwick", "Joanne Fenwick").
  StaffList requester_list;
  // The requester's own email addresses and phone numbers (not when the
  // requester is the subject: those are the subject's own).
  std::set<std::string> requester_emails, requester_phones;
  if (c.request.requester.relationship != "self") {
    for (const std::string& e : c.request.requester.emails) requester_emails.insert(FoldForMatch(e));
    for (const std::string& p : c.request.requester.phones) requester_phones.insert(NormalizeUkPhone(p));
  }
  auto is_requester_contact = [&](const Hit& h) {
    if (h.category == "EMAIL") return requester_emails.count(FoldForMatch(h.value)) > 0;
    if (h.category == "PHONE") return requester_phones.count(NormalizeUkPhone(h.value)) > 0;
    return false;
  };
  if (!c.request.requester.name.empty() && c.request.requester.relationship != "self") {
    Result<StaffList> r = StaffList::Parse("name\n" + csv::Field(c.request.requester.name) + "\n", "requester");
    if (r.ok()) requester_list = std::move(r.value());
  }
  const Exemption* third_party = c.policy.FindExemption(c.policy.third_party_exemption);
  std::set<std::string> categories(c.policy.third_party_categories.begin(),
                                    c.policy.third_party_categories.end());

  StaffList staff;
  if (!c.request.staff_list.empty()) {
    std::filesystem::path file = c.request.base_dir / c.request.staff_list;
    Result<StaffList> loaded = StaffList::Load(file);
    if (!loaded.ok()) {
      return loaded.status().WithContext("staff list '" + c.request.staff_list +
                                         "' (sources.staff_list in the request)");
    }
    staff = std::move(loaded.value());
  }

  std::vector<ItemRecord> items = c.store->Items();
  std::vector<int64_t> docs;
  std::map<int64_t, const ItemRecord*> item_of;  // into `items`
  for (const ItemRecord& i : items) {
    // A duplicate message is disclosed once, as its first copy.
    if (i.status == ItemStatus::kExtracted && i.duplicate_of == 0) docs.push_back(i.id);
    if (i.duplicate_of != 0) {
      DSAR_RETURN_IF_ERROR(c.store->InTransaction([&] { return c.store->ReplaceFindings(i.id, {}, {}); }));
    }
    item_of[i.id] = &i;
  }

  // Pass 1: relevance, and the names found across relevant documents.
  std::set<std::string> case_names;
  std::vector<bool> relevant(docs.size(), false);
  // What pass 1 found in each relevant document, kept for pass 2 so the
  // subject matcher and the recognizers run once per document.
  std::vector<std::vector<SubjectMatch>> kept_matches(docs.size());
  std::vector<std::vector<Hit>> kept_hits(docs.size());
  ScanSummary summary;
  // A reviewer's "about the subject after all" overrides "no mention".
  const std::map<int64_t, DocumentDecision> marked = c.store->MarkedRelevant();
  // Emails found relevant so far (parents come before their attachments):
  // an attachment that does not name the subject says whose attachment it is,
  // so the reviewer can open it and mark it relevant if it is about them.
  std::set<int64_t> relevant_emails;
  for (size_t k = 0; k < docs.size(); ++k) {
    reporter.Progress("scan: relevance", k + 1, docs.size());
    Result<DocumentRecord> rec = c.store->GetDocument(docs[k], CaseStore::PageWords::kNone);  // relevance reads the text only
    if (!rec.ok()) return rec.status();
    const Document& doc = rec->document;
    std::vector<SubjectMatch> matches = matcher.Find(doc.text);
    size_t strong = 0;
    std::set<std::string> forms;
    for (const SubjectMatch& m : matches) {
      if (m.strong) {
        ++strong;
        forms.insert(m.form);
      }
    }
    relevant[k] = strong > 0;
    std::string reason;
    // Emails are filtered by their Date; an attachment by its email's.
    std::string mail_date;
    if (!c.request.date_from.empty() || !c.request.date_to.empty()) {
      mail_date = MailDateOf(*c.store, *item_of[docs[k]], &doc);
    }
    if (OutsideDateRange(c.request, mail_date)) {
      relevant[k] = false;
      reason = (doc.kind == DocumentKind::kEmail ? "dated " : "attached to an email dated ") +
               mail_date.substr(0, 10) + ", outside the requested date range";
    } else if (relevant[k]) {
      std::string list;
      for (const std::string& f : forms) list += (list.empty() ? "" : ", ") + f;
      reason = "mentions the subject " + std::to_string(strong) + " time(s) (" + list + ")";
    } else if (auto m = marked.find(docs[k]); m != marked.end()) {
      relevant[k] = true;
      reason = "marked as about the subject by " + (m->second.reviewer.empty() ? "a reviewer" : m->second.reviewer) +
               (m->second.note.empty() ? "" : ": " + m->second.note);
    } else if (int64_t parent = item_of[docs[k]]->parent_id; relevant_emails.count(parent)) {
      reason = "does not mention the subject, though email " + ItemNumber(parent) +
               " it is attached to does: open it, and mark it as about the subject if it is";
    } else {
      reason = "does not mention the subject by name, alias, email or identifier";
    }
    if (relevant[k] && doc.kind == DocumentKind::kEmail && !IsContainerDocument(doc)) relevant_emails.insert(docs[k]);
    DSAR_RETURN_IF_ERROR(c.store->SetRelevance(
        docs[k], relevant[k] ? Relevance::kRelevant : Relevance::kNotRelevant, reason));
    if (!relevant[k]) continue;
    std::vector<Hit> hits = RunRecognizers(doc);
    const SubjectHits subject_hits(matches, matcher);
    for (const Hit& h : hits) {
      if (h.category == "PERSON" && !subject_hits.Contains(h)) {
        AddNameWords(h.value, subject_words, &case_names);
        if (h.value.find(' ') != std::string::npos) case_names.insert(h.value);
      }
    }
    kept_matches[k] = std::move(matches);
    kept_hits[k] = std::move(hits);
  }
  std::vector<std::string> names(case_names.begin(), case_names.end());
  std::vector<std::vector<std::string>> full_names;
  for (const std::string& n : names) {
    std::vector<std::string> w = SplitWords(FoldForMatch(n));
    if (w.size() >= 2 && !std::any_of(w.begin(), w.end(), [](const std::string& x) { return x.size() <= 2; })) {
      full_names.push_back(std::move(w));
    }
  }

  // Pass 2: findings and suggestions per document.
  for (size_t k = 0; k < docs.size(); ++k) {
    reporter.Progress("scan: detection", k + 1, docs.size());
    ++summary.documents;
    if (!relevant[k]) {
      ++summary.not_relevant;
      DSAR_RETURN_IF_ERROR(c.store->InTransaction([&] { return c.store->ReplaceFindings(docs[k], {}, {}); }));
      continue;
    }
    ++summary.relevant;
    Result<DocumentRecord> rec = c.store->GetDocument(docs[k]);
    if (!rec.ok()) return rec.status();
    const Document& doc = rec->document;
    std::vector<SubjectMatch> matches = std::move(kept_matches[k]);
    std::vector<Hit> hits = std::move(kept_hits[k]);
    std::vector<Hit> propagated;
    PropagateNames(doc, names, hits, &propagated);
    hits.insert(hits.end(), propagated.begin(), propagated.end());

    std::vector<Finding> findings;
    for (const SubjectMatch& m : matches) {
      Finding f;
      f.item_id = docs[k];
      f.start = m.start;
      f.end = m.end;
      f.category = "SUBJECT";
      f.value = doc.text.substr(m.start, m.end - m.start);
      f.normalized = FoldForMatch(f.value);
      f.entity = "subject";
      f.confidence = m.strong ? 0.95 : 0.6;
      f.recognizer = "subject-matcher (" + m.form + ")";
      f.is_subject = true;
      findings.push_back(std::move(f));
    }
    std::vector<SpecialCategoryFlag> special = FindSpecialCategories(doc);
    for (const SpecialCategoryFlag& sc : special) {
      Finding f;
      f.item_id = docs[k];
      f.start = sc.start;
      f.end = sc.end;
      f.category = "SPECIAL:" + sc.kind;
      f.value = sc.term;
      f.normalized = FoldForMatch(sc.term);
      f.confidence = 0.7;
      f.recognizer = "special-category";
      findings.push_back(std::move(f));
    }
    std::vector<Hit> third;
    const SubjectHits subject_hits(matches, matcher);
    for (Hit& h : hits) {
      if (subject_hits.Contains(h)) continue;
      if (!categories.count(h.category)) continue;
      third.push_back(std::move(h));
    }
    third = MergeOverlaps(std::move(third));
    JoinWrappedNames(doc.text, &third);
    const OcrConfidenceNear ocr_near(doc);
    const SpecialCategoryPassages passages(doc.text, special);
    std::vector<Suggestion> suggestions;
    for (const Hit& h : third) {
      Finding f;
      f.item_id = docs[k];
      f.start = h.start;
      f.end = h.end;
      f.category = h.category;
      f.value = doc.text.substr(h.start, h.end - h.start);
      f.normalized = h.normalized;
      f.entity = h.category == "PERSON" ? EntityFor(h.value, full_names) : "";
      f.confidence = h.confidence;
      f.recognizer = h.recognizer;
      findings.push_back(f);

      Suggestion s;
      s.key = SuggestionKey(docs[k], h);
      s.item_id = docs[k];
      s.start = h.start;
      s.end = h.end;
      s.category = h.category;
      s.action = "redact";
      s.exemption = third_party->code;
      s.label = third_party->label;
      s.reason = h.reason + "; not the data subject, so " + third_party->title +
                 " (" + third_party->provision + ")";
      if ((h.category == "PERSON" && requester_list.Match(h.value)) || is_requester_contact(h)) {
        // The requester's own name is no secret from the requester.
        s.entity = "requester";
        if (c.policy.disclose_requester) {
          s.action = "disclose";
          s.reason = h.reason + "; this is the requester (" + c.request.requester.relationship +
                     "), and the policy discloses the requester's own data to them "
                     "(requests.disclose_requester). Accept to disclose, reject to redact";
        } else {
          s.reason += ". This is the requester (" + c.request.requester.relationship +
                      "): their own data can usually be disclosed to them; reject to disclose";
        }
      }
      if (const StaffMember* m = (h.category == "PERSON" || h.category == "EMAIL") ? staff.Match(h.value)
                                                                                     : nullptr) {
        std::string who = "a member of staff (" + m->name + (m->role.empty() ? "" : ", " + m->role) +
                          ") acting in their official capacity";
        const std::string& rule = c.policy.staff_official_capacity;
        s.entity = "staff:" + FoldForMatch(m->name);
        if (rule == "disclose") {
          s.action = "disclose";
          s.reason = h.reason + "; " + who + ". The policy discloses staff in their professional role "
                     "(staff.official_capacity = disclose). Accept to disclose, reject to redact";
        } else if (rule == "redact") {
          s.reason = h.reason + "; " + who + ". The policy redacts staff names (staff.official_capacity = redact)";
        } else {
          s.reason = h.reason + "; " + who + ". The policy leaves staff names to the reviewer "
                     "(staff.official_capacity = review): reject to disclose";
        }
        if (!c.policy.staff_reason.empty()) s.reason += ". " + c.policy.staff_reason;
      }
      const float ocr = ocr_near.Lowest(h.start, h.end);
      if (ocr < 0.6f) {
        s.reason += ". NEEDS REVIEW: the OCR is unsure of the text here (confidence " +
                    std::to_string(static_cast<int>(ocr * 100)) +
                    "%); check the page image in case more of it should be redacted";
      }
      if (std::string near = passages.Near(h.start, h.end); !near.empty()) {
        s.reason += ". The passage contains special-category or safeguarding information (" + near +
                    "): take extra care";
      }
      s.confidence = std::min(h.confidence, static_cast<double>(ocr));
      s.value = f.value;
      if (s.entity.empty()) s.entity = f.entity;
      suggestions.push_back(std::move(s));
    }
    // Hidden content in the original: text a reader does not see becomes a
    // redact suggestion over the words it covers (most often an earlier
    // redaction that left the text in the file); annotations, attachments and
    // form values are recorded as findings and named in the log.
    for (const HiddenContent& hc : doc.hidden) {
      bool hidden_text = hc.kind == "text_under_box" || hc.kind == "invisible_text" ||
                         hc.kind == "white_text" || hc.kind == "off_page_text";
      size_t s0 = std::string::npos, e0 = 0;
      if (hidden_text && hc.page >= 1 && static_cast<size_t>(hc.page) <= doc.pages.size()) {
        for (const Word& w : doc.pages[hc.page - 1].words) {
          bool inside = w.box.x0 < hc.box.x1 && hc.box.x0 < w.box.x1 && w.box.y0 < hc.box.y1 &&
                        hc.box.y0 < w.box.y1;
          if (!inside) continue;
          s0 = std::min(s0, w.start);
          e0 = std::max(e0, w.end);
        }
      }
      Finding f;
      f.item_id = docs[k];
      f.category = "HIDDEN:" + hc.kind;
      f.value = hc.text;
      f.normalized = FoldForMatch(hc.text);
      f.confidence = 0.9;
      f.recognizer = doc.kind == DocumentKind::kOffice ? "office-hidden-content" : "pdf-hidden-content";
      if (s0 == std::string::npos) {
        findings.push_back(std::move(f));
        continue;
      }
      f.start = s0;
      f.end = e0;
      findings.push_back(f);
      Suggestion s;
      s.key = Sha256Hex(std::to_string(docs[k]) + "|" + std::to_string(s0) + "|" + std::to_string(e0) +
                        "|HIDDEN:" + hc.kind).substr(0, 20);
      s.item_id = docs[k];
      s.start = s0;
      s.end = e0;
      s.category = "HIDDEN";
      s.action = "redact";
      s.exemption = third_party->code;
      s.label = third_party->label;
      s.reason = "Text hidden in the original (" + hc.kind + ", page " + std::to_string(hc.page) +
                 "): a reader of the original cannot see it — often an earlier redaction that left the "
                 "text in the file. Accept to keep it out of the package, reject to disclose it";
      s.confidence = 0.9;
      s.value = doc.text.substr(s0, e0 - s0);
      suggestions.push_back(std::move(s));
    }

    // Exemptions: passages and documents the policy's triggers point at.
    // Always for a person to decide; an accepted passage is redacted under
    // the exemption's label, an accepted document is withheld.
    for (const ExemptionHit& x : FindExemptionTriggers(c.policy, doc, item_of[docs[k]]->path)) {
      const Exemption* e = c.policy.FindExemption(x.code);
      Suggestion s;
      s.key = Sha256Hex(std::to_string(docs[k]) + "|" + std::to_string(x.start) + "|" +
                        std::to_string(x.end) + "|EXEMPTION:" + x.code +
                        (x.whole_document ? "|document" : "")).substr(0, 20);
      s.item_id = docs[k];
      s.start = x.whole_document ? 0 : x.start;
      s.end = x.whole_document ? doc.text.size() : x.end;
      s.category = "EXEMPTION";
      s.action = x.whole_document ? "withhold" : "redact";
      s.exemption = x.code;
      s.label = e ? e->label : x.code;
      s.reason = (x.whole_document ? "Withhold the whole document? " : "Remove this passage? ") + x.reason;
      s.confidence = 0.5;
      s.value = x.whole_document ? "" : doc.text.substr(x.start, x.end - x.start);
      suggestions.push_back(std::move(s));
    }
    summary.suggestions += suggestions.size();
    DSAR_RETURN_IF_ERROR(c.store->InTransaction(
        [&] { return c.store->ReplaceFindings(docs[k], findings, suggestions); }));
  }
  summary.pending = CountPending(c);
  nlohmann::json detail = {{"documents", summary.documents}, {"relevant", summary.relevant},
                           {"not_relevant", summary.not_relevant},
                           {"suggestions", summary.suggestions}, {"pending", summary.pending}};
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "scan", detail.dump()));
  return summary;
}

std::vector<int64_t> MarkedRelevantNotScanned(Case& c) {
  std::vector<int64_t> out;
  for (const auto& [id, d] : c.store->MarkedRelevant()) {
    Result<DocumentRecord> rec = c.store->GetRelevance(id);
    if (!rec.ok() || rec->relevance == Relevance::kRelevant) continue;
    // Scan does not follow the mark for a date outside the requested range.
    if (rec->relevance_reason.find("outside the requested date range") != std::string::npos) continue;
    out.push_back(id);
  }
  return out;
}

size_t CountPending(Case& c, size_t* documents, std::map<int64_t, size_t>* per_document) {
  std::map<std::string, Decision> decisions = c.store->EffectiveDecisions();
  // A document withheld in full or set aside as not relevant needs no
  // decision on its passages.
  std::map<int64_t, DocumentDecision> whole = c.store->DocumentDecisions();
  std::map<int64_t, size_t> docs;
  size_t pending = 0;
  for (const Suggestion& s : c.store->Suggestions()) {
    if (whole.count(s.item_id)) continue;
    if (!decisions.count(s.key)) {
      ++pending;
      docs[s.item_id]++;
    }
  }
  if (documents) *documents = docs.size();
  if (per_document) *per_document = std::move(docs);
  return pending;
}

}  // namespace dsar
