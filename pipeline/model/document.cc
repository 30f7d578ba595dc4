#include "document.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

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

namespace {

// EncodeDocument's layout (all integers little-endian):
//   "DSDOC2"                     magic and version
//   u32 n, n bytes               MessagePack of the document's JSON without its
//                                text and with every page's "words" left empty
//   u64 n, n bytes               the text (outside the MessagePack: no copies)
//   per page, in order:          the page's words (kWordBytes each, below):
//     u32 word count, then per word: f32 x0 y0 x1 y1, u32 start, u32 end, f32 confidence
// A word's text is not written: it is Document::text[start, end), filled in
// on decoding. Boxes are floats: pages are at most 14,400 pt, where a float
// is exact to a thousandth of a point. Words are most of a paged document;
// writing them flat, without building a JSON tree per word, is what keeps
// extraction near pdftotext's speed.
//
// "DSDOC1" (stores and caches written before 2026-12-01) is still read: the
// same, but the text was in the MessagePack, and each word was u32 len, len bytes of text, f64 x0 y0 x1 y1,
// u64 start, u64 end, f32 confidence.
constexpr std::string_view kMagic = "DSDOC2";
constexpr std::string_view kMagicV1 = "DSDOC1";
constexpr size_t kWordBytes = 4 * 4 + 2 * 4 + 4;
static_assert(std::endian::native == std::endian::little,
              "the document encoding assumes a little-endian host");

template <typename T>
void Put(std::string& out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));
  out.append(buf, sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  T Get() {
    Need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view Bytes(size_t n) {
    Need(n);
    std::string_view v = in_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  void Need(size_t n) const {
    if (in_.size() - pos_ < n) throw std::runtime_error("encoded document is truncated");
  }
  std::string_view in_;
  size_t pos_ = 0;
};

nlohmann::json DocumentJson(const Document& d, bool with_words, bool with_text = true) {
  nlohmann::json pages = nlohmann::json::array();
  for (const Page& p : d.pages) {
    nlohmann::json words = nlohmann::json::array();
    if (with_words) {
      for (const Word& w : p.words) {
        // Positional, not keyed: documents hold hundreds of thousands of words.
        words.push_back(nlohmann::json::array(
            {w.text, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.start, w.end, w.confidence}));
      }
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
  nlohmann::json j = {{"kind", DocumentKindName(d.kind)}, {"title", d.title}, {"date", d.date}, {"hidden", hidden},
                      {"pages", pages}, {"people", people},
                      {"warnings", d.warnings}, {"extractor", d.extractor}};
  if (with_text) j["text"] = d.text;
  if (!d.message_id.empty() || !d.references.empty() || d.body_end > 0) {
    j["mail"] = {{"id", d.message_id}, {"refs", d.references}, {"body", {d.body_start, d.body_end}}};
  }
  return j;
}

}  // namespace

std::string EncodeDocument(const Document& d) {
  std::string out;
  AppendEncodedDocument(d, &out);
  return out;
}

namespace {

void PutWords(const std::vector<Word>& words, std::string& out) {
  Put<uint32_t>(out, static_cast<uint32_t>(words.size()));
  for (const Word& w : words) {
    Put<float>(out, static_cast<float>(w.box.x0));
    Put<float>(out, static_cast<float>(w.box.y0));
    Put<float>(out, static_cast<float>(w.box.x1));
    Put<float>(out, static_cast<float>(w.box.y1));
    Put<uint32_t>(out, static_cast<uint32_t>(w.start));
    Put<uint32_t>(out, static_cast<uint32_t>(w.end));
    Put<float>(out, w.confidence);
  }
}

// Reads one page's words (kWordBytes layout) into `words`, their text from
// `text`. With `keep` false they are checked and skipped.
void GetWords(Reader& r, std::string_view text, size_t input_size, bool keep, std::vector<Word>* words) {
  uint32_t count = r.Get<uint32_t>();
  if (!keep) {
    r.Bytes(size_t{count} * kWordBytes);
    return;
  }
  // A corrupt count cannot make us reserve more than the input could hold.
  words->reserve(words->size() + std::min<size_t>(count, input_size / kWordBytes));
  for (uint32_t i = 0; i < count; ++i) {
    Word w;
    w.box.x0 = r.Get<float>();
    w.box.y0 = r.Get<float>();
    w.box.x1 = r.Get<float>();
    w.box.y1 = r.Get<float>();
    w.start = r.Get<uint32_t>();
    w.end = r.Get<uint32_t>();
    w.confidence = r.Get<float>();
    if (w.start > w.end || w.end > text.size()) {
      throw std::runtime_error("encoded document has a word outside its text");
    }
    w.text = std::string(text.substr(w.start, w.end - w.start));
    words->push_back(std::move(w));
  }
}

// The words of a DSDOC1 encoding (each with its own text).
void GetWordsV1(Reader& r, size_t input_size, bool keep, std::vector<Word>* words) {
  uint32_t count = r.Get<uint32_t>();
  if (!keep) {
    for (uint32_t i = 0; i < count; ++i) r.Bytes(r.Get<uint32_t>() + 4 * 8 + 2 * 8 + 4);
    return;
  }
  words->reserve(std::min<size_t>(count, input_size / 56));
  for (uint32_t i = 0; i < count; ++i) {
    Word w;
    uint32_t len = r.Get<uint32_t>();
    w.text = std::string(r.Bytes(len));
    w.box.x0 = r.Get<double>();
    w.box.y0 = r.Get<double>();
    w.box.x1 = r.Get<double>();
    w.box.y1 = r.Get<double>();
    w.start = static_cast<size_t>(r.Get<uint64_t>());
    w.end = static_cast<size_t>(r.Get<uint64_t>());
    w.confidence = r.Get<float>();
    words->push_back(std::move(w));
  }
}

}  // namespace

void AppendEncodedDocument(const Document& d, std::string* out_ptr) {
  std::string& out = *out_ptr;
  std::vector<std::uint8_t> head =
      nlohmann::json::to_msgpack(DocumentJson(d, /*with_words=*/false, /*with_text=*/false));
  // The exact size, so the buffer is allocated once, never regrown.
  size_t size = kMagic.size() + 4 + head.size() + 8 + d.text.size();
  for (const Page& p : d.pages) size += 4 + p.words.size() * kWordBytes;
  out.reserve(out.size() + size);
  out.append(kMagic);
  Put<uint32_t>(out, static_cast<uint32_t>(head.size()));
  out.append(reinterpret_cast<const char*>(head.data()), head.size());
  head = {};
  Put<uint64_t>(out, d.text.size());
  out.append(d.text);
  for (const Page& p : d.pages) PutWords(p.words, out);
}

bool IsEncodedDocument(std::string_view bytes) {
  std::string_view magic = bytes.substr(0, kMagic.size());
  return magic == kMagic || magic == kMagicV1;
}

Document DecodeDocument(std::string_view bytes, bool words) {
  if (!IsEncodedDocument(bytes)) {
    throw std::runtime_error("not an encoded document (no DSDOC2 or DSDOC1 header)");
  }
  const bool v1 = bytes.substr(0, kMagicV1.size()) == kMagicV1;
  Reader r(bytes.substr(kMagic.size()));
  uint32_t n = r.Get<uint32_t>();
  std::string_view head = r.Bytes(n);
  Document d = nlohmann::json::from_msgpack(head.begin(), head.end()).get<Document>();
  if (!v1) {
    const auto text_size = r.Get<uint64_t>();
    if (text_size > bytes.size()) throw std::runtime_error("encoded document is truncated");
    d.text = std::string(r.Bytes(static_cast<size_t>(text_size)));
  }
  for (Page& p : d.pages) {
    if (v1) {
      GetWordsV1(r, bytes.size(), words, &p.words);
    } else {
      GetWords(r, d.text, bytes.size(), words, &p.words);
    }
  }
  if (!r.done()) throw std::runtime_error("encoded document has trailing bytes");
  return d;
}

void AppendEncodedPage(const Page& page, std::string* out) {
  out->reserve(out->size() + 2 * 4 + page.words.size() * kWordBytes);
  Put<uint32_t>(*out, static_cast<uint32_t>(page.number));
  PutWords(page.words, *out);
}

void AppendEncodedPage(const Page& page, size_t text_start, std::string_view text, std::string* out) {
  out->reserve(out->size() + 2 * 4 + page.words.size() * kWordBytes + 2 * 8 + text.size());
  AppendEncodedPage(page, out);
  Put<uint64_t>(*out, text_start);
  Put<uint64_t>(*out, text.size());
  out->append(text);
}

namespace {

// Reads past an encoded page's number and words.
void SkipPageWords(Reader& r) {
  r.Get<uint32_t>();  // the page number
  r.Bytes(size_t{r.Get<uint32_t>()} * kWordBytes);
}

}  // namespace

EncodedPageText EncodedPageTextOf(std::string_view bytes) {
  Reader r(bytes);
  SkipPageWords(r);
  EncodedPageText out;
  if (r.done()) return out;
  out.present = true;
  out.start = r.Get<uint64_t>();
  const auto n = r.Get<uint64_t>();
  if (n > bytes.size()) throw std::runtime_error("encoded page is truncated");
  out.text = r.Bytes(static_cast<size_t>(n));
  if (!r.done()) throw std::runtime_error("encoded page has trailing bytes");
  return out;
}

void PageTextAssembler::Add(const EncodedPageText& page) {
  if (!first_) {
    write_("\f");
    ++size_;
  }
  first_ = false;
  if (page.start != size_) {
    throw std::runtime_error("a streamed page's text does not follow the page before it");
  }
  write_(page.text);
  size_ += page.text.size();
}

int EncodedPageNumber(std::string_view bytes) {
  Reader r(bytes);
  return static_cast<int>(r.Get<uint32_t>());
}

void DecodePageWords(std::string_view bytes, std::string_view text, std::vector<Word>* words) {
  Reader r(bytes);
  r.Get<uint32_t>();  // the page number
  words->clear();
  GetWords(r, text, bytes.size(), /*keep=*/true, words);
  if (!r.done()) EncodedPageTextOf(bytes);  // the page's own text: checked, not needed here
}

void to_json(nlohmann::json& j, const Box& b) { j = {b.x0, b.y0, b.x1, b.y1}; }
void from_json(const nlohmann::json& j, Box& b) {
  b.x0 = j.at(0).get<double>();
  b.y0 = j.at(1).get<double>();
  b.x1 = j.at(2).get<double>();
  b.y1 = j.at(3).get<double>();
}

void to_json(nlohmann::json& j, const Document& d) { j = DocumentJson(d, /*with_words=*/true); }

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

Page* PageNumbered(Document* doc, int64_t number) {
  if (number >= 1 && static_cast<uint64_t>(number) <= doc->pages.size() &&
      doc->pages[static_cast<size_t>(number) - 1].number == number) {
    return &doc->pages[static_cast<size_t>(number) - 1];
  }
  auto it = std::find_if(doc->pages.begin(), doc->pages.end(), [&](const Page& p) { return p.number == number; });
  return it == doc->pages.end() ? nullptr : &*it;
}

}  // namespace dsar
