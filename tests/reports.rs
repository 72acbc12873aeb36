//! History reports on the real server: JSON, CSV and SVG of the same figures, for
//! coordinators and admins only; the CSV is checked against the database, counted here
//! with SQL independently of the server's code.

mod support;

use serde_json::{json, Value};

use support::{available_counsellor, connected_pair, http, sign_in, Client, Scratch, Server};

/// The day `offset` days from today, UTC. The report spans yesterday to tomorrow, so
/// a test that runs across midnight still finds everything in one week of rows.
fn day(offset: i64) -> String {
    let millis = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    bridgeline::reports::date(millis + offset * 24 * 60 * 60 * 1000)
}

async fn get(server: &Server, cookie: &str, path: &str) -> (u16, String) {
    let response = http(server.addr, "GET", path, &[("Cookie", cookie)], None).await;
    (response.status, String::from_utf8_lossy(&response.bytes).into_owned())
}

/// Per language: (contacts, answered, abandoned), counted straight from the tables.
async fn counted_in_the_database(database: &str) -> Vec<(String, i64, i64, i64)> {
    let pool = support::open_database(database).await;
    let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT language, COUNT(*),
                SUM(CASE WHEN EXISTS (SELECT 1 FROM assignments a WHERE a.conversation_id = c.id) THEN 1 ELSE 0 END),
                SUM(CASE WHEN state = 'ended'
                          AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.conversation_id = c.id)
                    THEN 1 ELSE 0 END)
         FROM conversations c GROUP BY language ORDER BY language",
    )
    .fetch_all(&pool)
    .await
    .expect("count");
    pool.close().await;
    rows
}

#[tokio::test]
async fn reports_match_the_database_in_json_csv_and_svg() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,fa", 3);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, amira_cookie) = available_counsellor(&server, "amira").await;
    // Arabic: one answered, wrapped up and referred; one abandoned. Persian: one answered
    // and still going, one still waiting after Amira goes busy.
    let (_ar, ar_id) = connected_pair(&server, &mut amira, "ar").await;
    let refer = json!({"type": "refer", "conversation_id": ar_id, "service_id": "eu-116111", "reason": "r", "child_agreed": true});
    amira.request(refer).await;
    amira.request(json!({"type": "end", "conversation_id": ar_id})).await;
    let wrap_up = json!({"type": "wrap_up", "conversation_id": ar_id,
        "wrap_up": {"categories": ["violence.bullying", "family"], "outcome": "referred", "cross_border": false}});
    amira.request(wrap_up).await;
    let (_fa, _) = connected_pair(&server, &mut amira, "fa").await;
    amira.request(json!({"type": "set_status", "status": "busy"})).await;
    let mut gone = Client::child(&server).await;
    gone.request(json!({"type": "start", "language": "ar"})).await;
    gone.request(json!({"type": "end"})).await;
    let mut waiting = Client::child(&server).await;
    waiting.request(json!({"type": "start", "language": "fa"})).await;

    let (from, to) = (day(-1), day(1));
    let range = format!("from={from}&to={to}");
    let carla = sign_in(&server, "carla").await;
    let (status, body) = get(&server, &carla, &format!("/api/v1/reports?{range}&by=week")).await;
    assert_eq!(status, 200, "{body}");
    let report: Value = serde_json::from_str(&body).expect("JSON");
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 2, "{report}");
    assert_eq!(rows[0]["group"], "ar");
    assert_eq!(rows[0]["referrals"], json!({"eu-116111": 1}));
    assert!(rows[0]["mean_chat_seconds"].is_u64());

    // The CSV, line by line, against the database.
    let (status, csv) = get(&server, &carla, &format!("/api/v1/reports.csv?{range}&by=week")).await;
    assert_eq!(status, 200);
    let counted = counted_in_the_database(&server.database).await;
    let lines: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(lines.len(), counted.len(), "{csv}");
    for (line, (language, contacts, answered, abandoned)) in lines.iter().zip(&counted) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields[1], language);
        assert_eq!(fields[2..5], [contacts.to_string(), answered.to_string(), abandoned.to_string()], "{line}");
    }
    assert_eq!(counted, vec![("ar".into(), 2, 1, 1), ("fa".into(), 2, 1, 0)]);

    // By category: the wrapped-up contact under both of its categories.
    let (_, body) = get(&server, &carla, &format!("/api/v1/reports?{range}&group=category&by=week")).await;
    let report: Value = serde_json::from_str(&body).expect("JSON");
    let groups: Vec<&str> = report["rows"].as_array().unwrap().iter().filter_map(|row| row["group"].as_str()).collect();
    assert_eq!(groups, ["family", "none", "violence"]);

    let (status, svg) = get(&server, &carla, &format!("/api/v1/reports.svg?{range}&by=week")).await;
    assert_eq!(status, 200);
    assert!(svg.starts_with("<svg") && svg.contains("4 contacts, 2 answered, 1 abandoned"), "{svg}");

    // Only coordinators and admins; bad queries are told why.
    assert_eq!(get(&server, &amira_cookie, &format!("/api/v1/reports?{range}&by=week")).await.0, 403);
    assert_eq!(http(server.addr, "GET", &format!("/api/v1/reports.csv?{range}&by=week"), &[], None).await.status, 401);
    for bad in [
        "from=2026-13-01&to=2026-12-01",
        "from=2026-11-02&to=2026-11-01",
        "from=2020-01-01&to=2026-01-01",
        &format!("{range}&by=month"),
        &format!("{range}&extra=1"),
    ] {
        let (status, body) = get(&server, &carla, &format!("/api/v1/reports?{bad}")).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
}
