//! Staff second factors (TOTP secrets, the last step each accepted, hashed recovery
//! codes), the browsers staff signed in from (device tokens, hashed), and the audit
//! lines of sign-in security. See `migrations/0010_sign_in_security.sql`.

use std::collections::BTreeSet;

use sqlx::Row;

use super::{Store, StoreError, StoreResult};

/// Browsers remembered per staff member.
pub const DEVICES_KEPT: i64 = 20;

/// A staff member's enrolled factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFactor {
    /// The TOTP secret, base32. Needed in clear to compute codes; never sent again
    /// after enrolment.
    pub secret: String,
    /// The last 30-second step whose code was accepted (0 before any).
    pub last_step: i64,
    pub enrolled_at: i64,
}

impl Store {
    pub async fn second_factor(&self, staff_id: &str) -> StoreResult<Option<StoredFactor>> {
        let row = sqlx::query("SELECT secret, last_step, enrolled_at FROM staff_second_factors WHERE staff_id = $1")
            .bind(staff_id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            Ok(StoredFactor {
                secret: row.try_get("secret")?,
                last_step: row.try_get("last_step")?,
                enrolled_at: row.try_get("enrolled_at")?,
            })
        })
        .transpose()
    }

    /// The ids of every staff member with a factor.
    pub async fn staff_with_second_factor(&self) -> StoreResult<BTreeSet<String>> {
        let rows = sqlx::query("SELECT staff_id FROM staff_second_factors").fetch_all(self.pool()).await?;
        rows.iter().map(|row| Ok(row.try_get("staff_id")?)).collect()
    }

    /// Stores a confirmed factor and its recovery codes (hashed), in one transaction.
    /// `AlreadyExists` when the member has one (two enrolments raced).
    pub async fn enrol_second_factor(
        &self,
        staff_id: &str,
        secret: &str,
        confirmed_step: i64,
        recovery_code_hashes: &[String],
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO staff_second_factors (staff_id, secret, last_step, enrolled_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(staff_id)
        .bind(secret)
        .bind(confirmed_step)
        .bind(now)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                return Err(StoreError::AlreadyExists("a second factor".into()));
            }
            Err(error) => return Err(error.into()),
        }
        sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1").bind(staff_id).execute(&mut *tx).await?;
        for hash in recovery_code_hashes {
            sqlx::query("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES ($1, $2)")
                .bind(staff_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records that `step`'s code was used, if it is later than the last one used:
    /// `false` when it is not (a replay, or a race with another sign-in).
    pub async fn claim_totp_step(&self, staff_id: &str, step: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE staff_second_factors SET last_step = $1 WHERE staff_id = $2 AND last_step < $1")
            .bind(step)
            .bind(staff_id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Uses up a recovery code: `Some(codes left)` when it was one of the member's
    /// unused codes, `None` otherwise.
    pub async fn use_recovery_code(&self, staff_id: &str, code_hash: &str) -> StoreResult<Option<u32>> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1 AND code_hash = $2")
            .bind(staff_id)
            .bind(code_hash)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let left: i64 = sqlx::query("SELECT COUNT(*) AS left_over FROM staff_recovery_codes WHERE staff_id = $1")
            .bind(staff_id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("left_over")?;
        tx.commit().await?;
        Ok(Some(u32::try_from(left).unwrap_or(0)))
    }

    /// Removes a member's factor and recovery codes and ends their sessions, in one
    /// transaction. `false` when the account has no factor.
    pub async fn reset_second_factor(&self, staff_id: &str) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM staff_second_factors WHERE staff_id = $1")
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1").bind(staff_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM staff_sessions WHERE staff_id = $1").bind(staff_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Remembers a browser a member signed in from (by its token's hash); only the
    /// member's [`DEVICES_KEPT`] latest are kept, so that a script signing in again and
    /// again without cookies does not grow the table.
    pub async fn create_device(&self, token_hash: &str, staff_id: &str, now: i64, expires_at: i64) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("INSERT INTO staff_devices (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(staff_id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM staff_devices WHERE staff_id = $1 AND token_hash NOT IN
                 (SELECT token_hash FROM staff_devices WHERE staff_id = $1 ORDER BY created_at DESC, token_hash LIMIT $2)",
        )
        .bind(staff_id)
        .bind(DEVICES_KEPT)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the device token is one of this member's, unexpired.
    pub async fn device_of(&self, token_hash: &str, staff_id: &str, now: i64) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT 1 AS known FROM staff_devices WHERE token_hash = $1 AND staff_id = $2 AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(staff_id)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// Forgets a device (after its own lock: whoever holds it guessed too often).
    pub async fn forget_device(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM staff_devices WHERE token_hash = $1").bind(token_hash).execute(self.pool()).await?;
        Ok(())
    }

    /// Deletes every expired device; returns how many.
    pub async fn purge_expired_devices(&self, now: i64) -> StoreResult<u64> {
        let done =
            sqlx::query("DELETE FROM staff_devices WHERE expires_at <= $1").bind(now).execute(self.pool()).await?;
        Ok(done.rows_affected())
    }

    /// Writes one line of the audit log about sign-in security. `staff_id` is whom it
    /// concerns or who acted (see the migration); `None` when that is nobody known.
    pub async fn audit_sign_in(
        &self,
        id: &str,
        staff_id: Option<&str>,
        action: &str,
        detail: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query("INSERT INTO audit_log (id, at, staff_id, action, conversation_id, detail) VALUES ($1, $2, $3, $4, NULL, $5)")
            .bind(id)
            .bind(now)
            .bind(staff_id)
            .bind(action)
            .bind(detail)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
