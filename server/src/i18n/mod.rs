//! Translations: every locale under `locales/` is embedded at build time (see
//! `build.rs`), parsed once at start into Fluent bundles, and served to the web client.
//!
//! - [`negotiate`]: picks a locale from `Accept-Language` (pure).
//! - [`check`]: compares every locale with the reference locale `en` (pure).
//! - [`compile`]: turns FTL into the compact catalog the web client formats with.
//! - [`Catalog`]: the loaded locales, for formatting server-rendered strings.

pub mod check;
pub mod compile;
pub mod negotiate;

use std::collections::BTreeMap;

use bridgeline_protocol::catalog::Catalog as CompiledCatalog;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The locale every other is checked against, and the fallback for everything.
pub const REFERENCE_LOCALE: &str = "en";

/// The messages of the child's page (`child.ftl`), present in every locale.
pub const CHILD_DOMAIN: &str = "child";

/// Files whose messages join another file's domain: the child's page reads
/// `presence.ftl` (what it says of the queue and of the counsellor's connection) and
/// `survey.ftl` (the questions after the chat), `codes.ftl` (return codes, left
/// messages) and `handover.ftl` (a case handed to a partner helpline) with `child.ftl`.
/// Every other file is a domain of its own, named after it.
const DOMAIN_OF_FILE: &[(&str, &str)] = &[
    ("presence.ftl", CHILD_DOMAIN),
    ("survey.ftl", CHILD_DOMAIN),
    ("codes.ftl", CHILD_DOMAIN),
    ("handover.ftl", CHILD_DOMAIN),
];

/// The messages of the staff console (`staff.ftl`), present in some locales.
pub const STAFF_DOMAIN: &str = "staff";

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a native speaker has reviewed a locale. Drafts say so honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Draft,
    Reviewed,
}

/// `locales/<lang>/meta.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LocaleMeta {
    /// The language's name in its own script, as shown in the language switcher.
    pub native_name: String,
    pub direction: Direction,
    pub status: ReviewStatus,
    #[serde(default)]
    pub note: String,
    /// A later pass over the whole locale by someone other than its first writer.
    #[serde(default)]
    pub second_review: Option<SecondReview>,
}

/// `second_review` in meta.json: who read the locale again, what they changed and what
/// still needs a native speaker. It never makes a locale `reviewed` by itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecondReview {
    pub date: String,
    pub by: String,
    #[serde(default)]
    pub files: Vec<String>,
    /// `message-id: why`, one entry per change.
    #[serde(default)]
    pub changed: Vec<String>,
    #[serde(default)]
    pub unchanged_note: String,
    pub still_to_check: String,
}

/// Errors met while loading the embedded locales; each one is a build defect that the
/// locale tests catch first.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {locale}: bad meta.json: {detail}")]
    Meta { locale: String, detail: String },
    #[error("locale {locale}: {file}: FTL syntax errors: {detail}")]
    Syntax { locale: String, file: String, detail: String },
    #[error("locale {locale}: not a valid language identifier")]
    LanguageId { locale: String },
    #[error("locale {locale}: {detail}")]
    Bundle { locale: String, detail: String },
    #[error("locale {locale}: {file}: {error}")]
    Compile { locale: String, file: String, error: compile::CompileError },
    #[error("the reference locale {REFERENCE_LOCALE} is missing")]
    NoReference,
}

/// One loaded locale.
pub struct Locale {
    pub code: String,
    pub meta: LocaleMeta,
    /// Each FTL file compiled for the web client, by domain (`child`, `staff`): a
    /// page loads only its own.
    catalogs: BTreeMap<String, CompiledCatalog>,
    bundle: FluentBundle<FluentResource>,
}

/// The raw embedded sources of one locale: (code, meta.json, [(file, FTL)]).
pub type EmbeddedLocale = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

/// Every locale shipped in this binary, as sources.
pub fn embedded_locales() -> &'static [EmbeddedLocale] {
    embedded::EMBEDDED
}

/// Locale directories the build left out because they have no `meta.json`.
pub fn incomplete_locales() -> &'static [&'static str] {
    embedded::INCOMPLETE
}

/// All loaded locales.
pub struct Catalog {
    locales: BTreeMap<String, Locale>,
}

impl Catalog {
    /// Loads the locales embedded in the binary.
    pub fn load_embedded() -> Result<Self, I18nError> {
        Self::load(embedded_locales())
    }

    pub fn load(sources: &[EmbeddedLocale]) -> Result<Self, I18nError> {
        let mut locales = BTreeMap::new();
        for (code, meta, files) in sources {
            let locale = load_locale(code, meta, files)?;
            locales.insert((*code).to_owned(), locale);
        }
        if !locales.contains_key(REFERENCE_LOCALE) {
            return Err(I18nError::NoReference);
        }
        Ok(Self { locales })
    }

    /// Locale codes, sorted.
    pub fn codes(&self) -> Vec<&str> {
        self.locales.keys().map(String::as_str).collect()
    }

    pub fn contains(&self, code: &str) -> bool {
        self.locales.contains_key(code)
    }

    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.locales.get(code)
    }

    /// The locale for `code`, or the reference locale.
    pub fn get_or_reference(&self, code: &str) -> &Locale {
        self.locales
            .get(code)
            .or_else(|| self.locales.get(REFERENCE_LOCALE))
            .expect("the reference locale is checked at load")
    }

    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    /// Picks the locale for an `Accept-Language` header.
    pub fn negotiate(&self, accept_language: &str) -> &Locale {
        self.negotiate_domain(accept_language, CHILD_DOMAIN)
    }

    /// Picks the locale for an `Accept-Language` header among those that have
    /// `domain` (every locale has the child's; fewer have the console's).
    pub fn negotiate_domain(&self, accept_language: &str, domain: &str) -> &Locale {
        let codes: Vec<&str> = self
            .locales()
            .filter(|locale| locale.catalog(domain).is_some())
            .map(|locale| locale.code.as_str())
            .collect();
        let code = negotiate::negotiate(accept_language, &codes, REFERENCE_LOCALE).to_owned();
        self.get_or_reference(&code)
    }

    /// Whether `locale` itself (no fallback) has message `id` in `domain`.
    pub fn has_message(&self, locale: &str, domain: &str, id: &str) -> bool {
        self.get(locale)
            .and_then(|locale| locale.catalog(domain))
            .is_some_and(|catalog| catalog.messages.contains_key(id))
    }

    /// Formats message `id` of `domain` in exactly `locale`, or `None` when that locale
    /// lacks it: for texts that must not reach a reader in another language (a canned
    /// answer to a child).
    pub fn format_exact(&self, locale: &str, domain: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        if !self.has_message(locale, domain, id) {
            return None;
        }
        self.get(locale)?.format(id, args)
    }

    /// Formats message `id` in `locale`, falling back to the reference locale, so that
    /// a raw message id never reaches a reader.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let primary = self.get_or_reference(locale);
        primary
            .format(id, args)
            .or_else(|| self.get_or_reference(REFERENCE_LOCALE).format(id, args))
            .unwrap_or_default()
    }

    /// Formats attribute `attribute` of message `id` (`quick-exit-button.title`) in
    /// `locale`, falling back to the reference locale like `format`.
    pub fn format_attribute(&self, locale: &str, id: &str, attribute: &str) -> String {
        let primary = self.get_or_reference(locale);
        primary
            .format_attribute(id, attribute)
            .or_else(|| self.get_or_reference(REFERENCE_LOCALE).format_attribute(id, attribute))
            .unwrap_or_default()
    }

    /// Formats message `id` in exactly `locale`, without falling back: `None` when the
    /// locale is not shipped or lacks the message, so that a caller can tell a
    /// translation from the English it would otherwise get.
    pub fn format_in(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.locales.get(locale)?.format(id, args)
    }
}

impl Locale {
    /// The compiled messages of one domain (`child`, `staff`), if this locale has it.
    pub fn catalog(&self, domain: &str) -> Option<&CompiledCatalog> {
        self.catalogs.get(domain)
    }

    fn format_attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(locale = %self.code, id, ?errors, "fluent formatting errors");
        }
        Some(text)
    }
}

fn load_locale(code: &str, meta: &str, files: &[(&str, &str)]) -> Result<Locale, I18nError> {
    let meta: LocaleMeta = serde_json::from_str(meta)
        .map_err(|error| I18nError::Meta { locale: code.to_owned(), detail: error.to_string() })?;
    let language: LanguageIdentifier = code.parse().map_err(|_| I18nError::LanguageId { locale: code.to_owned() })?;
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    let mut sources: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (file, source) in files {
        let resource = FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| I18nError::Syntax {
            locale: code.to_owned(),
            file: (*file).to_owned(),
            detail: format!("{errors:?}"),
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Bundle { locale: code.to_owned(), detail: format!("{errors:?}") })?;
        let domain = DOMAIN_OF_FILE
            .iter()
            .find(|(name, _)| name == file)
            .map_or_else(|| file.strip_suffix(".ftl").unwrap_or(file), |(_, domain)| domain);
        sources.entry(domain).or_default().push(source);
    }
    let mut catalogs = BTreeMap::new();
    for (domain, sources) in sources {
        let compiled = compile::compile(&sources).map_err(|error| I18nError::Compile {
            locale: code.to_owned(),
            file: format!("{domain} domain"),
            error,
        })?;
        catalogs.insert(domain.to_owned(), compiled);
    }
    Ok(Locale { code: code.to_owned(), meta, catalogs, bundle })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_locale_loads_and_the_reference_is_there() {
        let catalog = Catalog::load_embedded().expect("locales load");
        assert!(catalog.contains("en"));
        for locale in catalog.locales() {
            assert!(!locale.meta.native_name.is_empty(), "{} has no native name", locale.code);
        }
    }

    #[test]
    fn a_second_review_is_recorded_honestly() {
        let catalog = Catalog::load_embedded().expect("locales load");
        for locale in catalog.locales() {
            if let Some(review) = &locale.meta.second_review {
                assert!(!review.by.is_empty() && !review.date.is_empty(), "{}: who and when", locale.code);
                assert!(!review.still_to_check.is_empty(), "{}: what a native speaker must still check", locale.code);
                // A second pass by a non-native writer is not a native speaker's review.
                if review.by.contains("not a native speaker") {
                    assert_eq!(locale.meta.status, ReviewStatus::Draft, "{} must stay a draft", locale.code);
                }
            }
        }
    }

    #[test]
    fn every_locale_directory_is_complete() {
        assert!(incomplete_locales().is_empty(), "locale directories without meta.json: {:?}", incomplete_locales());
    }

    #[test]
    fn right_to_left_locales_say_so() {
        let catalog = Catalog::load_embedded().expect("locales load");
        for code in ["ar", "fa", "ps", "ur", "ckb"] {
            if let Some(locale) = catalog.get(code) {
                assert_eq!(locale.meta.direction, Direction::Rtl, "{code} must be right to left");
            }
        }
    }

    #[test]
    fn formatting_falls_back_to_the_reference_and_never_shows_an_id() {
        let catalog = Catalog::load_embedded().expect("locales load");
        let title = catalog.format("xx", "page-title", None);
        assert!(title.contains("Bridgeline"));
        assert_eq!(catalog.format("en", "no-such-message", None), "");
    }

    #[test]
    fn arabic_browser_gets_arabic() {
        let catalog = Catalog::load_embedded().expect("locales load");
        if catalog.contains("ar") {
            assert_eq!(catalog.negotiate("ar-SY,ar;q=0.9,en;q=0.5").code, "ar");
        }
        assert_eq!(catalog.negotiate("zz").code, "en");
    }
}
