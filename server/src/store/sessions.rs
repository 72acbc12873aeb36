//! Server-side staff sessions, keyed by the SHA-256 of the cookie value.

use super::staff::{staff_from_row, StaffRecord};
use super::{Store, StoreResult};

impl Store {
    pub async fn create_session(&self, token_hash: &str, staff_id: &str, now: i64, expires_at: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(staff_id)
        .bind(now)
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The staff member a session belongs to, if the session is unexpired and the
    /// account is not disabled.
    pub async fn session_staff(&self, token_hash: &str, now: i64) -> StoreResult<Option<StaffRecord>> {
        let row = sqlx::query(
            "SELECT s.id, s.username, s.display_name, s.password_hash, s.role, s.languages, s.max_chats, s.disabled, s.status
             FROM staff_sessions AS ss JOIN staff AS s ON s.id = ss.staff_id
             WHERE ss.token_hash = $1 AND ss.expires_at > $2 AND s.disabled = 0",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| staff_from_row(&row)).transpose()
    }

    /// Deletes every expired session; returns how many.
    pub async fn purge_expired_sessions(&self, now: i64) -> StoreResult<u64> {
        let result =
            sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1").bind(now).execute(self.pool()).await?;
        Ok(result.rows_affected())
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(token_hash).execute(self.pool()).await?;
        Ok(())
    }
}
