//! The HTTP calls of the coordinators' and admins' views (reports, staff accounts,
//! settings), with the server's refusals kept as the `detail` it gives, for a
//! `role=alert` region. Mutations go out from this page, so the browser sends its
//! own Origin, which the server requires.

use bridgeline_protocol::catalog::Arg;
use bridgeline_web_core::browser::request;
use bridgeline_web_core::l10n::L10n;
use serde::de::DeserializeOwned;
use wasm_bindgen_futures::JsFuture;

/// Why a call did not give what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The server refused, saying why (`{"error": …, "detail": …}`).
    Refused(String),
    /// No answer, or one that could not be read.
    NoAnswer,
}

impl Failure {
    /// The failure as the staff member reads it.
    pub fn text(&self, l10n: L10n) -> String {
        match self {
            Failure::Refused(detail) => l10n.t_with("staff-error-generic", &[("detail", Arg::Text(detail))]),
            Failure::NoAnswer => l10n.t("staff-request-failed"),
        }
    }
}

/// A same-origin request with cookies and a JSON body, answered with its status and
/// body text (an error's JSON included); `None` when no answer came at all.
async fn call(method: &str, path: &str, json_body: Option<&str>) -> Option<(u16, String)> {
    let response = request(method, path, json_body).await?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string().unwrap_or_default();
    Some((response.status(), text))
}

/// Calls `path`; a 2xx answer's JSON body is parsed as `T` (an empty one, as for 204,
/// gives `None`).
pub async fn call_json<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
) -> Result<Option<T>, Failure> {
    let body = body.map(serde_json::Value::to_string);
    let (status, text) = call(method, path, body.as_deref()).await.ok_or(Failure::NoAnswer)?;
    if (200..300).contains(&status) {
        if text.trim().is_empty() {
            return Ok(None);
        }
        return serde_json::from_str(&text).map(Some).map_err(|_| Failure::NoAnswer);
    }
    let detail = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|error| error["detail"].as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("HTTP {status}"));
    Err(Failure::Refused(detail))
}

/// `GET` of a JSON resource that must be there.
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, Failure> {
    call_json("GET", path, None).await?.ok_or(Failure::NoAnswer)
}
