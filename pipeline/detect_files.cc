#include "pipeline/detect_files.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "extractors/extractor.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/page_stream.h"
#include "pipeline/recognizers.h"
#include "pipeline/worker_pool.h"

namespace dsar {

namespace {

// The worker streams a paged document's words and text a page at a time
// (PipePageSink). The words are kept here only when `words` is asked for;
// the text goes to `text_out` when given, else into the Document. With
// `bytes` null, an extractor that streams reads `file` itself.
Result<Document> ExtractBytes(const std::filesystem::path& file, const std::string* bytes,
                              const std::string& type, bool words = true, std::FILE* text_out = nullptr) {
  const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(type);
  if (!ex) return Status::Unsupported("no extractor for " + type);
  if (text_out) words = false;  // they would need the whole text
  std::vector<std::string> pages;
  std::string text;  // the pages' texts, when not written to text_out
  PageTextAssembler assembled(&text);
  if (text_out) {
    assembled = PageTextAssembler(
        [text_out](std::string_view part) { std::fwrite(part.data(), 1, part.size(), text_out); });
  }
  size_t pages_seen = 0;
  Status frame_error;
  Result<std::string> encoded = RunIsolatedOnce(
      [&]() -> Result<std::string> {
        PipePageSink sink;
        extractors::ExtractOptions o;
        o.file_name = file.filename().string();
        o.pages = &sink;
        Result<Document> d = bytes ? ex->Extract(*bytes, o) : ex->ExtractFile(file, o);
        if (!d.ok()) return d.status();
        return EncodeDocument(*d);
      },
      WorkerLimits{1, 900, size_t{4} << 30},
      [&](std::string_view page) {
        if (!frame_error.ok()) return;
        try {
          const EncodedPageText pt = EncodedPageTextOf(page);
          if (!pt.present) throw std::runtime_error("a streamed page came without its text");
          assembled.Add(pt);
          ++pages_seen;
          if (words) pages.emplace_back(page);
        } catch (const std::exception& e) {
          frame_error = Status::Internal(std::string("bad worker output: ") + e.what());
        }
      });
  if (!encoded.ok()) return encoded.status();
  if (!frame_error.ok()) return frame_error;
  try {
    Document doc = DecodeDocument(*encoded, words);
    if (pages_seen > 0) {
      // Streamed: the text came with the pages, one for every page.
      if (pages_seen != doc.pages.size() || !doc.text.empty()) {
        return Status::Internal("the worker streamed " + std::to_string(pages_seen) + " page(s) of a " +
                                std::to_string(doc.pages.size()) + "-page document");
      }
      doc.text = std::move(text);
    } else if (text_out) {
      std::fwrite(doc.text.data(), 1, doc.text.size(), text_out);
      doc.text.clear();
    }
    const std::string_view full = text_out ? std::string_view() : std::string_view(doc.text);
    for (const std::string& page : pages) {
      const int n = EncodedPageNumber(page);
      Page* p = PageNumbered(&doc, n);
      if (p == nullptr) {
        return Status::Internal("the worker sent words for page " + std::to_string(n) +
                                ", which the document lacks");
      }
      DecodePageWords(page, full, &p->words);
    }
    return doc;
  } catch (const std::exception& e) {
    return Status::Internal(std::string("bad worker output: ") + e.what());
  }
}

}  // namespace

Result<Document> ExtractFile(const std::filesystem::path& file, bool words, std::FILE* text_out) {
  extractors::Limits limits;
  // A file whose type its first bytes decide (a PDF: "%PDF-") and whose
  // extractor reads files itself is not read here: the worker reads it as it
  // needs. Any other is read whole and typed by all its bytes, as before.
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::IoError("cannot open " + file.string() + ": " + std::strerror(errno));
    std::string head(5, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head == "%PDF-") {
      const std::string type = extractors::DetectMediaType(head);
      const extractors::Extractor* ex = extractors::ExtractorRegistry::Default().Find(type);
      if (ex && ex->streams()) return ExtractBytes(file, nullptr, type, words, text_out);
    }
  }
  Result<std::string> bytes = ReadFile(file, limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  return ExtractBytes(file, &*bytes, extractors::DetectMediaType(*bytes), words, text_out);
}

Result<std::vector<std::string>> DetectFileJsonl(const std::filesystem::path& file) {
  extractors::Limits limits;
  Result<std::string> bytes = ReadFile(file, limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  std::string type = extractors::DetectMediaType(*bytes);
  Document doc;
  if (type.rfind("text/", 0) == 0 && IsValidUtf8(*bytes) && bytes->find('\0') == std::string::npos) {
    doc.text = *bytes;  // offsets are file offsets
  } else {
    Result<Document> extracted = ExtractBytes(file, &*bytes, type);
    if (!extracted.ok()) return extracted.status();
    doc = std::move(extracted.value());
  }
  std::vector<std::string> out;
  for (const Hit& h : DetectPersonalData(doc)) {
    // "text" is what begin/end cover. A hit widened by an overlapping one
    // ("Cllr" + "Mwangi-Roberts") keeps the name it was found as in
    // h.value, for matching; the bytes are what a reader checks offsets by.
    nlohmann::json j = {{"file", file.string()}, {"begin", h.start}, {"end", h.end},
                        {"category", h.category}, {"text", doc.text.substr(h.start, h.end - h.start)}};
    out.push_back(j.dump());
  }
  return out;
}

}  // namespace dsar
