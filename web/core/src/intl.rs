//! The browser's own `Intl` data for what would otherwise need translating by hand in
//! 24 languages: country and language names, and dates and times in the child's
//! language.

use wasm_bindgen::JsValue;

/// Countries a child writing to a European helpline is likely to be in, as ISO 3166-1
/// alpha-2 codes: the Council of Europe's members and Ukraine's neighbours. Their names
/// come from the browser, in the page's language.
pub const COUNTRIES: &[&str] = &[
    "AL", "AD", "AM", "AT", "AZ", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GE",
    "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT",
    "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA",
];

fn options(pairs: &[(&str, &str)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// (code, name in `locale`) of every country in [`COUNTRIES`], sorted by name as
/// `locale` sorts.
pub fn country_names(locale: &str) -> Vec<(&'static str, String)> {
    let locales = js_sys::Array::of1(&locale.into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options(&[("type", "region")]));
    // Sorted by inserting each in its place (a binary search): a few lines, where a
    // call of `sort_by` brings the page a whole sorting algorithm for this one type.
    let mut countries: Vec<(&'static str, String)> = Vec::with_capacity(COUNTRIES.len());
    for code in COUNTRIES {
        let name = names.of(code).map(String::from).unwrap_or_else(|| (*code).to_owned());
        let at = countries.partition_point(|(_, other)| {
            js_sys::JsString::from(other.as_str()).locale_compare(&name, &locales, &js_sys::Object::new()) <= 0
        });
        countries.insert(at, (*code, name));
    }
    countries
}

/// A country's name in `locale` ("Deutschland" for `DE` in German), or the code.
pub fn country_name(locale: &str, code: &str) -> String {
    let locales = js_sys::Array::of1(&locale.into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options(&[("type", "region")]));
    names.of(code).map(String::from).unwrap_or_else(|| code.to_owned())
}

/// Countries' names in `locale`, as one list as the language writes it ("Italia e San
/// Marino" for `IT`, `SM` in Italian).
pub fn country_list(locale: &str, codes: &[String]) -> String {
    let names = js_sys::Array::new();
    for code in codes {
        names.push(&country_name(locale, code).into());
    }
    let locales = js_sys::Array::of1(&locale.into());
    String::from(js_sys::Intl::ListFormat::new(&locales, &js_sys::Object::new()).format(&names))
}

/// A language's name in `locale` ("anglais" for `en` in French), or `None` when the
/// browser has no names in `locale` (Tigrinya or Sorani in most browsers) or none for
/// `code`. `None` rather than the browser's fallback: an English "English" inside a
/// Tigrinya sentence is what this is here to end, so the caller shows the endonym.
pub fn language_name(locale: &str, code: &str) -> Option<String> {
    let locales = js_sys::Array::of1(&locale.into());
    if js_sys::Intl::DisplayNames::supported_locales_of(&locales, &js_sys::Object::new()).length() == 0 {
        return None;
    }
    let names = js_sys::Intl::DisplayNames::new(&locales, &options(&[("type", "language"), ("fallback", "none")]));
    names.of(code).map(String::from).filter(|name| !name.is_empty() && name != code)
}

/// A moment as the child reads it: weekday and time, in their language ("Monday 16:00").
pub fn weekday_and_time(locale: &str, unix_millis: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    let options = options(&[("weekday", "long"), ("hour", "numeric"), ("minute", "2-digit")]);
    String::from(date.to_locale_string(locale, &options))
}
