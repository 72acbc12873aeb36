//! Requests from partner helplines' servers: every one is checked by [`PartnerGate`]
//! before anything else (see `docs/partners.md`). `GET /api/v1/partners/hello` lets a
//! partner check that both sides have each other's keys and clocks agree; the others
//! carry handovers, their answers, and a child's arrival.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use ed25519_dalek::SigningKey;

use bridgeline_protocol::handovers::{HandoverConsent, HandoverStatus, HandoverTransfer};

use crate::app::AppState;
use crate::http::headers::{content_security_policy, CONTENT_SECURITY_POLICY};
use crate::hub::{Command, HandoverEvent};
use crate::partners::signature::{nonce_kept_until, verify, PublicIdentity, Refusal, Signed};
use crate::partners::wire::{child_socket_url, HandoverAnswer, HandoverRequest, Invalid};
use crate::partners::Partner;
use crate::secrets::new_id;
use crate::secrets::unix_millis;
use crate::store::handovers::{NewIncoming, StatusChange};

/// This helpline's key, and what pages and the child socket need of the partner list.
/// (The nonces partners used lately are in the database: `Store::admit_partner_nonce`.)
pub struct PartnerGate {
    key: SigningKey,
    /// The partners' base URLs and the content security policy that lets the child
    /// page reach their sockets, as of the last time the partners were read (at start,
    /// and at each partner request).
    known: std::sync::RwLock<(Vec<String>, HeaderValue)>,
}

impl PartnerGate {
    pub fn new(key: SigningKey, partners: &[Partner]) -> Self {
        let gate = Self {
            key,
            known: std::sync::RwLock::new((Vec::new(), HeaderValue::from_static(CONTENT_SECURITY_POLICY))),
        };
        gate.partners_read(partners);
        gate
    }

    /// Keeps what the pages and the child socket need of the partner list.
    pub fn partners_read(&self, partners: &[Partner]) {
        let base_urls: Vec<String> = partners.iter().map(|partner| partner.base_url.clone()).collect();
        let policy = HeaderValue::from_str(&content_security_policy(&base_urls))
            .unwrap_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY));
        if let Ok(mut known) = self.known.write() {
            *known = (base_urls, policy);
        }
    }

    /// The partners' base URLs.
    pub fn base_urls(&self) -> Vec<String> {
        self.known.read().map(|known| known.0.clone()).unwrap_or_default()
    }

    pub fn content_security_policy(&self) -> HeaderValue {
        self.known.read().map_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY), |known| known.1.clone())
    }

    pub fn identity(&self) -> PublicIdentity {
        PublicIdentity::of(&self.key)
    }
}

/// Why a partner's request is not carried out, as the partner reads it: a status and
/// `{"error": CODE}` (see `docs/partners.md`).
#[derive(Debug)]
pub enum PartnerError {
    /// 401: the signature, the sender or the nonce ([`Refusal`]).
    Refused(Refusal),
    /// 400: the body is not what the endpoint takes.
    Invalid { code: &'static str, detail: String },
    /// 404: the signer was sent no handover with this id.
    UnknownHandover,
    /// 409: the handover is in another status.
    Conflict(&'static str),
    /// 503: the server is shutting down; the partner tries again.
    ShuttingDown,
    /// 500: logged here, never detailed to the partner.
    Internal,
}

impl IntoResponse for PartnerError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            Self::Refused(refusal) => (StatusCode::UNAUTHORIZED, serde_json::json!({ "error": refusal.code() })),
            Self::Invalid { code, detail } => {
                (StatusCode::BAD_REQUEST, serde_json::json!({ "error": code, "detail": detail }))
            }
            Self::UnknownHandover => (StatusCode::NOT_FOUND, serde_json::json!({ "error": "unknown_handover" })),
            Self::Conflict(code) => (StatusCode::CONFLICT, serde_json::json!({ "error": code })),
            Self::ShuttingDown => (StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({ "error": "shutting_down" })),
            Self::Internal => (StatusCode::INTERNAL_SERVER_ERROR, serde_json::json!({ "error": "internal" })),
        };
        (status, Json(body)).into_response()
    }
}

impl From<Invalid> for PartnerError {
    fn from(invalid: Invalid) -> Self {
        Self::Invalid { code: invalid.code(), detail: invalid.to_string() }
    }
}

/// Logs a failure on this side and answers 500.
fn internal(error: impl std::fmt::Display) -> PartnerError {
    tracing::error!(%error, "a partner request failed");
    PartnerError::Internal
}

/// The configured partner that signed this request, once: or why it is refused (logged
/// without the body).
async fn signed_by(
    state: &AppState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Partner, PartnerError> {
    let refuse = |refusal: Refusal| {
        tracing::warn!(reason = %refusal, path = uri.path(), "a partner request was refused");
        PartnerError::Refused(refusal)
    };
    let signed =
        Signed::from_headers(|name| headers.get(name).and_then(|value| value.to_str().ok())).map_err(refuse)?;
    let partners = state.store.partners().await.map_err(internal)?;
    state.partners.partners_read(&partners);
    let path = uri.path_and_query().map_or(uri.path(), |path| path.as_str());
    let now = unix_millis();
    let verified =
        verify(&signed, |key| partners.iter().any(|partner| partner.key == *key), method.as_str(), path, body, now)
            .map_err(refuse)?;
    let first_use = state
        .store
        .admit_partner_nonce(&verified.sender.to_string(), &verified.nonce, nonce_kept_until(&verified, now), now)
        .await
        .map_err(internal)?;
    if !first_use {
        return Err(refuse(Refusal::Replayed));
    }
    partners.into_iter().find(|partner| partner.key == verified.sender).ok_or_else(|| refuse(Refusal::UnknownPartner))
}

/// `GET /api/v1/partners/hello`: who this helpline is and whom it recognised.
pub async fn hello(State(state): State<AppState>, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Answer {
    let partner = signed_by(&state, &method, &uri, &headers, &body).await?;
    tracing::info!(partner = %partner.name, "a partner said hello");
    Ok(Json(serde_json::json!({ "helpline": state.partners.identity().to_string(), "partner": partner.name }))
        .into_response())
}

/// What a partner endpoint answers: a refusal or failure ends the request with `?`.
pub type Answer = Result<Response, PartnerError>;

fn json_answer(status: StatusCode, body: serde_json::Value) -> Response {
    (status, Json(body)).into_response()
}

/// The body as `T`, checked by `validate`: or 400 saying what is wrong.
fn read_body<T: serde::de::DeserializeOwned>(
    body: &[u8],
    validate: impl FnOnce(&T) -> Result<(), Invalid>,
) -> Result<T, PartnerError> {
    let parsed: T = serde_json::from_slice(body)
        .map_err(|error| PartnerError::Invalid { code: "malformed", detail: error.to_string() })?;
    validate(&parsed)?;
    Ok(parsed)
}

/// One audit line of what a partner did (no staff member here did it).
async fn audit(
    state: &AppState,
    action: &str,
    conversation: Option<&bridgeline_protocol::ConversationId>,
    detail: &str,
    now: i64,
) -> Result<(), PartnerError> {
    let audit_id = new_id().map_err(internal)?;
    state.store.audit_unattributed(&audit_id, action, conversation, detail, now).await.map_err(internal)
}

/// Tells the hub, which lists or announces what arrived. A hub that stopped means a
/// server shutting down: the partner tries again.
async fn tell_hub(state: &AppState, event: HandoverEvent) -> Result<(), PartnerError> {
    state.hub.send(Command::Handover(event)).await.map_err(|_| PartnerError::ShuttingDown)
}

/// A handover this helpline sent was not in a status `to` could follow: the same
/// request again (an acknowledgement lost) is answered 200 as the first was; otherwise
/// 409 with `conflict`, or 404 when the signer was sent no handover with this id.
async fn not_moved(
    state: &AppState,
    handover_id: &str,
    partner: &Partner,
    to: HandoverStatus,
    conflict: &'static str,
) -> Answer {
    match state.store.outgoing(handover_id).await.map_err(internal)? {
        Some(sent) if sent.view.partner == partner.name && sent.view.status == to => {
            Ok(json_answer(StatusCode::OK, serde_json::json!({})))
        }
        Some(sent) if sent.view.partner == partner.name => Err(PartnerError::Conflict(conflict)),
        _ => Err(PartnerError::UnknownHandover),
    }
}

/// `POST /api/v1/partners/handovers`: a partner hands a child's case to this helpline.
/// Stored, then listed to whoever may answer it; a retry of one already stored
/// changes nothing.
pub async fn receive_handover(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let partner = signed_by(&state, &method, &uri, &headers, &body).await?;
    let request: HandoverRequest = read_body(&body, |request: &HandoverRequest| {
        request.validate().inspect_err(|reason| {
            tracing::warn!(partner = %partner.name, %reason, "a partner's handover was refused");
        })
    })?;
    let id = new_id().map_err(internal)?;
    let now = unix_millis();
    let country = partner.report_country(&request.summary);
    let incoming = NewIncoming {
        id: id.clone(),
        partner: partner.name.clone(),
        remote_id: request.handover_id.clone(),
        language: request.language.clone(),
        country,
        summary: request.summary,
        consent: request.consent,
        transcript: request.transcript,
        child_in_chat: request.child_in_chat,
    };
    if !state.store.record_incoming(&incoming, now).await.map_err(internal)? {
        return Ok(json_answer(StatusCode::OK, serde_json::json!({ "status": "delivered" })));
    }
    let detail = format!(
        "from {}; {}; transcript {}",
        partner.name,
        match &incoming.consent {
            HandoverConsent::Child { .. } => "with the child's consent",
            HandoverConsent::ImminentRisk { .. } => "without consent (imminent risk)",
        },
        !incoming.transcript.is_empty()
    );
    audit(&state, "handover_received", None, &detail, now).await?;
    let view = state
        .store
        .incoming(&id)
        .await
        .map_err(internal)?
        .ok_or_else(|| internal("a handover just stored is missing"))?
        .view;
    tracing::info!(partner = %partner.name, "a partner handed over a case");
    tell_hub(&state, HandoverEvent::Arrived(Box::new(view))).await?;
    Ok(json_answer(StatusCode::ACCEPTED, serde_json::json!({ "status": "delivered" })))
}

/// `POST /api/v1/partners/handovers/{id}/answer`: the partner this helpline sent
/// handover `{id}` accepts or declines it.
pub async fn handover_answered(
    State(state): State<AppState>,
    Path(handover_id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let partner = signed_by(&state, &method, &uri, &headers, &body).await?;
    let answer: HandoverAnswer = read_body(&body, HandoverAnswer::validate)?;
    let (status, decided_by, reason) = match &answer {
        HandoverAnswer::Accepted { decided_by, .. } => (HandoverStatus::Accepted, decided_by, None),
        HandoverAnswer::Declined { decided_by, reason } => {
            (HandoverStatus::Declined, decided_by, Some(reason.as_str()))
        }
    };
    let now = unix_millis();
    let from = [HandoverStatus::Sending, HandoverStatus::Delivered, HandoverStatus::Failed];
    let change = StatusChange { to: status, decided_by: Some(decided_by), reason };
    let moved = state.store.move_outgoing(&handover_id, Some(&partner.name), &from, change, now).await;
    let Some(sent) = moved.map_err(internal)? else {
        // Sent again after a lost acknowledgement: the first answer stands.
        return not_moved(&state, &handover_id, &partner, status, "already_answered").await;
    };
    let detail = format!("by {} ({}): {}", partner.name, decided_by, status.as_str());
    audit(&state, "handover_answer_received", Some(&sent.view.conversation_id), &detail, now).await?;
    let transfer = match answer {
        HandoverAnswer::Accepted { token, return_code, .. } => Some(HandoverTransfer {
            partner: partner.name.clone(),
            socket_url: child_socket_url(&partner.base_url),
            token,
            page_url: format!("{}/", partner.base_url),
            return_code,
        }),
        HandoverAnswer::Declined { .. } => None,
    };
    tracing::info!(partner = %partner.name, status = status.as_str(), "a partner answered a handover");
    tell_hub(&state, HandoverEvent::Answered { handover: Box::new(sent), transfer }).await?;
    Ok(json_answer(StatusCode::OK, serde_json::json!({})))
}

/// `POST /api/v1/partners/handovers/{id}/transferred`: the child's page joined the
/// partner's chat.
pub async fn handover_transferred(
    State(state): State<AppState>,
    Path(handover_id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let partner = signed_by(&state, &method, &uri, &headers, &body).await?;
    let to = HandoverStatus::Transferred;
    let moved = state
        .store
        .move_outgoing(
            &handover_id,
            Some(&partner.name),
            &[HandoverStatus::Accepted],
            StatusChange::to(to),
            unix_millis(),
        )
        .await;
    let Some(sent) = moved.map_err(internal)? else {
        return not_moved(&state, &handover_id, &partner, to, "not_accepted").await;
    };
    tell_hub(&state, HandoverEvent::Transferred { handover: Box::new(sent) }).await?;
    Ok(json_answer(StatusCode::OK, serde_json::json!({})))
}
