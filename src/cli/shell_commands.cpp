// completion and manpage: what a shell and man(1) need, written from the parser's own
// definitions (issue 19). `manpage` is hidden: the build runs it to write tracker.1.
#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/completion_script.h"
#include "cli/man_page.h"
#include "cli/output/file_replacement.h"

namespace tracker::cli {

namespace {

constexpr char k_program[] = "tracker";

struct ShellFileOptions {
    std::string shell;
    std::string output;  // "" or "-": standard output
};

int write_text(CommandContext& ctx, const std::string& output, const std::string& text) {
    if (output.empty() || output == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return k_exit_ok;
    }
    if (const std::string failure = replace_file(output, text); !failure.empty()) {
        ctx.error(output + ": " + failure);
        return k_exit_failed;
    }
    return k_exit_ok;
}

void add_output_option(CLI::App* sub, std::string& output) {
    sub->add_option("-o,--output", output, "the file to write; - or none for standard output");
}

}  // namespace

CommandRun add_completion_command(CLI::App& app) {
    auto o = std::make_shared<ShellFileOptions>();
    auto* sub = app.add_subcommand("completion", "print a completion script for bash, zsh or fish");
    closed_set(sub->add_option("shell", o->shell, "the shell")->required(), "shell", completion_shells());
    add_output_option(sub, o->output);
    const CLI::App* root = &app;
    return [o, root](CommandContext& ctx) {
        return write_text(ctx, o->output, completion_script(command_tree(*root), o->shell, k_program));
    };
}

CommandRun add_manpage_command(CLI::App& app) {
    auto o = std::make_shared<ShellFileOptions>();
    auto* sub = app.add_subcommand("manpage", "print the man page (roff), as the build writes tracker.1");
    sub->group("");  // for the build, not for people: no completion, no line in --help
    add_output_option(sub, o->output);
    const CLI::App* root = &app;
    return [o, root](CommandContext& ctx) {
        const ManPageText text{k_program, k_version, "follow claims in news about AI geopolitics"};
        return write_text(ctx, o->output, man_page(command_tree(*root), text));
    };
}

}  // namespace tracker::cli
