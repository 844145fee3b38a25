// Extraction, phenomenon by phenomenon, on sentences of our own.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/extract_testing.h"
#include "tracker/read.h"

using namespace tracker;
using namespace tracker::extract::testing;

TEST_CASE("Extractor: active voice gives the subject the claim", "[extract]") {
    auto c = claims_of("Zhipu AI obtained 3,000 Nvidia H20 chips from a distributor last year.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Nvidia", "acquired_hardware"));
}

TEST_CASE("Extractor: passive voice keeps the beneficiary as actor", "[extract]") {
    SECTION("for") {
        auto c = claims_of("Racks of B200 servers were smuggled into China for Baidu through Vietnam.");
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia B200"));
        CHECK_FALSE(has_claim(c, "China", "smuggling"));
    }
    SECTION("by") {
        auto c = claims_of("The Kimi model was trained by Moonshot AI on Nvidia H800 processors.");
        INFO(describe(c));
        CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H800"));
    }
}

TEST_CASE("Extractor: a mark before a party's unit marks the party", "[extract]") {
    auto c = claims_of("Investigators said the racks, which held H200 chips, were diverted to China for use by a research unit of Tencent.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia H200"));
}

TEST_CASE("Extractor: a list of actors gives each member a claim", "[extract]") {
    auto c = claims_of("OpenAI accused Tencent, ByteDance and Zhipu AI of distilling ChatGPT.");
    INFO(describe(c));
    for (const char* actor : {"Tencent", "ByteDance", "Zhipu AI"})
        CHECK(has_claim(c, actor, "distillation", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "OpenAI", "distillation"));
}

TEST_CASE("Extractor: a list of chips gives each chip a claim", "[extract]") {
    auto c = claims_of("Tencent bought Nvidia H20 and A800 chips before the rules changed.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia A800"));
}

TEST_CASE("Extractor: a denial negates the claim it governs and keeps the accused as actor", "[extract]") {
    auto c = claims_of("AMD on Monday denied that MiniMax had acquired MI308 accelerators. "
                       "MiniMax released a new reasoning model on Friday.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "acquired_hardware", "AMD MI308", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "MiniMax", "acquired_hardware", "AMD MI308", "*", Polarity::asserted));
    // The next sentence is outside the denial's scope.
    CHECK(has_claim(c, "MiniMax", "model_release", "*", "*", Polarity::asserted));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "AMD");
}

TEST_CASE("Extractor: rejecting the accusation denies what was alleged against the denier", "[extract]") {
    auto c = claims_of("Anthropic accused Baidu and Tencent of distillation in a filing.\n\n"
                       "Baidu rejected the accusation. Tencent declined to comment.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: negations and judgements deny", "[extract]") {
    SECTION("no evidence that") {
        auto c = claims_of("Investigators found no evidence that ByteDance smuggled Blackwell chips.");
        INFO(describe(c));
        CHECK(has_claim(c, "ByteDance", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
    }
    SECTION("has never") {
        auto c = claims_of("Alibaba said it has never used smuggled hardware.");
        INFO(describe(c));
        CHECK(has_claim(c, "Alibaba", "smuggling", "*", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Alibaba", "smuggling", "*", "*", Polarity::asserted));
    }
    SECTION("an unclear question is no denial") {
        auto c = claims_of("It is not clear whether Baidu obtained B300 chips.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: denying access is withholding, not a denial", "[extract]") {
    auto c = claims_of("Zhipu AI denied Microsoft and Google early access to its GLM-5 model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "withheld_model", "*", "Microsoft"));
    CHECK(has_claim(c, "Zhipu AI", "withheld_model", "*", "Google"));
    for (const auto& claim : c) CHECK(claim.polarity == Polarity::asserted);
}

TEST_CASE("Extractor: hedges set the modality, attributions the claimant", "[extract]") {
    SECTION("reportedly") {
        auto c = claims_of("ByteDance reportedly stockpiled 20,000 H20 chips.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "ByteDance", "acquired_hardware", "Nvidia H20"));
        CHECK(c.front().modality == Modality::reported);
        CHECK(c.front().claimant.empty());
    }
    SECTION("according to a publication") {
        auto c = claims_of("DeepSeek trained its newest model on Blackwell chips, according to The Information.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "DeepSeek", "trained_on", "Nvidia Blackwell"));
        CHECK(c.front().claimant == "The Information");
        CHECK(c.front().modality == Modality::reported);
    }
    SECTION("may") {
        auto c = claims_of("Tencent may have trained its model on H800 chips.");
        INFO(describe(c));
        REQUIRE_FALSE(c.empty());
        CHECK(c.front().modality == Modality::speculative);
    }
}

TEST_CASE("Extractor: the company resolves to the last fitting actor across one sentence", "[extract]") {
    auto c = claims_of("MiniMax opened a new office in Shanghai on Monday. "
                       "The company also acquired 5,000 Huawei Ascend 910B chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "acquired_hardware", "Huawei Ascend 910B"));
}

TEST_CASE("Extractor: governments act as US government or China", "[extract]") {
    auto c = claims_of("The Commerce Department banned exports of Nvidia H20 chips to China. "
                       "Beijing opened an antitrust investigation into Nvidia.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H20"));
    CHECK(has_claim(c, "Nvidia", "investigation", "*", "China"));
    CHECK_FALSE(has_claim(c, "China", "export_restriction"));
}

TEST_CASE("Extractor: a model release names the model", "[extract]") {
    auto c = claims_of("DeepSeek released its R1 reasoning model in January.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "model_release", "", "DeepSeek R1"));
    CHECK(c.front().event_date == "2026-01");
}

TEST_CASE("Extractor: what is not a claim stays quiet", "[extract]") {
    for (const char* text : {
             "Nvidia shares rose 3 percent after the earnings report.",
             "Analysts expect demand for H20 chips to stay strong next year.",
             "Anthropic strengthened its defenses against distillation attacks.",
             "Microsoft launched a new version of its spreadsheet software.",
             "The conference on model distillation drew 3,000 researchers.",
             "US officials warned that Chinese firms are finding ways to circumvent export controls.",
         }) {
        auto c = claims_of(text);
        INFO(text << "\n" << describe(c));
        CHECK(c.empty());
    }
}

TEST_CASE("Extractor: evidence is the exact sentence, with offsets into the text", "[extract]") {
    std::string body = "Filler sentence here. DeepSeek obtained Nvidia H800 chips in 2023.";
    std::string file = "---\ndate: 2026-01-14\n---\n" + body + "\n";
    auto article = read::parse_article(file, read::InputInfo{"t.txt", {}});
    REQUIRE(article);
    auto c = embedded_extractor().extract(*article);
    REQUIRE(c.size() == 1);
    CHECK(c[0].evidence == "DeepSeek obtained Nvidia H800 chips in 2023.");
    CHECK(article->text.substr(c[0].evidence_start, c[0].evidence_end - c[0].evidence_start) == c[0].evidence);
    CHECK(c[0].event_date == "2023");
}

TEST_CASE("Extractor: a denial after the claim it names keeps both", "[extract]") {
    auto c = claims_of("Anthropic said MiniMax had used fraudulent accounts to query Claude, a charge the "
                       "company rejected.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "fraudulent_access", "*", "Anthropic", Polarity::asserted));
    CHECK(has_claim(c, "MiniMax", "fraudulent_access", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: a compliance statement rebuts what was claimed against the speaker", "[extract]") {
    auto c = claims_of("Prosecutors said Tencent bought smuggled H100 servers through a front company.\n\n"
                       "Tencent said it complies with all export regulations.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::asserted));
    CHECK(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: abiding by the rules rebuts, though the rules are a cue of their own", "[extract]") {
    // "export controls" is an export rule's cue that makes no claim (no chip): the sentence still
    // holds no claim, so the statement rebuts what was claimed against the speaker.
    for (const char* denial : {"A Baidu spokesperson said the company \"strictly abides by\" US export controls.",
                               "Baidu said it adheres to US export controls."}) {
        auto c = claims_of(std::string("Investigators said Baidu had smuggled Nvidia A100 chips through Vietnam.\n\n") +
                           denial);
        INFO(denial << "\n" << describe(c));
        CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia A100", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: a relative clause's denial is its antecedent's", "[extract]") {
    auto c = claims_of("A think tank said Tencent had acquired Nvidia H100 servers through a Thai broker.\n\n"
                       "Tencent, which has repeatedly denied the claims, did not answer questions on Monday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: opposing the accusations denies them", "[extract]") {
    auto c = claims_of("OpenAI said Moonshot AI had distilled its models through the API.\n\n"
                       "Moonshot AI said it \"firmly opposes\" the accusations.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a name after a bare comma that speaks is the speaker, not a list's member", "[extract]") {
    auto c = claims_of("Washington to let AMD ship MI308 chips to China, Lutnick says\n\nBody text follows here.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "US government", "export_approval", "AMD MI308", "*"));
    for (const auto& claim : c) CHECK(claim.claimant != "China");
}

TEST_CASE("Extractor: 'the chip' points back to a chip a clause of its own named", "[extract]") {
    auto c = claims_of("Nvidia, which designed the H20 for Chinese buyers, said it had received licences to sell the "
                       "chip in China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H20", "*"));
}

TEST_CASE("Extractor: a passive export rule whose words name a government is that government's", "[extract]") {
    auto c = claims_of("Moonshot AI was added to the US Entity List in March.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "", "*"));
    CHECK(claims_of("Moonshot AI was added to the Entity List in March.").empty());  // whose list: not said
}

TEST_CASE("Extractor: who tells of a distillation is not who was copied when another lab is named", "[extract]") {
    auto c = claims_of("Google said it had shut accounts linked to Moonshot AI that were suspected of distilling "
                       "Anthropic's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "distillation", "*", "Google"));
    // With no other lab named, the accuser is the one copied.
    CHECK(has_claim(claims_of("OpenAI said Moonshot AI had distilled its models."), "Moonshot AI", "distillation", "*",
                    "OpenAI"));
}

TEST_CASE("Extractor: a denier that is no tracked party still denies the report it names", "[extract]") {
    auto c = claims_of("OpenAI accused DeepSeek of distilling ChatGPT in a memo.\n\n"
                       "The Shenzhen AI Industry Alliance rejected the accusations.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "DeepSeek", "distillation", "*", "OpenAI", Polarity::denied));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Shenzhen AI Industry Alliance");  // "The" left out: one outlet however written
}

TEST_CASE("Extractor: a released model named after the cue gives its maker", "[extract]") {
    for (const char* text : {"After the release of DeepSeek-R1 in January rattled markets, investors sold chip stocks.",
                             "After the release of its R1 model in January rattled markets, investors sold chip stocks."}) {
        auto c = claims_of(text);
        INFO(text << "\n" << describe(c));
        CHECK(has_claim(c, "DeepSeek", "model_release", "", "DeepSeek R1"));
    }
}

namespace {

// The claimant of the one claim of `text` about `actor` and `allegation`.
std::string claimant_of(const std::string& text, const std::string& actor, const std::string& allegation) {
    for (const auto& c : claims_of(text))
        if (c.actor == actor && c.allegation == allegation) return c.claimant;
    return "<no claim>";
}

}  // namespace

TEST_CASE("Extractor: 'the Beijing-based firm' points back though its city is a name", "[extract]") {
    const std::string lab = "Zhipu AI opened a new office. The Beijing-based firm said it had bought 5,000 Nvidia H20 chips.";
    INFO(describe(claims_of(lab)));
    CHECK(claimant_of(lab, "Zhipu AI", "acquired_hardware") == "Zhipu AI");
    CHECK(claimant_of(lab, "China", "acquired_hardware") == "<no claim>");
    CHECK(claimant_of("Nvidia won a new licence. The US-based chipmaker said Baidu had bought H20 chips.", "Baidu",
                      "acquired_hardware") == "Nvidia");
}

TEST_CASE("Extractor: a second that-clause or an 'and said' is a clause of its own", "[extract]") {
    // The denial does not reach the second clause, nor the first clause's chip its cue.
    auto c = claims_of("TAIPEI — Moonshot AI on Monday rejected a report that it had bought H100 servers in Vietnam, "
                       "saying it \"has never purchased or used\" Blackwell chips and that its newest model was "
                       "trained on domestic hardware.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "trained_on", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "trained_on", "Nvidia Blackwell", "*"));
    CHECK_FALSE(has_claim(c, "Taiwan", "*", "*", "*"));
    // The dateline's place speaks for nobody: the denial is the subject's, who says it.
    CHECK(claimant_of("TAIPEI — Moonshot AI spoke to reporters in Vietnam on Monday, saying it has never bought "
                      "Blackwell chips.",
                      "Moonshot AI", "acquired_hardware") == "Moonshot AI");
    auto said = claims_of("Baidu called the report groundless and said its Ernie model was trained on Kunlun chips.");
    INFO(describe(said));
    CHECK_FALSE(has_claim(said, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: each denier of a sentence denies the claims its accuser made", "[extract]") {
    auto c = claims_of("OpenAI said Baidu had distilled its models. Anthropic said Baidu and Tencent had distilled "
                       "Claude.\n\n"
                       "Baidu has rejected OpenAI's claims in the past, and Tencent called Anthropic's accusation "
                       "\"unfounded.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: a denial that denies nothing in its sentence is of earlier claims, unless asked", "[extract]") {
    const std::string report = "A newspaper reported that Tencent had acquired 4,000 Nvidia H100 chips through a "
                               "broker in Vietnam.\n\n";
    // The report is denied, the training asserted.
    auto c = claims_of(report + "Tencent called the report groundless and said its Hunyuan model was trained on "
                                "Nvidia H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia H20", "*", Polarity::asserted));
    // A compliance asked about denies nothing; a statement rejected that claimed nothing neither.
    for (const char* later : {"Vietnam's trade ministry said it was investigating whether Tencent had complied with "
                              "its rules.",
                              "Officials said the company supported the army, which Tencent rejected."}) {
        auto d = claims_of(report + later);
        INFO(later << "\n" << describe(d));
        CHECK_FALSE(has_claim(d, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: the speaker after a quotation is none of the names it quotes", "[extract]") {
    // "the company" is Nvidia, not Baidu; and a chip maker speaks for its own chips only.
    auto c = claims_of("Baidu said its Ernie model was trained on Huawei Ascend chips.\n\n"
                       "Nvidia was more careful. \"We have no evidence that Baidu received our products, and we take "
                       "every allegation of diversion seriously,\" the company said.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a product line's release is named by the version written", "[extract]") {
    struct Case {
        const char* text;
        const char* maker;
        const char* model;
    };
    for (const Case& k : {Case{"Google on Tuesday released Gemini 3, its most capable model.", "Google", "Gemini 3"},
                          Case{"Anthropic launched Claude Sonnet 5 for developers.", "Anthropic", "Claude Sonnet 5"},
                          Case{"Tencent unveiled its Hunyuan model in 2023.", "Tencent", "Hunyuan"},
                          Case{"DeepSeek released V3.2 last month.", "DeepSeek", "DeepSeek V3.2"}}) {
        auto c = claims_of(k.text);
        INFO(k.text << "\n" << describe(c));
        CHECK(has_claim(c, k.maker, "model_release", "", k.model));
    }
}

TEST_CASE("Extractor: struggling to obtain chips is no acquisition", "[extract]") {
    auto c = claims_of("Baidu and Tencent have struggled to obtain enough Ascend chips from Huawei.");
    INFO(describe(c));
    CHECK(c.empty());
}

TEST_CASE("Extractor: the lab copied is not the subject of a clause of its own after the cue", "[extract]") {
    auto c = claims_of("Anthropic said it had seen evidence that Zhipu AI had distilled its models, and Google, its "
                       "cloud partner, said it was looking into the matter.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "Google"));
}

TEST_CASE("Extractor: a short model name points to a maker the sentence before named", "[extract]") {
    auto c = claims_of("MiniMax published a technical report on Monday.\n\nThe report said M1's pretraining was carried "
                       "out on 512 Nvidia H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "trained_on", "Nvidia H800", "*"));
    // With no maker named just before, "M1" names nobody.
    CHECK(claims_of("The report said M1's pretraining was carried out on 512 Nvidia H800 chips.").empty());
}

TEST_CASE("Extractor: a short model name names its maker only as its maker's own", "[extract]") {
    // "Its V3 model": the maker the sentence before named.
    auto c = claims_of("DeepSeek has become a symbol of China's AI ambitions.\n\nIts V3 model, released in December "
                       "2024, was trained on 2,048 Nvidia H800 chips, according to the company.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "trained_on", "Nvidia H800", "*"));
    // "the R1 model's release" is no subject: "it" is OpenAI, who opened the probe.
    auto probe = claims_of("OpenAI raised concerns about DeepSeek.\n\nThat was shortly after the R1 model's release, "
                           "when it opened a probe into whether DeepSeek had obtained its data without permission.");
    INFO(describe(probe));
    CHECK(has_claim(probe, "DeepSeek", "investigation", "*", "OpenAI"));
}

TEST_CASE("Extractor: 'its' short model names the maker the article named, not the pronoun's", "[extract]") {
    auto c = claims_of("DeepSeek is backed by the hedge fund High-Flyer.\n\nHigh-Flyer was founded in 2015 by Liang "
                       "Wenfeng.\n\nIt disclosed in 2024 that its V3 model had been trained on 2,048 Nvidia H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "trained_on", "Nvidia H800", "*"));
    CHECK_FALSE(has_claim(c, "High-Flyer", "trained_on", "*", "*"));
}

TEST_CASE("Extractor: 'a charge the company denied' denies what its own sentence said", "[extract]") {
    auto c = claims_of("Baidu said its Ernie model was trained on Kunlun P800 chips.\n\n"
                       "Baidu has been on the Entity List since March, when the Commerce Department accused it of aiding "
                       "the military, a charge the company has denied.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: chips a lab has, and a model its speaker says was trained", "[extract]") {
    struct Case {
        const char* text;
        const char* actor;
        const char* allegation;
        const char* hardware;
    };
    for (const Case& k : {Case{"Analysts say Tencent has as many as 50,000 Hopper GPUs.", "Tencent", "acquired_hardware",
                               "Nvidia Hopper"},
                          Case{"Baidu has access to about 10,000 A100 chips through a cloud partner.", "Baidu",
                               "acquired_hardware", "Nvidia A100"},
                          Case{"The new model was trained using 2,000 Nvidia H800 GPUs, Moonshot AI said.", "Moonshot AI",
                               "trained_on", "Nvidia H800"},
                          Case{"Zhipu AI's GLM-5 update landed on Monday.", "Zhipu AI", "model_release", ""}}) {
        auto c = claims_of(k.text);
        INFO(k.text << "\n" << describe(c));
        CHECK(has_claim(c, k.actor, k.allegation, k.hardware, "*"));
    }
    CHECK(claims_of("Washington has more than doubled the number of chips its rules cover.").empty());
}

TEST_CASE("Extractor: a document released is no model release", "[extract]") {
    CHECK(claims_of("Zhipu AI released a technical report describing how GLM-5 was trained.").empty());
    CHECK(has_claim(claims_of("Zhipu AI released GLM-5 with a technical report."), "Zhipu AI", "model_release", "",
                    "GLM-5"));
}

TEST_CASE("Extractor: a model's maker is its subject past a negation", "[extract]") {
    auto c = claims_of("\"Kimi K2 was not trained on outputs of any Anthropic model,\" the company said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: a party denies in place what is alleged of it, not a government's rule", "[extract]") {
    auto c = claims_of("Moonshot AI has been on the US Entity List since March, when the Commerce Department accused it "
                       "of aiding the military, a charge the company has denied.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: releases spoken of as an update, a launch 'last week of', licences resumed", "[extract]") {
    struct Case {
        const char* text;
        const char* actor;
        const char* allegation;
    };
    for (const Case& k : {Case{"Anthropic is preparing an upgrade to Claude that could ship next month.", "Anthropic",
                               "model_release"},
                          Case{"Shares fell after Alibaba's launch last week of Qwen 4.", "Alibaba", "model_release"},
                          Case{"The White House agreed to resume licences for AMD's MI308 in August.", "US government",
                               "export_approval"}}) {
        auto c = claims_of(k.text);
        INFO(k.text << "\n" << describe(c));
        CHECK(has_claim(c, k.actor, k.allegation, "*", "*"));
    }
}

TEST_CASE("Extractor: a name described between commas, or by 'which', is who reports", "[extract]") {
    CHECK(claimant_of("A week earlier, Caixin, the business magazine, reported that Baidu had bought H20 chips.", "Baidu",
                      "acquired_hardware") == "Caixin");
    CHECK(claimant_of("The story came from The Harbor Ledger, a Manila-based site, which reported that Tencent had "
                      "bought 3,000 Nvidia B200 processors.",
                      "Tencent", "acquired_hardware") == "Harbor Ledger");
    // A participle after a comma still speaks for the subject before it.
    CHECK(claimant_of("Baidu rejected the report, saying it has never bought H100 chips.", "Baidu", "acquired_hardware") ==
          "Baidu");
}

TEST_CASE("Extractor: a name's allegation that ... speaks; a place's '-based' stays inside a list", "[extract]") {
    auto c = claims_of("Lawmakers cited Anthropic's allegation earlier this year that Baidu had distilled its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
    CHECK(claimant_of("Lawmakers cited Anthropic's allegation earlier this year that Baidu had distilled its models.",
                      "Baidu", "distillation") == "Anthropic");
    auto list = claims_of("OpenAI alleged on Tuesday that Tencent and Beijing-based Zhipu AI had distilled GPT-4o.");
    INFO(describe(list));
    CHECK(has_claim(list, "Tencent", "distillation", "*", "OpenAI"));
    CHECK(has_claim(list, "Zhipu AI", "distillation", "*", "OpenAI"));
    CHECK(has_claim(claims_of("OpenAI released GPT-5.7 on Monday."), "OpenAI", "model_release", "", "GPT-5.7"));
}

TEST_CASE("Extractor: a government's own refusal to approve exports is a restriction", "[extract]") {
    auto c = claims_of("The Commerce Department has decided not to allow AMD to sell its MI355X to Chinese buyers.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD Instinct", "*", Polarity::asserted));
    CHECK(has_claim(c, "US government", "export_approval", "AMD Instinct", "*", Polarity::denied));
    // Denying a report of approval restricts nothing.
    auto report = claims_of("The White House denied reports that it had approved H20 exports.");
    INFO(describe(report));
    CHECK_FALSE(has_claim(report, "US government", "export_restriction", "*", "*"));
}

TEST_CASE("Extractor: pre-training written with a hyphen, behind 'the bulk of' a model's", "[extract]") {
    auto c = claims_of("MiniMax published a technical report.\n\nThe bulk of M1's pre-training was carried out on a "
                       "cluster of Nvidia H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "trained_on", "Nvidia H800", "*"));
    auto moved = claims_of("Tencent has moved part of the training of its Hunyuan models onto clusters of Huawei's Ascend "
                           "910C chips.");
    INFO(describe(moved));
    CHECK(has_claim(moved, "Tencent", "trained_on", "Huawei Ascend 910C", "*"));
}

TEST_CASE("Extractor: a compliance statement rebuts only the claims of the rules it names", "[extract]") {
    const std::string claims = "Anthropic said Tencent had used fraudulent accounts to query Claude. A think tank said "
                               "Tencent had bought 5,000 Nvidia H100 chips through a broker.\n\n";
    auto terms = claims_of(claims + "Tencent said it complied with the terms of service of the platforms it used.");
    INFO(describe(terms));
    CHECK(has_claim(terms, "Tencent", "fraudulent_access", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(terms, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    auto exports = claims_of(claims + "Tencent said it strictly complies with all export control laws.");
    INFO(describe(exports));
    // Keeping the export rules denies smuggling, not the purchase.
    CHECK(has_claim(exports, "Tencent", "smuggling", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(exports, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(exports, "Tencent", "fraudulent_access", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a participle's agent describing a party is no subject; a semicolon ends a denial", "[extract]") {
    auto backed = claims_of("Zhipu AI, backed by Alibaba and Tencent, released its GLM-5 model in February.");
    INFO(describe(backed));
    CHECK(has_claim(backed, "Zhipu AI", "model_release", "", "GLM-5"));
    CHECK_FALSE(has_claim(backed, "Alibaba", "model_release", "*", "*"));
    auto stop = claims_of("Tencent denies buying H100 servers; brokers say orders were routed through third parties to "
                          "Tencent.");
    INFO(describe(stop));
    CHECK(has_claim(stop, "Tencent", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(stop, "Tencent", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a cue inside a denial's own words is denied", "[extract]") {
    auto c = claims_of("Tencent calls H100 smuggling report \"groundless,\" says Hunyuan ran on its own chips\n\nBody.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: the claimant is the source named, not the words around it", "[extract]") {
    struct Case {
        const char* text;
        const char* actor;
        const char* allegation;
        const char* claimant;
    };
    const Case cases[] = {
        // After "reviewed by", "according to a filing by": the name, not the clause that follows.
        {"Shipping manifests reviewed by the Harbor Gazette show that MiniMax smuggled H100 servers.", "MiniMax",
         "smuggling", "Harbor Gazette"},
        {"Baidu used 9,000 fraudulent accounts to query Claude, according to a filing by Anthropic.", "Baidu",
         "fraudulent_access", "Anthropic"},
        {"Tencent bought H20 chips, according to a letter from the Bureau of Industry and Security.", "Tencent",
         "acquired_hardware", "US government"},
        // Unnamed sources keep their words, up to what they are said to show.
        {"ByteDance obtained B200 servers, citing two people briefed on the deal.", "ByteDance", "acquired_hardware",
         "two people briefed on the deal"},
        {"Customs files seen by investigators show that Zhipu AI smuggled H100 chips.", "Zhipu AI", "smuggling",
         "investigators"},
        // Before the verb: the nearest speaker, the name that opens a longer subject.
        {"Officials in Penang said prosecutors alleged that the brokers shipped H100 servers to Baidu.", "Baidu",
         "acquired_hardware", "prosecutors"},
        {"OpenAI sent a letter to senators alleging that DeepSeek distilled GPT-4o.", "DeepSeek", "distillation",
         "OpenAI"},
        {"Caixin quoted an engineer as saying SenseTime trained its model on Ascend 910B chips.", "SenseTime",
         "trained_on", "engineer"},
        // "by" a described name: the name; a place made an adjective is no name.
        {"ByteDance ordered 40,000 H20 units last year, according to estimates by the research firm Quarry "
         "Analytics.",
         "ByteDance", "acquired_hardware", "Quarry Analytics"},
        {"Baidu trained its model on H100 servers, according to files reviewed by the Jakarta-based daily.", "Baidu",
         "trained_on", "Jakarta-based daily"},
        {"Baidu trained its model on H100 servers, according to files reviewed by the Jakarta-based daily Harbor "
         "Ledger and two people familiar with the deal.",
         "Baidu", "trained_on", "Harbor Ledger"},
        {"Baidu trained its model on H100 servers, according to people familiar with the Commerce Department "
         "inquiry.",
         "Baidu", "trained_on", "people familiar with the Commerce Department"},
        // Read back from the verb, the speaker's phrase stops where a subordinate clause opens.
        {"The deliveries resumed weeks after Commerce Department officials told distributors that the H20 would "
         "require a license.",
         "US government", "export_restriction", "US government"},
        // A passive without its agent names nobody; with "by", the agent.
        {"Moonshot AI was accused of smuggling H100 chips into China.", "Moonshot AI", "smuggling", ""},
        {"MiniMax was accused by Anthropic of distilling Claude.", "MiniMax", "distillation", "Anthropic"},
    };
    for (const Case& k : cases) {
        INFO(k.text);
        CHECK(claimant_of(k.text, k.actor, k.allegation) == k.claimant);
    }
    // "..., saying": the speaker of the clause before, for what follows the comma only.
    auto c = claims_of("Alibaba released Qwen 3 on Friday, saying it was trained on H20 accelerators.");
    INFO(describe(c));
    for (const auto& claim : c) {
        if (claim.allegation == "model_release") CHECK(claim.claimant.empty());
        if (claim.allegation == "trained_on") CHECK(claim.claimant == "Alibaba");
    }
    CHECK(has_claim(c, "Alibaba", "trained_on", "Nvidia H20"));
    CHECK(claimant_of("Anthropic accused Moonshot AI of distilling Claude, saying the lab had used 3,000 "
                      "fraudulent accounts.",
                      "Moonshot AI", "fraudulent_access") == "Anthropic");
}

TEST_CASE("Extractor: a speaker far from the denial words still denies, through the attribution", "[extract]") {
    auto c = claims_of("Moonshot AI smuggled H100 servers into China, the Harbor Gazette reported. "
                       "Nvidia said the report was without merit.");
    INFO(describe(c));
    bool denied_by_nvidia = false;
    for (const auto& claim : c)
        denied_by_nvidia |= claim.polarity == Polarity::denied && claim.claimant == "Nvidia";
    CHECK(denied_by_nvidia);
    // Declining to comment denies nothing.
    auto quiet = claims_of("Moonshot AI smuggled H100 servers into China, the Harbor Gazette reported. "
                           "Moonshot AI, which was named in the report, said it does not comment on rumors.");
    INFO(describe(quiet));
    for (const auto& claim : quiet) CHECK(claim.polarity == Polarity::asserted);
}

TEST_CASE("Extractor: a denial after a comma is the sentence subject's", "[extract]") {
    auto c = claims_of("Baidu says its stockpile will last the year, denies receiving Blackwell samples.");
    INFO(describe(c));
    bool denied_by_baidu = false;
    for (const auto& claim : c)
        denied_by_baidu |= claim.polarity == Polarity::denied && claim.actor == "Baidu" && claim.claimant == "Baidu";
    CHECK(denied_by_baidu);
    // The chip of the denied cue is not lent to the stockpile before the denial.
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::asserted));
}

TEST_CASE("Extractor: chips of a named maker are concrete, though unnamed", "[extract]") {
    auto c = claims_of("Two traders were charged in Penang with diverting Nvidia servers to Baichuan.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "smuggling", ""));  // hardware null, as conventions say
    // Chips in general still give nothing.
    CHECK(claims_of("Two traders were charged in Penang with diverting powerful servers to Baichuan.").empty());
}

TEST_CASE("Extractor: 'we' in a quotation is the speaker, speaking of itself", "[extract]") {
    auto c = claims_of("\"We have never bought smuggled H100 chips,\" a MiniMax spokesperson said.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "MiniMax", "smuggling", "Nvidia H100", "*", Polarity::denied));
    for (const auto& claim : c) CHECK(claim.claimant == "MiniMax");
    auto own = claims_of("\"We trained our new model on H800 chips,\" Zhipu AI said on Friday.");
    INFO(describe(own));
    CHECK(has_claim(own, "Zhipu AI", "trained_on", "Nvidia H800"));
    // No speaker named in the sentence: "we" stands for nobody.
    CHECK(claims_of("We have never bought smuggled H100 chips.").empty());
    // "We" is a subject: never what a cue is done to.
    auto inquiry = claims_of("Nvidia said: \"We opened an inquiry into resellers who we believe shipped H100 servers.\"");
    INFO(describe(inquiry));
    CHECK_FALSE(has_claim(inquiry, "Nvidia", "investigation"));
}

TEST_CASE("Extractor: an export rule put on a chip maker, with no government named, is its home government's", "[extract]") {
    auto barred = claims_of("Nvidia has been barred from selling H20 chips to China.");
    INFO(describe(barred));
    CHECK(has_claim(barred, "US government", "export_restriction", "Nvidia H20"));
    auto approved = claims_of("AMD received approval to ship MI308 chips to Chinese customers.");
    INFO(describe(approved));
    CHECK(has_claim(approved, "US government", "export_approval", "AMD MI308"));
    CHECK(has_claim(approved, "AMD", "export_approval", "AMD MI308"));  // the vendor keeps its claim
    // A government named makes the rule itself; curbs in passing are nobody's rule here.
    auto named = claims_of("Beijing barred Nvidia from selling H20 chips to Tencent.");
    INFO(describe(named));
    CHECK_FALSE(has_claim(named, "US government", "export_restriction"));
    auto passing = claims_of("DeepSeek trained V3 on H800 GPUs that it bought before export curbs took effect.");
    INFO(describe(passing));
    CHECK_FALSE(has_claim(passing, "US government", "export_restriction"));
}

// ---- Clause structure (clause_structure.h): what a clause does decides whether a cue claims.

TEST_CASE("Extractor: an investigation into whether takes its actor from the question", "[extract][clause]") {
    SECTION("the question's subject is investigated; the investigators are the object") {
        auto c = claims_of("Federal prosecutors and the Commerce Department are investigating whether Zhipu AI "
                           "bought Blackwell chips through resellers in Malaysia.");
        INFO(describe(c));
        CHECK(has_claim(c, "Zhipu AI", "investigation", "*", "US government"));
        CHECK_FALSE(has_claim(c, "Zhipu AI", "acquired_hardware"));
        CHECK_FALSE(has_claim(c, "Zhipu AI", "acquired_hardware", "*", "*", Polarity::denied));
    }
    SECTION("a passive agent inside the question; several investigators") {
        auto c = claims_of("Anthropic and Google are investigating whether Claude outputs were harvested in "
                           "an unauthorized way by accounts linked to Moonshot AI.");
        INFO(describe(c));
        CHECK(has_claim(c, "Moonshot AI", "investigation", "*", "Anthropic"));
        CHECK(has_claim(c, "Moonshot AI", "investigation", "*", "Google"));
        CHECK_FALSE(has_claim(c, "Google", "distillation"));
        CHECK_FALSE(has_claim(c, "Anthropic", "investigation"));
    }
    SECTION("a partner between the cue and the question") {
        auto c = claims_of("Anthropic opened a probe with partner Google into whether Baidu had obtained its "
                           "data improperly.");
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "investigation", "*", "Anthropic"));
        CHECK(has_claim(c, "Baidu", "investigation", "*", "Google"));
    }
    SECTION("an investigation names the chip it is about") {
        auto c = claims_of("China's market regulator opened an investigation into Nvidia's H20 chips.");
        INFO(describe(c));
        CHECK(has_claim(c, "Nvidia", "investigation", "Nvidia H20", "China"));
    }
}

TEST_CASE("Extractor: an agency investigates for its state", "[extract][clause]") {
    auto committee = claims_of("The House Select Committee on the Chinese Communist Party on Tuesday opened an "
                               "inquiry into Baidu's purchases of accelerators.");
    INFO(describe(committee));
    CHECK(has_claim(committee, "Baidu", "investigation", "*", "US government"));
    CHECK_FALSE(has_claim(committee, "Baidu", "investigation", "*", "House Select Committee on the CCP"));
    auto prosecutors = claims_of("The Justice Department has opened a criminal probe into Tencent.");
    INFO(describe(prosecutors));
    CHECK(has_claim(prosecutors, "Tencent", "investigation", "*", "US government"));
}

TEST_CASE("Extractor: 'it' opening a sentence is none of the parties the sentence names", "[extract]") {
    auto c = claims_of("The letter says Baidu bought H100 chips through a broker. It also accuses Baidu of "
                       "distilling Anthropic's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
    // A model of its own is named after "it": "it" is still the maker.
    auto own = claims_of("Baidu said on Monday that its new model was ready. It trained Ernie 5 on Huawei Ascend 910C chips.");
    INFO(describe(own));
    CHECK(has_claim(own, "Baidu", "trained_on", "Huawei Ascend 910C"));
}

TEST_CASE("Extractor: 'it' after a verb joined by 'but' is the sentence's subject", "[extract]") {
    auto c = claims_of("Zhipu AI has conceded that its training corpus contained text written by Anthropic's "
                       "models, but has said it never knowingly distilled Anthropic's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation", "*", "*", Polarity::denied));
    // So after ", and": the supplier named before the comma is not "it".
    auto joined = claims_of("Baidu audited its purchases from Supermicro, and said it had never bought H100 chips "
                            "from a broker.");
    INFO(describe(joined));
    CHECK(has_claim(joined, "Baidu", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(joined, "Supermicro", "acquired_hardware"));
}

TEST_CASE("Extractor: an outlet withdrawing its claim denies it", "[extract]") {
    auto withdrew = claims_of("The Harbour Ledger on Friday withdrew its claim that Baidu had trained Ernie 5 on "
                              "H100 chips.");
    INFO(describe(withdrew));
    CHECK(has_claim(withdrew, "Baidu", "trained_on", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(withdrew, "Baidu", "trained_on", "Nvidia H100", "*", Polarity::asserted));
    auto stand = claims_of("The magazine walked back part of its story, saying it could no longer stand by the "
                           "account that Tencent bought smuggled B200 servers.");
    INFO(describe(stand));
    CHECK(has_claim(stand, "Tencent", "smuggling", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(stand, "Tencent", "smuggling", "Nvidia B200", "*", Polarity::asserted));
}

TEST_CASE("Extractor: a denial joined by 'but' is the act of the sentence's subject", "[extract]") {
    auto c = claims_of("MiniMax conceded that two of its engineers had benchmarked Gemini, but denied that it "
                       "had used Gemini's outputs to train its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Google", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Google", "distillation", "*", "*", Polarity::denied));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "MiniMax");
}

TEST_CASE("Extractor: 'a claim the company rejected' after a probe denies no probe", "[extract]") {
    auto c = claims_of("In March, China's market regulator summoned AMD executives over what it called data risks "
                       "in the MI308, a claim the company rejected.");
    INFO(describe(c));
    CHECK(has_claim(c, "AMD", "investigation", "AMD MI308", "China"));
    CHECK_FALSE(has_claim(c, "AMD", "investigation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a government named as a place is no investigator", "[extract]") {
    auto place = claims_of("The committee asked AMD for details of its customers in Malaysia as part of an "
                           "inquiry into the company.");
    INFO(describe(place));
    CHECK_FALSE(has_claim(place, "AMD", "investigation", "*", "Malaysia"));
    auto owned = claims_of("In a filing with Taiwan's stock exchange, TSMC said it was under investigation.");
    INFO(describe(owned));
    CHECK_FALSE(has_claim(owned, "TSMC", "investigation", "*", "Taiwan"));
    // Its officials and its own probe stay the investigator's.
    auto police = claims_of("Police in Malaysia opened an investigation into Supermicro.");
    INFO(describe(police));
    CHECK(has_claim(police, "Supermicro", "investigation", "*", "Malaysia"));
    auto regulator = claims_of("China's market regulator opened an investigation into Nvidia.");
    INFO(describe(regulator));
    CHECK(has_claim(regulator, "Nvidia", "investigation", "*", "China"));
}

TEST_CASE("Extractor: chips moved into China are smuggled; chips moved elsewhere are not", "[extract]") {
    auto moved = claims_of("Alibaba has never moved H100 servers into China, the company said.");
    INFO(describe(moved));
    CHECK(has_claim(moved, "Alibaba", "smuggling", "Nvidia H100", "*", Polarity::denied));
    auto mainland = claims_of("The racks were taken apart and shipped into mainland China for Baidu.");
    INFO(describe(mainland));
    CHECK(has_claim(mainland, "Baidu", "smuggling"));
    auto got = claims_of("Investigators believe a broker helped Zhipu AI get B200 hardware into China.");
    INFO(describe(got));
    CHECK(has_claim(got, "Zhipu AI", "smuggling", "Nvidia B200"));
    auto the_mainland = claims_of("The B200 racks were taken apart and shipped into the mainland for Tencent.");
    INFO(describe(the_mainland));
    CHECK(has_claim(the_mainland, "Tencent", "smuggling", "Nvidia B200"));
    auto hall = claims_of("Tencent moved its H100 cluster into a new data hall in Shenzhen.");
    INFO(describe(hall));
    CHECK_FALSE(has_claim(hall, "Tencent", "smuggling"));
}

TEST_CASE("Extractor: boards and modules bought and systems deployed are chips acquired", "[extract]") {
    auto c = claims_of("An invoice shows Baidu buying 1,800 H20 boards from a Shenzhen distributor.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20"));
    auto systems = claims_of("Baidu is expected to deploy thousands of Nvidia GB300 systems at the new campus.");
    INFO(describe(systems));
    CHECK(has_claim(systems, "Baidu", "acquired_hardware", "Nvidia Blackwell"));
}

TEST_CASE("Extractor: accounts bought are fraudulent access; a denial of buying them denies it", "[extract]") {
    auto bought = claims_of("Baidu bought ChatGPT accounts in bulk from a reseller in Shenzhen.");
    INFO(describe(bought));
    CHECK(has_claim(bought, "Baidu", "fraudulent_access", "*", "OpenAI"));
    auto denied = claims_of("OpenAI accused Baidu of using fake accounts to query its models. Baidu said it had "
                            "never purchased accounts from any reseller.");
    INFO(describe(denied));
    CHECK(has_claim(denied, "Baidu", "fraudulent_access", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: chips smuggled to a place that a party uses went to that party", "[extract]") {
    auto uses = claims_of("About 900 of the B200 servers were smuggled into a warehouse outside Chengdu that Baidu uses.");
    INFO(describe(uses));
    CHECK(has_claim(uses, "Baidu", "smuggling", "Nvidia B200"));
    auto aside = claims_of("The H100 racks were smuggled on to a data centre in Hebei province that Alibaba, the owner "
                           "of Taobao, leases.");
    INFO(describe(aside));
    CHECK(has_claim(aside, "Alibaba", "smuggling", "Nvidia H100"));
}

TEST_CASE("Extractor: who gets a head start while a model is withheld was not kept from it", "[extract]") {
    auto c = claims_of("Zhipu AI withheld GLM-5 from Nvidia while giving Huawei early access.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "withheld_model", "*", "Nvidia"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "withheld_model", "*", "Huawei"));
    auto unnamed = claims_of("Zhipu AI kept GLM-5 from American chipmakers while giving Huawei early access.");
    INFO(describe(unnamed));
    CHECK_FALSE(has_claim(unnamed, "Zhipu AI", "withheld_model", "*", "Huawei"));
}

TEST_CASE("Extractor: no credible evidence and no substantiation deny what their that-clause says", "[extract]") {
    auto credible = claims_of("AMD said it had seen no credible evidence that MI308 accelerators were smuggled to Tencent.");
    INFO(describe(credible));
    CHECK(has_claim(credible, "Tencent", "smuggling", "AMD MI308", "*", Polarity::denied));
    CHECK_FALSE(has_claim(credible, "Tencent", "smuggling", "AMD MI308", "*", Polarity::asserted));
    auto substantiation = claims_of("We have not seen any substantiation of claims that our H20 products were diverted "
                                    "to Baidu, Nvidia said.");
    INFO(describe(substantiation));
    CHECK(has_claim(substantiation, "Baidu", "smuggling", "Nvidia H20", "*", Polarity::denied));
    CHECK_FALSE(has_claim(substantiation, "Baidu", "smuggling", "Nvidia H20", "*", Polarity::asserted));
}

TEST_CASE("Extractor: refusals and questions assert and deny nothing", "[extract][clause]") {
    SECTION("declined to say how, but ...") {
        auto c = claims_of("The distributor declined to say how Tencent obtained the H200 servers, but said "
                           "that it was not shipping B200 chips to China.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware"));
        CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    }
    SECTION("did not disclose is no denial") {
        auto c = claims_of("Baidu did not disclose the chips it used to train its model.");
        INFO(describe(c));
        CHECK(c.empty());
    }
    SECTION("never published is no denial") {
        auto c = claims_of("Baichuan has never published an inventory of its H800 chips.");
        INFO(describe(c));
        CHECK(c.empty());
        auto publish = claims_of("Baichuan did not publish the H800 chips it used to train its model.");
        INFO(describe(publish));
        CHECK(publish.empty());
    }
    SECTION("did not confirm whether") {
        auto c = claims_of("The ministry did not confirm whether ByteDance had bought Nvidia chips via "
                           "intermediaries in Vietnam.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "ByteDance", "smuggling"));
        CHECK_FALSE(has_claim(c, "ByteDance", "acquired_hardware"));
    }
    SECTION("urged to is a wish, not an act") {
        auto c = claims_of("Regulators urged ByteDance to adopt Huawei Ascend chips instead of Nvidia's.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "ByteDance", "acquired_hardware"));
    }
}

TEST_CASE("Extractor: an export rule named as a modifier or as background is no event", "[extract][clause]") {
    SECTION("banned chips") {
        auto c = claims_of("Zhipu AI trained the model on banned Blackwell chips.");
        INFO(describe(c));
        CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia Blackwell"));
        CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
    }
    SECTION("restricted chips, a restricted market") {
        auto c = claims_of("Officials said MiniMax may have had access to restricted H100 chips, hardware "
                           "designed for China's restricted market.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
        CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    }
    SECTION("despite export controls") {
        auto c = claims_of("Chinese labs kept building models despite US export controls on H100 chips.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
    }
    SECTION("a verb with a subject still restricts") {
        auto c = claims_of("Washington banned H20 sales to China in April.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H20"));
    }
}

TEST_CASE("Extractor: a release needs a model as its object or subject", "[extract][clause]") {
    SECTION("a project is no model") {
        auto c = claims_of("OpenAI has spent heavily on its AI models, and this month launched a $40 billion "
                           "data center project.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "OpenAI", "model_release"));
    }
    SECTION("a version of other software is no model") {
        auto c = claims_of("Microsoft is working on a new version of its web browser, and released a test version of its desktop search tool.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Microsoft", "model_release"));
    }
    SECTION("figures about a model are no model") {
        auto c = claims_of("Baidu released detailed cost figures for training its Ernie model.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Baidu", "model_release"));
    }
    SECTION("a model as object") {
        auto c = claims_of("Moonshot AI released a new artificial intelligence model called Kimi K2 on Friday.");
        INFO(describe(c));
        CHECK(has_claim(c, "Moonshot AI", "model_release"));
    }
    SECTION("an upcoming model beside another allegation is no release") {
        auto c = claims_of("Nvidia denied a report that Alibaba used smuggled B200 chips to build its upcoming model.");
        INFO(describe(c));
        CHECK(has_claim(c, "Alibaba", "smuggling", "Nvidia B200", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Alibaba", "model_release", "*", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Alibaba", "model_release"));
    }
}

TEST_CASE("Extractor: a list with a model in parentheses stays one list", "[extract][clause]") {
    auto c = claims_of("Anthropic accused three labs — Baidu, Moonshot AI (Kimi), and Zhipu AI — of running "
                       "distillation attacks on Claude.");
    INFO(describe(c));
    for (const char* actor : {"Baidu", "Moonshot AI", "Zhipu AI"})
        CHECK(has_claim(c, actor, "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "Moonshot AI"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "Baidu"));
}

TEST_CASE("Extractor: a claimant is a source, never a fragment", "[extract][claimant]") {
    SECTION("a name behind 'reviewed by'") {
        auto c = claims_of("Baidu distilled Claude, according to a memo reviewed by the Ridge Post.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Baidu", "distillation"));
        CHECK(c.front().claimant == "Ridge Post");
    }
    SECTION("a fragment leaves the article's own voice") {
        auto c = claims_of("The report also said Zhipu AI obtained 2,000 H100 chips.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Zhipu AI", "acquired_hardware"));
        CHECK(c.front().claimant.empty());
    }
    SECTION("people of a kind are a source") {
        auto c = claims_of("Zhipu AI obtained 2,000 H100 chips, according to people familiar with the matter.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Zhipu AI", "acquired_hardware"));
        CHECK(c.front().claimant == "people familiar with the matter");
    }
    SECTION("a bare surname takes the full name given before") {
        auto c = claims_of("Alexandra Petrov, an analyst at a research firm, spoke on Tuesday.\n\n"
                           "Petrov said Tencent bought 5,000 H20 chips in March.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Tencent", "acquired_hardware"));
        CHECK(c.front().claimant == "Alexandra Petrov");
    }
}

TEST_CASE("Extractor: a chief executive speaks for the firm only where the text ties them", "[extract][claimant]") {
    SECTION("named alone, a person is their own source") {
        auto c = claims_of("Jensen Huang said Tencent bought 5,000 H20 chips.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Tencent", "acquired_hardware"));
        CHECK(c.front().claimant == "Jensen Huang");
        CHECK_FALSE(has_claim(c, "Nvidia", "acquired_hardware"));
    }
    SECTION("with the firm's name before the title") {
        auto c = claims_of("Nvidia CEO Jensen Huang said Tencent bought 5,000 H20 chips.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Tencent", "acquired_hardware"));
        CHECK(c.front().claimant == "Nvidia");
    }
}

TEST_CASE("Extractor: the cue's own subject decides who acts", "[extract][clause]") {
    SECTION("a subject of the wrong kind lends the claim to nobody further back") {
        auto c = claims_of("Baidu trained the model on H800 chips, hardware that Nvidia designed specifically for China.");
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia H800"));
        CHECK_FALSE(has_claim(c, "Baidu", "designed_for_hardware"));
    }
    SECTION("a relative clause's subject is its antecedent") {
        auto c = claims_of("Tencent criticised resellers that stockpiled H100 chips last year.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware"));
    }
    SECTION("where exports go is no subject") {
        auto c = claims_of("The White House told Nvidia that H20 sales to China would require a license.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H20"));
        CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    }
    SECTION("a speaker who knows is no actor") {
        auto c = claims_of("\"We know Chinese labs keep trying to distill Claude,\" Anthropic said.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Anthropic", "distillation"));
    }
}

TEST_CASE("Extractor: a model's lab acts as its maker", "[extract]") {
    auto c = claims_of("Anthropic accused Moonshot AI's Kimi lab of using 20,000 fake accounts to query Claude.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "fraudulent_access", "*", "Anthropic"));
}

TEST_CASE("Extractor: the accuser inside a report is the claimant", "[extract][claimant]") {
    SECTION("X accused Y, the outlet reported") {
        auto c = claims_of("Anthropic accused Baidu of distilling Claude at scale, the Ridge Post reported on Monday.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
        for (const auto& claim : c) CHECK(claim.claimant == "Anthropic");
    }
    SECTION("leveled allegations against") {
        auto c = claims_of("Anthropic has leveled allegations against Baidu for conducting distillation attacks on Claude.");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
        CHECK(c.front().claimant == "Anthropic");
    }
    SECTION("a headline that opens with the speaker and a colon") {
        auto c = claims_of("Anthropic: Baidu and Tencent distilled Claude at scale");
        INFO(describe(c));
        REQUIRE(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
        CHECK(c.front().claimant == "Anthropic");
    }
}

TEST_CASE("Extractor: an attribution inside a comparison attributes nothing", "[extract][claimant]") {
    auto c = claims_of("The research firm Lumen Research reported that Tencent operates far more H20 chips than previously reported.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20"));
    CHECK(c.front().claimant == "Lumen Research");
}

TEST_CASE("Extractor: a delayed release is no release", "[extract]") {
    auto c = claims_of("Zhipu AI has postponed the release of its next-generation GLM model after training problems.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "model_release"));
}

TEST_CASE("Extractor: a withholding's object is the party right after its cue", "[extract]") {
    auto c = claims_of("Baidu locks out Nvidia and AMD from its new model, hands Huawei a head start.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "withheld_model", "*", "Nvidia"));
    CHECK(has_claim(c, "Baidu", "withheld_model", "*", "AMD"));
    CHECK_FALSE(has_claim(c, "Baidu", "withheld_model", "*", "Huawei"));
}

TEST_CASE("Extractor: chips a family is said to include are claimed each", "[extract]") {
    auto c = claims_of("Baidu operates a cluster of around 40,000 Hopper GPUs, which include 8,000 H800 units, "
                       "12,000 H100 units and some H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia Hopper"));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H800"));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: who detects suspicious activity is not who does it", "[extract]") {
    auto c = claims_of("Google's security team detected suspicious activity last spring, when accounts "
                       "believed to be tied to a Chinese lab pulled data through the Gemini API.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Google", "fraudulent_access"));
}

TEST_CASE("Extractor: a government that says a maker may ship is the one that allows it", "[extract]") {
    auto c = claims_of("President Donald Trump said on Monday that AMD can ship its MI308 chips to approved buyers in China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: what a party is told to do is not done, but a government's order is a rule", "[extract][clause]") {
    SECTION("told to stop buying") {
        auto c = claims_of("Beijing told Tencent and Baidu to stop buying Nvidia H20 chips, the Ridge Post reported.");
        INFO(describe(c));
        CHECK(has_claim(c, "China", "export_restriction", "Nvidia H20"));
        CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware"));
        CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware"));
    }
    SECTION("no reply to a request for comment asserts nothing") {
        auto c = claims_of("Tencent did not respond to a request for comment about its purchases of H20 chips.");
        INFO(describe(c));
        CHECK(c.empty());
    }
}

TEST_CASE("Extractor: a family named to describe its member is the member", "[extract]") {
    auto c = claims_of("The White House authorized exports of the previous-generation Hopper architecture's H200 chip to China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H200"));
    CHECK_FALSE(has_claim(c, "US government", "export_approval", "Nvidia Hopper"));
}

TEST_CASE("Extractor: a ban on shipping without a license stays a ban", "[extract]") {
    auto c = claims_of("The Commerce Department on Friday barred AMD from shipping its MI308 accelerators to China "
                       "without a license.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
    CHECK_FALSE(has_claim(c, "AMD", "smuggling"));
}

TEST_CASE("Extractor: exporting without a license is smuggling", "[extract]") {
    auto c = claims_of("Prosecutors say ByteDance exported 800 Nvidia H100 servers to China without a license.");
    INFO(describe(c));
    CHECK(has_claim(c, "ByteDance", "smuggling", "Nvidia H100"));
}

TEST_CASE("Extractor: whose chips a question names is nobody investigated", "[extract]") {
    auto c = claims_of("Tencent released quarterly results on Monday.\n\n"
                       "Thailand's commerce ministry said it was investigating whether servers containing Nvidia chips "
                       "had been routed to China.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Nvidia", "investigation"));
    // "it" is the ministry that speaks, not the company of the sentence before.
    CHECK_FALSE(has_claim(c, "*", "investigation", "*", "Tencent"));
}

TEST_CASE("Extractor: accounts linked to a lab are that lab's", "[extract]") {
    auto c = claims_of("In a blog post, OpenAI said it had detected about 9,000 fraudulent accounts linked to Zhipu AI "
                       "that sent prompts to ChatGPT.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI"));
}

TEST_CASE("Extractor: a lab rejecting 'the claims' denies no other lab's", "[extract]") {
    auto c = claims_of("Baidu trained its Ernie model on Nvidia A800 chips, the company said.\n\n"
                       "Tencent did not respond, while Zhipu AI called the claims baseless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia A800"));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a call for an export rule is no rule; a government's order is", "[extract]") {
    auto call = claims_of("Senators called on the Commerce Department to add Moonshot AI to the entity list "
                          "after reports that it used H100 chips.");
    INFO(describe(call));
    CHECK_FALSE(has_claim(call, "US government", "export_restriction"));
    CHECK(has_claim(call, "Moonshot AI", "acquired_hardware", "Nvidia H100"));
    auto order = claims_of("Beijing told Alibaba to stop buying Nvidia H20 chips.");
    INFO(describe(order));
    CHECK(has_claim(order, "China", "export_restriction", "Nvidia H20"));
}

TEST_CASE("Extractor: a negation in a model cue that gives way negates the cue after it", "[extract]") {
    auto c = claims_of("Washington has not granted licenses for B30A sales to China, officials said.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia B30A", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "US government", "export_approval", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: spending on a vendor's chips buys them", "[extract]") {
    auto c = claims_of("Tencent will spend $3 billion on Huawei chips next year.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Huawei Ascend"));
}

TEST_CASE("Extractor: an attribution inside a relative clause attributes nothing before it", "[extract]") {
    auto c = claims_of("Moonshot AI on Monday released Kimi K2, a model that it said beats GPT-5 at coding.");
    INFO(describe(c));
    const auto release = std::find_if(c.begin(), c.end(), [](const Claim& x) { return x.allegation == "model_release"; });
    REQUIRE(release != c.end());
    CHECK(release->claimant.empty());
}

TEST_CASE("Extractor: a cue about a model gives way where no model is spoken of", "[extract]") {
    auto ban = claims_of("Beijing has barred state-owned data centers from using foreign chips such as Nvidia's H20.");
    INFO(describe(ban));
    CHECK(has_claim(ban, "China", "export_restriction", "Nvidia H20"));
    auto withheld = claims_of("Anthropic barred companies like DeepSeek from using its Claude models.");
    INFO(describe(withheld));
    CHECK(has_claim(withheld, "Anthropic", "withheld_model", "*", "DeepSeek"));
}

TEST_CASE("Extractor: a maker named before its hardware acts in no claim about it", "[extract]") {
    auto c = claims_of("Dell servers packed with Nvidia H200 GPUs ended up in data centers used by Chinese firms.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Dell", "acquired_hardware"));
    auto bought = claims_of("Dell servers packed with Nvidia H200 GPUs ended up in data centers used by Tencent.");
    INFO(describe(bought));
    CHECK(has_claim(bought, "Tencent", "acquired_hardware", "Nvidia H200"));
}

TEST_CASE("Extractor: whose allegation it is is no antecedent of 'it'", "[extract]") {
    auto c = claims_of("Zhipu AI firmly rejected OpenAI's allegation that it had distilled ChatGPT.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: who says a report is wrong judges it, not the place it names", "[extract]") {
    auto c = claims_of("Baidu said reports that it had bought Blackwell servers in Vietnam were inaccurate.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Baidu");
}

TEST_CASE("Extractor: a denial does not reach past ', insisting ...'", "[extract]") {
    auto c = claims_of("Tencent has dismissed speculation that it relied on smuggled chips, insisting it used only "
                       "A800 processors bought legally.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia A800", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware", "Nvidia A800", "*", Polarity::denied));
}

TEST_CASE("Extractor: a Chinese chipmaker obtaining chips is the actor only as the verb's subject", "[extract]") {
    SECTION("its own designs, made abroad, through front companies") {
        auto c = claims_of("Cambricon quietly obtained 80,000 Siyuan 590 dies from an overseas foundry through front companies.");
        INFO(describe(c));
        CHECK(has_claim(c, "Cambricon", "acquired_hardware", "Cambricon Siyuan 590"));
    }
    SECTION("another maker's chips, with an adverb between subject and verb") {
        auto c = claims_of("SMIC reportedly bought 40 servers packed with Nvidia H100 chips last spring.");
        INFO(describe(c));
        CHECK(has_claim(c, "SMIC", "acquired_hardware", "Nvidia H100"));
    }
    SECTION("a chipmaker near a shipment is its seller") {
        auto c = claims_of("Hygon's accelerators were sold to a state laboratory in Hefei last year.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Hygon", "acquired_hardware"));
    }
    SECTION("an American chipmaker's orders and licences are its supply chain") {
        auto c = claims_of("Nvidia placed orders for 100,000 H20 processors with its foundry partner, "
                           "and AMD received clearance to ship its MI308 chips.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Nvidia", "acquired_hardware"));
        CHECK_FALSE(has_claim(c, "AMD", "acquired_hardware"));
    }
}

TEST_CASE("Extractor: a chip the claim model does not list is named by its family", "[extract]") {
    auto c = claims_of("Alibaba bought 3,000 GB300 systems and 2,000 Ascend 910 chips last year.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "acquired_hardware", "Nvidia Blackwell"));
    CHECK(has_claim(c, "Alibaba", "acquired_hardware", "Huawei Ascend"));
    CHECK_FALSE(has_claim(c, "Alibaba", "acquired_hardware", "Nvidia GB300"));
}

TEST_CASE("Extractor: a sentence ending in a name like ChatGPT ends there", "[extract]") {
    // ICU's abbreviation list ran "ChatGPT. Zhipu AI rejected ..." into one sentence, where the
    // rejection was lost.
    auto c = claims_of("OpenAI accused Zhipu AI of distilling ChatGPT. Zhipu AI rejected the accusation.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::asserted));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a claimant ends before the auxiliaries and adverbs of its verb", "[extract]") {
    auto c = claims_of("Critics have long accused Zhipu AI of distilling ChatGPT.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI"));
    for (const auto& claim : c) CHECK(claim.claimant == "Critics");
}

TEST_CASE("Extractor: an export rule is not made by the other side of a dispute, nor by whom it binds", "[extract]") {
    SECTION("a government behind with or against") {
        auto c = claims_of("In May, Washington barred AMD from selling its MI308 chips to China amid a trade fight with Beijing.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
        CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    }
    SECTION("the subject of a rule in the passive") {
        auto c = claims_of("China's internet regulator questioned AMD about its MI308 chips. In May, Washington "
                           "restricted AMD from selling its MI308 chips to China, saying it would be required to "
                           "hold an export license to sell the MI308 there.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
        CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    }
    SECTION("a thing as the subject leaves the government named before") {
        auto c = claims_of("AMD said it had received assurances from the US government that its MI308 licenses would be approved.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
    }
}

TEST_CASE("Extractor: a chip beyond ', and X said' is not the earlier clause's", "[extract]") {
    auto c = claims_of("Alibaba unveiled a new AI chip designed for inference, and Baidu said its Kunlun P800 chips "
                       "now run its chatbot.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Alibaba", "designed_for_hardware"));
}

TEST_CASE("Extractor: a claimant is a source, not a document or where it was filed", "[extract]") {
    auto claimant_of_first = [](const std::string& text) {
        auto c = claims_of(text);
        INFO(describe(c));
        REQUIRE_FALSE(c.empty());
        return c.front().claimant;
    };
    CHECK(claimant_of_first("Report says Zhipu AI bought 2,000 H20 chips.") == "");
    CHECK(claimant_of_first("Zhipu AI bought 2,000 H20 chips, according to the indictment unsealed in federal court "
                            "in Miami.") == "");
    CHECK(claimant_of_first("Zhipu AI bought 2,000 H20 chips, according to people briefed on the talks.") ==
          "people briefed on the talks");
    CHECK(claimant_of_first("Zhipu AI bought 2,000 H20 chips, according to a memo reviewed by Bloomberg News.") ==
          "Bloomberg");
}

TEST_CASE("Extractor: an approval a chip maker is expected to receive is its home government's too", "[extract]") {
    auto c = claims_of("AMD is expected to receive similar approval for its MI308 accelerators.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: who supplied or made the hardware did not acquire it", "[extract]") {
    auto c = claims_of("The servers, supplied by Dell and Supermicro, were allegedly shipped to Malaysia, "
                       "investigators said. Racks of H100 chips made by Nvidia were sold to Zhipu AI.");
    INFO(describe(c));
    for (const char* seller : {"Dell", "Supermicro", "Nvidia"}) CHECK_FALSE(has_claim(c, seller, "acquired_hardware"));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: a chip maker that saw no evidence of smuggling denies what was reported of its chips", "[extract]") {
    SECTION("no evidence of, no evidence that") {
        for (const char* denial : {"Nvidia said it had seen no evidence of chip diversion.",
                                   "Nvidia said there was no evidence that its chips had been smuggled.",
                                   // a pronoun that closes the denial points back at the report
                                   "Nvidia said it had found no evidence of that.",
                                   "Nvidia said it had found no evidence of it."}) {
            auto c = claims_of(std::string("The Information reported that Zhipu AI had trained its GLM-5 model on "
                                           "smuggled Nvidia Blackwell chips. ") + denial);
            INFO(describe(c));
            CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
            CHECK_FALSE(has_claim(c, "Zhipu AI", "trained_on", "*", "*", Polarity::denied));  // no wrong
            for (const auto& claim : c)
                if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Nvidia");
        }
    }
    SECTION("another maker's chips, or a bare negation, deny nothing") {
        for (const char* other : {"AMD said it had seen no evidence of smuggling.",
                                  "Nvidia said it cannot sell its chips in China."}) {
            auto c = claims_of(std::string("The Information reported that Zhipu AI had trained its GLM-5 model on "
                                           "smuggled Nvidia Blackwell chips. ") + other);
            INFO(describe(c));
            CHECK_FALSE(has_claim(c, "Zhipu AI", "smuggling", "*", "*", Polarity::denied));
        }
    }
}

TEST_CASE("Extractor: who was given access instead is not who it was withheld from", "[extract]") {
    auto c = claims_of("DeepSeek did not share its V4 model with Nvidia and AMD before launch, giving early access "
                       "to Huawei instead, Reuters reported.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "withheld_model", "*", "Nvidia"));
    CHECK(has_claim(c, "DeepSeek", "withheld_model", "*", "AMD"));
    CHECK_FALSE(has_claim(c, "DeepSeek", "withheld_model", "*", "Huawei"));
}

TEST_CASE("Extractor: 'X did this and said' gives the word to X", "[extract]") {
    auto c = claims_of("In July, the administration reversed course and said it would grant licenses for the H20, "
                       "Nvidia said in a blog post.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "US government", "export_approval", "Nvidia H20"));
    for (const auto& claim : c)
        if (claim.actor == "US government") CHECK(claim.claimant == "US government");
}

TEST_CASE("Extractor: 'X said to' reports without making X the claimant", "[extract]") {
    auto c = claims_of("Tencent said to have bought 5,000 Nvidia H20 chips through a broker in Singapore.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20"));
    for (const auto& claim : c) {
        CHECK(claim.claimant.empty());
        CHECK(claim.modality == Modality::reported);
    }
}

TEST_CASE("Extractor: cooperating with the authorities is no investigation of the one cooperating", "[extract]") {
    for (const char* text : {"Nvidia said it was cooperating with the authorities in the case.",
                             "AMD, which is not accused of wrongdoing, said it was cooperating with investigators."}) {
        auto plain = claims_of(text);
        INFO(describe(plain));
        CHECK(plain.empty());
    }
    auto probe = claims_of("Megaspeed said it was cooperating with the investigation into its purchases of H100 chips.");
    INFO(describe(probe));
    CHECK(has_claim(probe, "Megaspeed", "investigation"));
}

TEST_CASE("Extractor: 'along with' and 'together with' join a list of actors", "[extract]") {
    auto c = claims_of("In March OpenAI named Zhipu, along with Baidu and Tencent, among Chinese developers it said "
                       "had used fake accounts to access ChatGPT. Zhipu said at the time that it complied with the "
                       "terms of service of the platforms it used.");
    INFO(describe(c));
    for (const char* actor : {"Zhipu AI", "Baidu", "Tencent"})
        CHECK(has_claim(c, actor, "fraudulent_access", "*", "OpenAI"));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI", Polarity::denied));
    auto t = claims_of("Google said Tencent, together with ByteDance, had copied Gemini through thousands of fake "
                       "accounts.");
    INFO(describe(t));
    CHECK(has_claim(t, "Tencent", "fraudulent_access", "*", "Google"));
    CHECK(has_claim(t, "ByteDance", "fraudulent_access", "*", "Google"));
}

TEST_CASE("Extractor: investigating whether a party's people did something investigates the party", "[extract]") {
    auto c = claims_of("The Commerce Department is looking into whether Inspur's resellers ignored warning signs.");
    INFO(describe(c));
    CHECK(has_claim(c, "Inspur", "investigation", "*", "US government"));
    // The owner of a thing is not investigated: who took it is.
    auto t = claims_of("Microsoft is investigating whether OpenAI's data was taken by a group linked to DeepSeek.");
    INFO(describe(t));
    CHECK(has_claim(t, "DeepSeek", "investigation"));
    CHECK_FALSE(has_claim(t, "OpenAI", "investigation"));
    // The owner of a thing that acts is ("know" in a compound after a possessive speaks for nobody).
    auto a = claims_of("BIS is looking into whether Samsung's know-your-customer checks failed in the Lumina case.");
    INFO(describe(a));
    CHECK(has_claim(a, "Samsung", "investigation", "*", "US government"));
    CHECK_FALSE(has_claim(a, "Lumina", "investigation", "*", "*"));
    // The only party named, as the question's subject, is investigated though a passive follows.
    auto only = claims_of("BIS is examining whether Baidu's servers were obtained in breach of export controls.");
    INFO(describe(only));
    CHECK(has_claim(only, "Baidu", "investigation", "*", "US government"));
    // A newspaper that could not determine whether something happened investigates nothing.
    auto paper = claims_of("The Lantern Review could not determine whether Baidu's board had approved the purchases.");
    INFO(describe(paper));
    CHECK(paper.empty());
}

TEST_CASE("Extractor: the object of a cue in a relative clause is the clause's antecedent", "[extract]") {
    auto c = claims_of("Inspur, the Shandong-based server maker that US officials have been investigating, "
                       "declined to comment.");
    INFO(describe(c));
    CHECK(has_claim(c, "Inspur", "investigation", "*", "US government"));
    auto t = claims_of("Megaspeed, which prosecutors in Singapore charged last year, denied wrongdoing.");
    INFO(describe(t));
    CHECK(has_claim(t, "Megaspeed", "investigation", "*", "Singapore"));
}

TEST_CASE("Extractor: a semicolon ends a clause for parties and chips, not for references", "[extract]") {
    auto c = claims_of("Tencent denies buying Blackwell servers; Malaysian assemblers say orders were routed "
                       "through third parties");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "smuggling"));
    auto h = claims_of("Zhipu unveils GLM-6, says model is tuned for Huawei's Ascend 950PR; AMD kept out of "
                       "pre-release testing");
    INFO(describe(h));
    CHECK(has_claim(h, "Zhipu AI", "designed_for_hardware", "Huawei Ascend 950PR"));
    CHECK_FALSE(has_claim(h, "China", "export_restriction"));
    // "all three companies" are those of the first clause, not the lab of the sentence before.
    auto r = claims_of("OpenAI has warned about the practice before. Google said in May that Tencent, Baidu and "
                       "ByteDance had copied Gemini; all three companies were accused of violating its terms of "
                       "service.");
    INFO(describe(r));
    CHECK_FALSE(has_claim(r, "OpenAI", "fraudulent_access"));
}

TEST_CASE("Extractor: who investigates is the cue's subject, not a party behind a preposition", "[extract]") {
    auto c = claims_of("China's market regulator said on Thursday it was deepening its investigation into Nvidia "
                       "and had opened a separate inquiry into whether Qualcomm failed to notify regulators of a "
                       "deal.");
    INFO(describe(c));
    CHECK(has_claim(c, "Qualcomm", "investigation", "*", "China"));
    CHECK_FALSE(has_claim(c, "Qualcomm", "investigation", "*", "Nvidia"));
}

TEST_CASE("Extractor: renting capacity to a party gives that party the hardware", "[extract]") {
    auto c = claims_of("Oracle is leasing Nvidia GB200 capacity to OpenAI in Texas.");
    INFO(describe(c));
    CHECK(has_claim(c, "OpenAI", "acquired_hardware", "Nvidia GB200"));
    CHECK_FALSE(has_claim(c, "Oracle", "acquired_hardware"));
    auto from = claims_of("ByteDance rented H100 servers from cloud providers in Malaysia.");
    INFO(describe(from));
    CHECK(has_claim(from, "ByteDance", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: a negated saying claims nothing either way", "[extract]") {
    auto c = claims_of("Neither executive said their company had supplied H100 servers to Baidu.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::asserted));
    auto said = claims_of("Tencent did not obtain H100 chips, the company said.");
    INFO(describe(said));
    CHECK(has_claim(said, "Tencent", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: a cue that names a kind of paper claims nothing", "[extract]") {
    auto c = claims_of("Tencent acquired 900 Nvidia servers last year through a broker with ties to Megaspeed, "
                       "according to shipping records seen by this newspaper.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware"));
    CHECK_FALSE(has_claim(c, "Megaspeed", "acquired_hardware"));
}

TEST_CASE("Extractor: a firm that says it keeps the export rules denies smuggling", "[extract]") {
    auto c = claims_of("A Megaspeed spokesperson said the company strictly complies with all applicable export "
                       "control laws.");
    INFO(describe(c));
    CHECK(has_claim(c, "Megaspeed", "smuggling", "", "*", Polarity::denied));
    // A report's words about the firm are not the firm's denial, and keeping a rule does not
    // report the rule.
    auto r = claims_of("The report said the servers were ones that Zhipu had acquired in full compliance with US "
                       "export controls on H800 chips.");
    INFO(describe(r));
    CHECK_FALSE(has_claim(r, "Zhipu AI", "smuggling", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(r, "US government", "export_restriction", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(r, "US government", "export_restriction", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: a question claims nothing, nor denies; what a colon sets before it does", "[extract]") {
    auto c = claims_of("Anthropic said Tencent had used fake accounts to reach Claude. Q: Did Tencent deny it?");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "fraudulent_access", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Tencent", "fraudulent_access", "*", "*", Polarity::denied));
    auto q = claims_of("Did Zhipu train GLM-5 on smuggled Blackwell chips?");
    INFO(describe(q));
    CHECK(q.empty());
    auto colon = claims_of("Weeks after Zhipu released GLM-5 in April, there is no agreement: what hardware was it "
                           "trained on?");
    INFO(describe(colon));
    CHECK(has_claim(colon, "Zhipu AI", "model_release"));
}

TEST_CASE("Extractor: unofficial channels, denials of 'anything of the kind', a lab's model used to train", "[extract]") {
    auto c = claims_of("Li said Tencent had never acquired restricted chips through any unofficial channel.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::denied));
    auto kind = claims_of("Anthropic said Zhipu had copied Claude's outputs. Zhipu has flatly denied doing anything "
                          "of the kind.");
    INFO(describe(kind));
    CHECK(has_claim(kind, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    auto outputs = claims_of("Tencent has denied using OpenAI outputs in the past.");
    INFO(describe(outputs));
    CHECK(has_claim(outputs, "Tencent", "distillation", "*", "OpenAI", Polarity::denied));
    auto model = claims_of("Tencent said it has never used any OpenAI model to train its systems.");
    INFO(describe(model));
    CHECK(has_claim(model, "Tencent", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: training on chips that a party bought is that party's training", "[extract]") {
    auto c = claims_of("Pre-training ran mostly on clusters of Nvidia H800 and H20 chips that Zhipu bought last year.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia H800"));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia H20"));
    auto ref = claims_of("Alibaba released Qwen 4 on Monday. Pre-training was carried out mostly on Nvidia hardware "
                         "that the company bought, including H20 and H800 processors.");
    INFO(describe(ref));
    CHECK(has_claim(ref, "Alibaba", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: rules named as a time ('bought before the latest US restrictions') are background", "[extract]") {
    auto c = claims_of("Tencent trained Hunyuan on chips it bought before the latest US restrictions on H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
}

TEST_CASE("Extractor: a model released in a relative clause or a participle after it", "[extract]") {
    struct Case {
        const char* text;
        const char* actor;
        const char* model;
    };
    for (const Case& k : {Case{"Zhipu is training GLM-6, a large reasoning model that the company is expected to "
                               "release before the summer.", "Zhipu AI", "GLM-6"},
                          Case{"Zhipu's GLM-5 model, released in April, topped the charts.", "Zhipu AI", "GLM-5"},
                          Case{"Baidu said the ERNIE 5.0 model it released last November was trained on Kunlun "
                               "chips.", "Baidu", "ERNIE 5.0"}}) {
        auto c = claims_of(k.text);
        INFO(k.text << "\n" << describe(c));
        CHECK(has_claim(c, k.actor, "model_release", "*", k.model));
    }
    // A release still to come claims nothing, neither way.
    auto yet = claims_of("Two people said the servers trained a version of Ernie that has not yet been released by "
                         "Baidu.");
    INFO(describe(yet));
    CHECK_FALSE(has_claim(yet, "Baidu", "model_release", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a mark before a party is not its mark when a comma stands between", "[extract]") {
    auto c = claims_of("The B200 shipments to Zhipu were structured to evade U.S. export controls that bar the sale of "
                       "such chips to China, Harbor Ledger Asia found after reviewing invoices.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200"));
    CHECK_FALSE(has_claim(c, "Harbor Ledger Asia", "smuggling"));
}

TEST_CASE("Extractor: keeping the law denies wrongdoing, not purchases or training", "[extract]") {
    auto c = claims_of("ByteDance trained Doubao 2 on Blackwell servers it bought in Malaysia, the newsletter said. "
                       "ByteDance said in a statement that it strictly complies with all applicable laws and "
                       "regulations.");
    INFO(describe(c));
    CHECK(has_claim(c, "ByteDance", "trained_on", "Nvidia Blackwell"));
    CHECK_FALSE(has_claim(c, "ByteDance", "trained_on", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "ByteDance", "acquired_hardware", "*", "*", Polarity::denied));
    auto s = claims_of("The newsletter said ByteDance smuggled Blackwell servers into China. ByteDance said in a "
                       "statement that it strictly complies with all applicable laws and regulations.");
    INFO(describe(s));
    CHECK(has_claim(s, "ByteDance", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
}

TEST_CASE("Extractor: a list of chips goes on past a repeated preposition and a maker's name", "[extract]") {
    auto c = claims_of("In 2025 Washington said it would grant licences for the H20 and for AMD's MI308.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H20"));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: received chips, and chips sent to slip past or get around controls", "[extract]") {
    auto c = claims_of("Zhipu received roughly 1,800 B200s through a Bangkok reseller last year.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia B200"));
    auto slip = claims_of("The B200s bound for Zhipu were declared as networking gear to slip past U.S. export "
                          "controls.");
    INFO(describe(slip));
    CHECK(has_claim(slip, "Zhipu AI", "smuggling", "Nvidia B200"));
    CHECK_FALSE(has_claim(slip, "US government", "export_restriction"));
}

TEST_CASE("Extractor: a product line's member joined by a hyphen, and a model expected to be published", "[extract]") {
    auto c = claims_of("Zhipu AI on Wednesday unveiled GLM-Image, a multimodal model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "model_release", "*", "GLM-Image"));
    auto p = claims_of("Zhipu AI is expected to publish GLM-5 before the end of the month.");
    INFO(describe(p));
    CHECK(has_claim(p, "Zhipu AI", "model_release", "*", "GLM-5"));
}

TEST_CASE("Extractor: hitting back at an accuser's relative clause denies it, and the accuser asserts it", "[extract]") {
    auto c = claims_of("Tencent on Thursday released Hunyuan 3 and used the launch event to hit back at Anthropic, "
                       "which last month accused the company of siphoning Claude's responses through thousands of "
                       "fake accounts.");
    INFO(describe(c));
    // "the company" is the clause's object: Tencent, not Anthropic.
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "Anthropic", Polarity::asserted));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::asserted && claim.allegation == "distillation") CHECK(claim.claimant == "Anthropic");
}

TEST_CASE("Extractor: the subject of an active sale or shipment is the seller, not who acquires", "[extract]") {
    auto c = claims_of("Megaspeed's chief executive said the company had not shipped any H20s to China in the quarter.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Megaspeed", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Megaspeed", "acquired_hardware"));
    auto sold = claims_of("Supermicro sold H100 servers to DeepSeek through a distributor.");
    INFO(describe(sold));
    CHECK(has_claim(sold, "DeepSeek", "acquired_hardware", "Nvidia H100"));
    auto passive = claims_of("DeepSeek was sold H100 servers by a distributor.");
    INFO(describe(passive));
    CHECK(has_claim(passive, "DeepSeek", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: what someone is asked about is not asserted", "[extract]") {
    auto c = claims_of("Baidu chief executive Robin Li spoke in Beijing on Tuesday. Asked about reports that Chinese "
                       "labs had turned to smuggled Nvidia chips, Li said Baidu had never acquired restricted chips "
                       "through any unofficial channel.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Robin Li", "acquired_hardware"));
    CHECK_FALSE(has_claim(c, "Robin Li", "smuggling"));
    CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: exports of a maker's chips that need a licence are its government's rule", "[extract]") {
    auto c = claims_of("Since 2022, exports of Nvidia's H100 and A100 GPUs to China have required a licence.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H100"));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia A100"));
    CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    auto from = claims_of("Exports of Nvidia's H100 GPUs to China have required a licence from the Commerce "
                          "Department since 2022.");
    INFO(describe(from));
    CHECK(has_claim(from, "US government", "export_restriction", "Nvidia H100"));
}

TEST_CASE("Extractor: an investigation over a question that names nobody frames as any other", "[extract]") {
    auto c = claims_of("The listing names Megaspeed, which U.S. officials have been investigating for months over "
                       "whether Chinese customers had access to its Nvidia hardware.");
    INFO(describe(c));
    CHECK(has_claim(c, "Megaspeed", "investigation", "*", "US government"));
}

TEST_CASE("Extractor: denying wrongdoing denies only what would be a wrong", "[extract]") {
    auto c = claims_of("Megaspeed, which grew into one of the larger buyers of Nvidia H100 chips, is under "
                       "investigation. Megaspeed has previously denied wrongdoing.");
    INFO(describe(c));
    CHECK(has_claim(c, "Megaspeed", "acquired_hardware", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "Megaspeed", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Megaspeed", "smuggling", "", "*", Polarity::denied));
}

TEST_CASE("Extractor: copying a model, chips that ended up with a party, licences and lets, an update to a series", "[extract]") {
    auto copy = claims_of("Google accused MiniMax of copying Gemini. MiniMax denied that accusation at the time.");
    INFO(describe(copy));
    CHECK(has_claim(copy, "MiniMax", "distillation", "*", "Google", Polarity::asserted));
    CHECK(has_claim(copy, "MiniMax", "distillation", "*", "Google", Polarity::denied));
    auto ended = claims_of("Prosecutors in Malaysia charged two men over GB200 servers that allegedly ended up with "
                           "ByteDance.");
    INFO(describe(ended));
    CHECK(has_claim(ended, "ByteDance", "acquired_hardware", "Nvidia GB200"));
    auto licensed = claims_of("Washington licensed AMD's MI308 for sale to China on similar terms.");
    INFO(describe(licensed));
    CHECK(has_claim(licensed, "US government", "export_approval", "AMD MI308"));
    auto let = claims_of("The administration's decision to let Nvidia sell H200 chips to China drew criticism.");
    INFO(describe(let));
    CHECK(has_claim(let, "US government", "export_approval", "Nvidia H200"));
    auto update = claims_of("Alibaba released an update to its Qwen series earlier this month.");
    INFO(describe(update));
    CHECK(has_claim(update, "Alibaba", "model_release"));
}

TEST_CASE("Extractor: calling a use inadvertent or not intentional denies it", "[extract]") {
    auto c = claims_of("Zhipu AI said any use of Claude outputs in its training data was inadvertent.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    auto earlier = claims_of("OpenAI accused Zhipu of distilling its models. Zhipu admitted some training data "
                             "included web content with OpenAI-generated responses but said this was incidental, "
                             "not intentional.");
    INFO(describe(earlier));
    CHECK(has_claim(earlier, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a chip's name of several words counts once in a cue's gap", "[extract]") {
    auto c = claims_of("ByteDance had ordered tens of thousands of RTX Pro 6000D cards before the guidance.");
    INFO(describe(c));
    CHECK(has_claim(c, "ByteDance", "acquired_hardware", "Nvidia B40"));
}

TEST_CASE("Extractor: 'that account', 'this claim' name the claim denied", "[extract]") {
    auto c = claims_of("The Orient Bulletin reported last December that DeepSeek had trained its V4 model on Blackwell "
                       "chips smuggled into China. DeepSeek has not commented, and Nvidia has disputed that account.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Nvidia");
}

TEST_CASE("Extractor: models of 2026 the lexicon names (Kimi K3, MiniMax-M3, the Seed line)", "[extract]") {
    auto c = claims_of("ByteDance released Seed 2.0 in February.");
    INFO(describe(c));
    CHECK(has_claim(c, "ByteDance", "model_release", "*", "Seed 2.0"));
    auto k = claims_of("Moonshot's Kimi K3, which the company plans to release in the second quarter, was trained on "
                       "H800 chips.");
    INFO(describe(k));
    CHECK(has_claim(k, "Moonshot AI", "model_release", "*", "Kimi K3"));
    auto m = claims_of("MiniMax said its forthcoming MiniMax-M3 model, which it plans to release next month, was "
                       "trained on H20 chips.");
    INFO(describe(m));
    CHECK(has_claim(m, "MiniMax", "model_release", "*", "MiniMax-M3"));
}

TEST_CASE("Extractor: 'we' quoted from a firm's officer named with the post is the firm", "[extract]") {
    auto c = claims_of("\"We have never distilled Claude or any other proprietary model, and we never will,\" MiniMax "
                       "co-founder and chief technology officer Zhao Lin told reporters in Shanghai.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Anthropic", Polarity::denied));
    auto ceo = claims_of("\"We did not buy H100 chips,\" Tencent chief executive Ma Huateng said.");
    INFO(describe(ceo));
    CHECK(has_claim(ceo, "Tencent", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: what a party cannot do is no denial; using a chip's products is using its chips", "[extract]") {
    auto c = claims_of("For Zhipu, which cannot legally buy Nvidia's chips, the question may be moot.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "acquired_hardware", "*", "*", Polarity::denied));
    auto p = claims_of("\"There is no indication that DeepSeek has used Blackwell products,\" a spokesperson said.");
    INFO(describe(p));
    CHECK(has_claim(p, "DeepSeek", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
}

TEST_CASE("Extractor: a firm's negation denies no government rule; a judgement judges its own clause", "[extract]") {
    auto c = claims_of("Nvidia said it had no information about how the chips were obtained and that it does not sell "
                       "H20 chips to companies on the entity list.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
    auto j = claims_of("\"Claims that Nvidia H20 chips were used in its pretraining are false,\" a spokeswoman said in a "
                       "written statement, adding that Zhipu had trained GLM-5 on Huawei Ascend chips.");
    INFO(describe(j));
    CHECK(has_claim(j, "Zhipu AI", "trained_on", "Huawei Ascend"));
    CHECK_FALSE(has_claim(j, "Zhipu AI", "trained_on", "Huawei Ascend", "*", Polarity::denied));
}

TEST_CASE("Extractor: who denies is the subject, not a party behind a preposition; a firm denies for itself", "[extract]") {
    auto c = claims_of("Veltara Technologies smuggled H100 servers into China, prosecutors said. Megaspeed is not "
                       "connected to the Veltara case and has denied wrongdoing.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Veltara Technologies", "smuggling", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Megaspeed", "smuggling", "", "*", Polarity::denied));
    auto list = claims_of("OpenAI last month told Congress that Zhipu AI and ByteDance had distilled its models, claims "
                          "Zhipu called groundless.");
    INFO(describe(list));
    CHECK(has_claim(list, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(list, "ByteDance", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a product line's release is named with its version and variant, wherever it stands", "[extract]") {
    auto c = claims_of("Claude Opus 5, which Anthropic released in November, is strong.");
    INFO(describe(c));
    CHECK(has_claim(c, "Anthropic", "model_release", "*", "Claude Opus 5"));
    auto pro = claims_of("Google, which released Gemini 3.5 Pro in September, did not comment.");
    INFO(describe(pro));
    CHECK(has_claim(pro, "Google", "model_release", "*", "Gemini 3.5 Pro"));
    auto alias = claims_of("DeepSeek released DeepSeek V3 0324 in March.");
    INFO(describe(alias));
    CHECK(has_claim(alias, "DeepSeek", "model_release", "*", "DeepSeek V3"));
}

TEST_CASE("Extractor: a relative clause between a speaker and 'said' is an aside; the model released is the one after the cue", "[extract]") {
    auto c = claims_of("Alibaba, whose Qwen models are the most downloaded Chinese open-source models on Hugging Face, "
                       "said it would release Qwen 3.5 in the coming weeks.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "model_release", "*", "Qwen3.5"));
    CHECK_FALSE(has_claim(c, "Hugging Face", "model_release"));
    for (const auto& claim : c) CHECK(claim.claimant == "Alibaba");
    auto seed = claims_of("ByteDance's Doubao is China's most-used chatbot, and its Seed team released the Seed 2.0 model "
                          "family earlier this month.");
    INFO(describe(seed));
    CHECK(has_claim(seed, "ByteDance", "model_release", "*", "Seed 2.0"));
    CHECK_FALSE(has_claim(seed, "ByteDance", "model_release", "*", "Doubao"));
}

TEST_CASE("Extractor: the one who does a patient cue is not its patient", "[extract]") {
    auto c = claims_of("OpenAI said it had banned all of the accounts it identified and was sharing information with "
                       "other US labs through an industry group it set up with Anthropic and Google.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "OpenAI", "fraudulent_access"));
    auto s = claims_of("Megaspeed grew fast. Singapore police said separately that they were looking into the "
                       "company's compliance with local laws.");
    INFO(describe(s));
    CHECK(has_claim(s, "Megaspeed", "investigation", "*", "Singapore"));
}

TEST_CASE("Extractor: 'it' and 'the company' are a firm or lab, never a person", "[extract]") {
    auto c = claims_of("Zhipu released GLM-6 on Monday. Its chief executive, Zhang Peng, told reporters in Beijing that "
                       "the company had trained the model on Ascend 950PR chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Huawei Ascend 950PR"));
    CHECK_FALSE(has_claim(c, "Zhang Peng", "trained_on"));
}

TEST_CASE("Extractor: a maker's versioned model before a relative clause is the release's subject and object", "[extract]") {
    auto c = claims_of("Analysts compared it with Anthropic's Claude Opus 5, which was released in November.");
    INFO(describe(c));
    CHECK(has_claim(c, "Anthropic", "model_release", "*", "Claude Opus 5"));
}

TEST_CASE("Extractor: restricted or smuggled chips are chips spoken of, though none is named", "[extract]") {
    auto c = claims_of("Some US officials suspect that Megaspeed served as a front through which Chinese companies, "
                       "including Alibaba, obtained restricted chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "acquired_hardware", ""));
    auto powerful = claims_of("Chinese companies, including Alibaba, obtained powerful chips.");
    INFO(describe(powerful));
    CHECK_FALSE(has_claim(powerful, "Alibaba", "acquired_hardware"));
}

TEST_CASE("Extractor: a contrast parts a cue from the chips of the other clause", "[extract]") {
    auto c = claims_of("The release comes as Washington continues to bar sales of Nvidia's most advanced Blackwell "
                       "processors to China, while allowing the less capable H200 under licence.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia Blackwell"));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H200"));
    CHECK_FALSE(has_claim(c, "US government", "export_approval", "Nvidia Blackwell"));
}

TEST_CASE("Extractor: a denying participle after a comma is the act of the clause's subject", "[extract]") {
    auto c = claims_of("OpenAI accused Zhipu of using fraudulent accounts. Zhipu has responded, calling OpenAI's claims "
                       "\"groundless\".");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: 'the Beijing startup' points back to a firm", "[extract]") {
    auto c = claims_of("Zhipu released GLM-6. A report said the Beijing startup had received about 1,800 B200 processors "
                       "through a reseller.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia B200"));
    CHECK_FALSE(has_claim(c, "China", "acquired_hardware"));
}

TEST_CASE("Extractor: acting lawfully in buying chips asserts the purchase and denies smuggling", "[extract]") {
    auto c = claims_of("Tencent said it acted lawfully in buying H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::denied));
}

// The claimant of the claim about `actor` and `allegation` with `polarity`, or "(none)".
std::string claimant_in(const std::vector<Claim>& claims, const std::string& actor, const std::string& allegation,
                        Polarity polarity) {
    for (const auto& c : claims)
        if (c.actor == actor && c.allegation == allegation && c.polarity == polarity) return c.claimant;
    return "(none)";
}

TEST_CASE("Extractor: a company's officer speaks for the company; the sayer denies a negation with no party as its subject", "[extract]") {
    SECTION("'a company spokesperson' is the firm last spoken of") {
        auto c = claims_of("Reuters said Baidu bought B200 servers. Baidu did not answer calls. "
                           "A company spokesman later said the servers had never been delivered to Baidu.");
        INFO(describe(c));
        CHECK(claimant_in(c, "Baidu", "acquired_hardware", Polarity::asserted) == "Reuters");
        CHECK(claimant_in(c, "Baidu", "acquired_hardware", Polarity::denied) == "Baidu");
    }
    SECTION("'the team had never'") {
        auto c = claims_of("Anthropic said Zhipu AI distilled Claude. A Zhipu AI engineer posted that the team had never trained on Claude outputs.");
        INFO(describe(c));
        CHECK(claimant_in(c, "Zhipu AI", "distillation", Polarity::denied) == "Zhipu AI");
    }
    SECTION("rejecting 'the characterization' with a second clause after it") {
        auto c = claims_of("Anthropic said Moonshot AI had distilled Claude. "
                           "Moonshot AI rejected the characterization and said its models were built in-house.");
        INFO(describe(c));
        CHECK(claimant_in(c, "Moonshot AI", "distillation", Polarity::denied) == "Moonshot AI");
    }
}

TEST_CASE("Extractor: pushing back and having seen no evidence deny; a judgement that is negated judges nothing", "[extract]") {
    SECTION("a headline: 'push back on' a report") {
        auto c = claims_of("AMD, Tencent push back on MI308 smuggling story");
        INFO(describe(c));
        CHECK(has_claim(c, "Tencent", "smuggling", "AMD MI308", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::asserted));
    }
    SECTION("'we have not seen any evidence that'") {
        auto c = claims_of("\"We have not seen any evidence that our H20 servers were diverted to Baidu,\" a spokesperson for Nvidia said.");
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia H20", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::asserted));
    }
    SECTION("'none of this means the report is wrong'") {
        auto c = claims_of("The newspaper said Zhipu AI trained GLM on H800 chips. None of this means the report is wrong. "
                           "That does not mean the story was false either.");
        INFO(describe(c));
        CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia H800"));
        CHECK_FALSE(has_claim(c, "Zhipu AI", "trained_on", "*", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: licences to resume shipments are an approval, not a purchase", "[extract]") {
    auto c = claims_of("Nvidia received licences to resume shipments of its H20 chips to Chinese buyers.");
    INFO(describe(c));
    CHECK(has_claim(c, "Nvidia", "export_approval", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Nvidia", "acquired_hardware"));
}

TEST_CASE("Extractor: a one-word claimant that opens a longer claimant's name is that source", "[extract]") {
    auto c = claims_of("Harlow Market Letter reported that Baidu had bought H20 chips. "
                       "According to Harlow, Baidu also trained Ernie on the H20 chips.");
    INFO(describe(c));
    for (const auto& claim : c) CHECK(claim.claimant == "Harlow Market Letter");
    CHECK(c.size() == 2);
}

TEST_CASE("Extractor: a rule in the passive whose subject is a chip is its maker's government's", "[extract]") {
    SECTION("the chip as subject") {
        auto c = claims_of("The A100 has been barred from sale to China since 2022.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "Nvidia A100"));
    }
    SECTION("'whose export ... is banned under US rules'") {
        auto c = claims_of("The racks held AMD MI300X accelerators, whose export to China is banned under US rules.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "AMD MI300X"));
        CHECK_FALSE(has_claim(c, "China", "export_restriction"));
    }
    SECTION("chips that have not yet been cut down deny no rule") {
        auto c = claims_of("Some of the stock could be A100 chips that have not yet been throttled. The warehouse held A100 chips that were not throttled.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: not being aware of the details denies nothing", "[extract]") {
    auto c = claims_of("OpenAI said Tencent distilled its models. Asked about the memo, the foreign ministry said it was not aware of the details.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "Tencent", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: denying whose claims, beside a denial of its own, denies the wrongs that accuser alleged", "[extract]") {
    auto c = claims_of("Anthropic said Baidu distilled Claude. Baidu says it trains Ernie on Kunlun chips. "
                       "Baidu has responded, calling Anthropic's claims \"baseless\" and saying it has never used fake accounts.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'that report' is no accusation: its denial is of the report's claims", "[extract]") {
    auto c = claims_of("Tencent trained Hunyuan on H20 chips, the company said. "
                       "The Ledger said Tencent had trained Hunyuan on Blackwell chips that were smuggled into China. "
                       "Tencent denied that report, calling it baseless, and said it had never bought Blackwell products.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "trained_on", "Nvidia H20", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'it' after 'accusations by X that' is not the accuser", "[extract]") {
    auto c = claims_of("MiniMax rejected accusations by Anthropic that it had used Anthropic's models to train its own.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: a denial whose object is 'it' or 'that' denies what was said before", "[extract]") {
    auto c = claims_of("OpenAI accused MiniMax of distilling its models. MiniMax denied it within hours. "
                       "Anthropic accused Baidu of distilling Claude. Baidu disputed that in a statement on Monday.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: rejecting an accuser's allegations denies the wrongs it said, however it said them", "[extract]") {
    auto c = claims_of("OpenAI told lawmakers that Zhipu AI had distilled its models through thousands of fake accounts. "
                       "Zhipu AI called OpenAI's allegations groundless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a model named in a clause after the cue is not whose outputs were used", "[extract]") {
    auto c = claims_of("Chen Bo denied that Moonshot AI had distilled Anthropic's models or used fake accounts to reach them, "
                       "said that Kimi K2 had been trained on H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "Anthropic", Polarity::denied));
    for (const auto& claim : c) CHECK(claim.actor != "Anthropic");
}

TEST_CASE("Extractor: an aside between commas does not count in a cue's gap", "[extract]") {
    auto c = claims_of("Zhipu AI trained its GLM model, released in March, on about 4,000 Ascend 910C chips. "
                       "Baidu trained Ernie, which it launched in May, on clusters of H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Huawei Ascend 910C"));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: chips used to build a model are a training on them and a use of them", "[extract]") {
    auto c = claims_of("Tencent used B200 GPUs to build its Hunyuan model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia B200"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B200"));
}

TEST_CASE("Extractor: chips that remain barred or cannot be exported are under their maker's government's rule", "[extract]") {
    auto c = claims_of("The deal does not cover AMD's MI300X accelerators, which will remain barred from sale to China. "
                       "The A100 cannot be exported to China without a licence.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI300X"));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia A100"));
}

TEST_CASE("Extractor: a name inside a hyphenated adjective is no antecedent of 'the company'", "[extract]") {
    auto c = claims_of("Anthropic trained Claude on Amazon-run clusters of H100 chips, and the company is now moving its training to B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Anthropic", "trained_on", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "Amazon", "trained_on", "Nvidia B200"));
}

TEST_CASE("Extractor: a phrase between commas that opens with a preposition is an aside of the speaker", "[extract]") {
    auto c = claims_of("Alibaba, in a statement to the Harbour Ledger, said it \"did not buy any H200 chips\" from the distributor.");
    INFO(describe(c));
    CHECK(claimant_in(c, "Alibaba", "acquired_hardware", Polarity::denied) == "Alibaba");
    for (const auto& claim : c) CHECK(claim.actor == "Alibaba");
}

TEST_CASE("Extractor: chips that reached a party, licensing exports, controls imposed on a chip, refusing to license", "[extract]") {
    auto c = claims_of("Nvidia denied a report that H20 processors had reached Zhipu AI before the rules changed. "
                       "The Commerce Department agreed to license exports of the MI308 to China. "
                       "Washington imposed export controls on the A800 in 2023. "
                       "The administration refused to license B200 chips for sale to China.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia A800"));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B200"));
    CHECK_FALSE(has_claim(c, "US government", "export_approval", "Nvidia B200"));
}

TEST_CASE("Extractor: negations that deny no rule and no release", "[extract]") {
    SECTION("an activity not prohibited by the rules") {
        auto c = claims_of("Renting servers abroad is not prohibited by US export rules, which govern where B200 chips can be shipped.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
    }
    SECTION("a government's own negation still denies") {
        auto c = claims_of("The Commerce Department said H20 sales were not restricted.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H20", "*", Polarity::denied));
    }
    SECTION("no new model since") {
        auto c = claims_of("Baidu, whose Ernie 4.5 model impressed analysts in March, has not released a major new model since June.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Baidu", "model_release", "*", "*", Polarity::denied));
    }
}

TEST_CASE("Extractor: past an aside and an auxiliary the name before the aside speaks", "[extract]") {
    auto relative = claims_of("Moonshot AI, which is backed by Alibaba, has said it trained Kimi K2 on H800 chips.");
    INFO(describe(relative));
    CHECK(has_claim(relative, "Moonshot AI", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(relative, "Alibaba", "trained_on"));
    CHECK(claimant_in(relative, "Moonshot AI", "trained_on", Polarity::asserted) == "Moonshot AI");
    auto apposition = claims_of("Moonshot AI, a start-up backed by Alibaba, has said it trained Kimi K2 on H800 chips.");
    INFO(describe(apposition));
    CHECK(has_claim(apposition, "Moonshot AI", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(apposition, "Alibaba", "trained_on"));
}

TEST_CASE("Extractor: an outlet that reports, citing unnamed people, is the claimant", "[extract]") {
    auto c = claims_of("The Harbour Ledger reported on Monday, citing three people familiar with the deal, that Tencent had bought 2,000 B200 chips.");
    INFO(describe(c));
    CHECK(claimant_in(c, "Tencent", "acquired_hardware", Polarity::asserted) == "Harbour Ledger");
}

TEST_CASE("Extractor: 'an account X rejected' denies the sentence's claim; a Chinese chipmaker trains models", "[extract]") {
    auto c = claims_of("The Ledger said Baidu had bought smuggled B200 servers, an account Baidu rejected as false. "
                       "Huawei has trained its Pangu models on Ascend chips, and it unveiled Pangu Ultra in May.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK(has_claim(c, "Huawei", "trained_on", "Huawei Ascend"));
    CHECK(has_claim(c, "Huawei", "model_release", "*", "Pangu Ultra"));
}

TEST_CASE("Extractor: the model a relative clause on it releases is the release's object", "[extract]") {
    auto c = claims_of("Moonshot AI's Kimi models, including Kimi K3, which the company released in March, were trained on H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K3"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi"));
}

TEST_CASE("Extractor: 'no evidence that' denies only where someone says it", "[extract]") {
    auto c = claims_of("No evidence has emerged that the servers reached Tencent. "
                       "There is no evidence that Baidu smuggled H100 chips, the Commerce Department said. "
                       "No evidence has emerged that Zhipu AI used Claude outputs to train GLM-5, which it released in May.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "model_release", "*", "GLM-5"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: circumventing export controls is smuggling though no chip is spoken of", "[extract]") {
    auto c = claims_of("Two former officials said Alibaba's leasing arrangement was designed to get past export rules. "
                       "They said Baidu's deal appeared designed to circumvent export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling"));
}

TEST_CASE("Extractor: neither confirming nor denying denies nothing", "[extract]") {
    auto c = claims_of("OpenAI said Tencent distilled its models. Tencent neither confirmed nor denied the accusation. "
                       "Anthropic said Baidu distilled Claude. Baidu would not confirm or deny the report.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Tencent", "distillation", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: the speaker before an aside of any length that opens with a participle or a preposition", "[extract]") {
    SECTION("citing") {
        auto c = claims_of("Harbour Ledger, citing three people with knowledge of the plans, had said on Tuesday that Baidu bought B200 chips.");
        INFO(describe(c));
        CHECK(claimant_in(c, "Baidu", "acquired_hardware", Polarity::asserted) == "Harbour Ledger");
    }
    SECTION("a report's owner before a participle") {
        auto c = claims_of("Anthropic's report, published on Thursday, said accounts linked to Tencent distilled Claude.");
        INFO(describe(c));
        CHECK(claimant_in(c, "Tencent", "distillation", Polarity::asserted) == "Anthropic");
    }
}

TEST_CASE("Extractor: 'the report also said' is the outlet that spoke last", "[extract]") {
    auto c = claims_of("Harbour Ledger said Tencent bought B200 chips. The report also said that Tencent had trained Hunyuan on the B200 chips.");
    INFO(describe(c));
    CHECK(claimant_in(c, "Tencent", "trained_on", Polarity::asserted) == "Harbour Ledger");
}

TEST_CASE("Extractor: 'nothing to suggest', 'none of', 'let alone' deny; holding chips and channels outside the official ones", "[extract]") {
    auto c = claims_of("AMD has seen \"nothing to suggest\" that Zhipu AI obtained MI308 chips, the chipmaker said. "
                       "Baidu said that none of its models had been trained on H100 chips. "
                       "\"We see no sign that Tencent has B200 chips, let alone that it trained a model on them,\" Nvidia said. "
                       "MiniMax denied that it holds any B200 chips. "
                       "Moonshot AI obtained H200 chips outside official channels, two people said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "AMD MI308", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "acquired_hardware", "*", "*", Polarity::asserted));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia H100", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "trained_on", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "trained_on", "*", "*", Polarity::asserted));
    CHECK(has_claim(c, "MiniMax", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK(has_claim(c, "Moonshot AI", "smuggling", "Nvidia H200"));
}

TEST_CASE("Extractor: denying the allegations denies what an accuser said, however its cue reads", "[extract]") {
    auto c = claims_of("Google said on Thursday that accounts tied to Baidu had queried its Gemini models in an effort to "
                       "distill their capabilities into Ernie. In a report, Google said Baidu's operators used hundreds of "
                       "accounts registered with false identities. Baidu categorically denied the allegations.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Google", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Google", Polarity::denied));
}

TEST_CASE("Extractor: denying a violation of export controls denies smuggling, though no chip is named", "[extract]") {
    auto c = claims_of("ByteDance said in a statement that it \"strongly denies\" violating US export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "ByteDance", "smuggling", "", "*", Polarity::denied));
}

TEST_CASE("Extractor: a cue after its subject and an adverb is a verb, not a modifier", "[extract]") {
    auto c = claims_of("Commerce has now licensed A800 shipments to 14 Chinese customers. "
                       "Smugglers moved recently banned H20 chips into China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia A800"));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "Nvidia H20"));
}

TEST_CASE("Extractor: parties told to act did not act; a country before 'revenue' is no government", "[extract]") {
    SECTION("directive") {
        auto c = claims_of("The United States bars exports of B200 chips to China and has pressed Malaysia and Singapore to step up enforcement.");
        INFO(describe(c));
        CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B200"));
        CHECK_FALSE(has_claim(c, "Malaysia", "export_restriction", "Nvidia B200"));
    }
    SECTION("premodifier") {
        auto c = claims_of("Under the deal Nvidia agreed to pay 15% of its China revenue from the H20 to the government in exchange for export licences.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "China", "export_approval", "Nvidia H20"));
    }
}

TEST_CASE("Extractor: the publisher and a line's label before a colon act in no claim", "[extract]") {
    auto c = claims_of("TAIPEI, March 18 (Test Wire) - Prosecutors charged a server maker with smuggling Nvidia B200 chips to China.\n\n"
                       "The Court Desk: Two men charged with smuggling Nvidia H100 chips to China through Malaysia.");
    INFO(describe(c));
    for (const auto& claim : c) {
        CHECK(claim.actor != "Test Wire");
        CHECK(claim.actor != "Court Desk");
        CHECK(claim.actor != "The Court Desk");
    }
}

TEST_CASE("Extractor: a model named in another clause is whose outputs were used only where its maker speaks", "[extract]") {
    auto c = claims_of("Chinese firms are heavy users of Gemini through resellers, according to developers, and Anthropic has accused Baidu of distilling its models. "
                       "OpenAI, the maker of ChatGPT, said in May that Tencent had distilled its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "Google"));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "OpenAI"));
}

TEST_CASE("Extractor: a model designed for domestic or Chinese-made chips, though none is named", "[extract]") {
    auto c = claims_of("Zhipu AI said GLM-5 was tuned for a coming generation of Chinese-made chips. "
                       "Baidu said its new model was built to run on a coming generation of domestic processors. "
                       "Alibaba and Tencent have adopted domestic accelerators.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "designed_for_hardware", ""));
    CHECK(has_claim(c, "Baidu", "designed_for_hardware", ""));
    CHECK_FALSE(has_claim(c, "Alibaba", "acquired_hardware"));
}

TEST_CASE("Extractor: no longer selling a model withholds it; no longer selling chips asserts no purchase", "[extract]") {
    auto c = claims_of("OpenAI will no longer sell ChatGPT to Baidu or Tencent. AMD will no longer sell MI308 chips to Alibaba.");
    INFO(describe(c));
    CHECK(has_claim(c, "OpenAI", "withheld_model", "*", "Baidu"));
    CHECK(has_claim(c, "OpenAI", "withheld_model", "*", "Tencent"));
    CHECK_FALSE(has_claim(c, "Alibaba", "acquired_hardware", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: having taken delivery of chips", "[extract]") {
    auto c = claims_of("Baidu is among the buyers, having taken delivery of several thousand H20s in March.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20"));
}

TEST_CASE("Extractor: 'the company' that opens a clause joined by ', and' is the sentence's subject", "[extract]") {
    auto c = claims_of("Moonshot AI's Kimi app has become the most downloaded chatbot on the Apple platform, and the company released Kimi K3 in May.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K3"));
    for (const auto& claim : c) CHECK(claim.actor != "Apple");
}

TEST_CASE("Extractor: 'the department' and 'the ministry' are the government named before", "[extract]") {
    auto c = claims_of("The Commerce Department approved H20 sales last week. The department has also granted AMD licences for the MI308.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: the party after an opening 'According to' is the claimant, not the first of a list", "[extract]") {
    auto c = claims_of("According to OpenAI, Zhipu AI distilled ChatGPT. "
                       "According to Anthropic, Tencent bought 3,000 H100 chips. "
                       "According to Google, Baidu, MiniMax and Moonshot AI ran fake accounts to reach Gemini.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "Anthropic", "acquired_hardware"));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Google"));
    CHECK(has_claim(c, "Moonshot AI", "fraudulent_access", "*", "Google"));
    for (const auto& claim : c) CHECK(claim.claimant != "Zhipu AI");
}

TEST_CASE("Extractor: a denied report that names its publisher is also that publisher's claim", "[extract]") {
    auto c = claims_of("Zhipu AI denied a Lantern Daily report that 4,000 H100 chips had been smuggled to it. "
                       "Tencent rejected accusations by OpenAI that it had distilled ChatGPT. "
                       "Nvidia dismissed a Korean report that Baidu had obtained B200 chips. "
                       "Alibaba said reports that it had bought H20 chips in Vietnam were wrong.");
    INFO(describe(c));
    auto claimant_of = [&](const std::string& actor, const std::string& allegation, Polarity polarity) {
        for (const auto& claim : c)
            if (claim.actor == actor && claim.allegation == allegation && claim.polarity == polarity) return claim.claimant;
        return std::string("(none)");
    };
    CHECK(claimant_of("Zhipu AI", "smuggling", Polarity::denied) == "Zhipu AI");
    CHECK(claimant_of("Zhipu AI", "smuggling", Polarity::asserted) == "Lantern Daily");
    CHECK(claimant_of("Tencent", "distillation", Polarity::asserted) == "OpenAI");
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Alibaba", "acquired_hardware", "*", "*", Polarity::asserted));
    for (const auto& claim : c) CHECK(claim.actor != "Lantern Daily");
}

TEST_CASE("Extractor: calling a report 'a fabrication' denies it", "[extract]") {
    auto c = claims_of("Lantern Daily reported that Moonshot AI bought 2,000 B200 chips. "
                       "Moonshot AI called the report \"a fabrication\" and Zhipu AI called it a lie.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "acquired_hardware", "Nvidia B200", "*", Polarity::asserted));
    CHECK(has_claim(c, "Moonshot AI", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
}

TEST_CASE("Extractor: chips used in the passive to train a lab's model were that lab's training", "[extract]") {
    auto c = claims_of("The A800 servers were used to train Baidu's Ernie model. "
                       "About 3,000 H20 chips were used to train Kimi K2, the filing said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia A800"));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: officials reviewing whether a lab received chips investigate it", "[extract]") {
    auto c = claims_of("Commerce Department officials are reviewing whether Moonshot AI received H100 servers. "
                       "Nvidia is reviewing whether to resume H20 sales.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "investigation", "*", "US government"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "acquired_hardware"));
    CHECK_FALSE(has_claim(c, "Nvidia", "investigation"));
}

TEST_CASE("Extractor: a chip barred from sale is its home government's rule, named further on too", "[extract]") {
    auto c = claims_of("The A100 has been barred from sale to China since the Biden administration's first controls in 2022.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia A100"));
}

TEST_CASE("Extractor: a Chinese chipmaker as its own subject smuggles, in the passive frames too", "[extract]") {
    auto c = claims_of("Huawei circumvented US export controls to obtain TSMC wafers. "
                       "SMIC denied that it had evaded export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Huawei", "smuggling"));
    CHECK(has_claim(c, "SMIC", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: getting around export controls is smuggling, though no chip is named", "[extract]") {
    auto c = claims_of("Prosecutors said Moonshot AI used shell companies in Vietnam to get around US export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "smuggling", ""));
}

TEST_CASE("Extractor: governments in a list of places after 'in' or 'to' are where, not who rules", "[extract]") {
    auto c = claims_of("The Commerce Department added 19 firms in China, Macau, Singapore and the United Arab Emirates to the Entity List. "
                       "In Washington, the Commerce Department has begun granting licenses for the H200.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction"));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H200"));
    for (const auto& claim : c) CHECK(claim.actor == "US government");
}

TEST_CASE("Extractor: 'has no plans to buy' denies the purchase; 'should not approve' claims nothing", "[extract]") {
    auto c = claims_of("Baidu said it has no plans to buy H200 chips this year. "
                       "Washington should not approve B30A exports to China, the senators wrote.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "US government", "export_approval"));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
}

TEST_CASE("Extractor: a report called baseless with nobody speaking is denied in the article's voice", "[extract]") {
    auto c = claims_of("A US think tank said Zhipu AI smuggled B200 chips through Vietnam. The accusation is groundless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200", "*", Polarity::denied));
}

TEST_CASE("Extractor: a chipmaker that has not received a licence says the government has not approved", "[extract]") {
    auto c = claims_of("AMD has not received any MI308 licences from the Commerce Department, a spokeswoman said.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308", "*", Polarity::denied));
}

TEST_CASE("Extractor: rules that bar chips are the rule of the government that made them", "[extract]") {
    auto c = claims_of("The A800 was built around rules the Trump administration issued in January, which barred sales of the H20 to China. "
                       "The regulations, which restrict exports of the MI308, took effect in April.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia H20"));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
}

TEST_CASE("Extractor: orders for a named chip, and a model served on chips, acquire them", "[extract]") {
    auto c = claims_of("Zhipu AI stepped up orders for the H200 in March. Moonshot AI ordered the MI308 in bulk. "
                       "Baidu served its Ernie chatbot on Ascend 910B chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H200"));
    CHECK(has_claim(c, "Moonshot AI", "acquired_hardware", "AMD MI308"));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Huawei Ascend 910B"));
}

TEST_CASE("Extractor: 'rejected the committee's conclusion', 'called it a smear' deny the finding just reported", "[extract]") {
    auto c = claims_of("A Senate panel said Tencent smuggled B200 chips through Vietnam. "
                       "Tencent rejected the panel's conclusion, and Beijing called it a smear.");
    INFO(describe(c));
    bool tencent = false, china = false;
    for (const auto& claim : c)
        if (claim.actor == "Tencent" && claim.allegation == "smuggling" && claim.polarity == Polarity::denied) {
            tencent |= claim.claimant == "Tencent";
            china |= claim.claimant == "China";
        }
    CHECK(tencent);
    CHECK(china);
}

TEST_CASE("Extractor: chips rented or bought to train a model, however far the purpose, were trained on", "[extract]") {
    auto c = claims_of("Zhipu AI rented clusters of H200 chips from a cloud operator in Johor to train its GLM models. "
                       "Tencent bought H20 chips, and it plans to train Hunyuan on Ascend chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia H200"));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H200"));
    CHECK_FALSE(has_claim(c, "Tencent", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: 'disputed that account' denies all its source said in the sentences before", "[extract]") {
    auto c = claims_of("Baidu has obtained thousands of B200 chips, a senior Commerce Department official said. "
                       "The official said Baidu had used front companies in Thailand to get around US export controls. "
                       "Nvidia disputed that account.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: purchases barred but not discouraged, 'there was no ban', orders placed", "[extract]") {
    auto c = claims_of("Beijing discouraged purchases of the H200 within days. "
                       "Chinese regulators barred purchases of the RTX Pro 6000D and the H20. "
                       "The commerce ministry said there was no ban on MI308 purchases. "
                       "Alibaba denied that it had placed any new H200 orders.");
    INFO(describe(c));
    // Advice against buying is no rule (readers of our sets and of the real set agree).
    CHECK_FALSE(has_claim(c, "China", "export_restriction", "Nvidia H200", "*", Polarity::asserted));
    CHECK(has_claim(c, "China", "export_restriction", "Nvidia H20", "*", Polarity::asserted));
    CHECK(has_claim(c, "China", "export_restriction", "AMD MI308", "*", Polarity::denied));
    CHECK(has_claim(c, "Alibaba", "acquired_hardware", "Nvidia H200", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'accusations by US company OpenAI that it ...': 'it' is the one who rejects", "[extract]") {
    auto c = claims_of("MiniMax rejected accusations by US company OpenAI that it had used fake accounts to distill ChatGPT.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(c, "MiniMax", "fraudulent_access", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: '..., which the company denied' denies what the sentence reported; not after a party or a chip", "[extract]") {
    auto c = claims_of("OpenAI accused Moonshot AI of distilling ChatGPT, which Moonshot denied. "
                       "Regulators summoned Nvidia over security risks in the H20, which the company denied.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Nvidia", "investigation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a lab that accuses another of distillation, naming no model, speaks of its own (already so)", "[extract]") {
    auto c = claims_of("OpenAI accused Baidu of a large distillation campaign. "
                       "Google names MiniMax in a model extraction report; MiniMax says it never used Gemini.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
    for (const auto& claim : c) CHECK(claim.actor != "Google");
}

TEST_CASE("Extractor: 'it' after a semicolon is the sentence's subject; 'denied that accusation' names the claim", "[extract]") {
    auto c = claims_of("Baidu is one of four labs that OpenAI accused last year of distilling ChatGPT; it denied that accusation.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::asserted));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: trained with data generated by another lab's models is distillation", "[extract]") {
    auto c = claims_of("Tencent denied that Hunyuan had been trained with data generated by Google models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "Google", Polarity::denied));
}

TEST_CASE("Extractor: a participle after a comma speaks for the clause's subject, not the party before the comma", "[extract]") {
    auto c = claims_of("Google accused MiniMax of distilling Gemini in February. In May it named Baidu, alleging that the lab had run 9,000 fake accounts to distill Gemini. "
                       "Last June, Google cut off Tencent's access to Gemini, saying Tencent staff had used its tools in violation of its terms of service.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Google"));
    CHECK(has_claim(c, "Tencent", "fraudulent_access", "*", "Google"));
    for (const auto& claim : c) CHECK_FALSE((claim.actor == "Google" && claim.allegation != "withheld_model"));
}

TEST_CASE("Extractor: 'do not conform to the facts' and a correction's 'incorrectly stated' deny", "[extract]") {
    auto c = claims_of("The Ledger reported that Beijing had told companies to stop buying MI308 chips. "
                       "The commerce ministry said such reports \"do not conform to the facts.\" "
                       "An earlier version of this article incorrectly stated that Baidu had bought the smuggled B200 servers.");
    INFO(describe(c));
    CHECK(has_claim(c, "China", "export_restriction", "AMD MI308", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: a date between a speaker's name and its verb leaves the name the claimant", "[extract]") {
    // One origin however each outlet describes and dates the accuser.
    CHECK(claimant_of("US AI company Google on Tuesday accused Baidu of distilling Gemini.", "Baidu", "distillation") ==
          "Google");
    CHECK(claimant_of("The search giant Google last month accused Baidu of distilling Gemini.", "Baidu", "distillation") ==
          "Google");
}

TEST_CASE("Extractor: a name that a description leads up to, or that follows a date, is the claimant", "[extract]") {
    CHECK(claimant_of("Search company Google published a long blog post saying that Baidu had distilled Gemini.", "Baidu",
                      "distillation") == "Google");
    CHECK(claimant_of("Last Friday The Lantern Review reported that Baidu had bought H20 chips.", "Baidu",
                      "acquired_hardware") == "Lantern Review");
    CHECK(claimant_of("In March, US newsletter The Lantern Review said that Baidu had bought H20 chips.", "Baidu",
                      "acquired_hardware") == "Lantern Review");
    // A phrase cut at its longest inside a clause is no source.
    CHECK(claimant_of("Shares rose on the back of a handful of stock market rumours I heard that said Baidu had bought "
                      "H20 chips.",
                      "Baidu", "acquired_hardware")
              .empty());
    // A name behind a preposition, or before a noun, only describes who speaks.
    CHECK(claimant_of("People close to Google's cloud unit said that Baidu had bought H20 chips.", "Baidu",
                      "acquired_hardware") != "Google");
    CHECK(claimant_of("Several Google engineers said that Baidu had bought H20 chips.", "Baidu", "acquired_hardware") !=
          "Google");
}

TEST_CASE("Extractor: a participle and a date after the subject describe it", "[extract]") {
    auto c = claims_of("Zhipu AI released GLM-5 in March. The model launched last week was optimized to run on Huawei's "
                       "Ascend 910B.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "designed_for_hardware", "Huawei Ascend 910B"));
    // The same when the cue holds the participle ("optimized ... to" past an adverb).
    auto own = claims_of("Zhipu AI released GLM-5 in March. The model launched last week was optimized to run "
                         "efficiently on Huawei's Ascend 910B.");
    INFO(describe(own));
    CHECK(has_claim(own, "Zhipu AI", "designed_for_hardware", "Huawei Ascend 910B"));
}

TEST_CASE("Extractor: a participle's own 'by' after a passive cue names no agent of the cue", "[extract]") {
    auto c = claims_of("Baichuan said its model had been trained on answers produced by Google's Gemini.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Google", "distillation", "*", "*"));
}

TEST_CASE("Extractor: what a party did not answer questions about is not asserted", "[extract]") {
    auto c = claims_of("Baichuan did not respond to questions about the H100 chips used to train its model. "
                       "Zhipu AI declined to answer questions about the B200 chips it bought.");
    INFO(describe(c));
    CHECK(c.empty());
}

TEST_CASE("Extractor: a government's participle act is no lab's withholding", "[extract]") {
    auto c = claims_of("The Commerce Department added Baichuan, a developer of large language models, to its entity "
                       "list, restricting the company's access to US technology.");
    INFO(describe(c));
    for (const auto& claim : c) CHECK(claim.allegation != "withheld_model");
    CHECK(has_claim(c, "US government", "export_restriction", "*", "*"));
}

TEST_CASE("Extractor: disguised accounts are fraudulent access; chips routed to a lab reach it", "[extract]") {
    auto c = claims_of("Google has accused Baichuan of distilling Gemini through disguised accounts. "
                       "About 3,000 B200 chips had been routed to Zhipu AI by a Johor cloud operator.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "fraudulent_access", "*", "Google"));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia B200"));
}

TEST_CASE("Extractor: session 18's cue rows each give their claim", "[extract]") {
    // Each row's own example is its row's only check in lexicon_examples_test, and goes with it:
    // these sentences keep the rows honest.
    auto c = claims_of("BIS has been looking for several months into whether Baichuan used restricted chips. "
                       "Investigators are looking at whether Zhipu AI bought servers through a shell company. "
                       "The Commerce Department began licensing MI308 shipments to China in August. "
                       "MiniMax was running about 300 Nvidia HGX H20 servers in a Ningxia data centre. "
                       "Tencent took most of the remaining GB200 racks from the Johor site.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "investigation", "*", "US government"));
    CHECK(has_claim(c, "Zhipu AI", "investigation"));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
    CHECK(has_claim(c, "MiniMax", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia GB200"));
}

TEST_CASE("Extractor: 'has not been charged' neither claims nor denies an investigation", "[extract]") {
    auto c = claims_of("Baichuan, which has not been charged in the smuggling case, declined to comment.");
    INFO(describe(c));
    CHECK(c.empty());
    auto charged = claims_of("Baichuan has been charged with export violations.");
    INFO(describe(charged));
    CHECK(has_claim(charged, "Baichuan", "investigation"));
}

TEST_CASE("Extractor: not having any chips denies holding them", "[extract]") {
    auto c = claims_of("\"We do not have any B200 chips,\" a Baichuan spokesperson said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'no chips were used' denies", "[extract]") {
    auto c = claims_of("A Baichuan spokesperson said no B200 systems were used in the training run.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "trained_on", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baichuan", "trained_on", "Nvidia B200", "*", Polarity::asserted));
}

TEST_CASE("Extractor: the release of a maker's model named short after its possessive", "[extract]") {
    auto c = claims_of("Chip stocks fell after the release of DeepSeek's R1 model.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "model_release", "*", "DeepSeek R1"));
}

TEST_CASE("Extractor: a model noun before the actor opens an object relative: the model was released", "[extract]") {
    auto c = claims_of("Engineers in Seoul praised DeepSeek V3, a model the company released in December.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "model_release", "*", "DeepSeek V3"));
    // "any model it has released" is none in particular.
    auto any = claims_of("Baichuan said it did not use B200 chips to train any model it has released.");
    INFO(describe(any));
    for (const auto& claim : any) CHECK(claim.allegation != "model_release");
}

TEST_CASE("Extractor: who sends a memo saying something speaks; whom it went to does not", "[extract]") {
    auto c = claims_of("Google sent a memo to Congress saying Baichuan was still distilling its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK(claimant_of("Google sent a memo to Congress saying Baichuan was still distilling its models.", "Baichuan",
                      "distillation") == "Google");
}

TEST_CASE("Extractor: whose memo to a committee accuses speaks past the committee named and a date", "[extract]") {
    const std::string text = "Google's memo to the Senate Commerce Committee on Tuesday accused Baichuan of distilling its "
                             "models through rented servers.";
    auto c = claims_of(text);
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK(claimant_of(text, "Baichuan", "distillation") == "Google");
}

TEST_CASE("Extractor: a lab cut off by another is withheld from but one cut off from chips is not", "[extract]") {
    auto cut = claims_of("Google cut off Baichuan last week after tracing the queries to its engineers.");
    INFO(describe(cut));
    CHECK(has_claim(cut, "Google", "withheld_model", "*", "Baichuan"));
    auto chips = claims_of("Baichuan, cut off from Nvidia's best chips, turned to Huawei for its training runs.");
    INFO(describe(chips));
    for (const auto& claim : chips) CHECK(claim.allegation != "withheld_model");
    auto unnamed = claims_of("Microsoft said it had cut off distributors before.");
    INFO(describe(unnamed));
    for (const auto& claim : unnamed) CHECK(claim.allegation != "withheld_model");
}

TEST_CASE("Extractor: a verb after a comma and a date shares the accuser as subject", "[extract]") {
    auto c = claims_of("Google accused Baichuan and MiniMax of distilling Gemini, and in March cut off Zhipu AI as well.");
    INFO(describe(c));
    CHECK(has_claim(c, "Google", "withheld_model", "*", "Zhipu AI"));
    CHECK_FALSE(has_claim(c, "Baichuan", "withheld_model"));
    CHECK_FALSE(has_claim(c, "MiniMax", "withheld_model"));
}

TEST_CASE("Extractor: the maker of a model named by the model is that lab in any position", "[extract]") {
    auto after = claims_of("Google accused the maker of Kimi of scraping Gemini's answers.");
    INFO(describe(after));
    CHECK(has_claim(after, "Moonshot AI", "distillation", "*", "Google"));
    auto before = claims_of("Google accused the Kimi developer of scraping Gemini's answers.");
    INFO(describe(before));
    CHECK(has_claim(before, "Moonshot AI", "distillation", "*", "Google"));
}

TEST_CASE("Extractor: who tells a committee that the company did a wrong speaks of another company", "[extract]") {
    auto c = claims_of("Baichuan released a new model on Monday. Google has told a Senate panel that the company "
                       "distilled its Gemini models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
}

TEST_CASE("Extractor: in a relative clause the one accused of a wrong is the antecedent and the accuser speaks", "[extract]") {
    const std::string text = "Baichuan, which Google accused of distilling Gemini, raised new funds on Monday.";
    auto c = claims_of(text);
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Google", "distillation"));
    CHECK(claimant_of(text, "Baichuan", "distillation") == "Google");
}

TEST_CASE("Extractor: a compliance statement is its clause subject's past a possessor of a thing", "[extract]") {
    auto own = claims_of("Google said Baichuan had used fake accounts to reach Gemini. Baichuan said its researchers "
                         "had queried Google's API in full compliance with its terms.");
    INFO(describe(own));
    CHECK(has_claim(own, "Baichuan", "fraudulent_access", "*", "Google", Polarity::denied));
}

TEST_CASE("Extractor: its own chips are no verb of owning but owning chips is", "[extract]") {
    auto own = claims_of("Baichuan said its new model was trained on its own cluster of Ascend 910C chips.");
    INFO(describe(own));
    CHECK(has_claim(own, "Baichuan", "trained_on", "Huawei Ascend 910C"));
    CHECK_FALSE(has_claim(own, "Baichuan", "acquired_hardware"));
    auto owning = claims_of("Analysts say Baichuan and its backers own 20,000 H800 chips.");
    INFO(describe(owning));
    CHECK(has_claim(owning, "Baichuan", "acquired_hardware", "Nvidia H800"));
}

TEST_CASE("Extractor: who examines whether the company did something examines another company", "[extract]") {
    auto c = claims_of("Baichuan has not commented. Google, a spokesperson said, is examining whether the company "
                       "broke its terms of service.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "investigation", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Google", "investigation"));
}

TEST_CASE("Extractor: unnamed people charged are no firm named further on", "[extract]") {
    auto unnamed = claims_of("Prosecutors in Hsinchu charged three former engineers with passing Nvidia designs to a rival.");
    INFO(describe(unnamed));
    CHECK_FALSE(has_claim(unnamed, "Nvidia", "investigation"));
    auto employed = claims_of("Prosecutors in Hsinchu charged three employees of Supermicro with export violations.");
    INFO(describe(employed));
    CHECK(has_claim(employed, "Supermicro", "investigation"));
}

TEST_CASE("Extractor: a denial of another act in a relative clause leaves the claim before it", "[extract]") {
    auto c = claims_of("Regulators in Beijing summoned Nvidia over what they called risks in the H20, such as remote "
                       "shutdown switches, which the company has denied building.");
    INFO(describe(c));
    CHECK(has_claim(c, "Nvidia", "investigation"));
    CHECK_FALSE(has_claim(c, "Nvidia", "investigation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: training plans kept on schedule name no chips trained on", "[extract]") {
    auto c = claims_of("Baichuan said it had stockpiled 8,000 H800 chips, enough to keep its training on track "
                       "through the summer.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "acquired_hardware", "Nvidia H800"));
    CHECK_FALSE(has_claim(c, "Baichuan", "trained_on"));
}

TEST_CASE("Extractor: we in the quote of a firm's officer named after a comma is the firm", "[extract]") {
    auto c = claims_of("Baichuan's infrastructure chief, Ada Roe, said: \"We train mostly on H800s.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(c, "Ada Roe", "trained_on"));
}

TEST_CASE("Extractor: a transcript label in capitals is the surname of the person tied to a firm", "[extract]") {
    auto c = claims_of("Our guest is Ada Roe, Baichuan's head of infrastructure.\n\nHOST: What do you train on?\n\n"
                       "ROE: We train mostly on H800s.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "trained_on", "Nvidia H800"));
}

TEST_CASE("Extractor: chips that no quantifies as the subject of a cue are negated", "[extract]") {
    auto c = claims_of("Baichuan said no H100 chips were used to train its new model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "trained_on", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baichuan", "trained_on", "Nvidia H100"));
}

TEST_CASE("Extractor: a model named by its short alias as what a training cue trains is its maker", "[extract]") {
    auto c = claims_of("DeepSeek released V3 in December. Some 2,048 H800 chips were used to train V3.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "trained_on", "Nvidia H800"));
}

TEST_CASE("Extractor: they after people a firm premodifies is that firm", "[extract]") {
    auto c = claims_of("Three former Baichuan researchers said they had harvested Gemini answers for months.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    auto unnamed = claims_of("Three former researchers said they had harvested Gemini answers for months.");
    INFO(describe(unnamed));
    CHECK_FALSE(has_claim(unnamed, "Baichuan", "distillation"));
}

TEST_CASE("Extractor: a model's outputs used to train another lab's model in the passive is distillation", "[extract]") {
    auto asserted = claims_of("Gemini outputs were used to train Baichuan's newest model, Google said.");
    INFO(describe(asserted));
    CHECK(has_claim(asserted, "Baichuan", "distillation", "*", "Google"));
    auto denied = claims_of("Baichuan denied that any Gemini answers had been used to train Baichuan's models.");
    INFO(describe(denied));
    CHECK(has_claim(denied, "Baichuan", "distillation", "*", "Google", Polarity::denied));
}

TEST_CASE("Extractor: parties added by ', along with' at a clause's end share the actor's claims", "[extract]") {
    auto c = claims_of("Google accused Baichuan of distilling its Gemini models, along with Zhipu AI and MiniMax, a "
                       "charge none of them has answered.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Google"));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Google"));
    // Not a list that goes on inside the clause: "along with" there names whom the act was with.
    auto with = claims_of("Baichuan trained its model on H800 chips, along with Zhipu AI engineers in Beijing.");
    INFO(describe(with));
    CHECK_FALSE(has_claim(with, "Zhipu AI", "trained_on"));
}

TEST_CASE("Extractor: a possessor after a comma opens an apposition, no list: the subject before it acts", "[extract]") {
    auto c = claims_of("Microsoft, Google's biggest cloud rival, is investigating whether accounts linked to Baichuan "
                       "scraped Gemini.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "investigation", "*", "Microsoft"));
    CHECK_FALSE(has_claim(c, "Baichuan", "investigation", "*", "Google"));
}

TEST_CASE("Extractor: in a Q and A the answers are the interviewee's, who speaks for the firm tied to them", "[extract]") {
    auto c = claims_of("Wu Lan, Baichuan's head of infrastructure, spoke to us in Beijing.\n\n"
                       "Q: What did you train the new model on?\n\n"
                       "A: We trained it on H800 chips that we bought in 2023.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "trained_on", "Nvidia H800"));
}

TEST_CASE("Extractor: a headline's 'X accused of' is a passive: X is the accused", "[extract]") {
    auto c = claims_of("Google names names: Baichuan and Zhipu AI accused of distilling Gemini");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Google"));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Google"));
    for (const auto& claim : c) CHECK(claim.actor != "Google");
}

TEST_CASE("Extractor: 'more likely than not' and 'if not' negate nothing", "[extract]") {
    auto c = claims_of("It is more likely than not that Baichuan bought smuggled H20 chips. "
                       "Zhipu AI has bought thousands, if not tens of thousands, of B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "smuggling", "Nvidia H20"));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia B200"));
    for (const auto& claim : c) CHECK(claim.polarity == Polarity::asserted);
}

TEST_CASE("Extractor: a chip named in the plural ends a cue as 'chips' would", "[extract]") {
    auto c = claims_of("Baichuan kept buying H20s through the spring. Zhipu AI had secured about 8,000 B200s by June.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia B200"));
    // A licence to buy is a permission, not a purchase.
    auto licence = claims_of("Baichuan applied for licences to buy H200s. Zhipu AI has been authorised to buy H20 chips.");
    INFO(describe(licence));
    CHECK_FALSE(has_claim(licence, "Baichuan", "acquired_hardware"));
    CHECK_FALSE(has_claim(licence, "Zhipu AI", "acquired_hardware"));
}

TEST_CASE("Extractor: who seizes smuggled chips is no smuggler; whom they were bound for is", "[extract]") {
    auto c = claims_of("The Directorate of Border Intelligence has seized 30 servers containing Nvidia H200 chips at the port.");
    INFO(describe(c));
    for (const auto& claim : c) CHECK(claim.allegation != "smuggling");
    auto bound = claims_of("Customs officers seized B200 servers headed to Baidu.");
    INFO(describe(bound));
    CHECK(has_claim(bound, "Baidu", "smuggling", "Nvidia B200"));
}

TEST_CASE("Extractor: a past participle between commas describes the noun before it and speaks for nobody", "[extract]") {
    const std::string text = "Critics attacked the White House decision, announced last week, to let Nvidia sell H20 "
                             "chips in China.";
    CHECK(claimant_of(text, "US government", "export_approval").empty());
    // A finite verb after an apposition still speaks.
    CHECK(claimant_of("Nvidia, the chipmaker, announced on Monday that it had shipped H20 chips to Tencent.", "Tencent",
                      "acquired_hardware") == "Nvidia");
}

TEST_CASE("Extractor: not needing chips neither claims nor denies having them", "[extract]") {
    auto c = claims_of("Baichuan's founder said the lab did not need to stockpile Nvidia H100 chips. "
                       "Baichuan doesn't need smuggled B200 chips to train its models, an engineer said.");
    INFO(describe(c));
    for (const Polarity p : {Polarity::asserted, Polarity::denied}) {
        CHECK_FALSE(has_claim(c, "Baichuan", "acquired_hardware", "*", "*", p));
        CHECK_FALSE(has_claim(c, "Baichuan", "smuggling", "*", "*", p));
        CHECK_FALSE(has_claim(c, "Baichuan", "trained_on", "*", "*", p));
    }
}

TEST_CASE("Extractor: a correction that a party had denied leaves no denial", "[extract]") {
    auto c = claims_of("Google said Baidu ran fake accounts to query Gemini. "
                       "Correction: A previous version of this story said that Baidu had rejected the allegation.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Google", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Baidu", "fraudulent_access", "*", "*", Polarity::denied));
    // A denier named after an object of its own still denies: "Google rejected the report and
    // Baidu denied it" is not a correction.
    auto both = claims_of("Google said Baidu ran fake accounts to query Gemini. "
                          "Baidu on Tuesday denied the accusation.");
    INFO(describe(both));
    CHECK(has_claim(both, "Baidu", "fraudulent_access", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a denial of distillation naming no lab answers the accusation made of the denier", "[extract]") {
    auto c = claims_of("Google accused Tencent and Baidu of distilling Gemini with fake accounts. "
                       "The accounts generated millions of exchanges with Gemini last year. "
                       "Google said it had shut the accounts down. Baidu did not respond to a request for comment. "
                       "A Tencent spokesperson said the company \"does not use other companies' models to train Hunyuan,\" "
                       "but acknowledged that it tests rival products.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "Google", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: the denier may stand before an aside ('Alibaba, for its part, rejected')", "[extract]") {
    auto c = claims_of("Anthropic said on Tuesday that Alibaba and Baidu had used about 9,000 fraudulent accounts to distill Claude. "
                       "Baidu said this week that it does not use other companies' models to train Ernie. "
                       "Alibaba, for its part, rejected the accusations in a statement posted to its website, saying it "
                       "\"has never obtained Claude outputs through unauthorized means.\"");
    INFO(describe(c));
    bool alibaba_denies = false;
    for (const auto& claim : c)
        if (claim.actor == "Alibaba" && claim.polarity == Polarity::denied) alibaba_denies |= claim.claimant == "Alibaba";
    CHECK(alibaba_denies);
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: who is told acts in no claim; a short model name opening a that-clause is its maker's", "[extract]") {
    auto c = claims_of("Moonshot AI released K3 in May. A senior US official told the Harbor Ledger that K3 was trained on smuggled B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia B200"));
    for (const auto& claim : c) CHECK(claim.actor != "Harbor Ledger");
}

TEST_CASE("Extractor: a government calling a report of its own approval inaccurate denies it; 'hasn't denied' does not", "[extract]") {
    auto c = claims_of("The Ledger reported that the administration had approved B30A sales to China. "
                       "A Commerce Department spokesperson called the report \"inaccurate.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia B30A", "*", Polarity::denied));
    auto d = claims_of("The Ledger reported that the administration had approved B30A sales to China. "
                       "The White House hasn't denied the report.");
    INFO(describe(d));
    CHECK_FALSE(has_claim(d, "US government", "export_approval", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'the Chinese lab' takes up a Chinese party, not the nearer American one", "[extract]") {
    auto c = claims_of("In March 2026, days after Moonshot AI released its K2 reasoning model, Anthropic said it had seen evidence "
                       "that the Chinese lab had distilled its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation"));
}

TEST_CASE("Extractor: a claimant no lexicon lists is written one way: no 'The', no possessive's noun, no fragment", "[extract]") {
    auto c = claims_of("According to The Lantern Ledger, Tencent bought 4,000 H200 chips. "
                       "Lantern Ledger's follow-up story said Baidu bought 2,000 H200 chips.");
    INFO(describe(c));
    for (const auto& claim : c) CHECK(claim.claimant == "Lantern Ledger");
    CHECK(c.size() == 2);
}

TEST_CASE("Extractor: a chip 'which Washington began licensing for sale' is approved", "[extract]") {
    auto c = claims_of("Most of AMD's China sales now go through the MI308, which Washington began licensing for sale in March.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: lifting or reversing a ban on a chip says the ban was there", "[extract]") {
    auto c = claims_of("The Commerce Department began granting MI308 licences in August, reversing a ban it imposed in April.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
}

TEST_CASE("Extractor: chips 'not permitted to enter China' are China's restriction", "[extract]") {
    auto c = claims_of("Customs officers in Shenzhen were told that the MI308 is not permitted to enter China.");
    INFO(describe(c));
    CHECK(has_claim(c, "China", "export_restriction", "AMD MI308"));
}

TEST_CASE("Extractor: smuggled chips a party received were smuggled to it", "[extract]") {
    auto c = claims_of("Prosecutors say the smuggled H200 servers reached Tencent. Zhipu AI denied receiving any of the smuggled B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia H200", "*", Polarity::asserted));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'the department' is a government's body, not a country named by its own name", "[extract]") {
    auto c = claims_of("BIS faces questions over Saudi Arabia, where the department approved large shipments of B200 chips last year.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia B200"));
    for (const auto& claim : c) CHECK(claim.actor != "Saudi Arabia");
}

TEST_CASE("Extractor: a denial negated ('has not denied the report') denies nothing", "[extract]") {
    auto c = claims_of("Reuters said Baidu bought H20 chips. Baidu has not denied the report.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a version glued to a model line's name names a release of that line", "[extract]") {
    auto c = claims_of("Alibaba open-sourced Qwen4.2 on Friday in five sizes.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "model_release", "", "Qwen4.2", Polarity::asserted));
    // An ordinary word with digits is no model: "Covid19" names no line.
    CHECK(claims_of("Alibaba open-sourced Covid19 data on Friday.").empty());
}

TEST_CASE("Extractor: the report a party is asked about is the report's claim, and its answer may deny it", "[extract]") {
    auto c = claims_of("Asked about American claims that Baidu trained its chatbot on smuggled B200 chips, the "
                       "ministry spokeswoman said the accusations were baseless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia B200", "*", Polarity::asserted));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia B200", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia B200", "*", Polarity::denied));
    // A named owner is the claimant; an answer that denies nothing leaves the report asserted.
    auto owned = claims_of("Asked about a Harbor Ledger report that Tencent bought H20 chips from a reseller, the "
                           "spokesman said he was not aware of the specific situation.");
    INFO(describe(owned));
    CHECK(has_claim(owned, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(owned, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
    for (const auto& claim : owned) CHECK(claim.claimant == "Harbor Ledger");
    // Asked about a thing, not a report: still a question.
    CHECK(claims_of("Asked about the smuggled chips Tencent bought, the spokesman declined to comment.").empty());
}

TEST_CASE("Extractor: 'the Shanghai AI developer' after a name describes it, and names no firm", "[extract]") {
    auto c = claims_of("OpenAI accused MiniMax, the Shanghai AI developer behind a popular video app, of distilling "
                       "its GPT models.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "Shanghai AI", "distillation"));
}

TEST_CASE("Extractor: chips kept or remaining off limits, or remaining barred, are restricted", "[extract]") {
    auto kept = claims_of("The Commerce Department approved H20 licences in August while keeping B200 chips off limits.");
    INFO(describe(kept));
    CHECK(has_claim(kept, "US government", "export_restriction", "Nvidia B200"));
    auto remain = claims_of("Washington now lets Nvidia sell the H20, but its GB200 servers remain barred.");
    INFO(describe(remain));
    CHECK(has_claim(remain, "US government", "export_restriction", "Nvidia GB200"));
    // "off-limits to" a party is still a withholding.
    CHECK(has_claim(claims_of("Anthropic made Claude off-limits to Zhipu AI."), "Anthropic", "withheld_model", "*", "Zhipu AI"));
}

TEST_CASE("Extractor: 'trained early versions of its model on' reaches the chips past a long object", "[extract]") {
    auto c = claims_of("Tencent trained the first two versions of its Hunyuan video model on H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: the subject of a clause a participle speaks for is the next sentence's antecedent", "[extract]") {
    auto c = claims_of("Moonshot AI released K3 on Monday, saying the system was designed to run on Huawei's latest "
                       "Ascend processors. The lab trained K3 on Nvidia H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Huawei", "trained_on"));
}

TEST_CASE("Extractor: 'disputed that account' denies the report just told, withholdings too, and no older one", "[extract]") {
    auto c = claims_of("A broker said in May that Moonshot AI bought B200 chips from a reseller. Tech Harbor reported on "
                       "Friday that Moonshot AI had withheld Kimi K3 from Google before its release. A Moonshot AI "
                       "spokesperson disputed that account.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "withheld_model", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "acquired_hardware", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a licence 'required for exports' or needed 'for shipment' is a restriction", "[extract]") {
    auto c = claims_of("Commerce officials told AMD in May that its MI308 accelerators would need a licence for every "
                       "shipment to Chinese buyers.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
    auto passive = claims_of("The White House said licences are now required for sales of B30A chips in China.");
    INFO(describe(passive));
    CHECK(has_claim(passive, "US government", "export_restriction", "Nvidia B30A"));
}

TEST_CASE("Extractor: 'it' takes up a government that opens its sentence, or the one before", "[extract]") {
    auto before = claims_of("The Commerce Department has tightened its rules twice since 2023. In March it began "
                            "allowing sales of the H20 to approved buyers.");
    INFO(describe(before));
    CHECK(has_claim(before, "US government", "export_approval", "Nvidia H20"));
    // A firm named between keeps "it": the firm, as before.
    auto firm = claims_of("Washington fined Inspur last year. Tencent said it bought H20 chips in March.");
    INFO(describe(firm));
    CHECK(has_claim(firm, "Tencent", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(firm, "US government", "acquired_hardware"));
}

TEST_CASE("Extractor: a Chinese chipmaker that obtained dies 'through front companies, evading the rules' smuggled them", "[extract]") {
    auto c = claims_of("Cambricon obtained 20,000 H100 chips for its own clusters through front companies in "
                       "Singapore, evading US export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Cambricon", "smuggling", "Nvidia H100"));
    // A US chipmaker that says so is no smuggler.
    CHECK_FALSE(has_claim(claims_of("Nvidia said H100 chips were obtained through front companies."), "Nvidia", "smuggling"));
}

TEST_CASE("Extractor: a short model name opening a passive speaks for the maker just named", "[extract]") {
    auto c = claims_of("Moonshot AI showed K3 to investors on Monday. K3 was trained on 4,000 Nvidia H20 chips, the "
                       "company said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H20"));
    // Not a copula: "K3 is not the model ..." speaks of the model.
    auto copula = claims_of("Moonshot AI showed K3 to investors. K3 is not the model trained on H20 chips.");
    INFO(describe(copula));
    CHECK_FALSE(has_claim(copula, "Moonshot AI", "trained_on", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: 'rejected the accusation' after a headline denies the lede's accusation too", "[extract]") {
    auto c = claims_of("OpenAI says Zhipu AI used fake accounts to reach ChatGPT\n\nOpenAI on Friday accused Zhipu AI of "
                       "distilling its GPT models. Zhipu AI rejected the accusation on Saturday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a denial that a party received the smuggled chips pointed back to denies their smuggling to it", "[extract]") {
    auto c = claims_of("Customs officers say 300 B200 servers were smuggled into China for ByteDance. Their lawyer said "
                       "there is no evidence that any of these B200 servers reached Tencent.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia B200", "*", Polarity::denied));
    // With no smuggling told before, a denied receipt is only that.
    auto plain = claims_of("Nvidia shipped 300 B200 servers to Malaysia. Tencent said it never received these servers.");
    INFO(describe(plain));
    CHECK_FALSE(has_claim(plain, "Tencent", "smuggling"));
}

TEST_CASE("Extractor: 'a successor to its K2 series' releases no K2", "[extract]") {
    auto c = claims_of("Moonshot AI is building a successor to its K2 series, people familiar with the plans said.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K2"));
}

TEST_CASE("Extractor: in an interview, 'we' in an answer is the firm the article tied the one answering to", "[extract]") {
    auto c = claims_of("Zhipu AI released GLM-5 last week.\n\nLi Ming, the Beijing start-up's head of training, spoke "
                       "to us by phone.\n\nHarbor Tech: What hardware did you use?\n\nLi Ming: We trained GLM-5 on Huawei "
                       "Ascend 910B chips. We have never used smuggled Nvidia chips.\n\nHarbor Tech: And the H20?\n\nLi: "
                       "We have never distilled Claude.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    // The interviewer's lines speak for nobody.
    auto asked = claims_of("Li Ming, head of training at Zhipu AI, spoke to us.\n\nHarbor Tech: We heard you bought "
                           "H100 chips.");
    INFO(describe(asked));
    CHECK_FALSE(has_claim(asked, "Zhipu AI", "acquired_hardware"));
}

TEST_CASE("Extractor: 'That was wrong:' judges what came before; what its colon sets after is right", "[extract]") {
    auto c = claims_of("We wrote last week that Baidu trained Ernie 5 on B200 chips. That was wrong: Baidu says Ernie 5 "
                       "was trained on Kunlun P800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Kunlunxin P800", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "Kunlunxin P800", "*", Polarity::denied));
}

TEST_CASE("Extractor: a person who speaks is never the 'it' right after the speaking verb", "[extract]") {
    auto c = claims_of("Zhipu AI released GLM-5 on Tuesday. A senator, Ann Reyes, says it was trained on smuggled B200 "
                       "chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia B200"));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200"));
}

TEST_CASE("Extractor: a denier before a long apposition denies ('Baidu, the search group that ..., called the claims baseless')", "[extract]") {
    auto c = claims_of("Google accused Baidu of distilling its Gemini models. Separately, Tencent bought H20 chips in "
                       "May. Baidu, the Beijing search group that Washington added to the entity list in 2024, called "
                       "the allegations baseless on Friday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Google", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "acquired_hardware", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: the subject before an apposition acts, not the party that ends the apposition", "[extract]") {
    auto c = claims_of("Zhipu AI, the Beijing developer backed by the e-commerce group Alibaba, released GLM-5 on "
                       "Tuesday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "model_release", "*", "GLM-5"));
    CHECK_FALSE(has_claim(c, "Alibaba", "model_release"));
}

TEST_CASE("Extractor: a lab and a firm of another kind listed together share the claim", "[extract]") {
    auto c = claims_of("Moonshot AI and Supermicro together hold about 8,000 Nvidia H20 chips, analysts estimate.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Supermicro", "acquired_hardware", "Nvidia H20"));
}

TEST_CASE("Extractor: a release's own object beats a model named in the apposition before it", "[extract]") {
    auto c = claims_of("Alibaba, the Hangzhou group behind the Qwen chatbot, unveiled its Qwen3 model on Tuesday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "model_release", "*", "Qwen3"));
    CHECK_FALSE(has_claim(c, "Alibaba", "model_release", "*", "Qwen"));
}

TEST_CASE("Extractor: only the party right before a speaking verb speaks", "[extract]") {
    auto c = claims_of("AMD to restart MI308 sales to China after Washington signals approval.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "China", "export_approval"));
    CHECK(has_claim(c, "AMD", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: 'without' negates what follows it, and no cue's gap crosses it", "[extract]") {
    auto c = claims_of("Zhipu AI said GLM-5 was trained without using data generated by Anthropic's Claude.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "*", Polarity::asserted));
    // "without offering evidence" hedges the claim; it denies nothing.
    auto hedged = claims_of("Two senators said, without offering evidence, that Tencent smuggled H100 chips.");
    INFO(describe(hedged));
    CHECK(has_claim(hedged, "Tencent", "smuggling", "Nvidia H100", "*", Polarity::asserted));
}

TEST_CASE("Extractor: 'the lab' takes up a lab, not a chipmaker named nearer", "[extract]") {
    auto c = claims_of("Moonshot AI began a new training run in May. Huawei sent engineers to Moonshot AI's offices to "
                       "help with the Ascend runs, but the lab could not finish training its model on Ascend chips.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Huawei", "trained_on", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'it' takes up a government the sentence before names alone", "[extract]") {
    auto c = claims_of("The ruling is a setback for the Commerce Department. In May it allowed AMD to resume sales of "
                       "the MI308 to China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: 'not aware of a report that' denies nothing", "[extract]") {
    auto c = claims_of("Asked on Friday, the ministry said it was not aware of a Korean newspaper report that Tencent had "
                       "trained its newest model on smuggled B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "trained_on", "Nvidia B200", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Tencent", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a verb phrase joined by 'and' shares the sentence's subject", "[extract]") {
    auto c = claims_of("\"Foxconn has not shipped servers to Baidu since 2023 and is not the target of any inquiry by the "
                       "Commerce Department,\" the company said, adding that it keeps records of every sale.");
    INFO(describe(c));
    CHECK(has_claim(c, "Foxconn", "investigation", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "investigation"));
}

TEST_CASE("Extractor: a reference with a city in it takes up the party named paragraphs before", "[extract]") {
    auto c = claims_of("MiniMax released a new model on Monday.\n\nShares of Nvidia rose 3 per cent.\n\n"
                       "The Lotus Daily, citing two engineers, reported that the Shanghai start-up had obtained "
                       "several thousand H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Lotus Daily", "acquired_hardware"));
    CHECK_FALSE(has_claim(c, "Nvidia", "acquired_hardware"));
}

TEST_CASE("Extractor: 'it' in the claim a denial verb rejects is the one who rejects", "[extract]") {
    auto c = claims_of("Zhipu AI said on Friday that it had never used proxy accounts to reach Gemini and rejected the "
                       "claim that it had distilled Google's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Google", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: 'one of them' denies for none of the accused", "[extract]") {
    auto c = claims_of("OpenAI says Baidu, Tencent and Zhipu AI distilled its models. One of them rejected the claim on "
                       "Friday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'holding back' a country's technology withholds no model", "[extract]") {
    auto c = claims_of("Beijing rejected OpenAI's claims that Baidu and Tencent had distilled its models, calling them "
                       "a smear aimed at holding back Chinese technology.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "withheld_model"));
}

TEST_CASE("Extractor: 'an allegation X called groundless' denies in place, a long name counting as one word", "[extract]") {
    auto c = claims_of("Anthropic said Zhipu AI had distilled its models, an allegation the Chinese embassy in "
                       "Washington called groundless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::asserted));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: 'as' and a name open a clause a denial does not reach", "[extract]") {
    auto c = claims_of("Baidu rejects report on H20 stockpiling as Washington clears H200 sales to China");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H200", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "US government", "export_approval", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a firm right before a one-word cue is what it is done to", "[extract]") {
    auto c = claims_of("The week in chips: Baidu's new servers, a Megaspeed probe and Nvidia's China sales");
    INFO(describe(c));
    CHECK(has_claim(c, "Megaspeed", "investigation"));
    CHECK_FALSE(has_claim(c, "Nvidia", "investigation"));
    CHECK_FALSE(has_claim(c, "Megaspeed", "investigation", "*", "China"));
}

TEST_CASE("Extractor: 'X's distillation claims against Y': Y is accused, X's models the object", "[extract]") {
    auto c = claims_of("Beijing rejects OpenAI's distillation claims against Zhipu AI and Baidu as a smear");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(c, "OpenAI", "distillation"));
}

TEST_CASE("Extractor: 'denied it' denies the last report only", "[extract]") {
    auto c = claims_of("Baidu has relied mainly on H20 chips bought from cloud partners, two people said. The Lotus "
                       "Daily reported last week that B200 servers had been smuggled to Baidu through Malaysia. The "
                       "company has denied it.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
}

TEST_CASE("Extractor: a government right before the cue's last word grants, whoever ships", "[extract]") {
    auto c = claims_of("Nvidia said it had begun shipping H20 chips to Chinese buyers under licences the Commerce "
                       "Department issued in August.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H20"));
}

TEST_CASE("Extractor: an apposition opened by 'one of', with a possessive inside, is passed over", "[extract]") {
    auto c = claims_of("Moonshot AI, one of China's so-called AI tigers, was added to the US entity list in March.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction"));
    CHECK_FALSE(has_claim(c, "China", "export_restriction"));
}

TEST_CASE("Extractor: a model compared with ('since R1', 'than V3') is not the one released", "[extract]") {
    auto c = claims_of("As Moonshot AI prepares its biggest release since Kimi K2, investors describe how it built its "
                       "clusters.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K2"));
}

TEST_CASE("Extractor: a model kept from a country's market is no model withheld", "[extract]") {
    auto c = claims_of("OpenAI, which does not offer ChatGPT in China, said Baidu had distilled its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "OpenAI", "withheld_model"));
}

TEST_CASE("Extractor: a speaker set off by a relative clause or apposition before 'said' speaks", "[extract]") {
    auto c = claims_of("Google, which does not operate Gemini in China, said Baidu had distilled its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Google"));
    // "We" is the speaker's firm, as an apposition after the name gives it.
    auto we = claims_of("\"We have never bought a single B200,\" Chen Yu, a Baidu vice-president who runs its cloud, "
                        "said on Tuesday.");
    INFO(describe(we));
    CHECK(has_claim(we, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(we, "Chen Yu", "acquired_hardware"));
}

TEST_CASE("Extractor: a speaker of a clause of its own after the cue is no distilled lab", "[extract]") {
    auto c = claims_of("Google said it had seen signs that Baidu had distilled its models, and Microsoft, its partner, "
                       "said it was looking into the matter.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "Microsoft"));
}

TEST_CASE("Extractor: a speaker acts in the aside before its own verb", "[extract]") {
    auto trained = claims_of("Baidu, which trained its Ernie model on a cluster of Kunlun P800 chips, said on Monday that "
                             "the chatbot has 40 million users.");
    INFO(describe(trained));
    CHECK(has_claim(trained, "Baidu", "trained_on", "Kunlunxin P800"));
    auto accused = claims_of("Moonshot AI, the Beijing lab that Google accused in March of distilling its models, said on "
                             "Monday that Kimi K3 was trained on Huawei Ascend chips.");
    INFO(describe(accused));
    CHECK(has_claim(accused, "Moonshot AI", "distillation", "*", "Google"));
}

TEST_CASE("Extractor: a passive's agent 'by groups including X, Y and Z', its chip the subject before an aside", "[extract]") {
    auto c = claims_of("The H20, a cut-down version of the H100 that Nvidia designed in 2023, has been bought in large "
                       "numbers by Chinese firms including Baidu and Tencent.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: the outlet of 'X's December report that' speaks, and acts in none of it", "[extract]") {
    auto c = claims_of("Moonshot AI said the line reads as a response to The Granite Ledger's December report that the lab "
                       "was training its next model on smuggled B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "smuggling", "Nvidia B200"));
    CHECK_FALSE(has_claim(c, "Granite Ledger", "smuggling"));
}

TEST_CASE("Extractor: 'Nvidia's China probe' is China's probe of Nvidia", "[extract]") {
    auto c = claims_of("Chip Week: Baidu's new cluster, Nvidia's China probe, Huawei's roadmap");
    INFO(describe(c));
    CHECK(has_claim(c, "Nvidia", "investigation", "*", "China"));
    CHECK_FALSE(has_claim(c, "Huawei", "investigation"));
}

TEST_CASE("Extractor: the version named after a family is the model released", "[extract]") {
    auto c = claims_of("Moonshot AI on Monday released a new version of its Kimi chatbot model, Kimi K2, which it said "
                       "beat GPT-4.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K2"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi"));
}

TEST_CASE("Extractor: a model designed for a kind of chips ('domestic chips') without a chip named", "[extract]") {
    auto c = claims_of("MiniMax said its new number format was designed for \"next-generation domestic chips\".");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "designed_for_hardware"));
    // Buying domestic chips names no chip to track: no acquisition claim.
    auto bought = claims_of("Tencent and ByteDance have adopted domestic accelerators for inference.");
    INFO(describe(bought));
    CHECK_FALSE(has_claim(bought, "Tencent", "acquired_hardware"));
}

TEST_CASE("Extractor: a name before a place's noun ('the Lau Fau container terminal') is no party", "[extract]") {
    auto c = claims_of("Customs officers seized 30 servers fitted with Nvidia H200 chips at the Lau Fau container "
                       "terminal on Monday.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Lau Fau", "smuggling"));
    auto park = claims_of("Orbis Compute leases 5,000 B200 processors at the Bukit Mas Technology Park.");
    INFO(describe(park));
    CHECK_FALSE(has_claim(park, "Bukit Mas Technology Park", "acquired_hardware"));
}

TEST_CASE("Extractor: a negation does not reach into a relative clause after it", "[extract]") {
    auto c = claims_of("The Commerce Department said the licences would not cover the B200, which remains barred from "
                       "sale to Chinese buyers.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B200", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: session 13's denial and attribution rows", "[extract]") {
    auto nothing = claims_of("Nvidia said it had seen nothing to support the claim that Baidu obtained B200 chips.");
    INFO(describe(nothing));
    CHECK(has_claim(nothing, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    auto correct = claims_of("Last week we reported that Zhipu AI had trained GLM-5 on H20 chips, which was not correct.");
    INFO(describe(correct));
    CHECK(has_claim(correct, "Zhipu AI", "trained_on", "Nvidia H20", "*", Polarity::denied));
    CHECK_FALSE(has_claim(correct, "Zhipu AI", "trained_on", "*", "*", Polarity::asserted));
    auto figure = claims_of("Analysts said Tencent held 50,000 H20 chips. A Tencent engineer dismissed the figure as made up.");
    INFO(describe(figure));
    CHECK(has_claim(figure, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
    auto accusers = claims_of("Beijing dismissed accusations by OpenAI and Google that Baidu had distilled their models.");
    INFO(describe(accusers));
    CHECK(has_claim(accusers, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
    CHECK(has_claim(accusers, "Baidu", "distillation", "*", "Google", Polarity::denied));
    auto british = claims_of("OpenAI said Zhipu AI had run fake accounts to distil ChatGPT's capabilities into its models.");
    INFO(describe(british));
    CHECK(has_claim(british, "Zhipu AI", "distillation", "*", "OpenAI"));
}

TEST_CASE("Extractor: a participle after a comma speaks of its clause's subject; the owner of terms of service is no actor", "[extract]") {
    auto relying = claims_of("The panel said Zhipu AI copied ChatGPT, relying on accounts opened to get around OpenAI's "
                             "terms of service.");
    INFO(describe(relying));
    CHECK(has_claim(relying, "Zhipu AI", "fraudulent_access", "*", "OpenAI"));
    CHECK_FALSE(has_claim(relying, "OpenAI", "fraudulent_access"));
    auto owner = claims_of("Moonshot AI ignored Anthropic's terms of service for months.");
    INFO(describe(owner));
    CHECK(has_claim(owner, "Moonshot AI", "fraudulent_access", "*", "Anthropic"));
    CHECK_FALSE(has_claim(owner, "Anthropic", "fraudulent_access"));
}

TEST_CASE("Extractor: session 14's noun phrases around chips and releases", "[extract]") {
    auto product = claims_of("AMD said the government now requires a licence to export the MI308, its last China product.");
    INFO(describe(product));
    CHECK(has_claim(product, "US government", "export_restriction", "AMD MI308"));
    auto about = claims_of("Moonshot AI is about to release its Kimi K3 model, two people said.");
    INFO(describe(about));
    CHECK(has_claim(about, "Moonshot AI", "model_release"));
    auto joined = claims_of("The A800, a cut-down version of the A100 with slower links, was built for Chinese buyers and "
                            "banned by Washington in 2023.");
    INFO(describe(joined));
    CHECK(has_claim(joined, "US government", "export_restriction", "Nvidia A800"));
    CHECK_FALSE(has_claim(joined, "US government", "export_restriction", "Nvidia A100"));
    auto list = claims_of("Commerce said B300 chips and Nvidia's coming Rubin processors stay barred from export to China.");
    INFO(describe(list));
    CHECK(has_claim(list, "US government", "export_restriction", "Nvidia B300"));
    // "that" after a word for chips opens a relative clause: its subject approves nothing.
    auto relative = claims_of("The B30A, the chip that Nvidia pitched to officials in August, was approved for sale to China.");
    INFO(describe(relative));
    CHECK_FALSE(has_claim(relative, "Nvidia", "export_approval"));
}

TEST_CASE("Extractor: an investigation's question and its agent: 'by' with a gerund brings no agent; 'under investigation by'", "[extract]") {
    auto gerund = claims_of("The Commerce Department is examining whether Samsung broke export rules by making chips that "
                            "ended up with Huawei through a middleman.");
    INFO(describe(gerund));
    CHECK(has_claim(gerund, "Samsung", "investigation", "*", "US government"));
    CHECK_FALSE(has_claim(gerund, "Huawei", "investigation"));
    auto agent = claims_of("Seoul's trade ministry said on Friday that Samsung \"is not under investigation by US "
                           "authorities\".");
    INFO(describe(agent));
    CHECK(has_claim(agent, "Samsung", "investigation", "*", "US government", Polarity::denied));
    CHECK_FALSE(has_claim(agent, "Samsung", "investigation", "*", "South Korea"));
}

TEST_CASE("Extractor: 'X ended up with N chips'; a lab's own denial of a practice with no lab accusing", "[extract]") {
    auto ended = claims_of("Alibaba ended up with roughly 3,000 B200 chips from the Malaysian deal.");
    INFO(describe(ended));
    CHECK(has_claim(ended, "Alibaba", "acquired_hardware", "Nvidia B200"));
    auto practice = claims_of("Zhipu AI believes the allegations are without merit and has not engaged in any "
                              "unauthorised access to third-party models.");
    INFO(describe(practice));
    CHECK(has_claim(practice, "Zhipu AI", "fraudulent_access", "*", "", Polarity::denied));
    // Another's claim with no lab named stays out ("rejects Anthropic's distillation claims").
    auto accuser = claims_of("Zhipu AI rejects Anthropic's distillation claims as lawmakers press for a probe.");
    INFO(describe(accuser));
    CHECK_FALSE(has_claim(accuser, "Anthropic", "distillation"));
}

TEST_CASE("Extractor: session 14's withholding, licensing and chip lists", "[extract]") {
    auto shared = claims_of("A report said Zhipu AI had given Huawei engineers early access to GLM-5 but had not shared it "
                            "with Nvidia or AMD.");
    INFO(describe(shared));
    CHECK(has_claim(shared, "Zhipu AI", "withheld_model", "*", "Nvidia"));
    CHECK(has_claim(shared, "Zhipu AI", "withheld_model", "*", "AMD"));
    CHECK_FALSE(has_claim(shared, "Zhipu AI", "withheld_model", "*", "Huawei"));
    auto plans = claims_of("There are no plans to license the B30A, a White House official said.");
    INFO(describe(plans));
    CHECK(has_claim(plans, "US government", "export_approval", "Nvidia B30A", "*", Polarity::denied));
    // "does not cover" said of a decision is no rule denied; the rule that follows stands.
    auto cover = claims_of("The approval does not cover Nvidia's B300 processors or its coming Rubin line, which remain "
                           "off-limits to Chinese buyers, a Commerce official said.");
    INFO(describe(cover));
    CHECK(has_claim(cover, "US government", "export_restriction", "Nvidia B300"));
    CHECK_FALSE(has_claim(cover, "US government", "export_restriction", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: an apposition inside a question says what it says", "[extract]") {
    auto c = claims_of("Asked whether Kimi K2, the model Moonshot AI released in July, had been trained on H20 "
                       "processors, the finance chief would not say.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "model_release", "*", "Kimi K2"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "trained_on"));
}

TEST_CASE("Extractor: a negation reaches a cue further on in the negated verb's phrase", "[extract]") {
    auto c = claims_of("Tencent said in a statement that it had \"never bought B200 chips or any other restricted Nvidia "
                       "product through unauthorised channels\" and that all of its hardware had been acquired lawfully.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "smuggling", "*", "*", Polarity::asserted));
    // Not past a mark: "Claude is not offered in China, by routing traffic through proxy networks".
    auto mark = claims_of("Anthropic said the labs broke its terms of service, since Claude is not offered in China, by "
                          "routing traffic through commercial proxy networks.");
    INFO(describe(mark));
    CHECK_FALSE(has_claim(mark, "*", "fraudulent_access", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a restrictive relative clause is part of the negated phrase", "[extract]") {
    auto c = claims_of("Baichuan said in a statement that it had never bought Nvidia A100 chips from any supplier that "
                       "breached export controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "smuggling", "Nvidia A100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baichuan", "smuggling", "*", "*", Polarity::asserted));
    // A comma and "which" still open a clause that says its own.
    auto own = claims_of("Baichuan has not bought Nvidia A100 chips from the broker, which smuggled H100 chips to "
                         "Zhipu AI.");
    INFO(describe(own));
    CHECK_FALSE(has_claim(own, "Zhipu AI", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: whom a speaker tells is no actor; bare 'racks' are chips spoken of", "[extract]") {
    auto told = claims_of("The servers, holding about 9,000 H200 chips, were later trucked to Port Dickson and shipped to "
                          "Hangzhou for Alibaba, two people involved told the Harbour Courier, in what would amount to an "
                          "evasion of US export controls.");
    INFO(describe(told));
    CHECK(has_claim(told, "Alibaba", "smuggling", "Nvidia H200"));
    CHECK_FALSE(has_claim(told, "Harbour Courier", "smuggling"));
    auto racks = claims_of("Dell dismissed reports that racks it sold to a Thai customer had ended up with Baidu.");
    INFO(describe(racks));
    CHECK(has_claim(racks, "Baidu", "acquired_hardware", "", "*", Polarity::denied));
}

TEST_CASE("Extractor: chips a relative clause with no pronoun says the actor bought", "[extract]") {
    auto c = claims_of("Baidu says Ernie 5 was trained on Kunlun chips. \"It is possible that parts of the pre-training ran "
                       "on older Nvidia A800 clusters the company bought in 2022,\" said Wen Li, an analyst.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia A800"));
}

TEST_CASE("Extractor: the lab before a cue and a claim noun owns the claims; outputs through unauthorised means", "[extract]") {
    auto headline = claims_of("Ministry briefing on OpenAI distillation claims, Kimi K2 and H20 imports");
    INFO(describe(headline));
    CHECK_FALSE(has_claim(headline, "OpenAI", "distillation"));
    auto rejects = claims_of("Baidu rejects Google's distillation accusations as baseless.");
    INFO(describe(rejects));
    CHECK(has_claim(rejects, "Baidu", "distillation", "*", "Google", Polarity::denied));
    auto means = claims_of("Moonshot AI said it had never obtained Claude outputs through unauthorized means.");
    INFO(describe(means));
    CHECK(has_claim(means, "Moonshot AI", "fraudulent_access", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: chips 'barred from China' are the home government's rule, China is where they may not go", "[extract]") {
    auto c = claims_of("The approval does not extend to B300 or the coming Rubin chips, which remain barred from China.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B300"));
    CHECK_FALSE(has_claim(c, "China", "export_restriction"));
}

TEST_CASE("Extractor: session 14's smuggling destinations, bars, previews, settlements and hypotheses", "[extract]") {
    auto company = claims_of("Reuters reported that Nvidia B200 servers were smuggled into China for the Chinese AI "
                             "company Zhipu AI through Thailand.");
    INFO(describe(company));
    CHECK(has_claim(company, "Zhipu AI", "smuggling", "Nvidia B200"));
    auto blocked = claims_of("The US government has blocked AMD from selling its MI308 artificial intelligence chip to "
                             "China without a license.");
    INFO(describe(blocked));
    CHECK(has_claim(blocked, "US government", "export_restriction", "AMD MI308"));
    auto preview = claims_of("The Post also reported that Zhipu AI had kept Nvidia out of the preview.");
    INFO(describe(preview));
    CHECK(has_claim(preview, "Zhipu AI", "withheld_model", "*", "Nvidia"));
    auto settle = claims_of("Samsung could face a fine of $1 billion or more to settle a U.S. export control investigation.");
    INFO(describe(settle));
    CHECK(has_claim(settle, "Samsung", "investigation", "*", "US government"));
    auto mean = claims_of("\"Even if the allegations are proven, it would not mean that Zhipu trained GLM-5 on Blackwell "
                          "chips,\" said an analyst.");
    INFO(describe(mean));
    CHECK_FALSE(has_claim(mean, "Zhipu AI", "trained_on", "*", "*", Polarity::denied));
    auto joined = claims_of("Zhipu AI said GLM-5 had been optimized for domestic chips, without naming a chipmaker, and "
                            "released the model's weights.");
    INFO(describe(joined));
    CHECK_FALSE(has_claim(joined, "Zhipu AI", "model_release", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a speaker with an aside a preposition opens ('OpenAI, in a memo to lawmakers, accused')", "[extract]") {
    auto c = claims_of("OpenAI, in a separate memo to lawmakers, accused Zhipu AI of using fake accounts.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "OpenAI", "fraudulent_access"));
}

TEST_CASE("Extractor: 'it' after a speaker with an aside; a long aside before the verb; 'without' ends at a comma", "[extract]") {
    auto it = claims_of("OpenAI said on Monday that the brokers had approached several labs. Asked whether others had "
                        "been approached, Tencent, which has been building its own chips for years, said on Thursday "
                        "that it had never acquired B200 chips.");
    INFO(describe(it));
    CHECK(has_claim(it, "Tencent", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(it, "OpenAI", "acquired_hardware"));
    auto aside = claims_of("Now Anthropic, a company that built its products by scraping the writing of millions of "
                           "people without asking, accuses Zhipu AI of \"distilling\" its models.");
    INFO(describe(aside));
    CHECK(has_claim(aside, "Zhipu AI", "distillation", "*", "Anthropic"));
    bool claimant_is_anthropic = false;
    for (const auto& c : aside) claimant_is_anthropic |= c.allegation == "distillation" && c.claimant == "Anthropic";
    CHECK(claimant_is_anthropic);
}

TEST_CASE("Extractor: a country before 'newsletter' or 'newspaper' is an adjective, not the government speaking", "[extract]") {
    auto c = claims_of("The US newsletter The Foundry Report has claimed that Zhipu AI used smuggled Nvidia B200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200"));
    for (const auto& claim : c) CHECK(claim.claimant != "US government");
}

TEST_CASE("Extractor: a model's short name after 'that the' stands for its maker named before", "[extract]") {
    auto c = claims_of("Moonshot AI has never hidden how it works. Its engineers published a paper showing that the K2 "
                       "model was trained on 2,048 Nvidia H800 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H800"));
}

TEST_CASE("Extractor: 'but' ends a cue's gap and shares the subject; 'it' takes up the model named before", "[extract]") {
    auto c = claims_of("Zhipu AI is reportedly about to release GLM-5. Reports say it gave Huawei early access but "
                       "withheld it from Nvidia.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "withheld_model", "*", "Nvidia"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "withheld_model", "*", "Huawei"));
}

TEST_CASE("Extractor: a government denies an accusation against its country's firms", "[extract]") {
    auto c = claims_of("OpenAI told lawmakers in a memo that Zhipu AI had distilled its models. A spokesperson for the "
                       "Chinese embassy, asked about the memo, called the accusation \"groundless\".");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
    // Not a firm of another country: the accusation against OpenAI stays undenied.
    auto other = claims_of("Anthropic said Google had distilled Claude. A spokesperson for the Chinese embassy called "
                           "the accusation baseless.");
    INFO(describe(other));
    CHECK(has_claim(other, "Google", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(other, "Google", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a denier set off from its verb by a participle aside ('the Chinese Embassy in Japan, asked about the memo ..., called')", "[extract]") {
    auto c = claims_of("OpenAI told lawmakers in a memo that Zhipu AI had distilled its models. The memo runs to 16 "
                       "pages. It was first reported on Tuesday. Lawmakers have asked for a briefing. Zhipu AI did not "
                       "respond to requests for comment. A spokesperson for the Chinese Embassy in Japan, asked about "
                       "the memo at a regular briefing on Friday, called the accusation \"groundless\".");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI", Polarity::denied));
}

TEST_CASE("Extractor: a firm that owns a noun makes no export rule", "[extract]") {
    auto c = claims_of("The Commerce Department dismissed as false a report that the administration was prepared to "
                       "approve sales of Nvidia's B300 chip to China, the latest twist in a long fight over how much of "
                       "Nvidia's technology Chinese companies should be allowed to buy.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia B300", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Nvidia", "export_approval", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'engineering samples for testing' designs nothing", "[extract]") {
    auto c = claims_of("Tencent has already received a small number of B30A engineering samples for testing, two people said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B30A"));
    CHECK_FALSE(has_claim(c, "Tencent", "designed_for_hardware"));
}

TEST_CASE("Extractor: an unnamed subject the indefinite article brings is no party's", "[extract]") {
    auto c = claims_of("Baidu fell 2.3% in Hong Kong after a report by an industry newsletter that a Chinese cloud "
                       "provider had bought Nvidia A100 servers through a reseller.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware"));
}

TEST_CASE("Extractor: a cue's party after ', and' and another speaker's verb belongs to that other report", "[extract]") {
    auto c = claims_of("The Foundry Report has claimed that Zhipu AI used smuggled Nvidia B200 chips to train its new "
                       "model, and a Singaporean newspaper has reported that servers were smuggled to Moonshot AI "
                       "through Singapore.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200"));
    CHECK(has_claim(c, "Moonshot AI", "smuggling"));
}

TEST_CASE("Extractor: an infinitive of purpose has the actor of the act it is for, however far", "[extract]") {
    auto far = claims_of("OpenAI said DeepSeek and Zhipu AI had opened roughly 9,000 fake developer accounts to send more "
                         "than two million prompts to its programming interface, in what the company called a deliberate "
                         "effort to distill its reasoning models.");
    INFO(describe(far));
    CHECK(has_claim(far, "DeepSeek", "distillation", "*", "OpenAI"));
    CHECK(has_claim(far, "Zhipu AI", "distillation", "*", "OpenAI"));
    // A subject of its own in between acts instead.
    auto other = claims_of("OpenAI said DeepSeek had opened roughly 9,000 fake developer accounts to send more than two "
                           "million prompts to its programming interface last year, while Tencent engineers tried to "
                           "distill its models.");
    INFO(describe(other));
    CHECK_FALSE(has_claim(other, "DeepSeek", "distillation"));
}

TEST_CASE("Extractor: 'them' as the object of a cue takes up the chips named before", "[extract]") {
    auto same = claims_of("Last month, Baidu denied that any H200 chips had been smuggled to it, and said it had never "
                          "bought them.");
    INFO(describe(same));
    CHECK(has_claim(same, "Baidu", "acquired_hardware", "Nvidia H200", "*", Polarity::denied));
    auto before = claims_of("Prosecutors said a broker in Penang shipped MI308 accelerators to Tencent. Tencent said it "
                            "had never received them.");
    INFO(describe(before));
    CHECK(has_claim(before, "Tencent", "acquired_hardware", "AMD MI308", "*", Polarity::denied));
}

TEST_CASE("Extractor: a publisher that retracts a report denies what it said", "[extract]") {
    auto governed = claims_of("The Harbour Ledger has retracted a March 3 article that reported Baidu had bought H100 "
                              "chips from a broker in Penang.");
    INFO(describe(governed));
    CHECK(has_claim(governed, "Baidu", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
    CHECK_FALSE(has_claim(governed, "Baidu", "acquired_hardware", "*", "*", Polarity::asserted));
    auto back = claims_of("The Harbour Ledger reported that Baidu had bought H100 chips from a broker in Penang. "
                          "The newsletter later retracted it.");
    INFO(describe(back));
    CHECK(has_claim(back, "Baidu", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: the model a training noun is of names who trained it", "[extract]") {
    auto c = claims_of("Moonshot AI plans a new model this summer. Training of the new Kimi model was carried out "
                       "largely on H800 chips, a person familiar with the project said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H800"));
}

TEST_CASE("Extractor: a lab releases only its own models", "[extract]") {
    auto c = claims_of("OpenAI said Zhipu AI moved most of its queries to a newly released ChatGPT model within a week.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "model_release"));
}

TEST_CASE("Extractor: each of a list of deniers denies what was said of it, in its own name", "[extract]") {
    auto c = claims_of("OpenAI said Zhipu AI and Baidu had distilled its models. Zhipu AI and Baidu have both rejected "
                       "OpenAI's accusations.");
    INFO(describe(c));
    for (const char* lab : {"Zhipu AI", "Baidu"}) {
        INFO(lab);
        CHECK(std::any_of(c.begin(), c.end(), [&](const Claim& claim) {
            return claim.actor == lab && claim.polarity == Polarity::denied && claim.claimant == lab;
        }));
    }
}

TEST_CASE("Extractor: a government that has not yet approved exports denies an approval and rules nothing", "[extract]") {
    auto status = claims_of("The Commerce Department has not licensed any B30A product for export to China, a "
                            "spokesperson said.");
    INFO(describe(status));
    CHECK(has_claim(status, "US government", "export_approval", "Nvidia B30A", "*", Polarity::denied));
    CHECK_FALSE(has_claim(status, "US government", "export_restriction"));
    auto refusal = claims_of("A Commerce Department spokesperson said the department will not approve any licence for the "
                             "B30A to China.");
    INFO(describe(refusal));
    CHECK(has_claim(refusal, "US government", "export_restriction", "Nvidia B30A"));
}

TEST_CASE("Extractor: a denial whose cue has a subject of its own denies nothing others were said to do", "[extract]") {
    auto c = claims_of("Alibaba ordered 50,000 H20 chips in March, two people said. A Baidu spokeswoman said the company "
                       "has never bought any products in breach of export rules.");
    INFO(describe(c));
    CHECK(has_claim(c, "Alibaba", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Alibaba", "acquired_hardware", "*", "*", Polarity::denied));
    // A passive subject is whom the cue was done to: the denial still reaches what was said.
    auto passive = claims_of("Tencent withheld its newest model from Baidu for weeks, people said. A Baidu spokeswoman "
                             "said the company has never been denied access to a Tencent model.");
    INFO(describe(passive));
    CHECK(has_claim(passive, "Tencent", "withheld_model", "*", "Baidu", Polarity::denied));
}

TEST_CASE("Extractor: a denied purchase of chips a wrong qualifies denies only the wrong", "[extract]") {
    for (const char* denial : {"Baidu said it has never used chips obtained in breach of export controls.",
                               "Baidu said it had never bought H100 chips through any channel that breached export rules."}) {
        auto c = claims_of(denial);
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    }
    // Chips a wrong only describes were still bought: that is denied too.
    auto modifier = claims_of("Baidu said it had never stockpiled smuggled H100 chips.");
    INFO(describe(modifier));
    CHECK(has_claim(modifier, "Baidu", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: past a long apposition, an auxiliary and an -ing verb are the subject's verb", "[extract]") {
    auto c = claims_of("Moonshot AI, the Beijing start-up whose Kimi assistant drew tens of millions of users within weeks "
                       "of its launch two summers ago and briefly topped the app charts in a dozen countries, is training "
                       "its next model on a cluster of H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: 'start-up' in a description refers back as 'startup' does", "[extract]") {
    auto known = claims_of("DeepSeek released V4 on Monday. Reuters reported that the Hangzhou-based start-up had "
                           "trained the model on H800 chips.");
    INFO(describe(known));
    CHECK(has_claim(known, "DeepSeek", "trained_on", "Nvidia H800"));
    // Not to an outlet no lexicon lists that reports it.
    auto outlet = claims_of("DeepSeek released V4 on Monday. The Morning Lantern reported that the Hangzhou-based start-up "
                            "had trained the model on H800 chips.");
    INFO(describe(outlet));
    CHECK(has_claim(outlet, "DeepSeek", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(outlet, "Morning Lantern", "trained_on"));
    // In apposition to its name, before a relative clause, it is that name.
    auto relative = claims_of("Asked about DeepSeek, the Chinese start-up which US officials are examining over its chip "
                              "purchases, the minister declined to comment.");
    INFO(describe(relative));
    CHECK(has_claim(relative, "DeepSeek", "investigation", "*", "US government"));
}

TEST_CASE("Extractor: whom an accuser accuses is never the accuser ('OpenAI accused the company of ...')", "[extract]") {
    auto c = claims_of("Zhipu AI released GLM-5 in July. OpenAI accused the company of distilling its models through "
                       "thousands of fake accounts.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI"));
    // A possessive may still be the subject's own: "Zhipu AI trained its models".
    auto own = claims_of("Zhipu AI trained its models on Huawei Ascend chips.");
    INFO(describe(own));
    CHECK(has_claim(own, "Zhipu AI", "trained_on", "Huawei Ascend"));
}

TEST_CASE("Extractor: a denial of claims a cue names ('the distillation accusations') denies only those", "[extract]") {
    auto c = claims_of("A person close to Moonshot AI said the lab did not use a single Blackwell chip. \"They trained "
                       "it on what they had: H800s and H20s,\" the person said. The same person dismissed the "
                       "distillation accusations against Moonshot AI as \"sour grapes.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(c, "Moonshot AI", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a denial does not reach past 'but' to the subject's other act", "[extract]") {
    auto c = claims_of("Zhipu AI denied using fake accounts to reach ChatGPT but kept distilling OpenAI's models, the "
                       "memo said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "OpenAI", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a passive's agent past a few words of manner or time ('bought in bulk by')", "[extract]") {
    auto c = claims_of("Analysts said the H200 had been bought in bulk by Baidu and Tencent before the rule took effect.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H200"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H200"));
}

TEST_CASE("Extractor: chips a relative clause calls smuggled are chips spoken of", "[extract]") {
    auto c = claims_of("The senator said Zhipu AI had trained its models on chips that were smuggled in through Vietnam.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on"));
    CHECK(has_claim(c, "Zhipu AI", "smuggling"));
}

TEST_CASE("Extractor: a denial of the accusation that, or against, a named party denies that party's claims only", "[extract]") {
    auto c = claims_of("Anthropic said MiniMax and Zhipu AI had opened thousands of fake accounts to query Claude. A foreign "
                       "ministry spokesperson in Beijing said the accusation against MiniMax was groundless.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "fraudulent_access", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a claim by someone, past asides set off by commas, that ... is that one's, denied or not", "[extract]") {
    auto c = claims_of("The spokeswoman dismissed as fiction a claim by Dana Whitcombe, the Ohio congresswoman, made in a "
                       "radio interview on Friday, that Tencent had already received its first B30A chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B30A", "*", Polarity::asserted));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B30A", "*", Polarity::denied));
}

TEST_CASE("Extractor: a participle telling someone that speaks for the clause's subject", "[extract]") {
    auto c = claims_of("Anthropic renewed its complaint this week, telling senators in a letter that MiniMax had kept "
                       "distilling its models.");
    INFO(describe(c));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Anthropic"));
}

TEST_CASE("Extractor: after a sentence that names nobody, a description takes up the party the article is about", "[extract]") {
    auto c = claims_of("Zhipu AI released GLM-5 in July. Nvidia said Zhipu AI had asked for H20 samples. The official "
                       "story is one of self-reliance. The lab trained its newest model entirely on Huawei Ascend chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Huawei Ascend"));
    CHECK_FALSE(has_claim(c, "Nvidia", "trained_on"));
}

TEST_CASE("Extractor: a report by a described outlet that the denier pushes back on is still that outlet's claim", "[extract]") {
    auto c = claims_of("Tencent on Friday pushed back on a report by the Taipei-based trade weekly Wafer Lines that it had "
                       "bought 2,000 H20 servers from a broker.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::asserted));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
}

TEST_CASE("Extractor: orders counted in money, and a firm that calls the report speculation denies its own part", "[extract]") {
    auto c = claims_of("Baidu and Tencent together ordered more than $9 billion of H20s in the first quarter, the people "
                       "said. A Tencent spokesperson called the report \"pure speculation.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20"));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'found nothing that supports the claim', 'no evidence of diversion to' deny", "[extract]") {
    auto nothing = claims_of("The Harbour Ledger reported that B200 systems were smuggled to Baidu. Nvidia said it had found "
                             "nothing that supports the claim that B200 systems were smuggled to Baidu.");
    INFO(describe(nothing));
    CHECK(has_claim(nothing, "Baidu", "smuggling", "Nvidia B200", "*", Polarity::denied));
    auto diversion = claims_of("Prosecutors said the H200 diversion to Zhipu AI went through Vietnam.");
    INFO(describe(diversion));
    CHECK(has_claim(diversion, "Zhipu AI", "smuggling", "Nvidia H200"));
}

TEST_CASE("Extractor: a denial before a premise is the speaker's own, not a denial of the report", "[extract]") {
    auto c = claims_of("Baidu said its Ernie model \"was not trained on any H100 hardware,\" responding to a Harbor Post "
                       "report that the company had bought B200 systems through Malaysia.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::asserted));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
}

TEST_CASE("Extractor: logic dies are chips spoken of", "[extract]") {
    auto c = claims_of("Huawei obtained about a million TSMC-made logic dies through shell companies, the think tank said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Huawei", "acquired_hardware"));
}

TEST_CASE("Extractor: accused of a wrong by an accuser in a relative clause and no lab past its closing comma", "[extract]") {
    auto c = claims_of("Unlike Zhipu AI, which is accused of distillation by both OpenAI and Google, Baidu faces a single accuser.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "OpenAI"));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "distillation", "*", "Baidu"));
    CHECK_FALSE(has_claim(c, "OpenAI", "distillation"));
}

TEST_CASE("Extractor: a denial or an accuser inside a relative clause reaches no cue past its closing comma", "[extract]") {
    auto denial = claims_of("Anthropic accused Baidu of distillation. Baidu, which has denied Anthropic's allegations outright, "
                            "is preparing a new model.");
    INFO(describe(denial));
    CHECK_FALSE(has_claim(denial, "Baidu", "model_release", "*", "*", Polarity::denied));
    CHECK(has_claim(denial, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
    auto accuser = claims_of("Unlike Zhipu AI, which is accused of distillation by both Google and OpenAI, or Baidu, "
                             "which has denied Anthropic's allegations outright, MiniMax faces a single accuser on distillation.");
    INFO(describe(accuser));
    CHECK(has_claim(accuser, "Zhipu AI", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(accuser, "MiniMax", "distillation", "*", "Google"));
    CHECK_FALSE(has_claim(accuser, "MiniMax", "distillation", "*", "OpenAI"));
    for (const auto& c : accuser)
        if (c.actor == "MiniMax") CHECK(c.claimant != "OpenAI");
}

TEST_CASE("Extractor: chips past a relative clause's closing comma are not its cue's", "[extract]") {
    auto c = claims_of("Unlike Baidu, which built its name on one widely publicised training run and has said little about "
                       "its hardware since, Zhipu AI has been open about what it uses: the company has said GLM-5 was "
                       "trained on a cluster of Nvidia H800s.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "trained_on", "Nvidia H800"));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on"));
}

TEST_CASE("Extractor: a relative clause's verbs past words of time are its antecedent's", "[extract]") {
    auto c = claims_of("Anthropic accused Baidu and Zhipu AI of distillation. The accusation comes weeks after OpenAI told "
                       "lawmakers that Tencent had been distilling ChatGPT. Unlike Zhipu AI, which on Tuesday dismissed the "
                       "allegation as \"a tale built on guesswork\" and said it had never used Claude outputs to train its "
                       "GLM models, Baidu has said nothing at all.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: systems named by their chip are hardware bought, ordered or held", "[extract]") {
    auto c = claims_of("Baidu has denied that it holds Blackwell systems. Tencent ordered 300 B200 systems from a reseller.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B200"));
}

TEST_CASE("Extractor: a party in an apposition on a chip is no subject of a verb past it", "[extract]") {
    auto c = claims_of("The administration banned sales of the H20, a chip Nvidia designed for China, in April, before "
                       "allowing Nvidia to resume shipments of the H20 in July.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "China", "export_approval"));
}

TEST_CASE("Extractor: facing 'the same charge' from accusers is no investigation", "[extract]") {
    auto c = claims_of("Baidu now faces the same charge from the two best-funded American labs.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "investigation"));
    auto charged = claims_of("Zhipu AI faces charges from Singapore prosecutors.");
    INFO(describe(charged));
    CHECK(has_claim(charged, "Zhipu AI", "investigation"));
}

TEST_CASE("Extractor: 'one of the three labs named by X' in an apposition leaves the denier its antecedent", "[extract]") {
    auto c = claims_of("Anthropic accused Baidu, Zhipu AI and MiniMax of distillation. Zhipu AI, one of the three labs "
                       "named by Anthropic, has dismissed the distillation accusation as guesswork.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
    for (const auto& claim : c)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Zhipu AI");
}

TEST_CASE("Extractor: a party's name in another script in parentheses leaves its list whole", "[extract]") {
    auto c = claims_of("Anthropic accused three Chinese companies，Baidu（百度）、Zhipu AI（智谱）and MiniMax（稀宇科技），of "
                       "launching distillation attacks against its Claude model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic"));
    CHECK(has_claim(c, "MiniMax", "distillation", "*", "Anthropic"));
}

TEST_CASE("Extractor: 'the American administration' is the US government", "[extract]") {
    auto c = claims_of("The American administration has given the green light to exports of the H20.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_approval", "Nvidia H20"));
}

TEST_CASE("Extractor: 'it' opening what a relative clause's verb denies is the clause's antecedent", "[extract]") {
    auto c = claims_of("Nvidia shipped chips to China. Baidu, which denied last year that it had stockpiled H20s ahead of "
                       "the April ban, declined to comment.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: chips 'ordered' are acquired; a party ordered to do something acquires nothing", "[extract]") {
    auto c = claims_of("Baidu denies having ordered B200s at all. Zhipu AI had ordered H20 worth $2 billion.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK(has_claim(c, "Zhipu AI", "acquired_hardware", "Nvidia H20"));
    auto told = claims_of("Beijing ordered Tencent to stop buying H20 chips.");
    INFO(describe(told));
    CHECK_FALSE(has_claim(told, "China", "acquired_hardware"));
    CHECK_FALSE(has_claim(told, "Tencent", "acquired_hardware", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: 'repeated that' and ', repeating that' speak as 'said' does", "[extract]") {
    auto c = claims_of("According to the Ledger, Baidu received 3,000 H200 GPUs that prosecutors say were smuggled out "
                       "through Penang. Baidu dismissed the report as \"groundless\" on Wednesday, repeating that it had "
                       "never bought or used H200 products.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia H200", "*", Polarity::denied));
    auto ministry = claims_of("The Ledger reported that Baidu smuggled H200 chips. China's foreign ministry repeated that "
                              "Baidu had \"never evaded\" any country's export controls.");
    INFO(describe(ministry));
    CHECK(has_claim(ministry, "Baidu", "smuggling", "*", "*", Polarity::denied));
    for (const auto& claim : ministry)
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "China");
}

TEST_CASE("Extractor: 'X said the start-up had' a wrong speaks of another than X", "[extract]") {
    auto c = claims_of("Baidu released Ernie 5 last week. In January last year, OpenAI said the start-up had distilled its "
                       "models. In December, the Ledger reported that it was training its newest system on Blackwell chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
    CHECK_FALSE(has_claim(c, "OpenAI", "trained_on"));
    auto own = claims_of("Anthropic accused Zhipu AI of distillation. A Zhipu spokesperson said the company \"does not "
                         "use other companies' models to train GLM.\"");
    INFO(describe(own));
    CHECK(has_claim(own, "Zhipu AI", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: sales 'were halted by' rules past an apposition on the chip", "[extract]") {
    auto c = claims_of("AMD reported results. Its sales of the MI308, a chip it designed for Chinese buyers, were halted by "
                       "US rules in April.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "AMD MI308"));
}

TEST_CASE("Extractor: a chip not out yet listed with one that is gives no claim of its own", "[extract]") {
    auto c = claims_of("The licence does not cover B200 processors or Nvidia's forthcoming Rubin line, which remain barred.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B200"));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction", "Nvidia Rubin"));
    auto next = claims_of("Officials said the B200 chips and Nvidia's next-generation Rubin line would remain off limits.");
    INFO(describe(next));
    CHECK(has_claim(next, "US government", "export_restriction", "Nvidia B200"));
    CHECK_FALSE(has_claim(next, "US government", "export_restriction", "Nvidia Rubin"));
}

TEST_CASE("Extractor: a release cue's gap does not reach into a that-clause", "[extract]") {
    auto c = claims_of("Baidu rejected the accusations, saying in a statement posted to its website that its models were "
                       "independently developed.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "model_release"));
}

TEST_CASE("Extractor: a short aside between commas counts no words of a cue's gap", "[extract]") {
    auto c = claims_of("The Ledger reported last year that Baidu trained it, at least partly, on smuggled Blackwells.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
}

TEST_CASE("Extractor: 'copies' of a file are no copying of a model", "[extract]") {
    auto c = claims_of("Finnish security firm Tallvik said that, so far, it had not seen many copies of the Wexa worm.");
    INFO(describe(c));
    CHECK(c.empty());
}

TEST_CASE("Extractor: denying the use of smuggled chips denies the smuggling, not having chips", "[extract]") {
    auto c = claims_of("Baidu has said it does not use smuggled chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    auto used = claims_of("Baidu is reportedly using chips that were smuggled into the country, the Ledger said.");
    INFO(describe(used));
    CHECK(has_claim(used, "Baidu", "smuggling"));
}

TEST_CASE("Extractor: 'X said in a written reply to an outlet that it' is X", "[extract]") {
    auto c = claims_of("Baidu said in a written reply to Kanto Industrial Shimbun that it has never purchased Blackwell "
                       "products.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
    for (const auto& claim : c) CHECK(claim.actor == "Baidu");
}

TEST_CASE("Extractor: a release whose time comes before its model (translated word order)", "[extract]") {
    auto c = claims_of("Baidu released on the 5th its new reasoning model Ernie 5. Zhipu AI, listed in Hong Kong since "
                       "January, had launched in June 2025 the open-source model GLM-4.5.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "model_release", "*", "Ernie 5"));
    CHECK(has_claim(c, "Zhipu AI", "model_release", "*", "GLM-4.5"));
}

TEST_CASE("Extractor: developing a model using a chip named without a noun is training on it", "[extract]") {
    auto c = claims_of("The Ledger reported that Baidu was developing the next model using Nvidia's most advanced Blackwell "
                       "smuggled into China.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
}

TEST_CASE("Extractor: a people's word before an outlet's name is not part of the claimant", "[extract]") {
    auto c = claims_of("In December, South Korean Hanul Economic Daily reported that Baidu trained its model on Blackwell "
                       "chips.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
    for (const auto& claim : c) CHECK(claim.claimant == "Hanul Economic Daily");
}

TEST_CASE("Extractor: a report named in a clause before a joined clause is not what its speaker denies", "[extract]") {
    // "The Quarry Report's reporting ..., and the resellers said they had not spoken to its
    // editors" denies nothing said before.
    auto c = claims_of("The study estimated that Baidu obtained 4,000 H100 processors through resellers. The Quarry "
                       "Report's reporting was done separately, and the resellers said they had not spoken to its "
                       "editors.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    // A title-case headline capitalises every word: "Report" there is still the report.
    auto headline = claims_of("Baidu bought smuggled H100 chips, the Ledger said. Baidu Says The Report Is False");
    INFO(describe(headline));
    CHECK(has_claim(headline, "Baidu", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: 'it' after a participle that follows a comma is the sentence's subject", "[extract]") {
    // Not Anthropic, whose model is named right before the comma.
    auto c = claims_of("Zhipu AI said it had never used fake accounts to reach Claude, adding to its earlier denial "
                       "that it had distilled Anthropic's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation", "*", "*", Polarity::asserted));
}

TEST_CASE("Extractor: a description right after a subject's verb is its object, not the subject", "[extract]") {
    auto c = claims_of("OpenAI wrote to the committee about Baidu last week, saying it had watched the start-up distill "
                       "OpenAI's models.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
}

TEST_CASE("Extractor: never having addressed an allegation is no denial of it", "[extract]") {
    auto c = claims_of("OpenAI said Baidu distilled GPT-4. Baidu has never publicly addressed the distillation "
                       "allegations, and its reply to the Ledger did not address the claim either.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: rejecting an accusation saying which part is false keeps the other part claimed", "[extract]") {
    auto c = claims_of("Anthropic said Baidu had used fraudulent accounts to query Claude for industrial-scale "
                       "distillation. Baidu, the Beijing search company, rejected the accusation, saying it had never "
                       "distilled Claude.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Baidu", "fraudulent_access", "*", "*", Polarity::denied));
    // Denying the purchase of chips, it denies their smuggling too.
    auto chips = claims_of("The Ledger reported that Baidu obtained smuggled H200 chips. Baidu dismissed the report, "
                           "saying it had never bought H200 products.");
    INFO(describe(chips));
    CHECK(has_claim(chips, "Baidu", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a model named short as a passive's subject right after a speaking verb is its maker's", "[extract]") {
    auto c = claims_of("DeepSeek released its V4 model on Monday. The paper says V4 was trained on Nvidia H20 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "DeepSeek", "trained_on", "Nvidia H20"));
}

TEST_CASE("Extractor: a chip another chip is a version of is not the chip claimed", "[extract]") {
    auto c = claims_of("Baidu trained Ernie on Nvidia H20 chips, a slower version of the H100 that Baidu says it "
                       "bought in 2024.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H20"));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H100"));
    // Alone, the chip after "version of" is all there is to claim.
    auto alone = claims_of("Baidu bought a slower version of the H100 in 2024, the Ledger reported.");
    INFO(describe(alone));
    CHECK(has_claim(alone, "Baidu", "acquired_hardware", "Nvidia H100"));
}

TEST_CASE("Extractor: getting around a lab's access controls is fraudulent access, not smuggling", "[extract]") {
    auto c = claims_of("Anthropic said Zhipu AI routed traffic through proxies to get around its access controls.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "fraudulent_access", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Zhipu AI", "smuggling"));
}

TEST_CASE("Extractor: not having applied for licences denies no approval", "[extract]") {
    auto c = claims_of("B300 systems may not be sold to Chinese buyers under the present rules, and Nvidia has said it "
                       "has not applied for licenses to ship them.");
    INFO(describe(c));
    for (const char* actor : {"US government", "Nvidia"}) {
        CHECK_FALSE(has_claim(c, actor, "export_approval", "*", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, actor, "export_approval"));
    }
}

TEST_CASE("Extractor: a concession of no direct evidence after a claim hedges it and denies nothing", "[extract]") {
    auto c = claims_of("The study says Baidu probably trained Ernie 5 on Blackwell chips, although its authors admit that "
                       "they found no direct evidence of a training run.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
    // One newly named in the concession denies: "although Baidu says ...".
    auto denied = claims_of("The study says Baidu trained Ernie 5 on Blackwell chips, although Baidu says it did not train "
                            "any model on Blackwell chips.");
    INFO(describe(denied));
    CHECK(has_claim(denied, "Baidu", "trained_on", "Nvidia Blackwell", "*", Polarity::denied));
}

TEST_CASE("Extractor: a relative clause between 'the report' and its verb does not speak", "[extract]") {
    auto c = claims_of("Baidu bought 3,000 H100 servers, according to a study by the Harbor Compute Institute. The study, "
                       "which the Boston institute will release on Monday, says the servers were smuggled to Baidu.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "smuggling"));
    for (const auto& claim : c) CHECK(claim.claimant == "Harbor Compute Institute");
}

TEST_CASE("Extractor: a report's words are its publisher's", "[extract]") {
    // A name with "for" in it, before the comma of a relative clause.
    auto by = claims_of("The route matches the study released in May by the Institute for Chip Studies, which "
                        "estimated that Baidu obtained 2,000 H100 processors.");
    INFO(describe(by));
    REQUIRE(has_claim(by, "Baidu", "acquired_hardware", "Nvidia H100"));
    for (const auto& claim : by) CHECK(claim.claimant == "Institute for Chip Studies");
    // "X published a report that says ...", then "It says ..." of the same report.
    auto published = claims_of("The Harbor Institute on Monday published a study that says Baidu bought H100 chips. The "
                               "Ledger could not verify the study, which is hedged in places. It says that Tencent "
                               "may have bought H20 chips.");
    INFO(describe(published));
    REQUIRE(has_claim(published, "Tencent", "acquired_hardware", "Nvidia H20"));
    for (const auto& claim : published) CHECK(claim.claimant == "Harbor Institute");
}

TEST_CASE("Extractor: a headline's described speaker is the one its story names", "[extract]") {
    auto c = claims_of("Think tank says Baidu bought smuggled H100 chips\n\nBaidu bought smuggled H100 chips, the Harbor "
                       "Institute said in a report on Monday.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "smuggling"));
    for (const auto& claim : c) CHECK(claim.claimant == "Harbor Institute");
}

TEST_CASE("Extractor: an unnamed ministry spokesperson speaks for the government just named", "[extract]") {
    for (const char* reply : {"At a briefing on Tuesday, a foreign ministry spokesperson said the accusation that Baidu "
                              "had smuggled Blackwell chips was groundless.",
                              "A foreign ministry spokesperson called the report groundless."}) {
        auto c = claims_of(std::string("Baidu smuggled Blackwell chips, the Ledger said. Beijing responded within "
                                       "hours. ") + reply);
        INFO(describe(c));
        CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
        for (const auto& claim : c)
            if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "China");
    }
}

TEST_CASE("Extractor: a long relative clause and an adverb between a denier and its verb", "[extract]") {
    auto c = claims_of("OpenAI said Baidu distilled GPT-4. Baidu, which faced a similar complaint from Anthropic in the "
                       "spring, again denied wrongdoing.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI", Polarity::denied));
    for (const auto& claim : c) {
        CHECK(claim.actor != "Anthropic");
        if (claim.polarity == Polarity::denied) CHECK(claim.claimant == "Baidu");
    }
}

TEST_CASE("Extractor: 'the systems' and 'a single server' speak of chips", "[extract]") {
    auto c = claims_of("Dell sold B200 servers to a reseller in Johor last spring. The reseller's director said his firm "
                       "never sold a single server to Baidu. Nvidia said it had seen no evidence that the systems were "
                       "diverted to Baidu.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: the operator of the place where chips were rented did not rent them", "[extract]") {
    auto c = claims_of("The paper said Tencent's cloud unit had rented Nvidia H100 capacity at a data centre in Dubai "
                       "operated by Dune Grid Hosting.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H100"));
    for (const auto& claim : c) CHECK(claim.actor != "Dune Grid Hosting");
    // Those who control the receivers do receive.
    auto to = claims_of("Pinecrest Trading shipped 2,000 Nvidia B200 chips on to companies controlled by Tencent.");
    INFO(describe(to));
    CHECK(has_claim(to, "Tencent", "acquired_hardware", "Nvidia B200"));
}

TEST_CASE("Extractor: a firm pushing back against reports about it and another denies for itself only", "[extract]") {
    auto c = claims_of("Tencent said on Monday that it had not ordered Nvidia's H200, pushing back against reports that it "
                       "and Baidu had lined up thousands of H200 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia H200", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "acquired_hardware", "Nvidia H200"));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    for (const auto& claim : c)
        if (claim.actor == "Baidu") CHECK(claim.claimant != "Tencent");
}

TEST_CASE("Extractor: urging an investigation claims none", "[extract]") {
    auto urged = claims_of("Three senators urged the Commerce Department to investigate Baidu over its H100 purchases.");
    INFO(describe(urged));
    CHECK_FALSE(has_claim(urged, "Baidu", "investigation"));
    auto opened = claims_of("The Commerce Department opened an investigation into Baidu over its H100 purchases.");
    INFO(describe(opened));
    CHECK(has_claim(opened, "Baidu", "investigation"));
}

TEST_CASE("Extractor: a government that is weighing curbs is no passive subject", "[extract]") {
    auto c = claims_of("Washington is weighing new curbs on exports of Nvidia's B200 chips to Malaysia.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia B200"));
}

TEST_CASE("Extractor: a reversal names no approval", "[extract]") {
    auto c = claims_of("Malaysia dropped the permit rule on Friday. The reversal came hours after the Commerce Department "
                       "said shipments of Nvidia H20 chips to Malaysia were under review.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "US government", "export_approval"));
    CHECK_FALSE(has_claim(c, "Malaysia", "export_approval"));
}

TEST_CASE("Extractor: not having used chips for training denies the training and not the chips", "[extract]") {
    auto c = claims_of("Baidu later said it had not used Blackwell chips for training.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Baidu", "acquired_hardware", "*", "*", Polarity::denied));
    // Not having bought them is denied as such.
    auto bought = claims_of("Baidu said it had never bought Blackwell chips and had not trained on them.");
    INFO(describe(bought));
    CHECK(has_claim(bought, "Baidu", "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
}

TEST_CASE("Extractor: a denial with a cue of its own stops at another speaker's time clause", "[extract]") {
    auto c = claims_of("Nvidia said it had found no evidence that its Blackwell chips had been smuggled to Baidu, a day "
                       "after the Ledger said the search company was training its next model on Blackwell chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "Nvidia Blackwell", "*", Polarity::denied));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia Blackwell"));
    CHECK_FALSE(has_claim(c, "Baidu", "trained_on", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: licences sought or asked for are not granted", "[extract]") {
    for (const char* text : {"Nvidia seeks licenses to ship B300 chips to China, people familiar said.",
                             "Nvidia has asked the Commerce Department for licenses to sell B300 chips in China."}) {
        auto c = claims_of(text);
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "US government", "export_approval"));
        CHECK_FALSE(has_claim(c, "Nvidia", "export_approval"));
    }
    // Only what a government would grant: requesting smuggled chips is still about smuggling.
    auto requested = claims_of("Tencent bought H100 chips through the broker, prosecutors said, and later requested "
                               "smuggled H200 chips from the same broker.");
    INFO(describe(requested));
    CHECK(has_claim(requested, "Tencent", "smuggling", "Nvidia H200"));
    // Seeking to evade export controls is still evasion.
    auto evade = claims_of("The broker sought to evade export controls on H100 chips for Baidu.");
    INFO(describe(evade));
    CHECK(has_claim(evade, "Baidu", "smuggling"));
}

TEST_CASE("Extractor: a time phrase or a language is no claimant", "[extract]") {
    for (const char* text : {"In December the account told its followers that Baidu had trained a model on smuggled B200s.",
                             "A post circulating in Chinese and English says Baidu trained Ernie only on Ascend chips."}) {
        auto c = claims_of(text);
        INFO(describe(c));
        REQUIRE_FALSE(c.empty());
        for (const auto& claim : c) CHECK(claim.claimant.empty());
    }
}

TEST_CASE("Extractor: the speaker of 'what it called' is no party to the act it names", "[extract]") {
    auto c = claims_of("OpenAI published a memo accusing Baidu and Tencent of running what it called distillation "
                       "campaigns against ChatGPT.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "OpenAI"));
    CHECK(has_claim(c, "Tencent", "distillation", "*", "OpenAI"));
}

TEST_CASE("Extractor: never having suggested something denies the suggesting, not the thing", "[extract]") {
    auto c = claims_of("Anthropic accused Baidu of distilling Claude. The researcher, reached by email, said she had "
                       "\"never suggested anyone was distilling anything.\"");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Baidu", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: obtaining access to chips through cloud providers is having them", "[extract]") {
    auto c = claims_of("Tencent has dismissed as untrue earlier reports that it obtained access to Nvidia's B200 chips "
                       "through overseas cloud providers.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "acquired_hardware", "Nvidia B200", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Tencent", "fraudulent_access", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a description opening a sentence before an outlet's name is no part of the claimant", "[extract]") {
    auto c = claims_of("Tech news site Corvane Tech reported that Baidu bought smuggled H100 chips.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Baidu", "smuggling"));
    for (const auto& claim : c) CHECK(claim.claimant == "Corvane Tech");
}

TEST_CASE("Extractor: a negation reaches as far past a lab of two words as past a lab of one", "[extract]") {
    for (const char* lab : {"Baichuan", "Moonshot AI"}) {
        auto c = claims_of(std::string("Nvidia said it had no information indicating that ") + lab +
                           " had received Blackwell systems.");
        INFO(describe(c));
        CHECK(has_claim(c, lab, "acquired_hardware", "Nvidia Blackwell", "*", Polarity::denied));
        CHECK_FALSE(has_claim(c, lab, "acquired_hardware", "Nvidia Blackwell", "*", Polarity::asserted));
    }
}

TEST_CASE("Extractor: a port where servers were seized is no porting of a model", "[extract]") {
    auto c = claims_of("Baidu has rejected a report that servers seized at a Penang port were being smuggled to the "
                       "company, calling the story baseless.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "smuggling", "*", "*", Polarity::denied));
    for (const auto& claim : c) CHECK(claim.allegation != "designed_for_hardware");
    auto ported = claims_of("Zhipu AI plans to port its GLM model to Huawei Ascend 910C chips.");
    INFO(describe(ported));
    CHECK(has_claim(ported, "Zhipu AI", "designed_for_hardware", "Huawei Ascend 910C"));
}

TEST_CASE("Extractor: a practice named after a relative clause is the act of the clause's actors", "[extract]") {
    auto c = claims_of("OpenAI said that Baichuan and StepFun had used 9,000 fake accounts to generate exchanges with "
                       "ChatGPT, which it said were then used to train their own models in a practice known as "
                       "distillation.");
    INFO(describe(c));
    for (const char* lab : {"Baichuan", "StepFun"}) {
        CHECK(has_claim(c, lab, "fraudulent_access", "*", "OpenAI"));
        CHECK(has_claim(c, lab, "distillation", "*", "OpenAI"));
    }
}

TEST_CASE("Extractor: labs 'also involving' in an effort share that effort only", "[extract]") {
    auto c = claims_of("OpenAI accused Baichuan of using 9,000 fake accounts to query ChatGPT, part of what it called "
                       "a distillation campaign also involving StepFun and Zhipu AI. StepFun and Zhipu AI have both "
                       "denied it.");
    INFO(describe(c));
    for (const char* lab : {"StepFun", "Zhipu AI"}) {
        CHECK(has_claim(c, lab, "distillation", "*", "OpenAI"));
        CHECK(has_claim(c, lab, "distillation", "*", "OpenAI", Polarity::denied));
        CHECK_FALSE(has_claim(c, lab, "fraudulent_access", "*", "*"));
    }
}

TEST_CASE("Extractor: a chip's sales to a country in the passive are approved by its home government", "[extract]") {
    for (const char* text : {"H200 exports to China have been approved.", "AMD's MI308 sales to China were approved in July."}) {
        auto c = claims_of(text);
        INFO(text << "\n" << describe(c));
        CHECK(has_claim(c, "US government", "export_approval"));
    }
}

TEST_CASE("Extractor: what a second speaker says in a clause of its own is none of the first party's acts", "[extract]") {
    auto c = claims_of("Baidu bought Blackwell chips, and Tencent said that it had smuggled H100 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tencent", "smuggling", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "Baidu", "smuggling", "*", "*"));
    auto denials = claims_of("Baidu said it had never bought Blackwell chips, Tencent said it had never used smuggled chips.");
    INFO(describe(denials));
    CHECK(has_claim(denials, "Tencent", "smuggling", "", "*", Polarity::denied));
    CHECK_FALSE(has_claim(denials, "Baidu", "smuggling", "*", "*", Polarity::denied));
    // A speaker inside a relative clause on the party speaks of it.
    auto relative = claims_of("Moonshot AI was one of three labs that Anthropic said had smuggled H100 chips.");
    INFO(describe(relative));
    CHECK(has_claim(relative, "Moonshot AI", "smuggling", "Nvidia H100"));
}

TEST_CASE("Extractor: the owner of staff who act acts through them", "[extract]") {
    auto c = claims_of("Google cut off Baidu's access to Gemini, saying members of Baidu's research staff had been "
                       "using Gemini in violation of its terms of service.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "fraudulent_access", "*", "Google"));
    CHECK_FALSE(has_claim(c, "Google", "fraudulent_access", "*", "*"));
}

TEST_CASE("Extractor: the pronoun they right after people named by a noun takes them up and no party named before", "[extract]") {
    auto c = claims_of("The model comes close to models from Anthropic and OpenAI. Zhipu gave Huawei's engineers early "
                       "access to GLM-5 so they could tune their software, but did not share the model with Nvidia.");
    INFO(describe(c));
    CHECK(has_claim(c, "Zhipu AI", "withheld_model", "*", "Nvidia"));
    CHECK_FALSE(has_claim(c, "Anthropic", "withheld_model", "*", "*"));
    CHECK_FALSE(has_claim(c, "OpenAI", "withheld_model", "*", "*"));
}

TEST_CASE("Extractor: an accuser named again further back is no antecedent of the accused pronoun", "[extract]") {
    auto c = claims_of("Baichuan said it had never used fake accounts to reach Anthropic's models, becoming the second "
                       "lab to reject accusations by the US company that it had copied the outputs of Claude.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Anthropic", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Anthropic", "distillation", "*", "*", Polarity::denied));
}

TEST_CASE("Extractor: a denial of distillation naming no lab answers an accusation of fake accounts", "[extract]") {
    auto c = claims_of("Anthropic said Baichuan had run 9,000 fraudulent accounts to query its Claude models. Baichuan "
                       "said late on Wednesday that it has never distilled any third-party model.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baichuan", "fraudulent_access", "*", "Anthropic"));
    CHECK(has_claim(c, "Baichuan", "distillation", "*", "Anthropic", Polarity::denied));
}

TEST_CASE("Extractor: a use of another lab's model joined by and goes on with users named far back", "[extract]") {
    auto c = claims_of("Anthropic accused Baichuan and StepFun of using about 20,000 fraudulent accounts, many of them "
                       "opened through cloud resellers in Singapore and Malaysia, to query its Claude models and distill "
                       "their capabilities into their own systems.");
    INFO(describe(c));
    for (const char* lab : {"Baichuan", "StepFun"}) {
        CHECK(has_claim(c, lab, "fraudulent_access", "*", "Anthropic"));
        CHECK(has_claim(c, lab, "distillation", "*", "Anthropic"));
    }
}

TEST_CASE("Extractor: a government pausing shipments restricts them", "[extract]") {
    auto c = claims_of("The Commerce Department has paused shipments of GB200 systems to one site in the UAE.");
    INFO(describe(c));
    CHECK(has_claim(c, "US government", "export_restriction", "Nvidia GB200"));
}

TEST_CASE("Extractor: chip makers in a list are allowed to sell their own chips only", "[extract]") {
    auto c = claims_of("Nvidia and AMD win licences to sell H20 and MI308 in China.");
    INFO(describe(c));
    CHECK(has_claim(c, "Nvidia", "export_approval", "Nvidia H20"));
    CHECK(has_claim(c, "AMD", "export_approval", "AMD MI308"));
    CHECK_FALSE(has_claim(c, "Nvidia", "export_approval", "AMD MI308"));
    CHECK_FALSE(has_claim(c, "AMD", "export_approval", "Nvidia H20"));
}

TEST_CASE("Extractor: a firm that makes chips but is no chip maker names its family by a chip word only", "[extract]") {
    auto c = claims_of("OpenAI said GPT-5 was trained on Microsoft Azure supercomputers built with Nvidia H100 chips.");
    INFO(describe(c));
    CHECK(has_claim(c, "OpenAI", "trained_on", "Nvidia H100"));
    CHECK_FALSE(has_claim(c, "OpenAI", "trained_on", "Microsoft Maia"));
    auto chips = claims_of("Baidu trained Ernie on Microsoft chips.");
    INFO(describe(chips));
    CHECK(has_claim(chips, "Baidu", "trained_on", "Microsoft Maia"));
}

TEST_CASE("Extractor: a name of no lexicon opening its own clause before the cue is its subject", "[extract]") {
    auto c = claims_of("Baidu said a former engineer had taken design files. The company alerted the police, and "
                       "Okafor was arrested at his flat in Shenzhen a week later.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Baidu", "investigation"));
    auto lab = claims_of("Prosecutors charged two brokers, and Baidu was investigated over the servers.");
    INFO(describe(lab));
    CHECK(has_claim(lab, "Baidu", "investigation"));
}

TEST_CASE("Extractor: a chip maker's own request to pause is no rule of its government", "[extract]") {
    auto c = claims_of("AMD has asked two packaging suppliers to pause work on the MI308, people briefed on the "
                       "matter said.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "US government", "export_restriction"));
    auto beijing = claims_of("Beijing has asked its largest cloud firms to stop buying AMD's MI308 accelerators.");
    INFO(describe(beijing));
    CHECK(has_claim(beijing, "China", "export_restriction", "AMD MI308"));
}

TEST_CASE("Extractor: a firm's unit of a name no lexicon lists is the firm", "[extract]") {
    auto lab = claims_of("Tencent's Starlight Lab said it had trained the model on Nvidia H20 chips.");
    INFO(describe(lab));
    CHECK(has_claim(lab, "Tencent", "trained_on", "Nvidia H20"));
    CHECK_FALSE(has_claim(lab, "Starlight Lab", "trained_on", "*"));
    auto twice = claims_of("Tencent's Kepler's Forge Lab said it had trained the model on Nvidia H20 chips.");
    INFO(describe(twice));
    CHECK(has_claim(twice, "Tencent", "trained_on", "Nvidia H20"));
    // A Chinese chip maker that builds models is the actor of a distillation.
    auto huawei = claims_of("Huawei's Celestial Lab denied that it had trained its model on the outputs of Alibaba's "
                            "Qwen.");
    INFO(describe(huawei));
    CHECK(has_claim(huawei, "Huawei", "distillation", "*", "Alibaba", Polarity::denied));
}

TEST_CASE("Extractor: orders increased are chips acquired; licences received for shipments are approvals", "[extract]") {
    auto orders = claims_of("Cloud groups including Baidu and Kuaishou have sharply increased their H20 orders this year.");
    INFO(describe(orders));
    CHECK(has_claim(orders, "Baidu", "acquired_hardware", "Nvidia H20"));
    auto licences = claims_of("AMD has received licences from the Commerce Department for shipments of its MI308 chips "
                              "to Chinese customers.");
    INFO(describe(licences));
    CHECK(has_claim(licences, "US government", "export_approval", "AMD MI308"));
}

TEST_CASE("Extractor: chips used for a model trained it", "[extract]") {
    auto c = claims_of("A StepFun spokesperson said the company had not used any Nvidia H100 or H800 chips for the model.");
    INFO(describe(c));
    CHECK(has_claim(c, "StepFun", "trained_on", "Nvidia H100", "*", Polarity::denied));
    CHECK(has_claim(c, "StepFun", "trained_on", "Nvidia H800", "*", Polarity::denied));
}

TEST_CASE("Extractor: a model opening a passive clause after a conjunction stands for its maker named before", "[extract]") {
    auto c = claims_of("Moonshot AI plans to ship an update of its K2 model in March. Cambricon has had months of "
                       "early access, and K2 has been tuned for Huawei's Ascend chips as well, the people said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Moonshot AI", "designed_for_hardware", "Huawei Ascend"));
}

TEST_CASE("Extractor: a government named as a place or as the owner of firms makes no entity-list rule", "[extract]") {
    auto place = claims_of("The Commerce Department on Friday added 31 firms in Singapore, Malaysia, Vietnam and "
                           "mainland China to its entity list.");
    INFO(describe(place));
    CHECK(has_claim(place, "US government", "export_restriction", "*"));
    CHECK_FALSE(has_claim(place, "China", "export_restriction", "*"));
    auto owner = claims_of("The Commerce Department added Baichuan, one of China's most valuable AI start-ups, and the "
                           "server maker Inspur to its entity list.");
    INFO(describe(owner));
    CHECK(has_claim(owner, "US government", "export_restriction", "*"));
    CHECK_FALSE(has_claim(owner, "China", "export_restriction", "*"));
}

TEST_CASE("Extractor: chips that reached a Chinese chip maker were acquired by it", "[extract]") {
    auto c = claims_of("Customs records show that 300 Nvidia A100 chips reached Cambricon through a Hong Kong broker.");
    INFO(describe(c));
    CHECK(has_claim(c, "Cambricon", "acquired_hardware", "Nvidia A100"));
    auto denied = claims_of("The broker has denied that any of its H100 chips reached Cambricon.");
    INFO(describe(denied));
    CHECK(has_claim(denied, "Cambricon", "acquired_hardware", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("Extractor: millions of dies obtained are chips acquired and a probe of the dies names no chip", "[extract]") {
    auto c = claims_of("Cambricon obtained about 1.5 million dies through two shell companies, the people said.");
    INFO(describe(c));
    CHECK(has_claim(c, "Cambricon", "acquired_hardware", ""));
    // A probe carries a chip its own sentence names, not the dies pointed back to.
    auto probe = claims_of("A foundry made the dies for Huawei's Ascend 910B. The Commerce Department is investigating "
                           "how TSMC came to fabricate the dies.");
    INFO(describe(probe));
    CHECK(has_claim(probe, "TSMC", "investigation", ""));
    CHECK_FALSE(has_claim(probe, "TSMC", "investigation", "Huawei Ascend 910B"));
}

TEST_CASE("Extractor: chips diverted to a Chinese chip maker are smuggled for it", "[extract]") {
    auto c = claims_of("Prosecutors said the two brokers had helped divert 600 Nvidia A100 processors to Cambricon "
                       "through a trading house in Hong Kong.");
    INFO(describe(c));
    CHECK(has_claim(c, "Cambricon", "smuggling", "Nvidia A100"));
    CHECK_FALSE(has_claim(c, "Nvidia", "smuggling", "*"));
}
