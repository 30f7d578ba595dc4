// A thin RAII layer over SQLite's C API (private to the pipeline library).
#ifndef DSAR_PIPELINE_SQLITE_H_
#define DSAR_PIPELINE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/status.h"

namespace dsar::sql {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

// One prepared statement. Bind with 1-based indexes, then Step() until it
// returns false (no more rows) or check status().
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int i, int64_t v) { Check(sqlite3_bind_int64(stmt_, i, v)); return *this; }
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, size_t v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v) { Check(sqlite3_bind_double(stmt_, i, v)); return *this; }
  Statement& Bind(int i, std::string_view v) {
    Check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& BindBlob(int i, std::string_view v) {
    Check(sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT));
    return *this;
  }
  // As Bind and BindBlob, without SQLite's own copy: the bytes must stay
  // alive and unchanged until the statement has run (large documents).
  Statement& BindStatic(int i, std::string_view v) {
    Check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
  }
  Statement& BindBlobStatic(int i, std::string_view v) {
    Check(sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_STATIC));
    return *this;
  }
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& BindNull(int i) { Check(sqlite3_bind_null(stmt_, i)); return *this; }
  Statement& Bind(int i, const std::optional<int64_t>& v) { return v ? Bind(i, *v) : BindNull(i); }

  // Returns true when a row is available; false when done or on error.
  bool Step();
  // Runs the statement to completion.
  Status Run();
  Status status() const { return status_; }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  // The column's bytes as they are stored (a BLOB, or TEXT unconverted).
  std::string Blob(int col) const;
  // The same without a copy: valid until the next Step or the end of the statement.
  std::string_view BlobView(int col) const;

 private:
  void Check(int rc);
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

Status Exec(sqlite3* db, std::string_view sql);

}  // namespace dsar::sql

#endif  // DSAR_PIPELINE_SQLITE_H_
