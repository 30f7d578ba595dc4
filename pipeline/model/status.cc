#include "status.h"

namespace dsar {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidInput: return "invalid input";
    case StatusCode::kCorrupt: return "corrupt";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kNeedsPassword: return "needs password";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kResourceLimit: return "resource limit";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kBlocked: return "blocked";
    case StatusCode::kVerificationFailed: return "verification failed";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  return Status(code_, std::string(context) + ": " + message_);
}

}  // namespace dsar
