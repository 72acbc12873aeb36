//! The wrap-up categories: Child Helpline International's contact taxonomy (see
//! `../shared/taxonomy.md`), so that figures compare across helplines and countries.
//!
//! A code is a category (`"violence"`, meaning unspecified or other) or a category and
//! one of its sub-categories (`"violence.bullying"`). The Fluent ids of their labels
//! are `staff-taxonomy-violence` and `staff-taxonomy-violence-bullying`.

/// One category and its sub-categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub subcategories: &'static [&'static str],
}

pub const TAXONOMY: &[Category] = &[
    Category {
        id: "missing",
        subcategories: &["abduction-parental", "abduction-criminal", "lost", "runaway", "missing-in-migration"],
    },
    Category {
        id: "violence",
        subcategories: &[
            "bullying",
            "cyberbullying",
            "forced-marriage",
            "child-labour",
            "fgm",
            "neglect",
            "online-sexual-abuse",
            "harmful-practices",
            "physical",
            "emotional",
            "sexual",
        ],
    },
    Category {
        id: "mental-health",
        subcategories: &[
            "substance-use",
            "behaviour",
            "concerns-about-self",
            "anger",
            "fear-anxiety",
            "mood",
            "neurodevelopmental",
            "eating",
            "self-harm",
            "suicidal",
            "traumatic-distress",
        ],
    },
    Category {
        id: "physical-health",
        subcategories: &["general-medical", "nutrition", "pregnancy", "sexual-reproductive", "hiv-aids"],
    },
    Category {
        id: "services",
        subcategories: &[
            "education",
            "essential-needs",
            "healthcare",
            "legal",
            "mental-health",
            "sexual-health",
            "socio-economic",
        ],
    },
    Category {
        id: "discrimination",
        subcategories: &[
            "ethnicity-nationality",
            "financial",
            "gender",
            "gender-identity-orientation",
            "health-disability",
            "beliefs",
        ],
    },
    Category { id: "family", subcategories: &[] },
    Category { id: "peers", subcategories: &[] },
    Category { id: "education-occupation", subcategories: &[] },
    Category { id: "sexuality", subcategories: &[] },
    Category {
        id: "migration",
        subcategories: &[
            "asylum",
            "unaccompanied",
            "guardianship",
            "reception",
            "family-reunification",
            "age-assessment",
        ],
    },
    Category {
        id: "non-counselling",
        subcategories: &["about-helpline", "parent-carer", "complaint", "thank-you", "prank-silent"],
    },
];

/// Whether `code` names a category or one of its sub-categories.
pub fn is_valid(code: &str) -> bool {
    let (category, sub) = match code.split_once('.') {
        Some((category, sub)) => (category, Some(sub)),
        None => (code, None),
    };
    TAXONOMY.iter().any(|known| known.id == category && sub.is_none_or(|sub| known.subcategories.contains(&sub)))
}

/// The Fluent id of a code's label.
pub fn label_id(code: &str) -> String {
    format!("staff-taxonomy-{}", code.replace('.', "-"))
}

/// Every code, categories first then their sub-categories, in the taxonomy's order.
pub fn all_codes() -> Vec<String> {
    let mut codes = Vec::new();
    for category in TAXONOMY {
        codes.push(category.id.to_owned());
        codes.extend(category.subcategories.iter().map(|sub| format!("{}.{sub}", category.id)));
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_categories_or_their_own_subcategories() {
        assert!(is_valid("violence"));
        assert!(is_valid("violence.bullying"));
        assert!(is_valid("family"));
        assert!(!is_valid("family.bullying"));
        assert!(!is_valid("violence.runaway"));
        assert!(!is_valid("violence."));
        assert!(!is_valid(""));
        assert_eq!(label_id("mental-health.self-harm"), "staff-taxonomy-mental-health-self-harm");
    }

    #[test]
    fn every_code_is_valid_and_labels_are_unique() {
        let codes = all_codes();
        assert!(codes.iter().all(|code| is_valid(code)));
        let labels: std::collections::BTreeSet<String> = codes.iter().map(|code| label_id(code)).collect();
        assert_eq!(labels.len(), codes.len());
        assert_eq!(TAXONOMY.len(), 12);
    }
}
