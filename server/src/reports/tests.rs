use super::*;

const MINUTE: i64 = 60_000;
/// Wednesday 2026-11-25 00:00 UTC.
const WEDNESDAY: i64 = 1_795_564_800_000;

fn contact(language: &str, queued_at: i64, answered_after: Option<i64>, length: Option<i64>) -> Contact {
    let first_answered_at = answered_after.map(|wait| queued_at + wait);
    Contact {
        language: language.into(),
        queued_at,
        first_answered_at,
        ended_at: match (first_answered_at, length) {
            (Some(answered), Some(length)) => Some(answered + length),
            (None, Some(after)) => Some(queued_at + after),
            _ => None,
        },
        categories: Vec::new(),
        referrals: Vec::new(),
    }
}

#[test]
fn dates_print_and_parse_back_including_leap_days_and_offsets() {
    assert_eq!(date(WEDNESDAY), "2026-11-25");
    assert_eq!(date(0), "1970-01-01");
    assert_eq!(parse_date("2026-11-25", 0), Some(WEDNESDAY));
    assert_eq!(parse_date("2028-02-29", 0).map(date).as_deref(), Some("2028-02-29"));
    assert_eq!(parse_date("2027-02-29", 0), None);
    assert_eq!(parse_date("2026-04-31", 0), None);
    assert_eq!(parse_date("2026-11-5", 0), None);
    assert_eq!(parse_date("yesterday", 0), None);
    assert_eq!(parse_date("2026-11-25", 60), Some(WEDNESDAY - 60 * MINUTE));
}

#[test]
fn weeks_start_on_monday_at_the_helpline_s_offset() {
    let monday = WEDNESDAY - 2 * DAY;
    assert_eq!(period_start(WEDNESDAY + 5 * MINUTE, Period::Week, 0), monday);
    assert_eq!(period_start(monday, Period::Week, 0), monday);
    assert_eq!(period_start(monday - 1, Period::Week, 0), monday - 7 * DAY);
    assert_eq!(period_start(WEDNESDAY + 13 * 60 * MINUTE, Period::Day, 0), WEDNESDAY);
    // 23:30 UTC on Tuesday is already Wednesday at UTC+1.
    assert_eq!(period_start(WEDNESDAY - 30 * MINUTE, Period::Day, 60), WEDNESDAY - 60 * MINUTE);
}

#[test]
fn percentiles_are_nearest_rank() {
    assert_eq!(percentile(&[], 50), None);
    assert_eq!(percentile(&[7], 90), Some(7));
    assert_eq!(percentile(&[10, 20, 30, 40], 50), Some(20));
    assert_eq!(percentile(&[10, 20, 30, 40], 90), Some(40));
    let hundred: Vec<i64> = (1..=100).collect();
    assert_eq!(percentile(&hundred, 90), Some(90));
}

#[test]
fn a_day_by_language_counts_answered_abandoned_waits_and_lengths() {
    let contacts = vec![
        contact("ar", WEDNESDAY + 9 * 60 * MINUTE, Some(30_000), Some(20 * MINUTE)),
        contact("ar", WEDNESDAY + 10 * 60 * MINUTE, Some(90_000), Some(10 * MINUTE)),
        contact("ar", WEDNESDAY + 11 * 60 * MINUTE, None, Some(2 * MINUTE)),
        contact("ar", WEDNESDAY + 12 * 60 * MINUTE, Some(10_000), None),
        contact("ar", WEDNESDAY + 13 * 60 * MINUTE, None, None),
        contact("fa", WEDNESDAY + DAY + MINUTE, Some(5_000), Some(MINUTE)),
    ];
    let rows = report(&contacts, Period::Day, GroupBy::Language, 0);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0],
        Row {
            period: "2026-11-25".into(),
            group: "ar".into(),
            contacts: 5,
            answered: 3,
            abandoned: 1,
            wait_p50_seconds: Some(30),
            wait_p90_seconds: Some(90),
            mean_chat_seconds: Some(15 * 60),
            referrals: BTreeMap::new(),
            survey: None,
        }
    );
    assert_eq!((rows[1].period.as_str(), rows[1].group.as_str(), rows[1].contacts), ("2026-11-26", "fa", 1));
    // By week, both days fall in the week of Monday 23 November.
    let weekly = report(&contacts, Period::Week, GroupBy::Language, 0);
    assert!(weekly.iter().all(|row| row.period == "2026-11-23"));
}

#[test]
fn by_category_a_contact_counts_once_per_top_level_category() {
    let mut both = contact("ar", WEDNESDAY, Some(0), Some(MINUTE));
    both.categories = vec!["violence.bullying".into(), "violence.physical".into(), "family".into()];
    both.referrals = vec!["eu-116111".into(), "eu-116111".into(), "eu-112".into()];
    let none = contact("ar", WEDNESDAY, None, Some(MINUTE));
    let rows = report(&[both, none], Period::Day, GroupBy::Category, 0);
    let groups: Vec<(&str, u32)> = rows.iter().map(|row| (row.group.as_str(), row.contacts)).collect();
    assert_eq!(groups, [("family", 1), ("none", 1), ("violence", 1)]);
    assert_eq!(rows[2].referrals, BTreeMap::from([("eu-112".into(), 1), ("eu-116111".into(), 2)]));
}

#[test]
fn csv_has_a_header_and_one_line_per_row_with_formulas_defused() {
    let row = Row {
        period: "2026-11-25".into(),
        group: "=cmd".into(),
        contacts: 2,
        answered: 1,
        abandoned: 1,
        wait_p50_seconds: Some(30),
        wait_p90_seconds: None,
        mean_chat_seconds: None,
        referrals: BTreeMap::from([("eu-112".into(), 1), ("de,x".into(), 2)]),
        survey: None,
    };
    let mut surveyed = row.clone();
    surveyed.survey = Some(survey::SurveyTally { responses: 4, ..Default::default() });
    let text = csv(&[row, surveyed]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "period,group,contacts,answered,abandoned,wait_p50_seconds,wait_p90_seconds,mean_chat_seconds,referrals,\
survey_responses,survey_listened_yes,survey_listened_not_sure,survey_listened_no,\
survey_next_steps_yes,survey_next_steps_not_sure,survey_next_steps_no,\
survey_come_back_yes,survey_come_back_not_sure,survey_come_back_no"
    );
    assert_eq!(lines[1], "2026-11-25,'=cmd,2,1,1,30,,,\"de,x:2;eu-112:1\",,,,,,,,,,");
    assert_eq!(lines[2], "2026-11-25,'=cmd,2,1,1,30,,,\"de,x:2;eu-112:1\",4,0,0,0,0,0,0,0,0,0");
}

#[test]
fn the_chart_is_self_contained_svg_with_its_figures_as_text() {
    let contacts = vec![
        contact("ar", WEDNESDAY, Some(0), Some(MINUTE)),
        contact("ar", WEDNESDAY, None, Some(MINUTE)),
        contact("fa", WEDNESDAY + DAY, Some(0), Some(MINUTE)),
    ];
    let svg = svg_chart(&report(&contacts, Period::Day, GroupBy::Language, 0), "Contacts <per> day");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<title id=\"t\">Contacts &lt;per&gt; day</title>"));
    assert!(svg.contains("2026-11-25: 2 contacts, 1 answered, 1 abandoned."));
    assert_eq!(svg.matches("class=\"answered\"").count(), 2);
    assert!(!svg.contains("http://") || svg.matches("http://").count() == 1, "no link but the namespace");
    assert!(svg.ends_with("</svg>"));
}
