//! Staff reads over HTTP: the canned-answer library (and, for admins, what each
//! locale lacks), the conversations a staff member handled, and a transcript, every
//! read of which is written to the audit log first.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use bridgeline_protocol::{
    CannedCoverage, CannedResponse, ChatMessage, ConversationId, Intake, NoteView, RiskLevel, Seq, WrapUp,
};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::hub::{CANNED_PREFIX, CANNED_PURPOSES};
use crate::i18n::{Catalog, REFERENCE_LOCALE};
use crate::secrets::{new_id, unix_millis};
use crate::store::casework::{HandledConversation, ReferralRecord};
use crate::store::staff::Role;

#[derive(Debug, Deserialize)]
pub struct CannedQuery {
    /// The reader's UI language; English where it lacks an answer.
    #[serde(default)]
    pub lang: Option<String>,
}

/// Every canned-answer key, grouped by purpose in the console's order.
fn canned_keys(catalog: &Catalog) -> Vec<(String, &'static str)> {
    let Some(reference) = catalog.get(REFERENCE_LOCALE).and_then(|locale| locale.catalog("canned")) else {
        return Vec::new();
    };
    let mut keys: Vec<(String, &'static str)> = reference
        .messages
        .keys()
        .filter_map(|key| {
            let rest = key.strip_prefix(CANNED_PREFIX)?;
            let purpose = CANNED_PURPOSES.iter().find(|purpose| rest.starts_with(&format!("{purpose}-")))?;
            Some((key.clone(), *purpose))
        })
        .collect();
    keys.sort_by_key(|(key, purpose)| (CANNED_PURPOSES.iter().position(|known| known == purpose), key.clone()));
    keys
}

/// `GET /api/v1/canned?lang=fr`: the library, each answer in the reader's language,
/// with the languages a child can receive it in.
pub async fn canned_library(
    State(state): State<AppState>,
    session: StaffSession,
    Query(query): Query<CannedQuery>,
) -> Result<Json<Vec<CannedResponse>>, ApiError> {
    let ui = query.lang.unwrap_or_else(|| REFERENCE_LOCALE.to_owned());
    if !state.catalog.contains(&ui) {
        return Err(ApiError::BadRequest(format!("unknown language {ui:?}")));
    }
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(session.staff.display_name.clone()));
    let catalog = &state.catalog;
    let library = canned_keys(catalog)
        .into_iter()
        .map(|(key, purpose)| CannedResponse {
            text: catalog.format(&ui, &key, Some(&args)),
            languages: catalog
                .codes()
                .into_iter()
                .filter(|code| catalog.has_message(code, "canned", &key))
                .map(str::to_owned)
                .collect(),
            purpose: purpose.to_owned(),
            key,
        })
        .collect();
    Ok(Json(library))
}

/// `GET /api/v1/canned/coverage`: which answers each locale lacks. Admins only.
pub async fn canned_coverage(
    State(state): State<AppState>,
    session: StaffSession,
) -> Result<Json<CannedCoverage>, ApiError> {
    if session.staff.role != Role::Admin {
        return Err(ApiError::Forbidden("only admins see translation coverage"));
    }
    let catalog = &state.catalog;
    let keys = canned_keys(catalog);
    let missing = catalog
        .codes()
        .into_iter()
        .map(|code| {
            let lacking =
                keys.iter().filter(|(key, _)| !catalog.has_message(code, "canned", key)).map(|(key, _)| key.clone());
            (code.to_owned(), lacking.collect())
        })
        .collect();
    Ok(Json(CannedCoverage { total: keys.len(), missing }))
}

/// `GET /api/v1/conversations`: the conversations this staff member handled within the
/// retention period, newest first.
pub async fn handled(
    State(state): State<AppState>,
    session: StaffSession,
) -> Result<Json<Vec<HandledConversation>>, ApiError> {
    let since = retention_start(&state).await?;
    Ok(Json(state.store.handled_conversations(&session.staff.id, since).await?))
}

/// A whole conversation as staff reopen it.
#[derive(Debug, Serialize)]
pub struct Transcript {
    pub conversation_id: ConversationId,
    pub language: String,
    pub state: bridgeline_protocol::ConversationState,
    pub risk: RiskLevel,
    pub intake: Intake,
    pub queued_at: i64,
    pub ended_at: Option<i64>,
    /// One page: the newest messages of the range asked for, oldest first.
    pub messages: Vec<ChatMessage>,
    /// Older messages of the range were left out: ask with `before_seq` set to the
    /// first message's `seq`.
    pub more: bool,
    pub notes: Vec<NoteView>,
    pub referrals: Vec<ReferralRecord>,
    pub wrap_up: Option<WrapUp>,
}

/// Which page of a transcript to read: the newest messages with
/// `after_seq < seq < before_seq`.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    pub after_seq: Seq,
    #[serde(default)]
    pub before_seq: Option<Seq>,
}

/// `GET /api/v1/conversations/{id}`: the transcript (a page at a time), notes,
/// referrals and wrap-up.
/// A counsellor reads only conversations they handled, within the retention period;
/// coordinators and admins read any. Anything else is "not found", so that a guess
/// learns nothing. The read is logged before anything is returned.
pub async fn transcript(
    State(state): State<AppState>,
    session: StaffSession,
    Path(id): Path<String>,
    page: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Transcript>, ApiError> {
    let Query(page) = page.map_err(|rejection| ApiError::BadRequest(rejection.body_text()))?;
    let conversation = ConversationId(id);
    let record = state
        .store
        .conversation_by_id(&conversation)
        .await?
        .filter(|record| record.purged_at.is_none())
        .ok_or(ApiError::NotFound)?;
    let staff = &session.staff;
    let allowed = match staff.role {
        Role::Coordinator | Role::Admin => true,
        Role::Counsellor => {
            let since = retention_start(&state).await?;
            state.store.handled_by(&conversation, &staff.id).await?
                && record.ended_at.is_none_or(|ended| ended >= since)
        }
    };
    if !allowed {
        return Err(ApiError::NotFound);
    }
    state.store.audit(&new_id()?, &staff.id, "read_transcript", Some(&conversation), "", unix_millis()).await?;
    let page = state.store.history_page(&conversation, page.after_seq, page.before_seq).await?;
    Ok(Json(Transcript {
        messages: page.messages,
        more: page.more,
        notes: state.store.notes(&conversation).await?,
        referrals: state.store.referrals(&conversation).await?,
        wrap_up: state.store.wrap_up(&conversation).await?,
        conversation_id: conversation,
        language: record.language,
        state: record.state,
        risk: record.risk,
        intake: record.intake,
        queued_at: record.queued_at,
        ended_at: record.ended_at,
    }))
}

/// The oldest end a counsellor may still reopen, under the retention period in force.
async fn retention_start(state: &AppState) -> Result<i64, ApiError> {
    let days = super::settings::effective(state).await?.retention_days;
    Ok(crate::retention::cutoff(unix_millis(), days))
}
