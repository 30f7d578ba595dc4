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
      words.push_back({{"t", w.text}, {"b", w.box}, {"s", w.start}, {"e", w.end}, {"c", w.confidence}});
    }
    pages.push_back({{"n", p.number}, {"w", p.width}, {"h", p.height}, {"words", words}});
  }
  nlohmann::json people = nlohmann::json::array();
  for (const MetadataPerson& m : d.people) {
    people.push_back({{"role", m.role}, {"name", m.name}, {"email", m.email}});
  }
  j = {{"kind", DocumentKindName(d.kind)}, {"title", d.title}, {"date", d.date},
       {"text", d.text}, {"pages", pages}, {"people", people},
       {"warnings", d.warnings}, {"extractor", d.extractor}};
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
    for (const auto& jw : jp.at("words")) {
      Word w;
      w.text = jw.at("t").get<std::string>();
      w.box = jw.at("b").get<Box>();
      w.start = jw.at("s").get<size_t>();
      w.end = jw.at("e").get<size_t>();
      w.confidence = jw.value("c", 1.0f);
      p.words.push_back(std::move(w));
    }
    d.pages.push_back(std::move(p));
  }
  d.people.clear();
  for (const auto& jm : j.value("people", nlohmann::json::array())) {
    d.people.push_back({jm.value("role", ""), jm.value("name", ""), jm.value("email", "")});
  }
}

}  // namespace dsar
