//! Partner helplines in other countries (issue 14): this helpline's signing key, the
//! partners it trusts, and the signed requests between them (see `docs/partners.md`).
//!
//! Each helpline runs its own Bridgeline and decides alone whom it trusts: there is no
//! central service. A partner is configured with its name, base URL, the countries and
//! languages it serves and its public key; every request between partners is signed
//! ([`signature`]).
//!
//! - `signature.rs`: signing and verifying requests, and catching replays (pure).
//! - `client.rs`: sending signed requests to a partner.

pub mod client;
pub mod signature;
pub mod wire;

/// The key type, for callers that sign (tests, and partner clients).
pub use ed25519_dalek::SigningKey;

use signature::PublicIdentity;

/// A partner helpline, as the `partner add` command takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    /// How this helpline's staff call it (unique here).
    pub name: String,
    /// Where its Bridgeline answers: `https://…`, or `http://` on a loopback address
    /// (tests, and two servers on one machine).
    pub base_url: String,
    /// ISO 3166 alpha-2 codes, upper case.
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub key: PublicIdentity,
}

/// Why a partner was not added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PartnerError {
    #[error("the name is empty or longer than 100 characters")]
    Name,
    #[error("{0:?} is not a base URL: use https://host[:port][/path], or http:// only on a loopback address")]
    Url(String),
    #[error("{0:?} is not a country: use ISO 3166 codes such as DE, FR, UA")]
    Country(String),
    #[error("name at least one country the partner serves")]
    NoCountry,
    #[error("{0:?} is not a public identity: it looks like ed25519:… as `bridgeline partner key` prints it")]
    Key(String),
    #[error("{0:?} is not a language code: use codes such as it, de, ar, uk")]
    Language(String),
    #[error("this is this helpline's own key")]
    OwnKey,
}

impl Partner {
    /// Checks what an operator typed. A partner may speak languages this helpline does
    /// not serve: only their form is checked (`it`, `ti`, `pt-BR`).
    pub fn parse(
        name: &str,
        base_url: &str,
        countries: &[String],
        languages: &[String],
        key: &str,
    ) -> Result<Self, PartnerError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(PartnerError::Name);
        }
        let base_url = valid_base_url(base_url).ok_or_else(|| PartnerError::Url(base_url.to_owned()))?;
        if countries.is_empty() {
            return Err(PartnerError::NoCountry);
        }
        let mut upper: Vec<String> = Vec::new();
        for country in countries {
            let code = country.trim();
            if code.len() != 2 || !code.bytes().all(|byte| byte.is_ascii_uppercase()) {
                return Err(PartnerError::Country(country.clone()));
            }
            if !upper.iter().any(|known| known == code) {
                upper.push(code.to_owned());
            }
        }
        let mut codes: Vec<String> = Vec::new();
        for language in languages {
            let code = language.trim();
            let (base, region) = code.split_once('-').unwrap_or((code, ""));
            let base_ok = (2..=3).contains(&base.len()) && base.bytes().all(|byte| byte.is_ascii_lowercase());
            let region_ok =
                region.is_empty() || (region.len() == 2 && region.bytes().all(|byte| byte.is_ascii_uppercase()));
            if !base_ok || !region_ok {
                return Err(PartnerError::Language(language.clone()));
            }
            if !codes.iter().any(|known| known == code) {
                codes.push(code.to_owned());
            }
        }
        let key = PublicIdentity::parse(key).ok_or_else(|| PartnerError::Key(key.to_owned()))?;
        Ok(Self { name: name.to_owned(), base_url, countries: upper, languages: codes, key })
    }
}

impl Partner {
    /// The country a handover with this partner counts under in reports: where the
    /// child is, from the summary, else the partner's first.
    pub fn report_country(&self, summary: &bridgeline_protocol::handovers::HandoverSummary) -> String {
        summary.country.clone().or_else(|| self.countries.first().cloned()).unwrap_or_default()
    }
}

/// A base URL without a trailing slash, if it is `https://` anywhere or `http://` on a
/// loopback host. No user info, query or fragment.
fn valid_base_url(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('/');
    let (scheme, rest) = text.split_once("://")?;
    let host_port = rest.split('/').next()?;
    if host_port.is_empty() || rest.contains(['?', '#', '@', ' ']) {
        return None;
    }
    let host = match host_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next()?,
        None => host_port.rsplit_once(':').map_or(host_port, |(host, _)| host),
    };
    let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|address| address.is_loopback());
    match scheme {
        "https" => Some(text.to_owned()),
        "http" if loopback => Some(text.to_owned()),
        _ => None,
    }
}

/// This helpline's signing key from its stored 32 bytes.
pub fn signing_key(seed: &[u8]) -> Option<SigningKey> {
    let seed: [u8; 32] = seed.try_into().ok()?;
    Some(SigningKey::from_bytes(&seed))
}

/// Why this helpline's own signing key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum OwnKeyError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
    #[error("the stored partner signing key is damaged (server_keys, partner_signing)")]
    Damaged,
}

/// This helpline's signing key: made on first use (by `serve` or a `partner` command,
/// whichever comes first), read back ever after. It never leaves the database.
pub async fn own_key(store: &crate::store::Store) -> Result<SigningKey, OwnKeyError> {
    let fresh = crate::secrets::random_key::<32>()?;
    let seed = store.partner_signing_seed(fresh.as_ref(), crate::secrets::unix_millis()).await?;
    signing_key(&seed).ok_or(OwnKeyError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> String {
        PublicIdentity::of(&SigningKey::from_bytes(&[9; 32])).to_string()
    }

    fn parse(url: &str, countries: &[&str]) -> Result<Partner, PartnerError> {
        let countries: Vec<String> = countries.iter().map(|country| (*country).to_owned()).collect();
        Partner::parse("Telefono Azzurro", url, &countries, &["it".to_owned()], &identity())
    }

    #[test]
    fn https_anywhere_and_http_only_on_loopback() {
        assert_eq!(parse("https://helpline.example.it/", &["IT"]).unwrap().base_url, "https://helpline.example.it");
        assert!(parse("https://helpline.example.it:8443/bridgeline", &["IT"]).is_ok());
        assert!(parse("http://127.0.0.1:9000", &["IT"]).is_ok());
        assert!(parse("http://[::1]:9000", &["IT"]).is_ok());
        assert!(parse("http://localhost:9000", &["IT"]).is_ok());
        for bad in ["http://helpline.example.it", "ftp://x", "https://", "https://a@b", "https://x/?q", "x"] {
            assert_eq!(parse(bad, &["IT"]), Err(PartnerError::Url(bad.to_owned())), "{bad}");
        }
    }

    #[test]
    fn countries_are_iso_codes_and_a_key_must_be_one() {
        assert_eq!(parse("https://x.it", &["IT", "SM", "IT"]).unwrap().countries, ["IT", "SM"]);
        assert_eq!(parse("https://x.it", &[]), Err(PartnerError::NoCountry));
        assert_eq!(parse("https://x.it", &["it"]), Err(PartnerError::Country("it".into())));
        assert_eq!(parse("https://x.it", &["ITA"]), Err(PartnerError::Country("ITA".into())));
        let bad_key = Partner::parse("x", "https://x.it", &["IT".into()], &[], "ed25519:nope");
        assert_eq!(bad_key, Err(PartnerError::Key("ed25519:nope".into())));
        let no_name = Partner::parse(" ", "https://x.it", &["IT".into()], &[], &identity());
        assert_eq!(no_name, Err(PartnerError::Name));
        let languages = |codes: &[&str]| {
            let codes: Vec<String> = codes.iter().map(|code| (*code).to_owned()).collect();
            Partner::parse("x", "https://x.it", &["IT".into()], &codes, &identity()).map(|partner| partner.languages)
        };
        assert_eq!(languages(&["it", "ti", "pt-BR", "it"]), Ok(vec!["it".into(), "ti".into(), "pt-BR".into()]));
        assert_eq!(languages(&["Italian"]), Err(PartnerError::Language("Italian".into())));
    }
}
