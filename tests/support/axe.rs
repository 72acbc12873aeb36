//! axe-core in the browser tests: injected through WebDriver from `.tools/` (installed
//! at a pinned version by `./x test` or `./x setup --browser`), never from a CDN.
//! One audit for every browser test that checks its screens (`tests/browser_axe.rs`
//! and the screens' own tests).

use serde_json::{json, Value};

use super::browser::script;
use super::repo_root;

/// Moderate rules that fail all the same: the pages were once fixed for them.
const KEPT_FIXED: [&str; 3] = ["region", "page-has-heading-one", "landmark-unique"];

fn axe_source() -> Result<String, String> {
    let path = repo_root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .map_err(|error| format!("{}: {error} (install it with ./x setup --browser)", path.display()))
}

/// Runs axe-core on the page as it is now; fails on serious or critical violations
/// (and [`KEPT_FIXED`]), naming each rule and the elements it found; prints the rest.
pub async fn audit(browser: &fantoccini::Client, screen: &str) -> Result<(), String> {
    let loaded = script(browser, "return typeof window.axe === 'object';").await?;
    if loaded != json!(true) {
        let source = axe_source()?;
        browser
            .execute(&format!("{source}\nreturn typeof window.axe;"), vec![])
            .await
            .map_err(|error| format!("inject axe-core: {error}"))?;
    }
    let run = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(result => done(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
          .catch(error => done({ error: String(error) }));
    "#;
    let violations = browser.execute_async(run, vec![]).await.map_err(|error| format!("axe.run: {error}"))?;
    let Value::Array(violations) = violations else {
        return Err(format!("{screen}: axe-core failed: {violations}"));
    };
    let mut blocking = Vec::new();
    for violation in &violations {
        let line =
            format!("{} ({}): {} at {}", violation["id"], violation["impact"], violation["help"], violation["nodes"]);
        let kept_fixed = KEPT_FIXED.iter().any(|rule| violation["id"] == *rule);
        if violation["impact"] == "serious" || violation["impact"] == "critical" || kept_fixed {
            blocking.push(line);
        } else {
            eprintln!("axe, {screen}: {line}");
        }
    }
    if blocking.is_empty() {
        Ok(())
    } else {
        Err(format!("axe-core on {screen}:\n{}", blocking.join("\n")))
    }
}
