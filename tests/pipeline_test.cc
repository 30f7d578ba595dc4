// Unit tests of the pipeline's parts, each with real files and libraries.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>

#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/deadline.h"
#include "pipeline/model/unicode.h"
#include "pipeline/names.h"
#include "pipeline/policy.h"
#include "pipeline/recognizers.h"
#include "pipeline/request.h"
#include "pipeline/special_category.h"
#include "pipeline/staff.h"
#include "pipeline/subject_matcher.h"
#include "pipeline/worker_pool.h"
#include "redaction/redaction.h"
#include "test_util.h"

using namespace dsar;
namespace fs = std::filesystem;

namespace {

const char* kRequest = R"(reference = "SAR-2026-001"
received = 2026-01-31
[subject]
name = "Amara Okafor"
aliases = ["Mara"]
emails = ["a.okafor@pupils.example.sch.uk"]
identifiers = ["A123456789012"]
date_of_birth = 2012-05-14
[requester]
relationship = "parent"
name = "Ngozi Okafor"
[sources]
paths = ["export/"]
)";

std::vector<Hit> Recognize(const std::string& text) {
  Document d;
  d.text = text;
  std::vector<Hit> hits;
  for (const auto& r : DefaultRecognizers()) r->Find(d, &hits);
  return hits;
}

bool HasHit(const std::vector<Hit>& hits, const std::string& category, const std::string& value) {
  for (const Hit& h : hits) {
    if (h.category == category && h.value == value) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("request file: a valid request parses", "[request]") {
  Result<Request> r = ParseRequest(kRequest, "request.toml");
  REQUIRE(r.ok());
  CHECK(r->reference == "SAR-2026-001");
  CHECK(r->received == "2026-01-31");
  CHECK(r->subject.aliases == std::vector<std::string>{"Mara"});
  CHECK(r->subject.date_of_birth == "2012-05-14");
  CHECK(r->requester.relationship == "parent");
  CHECK(r->source_paths == std::vector<std::string>{"export/"});
}

TEST_CASE("request file: errors name the file, the line and the problem", "[request]") {
  struct Case {
    std::string from, to, expect;
  } cases[] = {
      {"received = 2026-01-31", "received = \"31/01/2026\"", "request.toml:2: 'received' must be a date"},
      {"name = \"Amara Okafor\"", "nmae = \"Amara Okafor\"", "request.toml:4: unknown key 'subject.nmae'"},
      {"relationship = \"parent\"", "relationship = \"aunt\"", "request.toml:10: requester.relationship must be"},
      {"reference = \"SAR-2026-001\"", "reference = \"../etc\"", "request.toml:1: 'reference' may use only"},
      {"paths = [\"export/\"]", "paths = []", "request.toml:13: 'sources.paths' must not be empty"},
      {"[requester]", "[requester", "request.toml:9:"},
      {"name = \"Ngozi Okafor\"", "name = \"Ngozi Okafor\"\nemails = [\"ngozi at home\"]",
       "request.toml:12: 'ngozi at home' in requester.emails is not an email address"},
      {"name = \"Ngozi Okafor\"", "name = \"Ngozi Okafor\"\nphones = [\"12\"]",
       "request.toml:12: '12' in requester.phones is not a telephone number"},
  };
  for (const auto& c : cases) {
    std::string text = kRequest;
    text.replace(text.find(c.from), c.from.size(), c.to);
    Result<Request> r = ParseRequest(text, "request.toml");
    INFO(c.to);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kInvalidInput);
    CHECK_THAT(r.status().message(), Catch::Contains(c.expect));
  }
  std::string no_subject = kRequest;
  no_subject.replace(no_subject.find("name = \"Amara Okafor\""), 21, "");
  Result<Request> r = ParseRequest(no_subject, "request.toml");
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("missing required key 'subject.name'"));
}

TEST_CASE("policy: the built-in default parses and bad policies fail with a line", "[policy]") {
  Result<Policy> p = ParsePolicy(BuiltinDefaultPolicyText(), "default.toml");
  REQUIRE(p.ok());
  REQUIRE(p->FindExemption("third_party") != nullptr);
  CHECK(p->FindExemption("third_party")->label == "Third party");
  CHECK(p->bank_holidays.size() >= 16);

  std::string bad = BuiltinDefaultPolicyText();
  bad.replace(bad.find("default_action = \"redact\""), 25, "default_action = \"shred\"");
  Result<Policy> q = ParsePolicy(bad, "mine.toml");
  REQUIRE_FALSE(q.ok());
  CHECK_THAT(q.status().message(), Catch::Contains("mine.toml:"));
  CHECK_THAT(q.status().message(), Catch::Contains("default_action must be"));

  Result<Policy> u = ParsePolicy("[organisation]\nname = \"X\"\ncolour = \"red\"\n", "u.toml");
  REQUIRE_FALSE(u.ok());
  CHECK_THAT(u.status().message(), Catch::Contains("u.toml:3: unknown key 'organisation.colour'"));
}

TEST_CASE("deadline: one calendar month, month ends and working days", "[deadline]") {
  Result<Policy> p = ParsePolicy(BuiltinDefaultPolicyText(), "default.toml");
  REQUIRE(p.ok());
  const auto& bh = p->bank_holidays;
  CHECK(AddMonthsRule("2026-09-03", 1, bh) == "2026-10-05");  // 3 Oct 2026 is a Saturday
  CHECK(AddMonthsRule("2026-10-06", 1, bh) == "2026-11-06");
  CHECK(AddMonthsRule("2027-01-31", 1, bh) == "2027-03-01");  // 28 Feb 2027 is a Sunday
  CHECK(AddMonthsRule("2028-01-31", 1, bh) == "2028-02-29");  // leap year
  CHECK(AddMonthsRule("2026-11-25", 1, bh) == "2026-12-29");  // 25 Dec, 26-27 weekend, 28 substitute
  CHECK(AddMonthsRule("2026-11-02", 3, bh) == "2027-02-02");
}

TEST_CASE("recognizers: emails, UK phones, postcodes, NI numbers", "[recognizers]") {
  auto hits = Recognize(
      "Call 07700 900123 or (0113) 496 0321, +44 7700 900456; email jo.smith@example.org. "
      "Address: 12 Mill Lane, Leeds LS32 6BZ. NI: JR 48 31 92 C. Ref 12345678901 is not a phone.");
  CHECK(HasHit(hits, "PHONE", "07700 900123"));
  CHECK(HasHit(hits, "PHONE", "(0113) 496 0321"));
  CHECK(HasHit(hits, "PHONE", "+44 7700 900456"));
  CHECK(HasHit(hits, "EMAIL", "jo.smith@example.org"));
  CHECK(HasHit(hits, "POSTCODE", "LS32 6BZ"));
  CHECK(HasHit(hits, "NI_NUMBER", "JR 48 31 92 C"));
  for (const Hit& h : hits) CHECK(h.value != "12345678901");
  CHECK(NormalizeUkPhone("07700 900123") == "+447700900123");
  CHECK_FALSE(IsValidNiNumber("GB 12 34 56 A"));  // invalid prefix
  CHECK_FALSE(IsValidNiNumber("DA 12 34 56 A"));  // D not allowed first
  CHECK(IsValidNiNumber("AB123456C"));
}

TEST_CASE("recognizers: names after titles and in greetings, not ordinary words", "[recognizers]") {
  auto hits = Recognize("Dear Mrs Patel,\nI spoke to Mr Daniel Brooks and Dr O'Neill-Smith today.\n"
                        "Hi Tom,\nthanks.\nDear Parent/Carer,\nDear Sir/Madam\nMr Jones The meeting");
  CHECK(HasHit(hits, "PERSON", "Patel"));
  CHECK(HasHit(hits, "PERSON", "Daniel Brooks"));
  CHECK(HasHit(hits, "PERSON", "O'Neill-Smith"));
  CHECK(HasHit(hits, "PERSON", "Tom"));
  CHECK(HasHit(hits, "PERSON", "Jones"));
  for (const Hit& h : hits) {
    CHECK(h.value.find("Parent") == std::string::npos);
    CHECK(h.value.find("Sir") == std::string::npos);
    CHECK(h.value.find("The") == std::string::npos);
  }
}

TEST_CASE("recognizers: one stop list, with words kept to one use", "[recognizers]") {
  struct Case {
    const char* folded;
    bool after_title, alone;  // IsNotAName in each slot
  };
  const Case kCases[] = {
      {"the", true, true},       {"parent", true, true},   {"sincerely", true, true},
      {"for", true, true},       {"english", false, true}, {"kent", false, true},
      {"a", false, true},        {"will", true, false},    {"can", true, false},
      {"patel", false, false},
  };
  for (const Case& c : kCases) {
    INFO(c.folded);
    CHECK(IsNotAName(c.folded, NameSlot::kAfterTitle) == c.after_title);
    CHECK(IsNotAName(c.folded, NameSlot::kAlone) == c.alone);
  }
  // "A" is an initial after a title, "English" a surname.
  auto hits = Recognize("Dear Mrs A Wilson,\nI spoke to Mr English.");
  CHECK(HasHit(hits, "PERSON", "A Wilson"));
  CHECK(HasHit(hits, "PERSON", "English"));
}

TEST_CASE("recognizers: title names with accents, typographic apostrophes and initials", "[recognizers]") {
  auto hits = Recognize("Dear Ms Zo\xC3\xAB O\xE2\x80\x99" "Brien,\nI met Mr M\xC3\xBCller-L\xC3\xBC" "denscheidt, "
                        "Dr J. Okafor and Mrs \xC3\x85sa Lind.\nSigned Mr K.\n");
  CHECK(HasHit(hits, "PERSON", "Zo\xC3\xAB O\xE2\x80\x99" "Brien"));
  CHECK(HasHit(hits, "PERSON", "M\xC3\xBCller-L\xC3\xBC" "denscheidt"));
  CHECK(HasHit(hits, "PERSON", "J. Okafor"));
  CHECK(HasHit(hits, "PERSON", "\xC3\x85sa Lind"));
  CHECK(HasHit(hits, "PERSON", "K"));  // a lone initial loses its full stop
}

TEST_CASE("recognizers: email header names and propagation", "[recognizers]") {
  Document d;
  d.text = "From: Helen Lindqvist <h.l@example.com>\n\nHelen said Freya Lindqvist was fine. will do.";
  d.people.push_back({"from", "Helen Lindqvist", "h.l@example.com"});
  std::vector<Hit> hits;
  for (const auto& r : DefaultRecognizers()) r->Find(d, &hits);
  CHECK(HasHit(hits, "PERSON", "Helen Lindqvist"));
  // Propagation adds the mentions no recognizer found alone.
  std::vector<Hit> title_only;
  for (const Hit& h : hits) {
    if (h.recognizer != "name-gazetteer") title_only.push_back(h);
  }
  std::vector<Hit> more;
  PropagateNames(d, {"Helen Lindqvist", "Will"}, title_only, &more);
  CHECK(HasHit(more, "PERSON", "Helen"));
  CHECK(HasHit(more, "PERSON", "Lindqvist"));
  for (const Hit& h : more) CHECK(h.value != "will");  // lower case is not the name
  // Role accounts and programs named as senders or authors are not people.
  Document roles;
  roles.text = "To: Office <office@school.example.org>\nFrom: Admissions Team\n\nThe Office will reply. "
               "Written by Windows User, checked by Pedr Lloyd.";
  roles.people = {{"to", "Office", "office@school.example.org"}, {"from", "Admissions Team", ""},
                  {"author", "Windows User", ""}, {"author", "Pedr Lloyd", ""}};
  std::vector<Hit> role_hits;
  for (const auto& r : DefaultRecognizers()) r->Find(roles, &role_hits);
  for (const Hit& h : role_hits) {
    if (h.recognizer != "email-header") continue;
    CHECK(h.value == "Pedr Lloyd");
  }
  CHECK(HasHit(role_hits, "PERSON", "Pedr Lloyd"));
  // A stray one-word "name" that is an ordinary word is not spread through
  // the case (it would reach the cover letter and stop the release).
  Document t;
  t.text = "The trip is on Monday. The coach leaves at nine. Helen will come.";
  std::vector<Hit> spread;
  PropagateNames(t, {"The", "Monday", "Helen Lindqvist"}, {}, &spread);
  for (const Hit& h : spread) CHECK(h.value == "Helen");
  CHECK(spread.size() == 1);
}

TEST_CASE("subject matcher: forms of the name, emails and identifiers", "[subject]") {
  Result<Request> r = ParseRequest(kRequest, "request.toml");
  REQUIRE(r.ok());
  SubjectMatcher m(r->subject);
  auto strong = [&](const std::string& text) {
    for (const SubjectMatch& x : m.Find(text)) {
      if (x.strong) return true;
    }
    return false;
  };
  CHECK(strong("Report on AMARA OKAFOR, Year 9"));
  CHECK(strong("Okafor, Amara  9RB  present"));
  CHECK(strong("A. Okafor was absent"));
  CHECK(strong("Mara was late again"));  // alias
  CHECK(strong("from a.okafor@pupils.example.sch.uk"));
  CHECK(strong("UPN A123456789012"));
  CHECK(strong("Amára Okafor"));          // accent-insensitive
  CHECK_FALSE(strong("Amara said hello"));  // forename alone is weak
  CHECK_FALSE(strong("Mrs A. Okafor phoned"));  // a parent, not the pupil
  CHECK_FALSE(strong("Mrs Okafor phoned"));
  CHECK_FALSE(strong("Tamara Okaforth"));
  // The date of birth, as schools write it, is the subject's (weak).
  for (const char* dob : {"DOB: 14/05/2012", "born 14 May 2012", "d.o.b. 14.05.12", "2012-05-14", "14th May 2012"}) {
    INFO(dob);
    std::vector<SubjectMatch> ms = m.Find(dob);
    REQUIRE(ms.size() == 1);
    CHECK_FALSE(ms[0].strong);
    CHECK(ms[0].form == "date of birth");
  }
  CHECK(m.Find("14/05/2013").empty());
  CHECK(m.IsSubjectValue("a.okafor@pupils.example.sch.uk"));
  CHECK_FALSE(m.IsSubjectValue("Okafor"));
}

TEST_CASE("csv: round trip with quotes, commas, newlines and formulas", "[csv]") {
  std::string text = csv::Row({"key", "text"}) + csv::Row({"k1", "a, \"b\"\nc"}) +
                     csv::Row({"k2", "=HYPERLINK(1)"});
  Result<std::vector<csv::Record>> r = csv::Parse("\xEF\xBB\xBF" + text);
  REQUIRE(r.ok());
  REQUIRE(r->size() == 3);
  CHECK((*r)[1].fields[1] == "a, \"b\"\nc");
  CHECK((*r)[2].fields[1] == "'=HYPERLINK(1)");
  CHECK((*r)[2].line == 4);
  Result<std::vector<csv::Record>> bad = csv::Parse("a,b\n\"open,c\n");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("line 2"));
}

TEST_CASE("case store: audit log is append-only and hash-chained", "[store]") {
  TempDir dir;
  auto store = CaseStore::Open(dir.path() / "case.sqlite", true);
  REQUIRE(store.ok());
  REQUIRE((*store)->Audit("dpo", "case.created", "{}").ok());
  REQUIRE((*store)->Audit("dpo", "ingest", "{\"items\":3}").ok());
  REQUIRE((*store)->VerifyAuditChain().ok());
  // The store refuses updates and deletes of the log...
  CHECK_FALSE(sql::Exec((*store)->db(), "UPDATE audit SET detail = 'x'").ok());
  CHECK_FALSE(sql::Exec((*store)->db(), "DELETE FROM audit").ok());
  // ...and a tamperer who drops the trigger is caught by the chain.
  REQUIRE(sql::Exec((*store)->db(), "DROP TRIGGER audit_no_update").ok());
  REQUIRE(sql::Exec((*store)->db(), "UPDATE audit SET detail = '{\"items\":2}' WHERE id = 2").ok());
  Status s = (*store)->VerifyAuditChain();
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("entry 2"));
}

TEST_CASE("case store: identical bytes are one item with every location", "[store]") {
  TempDir dir;
  auto store = CaseStore::Open(dir.path() / "case.sqlite", true);
  REQUIRE(store.ok());
  auto a = (*store)->AddItemLocation("abc", 10, "text/plain", "x/a.txt");
  auto b = (*store)->AddItemLocation("abc", 10, "text/plain", "y/a copy.txt");
  auto c = (*store)->AddItemLocation("def", 5, "text/plain", "z.txt");
  REQUIRE((a.ok() && b.ok() && c.ok()));
  CHECK(*a == *b);
  CHECK(*a != *c);
  CHECK((*store)->Locations(*a) == std::vector<std::string>{"x/a.txt", "y/a copy.txt"});
  // Re-opening sees the same schema version and data.
  store->reset();
  auto again = CaseStore::Open(dir.path() / "case.sqlite", false);
  REQUIRE(again.ok());
  CHECK((*again)->Items().size() == 2);
}

TEST_CASE("worker pool: a crashing or hanging parser takes only its own item", "[worker]") {
  std::vector<Result<std::string>> results(5, Status::Internal("not run"));
  WorkerLimits limits;
  limits.jobs = 2;
  limits.timeout_seconds = 2;
  RunIsolated(
      5,
      [](size_t i) -> Result<std::string> {
        if (i == 1) std::raise(SIGSEGV);
        if (i == 2) std::abort();
        if (i == 3) {
          for (;;) ::pause();
        }
        if (i == 4) return Status::Corrupt("bad bytes");
        return std::string("ok");
      },
      [&](size_t i, Result<std::string> r) { results[i] = std::move(r); }, limits);
  REQUIRE(results[0].ok());
  CHECK(results[0].value() == "ok");
  CHECK(results[1].status().code() == StatusCode::kCorrupt);
  CHECK_THAT(results[1].status().message(), Catch::Contains("signal 11"));
  CHECK_THAT(results[2].status().message(), Catch::Contains("signal 6"));
  CHECK(results[3].status().code() == StatusCode::kResourceLimit);
  CHECK(results[4].status().code() == StatusCode::kCorrupt);
  CHECK(results[4].status().message() == "bad bytes");
}

TEST_CASE("worker pool: a result of megabytes arrives whole, on the large-page heap", "[worker]") {
  UseLargeHeapPages();  // what main() does first
  std::string big(size_t{24} << 20, '\0');  // several times the 1 MB pipe, under the 32 MB threshold
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>((i * 131) % 251);
  Result<std::string> r = RunIsolatedOnce([&]() -> Result<std::string> { return big; }, WorkerLimits{});
  REQUIRE(r.ok());
  CHECK(r->size() == big.size());
  CHECK(*r == big);
  std::vector<char> over(size_t{40} << 20, 'x');  // over the 32 MB threshold: a mapping of its own
  CHECK(over[over.size() - 1] == 'x');
}

TEST_CASE("staff list: parse and match names, parts and emails", "[staff]") {
  Result<StaffList> s = StaffList::Parse(
      "name,role,email\nOwen Castellane,Head of Year 9,o.castellane@example.sch.uk\n"
      "Harriet Dunmore,SENCo,\nOwen Pryce,Teacher,\n",
      "staff.csv");
  REQUIRE(s.ok());
  CHECK(s->Match("Owen Castellane")->role == "Head of Year 9");
  CHECK(s->Match("Castellane")->name == "Owen Castellane");
  CHECK(s->Match("O. Castellane")->name == "Owen Castellane");
  CHECK(s->Match("o.castellane@example.sch.uk")->name == "Owen Castellane");
  CHECK(s->Match("Dunmore")->role == "SENCo");
  CHECK(s->Match("Owen") == nullptr);         // two Owens: ambiguous
  CHECK(s->Match("Jayden Oduya") == nullptr);
  CHECK(s->Match("Harriet Smith") == nullptr);
  Result<StaffList> bad = StaffList::Parse("who,role\nA,B\n", "staff.csv");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("staff.csv:1"));
}

TEST_CASE("special categories are flagged on the passage", "[special]") {
  Document d;
  d.text = "Trip letter.\n\nAmara has an EHCP and was diagnosed with asthma; she attends the mosque.\n\n"
           "Mr Brooks will collect her. The sen-tence test: send it.";
  std::vector<SpecialCategoryFlag> flags = FindSpecialCategories(d);
  std::set<std::string> kinds;
  for (const auto& f : flags) kinds.insert(f.kind);
  CHECK(kinds == std::set<std::string>{"HEALTH", "RELIGION", "SEN"});
  size_t pos = d.text.find("Amara");
  CHECK(SpecialCategoriesNear(d.text, flags, pos, pos + 5) == "HEALTH, RELIGION, SEN");
  pos = d.text.find("Brooks");
  CHECK(SpecialCategoriesNear(d.text, flags, pos, pos + 6).empty());
}

TEST_CASE("subject matcher: an alias that is also a nickname stays strong", "[subject]") {
  Subject s;
  s.name = "Matilda Fenwick";
  s.aliases = {"Tilly"};
  SubjectMatcher m(s);
  std::vector<SubjectMatch> ms = m.Find("Tilly was late again.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].strong);
  // A nickname the request did not list protects, but is not proof of relevance.
  ms = m.Find("Tilda said hello.");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].strong);
  ms = m.Find("Tilda Fenwick said hello.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].strong);
}

TEST_CASE("subject matcher: the subject's home address is theirs", "[subject]") {
  Subject s;
  s.name = "Matilda Fenwick";
  s.addresses = {"14 Wrenbeck Road, Hollinthorpe, Leeds LS31 7QW"};
  SubjectMatcher m(s);
  std::string text = "Mrs J Fenwick\n14 Wrenbeck Road\nHollinthorpe\nLeeds\nLS31 7QW\n";
  std::vector<SubjectMatch> ms = m.Find(text);
  REQUIRE(ms.size() == 2);
  CHECK(text.substr(ms[0].start, ms[0].end - ms[0].start) == "14 Wrenbeck Road");
  CHECK(text.substr(ms[1].start, ms[1].end - ms[1].start) == "Leeds\nLS31 7QW");
  CHECK_FALSE(ms[0].strong);
  CHECK(m.Find("12 Mill Lane, Leeds LS32 6BZ").empty());
}

TEST_CASE("bundle: OCR verification reads every page of a long PDF in page order", "[bundle][ocr]") {
  // 18 pages: more than one worker's share (16), so the runs' texts must be
  // put back in page order. Each page names its number in words.
  static const char* const kWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen"};
  TempDir dir;
  std::string text;
  for (int i = 0; i < 18; ++i) {
    if (i > 0) text += '\f';
    text += std::string("This is page number ") + kWords[i] + " of the long letter.\n";
  }
  redaction::RenderOptions o;
  o.font_path = DSAR_FONT_PATH;
  const fs::path pdf = dir.path() / "long.pdf";
  REQUIRE(redaction::WriteTextPdf(text, {}, o, pdf).ok());
  Result<std::vector<std::string>> pages = OcrPdfPages(pdf);
  REQUIRE(pages.ok());
  REQUIRE(pages->size() == 18);
  for (int i = 0; i < 18; ++i) {
    INFO("page " << i + 1 << ": " << pages->at(i));
    std::vector<size_t> hits = FindWholeWord(FoldedText(pages->at(i)).folded(), kWords[i]);
    CHECK_FALSE(hits.empty());
  }
  CHECK_FALSE(OcrPdfPages(dir.path() / "missing.pdf").ok());
}
