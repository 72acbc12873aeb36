//! Picks the page language from `Accept-Language`, with no I/O.

/// One entry of an `Accept-Language` header.
#[derive(Debug, Clone, PartialEq)]
struct Preference<'a> {
    tag: &'a str,
    quality: f32,
}

/// Parses an `Accept-Language` header, dropping malformed entries and `q=0`, sorted
/// by quality (stable, so equal qualities keep the browser's order).
fn preferences(header: &str) -> Vec<Preference<'_>> {
    let mut parsed: Vec<Preference<'_>> = header
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag.len() > 35 {
                return None;
            }
            let mut quality = 1.0;
            for parameter in parts {
                let parameter = parameter.trim();
                if let Some(value) = parameter.strip_prefix("q=").or_else(|| parameter.strip_prefix("Q=")) {
                    quality = value.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q))?;
                }
            }
            (quality > 0.0).then_some(Preference { tag, quality })
        })
        .collect();
    parsed.sort_by(|a, b| b.quality.total_cmp(&a.quality));
    parsed
}

/// The best of `available` for the header, else `fallback`. A tag matches a locale
/// exactly (case-insensitive) or by its primary language (`ar-EG` → `ar`); `*` matches
/// nothing in particular, so it falls through to the fallback.
pub fn negotiate<'a>(accept_language: &str, available: &[&'a str], fallback: &'a str) -> &'a str {
    for preference in preferences(accept_language) {
        let tag = preference.tag;
        if let Some(exact) = available.iter().find(|code| code.eq_ignore_ascii_case(tag)) {
            return exact;
        }
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        if let Some(by_primary) = available.iter().find(|code| code.eq_ignore_ascii_case(primary)) {
            return by_primary;
        }
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    const AVAILABLE: &[&str] = &["ar", "en", "fa", "fr", "uk"];

    #[test]
    fn picks_the_highest_quality_available_language() {
        assert_eq!(negotiate("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7", AVAILABLE, "en"), "fr");
        assert_eq!(negotiate("en;q=0.5, ar;q=0.9", AVAILABLE, "en"), "ar");
    }

    #[test]
    fn matches_region_tags_by_primary_language() {
        assert_eq!(negotiate("ar-EG", AVAILABLE, "en"), "ar");
        assert_eq!(negotiate("FA-af", AVAILABLE, "en"), "fa");
    }

    #[test]
    fn falls_back_on_empty_garbage_or_refused_languages() {
        assert_eq!(negotiate("", AVAILABLE, "en"), "en");
        assert_eq!(negotiate(";;;,q=,*", AVAILABLE, "en"), "en");
        assert_eq!(negotiate("ar;q=0, de", AVAILABLE, "en"), "en");
        assert_eq!(negotiate("ar;q=banana", AVAILABLE, "en"), "en");
    }

    #[test]
    fn keeps_browser_order_for_equal_quality() {
        assert_eq!(negotiate("uk, ar", AVAILABLE, "en"), "uk");
    }
}
