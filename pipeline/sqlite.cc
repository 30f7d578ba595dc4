#include "pipeline/sqlite.h"

namespace dsar::sql {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) {
    status_ = Status::Internal("SQL error: " + std::string(sqlite3_errmsg(db)) + " in: " +
                               std::string(sql.substr(0, 80)));
  }
}

void Statement::Check(int rc) {
  if (rc != SQLITE_OK && status_.ok()) {
    status_ = Status::Internal("SQL bind error: " + std::string(sqlite3_errmsg(db_)));
  }
}

bool Statement::Step() {
  if (!status_.ok() || !stmt_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    status_ = Status::IoError("case store: " + std::string(sqlite3_errmsg(db_)));
  }
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  return status_;
}

std::string Statement::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  if (!t) return {};
  return std::string(reinterpret_cast<const char*>(t),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string Statement::Blob(int col) const {
  const void* b = sqlite3_column_blob(stmt_, col);
  if (!b) return {};
  return std::string(static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string_view Statement::BlobView(int col) const {
  const void* b = sqlite3_column_blob(stmt_, col);
  if (!b) return {};
  return std::string_view(static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

Status Exec(sqlite3* db, std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  if (sqlite3_exec(db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError("case store: " + msg);
  }
  return Status::OK();
}

}  // namespace dsar::sql
