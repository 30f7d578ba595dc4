// The review web app (`dsar review REF`): a local HTTP server where the DPO
// decides every suggestion, redacts by hand, withholds documents and decides
// once per person. The JSON API is specified in docs/file-formats.md
// ("Review API"); the page (HTML, CSS, JS) is embedded in the binary.
//
// Security: bound to 127.0.0.1 only; every request must carry the random
// token printed in the URL (query `token`, header `X-DSAR-Token`, or the
// HttpOnly SameSite=Strict cookie set on the first visit), and a Host header
// naming this server (against DNS rebinding); writes must be JSON
// (`Content-Type: application/json`), which a cross-site form cannot send.
//
// Thread-safety: requests are served by a thread pool; the case store is
// used under one mutex, and every decision is committed before the reply.
#ifndef DSAR_REVIEW_REVIEW_SERVER_H_
#define DSAR_REVIEW_REVIEW_SERVER_H_

#include <filesystem>
#include <memory>
#include <string>

#include "pipeline/case.h"

namespace dsar::review {

struct ReviewOptions {
  std::string host = "127.0.0.1";  // never anything but loopback in the CLI
  int port = 0;                    // 0 = any free port
  std::string reviewer;            // recorded with each decision; default: the case's actor
  std::string token;               // default: 128 random bits, hex
  // Rendered page images; default <case>/review-cache.
  std::filesystem::path cache_dir;
};

class ReviewServer {
 public:
  // Binds the port (fails with kIoError if it is taken) and takes the case.
  static Result<std::unique_ptr<ReviewServer>> Create(Case c, const ReviewOptions& options);
  ~ReviewServer();
  ReviewServer(const ReviewServer&) = delete;
  ReviewServer& operator=(const ReviewServer&) = delete;

  int port() const;
  const std::string& token() const;
  // http://127.0.0.1:PORT/?token=TOKEN
  std::string url() const;

  // Serves until Stop() is called (from any thread). Returns once every
  // request in flight has been answered.
  Status Run();
  void Stop();

  class Impl;

 private:
  explicit ReviewServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dsar::review

#endif  // DSAR_REVIEW_REVIEW_SERVER_H_
