//! The child's page of a paused browser (a coordinator confirmed that a chat from it
//! was abusive; see `crate::blocks`), rendered by the server: the page needs no app to
//! say it, so it works on the oldest phone and costs the ordinary page nothing. The app
//! comes back here (with the child's language) when its `start` is refused with
//! `paused`.
//!
//! Without blame: the chat is paused for now, and when the child can write again; and
//! what helps now: the phone line, 112, and the quick exit at the top as everywhere.

use std::net::IpAddr;

use axum::http::HeaderMap;
use bridgeline_protocol::{UnixMillis, PAUSE_COOKIE};
use fluent_bundle::FluentArgs;

use super::pages::escape;
use crate::app::AppState;
use crate::i18n::Catalog;

/// The pause token a browser sends back as its cookie, if it keeps one (well formed:
/// 64 hex digits; anything else is ignored).
pub fn pause_cookie(headers: &HeaderMap) -> Option<String> {
    super::auth::cookie(headers, PAUSE_COOKIE)
        .filter(|value| value.len() == 64 && value.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

/// Until when chats from this browser are paused, as the hub knows it; `None` for
/// almost everyone, and when the hub does not answer (the ordinary page then loads,
/// and `start` is refused as usual).
pub async fn paused_until(state: &AppState, address: Option<IpAddr>, headers: &HeaderMap) -> Option<UnixMillis> {
    let pause_token = pause_cookie(headers);
    if address.is_none() && pause_token.is_none() {
        return None;
    }
    let (reply, answer) = tokio::sync::oneshot::channel();
    state.hub.send(crate::hub::Command::PausedUntil { address, pause_token, reply }).await.ok()?;
    answer.await.ok().flatten()
}

/// What the page's `<main>` holds while paused, in `locale`. `boot.js` writes the time
/// in the child's language (the browser's `Intl`); without it the time reads in UTC.
pub fn main_content(catalog: &Catalog, locale: &str, phone: &str, until: UnixMillis) -> String {
    // The message is formatted around a marker, escaped, then the marker becomes the
    // time element: no markup inside a translation.
    const MARKER: &str = "\u{E000}";
    let mut args = FluentArgs::new();
    args.set("time", MARKER);
    let body = escape(&catalog.format(locale, "paused-body", Some(&args)));
    let date = crate::reports::date(until);
    let minutes = until.rem_euclid(86_400_000) / 60_000;
    let time = format!(
        r#"<time datetime="{date}T{hour:02}:{minute:02}Z" data-until="{until}">{date} {hour:02}:{minute:02} UTC</time>"#,
        hour = minutes / 60,
        minute = minutes % 60,
    );
    format!(
        r#"<section class="paused"><h1>{heading}</h1><p>{body}</p>{help}</section>"#,
        heading = escape(&catalog.format(locale, "paused-heading", None)),
        body = body.replace(MARKER, &time),
        help = super::child_shell::danger_and_phone(catalog, locale, phone),
    )
}

#[cfg(test)]
mod tests {
    use axum::http::{header, HeaderValue};

    use super::*;

    #[test]
    fn only_a_well_formed_pause_cookie_counts() {
        let token = "ab".repeat(32);
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&format!("other=1; bl_pause={token}")).unwrap());
        assert_eq!(pause_cookie(&headers), Some(token));
        headers.insert(header::COOKIE, HeaderValue::from_static("bl_pause=<script>"));
        assert_eq!(pause_cookie(&headers), None);
        assert_eq!(pause_cookie(&HeaderMap::new()), None);
    }

    #[test]
    fn the_paused_page_says_when_and_offers_the_phone_and_112_in_the_child_s_language() {
        let catalog = Catalog::load_embedded().unwrap();
        // 2026-11-26 16:05 UTC.
        let html = main_content(&catalog, "de", "116 111", 1_795_651_200_000 + 16 * 3_600_000 + 5 * 60_000);
        assert!(html.contains(&escape(&catalog.format("de", "paused-heading", None))), "{html}");
        assert!(html.contains(r#"data-until="1795709100000">2026-11-26 16:05 UTC</time>"#), "{html}");
        assert!(html.contains(r#"href="tel:116111""#) && html.contains(">116 111<"), "{html}");
        assert!(html.contains(r#"href="tel:112""#), "{html}");
        assert!(!html.contains('\u{E000}'));
    }
}
