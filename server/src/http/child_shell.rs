//! The child's page as the server sends it: a complete page before the app runs, and
//! without it (JavaScript off, the module blocked, an old phone). It says what the
//! helpline is, what to do in immediate danger, the phone line, lets the child change
//! language with plain links, and has the quick exit as a real link to the neutral
//! site. `boot.js` upgrades that link (Escape, `location.replace`, wiping); the app
//! then takes over `<main>` only, so the top bar never moves under the child's thumb.

use std::fmt::Write;

use super::pages::escape;
use crate::i18n::{Catalog, CHILD_DOMAIN};

/// A globe, drawn here: the sign for "language" that needs no reading.
const GLOBE: &str = r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3a9 9 0 1 0 .01 0M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18"/></svg>"#;

/// The top bar: the language choice (every language by its own name, as links that
/// reload the page in it) and the quick exit.
pub fn topbar(catalog: &Catalog, locale: &str, quick_exit_url: &str) -> String {
    let mut links = String::new();
    let mut current = String::new();
    for other in catalog.locales().filter(|other| other.catalog(CHILD_DOMAIN).is_some()) {
        let code = escape(&other.code);
        let name = escape(&other.meta.native_name);
        let here = other.code == locale;
        if here {
            current.clone_from(&name);
        }
        let _ = write!(
            links,
            r#"<li><a href="/?lang={code}" hreflang="{code}" lang="{code}" dir="{dir}"{aria}>{name}</a></li>"#,
            dir = other.meta.direction.as_str(),
            aria = if here { r#" aria-current="true""# } else { "" },
        );
    }
    format!(
        r#"<header class="topbar"><details class="language" id="language"><summary>{GLOBE}<span class="visually-hidden" id="language-label">{label}</span> <span class="current" lang="{locale}">{current}</span></summary><ul class="language-list">{links}</ul></details><a class="quick-exit" id="quick-exit" href="{url}" rel="noreferrer" title="{title}">{exit}</a></header>"#,
        label = escape(&catalog.format(locale, "language-switcher-label", None)),
        locale = escape(locale),
        url = escape(quick_exit_url),
        title = escape(&catalog.format_attribute(locale, "quick-exit-button", "title")),
        exit = escape(&catalog.format(locale, "quick-exit-button", None)),
    )
}

/// What to do in immediate danger, then the helpline's phone line: on every page a
/// child can see without the app.
pub fn danger_and_phone(catalog: &Catalog, locale: &str, phone: &str) -> String {
    let dial: String = phone.chars().filter(|character| !character.is_whitespace()).collect();
    format!(
        r#"<aside class="danger" aria-labelledby="danger-heading"><h2 id="danger-heading">{danger_heading}</h2><p>{danger_body}</p><a class="call" href="tel:112">{danger_call}</a></aside><p class="phone">{phone_line} <a class="call" href="tel:{dial}" dir="ltr">{phone}</a></p>"#,
        danger_heading = escape(&catalog.format(locale, "danger-heading", None)),
        danger_body = escape(&catalog.format(locale, "danger-body", None)),
        danger_call = escape(&catalog.format(locale, "danger-call-button", None)),
        phone_line = escape(&catalog.format(locale, "no-counsellor-phone", None)),
        dial = escape(&dial),
        phone = escape(phone),
    )
}

/// The welcome as the app will show it, with a status line where its start button
/// will be (and, without JavaScript, why there is none).
pub fn intro(catalog: &Catalog, locale: &str, phone: &str) -> String {
    let text = |id: &str| escape(&catalog.format(locale, id, None));
    format!(
        r#"<section class="intro"><h1 tabindex="-1">{heading}</h1><p>{body}</p><p class="hint">{exit_hint}</p><p class="hint">{private_hint}</p><p class="loading" role="status">{loading}</p><noscript><p class="error">{no_script}</p></noscript>{danger}</section>"#,
        heading = text("intro-heading"),
        body = text("intro-body"),
        exit_hint = text("intro-quick-exit-hint"),
        private_hint = text("intro-private-hint"),
        loading = text("page-loading"),
        no_script = text("page-needs-javascript"),
        danger = danger_and_phone(catalog, locale, phone),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::load_embedded().expect("locales load")
    }

    #[test]
    fn the_top_bar_offers_every_language_by_its_own_name_and_marks_the_current_one() {
        let catalog = catalog();
        let bar = topbar(&catalog, "fa", "https://example.org/?q=1&r=2");
        assert_eq!(bar.matches("<li>").count(), catalog.locales().count());
        assert!(bar.contains(r#"<a href="/?lang=uk" hreflang="uk" lang="uk" dir="ltr">Українська</a>"#), "{bar}");
        assert!(bar.contains(r#"hreflang="fa" lang="fa" dir="rtl" aria-current="true""#), "{bar}");
        assert!(bar.contains(r#"href="https://example.org/?q=1&amp;r=2""#), "the exit link is escaped: {bar}");
        assert_eq!(bar.matches("aria-current").count(), 1);
    }

    #[test]
    fn the_page_without_the_app_gives_danger_advice_and_a_number_to_dial() {
        let catalog = catalog();
        let page = intro(&catalog, "ar", "116 111");
        assert!(page.contains(r#"href="tel:112""#), "{page}");
        assert!(page.contains(r#"<a class="call" href="tel:116111" dir="ltr">116 111</a>"#), "{page}");
        assert!(page.contains(&escape(&catalog.format("ar", "danger-heading", None))));
        assert!(page.contains(&escape(&catalog.format("ar", "intro-private-hint", None))));
    }

    #[test]
    fn a_phone_number_cannot_inject_markup() {
        let page = danger_and_phone(&catalog(), "en", "<script>1</script>");
        assert!(!page.contains("<script>"), "{page}");
    }
}
