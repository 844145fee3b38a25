// What an HTML element holds, as main_content.h weighs it: characters of text (blanks left
// out, a character being a UTF-8 code point), those inside links, headings and lists, commas in
// any script, and counts of paragraphs, images, list items and form inputs. Counted by the
// caller over the elements it reads, summed up the tree with add().
#pragma once

#include <cstddef>
#include <string_view>

namespace tracker::read {

struct BlockStats {
    std::size_t chars = 0;
    std::size_t link_chars = 0, heading_chars = 0, list_chars = 0;
    std::size_t commas = 0;  // , and the Arabic, ideographic and full-width commas
    std::size_t paragraphs = 0, images = 0, list_items = 0, inputs = 0;
    bool sentence_end = false;  // the last character counted ends a sentence (. ! ?)

    void add(const BlockStats& inner);
    double link_density() const { return chars ? double(link_chars) / double(chars) : 0.0; }
};

// The characters and commas of one text node.
BlockStats text_stats(std::string_view text);

}  // namespace tracker::read
