// Extractors on real files: the samples, and public test corpora
// (../shared/corpora: pypdf's encrypted PDFs, MimeKit's messages).
#include <catch2/catch.hpp>

#include <filesystem>

#include "extractors/extractor.h"
#include "pipeline/model/hash.h"
#include "test_util.h"

using namespace dsar;
using namespace dsar::extractors;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(DSAR_SOURCE_DIR) / "samples" / "export";
const fs::path kCorpora = DSAR_CORPORA_DIR;

Result<Document> ExtractFile(const fs::path& p, std::string* type = nullptr) {
  Result<std::string> bytes = ReadFile(p);
  if (!bytes.ok()) return bytes.status();
  std::string t = DetectMediaType(*bytes);
  if (type) *type = t;
  const Extractor* ex = ExtractorRegistry::Default().Find(t);
  if (!ex) return Status::Unsupported(t);
  ExtractOptions o;
  o.file_name = p.filename().string();
  return ex->Extract(*bytes, o);
}

}  // namespace

TEST_CASE("types are detected by content, not extension", "[extractors]") {
  CHECK(DetectMediaType("%PDF-1.4\n...") == "application/pdf");
  CHECK(DetectMediaType("From: a@b.org\nTo: c@d.org\nSubject: x\n\nbody") == "message/rfc822");
  CHECK(DetectMediaType("Just a note about the trip.\nSee you Monday.\n") == "text/plain");
  CHECK(DetectMediaType(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) == "image/png");
  CHECK(DetectMediaType("") == "application/x-empty");
}

TEST_CASE("text: windows-1252 is decoded to UTF-8", "[extractors]") {
  std::string type;
  Result<Document> d = ExtractFile(kSamples / "Admin" / "trip_payments_9RB_sculpture_park.txt", &type);
  REQUIRE(d.ok());
  CHECK(type.rfind("text/", 0) == 0);
  CHECK(d->text.find("\xC2\xA3") != std::string::npos);  // £
  CHECK(d->text.find('\r') == std::string::npos);        // CRLF normalised
  CHECK(!d->warnings.empty());                          // says it was decoded
}

TEST_CASE("email: GMime gives headers, people and a decoded body", "[extractors]") {
  std::string type;
  Result<Document> d = ExtractFile(kSamples / "Email" / "2026-10-15_pritchard_what_zoe_saw.eml", &type);
  REQUIRE(d.ok());
  CHECK(type == "message/rfc822");
  CHECK(d->kind == DocumentKind::kEmail);
  CHECK(d->text.rfind("From: ", 0) == 0);
  CHECK(d->text.find("Si\xC3\xA2n Pritchard") != std::string::npos);  // RFC 2047 + QP decoded
  CHECK(d->text.find("=\n") == std::string::npos);                    // soft breaks removed
  bool from = false;
  for (const MetadataPerson& p : d->people) from |= (p.role == "from" && p.email == "sian.pritchard@example.net");
  CHECK(from);
  CHECK_FALSE(d->date.empty());
}

TEST_CASE("email: MimeKit's real-world messages are typed and parsed", "[extractors][corpora]") {
  // Bounces, delivery reports, digests, Japanese charsets, deep nesting.
  fs::path dir = kCorpora / "mimekit" / "UnitTests" / "TestData" / "messages";
  REQUIRE(fs::exists(dir));
  int mail = 0, parsed = 0, total = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    ++total;
    std::string type;
    Result<Document> d = ExtractFile(e.path(), &type);
    if (type != "message/rfc822") continue;
    ++mail;
    INFO(e.path().filename().string());
    CHECK(d.ok());
    if (d.ok()) {
      ++parsed;
      CHECK(d->text.find("\n\n") != std::string::npos);  // header block, blank line, body
    }
  }
  CHECK(total == 32);
  CHECK(mail >= 20);
  CHECK(parsed == mail);
}

TEST_CASE("pdf: poppler gives text and a box per word", "[extractors]") {
  fs::path pdf = kSamples / "Pastoral" / "incident_report_IR-2026-0147.pdf";
  Result<Document> d = ExtractFile(pdf);
  REQUIRE(d.ok());
  CHECK(d->kind == DocumentKind::kPdf);
  REQUIRE(d->pages.size() == 2);
  CHECK(d->text.find('\f') != std::string::npos);
  CHECK(d->text.find("BD25 4TJ") != std::string::npos);
  size_t words = 0;
  for (const Page& p : d->pages) {
    CHECK(p.width > 500);
    CHECK(p.height > 700);
    for (const Word& w : p.words) {
      ++words;
      REQUIRE(w.end <= d->text.size());
      CHECK(d->text.substr(w.start, w.end - w.start) == w.text);
      CHECK(w.box.x0 >= 0);
      CHECK(w.box.x1 > w.box.x0);
      CHECK(w.box.y1 > w.box.y0);
      CHECK(w.box.y1 <= p.height + 1);
    }
  }
  CHECK(words > 100);
}

TEST_CASE("pdf: encrypted, truncated and junk input give clear results", "[extractors][corpora]") {
  fs::path enc = kCorpora / "pypdf" / "resources" / "encryption";
  for (const char* name : {"r4-user-password.pdf", "r6-both-passwords.pdf", "r2-user-password.pdf"}) {
    INFO(name);
    Result<Document> locked = ExtractFile(enc / name);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.status().code() == StatusCode::kNeedsPassword);
  }
  // With the password (pypdf's test password) it opens.
  Result<std::string> locked_bytes = ReadFile(enc / "r4-user-password.pdf");
  REQUIRE(locked_bytes.ok());
  ExtractOptions with_password;
  with_password.password = "asdfzxcv";
  CHECK(NewPdfExtractor()->Extract(*locked_bytes, with_password).ok());
  for (const char* name : {"r6-empty-password.pdf", "r4-aes-v2-no-key-length.pdf", "r2-empty-password.pdf"}) {
    INFO(name);
    CHECK(ExtractFile(enc / name).ok());  // an empty user password opens
  }

  Result<std::string> bytes = ReadFile(kSamples / "Pastoral" / "incident_report_IR-2026-0147.pdf");
  REQUIRE(bytes.ok());
  ExtractOptions o;
  Result<Document> truncated = NewPdfExtractor()->Extract(bytes->substr(0, 300), o);
  CHECK_FALSE(truncated.ok());
  Result<Document> junk = NewPdfExtractor()->Extract("%PDF-1.7\n\x01\x02garbage\xff\xfe", o);
  CHECK_FALSE(junk.ok());
  Result<Document> nul_text = NewTextExtractor()->Extract(std::string("abc\0\x01\x02", 6), o);
  CHECK(nul_text.status().code() == StatusCode::kCorrupt);
}
