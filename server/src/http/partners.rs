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
use crate::partners::wire::{child_socket_url, HandoverAnswer, HandoverRequest};
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

/// What a refused partner request gets: 401 with the reason's code.
struct PartnerRefusal(Refusal);

impl IntoResponse for PartnerRefusal {
    fn into_response(self) -> Response {
        (StatusCode::UNAUTHORIZED, Json(serde_json::json!({ "error": self.0.code() }))).into_response()
    }
}

/// The configured partner that signed this request, once: or why it is refused (logged
/// without the body).
async fn signed_by(
    state: &AppState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Partner, Response> {
    let refuse = |refusal: Refusal| {
        tracing::warn!(reason = %refusal, path = uri.path(), "a partner request was refused");
        PartnerRefusal(refusal).into_response()
    };
    let signed =
        Signed::from_headers(|name| headers.get(name).and_then(|value| value.to_str().ok())).map_err(refuse)?;
    let partners = state.store.partners().await.map_err(|error| {
        tracing::error!(%error, "could not read the partners");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    })?;
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
        .map_err(|error| {
            tracing::error!(%error, "could not check a partner's nonce");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        })?;
    if !first_use {
        return Err(refuse(Refusal::Replayed));
    }
    partners.into_iter().find(|partner| partner.key == verified.sender).ok_or_else(|| refuse(Refusal::UnknownPartner))
}

/// `GET /api/v1/partners/hello`: who this helpline is and whom it recognised.
pub async fn hello(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match signed_by(&state, &method, &uri, &headers, &body).await {
        Ok(partner) => {
            tracing::info!(partner = %partner.name, "a partner said hello");
            Json(serde_json::json!({ "helpline": state.partners.identity().to_string(), "partner": partner.name }))
                .into_response()
        }
        Err(response) => response,
    }
}

/// A partner's request with a body this helpline will not take: 400 with a code.
fn invalid(code: &str, detail: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(serde_json::json!({ "error": code, "detail": detail }))).into_response()
}

fn internal(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "a partner request failed");
    (StatusCode::INTERNAL_SERVER_ERROR, Json(serde_json::json!({ "error": "internal" }))).into_response()
}

/// Tells the hub, which lists or announces what arrived. A hub that stopped means a
/// server shutting down: the partner tries again.
async fn tell_hub(state: &AppState, event: HandoverEvent) -> Result<(), Response> {
    state.hub.send(Command::Handover(event)).await.map_err(|_| {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "error": "shutting_down" }))).into_response()
    })
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
) -> Response {
    let partner = match signed_by(&state, &method, &uri, &headers, &body).await {
        Ok(partner) => partner,
        Err(response) => return response,
    };
    let request: HandoverRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(error) => return invalid("malformed", error.to_string()),
    };
    if let Err(invalid_part) = request.validate() {
        tracing::warn!(partner = %partner.name, reason = %invalid_part, "a partner's handover was refused");
        return invalid(invalid_part.code(), invalid_part.to_string());
    }
    let id = match new_id() {
        Ok(id) => id,
        Err(error) => return internal(error),
    };
    let now = unix_millis();
    let country = request.summary.country.clone().or_else(|| partner.countries.first().cloned()).unwrap_or_default();
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
    match state.store.record_incoming(&incoming, now).await {
        Ok(false) => return (StatusCode::OK, Json(serde_json::json!({ "status": "delivered" }))).into_response(),
        Ok(true) => {}
        Err(error) => return internal(error),
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
    let audited = match new_id() {
        Ok(audit_id) => {
            state.store.audit_unattributed(&audit_id, "handover_received", None, &detail, now).await.map_err(internal)
        }
        Err(error) => Err(internal(error)),
    };
    if let Err(response) = audited {
        return response;
    }
    let view = match state.store.incoming(&id).await {
        Ok(Some(received)) => received.view,
        Ok(None) => return internal("a handover just stored is missing"),
        Err(error) => return internal(error),
    };
    tracing::info!(partner = %partner.name, "a partner handed over a case");
    if let Err(response) = tell_hub(&state, HandoverEvent::Arrived(Box::new(view))).await {
        return response;
    }
    (StatusCode::ACCEPTED, Json(serde_json::json!({ "status": "delivered" }))).into_response()
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
) -> Response {
    let partner = match signed_by(&state, &method, &uri, &headers, &body).await {
        Ok(partner) => partner,
        Err(response) => return response,
    };
    let answer: HandoverAnswer = match serde_json::from_slice(&body) {
        Ok(answer) => answer,
        Err(error) => return invalid("malformed", error.to_string()),
    };
    if let Err(invalid_part) = answer.validate() {
        return invalid(invalid_part.code(), invalid_part.to_string());
    }
    let (status, decided_by, reason) = match &answer {
        HandoverAnswer::Accepted { decided_by, .. } => (HandoverStatus::Accepted, decided_by, None),
        HandoverAnswer::Declined { decided_by, reason } => {
            (HandoverStatus::Declined, decided_by, Some(reason.as_str()))
        }
    };
    let now = unix_millis();
    let from = [HandoverStatus::Sending, HandoverStatus::Delivered, HandoverStatus::Failed];
    let moved = state
        .store
        .move_outgoing(
            &handover_id,
            Some(&partner.name),
            &from,
            StatusChange { to: status, decided_by: Some(decided_by), reason },
            now,
        )
        .await;
    let sent = match moved {
        Ok(Some(sent)) => sent,
        // Sent again after a lost acknowledgement: the first answer stands.
        Ok(None) => match state.store.outgoing(&handover_id).await {
            Ok(Some(sent)) if sent.view.partner == partner.name && sent.view.status == status => {
                return (StatusCode::OK, Json(serde_json::json!({}))).into_response()
            }
            Ok(Some(sent)) if sent.view.partner == partner.name => {
                return (StatusCode::CONFLICT, Json(serde_json::json!({ "error": "already_answered" }))).into_response()
            }
            Ok(_) => {
                return (StatusCode::NOT_FOUND, Json(serde_json::json!({ "error": "unknown_handover" })))
                    .into_response()
            }
            Err(error) => return internal(error),
        },
        Err(error) => return internal(error),
    };
    let audited = match new_id() {
        Ok(audit_id) => {
            let detail = format!("by {} ({}): {}", partner.name, decided_by, status.as_str());
            state
                .store
                .audit_unattributed(
                    &audit_id,
                    "handover_answer_received",
                    Some(&sent.view.conversation_id),
                    &detail,
                    now,
                )
                .await
                .map_err(internal)
        }
        Err(error) => Err(internal(error)),
    };
    if let Err(response) = audited {
        return response;
    }
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
    if let Err(response) = tell_hub(&state, HandoverEvent::Answered { handover: Box::new(sent), transfer }).await {
        return response;
    }
    (StatusCode::OK, Json(serde_json::json!({}))).into_response()
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
) -> Response {
    let partner = match signed_by(&state, &method, &uri, &headers, &body).await {
        Ok(partner) => partner,
        Err(response) => return response,
    };
    let moved = state
        .store
        .move_outgoing(
            &handover_id,
            Some(&partner.name),
            &[HandoverStatus::Accepted],
            StatusChange::to(HandoverStatus::Transferred),
            unix_millis(),
        )
        .await;
    match moved {
        Ok(Some(sent)) => {
            if let Err(response) = tell_hub(&state, HandoverEvent::Transferred { handover: Box::new(sent) }).await {
                return response;
            }
            (StatusCode::OK, Json(serde_json::json!({}))).into_response()
        }
        Ok(None) => match state.store.outgoing(&handover_id).await {
            Ok(Some(sent)) if sent.view.partner == partner.name && sent.view.status == HandoverStatus::Transferred => {
                (StatusCode::OK, Json(serde_json::json!({}))).into_response()
            }
            Ok(Some(sent)) if sent.view.partner == partner.name => {
                (StatusCode::CONFLICT, Json(serde_json::json!({ "error": "not_accepted" }))).into_response()
            }
            Ok(_) => (StatusCode::NOT_FOUND, Json(serde_json::json!({ "error": "unknown_handover" }))).into_response(),
            Err(error) => internal(error),
        },
        Err(error) => internal(error),
    }
}
