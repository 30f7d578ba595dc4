// SHA-256 over memory and files (OpenSSL).
#ifndef DSAR_MODEL_HASH_H_
#define DSAR_MODEL_HASH_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "status.h"

namespace dsar {

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

// Lower-case hex SHA-256 of a file's contents, streamed.
Result<std::string> Sha256File(const std::filesystem::path& path);

// Reads a whole file. Fails with kResourceLimit if it exceeds `max_bytes`.
Result<std::string> ReadFile(const std::filesystem::path& path,
                             size_t max_bytes = static_cast<size_t>(1) << 31);

// Writes `data` to `path` atomically: a temporary file beside it, fsync,
// rename. A crash leaves either the old file or the new one, never half.
Status WriteFileAtomic(const std::filesystem::path& path, std::string_view data);

}  // namespace dsar

#endif  // DSAR_MODEL_HASH_H_
