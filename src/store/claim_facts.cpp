#include "store/claim_facts.h"

#include <cctype>

namespace tracker::store {

std::string origin_key(const std::string& origin) {
    std::string key = origin;
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (key.starts_with("the ")) key.erase(0, 4);
    return key;
}

}  // namespace tracker::store
