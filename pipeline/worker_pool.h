// Runs untrusted-input work (parsing, later OCR) in forked worker processes.
//
// Parsers of hostile files can crash, abort or run away with memory. Each
// task runs in its own child process under a time and address-space limit;
// a child that dies takes only its own item with it, reported as a Status
// naming the signal, and the batch goes on (DESIGN.md section 6).
#ifndef DSAR_PIPELINE_WORKER_POOL_H_
#define DSAR_PIPELINE_WORKER_POOL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "pipeline/model/status.h"

namespace dsar {

struct WorkerLimits {
  int jobs = 0;                               // concurrent workers; 0 = number of cores
  int timeout_seconds = 300;                  // wall-clock limit per task
  size_t address_space_bytes = size_t{4} << 30;  // RLIMIT_AS per worker
};

// Runs task(i) for every i in [0, n) in child processes, at most
// limits.jobs at a time. `task` runs in the child and returns a payload (or a
// Status); `done(i, result)` runs in the parent, in completion order, with
// the payload or with the reason the child failed (crash, timeout, limit).
// REQUIRES: the calling process has no other threads (fork safety).
//
// A task may also send frames before its result (SendToParent): the parent
// hands each to `on_frame(i, bytes)` as it arrives, before `done(i, ...)`.
// The frames of a task whose worker then fails have already been handed
// over: `done` gets the failure, and the caller discards what they built.
void RunIsolated(size_t n, const std::function<Result<std::string>(size_t)>& task,
                 const std::function<void(size_t, Result<std::string>)>& done,
                 const WorkerLimits& limits,
                 const std::function<void(size_t, std::string_view)>& on_frame = nullptr);

// Inside a task run by RunIsolated: sends `frame` to the parent now (a page
// of a long document, so the worker need not hold them all). Blocks while
// the pipe is full. Fails outside a worker or when the parent is gone.
Status SendToParent(std::string_view frame);

// Runs one task in a worker process and returns its payload or the reason
// the worker failed. `limits.jobs` is ignored.
Result<std::string> RunIsolatedOnce(const std::function<Result<std::string>()>& task,
                                    const WorkerLimits& limits,
                                    const std::function<void(std::string_view)>& on_frame = nullptr);

// Sets up the process's malloc heap for documents of many megabytes: the
// heap grows in 64 MB steps, the first of which the kernel may back with 2 MB
// transparent huge pages (madvise), and blocks under 32 MB come from the heap
// rather than from a fresh mapping each. Up to 64 MB of free heap is kept
// rather than given back. A 200-page text PDF touched 8,000
// fresh 4 KB pages between parent and worker, and on a virtual machine every
// fault costs microseconds: the faults were a third of `dsar extract`'s CPU
// time. Call once, first thing in main(); forked workers inherit it.
// Harmless where transparent huge pages are off.
void UseLargeHeapPages();

}  // namespace dsar

#endif  // DSAR_PIPELINE_WORKER_POOL_H_
