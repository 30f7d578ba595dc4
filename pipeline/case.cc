#include "pipeline/case.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "pipeline/deadline.h"
#include "pipeline/intake.h"
#include "pipeline/letters.h"
#include "pipeline/model/hash.h"

namespace dsar {
namespace {

class Null final : public Reporter {
 public:
  void Progress(const std::string&, size_t, size_t) override {}
  void Info(const std::string&) override {}
  void Warn(const std::string&) override {}
};

std::string DefaultActor() {
  const char* user = std::getenv("USER");
  if (!user || !*user) user = std::getenv("LOGNAME");
  return user && *user ? user : "unknown";
}

std::filesystem::path ExecutableDir() {
  std::error_code ec;
  auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : p.parent_path();
}

// Finds the policy a request names: relative to the request file first, then
// beside an installed binary (../share/dsar/policy/NAME). A request without a
// policy, or naming "default" / ".../default.toml" that is not on disk, gets
// the built-in default.
Result<Policy> ResolvePolicy(const Request& r) {
  if (r.policy.empty()) return ParsePolicy(BuiltinDefaultPolicyText(), "built-in default policy");
  std::filesystem::path p = r.policy;
  std::filesystem::path candidate = p.is_absolute() ? p : r.base_dir / p;
  std::error_code ec;
  if (std::filesystem::exists(candidate, ec)) return LoadPolicy(candidate);
  std::filesystem::path installed = ExecutableDir() / ".." / "share" / "dsar" / "policy" / p.filename();
  if (std::filesystem::exists(installed, ec)) return LoadPolicy(installed);
  if (p.filename() == "default.toml" || p == "default") {
    return ParsePolicy(BuiltinDefaultPolicyText(), "built-in default policy");
  }
  return Status::InvalidInput(r.file.string() + ": policy file '" + r.policy +
                              "' not found (looked in " + candidate.string() +
                              "); paths are relative to the request file");
}

Status StoreRequest(Case& c, const Request& r, const Policy& p) {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::absolute(r.base_dir, ec);
  return c.store->InTransaction([&] {
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("reference", r.reference));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("request_toml", r.raw));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("request_sha256", r.sha256));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("request_file", r.file.filename().string()));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("base_dir", base.lexically_normal().string()));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("policy_toml", p.raw));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("policy_source", p.source));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("policy_sha256", p.sha256));
    return c.store->SetMeta("received", r.received);
  });
}

std::vector<EarlierCase> EarlierCases(const std::filesystem::path& workspace) {
  std::vector<EarlierCase> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(workspace, ec)) {
    if (!std::filesystem::exists(e.path() / "case.sqlite", ec)) continue;
    auto store = CaseStore::Open(e.path() / "case.sqlite", false);
    if (!store.ok()) continue;
    auto raw = (*store)->GetMeta("request_toml");
    if (!raw) continue;
    Result<Request> r = ParseRequest(*raw, "request.toml");
    if (!r.ok()) continue;
    out.push_back({r->reference, r->received, r->subject});
  }
  return out;
}

}  // namespace

Reporter& NullReporter() {
  static Null null;
  return null;
}

Result<Case> CreateCase(const std::filesystem::path& request_file, const CaseOptions& options,
                        Reporter& reporter) {
  Result<Request> request = LoadRequest(request_file);
  if (!request.ok()) return request.status();
  Result<Policy> policy = ResolvePolicy(*request);
  if (!policy.ok()) return policy.status();

  Case c;
  c.dir = options.workspace / request->reference;
  c.actor = options.actor.empty() ? DefaultActor() : options.actor;
  std::error_code ec;
  std::filesystem::create_directories(c.dir, ec);
  if (ec) {
    return Status::IoError("cannot create case folder " + c.dir.string() + ": " + ec.message());
  }
  Result<std::unique_ptr<CaseStore>> store = CaseStore::Open(c.dir / "case.sqlite", true);
  if (!store.ok()) return store.status();
  c.store = std::move(store.value());

  std::optional<std::string> old_request = c.store->GetMeta("request_sha256");
  std::optional<std::string> old_policy = c.store->GetMeta("policy_sha256");
  if (old_request && *old_request == request->sha256 && old_policy &&
      *old_policy == policy->sha256) {
    reporter.Info("case " + request->reference + " already exists with this request");
  } else {
    DSAR_RETURN_IF_ERROR(StoreRequest(c, *request, *policy));
    c.request = request.value();
    c.policy = policy.value();
    Result<std::vector<std::string>> refreshed = RefreshCase(c, options.workspace, reporter);
    if (!refreshed.ok()) return refreshed.status();
    nlohmann::json detail = {{"request_sha256", request->sha256},
                             {"policy_sha256", policy->sha256},
                             {"policy", policy->source}};
    DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, old_request ? "case.updated" : "case.created",
                                        detail.dump()));
    reporter.Info(std::string(old_request ? "updated" : "opened") + " case " +
                  request->reference + " in " + c.dir.string());
  }
  c.request = std::move(request.value());
  c.policy = std::move(policy.value());
  return c;
}

Result<std::vector<std::string>> RefreshCase(Case& c, const std::filesystem::path& workspace,
                                             Reporter& reporter) {
  DeadlineInput in;
  in.received = c.request.received;
  in.id_received = c.request.requester.id_received;
  in.extended = c.store->GetMeta("extended").value_or("") == "yes";
  if (c.request.type == "educational_record") in.school_days = c.policy.educational_record_school_days;
  Result<Deadline> d = ComputeDeadline(in, c.policy);
  if (!d.ok()) return d.status().WithContext(c.request.file.string());
  std::vector<IntakeCheck> checks = CheckRequest(c.request, c.policy, EarlierCases(workspace));
  nlohmann::json j = nlohmann::json::array();
  std::vector<std::string> lines;
  for (const IntakeCheck& k : checks) {
    j.push_back({{"severity", SeverityName(k.severity)}, {"code", k.code}, {"message", k.message}});
    std::string line = std::string(SeverityName(k.severity)) + " (" + k.code + "): " + k.message;
    lines.push_back(line);
    if (k.severity == IntakeCheck::Severity::kNote) {
      reporter.Info("note (" + k.code + "): " + k.message);
    } else if (k.severity == IntakeCheck::Severity::kWarning) {
      reporter.Warn(k.code + ": " + k.message);
    } else {
      reporter.Warn("BLOCKED (" + k.code + "): " + k.message);
    }
  }
  DSAR_RETURN_IF_ERROR(c.store->InTransaction([&] {
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("due_date", d->due));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("standard_due", d->standard_due));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("deadline_start", d->start));
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("deadline_rule", d->rule));
    return c.store->SetMeta("intake_checks", j.dump());
  }));
  return lines;
}

Result<Case> OpenCase(const std::string& reference, const CaseOptions& options) {
  if (!IsValidReference(reference)) {
    return Status::InvalidInput("'" + reference + "' is not a case reference");
  }
  Case c;
  c.dir = options.workspace / reference;
  c.actor = options.actor.empty() ? DefaultActor() : options.actor;
  std::error_code ec;
  if (!std::filesystem::exists(c.dir / "case.sqlite", ec)) {
    return Status::NotFound("no case '" + reference + "' in workspace " +
                            options.workspace.string() +
                            " (create it with: dsar case new REQUEST.toml, or pass --workspace)");
  }
  Result<std::unique_ptr<CaseStore>> store = CaseStore::Open(c.dir / "case.sqlite", false);
  if (!store.ok()) return store.status();
  c.store = std::move(store.value());
  std::optional<std::string> raw = c.store->GetMeta("request_toml");
  std::optional<std::string> base = c.store->GetMeta("base_dir");
  std::optional<std::string> file = c.store->GetMeta("request_file");
  std::optional<std::string> policy_raw = c.store->GetMeta("policy_toml");
  std::optional<std::string> policy_source = c.store->GetMeta("policy_source");
  if (!raw || !base || !file || !policy_raw) {
    return Status::Corrupt("case store for " + reference + " has no request; re-run dsar case new");
  }
  Result<Request> request = ParseRequest(*raw, std::filesystem::path(*base) / *file);
  if (!request.ok()) return request.status();
  Result<Policy> policy = ParsePolicy(*policy_raw, policy_source.value_or("stored policy"));
  if (!policy.ok()) return policy.status();
  c.request = std::move(request.value());
  c.policy = std::move(policy.value());
  return c;
}

}  // namespace dsar

namespace dsar {

std::vector<CaseSummary> ListCases(const std::filesystem::path& workspace) {
  std::vector<CaseSummary> out;
  std::error_code ec;
  std::string today = Today();
  for (const auto& e : std::filesystem::directory_iterator(workspace, ec)) {
    if (!std::filesystem::exists(e.path() / "case.sqlite", ec)) continue;
    CaseOptions options;
    options.workspace = workspace;
    CaseSummary s;
    s.reference = e.path().filename().string();
    Result<Case> c = OpenCase(s.reference, options);
    if (!c.ok()) {
      s.status = "unreadable: " + c.status().message();
      out.push_back(std::move(s));
      continue;
    }
    s.subject = c->request.subject.name;
    s.requester = c->request.requester.relationship;
    s.received = c->request.received;
    s.due = c->store->GetMeta("due_date").value_or("");
    s.extended = c->store->GetMeta("extended").value_or("") == "yes";
    s.days_left = DaysBetween(today, s.due);
    s.pending = CountPending(*c);
    bool blocked = c->store->GetMeta("intake_checks").value_or("").find("\"blocked\"") != std::string::npos;
    if (c->store->GetMeta("refused")) {
      s.status = "refused";
    } else if (c->store->GetMeta("released_at")) {
      s.status = "released " + c->store->GetMeta("released_at")->substr(0, 10);
    } else if (blocked) {
      s.status = "blocked at intake";
    } else if (s.pending > 0) {
      s.status = "awaiting review";
    } else {
      s.status = "open";
    }
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const CaseSummary& a, const CaseSummary& b) {
    return a.due != b.due ? a.due < b.due : a.reference < b.reference;
  });
  return out;
}

Result<std::filesystem::path> ExtendCase(Case& c, const std::string& reason,
                                         const std::filesystem::path& workspace, Reporter& reporter) {
  if (reason.empty()) {
    return Status::InvalidInput("say why the request is complex or numerous: --reason \"...\"");
  }
  if (c.store->GetMeta("extended").value_or("") == "yes") {
    return Status::InvalidInput("case " + c.request.reference + " is already extended (due " +
                                c.store->GetMeta("due_date").value_or("?") + ")");
  }
  std::string standard_due = c.store->GetMeta("standard_due").value_or("");
  std::string today = Today();
  if (!standard_due.empty() && today > standard_due) {
    return Status::InvalidInput("the first month ended on " + standard_due +
                                ": an extension must be notified within it (ICO)");
  }
  DSAR_RETURN_IF_ERROR(c.store->SetMeta("extended", "yes"));
  DSAR_RETURN_IF_ERROR(c.store->SetMeta("extension_reason", reason));
  Result<std::vector<std::string>> refreshed = RefreshCase(c, workspace, reporter);
  if (!refreshed.ok()) return refreshed.status();
  std::string due = c.store->GetMeta("due_date").value_or("");
  std::filesystem::path out = c.dir / "letters" / "extension-letter.pdf";
  DSAR_RETURN_IF_ERROR(WriteLetterPdf(ExtensionLetterText(c, reason, standard_due, due, today),
                                      c.request.reference + " \xE2\x80\x93 extension", out));
  nlohmann::json detail = {{"reason", reason}, {"due", due}, {"notice_by", standard_due}};
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "case.extended", detail.dump()));
  return out;
}

Result<std::filesystem::path> RefuseCase(Case& c, const std::string& grounds, const std::string& reason) {
  if (grounds != "unfounded" && grounds != "excessive") {
    return Status::InvalidInput("--grounds must be \"unfounded\" or \"excessive\"");
  }
  if (reason.empty()) return Status::InvalidInput("give the reasons the requester will read: --reason \"...\"");
  std::filesystem::path out = c.dir / "letters" / "refusal-letter.pdf";
  DSAR_RETURN_IF_ERROR(WriteLetterPdf(RefusalLetterText(c, grounds, reason, Today()),
                                      c.request.reference + " \xE2\x80\x93 refusal", out));
  DSAR_RETURN_IF_ERROR(c.store->SetMeta("refused", grounds));
  nlohmann::json detail = {{"grounds", grounds}, {"reason", reason}};
  DSAR_RETURN_IF_ERROR(c.store->Audit(c.actor, "case.refused", detail.dump()));
  return out;
}

}  // namespace dsar
