#include "pipeline/mail_threads.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>

#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"

namespace dsar {

std::string NormalizeMailBody(const std::string& body) {
  std::string unquoted;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t eol = body.find('\n', pos);
    std::string_view line(body.data() + pos, (eol == std::string::npos ? body.size() : eol) - pos);
    while (!line.empty() && (line.front() == '>' || line.front() == ' ' || line.front() == '\t')) {
      line.remove_prefix(1);
    }
    unquoted.append(line);
    unquoted += ' ';
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  // FoldForMatch already collapses every run of whitespace to one space and
  // trims both ends.
  return FoldForMatch(unquoted);
}

std::string MailDateOf(CaseStore& store, const ItemRecord& item, const Document* doc) {
  if (doc && doc->kind == DocumentKind::kEmail) return doc->date;
  int64_t parent = item.parent_id;
  if (!doc) parent = item.id;  // start with the item itself
  for (int depth = 0; parent != 0 && depth < 64; ++depth) {
    Result<DocumentRecord> rec = store.GetDocument(parent, CaseStore::PageWords::kNone);
    if (rec.ok() && rec->document.kind == DocumentKind::kEmail) return rec->document.date;
    Result<ItemRecord> up = store.GetItem(parent);
    if (!up.ok()) break;
    parent = up->parent_id;
  }
  return std::string();
}

namespace {

struct Mail {
  int64_t id = 0;
  std::string message_id;
  std::vector<std::string> references;
  std::string body;  // normalised
  std::string content_hash;  // of the body and the list of attachments, normalised
};

int64_t Find(std::map<int64_t, int64_t>& parent, int64_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

Status MarkDuplicatesAndThreads(Case& c) {
  std::vector<Mail> mails;
  std::vector<int64_t> previously_marked;
  for (const ItemRecord& item : c.store->Items()) {
    if (item.duplicate_of != 0 || !item.thread.empty()) previously_marked.push_back(item.id);
    if (item.status != ItemStatus::kExtracted) continue;
    // Only types an email extractor reads: other documents are not loaded.
    static const char* kMailTypes[] = {"message/rfc822", "application/vnd.ms-tnef", "application/ms-tnef",
                                       "application/vnd.ms-outlook", "application/x-ole-storage",
                                       "application/CDFV2"};
    if (std::none_of(std::begin(kMailTypes), std::end(kMailTypes),
                     [&](const char* t) { return item.media_type == t; })) {
      continue;
    }
    Result<DocumentRecord> rec = c.store->GetDocument(item.id, CaseStore::PageWords::kNone);
    if (!rec.ok()) return rec.status();
    const Document& d = rec->document;
    if (d.kind != DocumentKind::kEmail) continue;
    Mail m;
    m.id = item.id;
    m.message_id = d.message_id;
    m.references = d.references;
    size_t start = std::min(d.body_start, d.text.size());
    size_t end = d.body_end > start ? std::min(d.body_end, d.text.size()) : d.text.size();
    m.body = NormalizeMailBody(d.text.substr(start, end - start));
    // Duplicates must agree on the attachments listed after the body too.
    m.content_hash = Sha256Hex(NormalizeMailBody(d.text.substr(start)));
    mails.push_back(std::move(m));
  }

  // Duplicates: Message-ID plus body, first item wins.
  std::map<int64_t, int64_t> duplicate_of;
  std::map<std::string, int64_t> seen;
  std::vector<const Mail*> originals;
  for (const Mail& m : mails) {
    if (m.message_id.empty()) {
      originals.push_back(&m);
      continue;
    }
    std::string key = m.message_id + "\n" + m.content_hash;
    auto [it, fresh] = seen.emplace(key, m.id);
    if (fresh) {
      originals.push_back(&m);
    } else {
      duplicate_of[m.id] = it->second;
    }
  }

  // Threads: union of messages linked by their references.
  std::map<std::string, int64_t> by_message_id;
  std::map<int64_t, int64_t> parent;
  for (const Mail* m : originals) {
    parent[m->id] = m->id;
    if (!m->message_id.empty()) by_message_id.emplace(m->message_id, m->id);
  }
  for (const Mail* m : originals) {
    for (const std::string& ref : m->references) {
      auto it = by_message_id.find(ref);
      if (it == by_message_id.end()) continue;
      int64_t a = Find(parent, m->id), b = Find(parent, it->second);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::map<int64_t, std::vector<const Mail*>> threads;
  for (const Mail* m : originals) threads[Find(parent, m->id)].push_back(m);

  std::map<int64_t, std::pair<std::string, std::string>> thread_of;  // id -> (thread, note)
  for (const auto& [root, members] : threads) {
    if (members.size() < 2) continue;
    std::string name = ItemNumber(root);
    // contained_in[i]: the largest other message quoting member i in full.
    std::vector<const Mail*> contained_in(members.size(), nullptr);
    std::vector<size_t> contains(members.size(), 0);
    for (size_t i = 0; i < members.size(); ++i) {
      const std::string& a = members[i]->body;
      if (a.size() < 8) continue;  // too short to say it is quoted
      for (size_t j = 0; j < members.size(); ++j) {
        const std::string& b = members[j]->body;
        if (i == j || b.size() <= a.size() || b.find(a) == std::string::npos) continue;
        ++contains[j];
        if (!contained_in[i] || b.size() > contained_in[i]->body.size()) contained_in[i] = members[j];
      }
    }
    size_t best = 0;
    for (size_t j = 1; j < members.size(); ++j) {
      if (contained_in[j]) continue;
      if (contained_in[best] || contains[j] > contains[best] ||
          (contains[j] == contains[best] && members[j]->body.size() > members[best]->body.size())) {
        best = j;
      }
    }
    std::string count = std::to_string(members.size());
    for (size_t i = 0; i < members.size(); ++i) {
      std::string note;
      if (i == best) {
        note = "most inclusive message of thread " + name + " (" + count + " messages)";
      } else if (contained_in[i]) {
        note = "quoted in full in " + ItemNumber(contained_in[i]->id) + " (thread " + name + ")";
      } else {
        note = "message of thread " + name + " not quoted in full elsewhere";
      }
      thread_of[members[i]->id] = {name, note};
    }
  }

  return c.store->InTransaction([&]() -> Status {
    for (int64_t id : previously_marked) DSAR_RETURN_IF_ERROR(c.store->SetItemThreading(id, 0, "", ""));
    for (const auto& [id, first] : duplicate_of) {
      DSAR_RETURN_IF_ERROR(c.store->SetItemThreading(id, first, "", ""));
    }
    for (const auto& [id, t] : thread_of) {
      DSAR_RETURN_IF_ERROR(c.store->SetItemThreading(id, 0, t.first, t.second));
    }
    return Status::OK();
  });
}

}  // namespace dsar
