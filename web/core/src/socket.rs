//! A WebSocket that comes back by itself: on any close it waits (exponential backoff
//! with jitter, at most 10 s) and reconnects, and the page resumes its conversation.
//! One per page, kept in a thread-local so that view code can send without holding it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CloseEvent, MessageEvent, WebSocket};

/// What the page does on socket events.
pub struct Handlers {
    /// Connected (first time or again): send `start`/`resume`, resend unacknowledged.
    pub on_open: Box<dyn Fn()>,
    pub on_frame: Box<dyn Fn(String)>,
    /// Connection lost; a reconnect is scheduled.
    pub on_down: Box<dyn Fn()>,
    /// The conversation continues in another tab: this socket stops for good.
    pub on_elsewhere: Box<dyn Fn()>,
}

/// The server's close code for "this conversation continues on another connection".
const CLOSE_RESUMED_ELSEWHERE: u16 = 4001;

struct Inner {
    url: String,
    handlers: Handlers,
    socket: RefCell<Option<WebSocket>>,
    failures: Cell<u32>,
    stopped: Cell<bool>,
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Inner>>> = const { RefCell::new(None) };
}

/// Opens the page's socket (replacing any previous one).
pub fn open(url: String, handlers: Handlers) {
    stop();
    let inner =
        Rc::new(Inner { url, handlers, socket: RefCell::new(None), failures: Cell::new(0), stopped: Cell::new(false) });
    CURRENT.with(|current| *current.borrow_mut() = Some(inner.clone()));
    expose_close();
    connect(inner);
}

/// Lets `boot.js`'s quick exit close the socket at once, before it leaves the page.
fn expose_close() {
    if let Some(window) = web_sys::window() {
        let close = Closure::<dyn Fn()>::new(stop).into_js_value();
        let _ = js_sys::Reflect::set(&window, &"bridgelineSocketClose".into(), &close);
    }
}

/// Sends a text frame; false when not connected (the caller keeps it for resending).
pub fn send(text: &str) -> bool {
    CURRENT.with(|current| {
        current
            .borrow()
            .as_ref()
            .and_then(|inner| inner.socket.borrow().clone())
            .is_some_and(|socket| socket.ready_state() == WebSocket::OPEN && socket.send_with_str(text).is_ok())
    })
}

/// Closes the socket for good (chat over, signed out).
pub fn stop() {
    CURRENT.with(|current| {
        if let Some(inner) = current.borrow_mut().take() {
            inner.stopped.set(true);
            if let Some(socket) = inner.socket.borrow_mut().take() {
                let _ = socket.close();
            }
        }
    });
}

fn connect(inner: Rc<Inner>) {
    if inner.stopped.get() {
        return;
    }
    let Ok(socket) = WebSocket::new(&inner.url) else {
        retry_later(inner);
        return;
    };
    let on_open = {
        let inner = inner.clone();
        Closure::<dyn FnMut()>::new(move || {
            inner.failures.set(0);
            (inner.handlers.on_open)();
        })
    };
    let on_message = {
        let inner = inner.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(text) = event.data().as_string() {
                (inner.handlers.on_frame)(text);
            }
        })
    };
    let on_close = {
        let inner = inner.clone();
        let this_socket = socket.clone();
        Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
            let is_current = inner.socket.borrow().as_ref().is_some_and(|current| current == &this_socket);
            if inner.stopped.get() || !is_current {
                return;
            }
            if event.code() == CLOSE_RESUMED_ELSEWHERE {
                // Another tab took the conversation over; reconnecting would take it back
                // and the two tabs would fight.
                inner.stopped.set(true);
                (inner.handlers.on_elsewhere)();
                return;
            }
            (inner.handlers.on_down)();
            retry_later(inner.clone());
        })
    };
    socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    // The handlers live as long as the socket, which the page keeps until it stops.
    on_open.forget();
    on_message.forget();
    on_close.forget();
    *inner.socket.borrow_mut() = Some(socket);
}

fn retry_later(inner: Rc<Inner>) {
    let failures = inner.failures.get();
    inner.failures.set(failures.saturating_add(1));
    let base = 500u64.saturating_mul(1 << failures.min(5)).min(10_000);
    let jitter = (js_sys::Math::random() * 300.0) as u64;
    leptos::prelude::set_timeout(move || connect(inner), Duration::from_millis(base + jitter));
}
