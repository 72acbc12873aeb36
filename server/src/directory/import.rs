//! Reading an import file (CSV with a header row, or a JSON array of objects) into
//! validated [`ServiceEntry`]s, or into every problem found, each with its row and
//! field, so that one run of `bridgeline directory import` shows all there is to fix.
//! Documented, column by column, in `docs/directory.md`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use bridgeline_protocol::Topic;
use serde_json::{Map, Value};

use super::countries::parse_country;
use super::hours::parse_hours;
use super::{csv, parse_topic, ServiceEntry, RESERVED_ID_PREFIX};

/// Longest text accepted per field, so that a console list and a child's card stay
/// readable (and a pasted document is caught).
const MAX_ID: usize = 64;
const MAX_NAME: usize = 120;
const MAX_DESCRIPTION: usize = 500;
const MAX_URL: usize = 500;
const MAX_PHONE: usize = 32;

/// The CSV columns besides `description_<locale>`. Only `id` and `name` must be there.
const COLUMNS: [&str; 9] =
    ["id", "name", "country", "topics", "languages", "phone", "url", "hours", "utc_offset_minutes"];
const DESCRIPTION_PREFIX: &str = "description_";

/// How an import file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// From the file's extension (`.csv`, `.json`, any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        Format::parse(path.extension()?.to_str()?)
    }

    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Where in the file a problem is: CSV lines count the header as line 1 (as a
/// spreadsheet numbers its rows); JSON entries count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Position {
    File,
    Line(usize),
    Entry(usize),
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::File => write!(f, "file"),
            Position::Line(line) => write!(f, "line {line}"),
            Position::Entry(entry) => write!(f, "entry {entry}"),
        }
    }
}

/// One problem in an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub position: Position,
    /// The column or key at fault, when one is.
    pub field: Option<String>,
    pub problem: String,
}

impl RowError {
    fn new(position: Position, field: &str, problem: impl Into<String>) -> Self {
        RowError { position, field: Some(field.to_owned()), problem: problem.into() }
    }

    fn whole(position: Position, problem: impl Into<String>) -> Self {
        RowError { position, field: None, problem: problem.into() }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}, {field}: {}", self.position, self.problem),
            None => write!(f, "{}: {}", self.position, self.problem),
        }
    }
}

/// What one row said, before it is checked. Empty text means "not given".
#[derive(Debug, Default)]
struct RawService {
    id: String,
    name: String,
    country: String,
    topics: Vec<String>,
    languages: Vec<String>,
    phone: String,
    url: String,
    hours: String,
    utc_offset_minutes: Option<i64>,
    descriptions: Vec<(String, String)>,
}

/// Reads and checks a whole file. `languages` are the locale codes this build serves
/// (`Catalog::codes()`): a service's languages and descriptions must be among them.
/// Any problem anywhere refuses the whole file, so an import is all or nothing.
pub fn parse_import(text: &str, format: Format, languages: &[&str]) -> Result<Vec<ServiceEntry>, Vec<RowError>> {
    let mut errors = Vec::new();
    let rows = match format {
        Format::Csv => csv_rows(text, languages, &mut errors),
        Format::Json => json_rows(text, &mut errors),
    };
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError::whole(Position::File, "no services in the file"));
    }
    let mut entries = Vec::new();
    let mut first_seen: BTreeMap<String, Position> = BTreeMap::new();
    for (position, raw) in rows {
        match validate(raw, position, languages) {
            Ok(entry) => {
                if let Some(first) = first_seen.get(&entry.id) {
                    errors.push(RowError::new(position, "id", format!("{:?} is already used on {first}", entry.id)));
                } else {
                    first_seen.insert(entry.id.clone(), position);
                    entries.push(entry);
                }
            }
            Err(row_errors) => errors.extend(row_errors),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        // In file order; a row's own problems stay in column order.
        errors.sort_by_key(|error| error.position);
        Err(errors)
    }
}

/// Splits a list cell: `family, violence` or `family violence`.
fn split_list(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace()).filter(|item| !item.is_empty()).map(str::to_owned).collect()
}

fn csv_rows(text: &str, languages: &[&str], errors: &mut Vec<RowError>) -> Vec<(Position, RawService)> {
    let records = match csv::read(text) {
        Ok(records) => records,
        Err(error) => {
            errors.push(RowError::whole(Position::Line(error.line), error.problem));
            return Vec::new();
        }
    };
    let mut records = records.into_iter();
    let Some(header) = records.next() else { return Vec::new() };
    let columns: Vec<String> = header.fields.iter().map(|name| name.trim().to_ascii_lowercase()).collect();
    let header_position = Position::Line(header.line);
    for (index, column) in columns.iter().enumerate() {
        if columns[..index].contains(column) {
            errors.push(RowError::new(header_position, column, "this column appears twice"));
        } else if let Some(locale) = column.strip_prefix(DESCRIPTION_PREFIX) {
            if !languages.contains(&locale) {
                errors.push(RowError::new(header_position, column, unknown_language(locale, languages)));
            }
        } else if !COLUMNS.contains(&column.as_str()) {
            errors.push(RowError::new(
                header_position,
                column,
                format!("unknown column (use {}, and description_<locale>)", COLUMNS.join(", ")),
            ));
        }
    }
    for required in ["id", "name"] {
        if !columns.iter().any(|column| column == required) {
            errors.push(RowError::new(header_position, required, "this column is required"));
        }
    }
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    for record in records {
        let position = Position::Line(record.line);
        // Spreadsheets save empty rows as a line of separators: nothing to import.
        if record.fields.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if record.fields.len() != columns.len() {
            errors.push(RowError::whole(
                position,
                format!("{} fields, but the header has {}", record.fields.len(), columns.len()),
            ));
            continue;
        }
        let mut raw = RawService::default();
        for (column, value) in columns.iter().zip(record.fields) {
            let value = value.trim().to_owned();
            match column.as_str() {
                "id" => raw.id = value,
                "name" => raw.name = value,
                "country" => raw.country = value,
                "topics" => raw.topics = split_list(&value),
                "languages" => raw.languages = split_list(&value),
                "phone" => raw.phone = value,
                "url" => raw.url = value,
                "hours" => raw.hours = value,
                "utc_offset_minutes" if value.is_empty() => {}
                "utc_offset_minutes" => match value.parse() {
                    Ok(minutes) => raw.utc_offset_minutes = Some(minutes),
                    Err(_) => errors.push(RowError::new(position, column, format!("{value:?} is not a whole number"))),
                },
                description => {
                    let locale = description.strip_prefix(DESCRIPTION_PREFIX).unwrap_or(description);
                    raw.descriptions.push((locale.to_owned(), value));
                }
            }
        }
        rows.push((position, raw));
    }
    rows
}

fn json_rows(text: &str, errors: &mut Vec<RowError>) -> Vec<(Position, RawService)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let entries = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(entries)) => entries,
        Ok(_) => {
            errors.push(RowError::whole(Position::File, "expected a JSON array of services: [{...}, {...}]"));
            return Vec::new();
        }
        Err(error) => {
            errors.push(RowError::whole(Position::File, format!("not JSON: {error}")));
            return Vec::new();
        }
    };
    let mut rows = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let position = Position::Entry(index + 1);
        let Value::Object(object) = entry else {
            errors.push(RowError::whole(position, "expected an object"));
            continue;
        };
        rows.push((position, json_row(object, position, errors)));
    }
    rows
}

/// One JSON object into a raw row; a value of the wrong type is a problem of its key.
fn json_row(object: Map<String, Value>, position: Position, errors: &mut Vec<RowError>) -> RawService {
    let mut raw = RawService::default();
    for (key, value) in object {
        let mut wrong = |expected: &str| errors.push(RowError::new(position, &key, format!("expected {expected}")));
        match (key.as_str(), value) {
            (_, Value::Null) => {}
            ("id" | "name" | "country" | "phone" | "url" | "hours", Value::String(text)) => {
                let text = text.trim().to_owned();
                match key.as_str() {
                    "id" => raw.id = text,
                    "name" => raw.name = text,
                    "country" => raw.country = text,
                    "phone" => raw.phone = text,
                    "url" => raw.url = text,
                    _ => raw.hours = text,
                }
            }
            ("id" | "name" | "country" | "phone" | "url" | "hours", _) => wrong("a string"),
            ("topics" | "languages", Value::Array(items)) => {
                let mut list = Vec::new();
                for item in items {
                    match item {
                        Value::String(text) => list.push(text.trim().to_owned()),
                        _ => wrong("an array of strings"),
                    }
                }
                if key == "topics" {
                    raw.topics = list;
                } else {
                    raw.languages = list;
                }
            }
            ("topics" | "languages", _) => wrong("an array of strings"),
            ("utc_offset_minutes", Value::Number(number)) => match number.as_i64() {
                Some(minutes) => raw.utc_offset_minutes = Some(minutes),
                None => wrong("a whole number of minutes"),
            },
            ("utc_offset_minutes", _) => wrong("a whole number of minutes"),
            ("descriptions", Value::Object(descriptions)) => {
                for (locale, text) in descriptions {
                    match text {
                        Value::String(text) => raw.descriptions.push((locale, text.trim().to_owned())),
                        _ => wrong("an object of locale code to text"),
                    }
                }
            }
            ("descriptions", _) => wrong("an object of locale code to text"),
            _ => errors.push(RowError::new(
                position,
                &key,
                format!("unknown key (use {}, and descriptions)", COLUMNS.join(", ")),
            )),
        }
    }
    raw
}

fn unknown_language(code: &str, languages: &[&str]) -> String {
    format!("{code:?} is not a language this build serves ({})", languages.join(", "))
}

/// Checks one row; returns every problem it has, not only the first.
fn validate(raw: RawService, position: Position, languages: &[&str]) -> Result<ServiceEntry, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut problem = |field: &str, text: String| errors.push(RowError::new(position, field, text));

    let id_ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    if raw.id.is_empty() {
        problem("id", "required: a stable id such as de-116111, so that importing again updates the row".into());
    } else if raw.id.chars().count() > MAX_ID || !raw.id.chars().all(id_ok) {
        problem("id", format!("{:?}: use up to {MAX_ID} letters, digits, '-', '_' or '.'", raw.id));
    } else if raw.id.to_ascii_lowercase().starts_with(RESERVED_ID_PREFIX) {
        problem(
            "id",
            format!(
                "{:?}: ids starting with {RESERVED_ID_PREFIX:?} are kept for the EU-wide numbers built into Bridgeline",
                raw.id
            ),
        );
    }

    check_text(&raw.name, MAX_NAME, "name", &mut problem);
    if raw.name.is_empty() {
        problem("name", "required".into());
    } else if raw.name.contains('\n') {
        problem("name", "must be one line".into());
    }

    let country = if raw.country.is_empty() {
        None
    } else {
        parse_country(&raw.country).map_err(|why| problem("country", why)).ok()
    };

    let mut topics = Vec::new();
    for name in &raw.topics {
        match parse_topic(name) {
            Some(topic) if !topics.contains(&topic) => topics.push(topic),
            Some(_) => {}
            None => problem("topics", format!("unknown topic {name:?} (use {})", topic_names())),
        }
    }
    topics.sort();

    let mut service_languages = Vec::new();
    for code in &raw.languages {
        if !languages.contains(&code.as_str()) {
            problem("languages", unknown_language(code, languages));
        } else if !service_languages.contains(code) {
            service_languages.push(code.clone());
        }
    }

    let phone = (!raw.phone.is_empty()).then_some(raw.phone);
    if let Some(phone) = &phone {
        if let Err(why) = check_phone(phone) {
            problem("phone", why);
        }
    }
    let url = (!raw.url.is_empty()).then_some(raw.url);
    if let Some(url) = &url {
        if let Err(why) = check_url(url) {
            problem("url", why);
        }
    }

    let hours =
        parse_hours(&raw.hours, raw.utc_offset_minutes).map_err(|error| problem(error.field(), error.to_string()));

    let mut descriptions = BTreeMap::new();
    for (locale, text) in raw.descriptions {
        let field = format!("{DESCRIPTION_PREFIX}{locale}");
        if !languages.contains(&locale.as_str()) {
            problem(&field, unknown_language(&locale, languages));
        } else if !text.is_empty() {
            check_text(&text, MAX_DESCRIPTION, &field, &mut problem);
            descriptions.insert(locale, text);
        }
    }

    match hours {
        Ok(hours) if errors.is_empty() => Ok(ServiceEntry {
            id: raw.id,
            name: raw.name,
            country,
            topics,
            languages: service_languages,
            phone,
            url,
            hours,
            descriptions,
        }),
        _ => Err(errors),
    }
}

fn topic_names() -> String {
    Topic::ALL.map(Topic::as_str).join(", ")
}

/// Short text without control characters (a line break is allowed in descriptions).
fn check_text(text: &str, max_chars: usize, field: &str, problem: &mut impl FnMut(&str, String)) {
    if text.chars().count() > max_chars {
        problem(field, format!("longer than {max_chars} characters"));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        problem(field, "contains control characters".into());
    }
}

/// A number as people write it: digits, spaces and `-./()`, a `+` only in front.
fn check_phone(phone: &str) -> Result<(), String> {
    let allowed = |(index, c): (usize, char)| c.is_ascii_digit() || " -./()".contains(c) || (c == '+' && index == 0);
    if let Some((_, bad)) = phone.char_indices().find(|&pair| !allowed(pair)) {
        return Err(format!("{phone:?}: {bad:?} is not allowed (digits, spaces, - . / ( ) and a leading +)"));
    }
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if digits < 3 || phone.len() > MAX_PHONE {
        return Err(format!("{phone:?}: expected 3 or more digits and at most {MAX_PHONE} characters"));
    }
    Ok(())
}

/// An `http(s)://host...` address with nothing a browser would read another way.
fn check_url(url: &str) -> Result<(), String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return Err(format!("{url:?}: must start with https:// or http://"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.starts_with('.') || host.contains('@') {
        return Err(format!("{url:?}: no web address after the scheme"));
    }
    if url.len() > MAX_URL || url.chars().any(|c| c.is_whitespace() || c.is_control() || "\"<>`\\".contains(c)) {
        return Err(format!("{url:?}: spaces, quotes and <> are not allowed (at most {MAX_URL} characters)"));
    }
    Ok(())
}
