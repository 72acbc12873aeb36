//! Staff accounts for admins: list, create, change (roles, languages, capacity,
//! disable), reset a password. A change closes the account's open consoles at once,
//! so that it takes effect now, not at the next login. Changes must come from the
//! console's own origin.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::cli::MIN_PASSWORD_CHARS;
use crate::hub::Command;
use crate::passwords::hash_password;
use crate::secrets::{new_id, unix_millis};
use crate::store::staff::{NewStaff, Role, StaffChange, StaffRecord};
use crate::store::StoreError;

/// Most chats one person may be given at once.
const MAX_CHATS_LIMIT: u32 = 20;

/// An account as admins see it (never the password hash, nor any second-factor secret).
#[derive(Debug, Serialize)]
pub struct Account {
    pub username: String,
    pub display_name: String,
    pub role: &'static str,
    pub languages: Vec<String>,
    pub max_chats: u32,
    pub disabled: bool,
    /// Whether the member has enrolled a second factor.
    pub second_factor: bool,
    /// When the account's sign-in lock ends, if it is locked now (Unix ms).
    pub locked_until: Option<i64>,
}

/// The accounts as admins see them, with their second factor and sign-in lock.
async fn accounts(state: &AppState, records: &[StaffRecord]) -> Result<Vec<Account>, ApiError> {
    let factors = state.store.staff_with_second_factor().await?;
    let now = unix_millis();
    Ok(records
        .iter()
        .map(|staff| Account {
            username: staff.username.clone(),
            display_name: staff.display_name.clone(),
            role: staff.role.as_str(),
            languages: staff.languages.clone(),
            max_chats: staff.max_chats,
            disabled: staff.disabled,
            second_factor: factors.contains(&staff.id),
            locked_until: state.sign_in.account_locked_until(&staff.username, now),
        })
        .collect())
}

async fn account(state: &AppState, record: &StaffRecord) -> Result<Account, ApiError> {
    accounts(state, std::slice::from_ref(record)).await?.pop().ok_or(ApiError::NotFound)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAccount {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub languages: Vec<String>,
    pub max_chats: u32,
    pub password: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    #[serde(default)]
    pub max_chats: Option<u32>,
    #[serde(default)]
    pub disabled: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewPassword {
    pub password: String,
}

pub(super) fn admin_only(session: &StaffSession) -> Result<(), ApiError> {
    if session.staff.role == Role::Admin {
        Ok(())
    } else {
        Err(ApiError::Forbidden("only admins manage staff accounts"))
    }
}

fn bad(detail: impl Into<String>) -> ApiError {
    ApiError::BadRequest(detail.into())
}

fn check_username(username: &str) -> Result<(), ApiError> {
    let ok = (1..=64).contains(&username.len())
        && username.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(bad("username: 1 to 64 of a-z, 0-9, '.', '_', '-'"))
    }
}

fn check_display_name(name: &str) -> Result<String, ApiError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        return Err(bad("display_name: 1 to 80 characters"));
    }
    Ok(name.to_owned())
}

fn check_role(role: &str) -> Result<Role, ApiError> {
    Role::parse(role).ok_or_else(|| bad("role: counsellor, coordinator or admin"))
}

fn check_languages(state: &AppState, languages: &[String]) -> Result<Vec<String>, ApiError> {
    if languages.is_empty() {
        return Err(bad("languages: at least one"));
    }
    if let Some(unknown) = languages.iter().find(|code| !state.catalog.contains(code)) {
        return Err(bad(format!("languages: {unknown:?} is not served here")));
    }
    Ok(languages.to_vec())
}

fn check_max_chats(max_chats: u32) -> Result<u32, ApiError> {
    if (1..=MAX_CHATS_LIMIT).contains(&max_chats) {
        Ok(max_chats)
    } else {
        Err(bad(format!("max_chats: 1 to {MAX_CHATS_LIMIT}")))
    }
}

fn check_password(password: &str) -> Result<(), ApiError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(bad(format!("password: at least {MIN_PASSWORD_CHARS} characters")));
    }
    Ok(())
}

/// `GET /api/v1/staff`
pub async fn list(State(state): State<AppState>, session: StaffSession) -> Result<Json<Vec<Account>>, ApiError> {
    admin_only(&session)?;
    Ok(Json(accounts(&state, &state.store.list_staff().await?).await?))
}

/// `POST /api/v1/staff`: 201 with the account, 409 when the username is taken.
pub async fn create(
    State(state): State<AppState>,
    session: StaffSession,
    Json(new): Json<NewAccount>,
) -> Result<(StatusCode, Json<Account>), ApiError> {
    admin_only(&session)?;
    check_username(&new.username)?;
    let display_name = check_display_name(&new.display_name)?;
    let role = check_role(&new.role)?;
    let languages = check_languages(&state, &new.languages)?;
    let max_chats = check_max_chats(new.max_chats)?;
    check_password(&new.password)?;
    let password_hash = hash_password(&new.password).map_err(|_| bad("password: could not be hashed"))?;
    let id = new_id()?;
    let created = state
        .store
        .create_staff(&NewStaff {
            id: &id,
            username: &new.username,
            display_name: &display_name,
            password_hash: &password_hash,
            role,
            languages: &languages,
            max_chats,
            created_at: unix_millis(),
        })
        .await;
    match created {
        Ok(()) => {}
        Err(StoreError::AlreadyExists(_)) => return Err(ApiError::Conflict("that username is taken")),
        Err(error) => return Err(error.into()),
    }
    let record = state.store.staff_by_username(&new.username).await?.ok_or(ApiError::NotFound)?;
    tracing::info!(admin = %session.staff.username, username = %new.username, "staff account created");
    Ok((StatusCode::CREATED, Json(account(&state, &record).await?)))
}

/// `PATCH /api/v1/staff/{username}`
pub async fn change(
    State(state): State<AppState>,
    session: StaffSession,
    Path(username): Path<String>,
    Json(change): Json<AccountChange>,
) -> Result<Json<Account>, ApiError> {
    admin_only(&session)?;
    if username == session.staff.username && (change.disabled == Some(true) || change.role.is_some()) {
        return Err(bad("an admin cannot disable or demote themselves"));
    }
    let change = StaffChange {
        display_name: change.display_name.as_deref().map(check_display_name).transpose()?,
        role: change.role.as_deref().map(check_role).transpose()?,
        languages: change.languages.as_deref().map(|languages| check_languages(&state, languages)).transpose()?,
        max_chats: change.max_chats.map(check_max_chats).transpose()?,
        disabled: change.disabled,
    };
    if !state.store.update_staff(&username, &change).await? {
        return Err(ApiError::NotFound);
    }
    let record = state.store.staff_by_username(&username).await?.ok_or(ApiError::NotFound)?;
    tracing::info!(admin = %session.staff.username, %username, ?change, "staff account changed");
    state.sessions_changed();
    let _ = state.hub.send(Command::StaffChanged { staff_id: record.id.clone() }).await;
    Ok(Json(account(&state, &record).await?))
}

/// `PUT /api/v1/staff/{username}/password`: 204; every session of the account ends.
pub async fn reset_password(
    State(state): State<AppState>,
    session: StaffSession,
    Path(username): Path<String>,
    Json(new): Json<NewPassword>,
) -> Result<StatusCode, ApiError> {
    admin_only(&session)?;
    check_password(&new.password)?;
    let password_hash = hash_password(&new.password).map_err(|_| bad("password: could not be hashed"))?;
    if !state.store.set_password(&username, &password_hash).await? {
        return Err(ApiError::NotFound);
    }
    tracing::info!(admin = %session.staff.username, %username, "password reset");
    if let Some(record) = state.store.staff_by_username(&username).await? {
        state.sessions_changed();
        let _ = state.hub.send(Command::StaffChanged { staff_id: record.id }).await;
    }
    Ok(StatusCode::NO_CONTENT)
}
