#include "review/review_server.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <set>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "pipeline/deadline.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"
#include "pipeline/sqlite.h"
#include "review/page_image.h"

namespace dsar::review {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

#include "review/index.html.inc"
#include "review/app.js.inc"
#include "review/app.css.inc"

constexpr size_t kMaxBody = 1 << 20;

// Thrown by handlers for a request the client got wrong; becomes a JSON
// error reply with its HTTP status.
struct HttpError {
  int status;
  std::string message;
};

[[noreturn]] void Throw(int status, std::string message) { throw HttpError{status, std::move(message)}; }

void Check(const Status& s) {
  if (s.ok()) return;
  int status = s.code() == StatusCode::kNotFound       ? 404
               : s.code() == StatusCode::kInvalidInput ? 400
               : s.code() == StatusCode::kBlocked      ? 409
                                                       : 500;
  Throw(status, s.message());
}

std::string RandomToken() {
  unsigned char bytes[16];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return "";
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(hex[b >> 4]);
    out.push_back(hex[b & 15]);
  }
  return out;
}

bool SameToken(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string CookieToken(const httplib::Request& req) {
  std::string cookies = req.get_header_value("Cookie");
  const std::string name = "dsar_token=";
  for (size_t pos = 0; pos < cookies.size();) {
    while (pos < cookies.size() && (cookies[pos] == ' ' || cookies[pos] == ';')) ++pos;
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    if (cookies.compare(pos, name.size(), name) == 0) {
      return cookies.substr(pos + name.size(), end - pos - name.size());
    }
    pos = end;
  }
  return "";
}

// Byte offsets of Document::text <-> UTF-16 offsets (what JavaScript's
// strings count in).
class Utf16Map {
 public:
  explicit Utf16Map(const std::string& text) : at_(text.size() + 1, 0) {
    size_t u = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      at_[i] = u;
      unsigned char c = static_cast<unsigned char>(text[i]);
      if ((c & 0xC0) == 0x80) continue;  // continuation byte
      u += c >= 0xF0 ? 2 : 1;
    }
    at_[text.size()] = u;
    text_ = &text;
  }
  size_t ToUtf16(size_t byte) const { return at_[std::min(byte, at_.size() - 1)]; }
  // The byte offset of UTF-16 offset `u`, if it falls on a character start.
  std::optional<size_t> ToByte(size_t u) const {
    auto it = std::lower_bound(at_.begin(), at_.end(), u);
    if (it == at_.end() || *it != u) return std::nullopt;
    size_t byte = static_cast<size_t>(it - at_.begin());
    if (byte < text_->size() && (static_cast<unsigned char>((*text_)[byte]) & 0xC0) == 0x80) {
      return std::nullopt;
    }
    return byte;
  }

 private:
  std::vector<size_t> at_;
  const std::string* text_ = nullptr;
};

json BoxJson(int page, const Box& b) {
  return {{"page", page}, {"x0", b.x0}, {"y0", b.y0}, {"x1", b.x1}, {"y1", b.y1}};
}

// Word boxes covering bytes [start, end) of a paged document.
json SpanBoxes(const Document& doc, size_t start, size_t end) {
  json out = json::array();
  for (const Page& page : doc.pages) {
    for (const Word& w : page.words) {
      if (w.start < end && start < w.end) out.push_back(BoxJson(page.number, w.box));
    }
  }
  return out;
}

int64_t ParseId(const std::string& s) {
  if (s.empty() || s.size() > 12 || !std::all_of(s.begin(), s.end(), ::isdigit)) Throw(404, "no such document");
  return std::stoll(s);
}

json ParseBody(const httplib::Request& req) {
  if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
    Throw(415, "send JSON (Content-Type: application/json)");
  }
  json j = json::parse(req.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) Throw(400, "the request body is not a JSON object");
  return j;
}

std::string Str(const json& j, const char* key, bool required = false) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) Throw(400, std::string("'") + key + "' is required");
    return "";
  }
  if (!it->is_string()) Throw(400, std::string("'") + key + "' must be a string");
  if (it->get_ref<const std::string&>().size() > 4000) Throw(400, std::string("'") + key + "' is too long");
  return it->get<std::string>();
}

double Num(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) Throw(400, std::string("'") + key + "' must be a number");
  double v = it->get<double>();
  if (!std::isfinite(v)) Throw(400, std::string("'") + key + "' must be a finite number");
  return v;
}

}  // namespace

class ReviewServer::Impl {
 public:
  Impl(Case c, ReviewOptions o) : case_(std::move(c)), options_(std::move(o)) {}

  Status Bind() {
    if (options_.reviewer.empty()) options_.reviewer = case_.actor;
    if (options_.token.empty()) options_.token = RandomToken();
    if (options_.token.size() < 16) return Status::Internal("cannot draw a random token");
    if (options_.cache_dir.empty()) options_.cache_dir = case_.dir / "review-cache";
    std::error_code ec;
    fs::create_directories(options_.cache_dir, ec);
    if (ec) return Status::IoError("cannot create " + options_.cache_dir.string() + ": " + ec.message());
    Routes();
    server_.set_payload_max_length(kMaxBody);
    if (options_.port == 0) {
      port_ = server_.bind_to_any_port(options_.host);
    } else {
      port_ = server_.bind_to_port(options_.host, options_.port) ? options_.port : -1;
    }
    if (port_ <= 0) {
      return Status::IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                             " (is the port in use? try --port 0 for any free port)");
    }
    return Status::OK();
  }

  int port() const { return port_; }
  const std::string& token() const { return options_.token; }
  std::string url() const {
    return "http://" + options_.host + ":" + std::to_string(port_) + "/?token=" + options_.token;
  }
  Status Run() {
    if (!server_.listen_after_bind()) return Status::IoError("the review server stopped unexpectedly");
    return Status::OK();
  }
  void Stop() { server_.stop(); }

 private:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  // Wraps a handler: errors become JSON replies, nothing escapes.
  Handler Wrap(Handler h) {
    return [h](const httplib::Request& req, httplib::Response& res) {
      try {
        h(req, res);
      } catch (const HttpError& e) {
        res.status = e.status;
        res.set_content(json{{"error", e.message}}.dump(), "application/json");
      } catch (const std::exception& e) {
        res.status = 500;
        res.set_content(json{{"error", std::string("internal error: ") + e.what()}}.dump(),
                        "application/json");
      }
    };
  }

  static void Reply(httplib::Response& res, const json& j) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(j.dump(), "application/json");
  }

  httplib::Server::HandlerResponse Gate(const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; "
                   "connect-src 'self'; frame-ancestors 'none'");
    std::string host = req.get_header_value("Host");
    std::string port = ":" + std::to_string(port_);
    if (host != options_.host + port && host != "localhost" + port) {
      res.status = 403;
      res.set_content("dsar review: unexpected Host header\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::string given = req.has_param("token") ? req.get_param_value("token")
                        : req.has_header("X-DSAR-Token") ? req.get_header_value("X-DSAR-Token")
                                                         : CookieToken(req);
    if (!SameToken(given, options_.token)) {
      res.status = 403;
      if (req.path.rfind("/api/", 0) == 0) {
        res.set_content(json{{"error", "missing or wrong token: open the URL printed by dsar review"}}.dump(),
                        "application/json");
      } else {
        res.set_content("dsar review: open the link printed by `dsar review` (it carries the access token).\n",
                        "text/plain");
      }
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.has_param("token") && req.method == "GET" && req.path == "/") {
      // First visit: keep the token in a cookie and drop it from the address bar.
      res.set_header("Set-Cookie", "dsar_token=" + options_.token + "; Path=/; HttpOnly; SameSite=Strict");
      res.set_redirect("/");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  }

  void Routes() {
    server_.set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return Gate(req, res); });
    server_.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      res.set_content(kIndexHtml, "text/html; charset=utf-8");
    });
    server_.Get("/app.js", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kAppJs, "text/javascript; charset=utf-8");
    });
    server_.Get("/app.css", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kAppCss, "text/css; charset=utf-8");
    });
    server_.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    server_.Get("/api/case", Wrap([this](const auto&, auto& res) { Reply(res, Overview()); }));
    server_.Get("/api/documents", Wrap([this](const auto& req, auto& res) { Reply(res, DocumentList(req)); }));
    server_.Get(R"(/api/documents/([^/]+))",
                Wrap([this](const auto& req, auto& res) { Reply(res, DocumentView(ParseId(req.matches[1]))); }));
    server_.Get(R"(/api/documents/([^/]+)/pages/([0-9]{1,5})\.png)", Wrap([this](const auto& req, auto& res) {
                  PageImage(ParseId(req.matches[1]), std::stoi(req.matches[2]), req, false, res);
                }));
    server_.Get(R"(/api/documents/([^/]+)/preview/([0-9]{1,5})\.png)", Wrap([this](const auto& req, auto& res) {
                  PageImage(ParseId(req.matches[1]), std::stoi(req.matches[2]), req, true, res);
                }));
    server_.Post("/api/decisions", Wrap([this](const auto& req, auto& res) { Reply(res, Decide(ParseBody(req))); }));
    server_.Post(R"(/api/documents/([^/]+)/decision)", Wrap([this](const auto& req, auto& res) {
                   Reply(res, DecideDocument(ParseId(req.matches[1]), ParseBody(req)));
                 }));
    server_.Post(R"(/api/documents/([^/]+)/manual)", Wrap([this](const auto& req, auto& res) {
                   Reply(res, AddManual(ParseId(req.matches[1]), ParseBody(req)));
                 }));
    server_.Post(R"(/api/manual/([^/]+)/revoke)", Wrap([this](const auto& req, auto& res) {
                   ParseBody(req);
                   Reply(res, RevokeManual(ParseId(req.matches[1])));
                 }));
    server_.Get("/api/people", Wrap([this](const auto& req, auto& res) { Reply(res, People(req)); }));
    server_.Post("/api/people/decision", Wrap([this](const auto& req, auto& res) {
                   Reply(res, DecidePerson(ParseBody(req)));
                 }));
    server_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string what = res.status == 404 ? "not found" : "request failed";
      if (req.path.rfind("/api/", 0) == 0) {
        res.set_content(json{{"error", what}}.dump(), "application/json");
      } else {
        res.set_content("dsar review: " + what + "\n", "text/plain");
      }
    });
  }

  CaseStore& store() { return *case_.store; }

  const Exemption* FindExemption(const std::string& code) {
    for (const Exemption& e : case_.policy.exemptions) {
      if (e.code == code) return &e;
    }
    return nullptr;
  }

  void RequireExemption(const std::string& code) {
    if (!FindExemption(code)) Throw(400, "unknown exemption '" + code + "' (see the policy's exemptions)");
  }

  void AuditOrThrow(const std::string& action, const json& detail) {
    Check(store().Audit(options_.reviewer, action, detail.dump()));
  }

  // --- Case overview ---------------------------------------------------
  json Overview() {
    std::lock_guard<std::mutex> lock(mu_);
    const Request& r = case_.request;
    std::string due = store().GetMeta("due_date").value_or("");
    json j = {{"reference", r.reference},
              {"subject", r.subject.name},
              {"requester", {{"relationship", r.requester.relationship}, {"name", r.requester.name}}},
              {"received", r.received},
              {"due", due},
              {"days_left", due.empty() ? 0 : DaysBetween(Today(), due)},
              {"extended", store().GetMeta("extended").value_or("") == "yes"},
              {"released_at", store().GetMeta("released_at").value_or("")},
              {"reviewer", options_.reviewer}};
    std::map<std::string, size_t> by_status;
    size_t relevant = 0, not_relevant = 0;
    {
      sql::Statement st(store().db(), "SELECT i.status, COALESCE(d.relevance, '') FROM items i "
                                      "LEFT JOIN documents d ON d.item_id = i.id");
      while (st.Step()) {
        by_status[st.Text(0)]++;
        if (st.Text(1) == "relevant") ++relevant;
        if (st.Text(1) == "not_relevant") ++not_relevant;
      }
    }
    std::map<int64_t, DocumentDecision> whole = store().DocumentDecisions();
    size_t withheld = 0, set_aside = 0;
    for (const auto& [id, d] : whole) (d.action == "withhold" ? withheld : set_aside)++;
    size_t total_items = 0;
    for (const auto& [k, n] : by_status) total_items += n;
    j["documents"] = {{"total", total_items}, {"by_status", by_status}, {"relevant", relevant},
                      {"not_relevant", not_relevant}, {"withheld", withheld}, {"set_aside", set_aside}};
    std::map<std::string, Decision> decisions = store().EffectiveDecisions();
    size_t total = 0, accepted = 0, rejected = 0, pending = 0;
    std::map<std::string, size_t> exemptions;
    std::map<int64_t, size_t> pending_docs;
    for (const Suggestion& s : store().Suggestions()) {
      ++total;
      auto d = decisions.find(s.key);
      std::string ex = d != decisions.end() && !d->second.exemption.empty() ? d->second.exemption : s.exemption;
      if (!ex.empty()) exemptions[ex]++;
      if (whole.count(s.item_id)) continue;
      if (d == decisions.end()) {
        ++pending;
        pending_docs[s.item_id]++;
      } else if (d->second.verdict == Verdict::kAccept) {
        ++accepted;
      } else {
        ++rejected;
      }
    }
    j["suggestions"] = {{"total", total}, {"accepted", accepted}, {"rejected", rejected}, {"pending", pending},
                        {"pending_documents", pending_docs.size()}};
    json ex = json::array();
    for (const Exemption& e : case_.policy.exemptions) {
      ex.push_back({{"code", e.code}, {"title", e.title}, {"label", e.label},
                    {"in_play", exemptions.count(e.code) ? exemptions[e.code] : 0}});
    }
    j["exemptions"] = ex;
    json blockers = json::array();
    if (auto checks = store().GetMeta("intake_checks")) {
      for (const auto& k : json::parse(*checks, nullptr, false)) {
        if (k.is_object() && k.value("severity", "") == "blocked") blockers.push_back(k.value("message", ""));
      }
    }
    if (pending > 0) {
      blockers.push_back(std::to_string(pending) + " suggestion(s) in " + std::to_string(pending_docs.size()) +
                         " document(s) await a decision");
    }
    if (std::vector<int64_t> unscanned = MarkedRelevantNotScanned(case_); !unscanned.empty()) {
      blockers.push_back(std::to_string(unscanned.size()) +
                         " document(s) marked as about the subject since the last scan: run `dsar scan " +
                         case_.request.reference + "` to look for other people in them");
    }
    if (auto refused = store().GetMeta("refused")) blockers.push_back("the request was refused as " + *refused);
    j["blockers"] = blockers;
    j["manual_redactions"] = store().ManualRedactions().size();
    return j;
  }

  // --- Document list ---------------------------------------------------

  // The documents whose title or text holds `needle` (a query folded by
  // FoldForMatch, as detection compares names): case, accents and runs of
  // white space (line ends, page breaks) do not matter, so "Jane Smith"
  // finds a name broken across two lines, or across two pages of a PDF
  // whose text is stored page by page (schema v6).
  std::set<int64_t> TextSearch(const std::string& needle) {
    std::set<int64_t> hits;
    if (needle.empty()) return hits;
    auto holds = [&](std::string_view text) { return FoldForMatch(text).find(needle) != std::string::npos; };
    {
      sql::Statement st(store().db(), "SELECT item_id, title, text FROM documents");
      while (st.Step()) {
        if (holds(st.Text(1)) || holds(st.Text(2))) hits.insert(st.Int(0));
      }
    }
    // Each page is searched with the end of the page before it, as much of
    // it as the query could need.
    sql::Statement st(store().db(), "SELECT item_id, text FROM document_pages "
                                    "WHERE text IS NOT NULL ORDER BY item_id, page");
    int64_t item = -1;
    std::string tail;
    while (st.Step()) {
      int64_t id = st.Int(0);
      if (id != item) {
        item = id;
        tail.clear();
      }
      if (hits.count(id)) continue;
      std::string page = FoldForMatch(st.Text(1));
      std::string joined = tail.empty() || page.empty() ? tail + page : tail + " " + page;
      if (joined.find(needle) != std::string::npos) {
        hits.insert(id);
        continue;
      }
      if (!page.empty()) tail = page.substr(page.size() - std::min(page.size(), needle.size()));
    }
    return hits;
  }
  json DocumentList(const httplib::Request& req) {
    auto param = [&](const char* k) { return req.has_param(k) ? req.get_param_value(k) : std::string(); };
    std::string status = param("status"), kind = param("kind"), category = param("category"),
                exemption = param("exemption"), q = param("q");
    bool only_pending = param("pending") == "1";
    long offset = 0, limit = 50;
    try {
      if (!param("offset").empty()) offset = std::stol(param("offset"));
      if (!param("limit").empty()) limit = std::stol(param("limit"));
    } catch (const std::exception&) {
      Throw(400, "offset and limit must be numbers");
    }
    if (offset < 0 || limit < 1 || limit > 500) Throw(400, "offset must be >= 0 and limit 1 to 500");
    std::lock_guard<std::mutex> lock(mu_);
    std::map<std::string, Decision> decisions = store().EffectiveDecisions();
    std::map<int64_t, DocumentDecision> whole = store().DocumentDecisions();
    struct Counts {
      size_t suggestions = 0, pending = 0;
      std::set<std::string> categories, exemptions;
    };
    std::map<int64_t, Counts> counts;
    {
      sql::Statement st(store().db(), "SELECT item_id, key, category, exemption FROM suggestions");
      while (st.Step()) {
        Counts& c = counts[st.Int(0)];
        ++c.suggestions;
        auto d = decisions.find(st.Text(1));
        if (d == decisions.end() && !whole.count(st.Int(0))) ++c.pending;
        c.categories.insert(st.Text(2));
        c.exemptions.insert(d != decisions.end() && !d->second.exemption.empty() ? d->second.exemption
                                                                                 : st.Text(3));
      }
    }
    std::string needle = FoldForMatch(q);  // q as searched; blank searches nothing out
    std::set<int64_t> text_hits = TextSearch(needle);
    json items = json::array();
    size_t matched = 0;
    sql::Statement st(store().db(),
                      "SELECT i.id, i.path, i.media_type, i.status, i.reason, COALESCE(d.kind, ''), "
                      "COALESCE(d.relevance, ''), COALESCE(d.title, ''), "
                      "COALESCE(d.date, '') "
                      "FROM items i LEFT JOIN documents d ON d.item_id = i.id ORDER BY i.id");
    while (st.Step()) {
      int64_t id = st.Int(0);
      const Counts& c = counts[id];
      std::string item_status = st.Text(3), relevance = st.Text(6);
      std::string review;  // what the document is, as the reviewer sees it
      if (item_status != "extracted") {
        review = "not_processed";
      } else if (auto w = whole.find(id); w != whole.end()) {
        review = w->second.action == "withhold" ? "withheld" : "set_aside";
      } else if (relevance != "relevant") {
        review = "not_relevant";
      } else {
        review = c.pending > 0 ? "pending" : "reviewed";
      }
      if (!status.empty() && status != review) continue;
      if (!kind.empty() && kind != st.Text(5)) continue;
      if (!category.empty() && !c.categories.count(category)) continue;
      if (!exemption.empty() && !c.exemptions.count(exemption)) continue;
      if (only_pending && c.pending == 0) continue;
      if (!needle.empty() && !text_hits.count(id) && FoldForMatch(st.Text(1)).find(needle) == std::string::npos) {
        continue;
      }
      if (matched++ < static_cast<size_t>(offset) || items.size() >= static_cast<size_t>(limit)) continue;
      items.push_back({{"id", id},
                       {"number", ItemNumber(id)},
                       {"path", st.Text(1)},
                       {"media_type", st.Text(2)},
                       {"kind", st.Text(5)},
                       {"title", st.Text(7)},
                       {"date", st.Text(8).substr(0, 10)},
                       {"status", review},
                       {"reason", item_status == "extracted" ? "" : st.Text(4)},
                       {"suggestions", c.suggestions},
                       {"pending", c.pending},
                       {"categories", c.categories}});
    }
    return {{"total", matched}, {"offset", offset}, {"limit", limit}, {"items", items}};
  }

  // --- Document view ---------------------------------------------------
  json DocumentView(int64_t id) {
    std::lock_guard<std::mutex> lock(mu_);
    Result<ItemRecord> item = store().GetItem(id);
    if (!item.ok()) Throw(404, "no document " + std::to_string(id));
    json j = {{"id", id}, {"number", ItemNumber(id)}, {"path", item->path}, {"media_type", item->media_type},
              {"status", ItemStatusName(item->status)}, {"reason", item->reason}};
    Result<DocumentRecord> rec = store().GetDocument(id);
    if (!rec.ok()) {
      j["kind"] = "";
      j["text"] = "";
      j["pages"] = json::array();
      j["suggestions"] = json::array();
      j["manual"] = json::array();
      return j;
    }
    const Document& doc = rec->document;
    Utf16Map map(doc.text);
    j["kind"] = DocumentKindName(doc.kind);
    j["title"] = doc.title;
    j["date"] = doc.date;
    j["text"] = doc.text;
    j["relevance"] = rec->relevance == Relevance::kRelevant      ? "relevant"
                     : rec->relevance == Relevance::kNotRelevant ? "not_relevant"
                                                                 : "unknown";
    j["relevance_reason"] = rec->relevance_reason;
    j["has_images"] = (doc.kind == DocumentKind::kPdf || doc.kind == DocumentKind::kScan) && !doc.pages.empty();
    json pages = json::array();
    for (const Page& p : doc.pages) pages.push_back({{"number", p.number}, {"width", p.width}, {"height", p.height}});
    j["pages"] = pages;
    json hidden = json::array();
    for (const HiddenContent& h : doc.hidden) hidden.push_back({{"page", h.page}, {"kind", h.kind}});
    j["hidden"] = hidden;
    std::map<std::string, Decision> own = store().LatestDecisions();
    std::map<std::string, Decision> effective = store().EffectiveDecisions();
    json sugg = json::array();
    for (const Suggestion& s : store().Suggestions(id)) {
      auto d = effective.find(s.key);
      auto o = own.find(s.key);
      bool via_person = d != effective.end() && (o == own.end() || o->second.verdict == Verdict::kPending);
      json e = {{"key", s.key},
                {"start", map.ToUtf16(s.start)},
                {"end", map.ToUtf16(s.end)},
                {"category", s.category},
                {"action", s.action},
                {"suggested_exemption", s.exemption},
                {"exemption", d != effective.end() && !d->second.exemption.empty() ? d->second.exemption
                                                                                   : s.exemption},
                {"label", s.label},
                {"reason", s.reason},
                {"confidence", s.confidence},
                {"entity", s.entity},
                {"value", s.value},
                {"verdict", d == effective.end() ? "pending" : VerdictName(d->second.verdict)},
                {"via", d == effective.end() ? "" : via_person ? "person" : "own"},
                {"reviewer", d == effective.end() ? "" : d->second.reviewer},
                {"decided_at", d == effective.end() ? "" : d->second.decided_at},
                {"note", d == effective.end() ? "" : d->second.note},
                {"boxes", SpanBoxes(doc, s.start, s.end)}};
      sugg.push_back(std::move(e));
    }
    j["suggestions"] = sugg;
    json manual = json::array();
    for (const ManualRedaction& m : store().ManualRedactions(id)) {
      json e = {{"id", m.id}, {"kind", m.kind}, {"exemption", m.exemption}, {"note", m.note},
                {"reviewer", m.reviewer}, {"created_at", m.created_at}};
      if (m.kind == "text") {
        e["start"] = map.ToUtf16(m.start);
        e["end"] = map.ToUtf16(m.end);
        e["boxes"] = SpanBoxes(doc, m.start, m.end);
      } else {
        e["boxes"] = json::array({BoxJson(m.page, m.box)});
      }
      manual.push_back(std::move(e));
    }
    j["manual"] = manual;
    std::map<int64_t, DocumentDecision> whole = store().DocumentDecisions();
    if (auto w = whole.find(id); w != whole.end()) {
      j["decision"] = {{"action", w->second.action}, {"exemption", w->second.exemption}, {"note", w->second.note},
                       {"reviewer", w->second.reviewer}, {"decided_at", w->second.decided_at}};
    } else {
      j["decision"] = nullptr;
    }
    std::map<int64_t, DocumentDecision> marked = store().MarkedRelevant();
    if (auto m = marked.find(id); m != marked.end()) {
      j["marked_relevant"] = {{"note", m->second.note}, {"reviewer", m->second.reviewer},
                              {"decided_at", m->second.decided_at}};
    }
    // Neighbours, for "next document" without going back to the list.
    sql::Statement next(store().db(), "SELECT MIN(id) FROM items WHERE id > ?1");
    next.Bind(1, id);
    j["next"] = next.Step() && next.Int(0) > 0 ? json(next.Int(0)) : json(nullptr);
    sql::Statement prev(store().db(), "SELECT MAX(id) FROM items WHERE id < ?1");
    prev.Bind(1, id);
    j["prev"] = prev.Step() && prev.Int(0) > 0 ? json(prev.Int(0)) : json(nullptr);
    return j;
  }

  // --- Page images -----------------------------------------------------
  void PageImage(int64_t id, int page, const httplib::Request& req, bool preview, httplib::Response& res) {
    double dpi = 100;
    if (req.has_param("dpi")) {
      try {
        dpi = std::stod(req.get_param_value("dpi"));
      } catch (const std::exception&) {
        Throw(400, "dpi must be a number");
      }
      if (!(dpi >= 20 && dpi <= 300)) Throw(400, "dpi must be between 20 and 300");
    }
    fs::path file;
    bool is_pdf = false;
    double page_width = 0;
    std::string password;
    fs::path cached;
    std::optional<fs::path> temp_pdf;
    {
      std::lock_guard<std::mutex> lock(mu_);
      Result<ItemRecord> item = store().GetItem(id);
      if (!item.ok()) Throw(404, "no document " + std::to_string(id));
      Result<DocumentRecord> rec = store().GetDocument(id);
      if (!rec.ok()) Throw(404, "document " + ItemNumber(id) + " has no extracted content");
      const Document& doc = rec->document;
      if (preview) {
        // As it will be released: rendered the way dsar bundle renders it.
        temp_pdf = options_.cache_dir / ("preview-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(preview_counter_++) + ".pdf");
        Status s = RenderReleasePreview(case_, id, *temp_pdf);
        if (!s.ok()) {
          std::error_code ec;
          fs::remove(*temp_pdf, ec);
          Check(s);
        }
        file = *temp_pdf;
        is_pdf = true;
      } else {
        if (doc.kind != DocumentKind::kPdf && doc.kind != DocumentKind::kScan) {
          Throw(404, "document " + ItemNumber(id) + " has no page images (it is shown as text)");
        }
        if (page > static_cast<int>(doc.pages.size())) Throw(404, "no page " + std::to_string(page));
        file = ItemBytesPath(case_, *item);
        is_pdf = doc.kind == DocumentKind::kPdf;
        page_width = doc.pages[page - 1].width;
        if (auto pw = case_.request.passwords.find(item->path); pw != case_.request.passwords.end()) {
          password = pw->second;
        }
        char name[96];
        std::snprintf(name, sizeof name, "-p%d-%d.png", page, static_cast<int>(dpi));
        cached = options_.cache_dir / (item->sha256.substr(0, 32) + name);
      }
    }
    // Rendering happens outside the lock: other tabs keep deciding.
    Result<std::string> png = Status::NotFound("not rendered yet");
    if (!cached.empty()) {
      std::error_code ec;
      if (fs::exists(cached, ec)) png = ReadFile(cached, 64u << 20);
    }
    if (cached.empty() || !png.ok() || png->empty()) {
      png = RenderPagePng(file, is_pdf, page, dpi, page_width, password);
      if (png.ok() && !cached.empty()) WriteFileAtomic(cached, *png);  // a cache miss next time is harmless
    }
    if (temp_pdf) {
      // How many pages the released document has (text documents are
      // typeset afresh, so the page viewer cannot know in advance).
      Result<int> pages = PdfPageCount(*temp_pdf);
      if (pages.ok()) res.set_header("X-DSAR-Pages", std::to_string(*pages));
      std::error_code ec;
      fs::remove(*temp_pdf, ec);
    }
    if (!png.ok()) Check(png.status());
    res.set_header("Cache-Control", preview ? "no-store" : "private, max-age=3600");
    res.set_content(*png, "image/png");
  }

  // --- Decisions -------------------------------------------------------
  json Decide(const json& body) {
    std::string key = Str(body, "key", true);
    std::string verdict_text = Str(body, "verdict", true);
    std::string exemption = Str(body, "exemption");
    std::string note = Str(body, "note");
    Verdict v;
    if (!ParseVerdict(verdict_text, &v)) Throw(400, "verdict must be accept, reject or pending");
    std::lock_guard<std::mutex> lock(mu_);
    if (!exemption.empty()) RequireExemption(exemption);
    {
      sql::Statement st(store().db(), "SELECT 1 FROM suggestions WHERE key = ?1");
      st.Bind(1, key);
      if (!st.Step()) Throw(404, "no suggestion with key '" + key + "' (re-scanned since the page loaded?)");
    }
    Decision d{key, v, options_.reviewer, NowUtc(), note, exemption};
    Check(store().InTransaction([&]() -> Status {
      DSAR_RETURN_IF_ERROR(store().AddDecision(d));
      json detail = {{"suggestion", key}, {"verdict", VerdictName(v)}, {"via", "review"}};
      if (!exemption.empty()) detail["exemption"] = exemption;
      if (!note.empty()) detail["note"] = note;
      return store().Audit(options_.reviewer, "decision", detail.dump());
    }));
    return {{"key", key}, {"verdict", VerdictName(v)}, {"reviewer", d.reviewer}, {"decided_at", d.decided_at}};
  }

  json DecideDocument(int64_t id, const json& body) {
    DocumentDecision d;
    d.item_id = id;
    d.action = Str(body, "action", true);
    d.exemption = Str(body, "exemption");
    d.note = Str(body, "note");
    d.reviewer = options_.reviewer;
    d.decided_at = NowUtc();
    if (d.action != "withhold" && d.action != "not_relevant" && d.action != "include" && d.action != "relevant") {
      Throw(400, "action must be withhold, not_relevant, include or relevant");
    }
    std::lock_guard<std::mutex> lock(mu_);
    if (!store().GetDocument(id, CaseStore::PageWords::kNone).ok()) Throw(404, "no document " + std::to_string(id));
    if (d.action == "withhold") {
      if (d.exemption.empty()) Throw(400, "say which exemption the document is withheld under");
      RequireExemption(d.exemption);
    }
    Check(store().InTransaction([&]() -> Status {
      DSAR_RETURN_IF_ERROR(store().AddDocumentDecision(d));
      json detail = {{"document", ItemNumber(id)}, {"action", d.action}};
      if (!d.exemption.empty()) detail["exemption"] = d.exemption;
      if (!d.note.empty()) detail["note"] = d.note;
      return store().Audit(options_.reviewer, "document.decision", detail.dump());
    }));
    return {{"id", id}, {"action", d.action}, {"exemption", d.exemption}, {"note", d.note}};
  }

  json AddManual(int64_t id, const json& body) {
    ManualRedaction m;
    m.item_id = id;
    m.kind = Str(body, "kind", true);
    m.exemption = Str(body, "exemption");
    m.note = Str(body, "note");
    m.reviewer = options_.reviewer;
    m.created_at = NowUtc();
    std::lock_guard<std::mutex> lock(mu_);
    Result<DocumentRecord> rec = store().GetDocument(id);
    if (!rec.ok()) Throw(404, "no document " + std::to_string(id));
    if (!m.exemption.empty()) RequireExemption(m.exemption);
    const Document& doc = rec->document;
    json detail = {{"document", ItemNumber(id)}, {"kind", m.kind}};
    if (m.kind == "text") {
      Utf16Map map(doc.text);
      double s = Num(body, "start"), e = Num(body, "end");
      if (s < 0 || e <= s || e > 1e12) Throw(400, "the span must have 0 <= start < end");
      std::optional<size_t> bs = map.ToByte(static_cast<size_t>(s)), be = map.ToByte(static_cast<size_t>(e));
      if (!bs || !be || *be > doc.text.size()) Throw(400, "the span does not fall on characters of the text");
      m.start = *bs;
      m.end = *be;
      detail["start"] = m.start;
      detail["end"] = m.end;
    } else if (m.kind == "box") {
      double page = Num(body, "page");
      if (page < 1 || page > static_cast<double>(doc.pages.size()) || page != static_cast<int>(page)) {
        Throw(400, "no page " + body["page"].dump() + " in this document");
      }
      if (doc.kind != DocumentKind::kPdf && doc.kind != DocumentKind::kScan) {
        Throw(400, "boxes can only be drawn on page images (PDF and scans)");
      }
      m.page = static_cast<int>(page);
      const Page& p = doc.pages[m.page - 1];
      m.box = {Num(body, "x0"), Num(body, "y0"), Num(body, "x1"), Num(body, "y1")};
      if (m.box.x0 > m.box.x1) std::swap(m.box.x0, m.box.x1);
      if (m.box.y0 > m.box.y1) std::swap(m.box.y0, m.box.y1);
      m.box.x0 = std::max(0.0, m.box.x0);
      m.box.y0 = std::max(0.0, m.box.y0);
      m.box.x1 = std::min(p.width, m.box.x1);
      m.box.y1 = std::min(p.height, m.box.y1);
      if (m.box.width() < 1 || m.box.height() < 1) Throw(400, "the box is empty or off the page");
      detail["page"] = m.page;
      detail["box"] = {m.box.x0, m.box.y0, m.box.x1, m.box.y1};
    } else {
      Throw(400, "kind must be text or box");
    }
    int64_t new_id = 0;
    Check(store().InTransaction([&]() -> Status {
      Result<int64_t> r = store().AddManualRedaction(m);
      if (!r.ok()) return r.status();
      new_id = *r;
      detail["id"] = new_id;
      return store().Audit(options_.reviewer, "manual_redaction.add", detail.dump());
    }));
    return {{"id", new_id}, {"kind", m.kind}};
  }

  json RevokeManual(int64_t id) {
    std::lock_guard<std::mutex> lock(mu_);
    Check(store().InTransaction([&]() -> Status {
      DSAR_RETURN_IF_ERROR(store().RevokeManualRedaction(id, options_.reviewer));
      return store().Audit(options_.reviewer, "manual_redaction.revoke", json{{"id", id}}.dump());
    }));
    return {{"id", id}, {"revoked", true}};
  }

  // --- People ----------------------------------------------------------
  json People(const httplib::Request& req) {
    std::string q = req.has_param("q") ? req.get_param_value("q") : "";
    std::lock_guard<std::mutex> lock(mu_);
    std::map<std::string, Decision> own = store().LatestDecisions();
    std::map<std::string, EntityDecision> decided = store().EntityDecisions();
    struct Person {
      std::string category;
      size_t mentions = 0, pending = 0;
      std::set<int64_t> documents;
      std::set<std::string> values;
    };
    std::map<std::string, Person> people;
    sql::Statement st(store().db(), "SELECT entity, category, item_id, value, key FROM suggestions "
                                    "WHERE entity != '' ORDER BY entity");
    while (st.Step()) {
      Person& p = people[st.Text(0)];
      if (p.category.empty()) p.category = st.Text(1);
      ++p.mentions;
      p.documents.insert(st.Int(2));
      if (p.values.size() < 5) p.values.insert(st.Text(3));
      auto o = own.find(st.Text(4));
      bool has_own = o != own.end() && o->second.verdict != Verdict::kPending;
      if (!has_own && !decided.count(st.Text(0))) ++p.pending;
    }
    json out = json::array();
    for (const auto& [entity, p] : people) {
      if (!q.empty()) {
        std::string hay = entity;
        for (const std::string& v : p.values) hay += " " + v;
        std::string lq = q, lh = hay;
        std::transform(lq.begin(), lq.end(), lq.begin(), ::tolower);
        std::transform(lh.begin(), lh.end(), lh.begin(), ::tolower);
        if (lh.find(lq) == std::string::npos) continue;
      }
      json docs = json::array();
      for (int64_t d : p.documents) docs.push_back({{"id", d}, {"number", ItemNumber(d)}});
      auto d = decided.find(entity);
      out.push_back({{"entity", entity},
                     {"category", p.category},
                     {"mentions", p.mentions},
                     {"pending", p.pending},
                     {"documents", docs},
                     {"values", p.values},
                     {"decision", d == decided.end() ? "" : d->second.verdict == Verdict::kAccept ? "redact" : "disclose"},
                     {"note", d == decided.end() ? "" : d->second.note}});
    }
    return {{"people", out}};
  }

  json DecidePerson(const json& body) {
    EntityDecision d;
    d.entity = Str(body, "entity", true);
    std::string what = Str(body, "decision", true);
    d.note = Str(body, "note");
    d.reviewer = options_.reviewer;
    d.decided_at = NowUtc();
    if (what == "redact") d.verdict = Verdict::kAccept;
    else if (what == "disclose") d.verdict = Verdict::kReject;
    else if (what == "clear") d.verdict = Verdict::kPending;
    else Throw(400, "decision must be redact, disclose or clear");
    std::lock_guard<std::mutex> lock(mu_);
    {
      sql::Statement st(store().db(), "SELECT 1 FROM suggestions WHERE entity = ?1 LIMIT 1");
      st.Bind(1, d.entity);
      if (!st.Step()) Throw(404, "no suggestion belongs to '" + d.entity + "'");
    }
    Check(store().InTransaction([&]() -> Status {
      DSAR_RETURN_IF_ERROR(store().AddEntityDecision(d));
      json detail = {{"entity", d.entity}, {"decision", what}};
      if (!d.note.empty()) detail["note"] = d.note;
      return store().Audit(options_.reviewer, "entity.decision", detail.dump());
    }));
    return {{"entity", d.entity}, {"decision", what}};
  }

  Case case_;
  ReviewOptions options_;
  std::mutex mu_;
  std::atomic<uint64_t> preview_counter_{0};
  httplib::Server server_;
  int port_ = -1;
};

Result<std::unique_ptr<ReviewServer>> ReviewServer::Create(Case c, const ReviewOptions& options) {
  auto impl = std::make_unique<Impl>(std::move(c), options);
  DSAR_RETURN_IF_ERROR(impl->Bind());
  return std::unique_ptr<ReviewServer>(new ReviewServer(std::move(impl)));
}

ReviewServer::ReviewServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ReviewServer::~ReviewServer() = default;
int ReviewServer::port() const { return impl_->port(); }
const std::string& ReviewServer::token() const { return impl_->token(); }
std::string ReviewServer::url() const { return impl_->url(); }
Status ReviewServer::Run() { return impl_->Run(); }
void ReviewServer::Stop() { impl_->Stop(); }

}  // namespace dsar::review
