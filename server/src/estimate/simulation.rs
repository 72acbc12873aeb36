//! A seeded, discrete-event simulation of helpline days, to measure wait estimates
//! against what really happened. Used by `examples/wait_estimate.rs` (the figures in
//! `docs/wait-estimate.md`) and by a unit test; not by the server.
//!
//! The model: children of each language arrive as a Poisson process whose rate follows
//! [`DAILY_PROFILE`] (quiet night, busy afternoon and evening). A child joins their
//! language's queue; if a counsellor who speaks it has room, the least loaded takes the
//! child at once. Otherwise the child waits, first come first served, and gives up after
//! a random patience. Whenever a slot frees (a chat ends, a shift starts) the counsellor
//! takes the longest-waiting child among the languages they speak, as the router does.
//! Chat lengths and patience are lognormal. Counsellors work daily shifts; one who goes
//! off duty finishes their chats but takes no new child.
//!
//! Every time a child joins, and every minute while they wait, each [`Method`] is asked
//! for the child's remaining wait; once the child is answered the true remaining wait is
//! known. Children who give up have no true wait and are left out of the errors.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use super::{Estimate, EstimatorConfig, Millis, Outlook, Staffing, WaitEstimator, HOUR, MINUTE, SECOND};

/// One day.
pub const DAY: Millis = 24 * HOUR;

/// Arrival rate through the day as a share of the peak, one value per hour from
/// midnight, interpolated linearly in between.
pub const DAILY_PROFILE: [f64; 24] = [
    0.15, 0.10, 0.08, 0.06, 0.06, 0.08, 0.12, 0.20, 0.30, 0.40, 0.45, 0.50, //
    0.55, 0.60, 0.70, 0.85, 0.95, 1.00, 1.00, 0.95, 0.90, 0.75, 0.50, 0.30,
];

/// A small seeded generator (splitmix64): the same seed gives the same day.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^ (mixed >> 31)
    }

    /// Uniform in the open interval (0, 1), so that its logarithm is finite.
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * self.uniform().ln()
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let radius = (-2.0 * self.uniform().ln()).sqrt();
        radius * (std::f64::consts::TAU * self.uniform()).cos()
    }
}

/// A lognormal duration, given by its median and the standard deviation of its
/// logarithm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogNormal {
    pub median: Millis,
    pub sigma: f64,
}

impl LogNormal {
    pub fn sample(&self, rng: &mut Rng) -> Millis {
        (self.median as f64 * (self.sigma * rng.normal()).exp()).round().max(1.0) as Millis
    }
}

/// Children of one language, by their arrival rate at the busiest hour.
#[derive(Debug, Clone, PartialEq)]
pub struct Demand {
    pub language: &'static str,
    pub peak_per_hour: f64,
}

/// A counsellor working every day from `from` to `until`, as times of day; `until` may
/// pass midnight (up to 48 hours) for a night shift.
#[derive(Debug, Clone, PartialEq)]
pub struct Shift {
    pub languages: Vec<&'static str>,
    pub max_chats: u32,
    pub from: Millis,
    pub until: Millis,
}

impl Shift {
    pub fn new(languages: &[&'static str], max_chats: u32, from_hour: u64, until_hour: u64) -> Self {
        Self { languages: languages.to_vec(), max_chats, from: from_hour * HOUR, until: until_hour * HOUR }
    }
}

/// One simulated helpline: who calls, who answers, for how many days.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// A short label for tables.
    pub name: &'static str,
    /// Who calls and who answers, in a line.
    pub description: &'static str,
    pub seed: u64,
    pub days: u32,
    pub demand: Vec<Demand>,
    pub counsellors: Vec<Shift>,
    pub chat_length: LogNormal,
    pub patience: LogNormal,
    /// Also estimate for every waiting child this often (besides when they join).
    pub snapshot_every: Option<Millis>,
}

/// The ways of estimating compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// [`WaitEstimator::estimate`] itself.
    Estimator,
    /// Position × mean length of recent chats: what a page without the estimator would say.
    Naive,
    /// The estimator with the staffing-based interval only.
    StaffingOnly,
    /// The estimator with the measured intervals only (staffing while fewer than three).
    MeasuredOnly,
    /// The estimator without abandonment: `(position − free) × interval`.
    NoAbandonment,
    /// The wait of the last child of the language answered, scaled by position ÷ queue
    /// length (the call centres' "last to enter service" predictor).
    LastServed,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Estimator,
        Method::Naive,
        Method::StaffingOnly,
        Method::MeasuredOnly,
        Method::NoAbandonment,
        Method::LastServed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Method::Estimator => "estimator",
            Method::Naive => "naive",
            Method::StaffingOnly => "staffing interval only",
            Method::MeasuredOnly => "measured interval only",
            Method::NoAbandonment => "without abandonment",
            Method::LastServed => "last served",
        }
    }

    fn index(self) -> usize {
        match self {
            Method::Estimator => 0,
            Method::Naive => 1,
            Method::StaffingOnly => 2,
            Method::MeasuredOnly => 3,
            Method::NoAbandonment => 4,
            Method::LastServed => 5,
        }
    }
}

/// One moment a waiting child was given estimates.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub language: &'static str,
    pub at: Millis,
    pub position: u32,
    /// Taken when the child joined (otherwise a later snapshot while waiting).
    pub at_join: bool,
    /// Whether the child could be offered at once (`position ≤ free slots`).
    pub immediate: bool,
    /// Indexed like [`Method::ALL`].
    pub estimates: [Estimate; Method::ALL.len()],
    /// The true remaining wait, if the child was answered.
    pub true_wait: Option<Millis>,
    child: usize,
}

impl Observation {
    pub fn estimate(&self, method: Method) -> Estimate {
        self.estimates[method.index()]
    }
}

/// What happens next in the simulation. Events of the same millisecond run in the order
/// of the variants (staffing changes, then chats ending, then the rest), as if they
/// happened a moment apart, so that the order never depends on how they were queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    ShiftEnd { counsellor: usize },
    ShiftStart { counsellor: usize },
    ChatEnd { counsellor: usize, language: usize, length: Millis },
    Abandon { child: usize },
    Arrival { language: usize },
    Snapshot { child: usize },
}

#[derive(Debug, Clone)]
struct Child {
    language: usize,
    joined_at: Millis,
    answered_at: Option<Millis>,
    waiting: bool,
}

#[derive(Debug, Clone)]
struct Counsellor {
    languages: Vec<usize>,
    max_chats: u32,
    chats: u32,
    on_duty: bool,
}

struct World<'a> {
    scenario: &'a Scenario,
    rng: Rng,
    estimator: WaitEstimator,
    events: BinaryHeap<Reverse<(Millis, Event, u64)>>,
    sequence: u64,
    children: Vec<Child>,
    queues: Vec<VecDeque<usize>>,
    counsellors: Vec<Counsellor>,
    last_waited: Vec<Option<Millis>>,
    observations: Vec<Observation>,
    end: Millis,
}

/// Runs the scenario with an estimator built from `config`, and returns every
/// observation with its true wait filled in.
pub fn run(scenario: &Scenario, config: EstimatorConfig) -> Vec<Observation> {
    let languages = scenario.demand.len();
    let counsellors = scenario
        .counsellors
        .iter()
        .map(|shift| Counsellor {
            languages: shift
                .languages
                .iter()
                .filter_map(|spoken| scenario.demand.iter().position(|demand| demand.language == *spoken))
                .collect(),
            max_chats: shift.max_chats,
            chats: 0,
            on_duty: false,
        })
        .collect();
    let mut world = World {
        scenario,
        rng: Rng::new(scenario.seed),
        estimator: WaitEstimator::new(config),
        events: BinaryHeap::new(),
        sequence: 0,
        children: Vec::new(),
        queues: vec![VecDeque::new(); languages],
        counsellors,
        last_waited: vec![None; languages],
        observations: Vec::new(),
        end: u64::from(scenario.days) * DAY,
    };
    world.schedule_shifts();
    for language in 0..languages {
        world.schedule_next_arrival(language, 0);
    }
    while let Some(Reverse((now, event, _))) = world.events.pop() {
        world.handle(event, now);
    }
    let World { mut observations, children, .. } = world;
    for observation in &mut observations {
        observation.true_wait =
            children[observation.child].answered_at.map(|answered_at| answered_at.saturating_sub(observation.at));
    }
    observations
}

impl World<'_> {
    fn schedule(&mut self, at: Millis, event: Event) {
        self.sequence += 1;
        self.events.push(Reverse((at, event, self.sequence)));
    }

    /// Each counsellor's daily shifts, with back-to-back ones (a shift ending at
    /// midnight and the next day's starting then) merged into one.
    fn schedule_shifts(&mut self) {
        for (counsellor, shift) in self.scenario.counsellors.iter().enumerate() {
            let mut spans: Vec<(Millis, Millis)> = Vec::new();
            // From the day before the first, for a night shift that runs past midnight.
            for day in 0..=u64::from(self.scenario.days) {
                let from = (day * DAY + shift.from).saturating_sub(DAY);
                let until = (day * DAY + shift.until).saturating_sub(DAY).min(self.end);
                if until <= from {
                    continue;
                }
                match spans.last_mut() {
                    Some(last) if last.1 >= from => last.1 = until,
                    _ => spans.push((from, until)),
                }
            }
            for (from, until) in spans {
                self.schedule(from, Event::ShiftStart { counsellor });
                self.schedule(until, Event::ShiftEnd { counsellor });
            }
        }
    }

    /// The next arrival after `after`, by thinning a Poisson process at the peak rate
    /// with the daily profile.
    fn schedule_next_arrival(&mut self, language: usize, after: Millis) {
        let peak_per_hour = self.scenario.demand[language].peak_per_hour;
        if peak_per_hour <= 0.0 {
            return;
        }
        let mean_gap = HOUR as f64 / peak_per_hour;
        let mut at = after as f64;
        loop {
            at += self.rng.exponential(mean_gap);
            if at >= self.end as f64 {
                return;
            }
            if self.rng.uniform() < demand_share(at as Millis) {
                self.schedule(at as Millis, Event::Arrival { language });
                return;
            }
        }
    }

    fn handle(&mut self, event: Event, now: Millis) {
        match event {
            Event::Arrival { language } => self.arrive(language, now),
            Event::ChatEnd { counsellor, language, length } => {
                self.counsellors[counsellor].chats = self.counsellors[counsellor].chats.saturating_sub(1);
                let code = self.scenario.demand[language].language;
                self.estimator.record_chat_ended(code, length, now);
                self.fill_slots(counsellor, now);
            }
            Event::Abandon { child } => {
                if self.children[child].waiting {
                    self.children[child].waiting = false;
                    let language = self.children[child].language;
                    self.queues[language].retain(|waiting| *waiting != child);
                    let code = self.scenario.demand[language].language;
                    self.estimator.record_abandoned(code, now);
                }
            }
            Event::ShiftStart { counsellor } => {
                self.counsellors[counsellor].on_duty = true;
                self.fill_slots(counsellor, now);
            }
            Event::ShiftEnd { counsellor } => self.counsellors[counsellor].on_duty = false,
            Event::Snapshot { child } => {
                if self.children[child].waiting {
                    let language = self.children[child].language;
                    if let Some(index) = self.queues[language].iter().position(|waiting| *waiting == child) {
                        self.observe(child, index as u32 + 1, false, now);
                    }
                    if let Some(every) = self.scenario.snapshot_every {
                        self.schedule(now + every, Event::Snapshot { child });
                    }
                }
            }
        }
    }

    fn arrive(&mut self, language: usize, now: Millis) {
        self.schedule_next_arrival(language, now);
        let code = self.scenario.demand[language].language;
        self.estimator.record_arrival(code, now);
        let child = self.children.len();
        self.children.push(Child { language, joined_at: now, answered_at: None, waiting: true });
        self.queues[language].push_back(child);
        let position = self.queues[language].len() as u32;
        self.observe(child, position, true, now);

        let taker = (0..self.counsellors.len())
            .filter(|index| {
                let counsellor = &self.counsellors[*index];
                counsellor.on_duty
                    && counsellor.chats < counsellor.max_chats
                    && counsellor.languages.contains(&language)
            })
            .min_by_key(|index| (self.counsellors[*index].chats, *index));
        match taker {
            Some(counsellor) => self.fill_slots(counsellor, now),
            None => {
                let patience = self.scenario.patience.sample(&mut self.rng);
                self.schedule(now + patience, Event::Abandon { child });
                if let Some(every) = self.scenario.snapshot_every {
                    self.schedule(now + every, Event::Snapshot { child });
                }
            }
        }
    }

    /// While the counsellor is on duty and has room, they take the longest-waiting
    /// child among the languages they speak.
    fn fill_slots(&mut self, counsellor: usize, now: Millis) {
        loop {
            let Counsellor { on_duty, chats, max_chats, .. } = self.counsellors[counsellor];
            if !on_duty || chats >= max_chats {
                return;
            }
            let next = self.counsellors[counsellor]
                .languages
                .iter()
                .filter_map(|language| self.queues[*language].front().map(|child| (*child, *language)))
                .min_by_key(|(child, _)| (self.children[*child].joined_at, *child));
            let Some((child, language)) = next else { return };
            self.queues[language].pop_front();
            self.answer(child, counsellor, now);
        }
    }

    fn answer(&mut self, child: usize, counsellor: usize, now: Millis) {
        let language = self.children[child].language;
        let waited = now.saturating_sub(self.children[child].joined_at);
        self.children[child].waiting = false;
        self.children[child].answered_at = Some(now);
        self.last_waited[language] = Some(waited);
        let code = self.scenario.demand[language].language;
        self.estimator.record_answered(code, waited, now);
        self.counsellors[counsellor].chats += 1;
        let length = self.scenario.chat_length.sample(&mut self.rng);
        self.schedule(now + length, Event::ChatEnd { counsellor, language, length });
    }

    /// What the hub would pass as [`Staffing`] for the language now.
    fn staffing(&self, language: usize) -> Staffing {
        let mut staffing = Staffing { on_duty: 0, capacity: 0, busy: 0 };
        for counsellor in &self.counsellors {
            if counsellor.on_duty && counsellor.languages.contains(&language) {
                staffing.on_duty += 1;
                staffing.capacity += counsellor.max_chats;
                staffing.busy += counsellor.chats;
            }
        }
        staffing
    }

    fn observe(&mut self, child: usize, position: u32, at_join: bool, now: Millis) {
        let language = self.children[child].language;
        let code = self.scenario.demand[language].language;
        let staffing = self.staffing(language);
        let outlook = self.estimator.outlook(code, staffing, now);
        let queue_length = self.queues[language].len() as u32;
        let mut estimates = [Estimate::Unknown; Method::ALL.len()];
        for method in Method::ALL {
            estimates[method.index()] = match method {
                Method::Estimator => self.estimator.estimate(code, position, staffing, now),
                Method::Naive => {
                    let mean = self
                        .estimator
                        .recent_mean_chat_length(code, now)
                        .unwrap_or(self.estimator.config().typical_chat_length);
                    Estimate::Seconds((u64::from(position) * mean).div_ceil(SECOND))
                }
                Method::StaffingOnly => outlook.map_or(Estimate::Unknown, |outlook| {
                    outlook.wait_with(position, outlook.staffing_interval, outlook.abandonment_rate)
                }),
                Method::MeasuredOnly => outlook.map_or(Estimate::Unknown, |outlook| {
                    let interval = if outlook.measured_intervals >= 3 {
                        outlook.measured_total / f64::from(outlook.measured_intervals)
                    } else {
                        outlook.staffing_interval
                    };
                    outlook.wait_with(position, interval, outlook.abandonment_rate)
                }),
                Method::NoAbandonment => outlook
                    .map_or(Estimate::Unknown, |outlook| outlook.wait_with(position, outlook.service_interval, 0.0)),
                Method::LastServed => last_served(outlook, self.last_waited[language], position, queue_length),
            };
        }
        self.observations.push(Observation {
            language: code,
            at: now,
            position,
            at_join,
            immediate: position <= staffing.free_slots(),
            estimates,
            true_wait: None,
            child,
        });
    }
}

fn last_served(outlook: Option<Outlook>, last_waited: Option<Millis>, position: u32, queue_length: u32) -> Estimate {
    let (Some(outlook), Some(last_waited)) = (outlook, last_waited) else { return Estimate::Unknown };
    if position <= outlook.free_slots {
        return Estimate::Seconds(0);
    }
    let scaled = last_waited as f64 * f64::from(position) / f64::from(queue_length.max(position));
    Estimate::Seconds((scaled / SECOND as f64).ceil().max(1.0) as u64)
}

/// The arrival rate at `at` as a share of the peak.
pub fn demand_share(at: Millis) -> f64 {
    let hours = (at % DAY) as f64 / HOUR as f64;
    let hour = hours.floor() as usize % 24;
    let next = (hour + 1) % 24;
    let fraction = hours - hours.floor();
    DAILY_PROFILE[hour] * (1.0 - fraction) + DAILY_PROFILE[next] * fraction
}

/// Absolute errors of one method, in minutes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ErrorSummary {
    /// Observations compared: the child was answered and the method gave a number.
    pub count: usize,
    /// Observations of answered children where the method said unknown.
    pub unknown: usize,
    pub mean_abs: f64,
    pub median_abs: f64,
    pub p90_abs: f64,
    /// Mean of estimate − truth: positive when the method promises too long a wait.
    pub bias: f64,
}

/// Errors of `method` over the observations that `keep` selects, counting only
/// answered children.
pub fn summarize(observations: &[Observation], method: Method, keep: impl Fn(&Observation) -> bool) -> ErrorSummary {
    let mut errors = Vec::new();
    let mut unknown = 0;
    for observation in observations.iter().filter(|observation| keep(observation)) {
        let Some(true_wait) = observation.true_wait else { continue };
        match observation.estimate(method).seconds() {
            Some(seconds) => errors.push(seconds as f64 / 60.0 - true_wait as f64 / MINUTE as f64),
            None => unknown += 1,
        }
    }
    let count = errors.len();
    let bias = if count == 0 { 0.0 } else { errors.iter().sum::<f64>() / count as f64 };
    let mut absolute: Vec<f64> = errors.iter().map(|error| error.abs()).collect();
    absolute.sort_by(f64::total_cmp);
    let mean_abs = if count == 0 { 0.0 } else { absolute.iter().sum::<f64>() / count as f64 };
    ErrorSummary {
        count,
        unknown,
        mean_abs,
        median_abs: nearest_rank(&absolute, 0.5),
        p90_abs: nearest_rank(&absolute, 0.9),
        bias,
    }
}

/// The `quantile` of sorted values by the nearest-rank rule (0 when empty).
fn nearest_rank(sorted: &[f64], quantile: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (quantile * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The scenarios of `docs/wait-estimate.md`: chats of median 15 minutes, children who
/// give up after a median 12 minutes, two weeks each.
pub fn standard_scenarios() -> Vec<Scenario> {
    let chat_length = LogNormal { median: 15 * MINUTE, sigma: 0.7 };
    let patience = LogNormal { median: 12 * MINUTE, sigma: 1.0 };
    let days = 14;
    let snapshot_every = Some(MINUTE);
    vec![
        Scenario {
            name: "busy",
            description: "ar, peak 40/h; 4 counsellors x 3 chats, round the clock",
            seed: 1,
            days,
            demand: vec![Demand { language: "ar", peak_per_hour: 40.0 }],
            counsellors: (0..4).map(|_| Shift::new(&["ar"], 3, 0, 24)).collect(),
            chat_length,
            patience,
            snapshot_every,
        },
        Scenario {
            name: "thin",
            description: "uk, peak 5/h; 1 counsellor x 2 chats, 10:00-22:00, nobody at night",
            seed: 2,
            days,
            demand: vec![Demand { language: "uk", peak_per_hour: 5.0 }],
            counsellors: vec![Shift::new(&["uk"], 2, 10, 22)],
            chat_length,
            patience,
            snapshot_every,
        },
        Scenario {
            name: "shift",
            description: "fa, peak 25/h; 2 x 3 chats 08-15, 3 x 3 chats 15-23, 1 x 2 chats 23-08",
            seed: 3,
            days,
            demand: vec![Demand { language: "fa", peak_per_hour: 25.0 }],
            counsellors: vec![
                Shift::new(&["fa"], 3, 8, 15),
                Shift::new(&["fa"], 3, 8, 15),
                Shift::new(&["fa"], 3, 15, 23),
                Shift::new(&["fa"], 3, 15, 23),
                Shift::new(&["fa"], 3, 15, 23),
                Shift::new(&["fa"], 2, 23, 32),
            ],
            chat_length,
            patience,
            snapshot_every,
        },
        Scenario {
            name: "shared",
            description: "fr peak 10/h, en peak 20/h; 2 counsellors fr+en x 3 chats, 1 en-only x 3, round the clock",
            seed: 4,
            days,
            demand: vec![
                Demand { language: "fr", peak_per_hour: 10.0 },
                Demand { language: "en", peak_per_hour: 20.0 },
            ],
            counsellors: vec![
                Shift::new(&["fr", "en"], 3, 0, 24),
                Shift::new(&["fr", "en"], 3, 0, 24),
                Shift::new(&["en"], 3, 0, 24),
            ],
            chat_length,
            patience,
            snapshot_every,
        },
    ]
}
