#include "cli/update_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace tracker::cli {

namespace {
constexpr auto k_poll_interval = std::chrono::milliseconds(200);
}

Expected<UpdateLock> UpdateLock::acquire(const std::string& path, int wait_seconds) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return fail(path, std::string("cannot open lock file: ") + std::strerror(errno));
    UpdateLock lock(fd);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return fail(path, std::string("cannot lock: ") + std::strerror(errno));
        if (std::chrono::steady_clock::now() >= deadline)
            return fail(path, "another feed update is running (still locked after " + std::to_string(wait_seconds) +
                                  " s)");
        std::this_thread::sleep_for(k_poll_interval);
    }
    return lock;
}

UpdateLock::~UpdateLock() {
    if (m_fd >= 0) ::close(m_fd);  // closing the descriptor releases the flock
}

}  // namespace tracker::cli
