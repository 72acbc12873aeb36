//! Keeping the coordinators' board live: the hub's state turned into the board's
//! inputs, and the snapshot pushed to every coordinator and admin online after each
//! change, at most every [`BOARD_MIN_INTERVAL`], and every [`BOARD_TICK`] while children
//! wait (their waits grow with time alone). While children wait, the queues are also
//! sampled every [`TREND_SAMPLE_EVERY`] for the board's history, which a console gets
//! once, in its first board frame.

use bridgeline_protocol::board::{BoardSnapshot, StaffPresence};
use bridgeline_protocol::{ConversationState, StaffEvent, StaffStatus};

use super::Hub;
use crate::board::{Live, Waiting};
use crate::routing::Millis;
use crate::secrets::unix_millis;

/// Changes within this are sent together.
pub(super) const BOARD_MIN_INTERVAL: Millis = 500;
/// While children wait, the board is resent this often even if nothing else changes.
pub(super) const BOARD_TICK: Millis = 1_000;
/// How often the board is sent while only left messages wait (nobody in a queue).
pub(super) const LEFT_MESSAGES_TICK: Millis = 60_000;
/// While children wait, the queues are sampled this often for the board's history (a
/// minute keeps the largest figures of its samples): as often as the board is resent,
/// so that a chart never misses what the board showed.
pub(super) const TREND_SAMPLE_EVERY: Millis = 1_000;

impl Hub {
    /// What the board needs from the hub now.
    fn board_live(&self) -> Live {
        let mut live = Live::default();
        // Chats each staff member holds, counted in the same pass (the board is built
        // every second while children wait).
        let mut held: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        for (conversation, state) in &self.conversations {
            match state.state {
                // A left message waits in its own list, not in the queue (whether or not
                // the child's page is still open).
                ConversationState::Waiting if state.is_left_message_waiting() => {
                    if let Some(left_at) = state.left_message_at {
                        live.left_messages.push((state.language.clone(), left_at));
                    }
                }
                // A child who left on purpose is out of the queue, while their place is
                // kept aside for a reload (see `presence.rs`).
                ConversationState::Waiting if self.left_children.contains_key(conversation) => {}
                ConversationState::Waiting => live.waiting.push(Waiting {
                    conversation: conversation.clone(),
                    language: state.language.clone(),
                    since: state.queued_at,
                }),
                ConversationState::Active => {
                    let Some((staff_id, display_name)) = &state.counsellor else { continue };
                    *held.entry(staff_id.as_str()).or_default() += 1;
                    let username =
                        self.staff.get(staff_id).map(|online| online.record.username.clone()).unwrap_or_default();
                    live.chats.push(bridgeline_protocol::board::ChatLine {
                        conversation_id: conversation.clone(),
                        language: state.language.clone(),
                        username,
                        display_name: display_name.clone(),
                        risk: state.risk,
                        queued_at: state.queued_at,
                    });
                }
                ConversationState::Ended => {}
            }
        }
        live.waiting.sort_by(|a, b| (a.since, &a.conversation).cmp(&(b.since, &b.conversation)));
        live.staff = self
            .staff
            .iter()
            .map(|(staff_id, online)| {
                let record = &online.record;
                StaffPresence {
                    username: record.username.clone(),
                    display_name: record.display_name.clone(),
                    role: record.role.as_protocol(),
                    status: self
                        .router
                        .status(staff_id)
                        .filter(|_| Self::is_counsellor(record))
                        .unwrap_or(StaffStatus::Away),
                    languages: record.languages.clone(),
                    chats: held.get(staff_id.as_str()).copied().unwrap_or(0),
                    max_chats: record.max_chats,
                }
            })
            .collect();
        live.staff.sort_by(|a, b| a.username.cmp(&b.username));
        live
    }

    /// The present for `/metrics`: the board's own figures, so both always agree.
    pub(super) fn present(&self) -> crate::metrics::Present {
        let snapshot = self.board_snapshot();
        crate::metrics::Present {
            queues: snapshot
                .languages
                .iter()
                .map(|line| crate::metrics::QueueGauge {
                    language: line.language.clone(),
                    waiting: u64::from(line.waiting),
                    longest_wait_seconds: line.longest_wait_seconds,
                    left_messages: u64::from(line.left_messages),
                })
                .collect(),
            staff_online: snapshot.staff.len() as u64,
            chats_active: snapshot.languages.iter().map(|line| u64::from(line.chats_in_progress)).sum(),
            blocks_active: self.moderation.gauges().0,
            address_keys: self.moderation.gauges().1,
        }
    }

    pub(super) fn board_snapshot(&self) -> BoardSnapshot {
        self.board.snapshot(unix_millis(), &self.board_live())
    }

    /// The board with the last hours of each queue: the first frame a console gets.
    pub(super) fn board_snapshot_with_trends(&mut self) -> BoardSnapshot {
        let now = unix_millis();
        let live = self.board_live();
        self.board.sample_trends(now, &live.waiting);
        let mut snapshot = self.board.snapshot(now, &live);
        snapshot.trends = Some(self.board.trends(now));
        snapshot
    }

    /// When the queues should next be sampled for the history: only while children
    /// wait (a minute without a sample had nobody waiting).
    pub(super) fn next_trend_sample(&self) -> Option<Millis> {
        self.router.has_waiting().then(|| self.trends_sampled_at.saturating_add(TREND_SAMPLE_EVERY))
    }

    /// Samples the queues for the history when it is due.
    pub(super) fn sample_trends_if_due(&mut self) {
        let now = self.now();
        if self.next_trend_sample().is_none_or(|at| at > now) {
            return;
        }
        // Only the waiting children: cheaper than the whole board.
        let waiting: Vec<Waiting> = self
            .conversations
            .iter()
            // As on the board: not a child who left on purpose, nor a left message.
            .filter(|(conversation, state)| {
                state.state == ConversationState::Waiting
                    && !state.is_left_message_waiting()
                    && !self.left_children.contains_key(*conversation)
            })
            .map(|(conversation, state)| Waiting {
                conversation: conversation.clone(),
                language: state.language.clone(),
                since: state.queued_at,
            })
            .collect();
        self.board.sample_trends(unix_millis(), &waiting);
        self.trends_sampled_at = now;
    }

    /// When the board should next be sent, if anyone is there to see it.
    pub(super) fn next_board_send(&self) -> Option<Millis> {
        if !self.staff.values().any(|online| Self::receives_alerts(&online.record)) {
            return None;
        }
        let sent = self.board_sent_at?;
        if self.board_dirty {
            Some(sent.saturating_add(BOARD_MIN_INTERVAL))
        } else if self.router.has_waiting() {
            Some(sent.saturating_add(BOARD_TICK))
        } else if self.board_showed_left_messages {
            // Their ages read in minutes, and their alert must come when it is due.
            Some(sent.saturating_add(LEFT_MESSAGES_TICK))
        } else {
            None
        }
    }

    /// Sends the board to coordinators and admins when it is due.
    pub(super) fn send_board_if_due(&mut self) {
        let now = self.now();
        let due = match self.board_sent_at {
            None => self.board_dirty,
            Some(_) => self.next_board_send().is_some_and(|at| at <= now),
        };
        if !due {
            return;
        }
        let receivers: Vec<String> = self
            .staff
            .iter()
            .filter(|(_, online)| Self::receives_alerts(&online.record))
            .map(|(staff, _)| staff.clone())
            .collect();
        if receivers.is_empty() {
            return;
        }
        let snapshot = self.board_snapshot();
        self.board_showed_left_messages = snapshot.languages.iter().any(|line| line.left_messages > 0);
        let event = StaffEvent::Board(snapshot);
        for staff in &receivers {
            self.send_to_staff(staff, &event);
        }
        self.board_sent_at = Some(now);
        self.board_dirty = false;
    }
}
