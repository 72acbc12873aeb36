//! Settings admins change at run time (`settings` table); unset ones keep the flags'
//! values.

use sqlx::Row;

use super::{Store, StoreResult};

/// The settings, each `None` when never set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoredSettings {
    pub target_wait_secs: Option<u64>,
    pub long_wait_alert_secs: Option<u64>,
    pub retention_days: Option<u64>,
    /// Whether counsellors, too, must sign in with a second factor.
    pub second_factor_for_counsellors: Option<bool>,
}

impl Store {
    pub async fn settings(&self) -> StoreResult<StoredSettings> {
        let rows = sqlx::query("SELECT name, value FROM settings").fetch_all(self.pool()).await?;
        let mut settings = StoredSettings::default();
        for row in &rows {
            let name: String = row.try_get("name")?;
            let value = super::non_negative(row.try_get("value")?, "setting")?;
            match name.as_str() {
                "target_wait_secs" => settings.target_wait_secs = Some(value),
                "long_wait_alert_secs" => settings.long_wait_alert_secs = Some(value),
                "retention_days" => settings.retention_days = Some(value),
                "second_factor_for_counsellors" => settings.second_factor_for_counsellors = Some(value != 0),
                _ => {}
            }
        }
        Ok(settings)
    }

    /// Stores the settings given (`Some`), in one transaction.
    pub async fn save_settings(&self, settings: &StoredSettings, staff_id: &str, now: i64) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        for (name, value) in [
            ("target_wait_secs", settings.target_wait_secs),
            ("long_wait_alert_secs", settings.long_wait_alert_secs),
            ("retention_days", settings.retention_days),
            ("second_factor_for_counsellors", settings.second_factor_for_counsellors.map(u64::from)),
        ] {
            let Some(value) = value else { continue };
            sqlx::query(
                "INSERT INTO settings (name, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
                     updated_by = excluded.updated_by",
            )
            .bind(name)
            .bind(i64::try_from(value).unwrap_or(i64::MAX))
            .bind(now)
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
