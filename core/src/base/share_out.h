// Runs a loop (over claims, over documents) on several threads where the build has them (natively; the
// WebAssembly module is single-threaded), with the same result as one thread.
#ifndef CORROBORATE_BASE_SHARE_OUT_H_
#define CORROBORATE_BASE_SHARE_OUT_H_

#include <algorithm>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <vector>

#if CORROBORATE_THREADS
#include <atomic>
#include <thread>
#endif

namespace corroborate {
namespace base {

// How a loop is cut up: fewer items than `min_per_thread` per thread cost more in set-up
// than they save; threads take `chunk` items at a time, in order, so that a thread that
// drew long items does not hold up the others.
struct Grain {
  std::size_t min_per_thread;
  std::size_t chunk;
};
// Claims: each worker has scratch the size of the input; a claim is quick.
constexpr Grain kClaimGrain{512, 16};

// Calls run(worker, i) for every i in [0, n), each worker made by make() (a unique_ptr to
// scratch space the items reuse) and used by one thread only. threads 0: one per hardware
// thread. Small loops stay on the calling thread, which works too and is the only one to
// call `progress` (share done; returning false stops the loop and sets *stopped).
// Exceptions from a worker (std::bad_alloc) reach the caller.
template <typename Make, typename Run>
void ShareOut(std::size_t n, unsigned threads, const std::function<bool(double)>& progress,
              bool* stopped, Make make, Run run, Grain grain = kClaimGrain) {
  const std::size_t every = std::max<std::size_t>(1, n / 100);  // about a hundred reports
#if CORROBORATE_THREADS
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(
      std::min<std::size_t>(threads, std::max<std::size_t>(1, n / std::max<std::size_t>(1, grain.min_per_thread))));
#else
  threads = 1;
  (void)grain;  // one thread: nothing to cut up
#endif
  if (threads <= 1) {
    auto worker = make();
    for (std::size_t i = 0; i < n; ++i) {
      if (progress && i % every == 0 && !progress(static_cast<double>(i) / n)) {
        *stopped = true;
        return;
      }
      run(*worker, i);
    }
    return;
  }
#if CORROBORATE_THREADS
  const std::size_t chunk = std::max<std::size_t>(1, grain.chunk);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::vector<std::exception_ptr> errors(threads);
  auto work = [&](unsigned t) {
    try {
      auto worker = make();
      std::size_t reported = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        const std::size_t begin = next.fetch_add(chunk);
        if (begin >= n) return;
        if (t == 0 && progress && begin >= reported) {
          reported = begin + every;
          if (!progress(static_cast<double>(begin) / n)) {
            stop = true, *stopped = true;
            return;
          }
        }
        for (std::size_t i = begin; i < std::min(n, begin + chunk); ++i) run(*worker, i);
      }
    } catch (...) {
      errors[t] = std::current_exception();
      stop = true;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
#endif
}

// ShareOut for a loop whose items need no scratch of their own and report no progress
// (parsing documents, making sides, writing parts of the report): run(i) for every i.
template <typename Run>
void ForEach(std::size_t n, unsigned threads, Grain grain, Run run) {
  struct NoScratch {};
  bool stopped = false;  // never set: nothing reports progress
  ShareOut(
      n, threads, nullptr, &stopped, [] { return std::make_unique<NoScratch>(); },
      [&](NoScratch&, std::size_t i) { run(i); }, grain);
}

}  // namespace base
}  // namespace corroborate

#endif  // CORROBORATE_BASE_SHARE_OUT_H_
