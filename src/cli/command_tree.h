// The command line as data, read from the CLI11 definitions that parse it: every command with
// its options, their help text and, for closed sets, their values. The completion scripts and
// the man page are written from it (issue 19), so they list exactly what `--help` lists and what
// the parser accepts; a new option needs no second edit.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace tracker::cli {

struct OptionSpec {
    std::vector<std::string> names;   // "--format", "-o", ...; "" for a positional
    std::string positional;           // a positional's name ("paths"), else ""
    std::string description;
    std::string value_name;           // "TEXT", "{table,json}", ...; "" for a flag
    std::vector<std::string> values;  // a closed set's values (closed_set.h), else empty
};

struct CommandSpec {
    std::string name;                 // "" for the program itself
    std::string description;
    std::vector<OptionSpec> options;  // --help included
    std::vector<CommandSpec> commands;
    // The words from the program to this command: "feed show".
    std::string path;
};

// The program's tree; commands in a group named "" (hidden) are left out.
CommandSpec command_tree(const CLI::App& app);

// Every command of `root`, depth first, the root first.
std::vector<const CommandSpec*> all_commands(const CommandSpec& root);

}  // namespace tracker::cli
