//! Every message id the code asks for exists in the reference locale, and every message
//! of the child's page is used. The locale checker then guarantees every other locale
//! has them too, so no child ever sees a raw id (or a blank where a string belongs).
//!
//! Ids are read from the sources at their call sites (`l10n.text("…")`, `t_with`,
//! `attr`, `catalog.format(…, "…")`, error ids, and the literal tables of age bands and
//! ratings, and the console's tables of statuses, risk levels, outcomes, roles and
//! errors); ids built at run time (topics, notices, wrap-up categories) are listed
//! from the types.

use std::collections::BTreeSet;
use std::path::Path;

use bridgeline_protocol::{taxonomy, AgeBand, Notice, Topic};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn sources(dir: &str) -> String {
    let mut text = String::new();
    let mut entries: Vec<_> = std::fs::read_dir(root().join(dir)).expect("source dir").flatten().collect();
    entries.sort_by_key(|entry| entry.path());
    for entry in entries {
        if entry.path().extension().is_some_and(|ext| ext == "rs") {
            text.push_str(&std::fs::read_to_string(entry.path()).expect("source"));
        }
    }
    text
}

/// Message ids defined in an FTL file.
fn defined(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter(|line| line.chars().next().is_some_and(|first| first.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// String literals right after any of `openers` (e.g. `.text(` or `"age-`); after an
/// opener ending in `(`, whitespace and the opening quote are skipped.
fn literals_after(source: &str, openers: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for opener in openers {
        let mut rest = source;
        while let Some(at) = rest.find(opener) {
            rest = &rest[at + opener.len()..];
            if opener.ends_with('(') {
                let trimmed = rest.trim_start();
                let Some(quoted) = trimmed.strip_prefix('"') else { continue };
                rest = quoted;
            }
            if let Some(end) = rest.find('"') {
                let literal = &rest[..end];
                if !literal.is_empty()
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                {
                    found.insert(literal.to_owned());
                }
            }
        }
    }
    found
}

/// Whole string literals that begin with one of `prefixes` (e.g. `"age-`).
fn literals_starting(source: &str, prefixes: &[&str]) -> BTreeSet<String> {
    let openers: Vec<String> = prefixes.iter().map(|prefix| format!("\"{prefix}")).collect();
    let openers: Vec<&str> = openers.iter().map(String::as_str).collect();
    let mut found = BTreeSet::new();
    for (opener, prefix) in openers.iter().zip(prefixes) {
        for rest in literals_after(source, &[opener]) {
            found.insert(format!("{prefix}{rest}"));
        }
    }
    found
}

fn kebab(notice: &Notice) -> String {
    let tagged = serde_json::to_value(notice).expect("notice serialises");
    tagged["notice"].as_str().expect("tag").replace('_', "-")
}

/// One of each notice; the match makes a new variant a compile error here.
fn every_notice() -> Vec<Notice> {
    let all = vec![
        Notice::CounsellorJoined { display_name: String::new() },
        Notice::EndedByChild,
        Notice::EndedByCounsellor,
        Notice::LeftQueue,
        Notice::LanguageChanged { language: String::new() },
        Notice::CounsellorLeft,
        Notice::Transferred,
    ];
    for notice in &all {
        match notice {
            Notice::CounsellorJoined { .. }
            | Notice::EndedByChild
            | Notice::EndedByCounsellor
            | Notice::LeftQueue
            | Notice::LanguageChanged { .. }
            | Notice::CounsellorLeft
            | Notice::Transferred => {}
        }
    }
    all
}

const CALLS: &[&str] = &[".text(", ".t(", ".t_with(", ".attr(", "Some(", ".show_notice(", ".send_confirmed("];

#[test]
fn the_child_page_uses_exactly_the_messages_of_child_ftl() {
    // `presence.ftl`, `codes.ftl` and `handover.ftl` belong to the child's page too (the
    // same domain as `child.ftl`).
    let child_ftl = defined(
        &(read("locales/en/child.ftl")
            + &read("locales/en/presence.ftl")
            + &read("locales/en/codes.ftl")
            + &read("locales/en/handover.ftl")),
    );
    let code = sources("web/child/src") + &read("web/core/src/l10n.rs");
    let mut used = literals_after(&code, CALLS);
    used.retain(|id| id.contains('-'));
    // Tables of ids: age bands, ratings, and a handover's answers and notes.
    used.extend(literals_starting(&code, &["age-", "rating-", "handover-"]));
    used.extend(Topic::ALL.iter().map(|topic| format!("topic-{}", topic.as_str())));
    used.extend(every_notice().iter().map(|notice| format!("notice-{}", kebab(notice))));
    // Rendered by the server into the page before the wasm loads.
    let server = read("server/src/http/pages.rs");
    used.extend(literals_starting(&server, &["page-", "quick-exit-button"]));
    // The page of a paused browser (server/src/http/paused.rs) is the server's alone.
    let paused = read("server/src/http/paused.rs");
    used.extend(literals_after(&paused, &["format(locale, \""]));
    for id in
        literals_after(&server, &["format(code, \""]).into_iter().chain(literals_after(&paused, &["format(locale, \""]))
    {
        assert!(
            child_ftl.contains(&id) || id.starts_with("staff-"),
            "the server renders {id:?}, missing from child.ftl"
        );
    }

    let missing: Vec<_> = used.iter().filter(|id| !child_ftl.contains(*id) && !id.starts_with("staff-")).collect();
    assert!(missing.is_empty(), "the child's page asks for ids missing from locales/en/child.ftl: {missing:?}");
    let unused: Vec<_> = child_ftl.iter().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages in child.ftl that no code uses: {unused:?}");
}

#[test]
fn the_console_asks_only_for_messages_of_staff_ftl() {
    let staff_ftl = defined(&read("locales/en/staff.ftl"));
    let code = sources("web/console/src");
    let mut used = literals_after(&code, CALLS);
    used.retain(|id| id.starts_with("staff-"));
    // Tables of ids (statuses, risk levels, outcomes, roles, purposes, errors), and ids
    // handed to a helper that translates them.
    let tables = [
        "staff-status-",
        "staff-risk-",
        "staff-outcome-",
        "staff-role-",
        "staff-canned-purpose-",
        "staff-error-",
        "staff-transfer-to-",
        "staff-taxonomy-",
        "staff-blocks-duration-",
        "staff-blocks-match-",
        "staff-trends-",
    ];
    used.extend(literals_starting(&code, &tables));
    used.extend(taxonomy::all_codes().iter().map(|code| taxonomy::label_id(code)));
    used.extend(Topic::ALL.iter().map(|topic| format!("staff-topic-{}", topic.as_str())));
    used.extend(AgeBand::ALL.iter().map(|band| format!("staff-age-{}", band.as_str().replace('_', "-"))));
    used.extend(literals_starting(&read("server/src/http/pages.rs"), &["staff-page-"]));
    used.extend(every_notice().iter().map(|notice| format!("staff-notice-{}", kebab(notice))));
    let missing: Vec<_> = used.iter().filter(|id| !staff_ftl.contains(*id)).collect();
    assert!(missing.is_empty(), "the console asks for ids missing from locales/en/staff.ftl: {missing:?}");
    let unused: Vec<_> = staff_ftl.iter().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages in staff.ftl that no code uses: {unused:?}");
}
