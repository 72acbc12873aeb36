//! On the board, for coordinators: each language's last four hours at a glance, as two
//! small charts drawn here in SVG (no chart library): the children waiting, and the
//! longest wait. The figures come from the console's [`TrendRing`] (the server's
//! history from its first `board` frame, then every frame folded in); the geometry is
//! [`Sparkline`]'s. Each chart is an image named by its title and described by a
//! sentence with its figures; the language table above stays the full accessible view.
//!
//! Times and numbers are written by the browser's `Intl` in the console's language;
//! "now" is the server's clock (the frame's `generated_at`), so a console whose clock is
//! off still draws the right minutes.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::trends::{wait_scale, Sparkline, TrendPoint, TrendRing, WaitUnit, MINUTE, WINDOW_MINUTES};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;

/// The charts' drawing box, in SVG user units (stretched to the chart's width).
const WIDTH: f64 = 240.0;
const HEIGHT: f64 = 48.0;

#[component]
pub fn Trends(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let now = Memo::new(move |_| state.board.with(|board| board.as_ref().map(|board| board.generated_at)));
    // Every language on the board, and any that had children waiting in the window.
    let codes = Memo::new(move |_| {
        let mut codes: Vec<String> = state.board.with(|board| {
            board
                .as_ref()
                .map(|board| board.languages.iter().map(|line| line.language.clone()).collect())
                .unwrap_or_default()
        });
        state.trends.with(|ring| codes.extend(ring.languages().map(str::to_owned)));
        codes.sort();
        codes.dedup();
        codes
    });
    // Said when the history is shorter than the window: the server started since.
    let since_note = move || {
        let now = now.get()?;
        let since = state.trends.with(|ring| ring.since(now));
        let window_start = now - (WINDOW_MINUTES as i64 - 1) * MINUTE;
        (since > window_start)
            .then(|| l10n.t_with("staff-trends-since", &[("time", Arg::Text(&labels::clock(&l10n.code(), since)))]))
    };
    view! {
        <section class="board-trends" aria-labelledby="board-trends-heading"
            class:hidden=move || now.with(Option::is_none) || codes.with(Vec::is_empty)>
            <h2 id="board-trends-heading">{l10n.text("staff-trends-heading")}</h2>
            <p class="hint trends-since">{since_note}</p>
            <div class="trend-grid">
                <For each=move || codes.get() key=|code| code.clone() let:code>
                    <LanguageTrends l10n=l10n state=state code=code now=now/>
                </For>
            </div>
        </section>
    }
}

/// Which figure a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    Waiting,
    LongestWait,
}

#[component]
fn LanguageTrends(l10n: L10n, state: ConsoleState, code: String, now: Memo<Option<i64>>) -> impl IntoView {
    let series = {
        let code = code.clone();
        Memo::new(move |_| {
            let now = now.get().unwrap_or_default();
            state.trends.with(|ring: &TrendRing| ring.series(&code, now))
        })
    };
    let name = l10n.language_name(&code);
    let (data_language, caption_language, first_code) = (code.clone(), code.clone(), code.clone());
    let first_name = name.clone();
    let caption = name.clone();
    view! {
        <figure class="trend" data-language=data_language>
            <figcaption lang=caption_language>{caption}</figcaption>
            <TrendChart l10n=l10n code=first_code language=first_name figure=Figure::Waiting series=series/>
            <TrendChart l10n=l10n code=code language=name figure=Figure::LongestWait series=series/>
        </figure>
    }
}

/// What one chart draws and says, computed once per change of its series.
#[derive(Debug, Clone, PartialEq)]
struct Drawn {
    line: Sparkline,
    unit: Option<WaitUnit>,
    most: u64,
    now: u64,
    from: i64,
    to: i64,
}

fn draw(series: &[TrendPoint], figure: Figure) -> Drawn {
    let (values, unit) = match figure {
        Figure::Waiting => (series.iter().map(|point| u64::from(point.waiting)).collect(), None),
        Figure::LongestWait => {
            let (values, unit) = wait_scale(&series.iter().map(|point| point.longest_wait_seconds).collect::<Vec<_>>());
            (values, Some(unit))
        }
    };
    Drawn {
        line: Sparkline::new(&values, WINDOW_MINUTES, WIDTH, HEIGHT),
        unit,
        most: values.iter().copied().max().unwrap_or(0),
        now: values.last().copied().unwrap_or(0),
        from: series.first().map_or(0, |point| point.minute),
        to: series.last().map_or(0, |point| point.minute),
    }
}

#[component]
fn TrendChart(
    l10n: L10n,
    code: String,
    language: String,
    figure: Figure,
    series: Memo<Vec<TrendPoint>>,
) -> impl IntoView {
    let drawn = Memo::new(move |_| series.with(|series| draw(series, figure)));
    let (title_id, summary_id) = match figure {
        Figure::Waiting => ("staff-trends-waiting", "staff-trends-summary-waiting"),
        Figure::LongestWait => ("staff-trends-longest", "staff-trends-summary-longest"),
    };
    let kind = match figure {
        Figure::Waiting => "waiting",
        Figure::LongestWait => "longest",
    };
    let element_id = format!("trend-{code}-{kind}");
    let summary_element = format!("{element_id}-summary");
    let amount =
        move |value: u64| drawn.with(|drawn| labels::number(&l10n.code(), value, drawn.unit.map(WaitUnit::intl_name)));
    let summary = move || {
        let (most, now, from, to) = drawn.with(|drawn| (drawn.most, drawn.now, drawn.from, drawn.to));
        let locale = l10n.code();
        l10n.t_with(
            summary_id,
            &[
                ("language", Arg::Text(&language)),
                ("from", Arg::Text(&labels::clock(&locale, from))),
                ("to", Arg::Text(&labels::clock(&locale, to))),
                ("most", Arg::Text(&amount(most))),
                ("now", Arg::Text(&amount(now))),
            ],
        )
    };
    let top = move || amount(drawn.with(|drawn| drawn.line.top));
    let start = move || labels::clock(&l10n.code(), drawn.with(|drawn| drawn.from));
    let end = move || labels::clock(&l10n.code(), drawn.with(|drawn| drawn.to));
    view! {
        <div class=format!("trend-chart {kind}")>
            <p class="trend-title"><span>{l10n.text(title_id)}</span>" "<span class="trend-top">{top}</span></p>
            // Time runs left to right in every language, as on a clock's timeline.
            <svg class="sparkline" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" dir="ltr"
                role="img" aria-label=move || l10n.t(title_id) aria-describedby=summary_element.clone() focusable="false">
                <line class="baseline" x1="0" y1=HEIGHT x2=WIDTH y2=HEIGHT vector-effect="non-scaling-stroke"/>
                <path class="area" d=move || drawn.with(|drawn| drawn.line.area.clone())/>
                <path class="stroke" d=move || drawn.with(|drawn| drawn.line.path.clone()) vector-effect="non-scaling-stroke"/>
                <circle class="now" r="2.5"
                    cx=move || drawn.with(|drawn| drawn.line.last.map_or(0.0, |(x, _)| x))
                    cy=move || drawn.with(|drawn| drawn.line.last.map_or(HEIGHT, |(_, y)| y))/>
            </svg>
            <p class="trend-axis" dir="ltr" aria-hidden="true"><span>{start}</span><span>{end}</span></p>
            <p class="visually-hidden" id=summary_element>{summary}</p>
        </div>
    }
}
