// Copies pages from one PoDoFo document into another, taking only what the
// page needs to display and nothing that can carry hidden content.
#ifndef DSAR_REDACTION_PAGE_COPIER_H_
#define DSAR_REDACTION_PAGE_COPIER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include <podofo/podofo.h>

namespace dsar::redaction::internal {

// Why not PdfMemDocument::InsertPages/Append: in PoDoFo 0.9 they copy *every*
// object of the source (other pages' content, Info, XMP, JavaScript, embedded
// files) and then unlink what was not asked for, which leaves it all in the
// written file. PageCopier instead walks the object graph from one page and
// copies only what it reaches, with these rules:
//   * page keys are whitelisted (boxes, rotation, resources, contents, group):
//     no /Annots, /Thumb, /B, /AA, /Metadata, /PieceInfo, /StructParents;
//   * the walk never enters another page, the page tree, the catalog, an
//     annotation, the structure tree, an action, a file specification or a
//     metadata stream (it writes null instead), and drops back-links
//     (/Parent, /P) and metadata keys wherever it meets them;
//   * resource dictionaries are pruned to the names the content stream uses,
//     so a resource dictionary shared by all pages does not drag in another
//     page's form XObjects (which may draw redacted text). The same pruning
//     applies to form XObjects and tiling patterns with their own resources.
//     If a content stream cannot be parsed, or a used form/pattern/Type3 font
//     inherits its resources, the whole resource dictionary is copied.
// Objects reached from several copied pages are copied once.
class PageCopier {
 public:
  PageCopier(const PoDoFo::PdfMemDocument* src, PoDoFo::PdfMemDocument* dst)
      : src_(src), dst_(dst) {}

  // Appends a copy of page `index` (0-based) of the source as the last page
  // of the destination. Throws PoDoFo::PdfError on malformed input.
  void AppendPage(int index);

  // Optional content (layers): a copy loses the catalog's /OCProperties, and
  // without it every layer shows, including layers the original hides (and
  // whose text was therefore never extracted or reviewed). Pages for which
  // this returns true must be rasterised, from a copy that keeps the layer
  // configuration (CopyOptionalContentConfig), instead of being copied.
  bool SourceHasOptionalContent() const;
  bool UsesOptionalContent(int index) const;
  // Copies the source catalog's /OCProperties into the destination's. Only
  // for the document poppler renders from, which is never written out.
  void CopyOptionalContentConfig();

 private:
  using NameSet = std::set<PoDoFo::PdfName>;

  const PoDoFo::PdfObject* Resolve(const PoDoFo::PdfObject* object) const;
  // The page's whitelisted keys, inherited ones looked up in the page tree.
  std::map<std::string, const PoDoFo::PdfObject*> PageValues(int index) const;
  PoDoFo::PdfObject CopyValue(const PoDoFo::PdfObject& value);
  PoDoFo::PdfObject CopyIndirect(const PoDoFo::PdfReference& ref);
  // `stream` is the object owning `from` when it is a stream's dictionary.
  void CopyDictionaryInto(const PoDoFo::PdfDictionary& from, const PoDoFo::PdfObject* stream,
                          PoDoFo::PdfDictionary* to);
  // `used` == nullptr copies every resource.
  PoDoFo::PdfObject CopyResources(const PoDoFo::PdfObject& resources, const NameSet* used);
  // Names used by the content in `streams`; false if it cannot be parsed.
  bool CollectNames(const std::vector<const PoDoFo::PdfObject*>& streams, NameSet* names) const;
  bool UsesInheritedResources(const PoDoFo::PdfObject& resources, const NameSet& used) const;

  const PoDoFo::PdfMemDocument* src_;
  PoDoFo::PdfMemDocument* dst_;
  std::map<PoDoFo::PdfReference, PoDoFo::PdfReference> copied_;
  int depth_ = 0;  // of CopyValue calls
};

}  // namespace dsar::redaction::internal

#endif  // DSAR_REDACTION_PAGE_COPIER_H_
