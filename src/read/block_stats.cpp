#include "read/block_stats.h"

#include "read/ascii_text.h"

namespace tracker::read {
namespace {

// Commas in any script: , ، 、 ，
bool is_comma_at(std::string_view text, std::size_t i) {
    return text[i] == ',' || text.substr(i, 2) == "\xD8\x8C" || text.substr(i, 3) == "\xE3\x80\x81" ||
           text.substr(i, 3) == "\xEF\xBC\x8C";
}

}  // namespace

void BlockStats::add(const BlockStats& inner) {
    chars += inner.chars, link_chars += inner.link_chars, heading_chars += inner.heading_chars;
    list_chars += inner.list_chars, commas += inner.commas, paragraphs += inner.paragraphs;
    images += inner.images, list_items += inner.list_items, inputs += inner.inputs;
    if (inner.chars)
        sentence_end = inner.sentence_end;
}

BlockStats text_stats(std::string_view text) {
    BlockStats stats;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80 || k_blank_bytes.find(text[i]) != std::string_view::npos)
            continue;
        ++stats.chars;
        stats.commas += is_comma_at(text, i) ? 1 : 0;
        stats.sentence_end = text[i] == '.' || text[i] == '!' || text[i] == '?';
    }
    return stats;
}

}  // namespace tracker::read
