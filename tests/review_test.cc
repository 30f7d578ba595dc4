// The review web app's server: the token check, the JSON API, bad input,
// concurrent decisions from two clients, and reviewer actions (manual text
// and box redactions, withholding, per-person decisions) honoured by a real
// Bundle whose package is read back with poppler.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <leptonica/allheaders.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <set>
#include <chrono>
#include <functional>
#include <thread>

#include <nlohmann/json.hpp>

#include "pipeline/case.h"
#include "pipeline/csv.h"
#include "pipeline/model/unicode.h"
#include "redaction/redaction.h"
#include "review/review_server.h"
#include "test_util.h"

using namespace dsar;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kSamples = fs::path(DSAR_SOURCE_DIR) / "samples";
const char* kPdf = "Pastoral/incident_report_IR-2026-0147.pdf";
const char* kLetter = "Letters/2026-10-16_letter_to_mr_brooks.txt";
const char* kNotes = "Pastoral/2026-09-30_year9_pastoral_meeting_notes.txt";
const char* kScan = "Scans/trip_consent_form_9RB_scan.png";

// A small copy of the sample case (a text PDF and two letters: no OCR, so it
// builds in a second), ingested and scanned.
struct TestCase {
  TempDir dir;
  fs::path workspace;
  std::string reference = "SAR-2026-014";

  explicit TestCase(std::vector<const char*> files = {kPdf, kLetter, kNotes}) {
    fs::path root = dir.path() / "request";
    for (const char* f : files) {
      fs::create_directories((root / "export" / f).parent_path());
      fs::copy_file(kSamples / "export" / f, root / "export" / f);
    }
    fs::copy_file(kSamples / "request.toml", root / "request.toml");
    fs::copy_file(kSamples / "staff.csv", root / "staff.csv");
    workspace = dir.path() / "cases";
    CaseOptions o{workspace, "tester"};
    Result<Case> c = CreateCase(root / "request.toml", o, NullReporter());
    REQUIRE(c.ok());
    IngestOptions io;
    io.jobs = 1;
    REQUIRE(Ingest(*c, io, NullReporter()).ok());
    REQUIRE(Scan(*c, NullReporter()).ok());
  }
  Case Open() {
    Result<Case> c = OpenCase(reference, CaseOptions{workspace, "tester"});
    REQUIRE(c.ok());
    return std::move(*c);
  }
  int64_t ItemId(const std::string& path) {
    Case c = Open();
    for (const ItemRecord& i : c.store->Items()) {
      if (i.path.find(path) != std::string::npos) return i.id;
    }
    FAIL("no item " << path);
    return 0;
  }
};

// A review server on an ephemeral port, served from a thread; stopped and
// joined on scope exit.
struct RunningServer {
  std::unique_ptr<review::ReviewServer> server;
  std::thread thread;

  RunningServer(Case c, const std::string& reviewer) {
    review::ReviewOptions o;
    o.reviewer = reviewer;
    Result<std::unique_ptr<review::ReviewServer>> s = review::ReviewServer::Create(std::move(c), o);
    REQUIRE(s.ok());
    server = std::move(*s);
    thread = std::thread([this] { server->Run(); });
  }
  ~RunningServer() { Stop(); }
  void Stop() {
    if (!thread.joinable()) return;
    server->Stop();
    thread.join();
  }
  httplib::Client Client(bool with_token = true) {
    httplib::Client cli("127.0.0.1", server->port());
    cli.set_connection_timeout(10);
    cli.set_read_timeout(60);
    if (with_token) cli.set_default_headers({{"X-DSAR-Token", server->token()}});
    return cli;
  }
};

json Get(httplib::Client& cli, const std::string& path, int expect = 200) {
  httplib::Result r = cli.Get(path.c_str());
  REQUIRE(r);
  INFO(path << " -> " << r->body);
  REQUIRE(r->status == expect);
  return json::parse(r->body, nullptr, false);
}

json Post(httplib::Client& cli, const std::string& path, const json& body, int expect = 200) {
  httplib::Result r = cli.Post(path.c_str(), body.dump(), "application/json");
  REQUIRE(r);
  INFO(path << " " << body.dump() << " -> " << r->body);
  REQUIRE(r->status == expect);
  return json::parse(r->body, nullptr, false);
}

std::string Folded(const std::vector<std::string>& pages) {
  std::string all;
  for (const std::string& p : pages) all += p + "\n";
  return FoldForMatch(all);
}

}  // namespace

TEST_CASE("review server: every request needs the token", "[review]") {
  TestCase tc;
  RunningServer rs(tc.Open(), "reviewer-a");
  REQUIRE(rs.server->url().rfind("http://127.0.0.1:", 0) == 0);
  REQUIRE(rs.server->token().size() == 32);

  httplib::Client anon = rs.Client(false);
  for (const char* path : {"/", "/app.js", "/api/case", "/api/documents", "/api/documents/1/pages/1.png"}) {
    httplib::Result r = anon.Get(path);
    REQUIRE(r);
    CHECK(r->status == 403);
  }
  httplib::Result wrong = anon.Get("/api/case?token=00000000000000000000000000000000");
  REQUIRE(wrong);
  CHECK(wrong->status == 403);
  httplib::Result post = anon.Post("/api/decisions", R"({"key":"x","verdict":"accept"})", "application/json");
  REQUIRE(post);
  CHECK(post->status == 403);

  // First visit: the token moves into an HttpOnly cookie.
  httplib::Result first = anon.Get(("/?token=" + rs.server->token()).c_str());
  REQUIRE(first);
  CHECK(first->status == 302);
  std::string cookie = first->get_header_value("Set-Cookie");
  CHECK(cookie.find("dsar_token=" + rs.server->token()) != std::string::npos);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  httplib::Headers with_cookie = {{"Cookie", "dsar_token=" + rs.server->token()}};
  httplib::Result page = anon.Get("/", with_cookie);
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("<script src=\"/app.js\">") != std::string::npos);
  httplib::Result js = anon.Get("/app.js", with_cookie);
  REQUIRE(js);
  CHECK(js->status == 200);
  CHECK(js->get_header_value("Content-Type").find("javascript") != std::string::npos);

  // A page on another origin that resolves to 127.0.0.1 (DNS rebinding)
  // sends its own Host header, and is refused even with the token.
  httplib::Result rebound = anon.Get("/api/case", {{"Host", "evil.example:80"}, {"X-DSAR-Token", rs.server->token()}});
  REQUIRE(rebound);
  CHECK(rebound->status == 403);

  httplib::Client cli = rs.Client();
  json c = Get(cli, "/api/case");
  CHECK(c["reference"] == "SAR-2026-014");
  CHECK(c["subject"] == "Matilda Fenwick");
  CHECK(c["documents"]["total"] == 3);
  CHECK(c["suggestions"]["pending"].get<int>() > 0);
  CHECK(c["blockers"].size() >= 1);
}

TEST_CASE("review server: bad input gets a clear error, never a crash", "[review]") {
  TestCase tc;
  RunningServer rs(tc.Open(), "reviewer-a");
  httplib::Client cli = rs.Client();
  Get(cli, "/api/documents/999", 404);
  Get(cli, "/api/documents/abc", 404);
  Get(cli, "/api/documents/99999999999999999999", 404);
  Get(cli, "/api/nothing-here", 404);
  Get(cli, "/api/documents?limit=0", 400);
  Get(cli, "/api/documents?offset=x", 400);
  // No static files are served from disk: traversal finds nothing.
  for (const char* path : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/documents/..%2F..%2Fetc%2Fpasswd",
                           "/api/documents/1/pages/..%2F..%2Fcase.sqlite"}) {
    httplib::Result r = cli.Get(path);
    REQUIRE(r);
    CHECK(r->status == 404);
    CHECK(r->body.find("root:") == std::string::npos);
  }
  httplib::Result malformed = cli.Post("/api/decisions", "{not json", "application/json");
  REQUIRE(malformed);
  CHECK(malformed->status == 400);
  httplib::Result form = cli.Post("/api/decisions", "key=x&verdict=accept", "application/x-www-form-urlencoded");
  REQUIRE(form);
  CHECK(form->status == 415);
  Post(cli, "/api/decisions", json::array({1, 2}), 400);
  Post(cli, "/api/decisions", {{"key", "no-such-key"}, {"verdict", "accept"}}, 404);
  Post(cli, "/api/decisions", {{"verdict", "accept"}}, 400);
  Post(cli, "/api/decisions", {{"key", 7}, {"verdict", "accept"}}, 400);

  Case c = tc.Open();
  std::vector<Suggestion> all = c.store->Suggestions();
  REQUIRE(!all.empty());
  Post(cli, "/api/decisions", {{"key", all[0].key}, {"verdict", "maybe"}}, 400);
  Post(cli, "/api/decisions", {{"key", all[0].key}, {"verdict", "accept"}, {"exemption", "no_such_exemption"}}, 400);
  int64_t pdf = tc.ItemId(kPdf), letter = tc.ItemId(kLetter);
  std::string base = "/api/documents/";
  Post(cli, base + std::to_string(pdf) + "/manual", {{"kind", "box"}, {"page", 9}, {"x0", 1}, {"y0", 1}, {"x1", 50}, {"y1", 50}}, 400);
  Post(cli, base + std::to_string(pdf) + "/manual", {{"kind", "box"}, {"page", 1}, {"x0", 900}, {"y0", 900}, {"x1", 950}, {"y1", 950}}, 400);
  Post(cli, base + std::to_string(pdf) + "/manual", {{"kind", "box"}, {"page", 1}, {"x0", "a"}, {"y0", 1}, {"x1", 50}, {"y1", 50}}, 400);
  Post(cli, base + std::to_string(letter) + "/manual", {{"kind", "box"}, {"page", 1}, {"x0", 1}, {"y0", 1}, {"x1", 50}, {"y1", 50}}, 400);
  Post(cli, base + std::to_string(letter) + "/manual", {{"kind", "text"}, {"start", 10}, {"end", 5}}, 400);
  Post(cli, base + std::to_string(letter) + "/manual", {{"kind", "text"}, {"start", 0}, {"end", 1e9}}, 400);
  Post(cli, base + std::to_string(letter) + "/manual", {{"kind", "circle"}}, 400);
  Post(cli, base + std::to_string(letter) + "/decision", {{"action", "withhold"}}, 400);
  Post(cli, base + std::to_string(letter) + "/decision", {{"action", "shred"}}, 400);
  Post(cli, base + "999/decision", {{"action", "not_relevant"}}, 404);
  Post(cli, "/api/manual/12345/revoke", json::object(), 404);
  Post(cli, "/api/people/decision", {{"entity", "nobody"}, {"decision", "redact"}}, 404);
  Post(cli, "/api/people/decision", {{"entity", all[0].entity}, {"decision", "shout"}}, 400);
  Get(cli, base + std::to_string(letter) + "/pages/1.png", 404);  // a text document has no page images
  Get(cli, base + std::to_string(pdf) + "/pages/7.png", 404);
  Get(cli, base + std::to_string(pdf) + "/pages/1.png?dpi=5000", 400);
  // Nothing above was recorded.
  Case after = tc.Open();
  CHECK(after.store->LatestDecisions().empty());
  CHECK(after.store->ManualRedactions().empty());
  CHECK(after.store->DocumentDecisions().empty());
  // And the server still answers.
  Get(cli, "/api/case");
}

TEST_CASE("review server: decisions are saved at once, with reviewer, and audited", "[review]") {
  TestCase tc;
  RunningServer rs(tc.Open(), "reviewer-a");
  httplib::Client cli = rs.Client();
  int64_t letter = tc.ItemId(kLetter);
  json doc = Get(cli, "/api/documents/" + std::to_string(letter));
  REQUIRE(doc["suggestions"].size() >= 2);
  CHECK(doc["text"].get<std::string>().find("Dear Mr Daniel Brooks") != std::string::npos);
  // Spans are in UTF-16 units: the text at each span is the suggestion's value.
  for (const json& s : doc["suggestions"]) {
    std::string text = doc["text"];
    // This letter is ASCII, so UTF-16 and byte offsets agree.
    CHECK(text.substr(s["start"].get<size_t>(), s["end"].get<size_t>() - s["start"].get<size_t>()) == s["value"]);
  }
  std::string k0 = doc["suggestions"][0]["key"], k1 = doc["suggestions"][1]["key"];
  Post(cli, "/api/decisions", {{"key", k0}, {"verdict", "accept"}, {"exemption", "third_party"}});
  Post(cli, "/api/decisions", {{"key", k1}, {"verdict", "reject"}, {"note", "already known to the requester"}});

  // Another connection to the store (as `dsar bundle` would open it) sees them.
  Case c = tc.Open();
  std::map<std::string, Decision> d = c.store->LatestDecisions();
  REQUIRE(d.count(k0));
  CHECK(d[k0].verdict == Verdict::kAccept);
  CHECK(d[k0].reviewer == "reviewer-a");
  CHECK(d[k0].exemption == "third_party");
  CHECK(!d[k0].decided_at.empty());
  CHECK(d[k1].verdict == Verdict::kReject);
  CHECK(d[k1].note == "already known to the requester");
  size_t audited = 0;
  for (const AuditEntry& e : c.store->AuditLog()) {
    if (e.action == "decision" && e.actor == "reviewer-a" && e.detail.find("\"via\":\"review\"") != std::string::npos) ++audited;
  }
  CHECK(audited == 2);
  CHECK(c.store->VerifyAuditChain().ok());

  json after = Get(cli, "/api/documents/" + std::to_string(letter));
  CHECK(after["suggestions"][0]["verdict"] == "accept");
  CHECK(after["suggestions"][1]["verdict"] == "reject");
  json list = Get(cli, "/api/documents?status=reviewed");
  json pending = Get(cli, "/api/documents?pending=1");
  CHECK(list["total"].get<int>() + pending["total"].get<int>() >= 1);
  json search = Get(cli, "/api/documents?q=dear%20mr%20daniel%20brooks");
  REQUIRE(search["total"] == 1);
  CHECK(search["items"][0]["id"] == letter);
  CHECK(Get(cli, "/api/documents?q=zzqqzz")["total"] == 0);
  json pdfs = Get(cli, "/api/documents?kind=pdf");
  REQUIRE(pdfs["total"] == 1);
  // A PDF's text is stored with its pages (schema v6), and found there.
  json in_pdf = Get(cli, "/api/documents?q=science%20lab%20s4");
  REQUIRE(in_pdf["total"] == 1);
  CHECK(in_pdf["items"][0]["id"] == pdfs["items"][0]["id"]);
  // Search ignores case, accents and line and page breaks: page 1's footer
  // and page 2's heading, a name with a diaeresis typed without it, an
  // address broken over two lines.
  json across = Get(cli, "/api/documents?q=page%201%20of%202%20incident%20report");
  REQUIRE(across["total"] == 1);
  CHECK(across["items"][0]["id"] == pdfs["items"][0]["id"]);
  json folded = Get(cli, "/api/documents?q=ZOE%20CARRINGTON");
  REQUIRE(folded["total"] == 1);
  CHECK(folded["items"][0]["id"] == pdfs["items"][0]["id"]);
  json lines = Get(cli, "/api/documents?q=calder%20rise%20bramwick");
  REQUIRE(lines["total"] == 1);
  CHECK(lines["items"][0]["id"] == letter);
  CHECK(Get(cli, "/api/documents?q=page%202%20of%202%20incident%20report")["total"] == 0);
  CHECK(Get(cli, "/api/documents?q=%20%20")["total"] == 3);
  json paged = Get(cli, "/api/documents?limit=1&offset=1");
  CHECK(paged["items"].size() == 1);
  CHECK(paged["total"] == 3);
}

TEST_CASE("review server: two clients deciding at once lose nothing", "[review]") {
  TestCase tc;
  std::vector<std::string> keys;
  for (const Suggestion& s : tc.Open().store->Suggestions()) keys.push_back(s.key);
  REQUIRE(keys.size() >= 10);
  RunningServer rs(tc.Open(), "reviewer-a");
  auto worker = [&](size_t parity, const char* verdict) {
    httplib::Client cli = rs.Client();
    for (size_t i = parity; i < keys.size(); i += 2) {
      httplib::Result r = cli.Post("/api/decisions", json{{"key", keys[i]}, {"verdict", verdict}}.dump(), "application/json");
      if (!r || r->status != 200) return false;
    }
    return true;
  };
  bool ok_a = false, ok_b = false;
  std::thread a([&] { ok_a = worker(0, "accept"); });
  std::thread b([&] { ok_b = worker(1, "reject"); });
  a.join();
  b.join();
  CHECK(ok_a);
  CHECK(ok_b);
  std::map<std::string, Decision> d = tc.Open().store->LatestDecisions();
  REQUIRE(d.size() == keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    CHECK(d[keys[i]].verdict == (i % 2 == 0 ? Verdict::kAccept : Verdict::kReject));
  }
  CHECK(CountPending(*std::make_unique<Case>(tc.Open())) == 0);
}

TEST_CASE("review: manual redactions, withholding and per-person decisions reach the package", "[review]") {
  TestCase tc;
  int64_t pdf = tc.ItemId(kPdf), letter = tc.ItemId(kLetter), notes = tc.ItemId(kNotes);
  // Where "RIDDOR" is on the PDF page: no recognizer suggests it.
  dsar::Box riddor;
  int riddor_page = 0;
  {
    Case c = tc.Open();
    Result<DocumentRecord> rec = c.store->GetDocument(pdf);
    REQUIRE(rec.ok());
    for (const Page& p : rec->document.pages) {
      for (const Word& w : p.words) {
        if (w.text == "RIDDOR") {
          riddor = w.box;
          riddor_page = p.number;
        }
      }
    }
    REQUIRE(riddor_page > 0);
  }
  std::string entity;
  {
    RunningServer rs(tc.Open(), "reviewer-b");
    httplib::Client cli = rs.Client();
    std::string base = "/api/documents/";
    // A box over one word of the PDF page.
    json box = Post(cli, base + std::to_string(pdf) + "/manual",
                    {{"kind", "box"}, {"page", riddor_page}, {"x0", riddor.x0 - 1}, {"y0", riddor.y0 - 1},
                     {"x1", riddor.x1 + 1}, {"y1", riddor.y1 + 1}, {"exemption", "third_party"}, {"note", "test"}});
    CHECK(box["id"].get<int>() > 0);
    // A span of the letter, selected as text.
    json doc = Get(cli, base + std::to_string(letter));
    std::string text = doc["text"];
    size_t at = text.find("Reflection Room");
    REQUIRE(at != std::string::npos);
    Post(cli, base + std::to_string(letter) + "/manual",
         {{"kind", "text"}, {"start", at}, {"end", at + std::string("Reflection Room").size()}, {"exemption", "third_party"}});
    // A manual redaction added by mistake and removed again leaves nothing.
    json extra = Post(cli, base + std::to_string(letter) + "/manual", {{"kind", "text"}, {"start", 0}, {"end", 7}});
    Post(cli, "/api/manual/" + std::to_string(extra["id"].get<int>()) + "/revoke", json::object());
    Post(cli, "/api/manual/" + std::to_string(extra["id"].get<int>()) + "/revoke", json::object(), 404);
    // Another exemption for one suggestion: its box carries that label.
    for (const json& s : doc["suggestions"]) {
      if (s["value"] == "BD25 4TJ") {
        Post(cli, "/api/decisions", {{"key", s["key"]}, {"verdict", "accept"}, {"exemption", "serious_harm"}});
      }
    }
    // The meeting notes withheld in full.
    Post(cli, base + std::to_string(notes) + "/decision",
         {{"action", "withhold"}, {"exemption", "third_party"}, {"note", "mostly about other pupils"}});
    // One person: disclose everywhere.
    json people = Get(cli, "/api/people");
    REQUIRE(!people["people"].empty());
    for (const json& p : people["people"]) {
      if (p["category"] == "PERSON" && p["pending"].get<int>() > 0) {
        entity = p["entity"];
        break;
      }
    }
    REQUIRE(!entity.empty());
    Post(cli, "/api/people/decision", {{"entity", entity}, {"decision", "disclose"}, {"note", "official capacity"}});
    json people_after = Get(cli, "/api/people?q=" + httplib::detail::encode_query_param(entity));
    REQUIRE(!people_after["people"].empty());
    CHECK(people_after["people"][0]["decision"] == "disclose");
    CHECK(people_after["people"][0]["pending"] == 0);

    // Page images: the original and the preview as it will be released.
    httplib::Result img = cli.Get((base + std::to_string(pdf) + "/pages/" + std::to_string(riddor_page) + ".png").c_str());
    REQUIRE(img);
    REQUIRE(img->status == 200);
    CHECK(img->body.substr(0, 8) == "\x89PNG\r\n\x1a\n");
    httplib::Result again = cli.Get((base + std::to_string(pdf) + "/pages/" + std::to_string(riddor_page) + ".png").c_str());
    REQUIRE(again);
    CHECK(again->body == img->body);  // from the cache
    {
      // The same page as poppler's own pdftoppm draws it, pixel for pixel
      // (give or take anti-aliasing).
      fs::path ref = tc.dir.path() / "ref";
      std::string ignored;
      Case c = tc.Open();
      Result<ItemRecord> item = c.store->GetItem(pdf);
      REQUIRE(item.ok());
      REQUIRE(RunCommand("pdftoppm -r 100 -gray -png -singlefile -f " + std::to_string(riddor_page) + " -l " +
                             std::to_string(riddor_page) + " " + ShellQuote(ItemBytesPath(c, *item).string()) +
                             " " + ShellQuote(ref.string()),
                         &ignored) == 0);
      Pix* expected = pixRead((ref.string() + ".png").c_str());
      Pix* got = pixReadMem(reinterpret_cast<const l_uint8*>(img->body.data()), img->body.size());
      REQUIRE(expected);
      REQUIRE(got);
      Pix* got8 = pixConvertTo8(got, 0);
      Pix* exp8 = pixConvertTo8(expected, 0);
      int w = std::min(pixGetWidth(got8), pixGetWidth(exp8)), h = std::min(pixGetHeight(got8), pixGetHeight(exp8));
      CHECK(std::abs(pixGetWidth(got8) - pixGetWidth(exp8)) <= 1);
      CHECK(std::abs(pixGetHeight(got8) - pixGetHeight(exp8)) <= 1);
      double diff = 0;
      for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
          l_uint32 a = 0, b = 0;
          pixGetPixel(got8, x, y, &a);
          pixGetPixel(exp8, x, y, &b);
          diff += std::abs(static_cast<int>(a) - static_cast<int>(b));
        }
      }
      CHECK(diff / (static_cast<double>(w) * h) < 4.0);  // mean difference in grey levels
      for (Pix* p : {expected, got, got8, exp8}) pixDestroy(&p);
    }
    httplib::Result prev = cli.Get((base + std::to_string(pdf) + "/preview/" + std::to_string(riddor_page) + ".png").c_str());
    REQUIRE(prev);
    REQUIRE(prev->status == 200);
    CHECK(prev->body.substr(0, 4) == "\x89PNG");
    CHECK(prev->body != img->body);
    httplib::Result text_prev = cli.Get((base + std::to_string(letter) + "/preview/1.png").c_str());
    REQUIRE(text_prev);
    CHECK(text_prev->status == 200);
    Get(cli, base + std::to_string(notes) + "/preview/1.png", 400);  // withheld: nothing is released

    json ov = Get(cli, "/api/case");
    CHECK(ov["documents"]["withheld"] == 1);
    CHECK(ov["manual_redactions"] == 2);
    rs.Stop();
  }

  Case c = tc.Open();
  // Every suggestion of the person is decided through the person.
  std::map<std::string, Decision> eff = c.store->EffectiveDecisions();
  std::vector<std::string> person_values;
  for (const Suggestion& s : c.store->Suggestions()) {
    if (s.entity != entity) continue;
    REQUIRE(eff.count(s.key));
    CHECK(eff[s.key].verdict == (s.action == "disclose" ? Verdict::kAccept : Verdict::kReject));
    if (s.item_id == letter || s.item_id == pdf) person_values.push_back(s.value);
  }
  // The CSV export shows the effective decision.
  fs::path csv = tc.dir.path() / "review.csv";
  REQUIRE(ExportDecisions(c, csv).ok());
  std::string exported = ReadBytes(csv);
  CHECK(exported.find("per person") != std::string::npos);
  Result<std::vector<csv::Record>> rows = csv::Parse(exported);
  REQUIRE(rows.ok());
  size_t with_new_exemption = 0;
  for (const csv::Record& r : *rows) {
    // Columns: key, document, source, category, entity, action, text, context, reason, exemption...
    if (r.fields.size() > 9 && r.fields[6] == "BD25 4TJ" && r.fields[9] == "serious_harm") ++with_new_exemption;
  }
  CHECK(with_new_exemption == 1);
  CHECK(exported.find("document withheld") != std::string::npos);  // the notes' suggestions
  // Imported back unchanged, the file changes nothing: export and import
  // agree with the decisions made in review.
  Result<ImportSummary> same = ImportDecisions(c, csv, "spreadsheet");
  REQUIRE(same.ok());
  CHECK(same->accepted == 0);
  CHECK(same->rejected == 0);

  // Suggestions of the withheld document are not pending.
  std::map<int64_t, size_t> per_doc;
  CountPending(c, nullptr, &per_doc);
  CHECK(per_doc.count(notes) == 0);

  BundleOptions bo;
  bo.accept_suggestions = true;  // the rest, as the flag says
  Result<BundleSummary> b = Bundle(c, bo, NullReporter());
  REQUIRE(b.ok());
  fs::path out = tc.dir.path() / "unpacked";
  fs::create_directories(out);
  std::string log;
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(b->package.string()) + " -d " + ShellQuote(out.string()), &log) == 0);
  std::string n_pdf = ItemNumber(pdf), n_letter = ItemNumber(letter), n_notes = ItemNumber(notes);
  REQUIRE(fs::exists(out / "documents" / (n_pdf + ".pdf")));
  REQUIRE(fs::exists(out / "documents" / (n_letter + ".pdf")));
  CHECK(!fs::exists(out / "documents" / (n_notes + ".pdf")));

  Result<std::vector<std::string>> pdf_text = redaction::ExtractPageTexts(out / "documents" / (n_pdf + ".pdf"));
  REQUIRE(pdf_text.ok());
  std::string pdf_folded = Folded(*pdf_text);
  CHECK(pdf_folded.find("riddor") == std::string::npos);     // the manual box
  CHECK(pdf_folded.find("reportable") != std::string::npos);  // its neighbour survives
  Result<std::vector<std::string>> letter_text = redaction::ExtractPageTexts(out / "documents" / (n_letter + ".pdf"));
  REQUIRE(letter_text.ok());
  std::string letter_folded = Folded(*letter_text);
  CHECK(letter_folded.find("reflection room") == std::string::npos);  // the manual text span
  CHECK(letter_folded.find("restorative") != std::string::npos);
  CHECK(letter_folded.find("thank you") != std::string::npos);  // the revoked redaction left it
  CHECK(letter_folded.find("bd25") == std::string::npos);
  CHECK(letter_folded.find("serious harm") != std::string::npos);  // the label of the changed exemption
  // The person disclosed everywhere can be read.
  for (const std::string& v : person_values) {
    INFO(v);
    CHECK((pdf_folded + letter_folded).find(FoldForMatch(v)) != std::string::npos);
  }
  std::string disclosure_log = ReadBytes(out / "disclosure-log.csv");
  CHECK(disclosure_log.find(n_notes + ",") != std::string::npos);
  CHECK(disclosure_log.find("withheld") != std::string::npos);
  CHECK(disclosure_log.find("serious_harm") != std::string::npos);
}

TEST_CASE("review: a box drawn on a scanned page is burnt in and verified by OCR", "[review]") {
  TestCase tc({kScan});
  int64_t scan = tc.ItemId(kScan);
  dsar::Box word;
  double page_width = 0;
  {
    Case c = tc.Open();
    Result<DocumentRecord> rec = c.store->GetDocument(scan);
    REQUIRE(rec.ok());
    REQUIRE(rec->document.kind == DocumentKind::kScan);
    REQUIRE(rec->document.pages.size() == 1);
    page_width = rec->document.pages[0].width;
    bool found = false;
    for (const Word& w : rec->document.pages[0].words) {
      if (w.text == "vegetarian") {
        word = w.box;
        found = true;
      }
    }
    REQUIRE(found);
  }
  {
    RunningServer rs(tc.Open(), "reviewer-c");
    httplib::Client cli = rs.Client();
    std::string base = "/api/documents/" + std::to_string(scan);
    httplib::Result img = cli.Get((base + "/pages/1.png?dpi=50").c_str());
    REQUIRE(img);
    REQUIRE(img->status == 200);
    REQUIRE(img->body.size() > 24);
    CHECK(img->body.substr(0, 8) == "\x89PNG\r\n\x1a\n");
    // IHDR width: the page's width in points at 50 dpi.
    const auto* b = reinterpret_cast<const unsigned char*>(img->body.data());
    int width = (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19];
    CHECK(std::abs(width - page_width / 72 * 50) <= 2);
    Get(cli, base + "/pages/2.png", 404);
    Post(cli, base + "/manual", {{"kind", "box"}, {"page", 1}, {"x0", word.x0 - 2}, {"y0", word.y0 - 2},
                                 {"x1", word.x1 + 2}, {"y1", word.y1 + 2}, {"exemption", "third_party"}});
    httplib::Result prev = cli.Get((base + "/preview/1.png?dpi=50").c_str());
    REQUIRE(prev);
    CHECK(prev->status == 200);
    rs.Stop();
  }
  Case c = tc.Open();
  BundleOptions bo;
  bo.accept_suggestions = true;
  Result<BundleSummary> b = Bundle(c, bo, NullReporter());
  REQUIRE(b.ok());  // includes OCR of the output page: "vegetarian" cannot be read back
  fs::path out = tc.dir.path() / "unpacked";
  fs::create_directories(out);
  std::string log;
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(b->package.string()) + " -d " + ShellQuote(out.string()), &log) == 0);
  Result<std::vector<std::string>> text = redaction::ExtractPageTexts(out / "documents" / (ItemNumber(scan) + ".pdf"));
  REQUIRE(text.ok());
  std::string folded = Folded(*text);
  CHECK(folded.find("vegetarian") == std::string::npos);
  CHECK(folded.find("packed") != std::string::npos);
}

TEST_CASE("bundle: refusing while suggestions are pending says where and points at dsar review", "[review]") {
  TestCase tc;
  Case c = tc.Open();
  Result<BundleSummary> b = Bundle(c, BundleOptions{}, NullReporter());
  REQUIRE(!b.ok());
  CHECK(b.status().code() == StatusCode::kBlocked);
  std::string m = b.status().message();
  CHECK(m.find("dsar review SAR-2026-014") != std::string::npos);
  CHECK(m.find("document " + ItemNumber(tc.ItemId(kLetter))) != std::string::npos);
  CHECK(m.find("letter_to_mr_brooks") != std::string::npos);
}

// Not run by default (hidden tag): how the API behaves on a case of 2,000
// documents and 50,000 suggestions. Prints the time of each request; the
// numbers are in docs/architecture.md. Run: review_test "[scale]"
TEST_CASE("review server: a case of 2,000 documents and 50,000 suggestions", "[.][scale]") {
  TestCase tc;
  {
    Case c = tc.Open();
    REQUIRE(c.store->InTransaction([&]() -> Status {
      for (int d = 0; d < 2000; ++d) {
        std::string path = "export/bulk/document-" + std::to_string(d) + ".txt";
        Result<int64_t> id = c.store->AddItemLocation(std::string(64, 'a' + d % 26) + std::to_string(d), 3000,
                                                      "text/plain", path);
        if (!id.ok()) return id.status();
        Document doc;
        doc.kind = DocumentKind::kText;
        doc.title = path;
        std::vector<Suggestion> sugg;
        for (int s = 0; s < 25; ++s) {
          std::string name = "Person" + std::to_string((d * 25 + s) % 3000) + " Example";
          Suggestion x;
          x.key = "bulk-" + std::to_string(d) + "-" + std::to_string(s);
          x.start = doc.text.size();
          doc.text += name;
          x.end = doc.text.size();
          doc.text += " wrote to the school about the trip and the lunch money on Tuesday.\n";
          x.category = "PERSON";
          x.action = "redact";
          x.exemption = "third_party";
          x.label = "Third party";
          x.reason = "a third party";
          x.confidence = 0.9;
          x.value = name;
          x.entity = FoldForMatch(name);
          sugg.push_back(std::move(x));
        }
        DSAR_RETURN_IF_ERROR(c.store->SetItemStatus(*id, ItemStatus::kExtracted, ""));
        DSAR_RETURN_IF_ERROR(c.store->PutDocument(*id, doc));
        DSAR_RETURN_IF_ERROR(c.store->SetRelevance(*id, Relevance::kRelevant, "test"));
        DSAR_RETURN_IF_ERROR(c.store->ReplaceFindings(*id, {}, sugg));
      }
      return Status::OK();
    }).ok());
    REQUIRE(c.store->Suggestions().size() >= 50000);
  }
  RunningServer rs(tc.Open(), "reviewer-a");
  httplib::Client cli = rs.Client();
  auto timed = [&](const std::string& what, const std::function<json()>& fn) {
    auto t0 = std::chrono::steady_clock::now();
    json j = fn();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%-45s %8.1f ms\n", what.c_str(), ms);
    return j;
  };
  json c = timed("GET /api/case", [&] { return Get(cli, "/api/case"); });
  CHECK(c["suggestions"]["pending"].get<int>() >= 50000);
  json list = timed("GET /api/documents (first 50)", [&] { return Get(cli, "/api/documents"); });
  CHECK(list["items"].size() == 50);
  timed("GET /api/documents?pending=1&offset=1900", [&] { return Get(cli, "/api/documents?pending=1&offset=1900"); });
  json hits = timed("GET /api/documents?q=person2999 (text search)", [&] { return Get(cli, "/api/documents?q=person2999"); });
  CHECK(hits["total"].get<int>() >= 1);
  json doc = timed("GET /api/documents/1000", [&] { return Get(cli, "/api/documents/1000"); });
  CHECK(doc["suggestions"].size() == 25);
  timed("POST /api/decisions", [&] { return Post(cli, "/api/decisions", {{"key", "bulk-500-3"}, {"verdict", "accept"}}); });
  json people = timed("GET /api/people", [&] { return Get(cli, "/api/people"); });
  CHECK(people["people"].size() >= 3000);
  timed("POST /api/people/decision", [&] { return Post(cli, "/api/people/decision", {{"entity", "person7 example"}, {"decision", "redact"}}); });
}

TEST_CASE("dsar review: prints a link with a token, refuses without it, stops on Ctrl-C", "[review]") {
  TestCase tc;
  int out[2];
  REQUIRE(::pipe(out) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::close(out[0]);
    ::close(out[1]);
    ::execl(DSAR_BINARY, DSAR_BINARY, "--workspace", tc.workspace.c_str(), "review", "SAR-2026-014",
            "--reviewer", "cli-test", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(out[1]);
  std::string printed;
  std::smatch m;
  std::regex url(R"(http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32}))");
  char buf[512];
  while (!std::regex_search(printed, m, url)) {
    ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    printed.append(buf, static_cast<size_t>(n));
  }
  INFO(printed);
  REQUIRE(std::regex_search(printed, m, url));
  int port = std::stoi(m[1]);
  std::string token = m[2];
  httplib::Client cli("127.0.0.1", port);
  httplib::Result refused = cli.Get("/api/case");
  REQUIRE(refused);
  CHECK(refused->status == 403);
  httplib::Result ok = cli.Get(("/api/case?token=" + token).c_str());
  REQUIRE(ok);
  CHECK(ok->status == 200);
  std::string key = tc.Open().store->Suggestions().front().key;
  httplib::Result decided = cli.Post("/api/decisions", {{"X-DSAR-Token", token}},
                                     json{{"key", key}, {"verdict", "reject"}}.dump(), "application/json");
  REQUIRE(decided);
  CHECK(decided->status == 200);
  // Ctrl-C: the server stops and dsar exits 0; the decision is in the store.
  REQUIRE(::kill(pid, SIGINT) == 0);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  ::close(out[0]);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  std::map<std::string, Decision> d = tc.Open().store->LatestDecisions();
  REQUIRE(d.count(key));
  CHECK(d[key].verdict == Verdict::kReject);
  CHECK(d[key].reviewer == "cli-test");
  // The port is free again.
  httplib::Client after("127.0.0.1", port);
  after.set_connection_timeout(2);
  CHECK(!after.Get("/"));
}

TEST_CASE("review: a document withheld with its suggestions undecided keeps third parties out of the log", "[review]") {
  TestCase tc({kLetter, kNotes});
  int64_t letter = tc.ItemId(kLetter);
  {
    RunningServer rs(tc.Open(), "reviewer-d");
    httplib::Client cli = rs.Client();
    Post(cli, "/api/documents/" + std::to_string(letter) + "/decision",
         {{"action", "withhold"}, {"exemption", "third_party"}, {"note", "about another pupil"}});
    rs.Stop();
  }
  Case c = tc.Open();
  std::map<int64_t, size_t> per_doc;
  CountPending(c, nullptr, &per_doc);
  CHECK(per_doc.count(letter) == 0);
  BundleOptions bo;
  bo.accept_suggestions = true;  // for the notes
  Result<BundleSummary> b = Bundle(c, bo, NullReporter());
  REQUIRE(b.ok());
  // The letter's suggestions were never decided one by one: none was accepted.
  for (const Suggestion& s : c.store->Suggestions(letter)) CHECK(!c.store->LatestDecisions().count(s.key));
  fs::path out = tc.dir.path() / "unpacked";
  std::string log;
  REQUIRE(RunCommand("unzip -q -o " + ShellQuote(b->package.string()) + " -d " + ShellQuote(out.string()), &log) == 0);
  std::string csv = ReadBytes(out / "disclosure-log.csv");
  std::string row = csv.substr(csv.find("\n" + ItemNumber(letter) + ","));
  row = row.substr(1, row.find('\n', 1));
  INFO(row);
  CHECK(row.find("withheld") != std::string::npos);
  // Its file name, letter_to_mr_brooks.txt, names a third party.
  CHECK(FoldForMatch(row).find("brooks") == std::string::npos);
}

TEST_CASE("bundle: a manual redaction that the cover letter would show is refused, naming the document", "[review]") {
  TestCase tc({kLetter});
  int64_t letter = tc.ItemId(kLetter);
  Case c = tc.Open();
  Result<DocumentRecord> doc = c.store->GetDocument(letter);
  REQUIRE(doc.ok());
  // "School" is also in the cover letter (the organisation's name).
  size_t at = doc->document.text.find("school");
  REQUIRE(at != std::string::npos);
  ManualRedaction m;
  m.item_id = letter;
  m.kind = "text";
  m.start = at;
  m.end = at + 6;
  m.exemption = "third_party";
  m.reviewer = "reviewer-e";
  REQUIRE(c.store->AddManualRedaction(m).ok());
  BundleOptions bo;
  bo.accept_suggestions = true;
  Result<BundleSummary> b = Bundle(c, bo, NullReporter());
  REQUIRE(!b.ok());
  CHECK(b.status().code() == StatusCode::kVerificationFailed);
  INFO(b.status().message());
  CHECK(b.status().message().find("cover letter") != std::string::npos);
  CHECK(b.status().message().find("redacted in document " + ItemNumber(letter)) != std::string::npos);
  CHECK_FALSE(fs::exists(c.dir / "disclosure.zip"));
}

TEST_CASE("review: a document scan found not relevant can be marked as about the subject", "[review]") {
  const char* kOther = "Email/2026-10-08_abernethy_change_of_address.eml";
  TestCase tc({kLetter, kOther});
  int64_t other = tc.ItemId(kOther);
  std::string base = "/api/documents/" + std::to_string(other);
  {
    RunningServer rs(tc.Open(), "reviewer-a");
    httplib::Client cli = rs.Client();
    json doc = Get(cli, base);
    REQUIRE(doc["relevance"] == "not_relevant");
    CHECK(doc["suggestions"].empty());
    CHECK(doc.value("marked_relevant", json()).is_null());
    Post(cli, base + "/decision", {{"action", "relevant"}, {"note", "the subject's family moving"}});
    doc = Get(cli, base);
    CHECK(doc["marked_relevant"]["reviewer"] == "reviewer-a");
    CHECK(doc["decision"].is_null());  // not withheld, not set aside
    json c = Get(cli, "/api/case");
    std::string blockers = c["blockers"].dump();
    CHECK_THAT(blockers, Catch::Contains("marked as about the subject since the last scan"));
  }
  Case c = tc.Open();
  REQUIRE(Scan(c, NullReporter()).ok());
  Result<DocumentRecord> rec = c.store->GetDocument(other);
  REQUIRE(rec.ok());
  CHECK(rec->relevance == Relevance::kRelevant);
  CHECK_THAT(rec->relevance_reason, Catch::Contains("reviewer-a: the subject's family moving"));
  CHECK_FALSE(c.store->Suggestions(other).empty());  // its third parties are now found
  {
    RunningServer rs(tc.Open(), "reviewer-a");
    httplib::Client cli = rs.Client();
    CHECK(Get(cli, "/api/case")["blockers"].dump().find("since the last scan") == std::string::npos);
    // Set aside again: the latest decision wins, and the next scan follows it.
    Post(cli, base + "/decision", {{"action", "not_relevant"}});
    CHECK(Get(cli, base)["decision"]["action"] == "not_relevant");
  }
  CHECK(c.store->MarkedRelevant().empty());
}
