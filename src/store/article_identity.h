// What makes two stored articles "the same article", for every backend: the identity (where it
// lives) and the content hash (what it says). Same identity and same hash: adding it again changes
// nothing; same identity, new hash: the new text replaces the old.
#pragma once

#include <string>
#include <string_view>

#include "tracker/article.h"

namespace tracker::store {

// FNV-1a 128 of the bytes, as 32 lowercase hex digits. Not cryptographic: it tells revisions of one
// article apart, and an accidental 128-bit collision is out of reach at any corpus size.
std::string content_hash(std::string_view text);

// The article's digests, taken from article.digests when a worker computed them already.
Article::Digests text_digests(const Article& article);

// The article's URL when it has one, else its path; text read from standard input ("-" or no
// path) has no place, so its identity is its content hash.
std::string identity_of(const Article& article, const std::string& hash);

// The publisher an article counts for: its source, else its path ("the file name when no
// publisher can be found"), so no article is left without an origin.
std::string publisher_of(const Article& article);

}  // namespace tracker::store
