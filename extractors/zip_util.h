// libzip handles owned by std::unique_ptr, and opening a ZIP held in memory:
// shared by the ZIP archive extractor and the office extractor (OOXML and
// ODF files are ZIP packages).
#ifndef DSAR_EXTRACTORS_ZIP_UTIL_H_
#define DSAR_EXTRACTORS_ZIP_UTIL_H_

#include <zip.h>

#include <memory>
#include <string>
#include <string_view>

namespace dsar::extractors {

struct ZipDiscard {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const {
    if (f) zip_fclose(f);
  }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;
using ZipFile = std::unique_ptr<zip_file_t, ZipFileClose>;

// Opens `bytes` (which must outlive the archive) read-only. On failure
// returns null and says why in *why (libzip's words).
inline ZipArchive OpenZipInMemory(std::string_view bytes, std::string* why) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
  if (!z) {
    if (src) zip_source_free(src);
    *why = zip_error_strerror(&error);
  }
  zip_error_fini(&error);
  return ZipArchive(z);
}

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_ZIP_UTIL_H_
