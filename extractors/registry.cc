#include <magic.h>

#include <cstring>
#include <mutex>

#include "extractors/extractor.h"
#include "pipeline/model/hash.h"

namespace dsar::extractors {

const ExtractorRegistry& ExtractorRegistry::Default() {
  static const ExtractorRegistry* registry = [] {
    auto* r = new ExtractorRegistry;
    std::shared_ptr<const Extractor> text = NewTextExtractor();
    r->Register("text/", text);
    r->Register("application/csv", text);
    r->Register("application/json", text);
    r->Register("message/rfc822", NewEmailExtractor());
    r->Register("application/mbox", NewMboxExtractor());
    r->Register("application/vnd.ms-tnef", NewTnefExtractor());
    r->Register("application/ms-tnef", NewTnefExtractor());
    r->Register("application/zip", NewZipExtractor());
    // Outlook messages are OLE compound files; libmagic names them in
    // several ways. Other OLE files are refused by the extractor as such.
    std::shared_ptr<const Extractor> msg = NewMsgExtractor();
    for (const char* type : {"application/vnd.ms-outlook", "application/x-ole-storage", "application/CDFV2"}) {
      r->Register(type, msg);
    }
    // PST archives: libmagic calls them application/vnd.ms-outlook like a
    // .msg; DetectMediaType tells them apart by their "!BDN" signature.
    r->Register("application/vnd.ms-outlook-pst", NewPstExtractor());
    // Old binary Office files are OLE too: the same extractor tells the
    // DPO to save them in the current format.
    for (const char* type : {"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"}) {
      r->Register(type, msg);
    }
    std::shared_ptr<const Extractor> office = NewOfficeExtractor();
    for (const char* type : {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
                             "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                             "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
                             "application/vnd.openxmlformats-officedocument.presentationml.template",
                             "application/vnd.ms-word.document.macroEnabled.12",
                             "application/vnd.ms-excel.sheet.macroEnabled.12",
                             "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
                             "application/vnd.oasis.opendocument.text",
                             "application/vnd.oasis.opendocument.text-template",
                             "application/vnd.oasis.opendocument.spreadsheet",
                             "application/vnd.oasis.opendocument.spreadsheet-template",
                             "application/vnd.oasis.opendocument.presentation",
                             "application/vnd.oasis.opendocument.presentation-template"}) {
      r->Register(type, office);
    }
    r->Register("application/pdf", NewPdfExtractor());
    std::shared_ptr<const Extractor> image = NewImageExtractor();
    for (const char* type : {"image/tiff", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp",
                             "image/x-portable-bitmap", "image/x-portable-graymap",
                             "image/x-portable-greymap", "image/x-portable-pixmap",
                             "image/x-portable-anymap"}) {
      r->Register(type, image);
    }
    return r;
  }();
  return *registry;
}

Result<Document> Extractor::ExtractFile(const std::filesystem::path& file,
                                       const ExtractOptions& options) const {
  Result<std::string> bytes = ReadFile(file, options.limits.max_item_bytes);
  if (!bytes.ok()) return bytes.status();
  return Extract(*bytes, options);
}

void ExtractorRegistry::Register(std::string media_type,
                                 std::shared_ptr<const Extractor> extractor) {
  entries_.emplace_back(std::move(media_type), std::move(extractor));
}

const Extractor* ExtractorRegistry::Find(std::string_view media_type) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    const std::string& key = it->first;
    bool prefix = !key.empty() && key.back() == '/';
    if (prefix ? media_type.substr(0, key.size()) == key : media_type == key) {
      return it->second.get();
    }
  }
  return nullptr;
}

namespace {

// True if the first lines of `bytes` look like RFC 5322 headers: at least two
// well-known header names before the first blank line.
bool LooksLikeMail(std::string_view bytes) {
  static const char* kHeaders[] = {"from:", "to:", "subject:", "date:", "message-id:",
                                   "received:", "mime-version:", "cc:", "return-path:"};
  int known = 0;
  size_t pos = 0;
  for (int line = 0; line < 40 && pos < bytes.size(); ++line) {
    size_t eol = bytes.find('\n', pos);
    std::string_view l = bytes.substr(pos, eol == std::string_view::npos ? bytes.size() - pos : eol - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty()) break;
    if (l[0] != ' ' && l[0] != '\t') {
      size_t colon = l.find(':');
      if (colon == std::string_view::npos || colon == 0) return false;
      std::string name(l.substr(0, colon + 1));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const char* h : kHeaders) known += (name == h);
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return known >= 2;
}

// True if `bytes` read as text: no NUL bytes and almost no control
// characters. libmagic sometimes types short notes as plotter files or
// similar ("application/vnd.hp-HPGL" for a line starting "PA..."); such a
// guess must not stop a readable document being processed.
bool LooksLikeText(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1 << 16);
  if (head.find('\0') != std::string_view::npos) return false;
  size_t control = 0;
  for (unsigned char c : head) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 100 <= head.size();
}

}  // namespace

void InitGMime();  // email_extractor.cc
void InitGsf();    // msg_extractor.cc

void InitLibraries() {
  InitGMime();
  InitGsf();
  DetectMediaType("warm up");
}

std::string DetectMediaType(std::string_view bytes) {
  if (bytes.empty()) return "application/x-empty";
  // Decided by its first bytes whatever libmagic says: not asked, so that
  // `dsar extract` of a PDF does not load and run libmagic's rules.
  if (bytes.substr(0, 5) == "%PDF-") return "application/pdf";
  static std::mutex mu;
  static magic_t cookie = [] {
    magic_t m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
    if (m && magic_load(m, nullptr) != 0) {
      magic_close(m);
      m = nullptr;
    }
    return m;
  }();
  std::string type = "application/octet-stream";
  {
    std::lock_guard<std::mutex> lock(mu);
    if (cookie) {
      const char* t = magic_buffer(cookie, bytes.data(), bytes.size());
      if (t) type = t;
    }
  }
  // Outlook PST (or OST) archive: "!BDN", then "SM" (PST) or "SO" (OST).
  if (bytes.size() >= 10 && bytes.substr(0, 4) == "!BDN" &&
      (bytes.substr(8, 2) == "SM" || bytes.substr(8, 2) == "SO")) {
    return "application/vnd.ms-outlook-pst";
  }
  // libmagic names an office file by the order of its ZIP entries: one
  // written by another program is often just application/zip or
  // application/octet-stream. Its parts say what it is.
  if (type == "application/zip" || type == "application/octet-stream" ||
      type.rfind("application/vnd.openxmlformats-officedocument.", 0) == 0) {
    if (std::string office = DetectOfficeType(bytes); !office.empty()) return office;
    // A ZIP whose head does not say more (ingest types a file by its first
    // 64 KB): the ZIP extractor reads it whole, and hands an office package
    // to the office extractor.
    if (type == "application/octet-stream" && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
      return "application/zip";
    }
  }
  // An mbox mailbox: a "From " separator line, then a message's headers.
  if (std::string_view b = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
      b.substr(0, 5) == "From ") {
    size_t nl = b.find('\n');
    if (nl != std::string_view::npos && LooksLikeMail(b.substr(nl + 1))) return "application/mbox";
  }
  // Plain (ASCII) PNM images are text too, but what libmagic says they are.
  if (type.rfind("text/", 0) != 0 && type != "message/rfc822" && type != "application/json" &&
      type != "application/csv" && type != "application/pdf" &&
      type.rfind("image/x-portable-", 0) != 0 && LooksLikeText(bytes)) {
    type = "text/plain";
  }
  if (type.rfind("text/", 0) == 0 || type == "message/rfc822") {
    return LooksLikeMail(bytes) ? "message/rfc822" : (type == "message/rfc822" ? "text/plain" : type);
  }
  return type;
}

}  // namespace dsar::extractors
