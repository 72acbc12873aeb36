//! Handing the child's case to a partner helpline in another country (see
//! "Handovers to partner helplines" in `docs/protocol.md`), as the child sees it:
//!
//! - the question (`handover_consent_asked`), above the message box without hiding
//!   the chat: who asks, to whom, what would be shared, that no changes nothing; then
//!   the answer given, which the child may change until the case is sent;
//! - the case sent (`handover_sent`), and why when nobody asked the child;
//! - going on with the partner (`handover_transfer`): "connecting", then "you are now
//!   talking with …"; and when the page cannot get there by itself, a screen with the
//!   partner's page and return code to go on by hand.
//!
//! Written as escaped markup like `codes.rs`, whose one click listener handles these
//! buttons too (`data-do`).

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::handovers::{ConsentAnswer, ConsentQuestion, HandoverNotice, HandoverTransfer};
use bridgeline_web_core::intl::country_list;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::chat::escape;
use crate::codes::{button, code_panel, markup_block, paragraph};
use crate::state::ChildState;

/// Where handing the case over stands, as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Handover {
    /// The question is put. `answer` is the last one the server acknowledged (`sent`
    /// waits for its `ack`); with one, the choices show again only while the child is
    /// `changing` it.
    Asked { question: ConsentQuestion, answer: Option<ConsentAnswer>, sent: Option<ConsentAnswer>, changing: bool },
    /// The case went to the partner (with the child's consent or, in danger, without).
    Sent(HandoverNotice),
    /// The partner accepted: the page is joining its chat with the one-time token,
    /// until `attached`. `failed` once the partner could not be reached (or refused
    /// the token): its page and return code are shown.
    Joining { transfer: HandoverTransfer, failed: bool },
    /// The chat goes on with the partner.
    Joined { partner: String },
}

/// The partner's name, for the messages that name it.
fn partner(name: &str) -> [(&'static str, Arg<'_>); 1] {
    [("partner", Arg::Text(name))]
}

/// The question and its answers, or the answer given; empty unless a question is put.
/// A non-modal dialog: it takes focus when it comes (and after each answer), so a
/// screen reader reads it, and the chat stays above it.
pub fn consent(l10n: L10n, state: ChildState) -> impl IntoView {
    let markup = move || {
        state.handover.with(|handover| {
            let Some(Handover::Asked { question, answer, changing, .. }) = handover else { return String::new() };
            let countries = country_list(&l10n.code(), &question.countries);
            let counsellor = state.counsellor.get().unwrap_or_default();
            let args = [
                ("counsellor", Arg::Text(&counsellor)),
                ("partner", Arg::Text(&question.partner)),
                ("countries", Arg::Text(&countries)),
            ];
            let mut html = String::from(
                "<section class=\"consent\" role=\"dialog\" aria-labelledby=\"consent-heading\" tabindex=\"-1\">\
                 <h2 id=\"consent-heading\">",
            ) + &escape(&l10n.t("handover-ask-heading"))
                + "</h2>"
                + &paragraph("", &l10n.t_with("handover-ask-body", &args));
            let shared = if question.transcript { "handover-ask-summary-chat" } else { "handover-ask-summary" };
            html += &paragraph("", &l10n.t(shared));
            html += &paragraph("", &l10n.t("handover-ask-no"));
            if let (Some(answer), false) = (answer, changing) {
                let said = match answer {
                    ConsentAnswer::Yes => "handover-answered-yes",
                    ConsentAnswer::SummaryOnly => "handover-answered-summary-only",
                    ConsentAnswer::No => "handover-answered-no",
                };
                return html
                    + &paragraph("answer", &l10n.t(said))
                    + &paragraph("hint", &l10n.t("handover-change-hint"))
                    + &button("consent-change", "secondary", &l10n.t("handover-change-button"))
                    + "</section>";
            }
            html += "<div class=\"choices\">";
            html += &button("consent-yes", "primary", &l10n.t("handover-yes-button"));
            if question.transcript {
                html += &button("consent-summary-only", "secondary", &l10n.t("handover-summary-only-button"));
            }
            html + &button("consent-no", "secondary", &l10n.t("handover-no-button")) + "</div></section>"
        })
    };
    markup_block("consent-block", Box::new(markup))
}

/// One calm line in the chat for what happened: the case sent (and what went, and why
/// when the child was not asked), connecting to the partner, talking with them now.
/// Inside a polite live region of the chat (`chat.rs`).
pub fn notes(l10n: L10n, state: ChildState) -> impl IntoView {
    let markup = move || {
        state.handover.with(|handover| match handover {
            Some(Handover::Sent(notice)) => {
                let countries = country_list(&l10n.code(), &notice.countries);
                let args = [("partner", Arg::Text(&notice.partner)), ("countries", Arg::Text(&countries))];
                let mut html = paragraph("", &l10n.t_with("handover-sent", &args));
                if !notice.consented {
                    html += &paragraph("", &l10n.t("handover-sent-worried"));
                }
                let shared = if notice.transcript { "handover-sent-summary-chat" } else { "handover-sent-summary" };
                html + &paragraph("", &l10n.t(shared))
            }
            Some(Handover::Joining { transfer, failed: false }) => {
                paragraph("", &l10n.t_with("handover-connecting", &partner(&transfer.partner)))
            }
            Some(Handover::Joined { partner: name }) => {
                paragraph("", &l10n.t_with("handover-connected", &partner(name)))
            }
            _ => String::new(),
        })
    };
    markup_block("partner-note", Box::new(markup))
}

/// The page could not go on with the partner by itself: the partner's page (a link,
/// only to a web address) and the return code there, large, to go on by hand. The top
/// of the screen `case::returning` draws for [`Phase::Handover`] (with a new chat here
/// under it); shown while the page still tries to connect behind it.
///
/// [`Phase::Handover`]: crate::state::Phase::Handover
pub fn by_hand(l10n: L10n, state: ChildState) -> String {
    state.handover.with(|handover| {
        let Some(Handover::Joining { transfer, .. }) = handover else { return String::new() };
        let partner = partner(&transfer.partner);
        let mut html = format!(
            "<h1 tabindex=\"-1\">{}</h1>{}",
            escape(&l10n.t_with("handover-failed-heading", &partner)),
            paragraph("", &l10n.t("handover-failed-body"))
        );
        if let Some(url) = bridgeline_web_wire::links::page_address(&transfer.page_url) {
            html += &format!(
                "<p><a class=\"call partner-page\" href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
                escape(url),
                escape(&l10n.t_with("handover-failed-link", &partner))
            );
        }
        html + &code_panel(&l10n.t("codes-your-code"), &transfer.return_code)
            + &paragraph("", &l10n.t("codes-write-down"))
            + "</section>"
    })
}
