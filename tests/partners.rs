//! Partner helplines (issue 14), from the command line of the real binary: each
//! helpline makes its own signing key and prints its identity, and adds the partners
//! it trusts with theirs. Refusals say what to fix and change nothing.

mod support;

use std::process::{Command, Output};

use support::{binary, Scratch};

fn partner(scratch: &Scratch, args: &[&str]) -> Output {
    Command::new(binary())
        .arg("partner")
        .args(args)
        .args(["--database", &scratch.database()])
        .output()
        .expect("run bridgeline partner")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn refusal(output: &Output) -> String {
    assert!(!output.status.success(), "succeeded: {}", String::from_utf8_lossy(&output.stdout));
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn two_helplines_exchange_identities_and_add_each_other() {
    let (rome, berlin) = (Scratch::new(), Scratch::new());
    let rome_key = stdout(&partner(&rome, &["key"])).trim().to_owned();
    assert!(rome_key.starts_with("ed25519:"), "{rome_key}");
    assert_eq!(stdout(&partner(&rome, &["key"])).trim(), rome_key, "the key is made once, then kept");
    let berlin_key = stdout(&partner(&berlin, &["key"])).trim().to_owned();
    assert_ne!(rome_key, berlin_key, "each helpline has its own key");

    let add = |scratch: &Scratch, name: &str, url: &str, key: &str| {
        partner(
            scratch,
            &["add", "--name", name, "--url", url, "--countries", "DE,AT", "--languages", "de,ar,uk", "--key", key],
        )
    };
    assert!(stdout(&add(&rome, "Nummer gegen Kummer", "https://berlin.example.org/", &berlin_key)).contains("added"));
    let listed = stdout(&partner(&rome, &["list"]));
    assert_eq!(
        listed.trim(),
        format!("Nummer gegen Kummer\thttps://berlin.example.org\tcountries DE,AT\tlanguages de,ar,uk\t{berlin_key}")
    );

    // Refusals, each saying what is wrong; nothing changes.
    assert!(refusal(&add(&rome, "Nummer gegen Kummer", "https://other.example.org", &berlin_key)).contains("exists"));
    assert!(refusal(&add(&rome, "Plain", "http://berlin.example.org", &berlin_key)).contains("loopback"));
    assert!(refusal(&add(&rome, "Self", "https://rome.example.org", &rome_key)).contains("own key"));
    assert!(refusal(&add(&rome, "Typo", "https://x.example.org", "ed25519:AAAA")).contains("public identity"));
    let bad_country = partner(
        &rome,
        &[
            "add",
            "--name",
            "X",
            "--url",
            "https://x.example.org",
            "--countries",
            "Germany",
            "--languages",
            "de",
            "--key",
            &berlin_key,
        ],
    );
    assert!(refusal(&bad_country).contains("ISO 3166"));
    assert_eq!(stdout(&partner(&rome, &["list"])).lines().count(), 1);

    // On loopback, plain HTTP is allowed (two servers on one machine, tests).
    assert!(stdout(&add(&berlin, "Telefono Azzurro", "http://127.0.0.1:9000", &rome_key)).contains("added"));
    assert!(stdout(&partner(&rome, &["remove", "Nummer gegen Kummer"])).contains("removed"));
    assert_eq!(stdout(&partner(&rome, &["list"])), "");
    assert!(refusal(&partner(&rome, &["remove", "Nummer gegen Kummer"])).contains("no partner"));
}

/// The signing key a helpline keeps in its database, as its server uses it.
async fn signing_key_of(server: &support::Server) -> bridgeline::partners::SigningKey {
    // The server says where it listens before it has opened its database: once it
    // answers, the key is there.
    assert_eq!(support::http_exact(server.addr, "GET", "/healthz", &[], None).await.status, 200);
    let pool = support::open_database(&server.database).await;
    let seed: Vec<u8> = sqlx::query_scalar("SELECT key FROM server_keys WHERE name = 'partner_signing'")
        .fetch_one(&pool)
        .await
        .expect("the key is made at start");
    bridgeline::partners::signing_key(&seed).expect("32 bytes")
}

async fn get_signed(
    server: &support::Server,
    path: &str,
    signed: &bridgeline::partners::signature::Signed,
) -> support::HttpResponse {
    support::http_exact(server.addr, "GET", path, &signed.headers(), None).await
}

fn error_of(response: &support::HttpResponse) -> String {
    assert_eq!(response.status, 401, "{}", response.body);
    let body: serde_json::Value = serde_json::from_str(&response.body).expect("JSON");
    body["error"].as_str().expect("an error code").to_owned()
}

#[tokio::test]
async fn a_partner_is_recognised_by_its_signature_and_forged_stale_or_replayed_requests_are_refused() {
    use bridgeline::partners::signature::{sign, Signed, MAX_SKEW_MILLIS};
    let (rome, berlin) = (Scratch::new(), Scratch::new());
    let rome_server = rome.start(&[]).await;
    let berlin_server = berlin.start(&[]).await;
    let rome_key = signing_key_of(&rome_server).await;
    let rome_identity = stdout(&partner(&rome, &["key"])).trim().to_owned();
    assert_eq!(rome_identity, bridgeline::partners::signature::PublicIdentity::of(&rome_key).to_string());
    let berlin_identity = stdout(&partner(&berlin, &["key"])).trim().to_owned();
    let url = format!("http://{}", rome_server.addr);
    let added = partner(
        &berlin,
        &[
            "add",
            "--name",
            "Telefono Azzurro",
            "--url",
            &url,
            "--countries",
            "IT",
            "--languages",
            "it,ar,ti",
            "--key",
            &rome_identity,
        ],
    );
    stdout(&added);

    let path = "/api/v1/partners/hello";
    let now = bridgeline::secrets::unix_millis();
    let nonce = |n: u8| format!("{n:02x}").repeat(16);
    let signed = sign(&rome_key, "GET", path, b"", now, &nonce(1));
    let hello = get_signed(&berlin_server, path, &signed).await;
    assert_eq!(hello.status, 200, "{}", hello.body);
    let hello: serde_json::Value = serde_json::from_str(&hello.body).expect("JSON");
    assert_eq!(hello["partner"], "Telefono Azzurro");
    assert_eq!(hello["helpline"], berlin_identity.as_str());

    // The same request again: a replay.
    assert_eq!(error_of(&get_signed(&berlin_server, path, &signed).await), "replayed");
    // Unsigned, signed by a stranger, forged, stale, or signed for another path.
    assert_eq!(error_of(&support::http_exact(berlin_server.addr, "GET", path, &[], None).await), "unsigned");
    let stranger = bridgeline::partners::SigningKey::from_bytes(&[42; 32]);
    assert_eq!(
        error_of(&get_signed(&berlin_server, path, &sign(&stranger, "GET", path, b"", now, &nonce(2))).await),
        "unknown_partner"
    );
    let forged = Signed { key: rome_identity.clone(), ..sign(&stranger, "GET", path, b"", now, &nonce(3)) };
    assert_eq!(error_of(&get_signed(&berlin_server, path, &forged).await), "bad_signature");
    let stale = sign(&rome_key, "GET", path, b"", now - MAX_SKEW_MILLIS - 60_000, &nonce(4));
    assert_eq!(error_of(&get_signed(&berlin_server, path, &stale).await), "stale");
    let elsewhere = sign(&rome_key, "GET", "/api/v1/partners/hello?x=1", b"", now, &nonce(5));
    assert_eq!(error_of(&get_signed(&berlin_server, path, &elsewhere).await), "bad_signature");
    assert!(berlin_server.logs().contains("a partner request was refused"), "refusals are logged");

    // Rome does not know Berlin: Berlin's signature means nothing there.
    let berlin_key = signing_key_of(&berlin_server).await;
    let to_rome = sign(&berlin_key, "GET", path, b"", now, &nonce(6));
    assert_eq!(error_of(&get_signed(&rome_server, path, &to_rome).await), "unknown_partner");

    // Bridgeline's own client. Berlin's operator says hello to Rome, which does not know
    // Berlin yet; once Rome adds Berlin, both ways work; a partner configured with the
    // wrong key is caught by the identity it answers with.
    assert!(refusal(&partner(&berlin, &["hello", "Telefono Azzurro"])).contains("unknown_partner"));
    let berlin_url = format!("http://{}", berlin_server.addr);
    stdout(&partner(
        &rome,
        &[
            "add",
            "--name",
            "Nummer gegen Kummer",
            "--url",
            &berlin_url,
            "--countries",
            "DE",
            "--languages",
            "de",
            "--key",
            &berlin_identity,
        ],
    ));
    let said = stdout(&partner(&rome, &["hello", "Nummer gegen Kummer"]));
    assert!(said.contains("recognised this helpline (as \"Telefono Azzurro\")"), "{said}");
    let said = stdout(&partner(&berlin, &["hello", "Telefono Azzurro"]));
    assert!(said.contains("(as \"Nummer gegen Kummer\")"), "{said}");
    stdout(&partner(
        &berlin,
        &[
            "add",
            "--name",
            "Rome again",
            "--url",
            &url,
            "--countries",
            "IT",
            "--languages",
            "it",
            "--key",
            &stranger_identity(),
        ],
    ));
    assert!(refusal(&partner(&berlin, &["hello", "Rome again"])).contains("another identity"));

    // Removed: refused from the next request on.
    stdout(&partner(&berlin, &["remove", "Telefono Azzurro"]));
    let after = sign(&rome_key, "GET", path, b"", now, &nonce(7));
    assert_eq!(error_of(&get_signed(&berlin_server, path, &after).await), "unknown_partner");
}

/// An identity nobody uses, for a partner configured with the wrong key.
fn stranger_identity() -> String {
    bridgeline::partners::signature::PublicIdentity::of(&bridgeline::partners::SigningKey::from_bytes(&[43; 32]))
        .to_string()
}
