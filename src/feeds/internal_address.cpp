#include "feeds/internal_address.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace tracker::feeds {

namespace {

struct Ipv4Range {
    std::uint32_t network;
    int prefix;
    std::string_view kind;
};

constexpr std::uint32_t ipv4(int a, int b, int c, int d) {
    return static_cast<std::uint32_t>(a) << 24 | static_cast<std::uint32_t>(b) << 16 |
           static_cast<std::uint32_t>(c) << 8 | static_cast<std::uint32_t>(d);
}

// RFC 1122 (0/8, 127/8), RFC 1918 (private), RFC 3927 (link-local), RFC 6598 (shared).
constexpr Ipv4Range k_ipv4_internal[] = {
    {ipv4(0, 0, 0, 0), 8, "unspecified"},  {ipv4(127, 0, 0, 0), 8, "loopback"},
    {ipv4(10, 0, 0, 0), 8, "private"},     {ipv4(172, 16, 0, 0), 12, "private"},
    {ipv4(192, 168, 0, 0), 16, "private"}, {ipv4(169, 254, 0, 0), 16, "link-local"},
    {ipv4(100, 64, 0, 0), 10, "shared"},
};

std::optional<std::string_view> ipv4_kind(std::uint32_t address) {
    for (const Ipv4Range& range : k_ipv4_internal) {
        const std::uint32_t mask = ~std::uint32_t{0} << (32 - range.prefix);
        if ((address & mask) == range.network) return range.kind;
    }
    return std::nullopt;
}

std::uint32_t ipv4_at(const unsigned char* bytes) {
    return ipv4(bytes[0], bytes[1], bytes[2], bytes[3]);
}

bool starts_with_bytes(const unsigned char* bytes, std::initializer_list<unsigned char> prefix) {
    return std::memcmp(bytes, prefix.begin(), prefix.size()) == 0;
}

// RFC 4291 (loopback, unspecified, link-local, mapped IPv4, site-local), RFC 4193 (unique-local),
// RFC 6052 (NAT64's 64:ff9b::/96).
std::optional<std::string_view> ipv6_kind(const unsigned char* b) {
    static constexpr unsigned char k_zero[16] = {};
    if (std::memcmp(b, k_zero, 15) == 0 && (b[15] == 0 || b[15] == 1))
        return b[15] == 0 ? "unspecified" : "loopback";
    if (std::memcmp(b, k_zero, 10) == 0 && b[10] == 0xff && b[11] == 0xff) return ipv4_kind(ipv4_at(b + 12));
    if (starts_with_bytes(b, {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) return ipv4_kind(ipv4_at(b + 12));
    if ((b[0] & 0xfe) == 0xfc) return "unique-local";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return "site-local";
    return std::nullopt;
}

// The numeric address without brackets or a zone ("fe80::1%eth0" -> "fe80::1").
std::string without_decoration(std::string_view text) {
    if (text.starts_with('[') && text.ends_with(']')) text = text.substr(1, text.size() - 2);
    return std::string(text.substr(0, text.find('%')));
}

}  // namespace

std::optional<std::string_view> internal_kind(std::string_view numeric) {
    const std::string text = without_decoration(numeric);
    in_addr v4{};
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1) return ipv4_kind(ntohl(v4.s_addr));
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.c_str(), &v6) == 1) return ipv6_kind(v6.s6_addr);
    return std::nullopt;
}

std::string numeric_address(const sockaddr& address) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.sa_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    } else if (address.sa_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    }
    return text;
}

AddressGuard::AddressGuard(std::string own_address) {
    // Written back as inet_ntop writes it, so "::0001" and "::1" compare equal.
    const std::string text = without_decoration(own_address);
    char normal[INET6_ADDRSTRLEN] = {};
    in_addr v4{};
    in6_addr v6{};
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1) inet_ntop(AF_INET, &v4, normal, sizeof normal);
    else if (inet_pton(AF_INET6, text.c_str(), &v6) == 1) inet_ntop(AF_INET6, &v6, normal, sizeof normal);
    m_own_address = normal;
}

bool AddressGuard::admits(const sockaddr& address) {
    const std::string text = numeric_address(address);
    if (text.empty()) {
        if (m_refusal.empty()) m_refusal = "not an IPv4 or IPv6 address";
        return false;
    }
    const auto kind = internal_kind(text);
    if (!kind || text == m_own_address) return true;
    if (m_refusal.empty()) m_refusal = text + " is a " + std::string(*kind) + " address (not the feed's own host)";
    return false;
}

}  // namespace tracker::feeds
