//! The HTML shells of the child page and the counsellor console, rendered by the
//! server in the reader's language and direction from the first byte, and the
//! translations the web client loads.
//!
//! The shell carries a JSON bootstrap block (data, never executed, so the strict
//! Content-Security-Policy holds) with the page's compiled messages, so the client
//! renders in the right language at once, without a second request.

use std::collections::BTreeMap;

use std::net::SocketAddr;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::{child_shell, page_cache, ApiError};
use crate::app::AppState;
use bridgeline_protocol::catalog::Catalog as Messages;
use bridgeline_protocol::LANGUAGE_COOKIE;

use crate::i18n::{Catalog, Locale, ReviewStatus, CHILD_DOMAIN, STAFF_DOMAIN};

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    /// The language the reader picked in the switcher; wins over `Accept-Language`.
    lang: Option<String>,
}

/// One entry of the language switcher.
#[derive(Debug, Serialize)]
pub struct LocaleSummary {
    code: String,
    native_name: String,
    direction: &'static str,
    status: ReviewStatus,
}

/// The locales that have `domain`, for that page's switcher.
fn summaries(catalog: &Catalog, domain: &str) -> Vec<LocaleSummary> {
    catalog
        .locales()
        .filter(|locale| locale.catalog(domain).is_some())
        .map(|locale| LocaleSummary {
            code: locale.code.clone(),
            native_name: locale.meta.native_name.clone(),
            direction: locale.meta.direction.as_str(),
            status: locale.meta.status,
        })
        .collect()
}

#[derive(Debug, Serialize)]
struct Bootstrap<'a> {
    page: &'a str,
    locale: &'a str,
    dir: &'a str,
    messages: &'a Messages,
    locales: Vec<LocaleSummary>,
    /// Only on the console: on the child's page every language is in `locales`, and
    /// the bytes count on a slow phone.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    language_names: BTreeMap<&'a str, &'a str>,
    helpline_phone: &'a str,
    quick_exit_url: &'a str,
    /// The message the tab's title is, so that a language switch retitles it.
    title: &'a str,
}

/// The reader's language: the one picked in the switcher (the link's `lang`, then the
/// session cookie the page keeps it in, so that a reload starts in it), else the
/// browser's.
fn pick_locale<'a>(catalog: &'a Catalog, domain: &str, query: &PageQuery, headers: &HeaderMap) -> &'a Locale {
    let remembered = (domain == CHILD_DOMAIN).then(|| super::auth::cookie(headers, LANGUAGE_COOKIE)).flatten();
    for code in [query.lang.as_deref(), remembered.as_deref()].into_iter().flatten() {
        if let Some(locale) = catalog.get(code).filter(|locale| locale.catalog(domain).is_some()) {
            return locale;
        }
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()).unwrap_or("");
    catalog.negotiate_domain(accept, domain)
}

/// `GET /`: the child's page; for a paused browser (a confirmed block on its pause
/// cookie or its address), the paused page instead.
pub async fn child_page(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let address = peer.map(|Extension(ConnectInfo(peer))| crate::ws::child::client_address(&state, peer, &headers));
    let paused = super::paused::paused_until(&state, address, &headers).await;
    // The page's content security policy names the partners' sockets as they are now
    // (a partner added from the command line counts from the next page load).
    match state.store.partners().await {
        Ok(partners) => state.partners.partners_read(&partners),
        Err(error) => tracing::error!(%error, "could not read the partners"),
    }
    shell(&state, "child", &query, &headers, paused)
}

/// `GET /counsellor`: the counsellor console.
pub async fn staff_page(State(state): State<AppState>, Query(query): Query<PageQuery>, headers: HeaderMap) -> Response {
    shell(&state, "staff", &query, &headers, None)
}

fn shell(state: &AppState, page: &str, query: &PageQuery, headers: &HeaderMap, paused: Option<i64>) -> Response {
    let domain = if page == "child" { CHILD_DOMAIN } else { STAFF_DOMAIN };
    let locale = pick_locale(&state.catalog, domain, query, headers);
    let mut response = match paused {
        // A paused page holds its own time: rendered for this request.
        Some(_) => Html(render(state, page, domain, locale, paused)).into_response(),
        None => {
            let cached = state.pages.get_or_render(page, &locale.code, || render(state, page, domain, locale, None));
            if page_cache::accepts_brotli(headers) {
                let mut response = Body::from(Bytes::from_owner(cached.brotli.clone())).into_response();
                let headers = response.headers_mut();
                headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                response
            } else {
                Html(cached.html.to_string()).into_response()
            }
        }
    };
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"));
    response
}

/// The page's HTML in `locale`.
fn render(state: &AppState, page: &str, domain: &str, locale: &Locale, paused: Option<i64>) -> String {
    let catalog = &state.catalog;
    let code = locale.code.as_str();
    let dir = locale.meta.direction.as_str();
    let title_id = match page {
        "child" if state.config.neutral_title => "page-title-neutral",
        "child" => "page-title",
        _ => "staff-page-title",
    };
    let empty = Messages::default();
    let bootstrap = Bootstrap {
        page,
        locale: code,
        dir,
        messages: locale.catalog(domain).unwrap_or(&empty),
        locales: summaries(catalog, domain),
        language_names: if page == "child" {
            BTreeMap::new()
        } else {
            catalog.locales().map(|locale| (locale.code.as_str(), locale.meta.native_name.as_str())).collect()
        },
        helpline_phone: &state.config.helpline_phone,
        quick_exit_url: &state.config.quick_exit_url,
        title: title_id,
    };
    // `<` escaped so that no string inside can end the script element.
    let bootstrap_json = serde_json::to_string(&bootstrap).unwrap_or_default().replace('<', "\\u003c");
    let phone = &state.config.helpline_phone;
    let (topbar, content) = match (page, paused) {
        ("child", Some(until)) => (
            child_shell::topbar(catalog, code, &state.config.quick_exit_url),
            super::paused::main_content(catalog, code, phone, until),
        ),
        ("child", None) => {
            (child_shell::topbar(catalog, code, &state.config.quick_exit_url), child_shell::intro(catalog, code, phone))
        }
        _ => (
            String::new(),
            format!(
                "<p class=\"loading\">{}</p><noscript><p>{}</p></noscript>",
                escape(&catalog.format(code, "page-loading", None)),
                escape(&catalog.format(code, "page-needs-javascript", None)),
            ),
        ),
    };
    // The page's content comes before the bootstrap block (the messages, the largest
    // part of the HTML), so that a slow connection paints it first.
    format!(
        r#"<!DOCTYPE html>
<html lang="{code}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<link rel="stylesheet" href="/assets/app.css">{console_css}
<script type="module" src="/assets/boot.js"></script>
</head>
<body data-page="{page}">
<div id="app" class="app">{topbar}<main class="content" id="main">{content}</main></div>
<script type="application/json" id="bridgeline-bootstrap">{bootstrap_json}</script>
</body>
</html>
"#,
        title = escape(&catalog.format(code, title_id, None)),
        // The console's own styles: a child's page never downloads them.
        console_css = if page == "child" { "" } else { "\n<link rel=\"stylesheet\" href=\"/assets/console.css\">" },
    )
}

/// `GET /l10n/{lang}/{domain}.json`: one page's compiled messages in another
/// language, for switching without a reload.
pub async fn locale_messages(
    State(state): State<AppState>,
    Path((code, file)): Path<(String, String)>,
) -> Result<Json<Messages>, ApiError> {
    let domain = file.strip_suffix(".json").ok_or(ApiError::NotFound)?;
    let locale = state.catalog.get(&code).ok_or(ApiError::NotFound)?;
    let messages = locale.catalog(domain).ok_or(ApiError::NotFound)?;
    Ok(Json(messages.clone()))
}

/// `GET /api/v1/locales`: every locale, for language switchers.
pub async fn locale_list(State(state): State<AppState>) -> Json<Vec<LocaleSummary>> {
    Json(summaries(&state.catalog, CHILD_DOMAIN))
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
