// dsar: fulfils UK GDPR subject access requests. See docs/user-guide.md.
//
// Exit codes: 0 success; 1 error (message on stderr); 2 usage; 3 blocked
// (suggestions await review); 4 verification failed (no package written).
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "pipeline/case.h"
#include "pipeline/detect_files.h"
#include "pipeline/deadline.h"
#include "pipeline/model/hash.h"
#include "pipeline/worker_pool.h"
#include "review/review_server.h"

namespace {

using dsar::Status;
using dsar::StatusCode;

// Prints progress to stderr: a live counter on a terminal, a few lines
// otherwise (so CI logs and batch runs stay readable).
class ConsoleReporter final : public dsar::Reporter {
 public:
  explicit ConsoleReporter(bool quiet) : quiet_(quiet), tty_(::isatty(STDERR_FILENO)) {}
  ~ConsoleReporter() override { EndLine(); }

  void Progress(const std::string& stage, size_t done, size_t total) override {
    if (quiet_ || total == 0) return;
    auto now = std::chrono::steady_clock::now();
    bool last = done == total;
    if (tty_) {
      if (!last && now - last_print_ < std::chrono::milliseconds(100)) return;
      std::fprintf(stderr, "\r%s: %zu/%zu", stage.c_str(), done, total);
      open_line_ = true;
      if (last) EndLine();
    } else if (last || stage != last_stage_ || now - last_print_ > std::chrono::seconds(10)) {
      std::fprintf(stderr, "%s: %zu/%zu\n", stage.c_str(), done, total);
    }
    last_stage_ = stage;
    last_print_ = now;
  }
  void Info(const std::string& m) override {
    if (quiet_) return;
    EndLine();
    std::fprintf(stderr, "%s\n", m.c_str());
  }
  void Warn(const std::string& m) override {
    EndLine();
    std::fprintf(stderr, "warning: %s\n", m.c_str());
  }

 private:
  void EndLine() {
    if (open_line_) std::fputc('\n', stderr);
    open_line_ = false;
  }
  bool quiet_;
  bool tty_;
  bool open_line_ = false;
  std::string last_stage_;
  std::chrono::steady_clock::time_point last_print_{};
};

int Fail(const Status& s) {
  std::fprintf(stderr, "dsar: %s\n", s.ToString().c_str());
  switch (s.code()) {
    case StatusCode::kBlocked: return 3;
    case StatusCode::kVerificationFailed: return 4;
    default: return 1;
  }
}

void PrintIngest(const dsar::IngestSummary& s, dsar::Reporter& r) {
  r.Info("ingest: " + std::to_string(s.files) + " file(s), " + std::to_string(s.items) +
         " distinct item(s) (" + std::to_string(s.parts) + " found inside files: attachments, messages, "
         "archive members), " + std::to_string(s.duplicates) + " duplicate location(s), " +
         std::to_string(s.duplicate_messages) + " duplicate message(s); " +
         std::to_string(s.extracted) + " extracted, " + std::to_string(s.failed) +
         " could not be processed, " + std::to_string(s.unsupported) + " unsupported");
}

void PrintScan(const dsar::ScanSummary& s, dsar::Reporter& r) {
  r.Info("scan: " + std::to_string(s.relevant) + " of " + std::to_string(s.documents) +
         " document(s) mention the subject; " + std::to_string(s.suggestions) +
         " redaction suggestion(s), " + std::to_string(s.pending) + " awaiting review");
}

}  // namespace

int main(int argc, char** argv) {
  dsar::UseLargeHeapPages();
  CLI::App app{"dsar - fulfil UK GDPR subject access requests: find, review, redact, disclose"};
  app.require_subcommand(1);
  dsar::CaseOptions case_options;
  std::string workspace = "cases";
  bool quiet = false;
  int jobs = 0;
  app.add_option("--workspace", workspace, "Folder holding one folder per case")
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Print only warnings, errors and results");
  app.add_option("-j,--jobs", jobs, "Worker processes for extraction (default: number of cores)");

  std::string request_file;
  std::string reference;
  std::string csv_file;
  std::string reviewer;
  bool accept = false;

  CLI::App* run = app.add_subcommand("run", "Run the whole lifecycle for a request file");
  run->add_option("REQUEST", request_file, "The request file (request.toml)")->required();
  run->add_flag("--accept-suggestions", accept,
                "Accept every pending suggestion and write the package (no human review)");

  CLI::App* case_cmd = app.add_subcommand("case", "Manage cases");
  case_cmd->require_subcommand(1);
  CLI::App* case_new = case_cmd->add_subcommand("new", "Open a case from a request file");
  case_new->add_option("REQUEST", request_file, "The request file (request.toml)")->required();

  std::string reason, grounds;
  CLI::App* case_extend = case_cmd->add_subcommand(
      "extend", "Extend the deadline by two months (complex or numerous) and write the letter");
  case_extend->add_option("REF", reference, "Case reference")->required();
  case_extend->add_option("--reason", reason, "Why the request is complex or numerous")->required();
  CLI::App* case_refuse = case_cmd->add_subcommand(
      "refuse", "Refuse a manifestly unfounded or excessive request and write the letter");
  case_refuse->add_option("REF", reference, "Case reference")->required();
  case_refuse->add_option("--grounds", grounds, "unfounded or excessive")
      ->required()
      ->check(CLI::IsMember({"unfounded", "excessive"}));
  case_refuse->add_option("--reason", reason, "The reasons, as the requester will read them")->required();

  std::string received, id_received, calendar, policy_file;
  bool extended = false;
  int school_days = 0;
  CLI::App* deadline = app.add_subcommand("deadline", "Print the statutory due date (YYYY-MM-DD)");
  deadline->add_option("--received", received, "Date the request arrived (YYYY-MM-DD)")->required();
  deadline->add_option("--id-received", id_received, "Date ID or clarification arrived");
  deadline->add_flag("--extended", extended, "Two further months (complex or numerous requests)");
  deadline->add_option("--school-days", school_days, "Count N school days instead (educational record)")
      ->check(CLI::Range(1, 60));
  deadline->add_option("--calendar", calendar, "TOML file with a [school_calendar] section");
  deadline->add_option("--policy", policy_file, "Policy whose bank holidays and calendar apply");

  std::vector<std::string> detect_files;
  std::string detect_format = "jsonl";
  CLI::App* detect = app.add_subcommand("detect", "Run detection on files outside any case (JSON lines)");
  detect->add_option("FILE", detect_files, "Files to scan")->required();
  detect->add_option("--format", detect_format, "Output format")->check(CLI::IsMember({"jsonl"}));

  std::vector<std::string> extract_files;
  bool extract_json = false;
  CLI::App* extract = app.add_subcommand("extract", "Print the text dsar extracts from files (OCR included)");
  extract->add_option("FILE", extract_files, "Files to extract")->required();
  extract->add_flag("--json", extract_json, "Print the whole document model as JSON (pages, words, boxes)");

  CLI::App* register_cmd = app.add_subcommand("register", "List every case with its deadline and status");

  CLI::App* ingest = app.add_subcommand("ingest", "Walk, type, hash and extract the sources");
  ingest->add_option("REF", reference, "Case reference")->required();
  CLI::App* scan = app.add_subcommand("scan", "Find the subject and third-party data");
  scan->add_option("REF", reference, "Case reference")->required();
  CLI::App* bundle = app.add_subcommand("bundle", "Redact, verify and write the package");
  bundle->add_option("REF", reference, "Case reference")->required();
  bundle->add_flag("--accept-suggestions", accept, "Accept every pending suggestion first");

  CLI::App* decisions = app.add_subcommand("decisions", "Review suggestions in a spreadsheet");
  decisions->require_subcommand(1);
  CLI::App* dexport = decisions->add_subcommand("export", "Write suggestions to a CSV file");
  dexport->add_option("REF", reference, "Case reference")->required();
  dexport->add_option("FILE", csv_file, "CSV file to write")->required();
  CLI::App* dimport = decisions->add_subcommand("import", "Record decisions from a CSV file");
  dimport->add_option("REF", reference, "Case reference")->required();
  dimport->add_option("FILE", csv_file, "CSV file with the decision column filled in")->required();
  dimport->add_option("--reviewer", reviewer, "Who made these decisions (default: $USER)");

  int review_port = 0;
  CLI::App* review = app.add_subcommand("review", "Review suggestions in the browser (local web app)");
  review->add_option("REF", reference, "Case reference")->required();
  review->add_option("--port", review_port, "Port on 127.0.0.1 (default: any free port)")
      ->check(CLI::Range(0, 65535));
  review->add_option("--reviewer", reviewer, "Who is reviewing (default: $USER)");

  CLI11_PARSE(app, argc, argv);
  case_options.workspace = workspace;
  ConsoleReporter reporter(quiet);
  dsar::IngestOptions ingest_options;
  ingest_options.jobs = jobs;

  auto open_case = [&]() { return dsar::OpenCase(reference, case_options); };

  if (*deadline) {
    dsar::Result<dsar::Policy> policy =
        policy_file.empty() ? dsar::ParsePolicy(dsar::BuiltinDefaultPolicyText(), "built-in default policy")
                            : dsar::LoadPolicy(policy_file);
    if (!policy.ok()) return Fail(policy.status());
    if (!calendar.empty()) {
      auto text = dsar::ReadFile(calendar, 1 << 20);
      if (!text.ok()) return Fail(text.status());
      policy->terms.clear();
      Status s = dsar::ParseSchoolCalendar(*text, calendar, &policy->terms, &policy->closures);
      if (!s.ok()) return Fail(s);
    }
    if (school_days > 0 && extended) {
      return Fail(Status::InvalidInput("--extended does not apply to school-day deadlines"));
    }
    dsar::DeadlineInput in{received, id_received, extended, school_days};
    auto d = dsar::ComputeDeadline(in, *policy);
    if (!d.ok()) return Fail(d.status());
    std::printf("%s\n", d->due.c_str());
    if (d->extended) std::printf("extension notice due by %s\n", d->standard_due.c_str());
    reporter.Info("rule: " + d->rule);
    return 0;
  }
  if (*detect) {
    int failures = 0;
    for (const std::string& f : detect_files) {
      dsar::Result<std::vector<std::string>> lines = dsar::DetectFileJsonl(f);
      if (!lines.ok()) {
        reporter.Warn(f + ": " + lines.status().ToString());
        ++failures;
        continue;
      }
      for (const std::string& l : *lines) std::printf("%s\n", l.c_str());
    }
    return failures == 0 ? 0 : 1;
  }
  if (*extract) {
    int failures = 0;
    for (const std::string& f : extract_files) {
      // Plain text is written to a temporary file as the pages arrive (a
      // long PDF's text is not held whole) and copied out once the file
      // extracted, so a failure prints no partial text.
      std::unique_ptr<std::FILE, int (*)(std::FILE*)> text(extract_json ? nullptr : std::tmpfile(), &std::fclose);
      if (!extract_json && !text) return Fail(dsar::Status::IoError("cannot create a temporary file"));
      dsar::Result<dsar::Document> d = dsar::ExtractFile(f, /*words=*/extract_json, text.get());
      if (!d.ok()) {
        reporter.Warn(f + ": " + d.status().ToString());
        ++failures;
        continue;
      }
      for (const std::string& w : d->warnings) reporter.Warn(f + ": " + w);
      if (extract_json) {
        std::printf("%s\n", nlohmann::json(*d).dump().c_str());
      } else {
        std::rewind(text.get());
        char buf[1 << 16];
        for (size_t n; (n = std::fread(buf, 1, sizeof buf, text.get())) > 0;) std::fwrite(buf, 1, n, stdout);
        if (std::ferror(text.get())) return Fail(dsar::Status::IoError("cannot read back the extracted text"));
        std::printf("\n");
      }
    }
    return failures == 0 ? 0 : 1;
  }
  if (*register_cmd) {
    std::vector<dsar::CaseSummary> cases = dsar::ListCases(case_options.workspace);
    if (cases.empty()) {
      std::printf("no cases in %s\n", case_options.workspace.c_str());
      return 0;
    }
    std::printf("%-16s %-24s %-10s %-10s %-10s %-3s %9s  %s\n", "REFERENCE", "SUBJECT", "REQUESTER",
                "RECEIVED", "DUE", "EXT", "DAYS LEFT", "STATUS");
    for (const dsar::CaseSummary& s : cases) {
      bool done = s.status.rfind("released", 0) == 0 || s.status == "refused";
      std::string flag;
      if (!done && s.days_left < 0) flag = "  << OVERDUE";
      else if (!done && s.days_left <= 7) flag = "  << DUE THIS WEEK";
      std::string status = s.status;
      if (s.pending > 0 && !done) status += " (" + std::to_string(s.pending) + " pending)";
      std::printf("%-16s %-24s %-10s %-10s %-10s %-3s %9d  %s%s\n", s.reference.c_str(),
                  s.subject.substr(0, 24).c_str(), s.requester.substr(0, 10).c_str(), s.received.c_str(),
                  s.due.c_str(), s.extended ? "yes" : "no", s.days_left, status.c_str(), flag.c_str());
    }
    return 0;
  }

  if (*run) {
    dsar::Result<dsar::Case> c = dsar::CreateCase(request_file, case_options, reporter);
    if (!c.ok()) return Fail(c.status());
    auto due = c->store->GetMeta("due_date");
    if (due) reporter.Info("received " + c->request.received + "; response due by " + *due);
    auto in = dsar::Ingest(*c, ingest_options, reporter);
    if (!in.ok()) return Fail(in.status());
    PrintIngest(*in, reporter);
    auto sc = dsar::Scan(*c, reporter);
    if (!sc.ok()) return Fail(sc.status());
    PrintScan(*sc, reporter);
    if (sc->pending > 0 && !accept) {
      std::printf("%zu suggestion(s) await review in case %s; no package written.\n"
                  "Review in the browser with: dsar review %s (or by spreadsheet: dsar decisions "
                  "export %s review.csv, then import), then: dsar bundle %s\n",
                  sc->pending, c->request.reference.c_str(), c->request.reference.c_str(),
                  c->request.reference.c_str(), c->request.reference.c_str());
      return 0;
    }
    dsar::BundleOptions bo;
    bo.accept_suggestions = accept;
    auto b = dsar::Bundle(*c, bo, reporter);
    if (!b.ok()) return Fail(b.status());
    reporter.Info("bundle: " + std::to_string(b->documents) + " document(s), " +
                  std::to_string(b->redactions) + " redaction(s), " +
                  std::to_string(b->not_processed) + " item(s) could not be processed (listed in the log)");
    std::printf("%s\n", b->package.string().c_str());
    return 0;
  }
  if (*case_new) {
    dsar::Result<dsar::Case> c = dsar::CreateCase(request_file, case_options, reporter);
    if (!c.ok()) return Fail(c.status());
    std::printf("case %s: due %s\n", c->request.reference.c_str(),
                c->store->GetMeta("due_date").value_or("?").c_str());
    return 0;
  }
  dsar::Result<dsar::Case> c = open_case();
  if (!c.ok()) return Fail(c.status());
  if (*case_extend) {
    auto letter = dsar::ExtendCase(*c, reason, case_options.workspace, reporter);
    if (!letter.ok()) return Fail(letter.status());
    std::printf("case %s extended: due %s; send the letter by %s:\n%s\n", reference.c_str(),
                c->store->GetMeta("due_date").value_or("?").c_str(),
                c->store->GetMeta("standard_due").value_or("?").c_str(), letter->c_str());
    return 0;
  }
  if (*case_refuse) {
    auto letter = dsar::RefuseCase(*c, grounds, reason);
    if (!letter.ok()) return Fail(letter.status());
    std::printf("case %s refused (%s); letter:\n%s\n", reference.c_str(), grounds.c_str(), letter->c_str());
    return 0;
  }
  if (*ingest) {
    auto in = dsar::Ingest(*c, ingest_options, reporter);
    if (!in.ok()) return Fail(in.status());
    PrintIngest(*in, reporter);
    return 0;
  }
  if (*scan) {
    auto sc = dsar::Scan(*c, reporter);
    if (!sc.ok()) return Fail(sc.status());
    PrintScan(*sc, reporter);
    return 0;
  }
  if (*bundle) {
    dsar::BundleOptions bo;
    bo.accept_suggestions = accept;
    auto b = dsar::Bundle(*c, bo, reporter);
    if (!b.ok()) return Fail(b.status());
    std::printf("%s\n", b->package.string().c_str());
    return 0;
  }
  if (*review) {
    // Block SIGINT/SIGTERM before the server starts its threads; one thread
    // waits for them and stops the server, which returns once the requests in
    // flight are answered (every decision is committed as it is made).
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    dsar::review::ReviewOptions ro;
    ro.port = review_port;
    ro.reviewer = reviewer;
    std::string ref = c->request.reference;
    auto server = dsar::review::ReviewServer::Create(std::move(*c), ro);
    if (!server.ok()) return Fail(server.status());
    std::printf("Reviewing case %s. Open this link in a browser on this computer:\n\n    %s\n\n"
                "Press Ctrl-C to stop; every decision is saved as it is made.\n",
                ref.c_str(), (*server)->url().c_str());
    std::fflush(stdout);
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      (*server)->Stop();
    });
    Status s = (*server)->Run();
    // Run() also returns if the listener fails: wake the waiter.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    if (!s.ok()) return Fail(s);
    reporter.Info("review server stopped");
    return 0;
  }
  if (*dexport) {
    Status s = dsar::ExportDecisions(*c, csv_file);
    if (!s.ok()) return Fail(s);
    std::printf("%zu suggestion(s) pending; wrote %s\n", dsar::CountPending(*c), csv_file.c_str());
    return 0;
  }
  if (*dimport) {
    auto r = dsar::ImportDecisions(*c, csv_file, reviewer.empty() ? c->actor : reviewer);
    if (!r.ok()) return Fail(r.status());
    std::printf("accepted %zu, rejected %zu, unchanged %zu; %zu suggestion(s) still pending\n",
                r->accepted, r->rejected, r->unchanged, dsar::CountPending(*c));
    return 0;
  }
  return 2;
}
