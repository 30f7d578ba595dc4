// Outlook's TNEF (winmail.dat, application/ms-tnef) via libytnef: the
// subject, sender, date and body (plain text, else HTML, else the
// compressed RTF reduced to text) as an email-like document, and every
// attached file or embedded message as a part.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"
#include "extractors/html_text.h"
#include "extractors/mail_text.h"
#include "extractors/rtf_text.h"
#include "pipeline/model/unicode.h"

// Last: libytnef's headers define BYTE, WORD and DWORD as macros. They
// declare C functions without extern "C".
extern "C" {
#include <ytnef.h>
}

namespace dsar::extractors {
namespace {

struct TnefFree {
  void operator()(TNEFStruct* t) const {
    TNEFFree(t);
    delete t;
  }
};

variableLength* Find(MAPIProps* props, ULONG type, ULONG id) {
  variableLength* v = MAPIFindProperty(props, PROP_TAG(type, id));
  return v == MAPI_UNDEFINED || !v || !v->data || v->size <= 0 ? nullptr : v;
}

std::string Bytes(const variableLength* v) {
  if (!v || !v->data || v->size <= 0) return std::string();
  return std::string(reinterpret_cast<const char*>(v->data), static_cast<size_t>(v->size));
}

// An 8-bit string (code page unknown: detected) without its terminator.
std::string String8(const variableLength* v) {
  std::string s = Bytes(v);
  while (!s.empty() && s.back() == '\0') s.pop_back();
  Result<std::string> u = ToUtf8(s, "", nullptr);
  return u.ok() ? *u : SanitizeUtf8(s);
}

// PT_UNICODE values: libytnef converts some to UTF-8 already; the rest
// are UTF-16LE. UTF-16 text of Latin letters is full of NULs; UTF-8 has none.
std::string Unicode(const variableLength* v) {
  std::string s = Bytes(v);
  // Latin text in UTF-16LE has a NUL second byte; converted text is valid,
  // printable UTF-8 up to its terminator.
  std::string eight = s.substr(0, s.find('\0'));
  bool printable = !eight.empty() && IsValidUtf8(eight) &&
                   std::none_of(eight.begin(), eight.end(), [](char c) {
                     return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
                   });
  if (s.size() >= 2 && s[1] != '\0' && printable) return eight;
  while (s.size() >= 2 && s[s.size() - 1] == '\0' && s[s.size() - 2] == '\0') s.resize(s.size() - 2);
  Result<std::string> u = ToUtf8(s, "UTF-16LE", nullptr);
  return u.ok() ? *u : std::string();
}

// A string property in either form.
std::string StringProp(MAPIProps* props, ULONG id) {
  if (variableLength* v = Find(props, PT_UNICODE, id)) return Unicode(v);
  if (variableLength* v = Find(props, PT_STRING8, id)) return String8(v);
  return std::string();
}

}  // namespace

std::string RtfToText(const std::string& rtf) {
  std::string raw;  // windows-1252 bytes and UTF-8 from \u escapes mixed: kept apart below
  std::string out;
  auto flush_raw = [&] {
    if (raw.empty()) return;
    Result<std::string> u = ToUtf8(raw, "windows-1252", nullptr);
    out += u.ok() ? *u : SanitizeUtf8(raw);
    raw.clear();
  };
  std::vector<bool> skip_stack{false};
  int skip_chars = 0;
  for (size_t i = 0; i < rtf.size(); ++i) {
    char c = rtf[i];
    bool skipping = skip_stack.back();
    if (c == '{') {
      skip_stack.push_back(skipping);
      if (skip_stack.size() > 1000) break;  // hostile nesting
      continue;
    }
    if (c == '}') {
      if (skip_stack.size() > 1) skip_stack.pop_back();
      continue;
    }
    if (c == '\r' || c == '\n') continue;
    if (c != '\\') {
      if (skip_chars > 0) {
        --skip_chars;
        continue;
      }
      if (!skipping) raw += c;
      continue;
    }
    if (i + 1 >= rtf.size()) break;
    char n = rtf[i + 1];
    if (n == '\\' || n == '{' || n == '}') {
      if (!skipping) raw += n;
      ++i;
      continue;
    }
    if (n == '*') {
      skip_stack.back() = true;
      ++i;
      continue;
    }
    if (n == '\'' && i + 3 < rtf.size()) {
      if (!skipping) raw += static_cast<char>(std::strtol(rtf.substr(i + 2, 2).c_str(), nullptr, 16));
      i += 3;
      continue;
    }
    size_t j = i + 1;
    while (j < rtf.size() && std::isalpha(static_cast<unsigned char>(rtf[j]))) ++j;
    std::string word = rtf.substr(i + 1, j - i - 1);
    size_t k = j;
    if (k < rtf.size() && (rtf[k] == '-' || std::isdigit(static_cast<unsigned char>(rtf[k])))) {
      ++k;
      while (k < rtf.size() && std::isdigit(static_cast<unsigned char>(rtf[k]))) ++k;
    }
    long param = k > j ? std::strtol(rtf.substr(j, k - j).c_str(), nullptr, 10) : 0;
    if (k < rtf.size() && rtf[k] == ' ') ++k;
    i = k - 1;
    if (word.empty()) continue;  // control symbol such as \~ or \-
    if (word == "fonttbl" || word == "colortbl" || word == "stylesheet" || word == "info" ||
        word == "pict" || word == "header" || word == "footer") {
      skip_stack.back() = true;
    } else if (skipping) {
      continue;
    } else if (word == "par" || word == "line" || word == "row") {
      raw += '\n';
    } else if (word == "tab" || word == "cell") {
      raw += '\t';
    } else if (word == "u") {
      flush_raw();
      int32_t cp = static_cast<int32_t>(param < 0 ? param + 65536 : param);
      std::string utf8;
      if (cp < 0x80) {
        utf8 += static_cast<char>(cp);
      } else if (cp < 0x800) {
        utf8 += static_cast<char>(0xC0 | (cp >> 6));
        utf8 += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        utf8 += static_cast<char>(0xE0 | (cp >> 12));
        utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        utf8 += static_cast<char>(0x80 | (cp & 0x3F));
      }
      out += SanitizeUtf8(utf8);
      skip_chars = 1;  // the ANSI fallback character that follows
    }
  }
  flush_raw();
  return out;
}

std::string CompressedRtfToText(std::string_view compressed) {
  std::string copy(compressed);
  variableLength v{reinterpret_cast<BYTE*>(copy.data()), static_cast<int>(copy.size())};
  int size = 0;
  BYTE* raw = DecompressRTF(&v, &size);
  std::string text;
  if (raw && size > 0) text = RtfToText(std::string(reinterpret_cast<const char*>(raw), static_cast<size_t>(size)));
  std::free(raw);
  return text;
}

namespace {

std::string DateText(const dtr& d) {
  if (d.wYear == 0) return std::string();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02u", d.wYear, d.wMonth, d.wDay, d.wHour,
                d.wMinute, d.wSecond);
  return buf;
}

class TnefExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "tnef"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    std::string copy(bytes);  // libytnef takes a mutable buffer
    std::unique_ptr<TNEFStruct, TnefFree> tnef(new TNEFStruct());
    TNEFInitialize(tnef.get());
    tnef->Debug = 0;
    if (TNEFParseMemory(reinterpret_cast<BYTE*>(copy.data()), static_cast<long>(copy.size()), tnef.get()) < 0) {
      return Status::Corrupt("not a readable TNEF (winmail.dat) stream");
    }
    Document doc;
    doc.kind = DocumentKind::kEmail;
    doc.extractor = "tnef";
    MAPIProps* props = &tnef->MapiProperties;
    std::string subject = StringProp(props, PR_SUBJECT);
    if (subject.empty()) subject = String8(&tnef->subject);
    std::string from = StringProp(props, PR_SENDER_NAME);
    std::string from_email = StringProp(props, PR_SENDER_EMAIL_ADDRESS);
    if (from.empty()) from = String8(&tnef->from);
    std::string header;
    if (!from.empty() || !from_email.empty()) {
      header += "From: " + OneLine(from.c_str()) +
                (from_email.empty() ? "" : (from.empty() ? "" : " ") + std::string("<") + OneLine(from_email.c_str()) + ">") +
                "\n";
      doc.people.push_back({"from", OneLine(from.c_str()), OneLine(from_email.c_str())});
    }
    doc.date = DateText(tnef->dateSent);
    if (!doc.date.empty()) header += "Date: " + doc.date.substr(0, 10) + " " + doc.date.substr(11, 5) + "\n";
    if (!subject.empty()) {
      doc.title = OneLine(subject.c_str());
      header += "Subject: " + doc.title + "\n";
    }
    if (doc.title.empty()) doc.title = options.file_name;

    std::string body = StringProp(props, PR_BODY);
    if (body.empty() && tnef->body.size > 0) body = String8(&tnef->body);
    if (body.empty()) {
      variableLength* html = Find(props, PT_BINARY, PR_BODY_HTML);
      if (!html) html = Find(props, PT_STRING8, PR_BODY_HTML);
      if (html) body = HtmlToText(SanitizeUtf8(Bytes(html)));
    }
    if (body.empty()) {
      if (variableLength* rtf = Find(props, PT_BINARY, PR_RTF_COMPRESSED)) body = CompressedRtfToText(Bytes(rtf));
    }
    if (body.empty()) doc.warnings.push_back("no readable body in the TNEF stream");

    AttachmentList attachments(options);
    for (Attachment* a = tnef->starting_attach.next; a; a = a->next) {
      if (attachments.count() >= static_cast<int>(options.limits.max_parts)) {
        doc.warnings.push_back("too many attachments: the rest were not read");
        break;
      }
      std::string name = StringProp(&a->MAPI, PR_ATTACH_LONG_FILENAME);
      if (name.empty()) name = StringProp(&a->MAPI, PR_DISPLAY_NAME);
      if (name.empty()) name = String8(&a->Title);
      std::string data = Bytes(&a->FileData);
      if (data.empty()) {
        // An embedded message or object (PR_ATTACH_DATA_OBJ): its bytes,
        // after the 16-byte interface id, are a TNEF stream of their own.
        if (variableLength* obj = Find(&a->MAPI, PT_OBJECT, PR_ATTACH_DATA_OBJ)) {
          data = Bytes(obj);
          if (data.size() > 16) data = data.substr(16);
        }
      }
      if (data.empty()) continue;
      attachments.Add(name, "attachment", data, &doc);
    }
    attachments.Finish(header, body, &doc);
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewTnefExtractor() { return std::make_unique<TnefExtractor>(); }

}  // namespace dsar::extractors
