//! Partner helplines and this helpline's signing key (see `crate::partners`).

use sqlx::Row;

use super::{Store, StoreResult};
use crate::partners::signature::PublicIdentity;
use crate::partners::Partner;

/// The name of this helpline's signing key in `server_keys`.
const SIGNING_KEY: &str = "partner_signing";

impl Store {
    /// This helpline's signing key (32 bytes): made from `fresh` the first time, read
    /// back ever after; never sent anywhere.
    pub async fn partner_signing_seed(&self, fresh: &[u8], now: i64) -> StoreResult<Vec<u8>> {
        sqlx::query(
            "INSERT INTO server_keys (name, key, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
        )
        .bind(SIGNING_KEY)
        .bind(fresh)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(sqlx::query_scalar("SELECT key FROM server_keys WHERE name = $1")
            .bind(SIGNING_KEY)
            .fetch_one(self.pool())
            .await?)
    }

    /// Adds a partner; `false` when one with this name or key exists already.
    pub async fn add_partner(&self, partner: &Partner, now: i64) -> StoreResult<bool> {
        let added = sqlx::query(
            "INSERT INTO partners (name, base_url, countries, languages, public_key, added_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(&partner.name)
        .bind(&partner.base_url)
        .bind(partner.countries.join(","))
        .bind(partner.languages.join(","))
        .bind(partner.key.to_string())
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(added.rows_affected() == 1)
    }

    /// Every partner, by name.
    pub async fn partners(&self) -> StoreResult<Vec<Partner>> {
        let rows = sqlx::query("SELECT name, base_url, countries, languages, public_key FROM partners ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                let key: String = row.try_get("public_key")?;
                let list = |text: String| super::split_list(&text);
                Ok(Partner {
                    name: row.try_get("name")?,
                    base_url: row.try_get("base_url")?,
                    countries: list(row.try_get("countries")?),
                    languages: list(row.try_get("languages")?),
                    key: PublicIdentity::parse(&key)
                        .ok_or_else(|| super::StoreError::Corrupt(format!("partner key {key:?}")))?,
                })
            })
            .collect()
    }

    /// Admits a partner's nonce once: `false` when this sender used it before, within
    /// the time it is kept. Nonces whose time is over are forgotten here too.
    pub async fn admit_partner_nonce(&self, sender: &str, nonce: &str, kept_until: i64, now: i64) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM partner_nonces WHERE kept_until < $1").bind(now).execute(&mut *tx).await?;
        let admitted = sqlx::query(
            "INSERT INTO partner_nonces (sender, nonce, kept_until) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(sender)
        .bind(nonce)
        .bind(kept_until)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(admitted.rows_affected() == 1)
    }

    /// Removes a partner; `false` when none has this name.
    pub async fn remove_partner(&self, name: &str) -> StoreResult<bool> {
        let removed = sqlx::query("DELETE FROM partners WHERE name = $1").bind(name).execute(self.pool()).await?;
        Ok(removed.rows_affected() == 1)
    }
}
