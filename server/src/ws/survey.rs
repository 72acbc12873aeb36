//! `survey` on the child socket: the child's answers after the chat, counted at once in
//! the week's anonymous tallies (see `crate::store::survey`). Handled by the socket
//! itself, not the hub: it concerns a chat that has ended, which the hub no longer
//! holds, and a database write has no business on the hub's one task.

use bridgeline_protocol::{ConversationId, ErrorCode, SurveyAnswers};

use crate::hub::RequestError;
use crate::reports::survey::week_of;
use crate::store::survey::SurveyOutcome;
use crate::store::Store;

/// Counts the survey of `conversation`, answered at `now`, once: refused before the
/// end, a second time, or with no answer at all (skipping sends nothing).
pub async fn answer(
    store: &Store,
    conversation: &ConversationId,
    answers: &SurveyAnswers,
    utc_offset_minutes: i64,
    now: i64,
) -> Result<(), RequestError> {
    if answers.is_empty() {
        return Err(RequestError::refused(
            ErrorCode::InvalidField,
            "answers: answer at least one question (to skip the survey, send nothing)",
        ));
    }
    match store.answer_survey(conversation, &week_of(now, utc_offset_minutes), answers).await? {
        SurveyOutcome::Counted => Ok(()),
        SurveyOutcome::AlreadyAnswered => {
            Err(RequestError::refused(ErrorCode::AlreadyAnswered, "this conversation's survey was already answered"))
        }
        SurveyOutcome::NotEnded => {
            Err(RequestError::refused(ErrorCode::NotEnded, "the survey comes after the conversation has ended"))
        }
    }
}
