#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>

#include "feeds/internal_address.h"

using tracker::feeds::AddressGuard;
using tracker::feeds::internal_kind;

namespace {

sockaddr_in ipv4_socket(const char* text) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    inet_pton(AF_INET, text, &address.sin_addr);
    return address;
}

sockaddr_in6 ipv6_socket(const char* text) {
    sockaddr_in6 address{};
    address.sin6_family = AF_INET6;
    inet_pton(AF_INET6, text, &address.sin6_addr);
    return address;
}

const sockaddr& as_socket(const auto& address) { return reinterpret_cast<const sockaddr&>(address); }

}  // namespace

TEST_CASE("internal_kind: the ranges a feed may not send tracker to", "[feeds]") {
    const std::pair<const char*, const char*> internal[] = {
        {"127.0.0.1", "loopback"},       {"127.255.255.254", "loopback"}, {"0.0.0.0", "unspecified"},
        {"10.0.0.1", "private"},         {"172.16.0.1", "private"},       {"172.31.255.255", "private"},
        {"192.168.1.1", "private"},      {"169.254.169.254", "link-local"}, {"100.64.0.1", "shared"},
        {"::1", "loopback"},             {"::", "unspecified"},           {"fe80::1", "link-local"},
        {"febf::1", "link-local"},       {"fc00::1", "unique-local"},     {"fd12:3456::1", "unique-local"},
        {"fec0::1", "site-local"},       {"::ffff:127.0.0.1", "loopback"}, {"::ffff:169.254.169.254", "link-local"},
        {"64:ff9b::10.0.0.1", "private"}, {"[::1]", "loopback"},         {"fe80::1%eth0", "link-local"},
    };
    for (const auto& [address, kind] : internal) {
        INFO(address);
        REQUIRE(internal_kind(address));
        CHECK(*internal_kind(address) == kind);
    }
}

TEST_CASE("internal_kind: public addresses and non-addresses are not internal", "[feeds]") {
    for (const char* address : {"93.184.216.34", "172.15.255.255", "172.32.0.1", "192.169.0.1", "11.0.0.1",
                                "169.255.0.1", "100.128.0.1", "2606:2800:220:1::1", "::ffff:8.8.8.8",
                                "fe00::1", "localhost", "example.com", ""}) {
        INFO(address);
        CHECK_FALSE(internal_kind(address));
    }
}

TEST_CASE("AddressGuard: internal addresses refused unless the feed's own, public ones admitted", "[feeds]") {
    AddressGuard guard("127.0.0.1");
    CHECK(guard.admits(as_socket(ipv4_socket("127.0.0.1"))));
    CHECK(guard.admits(as_socket(ipv4_socket("93.184.216.34"))));
    CHECK(guard.refusal().empty());
    CHECK_FALSE(guard.admits(as_socket(ipv4_socket("127.0.0.2"))));
    CHECK(guard.refusal() == "127.0.0.2 is a loopback address (not the feed's own host)");
    CHECK_FALSE(guard.admits(as_socket(ipv6_socket("::1"))));
    CHECK(guard.refusal() == "127.0.0.2 is a loopback address (not the feed's own host)");  // the first kept
    SECTION("a feed read from a file has no own host") {
        AddressGuard from_file("");
        CHECK_FALSE(from_file.admits(as_socket(ipv4_socket("169.254.169.254"))));
        CHECK(from_file.refusal() == "169.254.169.254 is a link-local address (not the feed's own host)");
    }
    SECTION("an IPv6 own address is compared in its normal form") {
        AddressGuard v6("0:0:0:0:0:0:0:1");
        CHECK(v6.admits(as_socket(ipv6_socket("::1"))));
        CHECK_FALSE(v6.admits(as_socket(ipv4_socket("10.0.0.1"))));
    }
}
