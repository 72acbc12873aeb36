//! Handovers to partner helplines: the child's consent, handovers sent, handovers
//! received (see `crate::partners` and `docs/protocol.md`, "Handovers to partner
//! helplines").

use bridgeline_protocol::handovers::{
    ConsentAnswer, ConsentQuestion, ConsentView, HandoverConsent, HandoverStatus, HandoverSummary, IncomingHandover,
    OutgoingHandover, TranscriptLine,
};
use bridgeline_protocol::{Author, Body, ConversationId};
use sqlx::Row;

use super::{Store, StoreError, StoreResult};

/// A consent question as stored, with what a handover on it needs to check.
#[derive(Debug, Clone)]
pub struct StoredConsent {
    pub view: ConsentView,
    /// Whether a handover on it was sent and did not fail: the answer is then final.
    pub used: bool,
}

/// A handover to be recorded as sent.
#[derive(Debug, Clone)]
pub struct NewOutgoing {
    pub id: String,
    pub conversation: ConversationId,
    pub partner: String,
    pub country: String,
    pub consent_id: Option<String>,
    pub without_consent_reason: Option<String>,
    pub transcript: bool,
    pub sent_by: String,
}

/// Where a handover this helpline sent goes next, and what the partner said.
#[derive(Debug, Clone, Copy)]
pub struct StatusChange<'a> {
    pub to: HandoverStatus,
    pub decided_by: Option<&'a str>,
    pub reason: Option<&'a str>,
}

impl StatusChange<'_> {
    pub fn to(status: HandoverStatus) -> Self {
        Self { to: status, decided_by: None, reason: None }
    }
}

/// A handover a partner sent, as received.
#[derive(Debug, Clone)]
pub struct NewIncoming {
    pub id: String,
    pub partner: String,
    pub remote_id: String,
    pub language: String,
    pub country: String,
    pub summary: HandoverSummary,
    pub consent: HandoverConsent,
    pub transcript: Vec<TranscriptLine>,
    pub child_in_chat: bool,
}

/// An outgoing handover with whom to tell about it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SentHandover {
    pub view: OutgoingHandover,
    pub sent_by: String,
}

/// A handover a partner sent, with its sender's id for it.
#[derive(Debug, Clone)]
pub struct ReceivedHandover {
    pub view: IncomingHandover,
    pub remote_id: String,
}

/// What an accepted handover's token opens.
#[derive(Debug, Clone)]
pub struct Redeemed {
    pub handover: ReceivedHandover,
    pub case_id: String,
    pub accepted_by: String,
}

/// One row of the handovers report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HandoverCount {
    /// `sent` (this helpline to a partner) or `received`.
    pub direction: &'static str,
    pub country: String,
    pub total: u64,
    pub accepted: u64,
    pub declined: u64,
}

fn flag(value: bool) -> i64 {
    i64::from(value)
}

fn consent_from_row(row: &super::DbRow) -> StoreResult<StoredConsent> {
    let answer: Option<String> = row.try_get("answer")?;
    let answer = match answer {
        Some(text) => {
            Some(ConsentAnswer::parse(&text).ok_or_else(|| StoreError::Corrupt(format!("consent answer {text:?}")))?)
        }
        None => None,
    };
    Ok(StoredConsent {
        view: ConsentView {
            conversation_id: ConversationId(row.try_get("conversation_id")?),
            consent_id: row.try_get("id")?,
            partner: row.try_get("partner_name")?,
            transcript: row.try_get::<i64, _>("transcript_asked")? != 0,
            asked_at: row.try_get("asked_at")?,
            answer,
            answered_at: row.try_get("answered_at")?,
        },
        used: row.try_get::<i64, _>("used")? != 0,
    })
}

const CONSENT_COLUMNS: &str = "k.id, k.conversation_id, k.partner_name, k.transcript_asked, k.asked_at, k.answer,
     k.answered_at,
     CASE WHEN EXISTS (SELECT 1 FROM handovers_out o WHERE o.consent_id = k.id AND o.status <> 'failed')
     THEN 1 ELSE 0 END AS used";

fn outgoing_from_row(row: &super::DbRow) -> StoreResult<SentHandover> {
    let status: String = row.try_get("status")?;
    Ok(SentHandover {
        view: OutgoingHandover {
            handover_id: row.try_get("id")?,
            conversation_id: ConversationId(row.try_get("conversation_id")?),
            partner: row.try_get("partner_name")?,
            sent_at: row.try_get("sent_at")?,
            status: HandoverStatus::parse(&status)
                .ok_or_else(|| StoreError::Corrupt(format!("handover status {status:?}")))?,
            transcript: row.try_get::<i64, _>("transcript_sent")? != 0,
            without_consent: row.try_get::<Option<String>, _>("without_consent_reason")?.is_some(),
            decided_by: row.try_get("decided_by")?,
            reason: row.try_get("reason")?,
        },
        sent_by: row.try_get("sent_by")?,
    })
}

const OUTGOING_COLUMNS: &str = "id, conversation_id, partner_name, sent_at, status, transcript_sent,
     without_consent_reason, decided_by, reason, sent_by";

fn incoming_from_row(row: &super::DbRow) -> StoreResult<ReceivedHandover> {
    let json = |column: &str| -> StoreResult<String> { Ok(row.try_get::<String, _>(column)?) };
    let corrupt = |what: &str| StoreError::Corrupt(format!("handover {what}"));
    let transcript: Option<String> = row.try_get("transcript")?;
    Ok(ReceivedHandover {
        view: IncomingHandover {
            handover_id: row.try_get("id")?,
            partner: row.try_get("partner_name")?,
            received_at: row.try_get("received_at")?,
            language: row.try_get("language")?,
            summary: serde_json::from_str(&json("summary")?).map_err(|_| corrupt("summary"))?,
            consent: serde_json::from_str(&json("consent")?).map_err(|_| corrupt("consent"))?,
            transcript: match transcript {
                Some(text) => serde_json::from_str(&text).map_err(|_| corrupt("transcript"))?,
                None => Vec::new(),
            },
            child_in_chat: row.try_get::<i64, _>("child_in_chat")? != 0,
        },
        remote_id: row.try_get("remote_id")?,
    })
}

const INCOMING_COLUMNS: &str =
    "id, partner_name, remote_id, received_at, language, summary, consent, transcript, child_in_chat";

impl Store {
    /// Records a consent question put to the child.
    pub async fn ask_consent(&self, question: &ConsentView, language: &str, asked_by: &str) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO handover_consents
                 (id, conversation_id, partner_name, transcript_asked, language, asked_by, asked_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&question.consent_id)
        .bind(&question.conversation_id.0)
        .bind(&question.partner)
        .bind(flag(question.transcript))
        .bind(language)
        .bind(asked_by)
        .bind(question.asked_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records the child's answer to a question of this conversation, unless a handover
    /// was already sent on it (then the answer is final). The question as it stands
    /// now; `None` when the conversation has no such open question.
    pub async fn answer_consent(
        &self,
        conversation: &ConversationId,
        consent_id: &str,
        answer: ConsentAnswer,
        now: i64,
    ) -> StoreResult<Option<ConsentView>> {
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE handover_consents SET answer = $1, answered_at = $2
             WHERE id = $3 AND conversation_id = $4
               AND NOT EXISTS (SELECT 1 FROM handovers_out o WHERE o.consent_id = $3 AND o.status <> 'failed')",
        )
        .bind(answer.as_str())
        .bind(now)
        .bind(consent_id)
        .bind(&conversation.0)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Ok(None);
        }
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CONSENT_COLUMNS} FROM handover_consents k WHERE k.id = $1"
        )))
        .bind(consent_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(consent_from_row(&row)?.view))
    }

    pub async fn consent(&self, consent_id: &str) -> StoreResult<Option<StoredConsent>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CONSENT_COLUMNS} FROM handover_consents k WHERE k.id = $1"
        )))
        .bind(consent_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(consent_from_row).transpose()
    }

    /// Each live chat's newest consent question the child has not answered, as the
    /// child's page is asked it (with the partner's countries), for the hub at start.
    pub async fn open_consent_questions(&self) -> StoreResult<Vec<(ConversationId, ConsentQuestion)>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CONSENT_COLUMNS}, p.countries FROM handover_consents k
             JOIN conversations c ON c.id = k.conversation_id
             LEFT JOIN partners p ON p.name = k.partner_name
             WHERE k.answer IS NULL AND c.state <> 'ended' ORDER BY k.asked_at, k.id"
        )))
        .fetch_all(self.pool())
        .await?;
        let mut newest = std::collections::HashMap::new();
        for row in &rows {
            let view = consent_from_row(row)?.view;
            let countries: Option<String> = row.try_get("countries")?;
            let question = ConsentQuestion {
                consent_id: view.consent_id,
                partner: view.partner,
                countries: countries.map(|list| super::split_list(&list)).unwrap_or_default(),
                transcript: view.transcript,
            };
            newest.insert(view.conversation_id, question);
        }
        Ok(newest.into_iter().collect())
    }

    /// The chat's text as a partner reads it: the child's and the counsellor's
    /// messages, canned answers as the child read them, referrals by name; system
    /// notices are left out (they are rendered per reader and say nothing of the child).
    pub async fn transcript(&self, conversation: &ConversationId) -> StoreResult<Vec<TranscriptLine>> {
        Ok(self
            .messages_after(conversation, 0)
            .await?
            .into_iter()
            .filter_map(|message| {
                let text = match message.body {
                    Body::Text { text } | Body::Canned { text, .. } => text,
                    Body::Referral(card) => card.name,
                    Body::System(_) => return None,
                };
                (message.author != Author::System).then_some(TranscriptLine {
                    author: message.author,
                    text,
                    sent_at: message.sent_at,
                })
            })
            .collect())
    }

    /// A chat's consent questions and the handovers sent from it, oldest first (for a
    /// console that reconnects).
    pub async fn handovers_of_chat(
        &self,
        conversation: &ConversationId,
    ) -> StoreResult<(Vec<ConsentView>, Vec<OutgoingHandover>)> {
        let consents = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CONSENT_COLUMNS} FROM handover_consents k WHERE k.conversation_id = $1 ORDER BY k.asked_at, k.id"
        )))
        .bind(&conversation.0)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| consent_from_row(row).map(|consent| consent.view))
        .collect::<StoreResult<Vec<_>>>()?;
        let sent = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {OUTGOING_COLUMNS} FROM handovers_out WHERE conversation_id = $1 ORDER BY sent_at, id"
        )))
        .bind(&conversation.0)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| outgoing_from_row(row).map(|sent| sent.view))
        .collect::<StoreResult<Vec<_>>>()?;
        Ok((consents, sent))
    }

    /// Records a handover as being sent.
    pub async fn record_outgoing(&self, handover: &NewOutgoing, now: i64) -> StoreResult<SentHandover> {
        sqlx::query(
            "INSERT INTO handovers_out (id, conversation_id, partner_name, country, consent_id,
                 without_consent_reason, transcript_sent, sent_by, sent_at, status, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'sending', $9)",
        )
        .bind(&handover.id)
        .bind(&handover.conversation.0)
        .bind(&handover.partner)
        .bind(&handover.country)
        .bind(&handover.consent_id)
        .bind(&handover.without_consent_reason)
        .bind(flag(handover.transcript))
        .bind(&handover.sent_by)
        .bind(now)
        .execute(self.pool())
        .await?;
        self.outgoing(&handover.id).await?.ok_or_else(|| StoreError::Corrupt("a handover just stored".into()))
    }

    pub async fn outgoing(&self, id: &str) -> StoreResult<Option<SentHandover>> {
        let row =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {OUTGOING_COLUMNS} FROM handovers_out WHERE id = $1")))
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.as_ref().map(outgoing_from_row).transpose()
    }

    /// Moves a handover this helpline sent to `change.to`, if it is in one of `from`
    /// and, when `partner` is given, was sent to that partner. The handover as it
    /// stands after; `None` when no such handover is in such a status.
    pub async fn move_outgoing(
        &self,
        id: &str,
        partner: Option<&str>,
        from: &[HandoverStatus],
        change: StatusChange<'_>,
        now: i64,
    ) -> StoreResult<Option<SentHandover>> {
        let StatusChange { to: status, decided_by, reason } = change;
        let placeholders: Vec<String> = (0..from.len()).map(|index| format!("${}", index + 7)).collect();
        let sql = format!(
            "UPDATE handovers_out SET status = $1, decided_by = COALESCE($2, decided_by),
                 reason = COALESCE($3, reason), updated_at = $4
             WHERE id = $5 AND ($6 IS NULL OR partner_name = $6) AND status IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(status.as_str())
            .bind(decided_by)
            .bind(reason)
            .bind(now)
            .bind(id)
            .bind(partner);
        for from in from {
            query = query.bind(from.as_str());
        }
        if query.execute(self.pool()).await?.rows_affected() == 0 {
            return Ok(None);
        }
        self.outgoing(id).await
    }

    /// Stores a handover a partner sent; `false` when this partner sent one with this
    /// id before (a retry: nothing changes).
    pub async fn record_incoming(&self, handover: &NewIncoming, now: i64) -> StoreResult<bool> {
        let transcript = (!handover.transcript.is_empty()).then(|| to_json(&handover.transcript));
        let stored = sqlx::query(
            "INSERT INTO handovers_in (id, partner_name, remote_id, language, country, summary, consent,
                 transcript, child_in_chat, received_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'delivered')
             ON CONFLICT (partner_name, remote_id) DO NOTHING",
        )
        .bind(&handover.id)
        .bind(&handover.partner)
        .bind(&handover.remote_id)
        .bind(&handover.language)
        .bind(&handover.country)
        .bind(to_json(&handover.summary))
        .bind(to_json(&handover.consent))
        .bind(transcript)
        .bind(flag(handover.child_in_chat))
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(stored.rows_affected() == 1)
    }

    /// Handovers partners sent that nobody answered yet, oldest first.
    pub async fn waiting_incoming(&self) -> StoreResult<Vec<IncomingHandover>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {INCOMING_COLUMNS} FROM handovers_in WHERE status = 'delivered' ORDER BY received_at, id"
        )))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| incoming_from_row(row).map(|received| received.view)).collect()
    }

    pub async fn incoming(&self, id: &str) -> StoreResult<Option<ReceivedHandover>> {
        let row =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {INCOMING_COLUMNS} FROM handovers_in WHERE id = $1")))
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.as_ref().map(incoming_from_row).transpose()
    }

    /// Declines a waiting handover; `None` when it is no longer waiting.
    pub async fn decline_incoming(
        &self,
        id: &str,
        staff_id: &str,
        reason: &str,
        now: i64,
    ) -> StoreResult<Option<ReceivedHandover>> {
        let declined = sqlx::query(
            "UPDATE handovers_in SET status = 'declined', decided_by = $1, decided_at = $2, reason = $3
             WHERE id = $4 AND status = 'delivered'",
        )
        .bind(staff_id)
        .bind(now)
        .bind(reason)
        .bind(id)
        .execute(self.pool())
        .await?;
        if declined.rows_affected() == 0 {
            return Ok(None);
        }
        self.incoming(id).await
    }

    /// Accepts a waiting handover: opens the case the child's return code here opens
    /// (`code_hash`) and keeps the hash of the one-time token their page joins with
    /// until `token_expires_at`. `None` when it is no longer waiting.
    #[allow(clippy::too_many_arguments)]
    pub async fn accept_incoming(
        &self,
        id: &str,
        staff_id: &str,
        case_id: &str,
        code_hash: &str,
        token_hash: &str,
        token_expires_at: i64,
        now: i64,
    ) -> StoreResult<Option<ReceivedHandover>> {
        let mut tx = self.begin_write().await?;
        let accepted = sqlx::query(
            "UPDATE handovers_in SET status = 'accepted', decided_by = $1, decided_at = $2, case_id = $3,
                 token_hash = $4, token_expires_at = $5
             WHERE id = $6 AND status = 'delivered'",
        )
        .bind(staff_id)
        .bind(now)
        .bind(case_id)
        .bind(token_hash)
        .bind(token_expires_at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if accepted.rows_affected() == 0 {
            return Ok(None);
        }
        sqlx::query("INSERT INTO cases (id, code_hash, created_at, last_used_at) VALUES ($1, $2, $3, $3)")
            .bind(case_id)
            .bind(code_hash)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.incoming(id).await
    }

    /// Uses a join token once: what it opens, if it is known, unused and not expired.
    pub async fn redeem_handover_token(&self, token_hash: &str, now: i64) -> StoreResult<Option<Redeemed>> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, case_id, decided_by FROM handovers_in
             WHERE token_hash = $1 AND token_expires_at > $2 AND status = 'accepted'",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("id")?;
        let case_id: Option<String> = row.try_get("case_id")?;
        let accepted_by: Option<String> = row.try_get("decided_by")?;
        sqlx::query("UPDATE handovers_in SET token_hash = NULL, token_expires_at = NULL WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        let (Some(case_id), Some(accepted_by)) = (case_id, accepted_by) else { return Ok(None) };
        Ok(self.incoming(&id).await?.map(|handover| Redeemed { handover, case_id, accepted_by }))
    }

    /// The child joined with the token: the handover is done, in this chat.
    pub async fn incoming_joined(&self, id: &str, conversation: &ConversationId) -> StoreResult<()> {
        sqlx::query("UPDATE handovers_in SET status = 'transferred', conversation_id = $1 WHERE id = $2")
            .bind(&conversation.0)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The handover a conversation came with (joined with its token, or started in
    /// its case with the return code), for the counsellor who holds it.
    pub async fn handover_of(&self, conversation: &ConversationId) -> StoreResult<Option<IncomingHandover>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {INCOMING_COLUMNS} FROM handovers_in
             WHERE (conversation_id = $1 OR case_id = (SELECT case_id FROM conversations WHERE id = $1))
               AND summary <> 'null'
             ORDER BY received_at DESC LIMIT 1"
        )))
        .bind(&conversation.0)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(incoming_from_row).transpose()?.map(|received| received.view))
    }

    /// Handovers sent and received in `[from, to)`, counted per direction and country.
    pub async fn handover_counts(&self, from: i64, to: i64) -> StoreResult<Vec<HandoverCount>> {
        let mut counts = Vec::new();
        for (direction, sql) in [
            (
                "sent",
                "SELECT country, COUNT(*) AS total,
                     SUM(CASE WHEN status IN ('accepted', 'transferred') THEN 1 ELSE 0 END) AS accepted,
                     SUM(CASE WHEN status = 'declined' THEN 1 ELSE 0 END) AS declined
                 FROM handovers_out WHERE sent_at >= $1 AND sent_at < $2 AND status NOT IN ('failed', 'sending')
                 GROUP BY country ORDER BY country",
            ),
            (
                "received",
                "SELECT country, COUNT(*) AS total,
                     SUM(CASE WHEN status IN ('accepted', 'transferred') THEN 1 ELSE 0 END) AS accepted,
                     SUM(CASE WHEN status = 'declined' THEN 1 ELSE 0 END) AS declined
                 FROM handovers_in WHERE received_at >= $1 AND received_at < $2
                 GROUP BY country ORDER BY country",
            ),
        ] {
            let rows = sqlx::query(sql).bind(from).bind(to).fetch_all(self.pool()).await?;
            for row in &rows {
                counts.push(HandoverCount {
                    direction,
                    country: row.try_get("country")?,
                    total: super::non_negative(row.try_get("total")?, "a count")?,
                    accepted: super::non_negative(row.try_get("accepted")?, "a count")?,
                    declined: super::non_negative(row.try_get("declined")?, "a count")?,
                });
            }
        }
        Ok(counts)
    }
}

/// A stored JSON column. These types hold only strings, numbers and lists, which
/// always serialise; `null` would be refused when read back, never silently taken.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}
