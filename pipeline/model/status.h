// Status and Result<T>: how every dsar stage reports success or failure.
//
// Bad input is a result, not a crash. A Status is OK or carries a code chosen
// by what the caller does next, and a message written for the person running
// dsar (what went wrong, where, and what to do about it).
#ifndef DSAR_MODEL_STATUS_H_
#define DSAR_MODEL_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dsar {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,        // the user's file or argument is wrong: fix it and retry
  kCorrupt,             // an input item is damaged: recorded, batch goes on
  kUnsupported,         // a type or feature dsar does not handle yet
  kNeedsPassword,       // encrypted input; supply a password
  kIoError,             // reading or writing the file system failed
  kResourceLimit,       // a limit (size, pages, time, memory) was hit
  kNotFound,            // a case, item or key does not exist
  kBlocked,             // a stage refuses to go on (e.g. pending review)
  kVerificationFailed,  // a redacted value survived into an output
  kInternal,            // a bug in dsar
};

std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidInput(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status NeedsPassword(std::string m) { return {StatusCode::kNeedsPassword, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status ResourceLimit(std::string m) { return {StatusCode::kResourceLimit, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Blocked(std::string m) { return {StatusCode::kBlocked, std::move(m)}; }
  static Status VerificationFailed(std::string m) { return {StatusCode::kVerificationFailed, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: <message>", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context` (e.g. a file name).
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}             // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}      // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  // REQUIRES: !ok() is allowed; returns OK status when ok().
  Status status() const { return ok() ? Status::OK() : std::get<Status>(v_); }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dsar

#define DSAR_RETURN_IF_ERROR(expr)           \
  do {                                       \
    ::dsar::Status dsar_status_ = (expr);    \
    if (!dsar_status_.ok()) return dsar_status_; \
  } while (0)

#endif  // DSAR_MODEL_STATUS_H_
