//! The directory's pure logic: hours, import files, filtering, cards and the seed.

use std::collections::BTreeMap;
use std::path::Path;

use bridgeline_protocol::Topic;
use proptest::prelude::*;

use super::hours::{parse_openings, week_minute, HoursError, WEEK_MINUTES};
use super::seed::{eu_services, translated_referral_card, CHILD_HELPLINE_ID, EMERGENCY_ID, MISSING_CHILDREN_ID};
use super::*;
use crate::i18n::Catalog;

/// 2026-11-25 was a Wednesday; 12:00 UTC.
const WEDNESDAY_NOON_UTC: i64 = 1_795_608_000_000;
const HOUR: i64 = 3_600_000;
const MINUTE: i64 = 60_000;
const LANGUAGES: [&str; 5] = ["ar", "de", "en", "fr", "uk"];

fn weekly(text: &str, offset: i64) -> Hours {
    parse_hours(text, Some(offset)).unwrap_or_else(|error| panic!("{text}: {error}"))
}

fn open(text: &str, offset: i64, at: i64) -> bool {
    open_at(&weekly(text, offset), at)
}

// ---- hours ----

#[test]
fn the_epoch_arithmetic_matches_the_calendar() {
    assert_eq!(WEDNESDAY_NOON_UTC % (24 * HOUR), 12 * HOUR);
    assert_eq!(week_minute(WEDNESDAY_NOON_UTC, 0), 2 * 24 * 60 + 12 * 60);
    assert_eq!(week_minute(WEDNESDAY_NOON_UTC, 60), 2 * 24 * 60 + 13 * 60);
}

#[test]
fn empty_is_unknown_and_24_7_is_always_open() {
    assert_eq!(parse_hours("", None), Ok(Hours::Unknown));
    assert_eq!(parse_hours("  ", Some(60)), Ok(Hours::Unknown));
    assert_eq!(parse_hours("24/7", None), Ok(Hours::AlwaysOpen));
    assert!(open_at(&Hours::AlwaysOpen, WEDNESDAY_NOON_UTC));
    assert!(!open_at(&Hours::Unknown, WEDNESDAY_NOON_UTC), "unknown hours are never shown as open");
}

#[test]
fn weekly_hours_at_the_service_s_own_offset() {
    assert!(open("wed 08:00-20:00", 0, WEDNESDAY_NOON_UTC));
    assert!(!open("wed 13:00-20:00", 0, WEDNESDAY_NOON_UTC));
    // Noon UTC is 13:00 at UTC+1 and 07:00 at UTC−5.
    assert!(open("wed 13:00-14:00", 60, WEDNESDAY_NOON_UTC));
    assert!(open("wed 07:00-07:01", -300, WEDNESDAY_NOON_UTC));
    // The end is not included; the start is.
    assert!(open("wed 12:00-13:00", 0, WEDNESDAY_NOON_UTC));
    assert!(!open("wed 11:00-12:00", 0, WEDNESDAY_NOON_UTC));
}

#[test]
fn spans_over_midnight_belong_to_the_day_they_start() {
    let tuesday_night = "tue 22:00-02:00";
    let wednesday = WEDNESDAY_NOON_UTC - 12 * HOUR;
    assert!(!open(tuesday_night, 0, wednesday - 2 * HOUR - MINUTE), "Tuesday 21:59");
    assert!(open(tuesday_night, 0, wednesday - 2 * HOUR), "Tuesday 22:00");
    assert!(open(tuesday_night, 0, wednesday + HOUR), "Wednesday 01:00");
    assert!(!open(tuesday_night, 0, wednesday + 2 * HOUR), "Wednesday 02:00");
    assert!(!open(tuesday_night, 0, wednesday + 23 * HOUR), "Wednesday 23:00 is not Tuesday");
    // Sunday night runs into Monday morning of the next week.
    let monday = wednesday - 2 * 24 * HOUR;
    assert!(open("sun 22:00-02:00", 0, monday + HOUR));
    assert!(open("sun 22:00-02:00", 0, monday - HOUR));
    assert!(!open("sun 22:00-02:00", 0, monday + 3 * HOUR));
    // 00:00 as an end is midnight too.
    assert!(open("tue 20:00-00:00", 0, wednesday - MINUTE));
    assert!(!open("tue 20:00-00:00", 0, wednesday));
}

#[test]
fn day_lists_ranges_and_several_times_a_day() {
    let hours = "mon-fri 08:00-12:00, 14:00-18:00; sat,sun 10:00-24:00";
    assert!(!open(hours, 0, WEDNESDAY_NOON_UTC), "the lunch break");
    assert!(open(hours, 0, WEDNESDAY_NOON_UTC + 2 * HOUR));
    let saturday = WEDNESDAY_NOON_UTC + 3 * 24 * HOUR;
    assert!(open(hours, 0, saturday + 12 * HOUR - MINUTE), "Saturday 23:59");
    assert!(!open(hours, 0, saturday + 12 * HOUR), "Sunday 00:00");
    // A range of days may wrap past Sunday.
    assert!(open("sat-mon 00:00-24:00", 0, WEDNESDAY_NOON_UTC - 2 * 24 * HOUR));
    assert!(!open("sat-mon 00:00-24:00", 0, WEDNESDAY_NOON_UTC - 24 * HOUR));
    // Case and repeats do not matter.
    assert_eq!(parse_openings("MON 08:00-09:00; mon 08:00-09:00").unwrap().len(), 1);
}

#[test]
fn the_text_is_kept_as_written_for_readers() {
    let Hours::Weekly(hours) = weekly("  mon-fri 08:00-20:00 ", 60) else { panic!("weekly") };
    assert_eq!(hours.text, "mon-fri 08:00-20:00");
    assert_eq!(hours.utc_offset_minutes, 60);
    assert_eq!(hours.openings.len(), 5);
    assert!(hours.openings.iter().all(|opening| opening.is_valid()));
}

#[test]
fn bad_hours_say_what_is_wrong() {
    for (text, expected) in [
        ("someday 08:00-20:00", "unknown day"),
        ("mon 25:00-26:00", "times are hh:mm"),
        ("mon 8-20", "times are hh:mm"),
        ("mon +8:00-20:00", "times are hh:mm"),
        ("mon 24:00-02:00", "times are hh:mm"),
        ("mon", "expected days and times"),
        ("mon 09:00-09:00", "opens and closes at the same time"),
        ("mon 08:00-20:00;; tue 08:00-20:00", "empty entry"),
        ("mon 08:00", "not a time range"),
    ] {
        match parse_hours(text, Some(0)) {
            Err(HoursError::Hours(problem)) => assert!(problem.contains(expected), "{text}: {problem}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert_eq!(parse_hours("mon 08:00-20:00", None), Err(HoursError::OffsetMissing));
    assert_eq!(parse_hours("mon 08:00-20:00", Some(900)), Err(HoursError::OffsetOutOfRange(900)));
    assert_eq!(HoursError::OffsetMissing.field(), "utc_offset_minutes");
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn clock_text(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

proptest! {
    /// One opening, checked against the calendar worked out another way: the local
    /// day of the week and minute of the day, not minutes in the week.
    #[test]
    fn one_opening_agrees_with_the_calendar(
        at in 0i64..4_000_000_000_000,
        day in 0usize..7,
        from in 0i64..1440,
        to in 0i64..=1440,
        offset in -720i64..=840,
    ) {
        prop_assume!(from != to);
        let hours = weekly(&format!("{} {}-{}", DAY_NAMES[day], clock_text(from), clock_text(to)), offset);
        let local = at.div_euclid(MINUTE) + offset;
        let weekday = (local.div_euclid(1440) + 3).rem_euclid(7) as usize;
        let minute = local.rem_euclid(1440);
        let expected = if to > from {
            weekday == day && (from..to).contains(&minute)
        } else {
            (weekday == day && minute >= from) || (weekday == (day + 1) % 7 && minute < to)
        };
        prop_assert_eq!(open_at(&hours, at), expected);
    }

    /// Moving a service east by some minutes is the same as asking that much later.
    #[test]
    fn an_offset_is_a_shift_in_time(at in 0i64..4_000_000_000_000, shift in -600i64..600) {
        let text = "mon-fri 08:00-12:00, 14:00-18:00; sat 22:00-03:00";
        prop_assert_eq!(open(text, 60 + shift, at), open(text, 60, at + shift * MINUTE));
    }

    /// A span over midnight is the two spans it covers.
    #[test]
    fn over_midnight_is_two_spans(at in 0i64..4_000_000_000_000, day in 0usize..7) {
        let next = DAY_NAMES[(day + 1) % 7];
        let across = weekly(&format!("{} 22:00-02:00", DAY_NAMES[day]), 0);
        let split = weekly(&format!("{} 22:00-24:00; {next} 00:00-02:00", DAY_NAMES[day]), 0);
        prop_assert_eq!(open_at(&across, at), open_at(&split, at));
    }

    /// Whatever is typed, parsing answers (never panics), and what it accepts the
    /// database accepts.
    #[test]
    fn any_text_parses_or_is_refused(text in "\\PC{0,40}", offset in proptest::option::of(-1000i64..1000)) {
        if let Ok(Hours::Weekly(hours)) = parse_hours(&text, offset) {
            prop_assert!(hours.openings.iter().all(|opening| opening.is_valid()));
            prop_assert!(hours.openings.iter().all(|opening| opening.opens < WEEK_MINUTES));
        }
    }
}

// ---- import files ----

const GOOD_CSV: &str = "\
id,name,country,topics,languages,phone,url,hours,utc_offset_minutes,description_en,description_de
de-116111,116 111 child helpline (Germany),de,,de,116 111,https://www.nummergegenkummer.de/,\"mon-sat 14:00-20:00; mon,wed,thu 10:00-12:00\",60,Free and anonymous.,Kostenlos und anonym.
de-116000,116 000 missing-children hotline (Germany),DE,missing,\"de, en\",116 000,,,,,
";

#[test]
fn a_good_csv_file_reads_into_entries() {
    let entries = parse_import(GOOD_CSV, Format::Csv, &LANGUAGES).expect("valid");
    assert_eq!(entries.len(), 2);
    let helpline = &entries[0];
    assert_eq!(helpline.id, "de-116111");
    assert_eq!(helpline.country.as_deref(), Some("DE"), "country codes are upper-cased");
    assert!(helpline.topics.is_empty());
    assert_eq!(helpline.languages, ["de"]);
    assert_eq!(helpline.url.as_deref(), Some("https://www.nummergegenkummer.de/"));
    assert!(
        matches!(&helpline.hours, Hours::Weekly(hours) if hours.utc_offset_minutes == 60 && hours.openings.len() == 9)
    );
    assert_eq!(helpline.descriptions.get("de").map(String::as_str), Some("Kostenlos und anonym."));
    let hotline = &entries[1];
    assert_eq!(hotline.topics, [Topic::Missing]);
    assert_eq!(hotline.languages, ["de", "en"]);
    assert_eq!(hotline.hours, Hours::Unknown);
    assert!(hotline.descriptions.is_empty(), "empty cells are no description");
    assert_eq!(hotline.url, None);
}

#[test]
fn the_same_services_as_json() {
    let json = r#"[
      {"id": "de-116111", "name": "116 111 child helpline (Germany)", "country": "DE", "languages": ["de"],
       "phone": "116 111", "url": "https://www.nummergegenkummer.de/",
       "hours": "mon-sat 14:00-20:00; mon,wed,thu 10:00-12:00", "utc_offset_minutes": 60,
       "descriptions": {"en": "Free and anonymous.", "de": "Kostenlos und anonym."}},
      {"id": "de-116000", "name": "116 000 missing-children hotline (Germany)", "country": "DE",
       "topics": ["missing"], "languages": ["de", "en"], "phone": "116 000", "url": null, "hours": ""}
    ]"#;
    let from_json = parse_import(json, Format::Json, &LANGUAGES).expect("valid");
    assert_eq!(from_json, parse_import(GOOD_CSV, Format::Csv, &LANGUAGES).unwrap());
}

/// The problems of a file, as `position, field` strings.
fn problems(text: &str, format: Format) -> Vec<String> {
    parse_import(text, format, &LANGUAGES)
        .expect_err("refused")
        .iter()
        .map(|error| format!("{}, {}", error.position, error.field.as_deref().unwrap_or("-")))
        .collect()
}

#[test]
fn every_bad_row_and_field_is_reported_with_its_line() {
    let csv = "\
id,name,country,topics,languages,phone,url,hours,utc_offset_minutes
ok-1,Fine,DE,missing,de,116 000,,24/7,
bad-2,Bad country,Germany,,,,,,
bad-3,Bad topic and language,FR,monsters,xx,,,,
bad-4,Bad phone,FR,,,call 116 000,,,
bad-5,Bad url,FR,,,,javascript:alert(1),,
bad-6,Bad hours,FR,,,,,mon 08:00-25:00,60
bad-7,No offset,FR,,,,,mon 08:00-20:00,
,No id,FR,,,,,,
eu-116111,Reserved,,,,,,,
ok-1,Twice,DE,,,,,,
bad-11,,FR,,,,,,x
";
    assert_eq!(
        problems(csv, Format::Csv),
        [
            "line 3, country",
            "line 4, topics",
            "line 4, languages",
            "line 5, phone",
            "line 6, url",
            "line 7, hours",
            "line 8, utc_offset_minutes",
            "line 9, id",
            "line 10, id",
            "line 11, id",
            "line 12, utc_offset_minutes",
            "line 12, name",
        ]
    );
}

#[test]
fn the_messages_say_why() {
    let csv = "id,name,country,topics,phone\nx,X,UK,monsters,+49 (0) 30 / 12-34.5\ny,Y,DE,,49+30\n";
    let errors = parse_import(csv, Format::Csv, &LANGUAGES).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(text[0].starts_with("line 2, country: ") && text[0].contains("GB"), "{text:?}");
    assert!(text[1].contains("unknown topic \"monsters\"") && text[1].contains("violence"), "{text:?}");
    assert!(text[2].starts_with("line 3, phone: ") && text[2].contains("'+'"), "{text:?}");
    assert_eq!(text.len(), 3, "a well-formed phone number with punctuation is fine: {text:?}");
}

#[test]
fn header_problems_stop_before_the_rows() {
    assert_eq!(problems("name,colour\nX,red\n", Format::Csv), ["line 1, colour", "line 1, id"]);
    assert_eq!(problems("id,name,description_xx\nx,X,hello\n", Format::Csv), ["line 1, description_xx"]);
    assert_eq!(problems("id,name,id\n", Format::Csv), ["line 1, id"]);
    assert_eq!(problems("id,name\nx,X,extra\n", Format::Csv), ["line 2, -"]);
    assert_eq!(problems("id,name\nx,\"X\n", Format::Csv), ["line 2, -"]);
    assert_eq!(problems("id,name\n", Format::Csv), ["file, -"]);
    assert_eq!(problems("", Format::Csv), ["file, -"]);
}

#[test]
fn blank_rows_and_semicolon_files_are_read() {
    let csv = "id;name;hours;utc_offset_minutes\n;;;\nx;X;\"mon 08:00-12:00; tue 08:00-12:00\";0\n\n";
    let entries = parse_import(csv, Format::Csv, &LANGUAGES).expect("valid");
    assert_eq!(entries.len(), 1);
    assert!(matches!(&entries[0].hours, Hours::Weekly(hours) if hours.openings.len() == 2));
}

#[test]
fn json_type_mistakes_name_their_key() {
    let json = r#"[
      {"id": "a", "name": "A", "topics": "missing", "utc_offset_minutes": "60", "colour": "red"},
      {"id": "b", "name": "B", "descriptions": {"en": 5, "xx": "hello"}, "languages": ["de", 3]},
      "not an object"
    ]"#;
    // Sorted: the order of keys within an object is serde_json's, not the file's.
    let mut found = problems(json, Format::Json);
    found.sort();
    assert_eq!(
        found,
        [
            "entry 1, colour",
            "entry 1, topics",
            "entry 1, utc_offset_minutes",
            "entry 2, description_xx",
            "entry 2, descriptions",
            "entry 2, languages",
            "entry 3, -"
        ]
    );
    assert_eq!(problems(r#"{"id": "a"}"#, Format::Json), ["file, -"]);
    assert_eq!(problems("[", Format::Json), ["file, -"]);
    assert_eq!(problems("[]", Format::Json), ["file, -"]);
}

#[test]
fn long_or_multi_line_text_is_refused() {
    let long = "x".repeat(501);
    let json = format!(
        r#"[{{"id": "a", "name": "two\nlines"}}, {{"id": "b", "name": "B", "descriptions": {{"en": "{long}"}}}},
            {{"id": "{long}", "name": "C"}}, {{"id": "d e", "name": "D"}}]"#
    );
    assert_eq!(
        problems(&json, Format::Json),
        ["entry 1, name", "entry 2, description_en", "entry 3, id", "entry 4, id"]
    );
}

#[test]
fn the_format_comes_from_the_extension() {
    assert_eq!(Format::from_path(Path::new("services.CSV")), Some(Format::Csv));
    assert_eq!(Format::from_path(Path::new("dir/services.json")), Some(Format::Json));
    assert_eq!(Format::from_path(Path::new("services.txt")), None);
    assert_eq!(Format::from_path(Path::new("services")), None);
    assert_eq!(Format::parse("JSON"), Some(Format::Json));
}

#[test]
fn the_documented_examples_import_and_say_the_same() {
    let catalog = Catalog::load_embedded().expect("locales");
    let languages = catalog.codes();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/examples");
    let read = |name: &str| std::fs::read_to_string(root.join(name)).expect("example file");
    let csv = parse_import(&read("services.csv"), Format::Csv, &languages).expect("services.csv is valid");
    let json = parse_import(&read("services.json"), Format::Json, &languages).expect("services.json is valid");
    assert_eq!(csv, json);
    assert!(csv.iter().all(|entry| entry.country.is_some() && entry.descriptions.contains_key("en")));
}

// ---- filtering and sorting ----

fn entry(id: &str, country: Option<&str>, topics: &[Topic], languages: &[&str], hours: Hours) -> ServiceEntry {
    ServiceEntry {
        id: id.to_owned(),
        name: id.to_uppercase(),
        country: country.map(str::to_owned),
        topics: topics.to_vec(),
        languages: languages.iter().map(|code| (*code).to_owned()).collect(),
        phone: Some("116 111".to_owned()),
        url: None,
        hours,
        descriptions: BTreeMap::new(),
    }
}

fn directory() -> Vec<ServiceEntry> {
    vec![
        entry("eu-wide", None, &[], &[], Hours::AlwaysOpen),
        entry("de-b-violence", Some("DE"), &[Topic::Violence], &["de", "ar"], weekly("wed 08:00-20:00", 0)),
        entry("de-a-unknown", Some("DE"), &[Topic::Family], &["de"], Hours::Unknown),
        entry("fr-closed", Some("FR"), &[Topic::Violence], &[], weekly("thu 08:00-20:00", 0)),
    ]
}

fn ids(filter: &Filter) -> Vec<String> {
    search(&directory(), filter, WEDNESDAY_NOON_UTC).into_iter().map(|service| service.id).collect()
}

fn filter(country: Option<&str>, topic: Option<&str>, language: Option<&str>, open_now: bool) -> Filter {
    Filter::parse(country, topic, language, open_now, &LANGUAGES).expect("valid filter")
}

#[test]
fn no_filter_lists_everything_country_services_first() {
    assert_eq!(ids(&Filter::default()), ["de-a-unknown", "de-b-violence", "fr-closed", "eu-wide"]);
}

#[test]
fn a_country_keeps_its_own_services_and_the_eu_wide_ones() {
    assert_eq!(ids(&filter(Some("de"), None, None, false)), ["de-a-unknown", "de-b-violence", "eu-wide"]);
    assert_eq!(ids(&filter(Some("GR"), None, None, false)), ["eu-wide"]);
}

#[test]
fn a_topic_keeps_services_for_it_and_those_for_anything() {
    assert_eq!(ids(&filter(None, Some("violence"), None, false)), ["de-b-violence", "fr-closed", "eu-wide"]);
    assert_eq!(ids(&filter(None, Some("school"), None, false)), ["eu-wide"]);
}

#[test]
fn a_language_keeps_services_speaking_it_and_those_not_known() {
    assert_eq!(ids(&filter(None, None, Some("ar"), false)), ["de-b-violence", "fr-closed", "eu-wide"]);
}

#[test]
fn open_now_leaves_out_closed_services_and_unknown_hours() {
    assert_eq!(ids(&filter(None, None, None, true)), ["de-b-violence", "eu-wide"]);
    let services = search(&directory(), &Filter::default(), WEDNESDAY_NOON_UTC);
    let open: Vec<bool> = services.iter().map(|service| service.open_now).collect();
    assert_eq!(open, [false, true, false, true], "open_now is filled in even without the filter");
}

#[test]
fn filters_combine() {
    assert_eq!(ids(&filter(Some("DE"), Some("violence"), Some("ar"), true)), ["de-b-violence", "eu-wide"]);
    assert_eq!(ids(&filter(Some("FR"), Some("family"), None, false)), ["eu-wide"]);
}

#[test]
fn unknown_filter_values_are_refused_by_name() {
    let field = |country, topic, language| {
        Filter::parse(country, topic, language, false, &LANGUAGES).expect_err("refused").field
    };
    assert_eq!(field(Some("Germany"), None, None), "country");
    assert_eq!(field(None, Some("monsters"), None), "topic");
    assert_eq!(field(None, None, Some("xx")), "language");
    assert_eq!(Filter::parse(Some(""), Some(" "), None, false, &LANGUAGES), Ok(Filter::default()));
}

#[test]
fn the_wire_form_says_how_it_is_open() {
    let services = search(&directory(), &Filter::default(), WEDNESDAY_NOON_UTC);
    let eu = services.iter().find(|service| service.id == "eu-wide").expect("listed");
    assert!(eu.always_open && eu.hours.is_none() && eu.country.is_none());
    let weekly = services.iter().find(|service| service.id == "de-b-violence").expect("listed");
    assert!(!weekly.always_open);
    assert_eq!(weekly.hours.as_deref(), Some("wed 08:00-20:00"));
    let unknown = services.iter().find(|service| service.id == "de-a-unknown").expect("listed");
    assert!(!unknown.always_open && unknown.hours.is_none() && !unknown.open_now);
}

// ---- referral cards and the built-in numbers ----

#[test]
fn a_card_is_in_the_child_s_language_else_english_else_without_description() {
    let mut service = directory()[1].to_service(WEDNESDAY_NOON_UTC);
    service.descriptions = BTreeMap::from([("en".into(), "Free.".into()), ("ar".into(), "مجاني.".into())]);
    assert_eq!(referral_card(&service, "ar").description.as_deref(), Some("مجاني."));
    assert_eq!(referral_card(&service, "uk").description.as_deref(), Some("Free."));
    service.descriptions.remove("en");
    assert_eq!(referral_card(&service, "uk").description, None);
    let card = referral_card(&service, "ar");
    assert_eq!((card.service_id.as_str(), card.phone.as_deref()), ("de-b-violence", Some("116 111")));
    assert_eq!((card.always_open, card.hours.as_deref()), (false, Some("wed 08:00-20:00")));
}

#[test]
fn the_eu_numbers_are_described_in_every_locale_that_has_services_ftl() {
    let catalog = Catalog::load_embedded().expect("locales");
    let seeded = eu_services(&catalog);
    let by_id = |id: &str| seeded.iter().find(|entry| entry.id == id).expect("seeded");
    let helpline = by_id(CHILD_HELPLINE_ID);
    assert_eq!(helpline.phone.as_deref(), Some("116 111"));
    assert_eq!(helpline.hours, Hours::Unknown, "hours differ by country");
    assert_eq!(helpline.topics, Topic::ALL);
    let missing = by_id(MISSING_CHILDREN_ID);
    assert_eq!((missing.phone.as_deref(), &missing.hours), (Some("116 000"), &Hours::AlwaysOpen));
    assert_eq!(missing.topics, [Topic::Missing]);
    let emergency = by_id(EMERGENCY_ID);
    assert_eq!((emergency.phone.as_deref(), &emergency.hours), (Some("112"), &Hours::AlwaysOpen));
    for entry in &seeded {
        assert!(entry.country.is_none() && entry.languages.is_empty(), "{}: EU-wide", entry.id);
        assert!(entry.name.contains(entry.phone.as_deref().unwrap_or("?")), "{}: {}", entry.id, entry.name);
        for locale in catalog.locales().filter(|locale| locale.catalog("services").is_some()) {
            let description = entry.descriptions.get(&locale.code).map(String::as_str).unwrap_or_default();
            assert!(!description.is_empty(), "{}: no {} description", entry.id, locale.code);
        }
    }
    assert!(by_id(EMERGENCY_ID).descriptions.len() > 1, "translated, not only English");
}

#[test]
fn a_built_in_number_s_card_has_its_name_translated_too() {
    let catalog = Catalog::load_embedded().expect("locales");
    let service = eu_services(&catalog).remove(2).to_service(WEDNESDAY_NOON_UTC);
    let english = translated_referral_card(&service, "en", &catalog);
    assert_eq!(english.name, service.name);
    assert_eq!(english, referral_card(&service, "en"));
    if catalog.contains("ar") {
        let arabic = translated_referral_card(&service, "ar", &catalog);
        assert_ne!(arabic.name, service.name);
        assert_eq!(arabic.description.as_ref(), service.descriptions.get("ar"));
    }
    // Imported services keep the name they were given.
    let imported = directory()[1].to_service(WEDNESDAY_NOON_UTC);
    assert_eq!(translated_referral_card(&imported, "ar", &catalog).name, imported.name);
}
