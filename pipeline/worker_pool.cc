#include "pipeline/worker_pool.h"

#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <thread>
#include <vector>

namespace dsar {
namespace {

// Child-to-parent framing: one status byte (0 ok, else a StatusCode), the
// length of what follows (8 bytes, native order: same machine), then the
// payload or the message. The length lets the parent allocate the buffer
// once: a paged document's payload is tens of MB, and growing a string by
// doubling held up to three times that at the moment of the last copy.
// Frames sent by SendToParent come first, with the status byte kFrameCode
// (no StatusCode has that value), each handed to on_frame as it arrives.
constexpr size_t kHeaderBytes = 1 + sizeof(uint64_t);
constexpr char kFrameCode = 0x7f;

// The pipe to the parent, in a worker; -1 elsewhere.
int g_parent_fd = -1;

bool WriteAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool WriteResult(int fd, char code, std::string_view body) {
  char header[kHeaderBytes];
  header[0] = code;
  const uint64_t length = body.size();
  std::memcpy(header + 1, &length, sizeof length);
  return WriteAll(fd, header, sizeof header) && WriteAll(fd, body.data(), body.size());
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
  if (r.buffer.size() < kHeaderBytes || r.buffer[0] == kFrameCode) {
    return Status::ResourceLimit("the parser stopped without a whole result");
  }
  uint64_t length = 0;
  std::memcpy(&length, r.buffer.data() + 1, sizeof length);
  if (r.buffer.size() - kHeaderBytes != length) {
    return Status::ResourceLimit("the parser stopped without a whole result");
  }
  const char code = r.buffer[0];
  r.buffer.erase(0, kHeaderBytes);  // in place: no second copy of the payload
  if (code == 0) return std::move(r.buffer);
  return Status(static_cast<StatusCode>(code), r.buffer);
}

// Hands every whole frame at the front of r.buffer to on_frame and drops
// it; then sizes the buffer for what is coming (the next frame or the
// result) once, from its header.
void TakeFrames(Running& r, const std::function<void(size_t, std::string_view)>& on_frame) {
  size_t pos = 0;
  uint64_t length = 0;
  while (r.buffer.size() - pos >= kHeaderBytes) {
    std::memcpy(&length, r.buffer.data() + pos + 1, sizeof length);
    if (r.buffer[pos] != kFrameCode || r.buffer.size() - pos - kHeaderBytes < length) break;
    if (on_frame) on_frame(r.index, std::string_view(r.buffer).substr(pos + kHeaderBytes, length));
    pos += kHeaderBytes + length;
  }
  if (pos > 0) r.buffer.erase(0, pos);
  if (r.buffer.size() >= kHeaderBytes) {
    std::memcpy(&length, r.buffer.data() + 1, sizeof length);
    // Our own worker wrote it; capped all the same.
    r.buffer.reserve(kHeaderBytes + static_cast<size_t>(std::min<uint64_t>(length, uint64_t{1} << 32)));
  }
}

}  // namespace

Status SendToParent(std::string_view frame) {
  if (g_parent_fd < 0) return Status::Internal("SendToParent outside a worker");
  if (!WriteResult(g_parent_fd, kFrameCode, frame)) {
    return Status::IoError(std::string("cannot write to the parent process: ") + std::strerror(errno));
  }
  return Status::OK();
}

void RunIsolated(size_t n, const std::function<Result<std::string>(size_t)>& task,
                 const std::function<void(size_t, Result<std::string>)>& done,
                 const WorkerLimits& limits,
                 const std::function<void(size_t, std::string_view)>& on_frame) {
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
      // A paged document's result is megabytes: through the default 64 KB
      // pipe it took a hundred wake-ups of each side. Best effort.
      ::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
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
        g_parent_fd = fds[1];
        try {
          Result<std::string> r = task(next);
          WriteResult(fds[1], r.ok() ? 0 : static_cast<char>(r.status().code()),
                      r.ok() ? std::string_view(r.value()) : std::string_view(r.status().message()));
        } catch (const std::bad_alloc&) {
          exit_code = 3;
        } catch (const std::exception& e) {
          WriteResult(fds[1], static_cast<char>(StatusCode::kCorrupt), std::string("parser error: ") + e.what());
        } catch (...) {
          WriteResult(fds[1], static_cast<char>(StatusCode::kCorrupt), "parser raised an unknown error");
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
          TakeFrames(r, on_frame);
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
                                    const WorkerLimits& limits,
                                    const std::function<void(std::string_view)>& on_frame) {
  Result<std::string> out = Status::Internal("the worker did not run");
  WorkerLimits one = limits;
  one.jobs = 1;
  std::function<void(size_t, std::string_view)> frames;
  if (on_frame) frames = [&](size_t, std::string_view f) { on_frame(f); };
  RunIsolated(
      1, [&](size_t) { return task(); }, [&](size_t, Result<std::string> r) { out = std::move(r); }, one,
      frames);
  return out;
}

void UseLargeHeapPages() {
  constexpr size_t kStep = size_t{64} << 20;       // 32 MB left 800 pages on 4 KB pages
  constexpr size_t kThreshold = size_t{32} << 20;  // glibc's largest
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  if (::mallopt(M_TOP_PAD, static_cast<int>(kStep)) != 1 ||
      ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kThreshold)) != 1) {
    return;
  }
  // Grows the heap now (by the block and the 64 MB pad), so that the range
  // to advise exists; freeing it leaves the pad in place.
  void* volatile block = std::malloc(kHuge);  // volatile: the pair is not optimised away
  std::free(block);
  const auto top = reinterpret_cast<uintptr_t>(::sbrk(0));
  const size_t arena = ::mallinfo2().arena;  // bytes of heap obtained by sbrk
  if (top == static_cast<uintptr_t>(-1) || arena == 0 || arena > top) return;
  const uintptr_t begin = (top - arena + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = top & ~(kHuge - 1);
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace dsar
