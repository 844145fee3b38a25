#include <catch2/catch.hpp>

#include "cli/closed_set.h"
#include "cli/command_tree.h"
#include "cli/completion_script.h"
#include "cli/man_page.h"

using namespace tracker::cli;

namespace {

// A small program: a global option, a command with a closed set and a flag, a hidden one, and a
// command with commands.
struct SmallProgram {
    CLI::App app{"a small program"};
    std::string db, format, location;
    bool explain = false;
    SmallProgram() {
        app.add_option("--db", db, "database file");
        auto* query = app.add_subcommand("query", "claims as a timeline");
        closed_set(query->add_option("--format", format, "output format"), "format", {"table", "json"});
        query->add_flag("--explain", explain, "say why");
        app.add_subcommand("secret", "for the build")->group("");
        auto* feed = app.add_subcommand("feed", "subscriptions");
        feed->add_subcommand("add", "subscribe")->add_option("location", location, "URL_OR_PATH");
    }
};

const OptionSpec* option_named(const CommandSpec& command, const std::string& name) {
    for (const auto& o : command.options)
        for (const auto& n : o.names)
            if (n == name) return &o;
    return nullptr;
}

}  // namespace

TEST_CASE("command_tree: commands, options and closed sets as CLI11 holds them", "[cli]") {
    SmallProgram program;
    const CommandSpec root = command_tree(program.app);
    REQUIRE(root.commands.size() == 2);  // the hidden one left out
    CHECK(root.commands[0].path == "query");
    CHECK(root.commands[1].commands.at(0).path == "feed add");
    const OptionSpec* format = option_named(root.commands[0], "--format");
    REQUIRE(format);
    CHECK(format->values == std::vector<std::string>{"table", "json"});
    const OptionSpec* explain = option_named(root.commands[0], "--explain");
    REQUIRE(explain);
    CHECK(explain->value_name.empty());
    CHECK(option_named(root, "--db")->value_name == "TEXT");
    CHECK(root.commands[1].commands[0].options.back().positional == "location");
    CHECK(all_commands(root).size() == 4);
}

TEST_CASE("completion_script: each shell's script names the commands and the closed sets", "[cli]") {
    SmallProgram program;
    const CommandSpec root = command_tree(program.app);
    const std::string bash = completion_script(root, "bash", "prog");
    CHECK(bash.find("        '') echo 'query feed' ;;") != std::string::npos);
    CHECK(bash.find("        'query --format') echo 'table json' ;;") != std::string::npos);
    CHECK(bash.find("        ' --db') return 0 ;;") != std::string::npos);
    CHECK(bash.find("'query --explain') return 0") == std::string::npos);  // a flag takes no value
    CHECK(bash.find("secret") == std::string::npos);
    CHECK(bash.find("complete -o default -F _prog prog") != std::string::npos);
    const std::string zsh = completion_script(root, "zsh", "prog");
    CHECK(zsh.rfind("#compdef prog\n", 0) == 0);
    CHECK(zsh.find("'query:claims as a timeline\nfeed:subscriptions'") != std::string::npos);
    const std::string fish = completion_script(root, "fish", "prog");
    CHECK(fish.find("complete -c prog -n 'not __fish_seen_subcommand_from query feed' -a 'query' -d 'claims as a "
                    "timeline'") != std::string::npos);
    CHECK(fish.find("complete -c prog -n '__fish_seen_subcommand_from feed; and not __fish_seen_subcommand_from add' "
                    "-a 'add' -d 'subscribe'") != std::string::npos);
    CHECK(fish.find("complete -c prog -n '__fish_seen_subcommand_from query' -l format -x -a 'table json' -d 'output "
                    "format'") != std::string::npos);
    CHECK(fish.find("complete -c prog -l db -r -F -d 'database file'") != std::string::npos);
}

TEST_CASE("man_page: every command a section, every option an entry, roff escaped", "[cli]") {
    SmallProgram program;
    const std::string page = man_page(command_tree(program.app), {"prog", "prog 1.0", "does small things"});
    CHECK(page.rfind(".TH PROG 1 \"\" \"prog 1.0\" \"User Commands\"\n.SH NAME\nprog \\- does small things\n", 0) == 0);
    CHECK(page.find(".SS \"prog query\"\nclaims as a timeline\n") != std::string::npos);
    CHECK(page.find(".SS \"prog feed add\"\nsubscribe\n") != std::string::npos);
    CHECK(page.find(".TP\n\\fB\\-\\-format\\fR \\fIVALUE\\fR\noutput format\n.br\none of: \\fBtable\\fR, \\fBjson\\fR\n") !=
          std::string::npos);
    CHECK(page.find(".TP\n\\fB\\-\\-db\\fR \\fITEXT\\fR\ndatabase file\n") != std::string::npos);
    CHECK(page.find(".TP\n\\fB\\-\\-explain\\fR\nsay why\n") != std::string::npos);
    CHECK(page.find(".TP\n\\fIlocation\\fR\nURL_OR_PATH\n") != std::string::npos);
    CHECK(page.find("secret") == std::string::npos);
}
