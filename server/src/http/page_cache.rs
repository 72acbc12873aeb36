//! The two pages' HTML, compressed once per language at brotli's highest quality and
//! kept: the page is the same for every reader of a language, and on a slow phone each
//! byte counts (quality 11 makes the Ukrainian child page 3.7 KB where the on-the-fly
//! compression of other responses makes it 4.6 KB), at no cost per request.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::http::{header, HeaderMap};

/// A page as sent: its HTML, and the same brotli-compressed.
pub struct CompressedPage {
    pub html: Arc<str>,
    pub brotli: Arc<[u8]>,
}

/// Pages by (page, language). Bounded by the shipped locales: two pages each.
#[derive(Default)]
pub struct PageCache {
    pages: Mutex<HashMap<(String, String), Arc<CompressedPage>>>,
}

impl PageCache {
    /// The page for `key`, rendering and compressing it the first time only.
    pub fn get_or_render(&self, page: &str, locale: &str, render: impl FnOnce() -> String) -> Arc<CompressedPage> {
        let key = (page.to_owned(), locale.to_owned());
        if let Some(found) = self.pages.lock().ok().and_then(|pages| pages.get(&key).cloned()) {
            return found;
        }
        let html = render();
        let compressed = Arc::new(CompressedPage { brotli: compress(html.as_bytes()).into(), html: html.into() });
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(key, compressed.clone());
        }
        compressed
    }
}

fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    {
        // Quality 11, a 4 MiB window: the whole page in one block.
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        // Writing into a Vec cannot fail.
        let _ = writer.write_all(bytes);
    }
    out
}

/// Whether the request's `Accept-Encoding` takes brotli (and not with `q=0`).
pub fn accepts_brotli(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or("");
            let refused = parts.any(|parameter| {
                parameter.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()).is_some_and(|q| q == 0.0)
            });
            name.eq_ignore_ascii_case("br") && !refused
        })
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(accept).expect("header"));
        headers
    }

    #[test]
    fn brotli_is_taken_only_when_offered_and_not_refused() {
        assert!(accepts_brotli(&headers("gzip, deflate, br, zstd")));
        assert!(accepts_brotli(&headers("br;q=0.5")));
        assert!(!accepts_brotli(&headers("gzip, br;q=0")));
        assert!(!accepts_brotli(&headers("gzip")));
        assert!(!accepts_brotli(&HeaderMap::new()));
    }

    #[test]
    fn a_page_is_rendered_once_and_decompresses_to_itself() {
        let cache = PageCache::default();
        let first = cache.get_or_render("child", "uk", || "<p>Привіт</p>".repeat(100));
        let again = cache.get_or_render("child", "uk", || unreachable!("rendered twice"));
        assert!(Arc::ptr_eq(&first, &again));
        let mut text = Vec::new();
        brotli::BrotliDecompress(&mut std::io::Cursor::new(&first.brotli[..]), &mut text).expect("brotli");
        assert_eq!(text, first.html.as_bytes());
        assert!(first.brotli.len() < first.html.len() / 10);
    }
}
