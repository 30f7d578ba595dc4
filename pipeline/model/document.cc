#include "document.h"

#include <nlohmann/json.hpp>

namespace dsar {

const char* DocumentKindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kText: return "text";
    case DocumentKind::kEmail: return "email";
    case DocumentKind::kPdf: return "pdf";
    case DocumentKind::kScan: return "scan";
    case DocumentKind::kOffice: return "office";
  }
  return "text";
}

bool ParseDocumentKind(const std::string& name, DocumentKind* kind) {
  for (DocumentKind k : {DocumentKind::kText, DocumentKind::kEmail, DocumentKind::kPdf,
                         DocumentKind::kScan, DocumentKind::kOffice}) {
    if (name == DocumentKindName(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::string EncodeDocument(const Document& d) {
  std::vector<std::uint8_t> bytes = nlohmann::json::to_msgpack(nlohmann::json(d));
  return std::string(bytes.begin(), bytes.end());
}

Document DecodeDocument(std::string_view bytes) {
  return nlohmann::json::from_msgpack(bytes.begin(), bytes.end()).get<Document>();
}

void to_json(nlohmann::json& j, const Box& b) { j = {b.x0, b.y0, b.x1, b.y1}; }
void from_json(const nlohmann::json& j, Box& b) {
  b.x0 = j.at(0).get<double>();
  b.y0 = j.at(1).get<double>();
  b.x1 = j.at(2).get<double>();
  b.y1 = j.at(3).get<double>();
}

void to_json(nlohmann::json& j, const Document& d) {
  nlohmann::json pages = nlohmann::json::array();
  for (const Page& p : d.pages) {
    nlohmann::json words = nlohmann::json::array();
    for (const Word& w : p.words) {
      // Positional, not keyed: documents hold hundreds of thousands of
      // words, and an object per word made the model the slowest part of
      // extracting a text PDF.
      words.push_back(nlohmann::json::array(
          {w.text, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.start, w.end, w.confidence}));
    }
    pages.push_back({{"n", p.number}, {"w", p.width}, {"h", p.height}, {"words", words}});
  }
  nlohmann::json people = nlohmann::json::array();
  for (const MetadataPerson& m : d.people) {
    people.push_back({{"role", m.role}, {"name", m.name}, {"email", m.email}});
  }
  nlohmann::json hidden = nlohmann::json::array();
  for (const HiddenContent& h : d.hidden) {
    hidden.push_back({h.page, h.kind, h.text, h.box.x0, h.box.y0, h.box.x1, h.box.y1});
  }
  j = {{"kind", DocumentKindName(d.kind)}, {"title", d.title}, {"date", d.date}, {"hidden", hidden},
       {"text", d.text}, {"pages", pages}, {"people", people},
       {"warnings", d.warnings}, {"extractor", d.extractor}};
  if (!d.message_id.empty() || !d.references.empty() || d.body_end > 0) {
    j["mail"] = {{"id", d.message_id}, {"refs", d.references}, {"body", {d.body_start, d.body_end}}};
  }
}

void from_json(const nlohmann::json& j, Document& d) {
  ParseDocumentKind(j.at("kind").get<std::string>(), &d.kind);
  d.title = j.value("title", "");
  d.date = j.value("date", "");
  d.text = j.value("text", "");
  d.extractor = j.value("extractor", "");
  d.warnings = j.value("warnings", std::vector<std::string>{});
  d.pages.clear();
  for (const auto& jp : j.value("pages", nlohmann::json::array())) {
    Page p;
    p.number = jp.at("n").get<int>();
    p.width = jp.at("w").get<double>();
    p.height = jp.at("h").get<double>();
    const auto& jwords = jp.at("words");
    p.words.reserve(jwords.size());
    for (const auto& jw : jwords) {
      Word w;
      w.text = jw.at(0).get<std::string>();
      w.box = Box{jw.at(1).get<double>(), jw.at(2).get<double>(), jw.at(3).get<double>(),
                  jw.at(4).get<double>()};
      w.start = jw.at(5).get<size_t>();
      w.end = jw.at(6).get<size_t>();
      w.confidence = jw.at(7).get<float>();
      p.words.push_back(std::move(w));
    }
    d.pages.push_back(std::move(p));
  }
  d.hidden.clear();
  for (const auto& jh : j.value("hidden", nlohmann::json::array())) {
    d.hidden.push_back({jh.at(0).get<int>(), jh.at(1).get<std::string>(), jh.at(2).get<std::string>(),
                        Box{jh.at(3).get<double>(), jh.at(4).get<double>(), jh.at(5).get<double>(),
                            jh.at(6).get<double>()}});
  }
  d.message_id.clear();
  d.references.clear();
  d.body_start = d.body_end = 0;
  if (auto m = j.find("mail"); m != j.end() && m->is_object()) {
    d.message_id = m->value("id", "");
    d.references = m->value("refs", std::vector<std::string>{});
    if (auto b = m->find("body"); b != m->end() && b->is_array() && b->size() == 2) {
      d.body_start = b->at(0).get<size_t>();
      d.body_end = b->at(1).get<size_t>();
    }
  }
  d.people.clear();
  for (const auto& jm : j.value("people", nlohmann::json::array())) {
    d.people.push_back({jm.value("role", ""), jm.value("name", ""), jm.value("email", "")});
  }
}

}  // namespace dsar
