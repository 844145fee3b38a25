#include "cli/app.h"

#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "cli/commands.h"
#include "tracker/error.h"

namespace tracker::cli {

int run(int argc, char** argv) {
    CLI::App app{"tracker: follow claims in news about AI geopolitics"};
    app.require_subcommand(1);
    app.set_version_flag("--version", k_version);
    GlobalOptions options;
    // Global options are accepted before or after the subcommand.
    app.option_defaults()->always_capture_default(false);
    auto* db = app.add_option("--db", options.db, "database file, or a postgresql:// URL (default: $TRACKER_DB, "
                                                  "else $XDG_DATA_HOME/tracker/tracker.db)");
    auto* data = app.add_option("--data-dir", options.data_dir, "read lexicons from this folder");
    auto* lexicons = app.add_option("--lexicons", options.lexicons,
                                    "add the lexicon files of this folder (default: $TRACKER_LEXICONS, else "
                                    "$XDG_CONFIG_HOME/tracker/lexicons)");
    auto* quiet = app.add_flag("-q,--quiet", options.quiet, "print only errors");
    db->configurable(false);
    for (auto* o : {db, data, lexicons, quiet}) o->group("Global options");

    std::map<CLI::App*, CommandRun> commands;
    using Adder = CommandRun (*)(CLI::App&);
    for (Adder add : {add_ingest_command, add_parse_command, add_query_command, add_show_command,
                      add_propositions_command, add_articles_command, add_actors_command,
                      add_sources_command, add_stats_command, add_reextract_command, add_eval_command,
                      add_feed_command, add_report_command, add_lexicon_command, add_changes_command,
                      add_db_command, add_completion_command, add_manpage_command}) {
        std::size_t before = app.get_subcommands({}).size();
        CommandRun r = add(app);
        CLI::App* sub = app.get_subcommands({})[before];
        sub->fallthrough();
        commands[sub] = std::move(r);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? k_exit_ok : k_exit_usage;
    }
    CommandContext context(options);
    try {
        for (auto* sub : app.get_subcommands())
            if (auto it = commands.find(sub); it != commands.end()) return it->second(context);
        return k_exit_usage;
    } catch (const UsageFatal& e) {
        context.error(e.what());
        return k_exit_usage;
    } catch (const Fatal& e) {
        context.error(e.what());
        return k_exit_failed;
    } catch (const std::exception& e) {
        context.error(std::string("internal error: ") + e.what());
        return k_exit_failed;
    }
}

}  // namespace tracker::cli
