//! The top bar is the server's (`server/src/http/child_shell.rs`): it works before this
//! module loads and without it, and it never moves when the app starts. The app only
//! makes its language links switch in place, without a reload, and keeps the bar's
//! words and the tab's title in the language the child picked.

use bridgeline_web_core::bootstrap::LocaleSummary;
use bridgeline_web_core::browser::session_set;
use bridgeline_web_core::l10n::{switch_to, L10n};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::LANGUAGE_KEY;

/// Hands `boot.js` the in-place switch (it calls it on a language link's click once
/// the app runs) and keeps the bar's texts in the current language.
pub fn take_over(l10n: L10n, locales: Vec<LocaleSummary>, title_id: String) {
    let switch = Closure::<dyn Fn(String, String)>::new(move |code: String, dir: String| {
        session_set(LANGUAGE_KEY, &code);
        leptos::task::spawn_local(switch_to(l10n, "child", code, dir));
    });
    let _ = js_sys::Reflect::set(&window(), &"bridgelineSwitchLanguage".into(), switch.as_ref());
    switch.forget();

    Effect::new(move |_| {
        let code = l10n.code();
        let document = document();
        if let Some(exit) = document.get_element_by_id("quick-exit") {
            exit.set_text_content(Some(&l10n.t("quick-exit-button")));
            let _ = exit.set_attribute("title", &l10n.attr("quick-exit-button", "title"));
        }
        if let Some(label) = document.get_element_by_id("language-label") {
            label.set_text_content(Some(&l10n.t("language-switcher-label")));
        }
        if let Ok(Some(current)) = document.query_selector("#language .current") {
            let name = locales.iter().find(|locale| locale.code == code).map(|locale| locale.native_name.as_str());
            current.set_text_content(name);
            let _ = current.set_attribute("lang", &code);
        }
        if let Ok(links) = document.query_selector_all("#language a[hreflang]") {
            for index in 0..links.length() {
                let Some(link) = links.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                if link.get_attribute("hreflang").as_deref() == Some(code.as_str()) {
                    let _ = link.set_attribute("aria-current", "true");
                } else {
                    let _ = link.remove_attribute("aria-current");
                }
            }
        }
        if !title_id.is_empty() {
            document.set_title(&l10n.t(&title_id));
        }
    });
}
