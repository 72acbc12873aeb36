//! Who is on the other end of a sign-in, for throttling only: the client's address,
//! taken from `X-Forwarded-For` only when the connection comes from a trusted reverse
//! proxy (`--trusted-proxy`), and kept as a keyed hash, never as the address itself.
//!
//! The key is 256 random bits drawn when the server starts and held only in memory:
//! the hashes mean nothing outside this process, and nothing links them to an address
//! once it has stopped.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::secrets::{random_bytes, RandomError};

/// A client as the throttle knows it: the keyed hash of its address.
pub type ClientKey = [u8; 32];

/// Turns peer addresses (and forwarded ones) into [`ClientKey`]s.
pub struct ClientKeys {
    /// HMAC key, random per process.
    key: [u8; 32],
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    trusted_proxies: Vec<IpAddr>,
}

impl ClientKeys {
    pub fn new(trusted_proxies: &[IpAddr]) -> Result<Self, RandomError> {
        let mut key = [0u8; 32];
        random_bytes(&mut key)?;
        Ok(Self { key, trusted_proxies: trusted_proxies.iter().map(|ip| ip.to_canonical()).collect() })
    }

    /// The key of the client behind this connection.
    pub fn of(&self, peer: SocketAddr, headers: &HeaderMap) -> ClientKey {
        let forwarded: Vec<&str> =
            headers.get_all("x-forwarded-for").iter().filter_map(|value| value.to_str().ok()).collect();
        let address = client_address(peer.ip(), &forwarded.join(","), &self.trusted_proxies);
        self.hash(address)
    }

    /// The key of a client whose address is known already (a child's socket, which
    /// resolved it at the handshake).
    pub fn hash(&self, address: IpAddr) -> ClientKey {
        // HMAC accepts keys of any length; this cannot fail.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) else { return [0; 32] };
        mac.update(address.to_string().as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// The client's address. The peer's own, unless the peer is a trusted proxy: then the
/// nearest address in `X-Forwarded-For` (read from the right, as each proxy appends
/// the address it saw) that is not itself a trusted proxy. Anything a client wrote
/// to the left of that is not believed; an entry that is not an address stops the walk.
pub fn client_address(peer: IpAddr, forwarded_for: &str, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(&peer) {
        return peer;
    }
    let mut nearest = peer;
    for entry in forwarded_for.rsplit(',').map(str::trim).filter(|entry| !entry.is_empty()) {
        let Some(address) = parse_entry(entry) else { break };
        nearest = address;
        if !trusted.contains(&address) {
            break;
        }
    }
    nearest
}

/// One `X-Forwarded-For` entry: an address, `[v6]`, or either with a port.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    if let Ok(address) = entry.parse::<IpAddr>() {
        return Some(address.to_canonical());
    }
    entry.parse::<SocketAddr>().ok().map(|socket| socket.ip().to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxy = ip("10.0.0.2");
        assert_eq!(client_address(ip("203.0.113.9"), "198.51.100.7", &[proxy]), ip("203.0.113.9"));
        assert_eq!(client_address(proxy, "198.51.100.7", &[proxy]), ip("198.51.100.7"));
        assert_eq!(client_address(proxy, "", &[proxy]), proxy);
        assert_eq!(client_address(proxy, "198.51.100.7", &[]), proxy);
    }

    #[test]
    fn the_nearest_untrusted_hop_wins_over_what_the_client_wrote() {
        let trusted = [ip("10.0.0.2"), ip("10.0.0.3")];
        // The client wrote "1.2.3.4" itself; the proxies appended what they saw.
        assert_eq!(client_address(ip("10.0.0.2"), "1.2.3.4, 198.51.100.7, 10.0.0.3", &trusted), ip("198.51.100.7"));
        assert_eq!(client_address(ip("10.0.0.2"), "not-an-address, 198.51.100.7", &trusted), ip("198.51.100.7"));
        assert_eq!(client_address(ip("10.0.0.2"), "198.51.100.7, garbage", &trusted), ip("10.0.0.2"));
        assert_eq!(client_address(ip("10.0.0.2"), "[2001:db8::1]:443", &trusted), ip("2001:db8::1"));
        assert_eq!(client_address(ip("10.0.0.2"), "198.51.100.7:5555", &trusted), ip("198.51.100.7"));
        assert_eq!(client_address(ip("::ffff:10.0.0.2"), "198.51.100.7", &trusted), ip("198.51.100.7"));
    }

    #[test]
    fn keys_are_keyed_hashes_stable_within_a_process_only() {
        let first = ClientKeys::new(&[]).unwrap();
        let second = ClientKeys::new(&[]).unwrap();
        let peer: SocketAddr = "203.0.113.9:4000".parse().unwrap();
        let other_port: SocketAddr = "203.0.113.9:4001".parse().unwrap();
        let headers = HeaderMap::new();
        assert_eq!(first.of(peer, &headers), first.of(other_port, &headers));
        assert_ne!(first.of(peer, &headers), second.of(peer, &headers));
        assert_ne!(first.of(peer, &headers), first.of("203.0.113.10:4000".parse().unwrap(), &headers));
    }
}
