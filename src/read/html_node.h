// Small read-only accessors over gumbo's tree, shared by the files that walk a page
// (html_article.cpp, main_content.cpp).
#pragma once

#include <gumbo.h>

#include <string_view>

namespace tracker::read {

inline std::string_view attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
    return found ? std::string_view(found->value) : std::string_view{};
}

inline bool is_element(const GumboNode& node) { return node.type == GUMBO_NODE_ELEMENT; }

inline bool is_element(const GumboNode& node, GumboTag tag) {
    return node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == tag;
}

inline bool is_text(const GumboNode& node) {
    return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
           node.type == GUMBO_NODE_CDATA;
}

// The children of an element, for range-for: `for (const GumboNode& child : children(node))`.
class GumboChildren {
public:
    explicit GumboChildren(const GumboNode& node) : m_vector(node.v.element.children) {}
    struct Iterator {
        void** at;
        const GumboNode& operator*() const { return *static_cast<const GumboNode*>(*at); }
        Iterator& operator++() { return ++at, *this; }
        bool operator!=(const Iterator& other) const { return at != other.at; }
    };
    Iterator begin() const { return {m_vector.data}; }
    Iterator end() const { return {m_vector.data + m_vector.length}; }

private:
    const GumboVector& m_vector;
};
inline GumboChildren children(const GumboNode& node) { return GumboChildren(node); }

template <class List>
bool tag_in(const List& list, GumboTag tag) {
    for (GumboTag each : list)
        if (each == tag)
            return true;
    return false;
}

}  // namespace tracker::read
