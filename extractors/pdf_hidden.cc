// Hidden-content detection with PoDoFo 0.9.8 (see pdf_hidden.h).
//
// What is found, in this order per page: annotations with text (and
// FileAttachment annotations), then text from walking the page's content
// stream (and the Form XObjects it draws, to a small depth) with a minimal
// graphics/text state: off-page, invisible (render mode 3 or 7), white, and
// text under a dark filled rectangle drawn after it. Then document-level
// embedded files and AcroForm field values.
//
// Limits, on purpose:
//  * Boxes are in points with a top-left origin at the crop box's top-left
//    corner: x = x_pdf - crop.left, y = crop.top - y_pdf. Page /Rotate other
//    than 0 is ignored: on a rotated page the boxes are those of the
//    unrotated page.
//  * Text boxes are approximate: the string's start point, font size high,
//    0.5 em a character wide. Shown strings are decoded with the font's
//    encoding when PoDoFo can load the font, else as printable Latin-1 bytes.
//  * Filled rectangles (`re` + fill) and opaque images (no soft mask, mask or
//    stencil; XObjects only, not inline images) count as covering boxes; text
//    under a non-rectangular path is not reported. Text under the page-sized
//    image of a scan is that scan's OCR layer, not a cover-up.
//  * Invisible text is not reported on a page that draws an image covering at
//    least 80% of the crop box: that is taken to be a normal OCR layer. Pages
//    whose only text is such a layer are listed for the caller to OCR again.
//  * White text is not reported when it lies on a non-white filled rectangle
//    drawn before it (white on a coloured table cell is visible).
//  * An encrypted PDF PoDoFo cannot open (no or wrong password, or an
//    unsupported handler) gives an empty list, not an error.
#include "extractors/pdf_hidden.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string_view>

#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

using namespace PoDoFo;  // NOLINT: confined to this file

constexpr size_t kMaxFindings = 5000;
constexpr size_t kMaxFindingText = 4000;
constexpr int kMaxFormDepth = 6;
constexpr double kWhiteLuminance = 0.95;
constexpr double kDarkLuminance = 0.2;
constexpr double kOcrImageShare = 0.8;

struct Mat {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

// Applies `m` first, then `n` (PDF's row-vector convention: m × n).
Mat Mul(const Mat& m, const Mat& n) {
  return Mat{m.a * n.a + m.b * n.c,       m.a * n.b + m.b * n.d,       m.c * n.a + m.d * n.c,
             m.c * n.b + m.d * n.d,       m.e * n.a + m.f * n.c + n.e, m.e * n.b + m.f * n.d + n.f};
}

void Apply(const Mat& m, double x, double y, double* ox, double* oy) {
  *ox = m.a * x + m.c * y + m.e;
  *oy = m.b * x + m.d * y + m.f;
}

// Bounding box (PDF user space, y up) of the rectangle (x, y, w, h) under m.
Box MapRect(const Mat& m, double x, double y, double w, double h) {
  double xs[4], ys[4];
  Apply(m, x, y, &xs[0], &ys[0]);
  Apply(m, x + w, y, &xs[1], &ys[1]);
  Apply(m, x, y + h, &xs[2], &ys[2]);
  Apply(m, x + w, y + h, &xs[3], &ys[3]);
  return Box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
             *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
}

bool Contains(const Box& b, double x, double y) {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

bool Overlaps(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

double Clamp01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0; }

double Luminance(const std::vector<double>& c) {
  switch (c.size()) {
    case 1:
      return Clamp01(c[0]);
    case 3:
      return 0.299 * Clamp01(c[0]) + 0.587 * Clamp01(c[1]) + 0.114 * Clamp01(c[2]);
    case 4: {
      double k = Clamp01(c[3]);
      double r = (1 - Clamp01(c[0])) * (1 - k), g = (1 - Clamp01(c[1])) * (1 - k),
             b = (1 - Clamp01(c[2])) * (1 - k);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    }
    default:
      return 0;  // unknown colour space (pattern, indexed...): treat as dark, not hidden
  }
}

// A string operand or value, literal "(...)" or hex "<...>": PoDoFo tells
// them apart, and hex strings are what most composite-font text (Word,
// Tesseract, Identity-H) is written with.
bool IsText(const PdfVariant& v) { return v.IsString() || v.IsHexString(); }

std::string Latin1Printable(const char* s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    auto ch = static_cast<unsigned char>(s[i]);
    if (ch >= 0x20 && ch < 0x7f) {
      out.push_back(static_cast<char>(ch));
    } else if (ch >= 0xa0) {
      out.push_back(static_cast<char>(0xc0 | (ch >> 6)));
      out.push_back(static_cast<char>(0x80 | (ch & 0x3f)));
    }
  }
  return out;
}

// A PDF text string (annotation contents, field values, file names).
std::string TextString(const PdfString& s) {
  if (!s.IsValid()) return "";
  try {
    return SanitizeUtf8(s.GetStringUtf8());
  } catch (const PdfError&) {
    return Latin1Printable(s.GetString(), static_cast<size_t>(s.GetLength()));
  }
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

void Cap(std::string* s) {
  if (s->size() > kMaxFindingText) {
    size_t n = kMaxFindingText;
    while (n > 0 && (static_cast<unsigned char>((*s)[n]) & 0xc0) == 0x80) --n;
    s->resize(n);
    *s += "...";
  }
}

struct Ctx {
  PdfMemDocument* doc = nullptr;
  std::vector<HiddenContent>* out = nullptr;
  std::vector<int>* ocr_layer_pages = nullptr;  // may be null
  std::map<PdfReference, int> annot_page;  // annotation (widget) object -> 1-based page

  PdfObject* Resolve(PdfObject* o) const {
    for (int i = 0; o && o->IsReference() && i < 32; ++i) {
      o = doc->GetObjects().GetObject(o->GetReference());
    }
    return (o && o->IsReference()) ? nullptr : o;
  }
  PdfObject* Key(PdfObject* dict, const char* key) const {
    dict = Resolve(dict);
    if (!dict || !dict->IsDictionary()) return nullptr;
    return Resolve(dict->GetDictionary().GetKey(PdfName(key)));
  }
  // Lets go of a page's content stream once it is read: PoDoFo keeps every
  // stream it has loaded until the document closes (the raw bytes of every
  // page's content, most of a text PDF), and reads it again from the input
  // if it is ever asked for. Only a plain content stream is let go: one that
  // is also a resource holder, a font or an XObject (possible in a hostile
  // file) may have objects inside it that the font cache points into.
  template <typename FontCache>
  void Release(PdfObject* stream, const FontCache& fonts) const {
    try {
      if (!stream || !stream->IsDictionary() || fonts.count(stream)) return;
      const PdfDictionary& dict = stream->GetDictionary();
      for (const char* key : {"Resources", "Type", "Subtype", "Font"}) {
        if (dict.HasKey(PdfName(key))) return;
      }
      Free(stream);
    } catch (const PdfError&) {
    }
  }
  // The same for a page object once its page is scanned: the parsed page
  // dictionaries were a kilobyte a page. Only when no font or
  // XObject can lie inside it: its resources are inherited, another object,
  // or a dictionary that names every resource by reference.
  template <typename FontCache>
  void ReleasePage(PdfObject* page, const FontCache& fonts) const {
    try {
      if (!fonts.count(page) && ReleasablePage(page)) Free(page);
    } catch (const PdfError&) {
    }
  }
  static bool ReleasablePage(PdfObject* page) {
    if (!page || !page->IsDictionary()) return false;
    PdfObject* res = page->GetDictionary().GetKey(PdfName("Resources"));
    if (res && !res->IsReference()) {
      if (!res->IsDictionary()) return false;
      for (const auto& [name, value] : res->GetDictionary().GetKeys()) {
        if (!value || value->IsReference()) continue;
        if (value->IsArray()) {  // a /ProcSet: names only
          for (const PdfObject& e : value->GetArray()) {
            if (!e.IsName()) return false;
          }
          continue;
        }
        if (!value->IsDictionary()) return false;
        for (const auto& [key, entry] : value->GetDictionary().GetKeys()) {
          if (!entry || !entry->IsReference()) return false;
        }
      }
    }
    return true;
  }
  // PoDoFo raises for an object it did not parse from the input (a direct
  // object, one from an object stream): such an object is simply kept.
  void Free(PdfObject* o) const {
    try {
      doc->FreeObjectMemory(o, /*bForce=*/true);
    } catch (const PdfError&) {
    }
  }
  void Add(HiddenContent h) {
    if (out->size() >= kMaxFindings) return;
    Cap(&h.text);
    out->push_back(std::move(h));
  }
};

struct PageFrame {
  PdfRect crop;
  Box ToTopLeft(const Box& b) const {
    const double top = crop.GetBottom() + crop.GetHeight();
    return Box{b.x0 - crop.GetLeft(), top - b.y1, b.x1 - crop.GetLeft(), top - b.y0};
  }
  Box Pdf() const {
    return Box{crop.GetLeft(), crop.GetBottom(), crop.GetLeft() + crop.GetWidth(),
               crop.GetBottom() + crop.GetHeight()};
  }
};

bool RectFromArray(Ctx& ctx, PdfObject* o, Box* box) {
  o = ctx.Resolve(o);
  if (!o || !o->IsArray() || o->GetArray().size() != 4) return false;
  double v[4];
  for (int i = 0; i < 4; ++i) {
    PdfObject* e = ctx.Resolve(&o->GetArray()[i]);
    if (!e || (!e->IsNumber() && !e->IsReal())) return false;
    v[i] = e->GetReal();
  }
  *box = Box{std::min(v[0], v[2]), std::min(v[1], v[3]), std::max(v[0], v[2]), std::max(v[1], v[3])};
  return true;
}

std::string FileSpecName(Ctx& ctx, PdfObject* spec, const std::string& fallback) {
  spec = ctx.Resolve(spec);
  if (spec && IsText(*spec)) return TextString(spec->GetString());
  for (const char* key : {"UF", "F", "DOS", "Unix", "Mac"}) {
    PdfObject* v = ctx.Key(spec, key);
    if (v && IsText(*v)) {
      std::string s = TextString(v->GetString());
      if (!s.empty()) return s;
    }
  }
  return fallback.empty() ? "(unnamed attachment)" : fallback;
}

// ---- annotations ----

void FindAnnotations(Ctx& ctx, PdfPage* page, int page_no, const PageFrame& frame) {
  PdfObject* annots = ctx.Key(page->GetObject(), "Annots");
  if (!annots || !annots->IsArray()) return;
  for (PdfObject& item : annots->GetArray()) {
    try {
      if (item.IsReference()) ctx.annot_page[item.GetReference()] = page_no;
      PdfObject* a = ctx.Resolve(&item);
      if (!a || !a->IsDictionary()) continue;
      PdfObject* subtype_obj = ctx.Key(a, "Subtype");
      std::string subtype =
          subtype_obj && subtype_obj->IsName() ? subtype_obj->GetName().GetName() : "Annotation";
      Box rect;
      bool has_rect = RectFromArray(ctx, a->GetDictionary().GetKey(PdfName("Rect")), &rect);
      Box box = has_rect ? frame.ToTopLeft(rect) : Box{};
      std::string file_name;
      if (subtype == "FileAttachment") {
        HiddenContent h;
        h.page = page_no;
        h.kind = "attachment";
        h.text = file_name = FileSpecName(ctx, a->GetDictionary().GetKey(PdfName("FS")), "");
        h.box = box;
        ctx.Add(std::move(h));
      }
      PdfObject* contents = ctx.Key(a, "Contents");
      std::string text = contents && IsText(*contents) ? Trim(TextString(contents->GetString())) : "";
      if (text.empty() || text == file_name) continue;  // the attachment is already reported
      // A popup repeats its parent's contents; the parent is reported.
      if (subtype == "Popup" && a->GetDictionary().HasKey(PdfName("Parent"))) continue;
      HiddenContent h;
      h.page = page_no;
      h.kind = "annotation";
      h.text = subtype + ": " + text;
      h.box = box;
      ctx.Add(std::move(h));
    } catch (const PdfError&) {
      continue;  // one unreadable annotation does not stop the others
    }
  }
}

// ---- attachments (document level) ----

void WalkNameTree(Ctx& ctx, PdfObject* node, int depth, std::set<const PdfObject*>* seen) {
  node = ctx.Resolve(node);
  if (!node || !node->IsDictionary() || depth > 32 || !seen->insert(node).second) return;
  PdfObject* names = ctx.Key(node, "Names");
  if (names && names->IsArray()) {
    PdfArray& arr = names->GetArray();
    for (size_t i = 0; i + 1 < arr.size(); i += 2) {
      PdfObject* key = ctx.Resolve(&arr[i]);
      std::string fallback = key && IsText(*key) ? TextString(key->GetString()) : "";
      HiddenContent h;
      h.page = 0;
      h.kind = "attachment";
      h.text = FileSpecName(ctx, &arr[i + 1], fallback);
      ctx.Add(std::move(h));
    }
  }
  PdfObject* kids = ctx.Key(node, "Kids");
  if (kids && kids->IsArray()) {
    for (PdfObject& kid : kids->GetArray()) WalkNameTree(ctx, &kid, depth + 1, seen);
  }
}

void FindEmbeddedFiles(Ctx& ctx) {
  PdfObject* names = ctx.Key(ctx.doc->GetCatalog(), "Names");
  PdfObject* files = ctx.Key(names, "EmbeddedFiles");
  std::set<const PdfObject*> seen;
  WalkNameTree(ctx, files, 0, &seen);
}

// ---- form fields ----

std::string FieldValue(Ctx& ctx, PdfObject* v) {
  v = ctx.Resolve(v);
  if (!v) return "";
  if (IsText(*v)) return Trim(TextString(v->GetString()));
  if (v->IsName()) {
    std::string n = v->GetName().GetName();
    return n == "Off" ? "" : n;
  }
  if (v->IsArray()) {
    std::string joined;
    for (PdfObject& e : v->GetArray()) {
      std::string s = FieldValue(ctx, &e);
      if (s.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += s;
    }
    return joined;
  }
  return "";
}

struct FieldPages {
  std::map<PdfReference, int> page_of;  // page object reference -> 1-based page
  std::map<int, PageFrame> frames;
};

// Page and rect of the field's first widget (the field itself when merged).
void WidgetOf(Ctx& ctx, PdfObject* field, const FieldPages& pages, int* page_no, Box* box) {
  std::vector<PdfObject*> candidates{field};
  PdfObject* kids = ctx.Key(field, "Kids");
  if (kids && kids->IsArray()) {
    for (PdfObject& k : kids->GetArray()) candidates.push_back(ctx.Resolve(&k));
  }
  for (PdfObject* w : candidates) {
    if (!w || !w->IsDictionary()) continue;
    Box rect;
    if (!RectFromArray(ctx, w->GetDictionary().GetKey(PdfName("Rect")), &rect)) continue;
    PdfObject* p = w->GetDictionary().GetKey(PdfName("P"));
    int n = 0;
    if (p && p->IsReference()) {
      auto it = pages.page_of.find(p->GetReference());
      if (it != pages.page_of.end()) n = it->second;
    }
    if (n == 0 && w->Reference().ObjectNumber() != 0) {  // no /P: find it in a page's /Annots
      auto it = ctx.annot_page.find(w->Reference());
      if (it != ctx.annot_page.end()) n = it->second;
    }
    *page_no = n;
    auto f = pages.frames.find(n);
    *box = f != pages.frames.end() ? f->second.ToTopLeft(rect) : rect;
    return;
  }
}

void WalkFields(Ctx& ctx, PdfObject* field, const std::string& parent, const FieldPages& pages,
                int depth, std::set<const PdfObject*>* seen) {
  field = ctx.Resolve(field);
  if (!field || !field->IsDictionary() || depth > 32 || !seen->insert(field).second) return;
  PdfObject* t = ctx.Key(field, "T");
  std::string name = parent;
  if (t && IsText(*t)) {
    std::string part = TextString(t->GetString());
    name = name.empty() ? part : name + "." + part;
  }
  PdfObject* v = field->GetDictionary().GetKey(PdfName("V"));
  if (v) {
    std::string value = FieldValue(ctx, v);
    if (!value.empty()) {
      HiddenContent h;
      h.kind = "form_field";
      h.text = (name.empty() ? std::string("(unnamed field)") : name) + ": " + value;
      WidgetOf(ctx, field, pages, &h.page, &h.box);
      ctx.Add(std::move(h));
    }
    return;  // kids inherit this value; reported once
  }
  PdfObject* kids = ctx.Key(field, "Kids");
  if (kids && kids->IsArray()) {
    for (PdfObject& k : kids->GetArray()) WalkFields(ctx, &k, name, pages, depth + 1, seen);
  }
}

void FindFormFields(Ctx& ctx, const FieldPages& pages) {
  PdfObject* form = ctx.Key(ctx.doc->GetCatalog(), "AcroForm");
  PdfObject* fields = ctx.Key(form, "Fields");
  if (!fields || !fields->IsArray()) return;
  std::set<const PdfObject*> seen;
  for (PdfObject& f : fields->GetArray()) {
    try {
      WalkFields(ctx, &f, "", pages, 0, &seen);
    } catch (const PdfError&) {
      continue;
    }
  }
}

// ---- content stream lexer ----

// Tokens of a content stream, as PoDoFo's PdfContentsTokenizer gives them
// (same ReadNext contract: operands as PdfVariants, operators as keywords,
// inline image data as one ImageData token after ID), read straight from the
// decoded bytes. PoDoFo's tokenizer reads through a std::istream a character
// at a time and was more than half the time of this whole check. Strings
// are made as PoDoFo makes them (literal: the unescaped bytes; hex: the hex
// digits through PdfString::SetHexData), names through PdfName::FromEscaped.
// Dictionaries (marked-content properties, inline image parameters) are
// read past and given as empty: nothing here looks inside them.
class ContentLexer {
 public:
  explicit ContentLexer(std::string_view data) : data_(data) {}

  bool ReadNext(EPdfContentsType& type, const char*& keyword, PdfVariant& var) {
    if (image_data_) {
      image_data_ = false;
      ReadInlineImage();
      type = ePdfContentsType_ImageData;
      var = PdfVariant();
      return true;
    }
    while (true) {
      SkipSpace();
      if (pos_ >= data_.size()) return false;
      const char c = data_[pos_];
      if (c == ')' || c == ']' || c == '}' || c == '{' ||
          (c == '>' && !(pos_ + 1 < data_.size() && data_[pos_ + 1] == '>'))) {
        ++pos_;  // stray delimiter: skipped
        continue;
      }
      if (c == '>') {  // stray ">>"
        pos_ += 2;
        continue;
      }
      break;
    }
    const char c = data_[pos_];
    if (c == '(' || c == '<' || c == '[' || c == '/' || !IsRegular(c) || IsNumberStart(c)) {
      if (ReadObject(var, 0)) {
        type = ePdfContentsType_Variant;
        return true;
      }
    }
    // A keyword (operator), or true/false/null.
    const size_t start = pos_;
    while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
    if (pos_ == start) ++pos_;  // cannot happen (every delimiter is read above); never loop
    word_.assign(data_.data() + start, pos_ - start);
    if (word_ == "true" || word_ == "false") {
      var = PdfVariant(word_ == "true");
      type = ePdfContentsType_Variant;
      return true;
    }
    if (word_ == "null") {
      var = PdfVariant();
      type = ePdfContentsType_Variant;
      return true;
    }
    type = ePdfContentsType_Keyword;
    keyword = word_.c_str();
    if (word_ == "ID") image_data_ = true;
    return true;
  }

 private:
  static bool IsSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
  }
  static bool IsDelimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
  }
  static bool IsRegular(char c) { return !IsSpace(c) && !IsDelimiter(c); }
  static bool IsNumberStart(char c) { return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'; }

  void SkipSpace() {
    while (pos_ < data_.size()) {
      const char c = data_[pos_];
      if (IsSpace(c)) {
        ++pos_;
      } else if (c == '%') {
        while (pos_ < data_.size() && data_[pos_] != '\n' && data_[pos_] != '\r') ++pos_;
      } else {
        break;
      }
    }
  }

  // Reads one operand at pos_ into `var`. False (pos_ unchanged) when what
  // is there is a keyword rather than an operand.
  bool ReadObject(PdfVariant& var, int depth) {
    const char c = data_[pos_];
    if (c == '(') {
      ++pos_;
      ReadLiteral(var);
      return true;
    }
    if (c == '<' && pos_ + 1 < data_.size() && data_[pos_ + 1] == '<') {
      pos_ += 2;
      SkipDictionary(depth);
      var = PdfVariant(PdfDictionary());
      return true;
    }
    if (c == '<') {
      ++pos_;
      ReadHex(var);
      return true;
    }
    if (c == '[') {
      ++pos_;
      PdfArray arr;
      PdfVariant item;
      while (true) {
        SkipSpace();
        if (pos_ >= data_.size()) break;
        const char d = data_[pos_];
        if (d == ']') {
          ++pos_;
          break;
        }
        if (depth < 32 && ReadObject(item, depth + 1)) {
          arr.push_back(PdfObject(item));
        } else if (IsRegular(d)) {
          // A keyword inside an array: true/false/null are values, anything
          // else is skipped.
          const size_t start = pos_;
          while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
          std::string_view w = data_.substr(start, pos_ - start);
          if (w == "true" || w == "false") arr.push_back(PdfObject(PdfVariant(w == "true")));
          if (w == "null") arr.push_back(PdfObject(PdfVariant()));
        } else {
          ++pos_;  // stray delimiter
        }
      }
      var = PdfVariant(arr);
      return true;
    }
    if (c == '/') {
      ++pos_;
      const size_t start = pos_;
      while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
      var = PdfVariant(PdfName::FromEscaped(std::string(data_.substr(start, pos_ - start))));
      return true;
    }
    if (IsNumberStart(c)) {
      size_t end = pos_;
      while (end < data_.size() && IsRegular(data_[end])) ++end;
      // The usual forms (an integer, or digits with one point) without
      // strtod/strtoll: the same values, a fifth of the walk's instructions.
      if (pdf_int64 iv = 0; ParseInteger(data_.substr(pos_, end - pos_), &iv)) {
        pos_ = end;
        var = PdfVariant(iv);
        return true;
      }
      if (double dv = 0; ParseDecimal(data_.substr(pos_, end - pos_), &dv)) {
        pos_ = end;
        var = PdfVariant(dv);
        return true;
      }
      const std::string tok(data_.substr(pos_, end - pos_));
      char* stop = nullptr;
      const double v = std::strtod(tok.c_str(), &stop);
      if (stop == tok.c_str() || *stop != '\0' || tok.find_first_of("eExXnNiI") != std::string::npos) {
        return false;  // not a number: a keyword
      }
      pos_ = end;
      if (tok.find('.') != std::string::npos) {
        var = PdfVariant(v);
      } else {
        var = PdfVariant(static_cast<pdf_int64>(std::strtoll(tok.c_str(), nullptr, 10)));
      }
      return true;
    }
    return false;
  }

  // [+-]digits, at most 18 of them (no overflow): what strtoll reads.
  static bool ParseInteger(std::string_view t, pdf_int64* out) {
    const bool negative = !t.empty() && t[0] == '-';
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    if (t.empty() || t.size() > 18) return false;
    pdf_int64 v = 0;
    for (char ch : t) {
      if (ch < '0' || ch > '9') return false;
      v = v * 10 + (ch - '0');
    }
    *out = negative ? -v : v;
    return true;
  }

  // [+-]digits.digits with at least one digit: from_chars rounds as strtod
  // does (correctly); anything else is left to strtod.
  static bool ParseDecimal(std::string_view t, double* out) {
    if (!t.empty() && t[0] == '+') t.remove_prefix(1);
    size_t digits = 0, points = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      const char ch = t[i];
      if (ch >= '0' && ch <= '9') {
        ++digits;
      } else if (ch == '.') {
        ++points;
      } else if (!(ch == '-' && i == 0)) {
        return false;
      }
    }
    if (digits == 0 || points != 1) return false;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), *out);
    return ec == std::errc() && ptr == t.data() + t.size();
  }

  void SkipDictionary(int depth) {
    PdfVariant ignored;
    while (true) {
      SkipSpace();
      if (pos_ >= data_.size()) return;
      if (data_[pos_] == '>' && pos_ + 1 < data_.size() && data_[pos_ + 1] == '>') {
        pos_ += 2;
        return;
      }
      if (depth < 32 && ReadObject(ignored, depth + 1)) continue;
      if (IsRegular(data_[pos_])) {
        while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
      } else {
        ++pos_;
      }
    }
  }

  void ReadLiteral(PdfVariant& var) {
    buf_.clear();
    int nesting = 1;
    while (pos_ < data_.size()) {
      char c = data_[pos_++];
      if (c == '\\') {
        if (pos_ >= data_.size()) break;
        c = data_[pos_++];
        switch (c) {
          case 'n': buf_.push_back('\n'); break;
          case 'r': buf_.push_back('\r'); break;
          case 't': buf_.push_back('\t'); break;
          case 'b': buf_.push_back('\b'); break;
          case 'f': buf_.push_back('\f'); break;
          case '\r':  // line continuation
            if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
            break;
          case '\n':
            break;
          default:
            if (c >= '0' && c <= '7') {
              int v = c - '0';
              for (int k = 0; k < 2 && pos_ < data_.size() && data_[pos_] >= '0' && data_[pos_] <= '7'; ++k) {
                v = v * 8 + (data_[pos_++] - '0');
              }
              buf_.push_back(static_cast<char>(v & 0xff));
            } else {
              buf_.push_back(c);  // \( \) \\ and unknown escapes: the character
            }
        }
        continue;
      }
      if (c == '(') {
        ++nesting;
      } else if (c == ')' && --nesting == 0) {
        break;
      }
      buf_.push_back(c);
    }
    var = PdfVariant(PdfString(buf_.empty() ? "" : buf_.data(), static_cast<pdf_long>(buf_.size())));
  }

  void ReadHex(PdfVariant& var) {
    buf_.clear();
    while (pos_ < data_.size()) {
      const char c = data_[pos_++];
      if (c == '>') break;
      if (std::isxdigit(static_cast<unsigned char>(c))) buf_.push_back(c);
    }
    if (buf_.size() % 2) buf_.push_back('0');
    PdfString s;
    s.SetHexData(buf_.empty() ? "" : buf_.data(), static_cast<pdf_long>(buf_.size()));
    var = PdfVariant(s);
  }

  // After ID: one white-space byte, then the data up to an "EI" followed
  // by white space (or the end), which is left to be read as the keyword.
  void ReadInlineImage() {
    if (pos_ < data_.size() && IsSpace(data_[pos_])) ++pos_;
    while (pos_ + 1 < data_.size()) {
      if (data_[pos_] == 'E' && data_[pos_ + 1] == 'I' &&
          (pos_ + 2 >= data_.size() || IsSpace(data_[pos_ + 2]))) {
        return;
      }
      ++pos_;
    }
    pos_ = data_.size();
  }

  std::string_view data_;
  size_t pos_ = 0;
  bool image_data_ = false;
  std::string word_;
  std::vector<char> buf_;
};

// ---- content streams ----

struct TextRun {
  Box box;          // PDF user space, y up
  double x = 0, y = 0;  // start point (baseline)
  double size = 0;  // font size in user space
  std::string text;
  bool invisible = false;
  bool white = false;
  long seq = 0;     // order of drawing on the page
};

struct FilledRect {
  Box box;
  double luminance = 0;
  long seq = 0;
  bool image = false;  // an opaque image, not a filled path
};

struct GState {
  Mat ctm;
  std::vector<double> fill{0};
  int render_mode = 0;
  double font_size = 0;
  double leading = 0;
  double hscale = 1;
  double rise = 0;
  PdfObject* font = nullptr;  // font dictionary
};

struct PageScan {
  std::vector<TextRun> runs;
  std::vector<FilledRect> rects;
  double max_image_area = 0;  // largest image's bbox area, PDF units
  long max_image_seq = 0;     // when it was drawn
  long seq = 0;
  long ops = 0;
};

constexpr long kMaxOpsPerPage = 5'000'000;

class ContentWalker {
 public:
  ContentWalker(Ctx& ctx, PageScan* scan, std::map<PdfObject*, PdfFont*>* fonts)
      : ctx_(ctx), scan_(scan), fonts_(fonts) {}

  void Walk(ContentLexer& tok, PdfObject* resources, const Mat& base, int depth) {
    GState gs;
    gs.ctm = base;
    std::vector<GState> stack;
    std::vector<PdfVariant> operands;
    std::vector<Box> path_rects;
    Mat tm, tlm;
    EPdfContentsType type;
    const char* keyword = nullptr;
    PdfVariant var;
    while (tok.ReadNext(type, keyword, var)) {
      if (++scan_->ops > kMaxOpsPerPage) return;
      if (type == ePdfContentsType_Variant) {
        if (operands.size() < 64) operands.push_back(var);
        continue;
      }
      if (type == ePdfContentsType_ImageData) {
        operands.clear();
        continue;
      }
      const std::string_view op = keyword ? keyword : "";
      auto num = [&](size_t i) -> double {
        // i-th operand from the end-aligned list of n expected operands
        if (i >= operands.size()) return 0;
        const PdfVariant& v = operands[i];
        return (v.IsReal() || v.IsNumber()) ? v.GetReal() : 0;
      };
      auto last_n = [&](size_t n) {
        if (operands.size() > n) operands.erase(operands.begin(), operands.end() - n);
        return operands.size() == n;
      };
      if (op == "q") {
        if (stack.size() < 256) stack.push_back(gs);
      } else if (op == "Q") {
        if (!stack.empty()) {
          gs = stack.back();
          stack.pop_back();
        }
      } else if (op == "cm") {
        if (last_n(6)) gs.ctm = Mul(Mat{num(0), num(1), num(2), num(3), num(4), num(5)}, gs.ctm);
      } else if (op == "BT") {
        tm = tlm = Mat{};
      } else if (op == "Tm") {
        if (last_n(6)) tm = tlm = Mat{num(0), num(1), num(2), num(3), num(4), num(5)};
      } else if (op == "Td" || op == "TD") {
        if (last_n(2)) {
          if (op == "TD") gs.leading = -num(1);
          tlm = Mul(Mat{1, 0, 0, 1, num(0), num(1)}, tlm);
          tm = tlm;
        }
      } else if (op == "T*") {
        tlm = Mul(Mat{1, 0, 0, 1, 0, -gs.leading}, tlm);
        tm = tlm;
      } else if (op == "TL") {
        if (last_n(1)) gs.leading = num(0);
      } else if (op == "Tz") {
        if (last_n(1)) gs.hscale = num(0) / 100;
      } else if (op == "Ts") {
        if (last_n(1)) gs.rise = num(0);
      } else if (op == "Tf") {
        if (last_n(2)) {
          gs.font_size = num(1);
          gs.font = operands[0].IsName() ? ctx_.Key(ctx_.Key(resources, "Font"),
                                                    operands[0].GetName().GetName().c_str())
                                         : nullptr;
        }
      } else if (op == "Tr") {
        if (last_n(1)) gs.render_mode = static_cast<int>(num(0));
      } else if (op == "g") {
        if (last_n(1)) gs.fill = {num(0)};
      } else if (op == "rg") {
        if (last_n(3)) gs.fill = {num(0), num(1), num(2)};
      } else if (op == "k") {
        if (last_n(4)) gs.fill = {num(0), num(1), num(2), num(3)};
      } else if (op == "sc" || op == "scn") {
        std::vector<double> c;
        for (const PdfVariant& v : operands) {
          if (v.IsReal() || v.IsNumber()) c.push_back(v.GetReal());
        }
        gs.fill = (c.size() == 1 || c.size() == 3 || c.size() == 4) ? c : std::vector<double>{0};
      } else if (op == "cs") {
        gs.fill = {0};  // initial colour of every device space is black
      } else if (op == "Tj" || op == "'" || op == "\"") {
        if (op != "Tj") {
          tlm = Mul(Mat{1, 0, 0, 1, 0, -gs.leading}, tlm);
          tm = tlm;
        }
        if (!operands.empty() && IsText(operands.back())) {
          Show(gs, &tm, std::span<const PdfVariant>(&operands.back(), 1));
        }
      } else if (op == "TJ") {
        if (!operands.empty() && operands.back().IsArray()) {
          Show(gs, &tm, operands.back().GetArray());
        }
      } else if (op == "re") {
        if (last_n(4)) path_rects.push_back(MapRect(gs.ctm, num(0), num(1), num(2), num(3)));
      } else if (op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" ||
                 op == "b*") {
        for (const Box& b : path_rects) {
          scan_->rects.push_back(FilledRect{b, Luminance(gs.fill), ++scan_->seq});
        }
        path_rects.clear();
      } else if (op == "n" || op == "S" || op == "s") {
        path_rects.clear();
      } else if (op == "EI") {
        // Inline image: unit square under the CTM. Its dictionary is not
        // parsed here, so it is not taken to cover anything.
        NoteImage(gs.ctm, /*opaque=*/false);
      } else if (op == "Do") {
        if (!operands.empty() && operands.back().IsName()) {
          PdfObject* xobj = ctx_.Key(ctx_.Key(resources, "XObject"),
                                     operands.back().GetName().GetName().c_str());
          DrawXObject(xobj, resources, gs.ctm, depth);
        }
      }
      operands.clear();
    }
  }

 private:
  // An image drawn at the unit square under `ctm`. An opaque one (no soft
  // mask, colour-key mask or stencil) covers whatever was drawn under it,
  // like a filled box.
  void NoteImage(const Mat& ctm, bool opaque) {
    Box b = MapRect(ctm, 0, 0, 1, 1);
    const double area = b.width() * b.height();
    ++scan_->seq;
    if (area > scan_->max_image_area) {
      scan_->max_image_area = area;
      scan_->max_image_seq = scan_->seq;
    }
    if (opaque) scan_->rects.push_back(FilledRect{b, 0.0, scan_->seq, /*image=*/true});
  }

  bool IsOpaqueImage(PdfObject* xobj) {
    PdfObject* stencil = ctx_.Key(xobj, "ImageMask");
    if (stencil && stencil->IsBool() && stencil->GetBool()) return false;
    return !ctx_.Key(xobj, "SMask") && !ctx_.Key(xobj, "Mask") && !ctx_.Key(xobj, "SMaskInData");
  }

  void DrawXObject(PdfObject* xobj, PdfObject* resources, const Mat& ctm, int depth) {
    if (!xobj || !xobj->IsDictionary()) return;
    PdfObject* subtype = ctx_.Key(xobj, "Subtype");
    if (!subtype || !subtype->IsName()) return;
    const std::string st = subtype->GetName().GetName();
    if (st == "Image") {
      NoteImage(ctm, IsOpaqueImage(xobj));
      return;
    }
    if (st != "Form" || depth >= kMaxFormDepth || !xobj->HasStream()) return;
    Mat m;
    PdfObject* matrix = ctx_.Key(xobj, "Matrix");
    if (matrix && matrix->IsArray() && matrix->GetArray().size() == 6) {
      double v[6];
      for (int i = 0; i < 6; ++i) {
        PdfObject* e = ctx_.Resolve(&matrix->GetArray()[i]);
        v[i] = e && (e->IsNumber() || e->IsReal()) ? e->GetReal() : 0;
      }
      m = Mat{v[0], v[1], v[2], v[3], v[4], v[5]};
    }
    PdfObject* own = ctx_.Key(xobj, "Resources");
    char* buf = nullptr;
    pdf_long len = 0;
    try {
      xobj->GetStream()->GetFilteredCopy(&buf, &len);
      std::unique_ptr<char, void (*)(void*)> hold(buf, &podofo_free);
      ContentLexer tok(std::string_view(buf, static_cast<size_t>(len)));
      Walk(tok, own ? own : resources, Mul(m, ctm), depth + 1);
    } catch (const PdfError&) {
      // an unreadable form is skipped; the rest of the page continues
    }
  }

  PdfFont* FontFor(PdfObject* font_dict) {
    if (!font_dict) return nullptr;
    auto it = fonts_->find(font_dict);
    if (it != fonts_->end()) return it->second;
    PdfFont* font = nullptr;
    try {
      font = ctx_.doc->GetFont(font_dict);
    } catch (const PdfError&) {
      font = nullptr;
    }
    (*fonts_)[font_dict] = font;
    return font;
  }

  std::string Decode(const GState& gs, const PdfString& s) {
    if (PdfFont* font = FontFor(gs.font)) {
      try {
        const PdfEncoding* enc = font->GetEncoding();
        if (enc) {
          PdfString u = enc->ConvertToUnicode(s, font);
          std::string text = SanitizeUtf8(u.GetStringUtf8());
          if (!text.empty()) return text;
        }
      } catch (const PdfError&) {
      }
    }
    return Latin1Printable(s.GetString(), static_cast<size_t>(s.GetLength()));
  }

  // `parts`: the strings and numbers of a Tj (one string) or TJ (an array).
  template <typename Parts>
  void Show(const GState& gs, Mat* tm, const Parts& parts) {
    const double fs = gs.font_size;
    const Mat trm0 = Mul(Mat{1, 0, 0, 1, 0, gs.rise}, Mul(*tm, gs.ctm));
    double x0, y0;
    Apply(trm0, 0, 0, &x0, &y0);
    std::string text;
    double advance = 0;  // text space units
    size_t chars = 0;
    for (const PdfVariant& p : parts) {
      if (IsText(p)) {
        const PdfString& s = p.GetString();
        std::string piece = Decode(gs, s);
        text += piece;
        // Two-byte codes for composite fonts: count glyphs from the decoded text.
        size_t n = 0;
        for (unsigned char ch : piece) n += (ch & 0xc0) != 0x80;
        chars += n;
        advance += n * 0.5 * fs * gs.hscale;
      } else if (p.IsReal() || p.IsNumber()) {
        double adj = p.GetReal();
        advance -= adj / 1000 * fs * gs.hscale;
        if (adj < -200 && !text.empty() && text.back() != ' ') text.push_back(' ');
      }
    }
    *tm = Mul(Mat{1, 0, 0, 1, advance, 0}, *tm);
    if (chars == 0 || Trim(text).empty()) return;
    // Box: advance wide, font size high (from the descender line).
    Mat trm = trm0;
    Box box = MapRect(trm, 0, -0.2 * fs, std::max(advance, 0.1 * fs), fs);
    TextRun r;
    r.box = box;
    r.x = x0;
    r.y = y0;
    r.size = std::max(box.height(), 0.01);
    r.text = std::move(text);
    r.invisible = gs.render_mode == 3 || gs.render_mode == 7;
    const bool fills = gs.render_mode == 0 || gs.render_mode == 2 || gs.render_mode == 4 ||
                       gs.render_mode == 6;
    r.white = fills && Luminance(gs.fill) >= kWhiteLuminance;
    r.seq = ++scan_->seq;
    scan_->runs.push_back(std::move(r));
  }

  Ctx& ctx_;
  PageScan* scan_;
  std::map<PdfObject*, PdfFont*>* fonts_;
};

// Joins consecutive runs of one kind on one line into findings.
void EmitGrouped(Ctx& ctx, int page_no, const std::string& kind,
                 const std::vector<const TextRun*>& runs) {
  HiddenContent cur;
  const TextRun* prev = nullptr;
  auto flush = [&] {
    if (prev) {
      cur.text = Trim(cur.text);
      if (!cur.text.empty()) ctx.Add(cur);
    }
    cur = HiddenContent{};
    prev = nullptr;
  };
  for (const TextRun* r : runs) {
    bool same_line = prev && std::fabs(r->y - prev->y) < 0.5 * std::max(r->size, prev->size) &&
                     r->seq == prev->seq + 1;
    if (!same_line) {
      flush();
      cur.page = page_no;
      cur.kind = kind;
      cur.box = r->box;
      cur.text = r->text;
    } else {
      if (r->box.x0 > prev->box.x1 + 0.15 * r->size && cur.text.back() != ' ' &&
          r->text.front() != ' ') {
        cur.text.push_back(' ');
      }
      cur.text += r->text;
      cur.box = Box{std::min(cur.box.x0, r->box.x0), std::min(cur.box.y0, r->box.y0),
                    std::max(cur.box.x1, r->box.x1), std::max(cur.box.y1, r->box.y1)};
    }
    prev = r;
  }
  flush();
}

void ScanPage(Ctx& ctx, PdfPage* page, int page_no, const PageFrame& frame,
              std::map<PdfObject*, PdfFont*>* fonts) {
  PageScan scan;
  {
    // The page's content streams, decoded and joined (a token does not
    // run from one stream into the next).
    std::string content;
    PdfObject* contents = ctx.Resolve(page->GetObject()->GetDictionary().GetKey(PdfName("Contents")));
    if (!contents) return;
    std::vector<PdfObject*> streams;
    if (contents->IsArray()) {
      for (PdfObject& item : contents->GetArray()) streams.push_back(ctx.Resolve(&item));
    } else if (contents->HasStream()) {
      streams.push_back(contents);
    } else {
      return;
    }
    for (PdfObject* stream : streams) {
      if (!stream || !stream->HasStream()) continue;
      char* buf = nullptr;
      pdf_long len = 0;
      stream->GetStream()->GetFilteredCopy(&buf, &len);
      std::unique_ptr<char, void (*)(void*)> hold(buf, &podofo_free);
      content.append(buf, static_cast<size_t>(len));
      content.push_back('\n');
      ctx.Release(stream, *fonts);
    }
    ContentLexer tok(content);
    ContentWalker walker(ctx, &scan, fonts);
    walker.Walk(tok, ctx.Resolve(page->GetResources()), Mat{}, 0);
  }
  const Box page_box = frame.Pdf();
  const double page_area = page_box.width() * page_box.height();
  const bool ocr_layer = page_area > 0 && scan.max_image_area >= kOcrImageShare * page_area;

  // A scanned page's OCR layer: invisible text, or text drawn before the
  // page-sized image and so under it ("image over text" searchable PDFs).
  auto in_layer = [&](const TextRun& r) { return r.invisible || (ocr_layer && r.seq < scan.max_image_seq); };
  if (ocr_layer && ctx.ocr_layer_pages && !scan.runs.empty() &&
      std::all_of(scan.runs.begin(), scan.runs.end(), in_layer)) {
    ctx.ocr_layer_pages->push_back(page_no);
  }
  std::vector<const TextRun*> off_page, invisible, white;
  for (const TextRun& r : scan.runs) {
    if (!Overlaps(r.box, page_box)) {
      off_page.push_back(&r);
    } else if (r.invisible) {
      if (!ocr_layer) invisible.push_back(&r);
    } else if (r.white) {
      // White on a non-white rectangle drawn before it is visible.
      const double cx = (r.box.x0 + r.box.x1) / 2, cy = r.y + 0.3 * r.size;
      bool on_colour = std::any_of(scan.rects.begin(), scan.rects.end(), [&](const FilledRect& f) {
        return f.seq < r.seq && f.luminance < kWhiteLuminance && Contains(f.box, cx, cy);
      });
      if (!on_colour) white.push_back(&r);
    }
  }
  const size_t first = ctx.out->size();
  EmitGrouped(ctx, page_no, "off_page_text", off_page);
  EmitGrouped(ctx, page_no, "invisible_text", invisible);
  EmitGrouped(ctx, page_no, "white_text", white);
  for (size_t i = first; i < ctx.out->size(); ++i) (*ctx.out)[i].box = frame.ToTopLeft((*ctx.out)[i].box);

  // Text under a dark box, or an opaque image, drawn after it. The page-sized
  // image of a scan over its own OCR text is not a cover-up.
  for (const FilledRect& f : scan.rects) {
    if (f.luminance >= kDarkLuminance) continue;
    if (f.image && ocr_layer && f.seq == scan.max_image_seq) continue;
    std::string covered;
    for (const TextRun& r : scan.runs) {
      if (r.seq > f.seq || r.invisible) continue;
      const double first_x = r.x + 0.25 * std::min(r.size, r.box.width());
      const double cx = (r.box.x0 + r.box.x1) / 2, cy = r.y + 0.3 * r.size;
      if (!Contains(f.box, first_x, cy) && !Contains(f.box, cx, cy)) continue;
      if (!covered.empty()) covered.push_back(' ');
      covered += Trim(r.text);
    }
    if (covered.empty()) continue;
    HiddenContent h;
    h.page = page_no;
    h.kind = "text_under_box";
    h.text = covered;
    h.box = frame.ToTopLeft(f.box);
    ctx.Add(std::move(h));
  }
}

// The page objects in order, each with its /Pages ancestors (root first),
// by one walk of the page tree. PoDoFo's GetPage(i) searches the tree from
// the root for every page, reading each kid's /Type on the way: quadratic in
// the pages of a flat tree, and it kept every page it made until the document
// closed. Kids whose /Type is neither /Page nor /Pages are skipped, as
// PoDoFo does.
// (A vector, not PdfPage's deque: an empty deque takes half a kilobyte, a
// page.) Each page object is let go once the page is scanned
// (Ctx::ReleasePage), and here too, once its type is read, past the first
// kPagesKeptParsed pages: all of a long document's page dictionaries would
// otherwise be held at once, while parsing every page's twice cost 2% of a
// text PDF's instructions, which documents of a few hundred pages are spared.
constexpr size_t kPagesKeptParsed = 256;

struct PageNode {
  PdfObject* page;
  std::vector<PdfObject*> parents;
};

void CollectPages(Ctx& ctx, PdfObject* node, std::vector<PdfObject*>* parents, int depth,
                  std::set<const PdfObject*>* seen, std::vector<PageNode>* out) {
  if (!node || !node->IsDictionary() || depth > 64 || !seen->insert(node).second) return;
  PdfObject* type = node->GetDictionary().GetKey(PdfName::KeyType);
  type = ctx.Resolve(type);
  const std::string t = type && type->IsName() ? type->GetName().GetName() : "";
  if (t == "Page" && depth > 0) {
    out->push_back(PageNode{node, *parents});
    if (out->size() > kPagesKeptParsed) ctx.ReleasePage(node, std::map<PdfObject*, PdfFont*>{});  // no font read yet
    return;
  }
  if (t != "Pages" && depth > 0) return;
  PdfObject* kids = ctx.Key(node, "Kids");
  if (!kids || !kids->IsArray()) return;
  parents->push_back(node);
  for (PdfObject& kid : kids->GetArray()) {
    CollectPages(ctx, ctx.Resolve(&kid), parents, depth + 1, seen, out);
  }
  parents->pop_back();
}

// Whether `file` contains `needle`, read a block at a time.
bool FileContains(const std::filesystem::path& file, std::string_view needle) {
  std::ifstream in(file, std::ios::binary);
  std::string buf;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    buf.append(block, static_cast<size_t>(in.gcount()));
    if (buf.find(needle) != std::string::npos) return true;
    buf.erase(0, buf.size() - std::min(buf.size(), needle.size() - 1));  // a match across blocks
  }
  return false;
}

}  // namespace

Result<std::vector<HiddenContent>> FindHiddenContent(std::string_view pdf, const std::string& password,
                                                     std::vector<int>* ocr_layer_pages) {
  PdfSource source;
  source.bytes = pdf;
  return FindHiddenContent(source, password, ocr_layer_pages);
}

Result<std::vector<HiddenContent>> FindHiddenContent(const PdfSource& pdf, const std::string& password,
                                                     std::vector<int>* ocr_layer_pages) {
  const bool from_file = !pdf.file.empty();
  if (from_file) {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(pdf.file, ec);
    if (ec) return Status::IoError("cannot read " + pdf.file.string() + ": " + ec.message());
    if (size > static_cast<uintmax_t>(INT32_MAX)) return Status::ResourceLimit("PDF is larger than 2 GB");
  } else if (pdf.bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::ResourceLimit("PDF is larger than 2 GB");
  }
  static const bool quiet = [] {
    PdfError::EnableDebug(false);  // PoDoFo prints trailers etc. otherwise
    return true;
  }();
  (void)quiet;
  std::vector<HiddenContent> found;
  std::ifstream file;  // outlives `doc`, which reads it as it needs
  if (from_file) file.open(pdf.file, std::ios::binary);
  try {
    PdfMemDocument doc;
    try {
      if (from_file) {
        // Through a buffered stream: PoDoFo's own file device asks the C
        // library for the position and seeks back for every byte it peeks
        // at, which cost a twentieth of a text PDF's instructions. A stream
        // is also what it reads bytes from (a string stream of its copy).
        if (!file) return Status::IoError("cannot open " + pdf.file.string());
        doc.LoadFromDevice(PdfRefCountedInputDevice(new PdfInputDevice(&file)), false);
      } else {
        doc.LoadFromBuffer(pdf.bytes.data(), static_cast<long>(pdf.bytes.size()), false);
      }
    } catch (const PdfError& e) {
      // An encrypted file PoDoFo cannot read (any error, e.g. an unsupported
      // handler): nothing to report; poppler has the text.
      if (e.GetError() != ePdfError_InvalidPassword) {
        const bool encrypted = from_file ? FileContains(pdf.file, "/Encrypt")
                                         : pdf.bytes.find("/Encrypt") != std::string_view::npos;
        if (encrypted) return found;
        throw;
      }
      if (password.empty()) return found;  // encrypted: poppler has the text
      try {
        doc.SetPassword(password);
      } catch (const PdfError&) {
        return found;
      }
    }
    Ctx ctx;
    ctx.doc = &doc;
    ctx.out = &found;
    ctx.ocr_layer_pages = ocr_layer_pages;
    FieldPages pages;
    std::map<PdfObject*, PdfFont*> fonts;
    std::vector<PageNode> nodes;
    {
      std::vector<PdfObject*> parents;
      std::set<const PdfObject*> seen;
      CollectPages(ctx, ctx.Key(doc.GetCatalog(), "Pages"), &parents, 0, &seen, &nodes);
    }
    const int n = static_cast<int>(nodes.size());
    for (int i = 0; i < n; ++i) {
      std::unique_ptr<PdfPage> owned;
      try {
        const std::deque<PdfObject*> parents(nodes[i].parents.begin(), nodes[i].parents.end());
        owned = std::make_unique<PdfPage>(nodes[i].page, parents);
      } catch (const PdfError&) {
        continue;
      }
      PdfPage* page = owned.get();
      PageFrame frame;
      try {
        frame.crop = page->GetCropBox();
        if (!(frame.crop.GetWidth() > 0) || !(frame.crop.GetHeight() > 0)) frame.crop = page->GetMediaBox();
        pages.page_of[page->GetObject()->Reference()] = i + 1;
        pages.frames[i + 1] = frame;
      } catch (const PdfError&) {
        continue;
      }
      try {
        FindAnnotations(ctx, page, i + 1, frame);
      } catch (const PdfError&) {
      }
      try {
        ScanPage(ctx, page, i + 1, frame, &fonts);
      } catch (const PdfError&) {
        // a page whose content cannot be read reports nothing (see header)
      }
      owned.reset();
      ctx.ReleasePage(nodes[i].page, fonts);
    }
    try {
      FindEmbeddedFiles(ctx);
    } catch (const PdfError&) {
    }
    try {
      FindFormFields(ctx, pages);
    } catch (const PdfError&) {
    }
  } catch (const PdfError& e) {
    const char* name = PdfError::ErrorName(e.GetError());
    return Status::Corrupt(std::string("PDF could not be parsed for hidden content: ") +
                           (name ? name : "PoDoFo error"));
  } catch (const std::bad_alloc&) {
    return Status::ResourceLimit("out of memory checking the PDF for hidden content");
  } catch (const std::exception& e) {
    return Status::Corrupt(std::string("PDF could not be checked for hidden content: ") + e.what());
  }
  return found;
}

}  // namespace dsar::extractors
