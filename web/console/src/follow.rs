//! Keeping a chat log's view where its reader expects it, as the log grows at both ends.
//!
//! A reader at the bottom follows the conversation: each new message scrolls into view.
//! A reader who scrolled up stays on what they are reading: new messages arrive below
//! without moving it, and an earlier page put above keeps the same messages in view
//! (the distance from the bottom is kept), and is told that newer ones came: a
//! "new messages ↓" button ([`NewBelow`]) jumps to the newest. Near the top, the page
//! before is asked for.

use bridgeline_web_core::l10n::L10n;
use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Within this many pixels of the bottom, a reader follows the newest message.
const FOLLOWING_PX: i32 = 40;

/// Within this many pixels of the top, the page before is asked for.
const NEAR_TOP_PX: i32 = 80;

/// One scrolling log: its element, where its reader is, and how to ask for more.
#[derive(Clone, Copy)]
pub struct Follow {
    pub log: NodeRef<Ol>,
    /// How far the reader was from the bottom, in pixels, after their last scroll or the
    /// last change of the log.
    from_bottom: StoredValue<i32>,
    /// Where this code last put the log's scroll position. The browser reports that
    /// scroll a frame later, when more lines may have come below: read then as the
    /// reader's, it looked like scrolling up, and the log stopped following.
    placed_top: StoredValue<Option<i32>>,
    /// Messages came below while the reader was scrolled up, and they have not gone
    /// down to them yet.
    pub unseen_below: RwSignal<bool>,
    load_earlier: Callback<()>,
}

impl Follow {
    /// A log that starts at its newest message, and watches `edges` (its first and last
    /// `seq`) to place the view after each change. Call in the component that renders it.
    pub fn new(load_earlier: Callback<()>, edges: impl Fn() -> (Option<u64>, Option<u64>) + 'static) -> Self {
        let follow = Self {
            log: NodeRef::new(),
            from_bottom: StoredValue::new(0),
            placed_top: StoredValue::new(None),
            unseen_below: RwSignal::new(false),
            load_earlier,
        };
        Effect::new(move |previous: Option<(Option<u64>, Option<u64>)>| {
            let now = edges();
            let prepended = previous.is_some_and(|(first, _)| first.is_some() && first != now.0);
            let appended = previous.is_some_and(|(_, last)| last.is_some() && last != now.1);
            // After the browser laid the new lines out.
            request_animation_frame(move || follow.place(prepended, appended));
            now
        });
        follow
    }

    /// The log's `scroll` handler.
    pub fn scrolled(self) {
        let Some(log) = self.log.get_untracked() else { return };
        if self.placed_top.get_value() == Some(log.scroll_top()) {
            return;
        }
        let distance = from_bottom(&log);
        self.from_bottom.set_value(distance);
        if distance <= FOLLOWING_PX && self.unseen_below.get_untracked() {
            self.unseen_below.set(false);
        }
        if log.scroll_top() < NEAR_TOP_PX {
            self.load_earlier.run(());
        }
    }

    fn place(self, prepended: bool, appended: bool) {
        let Some(log) = self.log.get_untracked() else { return };
        let distance = self.from_bottom.get_value();
        if distance <= FOLLOWING_PX {
            self.to_newest(&log);
        } else {
            if prepended {
                log.set_scroll_top(log.scroll_height() - log.client_height() - distance);
                self.placed_top.set_value(Some(log.scroll_top()));
            }
            if appended {
                self.unseen_below.set(true);
            }
        }
        self.from_bottom.set_value(from_bottom(&log));
    }

    /// Goes down to the newest message ("new messages ↓").
    pub fn jump_to_newest(self) {
        let Some(log) = self.log.get_untracked() else { return };
        self.to_newest(&log);
        self.from_bottom.set_value(from_bottom(&log));
        self.unseen_below.set(false);
    }

    /// The log scrolled to its end, and, when the reader is looking at the log (its
    /// top is on screen), its last line brought into the window too: a log taller than
    /// what is left of the screen would otherwise end below the fold. A reader who
    /// scrolled the page elsewhere is not moved.
    fn to_newest(self, log: &web_sys::HtmlOListElement) {
        log.set_scroll_top(log.scroll_height());
        self.placed_top.set_value(Some(log.scroll_top()));
        let top = viewport_top(log);
        let screen = window().inner_height().ok().and_then(|height| height.as_f64()).unwrap_or(0.0);
        if (0.0..screen).contains(&top) {
            if let Some(last) = log.last_element_child() {
                scroll_into_view_nearest(&last);
            }
        }
    }
}

/// `element.getBoundingClientRect().top`: where the element starts on screen.
fn viewport_top(element: &web_sys::Element) -> f64 {
    js_sys::Reflect::get(element, &JsValue::from_str("getBoundingClientRect"))
        .ok()
        .and_then(|method| method.dyn_into::<js_sys::Function>().ok())
        .and_then(|method| method.call0(element).ok())
        .and_then(|rect| js_sys::Reflect::get(&rect, &JsValue::from_str("top")).ok())
        .and_then(|top| top.as_f64())
        .unwrap_or(f64::NAN)
}

/// `element.scrollIntoView({ block: "nearest" })`: moves nothing that is in view.
fn scroll_into_view_nearest(element: &web_sys::Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("block"), &JsValue::from_str("nearest"));
    let method = js_sys::Reflect::get(element, &JsValue::from_str("scrollIntoView"));
    if let Ok(method) = method.and_then(|method| method.dyn_into::<js_sys::Function>()) {
        let _ = method.call1(element, &options);
    }
}

/// The button below a log whose reader scrolled up when newer messages came: it takes
/// them down to the newest, and goes away once they are there.
#[component]
pub fn NewBelow(l10n: L10n, follow: Follow) -> impl IntoView {
    view! {
        <Show when=move || follow.unseen_below.get()>
            <button type="button" class="secondary new-below" on:click=move |_| follow.jump_to_newest()>
                {l10n.text("staff-chat-new-messages")}
            </button>
        </Show>
    }
}

fn from_bottom(log: &web_sys::Element) -> i32 {
    log.scroll_height() - log.scroll_top() - log.client_height()
}
