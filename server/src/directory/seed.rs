//! The EU-wide numbers every installation has, written again at every `serve` start
//! and every `directory import` (same ids, so never twice). Their names and
//! descriptions are Fluent messages (`locales/<lang>/services.ftl`), so translators
//! keep them with the rest of the product's words.
//!
//! What is claimed is only what holds across the EU:
//!
//! - 112, the emergency number: free, answered day and night.
//! - 116 000, the hotline for missing children: marked 24/7 because the EU's
//!   conditions for the number ask for it. A helpline whose national line keeps other
//!   hours imports an entry for its country with those hours.
//! - 116 111, the child helpline number: hours differ from country to country, so
//!   they are unknown here (never "open now"), and helplines import their own.
//!
//! None has a country (they are offered for every country the child may be in, and
//! their descriptions say "in the EU") or a language list (not known across the EU).

use bridgeline_protocol::{ReferralCard, Service, Topic};

use super::{referral_card, Hours, ServiceEntry};
use crate::i18n::{Catalog, REFERENCE_LOCALE};

pub const CHILD_HELPLINE_ID: &str = "eu-116111";
pub const MISSING_CHILDREN_ID: &str = "eu-116000";
pub const EMERGENCY_ID: &str = "eu-112";

/// The built-in services' ids, in the order they are listed in `services.ftl`.
pub const BUILT_IN_IDS: [&str; 3] = [CHILD_HELPLINE_ID, MISSING_CHILDREN_ID, EMERGENCY_ID];

fn name_id(id: &str) -> String {
    format!("service-{id}-name")
}

fn description_id(id: &str) -> String {
    format!("service-{id}-description")
}

pub fn is_built_in(id: &str) -> bool {
    BUILT_IN_IDS.contains(&id)
}

/// The three services, named in English (the stored name) and described in every
/// locale that translates them.
pub fn eu_services(catalog: &Catalog) -> Vec<ServiceEntry> {
    BUILT_IN_IDS
        .into_iter()
        .map(|id| {
            let (phone, topics, hours) = match id {
                CHILD_HELPLINE_ID => ("116 111", Topic::ALL.to_vec(), Hours::Unknown),
                MISSING_CHILDREN_ID => ("116 000", vec![Topic::Missing], Hours::AlwaysOpen),
                // An emergency is an emergency whatever it is about: any topic.
                _ => ("112", Vec::new(), Hours::AlwaysOpen),
            };
            let descriptions = catalog
                .codes()
                .into_iter()
                .filter_map(|code| Some((code.to_owned(), catalog.format_in(code, &description_id(id), None)?)))
                .collect();
            ServiceEntry {
                id: id.to_owned(),
                name: catalog.format(REFERENCE_LOCALE, &name_id(id), None),
                country: None,
                topics,
                languages: Vec::new(),
                phone: Some(phone.to_owned()),
                url: None,
                hours,
                descriptions,
            }
        })
        .collect()
}

/// [`referral_card`], with a built-in service's name in the child's language too.
pub fn translated_referral_card(service: &Service, language: &str, catalog: &Catalog) -> ReferralCard {
    let mut card = referral_card(service, language);
    if is_built_in(&service.id) {
        if let Some(name) = catalog.format_in(language, &name_id(&service.id), None) {
            card.name = name;
        }
    }
    card
}
