// Work on several threads, results in input order: ingest reads and extracts articles on worker
// threads while the calling thread, the one writer, stores them in the order they were listed.
//
// run_in_order(count, threads, window, work, consume) calls work(i) for every i in [0, count),
// on `threads` worker threads, and consume(i, result) on the calling thread for i = 0, 1, 2...
// At most `window` results are computed ahead of the one being consumed, so memory stays bounded
// however long the input list. With threads == 0 everything runs on the calling thread. Either
// way the results and their order are the same; `work` must only read shared state.
//
// An exception from work(i) is rethrown from the call when i's turn to be consumed comes; an
// exception from consume stops the workers and is rethrown. Either way the threads are joined.
//
// The workers run at a lower scheduling priority than the calling thread (nice + k_worker_nice):
// the consumer is the one stage that cannot be spread over threads, so when there are more
// threads than cores it is the one that keeps a core.
#pragma once

#include <sys/resource.h>
#include <unistd.h>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tracker::cli {

inline constexpr int k_worker_nice = 10;

template <class Work, class Consume>
void run_in_order(std::size_t count, unsigned threads, std::size_t window, Work work, Consume consume) {
    using Result = decltype(work(std::size_t{0}));
    if (threads == 0) {
        for (std::size_t i = 0; i < count; ++i) {
            Result result = work(i);
            consume(i, result);
        }
        return;
    }
    if (window < threads) window = threads;

    struct Slot {
        std::optional<Result> result;
        std::exception_ptr error;
    };
    std::vector<Slot> slots(window);  // result i waits in slots[i % window]
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next_to_start = 0;
    std::size_t next_to_consume = 0;
    bool stopping = false;

    auto worker = [&] {
        // Best effort: a system that refuses leaves the worker at the caller's priority.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()),
                    getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) + k_worker_nice);
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] {
                    return stopping || next_to_start >= count || next_to_start < next_to_consume + window;
                });
                if (stopping || next_to_start >= count) return;
                i = next_to_start++;
            }
            Slot done;
            try {
                done.result.emplace(work(i));
            } catch (...) {
                done.error = std::current_exception();
            }
            {
                std::lock_guard lock(mutex);
                slots[i % window] = std::move(done);
            }
            changed.notify_all();
        }
    };

    std::vector<std::jthread> pool;
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        pool.clear();  // joins
    };
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    try {
        for (std::size_t i = 0; i < count; ++i) {
            Slot ready;
            {
                std::unique_lock lock(mutex);
                Slot& slot = slots[i % window];
                changed.wait(lock, [&] { return slot.result.has_value() || slot.error; });
                ready = std::move(slot);
                slot = Slot{};
                ++next_to_consume;
            }
            changed.notify_all();
            if (ready.error) std::rethrow_exception(ready.error);
            consume(i, *ready.result);
        }
    } catch (...) {
        stop();
        throw;
    }
    stop();
}

}  // namespace tracker::cli
