// Writing and reading back zip archives (libzip) under RAII.
#ifndef DSAR_PIPELINE_ZIP_WRITER_H_
#define DSAR_PIPELINE_ZIP_WRITER_H_

#include <zip.h>

#include <ctime>
#include <filesystem>
#include <map>
#include <string>

#include "pipeline/model/status.h"

namespace dsar {

// Builds a zip at `path`. Nothing is written until Commit(); destroying an
// uncommitted writer discards the archive, so a failure leaves no half file.
class ZipWriter {
 public:
  static Result<std::unique_ptr<ZipWriter>> Create(const std::filesystem::path& path);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Adds the file at `source` as `name`, with modification time `mtime`.
  Status AddFile(const std::string& name, const std::filesystem::path& source, time_t mtime);
  // Writes the archive (zip_close). REQUIRES: called at most once.
  Status Commit();

 private:
  explicit ZipWriter(zip_t* z, std::filesystem::path path) : zip_(z), path_(std::move(path)) {}
  zip_t* zip_;
  std::filesystem::path path_;
};

// Reads every entry of a zip and returns name -> SHA-256 of its contents.
Result<std::map<std::string, std::string>> HashZipEntries(const std::filesystem::path& path);

}  // namespace dsar

#endif  // DSAR_PIPELINE_ZIP_WRITER_H_
