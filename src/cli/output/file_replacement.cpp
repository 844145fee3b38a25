#include "cli/output/file_replacement.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/core.h>

namespace tracker::cli {

std::string replace_file(const std::string& path, const std::string& text) {
    const std::string temporary = fmt::format("{}.tmp-{}", path, ::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return fmt::format("cannot write ({})", std::strerror(errno));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            const std::string reason = fmt::format("cannot write ({})", std::strerror(errno));
            std::filesystem::remove(temporary);
            return reason;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (!error) return "";
    std::filesystem::remove(temporary);
    return "cannot write (" + error.message() + ")";
}

}  // namespace tracker::cli
