//! Abusive contacts, the durable half: reports and their decisions (staff records), and
//! while a report waits or its block lasts, the hash of the browser's pause token. Each
//! change is written in one transaction with its audit line. Address marks are never
//! here (see `crate::blocks`).

use bridgeline_protocol::blocks::{AbuseReport, BlocksView};
use bridgeline_protocol::{Author, ConversationId};
use sqlx::Row;

use super::conversations::end_in;
use super::messages::Appended;
use super::{Store, StoreError, StoreResult};
use crate::blocks::{Ended, Stage};

/// A chat ended as abusive: the report and the audit line written with the end.
#[derive(Debug, Clone)]
pub struct NewReport<'a> {
    pub id: &'a str,
    pub conversation: &'a ConversationId,
    pub staff_id: &'a str,
    pub reason: &'a str,
    /// SHA-256 of the pause token sent to the browser; `None` when no page was open.
    pub token_hash: Option<&'a str>,
    pub now: i64,
    /// When the report lapses if nobody decides.
    pub lapses_at: i64,
    pub audit_id: &'a str,
}

/// A pending report or block in force, as the hub reloads it after a restart.
#[derive(Debug, Clone)]
pub struct OpenBlock {
    pub report_id: String,
    pub token_hash: Option<String>,
    pub stage: Stage,
    pub ends_at: i64,
}

/// A coordinator's decision on a report, with its audit line.
#[derive(Debug, Clone)]
pub struct Decision<'a> {
    pub report_id: &'a str,
    pub staff_id: &'a str,
    pub now: i64,
    pub audit_id: &'a str,
}

fn parse_stage(text: &str) -> StoreResult<Stage> {
    match text {
        "pending" => Ok(Stage::Pending),
        "blocked" => Ok(Stage::Blocked),
        other => Err(StoreError::Corrupt(format!("unknown block stage {other:?}"))),
    }
}

/// One audit line inside a transaction; `staff_id` is `None` for what Bridgeline
/// itself does (a block running out).
async fn audit_in(
    connection: &mut super::DbConnection,
    id: &str,
    staff_id: Option<&str>,
    action: &str,
    report_id: &str,
    detail: &str,
    now: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, staff_id, action, conversation_id, detail)
         SELECT $1, $2, $3, $4, conversation_id, $5 FROM abuse_reports WHERE id = $6",
    )
    .bind(id)
    .bind(now)
    .bind(staff_id)
    .bind(action)
    .bind(detail)
    .bind(report_id)
    .execute(&mut *connection)
    .await?;
    Ok(())
}

impl Store {
    /// Ends a live conversation as abusive: the end and its notice (the child reads
    /// that the counsellor ended it), the pending report, the token hash, and the audit
    /// line, in one transaction.
    pub async fn end_as_abusive(&self, report: &NewReport<'_>) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        let appended = end_in(&mut tx, report.conversation, Author::Counsellor, report.now).await?;
        sqlx::query(
            "INSERT INTO abuse_reports (id, conversation_id, reported_by, reason, reported_at, status)
             VALUES ($1, $2, $3, $4, $5, 'pending')",
        )
        .bind(report.id)
        .bind(&report.conversation.0)
        .bind(report.staff_id)
        .bind(report.reason)
        .bind(report.now)
        .execute(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO blocks (report_id, token_hash, stage, ends_at) VALUES ($1, $2, 'pending', $3)")
            .bind(report.id)
            .bind(report.token_hash)
            .bind(report.lapses_at)
            .execute(&mut *tx)
            .await?;
        let detail = format!("report {}", report.id);
        audit_in(&mut tx, report.audit_id, Some(report.staff_id), "report_abuse", report.id, &detail, report.now)
            .await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Confirms a pending report: its block lasts until `until`. False when the report
    /// is not pending (decided by someone else, or lapsed).
    pub async fn confirm_report(&self, decision: &Decision<'_>, until: i64) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        if !decide_in(&mut tx, decision, "pending", "confirmed").await? {
            return Ok(false);
        }
        sqlx::query("UPDATE blocks SET stage = 'blocked', ends_at = $1 WHERE report_id = $2")
            .bind(until)
            .bind(decision.report_id)
            .execute(&mut *tx)
            .await?;
        let detail = format!("report {}; blocked until {until}", decision.report_id);
        let Decision { report_id, staff_id, now, audit_id } = *decision;
        audit_in(&mut tx, audit_id, Some(staff_id), "confirm_block", report_id, &detail, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Rejects a pending report: its token hash is deleted. False when it is not pending.
    pub async fn reject_report(&self, decision: &Decision<'_>) -> StoreResult<bool> {
        self.close_report(decision, "pending", "rejected", "reject_report").await
    }

    /// Lifts a block in force: its token hash is deleted. False when none is in force.
    pub async fn lift_block(&self, decision: &Decision<'_>) -> StoreResult<bool> {
        self.close_report(decision, "confirmed", "lifted", "lift_block").await
    }

    async fn close_report(&self, decision: &Decision<'_>, from: &str, to: &str, action: &str) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let open = sqlx::query("SELECT 1 FROM blocks WHERE report_id = $1")
            .bind(decision.report_id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if !open || !decide_in(&mut tx, decision, from, to).await? {
            return Ok(false);
        }
        sqlx::query("DELETE FROM blocks WHERE report_id = $1").bind(decision.report_id).execute(&mut *tx).await?;
        let detail = format!("report {}", decision.report_id);
        let Decision { report_id, staff_id, now, audit_id } = *decision;
        audit_in(&mut tx, audit_id, Some(staff_id), action, report_id, &detail, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Deletes what recognised the browsers of reports that lapsed and blocks that ran
    /// out, marks the lapsed reports, and writes one audit line each (by Bridgeline).
    /// `audit_ids` gives one fresh id per ended entry.
    pub async fn end_blocks(&self, ended: &[Ended], audit_ids: &[String], now: i64) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        for (gone, audit_id) in ended.iter().zip(audit_ids) {
            sqlx::query("DELETE FROM blocks WHERE report_id = $1").bind(&gone.report_id).execute(&mut *tx).await?;
            let action = match gone.stage {
                Stage::Pending => {
                    sqlx::query("UPDATE abuse_reports SET status = 'lapsed' WHERE id = $1 AND status = 'pending'")
                        .bind(&gone.report_id)
                        .execute(&mut *tx)
                        .await?;
                    "report_lapsed"
                }
                Stage::Blocked => "block_ended",
            };
            let detail = format!("report {}", gone.report_id);
            audit_in(&mut tx, audit_id, None, action, &gone.report_id, &detail, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every pending report and block still stored, to reload after a restart.
    pub async fn open_blocks(&self) -> StoreResult<Vec<OpenBlock>> {
        let rows =
            sqlx::query("SELECT report_id, token_hash, stage, ends_at FROM blocks").fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                Ok(OpenBlock {
                    report_id: row.try_get("report_id")?,
                    token_hash: row.try_get("token_hash")?,
                    stage: parse_stage(&row.try_get::<String, _>("stage")?)?,
                    ends_at: row.try_get("ends_at")?,
                })
            })
            .collect()
    }

    /// Pending reports and blocks as coordinators see them; `by_address` is left false
    /// for the caller, who holds the address marks, to fill in.
    pub async fn blocks_view(&self) -> StoreResult<BlocksView> {
        let rows = sqlx::query(
            "SELECT r.id, r.conversation_id, c.language, r.reason, reporter.display_name AS reported_by,
                    r.reported_at, b.ends_at, CASE WHEN b.token_hash IS NULL THEN 0 ELSE 1 END AS by_token, b.stage,
                    decider.display_name AS confirmed_by
             FROM blocks b
             JOIN abuse_reports r ON r.id = b.report_id
             JOIN conversations c ON c.id = r.conversation_id
             JOIN staff reporter ON reporter.id = r.reported_by
             LEFT JOIN staff decider ON decider.id = r.decided_by
             ORDER BY b.ends_at, r.id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut view = BlocksView::default();
        for row in &rows {
            let report = AbuseReport {
                report_id: row.try_get("id")?,
                conversation_id: ConversationId(row.try_get("conversation_id")?),
                language: row.try_get("language")?,
                reason: row.try_get("reason")?,
                reported_by: row.try_get("reported_by")?,
                reported_at: row.try_get("reported_at")?,
                until: row.try_get("ends_at")?,
                by_token: row.try_get::<i64, _>("by_token")? != 0,
                by_address: false,
                confirmed_by: row.try_get("confirmed_by")?,
            };
            match parse_stage(&row.try_get::<String, _>("stage")?)? {
                Stage::Pending => view.pending.push(report),
                Stage::Blocked => view.active.push(report),
            }
        }
        // Pending reports in the order they came (they all wait the same time).
        view.pending.sort_by(|a, b| (a.reported_at, &a.report_id).cmp(&(b.reported_at, &b.report_id)));
        Ok(view)
    }

    /// When each chat ended as abusive since `since` was reported, rejected ones left
    /// out: the board's count of abusive contacts.
    pub async fn abusive_contacts_since(&self, since: i64) -> StoreResult<Vec<i64>> {
        let times = sqlx::query_scalar(
            "SELECT reported_at FROM abuse_reports WHERE reported_at >= $1 AND status <> 'rejected' ORDER BY reported_at",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        Ok(times)
    }

    /// When a report was made (to take a rejected one off the board's count).
    pub async fn report_time(&self, report_id: &str) -> StoreResult<Option<i64>> {
        let time = sqlx::query_scalar("SELECT reported_at FROM abuse_reports WHERE id = $1")
            .bind(report_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(time)
    }
}

/// Moves a report from status `from` to `to`; false when it was not `from`. A
/// confirmation or rejection records who decided; a lift keeps who confirmed the block
/// (the audit log says who lifted it).
async fn decide_in(
    connection: &mut super::DbConnection,
    decision: &Decision<'_>,
    from: &str,
    to: &str,
) -> StoreResult<bool> {
    let query = if to == "lifted" {
        sqlx::query("UPDATE abuse_reports SET status = $1 WHERE id = $2 AND status = $3")
            .bind(to)
            .bind(decision.report_id)
            .bind(from)
    } else {
        sqlx::query(
            "UPDATE abuse_reports SET status = $1, decided_by = $4, decided_at = $5 WHERE id = $2 AND status = $3",
        )
        .bind(to)
        .bind(decision.report_id)
        .bind(from)
        .bind(decision.staff_id)
        .bind(decision.now)
    };
    Ok(query.execute(&mut *connection).await?.rows_affected() == 1)
}
