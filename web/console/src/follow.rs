//! Keeping a chat log's view where its reader expects it, as the log grows at both ends.
//!
//! A reader at the bottom follows the conversation: each new message scrolls into view.
//! A reader who scrolled up stays on what they are reading: new messages arrive below
//! without moving it, and an earlier page put above keeps the same messages in view
//! (the distance from the bottom is kept). Near the top, the page before is asked for.

use leptos::html::Ol;
use leptos::prelude::*;

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
    load_earlier: Callback<()>,
}

impl Follow {
    /// A log that starts at its newest message, and watches `edges` (its first and last
    /// `seq`) to place the view after each change. Call in the component that renders it.
    pub fn new(load_earlier: Callback<()>, edges: impl Fn() -> (Option<u64>, Option<u64>) + 'static) -> Self {
        let follow = Self { log: NodeRef::new(), from_bottom: StoredValue::new(0), load_earlier };
        Effect::new(move |previous: Option<(Option<u64>, Option<u64>)>| {
            let now = edges();
            let prepended = previous.is_some_and(|(first, _)| first.is_some() && first != now.0);
            // After the browser laid the new lines out.
            request_animation_frame(move || follow.place(prepended));
            now
        });
        follow
    }

    /// The log's `scroll` handler.
    pub fn scrolled(self) {
        let Some(log) = self.log.get_untracked() else { return };
        self.from_bottom.set_value(from_bottom(&log));
        if log.scroll_top() < NEAR_TOP_PX {
            self.load_earlier.run(());
        }
    }

    fn place(self, prepended: bool) {
        let Some(log) = self.log.get_untracked() else { return };
        let distance = self.from_bottom.get_value();
        if distance <= FOLLOWING_PX {
            log.set_scroll_top(log.scroll_height());
        } else if prepended {
            log.set_scroll_top(log.scroll_height() - log.client_height() - distance);
        }
        self.from_bottom.set_value(from_bottom(&log));
    }
}

fn from_bottom(log: &web_sys::Element) -> i32 {
    log.scroll_height() - log.scroll_top() - log.client_height()
}
