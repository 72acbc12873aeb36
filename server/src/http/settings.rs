//! `GET` and `PUT /api/v1/settings`: the board's target time and long-wait threshold,
//! the retention period, and whether counsellors need a second factor, changed by
//! admins at run time (they override the flags; the board, the next purge and the
//! next sign-in use them at once).

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::hub::Command;
use crate::secrets::unix_millis;
use crate::store::settings::StoredSettings;
use crate::store::staff::Role;

/// The settings in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub target_wait_secs: u64,
    pub long_wait_alert_secs: u64,
    pub retention_days: u64,
    /// Counsellors, too, must sign in with a second factor (coordinators and admins
    /// always must). Off unless an admin turns it on.
    pub second_factor_for_counsellors: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsChange {
    #[serde(default)]
    pub target_wait_secs: Option<u64>,
    #[serde(default)]
    pub long_wait_alert_secs: Option<u64>,
    #[serde(default)]
    pub retention_days: Option<u64>,
    #[serde(default)]
    pub second_factor_for_counsellors: Option<bool>,
}

/// The settings in force: those stored, else the flags'.
pub async fn effective(state: &AppState) -> Result<Settings, ApiError> {
    let stored = state.store.settings().await?;
    Ok(resolve(&stored, &state.config))
}

pub fn resolve(stored: &StoredSettings, config: &crate::config::ServeConfig) -> Settings {
    Settings {
        target_wait_secs: stored.target_wait_secs.unwrap_or(config.target_wait_secs),
        long_wait_alert_secs: stored.long_wait_alert_secs.unwrap_or(config.long_wait_alert_secs),
        retention_days: stored.retention_days.unwrap_or(config.retention_days),
        second_factor_for_counsellors: stored.second_factor_for_counsellors.unwrap_or(false),
    }
}

/// The board's configuration for these settings.
pub fn board_config(settings: &Settings, config: &crate::config::ServeConfig) -> crate::board::BoardConfig {
    let millis = |secs: u64| i64::try_from(secs.saturating_mul(1000)).unwrap_or(i64::MAX);
    crate::board::BoardConfig {
        target_wait: millis(settings.target_wait_secs),
        long_wait: millis(settings.long_wait_alert_secs),
        left_message_alert: millis(config.left_message_alert_secs),
        utc_offset_minutes: config.utc_offset_minutes,
    }
}

fn in_range(name: &str, value: Option<u64>, range: std::ops::RangeInclusive<u64>) -> Result<(), ApiError> {
    match value {
        Some(value) if !range.contains(&value) => {
            Err(ApiError::BadRequest(format!("{name}: between {} and {}", range.start(), range.end())))
        }
        _ => Ok(()),
    }
}

/// `GET /api/v1/settings`: coordinators and admins.
pub async fn get(State(state): State<AppState>, session: StaffSession) -> Result<Json<Settings>, ApiError> {
    if session.staff.role == Role::Counsellor {
        return Err(ApiError::Forbidden("only coordinators and admins see settings"));
    }
    Ok(Json(effective(&state).await?))
}

/// `PUT /api/v1/settings`: admins, from the console's own origin.
pub async fn put(
    State(state): State<AppState>,
    session: StaffSession,
    Json(change): Json<SettingsChange>,
) -> Result<Json<Settings>, ApiError> {
    if session.staff.role != Role::Admin {
        return Err(ApiError::Forbidden("only admins change settings"));
    }
    in_range("target_wait_secs", change.target_wait_secs, 5..=3600)?;
    in_range("long_wait_alert_secs", change.long_wait_alert_secs, 30..=86_400)?;
    in_range("retention_days", change.retention_days, 1..=3650)?;
    let stored = StoredSettings {
        target_wait_secs: change.target_wait_secs,
        long_wait_alert_secs: change.long_wait_alert_secs,
        retention_days: change.retention_days,
        second_factor_for_counsellors: change.second_factor_for_counsellors,
    };
    state.store.save_settings(&stored, &session.staff.id, unix_millis()).await?;
    let settings = effective(&state).await?;
    tracing::info!(admin = %session.staff.username, ?settings, "settings changed");
    let board = board_config(&settings, &state.config);
    let _ = state.hub.send(Command::BoardConfig { board }).await;
    Ok(Json(settings))
}
