//! Translations in the browser. The server compiles each page's Fluent messages into
//! a small catalog (`bridgeline_protocol::catalog`); this module formats them, with
//! the browser's own `Intl.PluralRules` choosing plural forms. The active catalog lives
//! in a signal, so switching language re-renders every string in place, mid-chat,
//! without a reload.

use std::sync::Arc;

use bridgeline_protocol::catalog::{Arg, Catalog};
use leptos::prelude::*;

use crate::bootstrap::Bootstrap;

/// One loaded locale.
pub struct Locale {
    pub code: String,
    pub dir: String,
    messages: Catalog,
    plurals: Option<js_sys::Intl::PluralRules>,
}

impl Locale {
    pub fn new(code: &str, dir: &str, messages: Catalog) -> Locale {
        let locales = js_sys::Array::of1(&code.into());
        let plurals = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        Locale { code: code.to_owned(), dir: dir.to_owned(), messages, plurals: Some(plurals) }
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let plural = |number: f64| match &self.plurals {
            Some(rules) => String::from(rules.select(number)),
            None => String::new(),
        };
        self.messages.format(id, attribute, args, &plural)
    }
}

/// The reactive translator handed to every component. Every locale is complete (the
/// server's locale checker fails the build otherwise), so a lookup that still misses
/// shows nothing rather than a raw message id.
#[derive(Clone, Copy)]
pub struct L10n {
    current: RwSignal<Arc<Locale>>,
    /// (code, own-script name) of every locale: the names of languages where the
    /// browser has none in the reader's language.
    names: StoredValue<Vec<(String, String)>>,
}

impl L10n {
    /// Text of message `id`; reactive.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    /// A reactive text of message `id`, for views. Every call returns the same closure
    /// type, so the views share one compiled copy of the code that renders it (a
    /// distinct closure per string costs the child's page kilobytes).
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// Text of an attribute, e.g. `.title`; reactive.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), &[])
    }

    /// Text with arguments; numbers select plural forms.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, None, args)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        self.current.with(|locale| locale.format(id, attribute, args)).unwrap_or_default()
    }

    /// The active locale's code; reactive.
    pub fn code(&self) -> String {
        self.current.with(|locale| locale.code.clone())
    }

    /// The active locale's direction (`ltr` or `rtl`); reactive.
    pub fn dir(&self) -> String {
        self.current.with(|locale| locale.dir.clone())
    }

    /// A language's name in the reader's language ("anglais" on a French page), from the
    /// browser's `Intl.DisplayNames`; where the browser has no names in the reader's
    /// language, the language's own name ("العربية"), or its code if unknown. Reactive:
    /// switching the page's language renames every language.
    pub fn language_name(&self, code: &str) -> String {
        let reader = self.current.with(|locale| locale.code.clone());
        crate::intl::language_name(&reader, code).unwrap_or_else(|| {
            self.names.with_value(|names| {
                names
                    .iter()
                    .find(|(candidate, _)| candidate == code)
                    .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
            })
        })
    }

    /// Switches language: the page's `lang` and `dir` follow.
    pub fn switch(&self, locale: Locale) {
        set_document_language(&locale.code, &locale.dir);
        self.current.set(Arc::new(locale));
    }
}

fn set_document_language(code: &str, dir: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", code);
        let _ = html.set_attribute("dir", dir);
    }
}

/// Builds the translator from the bootstrap block.
pub fn provide(boot: &Bootstrap) -> L10n {
    let locale = Locale::new(&boot.locale, &boot.dir, boot.messages.clone());
    // The child's page sends no separate names: its switcher lists every language.
    let names = if boot.language_names.is_empty() {
        boot.locales.iter().map(|locale| (locale.code.clone(), locale.native_name.clone())).collect()
    } else {
        boot.language_names.iter().map(|(code, name)| (code.clone(), name.clone())).collect()
    };
    L10n { current: RwSignal::new(Arc::new(locale)), names: StoredValue::new(names) }
}

/// Whose side a notice is told from: the same event reads differently to the child
/// ("you ended the chat") and to the counsellor ("the child ended the chat").
#[derive(Clone, Copy)]
pub enum Reader {
    Child,
    Counsellor,
}

/// The text of a message body in the reader's language: typed text as written,
/// system notices from Fluent (`notice-*` for the child, `staff-notice-*` for staff).
pub fn body_text(l10n: L10n, body: &bridgeline_protocol::Body, reader: Reader) -> String {
    use bridgeline_protocol::{Body, Notice};
    let id = |name: &str| match reader {
        Reader::Child => format!("notice-{name}"),
        Reader::Counsellor => format!("staff-notice-{name}"),
    };
    match body {
        Body::Text { text } | Body::Canned { text, .. } => text.clone(),
        // Each page draws a referral as a card of its own, not as a line of text.
        Body::Referral(_) => String::new(),
        Body::System(Notice::Transferred) => l10n.t(&id("transferred")),
        Body::System(Notice::CounsellorJoined { display_name }) => {
            l10n.t_with(&id("counsellor-joined"), &[("name", Arg::Text(display_name))])
        }
        Body::System(Notice::EndedByChild) => l10n.t(&id("ended-by-child")),
        Body::System(Notice::EndedByCounsellor) => l10n.t(&id("ended-by-counsellor")),
        Body::System(Notice::LeftQueue) => l10n.t(&id("left-queue")),
        Body::System(Notice::CounsellorLeft) => l10n.t(&id("counsellor-left")),
        Body::System(Notice::LanguageChanged { language }) => {
            let name = l10n.language_name(language);
            l10n.t_with(&id("language-changed"), &[("language", Arg::Text(&name))])
        }
    }
}

/// Loads another locale's messages for `domain` (`child`, `staff`) and switches to it.
pub async fn switch_to(l10n: L10n, domain: &str, code: String, dir: String) {
    let Some(text) = crate::browser::fetch_text(&format!("/l10n/{code}/{domain}.json")).await else { return };
    let messages = bridgeline_web_wire::js::parse(&text).and_then(|value| bridgeline_web_wire::catalog::read(&value));
    if let Some(messages) = messages {
        l10n.switch(Locale::new(&code, &dir, messages));
    }
}
