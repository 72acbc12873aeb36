//! Requests from partner helplines' servers: every one is checked by [`PartnerGate`]
//! before anything else (see `docs/partners.md`). `GET /api/v1/partners/hello` is the
//! first: a partner checks that both sides have each other's keys and clocks agree.

use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use ed25519_dalek::SigningKey;

use crate::app::AppState;
use crate::partners::signature::{verify, NonceLedger, PublicIdentity, Refusal, Signed};
use crate::partners::Partner;
use crate::secrets::unix_millis;

/// This helpline's key and the nonces partners used lately (memory only: a restart
/// forgets them, and a replay within five minutes of a restart is not caught; see the
/// issue's notes).
pub struct PartnerGate {
    key: SigningKey,
    nonces: Mutex<NonceLedger>,
}

impl PartnerGate {
    pub fn new(key: SigningKey) -> Self {
        Self { key, nonces: Mutex::new(NonceLedger::default()) }
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
    let path = uri.path_and_query().map_or(uri.path(), |path| path.as_str());
    let now = unix_millis();
    let verified =
        verify(&signed, |key| partners.iter().any(|partner| partner.key == *key), method.as_str(), path, body, now)
            .map_err(refuse)?;
    let admitted = match state.partners.nonces.lock() {
        Ok(mut nonces) => nonces.admit(&verified, now),
        Err(_) => return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    };
    admitted.map_err(refuse)?;
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
