//! The referral directory: services a counsellor can refer a child to (child
//! helplines, missing-children hotlines, emergency numbers, local services). Pure: no
//! I/O, so that parsing, opening hours and searching are tested directly.
//!
//! - [`import`]: an import file (CSV or JSON) into checked entries, or every row error.
//! - [`hours`]: opening hours (`mon-fri 08:00-20:00`, `24/7`) and whether one is open.
//! - [`seed`]: the EU-wide numbers every installation has (116 111, 116 000, 112).
//! - [`countries`]: ISO 3166-1 alpha-2 codes.
//! - this file: the entry type, the counsellor's filter, and the child's referral card.
//!
//! Storage is `store::directory`; the CLI is `cli::directory`; the endpoint is
//! `http::directory`; the file formats are documented in `docs/directory.md`.

pub mod countries;
mod csv;
pub mod hours;
pub mod import;
pub mod seed;

use std::collections::BTreeMap;

use bridgeline_protocol::{ReferralCard, Service, Topic};

pub use hours::{open_at, parse_hours, Hours, Opening, WeeklyHours};
pub use import::{parse_import, Format, Position, RowError};

/// Ids starting with this are the built-in EU-wide numbers ([`seed`]); an import may
/// not use them, since the next start would overwrite its row.
pub const RESERVED_ID_PREFIX: &str = "eu-";

/// One service as the directory keeps it: the wire [`Service`] without `open_now`,
/// which depends on the moment, and with the hours in a form that can answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceEntry {
    /// Stable, chosen by whoever maintains the file: importing the same id again
    /// updates the service instead of adding a second one.
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2; `None` for a number that works across the EU, which is
    /// offered whatever country the child is in.
    pub country: Option<String>,
    /// What the service helps with; empty means anything.
    pub topics: Vec<Topic>,
    /// Languages it answers in; empty when not known, which matches every language.
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub hours: Hours,
    /// Locale code → short description.
    pub descriptions: BTreeMap<String, String>,
}

impl ServiceEntry {
    pub fn open_at(&self, unix_millis: i64) -> bool {
        open_at(&self.hours, unix_millis)
    }

    /// The wire form, with `open_now` as of `now`.
    pub fn to_service(&self, now: i64) -> Service {
        let hours = match &self.hours {
            Hours::Weekly(weekly) => Some(weekly.text.clone()),
            Hours::AlwaysOpen | Hours::Unknown => None,
        };
        Service {
            id: self.id.clone(),
            name: self.name.clone(),
            country: self.country.clone(),
            topics: self.topics.clone(),
            languages: self.languages.clone(),
            phone: self.phone.clone(),
            url: self.url.clone(),
            always_open: self.hours == Hours::AlwaysOpen,
            hours,
            descriptions: self.descriptions.clone(),
            open_now: self.open_at(now),
        }
    }
}

/// A topic from its wire name (`violence`).
pub fn parse_topic(text: &str) -> Option<Topic> {
    Topic::ALL.into_iter().find(|topic| topic.as_str() == text.trim())
}

/// What the counsellor searches for. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Services of this country, and the EU-wide ones.
    pub country: Option<String>,
    /// Services for this topic, and those for any topic.
    pub topic: Option<Topic>,
    /// Services answering in this language, and those whose languages are not known.
    pub language: Option<String>,
    /// Only services open at the moment of the search: 24/7 ones and those whose
    /// weekly hours cover it. A service with unknown hours is left out, since nobody
    /// can say it is open.
    pub open_now: bool,
}

/// A filter value that names nothing; `field` is the query parameter or flag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct FilterError {
    pub field: &'static str,
    pub problem: String,
}

/// A filter value that was given and is not blank.
fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|text| !text.is_empty())
}

impl Filter {
    /// From what a counsellor typed or a query string held; empty text means "any".
    /// `languages` are the codes this build serves (`Catalog::codes()`).
    pub fn parse(
        country: Option<&str>,
        topic: Option<&str>,
        language: Option<&str>,
        open_now: bool,
        languages: &[&str],
    ) -> Result<Filter, FilterError> {
        let country = given(country)
            .map(|text| countries::parse_country(text).map_err(|problem| FilterError { field: "country", problem }))
            .transpose()?;
        let topic = given(topic)
            .map(|text| {
                parse_topic(text).ok_or_else(|| FilterError {
                    field: "topic",
                    problem: format!("unknown topic {text:?} (use {})", Topic::ALL.map(Topic::as_str).join(", ")),
                })
            })
            .transpose()?;
        let language = given(language)
            .map(|text| {
                if languages.contains(&text) {
                    Ok(text.to_owned())
                } else {
                    Err(FilterError {
                        field: "language",
                        problem: format!("{text:?} is not a language this build serves ({})", languages.join(", ")),
                    })
                }
            })
            .transpose()?;
        Ok(Filter { country, topic, language, open_now })
    }

    pub fn matches(&self, entry: &ServiceEntry, now: i64) -> bool {
        let country = match (&self.country, &entry.country) {
            (Some(wanted), Some(country)) => wanted == country,
            _ => true,
        };
        let topic = self.topic.is_none_or(|topic| entry.topics.is_empty() || entry.topics.contains(&topic));
        let language = self
            .language
            .as_ref()
            .is_none_or(|language| entry.languages.is_empty() || entry.languages.contains(language));
        country && topic && language && (!self.open_now || entry.open_at(now))
    }
}

/// The services matching `filter` at `now`: a country's own services first, then the
/// EU-wide ones, each group by name (so the closest help is on top).
pub fn search(entries: &[ServiceEntry], filter: &Filter, now: i64) -> Vec<Service> {
    let mut found: Vec<&ServiceEntry> = entries.iter().filter(|entry| filter.matches(entry, now)).collect();
    found.sort_by_cached_key(|entry| {
        (entry.country.is_none(), entry.country.clone(), entry.name.to_lowercase(), entry.id.clone())
    });
    found.into_iter().map(|entry| entry.to_service(now)).collect()
}

/// What the child is sent: the description in the child's language, else in English,
/// else none (a card in a language the child may not read is still a number to call).
/// For the built-in EU numbers, [`seed::translated_referral_card`] also translates
/// the name.
pub fn referral_card(service: &Service, language: &str) -> ReferralCard {
    let description =
        service.descriptions.get(language).or_else(|| service.descriptions.get(crate::i18n::REFERENCE_LOCALE)).cloned();
    ReferralCard {
        service_id: service.id.clone(),
        name: service.name.clone(),
        phone: service.phone.clone(),
        url: service.url.clone(),
        description,
        always_open: service.always_open,
        hours: service.hours.clone(),
    }
}

#[cfg(test)]
mod tests;
