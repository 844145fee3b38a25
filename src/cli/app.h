// The command line: CLI11 wiring, exit codes, the one place that catches.
#pragma once

namespace tracker::cli {

// Exit codes (../shared/spec/cli.md): 0 done, 1 failed, 2 usage, 3 done but inputs rejected.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failed = 1;
inline constexpr int k_exit_usage = 2;
inline constexpr int k_exit_rejected = 3;

inline constexpr char k_version[] = "tracker 0.1.0";

int run(int argc, char** argv);

}  // namespace tracker::cli
