//! Fluent ids for the protocol's values, written out in full so that the message-id
//! test (`tests/message_ids.rs`) finds every one in the source; and how times read.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{ErrorCode, ErrorReply, Outcome, RiskLevel, StaffRole, StaffStatus};
use bridgeline_web_core::l10n::L10n;
use wasm_bindgen::JsValue;

pub fn risk(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::None => "staff-risk-none",
        RiskLevel::Low => "staff-risk-low",
        RiskLevel::Medium => "staff-risk-medium",
        RiskLevel::High => "staff-risk-high",
        RiskLevel::Imminent => "staff-risk-imminent",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Supported => "staff-outcome-supported",
        Outcome::Referred => "staff-outcome-referred",
        Outcome::Emergency => "staff-outcome-emergency",
        Outcome::ChildLeft => "staff-outcome-child_left",
        Outcome::NonCounselling => "staff-outcome-non_counselling",
    }
}

pub fn role(role: StaffRole) -> &'static str {
    match role {
        StaffRole::Counsellor => "staff-role-counsellor",
        StaffRole::Coordinator => "staff-role-coordinator",
        StaffRole::Admin => "staff-role-admin",
    }
}

/// A canned answer's purpose heading; the server groups answers in this order.
pub fn canned_purpose(purpose: &str) -> &'static str {
    match purpose {
        "greeting" => "staff-canned-purpose-greeting",
        "safety" => "staff-canned-purpose-safety",
        "waiting" => "staff-canned-purpose-waiting",
        "referral" => "staff-canned-purpose-referral",
        _ => "staff-canned-purpose-closing",
    }
}

/// A refused request as the staff member reads it: its own message where there is
/// one, else the general one with the server's detail.
pub fn error(l10n: L10n, reply: &ErrorReply) -> String {
    let id = match reply.code {
        ErrorCode::TargetUnavailable => "staff-error-target_unavailable",
        ErrorCode::NotTranslated => "staff-error-not_translated",
        ErrorCode::OfferGone => "staff-error-offer_gone",
        ErrorCode::ChildLeft => "staff-error-child_left",
        ErrorCode::ControlCharacter => "staff-error-control_character",
        ErrorCode::UnknownPartner => "staff-error-unknown_partner",
        ErrorCode::NoConsent => "staff-error-no_consent",
        ErrorCode::HandoverGone => "staff-error-handover_gone",
        _ => return l10n.t_with("staff-error-generic", &[("detail", Arg::Text(&reply.detail))]),
    };
    l10n.t(id)
}

fn options(pairs: &[(&str, &str)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// A moment today as a clock time in `locale` ("14:05").
pub fn clock(locale: &str, unix_millis: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    String::from(date.to_locale_string(locale, &options(&[("hour", "numeric"), ("minute", "2-digit")])))
}

/// A date and time in `locale` ("3 Mar 2025, 14:05").
pub fn date_time(locale: &str, unix_millis: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    String::from(date.to_locale_string(locale, &options(&[("dateStyle", "medium"), ("timeStyle", "short")])))
}

/// A clock time for a moment today, a date and time for one before.
pub fn moment(locale: &str, unix_millis: i64) -> String {
    let today = js_sys::Date::new_0();
    let then = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    let same_day = today.get_full_year() == then.get_full_year()
        && today.get_month() == then.get_month()
        && today.get_date() == then.get_date();
    if same_day {
        clock(locale, unix_millis)
    } else {
        date_time(locale, unix_millis)
    }
}

pub fn status(status: StaffStatus) -> &'static str {
    match status {
        StaffStatus::Available => "staff-status-available",
        StaffStatus::Busy => "staff-status-busy",
        StaffStatus::Away => "staff-status-away",
    }
}

/// Placed where a figure is absent (no child answered, nothing to measure).
pub const ABSENT: &str = "–";

/// A duration as minutes and seconds ("3:07"), the same in every language.
pub fn minutes_seconds(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// An optional duration, or [`ABSENT`].
pub fn duration_or_absent(seconds: Option<u64>) -> String {
    seconds.map_or_else(|| ABSENT.to_owned(), minutes_seconds)
}

/// A share given in per mille as a whole percentage in `locale` ("95 %" in French), or
/// [`ABSENT`].
pub fn percent_or_absent(locale: &str, permille: Option<u32>) -> String {
    let Some(permille) = permille else { return ABSENT.to_owned() };
    let locales = js_sys::Array::of1(&locale.into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &options(&[("style", "percent")]));
    let formatted = format.format().call1(&format, &JsValue::from_f64(f64::from(permille) / 1000.0));
    formatted.ok().and_then(|value| value.as_string()).unwrap_or_else(|| format!("{}%", permille / 10))
}

/// A count or measure in `locale`'s digits, with `unit` ("minute", "second") named
/// the short way when given ("12 min", "١٢ دقيقة").
pub fn number(locale: &str, value: u64, unit: Option<&str>) -> String {
    let locales = js_sys::Array::of1(&locale.into());
    let settings = match unit {
        Some(unit) => options(&[("style", "unit"), ("unit", unit), ("unitDisplay", "short")]),
        None => options(&[]),
    };
    let format = js_sys::Intl::NumberFormat::new(&locales, &settings);
    let formatted = format.format().call1(&format, &JsValue::from_f64(value as f64));
    formatted.ok().and_then(|value| value.as_string()).unwrap_or_else(|| value.to_string())
}

/// A calendar day as `YYYY-MM-DD`, `days_back` days before today (local time).
pub fn day_before_today(days_back: u32) -> String {
    let today = js_sys::Date::new_0();
    // From today's local noon, whole days back land on the right day across clock changes.
    let noon = js_sys::Date::new_with_year_month_day_hr(
        today.get_full_year(),
        today.get_month() as i32,
        today.get_date() as i32,
        12,
    );
    let date = js_sys::Date::new(&JsValue::from_f64(noon.get_time() - f64::from(days_back) * 86_400_000.0));
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// A `YYYY-MM-DD` day in `locale` ("3 Mar 2025"); the text as given if it is not one.
pub fn day(locale: &str, iso_day: &str) -> String {
    let mut parts = iso_day.splitn(3, '-').map(|part| part.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) = (parts.next(), parts.next(), parts.next()) else {
        return iso_day.to_owned();
    };
    let date = js_sys::Date::new_with_year_month_day(year, month as i32 - 1, day as i32);
    String::from(date.to_locale_date_string(locale, &options(&[("dateStyle", "medium")])))
}
