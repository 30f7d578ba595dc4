// Ingest: walk the sources, type every file by content, hash it, record
// identical bytes once with every location, then extract each new item in
// an isolated worker. Nothing is skipped silently: unreadable, unsupported
// and failed items are recorded with the reason.
#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "extractors/extractor.h"
#include "pipeline/case.h"
#include "pipeline/model/hash.h"
#include "pipeline/worker_pool.h"

namespace dsar {
namespace {

namespace fs = std::filesystem;

constexpr const char* kExtractCacheVersion = "v5";  // EncodeDocument (DSDOC1)

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

// The work done inside a worker process for one item: read, check the hash,
// extract. Returns the Document as JSON.
Result<std::string> ExtractInWorker(const fs::path& path, const ItemRecord& item,
                                    const extractors::Limits& limits, const std::string& password) {
  Result<std::string> bytes = ReadFile(path, limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  if (Sha256Hex(*bytes) != item.sha256) {
    return Status::IoError("the file changed since it was ingested; re-run dsar ingest");
  }
  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(item.media_type);
  if (!ex) return Status::Unsupported("no extractor for " + item.media_type);
  extractors::ExtractOptions options;
  options.limits = limits;
  options.file_name = path.filename().string();
  options.password = password;
  Result<Document> doc = ex->Extract(*bytes, options);
  if (!doc.ok()) return doc.status();
  return EncodeDocument(*doc);
}

}  // namespace

fs::path ItemBytesPath(const Case& c, const ItemRecord& item) {
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

  // 2. Extract every item that has no document yet (or failed before).
  std::vector<ItemRecord> items = c.store->Items();
  std::vector<ItemRecord> todo;
  for (const ItemRecord& item : items) {
    if (item.sha256.empty()) continue;  // unreadable: nothing to extract
    if (item.status == ItemStatus::kExtracted) continue;
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
    if (item.size > static_cast<int64_t>(limits.max_item_bytes)) {
      DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(
          item.id, ItemStatus::kFailed,
          "file is " + std::to_string(item.size) + " bytes, over the limit of " +
              std::to_string(limits.max_item_bytes)));
      continue;
    }
    todo.push_back(item);
  }
  // Extraction (and OCR) results are cached by content hash in the
  // workspace, so a re-run or a second case over the same export does not
  // extract or OCR the same bytes again. The key carries a format version:
  // bump it when extractors change what they produce.
  const fs::path cache_dir = c.dir.parent_path() / ".cache" / "extract";
  auto cache_path = [&](const ItemRecord& item) {
    return cache_dir / (item.sha256 + "-" + kExtractCacheVersion + ".msgpack");
  };
  size_t from_cache = 0;
  {
    std::vector<ItemRecord> rest;
    for (const ItemRecord& item : todo) {
      std::error_code ec;
      fs::path cached = cache_path(item);
      if (!fs::exists(cached, ec)) {
        rest.push_back(item);
        continue;
      }
      Result<std::string> json = ReadFile(cached, limits.max_text_bytes * 4);
      Document doc;
      bool ok = json.ok();
      if (ok) {
        try {
          doc = DecodeDocument(*json);
        } catch (const std::exception&) {
          ok = false;
        }
      }
      if (!ok) {  // a damaged cache entry is ignored and rebuilt
        rest.push_back(item);
        continue;
      }
      std::string warnings;
      for (const std::string& w : doc.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
      DSAR_RETURN_IF_ERROR(c.store->InTransaction([&] {
        DSAR_RETURN_IF_ERROR(c.store->PutDocument(item.id, doc));
        return c.store->SetItemStatus(item.id, ItemStatus::kExtracted, warnings);
      }));
      ++from_cache;
    }
    todo = std::move(rest);
  }
  if (from_cache > 0) reporter.Info("ingest: " + std::to_string(from_cache) + " item(s) from the extraction cache");
  std::error_code cache_ec;
  fs::create_directories(cache_dir, cache_ec);

  // Passwords for encrypted PDFs, looked up here in the parent (workers
  // must not touch the case store): one given for any location counts.
  std::vector<std::string> passwords(todo.size());
  for (size_t i = 0; i < todo.size(); ++i) {
    for (const std::string& l : c.store->Locations(todo[i].id)) {
      if (auto it = c.request.passwords.find(l); it != c.request.passwords.end()) passwords[i] = it->second;
    }
  }

  WorkerLimits wl;
  wl.jobs = options.jobs;
  wl.timeout_seconds = options.timeout_seconds;
  size_t extracted = 0;
  Status store_error;
  RunIsolated(
      todo.size(),
      [&](size_t i) { return ExtractInWorker(ItemBytesPath(c, todo[i]), todo[i], limits, passwords[i]); },
      [&](size_t i, Result<std::string> result) {
        const ItemRecord& item = todo[i];
        reporter.Progress("ingest: extracting", ++extracted, todo.size());
        Status s;
        if (result.ok()) {
          Document doc;
          try {
            doc = DecodeDocument(*result);
          } catch (const std::exception& e) {
            result = Status::Internal(std::string("bad worker output: ") + e.what());
          }
          if (result.ok()) {
            std::string warnings;
            for (const std::string& w : doc.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
            s = c.store->InTransaction([&] {
              DSAR_RETURN_IF_ERROR(c.store->PutDocument(item.id, doc));
              return c.store->SetItemStatus(item.id, ItemStatus::kExtracted, warnings);
            });
            if (!cache_ec) WriteFileAtomic(cache_path(item), *result);  // best effort
            if (!warnings.empty()) reporter.Warn(item.path + ": " + warnings);
          }
        }
        if (!result.ok()) {
          ItemStatus st = result.status().code() == StatusCode::kUnsupported ? ItemStatus::kUnsupported
                                                                            : ItemStatus::kFailed;
          s = c.store->SetItemStatus(item.id, st, result.status().ToString());
          reporter.Warn(item.path + ": not processed: " + result.status().ToString());
        }
        if (!s.ok() && store_error.ok()) store_error = s;
      },
      wl);
  DSAR_RETURN_IF_ERROR(store_error);

  summary.from_cache = from_cache;
  items = c.store->Items();
  summary.items = items.size();
  for (const ItemRecord& item : items) {
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
                           {"failed", summary.failed}, {"unsupported", summary.unsupported}};
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "ingest", detail.dump()));
  return summary;
}

}  // namespace dsar
