// ZIP archives (libzip): each member file is a part, to become a child item
// extracted like any file. The archive's own document lists its members.
// Members are checked against the limits before they are inflated: a
// declared size over the item limit, or a compression ratio over 200:1 (a
// zip bomb), is recorded and the member not read.
#include <zip.h>

#include <memory>

#include "extractors/extractor.h"
#include "extractors/zip_util.h"
#include "extractors/gmime_util.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {


constexpr uint64_t kMaxRatio = 200;

class ZipExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "zip"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    std::string why;
    ZipArchive zip = OpenZipInMemory(bytes, &why);
    if (!zip) return Status::Corrupt("not a readable ZIP archive (" + why + ")");
    Document doc;
    doc.kind = DocumentKind::kText;
    doc.extractor = "zip";
    doc.title = options.file_name;
    std::string listing;
    // A Word, Excel or PowerPoint file (OOXML) or an OpenDocument file is a
    // ZIP too, and libmagic sometimes says only "application/zip". Its
    // members are XML parts of one document, not files someone filed: it
    // is read as the document it is.
    if (!DetectOfficeType(bytes).empty()) return NewOfficeExtractor()->Extract(bytes, options);
    // Other packages of that shape (XPS, EPUB) are one document too, of a
    // kind dsar does not read.
    if (zip_name_locate(zip.get(), "[Content_Types].xml", 0) >= 0 ||
        zip_name_locate(zip.get(), "mimetype", 0) >= 0) {
      return Status::Unsupported(
          "a document package (such as XPS or EPUB) that is not a Word, Excel, PowerPoint or OpenDocument "
          "file: review it by hand");
    }
    zip_int64_t n = zip_get_num_entries(zip.get(), 0);
    int count = 0;
    Status sink = Status::OK();
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      zip_stat_init(&st);
      if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name) continue;
      std::string name = SanitizeUtf8(st.name);
      if (!name.empty() && name.back() == '/') continue;  // a folder
      ++count;
      std::string num = std::to_string(count);
      listing += num + ". " + OneLine(name.c_str()) + " (" + std::to_string(st.size) + " bytes)\n";
      if (count > static_cast<int>(options.limits.max_parts)) {
        doc.warnings.push_back("more than " + std::to_string(options.limits.max_parts) + " members: the rest were not read");
        break;
      }
      if (st.encryption_method != ZIP_EM_NONE) {
        doc.warnings.push_back("member " + num + " is encrypted: handle it by hand");
        continue;
      }
      if (st.size > options.limits.max_item_bytes ||
          (st.comp_size > 0 && st.size / std::max<uint64_t>(st.comp_size, 1) > kMaxRatio && st.size > (1u << 20))) {
        doc.warnings.push_back("member " + num + " would inflate to " + std::to_string(st.size) +
                               " bytes (limit against zip bombs): not read");
        continue;
      }
      if (!options.parts || !sink.ok()) continue;
      ZipFile f(zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0));
      if (!f) {
        doc.warnings.push_back("member " + num + " cannot be read: " + zip_strerror(zip.get()));
        continue;
      }
      std::string data;
      data.resize(static_cast<size_t>(st.size));
      zip_int64_t got = st.size > 0 ? zip_fread(f.get(), data.data(), st.size) : 0;
      if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
        doc.warnings.push_back("member " + num + " is damaged: not read");
        continue;
      }
      if (data.empty()) continue;
      sink = options.parts->Add(PartInfo{"member " + num, "#" + PartFileName(name, true), false}, data);
      if (!sink.ok()) doc.warnings.push_back("members from " + num + " on not extracted: " + sink.message());
    }
    doc.text = "Archive " + options.file_name + ": " + std::to_string(count) +
               " file(s), each listed as its own item.\n" + listing;
    if (!options.parts && count > 0) doc.warnings.push_back(std::to_string(count) + " member(s) not extracted");
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewZipExtractor() { return std::make_unique<ZipExtractor>(); }

}  // namespace dsar::extractors
