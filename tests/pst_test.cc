// Outlook PST archives: tests/data/make_pst.py writes a small Unicode PST at
// test time (invented people only); readpst (libpst) and pffexport (libpff)
// read it as independent oracles; then the PST extractor, and the whole
// pipeline through the real `dsar` binary with a duplicate .eml beside it
// and damaged archives that must be recorded, not crash the batch.
#include <catch2/catch.hpp>

#include <libpst/libpst.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "extractors/extractor.h"
#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/model/unicode.h"
#include "mail_test_util.h"
#include "test_util.h"

using namespace dsar;
using namespace dsar::extractors;
namespace fs = std::filesystem;

namespace {

const fs::path kMakePst = fs::path(DSAR_SOURCE_DIR) / "tests" / "data" / "make_pst.py";

// Writes the test archive (and the .eml copy of its message 2 in Inbox) into `dir`.
fs::path MakePst(const fs::path& dir, const std::string& name = "archive.pst", const std::string& extra = "") {
  fs::create_directories(dir);
  std::string out;
  fs::path pst = dir / name;
  REQUIRE(RunCommand("python3 " + ShellQuote(kMakePst.string()) + " " + ShellQuote(pst.string()) + " --eml " +
                         ShellQuote((dir / "attendance-copy.eml").string()) + " " + extra + " 2>&1",
                     &out) == 0);
  REQUIRE(fs::file_size(pst) > 0);
  return pst;
}

const Extractor& Pst() {
  const Extractor* ex = ExtractorRegistry::Default().Find("application/vnd.ms-outlook-pst");
  REQUIRE(ex != nullptr);
  return *ex;
}

// The PST extractor on `pst`, its parts into `sink`.
Result<Document> ExtractPst(const fs::path& pst, CollectingSink* sink) {
  ExtractOptions o;
  o.file_name = pst.filename().string();
  o.parts = sink;
  return Pst().ExtractFile(pst, o);
}

std::string Dsar(const fs::path& workspace, const std::string& args, int* exit_code) {
  std::string out;
  *exit_code = RunCommand(std::string(DSAR_BINARY) + " -q --workspace " + ShellQuote(workspace.string()) + " " +
                              args + " 2>&1",
                          &out);
  return out;
}

bool Contains(const std::string& text, const std::string& value) {
  return !FindWholeWord(FoldedText(text).folded(), FoldForMatch(value)).empty();
}

}  // namespace

TEST_CASE("pst writer: readpst and pffexport both read the generated archive", "[pst]") {
  TempDir dir;
  fs::path pst = MakePst(dir.path());
  std::string out;
  // libmagic knows it as an Outlook archive; dsar tells it from a .msg.
  REQUIRE(RunCommand("file -b " + ShellQuote(pst.string()), &out) == 0);
  CHECK_THAT(out, Catch::Contains("Microsoft Outlook Personal Storage") && Catch::Contains("Unicode"));
  CHECK(DetectMediaType(ReadBytes(pst)) == "application/vnd.ms-outlook-pst");

  // readpst: one file per message (-S), attachments beside them.
  fs::path r = dir.path() / "readpst";
  fs::create_directories(r);
  REQUIRE(RunCommand("readpst -q -S -o " + ShellQuote(r.string()) + " " + ShellQuote(pst.string()) + " 2>&1",
                     &out) == 0);
  fs::path top = r / "Oakfield staff mailbox";
  std::string incident = ReadBytes(top / "Inbox" / "Safeguarding" / "1");
  CHECK_THAT(incident, Catch::Contains("Subject: Playground incident"));
  CHECK_THAT(incident, Catch::Contains("Message-Id: <incident-3003@oakfield-primary.example>"));
  CHECK_THAT(incident, Catch::Contains("Bartholomew Stanforth was told"));
  CHECK_THAT(ReadBytes(top / "Sent Items" / "1"), Catch::Contains("Łukasz from the office"));
  size_t messages = 0, attachments = 0;
  for (const auto& e : fs::recursive_directory_iterator(top)) {
    if (!e.is_regular_file()) continue;
    std::string name = e.path().filename().string();
    if (name.find('-') == std::string::npos) {
      ++messages;
    } else {
      ++attachments;
    }
  }
  CHECK(messages == 6);  // five messages and a contact
  CHECK(attachments == 2);
  CHECK_THAT(incident, Catch::Contains("Content-Type: message/rfc822") && Catch::Contains("Subject: Witness note"));
  CHECK_THAT(ReadBytes(top / "Contacts" / "1"), Catch::Contains("TEL;TYPE=cell,voice:07700 900123"));
  std::string inbox_plan, inbox_letter;
  for (const auto& e : fs::directory_iterator(top / "Inbox")) {
    std::string text = e.is_regular_file() ? ReadBytes(e.path()) : std::string();
    if (text.find("Message-Id: <plan-1001@example.org>") != std::string::npos) inbox_plan = text;
    if (e.path().filename().string().find("notes.txt") != std::string::npos) inbox_letter = text;
  }
  CHECK_THAT(inbox_plan, Catch::Contains("Dzień dobry") && Catch::Contains("Content-Type: text/html"));
  CHECK(inbox_letter == "Notes: Tomasz was late twice; Bartholomew Stanforth collected him.\n");

  // pffexport: folders, messages, recipients and attachments.
  REQUIRE(RunCommand("cd " + ShellQuote(dir.path().string()) + " && pffexport -q -f all -t pff " +
                         ShellQuote(pst.string()) + " 2>&1",
                     &out) == 0);
  fs::path p = dir.path() / "pff.export" / "Top of Personal Folders";
  REQUIRE(fs::is_directory(p / "Inbox" / "Safeguarding"));
  REQUIRE(fs::is_directory(p / "Sent Items"));
  size_t pff_messages = 0;
  std::string recipients, bodies;
  std::vector<std::string> pff_attachments;
  for (const auto& e : fs::recursive_directory_iterator(p)) {
    std::string name = e.path().filename().string();
    if (name.rfind("Message0", 0) == 0 && e.is_directory()) ++pff_messages;
    if (name == "Recipients.txt") recipients += ReadBytes(e.path());
    if (name == "Message.txt") bodies += ReadBytes(e.path());
    if (e.path().parent_path().filename() == "Attachments" && e.is_regular_file()) pff_attachments.push_back(name);
  }
  CHECK(pff_messages == 6);  // five, and the message attached to one
  CHECK_THAT(ReadBytes(p / "Contacts" / "Contact00001" / "Contact.txt"), Catch::Contains("Gwenllian"));
  CHECK_THAT(recipients, Catch::Contains("Zoë Nowak-Kowalska") && Catch::Contains("zoe.nowak@example.org") &&
                             Catch::Contains("CC"));
  CHECK_THAT(bodies, Catch::Contains("Week 120: Tomasz"));  // the body stored in an XBLOCK
  std::sort(pff_attachments.begin(), pff_attachments.end());
  CHECK(pff_attachments == std::vector<std::string>{"1_attendance-letter.pdf", "2_notes.txt"});
}

TEST_CASE("pst: every folder's messages become child messages with bodies and attachments", "[pst]") {
  TempDir dir;
  fs::path pst = MakePst(dir.path());
  CollectingSink sink;
  ExtractOptions o;
  o.file_name = "archive.pst";
  o.parts = &sink;
  REQUIRE(Pst().streams());
  Result<Document> doc = Pst().ExtractFile(pst, o);
  REQUIRE(doc.ok());
  CHECK(doc->extractor == "pst");
  CHECK_THAT(doc->text, Catch::Contains("6 item(s) in 4 folder(s)"));
  CHECK_THAT(doc->text, Catch::Contains("Inbox/Safeguarding: 1 item(s)"));
  CHECK(doc->warnings.empty());

  std::map<std::string, std::string> by_location;
  std::map<std::string, std::string> labels;
  for (const auto& [info, bytes] : sink.parts) {
    CHECK(info.is_message);
    by_location[info.location] = bytes;
    labels[info.location] = info.label;
  }
  CHECK(by_location.size() == 6);
  CHECK(labels["#Contacts/1"] == "contact 1 in Contacts");
  CHECK(labels["#Inbox/2"] == "message 2 in Inbox");
  CHECK(labels["#Inbox/Safeguarding/1"] == "message 1 in Inbox/Safeguarding");
  CHECK(labels["#Sent Items/1"] == "message 1 in Sent Items");

  // Each part is an RFC 5322 message the email extractor reads.
  CollectingSink none;
  Result<Document> plan = ExtractMail(by_location["#Inbox/1"], &none, "message.eml");
  REQUIRE(plan.ok());
  CHECK(plan->kind == DocumentKind::kEmail);
  CHECK(plan->title == "Tomasz — reading support plan");
  CHECK(plan->message_id == "plan-1001@example.org");
  CHECK(plan->date.rfind("2024-03-04T08:15", 0) == 0);
  CHECK_THAT(plan->text, Catch::Contains("Zoë Nowak-Kowalska <zoe.nowak@example.org>"));
  CHECK_THAT(plan->text, Catch::Contains("Dzień dobry") && Catch::Contains("Mae e'n hoffi darllen gyda'i athro"));
  // Recipients with their addresses, from the recipient table.
  CHECK_THAT(plan->text, Catch::Contains("To: Morag Pennant <head@oakfield-primary.example>"));
  CHECK_THAT(plan->text, Catch::Contains("Cc: Dafydd Llewelyn-Price <d.llewelyn-price@oakfield-primary.example>"));
  CHECK_THAT(plan->text, !Catch::Contains("Name:"));  // no contact card on a message

  CollectingSink attachments;
  Result<Document> letter = ExtractMail(by_location["#Inbox/2"], &attachments, "message.eml");
  REQUIRE(letter.ok());
  CHECK(letter->message_id == "attendance-7731@oakfield-primary.example");
  CHECK_THAT(letter->text, Catch::Contains("Morag Pennant <head@oakfield-primary.example>"));
  REQUIRE(attachments.parts.size() == 2);
  CHECK(attachments.parts[0].first.location == "#attachment-1/attendance-letter.pdf");
  CHECK(attachments.parts[0].second.rfind("%PDF-1.4", 0) == 0);
  CHECK(DetectMediaType(attachments.parts[0].second) == "application/pdf");
  CHECK(attachments.parts[1].second == "Notes: Tomasz was late twice; Bartholomew Stanforth collected him.\n");

  Result<Document> report = ExtractMail(by_location["#Inbox/3"], &none, "message.eml");
  REQUIRE(report.ok());
  CHECK_THAT(report->text, Catch::Contains("Week 1: Tomasz") && Catch::Contains("Week 120: Tomasz") &&
                               Catch::Contains("Kind regards"));

  Result<Document> incident = ExtractMail(by_location["#Inbox/Safeguarding/1"], &none, "message.eml");
  REQUIRE(incident.ok());
  REQUIRE(!incident->references.empty());
  CHECK(incident->references[0] == "plan-1001@example.org");  // In-Reply-To
  // The message attached to it is a message/rfc822 part.
  CollectingSink nested;
  REQUIRE(ExtractMail(by_location["#Inbox/Safeguarding/1"], &nested, "message.eml").ok());
  REQUIRE(nested.parts.size() == 1);
  CHECK(nested.parts[0].first.is_message);
  Result<Document> witness = ExtractMail(nested.parts[0].second, &none, "message.eml");
  REQUIRE(witness.ok());
  CHECK(witness->title == "Witness note");
  CHECK_THAT(witness->text, Catch::Contains("Tomasz was pushed first"));

  // A contact is a text message of its fields: a third party's details.
  Result<Document> contact = ExtractMail(by_location["#Contacts/1"], &none, "message.eml");
  REQUIRE(contact.ok());
  CHECK_THAT(contact->text, Catch::Contains("Mobile phone: 07700 900123") &&
                                Catch::Contains("Email: g.ashcombe@example.net") &&
                                Catch::Contains("12 Heol y Felin") && Catch::Contains("collects Tomasz on Wednesdays"));

  // An archive held in memory (attached to an email) gives the same parts.
  CollectingSink again;
  o.parts = &again;
  Result<Document> in_memory = Pst().Extract(ReadBytes(pst), o);
  REQUIRE(in_memory.ok());
  REQUIRE(again.parts.size() == sink.parts.size());
  for (size_t i = 0; i < again.parts.size(); ++i) CHECK(again.parts[i].first.location == sink.parts[i].first.location);

  // The part limit stops the walk with a warning.
  CollectingSink limited;
  o.parts = &limited;
  o.limits.max_parts = 2;
  Result<Document> capped = Pst().ExtractFile(pst, o);
  REQUIRE(capped.ok());
  CHECK(limited.parts.size() == 2);
  REQUIRE(!capped->warnings.empty());
  CHECK_THAT(capped->warnings[0], Catch::Contains("more than 2 items"));
}

TEST_CASE("pst: sibling folders of one name keep their items apart", "[pst]") {
  TempDir dir;
  fs::path pst = MakePst(dir.path(), "twins.pst", "--twins");
  CollectingSink sink;
  Result<Document> doc = ExtractPst(pst, &sink);
  REQUIRE(doc.ok());
  CHECK_THAT(doc->text, Catch::Contains("Inbox: 1 item(s)") && Catch::Contains("Inbox (2): 1 item(s)"));
  std::map<std::string, std::string> by_location;
  for (const auto& [info, bytes] : sink.parts) by_location[info.location + " = " + info.label] = bytes;
  REQUIRE(by_location.size() == 2);
  REQUIRE(by_location.count("#Inbox/1 = message 1 in Inbox"));
  REQUIRE(by_location.count("#Inbox (2)/1 = message 1 in Inbox (2)"));
  CollectingSink none;
  Result<Document> first = ExtractMail(by_location["#Inbox/1 = message 1 in Inbox"], &none, "message.eml");
  Result<Document> second = ExtractMail(by_location["#Inbox (2)/1 = message 1 in Inbox (2)"], &none, "message.eml");
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK_THAT(first->text, Catch::Contains("From the original Inbox."));
  CHECK_THAT(second->text, Catch::Contains("From the imported Inbox."));
}

TEST_CASE("pst: a truncated, damaged or foreign file is refused with a reason", "[pst]") {
  TempDir dir;
  fs::path pst = MakePst(dir.path());
  std::string bytes = ReadBytes(pst);
  ExtractOptions o;
  o.file_name = "bad.pst";
  CollectingSink sink;
  o.parts = &sink;
  // Only the header: the index pages are past the end.
  Result<Document> header_only = Pst().Extract(bytes.substr(0, 600), o);
  CHECK_FALSE(header_only.ok());
  CHECK(header_only.status().code() == StatusCode::kCorrupt);
  // The header's magic overwritten.
  std::string foreign = bytes;
  foreign.replace(0, 4, "XXXX");
  Result<Document> not_pst = Pst().Extract(foreign, o);
  CHECK_FALSE(not_pst.ok());
  CHECK_THAT(not_pst.status().message(), Catch::Contains("not a readable Outlook PST archive"));

  // Cut at 24 points and with 24 runs of bytes overwritten: each gives a
  // reason, or what is intact with valid UTF-8 and no damaged text. (The
  // pipeline runs this in a worker; 300 random damages through
  // `dsar extract` never crashed or hung libpst either.)
  size_t refused = 0, partial = 0;
  for (int i = 1; i <= 48; ++i) {
    std::string damaged = bytes;
    size_t at = bytes.size() * static_cast<size_t>((i - 1) % 24 + 1) / 25;
    if (i <= 24) {
      damaged.resize(at);
    } else {
      for (size_t j = at; j < std::min(damaged.size(), at + 700); ++j) damaged[j] = static_cast<char>((j * 131) % 251);
    }
    CollectingSink parts;
    o.parts = &parts;
    Result<Document> d = Pst().Extract(damaged, o);
    INFO(i);
    if (!d.ok()) {
      ++refused;
      CHECK(d.status().code() == StatusCode::kCorrupt);
      continue;
    }
    CHECK(IsValidUtf8(d->text));
    for (const auto& [info, part] : parts.parts) {
      CollectingSink none;
      Result<Document> m = ExtractMail(part, &none, "message.eml");
      REQUIRE(m.ok());
      CHECK(IsValidUtf8(m->text));
    }
    if (parts.parts.size() < 6) ++partial;
  }
  CHECK(refused > 0);
  CHECK(partial > 0);
}

TEST_CASE("pst: the whole pipeline lists every message and attachment, links the duplicate, redacts",
          "[pst][e2e]") {
  TempDir dir;
  fs::path root = dir.path() / "case";
  fs::path pst = MakePst(root / "export" / "Mail");
  // The .eml copy of message 2 in Inbox sits elsewhere in the export.
  fs::create_directories(root / "export" / "Letters");
  fs::rename(root / "export" / "Mail" / "attendance-copy.eml", root / "export" / "Letters" / "attendance-copy.eml");
  // Damaged archives beside it: cut in half, and with garbage over its middle.
  std::string bytes = ReadBytes(pst);
  WriteBytes(root / "export" / "Mail" / "truncated.pst", bytes.substr(0, bytes.size() / 2));
  std::string garbage = bytes;
  for (size_t i = garbage.size() / 3; i < 2 * garbage.size() / 3; ++i) {
    garbage[i] = static_cast<char>((i * 7919 + 13) % 256);
  }
  WriteBytes(root / "export" / "Mail" / "garbage.pst", garbage);
  WriteBytes(root / "staff.csv",
             "name,role,email\nMorag Pennant,Headteacher,head@oakfield-primary.example\n"
             "Dafydd Llewelyn-Price,Class teacher,d.llewelyn-price@oakfield-primary.example\n"
             "Rhiannon Quayle,SENCo,senco@oakfield-primary.example\n");
  WriteBytes(root / "request.toml",
             "reference = \"SAR-PST-1\"\nreceived = 2026-11-02\n\n[subject]\nname = \"Tomasz Nowak-Kowalski\"\n"
             "aliases = [\"Tomasz\"]\n\n[requester]\nrelationship = \"parent\"\nname = \"Zoë Nowak-Kowalska\"\n"
             "emails = [\"zoe.nowak@example.org\"]\nid_verified = true\nchild_consent = true\n\n"
             "[sources]\npaths = [\"export/\"]\nstaff_list = \"staff.csv\"\n");
  fs::path ws = dir.path() / "cases";
  int code = 0;
  std::string out = Dsar(ws, "run " + ShellQuote((root / "request.toml").string()) + " --accept-suggestions", &code);
  INFO(out);
  REQUIRE(code == 0);
  fs::path package = ws / "SAR-PST-1" / "disclosure.zip";
  REQUIRE(fs::exists(package));
  fs::path unpacked = dir.path() / "unpacked";
  fs::create_directories(unpacked);
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(package.string()) + " -d " + ShellQuote(unpacked.string()), &out) ==
          0);

  std::string log = ReadBytes(unpacked / "disclosure-log.csv");
  Result<std::vector<csv::Record>> rows = csv::Parse(log);
  REQUIRE(rows.ok());
  std::map<std::string, std::vector<std::string>> by_source;
  for (size_t i = 1; i < rows->size(); ++i) by_source[(*rows)[i].fields.at(1)] = (*rows)[i].fields;
  const std::string archive = "export/Mail/archive.pst";
  REQUIRE(by_source.count(archive));
  CHECK(by_source[archive][3] == "mailbox");
  CHECK(by_source[archive][5] == "container");
  const std::string number = by_source[archive][0];
  for (const char* m : {"#Inbox/1", "#Inbox/2", "#Inbox/3", "#Inbox/Safeguarding/1", "#Sent Items/1"}) {
    INFO(m);
    REQUIRE(by_source.count(archive + m));
    std::string path = std::string(m + 1);
    std::string folder = path.substr(0, path.rfind('/')), n = path.substr(path.rfind('/') + 1);
    CHECK_THAT(by_source[archive + m][10],
               Catch::StartsWith("message " + n + " in " + folder + " of mailbox " + number));
  }
  // The duplicate: the archive's message 2 in Inbox and the .eml (found
  // first) are one message, disclosed once; their attachments have the same
  // bytes: one item each, found in both places.
  const std::string copy = "export/Letters/attendance-copy.eml";
  REQUIRE(by_source.count(copy));
  CHECK(by_source[copy][5] == "partly disclosed");
  CHECK(by_source[archive + "#Inbox/2"][5] == "duplicate");
  CHECK_THAT(by_source[archive + "#Inbox/2"][10], Catch::Contains("the same message as " + by_source[copy][0]));
  const std::string pdf = copy + "#attachment-1/attendance-letter.pdf";
  REQUIRE(by_source.count(pdf));
  CHECK(by_source[pdf][2] == archive + "#Inbox/2#attachment-1/attendance-letter.pdf");
  CHECK(by_source[pdf][5] == "disclosed");
  const std::string notes = copy + "#attachment-2/notes.txt";
  REQUIRE(by_source.count(notes));
  CHECK(by_source[notes][2] == archive + "#Inbox/2#attachment-2/notes.txt");
  CHECK(by_source[notes][5] == "partly disclosed");  // the other parent's name
  // The contact (a third party's details) is listed and redacted, not dropped.
  CHECK_THAT(by_source[archive + "#Contacts/1"][10], Catch::StartsWith("contact 1 in Contacts of mailbox " + number));
  // A truncated archive (its index gone) is recorded as not processed; one
  // with garbage over its middle gives what its intact blocks hold, and its
  // row says which items were damaged and not read. The batch went on.
  CHECK(by_source["export/Mail/truncated.pst"][5] == "could not be processed");
  CHECK_THAT(by_source["export/Mail/truncated.pst"][10], Catch::Contains("Outlook PST archive"));
  CHECK(by_source["export/Mail/garbage.pst"][5] == "container");
  CHECK_THAT(by_source["export/Mail/garbage.pst"][10], Catch::Contains("could not be read (damaged)"));
  // The safeguarding message is withheld under its exemption, not lost.
  CHECK(by_source[archive + "#Inbox/Safeguarding/1"][5] == "withheld");

  // The released PDFs, read back with poppler: the subject's messages are
  // there, the other parent's name is not.
  std::string all;
  size_t documents = 0;
  for (const auto& e : fs::directory_iterator(unpacked / "documents")) {
    std::string text;
    REQUIRE(RunCommand("pdftotext -q " + ShellQuote(e.path().string()) + " -", &text) == 0);
    all += text + "\n";
    ++documents;
  }
  CHECK(documents >= 5);
  CHECK(Contains(all, "reading support plan"));
  CHECK(Contains(all, "Reading group report"));
  CHECK(Contains(all, "Week 120"));
  CHECK(Contains(all, "Tomasz"));
  CHECK_FALSE(Contains(all, "Bartholomew Stanforth"));
  CHECK_FALSE(Contains(all, "Stanforth"));
  CHECK_FALSE(Contains(log, "Stanforth"));
  CHECK_FALSE(Contains(all, "07700 900123"));  // the contact's phone number
  CHECK_FALSE(Contains(all, "Ashcombe"));
}

TEST_CASE("email: an empty group is a recipient known by name, undisclosed-recipients names nobody", "[pst]") {
  CollectingSink none;
  Result<Document> named = ExtractMail(
      "From: a@example.org\nTo: Morag Pennant: ;\nCc: undisclosed-recipients:;\nSubject: s\n\nbody\n", &none, "message.eml");
  REQUIRE(named.ok());
  CHECK_THAT(named->text, Catch::Contains("To: Morag Pennant\n"));
  CHECK_THAT(named->text, !Catch::Contains("undisclosed"));
  size_t to = 0;
  for (const MetadataPerson& p : named->people) {
    CHECK(p.name.find("undisclosed") == std::string::npos);
    to += p.role == "to" && p.name == "Morag Pennant" && p.email.empty();
  }
  CHECK(to == 1);
}

// NDB_CRYPT_PERMUTE's encoding table (MS-PST 5.1), obtained from libpst
// rather than copied: the probe archive (unencrypted) holds a block with the
// bytes 0..255; read again as if the archive were encrypted, libpst decodes
// them to its decoding table, whose inverse is the encoding table.
std::string PermuteEncodingTableHex(const fs::path& dir) {
  fs::path probe = MakePst(dir, "probe.pst", "--probe");
  pst_file pf{};
  REQUIRE(pst_open(&pf, probe.c_str(), nullptr) == 0);
  REQUIRE(pst_load_index(&pf) == 0);
  std::string all(256, '\0');
  for (int i = 0; i < 256; ++i) all[static_cast<size_t>(i)] = static_cast<char>(i);
  std::string decoded;
  for (size_t i = 0; i < pf.i_count && decoded.empty(); ++i) {
    uint64_t id = pf.i_table[i].i_id;
    if (id & 2) continue;  // internal blocks are never encoded
    char* buf = nullptr;
    size_t n = pst_ff_getIDblock_dec(&pf, id, &buf);
    size_t at = std::string(buf, n).find(all);
    std::free(buf);
    if (at == std::string::npos) continue;
    pf.encryption = PST_COMP_ENCRYPT;
    buf = nullptr;  // libpst reuses a buffer it is given
    n = pst_ff_getIDblock_dec(&pf, id, &buf);
    if (at + 256 <= n) decoded.assign(buf + at, 256);
    std::free(buf);
    pf.encryption = PST_NO_ENCRYPT;
  }
  pst_close(&pf);
  REQUIRE(decoded.size() == 256);
  std::string encode(256, '\0');
  for (int b = 0; b < 256; ++b) {
    encode[static_cast<unsigned char>(decoded[static_cast<size_t>(b)])] = static_cast<char>(b);
  }
  std::string sorted = encode;
  std::sort(sorted.begin(), sorted.end(), [](char a, char b) {
    return static_cast<unsigned char>(a) < static_cast<unsigned char>(b);
  });
  REQUIRE(sorted == all);  // a permutation
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : encode) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return hex;
}

TEST_CASE("pst: an archive with Outlook's default (permutation) encoding reads the same", "[pst]") {
  TempDir dir;
  std::string table = PermuteEncodingTableHex(dir.path() / "probe");
  fs::path pst = MakePst(dir.path(), "encoded.pst", "--encode-table " + table);
  std::string out;
  // The oracles read it.
  fs::path r = dir.path() / "readpst";
  fs::create_directories(r);
  REQUIRE(RunCommand("readpst -q -S -o " + ShellQuote(r.string()) + " " + ShellQuote(pst.string()) + " 2>&1",
                     &out) == 0);
  CHECK_THAT(ReadBytes(r / "Oakfield staff mailbox" / "Sent Items" / "1"), Catch::Contains("Łukasz from the office"));
  REQUIRE(RunCommand("cd " + ShellQuote(dir.path().string()) + " && pffexport -q -t pff " + ShellQuote(pst.string()) +
                         " 2>&1",
                     &out) == 0);
  CHECK(fs::is_directory(dir.path() / "pff.export" / "Top of Personal Folders" / "Inbox" / "Safeguarding"));
  // The extractor: the same six items, recipients with their addresses.
  CollectingSink sink;
  Result<Document> doc = ExtractPst(pst, &sink);
  REQUIRE(doc.ok());
  CHECK(doc->warnings.empty());
  REQUIRE(sink.parts.size() == 6);
  std::map<std::string, std::string> by_location;
  for (const auto& [info, bytes] : sink.parts) by_location[info.location] = bytes;
  CollectingSink attachments;
  Result<Document> letter = ExtractMail(by_location["#Inbox/2"], &attachments, "message.eml");
  REQUIRE(letter.ok());
  CHECK_THAT(letter->text, Catch::Contains("To: Zoë Nowak-Kowalska <zoe.nowak@example.org>"));
  REQUIRE(attachments.parts.size() == 2);
  CHECK(attachments.parts[0].second.rfind("%PDF-1.4", 0) == 0);
  Result<Document> report = ExtractMail(by_location["#Inbox/3"], &attachments, "message.eml");
  REQUIRE(report.ok());
  CHECK_THAT(report->text, Catch::Contains("Week 120: Tomasz"));
}
