// Outlook .msg files (MS-OXMSG: an OLE compound file of property streams)
// through libgsf. The document is email-like — header block from the
// sender and recipient storages, date from the fixed-size property stream,
// body (PR_BODY, else the HTML body, else the compressed RTF) and a list of
// attachments — and each attachment is a part: files as they are, embedded
// messages re-written as .msg files of their own, to be extracted in turn.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-utils.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"
#include "extractors/html_text.h"
#include "extractors/mail_text.h"
#include "extractors/rtf_text.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

// Property ids (MS-OXPROPS).
constexpr unsigned kSubject = 0x0037, kSenderName = 0x0C1A, kSenderEmail = 0x0C1F,
                   kSenderSmtp = 0x5D01, kSentRepresentingName = 0x0042, kBody = 0x1000,
                   kBodyHtml = 0x1013, kRtfCompressed = 0x1009, kMessageId = 0x1035,
                   kInReplyTo = 0x1042, kReferences = 0x1039, kDisplayName = 0x3001,
                   kEmailAddress = 0x3003, kSmtpAddress = 0x39FE, kRecipientType = 0x0C15,
                   kAttachLongFilename = 0x3707, kAttachFilename = 0x3704, kAttachData = 0x3701,
                   kClientSubmitTime = 0x0039, kDeliveryTime = 0x0E06;
constexpr size_t kMaxStream = size_t{256} << 20;

// A storage (directory) of the compound file, as opposed to a stream.
bool IsStorage(GsfInput* in) { return in && GSF_IS_INFILE(in) && gsf_infile_num_children(GSF_INFILE(in)) >= 0; }

std::string ReadAll(GsfInput* in) {
  if (!in) return std::string();
  gsf_off_t n = gsf_input_size(in);
  if (n <= 0 || static_cast<size_t>(n) > kMaxStream) return std::string();
  std::string out(static_cast<size_t>(n), '\0');
  gsf_input_seek(in, 0, G_SEEK_SET);
  if (!gsf_input_read(in, out.size(), reinterpret_cast<guint8*>(out.data()))) return std::string();
  return out;
}

std::string StreamName(unsigned id, const char* type) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "__substg1.0_%04X%s", id, type);
  return buf;
}

std::string Stream(GsfInfile* storage, unsigned id, const char* type) {
  GPtr<GsfInput> in(gsf_infile_child_by_name(storage, StreamName(id, type).c_str()));
  return ReadAll(in.get());
}

// A string property, Unicode (001F, UTF-16LE) or 8-bit (001E).
std::string StringProp(GsfInfile* storage, unsigned id) {
  std::string u = Stream(storage, id, "001F");
  if (!u.empty()) {
    while (u.size() >= 2 && u[u.size() - 1] == '\0' && u[u.size() - 2] == '\0') u.resize(u.size() - 2);
    Result<std::string> s = ToUtf8(u, "UTF-16LE", nullptr);
    if (s.ok()) return *s;
  }
  std::string a = Stream(storage, id, "001E");
  while (!a.empty() && a.back() == '\0') a.pop_back();
  if (a.empty()) return a;
  Result<std::string> s = ToUtf8(a, "", nullptr);
  return s.ok() ? *s : SanitizeUtf8(a);
}

// Fixed-size properties of a storage: {tag -> 8-byte value}. The header is
// 32 bytes for the top-level message, 24 for an embedded one, 8 for
// recipients and attachments.
std::map<uint32_t, uint64_t> FixedProps(GsfInfile* storage, size_t header) {
  std::map<uint32_t, uint64_t> out;
  GPtr<GsfInput> in(gsf_infile_child_by_name(storage, "__properties_version1.0"));
  std::string data = ReadAll(in.get());
  for (size_t pos = header; pos + 16 <= data.size(); pos += 16) {
    uint32_t tag;
    uint64_t value;
    std::memcpy(&tag, data.data() + pos, 4);
    std::memcpy(&value, data.data() + pos + 8, 8);
    out[tag] = value;
  }
  return out;
}

// FILETIME (100 ns since 1601) as ISO 8601 UTC.
std::string FileTimeIso(uint64_t ft) {
  if (ft == 0) return std::string();
  int64_t secs = static_cast<int64_t>(ft / 10000000ULL) - 11644473600LL;
  if (secs <= 0) return std::string();
  std::time_t t = static_cast<std::time_t>(secs);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
  return buf;
}

// Copies an OLE storage (an embedded message) into a new compound file in
// memory: a .msg of its own.
void CopyStorage(GsfInfile* from, GsfOutfile* to, int depth) {
  if (depth > 16) return;
  for (int i = 0; i < gsf_infile_num_children(from); ++i) {
    const char* name = gsf_infile_name_by_index(from, i);
    GPtr<GsfInput> child(gsf_infile_child_by_index(from, i));
    if (!child || !name) continue;
    bool dir = IsStorage(child.get());
    GPtr<GsfOutput> out(gsf_outfile_new_child(to, name, dir));
    if (!out) continue;
    if (dir) {
      CopyStorage(GSF_INFILE(child.get()), GSF_OUTFILE(out.get()), depth + 1);
    } else {
      std::string bytes = ReadAll(child.get());
      // An embedded message's property stream has a 24-byte header; a
      // top-level message's has 32.
      if (depth == 0 && std::strcmp(name, "__properties_version1.0") == 0 && bytes.size() >= 24) {
        bytes.insert(24, 8, '\0');
      }
      if (!bytes.empty()) gsf_output_write(out.get(), bytes.size(), reinterpret_cast<const guint8*>(bytes.data()));
    }
    gsf_output_close(out.get());
  }
}

std::string StorageAsMsg(GsfInfile* storage) {
  GPtr<GsfOutput> mem(gsf_output_memory_new());
  {
    GPtr<GsfOutfile> ole(gsf_outfile_msole_new(mem.get()));
    if (!ole) return std::string();
    CopyStorage(storage, ole.get(), 0);
    gsf_output_close(GSF_OUTPUT(ole.get()));
  }
  const guint8* bytes = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(mem.get()));
  gsf_off_t n = gsf_output_size(mem.get());
  return bytes && n > 0 ? std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(n)) : std::string();
}

}  // namespace

void InitGsf() {
  static bool init = [] {
    gsf_init();
    return true;
  }();
  (void)init;
}

namespace {

// Why an OLE file that is not an Outlook message is not read, in words
// that tell the DPO what to do: old binary Office files are recognised by
// their main stream.
Status NotAMessage(GsfInfile* ole) {
  auto has = [&](const char* name) {
    GPtr<GsfInput> child(gsf_infile_child_by_name(ole, name));
    return child != nullptr;
  };
  if (has("EncryptedPackage")) {
    return Status::NeedsPassword("a password-protected Word, Excel or PowerPoint file: open it with its "
                                 "password, save an unprotected copy and add that instead");
  }
  if (has("WordDocument")) {
    return Status::Unsupported("Word 97-2003 document (.doc): save it as .docx and add it again");
  }
  if (has("Workbook") || has("Book")) {
    return Status::Unsupported("Excel 97-2003 workbook (.xls): save it as .xlsx and add it again");
  }
  if (has("PowerPoint Document")) {
    return Status::Unsupported("PowerPoint 97-2003 presentation (.ppt): save it as .pptx and add it again");
  }
  return Status::Unsupported("an OLE compound file that is not an Outlook message or an Office document: "
                             "review it by hand");
}

class MsgExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "msg"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    InitGsf();
    GPtr<GsfInput> input(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                              static_cast<gsf_off_t>(bytes.size()), FALSE));
    GError* err = nullptr;
    GPtr<GsfInfile> ole(gsf_infile_msole_new(input.get(), &err));
    if (!ole) {
      std::string why = err && err->message ? err->message : "unknown error";
      if (err) g_error_free(err);
      return Status::Corrupt("not a readable OLE compound file (" + why + ")");
    }
    // An Outlook message has property streams; other OLE files (Word 97,
    // Excel 97) do not.
    bool is_msg = false;
    for (int i = 0; i < gsf_infile_num_children(ole.get()) && !is_msg; ++i) {
      const char* n = gsf_infile_name_by_index(ole.get(), i);
      is_msg = n && (std::strncmp(n, "__substg1.0_", 12) == 0 || std::strcmp(n, "__properties_version1.0") == 0);
    }
    if (!is_msg) return NotAMessage(ole.get());

    Document doc;
    doc.kind = DocumentKind::kEmail;
    doc.extractor = "msg";
    GsfInfile* root = ole.get();
    std::string header;
    std::string from = StringProp(root, kSenderName);
    if (from.empty()) from = StringProp(root, kSentRepresentingName);
    std::string from_email = StringProp(root, kSenderSmtp);
    if (from_email.empty()) from_email = StringProp(root, kSenderEmail);
    if (from_email.find('@') == std::string::npos) from_email.clear();  // an Exchange DN, not an address
    if (!from.empty() || !from_email.empty()) {
      from = OneLine(from.c_str());
      from_email = OneLine(from_email.c_str());
      header += "From: " + (from.empty() ? from_email : from_email.empty() ? from : from + " <" + from_email + ">") + "\n";
      doc.people.push_back({"from", from, from_email});
    }
    // Recipients, by type: 1 To, 2 Cc, 3 Bcc.
    std::map<int, std::string> lines;
    for (int i = 0; i < gsf_infile_num_children(root); ++i) {
      const char* n = gsf_infile_name_by_index(root, i);
      if (!n || std::strncmp(n, "__recip_version1.0_", 19) != 0) continue;
      GPtr<GsfInput> r(gsf_infile_child_by_index(root, i));
      if (!IsStorage(r.get())) continue;
      GsfInfile* rs = GSF_INFILE(r.get());
      std::string name = OneLine(StringProp(rs, kDisplayName).c_str());
      std::string email = OneLine(StringProp(rs, kSmtpAddress).c_str());
      if (email.empty()) email = OneLine(StringProp(rs, kEmailAddress).c_str());
      if (email.find('@') == std::string::npos) email.clear();
      auto fixed = FixedProps(rs, 8);
      int type = static_cast<int>(fixed[(kRecipientType << 16) | 0x0003] & 0xFF);
      if (type < 1 || type > 3) type = 1;
      if (name.empty() && email.empty()) continue;
      static const char* kRoles[] = {"", "to", "cc", "bcc"};
      doc.people.push_back({kRoles[type], name, email});
      std::string& line = lines[type];
      if (!line.empty()) line += ", ";
      line += name.empty() ? email : email.empty() || name == email ? name : name + " <" + email + ">";
    }
    static const char* kLabels[] = {"", "To", "Cc", "Bcc"};
    for (const auto& [type, line] : lines) header += std::string(kLabels[type]) + ": " + line + "\n";
    auto fixed = FixedProps(root, 32);
    uint64_t when = fixed[(kClientSubmitTime << 16) | 0x0040];
    if (when == 0) when = fixed[(kDeliveryTime << 16) | 0x0040];
    doc.date = FileTimeIso(when);
    if (!doc.date.empty()) header += "Date: " + doc.date.substr(0, 10) + " " + doc.date.substr(11, 5) + " UTC\n";
    else doc.warnings.push_back("no date in the message");
    std::string subject = OneLine(StringProp(root, kSubject).c_str());
    if (!subject.empty()) header += "Subject: " + subject + "\n";
    doc.title = subject.empty() ? options.file_name : subject;
    std::string id = OneLine(StringProp(root, kMessageId).c_str());
    auto strip = [](std::string s) {
      if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
      return s;
    };
    doc.message_id = strip(id);
    for (unsigned prop : {kInReplyTo, kReferences}) {
      std::string refs = StringProp(root, prop);
      size_t pos = 0;
      while ((pos = refs.find('<', pos)) != std::string::npos) {
        size_t end = refs.find('>', pos);
        if (end == std::string::npos) break;
        std::string r = refs.substr(pos + 1, end - pos - 1);
        if (std::find(doc.references.begin(), doc.references.end(), r) == doc.references.end()) doc.references.push_back(r);
        pos = end;
      }
    }

    std::string body = StringProp(root, kBody);
    if (body.empty()) {
      std::string html = Stream(root, kBodyHtml, "0102");
      if (html.empty()) html = StringProp(root, kBodyHtml);
      if (!html.empty()) body = HtmlToText(SanitizeUtf8(html));
    }
    if (body.empty()) {
      std::string rtf = Stream(root, kRtfCompressed, "0102");
      if (!rtf.empty()) body = CompressedRtfToText(rtf);
    }
    if (body.empty()) doc.warnings.push_back("message has no text body");

    AttachmentList attachments(options);
    for (int i = 0; i < gsf_infile_num_children(root); ++i) {
      const char* n = gsf_infile_name_by_index(root, i);
      if (!n || std::strncmp(n, "__attach_version1.0_", 20) != 0) continue;
      GPtr<GsfInput> a(gsf_infile_child_by_index(root, i));
      if (!IsStorage(a.get())) continue;
      GsfInfile* as = GSF_INFILE(a.get());
      std::string name = StringProp(as, kAttachLongFilename);
      if (name.empty()) name = StringProp(as, kAttachFilename);
      if (name.empty()) name = StringProp(as, kDisplayName);
      std::string data = Stream(as, kAttachData, "0102");
      std::string what = "attachment";
      if (data.empty()) {
        GPtr<GsfInput> embedded(gsf_infile_child_by_name(as, StreamName(kAttachData, "000D").c_str()));
        if (IsStorage(embedded.get())) {
          data = StorageAsMsg(GSF_INFILE(embedded.get()));
          what = "attached email";
          if (name.empty()) name = "message";
          if (name.size() < 4 || name.substr(name.size() - 4) != ".msg") name += ".msg";
        }
      }
      if (data.empty()) continue;
      attachments.Add(name, what, data, &doc);
    }
    attachments.Finish(header, body, &doc);
    if (doc.text.size() > options.limits.max_text_bytes) return Status::ResourceLimit("message text is larger than the limit");
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewMsgExtractor() { return std::make_unique<MsgExtractor>(); }

}  // namespace dsar::extractors
