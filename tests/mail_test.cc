// Mail: MIME in full, mbox streamed, attachments and messages as child
// items, duplicates, threads and the date range — real messages written by
// the tests (invented people only) and MimeKit's real-world corpus, through
// GMime, a real case store and the real pipeline stages.
#include <catch2/catch.hpp>

#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>

#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include "extractors/extractor.h"
#include "extractors/html_text.h"
#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/mail_threads.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/zip_writer.h"
#include "redaction/redaction.h"
#include "mail_test_util.h"
#include "test_util.h"

using namespace dsar;
using namespace dsar::extractors;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpora = DSAR_CORPORA_DIR;

// A PDF with one line of text (Helvetica), valid cross-references.
std::string OneLinePdf(const std::string& line) {
  std::string content = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
  return AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
                      ">> >> /Contents 5 0 R >>",
                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                          "\nendstream"});
}

std::string Base64(const std::string& in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += k[(v >> s) & 63];
    if (out.size() % 77 == 76) out += '\n';
  }
  if (i + 1 == in.size()) {
    uint32_t v = uint8_t(in[i]) << 16;
    out += k[(v >> 18) & 63];
    out += k[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    out += k[(v >> 18) & 63];
    out += k[(v >> 12) & 63];
    out += k[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

}  // namespace

TEST_CASE("html: paragraphs, lists and tables stay legible", "[mail]") {
  std::string text = HtmlToText(
      "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
      "<p>Dear&nbsp;parent,</p><p>Two   things:</p><ul><li>the trip</li><li>the form</li></ul>"
      "<ol><li>first</li><li>second</li></ol>"
      "<table><tr><th>Day</th><th>Room</th></tr><tr><td>Monday</td><td>B12</td></tr></table>"
      "<div>Line one<br>Line two</div></body></html>");
  CHECK(text.find("Dear\xC2\xA0parent,\n\nTwo things:") != std::string::npos);
  CHECK(text.find("- the trip\n- the form") != std::string::npos);
  CHECK(text.find("1. first\n2. second") != std::string::npos);
  CHECK(text.find("Day | Room\nMonday | B12") != std::string::npos);
  CHECK(text.find("Line one\nLine two") != std::string::npos);
  CHECK(text.find("alert") == std::string::npos);
  CHECK(text.find("color") == std::string::npos);
  // Broken HTML still gives its text.
  CHECK(HtmlToText("<p>unclosed <b>bold <i>text").find("unclosed bold text") != std::string::npos);
}

TEST_CASE("email: alternative parts, encoded names, charsets, attachments and nested mail", "[mail]") {
  std::string pdf = OneLinePdf("Report for Zephyrine Quonset");
  std::string nested =
      "From: Orla Brannigan <o.brannigan@example.org>\r\nTo: office@school.example.org\r\n"
      "Subject: Original note\r\nDate: Mon, 05 Oct 2026 09:00:00 +0100\r\n\r\nThe original note.\r\n";
  std::string mail =
      "From: =?UTF-8?Q?Ren=C3=A9e_Ostrowski?= <r.ostrowski@example.org>\r\n"
      "To: \"Head of Year\" <hoy@school.example.org>, Idris Pemberton <i.pemberton@example.org>\r\n"
      "Cc: =?ISO-8859-1?Q?Se=E1n_Ua_Dhuibhir?= <sean@example.org>\r\n"
      "Subject: =?UTF-8?B?Q2Fmw6kgbWVldGluZw==?=\r\n"
      "Date: Tue, 06 Oct 2026 10:30:00 +0100\r\n"
      "Message-ID: <abc@example.org>\r\nIn-Reply-To: <root@example.org>\r\n"
      "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
      "--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
      "--alt\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "Plain body: caf=E9 at 10.\r\n"
      "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML body</p>\r\n"
      "--alt\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Review meeting\r\nDTSTART:20261012T090000Z\r\n"
      "LOCATION:Room 4\r\nORGANIZER;CN=\"Hollis Drummond\":mailto:h.drummond@example.org\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n"
      "--alt--\r\n"
      "--outer\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
      "Content-Disposition: attachment; filename*=UTF-8''rapport%C3%A9.pdf\r\n\r\n" +
      Base64(pdf) + "\r\n"
      "--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + nested +
      "--outer\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      Base64(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) + "\r\n--outer--\r\n";
  CollectingSink sink;
  Result<Document> doc = ExtractMail(mail, &sink);
  REQUIRE(doc.ok());
  const std::string& t = doc->text;
  INFO(t);
  CHECK(t.rfind("From: Ren\xC3\xA9" "e Ostrowski <r.ostrowski@example.org>\n", 0) == 0);
  CHECK(t.find("Cc: Se\xC3\xA1n Ua Dhuibhir <sean@example.org>") != std::string::npos);
  CHECK(t.find("Subject: Caf\xC3\xA9 meeting") != std::string::npos);
  CHECK(t.find("Plain body: caf\xC3\xA9 at 10.") != std::string::npos);  // plain preferred, charset decoded
  CHECK(t.find("HTML body") == std::string::npos);
  CHECK(t.find("What: Review meeting") != std::string::npos);
  CHECK(t.find("Organiser: Hollis Drummond <h.drummond@example.org>") != std::string::npos);
  CHECK(t.find("Attachments:\n1. rapport\xC3\xA9.pdf") != std::string::npos);
  CHECK(doc->message_id == "abc@example.org");
  REQUIRE(doc->references.size() == 1);
  CHECK(doc->references[0] == "root@example.org");
  CHECK(doc->date.rfind("2026-10-06", 0) == 0);
  CHECK(t.substr(doc->body_start, doc->body_end - doc->body_start).find("Plain body") == 0);
  REQUIRE(sink.parts.size() == 3);
  CHECK(sink.parts[0].first.label == "attachment 1");
  CHECK(sink.parts[0].first.location == "#attachment-1/rapport\xC3\xA9.pdf");
  CHECK(sink.parts[0].second == pdf);  // base64 decoded exactly
  CHECK(sink.parts[1].first.is_message);
  CHECK(sink.parts[1].second.find("The original note.") != std::string::npos);
  CHECK(sink.parts[2].first.location == "#attachment-3/image");
  // People from every address header are in the metadata.
  std::set<std::string> emails;
  for (const MetadataPerson& p : doc->people) emails.insert(p.email);
  CHECK(emails.count("i.pemberton@example.org") == 1);
  CHECK(emails.count("sean@example.org") == 1);
}

TEST_CASE("email: an HTML-only message is read as text", "[mail]") {
  Result<Document> doc = ExtractMail(
      "From: a@example.org\nTo: b@example.org\nSubject: s\nContent-Type: text/html\n\n"
      "<p>First paragraph.</p><ul><li>item one</li></ul>",
      nullptr);
  REQUIRE(doc.ok());
  CHECK(doc->text.find("First paragraph.\n\n- item one") != std::string::npos);
}

TEST_CASE("email: broken mail is recovered with warnings, never a crash", "[mail]") {
  struct Case {
    const char* what;
    std::string mail;
    const char* expect;  // in the text
  } cases[] = {
      {"missing end boundary",
       "From: a@example.org\nTo: b@example.org\nSubject: s\nContent-Type: multipart/mixed; boundary=zz\n\n"
       "--zz\nContent-Type: text/plain\n\nstill readable\n",
       "still readable"},
      {"truncated base64",
       "From: a@example.org\nTo: b@example.org\nSubject: s\nContent-Type: text/plain\n"
       "Content-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQgaGVsbG8gd29y",
       "hello world"},
      {"unknown charset",
       "From: a@example.org\nTo: b@example.org\nSubject: s\nContent-Type: text/plain; charset=x-no-such\n\n"
       "plain words\n",
       "plain words"},
      {"8-bit junk in headers",
       std::string("From: J\xFF\xFEnk <a@example.org>\nTo: b@example.org\nSubject: \x80\x81 odd\n\nbody text\n"),
       "body text"},
      {"multipart without a boundary",
       "From: a@example.org\nTo: b@example.org\nSubject: s\nContent-Type: multipart/mixed\n\nsome text\n",
       "From: a@example.org"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Result<Document> doc = ExtractMail(c.mail, nullptr);
    REQUIRE(doc.ok());
    CHECK(doc->text.find(c.expect) != std::string::npos);
    CHECK(IsValidUtf8(doc->text));
  }
  // Header injection: an encoded line break must not start a new header line.
  Result<Document> doc = ExtractMail(
      "From: a@example.org\nTo: b@example.org\nSubject: =?UTF-8?Q?hello=0ABcc:_victim@example.org?=\n\nx\n",
      nullptr);
  REQUIRE(doc.ok());
  CHECK(doc->text.find("\nBcc:") == std::string::npos);
  CHECK(doc->text.find("Subject: hello Bcc: victim@example.org") != std::string::npos);
}

TEST_CASE("mbox: streamed from the file, each message's exact bytes, damage skipped over", "[mail][corpora]") {
  fs::path dir = kCorpora / "mimekit" / "UnitTests" / "TestData" / "mbox";
  const Extractor* ex = ExtractorRegistry::Default().Find("application/mbox");
  REQUIRE(ex);
  REQUIRE(ex->streams());
  {
    fs::path file = dir / "issue1189.mbox.txt";
    std::string all = ReadBytes(file);
    CHECK(DetectMediaType(all) == "application/mbox");
    CollectingSink sink;
    ExtractOptions o;
    o.file_name = "issue1189.mbox.txt";
    o.parts = &sink;
    Result<Document> doc = ex->ExtractFile(file, o);
    REQUIRE(doc.ok());
    // Four "From " lines, four messages — GMime loses its place after the
    // second (a body line right after the part headers); the resync finds
    // the other two.
    REQUIRE(sink.parts.size() == 4);
    for (size_t i = 0; i < 4; ++i) {
      CHECK(sink.parts[i].first.location == "#" + std::to_string(i + 1));
      CHECK(sink.parts[i].second.find("Subject: Message " + std::to_string(i + 1)) != std::string::npos);
      CHECK(all.find(sink.parts[i].second) != std::string::npos);  // original bytes
      CHECK(sink.parts[i].second.rfind("From ", 0) != 0);            // separator line not included
    }
    CHECK_FALSE(doc->warnings.empty());
  }
  {
    // The same mailbox in memory (an mbox attached to an email) gives the same parts.
    std::string all = ReadBytes(dir / "content-length.mbox.txt");
    CollectingSink from_file, from_memory;
    ExtractOptions o;
    o.parts = &from_file;
    REQUIRE(ex->ExtractFile(dir / "content-length.mbox.txt", o).ok());
    o.parts = &from_memory;
    REQUIRE(ex->Extract(all, o).ok());
    CHECK(from_file.parts.size() >= 20);
    REQUIRE(from_file.parts.size() == from_memory.parts.size());
    for (size_t i = 0; i < from_file.parts.size(); ++i) CHECK(from_file.parts[i].second == from_memory.parts[i].second);
  }
  // Not a mailbox at all.
  CollectingSink sink;
  ExtractOptions o;
  o.parts = &sink;
  CHECK_FALSE(ex->Extract("just some text\n", o).ok());
}

TEST_CASE("mail bodies compare without quoting and spacing", "[mail]") {
  CHECK(NormalizeMailBody("> Hello  there,\n>  see you\n") == NormalizeMailBody("Hello there,\nsee you"));
  std::string reply = NormalizeMailBody("Thanks.\n\nOn Monday someone wrote:\n> Hello there,\n> see you\n");
  CHECK(reply.find(NormalizeMailBody("Hello there,\nsee you")) != std::string::npos);
}

namespace {

std::string Message(const std::string& id, const std::string& date, const std::string& subject,
                    const std::string& body, const std::string& extra_headers = "",
                    const std::string& attachment_pdf = "") {
  std::string head = "From: Dervla Ashcombe <d.ashcombe@school.example.org>\n"
                     "To: Priya Vantongeren <p.vantongeren@example.org>\n"
                     "Subject: " + subject + "\nDate: " + date + "\nMessage-ID: <" + id + ">\n" + extra_headers +
                     "MIME-Version: 1.0\n";
  if (attachment_pdf.empty()) return head + "Content-Type: text/plain\n\n" + body + "\n";
  return head + "Content-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: text/plain\n\n" + body +
         "\n--b1\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"plan.pdf\"\n"
         "Content-Transfer-Encoding: base64\n\n" + Base64(attachment_pdf) + "\n--b1--\n";
}

std::string Mbox(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& m : messages) out += "From MAILER-DAEMON Mon Oct  5 09:00:00 2026\n" + m + "\n";
  return out;
}

struct MailCase {
  TempDir dir;
  Result<Case> c = Status::Internal("not created");
  void Create(const std::string& extra_request = "") {
    WriteBytes(dir.path() / "request.toml",
               "reference = \"MAIL-1\"\nreceived = 2026-11-02\n" + extra_request +
                   "[subject]\nname = \"Tobiah Quenneville\"\nemails = [\"tquenneville@pupils.example.sch.uk\"]\n"
                   "[requester]\nrelationship = \"self\"\nname = \"Tobiah Quenneville\"\n"
                   "[sources]\npaths = [\"export/\"]\n");
    CaseOptions options;
    options.workspace = dir.path() / "cases";
    c = CreateCase(dir.path() / "request.toml", options, NullReporter());
  }
  std::map<std::string, ItemRecord> ByLocation() {
    std::map<std::string, ItemRecord> out;
    for (const ItemRecord& i : c->store->Items()) {
      for (const std::string& l : c->store->Locations(i.id)) out[l] = i;
    }
    return out;
  }
};

}  // namespace

TEST_CASE("ingest: mailbox messages and attachments become child items, with duplicates, threads and the date range",
          "[mail][pipeline]") {
  MailCase mc;
  std::string pdf = OneLinePdf("Seating plan for Tobiah Quenneville");
  std::string first = Message("m1@example.org", "Mon, 05 Oct 2026 09:00:00 +0100", "Seating",
                              "Tobiah Quenneville moves to the front row.", "", pdf);
  std::string reply = Message("m2@example.org", "Tue, 06 Oct 2026 09:00:00 +0100", "Re: Seating",
                              "Agreed.\n\nOn Monday Dervla wrote:\n> Tobiah Quenneville moves to the front row.",
                              "In-Reply-To: <m1@example.org>\nReferences: <m1@example.org>\n");
  std::string old = Message("m3@example.org", "Mon, 01 Jun 2020 09:00:00 +0100", "Old",
                            "Tobiah Quenneville joined the school.", "",
                            OneLinePdf("Admission form for Tobiah Quenneville"));
  WriteBytes(mc.dir.path() / "export/Mail/inbox.mbox", Mbox({first, reply, old}));
  // The first message again in another mailbox, with different transport headers.
  WriteBytes(mc.dir.path() / "export/Mail/zz-archive.mbox",
             Mbox({"Received: from relay.example.org\n" + first}));
  mc.Create("date_from = 2026-09-01\ndate_to = 2026-12-31\n");
  REQUIRE(mc.c.ok());
  Result<IngestSummary> in = Ingest(*mc.c, {}, NullReporter());
  REQUIRE(in.ok());
  CHECK(in->files == 2);
  auto items = mc.ByLocation();
  REQUIRE(items.count("export/Mail/inbox.mbox#1"));
  ItemRecord m1 = items["export/Mail/inbox.mbox#1"];
  CHECK(m1.part == "message 1");
  CHECK(m1.media_type == "message/rfc822");
  CHECK(m1.status == ItemStatus::kExtracted);
  CHECK(m1.parent_id == items["export/Mail/inbox.mbox"].id);
  // The attachment is a child of the message, read from the blob store.
  REQUIRE(items.count("export/Mail/inbox.mbox#1#attachment-1/plan.pdf"));
  ItemRecord att = items["export/Mail/inbox.mbox#1#attachment-1/plan.pdf"];
  CHECK(att.parent_id == m1.id);
  CHECK(att.media_type == "application/pdf");
  CHECK(att.status == ItemStatus::kExtracted);
  fs::path blob = ItemBytesPath(*mc.c, att);
  CHECK(blob == mc.dir.path() / "cases" / ".cache" / "blobs" / att.sha256);
  CHECK(ReadBytes(blob) == pdf);
  // The copy in the other mailbox differs in bytes but is the same message.
  ItemRecord copy = items["export/Mail/zz-archive.mbox#1"];
  CHECK(copy.id != m1.id);
  CHECK(copy.duplicate_of == m1.id);
  CHECK(in->duplicate_messages == 1);
  // Its attachment has the same bytes: one item, two locations.
  CHECK(items["export/Mail/zz-archive.mbox#1#attachment-1/plan.pdf"].id == att.id);
  // The thread: the reply quotes the first message in full.
  ItemRecord m2 = items["export/Mail/inbox.mbox#2"];
  CHECK(m1.thread == ItemNumber(m1.id));
  CHECK(m2.thread == ItemNumber(m1.id));
  CHECK(m1.thread_note == "quoted in full in " + ItemNumber(m2.id) + " (thread " + ItemNumber(m1.id) + ")");
  CHECK(m2.thread_note.rfind("most inclusive message of thread", 0) == 0);

  REQUIRE(Scan(*mc.c, NullReporter()).ok());
  BundleOptions bo;
  bo.accept_suggestions = true;
  Result<BundleSummary> b = Bundle(*mc.c, bo, NullReporter());
  REQUIRE(b.ok());
  std::string log = ReadBytes(mc.c->dir / "internal-disclosure-log.csv");
  std::map<std::string, std::vector<std::string>> rows;  // by number
  Result<std::vector<csv::Record>> parsed = csv::Parse(log);
  REQUIRE(parsed.ok());
  for (const csv::Record& r : *parsed) rows[r.fields[0]] = r.fields;
  // Every item is in the log, with what happened to it.
  CHECK(rows.size() == mc.c->store->Items().size() + 1);
  CHECK(rows[ItemNumber(items["export/Mail/inbox.mbox"].id)][5] == "container");
  CHECK(rows[ItemNumber(copy.id)][5] == "duplicate");
  CHECK(rows[ItemNumber(att.id)][10].find("attachment 1 of email " + ItemNumber(m1.id)) == 0);
  CHECK(rows[ItemNumber(att.id)][5] != "not relevant");  // the plan names the subject
  ItemRecord m3 = items["export/Mail/inbox.mbox#3"];
  CHECK(rows[ItemNumber(m3.id)][5] == "out of date range");
  // Its attachment is outside the range with it.
  ItemRecord old_form = items["export/Mail/inbox.mbox#3#attachment-1/plan.pdf"];
  REQUIRE(old_form.id != 0);
  CHECK(rows[ItemNumber(old_form.id)][5] == "out of date range");
  CHECK_THAT(rows[ItemNumber(old_form.id)][10], Catch::Contains("attached to an email dated 2020-06-01"));
  CHECK(rows[ItemNumber(m1.id)][10].find("message 1 of mailbox") == 0);
}

TEST_CASE("ingest: nesting deeper than the limit is recorded, not followed", "[mail][pipeline]") {
  MailCase mc;
  std::string mail = "From: a@example.org\nTo: b@example.org\nSubject: level 0\n\ninnermost\n";
  for (int level = 1; level <= 11; ++level) {
    mail = "From: a@example.org\nTo: b@example.org\nSubject: level " + std::to_string(level) +
           "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=L" + std::to_string(level) + "\n\n--L" +
           std::to_string(level) + "\nContent-Type: text/plain\n\nwrapper\n--L" + std::to_string(level) +
           "\nContent-Type: message/rfc822\n\n" + mail + "\n--L" + std::to_string(level) + "--\n";
  }
  WriteBytes(mc.dir.path() / "export/nested.eml", mail);
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  size_t extracted = 0, stopped = 0;
  for (const ItemRecord& i : mc.c->store->Items()) {
    if (i.status == ItemStatus::kExtracted) ++extracted;
    if (i.status == ItemStatus::kFailed) {
      ++stopped;
      CHECK(i.reason.find("containers deep") != std::string::npos);
    }
  }
  CHECK(extracted == 9);  // the file and 8 levels inside it
  CHECK(stopped == 1);    // the 9th level is recorded, not opened
}

TEST_CASE("ingest: every MimeKit message, mbox and TNEF file is accounted for", "[mail][corpora]") {
  TempDir dir;
  fs::path root = fs::canonical(kCorpora / "mimekit");
  WriteBytes(dir.path() / "request.toml",
             "reference = \"MIMEKIT-1\"\nreceived = 2026-11-02\n"
             "[subject]\nname = \"Nobody Inparticular\"\n[requester]\nrelationship = \"self\"\n"
             "[sources]\npaths = [\"" + root.string() + "\"]\n");
  CaseOptions options;
  options.workspace = dir.path() / "cases";
  Result<Case> c = CreateCase(dir.path() / "request.toml", options, NullReporter());
  REQUIRE(c.ok());
  Result<IngestSummary> in = Ingest(*c, {}, NullReporter());
  REQUIRE(in.ok());
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) files += e.is_regular_file();
  CHECK(in->files == files);
  size_t emails = 0, mailboxes = 0, messages_in_mailboxes = 0;
  std::set<std::string> located;
  for (const ItemRecord& item : c->store->Items()) {
    INFO(item.path << " " << item.media_type << " " << ItemStatusName(item.status) << ": " << item.reason);
    // Each accounted for: extracted, or recorded with a reason.
    if (item.status != ItemStatus::kExtracted) CHECK_FALSE(item.reason.empty());
    CHECK(item.status != ItemStatus::kIngested);
    emails += item.media_type == "message/rfc822" && item.status == ItemStatus::kExtracted;
    mailboxes += item.media_type == "application/mbox" && item.status == ItemStatus::kExtracted;
    if (item.part.rfind("message ", 0) == 0) ++messages_in_mailboxes;
    for (const std::string& l : c->store->Locations(item.id)) located.insert(l);
  }
  // Every file of the corpus is a location of some item.
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    INFO(e.path());
    CHECK(located.count(e.path().string()) == 1);
  }
  CHECK(emails >= 60);
  CHECK(mailboxes >= 4);
  CHECK(messages_in_mailboxes >= 30);
}

TEST_CASE("tnef: winmail.dat bodies and attachments (MimeKit's TNEF files)", "[mail][corpora]") {
  fs::path dir = kCorpora / "mimekit" / "UnitTests" / "TestData" / "tnef";
  const Extractor* ex = ExtractorRegistry::Default().Find("application/vnd.ms-tnef");
  REQUIRE(ex);
  size_t files = 0, read = 0, attachments_matched = 0, attachments_expected = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".tnef") continue;
    ++files;
    std::string bytes = ReadBytes(e.path());
    CHECK(DetectMediaType(bytes) == "application/vnd.ms-tnef");
    CollectingSink sink;
    ExtractOptions o;
    o.file_name = e.path().filename().string();
    o.parts = &sink;
    Result<Document> doc = ex->Extract(bytes, o);
    INFO(e.path().filename().string() << ": " << doc.status().ToString());
    if (!doc.ok()) {
      CHECK(doc.status().code() == StatusCode::kCorrupt);  // recorded with a reason
      continue;
    }
    ++read;
    CHECK(doc->kind == DocumentKind::kEmail);
    CHECK(IsValidUtf8(doc->text));
    // Each file MimeKit extracted from this stream is one of our parts, byte for byte.
    fs::path expected_dir = dir / e.path().stem();
    if (!fs::is_directory(expected_dir)) continue;
    // (message.* is MimeKit's copy of the body; the embedded message's files
    // are parts of a part.)
    if (e.path().stem() == "MAPI_ATTACH_DATA_OBJ") continue;
    for (const auto& f : fs::directory_iterator(expected_dir)) {
      if (f.path().stem() == "message") continue;
      std::string want = ReadBytes(f.path());
      bool found = false;
      for (const auto& [info, got] : sink.parts) found = found || got == want;
      ++attachments_expected;
      attachments_matched += found;
      if (!found) WARN("not byte-identical: " << f.path().filename().string());
    }
  }
  CHECK(files == 19);
  CHECK(read >= 15);
  // Known differences: winmail.tnef's two OLE pictures (MimeKit unwraps the
  // presentation stream) and long-filename.tnef's one file.
  CHECK(attachments_matched + 3 >= attachments_expected);
  CHECK(attachments_matched >= 12);
  // The body of rtf.tnef is compressed RTF, reduced to text.
  CollectingSink sink;
  ExtractOptions o;
  o.parts = &sink;
  Result<Document> rtf = ex->Extract(ReadBytes(dir / "rtf.tnef"), o);
  REQUIRE(rtf.ok());
  CHECK(rtf->text.find("Greg Allen") != std::string::npos);
  CHECK(rtf->text.find("\\par") == std::string::npos);
  CHECK_FALSE(ex->Extract("not tnef at all", o).ok());
}

namespace {

// An Outlook .msg written with libgsf's OLE writer, property streams laid
// out as MS-OXMSG says.
class MsgWriter {
 public:
  MsgWriter() : mem_(gsf_output_memory_new()), ole_(gsf_outfile_msole_new(mem_)) {
    static const guint8 kOutlookClsid[16] = {0x0B, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
                                             0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
    gsf_outfile_msole_set_class_id(GSF_OUTFILE_MSOLE(ole_), kOutlookClsid);
  }
  ~MsgWriter() {
    if (ole_) g_object_unref(ole_);
    g_object_unref(mem_);
  }
  GsfOutfile* root() { return ole_; }

  static std::string Utf16(const std::string& utf8) {
    std::string out;
    for (size_t i = 0; i < utf8.size(); ++i) {
      unsigned c = static_cast<unsigned char>(utf8[i]);
      if (c >= 0xC0 && i + 1 < utf8.size()) c = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
      out += static_cast<char>(c & 0xFF);
      out += static_cast<char>(c >> 8);
    }
    return out + std::string(2, '\0');
  }
  static void Stream(GsfOutfile* dir, const std::string& name, const std::string& bytes) {
    GsfOutput* s = gsf_outfile_new_child(dir, name.c_str(), FALSE);
    gsf_output_write(s, bytes.size(), reinterpret_cast<const guint8*>(bytes.data()));
    gsf_output_close(s);
    g_object_unref(s);
  }
  static void Text(GsfOutfile* dir, unsigned id, const std::string& utf8) {
    char name[40];
    std::snprintf(name, sizeof name, "__substg1.0_%04X001F", id);
    Stream(dir, name, Utf16(utf8));
  }
  // header_size: 32 top-level, 24 embedded message, 8 recipient/attachment.
  static void Properties(GsfOutfile* dir, size_t header_size, const std::vector<std::pair<uint32_t, uint64_t>>& props) {
    std::string data(header_size, '\0');
    for (const auto& [tag, value] : props) {
      char entry[16] = {};
      uint32_t flags = 6;
      std::memcpy(entry, &tag, 4);
      std::memcpy(entry + 4, &flags, 4);
      std::memcpy(entry + 8, &value, 8);
      data.append(entry, 16);
    }
    Stream(dir, "__properties_version1.0", data);
  }
  static GsfOutfile* Storage(GsfOutfile* dir, const std::string& name) {
    return GSF_OUTFILE(gsf_outfile_new_child(dir, name.c_str(), TRUE));
  }
  static void Close(GsfOutfile* dir) {
    gsf_output_close(GSF_OUTPUT(dir));
    g_object_unref(dir);
  }
  std::string Finish() {
    gsf_output_close(GSF_OUTPUT(ole_));
    g_object_unref(ole_);
    ole_ = nullptr;
    const guint8* b = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(mem_));
    return std::string(reinterpret_cast<const char*>(b), static_cast<size_t>(gsf_output_size(mem_)));
  }

 private:
  GsfOutput* mem_;
  GsfOutfile* ole_;
};

uint64_t FileTime(int y, int m, int d, int hh, int mm) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  tm.tm_hour = hh;
  tm.tm_min = mm;
  return (static_cast<uint64_t>(timegm(&tm)) + 11644473600ULL) * 10000000ULL;
}

std::string SampleMsg(const std::string& pdf) {
  MsgWriter w;
  GsfOutfile* root = w.root();
  MsgWriter::Text(root, 0x0037, "Trip consent for Zo\xC3\xAB");
  MsgWriter::Text(root, 0x0C1A, "Fennimore Achebe");
  MsgWriter::Text(root, 0x5D01, "f.achebe@school.example.org");
  MsgWriter::Text(root, 0x1000, "Please find the consent form for Tobiah Quenneville attached.\r\nCall me on 07700 900777.");
  MsgWriter::Text(root, 0x1035, "<trip-1@school.example.org>");
  MsgWriter::Properties(root, 32, {{0x00390040, FileTime(2026, 10, 7, 10, 0)}});
  GsfOutfile* recip = MsgWriter::Storage(root, "__recip_version1.0_#00000000");
  MsgWriter::Text(recip, 0x3001, "Ottoline Fairweather");
  MsgWriter::Text(recip, 0x39FE, "o.fairweather@example.org");
  MsgWriter::Properties(recip, 8, {{0x0C150003, 2}});  // Cc
  MsgWriter::Close(recip);
  GsfOutfile* att = MsgWriter::Storage(root, "__attach_version1.0_#00000000");
  MsgWriter::Text(att, 0x3707, "consent.pdf");
  MsgWriter::Stream(att, "__substg1.0_37010102", pdf);
  MsgWriter::Properties(att, 8, {});
  MsgWriter::Close(att);
  GsfOutfile* att2 = MsgWriter::Storage(root, "__attach_version1.0_#00000001");
  MsgWriter::Text(att2, 0x3001, "Earlier note");
  GsfOutfile* inner = MsgWriter::Storage(att2, "__substg1.0_3701000D");
  MsgWriter::Text(inner, 0x0037, "Earlier note");
  MsgWriter::Text(inner, 0x1000, "The earlier note about the trip.");
  MsgWriter::Properties(inner, 24, {{0x00390040, FileTime(2026, 10, 1, 9, 0)}});
  MsgWriter::Close(inner);
  MsgWriter::Properties(att2, 8, {});
  MsgWriter::Close(att2);
  return w.Finish();
}

}  // namespace

TEST_CASE("msg: an Outlook message written as an OLE compound file", "[mail]") {
  std::string pdf = OneLinePdf("Consent form for Tobiah Quenneville");
  std::string msg = SampleMsg(pdf);
  std::string type = DetectMediaType(msg);
  INFO(type);
  const Extractor* ex = ExtractorRegistry::Default().Find(type);
  REQUIRE(ex);
  CollectingSink sink;
  ExtractOptions o;
  o.parts = &sink;
  Result<Document> doc = ex->Extract(msg, o);
  REQUIRE(doc.ok());
  const std::string& t = doc->text;
  INFO(t);
  CHECK(t.rfind("From: Fennimore Achebe <f.achebe@school.example.org>\n", 0) == 0);
  CHECK(t.find("Cc: Ottoline Fairweather <o.fairweather@example.org>") != std::string::npos);
  CHECK(t.find("Subject: Trip consent for Zo\xC3\xAB") != std::string::npos);
  CHECK(t.find("Call me on 07700 900777.") != std::string::npos);
  CHECK(doc->date.rfind("2026-10-07T10:00", 0) == 0);
  CHECK(doc->message_id == "trip-1@school.example.org");
  REQUIRE(sink.parts.size() == 2);
  CHECK(sink.parts[0].first.location == "#attachment-1/consent.pdf");
  CHECK(sink.parts[0].second == pdf);
  // The embedded message is a .msg of its own, readable in turn.
  CHECK(sink.parts[1].first.location == "#attachment-2/Earlier note.msg");
  CollectingSink inner_parts;
  o.parts = &inner_parts;
  Result<Document> inner = ExtractorRegistry::Default().Find(DetectMediaType(sink.parts[1].second))->Extract(sink.parts[1].second, o);
  REQUIRE(inner.ok());
  CHECK(inner->text.find("Subject: Earlier note") != std::string::npos);
  CHECK(inner->text.find("The earlier note about the trip.") != std::string::npos);
  CHECK(inner->date.rfind("2026-10-01T09:00", 0) == 0);
  // Damaged and non-Outlook compound files give clear results.
  CHECK(ex->Extract(msg.substr(0, 700), o).status().code() == StatusCode::kCorrupt);
  MsgWriter other;
  MsgWriter::Stream(other.root(), "WordDocument", std::string(600, 'x'));
  Result<Document> word = ex->Extract(other.Finish(), o);
  CHECK(word.status().code() == StatusCode::kUnsupported);
}

TEST_CASE("ingest: an Outlook message's attachments and embedded message become items", "[mail][pipeline]") {
  MailCase mc;
  WriteBytes(mc.dir.path() / "export/trip.msg", SampleMsg(OneLinePdf("Consent form for Tobiah Quenneville")));
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  auto items = mc.ByLocation();
  REQUIRE(items.count("export/trip.msg#attachment-1/consent.pdf"));
  REQUIRE(items.count("export/trip.msg#attachment-2/Earlier note.msg"));
  CHECK(items["export/trip.msg"].status == ItemStatus::kExtracted);
  CHECK(items["export/trip.msg#attachment-1/consent.pdf"].status == ItemStatus::kExtracted);
  CHECK(items["export/trip.msg#attachment-2/Earlier note.msg"].status == ItemStatus::kExtracted);
  CHECK(items["export/trip.msg#attachment-2/Earlier note.msg"].parent_id == items["export/trip.msg"].id);
}

TEST_CASE("zip: members become child items, and a zip bomb member is recorded, not inflated", "[mail][pipeline]") {
  MailCase mc;
  fs::path staging = mc.dir.path() / "staging";
  WriteBytes(staging / "note.txt", "Tobiah Quenneville's locker is number 12.\n");
  WriteBytes(staging / "mail.eml", Message("zipped@example.org", "Mon, 05 Oct 2026 09:00:00 +0100", "Zipped",
                                             "Tobiah Quenneville will bring the form.", "",
                                             OneLinePdf("Form for Tobiah Quenneville")));
  WriteBytes(staging / "zeros.bin", std::string(8 << 20, '\0'));  // deflates over 1000:1
  fs::create_directories(mc.dir.path() / "export");
  {
    Result<std::unique_ptr<ZipWriter>> zip = ZipWriter::Create(mc.dir.path() / "export/bundle.zip");
    REQUIRE(zip.ok());
    REQUIRE((*zip)->AddFile("docs/note.txt", staging / "note.txt", 0).ok());
    REQUIRE((*zip)->AddFile("docs/mail.eml", staging / "mail.eml", 0).ok());
    REQUIRE((*zip)->AddFile("zeros.bin", staging / "zeros.bin", 0).ok());
    REQUIRE((*zip)->Commit().ok());
  }
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  auto items = mc.ByLocation();
  ItemRecord archive = items["export/bundle.zip"];
  CHECK(archive.status == ItemStatus::kExtracted);
  CHECK(archive.reason.find("member 3 would inflate to 8388608 bytes") != std::string::npos);
  REQUIRE(items.count("export/bundle.zip#docs/note.txt"));
  CHECK(items["export/bundle.zip#docs/note.txt"].part == "member 1");
  CHECK(items["export/bundle.zip#docs/note.txt"].status == ItemStatus::kExtracted);
  REQUIRE(items.count("export/bundle.zip#docs/mail.eml#attachment-1/plan.pdf"));
  CHECK(items["export/bundle.zip#docs/mail.eml#attachment-1/plan.pdf"].status == ItemStatus::kExtracted);
  CHECK(items.count("export/bundle.zip#zeros.bin") == 0);
}

TEST_CASE("zip: two members of one name keep a location each", "[mail][pipeline]") {
  // A zip may list the same name twice (tools that append, hostile files).
  // Before, the second member took the first one's location and the first
  // was left with none: listed nowhere in the case.
  MailCase mc;
  fs::path zip = mc.dir.path() / "export" / "twice.zip";
  fs::create_directories(zip.parent_path());
  std::string out;
  REQUIRE(RunCommand("python3 -W ignore -c " +
                         ShellQuote("import sys, zipfile\n"
                                    "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                    "    z.writestr('notes/visit.txt', 'First visit: Tobiah Quenneville was calm.\\n')\n"
                                    "    z.writestr('notes/visit.txt', 'Second visit: Tobiah Quenneville was upset.\\n')\n") +
                         " " + ShellQuote(zip.string()) + " 2>&1",
                     &out) == 0);
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  auto items = mc.ByLocation();
  REQUIRE(items.count("export/twice.zip#notes/visit.txt"));
  REQUIRE(items.count("export/twice.zip#notes/visit.txt (2)"));
  const ItemRecord first = items["export/twice.zip#notes/visit.txt"];
  const ItemRecord second = items["export/twice.zip#notes/visit.txt (2)"];
  CHECK(first.id != second.id);
  Result<DocumentRecord> a = mc.c->store->GetDocument(first.id);
  Result<DocumentRecord> b = mc.c->store->GetDocument(second.id);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK_THAT(a->document.text, Catch::Contains("First visit"));
  CHECK_THAT(b->document.text, Catch::Contains("Second visit"));
  // Ingesting again keeps the same places.
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  auto again = mc.ByLocation();
  CHECK(again["export/twice.zip#notes/visit.txt"].id == first.id);
  CHECK(again["export/twice.zip#notes/visit.txt (2)"].id == second.id);
}

TEST_CASE("broken mail: MimeKit's messages and mailboxes cut short or with bytes flipped never crash", "[mail][corpora]") {
  fs::path root = kCorpora / "mimekit" / "UnitTests" / "TestData";
  size_t tried = 0;
  for (const char* sub : {"messages", "mbox", "partial", "dkim", "smime", "tnef"}) {
    for (const auto& e : fs::directory_iterator(root / sub)) {
      if (!e.is_regular_file()) continue;
      std::string bytes = ReadBytes(e.path());
      std::string type = DetectMediaType(bytes);
      const Extractor* ex = ExtractorRegistry::Default().Find(type);
      if (!ex || bytes.size() < 16) continue;
      INFO(e.path().filename().string() << " as " << type);
      std::vector<std::string> variants = {bytes.substr(0, bytes.size() / 3), bytes.substr(0, 2 * bytes.size() / 3)};
      std::string flipped = bytes;
      for (size_t i = 7; i < flipped.size(); i += 97) flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
      variants.push_back(flipped);
      for (const std::string& v : variants) {
        CollectingSink sink;
        ExtractOptions o;
        o.parts = &sink;
        Result<Document> doc = ex->Extract(v, o);  // a crash here fails the whole test binary
        if (doc.ok()) {
          CHECK(IsValidUtf8(doc->text));
        } else {
          CHECK_FALSE(doc.status().message().empty());
        }
        ++tried;
      }
    }
  }
  CHECK(tried >= 150);
}

TEST_CASE("ingest: small items share a worker, and a crash in one costs only that item", "[mail][pipeline]") {
  MailCase mc;
  std::vector<std::string> bodies;
  for (int k = 0; k < 40; ++k) {
    std::string mail = "From: staff" + std::to_string(k) + "@example.org\nTo: office@example.org\nSubject: note " +
                       std::to_string(k) + "\nMessage-ID: <note" + std::to_string(k) +
                       "@example.org>\n\nTobiah Quenneville, note number " + std::to_string(k) + ".\n";
    WriteBytes(mc.dir.path() / "export" / ("note" + std::to_string(100 + k) + ".eml"), mail);
    bodies.push_back(mail);
  }
  mc.Create();
  REQUIRE(mc.c.ok());
  // The worker extracting note 117 aborts, as a crashing parser would: its
  // batch is extracted again one item per worker.
  IngestOptions options;
  options.testing_crash_sha256 = Sha256Hex(bodies[17]);
  Result<IngestSummary> in = Ingest(*mc.c, options, NullReporter());
  REQUIRE(in.ok());
  size_t extracted = 0;
  for (const ItemRecord& i : mc.c->store->Items()) {
    INFO(i.path << ": " << i.reason);
    if (i.path == "export/note117.eml") {
      CHECK(i.status == ItemStatus::kFailed);
      CHECK(i.reason.find("crashed") != std::string::npos);
    } else {
      CHECK(i.status == ItemStatus::kExtracted);
      Result<DocumentRecord> d = mc.c->store->GetDocument(i.id);
      REQUIRE(d.ok());
      // Each item got its own document, not a neighbour's from the batch.
      const std::string n = i.path.substr(i.path.find("note") + 4, 3);
      CHECK(d->document.text.find("note number " + std::to_string(std::stoi(n) - 100) + ".") != std::string::npos);
      ++extracted;
    }
  }
  CHECK(extracted == 39);
  CHECK(in->failed == 1);
}

TEST_CASE("zip: an office document typed as a plain ZIP is read as one, not opened as an archive", "[mail][pipeline]") {
  MailCase mc;
  fs::path staging = mc.dir.path() / "staging";
  WriteBytes(staging / "app.xml", "<Properties/>");
  WriteBytes(staging / "types.xml", "<Types/>");
  WriteBytes(staging / "document.xml", "<w:document>Tobiah Quenneville</w:document>");
  fs::create_directories(mc.dir.path() / "export");
  {
    // Members in an order libmagic does not recognise as Word's.
    Result<std::unique_ptr<ZipWriter>> zip = ZipWriter::Create(mc.dir.path() / "export/report.docx");
    REQUIRE(zip.ok());
    REQUIRE((*zip)->AddFile("docProps/app.xml", staging / "app.xml", 0).ok());
    REQUIRE((*zip)->AddFile("[Content_Types].xml", staging / "types.xml", 0).ok());
    REQUIRE((*zip)->AddFile("word/document.xml", staging / "document.xml", 0).ok());
    REQUIRE((*zip)->Commit().ok());
  }
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  std::vector<ItemRecord> items = mc.c->store->Items();
  REQUIRE(items.size() == 1);  // no member became an item
  // Typed by its parts; its main part has no body, so it is recorded as
  // damaged, naming the part.
  CHECK(items[0].media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  CHECK(items[0].status == ItemStatus::kFailed);
  CHECK(items[0].reason.find("word/document.xml") != std::string::npos);
}

TEST_CASE("scan: an attachment that does not name the subject says so, and a reviewer can bring it in",
          "[mail][pipeline]") {
  MailCase mc;
  std::string chart = OneLinePdf("Lunch chart: Mrs Orlaith Brennagh sits with the blue table");
  WriteBytes(mc.dir.path() / "export/chart.eml",
             Message("c1@example.org", "Mon, 05 Oct 2026 09:00:00 +0100", "Lunch",
                     "Tobiah Quenneville will sit at the blue table from Monday; chart attached.", "", chart));
  mc.Create();
  REQUIRE(mc.c.ok());
  REQUIRE(Ingest(*mc.c, {}, NullReporter()).ok());
  auto items = mc.ByLocation();
  ItemRecord email = items["export/chart.eml"];
  ItemRecord att = items["export/chart.eml#attachment-1/plan.pdf"];
  REQUIRE(att.id != 0);
  REQUIRE(att.parent_id == email.id);

  REQUIRE(Scan(*mc.c, NullReporter()).ok());
  Result<DocumentRecord> rec = mc.c->store->GetDocument(att.id);
  REQUIRE(rec.ok());
  CHECK(rec->relevance == Relevance::kNotRelevant);
  CHECK_THAT(rec->relevance_reason, Catch::Contains("email " + ItemNumber(email.id) + " it is attached to does"));
  CHECK(mc.c->store->Suggestions(att.id).empty());

  // The reviewer reads it: the chart is about the subject's lunch table.
  DocumentDecision d;
  d.item_id = att.id;
  d.action = "relevant";
  d.note = "the subject's seating";
  d.reviewer = "dpo";
  REQUIRE(mc.c->store->AddDocumentDecision(d).ok());
  CHECK(mc.c->store->DocumentDecisions().count(att.id) == 0);  // not a withhold / set-aside
  CHECK(MarkedRelevantNotScanned(*mc.c) == std::vector<int64_t>{att.id});
  // Not scanned since: nobody else's data in it has been looked for.
  BundleOptions bo;
  bo.accept_suggestions = true;
  Result<BundleSummary> refused = Bundle(*mc.c, bo, NullReporter());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == StatusCode::kBlocked);
  CHECK_THAT(refused.status().message(), Catch::Contains(ItemNumber(att.id)) && Catch::Contains("dsar scan"));

  REQUIRE(Scan(*mc.c, NullReporter()).ok());
  rec = mc.c->store->GetDocument(att.id);
  REQUIRE(rec.ok());
  CHECK(rec->relevance == Relevance::kRelevant);
  CHECK_THAT(rec->relevance_reason, Catch::Contains("marked as about the subject by dpo"));
  CHECK(MarkedRelevantNotScanned(*mc.c).empty());
  bool third_party = false;
  for (const Suggestion& s : mc.c->store->Suggestions(att.id)) third_party |= s.value.find("Brennagh") != std::string::npos;
  CHECK(third_party);

  Result<BundleSummary> b = Bundle(*mc.c, bo, NullReporter());
  REQUIRE(b.ok());
  fs::path out = mc.dir.path() / "unpacked";
  std::string log;
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(b->package.string()) + " -d " + ShellQuote(out.string()), &log) == 0);
  fs::path att_pdf = out / "documents" / (ItemNumber(att.id) + ".pdf");
  REQUIRE(fs::exists(att_pdf));
  Result<std::vector<std::string>> text = redaction::ExtractPageTexts(att_pdf);
  REQUIRE(text.ok());
  std::string all;
  for (const std::string& p : *text) all += p;
  CHECK(all.find("Brennagh") == std::string::npos);
  CHECK(all.find("Orlaith") == std::string::npos);
  CHECK(all.find("blue table") != std::string::npos);
}
