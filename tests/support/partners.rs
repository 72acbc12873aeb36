//! Two helplines that trust each other (issue 14), each its own server and database,
//! for the browser tests of a handover: "Rome" (where the child writes) and "Berlin"
//! (the partner a case goes to), configured with `bridgeline partner` as an operator
//! would.

use std::process::Command;

use super::{binary, Scratch, Server};

/// Rome's name as Berlin knows it.
pub const ROME: &str = "Telefono Azzurro";
/// Berlin's name as Rome knows it, and the countries and languages Rome has for it.
pub const BERLIN: &str = "Nummer gegen Kummer";
pub const BERLIN_COUNTRIES: [&str; 2] = ["DE", "AT"];

/// Runs `bridgeline partner ARGS` on `scratch`'s database; returns what it printed.
pub fn partner_command(scratch: &Scratch, args: &[&str]) -> String {
    let output = Command::new(binary())
        .arg("partner")
        .args(args)
        .args(["--database", &scratch.database()])
        .output()
        .expect("run bridgeline partner");
    assert!(output.status.success(), "partner {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// Rome and Berlin, running and configured as each other's partners; their staff are
/// added on the scratches before this is called.
pub struct Partners {
    pub rome_scratch: Scratch,
    pub berlin_scratch: Scratch,
    pub rome: Server,
    pub berlin: Server,
}

impl Partners {
    pub async fn start(rome_scratch: Scratch, berlin_scratch: Scratch) -> Partners {
        let rome_identity = partner_command(&rome_scratch, &["key"]);
        let berlin_identity = partner_command(&berlin_scratch, &["key"]);
        let rome = rome_scratch.start(&[]).await;
        let berlin = berlin_scratch.start(&[]).await;
        let (rome_url, berlin_url) = (format!("http://{}", rome.addr), format!("http://{}", berlin.addr));
        let countries = BERLIN_COUNTRIES.join(",");
        let add = |scratch: &Scratch, name: &str, url: &str, countries: &str, key: &str| {
            let args = [
                "add",
                "--name",
                name,
                "--url",
                url,
                "--countries",
                countries,
                "--languages",
                "ar,de,it",
                "--key",
                key,
            ];
            partner_command(scratch, &args);
        };
        add(&rome_scratch, BERLIN, &berlin_url, &countries, &berlin_identity);
        add(&berlin_scratch, ROME, &rome_url, "IT", &rome_identity);
        Partners { rome_scratch, berlin_scratch, rome, berlin }
    }

    /// Both servers' logs, for a failure's report.
    pub fn logs(&self) -> String {
        format!("--- Rome ---\n{}\n--- Berlin ---\n{}", self.rome.logs(), self.berlin.logs())
    }
}
