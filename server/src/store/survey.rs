//! The survey after a chat, counted anonymously: one row per week and language in
//! `survey_counts` (see `migrations/0013_survey.sql`), and a flag on the conversation
//! so that its survey counts once. No row ties an answer to a conversation.

use bridgeline_protocol::{ConversationId, SurveyAnswer, SurveyAnswers, SurveyQuestion};
use sqlx::Row;

use super::{Store, StoreError, StoreResult};
use crate::reports::survey::{SurveyTally, SurveyWeek};

/// What became of a survey the child sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyOutcome {
    /// Added to the week's counts for the conversation's language.
    Counted,
    /// The conversation's survey was answered before; nothing changed.
    AlreadyAnswered,
    /// The conversation has not ended (or does not exist); nothing changed.
    NotEnded,
}

/// Adds one survey to its week's row (creating it), each answer column by 0 or 1.
/// The columns are in [`SurveyQuestion::ALL`] × [`SurveyAnswer::ALL`] order.
const ADD: &str = "INSERT INTO survey_counts (week, language, responses, \
     listened_yes, listened_not_sure, listened_no, next_steps_yes, next_steps_not_sure, next_steps_no, \
     come_back_yes, come_back_not_sure, come_back_no) \
 VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
 ON CONFLICT (week, language) DO UPDATE SET responses = survey_counts.responses + 1, \
     listened_yes = survey_counts.listened_yes + excluded.listened_yes, \
     listened_not_sure = survey_counts.listened_not_sure + excluded.listened_not_sure, \
     listened_no = survey_counts.listened_no + excluded.listened_no, \
     next_steps_yes = survey_counts.next_steps_yes + excluded.next_steps_yes, \
     next_steps_not_sure = survey_counts.next_steps_not_sure + excluded.next_steps_not_sure, \
     next_steps_no = survey_counts.next_steps_no + excluded.next_steps_no, \
     come_back_yes = survey_counts.come_back_yes + excluded.come_back_yes, \
     come_back_not_sure = survey_counts.come_back_not_sure + excluded.come_back_not_sure, \
     come_back_no = survey_counts.come_back_no + excluded.come_back_no";

impl Store {
    /// Counts an ended conversation's survey in `week` (its first day, `YYYY-MM-DD`)
    /// under the conversation's language, and marks the conversation as answered: both
    /// in one transaction, so a survey counts exactly once.
    pub async fn answer_survey(
        &self,
        id: &ConversationId,
        week: &str,
        answers: &SurveyAnswers,
    ) -> StoreResult<SurveyOutcome> {
        let mut tx = self.begin_write().await?;
        let language: Option<String> = sqlx::query_scalar(
            "UPDATE conversations SET survey_answered = 1
             WHERE id = $1 AND state = 'ended' AND survey_answered = 0 RETURNING language",
        )
        .bind(&id.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(language) = language else {
            let answered: Option<i64> = sqlx::query_scalar("SELECT survey_answered FROM conversations WHERE id = $1")
                .bind(&id.0)
                .fetch_optional(&mut *tx)
                .await?;
            return Ok(if answered == Some(1) { SurveyOutcome::AlreadyAnswered } else { SurveyOutcome::NotEnded });
        };
        let mut query = sqlx::query(ADD).bind(week).bind(language);
        for question in SurveyQuestion::ALL {
            for answer in SurveyAnswer::ALL {
                query = query.bind(i64::from(answers.get(question) == Some(answer)));
            }
        }
        query.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(SurveyOutcome::Counted)
    }

    /// The counts of the weeks from `first_week` to `last_week` (both `YYYY-MM-DD`,
    /// included), by week then language.
    pub async fn survey_weeks(&self, first_week: &str, last_week: &str) -> StoreResult<Vec<SurveyWeek>> {
        let rows = sqlx::query(
            "SELECT week, language, responses, listened_yes, listened_not_sure, listened_no, \
             next_steps_yes, next_steps_not_sure, next_steps_no, come_back_yes, come_back_not_sure, come_back_no \
             FROM survey_counts WHERE week >= $1 AND week <= $2 ORDER BY week, language",
        )
        .bind(first_week)
        .bind(last_week)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let week: String = row.try_get("week")?;
                let count = |column: &str| -> StoreResult<u32> {
                    let value: i64 = row.try_get(column)?;
                    u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("survey count {value} in {week}")))
                };
                let mut tally = SurveyTally { responses: count("responses")?, ..SurveyTally::default() };
                for question in SurveyQuestion::ALL {
                    for answer in SurveyAnswer::ALL {
                        tally.set(question, answer, count(&format!("{}_{}", question.as_str(), answer.as_str()))?);
                    }
                }
                Ok(SurveyWeek { language: row.try_get("language")?, tally, week })
            })
            .collect()
    }
}
