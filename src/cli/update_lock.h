// The lock that keeps two `feed update` runs (a slow nightly cron job and the next one, or a
// user) from importing the same items twice: flock(2) on a file beside the database. The kernel
// drops it when the process ends, so a crashed run never leaves a stale lock behind.
#pragma once

#include <string>

#include "tracker/error.h"

namespace tracker::cli {

class UpdateLock {
public:
    // Takes the lock on `path`, waiting up to `wait_seconds` for another holder to finish.
    static Expected<UpdateLock> acquire(const std::string& path, int wait_seconds);
    UpdateLock(UpdateLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    UpdateLock(const UpdateLock&) = delete;
    UpdateLock& operator=(const UpdateLock&) = delete;
    UpdateLock& operator=(UpdateLock&&) = delete;
    ~UpdateLock();

private:
    explicit UpdateLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

}  // namespace tracker::cli
