//! Staff accounts.

use bridgeline_protocol::StaffStatus;
use sqlx::Row;

use super::{split_list, Store, StoreError, StoreResult};

/// What a staff member may do. Checked on every request and every socket message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Counsellor,
    Coordinator,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Counsellor => "counsellor",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn as_protocol(self) -> bridgeline_protocol::StaffRole {
        match self {
            Role::Counsellor => bridgeline_protocol::StaffRole::Counsellor,
            Role::Coordinator => bridgeline_protocol::StaffRole::Coordinator,
            Role::Admin => bridgeline_protocol::StaffRole::Admin,
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "counsellor" => Some(Role::Counsellor),
            "coordinator" => Some(Role::Coordinator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A staff account as stored.
#[derive(Debug, Clone)]
pub struct StaffRecord {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub languages: Vec<String>,
    pub max_chats: u32,
    pub disabled: bool,
    /// Last status set (by the counsellor, or `away` after an offer lapsed).
    pub status: StaffStatus,
}

/// Changes to an account; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffChange {
    pub display_name: Option<String>,
    pub role: Option<Role>,
    pub languages: Option<Vec<String>>,
    pub max_chats: Option<u32>,
    pub disabled: Option<bool>,
}

/// A staff account to create.
#[derive(Debug, Clone)]
pub struct NewStaff<'a> {
    pub id: &'a str,
    pub username: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub languages: &'a [String],
    pub max_chats: u32,
    pub created_at: i64,
}

const STAFF_COLUMNS: &str = "id, username, display_name, password_hash, role, languages, max_chats, disabled, status";

pub(crate) fn status_str(status: StaffStatus) -> &'static str {
    match status {
        StaffStatus::Available => "available",
        StaffStatus::Busy => "busy",
        StaffStatus::Away => "away",
    }
}

fn parse_status(text: &str) -> StoreResult<StaffStatus> {
    match text {
        "available" => Ok(StaffStatus::Available),
        "busy" => Ok(StaffStatus::Busy),
        "away" => Ok(StaffStatus::Away),
        other => Err(StoreError::Corrupt(format!("unknown staff status {other:?}"))),
    }
}

impl Store {
    pub async fn create_staff(&self, staff: &NewStaff<'_>) -> StoreResult<()> {
        let result = sqlx::query(
            "INSERT INTO staff (id, username, display_name, password_hash, role, languages, max_chats, disabled, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8)",
        )
        .bind(staff.id)
        .bind(staff.username)
        .bind(staff.display_name)
        .bind(staff.password_hash)
        .bind(staff.role.as_str())
        .bind(staff.languages.join(","))
        .bind(i64::from(staff.max_chats))
        .bind(staff.created_at)
        .execute(self.pool())
        .await;
        match result {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                Err(StoreError::AlreadyExists(format!("staff user {:?}", staff.username)))
            }
            Err(error) => Err(error.into()),
        }
    }

    pub async fn staff_by_username(&self, username: &str) -> StoreResult<Option<StaffRecord>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff WHERE username = $1")))
            .bind(username)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| staff_from_row(&row)).transpose()
    }

    /// Disables an account and deletes its sessions; `false` when no such username.
    pub async fn disable_staff(&self, username: &str) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let done =
            sqlx::query("UPDATE staff SET disabled = 1 WHERE username = $1").bind(username).execute(&mut *tx).await?;
        end_sessions_in(&mut tx, username).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Keeps a counsellor's status for their next connection, even after a restart.
    pub async fn set_staff_status(&self, id: &str, status: StaffStatus) -> StoreResult<()> {
        sqlx::query("UPDATE staff SET status = $1 WHERE id = $2")
            .bind(status_str(status))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Every account, by username.
    pub async fn list_staff(&self) -> StoreResult<Vec<StaffRecord>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff ORDER BY username")))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(staff_from_row).collect()
    }

    /// Changes an account; a disabled account loses its sessions in the same
    /// transaction. `false` when no such username.
    pub async fn update_staff(&self, username: &str, change: &StaffChange) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE staff SET display_name = COALESCE($1, display_name), role = COALESCE($2, role),
                    languages = COALESCE($3, languages), max_chats = COALESCE($4, max_chats),
                    disabled = COALESCE($5, disabled)
             WHERE username = $6",
        )
        .bind(change.display_name.as_deref())
        .bind(change.role.map(Role::as_str))
        .bind(change.languages.as_ref().map(|languages| languages.join(",")))
        .bind(change.max_chats.map(i64::from))
        .bind(change.disabled.map(i64::from))
        .bind(username)
        .execute(&mut *tx)
        .await?;
        if change.disabled == Some(true) {
            end_sessions_in(&mut tx, username).await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Replaces a password and ends every session of the account. `false` when no such
    /// username.
    pub async fn set_password(&self, username: &str, password_hash: &str) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("UPDATE staff SET password_hash = $1 WHERE username = $2")
            .bind(password_hash)
            .bind(username)
            .execute(&mut *tx)
            .await?;
        end_sessions_in(&mut tx, username).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn staff_by_id(&self, id: &str) -> StoreResult<Option<StaffRecord>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| staff_from_row(&row)).transpose()
    }
}

pub(crate) fn staff_from_row(row: &super::DbRow) -> StoreResult<StaffRecord> {
    let role_text: String = row.try_get("role")?;
    let role = Role::parse(&role_text).ok_or_else(|| StoreError::Corrupt(format!("unknown role {role_text:?}")))?;
    let max_chats: i64 = row.try_get("max_chats")?;
    let disabled: i64 = row.try_get("disabled")?;
    let languages: String = row.try_get("languages")?;
    Ok(StaffRecord {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        role,
        languages: split_list(&languages),
        max_chats: u32::try_from(max_chats).map_err(|_| StoreError::Corrupt("max_chats out of range".into()))?,
        disabled: disabled != 0,
        status: parse_status(&row.try_get::<String, _>("status")?)?,
    })
}

/// Deletes every session of an account, inside the caller's transaction.
async fn end_sessions_in(connection: &mut super::DbConnection, username: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE staff_id IN (SELECT id FROM staff WHERE username = $1)")
        .bind(username)
        .execute(&mut *connection)
        .await?;
    Ok(())
}
