//! Embeds every locale under `../locales/<lang>/` in the binary, so that the server
//! needs no files beside it at run time. Generates `$OUT_DIR/locales.rs`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time, not baked in at compile time: a target directory shared by two
    // checkouts must not read the other checkout's locales.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let root = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.path())
        .collect();
    locales.sort();
    let mut code = String::from(
        "/// (code, meta.json, [(file name, FTL source)])\npub static EMBEDDED: &[super::EmbeddedLocale] = &[\n",
    );
    let mut incomplete = Vec::new();
    for dir in &locales {
        println!("cargo:rerun-if-changed={}", dir.display());
        let lang = dir.file_name().and_then(|name| name.to_str()).expect("UTF-8 locale dir");
        let meta = dir.join("meta.json");
        // A directory still being written (no meta.json yet) is left out of the build
        // rather than breaking it; a test fails on it, so it cannot ship that way.
        if !meta.is_file() {
            println!("cargo:warning=locales/{lang} has no meta.json; left out");
            incomplete.push(lang.to_owned());
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("readable locale dir")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        write!(code, "    ({lang:?}, include_str!({:?}), &[", meta.display().to_string()).unwrap();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().and_then(|name| name.to_str()).expect("UTF-8 file name");
            write!(code, "({name:?}, include_str!({:?})), ", file.display().to_string()).unwrap();
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    writeln!(code, "/// Locale directories left out because they have no meta.json.\npub static INCOMPLETE: &[&str] = &{incomplete:?};").unwrap();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(out, code).expect("write locales.rs");
}
