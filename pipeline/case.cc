#include "pipeline/case.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>

#include <nlohmann/json.hpp>

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
    DSAR_RETURN_IF_ERROR(c.store->SetMeta("received", r.received));
    DSAR_RETURN_IF_ERROR(
        c.store->SetMeta("due_date", DueDate(r.received, p.deadline_months, p.bank_holidays)));
    return Status::OK();
  });
}

}  // namespace

Reporter& NullReporter() {
  static Null null;
  return null;
}

std::string DueDate(const std::string& received, int months,
                    const std::vector<std::string>& bank_holidays) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(received.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return "";
  year_month_day start{year{y}, month{m}, day{d}};
  if (!start.ok()) return "";
  year_month target = year_month{start.year(), start.month()} + std::chrono::months{months};
  year_month_day due{target.year(), target.month(), start.day()};
  if (!due.ok()) due = year_month_day{year_month_day_last{target.year(), month_day_last{target.month()}}};
  sys_days day_point{due};
  auto format = [](sys_days sd) {
    year_month_day v{sd};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(v.year()),
                  static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
    return std::string(buf);
  };
  for (int guard = 0; guard < 30; ++guard) {
    weekday wd{day_point};
    bool weekend = wd == Saturday || wd == Sunday;
    bool holiday = std::binary_search(bank_holidays.begin(), bank_holidays.end(), format(day_point));
    if (!weekend && !holiday) break;
    day_point += days{1};
  }
  return format(day_point);
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
