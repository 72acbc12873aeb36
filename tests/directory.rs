//! The referral directory end to end: `bridgeline directory import` and `list` run as
//! an operator runs them, and `GET /api/v1/directory` asked by a signed-in counsellor.
//!
//! Test services have no phone number or web address: nothing here may look like a
//! real service that is not one. Real numbers appear only as the built-in EU ones and
//! in the documented example files.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

use support::{binary, http, repo_root, sign_in, Scratch, Server};

const EU_IDS: [&str; 3] = ["eu-112", "eu-116000", "eu-116111"];

fn write(scratch: &Scratch, name: &str, contents: &str) -> PathBuf {
    let path = scratch.dir.path().join(name);
    std::fs::write(&path, contents).expect("write import file");
    path
}

fn directory(scratch: &Scratch, args: &[&str]) -> Output {
    Command::new(binary())
        .arg("directory")
        .args(args)
        .args(["--database", &scratch.database()])
        .output()
        .expect("run bridgeline directory")
}

fn import(scratch: &Scratch, file: &Path) -> Output {
    directory(scratch, &["import", &file.display().to_string()])
}

/// Runs an import that must succeed; returns what it printed.
fn imported(scratch: &Scratch, file: &Path) -> String {
    let output = import(scratch, file);
    assert!(output.status.success(), "import failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// `directory list --json`, as (id, service) pairs in the order listed.
fn listed(scratch: &Scratch, filters: &[&str]) -> Vec<(String, Value)> {
    let output = directory(scratch, &[&["list", "--json"], filters].concat());
    assert!(output.status.success(), "list failed: {}", String::from_utf8_lossy(&output.stderr));
    let services: Vec<Value> = serde_json::from_slice(&output.stdout).expect("list --json prints JSON");
    services.into_iter().map(|service| (service["id"].as_str().expect("id").to_owned(), service)).collect()
}

fn ids(services: &[(String, Value)]) -> Vec<&str> {
    services.iter().map(|(id, _)| id.as_str()).collect()
}

const CSV: &str = "\
id,name,country,topics,languages,hours,utc_offset_minutes,description_en,description_de
test-a,Test service A,DE,\"violence, family\",\"de,ar\",24/7,,First test service.,Erster Testdienst.
test-b,Test service B,FR,missing,fr,\"mon-fri 09:00-17:00\",60,,
";

#[tokio::test]
async fn csv_and_json_files_import_and_importing_again_changes_nothing() {
    let scratch = Scratch::new();
    let csv = write(&scratch, "services.csv", CSV);
    assert!(imported(&scratch, &csv).ends_with(": 2 added, 0 updated, 0 unchanged"));
    assert!(imported(&scratch, &csv).ends_with(": 0 added, 0 updated, 2 unchanged"), "idempotent");

    // The same id from JSON updates the row; a new id adds one.
    let json = write(
        &scratch,
        "more.json",
        r#"[{"id": "test-b", "name": "Test service B, renamed", "country": "FR", "topics": ["missing"], "hours": "24/7"},
            {"id": "test-c", "name": "Test service C", "languages": ["uk"]}]"#,
    );
    assert!(imported(&scratch, &json).ends_with(": 1 added, 1 updated, 0 unchanged"));
    assert!(imported(&scratch, &json).ends_with(": 0 added, 0 updated, 2 unchanged"));

    let services = listed(&scratch, &[]);
    // Countries' own services first; then the EU-wide ones (test-c has no country), by name.
    assert_eq!(ids(&services), ["test-a", "test-b", "eu-112", "eu-116000", "eu-116111", "test-c"]);
    let (_, a) = &services[0];
    assert_eq!(a["topics"], serde_json::json!(["family", "violence"]));
    assert_eq!(a["descriptions"]["de"], "Erster Testdienst.");
    let (_, b) = &services[1];
    assert_eq!(
        (b["name"].as_str(), b["always_open"].as_bool(), b.get("hours")),
        (Some("Test service B, renamed"), Some(true), None)
    );

    // The documented examples import as they are, in either format.
    let examples = repo_root().join("docs/examples");
    assert!(imported(&scratch, &examples.join("services.csv")).ends_with(": 4 added, 0 updated, 0 unchanged"));
    assert!(imported(&scratch, &examples.join("services.json")).ends_with(": 0 added, 0 updated, 4 unchanged"));
    // The format may be named when the extension does not say.
    let unnamed = write(&scratch, "services.txt", CSV);
    assert!(!import(&scratch, &unnamed).status.success());
    let output = directory(&scratch, &["import", &unnamed.display().to_string(), "--format", "csv"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[tokio::test]
async fn a_bad_file_reports_every_row_and_imports_nothing() {
    let scratch = Scratch::new();
    imported(&scratch, &write(&scratch, "services.csv", CSV));
    let bad = write(
        &scratch,
        "bad.csv",
        "\
id,name,country,topics,languages,phone,url,hours,utc_offset_minutes
test-a,Test service A now renamed,DE,,,,,,
test-new,A good new row,DE,,,,,,
test-x,Bad country,UK,,,,,,
test-y,Bad topic and language,DE,monsters,xx,,,,
test-z,Bad phone and url,DE,,,call us,ftp://example.org,,
test-h,Bad hours,DE,,,,,mon 08:00-25:00,60
",
    );
    let output = import(&scratch, &bad);
    assert!(!output.status.success(), "a bad file must fail");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing imported; 6 problems to fix"), "{stderr}");
    for expected in
        ["line 4, country", "line 5, topics", "line 5, languages", "line 6, phone", "line 6, url", "line 7, hours"]
    {
        assert!(stderr.contains(expected), "{expected} missing from:\n{stderr}");
    }
    let services = listed(&scratch, &[]);
    assert!(!ids(&services).contains(&"test-new"), "the good row was not imported either");
    assert_eq!(services[0].1["name"], "Test service A", "the existing row was not changed");
}

/// `ddd hh:mm-hh:mm` (UTC) for one hour starting `from_now_minutes` from now.
fn hour_from(from_now_minutes: i64) -> String {
    let now_minutes = i64::try_from(SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs() / 60)
        .expect("minutes fit");
    let start = now_minutes + from_now_minutes;
    // The Unix epoch fell on a Thursday.
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][usize::try_from((start / 1440 + 3) % 7).unwrap_or(0)];
    let clock = |minutes: i64| format!("{:02}:{:02}", minutes.rem_euclid(1440) / 60, minutes.rem_euclid(60));
    format!("{day} {}-{}", clock(start), clock(start + 60))
}

async fn get(server: &Server, path: &str, cookie: Option<&str>) -> (u16, Value) {
    let headers: Vec<(&str, &str)> = cookie.map(|cookie| ("Cookie", cookie)).into_iter().collect();
    let response = http(server.addr, "GET", path, &headers, None).await;
    let body =
        serde_json::from_slice(&response.bytes).unwrap_or_else(|_| panic!("{path}: not JSON: {}", response.body));
    (response.status, body)
}

async fn found(server: &Server, query: &str, cookie: &str) -> Vec<String> {
    let (status, body) = get(server, &format!("/api/v1/directory{query}"), Some(cookie)).await;
    assert_eq!(status, 200, "{query}: {body}");
    body.as_array().expect("an array").iter().map(|service| service["id"].as_str().expect("id").to_owned()).collect()
}

#[tokio::test]
async fn the_endpoint_needs_a_staff_session_and_filters() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,de", 2);
    // Opening hours around the real clock: one service open for the next half hour,
    // one opening in twelve hours, one whose hours nobody knows.
    let later_hours = hour_from(12 * 60);
    let csv = format!(
        "id,name,country,topics,languages,hours,utc_offset_minutes\n\
         de-always,Test always,DE,violence,\"de,ar\",24/7,\n\
         de-open,Test open now,DE,school,,{},0\n\
         de-later,Test open later,DE,family,de,{},0\n\
         fr-unknown,Test hours unknown,FR,missing,fr,,\n",
        hour_from(-30),
        later_hours,
    );
    imported(&scratch, &write(&scratch, "services.csv", &csv));
    let server = scratch.start(&[]).await;

    let (status, body) = get(&server, "/api/v1/directory", None).await;
    assert_eq!((status, body["error"].as_str()), (401, Some("unauthenticated")));

    let cookie = sign_in(&server, "amira").await;
    let everything = ["de-always", "de-later", "de-open", "fr-unknown", "eu-112", "eu-116000", "eu-116111"];
    assert_eq!(found(&server, "", &cookie).await, everything, "countries' own first, then EU-wide, by name");
    assert_eq!(
        found(&server, "?country=DE", &cookie).await,
        ["de-always", "de-later", "de-open", "eu-112", "eu-116000", "eu-116111"]
    );
    assert_eq!(found(&server, "?country=se", &cookie).await, EU_IDS, "the EU-wide numbers go everywhere");
    assert_eq!(found(&server, "?topic=violence", &cookie).await, ["de-always", "eu-112", "eu-116111"]);
    assert_eq!(
        found(&server, "?language=ar", &cookie).await,
        ["de-always", "de-open", "eu-112", "eu-116000", "eu-116111"],
        "services answering in Arabic, and those whose languages are not known"
    );
    assert_eq!(
        found(&server, "?open_now=true", &cookie).await,
        ["de-always", "de-open", "eu-112", "eu-116000"],
        "closed and unknown hours are not open now"
    );
    assert_eq!(
        found(&server, "?country=DE&topic=school&language=ar&open_now=true", &cookie).await,
        ["de-open", "eu-112"]
    );

    let (_, all) = get(&server, "/api/v1/directory", Some(&cookie)).await;
    let later = all.as_array().and_then(|all| all.iter().find(|service| service["id"] == "de-later")).expect("listed");
    assert_eq!((later["open_now"].as_bool(), later["always_open"].as_bool()), (Some(false), Some(false)));
    assert_eq!(later["hours"].as_str(), Some(later_hours.as_str()), "hours as written in the file");

    for (query, field) in [
        ("?country=Germany", "country"),
        ("?topic=monsters", "topic"),
        ("?language=xx", "language"),
        ("?open_now=maybe", "open_now"),
        ("?colour=red", "unknown parameter"),
    ] {
        let (status, body) = get(&server, &format!("/api/v1/directory{query}"), Some(&cookie)).await;
        assert_eq!((status, body["error"].as_str()), (400, Some("bad_request")), "{query}");
        assert!(body["detail"].as_str().is_some_and(|detail| detail.contains(field)), "{query}: {body}");
    }
}

#[tokio::test]
async fn the_eu_numbers_are_there_after_start_and_only_once() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let mut server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "amira").await;
    assert_eq!(found(&server, "", &cookie).await, EU_IDS);
    server.kill();

    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "amira").await;
    let (_, body) = get(&server, "/api/v1/directory", Some(&cookie)).await;
    let services = body.as_array().expect("an array");
    assert_eq!(services.len(), 3, "restarting does not add them again: {body}");
    for service in services {
        let phone = service["phone"].as_str().expect("a phone number");
        assert!(service["name"].as_str().is_some_and(|name| name.starts_with(phone)), "{service}");
        assert!(service.get("country").is_none(), "EU-wide: {service}");
        for locale in ["en", "ar", "uk", "ti"] {
            assert!(
                service["descriptions"][locale].as_str().is_some_and(|text| !text.is_empty()),
                "{locale}: {service}"
            );
        }
    }
    let by_id = |id: &str| services.iter().find(|service| service["id"] == id).expect("seeded");
    assert_eq!(by_id("eu-112")["always_open"], true);
    assert_eq!(by_id("eu-116000")["always_open"], true);
    assert_eq!(
        (by_id("eu-116111")["always_open"].as_bool(), by_id("eu-116111")["open_now"].as_bool()),
        (Some(false), Some(false))
    );
}
