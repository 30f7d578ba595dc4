// Single-part (and, for now, the text part of multipart) RFC 5322 email via
// GMime 3. The document text is a header block followed by the body, so a
// redaction decided on a header (a parent's address in Cc) is rendered and
// verified exactly like one in the body.
#include <gmime/gmime.h>

#include <memory>

#include "extractors/extractor.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

struct GObjectUnref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFreeDeleter {
  void operator()(char* p) const { g_free(p); }
};

void InitGMimeOnce() {
  static bool done = [] {
    g_mime_init();
    return true;
  }();
  (void)done;
}

void CollectAddresses(InternetAddressList* list, const char* role, Document* doc,
                      std::string* line) {
  if (!list) return;
  int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* ia = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_GROUP(ia)) {
      CollectAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), role, doc,
                       line);
      continue;
    }
    MetadataPerson p;
    p.role = role;
    const char* name = internet_address_get_name(ia);
    if (name) p.name = SanitizeUtf8(name);
    if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
      const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
      if (addr) p.email = SanitizeUtf8(addr);
    }
    if (!line->empty()) line->append(", ");
    if (!p.name.empty() && !p.email.empty()) {
      line->append(p.name + " <" + p.email + ">");
    } else {
      line->append(p.name.empty() ? p.email : p.name);
    }
    doc->people.push_back(std::move(p));
  }
}

// Finds the best text part: the first text/plain, else the first text/*.
GMimeTextPart* FindTextPart(GMimeObject* obj, int depth, int* attachments) {
  if (!obj || depth > 32) return nullptr;
  if (GMIME_IS_MULTIPART(obj)) {
    GMimeMultipart* mp = GMIME_MULTIPART(obj);
    GMimeTextPart* best = nullptr;
    for (int i = 0; i < g_mime_multipart_get_count(mp); ++i) {
      GMimeObject* part = g_mime_multipart_get_part(mp, i);
      GMimeTextPart* found = FindTextPart(part, depth + 1, attachments);
      if (found && !best) best = found;
    }
    return best;
  }
  if (GMIME_IS_PART(obj) && g_mime_part_is_attachment(GMIME_PART(obj))) {
    ++*attachments;
    return nullptr;
  }
  if (GMIME_IS_TEXT_PART(obj)) {
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (g_mime_content_type_is_type(ct, "text", "plain")) return GMIME_TEXT_PART(obj);
    return GMIME_TEXT_PART(obj);
  }
  if (GMIME_IS_MESSAGE_PART(obj)) ++*attachments;
  return nullptr;
}

class EmailExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "email"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    InitGMimeOnce();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) return Status::Corrupt("not a parsable email message");

    Document doc;
    doc.kind = DocumentKind::kEmail;
    doc.extractor = "email";
    std::string header;
    struct {
      const char* label;
      const char* role;
      InternetAddressList* list;
    } fields[] = {
        {"From", "from", g_mime_message_get_from(message.get())},
        {"To", "to", g_mime_message_get_to(message.get())},
        {"Cc", "cc", g_mime_message_get_cc(message.get())},
        {"Bcc", "bcc", g_mime_message_get_bcc(message.get())},
        {"Reply-To", "reply-to", g_mime_message_get_reply_to(message.get())},
    };
    for (const auto& f : fields) {
      std::string line;
      CollectAddresses(f.list, f.role, &doc, &line);
      if (!line.empty()) header += std::string(f.label) + ": " + line + "\n";
    }
    if (GDateTime* date = g_mime_message_get_date(message.get())) {
      std::unique_ptr<char, GFreeDeleter> iso(g_date_time_format(date, "%Y-%m-%dT%H:%M:%S%:z"));
      std::unique_ptr<char, GFreeDeleter> shown(g_date_time_format(date, "%d %B %Y %H:%M"));
      if (iso) doc.date = iso.get();
      if (shown) header += std::string("Date: ") + shown.get() + "\n";
    }
    if (const char* subject = g_mime_message_get_subject(message.get())) {
      doc.title = SanitizeUtf8(subject);
      header += "Subject: " + doc.title + "\n";
    }
    if (doc.title.empty()) doc.title = options.file_name;

    int attachments = 0;
    std::string body;
    GMimeTextPart* part = FindTextPart(g_mime_message_get_body(message.get()), 0, &attachments);
    if (part) {
      std::unique_ptr<char, GFreeDeleter> text(g_mime_text_part_get_text(part));
      if (text) body = SanitizeUtf8(text.get());
      if (GMimeContentType* ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
          ct && !g_mime_content_type_is_type(ct, "text", "plain")) {
        doc.warnings.push_back("body is not plain text; shown as received");
      }
    } else {
      doc.warnings.push_back("message has no text body");
    }
    if (attachments > 0) {
      doc.warnings.push_back(std::to_string(attachments) +
                             " attachment(s) not yet extracted: handle them manually");
    }
    doc.text = header + "\n" + NormalizeLineEnds(body);
    if (doc.text.size() > options.limits.max_text_bytes) {
      return Status::ResourceLimit("email text is larger than the limit");
    }
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewEmailExtractor() { return std::make_unique<EmailExtractor>(); }

}  // namespace dsar::extractors
