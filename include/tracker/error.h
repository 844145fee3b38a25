// Errors, as tracker reports them.
//
// Two channels, as in ccache: a per-input failure (a file that is not UTF-8, an empty file, a
// malformed feed, a bad lexicon row) is a value, `Expected<T>` holding an `Error` that names the
// input and gives a one-line reason; the batch goes on. What ends the command (the database
// cannot be opened, the disk is full, a bug) is thrown as `Fatal`, and only `cli::run` catches it.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace tracker {

struct Error {
    std::string input;   // the file, URL or lexicon row the error is about
    std::string reason;  // one line, no trailing period

    // "INPUT: reason", or just the reason when there is no input.
    std::string message() const { return input.empty() ? reason : input + ": " + reason; }
};

template <class T>
using Expected = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(std::string input, std::string reason) {
    return tl::unexpected<Error>(Error{std::move(input), std::move(reason)});
}

// Ends the command: printed by cli::run as "tracker: message", exit code 1.
class Fatal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Ends the command because what the user gave cannot be used (a malformed row in their lexicon
// files): as Fatal, with exit code 2.
class UsageFatal : public Fatal {
public:
    using Fatal::Fatal;
};

}  // namespace tracker
