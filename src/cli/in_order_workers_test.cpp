#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/in_order_workers.h"

using tracker::cli::run_in_order;

namespace {

// Work whose duration varies with i, so that threads finish out of order.
std::string slow_square(std::size_t i) {
    volatile std::size_t spin = 0;
    for (std::size_t n = 0; n < (i % 7) * 20000; ++n) spin = spin + n;
    return std::to_string(i * i);
}

std::vector<std::string> consumed_with(unsigned threads, std::size_t window, std::size_t count) {
    std::vector<std::string> seen;
    run_in_order(count, threads, window, slow_square, [&](std::size_t i, std::string& r) {
        CHECK(i == seen.size());  // in order, each once
        seen.push_back(r);
    });
    return seen;
}

}  // namespace

TEST_CASE("run_in_order: the same results in the same order whatever the threads", "[cli]") {
    const auto alone = consumed_with(0, 1, 200);
    REQUIRE(alone.size() == 200);
    CHECK(alone[13] == "169");
    CHECK(consumed_with(1, 1, 200) == alone);
    CHECK(consumed_with(3, 5, 200) == alone);
    CHECK(consumed_with(8, 2, 200) == alone);  // a window smaller than the threads
    CHECK(consumed_with(4, 16, 0).empty());
}

TEST_CASE("run_in_order: no more than the window is computed ahead of the consumer", "[cli]") {
    std::atomic<std::size_t> started{0};
    std::size_t worst_lead = 0;
    run_in_order(
        100, 4, 6,
        [&](std::size_t i) {
            ++started;
            return i;
        },
        [&](std::size_t i, std::size_t&) { worst_lead = std::max(worst_lead, started.load() - i - 1); });
    CHECK(worst_lead <= 6);
}

TEST_CASE("run_in_order: an exception reaches the caller in its turn, and the threads stop", "[cli]") {
    std::vector<std::size_t> consumed;
    auto work = [](std::size_t i) {
        if (i == 37) throw std::runtime_error("input 37 is bad");
        return i;
    };
    CHECK_THROWS_WITH(run_in_order(100, 3, 8, work, [&](std::size_t i, std::size_t&) { consumed.push_back(i); }),
                      "input 37 is bad");
    CHECK(consumed.size() == 37);  // 0..36, in order, and nothing after the failure
    CHECK_THROWS_WITH(run_in_order(100, 3, 8, [](std::size_t i) { return i; },
                                   [](std::size_t i, std::size_t&) {
                                       if (i == 5) throw std::runtime_error("disk full");
                                   }),
                      "disk full");
}
