#include "cli/command_tree.h"

#include "cli/closed_set.h"

namespace tracker::cli {

namespace {

OptionSpec option_spec(const CLI::Option& option) {
    OptionSpec spec;
    for (const auto& name : option.get_snames()) spec.names.push_back("-" + name);
    for (const auto& name : option.get_lnames()) spec.names.push_back("--" + name);
    if (option.get_positional() && !option.nonpositional()) spec.positional = option.get_name(true);
    spec.description = option.get_description();
    if (option.get_type_size_max() > 0) spec.value_name = option.get_type_name();
    spec.values = closed_values(option);
    return spec;
}

// `path`: the words from the program to this command, "" for the program itself.
CommandSpec command_spec(const CLI::App& app, const std::string& path) {
    CommandSpec spec;
    spec.name = path.empty() ? "" : app.get_name();
    spec.description = app.get_description();
    spec.path = path;
    for (const CLI::Option* option : app.get_options()) spec.options.push_back(option_spec(*option));
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
        spec.commands.push_back(command_spec(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name()));
    return spec;
}

void collect(const CommandSpec& command, std::vector<const CommandSpec*>& out) {
    out.push_back(&command);
    for (const auto& sub : command.commands) collect(sub, out);
}

}  // namespace

CommandSpec command_tree(const CLI::App& app) { return command_spec(app, ""); }

std::vector<const CommandSpec*> all_commands(const CommandSpec& root) {
    std::vector<const CommandSpec*> out;
    collect(root, out);
    return out;
}

}  // namespace tracker::cli
