#include "cli/completion_script.h"

#include <fmt/core.h>

namespace tracker::cli {

namespace {

// `text` inside single quotes, for any of the three shells.
std::string shell_quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string words_of(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::vector<std::string> option_names(const CommandSpec& command) {
    std::vector<std::string> names;
    for (const auto& option : command.options)
        for (const auto& name : option.names) names.push_back(name);
    return names;
}

std::vector<std::string> command_names(const CommandSpec& command) {
    std::vector<std::string> names;
    for (const auto& sub : command.commands) names.push_back(sub.name);
    return names;
}

// The lookup functions bash and zsh share (see completion_script.h).
std::string lookup_functions(const CommandSpec& root, const std::string& prefix) {
    const auto commands = all_commands(root);
    std::string out = fmt::format("# {0}_commands PATH: the commands under PATH (\"\" for the program, \"feed\", ...)\n"
                                  "{0}_commands() {{\n    case \"$1\" in\n", prefix);
    for (const auto* c : commands)
        if (!c->commands.empty())
            out += fmt::format("        {}) echo {} ;;\n", shell_quoted(c->path), shell_quoted(words_of(command_names(*c))));
    out += fmt::format("    esac\n}}\n\n# {0}_options PATH: the options of the command at PATH\n"
                       "{0}_options() {{\n    case \"$1\" in\n", prefix);
    for (const auto* c : commands)
        out += fmt::format("        {}) echo {} ;;\n", shell_quoted(c->path), shell_quoted(words_of(option_names(*c))));
    out += fmt::format("    esac\n}}\n\n# {0}_arguments PATH: the values its arguments take, when they are a closed set\n"
                       "{0}_arguments() {{\n    case \"$1\" in\n", prefix);
    for (const auto* c : commands)
        for (const auto& option : c->options)
            if (option.names.empty() && !option.values.empty())
                out += fmt::format("        {}) echo {} ;;\n", shell_quoted(c->path), shell_quoted(words_of(option.values)));
    out += fmt::format("    esac\n}}\n\n# {0}_takes_value PATH OPTION: whether OPTION of that command takes a value\n"
                       "{0}_takes_value() {{\n    case \"$1 $2\" in\n", prefix);
    for (const auto* c : commands)
        for (const auto& option : c->options)
            for (const auto& name : option.names)
                if (!option.value_name.empty()) out += fmt::format("        {}) return 0 ;;\n", shell_quoted(c->path + " " + name));
    out += fmt::format("    esac\n    return 1\n}}\n\n# {0}_values PATH OPTION: the values OPTION of that command takes, "
                       "when they are a closed set\n{0}_values() {{\n    case \"$1 $2\" in\n", prefix);
    for (const auto* c : commands)
        for (const auto& option : c->options)
            for (const auto& name : option.names)
                if (!option.values.empty())
                    out += fmt::format("        {}) echo {} ;;\n", shell_quoted(c->path + " " + name), shell_quoted(words_of(option.values)));
    return out + "    esac\n}\n\n";
}

std::string bash_script(const CommandSpec& root, const std::string& program) {
    const std::string f = "_" + program;
    std::string out = fmt::format("# bash completion for {0}, written by `{0} completion bash` from its option definitions.\n"
                                  "# Install as /usr/share/bash-completion/completions/{0}, or source it.\n\n",
                                  program);
    out += lookup_functions(root, f);
    out += fmt::format(R"sh(# The command typed so far is walked word by word; an option's value is skipped. After an
# option that takes a value: its closed set, else files (complete -o default).
{0}() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    local path='' word i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        if {0}_takes_value "$path" "$word" || {0}_takes_value '' "$word"; then
            ((i++))
            continue
        fi
        case " $({0}_commands "$path") " in
            *" $word "*) path=${{path:+$path }}$word ;;
        esac
    done
    COMPREPLY=()
    if {0}_takes_value "$path" "$prev" || {0}_takes_value '' "$prev"; then
        local values
        values=$({0}_values "$path" "$prev")
        if [ -n "$values" ]; then COMPREPLY=($(compgen -W "$values" -- "$cur")); fi
        return 0
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$({0}_options "$path") $({0}_options '')" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$({0}_commands "$path") $({0}_arguments "$path")" -- "$cur"))
    fi
    return 0
}}
complete -o default -F {0} {1}
)sh",
                       f, program);
    return out;
}

std::string zsh_script(const CommandSpec& root, const std::string& program) {
    const std::string f = "_" + program;
    std::string out = fmt::format("#compdef {0}\n# zsh completion for {0}, written by `{0} completion zsh` from its option definitions.\n"
                                  "# Install as _{0} in a folder of $fpath (/usr/share/zsh/vendor-completions).\n\n",
                                  program);
    out += lookup_functions(root, f);
    out += fmt::format("# {}_described PATH: the commands under PATH as name:description lines\n{}_described() {{\n"
                       "    case \"$1\" in\n", f, f);
    for (const auto* c : all_commands(root)) {
        if (c->commands.empty()) continue;
        std::string lines;
        for (const auto& sub : c->commands) lines += (lines.empty() ? "" : "\n") + sub.name + ":" + sub.description;
        out += fmt::format("        {}) echo {} ;;\n", shell_quoted(c->path), shell_quoted(lines));
    }
    out += "    esac\n}\n\n";
    out += fmt::format(R"sh(# The command typed so far is walked word by word; an option's value is skipped (`cmdpath`, as
# `path` is zsh's own).
{0}() {{
    local cmdpath='' word i
    for ((i = 2; i < CURRENT; i++)); do
        word=${{words[i]}}
        if {0}_takes_value "$cmdpath" "$word" || {0}_takes_value '' "$word"; then
            ((i++))
            continue
        fi
        if [[ " $({0}_commands "$cmdpath") " == *" $word "* ]]; then cmdpath=${{cmdpath:+$cmdpath }}$word; fi
    done
    local cur=${{words[CURRENT]}} prev=${{words[CURRENT-1]}}
    if {0}_takes_value "$cmdpath" "$prev" || {0}_takes_value '' "$prev"; then
        local values=$({0}_values "$cmdpath" "$prev")
        if [[ -n $values ]]; then compadd -- ${{=values}}; else _files; fi
        return
    fi
    if [[ $cur == -* ]]; then
        local options="$({0}_options "$cmdpath") $({0}_options '')"
        compadd -- ${{=options}}
        return
    fi
    local -a described
    described=(${{(f)"$({0}_described "$cmdpath")"}})
    local arguments=$({0}_arguments "$cmdpath")
    if (( ${{#described}} )); then _describe command described
    elif [[ -n $arguments ]]; then compadd -- ${{=arguments}}
    else _files; fi
}}

# Autoloaded from $fpath, this file is the body of {0}: complete. Sourced, register.
if [[ $funcstack[1] == {0} ]]; then {0} "$@"; else compdef {0} {1}; fi
)sh",
                       f, program);
    return out;
}

// fish: a condition that holds when the words typed name the command at `path`.
std::string fish_condition(const CommandSpec& root, const CommandSpec& command) {
    if (command.path.empty()) return "";
    std::string condition;
    const CommandSpec* at = &root;
    std::string rest = command.path;
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string word = rest.substr(0, space);
        rest = space == std::string::npos ? "" : rest.substr(space + 1);
        condition += (condition.empty() ? "" : "; and ") + std::string("__fish_seen_subcommand_from ") + word;
        for (const auto& sub : at->commands)
            if (sub.name == word) at = &sub;
    }
    return condition;
}

std::string fish_script(const CommandSpec& root, const std::string& program) {
    std::string out = fmt::format("# fish completion for {0}, written by `{0} completion fish` from its option definitions.\n"
                                  "# Install as {0}.fish in /usr/share/fish/vendor_completions.d.\n\n"
                                  "complete -c {0} -f\n",
                                  program);
    for (const auto* c : all_commands(root)) {
        const std::string here = fish_condition(root, *c);
        if (!c->commands.empty()) {
            const std::string none_yet = (here.empty() ? "" : here + "; and ") + "not __fish_seen_subcommand_from " +
                                         words_of(command_names(*c));
            for (const auto& sub : c->commands)
                out += fmt::format("complete -c {} -n {} -a {} -d {}\n", program, shell_quoted(none_yet), shell_quoted(sub.name),
                                   shell_quoted(sub.description));
        }
        const std::string condition = here.empty() ? "" : " -n " + shell_quoted(here);
        for (const auto& option : c->options) {
            if (option.names.empty()) {  // a positional: its closed set, else files
                if (option.values.empty()) out += fmt::format("complete -c {}{} -F\n", program, condition);
                else out += fmt::format("complete -c {}{} -a {}\n", program, condition, shell_quoted(words_of(option.values)));
                continue;
            }
            std::string line = fmt::format("complete -c {}{}", program, condition);
            for (const auto& name : option.names)
                line += name.rfind("--", 0) == 0 ? " -l " + name.substr(2) : " -s " + name.substr(1);
            if (!option.values.empty()) line += " -x -a " + shell_quoted(words_of(option.values));
            else if (!option.value_name.empty()) line += " -r -F";
            out += line + " -d " + shell_quoted(option.description) + "\n";
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> completion_shells() { return {"bash", "zsh", "fish"}; }

std::string completion_script(const CommandSpec& root, const std::string& shell, const std::string& program) {
    if (shell == "zsh") return zsh_script(root, program);
    if (shell == "fish") return fish_script(root, program);
    return bash_script(root, program);
}

}  // namespace tracker::cli
