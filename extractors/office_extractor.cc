// Office documents: Word, Excel and PowerPoint files (OOXML, transitional
// and strict) and OpenDocument text, spreadsheets and presentations (ODF).
// Both are ZIP packages of XML parts, read with libzip and pugixml.
//
// The document's text is what a reader of the file sees, in reading order,
// followed by clearly headed sections for what the file holds that a reader
// may not see: comments, text deleted under tracked changes, hidden text,
// hidden sheets, rows, columns and slides. Those sections are scanned,
// reviewed and redacted like any text (the school holds them), and each such
// passage is also reported as HiddenContent for the DPO's internal log.
//
// Limits against hostile packages: the number of ZIP entries, the inflated
// size of each part and of all parts read (checked against the sizes the
// archive declares before inflating, which libzip then enforces), and the
// nesting depth of XML elements. Malformed XML in a part the text needs is
// kCorrupt with the part's name and pugixml's reason.
#include <strings.h>
#include <zip.h>

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/zip_util.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

constexpr zip_int64_t kMaxEntries = 10000;      // parts in one package
constexpr uint64_t kMaxPartBytes = 64u << 20;    // one XML part, inflated
constexpr uint64_t kMaxTotalBytes = 256u << 20;  // every part read, inflated
constexpr int kMaxXmlDepth = 256;                // element nesting
constexpr size_t kMaxHiddenText = 2000;          // bytes of each HiddenContent's text
constexpr int kMaxColumns = 1024;                // spreadsheet columns laid out per row


// ---------------------------------------------------------------------------
// The package: ZIP entries read under the limits.

class Package {
 public:
  // Opens `bytes` (which must outlive the package) as a ZIP.
  static Result<std::unique_ptr<Package>> Open(std::string_view bytes) {
    std::string why;
    ZipArchive archive = OpenZipInMemory(bytes, &why);
    if (!archive) {
      return Status::Corrupt("not a readable office document: the ZIP package is damaged (" + why + ")");
    }
    zip_t* z = archive.get();
    auto p = std::unique_ptr<Package>(new Package(std::move(archive)));
    zip_int64_t n = zip_get_num_entries(z, 0);
    if (n > kMaxEntries) {
      return Status::ResourceLimit("the office document has " + std::to_string(n) + " parts (limit " +
                                   std::to_string(kMaxEntries) + "): not read; review it by hand");
    }
    return p;
  }

  bool Has(const std::string& name) const { return Locate(name) >= 0; }

  // Reads part `name` (no leading '/', matched without regard to case, as
  // OPC part names are). NotFound when missing.
  Result<std::string> Read(const std::string& name) {
    zip_int64_t i = Locate(name);
    if (i < 0) return Status::NotFound("part " + name + " is missing");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE)) {
      return Status::Corrupt("part " + name + " cannot be read: " + zip_strerror(zip_.get()));
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      return Status::NeedsPassword("the office document is encrypted: open it with its password, save an "
                                   "unprotected copy and add that instead");
    }
    if (st.size > kMaxPartBytes) {
      return Status::ResourceLimit("part " + name + " would inflate to " + std::to_string(st.size) +
                                   " bytes (limit " + std::to_string(kMaxPartBytes) +
                                   ", against zip bombs): not read; review the file by hand");
    }
    if (total_ + st.size > kMaxTotalBytes) {
      return Status::ResourceLimit("the office document's parts would inflate to more than " +
                                   std::to_string(kMaxTotalBytes) +
                                   " bytes (limit against zip bombs): not read; review the file by hand");
    }
    total_ += st.size;
    ZipFile f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(i), 0));
    if (!f) return Status::Corrupt("part " + name + " cannot be read: " + zip_strerror(zip_.get()));
    std::string data(static_cast<size_t>(st.size), '\0');
    zip_int64_t got = st.size > 0 ? zip_fread(f.get(), data.data(), st.size) : 0;
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
      return Status::Corrupt("part " + name + " is damaged (the package is truncated or altered)");
    }
    return data;
  }

 private:
  explicit Package(ZipArchive z) : zip_(std::move(z)) {}
  zip_int64_t Locate(const std::string& name) const {
    return zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
  }
  ZipArchive zip_;
  uint64_t total_ = 0;
};

// ---------------------------------------------------------------------------
// XML helpers. Elements are matched by local name: transitional and strict
// OOXML use the same local names under different namespaces, and producers
// choose their own prefixes.

std::string_view Local(const char* name) {
  const char* colon = std::strchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

bool Is(const pugi::xml_node& n, std::string_view local) {
  return n.type() == pugi::node_element && Local(n.name()) == local;
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c : n.children()) {
    if (Is(c, local)) return c;
  }
  return {};
}

// Attribute by local name ("w:val", "val").
std::string Attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    if (Local(a.name()) == local) return a.value();
  }
  return {};
}

// Attribute by exact name (for "r:id" against a same-named "id").
std::string AttrExact(const pugi::xml_node& n, const char* name) { return n.attribute(name).value(); }

// The relationship id attribute (r:id or any prefix bound to relationships).
std::string RelId(const pugi::xml_node& n) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view name = a.name();
    if (name.find(':') != std::string_view::npos && Local(a.name()) == "id") return a.value();
  }
  return {};
}

// All text of the descendants named `local` (w:t, a:t, m:t), in order.
std::string DescendantText(const pugi::xml_node& n, std::string_view local) {
  std::string out;
  struct Walker : pugi::xml_tree_walker {
    std::string_view want;
    std::string* out;
    bool for_each(pugi::xml_node& node) override {
      if (Is(node, want)) *out += node.text().get();
      return true;
    }
  } w;
  w.want = local;
  w.out = &out;
  pugi::xml_node copy = n;
  copy.traverse(w);
  return out;
}

// Depth of the deepest element, found without recursion (pugixml's walker
// is iterative), so the recursive readers below can trust their input.
int MaxDepth(pugi::xml_document& doc) {
  struct Walker : pugi::xml_tree_walker {
    int max = 0;
    bool for_each(pugi::xml_node&) override {
      max = std::max(max, depth());
      return true;
    }
  } w;
  doc.traverse(w);
  return w.max;
}

// Reads and parses one part. NotFound passes through (optional parts).
Status ReadXml(Package& pkg, const std::string& name, pugi::xml_document* doc) {
  Result<std::string> bytes = pkg.Read(name);
  if (!bytes.ok()) return bytes.status();
  pugi::xml_parse_result r = doc->load_buffer(bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!r) {
    return Status::Corrupt("part " + name + " is not well-formed XML (" + r.description() + " at byte " +
                           std::to_string(r.offset) + ")");
  }
  if (MaxDepth(*doc) > kMaxXmlDepth) {
    return Status::ResourceLimit("part " + name + " nests elements more than " + std::to_string(kMaxXmlDepth) +
                                 " deep: not read; review the file by hand");
  }
  return Status::OK();
}

// Trims ASCII whitespace at both ends.
std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Collapses runs of whitespace (including newlines) to one space.
std::string OneLineText(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// A table stands apart from the text around it by blank lines, so its
// first row reads as its header row and what follows is not taken as more
// rows (pipeline/table_recognizer.cc reads columns under a name header as
// names).
void SeparateTable(std::string& out) {
  if (!out.empty() && out.back() != '\n') out += "\n";
  if (!out.empty() && (out.size() < 2 || out[out.size() - 2] != '\n')) out += "\n";
}

// A table cell's text on one line: its non-empty lines, each made one
// line, joined by " / ".
std::string CellLine(const std::string& cell) {
  std::string out;
  size_t pos = 0;
  while (pos <= cell.size()) {
    size_t nl = cell.find('\n', pos);
    std::string line = OneLineText(cell.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (!line.empty()) out += (out.empty() ? "" : " / ") + line;
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}

bool IsTrue(const std::string& v) { return v.empty() || (v != "0" && v != "false" && v != "off"); }

// ---------------------------------------------------------------------------
// OPC relationships.

struct Rel {
  std::string type;    // full type URI
  std::string target;  // resolved part name, no leading '/'
  bool external = false;
};

bool TypeIs(const std::string& type, std::string_view suffix) {
  return type.size() >= suffix.size() && type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         (type.size() == suffix.size() || type[type.size() - suffix.size() - 1] == '/');
}

std::string DirOf(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// Resolves `target` against the folder of `source` ("word/document.xml"),
// folding "." and ".." segments.
std::string ResolveTarget(const std::string& source_dir, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : source_dir + target;
  std::vector<std::string> segs;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t slash = path.find('/', pos);
    std::string seg = path.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos);
    if (seg == "..") {
      if (!segs.empty()) segs.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segs.push_back(seg);
    }
    if (slash == std::string::npos) break;
    pos = slash + 1;
  }
  std::string out;
  for (const std::string& s : segs) out += (out.empty() ? "" : "/") + s;
  return out;
}

// The relationships of `part` ("" for the package), by id, in document order.
Result<std::vector<std::pair<std::string, Rel>>> ReadRels(Package& pkg, const std::string& part) {
  std::string dir = DirOf(part);
  std::string file = part.substr(dir.size());
  std::string rels_name = dir + "_rels/" + file + ".rels";
  pugi::xml_document doc;
  Status s = ReadXml(pkg, rels_name, &doc);
  std::vector<std::pair<std::string, Rel>> rels;
  if (s.code() == StatusCode::kNotFound) return rels;
  if (!s.ok()) return s;
  for (pugi::xml_node r : doc.document_element().children()) {
    if (!Is(r, "Relationship")) continue;
    Rel rel;
    rel.type = AttrExact(r, "Type");
    rel.external = AttrExact(r, "TargetMode") == std::string("External");
    rel.target = rel.external ? AttrExact(r, "Target") : ResolveTarget(dir, AttrExact(r, "Target"));
    rels.emplace_back(AttrExact(r, "Id"), std::move(rel));
  }
  return rels;
}

const Rel* FindRelById(const std::vector<std::pair<std::string, Rel>>& rels, const std::string& id) {
  for (const auto& [rid, rel] : rels) {
    if (rid == id) return &rel;
  }
  return nullptr;
}

const Rel* FindRelByType(const std::vector<std::pair<std::string, Rel>>& rels, std::string_view type) {
  for (const auto& [rid, rel] : rels) {
    if (!rel.external && TypeIs(rel.type, type)) return &rel;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------
// What every format fills in, and how the document is assembled.

struct Sections {
  std::string body;
  std::vector<std::pair<std::string, std::string>> extra;  // heading, text (headers, notes)
  std::vector<std::string> comments, deletions, hidden;     // one entry each
  std::vector<std::pair<std::string, std::string>> hidden_structure;  // kind, text (sheets, rows, slides)
};

void AddPerson(Document* doc, const std::string& role, const std::string& raw) {
  std::string name = Trim(OneLineText(SanitizeUtf8(raw)));
  if (name.empty()) return;
  for (const MetadataPerson& p : doc->people) {
    if (p.role == role && p.name == name) return;
  }
  MetadataPerson p;
  p.role = role;
  if (name.find('@') != std::string::npos && name.find(' ') == std::string::npos) {
    p.email = name;
  } else {
    p.name = name;
  }
  doc->people.push_back(std::move(p));
}

void AddHidden(Document* doc, const std::string& kind, const std::string& text) {
  std::string t = Trim(text);
  if (t.size() > kMaxHiddenText) {
    size_t cut = kMaxHiddenText;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "…";
  }
  doc->hidden.push_back({0, kind, SanitizeUtf8(t), {}});
}

void Assemble(Sections& s, Document* doc, const Limits& limits) {
  std::string text = s.body;
  auto section = [&](const std::string& heading, const std::string& body) {
    std::string b = Trim(body);
    if (b.empty()) return;
    if (!text.empty() && text.back() != '\n') text += "\n";
    text += "\n== " + heading + " ==\n" + b + "\n";
  };
  for (const auto& [heading, body] : s.extra) section(heading, body);
  auto numbered = [](const std::vector<std::string>& items, const char* label) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
      out += std::string(label) + " " + std::to_string(i + 1) + ": " + items[i] + "\n";
    }
    return out;
  };
  section("Comments", numbered(s.comments, "Comment"));
  section("Deleted text (tracked changes)", numbered(s.deletions, "Deletion"));
  section("Hidden text", numbered(s.hidden, "Hidden"));
  for (const std::string& c : s.comments) AddHidden(doc, "comment", c);
  for (const std::string& d : s.deletions) AddHidden(doc, "tracked_deletion", d);
  for (const std::string& h : s.hidden) AddHidden(doc, "hidden_text", h);
  for (const auto& [kind, t] : s.hidden_structure) AddHidden(doc, kind, t);
  text = SanitizeUtf8(text);
  if (text.size() > limits.max_text_bytes) {
    size_t cut = limits.max_text_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    doc->warnings.push_back("text cut at " + std::to_string(limits.max_text_bytes) + " bytes");
  }
  doc->text = std::move(text);
}

// docProps/core.xml (OOXML) or meta.xml (ODF): title, people, date.
void ReadCoreProperties(const pugi::xml_node& root, Document* doc) {
  std::string created, modified;
  struct Walker : pugi::xml_tree_walker {
    Document* doc;
    std::string *created, *modified;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      std::string_view name = n.name();
      std::string v = Trim(n.text().get());
      if (v.empty()) return true;
      if (Local(n.name()) == "title" && doc->title.empty()) doc->title = OneLineText(SanitizeUtf8(v));
      // OOXML: dc:creator is the author; ODF: meta:initial-creator is the
      // author and dc:creator whoever saved it last.
      if (name == "meta:initial-creator") AddPerson(doc, "author", v);
      if (Local(n.name()) == "creator") {
        bool odf = name == "dc:creator" && n.parent() && Local(n.parent().name()) == "meta";
        AddPerson(doc, odf ? "last modified by" : "author", v);
      }
      if (Local(n.name()) == "lastModifiedBy") AddPerson(doc, "last modified by", v);
      if (Local(n.name()) == "created" || Local(n.name()) == "creation-date") *created = v;
      if (Local(n.name()) == "modified" || name == "dc:date") *modified = v;
      return true;
    }
  } w;
  w.doc = doc;
  w.created = &created;
  w.modified = &modified;
  pugi::xml_node copy = root;
  copy.traverse(w);
  // The date a document was written; its last save when that is unknown.
  std::string date = !created.empty() ? created : modified;
  if (date.size() >= 10 && date[4] == '-' && date[7] == '-') doc->date = SanitizeUtf8(date);
}

// ---------------------------------------------------------------------------
// Word (WordprocessingML).

class DocxReader {
 public:
  DocxReader(Package& pkg, Document* doc, Sections* s) : pkg_(pkg), doc_(doc), s_(s) {}

  Status Read(const std::string& main) {
    main_dir_ = DirOf(main);
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg_, main);
    if (!rels.ok()) return rels.status();
    rels_ = std::move(*rels);
    // Comments first, so references in the body get their numbers.
    if (const Rel* r = FindRelByType(rels_, "comments")) {
      pugi::xml_document cx;
      Status st = ReadXml(pkg_, r->target, &cx);
      if (st.ok()) {
        for (pugi::xml_node c : cx.document_element().children()) {
          if (!Is(c, "comment")) continue;
          std::string text;
          Blocks(c, text);
          std::string author = Attr(c, "author");
          AddPerson(doc_, "comment author", author);
          std::string date = Attr(c, "date");
          std::string head = author.empty() ? std::string() : "by " + author;
          if (!date.empty()) head += (head.empty() ? "" : ", ") + date.substr(0, 10);
          comment_number_[Attr(c, "id")] = static_cast<int>(s_->comments.size()) + 1;
          s_->comments.push_back((head.empty() ? "" : "(" + OneLineText(head) + ") ") + OneLineText(text));
        }
      } else if (st.code() != StatusCode::kNotFound) {
        doc_->warnings.push_back("comments not read: " + st.message());
      }
    }
    pugi::xml_document main_doc;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, main, &main_doc));
    pugi::xml_node body = Child(main_doc.document_element(), "body");
    if (!body) return Status::Corrupt("part " + main + " has no document body: not a Word document");
    Blocks(body, s_->body);
    // Headers and footers in the order the sections name them, each once.
    std::string headers, footers;
    std::set<std::string> seen;
    for (const auto& [id, rel] : rels_) {
      bool header = TypeIs(rel.type, "header");
      if ((!header && !TypeIs(rel.type, "footer")) || rel.external || !seen.insert(rel.target).second) continue;
      pugi::xml_document hx;
      Status st = ReadXml(pkg_, rel.target, &hx);
      if (!st.ok()) {
        if (st.code() != StatusCode::kNotFound) doc_->warnings.push_back((header ? "a header" : "a footer") + std::string(" not read: ") + st.message());
        continue;
      }
      std::string t;
      Blocks(hx.document_element(), t);
      t = Trim(t);
      if (t.empty()) continue;
      (header ? headers : footers) += t + "\n";
    }
    if (!headers.empty()) s_->extra.emplace_back("Headers", headers);
    if (!footers.empty()) s_->extra.emplace_back("Footers", footers);
    Notes("footnotes", "footnote", "Footnotes");
    Notes("endnotes", "endnote", "Endnotes");
    return Status::OK();
  }

 private:
  // Per paragraph: what a reader sees, and what goes to the hidden sections.
  struct Para {
    std::string line, deleted, hidden;
    std::vector<std::string> boxes;  // text boxes anchored in the paragraph
  };

  void Notes(const char* rel_type, const char* element, const char* heading) {
    const Rel* r = FindRelByType(rels_, rel_type);
    if (!r) return;
    pugi::xml_document nx;
    Status st = ReadXml(pkg_, r->target, &nx);
    if (!st.ok()) {
      if (st.code() != StatusCode::kNotFound) doc_->warnings.push_back(std::string(heading) + " not read: " + st.message());
      return;
    }
    std::string out;
    for (pugi::xml_node n : nx.document_element().children()) {
      if (!Is(n, element)) continue;
      std::string type = Attr(n, "type");
      if (!type.empty() && type != "normal") continue;  // separators
      std::string t;
      Blocks(n, t);
      t = Trim(t);
      if (!t.empty()) out += "[" + Attr(n, "id") + "] " + t + "\n";
    }
    if (!out.empty()) s_->extra.emplace_back(heading, out);
  }

  // Block-level content: paragraphs, tables, content controls.
  void Blocks(const pugi::xml_node& parent, std::string& out) {
    for (pugi::xml_node n : parent.children()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view l = Local(n.name());
      if (l == "p") {
        Paragraph(n, out);
      } else if (l == "tbl") {
        SeparateTable(out);
        Table(n, out);
        out += "\n";
      } else if (l == "sdt") {
        Blocks(Child(n, "sdtContent"), out);
      } else if (l == "customXml" || l == "sdtContent" || l == "ins" || l == "moveTo" || l == "txbxContent" ||
                 l == "smartTag" || l == "body" || l == "hdr" || l == "ftr" || l == "footnote" ||
                 l == "endnote" || l == "comment") {
        Blocks(n, out);
      } else if (l == "del" || l == "moveFrom") {
        AddPerson(doc_, "tracked change author", Attr(n, "author"));
        std::string t = Trim(OneLineText(DescendantText(n, "delText") + DescendantText(n, "t")));
        if (!t.empty()) s_->deletions.push_back(t);
      } else if (l == "AlternateContent") {
        if (pugi::xml_node c = Child(n, "Choice")) Blocks(c, out);
      }
    }
  }

  void Paragraph(const pugi::xml_node& p, std::string& out) {
    Para para;
    pugi::xml_node ppr = Child(p, "pPr");
    if (ppr && Child(ppr, "numPr")) para.line = "• ";
    Inline(p, para);
    std::string line = para.line == "• " ? std::string() : para.line;
    out += line + "\n";
    for (const std::string& b : para.boxes) out += b;
    if (!Trim(para.deleted).empty()) s_->deletions.push_back(Trim(OneLineText(para.deleted)));
    if (!Trim(para.hidden).empty()) s_->hidden.push_back(Trim(OneLineText(para.hidden)));
  }

  void Inline(const pugi::xml_node& parent, Para& para) {
    for (pugi::xml_node n : parent.children()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view l = Local(n.name());
      if (l == "r") {
        Run(n, para);
      } else if (l == "ins" || l == "moveTo" || l == "hyperlink" || l == "smartTag" || l == "customXml" ||
                 l == "fldSimple" || l == "sdtContent" || l == "bdo" || l == "dir") {
        if (l == "ins" || l == "moveTo") AddPerson(doc_, "tracked change author", Attr(n, "author"));
        Inline(n, para);
      } else if (l == "sdt") {
        Inline(Child(n, "sdtContent"), para);
      } else if (l == "del" || l == "moveFrom") {
        AddPerson(doc_, "tracked change author", Attr(n, "author"));
        std::string t = DescendantText(n, "delText") + DescendantText(n, "t");
        if (!Trim(t).empty()) para.deleted += (para.deleted.empty() ? "" : " … ") + t;
      } else if (l == "oMath" || l == "oMathPara") {
        para.line += DescendantText(n, "t");
      } else if (l == "AlternateContent") {
        if (pugi::xml_node c = Child(n, "Choice")) Inline(c, para);
      }
    }
  }

  void Run(const pugi::xml_node& r, Para& para) {
    pugi::xml_node rpr = Child(r, "rPr");
    pugi::xml_node vanish = rpr ? Child(rpr, "vanish") : pugi::xml_node();
    bool hidden = vanish && IsTrue(Attr(vanish, "val"));
    std::string& to = hidden ? para.hidden : para.line;
    for (pugi::xml_node n : r.children()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view l = Local(n.name());
      if (l == "t") {
        to += n.text().get();
      } else if (l == "tab" || l == "ptab") {
        to += "\t";
      } else if (l == "br" || l == "cr") {
        to += "\n";
      } else if (l == "noBreakHyphen") {
        to += "-";
      } else if (l == "delText") {
        para.deleted += n.text().get();
      } else if (l == "footnoteReference" || l == "endnoteReference") {
        to += "[" + Attr(n, "id") + "]";
      } else if (l == "commentReference") {
        auto it = comment_number_.find(Attr(n, "id"));
        if (it != comment_number_.end()) to += " [comment " + std::to_string(it->second) + "]";
      } else if (l == "fldChar") {
        // A legacy form checkbox: its state is in the field's data.
        pugi::xml_node box = Child(Child(n, "ffData"), "checkBox");
        if (box) {
          pugi::xml_node state = Child(box, "checked") ? Child(box, "checked") : Child(box, "default");
          to += state && IsTrue(Attr(state, "val")) ? "☒ " : "☐ ";
        }
      } else if (l == "sym") {
        std::string ch = Attr(n, "char");
        // Wingdings ticks and boxes in checkboxes: shown as a box.
        if (ch == "F0FE" || ch == "F078" || ch == "F0FD") to += "☒";
        else if (ch == "F06F" || ch == "F0A8") to += "☐";
      } else if (l == "drawing" || l == "pict" || l == "object" || l == "AlternateContent") {
        TextBoxes(l == "AlternateContent" ? Child(n, "Choice") : n, para);
      }
    }
  }

  // Text boxes inside a drawing, each added after its paragraph.
  void TextBoxes(const pugi::xml_node& n, Para& para) {
    if (!n) return;
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      if (Is(c, "txbxContent")) {
        std::string t;
        Blocks(c, t);
        if (!Trim(t).empty()) para.boxes.push_back(t);
      } else if (Is(c, "Fallback")) {
        continue;  // the same text box again, for older readers
      } else {
        TextBoxes(c, para);
      }
    }
  }

  void Table(const pugi::xml_node& tbl, std::string& out) {
    for (pugi::xml_node tr : tbl.children()) {
      if (Is(tr, "sdt") || Is(tr, "customXml")) {
        pugi::xml_node inner = Is(tr, "sdt") ? Child(tr, "sdtContent") : tr;
        Table(inner, out);
        continue;
      }
      if (!Is(tr, "tr")) continue;
      std::vector<std::string> cells;
      std::string nested;
      std::vector<pugi::xml_node> tcs;
      for (pugi::xml_node tc : tr.children()) {
        if (Is(tc, "tc")) tcs.push_back(tc);
        if (Is(tc, "sdt")) {
          for (pugi::xml_node inner : Child(tc, "sdtContent").children()) {
            if (Is(inner, "tc")) tcs.push_back(inner);
          }
        }
      }
      for (pugi::xml_node tc : tcs) {
        std::string cell;
        Blocks(tc, cell);
        cells.push_back(cell);
      }
      // A one-cell row (a box drawn round text) keeps its lines; cells of a
      // wider row are one line each, their lines joined by " / ".
      if (cells.size() == 1) {
        std::string t = Trim(cells[0]);
        out += t.empty() ? std::string("\n") : t + "\n";
        continue;
      }
      std::string line;
      for (size_t i = 0; i < cells.size(); ++i) line += (i ? " | " : "") + CellLine(cells[i]);
      out += Trim(line).empty() ? std::string("\n") : line + "\n";
    }
  }

  Package& pkg_;
  Document* doc_;
  Sections* s_;
  std::string main_dir_;
  std::vector<std::pair<std::string, Rel>> rels_;
  std::map<std::string, int> comment_number_;
};

// ---------------------------------------------------------------------------
// Excel (SpreadsheetML).

// "BC12" -> 54 (0-based column), or -1.
int ColumnOf(const std::string& ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > 1 << 20) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

// Text of a rich or plain string item (<si>, <is>): its t elements, skipping
// phonetic runs (rPh) that repeat the reading of East Asian text.
std::string StringItem(const pugi::xml_node& si) {
  std::string out;
  for (pugi::xml_node c : si.children()) {
    if (Is(c, "t")) out += c.text().get();
    if (Is(c, "r")) out += Child(c, "t").text().get();
  }
  return out;
}

// Serial date (1900 system) to YYYY-MM-DD.
std::string SerialDate(double serial) {
  if (serial < 1 || serial > 2958465) return {};
  long days = static_cast<long>(serial);
  if (days == 60) return {};  // Excel's phantom 1900-02-29
  if (days < 60) ++days;      // before it, serials count from 1899-12-31
  // Days from 1899-12-30 to a civil date (Howard Hinnant's algorithm).
  long z = days - 25569 + 719468;
  long era = z / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y % 10000), static_cast<int>(m % 100),
                static_cast<int>(d % 100));
  return buf;
}

class XlsxReader {
 public:
  XlsxReader(Package& pkg, Document* doc, Sections* s) : pkg_(pkg), doc_(doc), s_(s) {}

  Status Read(const std::string& main) {
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg_, main);
    if (!rels.ok()) return rels.status();
    if (const Rel* r = FindRelByType(*rels, "sharedStrings")) {
      pugi::xml_document sx;
      DSAR_RETURN_IF_ERROR(OptionalXml(r->target, &sx));
      for (pugi::xml_node si : sx.document_element().children()) {
        if (Is(si, "si")) strings_.push_back(StringItem(si));
      }
    }
    if (const Rel* r = FindRelByType(*rels, "styles")) ReadDateStyles(r->target);
    pugi::xml_document wb;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, main, &wb));
    pugi::xml_node sheets = Child(wb.document_element(), "sheets");
    if (!sheets) return Status::Corrupt("part " + main + " lists no sheets: not an Excel workbook");
    int number = 0;
    for (pugi::xml_node sh : sheets.children()) {
      if (!Is(sh, "sheet")) continue;
      ++number;
      std::string name = OneLineText(Attr(sh, "name"));
      std::string state = Attr(sh, "state");
      bool hidden = state == "hidden" || state == "veryHidden";
      const Rel* rel = FindRelById(*rels, RelId(sh));
      std::string heading = "Sheet " + std::to_string(number) + ": " + name + (hidden ? " (hidden sheet)" : "");
      if (!rel || rel->external) {
        doc_->warnings.push_back("sheet " + std::to_string(number) + " has no part: not read");
        continue;
      }
      std::string text;
      Status st = Sheet(rel->target, name, text);
      if (!st.ok()) {
        if (st.code() == StatusCode::kResourceLimit || st.code() == StatusCode::kNeedsPassword) return st;
        doc_->warnings.push_back("sheet " + std::to_string(number) + " not read: " + st.message());
        continue;
      }
      if (hidden && !Trim(text).empty()) s_->hidden_structure.emplace_back("hidden_sheet", name + ": " + OneLineText(text));
      s_->body += (s_->body.empty() ? "" : "\n") + std::string("== ") + heading + " ==\n" + text;
    }
    return Status::OK();
  }

 private:
  Status OptionalXml(const std::string& name, pugi::xml_document* d) {
    Status st = ReadXml(pkg_, name, d);
    return st.code() == StatusCode::kNotFound ? Status::OK() : st;
  }

  // Which cell styles show numbers as dates (built-in formats 14-22, 45-47,
  // or a custom format with day, month or year codes).
  void ReadDateStyles(const std::string& part) {
    pugi::xml_document sx;
    if (!ReadXml(pkg_, part, &sx).ok()) return;
    std::set<int> date_formats;
    for (int id : {14, 15, 16, 17, 22}) date_formats.insert(id);
    if (pugi::xml_node fmts = Child(sx.document_element(), "numFmts")) {
      for (pugi::xml_node f : fmts.children()) {
        std::string code = Attr(f, "formatCode");
        std::string bare;
        bool quoted = false;
        for (char c : code) {
          if (c == '"') quoted = !quoted;
          else if (!quoted) bare.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
        if (bare.find('[') != std::string::npos) bare = bare.substr(bare.find(']') + 1);
        if (bare.find('d') != std::string::npos || bare.find('y') != std::string::npos) {
          date_formats.insert(std::atoi(Attr(f, "numFmtId").c_str()));
        }
      }
    }
    if (pugi::xml_node xfs = Child(sx.document_element(), "cellXfs")) {
      for (pugi::xml_node xf : xfs.children()) {
        if (!Is(xf, "xf")) continue;
        date_styles_.push_back(date_formats.count(std::atoi(Attr(xf, "numFmtId").c_str())) > 0);
      }
    }
  }

  std::string CellText(const pugi::xml_node& c) {
    std::string t = Attr(c, "t");
    if (t == "inlineStr") return StringItem(Child(c, "is"));
    std::string v = Child(c, "v").text().get();
    if (t == "s") {
      size_t i = static_cast<size_t>(std::atol(v.c_str()));
      return i < strings_.size() && !v.empty() ? strings_[i] : std::string();
    }
    if (t == "b") return v == "1" ? "TRUE" : "FALSE";
    if (t.empty() || t == "n") {
      size_t style = static_cast<size_t>(std::atol(Attr(c, "s").c_str()));
      if (!v.empty() && style < date_styles_.size() && date_styles_[style]) {
        std::string d = SerialDate(std::atof(v.c_str()));
        if (!d.empty()) return d;
      }
    }
    return v;  // numbers as stored, formula strings, errors
  }

  Status Sheet(const std::string& part, const std::string& name, std::string& out) {
    pugi::xml_document sx;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, part, &sx));
    pugi::xml_node ws = sx.document_element();
    std::set<int> hidden_cols;
    if (pugi::xml_node cols = Child(ws, "cols")) {
      for (pugi::xml_node col : cols.children()) {
        if (!Is(col, "col") || !IsTrue(Attr(col, "hidden")) || Attr(col, "hidden").empty()) continue;
        int lo = std::atoi(Attr(col, "min").c_str()), hi = std::atoi(Attr(col, "max").c_str());
        for (int i = std::max(lo, 1); i <= std::min(hi, kMaxColumns); ++i) hidden_cols.insert(i - 1);
      }
    }
    std::map<int, std::string> hidden_col_text;
    pugi::xml_node data = Child(ws, "sheetData");
    bool cut = false;
    for (pugi::xml_node row : data.children()) {
      if (!Is(row, "row")) continue;
      std::vector<std::string> cells;
      int next = 0;
      for (pugi::xml_node c : row.children()) {
        if (!Is(c, "c")) continue;
        int col = ColumnOf(Attr(c, "r"));
        if (col < 0) col = next;
        next = col + 1;
        if (col >= kMaxColumns) {
          cut = true;
          continue;
        }
        std::string text = OneLineText(CellText(c));
        if (text.empty()) continue;
        if (cells.size() <= static_cast<size_t>(col)) cells.resize(col + 1);
        cells[col] = text;
        if (hidden_cols.count(col)) hidden_col_text[col] += (hidden_col_text[col].empty() ? "" : "; ") + text;
      }
      if (cells.empty()) continue;
      std::string line;
      for (size_t i = 0; i < cells.size(); ++i) line += (i ? "\t" : "") + cells[i];
      out += line + "\n";
      std::string hidden = Attr(row, "hidden");
      if (!hidden.empty() && IsTrue(hidden)) {
        s_->hidden_structure.emplace_back("hidden_row", name + " row " + Attr(row, "r") + ": " + OneLineText(line));
      }
    }
    for (const auto& [col, text] : hidden_col_text) {
      std::string letters;
      for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
      s_->hidden_structure.emplace_back("hidden_column", name + " column " + letters + ": " + text);
    }
    if (cut) doc_->warnings.push_back("sheet " + name + ": columns past " + std::to_string(kMaxColumns) + " not read");
    // Notes (legacy comments) on the sheet's cells.
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg_, part);
    if (!rels.ok()) return Status::OK();
    for (const auto& [id, rel] : *rels) {
      if (!TypeIs(rel.type, "comments") || rel.external) continue;
      pugi::xml_document cx;
      Status st = ReadXml(pkg_, rel.target, &cx);
      if (!st.ok()) {
        if (st.code() != StatusCode::kNotFound) doc_->warnings.push_back("comments of sheet " + name + " not read: " + st.message());
        continue;
      }
      std::vector<std::string> authors;
      for (pugi::xml_node a : Child(cx.document_element(), "authors").children()) {
        if (Is(a, "author")) authors.push_back(a.text().get());
      }
      for (pugi::xml_node c : Child(cx.document_element(), "commentList").children()) {
        if (!Is(c, "comment")) continue;
        size_t ai = static_cast<size_t>(std::atol(Attr(c, "authorId").c_str()));
        std::string author = ai < authors.size() ? authors[ai] : std::string();
        AddPerson(doc_, "comment author", author);
        std::string text = OneLineText(StringItem(Child(c, "text")));
        s_->comments.push_back("(" + name + " " + Attr(c, "ref") + (author.empty() ? "" : ", by " + OneLineText(author)) +
                               ") " + text);
      }
    }
    return Status::OK();
  }

  Package& pkg_;
  Document* doc_;
  Sections* s_;
  std::vector<std::string> strings_;
  std::vector<bool> date_styles_;
};

// ---------------------------------------------------------------------------
// PowerPoint (PresentationML).

// Paragraphs of DrawingML text (a:p) under `n`, one line each, in order.
void DrawingText(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (Is(c, "p")) {
      std::string line;
      for (pugi::xml_node r : c.children()) {
        if (Is(r, "r") || Is(r, "fld")) line += Child(r, "t").text().get();
        if (Is(r, "br")) line += "\n";
      }
      if (!Trim(line).empty()) out += line + "\n";
    } else if (Is(c, "tr")) {
      std::string line;
      for (pugi::xml_node tc : c.children()) {
        if (!Is(tc, "tc")) continue;
        std::string cell;
        DrawingText(tc, cell);
        line += (line.empty() ? "" : " | ") + OneLineText(cell);
      }
      out += line + "\n";
    } else if (!Is(c, "Fallback")) {
      DrawingText(c, out);
    }
  }
}

class PptxReader {
 public:
  PptxReader(Package& pkg, Document* doc, Sections* s) : pkg_(pkg), doc_(doc), s_(s) {}

  Status Read(const std::string& main) {
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg_, main);
    if (!rels.ok()) return rels.status();
    pugi::xml_document pres;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, main, &pres));
    ReadAuthors(*rels);
    pugi::xml_node list = Child(pres.document_element(), "sldIdLst");
    int number = 0;
    for (pugi::xml_node id : list.children()) {
      if (!Is(id, "sldId")) continue;
      ++number;
      const Rel* rel = FindRelById(*rels, RelId(id));
      if (!rel || rel->external) continue;
      Status st = Slide(rel->target, number);
      if (!st.ok()) {
        if (st.code() == StatusCode::kResourceLimit || st.code() == StatusCode::kNeedsPassword) return st;
        doc_->warnings.push_back("slide " + std::to_string(number) + " not read: " + st.message());
      }
    }
    return Status::OK();
  }

 private:
  void ReadAuthors(const std::vector<std::pair<std::string, Rel>>& rels) {
    for (const auto& [id, rel] : rels) {
      if (!TypeIs(rel.type, "commentAuthors") && !TypeIs(rel.type, "authors")) continue;
      pugi::xml_document ax;
      if (!ReadXml(pkg_, rel.target, &ax).ok()) continue;
      for (pugi::xml_node a : ax.document_element().children()) {
        if (Is(a, "cmAuthor") || Is(a, "author")) authors_[Attr(a, "id")] = Attr(a, "name");
      }
    }
  }

  Status Slide(const std::string& part, int number) {
    pugi::xml_document sx;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, part, &sx));
    std::string text;
    DrawingText(Child(sx.document_element(), "cSld"), text);
    std::string show = Attr(sx.document_element(), "show");
    bool hidden = !show.empty() && !IsTrue(show);
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg_, part);
    std::string notes;
    if (rels.ok()) {
      for (const auto& [id, rel] : *rels) {
        if (rel.external) continue;
        if (TypeIs(rel.type, "notesSlide")) {
          pugi::xml_document nx;
          if (ReadXml(pkg_, rel.target, &nx).ok()) {
            // The notes page repeats the slide number in a placeholder: only
            // the body placeholder holds the speaker's notes.
            for (pugi::xpath_node x : nx.select_nodes("//*[local-name()='sp']")) {
              pugi::xml_node sp = x.node();
              pugi::xml_node ph = sp.select_node(".//*[local-name()='ph']").node();
              if (ph && Attr(ph, "type") != "body") continue;
              DrawingText(Child(sp, "txBody"), notes);
            }
          }
        } else if (TypeIs(rel.type, "comments")) {
          pugi::xml_document cx;
          if (!ReadXml(pkg_, rel.target, &cx).ok()) continue;
          for (pugi::xml_node c : cx.document_element().children()) {
            if (!Is(c, "cm")) continue;
            std::string author = authors_[Attr(c, "authorId")];
            AddPerson(doc_, "comment author", author);
            std::string t = Child(c, "text").text().get();
            if (t.empty()) DrawingText(Child(c, "txBody"), t);
            s_->comments.push_back("(slide " + std::to_string(number) + (author.empty() ? "" : ", by " + OneLineText(author)) +
                                   ") " + OneLineText(t));
          }
        }
      }
    }
    std::string section = "== Slide " + std::to_string(number) + (hidden ? " (hidden slide)" : "") + " ==\n" + text;
    if (!Trim(notes).empty()) section += "Speaker notes:\n" + notes;
    s_->body += (s_->body.empty() ? "" : "\n") + section;
    if (hidden && !Trim(text + notes).empty()) {
      s_->hidden_structure.emplace_back("hidden_slide", "slide " + std::to_string(number) + ": " + OneLineText(text + " " + notes));
    }
    return Status::OK();
  }

  Package& pkg_;
  Document* doc_;
  Sections* s_;
  std::map<std::string, std::string> authors_;
};

// ---------------------------------------------------------------------------
// OpenDocument (ODT, ODS, ODP).

class OdfReader {
 public:
  OdfReader(Package& pkg, Document* doc, Sections* s) : pkg_(pkg), doc_(doc), s_(s) {}

  // A password-protected OpenDocument file keeps its ZIP entries readable
  // but encrypts their contents, listed with <manifest:encryption-data> in
  // META-INF/manifest.xml: say so, rather than "content.xml is not XML".
  Status RefuseEncrypted() {
    pugi::xml_document manifest;
    if (!ReadXml(pkg_, "META-INF/manifest.xml", &manifest).ok()) return Status::OK();
    for (pugi::xml_node entry : manifest.document_element().children()) {
      if (!Is(entry, "file-entry") || !Child(entry, "encryption-data")) continue;
      for (pugi::xml_attribute a : entry.attributes()) {
        if (Local(a.name()) == "full-path" && std::string_view(a.value()) == "content.xml") {
          return Status::NeedsPassword("the OpenDocument file is password-protected: open it with its password, "
                                       "save an unprotected copy and add that instead");
        }
      }
    }
    return Status::OK();
  }

  Status Read() {
    DSAR_RETURN_IF_ERROR(RefuseEncrypted());
    pugi::xml_document content;
    DSAR_RETURN_IF_ERROR(ReadXml(pkg_, "content.xml", &content));
    pugi::xml_node body = Child(content.document_element(), "body");
    if (!body) return Status::Corrupt("content.xml has no office:body: not an OpenDocument file");
    for (pugi::xml_node kind : body.children()) {
      if (Is(kind, "text")) {
        TrackedChanges(kind);
        Blocks(kind, s_->body);
      } else if (Is(kind, "spreadsheet")) {
        Spreadsheet(kind);
      } else if (Is(kind, "presentation") || Is(kind, "drawing")) {
        Presentation(kind);
      }
    }
    pugi::xml_document styles;
    Status st = ReadXml(pkg_, "styles.xml", &styles);
    if (st.ok()) {
      std::string headers, footers;
      for (pugi::xpath_node x : styles.select_nodes("//*[local-name()='master-page']")) {
        pugi::xml_node mp = x.node();
        for (pugi::xml_node hf : mp.children()) {
          std::string_view l = hf.type() == pugi::node_element ? Local(hf.name()) : std::string_view();
          bool header = l.rfind("header", 0) == 0, footer = l.rfind("footer", 0) == 0;
          if (!header && !footer) continue;
          std::string t;
          Blocks(hf, t);
          t = Trim(t);
          if (!t.empty()) (header ? headers : footers) += t + "\n";
        }
      }
      if (!headers.empty()) s_->extra.emplace_back("Headers", headers);
      if (!footers.empty()) s_->extra.emplace_back("Footers", footers);
    } else if (st.code() != StatusCode::kNotFound) {
      doc_->warnings.push_back("headers and footers not read: " + st.message());
    }
    if (!notes_.empty()) s_->extra.emplace_back("Footnotes and endnotes", notes_);
    return Status::OK();
  }

 private:
  void TrackedChanges(const pugi::xml_node& text) {
    for (pugi::xml_node tc : text.children()) {
      if (!Is(tc, "tracked-changes")) continue;
      for (pugi::xml_node region : tc.children()) {
        pugi::xml_node del = Child(region, "deletion");
        if (!del) continue;
        std::string t;
        for (pugi::xml_node c : del.children()) {
          if (!Is(c, "change-info")) BlocksOfDeleted(c, t);
        }
        pugi::xml_node info = Child(del, "change-info");
        AddPerson(doc_, "tracked change author", Child(info, "creator").text().get());
        t = Trim(OneLineText(t));
        if (!t.empty()) s_->deletions.push_back(t);
      }
    }
  }

  // A deleted paragraph or table (a child of text:deletion).
  void BlocksOfDeleted(const pugi::xml_node& n, std::string& out) {
    if (Is(n, "p") || Is(n, "h")) {
      std::string line;
      Inline(n, line);
      out += line + "\n";
    } else {
      Blocks(n, out);
    }
  }

  // Block content: paragraphs, headings, lists, tables, sections, frames.
  void Blocks(const pugi::xml_node& parent, std::string& out) {
    for (pugi::xml_node n : parent.children()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view l = Local(n.name());
      if (l == "p" || l == "h") {
        std::string line = list_depth_ > 0 && !in_item_started_ ? "• " : "";
        in_item_started_ = true;
        Inline(n, line);
        out += line + "\n";
        if (!boxes_.empty()) {
          for (const std::string& b : boxes_) out += b;
          boxes_.clear();
        }
      } else if (l == "list") {
        ++list_depth_;
        Blocks(n, out);
        --list_depth_;
      } else if (l == "list-item" || l == "list-header") {
        in_item_started_ = false;
        Blocks(n, out);
        in_item_started_ = true;
      } else if (l == "table") {
        SeparateTable(out);
        Table(n, out);
        out += "\n";
      } else if (l == "section") {
        if (Attr(n, "display") == "none" || Attr(n, "condition") == "true") {
          std::string t;
          Blocks(n, t);
          if (!Trim(t).empty()) s_->hidden.push_back(Trim(OneLineText(t)));
        } else {
          Blocks(n, out);
        }
      } else if (l == "tracked-changes" || l == "annotation" || l == "sequence-decls" || l == "variable-decls" ||
                 l == "user-field-decls" || l == "forms") {
        if (l == "annotation") Annotation(n);
        continue;
      } else if (l == "frame" || l == "text-box" || l == "g" || l == "custom-shape" || l == "rect" ||
                 l == "table-rows" || l == "table-row-group" || l == "table-header-rows" || l == "index-body" ||
                 l == "table-of-content" || l == "alphabetical-index" || l == "illustration-index" ||
                 l == "deletion" || l == "soft-page-break" || l == "text") {
        Blocks(n, out);
      }
    }
  }

  void Inline(const pugi::xml_node& parent, std::string& line) {
    for (pugi::xml_node n : parent.children()) {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        line += n.value();
        continue;
      }
      if (n.type() != pugi::node_element) continue;
      std::string_view l = Local(n.name());
      if (l == "s") {
        int c = std::clamp(std::atoi(Attr(n, "c").c_str()), 1, 100);
        line.append(static_cast<size_t>(c), ' ');
      } else if (l == "tab") {
        line += "\t";
      } else if (l == "line-break") {
        line += "\n";
      } else if (l == "annotation") {
        Annotation(n);
        line += " [comment " + std::to_string(s_->comments.size()) + "]";
      } else if (l == "note") {
        std::string citation = Child(n, "note-citation").text().get();
        std::string body;
        Blocks(Child(n, "note-body"), body);
        line += "[" + citation + "]";
        notes_ += "[" + citation + "] " + Trim(OneLineText(body)) + "\n";
      } else if (l == "hidden-text") {
        std::string t = Attr(n, "string-value");
        if (!Trim(t).empty()) s_->hidden.push_back(Trim(OneLineText(t)));
      } else if (l == "hidden-paragraph" || l == "change" || l == "change-start" || l == "change-end" ||
                 l == "bookmark-ref" || l == "annotation-end") {
        continue;
      } else if (l == "frame" || l == "text-box") {
        std::string t;
        Blocks(n, t);
        if (!Trim(t).empty()) boxes_.push_back(t);
      } else {
        Inline(n, line);  // span, a, meta, ruby, fields...
      }
    }
  }

  void Annotation(const pugi::xml_node& a) {
    std::string author = Child(a, "creator").text().get();
    std::string date = Child(a, "date").text().get();
    AddPerson(doc_, "comment author", author);
    std::string t;
    for (pugi::xml_node p : a.children()) {
      if (Is(p, "p") || Is(p, "list")) {
        std::string line;
        Inline(p, line);
        t += line + " ";
      }
    }
    std::string head = author.empty() ? std::string() : "by " + author;
    if (date.size() >= 10) head += (head.empty() ? "" : ", ") + date.substr(0, 10);
    s_->comments.push_back((head.empty() ? "" : "(" + OneLineText(head) + ") ") + Trim(OneLineText(t)));
  }

  // Rows of a table. A repeated cell is laid out as many times (up to the
  // column limit); a repeated row once: a repeat count is how ODF fills a
  // sheet's empty remainder, and trailing empty cells and rows are dropped.
  void Table(const pugi::xml_node& table, std::string& out, const std::string& sheet = "") {
    for (pugi::xml_node row : table.children()) {
      if (Is(row, "table-header-rows") || Is(row, "table-rows") || Is(row, "table-row-group")) {
        Table(row, out, sheet);
        continue;
      }
      if (!Is(row, "table-row")) continue;
      std::vector<std::string> cells;
      for (pugi::xml_node cell : row.children()) {
        if (!Is(cell, "table-cell") && !Is(cell, "covered-table-cell")) continue;
        std::string t;
        Blocks(cell, t);
        t = CellLine(t);
        int repeat = std::clamp(std::atoi(Attr(cell, "number-columns-repeated").c_str()), 1, kMaxColumns);
        if (t.empty()) {
          cells.resize(std::min<size_t>(cells.size() + repeat, kMaxColumns));
        } else {
          for (int i = 0; i < repeat && cells.size() < static_cast<size_t>(kMaxColumns); ++i) cells.push_back(t);
        }
        for (pugi::xml_node a : cell.children()) {
          if (Is(a, "annotation")) Annotation(a);
        }
      }
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      if (cells.empty()) continue;
      std::string line;
      for (size_t i = 0; i < cells.size(); ++i) line += (i ? (sheet.empty() ? " | " : "\t") : "") + cells[i];
      out += line + "\n";
      if (Attr(row, "visibility") == "collapse" || Attr(row, "visibility") == "filter") {
        s_->hidden_structure.emplace_back("hidden_row", (sheet.empty() ? "table" : sheet) + " row: " + OneLineText(line));
      }
    }
  }

  void Spreadsheet(const pugi::xml_node& sheet_root) {
    int number = 0;
    for (pugi::xml_node t : sheet_root.children()) {
      if (!Is(t, "table")) continue;
      ++number;
      std::string name = OneLineText(Attr(t, "name"));
      std::string text;
      Table(t, text, name);
      s_->body += (s_->body.empty() ? "" : "\n") + std::string("== Sheet ") + std::to_string(number) + ": " + name +
                  " ==\n" + text;
    }
  }

  void Presentation(const pugi::xml_node& root) {
    int number = 0;
    for (pugi::xml_node page : root.children()) {
      if (!Is(page, "page")) continue;
      ++number;
      std::string text, notes;
      for (pugi::xml_node c : page.children()) {
        if (Is(c, "notes")) {
          Blocks(c, notes);
        } else if (Is(c, "annotation")) {
          Annotation(c);
        } else {
          Blocks(c, text);  // a frame, shape or group: its text boxes and paragraphs
        }
      }
      std::string section = "== Slide " + std::to_string(number) + " ==\n" + text;
      if (!Trim(notes).empty()) section += "Speaker notes:\n" + notes;
      s_->body += (s_->body.empty() ? "" : "\n") + section;
    }
  }

  Package& pkg_;
  Document* doc_;
  Sections* s_;
  int list_depth_ = 0;
  bool in_item_started_ = true;
  std::vector<std::string> boxes_;
  std::string notes_;
};

// ---------------------------------------------------------------------------
// Which office format a package is.

enum class Format { kNone, kDocx, kXlsx, kPptx, kOdt, kOds, kOdp };

struct Identified {
  Format format = Format::kNone;
  std::string main;        // OOXML: the officeDocument part
  std::string media_type;  // what to call the file
};

// Reads [Content_Types].xml's override for `part`.
std::string ContentTypeOf(Package& pkg, const std::string& part) {
  pugi::xml_document ct;
  if (!ReadXml(pkg, "[Content_Types].xml", &ct).ok()) return {};
  for (pugi::xml_node o : ct.document_element().children()) {
    if (!Is(o, "Override")) continue;
    std::string name = AttrExact(o, "PartName");
    if (!name.empty() && name[0] == '/') name = name.substr(1);
    if (strcasecmp(name.c_str(), part.c_str()) == 0) return AttrExact(o, "ContentType");
  }
  return {};
}

Result<Identified> Identify(Package& pkg) {
  Identified id;
  if (pkg.Has("[Content_Types].xml")) {
    Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg, "");
    if (!rels.ok()) return rels.status();
    const Rel* main = FindRelByType(*rels, "officeDocument");
    if (main) {
      id.main = main->target;
    } else {
      // A package without its relationships: the usual main parts.
      for (const char* part : {"word/document.xml", "xl/workbook.xml", "ppt/presentation.xml"}) {
        if (pkg.Has(part)) id.main = part;
      }
      if (id.main.empty()) return id;  // another OPC package (XPS, NuGet...)
    }
    std::string ct = ContentTypeOf(pkg, id.main);
    std::string dir = id.main.substr(0, id.main.find('/') + 1);
    auto has = [&](const char* s) { return ct.find(s) != std::string::npos; };
    if (has("wordprocessingml") || has("ms-word") || (ct.empty() && dir == "word/")) {
      id.format = Format::kDocx;
      id.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    } else if (has("spreadsheetml") || has("ms-excel") || (ct.empty() && dir == "xl/")) {
      id.format = Format::kXlsx;
      id.media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    } else if (has("presentationml") || has("ms-powerpoint") || (ct.empty() && dir == "ppt/")) {
      id.format = Format::kPptx;
      id.media_type = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    }
    return id;
  }
  if (pkg.Has("mimetype")) {
    Result<std::string> m = pkg.Read("mimetype");
    if (!m.ok()) return m.status();
    std::string type = Trim(*m);
    if (type.rfind("application/vnd.oasis.opendocument.", 0) != 0) return id;
    id.media_type = type;
    std::string sub = type.substr(std::strlen("application/vnd.oasis.opendocument."));
    if (sub == "text" || sub == "text-template" || sub == "text-master") id.format = Format::kOdt;
    else if (sub == "spreadsheet" || sub == "spreadsheet-template") id.format = Format::kOds;
    else if (sub == "presentation" || sub == "presentation-template" || sub == "graphics") id.format = Format::kOdp;
  }
  return id;
}

class OfficeExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "office"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    Result<std::unique_ptr<Package>> opened = Package::Open(bytes);
    if (!opened.ok()) return opened.status();
    Package& pkg = **opened;
    Result<Identified> id = Identify(pkg);
    if (!id.ok()) return id.status();
    if (id->format == Format::kNone) {
      return Status::Unsupported("a ZIP package that is not a Word, Excel, PowerPoint or OpenDocument file");
    }
    Document doc;
    doc.kind = DocumentKind::kOffice;
    doc.extractor = "office";
    Sections s;
    Status st;
    if (id->format == Format::kOdt || id->format == Format::kOds || id->format == Format::kOdp) {
      pugi::xml_document meta;
      if (ReadXml(pkg, "meta.xml", &meta).ok()) ReadCoreProperties(meta.document_element(), &doc);
      st = OdfReader(pkg, &doc, &s).Read();
    } else {
      Result<std::vector<std::pair<std::string, Rel>>> rels = ReadRels(pkg, "");
      if (rels.ok()) {
        const Rel* core = FindRelByType(*rels, "core-properties");
        pugi::xml_document cx;
        if (ReadXml(pkg, core ? core->target : "docProps/core.xml", &cx).ok()) {
          ReadCoreProperties(cx.document_element(), &doc);
        }
      }
      if (id->format == Format::kDocx) st = DocxReader(pkg, &doc, &s).Read(id->main);
      if (id->format == Format::kXlsx) st = XlsxReader(pkg, &doc, &s).Read(id->main);
      if (id->format == Format::kPptx) st = PptxReader(pkg, &doc, &s).Read(id->main);
    }
    if (st.code() == StatusCode::kNotFound) {
      return Status::Corrupt("the office document's main part is missing (" + st.message() + ")");
    }
    if (!st.ok()) return st;
    Assemble(s, &doc, options.limits);
    if (doc.title.empty()) doc.title = options.file_name;
    return doc;
  }
};

}  // namespace

namespace {

uint32_t Le(std::string_view b, size_t at, int n) {
  uint32_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

// The type of an office package from its first bytes only (ingest types
// files by their first 64 KB, before the ZIP's central directory): the
// local file headers in order, an ODF `mimetype` entry's stored content, or
// the top folder of an OOXML package's parts. "" when the head does not say.
std::string HeadOfficeType(std::string_view b) {
  bool opc = false;
  size_t at = 0;
  for (int n = 0; n < 1000 && at + 30 <= b.size() && b.substr(at, 4) == std::string_view("PK\x03\x04", 4); ++n) {
    uint32_t flags = Le(b, at + 6, 2), method = Le(b, at + 8, 2), comp = Le(b, at + 18, 4);
    uint32_t name_len = Le(b, at + 26, 2), extra_len = Le(b, at + 28, 2);
    if (at + 30 + name_len > b.size()) break;
    std::string_view name = b.substr(at + 30, name_len);
    size_t data = at + 30 + name_len + extra_len;
    if (name == "mimetype" && method == 0 && data + comp <= b.size()) {
      std::string type(b.substr(data, comp));
      return type.rfind("application/vnd.oasis.opendocument.", 0) == 0 ? type : std::string();
    }
    opc = opc || name == "[Content_Types].xml" || name == "_rels/.rels";
    if (opc && name.substr(0, 5) == "word/") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (opc && name.substr(0, 3) == "xl/") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (opc && name.substr(0, 4) == "ppt/") return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    if (flags & 8) break;  // sizes follow the data: the next header cannot be found
    at = data + comp;
  }
  return {};
}

}  // namespace

std::string DetectOfficeType(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return {};
  Result<std::unique_ptr<Package>> opened = Package::Open(bytes);
  if (!opened.ok()) return HeadOfficeType(bytes);  // only the head of a file, or damaged
  Result<Identified> id = Identify(**opened);
  return id.ok() ? id->media_type : std::string();
}

std::unique_ptr<Extractor> NewOfficeExtractor() { return std::make_unique<OfficeExtractor>(); }

}  // namespace dsar::extractors
