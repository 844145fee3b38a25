#include <catch2/catch.hpp>

#include "extract/lexicon.h"
#include "extract/tsv_table.h"

using namespace tracker;
using namespace tracker::extract;

namespace {
LexiconFiles embedded() {
    auto f = Lexicon::read_files("");
    REQUIRE(f);
    return *f;
}
}  // namespace

TEST_CASE("TsvTable: a row with the wrong number of fields names file and line", "[extract]") {
    auto t = TsvTable::parse("data/x.tsv", "# comment\na\tb\n1\t2\n3\n", {"a", "b"});
    REQUIRE_FALSE(t);
    CHECK(t.error().message() == "data/x.tsv:4: expected 2 fields, found 1");
    auto missing = TsvTable::parse("data/x.tsv", "a\tc\n", {"a", "b"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message() == "data/x.tsv:1: header lacks the column 'b'");
}

TEST_CASE("Lexicon: the embedded lexicons load and hold the claim model's names", "[extract]") {
    auto lex = Lexicon::compile(embedded());
    REQUIRE(lex);
    for (const char* name : {"DeepSeek", "Moonshot AI", "MiniMax", "Zhipu AI", "Alibaba", "ByteDance", "Tencent",
                             "Baidu", "Huawei", "SMIC", "Anthropic", "OpenAI", "Google", "Microsoft", "Meta",
                             "Nvidia", "AMD", "Intel", "TSMC", "US government", "China", "Nvidia Blackwell",
                             "Nvidia Hopper", "Nvidia H100", "Nvidia H800", "Nvidia H200", "Nvidia H20",
                             "Nvidia A100", "Nvidia A800", "Huawei Ascend", "Huawei Ascend 910B",
                             "Huawei Ascend 910C", "Huawei Ascend 950PR", "AMD Instinct", "AMD MI300X", "AMD MI308",
                             "AMD MI325X", "DeepSeek V3", "DeepSeek V3.1", "DeepSeek V4", "DeepSeek R1",
                             "DeepSeek R2", "Kimi K2", "MiniMax-M1", "Qwen 2.5-Max", "GPT-5"}) {
        INFO(name);
        CHECK((*lex)->find_entity(name) != nullptr);
    }
    CHECK((*lex)->family_of("Nvidia B200") == "Nvidia Blackwell");
    CHECK((*lex)->family_of("Nvidia H800") == "Nvidia Hopper");
    CHECK((*lex)->family_of("Nvidia Blackwell") == "Nvidia Blackwell");
    CHECK((*lex)->only_family_of("Huawei") == "Huawei Ascend");
    CHECK((*lex)->only_family_of("Nvidia").empty());
    CHECK((*lex)->version.rfind("lex-", 0) == 0);
}

TEST_CASE("Lexicon: a bad row is rejected as file:line: reason", "[extract]") {
    SECTION("unknown allegation") {
        auto files = embedded();
        files["cues.tsv"] = "allegation\tcue\tframe\tmodality\texample\tneeds\nespionage\tspied\tagent\tstated\tx\t-\n";
        auto lex = Lexicon::compile(files);
        REQUIRE_FALSE(lex);
        CHECK(lex.error().message() == "data/cues.tsv:2: unknown allegation 'espionage'");
    }
    SECTION("an alias held by two names") {
        auto files = embedded();
        files["actors.tsv"] += "Zhipu Clone\tlab\tCN\tZhipu AI\n";
        auto lex = Lexicon::compile(files);
        REQUIRE_FALSE(lex);
        CHECK(lex.error().message().find("alias 'Zhipu AI' is already held by 'Zhipu AI'") != std::string::npos);
    }
    SECTION("a missing file") {
        auto files = embedded();
        files.erase("hedges.tsv");
        auto lex = Lexicon::compile(files);
        REQUIRE_FALSE(lex);
        CHECK(lex.error().message() == "data/hedges.tsv: lexicon file missing");
    }
}

TEST_CASE("Lexicon: a word holds one class at most, and any number of traits", "[extract]") {
    auto files = embedded();
    files["word_classes.tsv"] += "forbidden\truled_chips\nforbidden\tplace_noun\n";
    auto lex = Lexicon::compile(files);
    REQUIRE(lex);
    Token models;
    models.folded = "models";
    CHECK((*lex)->class_of(models) == WordClass::model_noun);
    CHECK((*lex)->has_trait(models, WordTrait::owned_noun));
    CHECK_FALSE((*lex)->has_trait(models, WordTrait::ruled_chips));
    Token forbidden;
    forbidden.folded = "forbidden";
    CHECK((*lex)->has_trait(forbidden, WordTrait::ruled_chips));
    CHECK((*lex)->has_trait(forbidden, WordTrait::place_noun));
    CHECK((*lex)->class_of(forbidden) == WordClass::other);
    SECTION("a second class") {
        files["word_classes.tsv"] += "models\tpreposition\n";
        auto twice = Lexicon::compile(files);
        REQUIRE_FALSE(twice);
        CHECK(twice.error().message().find("'models' has a class already") != std::string::npos);
    }
    SECTION("neither class nor trait") {
        files["word_classes.tsv"] += "glossy\tadjective\n";
        auto unknown = Lexicon::compile(files);
        REQUIRE_FALSE(unknown);
        CHECK(unknown.error().message().find("unknown class 'adjective'") != std::string::npos);
    }
}

TEST_CASE("Lexicon: the version changes when a lexicon changes", "[extract]") {
    auto files = embedded();
    auto a = Lexicon::compile(files);
    files["hedges.tsv"] += "supposedly\talleged\tDeepSeek supposedly bought H20 chips.\n";
    auto b = Lexicon::compile(files);
    REQUIRE(a);
    REQUIRE(b);
    CHECK((*a)->version != (*b)->version);
}
