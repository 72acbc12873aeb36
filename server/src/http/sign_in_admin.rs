//! Sign-in security for admins: lift an account's sign-in lock, and reset a member's
//! second factor (a lost phone). Both are audited and, like every admin change, must
//! come from the console's own origin (checked by [`StaffSession`]). Locks and factors show in the account list
//! (`GET /api/v1/staff`: `locked_until`, `second_factor`).

use axum::extract::{Path, State};
use axum::http::StatusCode;

use super::admin::admin_only;
use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::hub::Command;
use crate::secrets::{new_id, unix_millis};

/// `DELETE /api/v1/staff/{username}/lock`: 204, locked or not (the audit line says
/// which); 404 for a username that does not exist.
pub async fn unlock(
    State(state): State<AppState>,
    session: StaffSession,
    Path(username): Path<String>,
) -> Result<StatusCode, ApiError> {
    admin_only(&session)?;
    state.store.staff_by_username(&username).await?.ok_or(ApiError::NotFound)?;
    let now = unix_millis();
    let was_locked = state.sign_in.unlock_account(&username, now);
    let detail = if was_locked { username.clone() } else { format!("{username} (was not locked)") };
    state.store.audit_sign_in(&new_id()?, Some(&session.staff.id), "sign_in_unlocked", &detail, now).await?;
    tracing::info!(admin = %session.staff.username, %username, was_locked, "sign-in unlocked");
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/staff/{username}/second-factor`: 204; the factor and its recovery
/// codes are gone and every session of the account ends (its consoles close), so the
/// next sign-in enrols a new factor. 409 when the account has none; 404 for a username
/// that does not exist.
pub async fn reset(
    State(state): State<AppState>,
    session: StaffSession,
    Path(username): Path<String>,
) -> Result<StatusCode, ApiError> {
    admin_only(&session)?;
    let staff = state.store.staff_by_username(&username).await?.ok_or(ApiError::NotFound)?;
    if !state.store.reset_second_factor(&staff.id).await? {
        return Err(ApiError::Conflict("that account has no second factor"));
    }
    state
        .store
        .audit_sign_in(&new_id()?, Some(&session.staff.id), "second_factor_reset", &username, unix_millis())
        .await?;
    tracing::info!(admin = %session.staff.username, %username, "second factor reset");
    state.sessions_changed();
    let _ = state.hub.send(Command::StaffChanged { staff_id: staff.id }).await;
    Ok(StatusCode::NO_CONTENT)
}
