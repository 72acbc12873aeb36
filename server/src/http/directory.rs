//! `GET /api/v1/directory?country=DE&topic=violence&language=ar&open_now=true`: the
//! referral directory as the counsellor searches it, for any signed-in staff member.
//! Every parameter is optional (an empty one counts as absent); one that names
//! nothing is refused with 400 and says which, rather than silently matching all.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use bridgeline_protocol::Service;

use super::auth::StaffSession;
use super::ApiError;
use crate::app::AppState;
use crate::directory::Filter;
use crate::secrets::unix_millis;

const PARAMETERS: [&str; 4] = ["country", "topic", "language", "open_now"];

/// Services matching the filter: the country's own first, then the EU-wide ones, each
/// by name; `open_now` is filled in as of this request.
pub async fn list(
    State(state): State<AppState>,
    _session: StaffSession,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Json<Vec<Service>>, ApiError> {
    let Query(pairs) = query.map_err(|rejection| ApiError::BadRequest(rejection.body_text()))?;
    let filter = parse_query(&pairs, &state.catalog.codes()).map_err(ApiError::BadRequest)?;
    Ok(Json(state.store.search_directory(&filter, unix_millis()).await?))
}

/// The query's pairs into a filter; `languages` are the codes this build serves.
fn parse_query(pairs: &[(String, String)], languages: &[&str]) -> Result<Filter, String> {
    for (index, (name, _)) in pairs.iter().enumerate() {
        if !PARAMETERS.contains(&name.as_str()) {
            return Err(format!("unknown parameter {name:?} (use {})", PARAMETERS.join(", ")));
        }
        if pairs[..index].iter().any(|(earlier, _)| earlier == name) {
            return Err(format!("{name} is given twice"));
        }
    }
    let value = |wanted: &str| pairs.iter().find(|(name, _)| name == wanted).map(|(_, value)| value.as_str());
    let open_now = match value("open_now").map(str::trim) {
        None | Some("" | "false" | "0") => false,
        Some("true" | "1") => true,
        Some(other) => return Err(format!("open_now: {other:?} is neither true nor false")),
    };
    Filter::parse(value("country"), value("topic"), value("language"), open_now, languages)
        .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::Topic;

    use super::*;

    fn parse(query: &[(&str, &str)]) -> Result<Filter, String> {
        let pairs: Vec<(String, String)> =
            query.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect();
        parse_query(&pairs, &["ar", "de", "en"])
    }

    #[test]
    fn every_parameter_is_read() {
        let filter = parse(&[("country", "de"), ("topic", "violence"), ("language", "ar"), ("open_now", "true")]);
        assert_eq!(
            filter,
            Ok(Filter {
                country: Some("DE".into()),
                topic: Some(Topic::Violence),
                language: Some("ar".into()),
                open_now: true
            })
        );
        assert_eq!(parse(&[]), Ok(Filter::default()));
        assert_eq!(parse(&[("country", ""), ("open_now", "false")]), Ok(Filter::default()));
    }

    #[test]
    fn what_names_nothing_is_refused_by_name() {
        for (query, expected) in [
            (vec![("contry", "DE")], "unknown parameter \"contry\""),
            (vec![("country", "DE"), ("country", "FR")], "country is given twice"),
            (vec![("open_now", "yes")], "open_now"),
            (vec![("country", "Germany")], "country: "),
            (vec![("topic", "monsters")], "topic: "),
            (vec![("language", "xx")], "language: "),
        ] {
            let error = parse(&query).expect_err("refused");
            assert!(error.starts_with(expected), "{query:?}: {error}");
        }
    }
}
