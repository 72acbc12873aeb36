//! `GET /api/v1/reports` (JSON), `/api/v1/reports.csv` and `/api/v1/reports.svg`: the
//! history figures of `crate::reports`, for coordinators and admins only.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::reports::{self, GroupBy, Period, Row};
use crate::store::staff::Role;

/// Longest period one report may cover.
const MAX_DAYS: i64 = 400;
const DAY: i64 = 24 * 60 * 60 * 1000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// First day, `YYYY-MM-DD`, included.
    pub from: String,
    /// Last day, `YYYY-MM-DD`, included.
    pub to: String,
    /// `day` (default) or `week`.
    #[serde(default)]
    pub by: Option<String>,
    /// `language` (default) or `category`.
    #[serde(default)]
    pub group: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub from: String,
    pub to: String,
    pub by: &'static str,
    pub group: &'static str,
    pub utc_offset_minutes: i64,
    pub rows: Vec<Row>,
    /// Handovers to and from partner helplines over the whole period, per direction
    /// and country.
    pub handovers: Vec<crate::store::handovers::HandoverCount>,
}

async fn build(state: &AppState, session: &StaffSession, query: &ReportQuery) -> Result<Report, ApiError> {
    if !matches!(session.staff.role, Role::Coordinator | Role::Admin) {
        return Err(ApiError::Forbidden("only coordinators and admins see reports"));
    }
    let offset = state.config.utc_offset_minutes;
    let bad = |what: &str| ApiError::BadRequest(what.to_owned());
    let from = reports::parse_date(&query.from, offset).ok_or_else(|| bad("from: a date as YYYY-MM-DD"))?;
    let last = reports::parse_date(&query.to, offset).ok_or_else(|| bad("to: a date as YYYY-MM-DD"))?;
    if last < from {
        return Err(bad("to is before from"));
    }
    if (last - from) / DAY >= MAX_DAYS {
        return Err(ApiError::BadRequest(format!("at most {MAX_DAYS} days per report")));
    }
    let (period, by) = match query.by.as_deref() {
        None | Some("day") => (Period::Day, "day"),
        Some("week") => (Period::Week, "week"),
        Some(_) => return Err(bad("by: day or week")),
    };
    let (group_by, group) = match query.group.as_deref() {
        None | Some("language") => (GroupBy::Language, "language"),
        Some("category") => (GroupBy::Category, "category"),
        Some(_) => return Err(bad("group: language or category")),
    };
    let contacts = state.store.contacts(from, last + DAY).await?;
    let mut rows = reports::report(&contacts, period, group_by, offset);
    if (period, group_by) == (Period::Week, GroupBy::Language) {
        let (first_week, last_week) = reports::survey::weeks_covered(from, last, offset);
        let weeks = state.store.survey_weeks(&first_week, &last_week).await?;
        reports::survey::merge(&mut rows, &weeks, period, group_by);
    }
    let handovers = state.store.handover_counts(from, last + DAY).await?;
    Ok(Report {
        from: query.from.clone(),
        to: query.to.clone(),
        by,
        group,
        utc_offset_minutes: offset,
        rows,
        handovers,
    })
}

pub async fn json(
    State(state): State<AppState>,
    session: StaffSession,
    Query(query): Query<ReportQuery>,
) -> Result<Json<Report>, ApiError> {
    Ok(Json(build(&state, &session, &query).await?))
}

pub async fn csv(
    State(state): State<AppState>,
    session: StaffSession,
    Query(query): Query<ReportQuery>,
) -> Result<Response, ApiError> {
    let report = build(&state, &session, &query).await?;
    let name = format!("bridgeline-{}-{}-by-{}-{}.csv", report.from, report.to, report.by, report.group);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        reports::csv(&report.rows),
    )
        .into_response())
}

pub async fn svg(
    State(state): State<AppState>,
    session: StaffSession,
    Query(query): Query<ReportQuery>,
) -> Result<Response, ApiError> {
    let report = build(&state, &session, &query).await?;
    let title = format!("{} – {}", report.from, report.to);
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], reports::svg_chart(&report.rows, &title)).into_response())
}
