//! `bridgeline directory import FILE` and `bridgeline directory list`.

use std::io::Write as _;

use bridgeline_protocol::Service;

use super::CliError;
use crate::config::{DirectoryImport, DirectoryList, ImportFormat};
use crate::directory::{parse_import, Filter, Format, RowError};
use crate::i18n::Catalog;
use crate::secrets::unix_millis;
use crate::store::Store;

/// Checks the whole file first and touches the database only when every row is
/// right; then writes the built-in EU numbers and the file's services, and says what
/// changed. A wrong file prints every problem and changes nothing.
pub async fn import(args: DirectoryImport) -> Result<(), CliError> {
    let catalog = Catalog::load_embedded()?;
    let format = match args.format {
        Some(ImportFormat::Csv) => Format::Csv,
        Some(ImportFormat::Json) => Format::Json,
        None => Format::from_path(&args.file).ok_or_else(|| CliError::UnknownFormat(args.file.clone()))?,
    };
    let text =
        std::fs::read_to_string(&args.file).map_err(|error| CliError::ReadFile { path: args.file.clone(), error })?;
    let services = parse_import(&text, format, &catalog.codes())
        .map_err(|errors| CliError::ImportRefused { path: args.file.clone(), errors })?;
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    store.seed_directory(&catalog).await?;
    let counts = store.upsert_services(&services, unix_millis()).await?;
    print(&format!(
        "{}: {} added, {} updated, {} unchanged\n",
        args.file.display(),
        counts.added,
        counts.updated,
        counts.unchanged
    ))
}

/// Prints the services a counsellor's filter finds now, as text or as JSON.
pub async fn list(args: DirectoryList) -> Result<(), CliError> {
    let catalog = Catalog::load_embedded()?;
    let filter = Filter::parse(
        args.country.as_deref(),
        args.topic.as_deref(),
        args.language.as_deref(),
        args.open_now,
        &catalog.codes(),
    )?;
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    let services = store.search_directory(&filter, unix_millis()).await?;
    if args.json {
        print(&format!("{}\n", serde_json::to_string_pretty(&services)?))
    } else if services.is_empty() {
        print("no services match\n")
    } else {
        print(&services.iter().map(|service| describe(service) + "\n").collect::<String>())
    }
}

/// Writes to standard output; a reader that stopped early (`| head`) is no error.
fn print(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(error)),
        _ => Ok(()),
    }
}

/// `3 services`, `1 problem`.
pub(crate) fn count(number: usize, noun: &str) -> String {
    if number == 1 {
        format!("1 {noun}")
    } else {
        format!("{number} {noun}s")
    }
}

/// One indented line per problem, for [`CliError::ImportRefused`].
pub(crate) fn problem_lines(errors: &[RowError]) -> String {
    errors.iter().map(|error| format!("  {error}")).collect::<Vec<_>>().join("\n")
}

/// A service in a few lines of text, for an operator checking an import.
fn describe(service: &Service) -> String {
    let list = |items: Vec<&str>| if items.is_empty() { "any".to_owned() } else { items.join(", ") };
    let hours = match (&service.hours, service.always_open) {
        (_, true) => "24/7".to_owned(),
        (Some(hours), false) => hours.clone(),
        (None, false) => "not known".to_owned(),
    };
    let now = if service.open_now { "open now" } else { "not open now" };
    let place = service.country.as_deref().unwrap_or("EU-wide");
    let reach = [Some(place), service.phone.as_deref(), service.url.as_deref()];
    format!(
        "{}  {}\n    {}\n    hours: {hours} ({now})\n    topics: {}; languages: {}",
        service.id,
        service.name,
        reach.into_iter().flatten().collect::<Vec<_>>().join(" · "),
        list(service.topics.iter().map(|topic| topic.as_str()).collect()),
        list(service.languages.iter().map(String::as_str).collect()),
    )
}
