// `tracker db copy FROM TO`: a whole store written into another, empty one, whatever their
// backends (a local SQLite file into the team's PostgreSQL server, and back).
//
// What is copied is what the store holds that nothing else can give back: each article as
// stored (text, title, source, URL, path, author, date, body, lexicon version) with its claims
// as stored, in the order they were first written (by id, so that a syndicated copy still
// counts for the article it copies), and the feed subscriptions with their state. What is
// derived is derived again by the destination as it stores them: propositions, their counters
// and origins. Not carried over: ids (the destination numbers its rows), the time each article
// was ingested (the copy's time), a proposition's history before the copy (it starts with the
// copy: every proposition `new`), and which feed items were imported (the next `feed update`
// reads them again and finds each article unchanged).
#pragma once

#include <cstddef>
#include <functional>

#include "tracker/store.h"

namespace tracker::store {

struct CopyCounts {
    StoreStats from;
    StoreStats to;
    // Articles, claims and propositions agree.
    bool same() const {
        return from.articles == to.articles && from.claims == to.claims && from.propositions == to.propositions;
    }
};

// Copies `from` into `to`, which must hold no article (Fatal naming `to_shown` if it does).
// `progress(done, total)` after each article.
CopyCounts copy_store(Store& from, Store& to, const std::string& to_shown,
                      const std::function<void(std::size_t, std::size_t)>& progress);

}  // namespace tracker::store
