#include <catch2/catch.hpp>

#include "extract/tokenizer.h"

using namespace tracker::extract;

namespace {
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (auto& t : tokenize(text, 0, text.size())) out.push_back(t.folded);
    return out;
}
}  // namespace

TEST_CASE("tokenize: folds case, splits possessives, drops hyphens and periods", "[extract]") {
    CHECK(words("Nvidia’s B200") == std::vector<std::string>{"nvidia", "'s", "b200"});
    CHECK(words("DeepSeek-V3") == std::vector<std::string>{"deepseek", "v3"});
    CHECK(words("U.S.-banned chips") == std::vector<std::string>{"us", "banned", "chips"});
    CHECK(words("the companies' chips") == std::vector<std::string>{"the", "companies", "'", "chips"});
    CHECK(words("didn't") == std::vector<std::string>{"didn't"});
}

TEST_CASE("tokenize: numbers keep their separators; clause marks are tokens", "[extract]") {
    CHECK(words("24,000 accounts, 2.6 million") ==
          std::vector<std::string>{"24,000", "accounts", ",", "2.6", "million"});
    CHECK(words("firms—DeepSeek") == std::vector<std::string>{"firms", "-", "deepseek"});
    CHECK(words("ÉTATS-UNIS") == std::vector<std::string>{"états", "unis"});
}

TEST_CASE("tokenize: offsets point into the text and capitals are noted", "[extract]") {
    std::string text = "xx Meta said";
    auto t = tokenize(text, 3, text.size());
    REQUIRE(t.size() == 2);
    CHECK(text.substr(t[0].start, t[0].end - t[0].start) == "Meta");
    CHECK(t[0].capitalized);
    CHECK_FALSE(t[1].capitalized);
}

TEST_CASE("tokenize: a token notes a quotation mark right before it", "[extract]") {
    const std::string text = "\"We comply,\" the firm said, “fully” so";
    auto t = tokenize(text, 0, text.size());
    std::vector<std::string> quoted;
    for (const auto& token : t)
        if (token.after_quote) quoted.push_back(token.folded);
    CHECK(quoted == std::vector<std::string>{"we", "the", "fully", "so"});
}

TEST_CASE("tokenize: full-width and ideographic marks are the ASCII marks they stand for", "[extract]") {
    CHECK(words("Baidu（百度）、Zhipu AI，and MiniMax：yes；no【x】") ==
          std::vector<std::string>{"baidu", "(", "百度", ")", ",", "zhipu", "ai", ",", "and", "minimax", ":", "yes",
                                   ";", "no", "(", "x", ")"});
}

TEST_CASE("tokenize: corner brackets and guillemets are quotation marks", "[extract]") {
    const std::string text = "「distillation」 and «free-riding» or „groundless“";
    std::vector<std::string> quoted;
    for (const auto& token : tokenize(text, 0, text.size()))
        if (token.after_quote) quoted.push_back(token.folded);
    CHECK(quoted == std::vector<std::string>{"distillation", "and", "free", "or", "groundless"});
}
