//! A message's text as the console shows it. A child's text may hold bidirectional
//! controls: kept as sent, but never applied here, or U+202E would show `gnp.exe` as
//! `exe.png`. Each one is drawn as a visible mark in its place (`⟨RLO⟩`, its meaning
//! and code point in words on hover and for screen readers), so the counsellor sees
//! exactly what the child wrote and nothing around it is reordered. The split is
//! `bridgeline_protocol::text::pieces`, tested there.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::text::{pieces, Piece};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

/// `text` with each bidirectional control shown as a mark instead of applied.
#[component]
pub fn VisibleText(l10n: L10n, text: String) -> impl IntoView {
    pieces(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(run) => run.to_owned().into_any(),
            Piece::BidiControl { character, name } => {
                let code = StoredValue::new(format!("U+{:04X}", u32::from(character)));
                let words = move || {
                    code.with_value(|code| {
                        l10n.t_with("staff-bidi-control", &[("name", Arg::Text(name)), ("code", Arg::Text(code))])
                    })
                };
                view! {
                    <span class="bidi-control" dir="ltr" title=words aria-label=words>{format!("⟨{name}⟩")}</span>
                }
                .into_any()
            }
        })
        .collect_view()
}
