// How the benchmarks take time: a steady clock, and the median of repeated runs (less swayed
// than the mean by one run that met a page-cache miss or a checkpoint).
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace tracker::bench {

class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// CPU time of the calling thread (user and system): what the work cost, whatever else the
// machine was doing at the time.
class CpuStopwatch {
public:
    CpuStopwatch() : m_start(now()) {}
    double seconds() const { return now() - m_start; }

private:
    static double now() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
    }
    double m_start;
};

// The median of a non-empty list (the upper one of the two middle values for an even count).
inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace tracker::bench
