#include "redaction/page_copier.h"

#include <memory>
#include <string>
#include <vector>

namespace dsar::redaction::internal {
namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using PoDoFo::PdfVariant;

// Page attributes worth keeping; everything else on a page is dropped.
const char* const kPageKeys[] = {"MediaBox", "CropBox",   "BleedBox", "TrimBox", "ArtBox",
                                 "Rotate",   "Resources", "Contents", "Group",   "UserUnit"};
// Attributes a page may inherit from its ancestors in the page tree.
const char* const kInheritedKeys[] = {"Resources", "MediaBox", "CropBox", "Rotate"};

// Keys dropped from every copied dictionary: back-links out of the page,
// metadata, and behaviour.
bool IsDroppedKey(const PdfName& key, const PdfObject& value) {
  static const std::set<PdfName> kDropped = {
      PdfName("Parent"),     PdfName("Annots"),        PdfName("Thumb"),
      PdfName("B"),          PdfName("Metadata"),      PdfName("PieceInfo"),
      PdfName("StructParent"), PdfName("StructParents"), PdfName("AA"),
      PdfName("A"),          PdfName("OpenAction"),    PdfName("JS"),
      PdfName("JavaScript"), PdfName("Names"),         PdfName("AcroForm"),
      PdfName("Dests"),      PdfName("Outlines"),      PdfName("EF"),
      PdfName("EmbeddedFiles"), PdfName("URI"),        PdfName("Threads"),
      PdfName("SpiderInfo"), PdfName("ID"),            PdfName("LastModified"),
      PdfName("OPI"),        PdfName("Ref"),
  };
  if (kDropped.count(key)) return true;
  // /P is a back-link (to a page or structure parent) when it is a
  // reference; as a name (an OCMD visibility policy) it is harmless.
  return key == PdfName("P") && value.IsReference();
}

// Objects the walk must never enter: they lead to other pages or carry
// content that is not drawn on the page.
bool IsForbiddenType(const PdfObject& object) {
  if (!object.IsDictionary()) return false;
  const PdfObject* type = object.GetDictionary().GetKey(PdfName::KeyType);
  if (type == nullptr || !type->IsName()) return false;
  static const std::set<PdfName> kForbidden = {
      PdfName("Page"),     PdfName("Pages"),       PdfName("Catalog"),
      PdfName("Annot"),    PdfName("StructElem"),  PdfName("StructTreeRoot"),
      PdfName("Metadata"), PdfName("EmbeddedFile"), PdfName("Filespec"),
      PdfName("Action"),   PdfName("Outlines"),    PdfName("Sig"),
  };
  return kForbidden.count(type->GetName()) > 0;
}

constexpr int kMaxDepth = 500;

const std::set<PdfName>& PrunableCategories() {
  static const std::set<PdfName> kCategories = {
      PdfName("Font"),    PdfName("XObject"),    PdfName("ExtGState"), PdfName("Pattern"),
      PdfName("Shading"), PdfName("ColorSpace"), PdfName("Properties")};
  return kCategories;
}

// Frees a buffer allocated by PoDoFo.
struct PodofoFree {
  void operator()(char* p) const { PoDoFo::podofo_free(p); }
};

}  // namespace

const PdfObject* PageCopier::Resolve(const PdfObject* object) const {
  // A chain of references is invalid PDF, but cheap to follow a little.
  for (int depth = 0; object != nullptr && object->IsReference() && depth < 8; ++depth) {
    object = src_->GetObjects().GetObject(object->GetReference());
  }
  return (object != nullptr && object->IsReference()) ? nullptr : object;
}

PdfObject PageCopier::CopyValue(const PdfObject& value) {
  // Real resource graphs are a few levels deep; a chain thousands deep is a
  // crafted file, refused before it exhausts the stack.
  struct DepthGuard {
    explicit DepthGuard(int* d) : depth(d) {
      if (++*depth > kMaxDepth) {
        --*depth;
        PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_ValueOutOfRange, "objects nested too deeply");
      }
    }
    ~DepthGuard() { --*depth; }
    int* depth;
  } guard(&depth_);
  if (value.IsReference()) return CopyIndirect(value.GetReference());
  if (value.IsDictionary()) {
    if (IsForbiddenType(value)) return PdfObject(PdfVariant());
    PdfDictionary dict;
    CopyDictionaryInto(value.GetDictionary(), /*stream=*/nullptr, &dict);
    return PdfObject(dict);
  }
  if (value.IsArray()) {
    PdfArray array;
    for (const PdfObject& item : value.GetArray()) array.push_back(CopyValue(item));
    return PdfObject(array);
  }
  return PdfObject(static_cast<const PdfVariant&>(value));
}

PdfObject PageCopier::CopyIndirect(const PdfReference& ref) {
  if (auto it = copied_.find(ref); it != copied_.end()) return PdfObject(it->second);
  const PdfObject* source = src_->GetObjects().GetObject(ref);
  // A reference to a missing object means null (PDF 32000 7.3.10).
  if (source == nullptr || IsForbiddenType(*source)) return PdfObject(PdfVariant());

  PdfObject* copy = nullptr;
  if (source->IsDictionary()) {
    copy = dst_->GetObjects().CreateObject(PdfVariant(PdfDictionary()));
    // Registered before the walk goes deeper so that cycles end here.
    copied_[ref] = copy->Reference();
    PdfDictionary dict;
    CopyDictionaryInto(source->GetDictionary(), source->HasStream() ? source : nullptr,
                       &dict);
    for (const auto& [key, value] : dict.GetKeys()) copy->GetDictionary().AddKey(key, *value);
  } else if (source->IsArray()) {
    copy = dst_->GetObjects().CreateObject(PdfVariant(PdfArray()));
    copied_[ref] = copy->Reference();
    PdfArray array;
    for (const PdfObject& item : source->GetArray()) array.push_back(CopyValue(item));
    copy->GetArray() = array;
  } else {
    copy = dst_->GetObjects().CreateObject(static_cast<const PdfVariant&>(*source));
    copied_[ref] = copy->Reference();
  }
  if (source->HasStream()) {
    // The encoded bytes are copied as they are, with the /Filter and
    // /DecodeParms copied above; /Length is set by PoDoFo.
    char* raw = nullptr;
    PoDoFo::pdf_long length = 0;
    source->GetStream()->GetCopy(&raw, &length);
    std::unique_ptr<char, PodofoFree> owned(raw);
    PoDoFo::PdfMemoryInputStream input(raw, length);
    copy->GetStream()->SetRawData(&input, length);
  }
  return PdfObject(copy->Reference());
}

void PageCopier::CopyDictionaryInto(const PdfDictionary& from, const PdfObject* stream,
                                    PdfDictionary* to) {
  // Forms and tiling patterns carry their own content: their resources are
  // pruned to the names it uses, like a page's.
  const PdfObject* resources = from.GetKey(PdfName("Resources"));
  bool has_content = false;
  if (stream != nullptr && resources != nullptr) {
    const PdfObject* subtype = from.GetKey(PdfName::KeySubtype);
    const PdfObject* pattern_type = from.GetKey(PdfName("PatternType"));
    has_content = (subtype && subtype->IsName() && subtype->GetName() == PdfName("Form")) ||
                  (pattern_type && pattern_type->IsNumber() && pattern_type->GetNumber() == 1);
  }
  for (const auto& [key, value] : from.GetKeys()) {
    if (IsDroppedKey(key, *value)) continue;
    if (stream != nullptr && key == PdfName::KeyLength) continue;
    if (has_content && key == PdfName("Resources")) continue;  // added below
    to->AddKey(key, CopyValue(*value));
  }
  if (has_content) {
    NameSet names;
    const NameSet* keep = nullptr;
    const PdfObject* res = Resolve(resources);
    if (res != nullptr && res->IsDictionary() && CollectNames({stream}, &names) &&
        !UsesInheritedResources(*res, names)) {
      keep = &names;
    }
    to->AddKey(PdfName("Resources"), CopyResources(*resources, keep));
  }
}

PdfObject PageCopier::CopyResources(const PdfObject& resources, const NameSet* used) {
  const PdfObject* res = Resolve(&resources);
  if (res == nullptr || !res->IsDictionary()) return PdfObject(PdfDictionary());
  if (used == nullptr) return CopyValue(resources);
  PdfDictionary out;
  for (const auto& [category, value] : res->GetDictionary().GetKeys()) {
    if (IsDroppedKey(category, *value)) continue;
    if (!PrunableCategories().count(category)) {
      out.AddKey(category, CopyValue(*value));  // /ProcSet and the like
      continue;
    }
    const PdfObject* entries = Resolve(value);
    if (entries == nullptr || !entries->IsDictionary()) continue;
    PdfDictionary kept;
    for (const auto& [name, entry] : entries->GetDictionary().GetKeys()) {
      if (used->count(name)) kept.AddKey(name, CopyValue(*entry));
    }
    if (!kept.GetKeys().empty()) out.AddKey(category, kept);
  }
  return PdfObject(out);
}

bool PageCopier::CollectNames(const std::vector<const PdfObject*>& streams,
                              NameSet* names) const {
  try {
    std::string content;
    for (const PdfObject* stream : streams) {
      if (stream == nullptr || !stream->HasStream()) continue;
      char* data = nullptr;
      PoDoFo::pdf_long length = 0;
      stream->GetStream()->GetFilteredCopy(&data, &length);
      std::unique_ptr<char, PodofoFree> owned(data);
      content.append(data, static_cast<size_t>(length));
      content.push_back('\n');  // separate streams split mid-token are invalid anyway
    }
    if (content.empty()) return true;
    PoDoFo::PdfContentsTokenizer tokenizer(content.data(), static_cast<long>(content.size()));
    PoDoFo::EPdfContentsType type;
    const char* keyword = nullptr;
    PdfVariant variant;
    while (tokenizer.ReadNext(type, keyword, variant)) {
      if (type == PoDoFo::ePdfContentsType_Variant && variant.IsName()) {
        names->insert(variant.GetName());
      }
    }
    return true;
  } catch (const PoDoFo::PdfError&) {
    return false;
  }
}

bool PageCopier::UsesInheritedResources(const PdfObject& resources, const NameSet& used) const {
  // A form XObject, tiling pattern or Type3 font without /Resources draws
  // with its parent's resources, whose names the parent's content does not
  // show: such a parent is copied with all of its resources.
  for (const char* category : {"XObject", "Pattern", "Font"}) {
    const PdfObject* entries = Resolve(resources.GetDictionary().GetKey(PdfName(category)));
    if (entries == nullptr || !entries->IsDictionary()) continue;
    for (const auto& [name, entry] : entries->GetDictionary().GetKeys()) {
      if (!used.count(name)) continue;
      const PdfObject* target = Resolve(entry);
      if (target == nullptr || !target->IsDictionary()) continue;
      const PdfDictionary& dict = target->GetDictionary();
      const PdfObject* subtype = dict.GetKey(PdfName::KeySubtype);
      const PdfObject* pattern_type = dict.GetKey(PdfName("PatternType"));
      bool draws = (subtype && subtype->IsName() &&
                    (subtype->GetName() == PdfName("Form") ||
                     subtype->GetName() == PdfName("Type3"))) ||
                   (pattern_type && pattern_type->IsNumber() && pattern_type->GetNumber() == 1);
      if (draws && !dict.HasKey(PdfName("Resources"))) return true;
    }
  }
  return false;
}

std::map<std::string, const PdfObject*> PageCopier::PageValues(int index) const {
  const PdfDictionary& dict = src_->GetPage(index)->GetObject()->GetDictionary();
  std::map<std::string, const PdfObject*> values;
  for (const char* key : kPageKeys) {
    if (const PdfObject* v = dict.GetKey(PdfName(key))) values[key] = v;
  }
  const PdfObject* node = Resolve(dict.GetKey(PdfName("Parent")));
  for (int depth = 0; node != nullptr && node->IsDictionary() && depth < 64; ++depth) {
    for (const char* key : kInheritedKeys) {
      if (values.count(key)) continue;
      if (const PdfObject* v = node->GetDictionary().GetKey(PdfName(key))) values[key] = v;
    }
    node = Resolve(node->GetDictionary().GetKey(PdfName("Parent")));
  }
  return values;
}

bool PageCopier::SourceHasOptionalContent() const {
  return src_->GetCatalog()->GetDictionary().HasKey(PdfName("OCProperties"));
}

bool PageCopier::UsesOptionalContent(int index) const {
  // The same walk as a copy would make, looking for /OC entries (marked
  // content properties, XObjects) and optional content groups themselves.
  std::set<PdfReference> seen;
  std::vector<const PdfObject*> pending;
  for (const auto& [key, value] : PageValues(index)) pending.push_back(value);
  while (!pending.empty()) {
    const PdfObject* object = pending.back();
    pending.pop_back();
    if (object == nullptr) continue;
    if (object->IsReference()) {
      if (!seen.insert(object->GetReference()).second) continue;
      object = Resolve(object);
      if (object == nullptr) continue;
    }
    if (object->IsArray()) {
      for (const PdfObject& item : object->GetArray()) pending.push_back(&item);
    } else if (object->IsDictionary() && !IsForbiddenType(*object)) {
      const PdfDictionary& dict = object->GetDictionary();
      const PdfObject* type = dict.GetKey(PdfName::KeyType);
      if (type != nullptr && type->IsName() &&
          (type->GetName() == PdfName("OCG") || type->GetName() == PdfName("OCMD"))) {
        return true;
      }
      for (const auto& [key, value] : dict.GetKeys()) {
        if (key == PdfName("OC")) return true;
        if (!IsDroppedKey(key, *value)) pending.push_back(value);
      }
    }
  }
  return false;
}

void PageCopier::CopyOptionalContentConfig() {
  const PdfObject* config = src_->GetCatalog()->GetDictionary().GetKey(PdfName("OCProperties"));
  if (config == nullptr) return;
  dst_->GetCatalog()->GetDictionary().AddKey(PdfName("OCProperties"), CopyValue(*config));
}

void PageCopier::AppendPage(int index) {
  std::map<std::string, const PdfObject*> values = PageValues(index);

  // Content streams, for the names they use.
  std::vector<const PdfObject*> streams;
  if (values.count("Contents")) {
    const PdfObject* contents = Resolve(values["Contents"]);
    if (contents != nullptr && contents->IsArray()) {
      for (const PdfObject& item : contents->GetArray()) streams.push_back(Resolve(&item));
    } else {
      streams.push_back(contents);
    }
  }
  NameSet names;
  const NameSet* keep = nullptr;
  if (values.count("Resources") && CollectNames(streams, &names)) {
    const PdfObject* res = Resolve(values["Resources"]);
    if (res != nullptr && res->IsDictionary() && !UsesInheritedResources(*res, names)) {
      keep = &names;
    }
  }

  PdfObject* copy = dst_->GetObjects().CreateObject("Page");
  PdfDictionary& out = copy->GetDictionary();
  for (const auto& [key, value] : values) {
    if (key == "Resources") {
      out.AddKey(PdfName(key), CopyResources(*value, keep));
    } else {
      out.AddKey(PdfName(key), CopyValue(*value));
    }
  }
  if (!out.HasKey(PdfName("MediaBox"))) {
    // Required; US Letter is what readers assume when it is missing.
    PdfArray letter;
    for (double v : {0.0, 0.0, 612.0, 792.0}) letter.push_back(PdfObject(v));
    out.AddKey(PdfName("MediaBox"), letter);
  }
  if (!out.HasKey(PdfName("Resources"))) out.AddKey(PdfName("Resources"), PdfDictionary());
  dst_->GetPagesTree()->InsertPage(dst_->GetPageCount() - 1, copy);
}

}  // namespace dsar::redaction::internal
