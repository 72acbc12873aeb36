//! Who gets offered which child: the queue and the matcher, as pure logic.
//!
//! Nothing here does I/O or reads a clock. The hub feeds it events (a child enqueued, a
//! counsellor online, an offer accepted, time passing) with an explicit `now`, and
//! carries out the [`Action`]s it returns. That keeps every rule testable directly,
//! including by property tests over random event sequences.
//!
//! The rules:
//! - A child waits in the queue of their language. Children are served highest priority
//!   first, then longest waiting first (FIFO within language and priority).
//! - A child is offered to one counsellor at a time, and a counsellor holds at most one
//!   open offer, so no child is offered twice and no counsellor is pushed over capacity
//!   (open chats + open offer ≤ max chats).
//! - Eligible counsellors are online, available, below their maximum, and speak the
//!   child's language, or, once the child has waited `also_reads_after`, one of the
//!   other languages the child said they read. Among them: those who speak the child's
//!   own language first, then the least loaded (fewest open chats), then the longest
//!   idle, then by id so that the result is deterministic.
//! - An offer not accepted within `offer_timeout` passes to the next counsellor, and
//!   the counsellor who let it lapse is set to `away`: they are probably not at their
//!   desk, and leaving them available would bounce children between absent people
//!   while someone present could answer.
//! - A counsellor who declines is skipped for that child for one `offer_timeout`, then
//!   becomes eligible again, so a lone counsellor is asked again and no child starves.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use bridgeline_protocol::{ConversationId, StaffStatus};

/// Milliseconds on the hub's monotonic clock.
pub type Millis = u64;

/// A staff member's stable id.
pub type StaffId = String;

/// Higher is served first. Ordinary conversations are [`Priority::NORMAL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Priority(pub u8);

impl Priority {
    pub const NORMAL: Priority = Priority(0);
    /// A child whose counsellor went away: they were answered once and must not wait
    /// behind children who have not been.
    pub const RETURNING: Priority = Priority(1);
    /// A child judged in imminent danger: first in any queue they enter again.
    pub const IMMINENT: Priority = Priority(2);
}

/// The matcher's tunables.
#[derive(Debug, Clone, Copy)]
pub struct RoutingConfig {
    /// How long an offer stays open before it passes to the next counsellor.
    pub offer_timeout: Millis,
    /// How long a child waits before the other languages they read become eligible.
    pub also_reads_after: Millis,
}

/// What the hub must do after an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Offer `conversation` to `staff`, open until `expires_at`.
    Offer { staff: StaffId, conversation: ConversationId, expires_at: Millis },
    /// Tell `staff` that the offer of `conversation` is closed.
    Withdraw { staff: StaffId, conversation: ConversationId, reason: WithdrawReason },
    /// The router changed a counsellor's status (an offer lapsed: now `away`).
    StatusChanged { staff: StaffId, status: StaffStatus },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithdrawReason {
    Expired,
    Declined,
    ChildLeft,
    CounsellorUnavailable,
}

/// Why an accept was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    #[error("no open offer of this conversation to this counsellor")]
    NoSuchOffer,
}

#[derive(Debug, Clone)]
struct WaitingChild {
    conversation: ConversationId,
    language: String,
    also_reads: Vec<String>,
    priority: Priority,
    enqueued_at: Millis,
    /// Arrival order, to break ties between children enqueued in the same millisecond.
    arrival: u64,
    /// Counsellors who declined or let an offer lapse, and until when they are skipped.
    passed_by: HashMap<StaffId, Millis>,
    /// A returning child's counsellor from before, offered them first until the time
    /// given (see [`Router::prefer`]).
    preferred: Option<(StaffId, Millis)>,
}

impl WaitingChild {
    /// The counsellor this child waits for now, if any: the one they spoke with before,
    /// while the preference lasts, they have not passed on the child, and they are on
    /// duty (a counsellor who is away or offline is not waited for).
    fn waits_for<'a>(
        &'a self,
        counsellors: &'a BTreeMap<StaffId, Counsellor>,
        now: Millis,
    ) -> Option<(&'a StaffId, &'a Counsellor)> {
        let (staff, until) = self.preferred.as_ref()?;
        if now >= *until || self.passed_by.contains_key(staff) {
            return None;
        }
        counsellors.get_key_value(staff).filter(|(_, counsellor)| counsellor.on_duty())
    }

    fn order_key(&self) -> (Reverse<Priority>, Millis, u64) {
        (Reverse(self.priority), self.enqueued_at, self.arrival)
    }

    fn widened(&self, now: Millis, config: &RoutingConfig) -> bool {
        now.saturating_sub(self.enqueued_at) >= config.also_reads_after
    }

    /// Whether the counsellor speaks this child's language, or, once the search has
    /// widened, one of the other languages the child reads.
    fn readable_by(&self, counsellor: &Counsellor, now: Millis, config: &RoutingConfig) -> bool {
        counsellor.speaks(&self.language)
            || (self.widened(now, config) && self.also_reads.iter().any(|other| counsellor.speaks(other)))
    }
}

#[derive(Debug, Clone)]
struct Counsellor {
    languages: Vec<String>,
    max_chats: u32,
    status: StaffStatus,
    online: bool,
    chats: HashSet<ConversationId>,
    offer: Option<ConversationId>,
    /// When the counsellor last took or finished a chat: the longest idle go first.
    last_activity: Millis,
    /// Owes the wrap-up of an ended chat (when wrap-ups are required): no offers.
    held: bool,
}

impl Counsellor {
    /// Signed in and not away: at their desk, whether or not taking new chats.
    fn on_duty(&self) -> bool {
        self.online && self.status != StaffStatus::Away
    }

    fn has_room(&self) -> bool {
        (self.chats.len() as u64) < u64::from(self.max_chats)
    }

    fn speaks(&self, language: &str) -> bool {
        self.languages.iter().any(|spoken| spoken == language)
    }
}

/// Who could answer one language now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Staffing {
    /// Counsellors online and not away who speak the language.
    pub on_duty: u32,
    /// Their total capacity (sum of their maximum chats).
    pub capacity: u32,
    /// Chats they currently hold, in any language.
    pub busy: u32,
}

#[derive(Debug, Clone)]
struct OpenOffer {
    staff: StaffId,
    expires_at: Millis,
}

/// The queue and the matcher. See the module documentation for the rules.
#[derive(Debug, Clone)]
pub struct Router {
    config: RoutingConfig,
    waiting: Vec<WaitingChild>,
    counsellors: BTreeMap<StaffId, Counsellor>,
    offers: HashMap<ConversationId, OpenOffer>,
    arrivals: u64,
    /// Something changed since the last dispatch (set by every mutating method).
    dirty: bool,
    /// The first deadline after the last dispatch: until then, with nothing changed,
    /// a dispatch would find nothing to do.
    settled_until: Option<Millis>,
}

impl Router {
    pub fn new(config: RoutingConfig) -> Self {
        Self {
            config,
            waiting: Vec::new(),
            counsellors: BTreeMap::new(),
            offers: HashMap::new(),
            arrivals: 0,
            dirty: false,
            settled_until: None,
        }
    }

    /// Puts a child at the end of their language's queue (within their priority).
    /// Enqueueing a conversation that already waits changes nothing.
    pub fn enqueue(
        &mut self,
        conversation: ConversationId,
        language: &str,
        also_reads: &[String],
        priority: Priority,
        now: Millis,
    ) {
        self.dirty = true;
        if self.is_waiting(&conversation) {
            return;
        }
        self.arrivals += 1;
        let child = WaitingChild {
            conversation,
            language: language.to_owned(),
            also_reads: also_reads.iter().filter(|other| *other != language).cloned().collect(),
            priority,
            enqueued_at: now,
            arrival: self.arrivals,
            passed_by: HashMap::new(),
            preferred: None,
        };
        let position = self.waiting.partition_point(|other| other.order_key() <= child.order_key());
        self.waiting.insert(position, child);
    }

    /// A returning child is offered first to `staff`, the counsellor they spoke with
    /// before, until `until`: while that counsellor is on duty the child waits for
    /// them (for room, or for their current offer to close); once they decline, let
    /// the offer lapse, go off duty, or `until` passes, anyone may be offered the
    /// child. A waiting child only.
    pub fn prefer(&mut self, conversation: &ConversationId, staff: &str, until: Millis) {
        if let Some(child) = self.waiting.iter_mut().find(|child| &child.conversation == conversation) {
            child.preferred = Some((staff.to_owned(), until));
            self.dirty = true;
        }
    }

    /// Takes a child out of the queue (they ended the chat or were abandoned), and
    /// withdraws their open offer if there is one.
    pub fn leave_queue(&mut self, conversation: &ConversationId) -> Vec<Action> {
        self.dirty = true;
        self.waiting.retain(|child| &child.conversation != conversation);
        self.close_offer(conversation, WithdrawReason::ChildLeft).into_iter().collect()
    }

    /// Records a counsellor's languages and capacity; they stay offline until
    /// [`Router::connect`]. Used when the hub rebuilds assignments at start. A lower
    /// capacity that leaves no room withdraws the counsellor's open offer.
    pub fn register(&mut self, staff: &str, languages: &[String], max_chats: u32, now: Millis) -> Vec<Action> {
        self.dirty = true;
        let entry = self.counsellors.entry(staff.to_owned()).or_insert_with(|| Counsellor {
            languages: Vec::new(),
            max_chats,
            status: StaffStatus::Away,
            online: false,
            chats: HashSet::new(),
            offer: None,
            last_activity: now,
            held: false,
        });
        entry.languages = languages.to_vec();
        entry.max_chats = max_chats;
        let config = self.config;
        let offer_still_fits = entry.offer.as_ref().is_none_or(|conversation| {
            entry.has_room()
                && self
                    .waiting
                    .iter()
                    .any(|child| &child.conversation == conversation && child.readable_by(entry, now, &config))
        });
        if offer_still_fits {
            Vec::new()
        } else {
            self.withdraw_offer_of(staff, WithdrawReason::CounsellorUnavailable)
        }
    }

    /// A counsellor's socket opened (or their languages or capacity changed).
    pub fn connect(&mut self, staff: &str, languages: &[String], max_chats: u32, now: Millis) -> Vec<Action> {
        let actions = self.register(staff, languages, max_chats, now);
        if let Some(counsellor) = self.counsellors.get_mut(staff) {
            counsellor.online = true;
        }
        actions
    }

    /// A counsellor's last socket closed: their open offer passes on at once. Their
    /// chats stay theirs.
    pub fn disconnect(&mut self, staff: &str) -> Vec<Action> {
        self.dirty = true;
        let Some(counsellor) = self.counsellors.get_mut(staff) else { return Vec::new() };
        counsellor.online = false;
        self.withdraw_offer_of(staff, WithdrawReason::CounsellorUnavailable)
    }

    /// Changes a counsellor's status; leaving `available` withdraws their open offer.
    pub fn set_status(&mut self, staff: &str, status: StaffStatus) -> Vec<Action> {
        self.dirty = true;
        let Some(counsellor) = self.counsellors.get_mut(staff) else { return Vec::new() };
        counsellor.status = status;
        if status == StaffStatus::Available {
            Vec::new()
        } else {
            self.withdraw_offer_of(staff, WithdrawReason::CounsellorUnavailable)
        }
    }

    /// Holds back (or again allows) offers to a counsellor, e.g. while they owe a
    /// wrap-up; holding withdraws their open offer.
    pub fn set_held(&mut self, staff: &str, held: bool) -> Vec<Action> {
        let Some(counsellor) = self.counsellors.get_mut(staff) else { return Vec::new() };
        if counsellor.held == held {
            return Vec::new();
        }
        self.dirty = true;
        counsellor.held = held;
        if held {
            self.withdraw_offer_of(staff, WithdrawReason::CounsellorUnavailable)
        } else {
            Vec::new()
        }
    }

    /// Whether a counsellor could be handed a chat directly now (a transfer): online,
    /// available, with room, speaking `language`.
    pub fn can_take(&self, staff: &str, language: &str) -> bool {
        self.counsellors.get(staff).is_some_and(|counsellor| {
            counsellor.online
                && counsellor.status == StaffStatus::Available
                && counsellor.has_room()
                && counsellor.speaks(language)
        })
    }

    pub fn status(&self, staff: &str) -> Option<StaffStatus> {
        self.counsellors.get(staff).map(|counsellor| counsellor.status)
    }

    /// The counsellor takes the child they were offered.
    pub fn accept(&mut self, staff: &str, conversation: &ConversationId, now: Millis) -> Result<(), AcceptError> {
        self.dirty = true;
        match self.offers.get(conversation) {
            Some(offer) if offer.staff == staff => {}
            _ => return Err(AcceptError::NoSuchOffer),
        }
        self.offers.remove(conversation);
        self.waiting.retain(|child| &child.conversation != conversation);
        let counsellor = self.counsellors.get_mut(staff).ok_or(AcceptError::NoSuchOffer)?;
        counsellor.offer = None;
        counsellor.chats.insert(conversation.clone());
        counsellor.last_activity = now;
        Ok(())
    }

    /// The counsellor turns the offer down; it passes to the next counsellor.
    pub fn decline(
        &mut self,
        staff: &str,
        conversation: &ConversationId,
        now: Millis,
    ) -> Result<Vec<Action>, AcceptError> {
        self.dirty = true;
        match self.offers.get(conversation) {
            Some(offer) if offer.staff == staff => {}
            _ => return Err(AcceptError::NoSuchOffer),
        }
        self.mark_passed(conversation, staff, now);
        Ok(self.close_offer(conversation, WithdrawReason::Declined).into_iter().collect())
    }

    /// Records a chat as the counsellor's without going through the queue (rebuilding
    /// state at start).
    pub fn assign(&mut self, staff: &str, conversation: ConversationId) {
        self.dirty = true;
        if let Some(counsellor) = self.counsellors.get_mut(staff) {
            counsellor.chats.insert(conversation);
        }
    }

    /// The chat ended: the counsellor has room again.
    pub fn release(&mut self, staff: &str, conversation: &ConversationId, now: Millis) {
        self.dirty = true;
        if let Some(counsellor) = self.counsellors.get_mut(staff) {
            if counsellor.chats.remove(conversation) {
                counsellor.last_activity = now;
            }
        }
    }

    /// Whether [`Router::dispatch`] could do anything now: something changed since
    /// the last one, or one of its deadlines has come. Lets the hub skip the matching
    /// work after events that do not touch routing (most of them: chat messages).
    pub fn needs_dispatch(&self, now: Millis) -> bool {
        self.dirty || self.settled_until.is_some_and(|deadline| deadline <= now)
    }

    /// Expires lapsed offers and makes every offer that can be made now.
    pub fn dispatch(&mut self, now: Millis) -> Vec<Action> {
        let mut actions = self.expire_offers(now);
        let config = self.config;
        for index in 0..self.waiting.len() {
            let child = &self.waiting[index];
            if self.offers.contains_key(&child.conversation) {
                continue;
            }
            let best = match child.waits_for(&self.counsellors, now) {
                // Theirs when they can take it now; otherwise the child waits for them.
                Some((staff, counsellor)) => (counsellor.offer.is_none()
                    && could_serve(staff, counsellor, child, now, &config))
                .then(|| staff.clone()),
                None => self
                    .counsellors
                    .iter()
                    .filter(|(staff, counsellor)| {
                        counsellor.offer.is_none() && could_serve(staff, counsellor, child, now, &config)
                    })
                    .min_by_key(|(staff, counsellor)| {
                        (
                            !counsellor.speaks(&child.language),
                            counsellor.chats.len(),
                            counsellor.last_activity,
                            (*staff).clone(),
                        )
                    })
                    .map(|(staff, _)| staff.clone()),
            };
            let Some(staff) = best else { continue };
            let conversation = child.conversation.clone();
            let expires_at = now + config.offer_timeout;
            self.offers.insert(conversation.clone(), OpenOffer { staff: staff.clone(), expires_at });
            if let Some(counsellor) = self.counsellors.get_mut(&staff) {
                counsellor.offer = Some(conversation.clone());
            }
            actions.push(Action::Offer { staff, conversation, expires_at });
        }
        self.dirty = false;
        self.settled_until = self.next_deadline(now);
        actions
    }

    /// When [`Router::dispatch`] should run next: now if anything changed since the
    /// last one, else the deadline that dispatch found. Constant time, unlike
    /// [`Router::next_deadline`] (which looks at every waiting child): the hub asks
    /// before every command it waits for.
    pub fn next_wake(&self, now: Millis) -> Option<Millis> {
        if self.dirty {
            Some(now)
        } else {
            self.settled_until
        }
    }

    /// The next moment at which [`Router::dispatch`] could do something that it cannot
    /// do now: an offer lapsing, a child's other languages becoming eligible, a
    /// counsellor's pass on a child running out, or a returning child's wait for their
    /// counsellor ending.
    pub fn next_deadline(&self, now: Millis) -> Option<Millis> {
        let offer_expiries = self.offers.values().map(|offer| offer.expires_at);
        let widenings = self
            .waiting
            .iter()
            .filter(|child| !child.also_reads.is_empty() && !child.widened(now, &self.config))
            .map(|child| child.enqueued_at + self.config.also_reads_after);
        let passes =
            self.waiting.iter().flat_map(|child| child.passed_by.values().copied()).filter(|until| *until > now);
        let preferences = self
            .waiting
            .iter()
            .filter_map(|child| child.preferred.as_ref().map(|(_, until)| *until))
            .filter(|until| *until > now);
        offer_expiries.chain(widenings).chain(passes).chain(preferences).min()
    }

    /// 1-based positions of every waiting child within their own language's queue.
    pub fn queue_positions(&self) -> Vec<(ConversationId, u32)> {
        let mut seen_per_language: HashMap<&str, u32> = HashMap::new();
        self.waiting
            .iter()
            .map(|child| {
                let count = seen_per_language.entry(child.language.as_str()).or_insert(0);
                *count += 1;
                (child.conversation.clone(), *count)
            })
            .collect()
    }

    /// One waiting child's 1-based position within their language's queue.
    pub fn queue_position(&self, conversation: &ConversationId) -> Option<u32> {
        let child = self.waiting.iter().find(|child| &child.conversation == conversation)?;
        let ahead = self
            .waiting
            .iter()
            .take_while(|other| &other.conversation != conversation)
            .filter(|other| other.language == child.language)
            .count();
        u32::try_from(ahead + 1).ok()
    }

    /// Who could answer a child of `language` now: counsellors online and not away who
    /// speak it, their capacity and the chats they hold.
    pub fn staffing(&self, language: &str) -> Staffing {
        let mut staffing = Staffing::default();
        for counsellor in
            self.counsellors.values().filter(|counsellor| counsellor.on_duty() && counsellor.speaks(language))
        {
            staffing.on_duty += 1;
            staffing.capacity += counsellor.max_chats;
            staffing.busy += u32::try_from(counsellor.chats.len()).unwrap_or(u32::MAX);
        }
        staffing
    }

    /// Every language some counsellor on duty speaks.
    pub fn languages_on_duty(&self) -> BTreeSet<String> {
        self.counsellors
            .values()
            .filter(|counsellor| counsellor.on_duty())
            .flat_map(|counsellor| counsellor.languages.iter().cloned())
            .collect()
    }

    /// When a waiting child joined the queue (hub clock), their priority, and the
    /// other languages they read.
    pub fn waiting_since(&self, conversation: &ConversationId) -> Option<(Millis, Priority, &[String])> {
        self.waiting
            .iter()
            .find(|child| &child.conversation == conversation)
            .map(|child| (child.enqueued_at, child.priority, child.also_reads.as_slice()))
    }

    /// Whether any child waits.
    pub fn has_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }

    pub fn is_waiting(&self, conversation: &ConversationId) -> bool {
        self.waiting.iter().any(|child| &child.conversation == conversation)
    }

    /// The counsellor the conversation is currently offered to, if any.
    pub fn offered_to(&self, conversation: &ConversationId) -> Option<&str> {
        self.offers.get(conversation).map(|offer| offer.staff.as_str())
    }

    /// The open offer held by a counsellor, with its expiry.
    pub fn offer_of(&self, staff: &str) -> Option<(ConversationId, Millis)> {
        let conversation = self.counsellors.get(staff)?.offer.clone()?;
        let expires_at = self.offers.get(&conversation)?.expires_at;
        Some((conversation, expires_at))
    }

    fn expire_offers(&mut self, now: Millis) -> Vec<Action> {
        let lapsed: Vec<(ConversationId, StaffId)> = self
            .offers
            .iter()
            .filter(|(_, offer)| offer.expires_at <= now)
            .map(|(conversation, offer)| (conversation.clone(), offer.staff.clone()))
            .collect();
        let mut actions = Vec::new();
        for (conversation, staff) in lapsed {
            self.mark_passed(&conversation, &staff, now);
            actions.extend(self.close_offer(&conversation, WithdrawReason::Expired));
            if let Some(counsellor) = self.counsellors.get_mut(&staff) {
                counsellor.status = StaffStatus::Away;
                actions.push(Action::StatusChanged { staff, status: StaffStatus::Away });
            }
        }
        actions
    }

    fn mark_passed(&mut self, conversation: &ConversationId, staff: &str, now: Millis) {
        let skip_until = now + self.config.offer_timeout;
        if let Some(child) = self.waiting.iter_mut().find(|child| &child.conversation == conversation) {
            child.passed_by.insert(staff.to_owned(), skip_until);
        }
    }

    fn withdraw_offer_of(&mut self, staff: &str, reason: WithdrawReason) -> Vec<Action> {
        let Some(conversation) = self.counsellors.get(staff).and_then(|counsellor| counsellor.offer.clone()) else {
            return Vec::new();
        };
        self.close_offer(&conversation, reason).into_iter().collect()
    }

    fn close_offer(&mut self, conversation: &ConversationId, reason: WithdrawReason) -> Option<Action> {
        let offer = self.offers.remove(conversation)?;
        if let Some(counsellor) = self.counsellors.get_mut(&offer.staff) {
            counsellor.offer = None;
        }
        Some(Action::Withdraw { staff: offer.staff, conversation: conversation.clone(), reason })
    }
}

/// Whether `counsellor` may take `child` now, leaving aside any offer they hold.
fn could_serve(
    staff: &str,
    counsellor: &Counsellor,
    child: &WaitingChild,
    now: Millis,
    config: &RoutingConfig,
) -> bool {
    let speaks = child.readable_by(counsellor, now, config);
    let passed = child.passed_by.get(staff).is_some_and(|until| *until > now);
    counsellor.online
        && counsellor.status == StaffStatus::Available
        && !counsellor.held
        && counsellor.has_room()
        && speaks
        && !passed
}

#[cfg(test)]
mod tests;
