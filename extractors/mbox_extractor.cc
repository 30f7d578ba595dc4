// mbox mailboxes, streamed: GMime's parser in mbox mode finds each message
// over a file stream, one message in memory at a time, so a mailbox of many
// gigabytes is never read whole. Each message's original bytes (between its
// "From " line and the next) become a part, later a child item extracted by
// the email extractor like any .eml file.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <functional>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"

namespace dsar::extractors {
namespace {

// Walks the messages of the mbox on `stream`, calling emit(n, start, end)
// with each message's byte range once the next marker (or the end) is known.
// `marker_line_end(offset)` returns the offset just after the "From " line
// starting at `offset`.
// `next_from(at)` returns the offset of the first "From " line starting at or
// after `at` (or -1): where parsing resumes after a message GMime cannot
// read, so one damaged message does not hide the rest of the mailbox.
Result<Document> WalkMbox(GMimeStream* stream, uint64_t total_size, const ExtractOptions& options,
                          const std::function<uint64_t(uint64_t)>& marker_line_end,
                          const std::function<int64_t(uint64_t)>& next_from,
                          const std::function<Status(const PartInfo&, uint64_t, uint64_t)>& emit) {
  InitGMimeOnce();
  std::unique_ptr<GMimeParserOptions, ParserOptionsDeleter> popts(g_mime_parser_options_new());
  uint64_t base = 0;  // where the parser started (its offsets are absolute)
  GPtr<GMimeStream> sub;
  GPtr<GMimeParser> parser;
  auto start_at = [&](uint64_t offset) {
    base = offset;
    sub.reset(g_mime_stream_substream(stream, static_cast<gint64>(offset), -1));
    parser.reset(g_mime_parser_new_with_stream(sub.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
  };
  start_at(0);
  size_t resyncs = 0;
  Document doc;
  doc.kind = DocumentKind::kText;
  doc.extractor = "mbox";
  doc.title = options.file_name;
  size_t count = 0;
  int64_t pending_start = -1;  // content start of the message awaiting its end
  Status sink = Status::OK();
  auto flush = [&](uint64_t end) {
    if (pending_start < 0) return;
    uint64_t start = static_cast<uint64_t>(pending_start);
    pending_start = -1;
    if (!options.parts || !sink.ok() || end <= start) return;
    std::string n = std::to_string(count);
    sink = emit(PartInfo{"message " + n, "#" + n, true}, start, end - start);
    if (!sink.ok()) doc.warnings.push_back("messages from " + n + " on not extracted: " + sink.message());
  };
  while (!g_mime_parser_eos(parser.get())) {
    GMimeMessage* raw = g_mime_parser_construct_message(parser.get(), popts.get());
    if (!raw) {
      // Resume at the next "From " line after the last message start.
      uint64_t after = std::max<uint64_t>(pending_start >= 0 ? static_cast<uint64_t>(pending_start) : 0, base + 1);
      int64_t next = count == 0 && base == 0 ? -1 : next_from(after);
      if (next < 0 || ++resyncs > 10000) {
        if (count == 0) return Status::Corrupt("not an mbox mailbox (no message after a \"From \" line)");
        if (static_cast<uint64_t>(std::max<int64_t>(pending_start, 0)) < total_size && next >= 0) {
          doc.warnings.push_back("the mailbox is damaged after message " + std::to_string(count) +
                                 ": the rest was not read");
        }
        break;
      }
      flush(static_cast<uint64_t>(next));
      doc.warnings.push_back("recovered: re-read the mailbox from the \"From \" line after message " +
                             std::to_string(count));
      start_at(static_cast<uint64_t>(next));
      continue;
    }
    GPtr<GMimeMessage> message(raw);
    int64_t marker = g_mime_parser_get_mbox_marker_offset(parser.get());
    if (marker < 0) continue;
    flush(static_cast<uint64_t>(marker));
    if (count >= options.limits.max_parts) {
      doc.warnings.push_back("more than " + std::to_string(options.limits.max_parts) +
                             " messages: the rest was not read; split the mailbox");
      break;
    }
    ++count;
    pending_start = static_cast<int64_t>(marker_line_end(static_cast<uint64_t>(marker)));
  }
  flush(total_size);
  if (count == 0) return Status::Corrupt("not an mbox mailbox (no messages)");
  doc.text = "Mailbox " + options.file_name + ": " + std::to_string(count) +
             " message(s), each listed as its own item.\n";
  if (!options.parts) doc.warnings.push_back(std::to_string(count) + " message(s) not extracted");
  return doc;
}

class MboxExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "mbox"; }
  bool streams() const override { return true; }
  bool size_limited() const override { return false; }

  // A (small) mailbox held in memory, such as one attached to an email.
  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    return WalkMbox(
        stream.get(), bytes.size(), options,
        [&](uint64_t at) {
          size_t nl = bytes.find('\n', at);
          return nl == std::string_view::npos ? bytes.size() : nl + 1;
        },
        [&](uint64_t at) -> int64_t {
          if (at == 0 && bytes.substr(0, 5) == "From ") return 0;
          size_t p = bytes.find("\nFrom ", at == 0 ? 0 : at - 1);
          return p == std::string_view::npos ? -1 : static_cast<int64_t>(p + 1);
        },
        [&](const PartInfo& info, uint64_t start, uint64_t length) {
          return options.parts->Add(info, bytes.substr(start, length));
        });
  }

  Result<Document> ExtractFile(const std::filesystem::path& file, const ExtractOptions& options) const override {
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError("cannot open " + file.filename().string() + ": " + std::strerror(errno));
    off_t size = ::lseek(fd, 0, SEEK_END);
    ::lseek(fd, 0, SEEK_SET);
    // A second descriptor reads the "From " lines; the stream owns `fd`.
    int probe = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    GPtr<GMimeStream> stream(g_mime_stream_fs_new(fd));
    if (probe < 0) return Status::IoError("cannot open " + file.filename().string());
    Result<Document> doc = WalkMbox(
        stream.get(), static_cast<uint64_t>(size), options,
        [&](uint64_t at) {
          char buf[4096];
          uint64_t pos = at;
          for (;;) {
            ssize_t got = ::pread(probe, buf, sizeof buf, static_cast<off_t>(pos));
            if (got <= 0) return pos;
            const void* nl = std::memchr(buf, '\n', static_cast<size_t>(got));
            if (nl) return pos + static_cast<uint64_t>(static_cast<const char*>(nl) - buf) + 1;
            pos += static_cast<uint64_t>(got);
          }
        },
        [&](uint64_t at) -> int64_t {
          // Looks for "\nFrom " from at - 1, in overlapping chunks.
          uint64_t pos = at == 0 ? 0 : at - 1;
          char buf[1 << 16];
          for (;;) {
            ssize_t got = ::pread(probe, buf, sizeof buf, static_cast<off_t>(pos));
            if (got <= 6) return -1;
            std::string_view chunk(buf, static_cast<size_t>(got));
            size_t p = chunk.find("\nFrom ");
            if (p != std::string_view::npos) return static_cast<int64_t>(pos + p + 1);
            pos += static_cast<uint64_t>(got) - 6;
          }
        },
        [&](const PartInfo& info, uint64_t start, uint64_t length) {
          return options.parts->AddRange(info, file, start, length);
        });
    ::close(probe);
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewMboxExtractor() { return std::make_unique<MboxExtractor>(); }

}  // namespace dsar::extractors
