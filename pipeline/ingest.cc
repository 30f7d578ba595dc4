// Ingest: walk the sources, type every file by content, hash it, record
// identical bytes once with every location, then extract each new item in
// an isolated worker. Nothing is skipped silently: unreadable, unsupported
// and failed items are recorded with the reason.
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "extractors/extractor.h"
#include "pipeline/case.h"
#include "pipeline/mail_threads.h"
#include "pipeline/model/hash.h"
#include "pipeline/page_stream.h"
#include "pipeline/worker_pool.h"

namespace dsar {
namespace {

namespace fs = std::filesystem;

// v8: a file of frames (streamed pages, then the DSPAY1 payload), DSDOC2.
// v9: a streamed page carries its text, and the payload's document has none
// (a PDF is also read from its file rather than from memory).
constexpr const char* kExtractCacheVersion = "v9";

struct SourceFile {
  fs::path absolute;
  std::string relative;  // as shown in logs: relative to the request file
  std::string problem;   // non-empty: cannot be read, with why
};

// Lists every regular file under the request's sources, sorted, so item
// numbers are stable from run to run.
Result<std::vector<SourceFile>> ListSources(const Request& r) {
  std::vector<SourceFile> out;
  fs::path base = fs::absolute(r.base_dir).lexically_normal();
  auto relative = [&](const fs::path& p) {
    fs::path rel = p.lexically_relative(base);
    return (rel.empty() || *rel.begin() == "..") ? p.string() : rel.string();
  };
  for (const std::string& source : r.source_paths) {
    fs::path root = (base / source).lexically_normal();
    std::error_code ec;
    fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      return Status::InvalidInput(r.file.string() + ": source '" + source + "' not found (looked for " +
                                  root.string() + "; paths are relative to the request file)");
    }
    if (fs::is_regular_file(st)) {
      out.push_back({root, relative(root), ""});
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
    if (ec) {
      out.push_back({root, relative(root), "cannot list folder: " + ec.message()});
      continue;
    }
    while (it != end) {
      const fs::directory_entry& e = *it;
      std::error_code sec;
      fs::file_status s = e.symlink_status(sec);
      if (fs::is_symlink(s)) {
        out.push_back({e.path(), relative(e.path()),
                       "symbolic link not followed: copy the file it points to into the export"});
      } else if (fs::is_directory(s)) {
        // descend
      } else if (fs::is_regular_file(s)) {
        out.push_back({e.path(), relative(e.path()), ""});
      } else {
        out.push_back({e.path(), relative(e.path()), "not a regular file (device, socket or pipe)"});
      }
      it.increment(ec);
      if (ec) {
        out.push_back({e.path(), relative(e.path()), "cannot list folder: " + ec.message()});
        ec.clear();
        // A folder that cannot be opened is recorded above; skip into it no further.
        it.disable_recursion_pending();
        it.increment(ec);
        if (ec) break;
      }
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.relative < b.relative; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const SourceFile& a, const SourceFile& b) { return a.relative == b.relative; }),
            out.end());
  return out;
}

// Reads the first bytes of a file for type detection.
Result<std::string> ReadHead(const fs::path& p, size_t n) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IoError("cannot open");
  std::string buf(n, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(n));
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

// A part found inside a container, stored in the blob store by the worker
// and recorded as a child item by the parent process.
struct ChildPart {
  std::string label, location, sha256, media_type;
  int64_t size = 0;
};

// Media type of a part from its first bytes; an email the container says is
// an email stays one even when its headers are unusual.
std::string PartMediaType(std::string_view head, bool is_message) {
  std::string type = extractors::DetectMediaType(head);
  if (is_message && (type.rfind("text/", 0) == 0 || type == "application/octet-stream")) {
    return "message/rfc822";
  }
  return type;
}

// Runs inside the worker: writes each part's bytes to
// <workspace>/.cache/blobs/<sha256> (content-addressed, atomic: a temporary
// name, then rename), within a per-container budget of parts and bytes
// against zip and nesting bombs.
class BlobSink final : public extractors::PartSink {
 public:
  BlobSink(fs::path dir, uint64_t max_bytes, size_t max_parts)
      : dir_(std::move(dir)), max_bytes_(max_bytes), max_parts_(max_parts) {}

  Status Add(const extractors::PartInfo& info, std::string_view bytes) override {
    DSAR_RETURN_IF_ERROR(Admit(bytes.size()));
    std::string sha = Sha256Hex(bytes);
    fs::path blob = dir_ / sha;
    std::error_code ec;
    if (!fs::exists(blob, ec)) DSAR_RETURN_IF_ERROR(WriteFileAtomic(blob, bytes));
    parts_.push_back({info.label, info.location, sha, PartMediaType(bytes.substr(0, 1 << 16), info.is_message),
                      static_cast<int64_t>(bytes.size())});
    return Status::OK();
  }

  Status AddRange(const extractors::PartInfo& info, const fs::path& file, uint64_t offset,
                  uint64_t length) override {
    DSAR_RETURN_IF_ERROR(Admit(length));
    fs::path tmp = dir_ / (".part-" + std::to_string(::getpid()));
    std::string head;
    {
      std::ifstream in(file, std::ios::binary);
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!in || !out) return Status::IoError("cannot copy a part into the blob store " + dir_.string());
      in.seekg(static_cast<std::streamoff>(offset));
      std::vector<char> buf(1 << 20);
      uint64_t left = length;
      while (left > 0 && in) {
        in.read(buf.data(), static_cast<std::streamsize>(std::min<uint64_t>(left, buf.size())));
        std::streamsize got = in.gcount();
        if (got <= 0) break;
        if (head.size() < (1 << 16)) head.append(buf.data(), std::min<size_t>(got, (1 << 16) - head.size()));
        out.write(buf.data(), got);
        left -= static_cast<uint64_t>(got);
      }
      out.flush();
      if (!out || left > 0) {
        std::error_code ec;
        fs::remove(tmp, ec);
        return Status::IoError("cannot copy a part into the blob store");
      }
    }
    Result<std::string> sha = Sha256File(tmp);
    if (!sha.ok()) return sha.status();
    std::error_code ec;
    fs::rename(tmp, dir_ / *sha, ec);
    if (ec) return Status::IoError("cannot store a part in " + dir_.string() + ": " + ec.message());
    parts_.push_back({info.label, info.location, *sha, PartMediaType(head, info.is_message),
                      static_cast<int64_t>(length)});
    return Status::OK();
  }

  const std::vector<ChildPart>& parts() const { return parts_; }

 private:
  Status Admit(uint64_t size) {
    if (parts_.size() >= max_parts_) {
      return Status::ResourceLimit("more than " + std::to_string(max_parts_) + " parts in one container");
    }
    if (bytes_ + size > max_bytes_) {
      return Status::ResourceLimit("the parts would exceed " + std::to_string(max_bytes_ >> 20) +
                                   " MB (limit against archive bombs)");
    }
    bytes_ += size;
    return Status::OK();
  }

  fs::path dir_;
  uint64_t max_bytes_;
  size_t max_parts_;
  uint64_t bytes_ = 0;
  std::vector<ChildPart> parts_;
};

// What a worker returns and the extraction cache keeps: the Document and
// the parts found (their bytes are in the blob store). Layout:
//   "DSPAY1", u32 n, n bytes   magic; MessagePack of the parts list
//   the rest                   the document, EncodeDocument's form
// The document is written straight into the payload and read in place: a
// paged document's encoding is tens of MB, and wrapping it in a MessagePack
// binary field copied it twice on the way out and once on the way in.
constexpr std::string_view kPayloadMagic = "DSPAY1";

std::string EncodePayload(const Document& doc, const std::vector<ChildPart>& parts) {
  nlohmann::json jp = nlohmann::json::array();
  for (const ChildPart& p : parts) jp.push_back({p.label, p.location, p.sha256, p.media_type, p.size});
  std::vector<uint8_t> head = nlohmann::json::to_msgpack(jp);
  std::string out;
  out.append(kPayloadMagic);
  const auto n = static_cast<uint32_t>(head.size());
  out.append(reinterpret_cast<const char*>(&n), sizeof n);  // little-endian host (see document.cc)
  out.append(reinterpret_cast<const char*>(head.data()), head.size());
  AppendEncodedDocument(doc, &out);
  return out;
}

// The encoded document inside a payload, and its parts. Throws
// std::exception (runtime_error or nlohmann::json::exception) on malformed
// input.
std::string_view PayloadDocument(std::string_view bytes, std::vector<ChildPart>* parts) {
  uint32_t n = 0;
  if (bytes.size() < kPayloadMagic.size() + sizeof n || bytes.substr(0, kPayloadMagic.size()) != kPayloadMagic) {
    throw std::runtime_error("not a worker payload (no DSPAY1 header)");
  }
  std::memcpy(&n, bytes.data() + kPayloadMagic.size(), sizeof n);
  bytes.remove_prefix(kPayloadMagic.size() + sizeof n);
  if (bytes.size() < n) throw std::runtime_error("worker payload is truncated");
  nlohmann::json j = nlohmann::json::from_msgpack(bytes.begin(), bytes.begin() + n);
  parts->clear();
  for (const auto& p : j) {
    parts->push_back({p.at(0).get<std::string>(), p.at(1).get<std::string>(), p.at(2).get<std::string>(),
                      p.at(3).get<std::string>(), p.at(4).get<int64_t>()});
  }
  return bytes.substr(n);
}

// The work done inside a worker process for one item: check the hash,
// extract, store the parts. Returns the payload (EncodePayload). With
// `stream_pages`, pages' words and text are sent ahead (PipePageSink) and
// the payload's document keeps only their numbers and sizes, and no text.
Result<std::string> ExtractInWorker(const fs::path& path, const ItemRecord& item,
                                    const extractors::Limits& limits, const std::string& password,
                                    const fs::path& blob_dir, bool stream_pages) {
  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(item.media_type);
  if (!ex) return Status::Unsupported("no extractor for " + item.media_type);
  // Parts may not add up to more than 16 times the container, nor more
  // than the item limit when the container is small.
  uint64_t budget = std::max<uint64_t>(limits.max_item_bytes, 16 * static_cast<uint64_t>(item.size));
  BlobSink sink(blob_dir, budget, limits.max_parts);
  extractors::ExtractOptions options;
  options.limits = limits;
  options.file_name = path.filename().string();
  options.password = password;
  options.parts = &sink;
  PipePageSink pages;
  if (stream_pages) options.pages = &pages;
  Result<Document> doc = Status::Internal("not extracted");
  if (ex->streams()) {
    Result<std::string> sha = Sha256File(path);
    if (!sha.ok()) return sha.status();
    if (*sha != item.sha256) return Status::IoError("the file changed since it was ingested; re-run dsar ingest");
    doc = ex->ExtractFile(path, options);
  } else {
    Result<std::string> bytes = ReadFile(path, limits.max_item_bytes);
    if (!bytes.ok()) return bytes.status();
    if (Sha256Hex(*bytes) != item.sha256) {
      return Status::IoError("the file changed since it was ingested; re-run dsar ingest");
    }
    doc = ex->Extract(*bytes, options);
  }
  if (!doc.ok()) return doc.status();
  return EncodePayload(*doc, sink.parts());
}

fs::path BlobDir(const Case& c) { return c.dir.parent_path() / ".cache" / "blobs"; }

// An extraction cache file holds the worker's output as it came: frames of
// a kind byte ('P': one page's words, AppendEncodedPage; 'D': the payload,
// last), a u64 length (little-endian) and the bytes. Written as the frames
// arrive, under a temporary name renamed into place once the payload is in.
constexpr char kCachePage = 'P';
constexpr char kCachePayload = 'D';

class CacheWriter {
 public:
  explicit CacheWriter(fs::path path) : path_(std::move(path)) {
    tmp_ = path_;
    tmp_ += ".tmp-" + std::to_string(::getpid());
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
  }
  ~CacheWriter() { Abandon(); }
  void Add(char kind, std::string_view bytes) {
    if (!out_) return;
    const uint64_t n = bytes.size();
    out_.put(kind);
    out_.write(reinterpret_cast<const char*>(&n), sizeof n);
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  // Best effort: a cache that cannot be written is only a slower re-run.
  void Commit() {
    out_.flush();
    const bool good = static_cast<bool>(out_);
    out_.close();
    std::error_code ec;
    if (good) fs::rename(tmp_, path_, ec);
    if (!good || ec) fs::remove(tmp_, ec);
    committed_ = true;
  }
  void Abandon() {
    if (committed_) return;
    out_.close();
    std::error_code ec;
    fs::remove(tmp_, ec);
    committed_ = true;
  }

 private:
  fs::path path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

// Reads a cache file frame by frame: each page to `on_page` as it is read,
// the payload into `payload`. False if the file is missing, damaged or has
// no payload.
bool ReadCache(const fs::path& path, size_t max_frame, const std::function<Status(std::string_view)>& on_page,
               std::string* payload) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string frame;
  for (;;) {
    char kind = 0;
    uint64_t n = 0;
    if (!in.get(kind) || !in.read(reinterpret_cast<char*>(&n), sizeof n) || n > max_frame) return false;
    frame.resize(static_cast<size_t>(n));
    if (!in.read(frame.data(), static_cast<std::streamsize>(n))) return false;
    if (kind == kCachePayload) {
      *payload = std::move(frame);
      return in.peek() == std::char_traits<char>::eof();
    }
    if (kind != kCachePage || !on_page(frame).ok()) return false;
  }
}

// Small items of cheap, well-behaved types (an email, a text file) are
// extracted several to a worker: a fork per message was most of the cost of
// ingesting a mailbox. A batch whose worker fails (crash, timeout, memory)
// is extracted again one item per worker, so a hostile item still takes only
// itself down.
constexpr size_t kBatchItems = 32;
constexpr int64_t kBatchItemBytes = 256 * 1024;
constexpr int64_t kBatchBytes = 4 * 1024 * 1024;

bool Batchable(const ItemRecord& item) {
  if (item.size > kBatchItemBytes) return false;
  const std::string& t = item.media_type;
  return t == "message/rfc822" || t.rfind("text/", 0) == 0;
}

// Groups todo indices into batches, keeping item order; items that are not
// batchable are batches of one.
std::vector<std::vector<size_t>> MakeBatches(const std::vector<ItemRecord>& todo) {
  std::vector<std::vector<size_t>> out;
  std::vector<size_t> cur;
  int64_t bytes = 0;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
    bytes = 0;
  };
  for (size_t i = 0; i < todo.size(); ++i) {
    if (!Batchable(todo[i])) {
      out.push_back({i});
      continue;
    }
    if (cur.size() >= kBatchItems || bytes + todo[i].size > kBatchBytes) flush();
    cur.push_back(i);
    bytes += todo[i].size;
  }
  flush();
  return out;
}

// A batch's payload: per item, one status byte (0 = ok, else a StatusCode),
// an 8-byte length and the item's payload or error message.
void AppendFrame(const Result<std::string>& r, std::string* out) {
  out->push_back(static_cast<char>(r.ok() ? 0 : static_cast<int>(r.status().code())));
  const std::string& body = r.ok() ? r.value() : r.status().message();
  uint64_t n = body.size();
  out->append(reinterpret_cast<const char*>(&n), sizeof n);
  out->append(body);
}

// Splits a batch payload into `count` results; false if it is malformed.
bool SplitFrames(const std::string& in, size_t count, std::vector<Result<std::string>>* out) {
  size_t pos = 0;
  for (size_t k = 0; k < count; ++k) {
    if (in.size() - pos < 1 + sizeof(uint64_t)) return false;
    char code = in[pos];
    uint64_t n = 0;
    std::memcpy(&n, in.data() + pos + 1, sizeof n);
    pos += 1 + sizeof n;
    if (in.size() - pos < n) return false;
    std::string body = in.substr(pos, n);
    pos += n;
    if (code == 0) {
      out->push_back(std::move(body));
    } else {
      out->push_back(Status(static_cast<StatusCode>(code), body));
    }
  }
  return pos == in.size();
}

}  // namespace

bool IsContainerDocument(const Document& doc) {
  return doc.extractor == "mbox" || doc.extractor == "pst" || doc.extractor == "zip";
}

fs::path ItemBytesPath(const Case& c, const ItemRecord& item) {
  if (item.parent_id != 0) return BlobDir(c) / item.sha256;
  return fs::absolute(c.request.base_dir).lexically_normal() / item.path;
}

Result<IngestSummary> Ingest(Case& c, const IngestOptions& options, Reporter& reporter) {
  Result<std::vector<SourceFile>> files = ListSources(c.request);
  if (!files.ok()) return files.status();
  extractors::Limits limits;
  IngestSummary summary;
  summary.files = files->size();

  // 1. Walk: hash and type every file, one transaction for the lot.
  size_t done = 0;
  DSAR_RETURN_IF_ERROR(c.store->InTransaction([&]() -> Status {
    for (const SourceFile& f : *files) {
      reporter.Progress("ingest: hashing", ++done, files->size());
      if (!f.problem.empty()) {
        Result<int64_t> id = c.store->AddUnreadable(f.relative, f.problem);
        if (!id.ok()) return id.status();
        continue;
      }
      Result<std::string> sha = Sha256File(f.absolute);
      Result<std::string> head = sha.ok() ? ReadHead(f.absolute, 1 << 16) : sha.status();
      if (!sha.ok() || !head.ok()) {
        std::string why = "cannot be read: " + (sha.ok() ? head : sha).status().message();
        Result<int64_t> id = c.store->AddUnreadable(f.relative, why);
        if (!id.ok()) return id.status();
        continue;
      }
      std::error_code ec;
      int64_t size = static_cast<int64_t>(fs::file_size(f.absolute, ec));
      std::string type = extractors::DetectMediaType(*head);
      Result<int64_t> id = c.store->AddItemLocation(*sha, size, type, f.relative);
      if (!id.ok()) return id.status();
    }
    return Status::OK();
  }));

  // 2. Extract every item that has no document yet (or failed before), then
  // the parts those items contained (attachments, messages of a mailbox),
  // round after round until no new item appears. Depth and count limits
  // stop archive and nesting bombs; what they stop is recorded.
  const fs::path cache_dir = c.dir.parent_path() / ".cache" / "extract";
  const fs::path blob_dir = BlobDir(c);
  std::error_code cache_ec, blob_ec;
  fs::create_directories(cache_dir, cache_ec);
  fs::create_directories(blob_dir, blob_ec);
  if (blob_ec) return Status::IoError("cannot create the blob store " + blob_dir.string() + ": " + blob_ec.message());
  std::set<int64_t> attempted;
  size_t from_cache = 0;
  for (int round = 0;; ++round) {
    std::vector<ItemRecord> items = c.store->Items();
    std::map<int64_t, int64_t> parent_of;
    for (const ItemRecord& item : items) parent_of[item.id] = item.parent_id;
    auto depth_of = [&](int64_t id) {
      int d = 0;
      for (int64_t p = parent_of[id]; p != 0 && d < 1000; p = parent_of[p]) ++d;
      return d;
    };
    std::vector<ItemRecord> todo;
    for (const ItemRecord& item : items) {
      if (item.sha256.empty()) continue;  // unreadable: nothing to extract
      if (item.status == ItemStatus::kExtracted) continue;
      if (round > 0 && item.status != ItemStatus::kIngested) continue;
      if (!attempted.insert(item.id).second) continue;
      if (item.size == 0) {
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(item.id, ItemStatus::kUnsupported, "empty file (0 bytes)"));
        continue;
      }
      if (!extractors::ExtractorRegistry::Default().Find(item.media_type)) {
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(
            item.id, ItemStatus::kUnsupported,
            "file type " + item.media_type + " is not supported yet: review it by hand"));
        continue;
      }
      const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(item.media_type);
      if (ex->size_limited() && item.size > static_cast<int64_t>(limits.max_item_bytes)) {
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(
            item.id, ItemStatus::kFailed,
            "file is " + std::to_string(item.size) + " bytes, over the limit of " +
                std::to_string(limits.max_item_bytes)));
        continue;
      }
      if (int d = depth_of(item.id); d > limits.max_depth) {
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(
            item.id, ItemStatus::kFailed,
            "nested " + std::to_string(d) + " containers deep (limit " + std::to_string(limits.max_depth) +
                ", against archive bombs): not opened; review it by hand"));
        continue;
      }
      todo.push_back(item);
    }
    if (todo.empty()) break;
    if (round > 0) reporter.Info("ingest: " + std::to_string(todo.size()) + " item(s) found inside containers");

    // Stores a payload's document at once; the item is marked extracted,
    // and its parts become child items (located under the parent's first
    // location), after the round, in item order — so numbers do not depend
    // on which worker finished first, and a run stopped in between extracts
    // the container again (from the cache) rather than losing its parts.
    struct Done {
      std::string warnings;
      std::vector<ChildPart> parts;
    };
    std::map<int64_t, Done> done;
    // `encoded` is the document as the worker encoded it, stored as it is;
    // `doc` was decoded from it without its words (DecodeDocument).
    auto record = [&](const ItemRecord& item, const Document& doc, std::string_view encoded,
                      const std::vector<ChildPart>& parts) {
      std::string warnings;
      for (const std::string& w : doc.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
      done[item.id] = {warnings, parts};
      return c.store->PutDocument(item.id, doc, encoded);
    };
    std::map<int64_t, std::string> paths;
    for (const ItemRecord& item : todo) paths[item.id] = item.path;
    // Extraction (and OCR) results are cached by content hash in the
    // workspace, so a re-run or a second case over the same export does not
    // extract or OCR the same bytes again. The key carries a format version:
    // bump it when extractors change what they produce. An entry whose parts
    // are no longer in the blob store is extracted again.
    auto cache_path = [&](const ItemRecord& item) {
      return cache_dir / (item.sha256 + "-" + kExtractCacheVersion + ".frames");
    };
    // The round's documents are stored in one transaction: a long PDF's
    // pages are stored as they arrive from its worker, while other workers'
    // items arrive too, so a transaction per item cannot be had on one
    // connection. An item whose worker fails has its pages deleted in it;
    // a parent that stops keeps none of the round (the items are extracted
    // again, from the cache, on the next run).
    Status store_error;
    DSAR_RETURN_IF_ERROR(c.store->InTransaction([&]() -> Status {
      // Pages stored by an earlier run that stopped before marking the item.
      for (const ItemRecord& item : todo) DSAR_RETURN_IF_ERROR(c.store->DeleteDocumentPages(item.id));
      {
        std::vector<ItemRecord> rest;
        for (const ItemRecord& item : todo) {
          std::error_code ec;
          fs::path cached = cache_path(item);
          Document doc;
          std::vector<ChildPart> parts;
          std::string_view encoded;
          std::string payload;
          Status page_error;
          bool ok = fs::exists(cached, ec) &&
                    ReadCache(cached, limits.max_text_bytes * 4,
                              [&](std::string_view page) {
                                page_error = c.store->PutDocumentPage(item.id, page);
                                return page_error;
                              },
                              &payload);
          DSAR_RETURN_IF_ERROR(page_error);
          if (ok) {
            try {
              encoded = PayloadDocument(payload, &parts);
              doc = DecodeDocument(encoded, /*words=*/false);
            } catch (const std::exception&) {
              ok = false;
            }
          }
          for (const ChildPart& p : parts) ok = ok && fs::exists(blob_dir / p.sha256, ec);
          if (!ok) {  // missing or damaged: extracted again
            DSAR_RETURN_IF_ERROR(c.store->DeleteDocumentPages(item.id));
            rest.push_back(item);
            continue;
          }
          DSAR_RETURN_IF_ERROR(record(item, doc, encoded, parts));
          ++from_cache;
        }
        todo = std::move(rest);
      }

      // Passwords for encrypted PDFs, looked up here in the parent (workers
      // must not touch the case store): one given for any location counts.
      std::vector<std::string> passwords(todo.size());
      for (size_t i = 0; i < todo.size(); ++i) {
        for (const std::string& l : c.store->Locations(todo[i].id)) {
          if (auto it = c.request.passwords.find(l); it != c.request.passwords.end()) passwords[i] = it->second;
        }
      }

      extractors::InitLibraries();
      WorkerLimits wl;
      wl.jobs = options.jobs;
      wl.timeout_seconds = options.timeout_seconds;
      size_t extracted = 0;
      // A worker extracting one item streams its pages (PipePageSink); a
      // batch of small items does not (emails and text files have none).
      auto extract_one = [&](size_t i, bool stream_pages) {
        if (!options.testing_crash_sha256.empty() && todo[i].sha256 == options.testing_crash_sha256) {
          if (options.testing_crash_after_pages > 0) {
            // Dies mid-document: lets the first pages reach the parent.
            for (int p = 1; p <= options.testing_crash_after_pages; ++p) {
              Page page;
              page.number = p;
              page.words.push_back(Word{"", Box{}, 0, 0, 1.0f});
              std::string frame;
              AppendEncodedPage(page, &frame);
              (void)SendToParent(frame);
            }
          }
          std::abort();
        }
        return ExtractInWorker(ItemBytesPath(c, todo[i]), todo[i], limits, passwords[i], blob_dir,
                               stream_pages);
      };
      // Cache files being written, by item, while their frames arrive.
      std::map<int64_t, std::unique_ptr<CacheWriter>> writers;
      auto writer_for = [&](const ItemRecord& item) -> CacheWriter* {
        if (cache_ec) return nullptr;
        std::unique_ptr<CacheWriter>& w = writers[item.id];
        if (!w) w = std::make_unique<CacheWriter>(cache_path(item));
        return w.get();
      };
      auto on_page = [&](size_t i, std::string_view page) {
        const ItemRecord& item = todo[i];
        Status s = c.store->PutDocumentPage(item.id, page);
        if (!s.ok() && store_error.ok()) store_error = s;
        if (CacheWriter* w = writer_for(item)) w->Add(kCachePage, page);
      };
      auto handle = [&](size_t i, Result<std::string> result) {
        const ItemRecord& item = todo[i];
        reporter.Progress("ingest: extracting", ++extracted, todo.size());
        Status s;
        if (result.ok()) {
          Document doc;
          std::vector<ChildPart> parts;
          std::string_view encoded;
          try {
            encoded = PayloadDocument(*result, &parts);
            doc = DecodeDocument(encoded, /*words=*/false);
          } catch (const std::exception& e) {
            result = Status::Internal(std::string("bad worker output: ") + e.what());
          }
          if (result.ok()) {
            s = record(item, doc, encoded, parts);
            if (CacheWriter* w = writer_for(item)) {
              w->Add(kCachePayload, *result);
              w->Commit();
            }
            if (!doc.warnings.empty()) {
              std::string warnings;
              for (const std::string& w : doc.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
              reporter.Warn(item.path + ": " + warnings);
            }
          }
        }
        if (!result.ok()) {
          // Nothing half-written: pages that arrived before the failure go.
          s = c.store->DeleteDocumentPages(item.id);
          ItemStatus st = result.status().code() == StatusCode::kUnsupported ? ItemStatus::kUnsupported
                                                                            : ItemStatus::kFailed;
          if (s.ok()) s = c.store->SetItemStatus(item.id, st, result.status().ToString());
          reporter.Warn(item.path + ": not processed: " + result.status().ToString());
        }
        writers.erase(item.id);  // an unfinished cache file is removed
        if (!s.ok() && store_error.ok()) store_error = s;
      };
      const std::vector<std::vector<size_t>> batches = MakeBatches(todo);
      std::vector<size_t> retry;  // items of batches whose worker failed
      RunIsolated(
          batches.size(),
          [&](size_t b) -> Result<std::string> {
            if (batches[b].size() == 1) return extract_one(batches[b][0], /*stream_pages=*/true);
            std::string out;
            for (size_t i : batches[b]) AppendFrame(extract_one(i, /*stream_pages=*/false), &out);
            return out;
          },
          [&](size_t b, Result<std::string> result) {
            const std::vector<size_t>& batch = batches[b];
            if (batch.size() == 1) return handle(batch[0], std::move(result));
            std::vector<Result<std::string>> each;
            if (!result.ok() || !SplitFrames(*result, batch.size(), &each)) {
              retry.insert(retry.end(), batch.begin(), batch.end());
              return;
            }
            for (size_t k = 0; k < batch.size(); ++k) handle(batch[k], std::move(each[k]));
          },
          wl,
          [&](size_t b, std::string_view page) {
            if (batches[b].size() == 1) on_page(batches[b][0], page);
          });
      if (!retry.empty()) {
        std::sort(retry.begin(), retry.end());
        reporter.Info("ingest: a batch of small items failed; extracting its " + std::to_string(retry.size()) +
                      " item(s) one by one");
        RunIsolated(
            retry.size(), [&](size_t k) { return extract_one(retry[k], /*stream_pages=*/true); },
            [&](size_t k, Result<std::string> result) { handle(retry[k], std::move(result)); }, wl,
            [&](size_t k, std::string_view page) { on_page(retry[k], page); });
      }
      return store_error;
    }));
    DSAR_RETURN_IF_ERROR(c.store->InTransaction([&]() -> Status {
      for (const auto& [parent, d] : done) {
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(parent, ItemStatus::kExtracted, d.warnings));
        // A location names one part: two parts a container gives the same
        // name (a zip with a repeated entry, two sibling folders of one
        // name) get "(2)", "(3)"... in the order the container lists them,
        // so neither loses its place in the case.
        std::set<std::string> used;
        for (const ChildPart& p : d.parts) {
          std::string location = paths[parent] + p.location;
          for (int k = 2; !used.insert(location).second; ++k) {
            location = paths[parent] + p.location + " (" + std::to_string(k) + ")";
          }
          Result<int64_t> id = c.store->AddChildItem(p.sha256, p.size, p.media_type, location, parent, p.label);
          if (!id.ok()) return id.status();
        }
      }
      return Status::OK();
    }));
  }
  if (from_cache > 0) reporter.Info("ingest: " + std::to_string(from_cache) + " item(s) from the extraction cache");

  // 3. Emails: the same message in several mailboxes, and threads.
  DSAR_RETURN_IF_ERROR(MarkDuplicatesAndThreads(c));

  summary.from_cache = from_cache;
  std::vector<ItemRecord> items = c.store->Items();
  summary.items = items.size();
  for (const ItemRecord& item : items) {
    if (item.parent_id != 0) ++summary.parts;
    if (item.duplicate_of != 0) ++summary.duplicate_messages;
    size_t n = c.store->Locations(item.id).size();
    if (n > 1) summary.duplicates += n - 1;
    switch (item.status) {
      case ItemStatus::kExtracted: ++summary.extracted; break;
      case ItemStatus::kFailed: ++summary.failed; break;
      case ItemStatus::kUnsupported: ++summary.unsupported; break;
      case ItemStatus::kIngested: break;
    }
  }
  nlohmann::json detail = {{"files", summary.files}, {"items", summary.items},
                           {"duplicates", summary.duplicates}, {"extracted", summary.extracted},
                           {"failed", summary.failed}, {"unsupported", summary.unsupported},
                           {"parts", summary.parts}, {"duplicate_messages", summary.duplicate_messages}};
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "ingest", detail.dump()));
  return summary;
}

}  // namespace dsar
