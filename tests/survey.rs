//! "A say afterwards" on the real server: the child's `survey` frame is counted once per
//! ended chat and refused otherwise, each refusal with its own code; the database keeps
//! counts by week and language that name no conversation; the counsellor is told
//! nothing; and the history report's CSV and JSON carry the counts, checked against the
//! database.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::{available_counsellor, connected_pair, http, sign_in, Client, Scratch, Server};

fn now_millis() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

/// The day `offset` days from today, UTC.
fn day(offset: i64) -> String {
    bridgeline::reports::date(now_millis() + offset * 24 * 60 * 60 * 1000)
}

fn survey(answers: Value) -> Value {
    json!({"type": "survey", "answers": answers})
}

/// Sends a frame expected to fail; returns the error (code and detail).
async fn error_for(client: &mut Client, frame: Value) -> Value {
    let id = client.id();
    let mut frame = frame;
    frame["id"] = json!(id);
    client.send(frame).await;
    let answer = client.expect("error", |reply| reply["type"] == "error").await;
    assert_eq!(answer["id"], id.as_str(), "error for another request: {answer}");
    answer
}

async fn get(server: &Server, cookie: &str, path: &str) -> (u16, String) {
    let response = http(server.addr, "GET", path, &[("Cookie", cookie)], None).await;
    (response.status, String::from_utf8_lossy(&response.bytes).into_owned())
}

/// Every column of `survey_counts`, and every row as text, straight from the database.
async fn stored(database: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let pool = support::open_database(database).await;
    let columns_sql = if support::postgres_server().is_some() {
        "SELECT CAST(column_name AS TEXT) FROM information_schema.columns WHERE table_name = 'survey_counts'
         ORDER BY ordinal_position"
    } else {
        "SELECT name FROM pragma_table_info('survey_counts') ORDER BY cid"
    };
    let columns: Vec<String> = sqlx::query_scalar(columns_sql).fetch_all(&pool).await.expect("columns");
    let select = columns.iter().map(|column| format!("CAST({column} AS TEXT)")).collect::<Vec<_>>().join(" || ',' || ");
    let rows: Vec<String> = // The column names come from the table itself.
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT {select} FROM survey_counts ORDER BY week, language")))
        .fetch_all(&pool)
        .await
        .expect("rows");
    pool.close().await;
    (columns, rows.iter().map(|row| row.split(',').map(str::to_owned).collect()).collect())
}

#[tokio::test]
async fn a_survey_counts_once_after_the_end_and_every_refusal_has_its_code() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,fa", 3);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "ar"})).await;
    let token = attached["resume_token"].clone();
    let offer = amira.expect_type("offer").await;
    let conversation = offer["conversation_id"].as_str().expect("conversation id").to_owned();
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;

    // Before the end.
    let answers = json!({"listened": "yes", "come_back": "not_sure"});
    assert_eq!(child.refused(survey(answers.clone())).await, "not_ended");
    // From a socket with no conversation, and from the staff socket (not a staff frame).
    let mut stranger = Client::child(&server).await;
    assert_eq!(stranger.refused(survey(answers.clone())).await, "no_conversation");
    assert_eq!(amira.refused(survey(answers.clone())).await, "unknown_type");

    amira.request(json!({"type": "end", "conversation_id": conversation})).await;
    child.expect_type("ended").await;

    // Bad answers: none at all, an unknown value, an unknown question, not an object,
    // no answers field. Each is refused as a bad field and counts nothing.
    for (bad, says) in [
        (survey(json!({})), "at least one question"),
        (survey(json!({"listened": "maybe"})), "unknown variant `maybe`"),
        (survey(json!({"fun": "yes"})), "unknown field `fun`"),
        (survey(json!("yes")), "invalid type"),
        (json!({"type": "survey"}), "missing field `answers`"),
    ] {
        let error = error_for(&mut child, bad.clone()).await;
        assert_eq!(error["code"], "invalid_field", "{bad}: {error}");
        assert!(error["detail"].as_str().unwrap_or("").contains(says), "{bad}: {error}");
    }
    // Not JSON at all: the usual bad-frame answer, without an id.
    child.send_raw(r#"{"type": "survey", "answers": "#).await;
    let malformed = child.expect("error", |frame| frame["type"] == "error").await;
    assert_eq!((malformed["code"].as_str(), malformed.get("id")), (Some("malformed"), None), "{malformed}");

    // Once; the second time is refused, from this socket or from the same child's
    // resumed one (a reloaded page).
    child.request(survey(answers.clone())).await;
    assert_eq!(child.refused(survey(json!({"listened": "no"}))).await, "already_answered");
    child.close().await;
    let mut reloaded = Client::child(&server).await;
    let resumed = reloaded.request(json!({"type": "resume", "resume_token": token})).await;
    assert_eq!(resumed["state"], "ended");
    assert_eq!(reloaded.refused(survey(answers.clone())).await, "already_answered");

    // A child whose chat goes on is refused too, and their chat is untouched.
    let (mut other, _) = connected_pair(&server, &mut amira, "fa").await;
    assert_eq!(other.refused(survey(json!({"next_steps": "no"}))).await, "not_ended");
    other.request(json!({"type": "end"})).await;
    other.request(survey(json!({"next_steps": "no"}))).await;

    // The counsellor is told nothing of any survey.
    amira
        .expect_none("a survey answer", Duration::from_millis(300), |frame| {
            let text = frame.to_string();
            text.contains("survey") || text.contains("listened") || text.contains("next_steps")
        })
        .await;

    // In the database: counts by week and language, nothing that names a chat.
    let (columns, rows) = stored(&server.database).await;
    assert_eq!(
        columns,
        [
            "week",
            "language",
            "responses",
            "listened_yes",
            "listened_not_sure",
            "listened_no",
            "next_steps_yes",
            "next_steps_not_sure",
            "next_steps_no",
            "come_back_yes",
            "come_back_not_sure",
            "come_back_no"
        ]
    );
    let week = bridgeline::reports::survey::week_of(now_millis(), 0);
    let row = |language: &str, counts: &str| -> Vec<String> {
        [week.as_str(), language].into_iter().chain(counts.split(',')).map(str::to_owned).collect()
    };
    assert_eq!(rows, [row("ar", "1,1,0,0,0,0,0,0,1,0"), row("fa", "1,0,0,0,0,0,1,0,0,0")]);
    let other_conversations = all_conversation_ids(&server.database).await;
    for value in rows.iter().flatten() {
        assert!(!other_conversations.contains(value), "a stored survey names a conversation: {value}");
    }
    // Only the flag on the conversation says it was answered (so that it counts once).
    assert_eq!(answered_flags(&server.database).await, 2);

    // The report by week and language: in its JSON and its CSV, checked against the
    // database; other reports leave the survey columns empty.
    let carla = sign_in(&server, "carla").await;
    let range = format!("from={}&to={}", day(-1), day(1));
    let (status, body) = get(&server, &carla, &format!("/api/v1/reports?{range}&by=week")).await;
    assert_eq!(status, 200, "{body}");
    let report: Value = serde_json::from_str(&body).expect("JSON");
    let ar = report["rows"].as_array().expect("rows").iter().find(|row| row["group"] == "ar").expect("ar row");
    assert_eq!(
        ar["survey"],
        json!({"responses": 1, "listened": {"yes": 1, "not_sure": 0, "no": 0},
            "next_steps": {"yes": 0, "not_sure": 0, "no": 0}, "come_back": {"yes": 0, "not_sure": 1, "no": 0}})
    );
    let (status, csv) = get(&server, &carla, &format!("/api/v1/reports.csv?{range}&by=week")).await;
    assert_eq!(status, 200);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let from_csv: Vec<Vec<String>> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), header.len(), "{line}");
            let at = |name: &str| fields[header.iter().position(|column| *column == name).expect(name)].to_owned();
            let mut row = vec![at("period"), at("group")];
            row.extend(columns[2..].iter().map(|column| at(&format!("survey_{column}"))));
            row
        })
        .collect();
    assert_eq!(from_csv, rows, "{csv}");
    let (_, by_day) = get(&server, &carla, &format!("/api/v1/reports.csv?{range}&by=day")).await;
    assert!(by_day.lines().count() > 1, "{by_day}");
    for line in by_day.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        assert!(fields[fields.len() - 10..].iter().all(|field| field.is_empty()), "{line}");
    }
}

async fn all_conversation_ids(database: &str) -> Vec<String> {
    let pool = support::open_database(database).await;
    let ids = sqlx::query_scalar("SELECT id FROM conversations").fetch_all(&pool).await.expect("ids");
    pool.close().await;
    ids
}

async fn answered_flags(database: &str) -> i64 {
    let pool = support::open_database(database).await;
    let count = sqlx::query_scalar("SELECT COUNT(*) FROM conversations WHERE survey_answered = 1")
        .fetch_one(&pool)
        .await
        .expect("count");
    pool.close().await;
    count
}
