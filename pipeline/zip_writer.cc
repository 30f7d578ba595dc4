#include "pipeline/zip_writer.h"

#include <memory>

#include "pipeline/model/hash.h"

namespace dsar {

Result<std::unique_ptr<ZipWriter>> ZipWriter::Create(const std::filesystem::path& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) {
    zip_error_t e;
    zip_error_init_with_code(&e, err);
    std::string msg = zip_error_strerror(&e);
    zip_error_fini(&e);
    return Status::IoError("cannot create " + path.string() + ": " + msg);
  }
  return std::unique_ptr<ZipWriter>(new ZipWriter(z, path));
}

ZipWriter::~ZipWriter() {
  if (zip_) zip_discard(zip_);
}

Status ZipWriter::AddFile(const std::string& name, const std::filesystem::path& source,
                          time_t mtime) {
  zip_source_t* src = zip_source_file(zip_, source.c_str(), 0, -1);
  if (!src) return Status::IoError("cannot read " + source.string() + ": " + zip_strerror(zip_));
  zip_int64_t index = zip_file_add(zip_, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (index < 0) {
    zip_source_free(src);
    return Status::IoError("cannot add " + name + " to the package: " + zip_strerror(zip_));
  }
  zip_file_set_mtime(zip_, static_cast<zip_uint64_t>(index), mtime, 0);
  return Status::OK();
}

Status ZipWriter::Commit() {
  if (zip_close(zip_) != 0) {
    std::string msg = zip_strerror(zip_);
    zip_discard(zip_);
    zip_ = nullptr;
    return Status::IoError("cannot write " + path_.string() + ": " + msg);
  }
  zip_ = nullptr;
  return Status::OK();
}

Result<std::map<std::string, std::string>> HashZipEntries(const std::filesystem::path& path) {
  int err = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> z(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err),
                                                 &zip_discard);
  if (!z) return Status::Corrupt("cannot reopen " + path.string() + " (error " + std::to_string(err) + ")");
  std::map<std::string, std::string> out;
  zip_int64_t n = zip_get_num_entries(z.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(z.get(), static_cast<zip_uint64_t>(i), 0);
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(
        zip_fopen_index(z.get(), static_cast<zip_uint64_t>(i), 0), &zip_fclose);
    if (!name || !f) return Status::Corrupt("cannot read entry " + std::to_string(i) + " of " + path.string());
    std::string data;
    char buf[65536];
    zip_int64_t got;
    while ((got = zip_fread(f.get(), buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(got));
    if (got < 0) return Status::Corrupt(std::string("cannot read ") + name + " in " + path.string());
    out[name] = Sha256Hex(data);
  }
  return out;
}

}  // namespace dsar
