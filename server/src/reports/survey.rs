//! The survey after a chat in the history reports, as pure logic: which week an answer
//! counts in, and the week's counts per language put on the report's rows.
//!
//! Surveys are counted by week and language only (that is all the database keeps, see
//! `migrations/0013_survey.sql`), so only a report by week and by language carries
//! them; in other reports each row's `survey` is absent. A week counts whole: every
//! week that overlaps the report's range is in it, even where the range cuts it.

use bridgeline_protocol::{SurveyAnswer, SurveyAnswers, SurveyQuestion};

use super::{date, period_start, GroupBy, Period, Row};

/// How many children gave each answer to one question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct AnswerCounts {
    pub yes: u32,
    pub not_sure: u32,
    pub no: u32,
}

impl AnswerCounts {
    pub fn get(&self, answer: SurveyAnswer) -> u32 {
        match answer {
            SurveyAnswer::Yes => self.yes,
            SurveyAnswer::NotSure => self.not_sure,
            SurveyAnswer::No => self.no,
        }
    }

    fn slot(&mut self, answer: SurveyAnswer) -> &mut u32 {
        match answer {
            SurveyAnswer::Yes => &mut self.yes,
            SurveyAnswer::NotSure => &mut self.not_sure,
            SurveyAnswer::No => &mut self.no,
        }
    }
}

/// One week's surveys in one language: how many were answered, and each question's
/// answers (a question may be left out, so its counts may add up to fewer).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SurveyTally {
    pub responses: u32,
    pub listened: AnswerCounts,
    pub next_steps: AnswerCounts,
    pub come_back: AnswerCounts,
}

impl SurveyTally {
    pub fn question(&self, question: SurveyQuestion) -> &AnswerCounts {
        match question {
            SurveyQuestion::Listened => &self.listened,
            SurveyQuestion::NextSteps => &self.next_steps,
            SurveyQuestion::ComeBack => &self.come_back,
        }
    }

    /// Sets how many children gave `answer` to `question` (as the store reads it).
    pub fn set(&mut self, question: SurveyQuestion, answer: SurveyAnswer, count: u32) {
        let counts = match question {
            SurveyQuestion::Listened => &mut self.listened,
            SurveyQuestion::NextSteps => &mut self.next_steps,
            SurveyQuestion::ComeBack => &mut self.come_back,
        };
        *counts.slot(answer) = count;
    }

    /// Counts one survey, as the store's one statement does.
    pub fn add(&mut self, answers: &SurveyAnswers) {
        self.responses += 1;
        for (question, answer) in answers.answered() {
            let count = self.question(question).get(answer) + 1;
            self.set(question, answer, count);
        }
    }
}

/// A week's tally in one language, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyWeek {
    /// The week's first day (a Monday), `YYYY-MM-DD`.
    pub week: String,
    pub language: String,
    pub tally: SurveyTally,
}

/// The week a survey answered at `at` counts in: its Monday, `YYYY-MM-DD`, at the
/// helpline's offset. Only the week is kept, never the time.
pub fn week_of(at: i64, utc_offset_minutes: i64) -> String {
    date(period_start(at, Period::Week, utc_offset_minutes) + utc_offset_minutes * 60_000)
}

/// The weeks a report from `from` to `last` (local midnights of its first and last
/// days) covers: the first's and the last's Mondays, `YYYY-MM-DD`, both included.
pub fn weeks_covered(from: i64, last: i64, utc_offset_minutes: i64) -> (String, String) {
    (week_of(from, utc_offset_minutes), week_of(last, utc_offset_minutes))
}

/// The column names the CSV adds for surveys, in order.
pub fn csv_header() -> String {
    let mut header = String::from("survey_responses");
    for question in SurveyQuestion::ALL {
        for answer in SurveyAnswer::ALL {
            header.push_str(&format!(",survey_{}_{}", question.as_str(), answer.as_str()));
        }
    }
    header
}

/// A row's survey columns: the counts, or empty fields where the report has none.
pub fn csv_fields(tally: Option<&SurveyTally>) -> String {
    let Some(tally) = tally else {
        return ",".repeat(SurveyQuestion::ALL.len() * SurveyAnswer::ALL.len());
    };
    let mut fields = tally.responses.to_string();
    for question in SurveyQuestion::ALL {
        for answer in SurveyAnswer::ALL {
            fields.push_str(&format!(",{}", tally.question(question).get(answer)));
        }
    }
    fields
}

/// Puts each week's survey tallies on the report's rows (by week and language only):
/// on the row of that week and language, or on a row of its own where no contact came
/// that week in that language (a chat that started on a Sunday, rated on Monday).
/// Every row of such a report then has a tally, zero where nobody answered.
pub fn merge(rows: &mut Vec<Row>, weeks: &[SurveyWeek], period: Period, group_by: GroupBy) {
    if (period, group_by) != (Period::Week, GroupBy::Language) {
        return;
    }
    for row in rows.iter_mut() {
        row.survey = Some(SurveyTally::default());
    }
    for week in weeks {
        match rows.iter_mut().find(|row| row.period == week.week && row.group == week.language) {
            Some(row) => row.survey = Some(week.tally),
            None => rows.push(Row {
                period: week.week.clone(),
                group: week.language.clone(),
                survey: Some(week.tally),
                ..Row::default()
            }),
        }
    }
    rows.sort_by(|a, b| (&a.period, &a.group).cmp(&(&b.period, &b.group)));
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 60 * 60 * 1000;
    /// Wednesday 2026-11-25 00:00 UTC.
    const WEDNESDAY: i64 = 1_795_564_800_000;

    fn answers(listened: Option<SurveyAnswer>, come_back: Option<SurveyAnswer>) -> SurveyAnswers {
        SurveyAnswers { listened, next_steps: None, come_back }
    }

    #[test]
    fn a_survey_counts_in_its_monday_s_week_at_the_offset() {
        assert_eq!(week_of(WEDNESDAY, 0), "2026-11-23");
        assert_eq!(week_of(WEDNESDAY - 2 * DAY, 0), "2026-11-23");
        // Sunday 23:30 UTC is already Monday at UTC+1.
        let late_sunday = WEDNESDAY - 2 * DAY - 30 * 60_000;
        assert_eq!(week_of(late_sunday, 0), "2026-11-16");
        assert_eq!(week_of(late_sunday, 60), "2026-11-23");
        assert_eq!(weeks_covered(WEDNESDAY, WEDNESDAY + 6 * DAY, 0), ("2026-11-23".into(), "2026-11-30".into()));
    }

    #[test]
    fn tallies_count_each_answer_and_each_response() {
        let mut tally = SurveyTally::default();
        tally.add(&answers(Some(SurveyAnswer::Yes), Some(SurveyAnswer::No)));
        tally.add(&answers(Some(SurveyAnswer::Yes), None));
        tally.add(&answers(None, Some(SurveyAnswer::NotSure)));
        assert_eq!(tally.responses, 3);
        assert_eq!(tally.listened, AnswerCounts { yes: 2, not_sure: 0, no: 0 });
        assert_eq!(tally.next_steps, AnswerCounts::default());
        assert_eq!(tally.come_back, AnswerCounts { yes: 0, not_sure: 1, no: 1 });
        assert_eq!(
            csv_header(),
            "survey_responses,survey_listened_yes,survey_listened_not_sure,survey_listened_no,\
survey_next_steps_yes,survey_next_steps_not_sure,survey_next_steps_no,\
survey_come_back_yes,survey_come_back_not_sure,survey_come_back_no"
        );
        assert_eq!(csv_fields(Some(&tally)), "3,2,0,0,0,0,0,0,1,1");
        assert_eq!(csv_fields(None), ",,,,,,,,,");
    }

    #[test]
    fn only_reports_by_week_and_language_carry_surveys_on_every_row() {
        let row = |period: &str, group: &str| Row { period: period.into(), group: group.into(), ..Row::default() };
        let mut tally = SurveyTally::default();
        tally.add(&answers(Some(SurveyAnswer::No), None));
        let weeks = [
            SurveyWeek { week: "2026-11-23".into(), language: "ar".into(), tally },
            SurveyWeek { week: "2026-11-23".into(), language: "ti".into(), tally },
        ];
        let mut rows = vec![row("2026-11-23", "ar"), row("2026-11-23", "fa")];
        merge(&mut rows, &weeks, Period::Week, GroupBy::Language);
        let seen: Vec<(&str, Option<u32>)> =
            rows.iter().map(|row| (row.group.as_str(), row.survey.map(|survey| survey.listened.no))).collect();
        assert_eq!(seen, [("ar", Some(1)), ("fa", Some(0)), ("ti", Some(1))]);
        assert_eq!(rows[2].contacts, 0, "a row of its own for a week with surveys and no contacts");

        for (period, group_by) in [(Period::Day, GroupBy::Language), (Period::Week, GroupBy::Category)] {
            let mut rows = vec![row("2026-11-23", "ar")];
            merge(&mut rows, &weeks, period, group_by);
            assert_eq!(rows, [row("2026-11-23", "ar")], "{period:?} by {group_by:?}");
        }
    }
}
