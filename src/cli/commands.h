// The subcommands. Each registers its options on the CLI11 app and returns what it runs; app.cpp
// calls exactly one and maps its result (an exit code) or its exception to the process's end.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/command_context.h"

namespace tracker::cli {

using CommandRun = std::function<int(CommandContext&)>;

CommandRun add_ingest_command(CLI::App& app);
CommandRun add_parse_command(CLI::App& app);
CommandRun add_reextract_command(CLI::App& app);
CommandRun add_query_command(CLI::App& app);
CommandRun add_show_command(CLI::App& app);
CommandRun add_propositions_command(CLI::App& app);
CommandRun add_articles_command(CLI::App& app);
CommandRun add_actors_command(CLI::App& app);
CommandRun add_sources_command(CLI::App& app);
CommandRun add_stats_command(CLI::App& app);
CommandRun add_eval_command(CLI::App& app);
CommandRun add_feed_command(CLI::App& app);
CommandRun add_report_command(CLI::App& app);
CommandRun add_lexicon_command(CLI::App& app);
CommandRun add_changes_command(CLI::App& app);
CommandRun add_db_command(CLI::App& app);
CommandRun add_completion_command(CLI::App& app);
CommandRun add_manpage_command(CLI::App& app);

}  // namespace tracker::cli
