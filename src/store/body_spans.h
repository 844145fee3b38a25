// How every backend stores an article's body (Article::body, its prose spans): as text,
// "start-end,start-end", in articles.body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tracker/article.h"

namespace tracker::store {

std::string body_spans_text(const std::vector<Span>& spans);
// The spans back; reading stops at the first that is not "start-end".
std::vector<Span> body_spans_of(std::string_view text);

}  // namespace tracker::store
