//! Fluent in the browser. The active bundle lives in a signal, so switching language
//! re-renders every string in place, mid-chat, without a reload.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;

use crate::bootstrap::Bootstrap;

/// One loaded locale.
pub struct Bundle {
    pub code: String,
    pub dir: String,
    bundle: FluentBundle<FluentResource>,
}

impl Bundle {
    pub fn parse(code: &str, dir: &str, ftl: &str) -> Option<Bundle> {
        let language = code.parse().ok()?;
        // A resource with a few bad entries still yields the good ones.
        let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        bundle.add_resource_overriding(resource);
        Some(Bundle { code: code.to_owned(), dir: dir.to_owned(), bundle })
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }
}

/// The reactive translator handed to every component. Every locale is complete (the
/// server's locale checker fails the build otherwise), so a lookup that still misses
/// shows nothing rather than a raw message id.
#[derive(Clone, Copy)]
pub struct L10n {
    current: RwSignal<Arc<Bundle>>,
}

impl L10n {
    /// Text of message `id`; reactive.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// Text of an attribute, e.g. `.title`; reactive.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), None)
    }

    /// Text with arguments; numbers select plural forms.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name.to_string(), value.clone());
        }
        self.format(id, None, Some(&fluent_args))
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        self.current.with(|bundle| bundle.format(id, attribute, args)).unwrap_or_default()
    }

    pub fn code(&self) -> String {
        self.current.with(|bundle| bundle.code.clone())
    }

    /// Switches language: the page's `lang` and `dir` follow.
    pub fn switch(&self, bundle: Bundle) {
        set_document_language(&bundle.code, &bundle.dir);
        self.current.set(Arc::new(bundle));
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
    let current = Bundle::parse(&boot.locale, &boot.dir, &boot.ftl)
        .unwrap_or_else(|| Bundle::parse("en", "ltr", "").expect("en is a valid language identifier"));
    L10n { current: RwSignal::new(Arc::new(current)) }
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
    let prefix = match reader {
        Reader::Child => "notice",
        Reader::Counsellor => "staff-notice",
    };
    match body {
        Body::Text { text } => text.clone(),
        Body::System(Notice::CounsellorJoined { display_name }) => {
            l10n.t_with(&format!("{prefix}-counsellor-joined"), &[("name", FluentValue::from(display_name.clone()))])
        }
        Body::System(Notice::EndedByChild) => l10n.t(&format!("{prefix}-ended-by-child")),
        Body::System(Notice::EndedByCounsellor) => l10n.t(&format!("{prefix}-ended-by-counsellor")),
        Body::System(Notice::LeftQueue) => l10n.t(&format!("{prefix}-left-queue")),
    }
}

/// Loads another locale and switches to it.
pub async fn switch_to(l10n: L10n, code: String, dir: String) {
    if let Some(ftl) = crate::browser::fetch_text(&format!("/l10n/{code}.ftl")).await {
        if let Some(bundle) = Bundle::parse(&code, &dir, &ftl) {
            l10n.switch(bundle);
        }
    }
}
