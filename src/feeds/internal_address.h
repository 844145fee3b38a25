// Internal addresses: where a feed's links must not send tracker (issue 16). A feed is untrusted
// input; a nightly import on a team's server that fetched whatever a feed links to could be made
// to read the cloud's metadata service (169.254.169.254) or the intranet into the database.
//
// An address is internal when it is loopback (127/8, ::1), link-local (169.254/16, fe80::/10),
// private (10/8, 172.16/12, 192.168/16), shared (100.64/10, carrier-grade NAT), unique-local
// (fc00::/7), site-local (fec0::/10) or unspecified (0/8, ::); an IPv4 address mapped into IPv6
// (::ffff:a.b.c.d) or NAT64's (64:ff9b::a.b.c.d) is judged as the IPv4 address it carries.
//
// The check is made on the address a connection is about to be opened to (HttpFetcher calls
// AddressGuard from libcurl's open-socket callback), so it holds after DNS resolution and on
// every redirect: a host name cannot hide an address, nor can a redirect.
#pragma once

#include <sys/socket.h>

#include <optional>
#include <string>
#include <string_view>

namespace tracker::feeds {

// "loopback", "link-local", "private", "shared", "unique-local", "site-local", "unspecified";
// nullopt for a public address or for text that is not a numeric IPv4 or IPv6 address.
std::optional<std::string_view> internal_kind(std::string_view numeric_address);

// The numeric text of an AF_INET or AF_INET6 socket address ("" for another family).
std::string numeric_address(const sockaddr& address);

// Decides each connection of one transfer. Internal addresses are refused, except `own_address`:
// the address the feed itself was served from ("" when none: a feed read from a file), so a feed
// on an intranet host may link to pages on that same host. Public addresses are admitted.
class AddressGuard {
public:
    explicit AddressGuard(std::string own_address);

    // True when a connection to `address` may be opened; else false, and refusal() says why.
    bool admits(const sockaddr& address);
    // "" while nothing was refused; else the first refusal's reason (a transfer that failed with one
    // was refused; one that went on to an admitted address was not):
    // "169.254.169.254 is a link-local address (not the feed's own host)".
    const std::string& refusal() const { return m_refusal; }

private:
    std::string m_own_address;  // normalised as numeric_address writes it
    std::string m_refusal;
};

}  // namespace tracker::feeds
