//! "A say afterwards": after a chat has ended, the child may answer a few optional
//! questions with one tap each (`survey` on the child socket). The answers are counted,
//! never kept one by one: the server adds them to per-language, per-week tallies that
//! hold no conversation, counsellor or time of day. See "After the chat: the survey" in
//! `docs/protocol.md`.

use serde::{Deserialize, Serialize};

/// A question of the survey; its wire name is the field of [`SurveyAnswers`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SurveyQuestion {
    /// "Did you feel listened to?"
    Listened,
    /// "Do you know what to do next?"
    NextSteps,
    /// "Would you come back?"
    ComeBack,
}

impl SurveyQuestion {
    /// Every question, in the order the child's page asks them.
    pub const ALL: [SurveyQuestion; 3] =
        [SurveyQuestion::Listened, SurveyQuestion::NextSteps, SurveyQuestion::ComeBack];

    /// The wire name (a field of `answers`), also a column prefix of the report's CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            SurveyQuestion::Listened => "listened",
            SurveyQuestion::NextSteps => "next_steps",
            SurveyQuestion::ComeBack => "come_back",
        }
    }
}

/// One tap's answer to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SurveyAnswer {
    Yes,
    NotSure,
    No,
}

impl SurveyAnswer {
    /// Every answer, in the order the child's page offers them.
    pub const ALL: [SurveyAnswer; 3] = [SurveyAnswer::Yes, SurveyAnswer::NotSure, SurveyAnswer::No];

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyAnswer::Yes => "yes",
            SurveyAnswer::NotSure => "not_sure",
            SurveyAnswer::No => "no",
        }
    }
}

/// The child's answers; each question may be left unanswered (absent). Unknown
/// questions are refused rather than ignored, so a client cannot believe it was counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listened: Option<SurveyAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<SurveyAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub come_back: Option<SurveyAnswer>,
}

impl SurveyAnswers {
    pub fn get(&self, question: SurveyQuestion) -> Option<SurveyAnswer> {
        match question {
            SurveyQuestion::Listened => self.listened,
            SurveyQuestion::NextSteps => self.next_steps,
            SurveyQuestion::ComeBack => self.come_back,
        }
    }

    pub fn set(&mut self, question: SurveyQuestion, answer: Option<SurveyAnswer>) {
        match question {
            SurveyQuestion::Listened => self.listened = answer,
            SurveyQuestion::NextSteps => self.next_steps = answer,
            SurveyQuestion::ComeBack => self.come_back = answer,
        }
    }

    /// The questions answered, with their answers, in question order.
    pub fn answered(&self) -> impl Iterator<Item = (SurveyQuestion, SurveyAnswer)> + '_ {
        SurveyQuestion::ALL.into_iter().filter_map(|question| self.get(question).map(|answer| (question, answer)))
    }

    /// Whether nothing was answered: such a survey is refused (skipping sends nothing).
    pub fn is_empty(&self) -> bool {
        self.answered().next().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_match_the_fields_and_values() {
        let mut answers = SurveyAnswers::default();
        for (question, answer) in SurveyQuestion::ALL.into_iter().zip(SurveyAnswer::ALL) {
            answers.set(question, Some(answer));
        }
        let json = serde_json::to_value(answers).expect("serialises");
        for (question, answer) in answers.answered() {
            assert_eq!(json[question.as_str()], answer.as_str());
        }
        assert_eq!(json, serde_json::json!({"listened": "yes", "next_steps": "not_sure", "come_back": "no"}));
    }

    #[test]
    fn each_question_is_optional_and_unknown_ones_are_refused() {
        let some: SurveyAnswers = serde_json::from_str(r#"{"come_back":"yes"}"#).expect("one answer");
        assert_eq!(some.answered().collect::<Vec<_>>(), [(SurveyQuestion::ComeBack, SurveyAnswer::Yes)]);
        assert!(!some.is_empty());
        assert!(serde_json::from_str::<SurveyAnswers>("{}").expect("none").is_empty());
        assert_eq!(serde_json::to_string(&SurveyAnswers::default()).expect("serialises"), "{}");
        for bad in [r#"{"fun":"yes"}"#, r#"{"listened":"maybe"}"#, r#"{"listened":true}"#, r#""yes""#] {
            assert!(serde_json::from_str::<SurveyAnswers>(bad).is_err(), "{bad}");
        }
    }
}
