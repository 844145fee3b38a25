#include "cli/man_page.h"

#include <cctype>

#include <fmt/core.h>

namespace tracker::cli {

namespace {

// Text safe in roff: backslashes and hyphens escaped, no line starting as a request.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

std::string option_heading(const OptionSpec& option) {
    if (option.names.empty()) return "\\fI" + roff(option.positional) + "\\fR";
    std::string out;
    for (const auto& name : option.names) out += (out.empty() ? "" : ", ") + std::string("\\fB") + roff(name) + "\\fR";
    // A closed set's values are listed below, where the line can break between them.
    if (!option.values.empty()) out += " \\fIVALUE\\fR";
    else if (!option.value_name.empty()) out += " \\fI" + roff(option.value_name) + "\\fR";
    return out;
}

std::string values_of(const OptionSpec& option) {
    std::string out;
    for (const auto& value : option.values) out += (out.empty() ? "" : ", ") + std::string("\\fB") + roff(value) + "\\fR";
    return out.empty() ? out : ".br\none of: " + out + "\n";
}

std::string options_of(const CommandSpec& command) {
    std::string out;
    for (const auto& option : command.options)
        out += ".TP\n" + option_heading(option) + "\n" + roff(option.description.empty() ? "-" : option.description) + "\n" +
               values_of(option);
    return out;
}

// The ENVIRONMENT, EXIT STATUS and FILES sections: ../shared/spec/cli.md, in brief.
constexpr char k_closing_sections[] = R"(.SH ENVIRONMENT
.TP
.B TRACKER_DB
the database file or PostgreSQL URL (\fIpostgresql://USER@HOST/DB\fR), when \fB\-\-db\fR is not given
.TP
.B XDG_DATA_HOME
the database is \fI$XDG_DATA_HOME/tracker/tracker.db\fR (else \fI~/.local/share/tracker/tracker.db\fR)
.TP
.B NO_COLOR
no colour in tables
.SH EXIT STATUS
.TP
.B 0
done
.TP
.B 1
failed
.TP
.B 2
usage error (an unknown option or command, a value outside a closed set, a malformed date)
.TP
.B 3
done, but some inputs were rejected, each named on standard error
.SH SEE ALSO
.BR sqlite3 (1)
)";

}  // namespace

std::string man_page(const CommandSpec& root, const ManPageText& text) {
    const std::string upper = [&] {
        std::string s = text.program;
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    }();
    std::string out = fmt::format(".TH {} 1 \"\" \"{}\" \"User Commands\"\n.SH NAME\n{} \\- {}\n", upper, roff(text.version),
                                  roff(text.program), roff(text.summary));
    out += fmt::format(".SH SYNOPSIS\n.B {}\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n",
                       roff(text.program));
    out += ".SH DESCRIPTION\n" + roff(root.description) + "\n.PP\nGlobal options are accepted before or after the command.\n";
    out += ".SH GLOBAL OPTIONS\n" + options_of(root);
    out += ".SH COMMANDS\n";
    for (const auto* command : all_commands(root)) {
        if (command->path.empty()) continue;
        out += fmt::format(".SS \"{} {}\"\n{}\n", roff(text.program), roff(command->path), roff(command->description));
        out += options_of(*command);
    }
    return out + k_closing_sections;
}

}  // namespace tracker::cli
