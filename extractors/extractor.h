// Extractors turn an item's bytes into a dsar::Document.
//
// One Extractor per family of media types, looked up in an ExtractorRegistry
// by the type libmagic detected (never by file extension). Extractors are
// const and hold no per-document state, so one instance serves every item.
// They run inside an isolated worker process (pipeline/worker_pool.h): a
// crash or runaway allocation in a parser takes only its own item down.
#ifndef DSAR_EXTRACTORS_EXTRACTOR_H_
#define DSAR_EXTRACTORS_EXTRACTOR_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar::extractors {

// Limits applied to every item. Defaults suit a school's shared drive.
struct Limits {
  size_t max_item_bytes = 512u << 20;  // larger items are recorded, not read
  int max_pages = 2000;                // per PDF
  size_t max_text_bytes = 64u << 20;   // extracted text per document
  size_t max_parts = 200000;           // parts (attachments, messages) per container
  int max_depth = 8;                   // containers inside containers (zip/nesting bombs)
};

// One part of a container found while extracting it: an attachment of an
// email, a message of a mailbox, a member of an archive. The part becomes a
// child item of the container's item and goes through the whole pipeline.
struct PartInfo {
  std::string label;     // for people: "attachment 2", "message 17"
  std::string location;  // appended to the parent's location: "#17", "#attachment-2/report.pdf"
  // "message/rfc822" when the container knows the part is an email (an mbox
  // message, an attached message): used when content detection finds only
  // text. Other declared types are not trusted; content decides.
  bool is_message = false;
};

// Receives the parts of a container. The pipeline's sink stores each part's
// bytes content-addressed in the workspace; tests may collect them.
class PartSink {
 public:
  virtual ~PartSink() = default;
  // Stores one part held in memory. A non-OK Status (a limit reached) tells
  // the extractor to stop producing parts and record why.
  virtual Status Add(const PartInfo& info, std::string_view bytes) = 0;
  // Stores bytes [offset, offset + length) of `file` without reading the
  // whole part into memory (messages of a large mailbox).
  virtual Status AddRange(const PartInfo& info, const std::filesystem::path& file, uint64_t offset,
                          uint64_t length) = 0;
};

// Receives the pages of a paged document (PDF) one at a time, as each is
// finished, with each page's text, so a long document's words and text are
// never all held at once: the pipeline's sink writes each page to the
// worker's pipe. The extractor then keeps only each page's number and size
// in Document::pages (its words left empty) and leaves Document::text
// empty: the text is the pages' texts, in order, joined by '\f'. Every page
// is given, one without words too. A word's start/end are offsets into that
// whole text; the page's text starts at `text_start` of it.
class PageSink {
 public:
  virtual ~PageSink() = default;
  // A non-OK Status (the pipe is gone) stops the extraction with it.
  virtual Status Add(const Page& page, size_t text_start, std::string_view text) = 0;
};

struct ExtractOptions {
  Limits limits;
  std::string file_name;  // for titles and messages only
  std::string password;   // for encrypted PDFs; empty = try the empty password
  // Where parts go. Null: parts are counted in a warning, not extracted.
  PartSink* parts = nullptr;
  // Where finished pages go. Null: every page's words stay in the Document.
  PageSink* pages = nullptr;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Stable name recorded with every document ("text", "email", "pdf").
  virtual std::string_view name() const = 0;
  // Extracts `bytes`. Bad input gives a non-OK Result (kCorrupt,
  // kNeedsPassword, kResourceLimit, kUnsupported), never a crash by design.
  virtual Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const = 0;
  // Extractors that read the file themselves, streamed (containers that may
  // be larger than memory, such as mailboxes; PDFs, read as the parser needs
  // them): the caller then uses ExtractFile instead of reading the bytes.
  // The default reads the file and calls Extract.
  virtual bool streams() const { return false; }
  virtual Result<Document> ExtractFile(const std::filesystem::path& file,
                                       const ExtractOptions& options) const;
  // False for containers read a part at a time, which may be larger than
  // Limits::max_item_bytes (mailboxes); other items over it are not read.
  virtual bool size_limited() const { return true; }
};

class ExtractorRegistry {
 public:
  // The registry with every extractor dsar ships.
  static const ExtractorRegistry& Default();

  // `media_type` is matched exactly, or as a prefix when it ends in '/'
  // ("text/"). Later registrations win over earlier ones.
  void Register(std::string media_type, std::shared_ptr<const Extractor> extractor);

  // Returns nullptr when no extractor handles `media_type`.
  const Extractor* Find(std::string_view media_type) const;

 private:
  std::vector<std::pair<std::string, std::shared_ptr<const Extractor>>> entries_;
};

// Initialises the parsing libraries (GMime, libgsf, libmagic) once in the
// calling process. Ingest calls it before forking workers, so each worker
// inherits them instead of initialising them again for every item.
void InitLibraries();

// Detects the media type of `bytes` by content (libmagic), refining
// text/plain to message/rfc822 when the bytes start with mail headers.
std::string DetectMediaType(std::string_view bytes);

std::unique_ptr<Extractor> NewTextExtractor();
// RFC 5322 / MIME messages (GMime): header block, body, list of attachments;
// attachments and nested messages become parts.
std::unique_ptr<Extractor> NewEmailExtractor();
// mbox mailboxes, streamed (GMime's mbox parser): each message is a part.
std::unique_ptr<Extractor> NewMboxExtractor();
// Outlook TNEF streams (winmail.dat) via libytnef: body and attachments.
std::unique_ptr<Extractor> NewTnefExtractor();
// Outlook .msg (OLE compound files) via libgsf: body, recipients, attachments.
std::unique_ptr<Extractor> NewMsgExtractor();
// Outlook PST archives (libpst), streamed: each message, contact,
// appointment, task and note of every folder is a part, rebuilt as RFC 5322.
std::unique_ptr<Extractor> NewPstExtractor();
// ZIP archives (libzip): each member is a part; zip bombs are refused.
std::unique_ptr<Extractor> NewZipExtractor();
// Word, Excel and PowerPoint files (OOXML) and OpenDocument files (libzip,
// pugixml): text in reading order, then comments, tracked deletions and
// hidden text in headed sections, each also reported as HiddenContent.
std::unique_ptr<Extractor> NewOfficeExtractor();
// The media type of an OOXML or ODF package by its parts, or "" when
// `bytes` is not one (libmagic often says only application/zip).
std::string DetectOfficeType(std::string_view bytes);
std::unique_ptr<Extractor> NewPdfExtractor();
// Scanned pages as image files (TIFF, PNG, JPEG, BMP, PNM), by OCR.
std::unique_ptr<Extractor> NewImageExtractor();

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_EXTRACTOR_H_
