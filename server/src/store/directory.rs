//! The referral directory (`services`, `service_openings`). It is small (hundreds of
//! services at most), so it is read whole and searched in Rust with
//! [`crate::directory::search`], the same code the unit tests exercise.

use std::collections::BTreeMap;

use bridgeline_protocol::Service;
use sqlx::Row;

use super::{split_list, DbConnection, DbRow, Store, StoreError, StoreResult};
use crate::directory::{self, seed, Filter, Hours, Opening, ServiceEntry, WeeklyHours};
use crate::i18n::Catalog;
use crate::secrets::unix_millis;

/// What an upsert did, so that an operator sees that importing a file twice changes
/// nothing the second time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpsertCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

const SERVICE_COLUMNS: &str =
    "id, name, country, topics, languages, phone, url, always_open, hours, utc_offset_minutes, descriptions";

impl Store {
    /// Adds the services that are new and updates those whose id exists and whose
    /// content changed, in one transaction: either every one is written or, on any
    /// error, none.
    pub async fn upsert_services(&self, services: &[ServiceEntry], now: i64) -> StoreResult<UpsertCounts> {
        // Read before the transaction, so that it only writes: SQLite then waits for
        // the write lock (busy_timeout) instead of failing when the running server
        // wrote after this transaction's first read.
        let stored: BTreeMap<String, ServiceEntry> =
            self.directory_entries().await?.into_iter().map(|entry| (entry.id.clone(), entry)).collect();
        let mut counts = UpsertCounts::default();
        let mut changed = Vec::new();
        for service in services {
            match stored.get(&service.id) {
                Some(existing) if existing == service => counts.unchanged += 1,
                Some(_) => {
                    counts.updated += 1;
                    changed.push(service);
                }
                None => {
                    counts.added += 1;
                    changed.push(service);
                }
            }
        }
        if changed.is_empty() {
            return Ok(counts);
        }
        let mut transaction = self.begin_write().await?;
        for service in changed {
            write_entry(&mut transaction, service, now).await?;
        }
        transaction.commit().await?;
        Ok(counts)
    }

    /// Writes the built-in EU-wide numbers in their current words (at every start and
    /// import, so that a translation fixed in a release reaches the directory).
    pub async fn seed_directory(&self, catalog: &Catalog) -> StoreResult<UpsertCounts> {
        self.upsert_services(&seed::eu_services(catalog), unix_millis()).await
    }

    /// Every service, by id.
    pub async fn directory_entries(&self) -> StoreResult<Vec<ServiceEntry>> {
        // One transaction, so that services and their openings are read as of one moment.
        let mut transaction = self.begin_write().await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {SERVICE_COLUMNS} FROM services ORDER BY id")))
            .fetch_all(&mut *transaction)
            .await?;
        let mut openings: BTreeMap<String, Vec<Opening>> = BTreeMap::new();
        let opening_rows = sqlx::query(
            "SELECT service_id, opens_at, closes_at FROM service_openings ORDER BY service_id, opens_at, closes_at",
        )
        .fetch_all(&mut *transaction)
        .await?;
        for row in opening_rows {
            let service_id: String = row.try_get("service_id")?;
            openings.entry(service_id).or_default().push(opening_from_row(&row)?);
        }
        transaction.commit().await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                entry_from_row(row, openings.remove(&id).unwrap_or_default())
            })
            .collect()
    }

    /// The services a counsellor's filter finds at `now`, closest first.
    pub async fn search_directory(&self, filter: &Filter, now: i64) -> StoreResult<Vec<Service>> {
        Ok(directory::search(&self.directory_entries().await?, filter, now))
    }

    /// One service as the wire shows it, `open_now` as of this moment: what the hub
    /// needs to send a referral card ([`crate::directory::seed::translated_referral_card`]).
    pub async fn service_by_id(&self, id: &str) -> StoreResult<Option<Service>> {
        let mut connection = self.pool().acquire().await?;
        let entry = load_entry(&mut connection, id).await?;
        Ok(entry.map(|entry| entry.to_service(unix_millis())))
    }
}

async fn load_entry(connection: &mut DbConnection, id: &str) -> StoreResult<Option<ServiceEntry>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {SERVICE_COLUMNS} FROM services WHERE id = $1")))
        .bind(id)
        .fetch_optional(&mut *connection)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let openings = sqlx::query(
        "SELECT opens_at, closes_at FROM service_openings WHERE service_id = $1 ORDER BY opens_at, closes_at",
    )
    .bind(id)
    .fetch_all(&mut *connection)
    .await?
    .iter()
    .map(opening_from_row)
    .collect::<StoreResult<Vec<_>>>()?;
    entry_from_row(&row, openings).map(Some)
}

async fn write_entry(connection: &mut DbConnection, service: &ServiceEntry, now: i64) -> StoreResult<()> {
    let (always_open, hours, utc_offset_minutes, openings) = match &service.hours {
        Hours::AlwaysOpen => (1_i64, None, None, &[][..]),
        Hours::Weekly(weekly) => (0, Some(weekly.text.as_str()), Some(weekly.utc_offset_minutes), &weekly.openings[..]),
        Hours::Unknown => (0, None, None, &[][..]),
    };
    let topics: Vec<&str> = service.topics.iter().map(|topic| topic.as_str()).collect();
    let descriptions = serde_json::to_string(&service.descriptions)
        .map_err(|error| StoreError::Corrupt(format!("descriptions of {}: {error}", service.id)))?;
    sqlx::query(
        "INSERT INTO services (id, name, country, topics, languages, phone, url, always_open, hours,
                               utc_offset_minutes, descriptions, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
         ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, country = excluded.country, topics = excluded.topics,
             languages = excluded.languages, phone = excluded.phone, url = excluded.url,
             always_open = excluded.always_open, hours = excluded.hours,
             utc_offset_minutes = excluded.utc_offset_minutes, descriptions = excluded.descriptions,
             updated_at = excluded.updated_at",
    )
    .bind(&service.id)
    .bind(&service.name)
    .bind(&service.country)
    .bind(topics.join(","))
    .bind(service.languages.join(","))
    .bind(&service.phone)
    .bind(&service.url)
    .bind(always_open)
    .bind(hours)
    .bind(utc_offset_minutes)
    .bind(descriptions)
    .bind(now)
    .execute(&mut *connection)
    .await?;
    sqlx::query("DELETE FROM service_openings WHERE service_id = $1")
        .bind(&service.id)
        .execute(&mut *connection)
        .await?;
    for opening in openings {
        sqlx::query("INSERT INTO service_openings (service_id, opens_at, closes_at) VALUES ($1, $2, $3)")
            .bind(&service.id)
            .bind(opening.opens)
            .bind(opening.closes)
            .execute(&mut *connection)
            .await?;
    }
    Ok(())
}

fn opening_from_row(row: &DbRow) -> StoreResult<Opening> {
    let opening = Opening { opens: row.try_get("opens_at")?, closes: row.try_get("closes_at")? };
    if opening.is_valid() {
        Ok(opening)
    } else {
        Err(StoreError::Corrupt(format!("opening {opening:?} out of range")))
    }
}

fn entry_from_row(row: &DbRow, openings: Vec<Opening>) -> StoreResult<ServiceEntry> {
    let id: String = row.try_get("id")?;
    let corrupt = |what: &str| StoreError::Corrupt(format!("service {id:?}: {what}"));
    let topics = split_list(&row.try_get::<String, _>("topics")?)
        .iter()
        .map(|name| directory::parse_topic(name).ok_or_else(|| corrupt(&format!("unknown topic {name:?}"))))
        .collect::<StoreResult<Vec<_>>>()?;
    let always_open: i64 = row.try_get("always_open")?;
    let hours_text: Option<String> = row.try_get("hours")?;
    let utc_offset_minutes: Option<i64> = row.try_get("utc_offset_minutes")?;
    let hours = match (always_open != 0, hours_text, utc_offset_minutes) {
        (true, None, None) => Hours::AlwaysOpen,
        (false, None, None) if openings.is_empty() => Hours::Unknown,
        (false, Some(text), Some(utc_offset_minutes)) if !openings.is_empty() => {
            Hours::Weekly(WeeklyHours { text, utc_offset_minutes, openings })
        }
        _ => return Err(corrupt("always_open, hours, utc_offset_minutes and openings disagree")),
    };
    let descriptions: BTreeMap<String, String> = serde_json::from_str(&row.try_get::<String, _>("descriptions")?)
        .map_err(|error| corrupt(&format!("descriptions: {error}")))?;
    Ok(ServiceEntry {
        name: row.try_get("name")?,
        country: row.try_get("country")?,
        topics,
        languages: split_list(&row.try_get::<String, _>("languages")?),
        phone: row.try_get("phone")?,
        url: row.try_get("url")?,
        hours,
        descriptions,
        id,
    })
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::Topic;

    use super::*;
    use crate::directory::{parse_import, Format};

    async fn store() -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&format!("sqlite://{}", dir.path().join("test.db").display())).await.expect("open");
        store.migrate().await.expect("migrate");
        (store, dir)
    }

    const CSV: &str = "\
id,name,country,topics,languages,phone,url,hours,utc_offset_minutes,description_en
de-116111,116 111 child helpline (Germany),DE,,de,116 111,https://www.nummergegenkummer.de/,\"mon-sat 14:00-20:00; sun 22:00-02:00\",60,Free.
fr-116000,116 000 missing-children hotline (France),FR,missing,fr,116 000,,24/7,,
pl-116111,116 111 child helpline (Poland),PL,\"family,violence\",,116 111,,,,
";

    fn entries(csv: &str) -> Vec<ServiceEntry> {
        parse_import(csv, Format::Csv, &["de", "en", "fr", "pl"]).expect("valid")
    }

    #[tokio::test]
    async fn services_round_trip_with_their_hours() {
        let (store, _dir) = store().await;
        let imported = entries(CSV);
        let counts = store.upsert_services(&imported, 1).await.unwrap();
        assert_eq!(counts, UpsertCounts { added: 3, updated: 0, unchanged: 0 });
        assert_eq!(store.directory_entries().await.unwrap(), imported, "sorted by id, every field kept");
        let service = store.service_by_id("pl-116111").await.unwrap().expect("stored");
        assert_eq!(service.topics, [Topic::Family, Topic::Violence]);
        assert!(!service.always_open && !service.open_now && service.hours.is_none());
        assert_eq!(store.service_by_id("nope").await.unwrap(), None);
    }

    #[tokio::test]
    async fn importing_again_changes_nothing_and_an_edit_updates_in_place() {
        let (store, _dir) = store().await;
        store.upsert_services(&entries(CSV), 1).await.unwrap();
        let again = store.upsert_services(&entries(CSV), 2).await.unwrap();
        assert_eq!(again, UpsertCounts { added: 0, updated: 0, unchanged: 3 });
        let edited = CSV.replace("mon-sat 14:00-20:00; sun 22:00-02:00", "mon-fri 10:00-12:00");
        let counts = store.upsert_services(&entries(&edited), 3).await.unwrap();
        assert_eq!(counts, UpsertCounts { added: 0, updated: 1, unchanged: 2 });
        let stored = store.directory_entries().await.unwrap();
        assert_eq!(stored.len(), 3);
        let Hours::Weekly(hours) = &stored[0].hours else { panic!("weekly hours") };
        assert_eq!((hours.text.as_str(), hours.openings.len()), ("mon-fri 10:00-12:00", 5), "old openings gone");
    }

    #[tokio::test]
    async fn the_seed_is_written_once_and_searched_with_the_rest() {
        let (store, _dir) = store().await;
        let catalog = Catalog::load_embedded().expect("locales");
        assert_eq!(store.seed_directory(&catalog).await.unwrap().added, 3);
        assert_eq!(store.seed_directory(&catalog).await.unwrap().unchanged, 3);
        store.upsert_services(&entries(CSV), 1).await.unwrap();
        let filter = Filter { country: Some("FR".into()), open_now: true, ..Filter::default() };
        let found: Vec<String> =
            store.search_directory(&filter, 0).await.unwrap().into_iter().map(|service| service.id).collect();
        assert_eq!(found, ["fr-116000", "eu-112", "eu-116000"], "France's own first; 116 111's hours are unknown");
    }
}
