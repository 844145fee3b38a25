#include "store/sqlite/json_strings.h"

#include <fmt/format.h>

namespace tracker::store {

namespace {

void append_escaped(std::string& out, std::string_view value) {
    for (char c : value) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
                else
                    out += c;
        }
    }
}

void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

char unescaped(char c) {
    switch (c) {
        case 'n': return '\n';
        case 't': return '\t';
        case 'r': return '\r';
        case 'b': return '\b';
        case 'f': return '\f';
        default: return c;  // " \ /
    }
}

// Reads the string whose opening quote is at json[pos]; leaves pos after its closing quote.
bool read_string(std::string_view json, std::size_t& pos, std::string& out) {
    for (++pos; pos < json.size(); ++pos) {
        const char c = json[pos];
        if (c == '"') { ++pos; return true; }
        if (c != '\\') { out += c; continue; }
        if (++pos >= json.size()) return false;
        if (json[pos] != 'u') { out += unescaped(json[pos]); continue; }
        if (pos + 4 >= json.size()) return false;
        append_utf8(out, static_cast<unsigned>(std::stoul(std::string(json.substr(pos + 1, 4)), nullptr, 16)));
        pos += 4;
    }
    return false;
}

}  // namespace

std::string to_json_strings(const std::vector<std::string>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ',';
        out += '"';
        append_escaped(out, values[i]);
        out += '"';
    }
    return out + "]";
}

std::vector<std::string> from_json_strings(std::string_view json) {
    std::vector<std::string> values;
    for (std::size_t pos = 0; pos < json.size();) {
        if (json[pos] != '"') { ++pos; continue; }
        std::string value;
        if (!read_string(json, pos, value)) break;
        values.push_back(std::move(value));
    }
    return values;
}

}  // namespace tracker::store
