// Streaming a paged document's words out of a worker process, a page at a
// time (see extractors::PageSink and SendToParent).
#ifndef DSAR_PIPELINE_PAGE_STREAM_H_
#define DSAR_PIPELINE_PAGE_STREAM_H_

#include <string>

#include "extractors/extractor.h"
#include "pipeline/model/document.h"
#include "pipeline/worker_pool.h"

namespace dsar {

// Runs inside a worker: sends each finished page's words and text to the
// parent at once (AppendEncodedPage's form with the text, as a SendToParent
// frame), so the worker never holds a long document's words or text.
class PipePageSink final : public extractors::PageSink {
 public:
  Status Add(const Page& page, size_t text_start, std::string_view text) override {
    buf_.clear();
    AppendEncodedPage(page, text_start, text, &buf_);
    return SendToParent(buf_);
  }

 private:
  std::string buf_;  // reused: one page's encoding at a time
};

}  // namespace dsar

#endif  // DSAR_PIPELINE_PAGE_STREAM_H_
