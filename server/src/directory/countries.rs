//! ISO 3166-1 alpha-2 country codes, to refuse a code that names no country (`UK`,
//! `EL` and `EU` are common mistakes) before it hides a service from every search.

/// Every officially assigned code, sorted, and `XK` (Kosovo: user-assigned, but the
/// code the EU and most international bodies use).
pub const COUNTRY_CODES: [&str; 250] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT",
    "ZA", "ZM", "ZW",
];

/// `Some("DE")` for `de` or `DE`; `Err` with a hint for anything else.
pub fn parse_country(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_uppercase();
    if COUNTRY_CODES.binary_search(&code.as_str()).is_ok() {
        return Ok(code);
    }
    let hint = match code.as_str() {
        "UK" => " (the United Kingdom is GB)",
        "EL" => " (Greece is GR)",
        "EU" => " (leave the country empty for a number that works across the EU)",
        _ => "",
    };
    Err(format!("{text:?} is not an ISO 3166-1 alpha-2 country code{hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_unique_and_complete() {
        assert!(COUNTRY_CODES.windows(2).all(|pair| pair[0] < pair[1]), "sorted, no repeats");
        assert!(COUNTRY_CODES.iter().all(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())));
        // Every country the child's page offers (web/core/src/intl.rs) is accepted.
        for code in ["AL", "AD", "AM", "AT", "AZ", "BA", "DE", "GB", "GE", "GR", "MD", "TR", "UA"] {
            assert!(parse_country(code).is_ok(), "{code}");
        }
    }

    #[test]
    fn common_mistakes_are_refused_with_a_hint() {
        assert_eq!(parse_country(" de "), Ok("DE".to_owned()));
        assert!(parse_country("UK").unwrap_err().contains("GB"));
        assert!(parse_country("EL").unwrap_err().contains("GR"));
        assert!(parse_country("EU").is_err());
        assert!(parse_country("Germany").is_err());
        assert!(parse_country("").is_err());
    }
}
