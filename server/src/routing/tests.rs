use super::*;
use proptest::prelude::*;

const CONFIG: RoutingConfig = RoutingConfig { offer_timeout: 30_000, also_reads_after: 60_000 };

fn conv(name: &str) -> ConversationId {
    ConversationId(name.to_owned())
}

fn langs(codes: &[&str]) -> Vec<String> {
    codes.iter().map(|code| (*code).to_owned()).collect()
}

fn online(router: &mut Router, staff: &str, languages: &[&str], max_chats: u32, now: Millis) {
    router.connect(staff, &langs(languages), max_chats, now);
    router.set_status(staff, StaffStatus::Available);
}

fn offers(actions: &[Action]) -> Vec<(String, String)> {
    actions
        .iter()
        .filter_map(|action| match action {
            Action::Offer { staff, conversation, .. } => Some((staff.clone(), conversation.0.clone())),
            Action::Withdraw { .. } | Action::StatusChanged { .. } => None,
        })
        .collect()
}

#[test]
fn a_counsellor_without_the_language_is_never_offered_the_child() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "francoise", &["fr"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    assert!(offers(&router.dispatch(0)).is_empty());

    online(&mut router, "amira", &["ar", "en"], 3, 10);
    assert_eq!(offers(&router.dispatch(10)), vec![("amira".into(), "child".into())]);
}

#[test]
fn other_languages_become_eligible_only_after_the_delay() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "francoise", &["fr"], 3, 0);
    router.enqueue(conv("child"), "ar", &langs(&["fr"]), Priority::NORMAL, 0);
    assert!(offers(&router.dispatch(59_999)).is_empty());
    assert_eq!(router.next_deadline(59_999), Some(60_000));
    assert_eq!(offers(&router.dispatch(60_000)), vec![("francoise".into(), "child".into())]);
}

#[test]
fn a_speaker_of_the_childs_own_language_is_preferred_over_a_reader_of_another() {
    let mut router = Router::new(CONFIG);
    router.enqueue(conv("child"), "ar", &langs(&["fr"]), Priority::NORMAL, 0);
    online(&mut router, "francoise", &["fr"], 3, 0);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.set_status("amira", StaffStatus::Busy);
    assert_eq!(offers(&router.dispatch(70_000)), vec![("francoise".into(), "child".into())]);
}

#[test]
fn longest_waiting_child_is_offered_first_and_higher_priority_before_it() {
    let mut router = Router::new(CONFIG);
    router.enqueue(conv("first"), "ar", &[], Priority::NORMAL, 0);
    router.enqueue(conv("second"), "ar", &[], Priority::NORMAL, 5);
    router.enqueue(conv("urgent"), "ar", &[], Priority(9), 10);
    assert_eq!(router.queue_positions(), vec![(conv("urgent"), 1), (conv("first"), 2), (conv("second"), 3)]);
    online(&mut router, "amira", &["ar"], 1, 20);
    // One child's place, as the whole list gives it, counting their language only.
    router.enqueue(conv("dari"), "fa", &[], Priority::NORMAL, 1);
    for (conversation, position) in router.queue_positions() {
        assert_eq!(router.queue_position(&conversation), Some(position));
    }
    assert_eq!(router.queue_position(&conv("dari")), Some(1));
    assert_eq!(router.queue_position(&conv("nobody")), None);
    assert_eq!(offers(&router.dispatch(20)), vec![("amira".into(), "urgent".into())]);
}

#[test]
fn least_loaded_then_longest_idle_counsellor_is_chosen() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "busy", &["uk"], 3, 0);
    online(&mut router, "idle-long", &["uk"], 3, 0);
    online(&mut router, "idle-short", &["uk"], 3, 0);
    router.assign("busy", conv("earlier"));
    router.enqueue(conv("a"), "uk", &[], Priority::NORMAL, 0);
    router.enqueue(conv("b"), "uk", &[], Priority::NORMAL, 0);
    router.enqueue(conv("c"), "uk", &[], Priority::NORMAL, 0);
    // idle-short finished a chat recently.
    router.assign("idle-short", conv("x"));
    router.release("idle-short", &conv("x"), 500);
    let made = offers(&router.dispatch(1_000));
    assert_eq!(
        made,
        vec![("idle-long".into(), "a".into()), ("idle-short".into(), "b".into()), ("busy".into(), "c".into())]
    );
}

#[test]
fn an_unanswered_offer_passes_to_the_next_counsellor_and_sets_the_first_away() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    assert_eq!(offers(&router.dispatch(0)), vec![("amira".into(), "child".into())]);
    online(&mut router, "bashir", &["ar"], 3, 1);
    let actions = router.dispatch(30_000);
    assert!(actions.contains(&Action::Withdraw {
        staff: "amira".into(),
        conversation: conv("child"),
        reason: WithdrawReason::Expired
    }));
    assert!(actions.contains(&Action::StatusChanged { staff: "amira".into(), status: StaffStatus::Away }));
    assert_eq!(offers(&actions), vec![("bashir".into(), "child".into())]);
    assert_eq!(router.status("amira"), Some(StaffStatus::Away));
    // Amira comes back: once Bashir lets it lapse too, she is asked again.
    router.set_status("amira", StaffStatus::Available);
    assert_eq!(offers(&router.dispatch(60_000)), vec![("amira".into(), "child".into())]);
}

#[test]
fn a_lone_counsellor_who_declined_is_asked_again_after_the_pass() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    router.dispatch(0);
    router.decline("amira", &conv("child"), 1_000).unwrap();
    assert!(offers(&router.dispatch(1_000)).is_empty());
    assert_eq!(router.next_deadline(1_000), Some(31_000));
    assert_eq!(offers(&router.dispatch(31_000)), vec![("amira".into(), "child".into())]);
}

#[test]
fn only_the_counsellor_holding_the_offer_can_accept_it() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    online(&mut router, "bashir", &["ar"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    let made = offers(&router.dispatch(0));
    let holder = made[0].0.clone();
    let other = if holder == "amira" { "bashir" } else { "amira" };
    assert_eq!(router.accept(other, &conv("child"), 1), Err(AcceptError::NoSuchOffer));
    assert_eq!(router.accept(&holder, &conv("child"), 1), Ok(()));
    assert_eq!(router.accept(&holder, &conv("child"), 2), Err(AcceptError::NoSuchOffer));
    assert!(!router.is_waiting(&conv("child")));
}

#[test]
fn going_offline_or_away_passes_the_offer_on_at_once() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    router.dispatch(0);
    assert_eq!(router.disconnect("amira").len(), 1);
    assert_eq!(router.offered_to(&conv("child")), None);
    online(&mut router, "amira", &["ar"], 3, 5);
    router.dispatch(5);
    assert_eq!(router.set_status("amira", StaffStatus::Away).len(), 1);
    assert!(offers(&router.dispatch(6)).is_empty());
}

#[test]
fn a_child_who_leaves_the_queue_has_their_offer_withdrawn() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    router.dispatch(0);
    let actions = router.leave_queue(&conv("child"));
    assert_eq!(
        actions,
        vec![Action::Withdraw {
            staff: "amira".into(),
            conversation: conv("child"),
            reason: WithdrawReason::ChildLeft
        }]
    );
    assert!(router.queue_positions().is_empty());
}

// ---- Property tests over random event sequences -------------------------------------

const LANGUAGES: [&str; 3] = ["ar", "fr", "uk"];
const STAFF: [&str; 4] = ["s0", "s1", "s2", "s3"];

#[derive(Debug, Clone)]
enum Event {
    Enqueue {
        language: usize,
        also_reads: Vec<usize>,
        priority: u8,
    },
    Connect {
        staff: usize,
        languages: Vec<usize>,
        max_chats: u32,
    },
    Status {
        staff: usize,
        status: StaffStatus,
    },
    Disconnect {
        staff: usize,
    },
    AcceptOffer {
        staff: usize,
    },
    DeclineOffer {
        staff: usize,
    },
    /// Accepts for a counsellor who holds no offer of that child; must be refused.
    AcceptWithoutOffer {
        staff: usize,
        child: usize,
    },
    EndChat {
        staff: usize,
    },
    Leave {
        child: usize,
    },
    Advance {
        millis: u64,
    },
}

fn event() -> impl Strategy<Value = Event> {
    let language = 0..LANGUAGES.len();
    let staff = 0..STAFF.len();
    let language_set = proptest::collection::vec(0..LANGUAGES.len(), 0..3);
    let status = prop_oneof![Just(StaffStatus::Available), Just(StaffStatus::Busy), Just(StaffStatus::Away)];
    prop_oneof![
        3 => (language, language_set.clone(), 0u8..2).prop_map(|(language, also_reads, priority)| Event::Enqueue { language, also_reads, priority }),
        2 => (staff.clone(), proptest::collection::vec(0..LANGUAGES.len(), 1..3), 1u32..4).prop_map(|(staff, languages, max_chats)| Event::Connect { staff, languages, max_chats }),
        1 => (staff.clone(), status).prop_map(|(staff, status)| Event::Status { staff, status }),
        1 => staff.clone().prop_map(|staff| Event::Disconnect { staff }),
        3 => staff.clone().prop_map(|staff| Event::AcceptOffer { staff }),
        1 => staff.clone().prop_map(|staff| Event::DeclineOffer { staff }),
        1 => (staff.clone(), 0usize..20).prop_map(|(staff, child)| Event::AcceptWithoutOffer { staff, child }),
        2 => staff.prop_map(|staff| Event::EndChat { staff }),
        1 => (0usize..20).prop_map(|child| Event::Leave { child }),
        2 => (0u64..45_000).prop_map(|millis| Event::Advance { millis }),
    ]
}

/// Drives a router and remembers what it needs to check the invariants.
struct Harness {
    router: Router,
    now: Millis,
    children: Vec<ConversationId>,
    /// Every conversation ever accepted, to catch a child accepted twice.
    accepted: HashSet<ConversationId>,
}

impl Harness {
    fn new() -> Self {
        Self { router: Router::new(CONFIG), now: 0, children: Vec::new(), accepted: HashSet::new() }
    }

    fn apply(&mut self, event: &Event) {
        let now = self.now;
        match event {
            Event::Enqueue { language, also_reads, priority } => {
                let conversation = conv(&format!("c{}", self.children.len()));
                let also: Vec<String> = also_reads.iter().map(|index| LANGUAGES[*index].to_owned()).collect();
                self.router.enqueue(conversation.clone(), LANGUAGES[*language], &also, Priority(*priority), now);
                self.children.push(conversation);
            }
            Event::Connect { staff, languages, max_chats } => {
                let spoken: Vec<String> = languages.iter().map(|index| LANGUAGES[*index].to_owned()).collect();
                self.router.connect(STAFF[*staff], &spoken, *max_chats, now);
            }
            Event::Status { staff, status } => {
                self.router.set_status(STAFF[*staff], *status);
            }
            Event::Disconnect { staff } => {
                self.router.disconnect(STAFF[*staff]);
            }
            Event::AcceptOffer { staff } => {
                if let Some((conversation, _)) = self.router.offer_of(STAFF[*staff]) {
                    self.router
                        .accept(STAFF[*staff], &conversation, now)
                        .expect("the holder of an offer can accept it");
                    assert!(self.accepted.insert(conversation), "a child was accepted twice");
                }
            }
            Event::DeclineOffer { staff } => {
                if let Some((conversation, _)) = self.router.offer_of(STAFF[*staff]) {
                    self.router
                        .decline(STAFF[*staff], &conversation, now)
                        .expect("the holder of an offer can decline it");
                }
            }
            Event::AcceptWithoutOffer { staff, child } => {
                if let Some(conversation) = self.children.get(*child) {
                    if self.router.offered_to(conversation) != Some(STAFF[*staff]) {
                        assert_eq!(self.router.accept(STAFF[*staff], conversation, now), Err(AcceptError::NoSuchOffer));
                    }
                }
            }
            Event::EndChat { staff } => {
                let chat = self
                    .router
                    .counsellors
                    .get(STAFF[*staff])
                    .and_then(|counsellor| counsellor.chats.iter().next().cloned());
                if let Some(chat) = chat {
                    self.router.release(STAFF[*staff], &chat, now);
                }
            }
            Event::Leave { child } => {
                if let Some(conversation) = self.children.get(*child).cloned() {
                    self.router.leave_queue(&conversation);
                }
            }
            Event::Advance { millis } => self.now += millis,
        }
        let before = self.router.clone();
        let skippable = !self.router.needs_dispatch(self.now);
        let actions = self.router.dispatch(self.now);
        assert!(!skippable || actions.is_empty(), "a dispatch the hub would skip had work to do: {actions:?}");
        self.check(&before, &actions);
    }

    fn check(&self, before: &Router, actions: &[Action]) {
        let router = &self.router;
        let now = self.now;
        let mut offered_children = HashSet::new();
        for (staff, counsellor) in &router.counsellors {
            // Lowering one's own maximum may leave more chats than it allows, but an
            // offer is only ever held with room to spare.
            if counsellor.offer.is_some() {
                assert!(counsellor.chats.len() < counsellor.max_chats as usize, "{staff} holds an offer without room");
            }
            if let Some(conversation) = &counsellor.offer {
                assert!(offered_children.insert(conversation.clone()), "{conversation} is offered twice");
                let offer = &router.offers[conversation];
                assert_eq!(&offer.staff, staff, "offer bookkeeping disagrees");
                let child = router
                    .waiting
                    .iter()
                    .find(|child| &child.conversation == conversation)
                    .expect("an offered child is waiting");
                let reads_other = child.also_reads.iter().any(|other| counsellor.languages.contains(other));
                let speaks =
                    counsellor.languages.contains(&child.language) || (child.widened(now, &CONFIG) && reads_other);
                assert!(speaks, "{staff} was offered {conversation} without speaking its language");
            }
        }
        assert_eq!(offered_children.len(), router.offers.len(), "an offer has no holder");

        // Offers made in this dispatch respect FIFO within priority: nobody older was
        // left without an offer while the chosen counsellor could have served them.
        for action in actions {
            let Action::Offer { staff, conversation, .. } = action else { continue };
            let counsellor = &before.counsellors[staff];
            let position = router
                .waiting
                .iter()
                .position(|child| &child.conversation == conversation)
                .expect("offered child waits");
            for older in &router.waiting[..position] {
                if router.offers.contains_key(&older.conversation) {
                    continue;
                }
                assert!(
                    !could_serve(staff, counsellor, older, now, &CONFIG),
                    "{staff} was offered {conversation} while older {} waited unoffered",
                    older.conversation
                );
            }
        }

        // Maximality: no waiting, unoffered child is left while a free counsellor could
        // serve them.
        for child in &router.waiting {
            if router.offers.contains_key(&child.conversation) {
                continue;
            }
            for (staff, counsellor) in &router.counsellors {
                assert!(
                    !(counsellor.offer.is_none() && could_serve(staff, counsellor, child, now, &CONFIG)),
                    "{} waits while {staff} is free to serve them",
                    child.conversation
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn invariants_hold_over_any_event_sequence(events in proptest::collection::vec(event(), 1..80)) {
        let mut harness = Harness::new();
        for event in &events {
            harness.apply(event);
        }
    }

    /// No child starves: once a counsellor who speaks every language is on duty and
    /// answers offers, every waiting child is served within a bounded number of rounds,
    /// whatever happened before.
    #[test]
    fn no_child_starves(events in proptest::collection::vec(event(), 1..60)) {
        let mut harness = Harness::new();
        for event in &events {
            harness.apply(event);
        }
        let everyone: Vec<String> = LANGUAGES.iter().map(|code| (*code).to_owned()).collect();
        harness.router.connect("rescuer", &everyone, 1, harness.now);
        harness.router.set_status("rescuer", StaffStatus::Available);
        let waiting_at_start = harness.router.waiting.len();
        for _ in 0..(waiting_at_start * 4 + 4) {
            if harness.router.waiting.is_empty() {
                break;
            }
            harness.now += CONFIG.offer_timeout;
            harness.router.dispatch(harness.now);
            // Everyone else is slow; the rescuer takes what it is offered and finishes.
            if let Some((conversation, _)) = harness.router.offer_of("rescuer") {
                harness.router.accept("rescuer", &conversation, harness.now).unwrap();
                harness.router.release("rescuer", &conversation, harness.now);
            }
        }
        prop_assert!(harness.router.waiting.is_empty(), "children still waiting: {:?}", harness.router.queue_positions());
    }
}

#[test]
fn staffing_counts_counsellors_at_their_desk_who_speak_the_language() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar", "en"], 3, 0);
    online(&mut router, "farid", &["ar", "fa"], 2, 0);
    online(&mut router, "olena", &["uk"], 2, 0);
    router.set_status("farid", StaffStatus::Busy);
    router.connect("away", &langs(&["ar"]), 4, 0);
    router.enqueue(conv("child"), "ar", &[], Priority::NORMAL, 0);
    let offered = offers(&router.dispatch(0));
    let (staff, _) = &offered[0];
    router.accept(staff, &conv("child"), 1).unwrap();

    assert_eq!(router.staffing("ar"), Staffing { on_duty: 2, capacity: 5, busy: 1 });
    assert_eq!(router.staffing("ti"), Staffing::default());
    assert_eq!(router.languages_on_duty(), ["ar", "en", "fa", "uk"].iter().map(|code| code.to_string()).collect());

    router.disconnect("olena");
    assert!(!router.languages_on_duty().contains("uk"));
}

#[test]
fn a_held_counsellor_gets_no_offer_until_released_and_holding_withdraws_an_open_one() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    router.enqueue(conv("first"), "ar", &[], Priority::NORMAL, 0);
    assert_eq!(offers(&router.dispatch(0)), vec![("amira".into(), "first".into())]);
    let withdrawn = router.set_held("amira", true);
    assert!(matches!(withdrawn.as_slice(), [Action::Withdraw { .. }]), "{withdrawn:?}");
    assert!(offers(&router.dispatch(1)).is_empty());
    assert!(router.set_held("amira", true).is_empty(), "holding twice changes nothing");
    router.set_held("amira", false);
    assert_eq!(offers(&router.dispatch(2)), vec![("amira".into(), "first".into())]);
}

#[test]
fn an_imminent_child_goes_before_returning_and_new_ones() {
    let mut router = Router::new(CONFIG);
    router.enqueue(conv("new"), "ar", &[], Priority::NORMAL, 0);
    router.enqueue(conv("returning"), "ar", &[], Priority::RETURNING, 10);
    router.enqueue(conv("imminent"), "ar", &[], Priority::IMMINENT, 20);
    online(&mut router, "amira", &["ar"], 1, 30);
    assert_eq!(offers(&router.dispatch(30)), vec![("amira".into(), "imminent".into())]);
}

#[test]
fn only_an_available_speaker_with_room_can_take_a_transfer() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 1, 0);
    assert!(router.can_take("amira", "ar"));
    assert!(!router.can_take("amira", "fr"));
    assert!(!router.can_take("nobody", "ar"));
    router.assign("amira", conv("busy"));
    assert!(!router.can_take("amira", "ar"), "full");
    router.release("amira", &conv("busy"), 1);
    router.set_status("amira", StaffStatus::Busy);
    assert!(!router.can_take("amira", "ar"), "not available");
}

#[test]
fn the_next_wake_is_now_after_a_change_and_the_settled_deadline_after_a_dispatch() {
    let mut router = Router::new(CONFIG);
    assert_eq!(router.next_wake(0), None, "nothing to do, nothing to wake for");
    online(&mut router, "francoise", &["fr"], 3, 0);
    router.enqueue(conv("child"), "ar", &langs(&["fr"]), Priority::NORMAL, 0);
    assert_eq!(router.next_wake(5), Some(5), "a change is dispatched at once");
    router.dispatch(5);
    assert_eq!(router.next_wake(6), Some(60_000), "then only the widening deadline is left");
    assert_eq!(router.next_wake(6), router.next_deadline(6));
    router.dispatch(60_000);
    assert_eq!(router.next_wake(60_001), router.next_deadline(60_001), "the offer's expiry");
}

#[test]
fn a_returning_child_is_offered_first_to_their_counsellor_when_they_have_room() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    online(&mut router, "basel", &["ar"], 3, 0);
    // Amira has been busier lately: anyone else would go to Basel first.
    router.assign("amira", conv("other"));
    router.enqueue(conv("back"), "ar", &[], Priority::NORMAL, 10);
    router.prefer(&conv("back"), "amira", 10 + 120_000);
    assert_eq!(offers(&router.dispatch(10)), vec![("amira".into(), "back".into())]);
}

#[test]
fn a_returning_child_waits_for_their_busy_counsellor_only_as_long_as_the_setting_allows() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 1, 0);
    online(&mut router, "basel", &["ar"], 3, 0);
    router.assign("amira", conv("other"));
    router.enqueue(conv("back"), "ar", &[], Priority::NORMAL, 10);
    router.prefer(&conv("back"), "amira", 10 + 120_000);
    assert!(offers(&router.dispatch(10)).is_empty(), "Amira is on duty but full: the child waits for her");
    assert_eq!(router.next_deadline(11), Some(120_010));
    assert_eq!(offers(&router.dispatch(120_010)), vec![("basel".into(), "back".into())], "then anyone");
}

#[test]
fn a_returning_child_does_not_wait_for_a_counsellor_off_duty_or_who_passed() {
    let mut router = Router::new(CONFIG);
    online(&mut router, "basel", &["ar"], 3, 0);
    router.register("amira", &langs(&["ar"]), 3, 0);
    router.enqueue(conv("back"), "ar", &[], Priority::NORMAL, 10);
    router.prefer(&conv("back"), "amira", 10 + 120_000);
    assert_eq!(offers(&router.dispatch(10)), vec![("basel".into(), "back".into())], "Amira is offline");

    let mut router = Router::new(CONFIG);
    online(&mut router, "amira", &["ar"], 3, 0);
    online(&mut router, "basel", &["ar"], 3, 0);
    router.enqueue(conv("back"), "ar", &[], Priority::NORMAL, 10);
    router.prefer(&conv("back"), "amira", 10 + 120_000);
    assert_eq!(offers(&router.dispatch(10)), vec![("amira".into(), "back".into())]);
    router.decline("amira", &conv("back"), 20).expect("an open offer");
    assert_eq!(offers(&router.dispatch(20)), vec![("basel".into(), "back".into())], "she declined: anyone");
}
