// Progress on a terminal for long work (ingest, reextract, db copy): one line redrawn in place
// on standard error; none under --quiet, for fewer than 20 steps, or when standard error is not
// a terminal (cron, a pipe).
#pragma once

#include <cstddef>
#include <string>

#include <unistd.h>

#include <fmt/format.h>

namespace tracker::cli {

class ProgressBar {
public:
    ProgressBar(std::size_t total, bool quiet) : m_total(total), m_on(!quiet && total >= 20 && isatty(2)) {}
    void step(std::size_t done) {
        if (!m_on || (done % 10 != 0 && done != m_total)) return;
        std::size_t filled = m_total ? done * 30 / m_total : 30;
        fmt::print(stderr, "\r[{}{}] {}/{}", std::string(filled, '#'), std::string(30 - filled, ' '), done, m_total);
        if (done == m_total) fmt::print(stderr, "\n");
    }

private:
    std::size_t m_total;
    bool m_on;
};

}  // namespace tracker::cli
