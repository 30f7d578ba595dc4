#include "pipeline/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace dsar {
namespace {

// Child-to-parent framing: one status byte ('0' ok, else a StatusCode), then
// the payload or the message.
void WriteAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
}

struct Running {
  size_t index;
  pid_t pid;
  int fd;
  std::string buffer;
  std::chrono::steady_clock::time_point started;
  bool timed_out = false;
};

Result<std::string> Decode(Running& r, int wstatus, int timeout_seconds) {
  if (r.timed_out) {
    return Status::ResourceLimit("processing took longer than " + std::to_string(timeout_seconds) +
                                 " seconds and was stopped");
  }
  if (WIFSIGNALED(wstatus)) {
    int sig = WTERMSIG(wstatus);
    return Status::Corrupt("the parser crashed (signal " + std::to_string(sig) + ", " +
                           strsignal(sig) +
                           "); the file is probably damaged or hostile — handle it by hand");
  }
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0 || r.buffer.empty()) {
    std::string why = WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 3
                          ? "ran out of memory (over the worker's limit)"
                          : "stopped without a result (exit " +
                                std::to_string(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1) + ")";
    return Status::ResourceLimit("the parser " + why);
  }
  char code = r.buffer[0];
  std::string body = r.buffer.substr(1);
  if (code == 0) return body;
  return Status(static_cast<StatusCode>(code), body);
}

}  // namespace

void RunIsolated(size_t n, const std::function<Result<std::string>(size_t)>& task,
                 const std::function<void(size_t, Result<std::string>)>& done,
                 const WorkerLimits& limits) {
  size_t jobs = limits.jobs > 0 ? static_cast<size_t>(limits.jobs)
                                : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Running> running;
  size_t next = 0;
  std::fflush(stdout);
  std::fflush(stderr);
  while (next < n || !running.empty()) {
    while (next < n && running.size() < jobs) {
      int fds[2];
      if (::pipe2(fds, O_CLOEXEC) != 0) {
        done(next++, Status::IoError(std::string("cannot create pipe: ") + std::strerror(errno)));
        continue;
      }
      pid_t pid = ::fork();
      if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        done(next++, Status::IoError(std::string("cannot start worker: ") + std::strerror(errno)));
        continue;
      }
      if (pid == 0) {
        ::close(fds[0]);
        // Crashes must kill the worker, not run the parent's handlers.
        for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTERM, SIGINT}) {
          ::signal(sig, SIG_DFL);
        }
        struct rlimit as{limits.address_space_bytes, limits.address_space_bytes};
        ::setrlimit(RLIMIT_AS, &as);
        struct rlimit core{0, 0};
        ::setrlimit(RLIMIT_CORE, &core);
        int exit_code = 0;
        try {
          Result<std::string> r = task(next);
          char code = static_cast<char>(r.ok() ? 0 : static_cast<int>(r.status().code()));
          WriteAll(fds[1], &code, 1);
          const std::string body = r.ok() ? r.value() : r.status().message();
          WriteAll(fds[1], body.data(), body.size());
        } catch (const std::bad_alloc&) {
          exit_code = 3;
        } catch (const std::exception& e) {
          char code = static_cast<char>(StatusCode::kCorrupt);
          WriteAll(fds[1], &code, 1);
          std::string msg = std::string("parser error: ") + e.what();
          WriteAll(fds[1], msg.data(), msg.size());
        } catch (...) {
          char code = static_cast<char>(StatusCode::kCorrupt);
          WriteAll(fds[1], &code, 1);
          std::string msg = "parser raised an unknown error";
          WriteAll(fds[1], msg.data(), msg.size());
        }
        ::close(fds[1]);
        ::_exit(exit_code);
      }
      ::close(fds[1]);
      running.push_back({next++, pid, fds[0], {}, std::chrono::steady_clock::now()});
    }

    std::vector<pollfd> pfds;
    for (const Running& r : running) pfds.push_back({r.fd, POLLIN, 0});
    int ready = ::poll(pfds.data(), pfds.size(), 200);
    if (ready < 0 && errno != EINTR) break;
    auto now = std::chrono::steady_clock::now();
    for (size_t k = running.size(); k-- > 0;) {
      Running& r = running[k];
      bool finished = false;
      if (pfds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buf[65536];
        ssize_t got = ::read(r.fd, buf, sizeof buf);
        if (got > 0) {
          r.buffer.append(buf, static_cast<size_t>(got));
        } else if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
          finished = true;
        }
      }
      if (!finished && now - r.started > std::chrono::seconds(limits.timeout_seconds)) {
        ::kill(r.pid, SIGKILL);
        r.timed_out = true;
        finished = true;
      }
      if (finished) {
        ::close(r.fd);
        int wstatus = 0;
        while (::waitpid(r.pid, &wstatus, 0) < 0 && errno == EINTR) {
        }
        size_t index = r.index;
        Result<std::string> result = Decode(r, wstatus, limits.timeout_seconds);
        running.erase(running.begin() + static_cast<std::ptrdiff_t>(k));
        done(index, std::move(result));
      }
    }
  }
}

Result<std::string> RunIsolatedOnce(const std::function<Result<std::string>()>& task,
                                    const WorkerLimits& limits) {
  Result<std::string> out = Status::Internal("the worker did not run");
  WorkerLimits one = limits;
  one.jobs = 1;
  RunIsolated(
      1, [&](size_t) { return task(); }, [&](size_t, Result<std::string> r) { out = std::move(r); }, one);
  return out;
}

}  // namespace dsar
