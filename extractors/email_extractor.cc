// RFC 5322 / MIME email via GMime 3. The document text is a header block
// (From, To, Cc, Bcc, Reply-To, Date, Subject), the body and a list of
// attachments, so a redaction decided on a header (a parent's address in Cc)
// is rendered and verified exactly like one in the body. Attachments, inline
// images and nested messages are handed to the PartSink as parts, to become
// child items that go through the whole pipeline.
#include <gmime/gmime.h>

#include <memory>
#include <set>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"
#include "extractors/html_text.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

void CollectAddresses(InternetAddressList* list, const char* role, Document* doc,
                      std::string* line, int depth = 0) {
  if (!list || depth > 8) return;
  int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* ia = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_GROUP(ia)) {
      InternetAddressList* members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia));
      // An empty group ("Morag Pennant: ;") is a recipient known only by
      // name: how the PST extractor writes one without an address. Not
      // "undisclosed-recipients:;", which names nobody.
      const char* group = internet_address_get_name(ia);
      std::string lower = group ? Lower(group) : std::string();
      if (internet_address_list_length(members) > 0 || lower.empty() ||
          lower.find("undisclosed") != std::string::npos || lower.find("recipients") != std::string::npos) {
        CollectAddresses(members, role, doc, line, depth + 1);
        continue;
      }
    }
    MetadataPerson p;
    p.role = role;
    const char* name = internet_address_get_name(ia);
    if (name) p.name = OneLine(name);
    if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
      const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
      if (addr) p.email = OneLine(addr);
    }
    if (p.name.empty() && p.email.empty()) continue;
    if (!line->empty()) line->append(", ");
    if (!p.name.empty() && !p.email.empty()) {
      line->append(p.name + " <" + p.email + ">");
    } else {
      line->append(p.name.empty() ? p.email : p.name);
    }
    doc->people.push_back(std::move(p));
  }
}

// Message-IDs of an In-Reply-To or References header, without brackets.
void AddReferences(GMimeObject* obj, const char* header, std::vector<std::string>* out) {
  const char* raw = g_mime_object_get_header(obj, header);
  if (!raw) return;
  GMimeReferences* refs = g_mime_references_parse(nullptr, raw);
  if (!refs) return;
  for (int i = 0; i < g_mime_references_length(refs); ++i) {
    std::string id = OneLine(g_mime_references_get_message_id(refs, i));
    if (!id.empty() && std::find(out->begin(), out->end(), id) == out->end()) out->push_back(id);
  }
  g_mime_references_free(refs);
}

// A calendar invitation (text/calendar) as readable lines: what, when,
// where, who.
std::string CalendarText(const std::string& ics) {
  static const std::pair<const char*, const char*> kFields[] = {
      {"SUMMARY", "What"},      {"DTSTART", "Starts"},     {"DTEND", "Ends"},
      {"LOCATION", "Where"},    {"ORGANIZER", "Organiser"}, {"ATTENDEE", "Attendee"},
      {"DESCRIPTION", "Details"}};
  // Unfold continuation lines first (RFC 5545 3.1).
  std::string unfolded;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\r') continue;
    if (ics[i] == '\n' && i + 1 < ics.size() && (ics[i + 1] == ' ' || ics[i + 1] == '\t')) {
      ++i;
      continue;
    }
    unfolded += ics[i];
  }
  std::string out = "Calendar invitation:\n";
  size_t pos = 0;
  while (pos < unfolded.size()) {
    size_t eol = unfolded.find('\n', pos);
    std::string line = unfolded.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    pos = eol == std::string::npos ? unfolded.size() : eol + 1;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, line.find_first_of(";:"));
    std::string params = line.substr(name.size(), colon - name.size());
    std::string value = line.substr(colon + 1);
    for (const auto& [key, label] : kFields) {
      if (name != key) continue;
      if (name == "ORGANIZER" || name == "ATTENDEE") {
        if (size_t cn = params.find("CN="); cn != std::string::npos) {
          std::string who = params.substr(cn + 3, params.find(';', cn) - cn - 3);
          if (!who.empty() && who.front() == '"') who = who.substr(1, who.size() - 2);
          value = who + " <" + (value.rfind("mailto:", 0) == 0 || value.rfind("MAILTO:", 0) == 0
                                    ? value.substr(7)
                                    : value) +
                  ">";
        } else if (value.rfind("mailto:", 0) == 0 || value.rfind("MAILTO:", 0) == 0) {
          value = value.substr(7);
        }
      }
      std::string unescaped;
      for (size_t k = 0; k < value.size(); ++k) {
        if (value[k] == '\\' && k + 1 < value.size()) {
          char n = value[++k];
          unescaped += (n == 'n' || n == 'N') ? '\n' : n;
        } else {
          unescaped += value[k];
        }
      }
      out += std::string(label) + ": " + unescaped + "\n";
    }
  }
  return out;
}

class MimeWalker {
 public:
  MimeWalker(const ExtractOptions& options, Document* doc) : options_(options), doc_(doc) {}

  void Visit(GMimeObject* obj, int depth) {
    if (!obj) return;
    if (depth > 64) {
      Warn("MIME nesting deeper than 64 levels: the rest of the message is not read");
      return;
    }
    if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
      Warn("an encrypted part cannot be read: handle it by hand");
      return;
    }
    if (GMIME_IS_MULTIPART(obj)) {
      GMimeMultipart* mp = GMIME_MULTIPART(obj);
      int n = g_mime_multipart_get_count(mp);
      if (n == 0) Warn("an empty multipart (missing boundary?)");
      GMimeContentType* ct = g_mime_object_get_content_type(obj);
      if (ct && g_mime_content_type_is_type(ct, "multipart", "alternative") && n > 0) {
        VisitAlternative(mp, depth);
        return;
      }
      for (int i = 0; i < n; ++i) Visit(g_mime_multipart_get_part(mp, i), depth + 1);
      return;
    }
    if (GMIME_IS_MESSAGE_PART(obj)) {
      GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
      std::string name;
      if (inner && g_mime_message_get_subject(inner)) name = OneLine(g_mime_message_get_subject(inner));
      name = (name.empty() ? std::string("message") : name.substr(0, 80)) + ".eml";
      std::string bytes;
      if (inner) {
        GPtr<GMimeStream> mem(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, mem.get());
        GByteArray* arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
        if (arr) bytes.assign(reinterpret_cast<const char*>(arr->data), arr->len);
      }
      Attachment(name, "message/rfc822", bytes, "attached email");
      return;
    }
    if (!GMIME_IS_PART(obj)) return;
    GMimePart* part = GMIME_PART(obj);
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    std::string type = "application/octet-stream";
    if (ct) {
      const char* t = g_mime_content_type_get_media_type(ct);
      const char* s = g_mime_content_type_get_media_subtype(ct);
      type = Lower(std::string(t ? t : "application") + "/" + (s ? s : "octet-stream"));
    }
    const char* fname = g_mime_part_get_filename(part);
    bool attachment = g_mime_part_is_attachment(part) || (fname && *fname);
    if (type == "text/calendar") {
      body_.push_back(CalendarText(PartText(part)));
      return;
    }
    bool readable_inline = type == "text/plain" || type == "text/html" || type == "text/enriched" ||
                           type == "text/rfc822-headers" || type == "message/delivery-status" ||
                           type == "message/disposition-notification" || type == "message/feedback-report";
    if (!attachment && readable_inline) {
      std::string text = PartText(part);
      if (type == "text/html") text = HtmlToText(text);
      if (!text.empty()) body_.push_back(NormalizeLineEnds(text));
      return;
    }
    std::string name = fname ? OneLine(fname) : "";
    std::string what = attachment ? "attachment" : "inline part";
    if (!attachment && type.rfind("image/", 0) == 0) what = "inline image";
    if (name.empty()) name = what == "inline image" ? "image" : "attachment";
    Attachment(name, type, DecodedBytes(part), what);
  }

  // Assembles the text: header block, body, list of attachments.
  void Finish(const std::string& header) {
    std::string body;
    for (const std::string& b : body_) {
      if (!body.empty()) body += "\n\n";
      body += b;
    }
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
    if (body_.empty()) Warn("message has no text body");
    doc_->text = header + "\n";
    doc_->body_start = doc_->text.size();
    doc_->text += body;
    doc_->body_end = doc_->text.size();
    if (!listing_.empty()) doc_->text += "\n\nAttachments:\n" + listing_;
    doc_->text += "\n";
    if (!options_.parts && count_ > 0) {
      Warn(std::to_string(count_) + " attachment(s) not extracted: handle them manually");
    }
  }

 private:
  void Warn(const std::string& w) {
    if (std::find(doc_->warnings.begin(), doc_->warnings.end(), w) == doc_->warnings.end() &&
        doc_->warnings.size() < 20) {
      doc_->warnings.push_back(w);
    }
  }

  // Prefers the plain text alternative; else HTML; else the richest part.
  // Calendar alternatives are shown too: they carry the invitation.
  void VisitAlternative(GMimeMultipart* mp, int depth) {
    int n = g_mime_multipart_get_count(mp);
    int plain = -1, html = -1;
    std::vector<int> calendars;
    for (int i = 0; i < n; ++i) {
      GMimeObject* p = g_mime_multipart_get_part(mp, i);
      GMimeContentType* ct = g_mime_object_get_content_type(p);
      if (!ct || !GMIME_IS_PART(p)) continue;
      if (g_mime_content_type_is_type(ct, "text", "plain") && plain < 0) plain = i;
      if (g_mime_content_type_is_type(ct, "text", "html") && html < 0) html = i;
      if (g_mime_content_type_is_type(ct, "text", "calendar")) calendars.push_back(i);
    }
    int chosen = plain >= 0 ? plain : html >= 0 ? html : n - 1;
    GMimeObject* best = g_mime_multipart_get_part(mp, chosen);
    if (std::find(calendars.begin(), calendars.end(), chosen) == calendars.end()) Visit(best, depth + 1);
    for (int i : calendars) Visit(g_mime_multipart_get_part(mp, i), depth + 1);
    // Images and files inside an HTML alternative (multipart/related) are
    // still parts of the message when the plain text was chosen.
    for (int i = 0; i < n; ++i) {
      GMimeObject* p = g_mime_multipart_get_part(mp, i);
      if (i != chosen && GMIME_IS_MULTIPART(p)) VisitNonText(p, depth + 1);
    }
  }

  // Visits every part under `obj` except text bodies (already shown in
  // another alternative).
  void VisitNonText(GMimeObject* obj, int depth) {
    if (depth > 64) return;
    if (GMIME_IS_MULTIPART(obj)) {
      GMimeMultipart* mp = GMIME_MULTIPART(obj);
      for (int i = 0; i < g_mime_multipart_get_count(mp); ++i) {
        VisitNonText(g_mime_multipart_get_part(mp, i), depth + 1);
      }
      return;
    }
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (ct && g_mime_content_type_is_type(ct, "text", "*") && GMIME_IS_PART(obj) &&
        !g_mime_part_is_attachment(GMIME_PART(obj))) {
      return;
    }
    Visit(obj, depth);
  }

  std::string PartText(GMimePart* part) {
    if (GMIME_IS_TEXT_PART(part)) {
      std::unique_ptr<char, GFreeDeleter> text(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
      if (text) return SanitizeUtf8(text.get());
      return std::string();
    }
    return SanitizeUtf8(DecodedBytes(part));
  }

  std::string DecodedBytes(GMimePart* part) {
    GMimeDataWrapper* w = g_mime_part_get_content(part);
    if (!w) return std::string();
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(w, mem.get());
    GByteArray* arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return arr ? std::string(reinterpret_cast<const char*>(arr->data), arr->len) : std::string();
  }

  void Attachment(const std::string& name, const std::string& type, const std::string& bytes,
                  const std::string& what) {
    ++count_;
    std::string n = std::to_string(count_);
    listing_ += n + ". " + name + " (" + what + ", " + type + ", " + std::to_string(bytes.size()) +
                " bytes)\n";
    if (!options_.parts || !sink_status_.ok()) return;
    if (bytes.empty()) {
      Warn("attachment " + n + " (" + name + ") is empty");
      return;
    }
    PartInfo info{"attachment " + n, "#attachment-" + n + "/" + PartFileName(name), type == "message/rfc822"};
    sink_status_ = options_.parts->Add(info, bytes);
    if (!sink_status_.ok()) Warn("attachments from " + n + " on not extracted: " + sink_status_.message());
  }

  const ExtractOptions& options_;
  Document* doc_;
  std::vector<std::string> body_;
  std::string listing_;
  int count_ = 0;
  Status sink_status_;
};

const char* ParserWarningText(GMimeParserWarning w) {
  switch (w) {
    case GMIME_WARN_UNENCODED_8BIT_HEADER: return "8-bit characters in a header";
    case GMIME_WARN_INVALID_CONTENT_TYPE: return "invalid content type (read as binary)";
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return "badly encoded header (RFC 2047)";
    case GMIME_WARN_MALFORMED_MULTIPART: return "malformed multipart (missing boundary)";
    case GMIME_WARN_TRUNCATED_MESSAGE: return "the message is truncated";
    case GMIME_WARN_MALFORMED_MESSAGE: return "the message is malformed";
    case GMIME_CRIT_INVALID_HEADER_NAME: return "invalid header name (some content may be skipped)";
    case GMIME_CRIT_CONFLICTING_HEADER: return "conflicting headers";
    case GMIME_CRIT_CONFLICTING_PARAMETER: return "conflicting header parameters";
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "a multipart has no boundary";
    case GMIME_CRIT_NESTING_OVERFLOW: return "MIME nesting too deep";
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "a part without headers or content";
    default: return nullptr;  // duplicated headers and the like: harmless
  }
}

void OnParserWarning(gint64, GMimeParserWarning code, const gchar*, gpointer user_data) {
  auto* warnings = static_cast<std::set<std::string>*>(user_data);
  if (const char* t = ParserWarningText(code)) warnings->insert(std::string("recovered: ") + t);
}

class EmailExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "email"; }

  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    InitGMimeOnce();
    std::set<std::string> parser_warnings;
    std::unique_ptr<GMimeParserOptions, ParserOptionsDeleter> popts(g_mime_parser_options_new());
    g_mime_parser_options_set_warning_callback(popts.get(), OnParserWarning, &parser_warnings);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), popts.get()));
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
    } else {
      doc.warnings.push_back("no readable Date header");
    }
    if (const char* subject = g_mime_message_get_subject(message.get())) {
      doc.title = OneLine(subject);
      header += "Subject: " + doc.title + "\n";
    }
    if (doc.title.empty()) doc.title = options.file_name;
    if (const char* id = g_mime_message_get_message_id(message.get())) doc.message_id = OneLine(id);
    AddReferences(GMIME_OBJECT(message.get()), "In-Reply-To", &doc.references);
    AddReferences(GMIME_OBJECT(message.get()), "References", &doc.references);

    MimeWalker walker(options, &doc);
    walker.Visit(g_mime_message_get_mime_part(message.get()), 0);
    walker.Finish(header);
    for (const std::string& w : parser_warnings) doc.warnings.push_back(w);
    if (doc.text.size() > options.limits.max_text_bytes) {
      return Status::ResourceLimit("email text is larger than the limit");
    }
    return doc;
  }
};

}  // namespace

void InitGMime() { InitGMimeOnce(); }

std::unique_ptr<Extractor> NewEmailExtractor() { return std::make_unique<EmailExtractor>(); }

}  // namespace dsar::extractors
