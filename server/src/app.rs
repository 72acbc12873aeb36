//! The running server: shared state, the route table, and `run`, which takes its
//! listener and shutdown signal as arguments so tests can start and stop it.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;

use crate::config::ServeConfig;
use crate::hub::{self, HubConfig, HubHandle};
use crate::i18n::{Catalog, I18nError};
use crate::routing::RoutingConfig;
use crate::schedule::Schedule;
use crate::store::{Store, StoreError};
use crate::{http, ws};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<ServeConfig>,
    pub store: Store,
    pub hub: HubHandle,
    /// Chat messages go to the writer, not through the hub.
    pub writer: crate::writer::WriterHandle,
    pub bus: Arc<crate::bus::Bus>,
    /// Whether this node leads, or follows through its link to the leader.
    pub cluster: crate::cluster::Role,
    pub catalog: Arc<Catalog>,
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Sign-in throttling and sign-ins waiting for a second factor (memory only).
    pub sign_in: Arc<http::guard::SignInGuard>,
    next_conn: Arc<AtomicU64>,
    /// Counts sessions ended and accounts changed through this server: a staff socket
    /// that sees it move checks its session at once instead of trusting its last check.
    sessions_changed: Arc<AtomicU64>,
    /// The pages' HTML per language, compressed once.
    pub pages: Arc<http::page_cache::PageCache>,
    /// This helpline's signing key, and the check of partner helplines' requests.
    pub partners: Arc<http::partners::PartnerGate>,
}

impl AppState {
    /// A fresh id for a new socket.
    pub fn next_conn(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::Relaxed)
    }

    /// A session ended or an account changed: open staff sockets check theirs again,
    /// on every node.
    pub fn sessions_changed(&self) {
        self.sessions_changed.fetch_add(1, Ordering::SeqCst);
        let store = self.store.clone();
        tokio::spawn(async move { crate::cluster::sessions::announce(&store).await });
    }

    /// Moves whenever [`Self::sessions_changed`] is called.
    pub fn sessions_generation(&self) -> Arc<AtomicU64> {
        self.sessions_changed.clone()
    }
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error(transparent)]
    Schedule(#[from] crate::schedule::ScheduleError),
    #[error("reading {path}: {error}")]
    ReadFile { path: String, error: std::io::Error },
    #[error("server I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
    #[error(transparent)]
    PartnerKey(#[from] crate::partners::OwnKeyError),
    #[error("the client for partner helplines: {0}")]
    PartnerClient(#[from] crate::partners::client::ClientError),
    /// Another node may lead now: this one must stop serving at once.
    #[error("lost the leadership of the helpline ({0}); exiting so that no hub runs twice")]
    LeadershipLost(String),
}

/// Opens the database, applies migrations and serves on `listener` until `shutdown`
/// completes. On SQLite the node leads at once. On PostgreSQL the node that holds the
/// leadership lock leads; the others follow it (see [`crate::cluster`]): they serve
/// too, relaying their sockets to the leader, and one of them takes over when the lock
/// is free. A leader whose leadership is lost returns [`ServeError::LeadershipLost`]
/// at once, so that the process ends, a supervisor starts it again as a follower, and
/// no hub runs twice.
pub async fn run(
    config: ServeConfig,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let bound = listener.local_addr()?;
    let (phase, watched) = tokio::sync::watch::channel(http::front::Phase::Starting);
    // The peer's address reaches handlers (sign-in throttling) as `ConnectInfo`.
    let front = http::front::gate(watched).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let mut served = tokio::spawn(async move { axum::serve(listener, front).with_graceful_shutdown(shutdown).await });
    let store = Store::open(&config.database.database).await?;
    store.migrate().await?;
    let shared = Shared::load(&config, &store).await?;
    crate::cluster::sessions::spawn_listener(store.clone(), shared.sessions_changed.clone());
    let leadership = match store.try_lead().await? {
        Some(leadership) => leadership,
        None => {
            tracing::info!("another node leads this helpline: following it");
            let link = crate::cluster::Link::start(store.clone());
            let follower =
                shared.state(&config, &store, crate::cluster::Role::Follower(link.clone()), link.hub(), None);
            phase.send_replace(http::front::Phase::Serving(routes(follower)));
            let leadership = tokio::select! {
                leadership = store.wait_to_lead() => leadership,
                result = &mut served => return finished(result),
            };
            // Its sockets close and reconnect: to this node, once it leads.
            link.stop();
            leadership
        }
    };
    tracing::info!("leading: rebuilding the hub from the database");
    let link_secret: Option<Arc<str>> = match store.engine() {
        crate::store::Engine::Postgres => Some(crate::secrets::new_token()?.into()),
        crate::store::Engine::Sqlite => None,
    };
    let leader = lead(&config, &store, &shared, link_secret.clone()).await?;
    phase.send_replace(http::front::Phase::Serving(routes(leader)));
    if let Some(link_secret) = link_secret {
        let link_url = node_url(&config, bound);
        let address = crate::store::cluster::LeaderAddress { link_url, link_secret: link_secret.to_string() };
        store.announce_leader(&address, crate::secrets::unix_millis()).await?;
    }
    tokio::select! {
        result = &mut served => finished(result),
        reason = leadership.lost() => Err(ServeError::LeadershipLost(reason)),
    }
}

/// How the other nodes reach this one: as configured, or the address listened on.
fn node_url(config: &ServeConfig, bound: std::net::SocketAddr) -> String {
    if let Some(url) = &config.node_url {
        return url.trim_end_matches('/').to_owned();
    }
    if bound.ip().is_unspecified() {
        tracing::warn!(%bound, "listening on every address: set --node-url so that other nodes can reach this one");
    }
    format!("http://{bound}")
}

/// What a node serves with whether it leads or follows.
struct Shared {
    catalog: Arc<Catalog>,
    metrics: Arc<crate::metrics::Metrics>,
    sign_in: Arc<http::guard::SignInGuard>,
    /// This helpline's signing key (partner helplines), read once.
    partner_key: ed25519_dalek::SigningKey,
    partners: Arc<http::partners::PartnerGate>,
    next_conn: Arc<AtomicU64>,
    sessions_changed: Arc<AtomicU64>,
    pages: Arc<http::page_cache::PageCache>,
}

impl Shared {
    async fn load(config: &ServeConfig, store: &Store) -> Result<Self, ServeError> {
        let catalog = Arc::new(Catalog::load_embedded()?);
        if !config.web_dir.join("bridgeline_web_child_bg.wasm").exists() {
            tracing::warn!(web_dir = %config.web_dir.display(), "the web client is not built here; run `./x web`");
        }
        let partner_key = crate::partners::own_key(store).await?;
        let partners = store.partners().await?;
        let sign_in = Arc::new(http::guard::SignInGuard::new(&config.trusted_proxies)?);
        http::guard::spawn_sweeper(&sign_in);
        Ok(Self {
            catalog,
            metrics: Arc::default(),
            sign_in,
            partners: Arc::new(http::partners::PartnerGate::new(partner_key.clone(), &partners)),
            partner_key,
            next_conn: Arc::new(AtomicU64::new(1)),
            sessions_changed: Arc::new(AtomicU64::new(0)),
            pages: Arc::default(),
        })
    }

    /// The state handlers see. A follower's writer and bus stay idle: its sockets are
    /// served by the leader's.
    fn state(
        &self,
        config: &ServeConfig,
        store: &Store,
        cluster: crate::cluster::Role,
        hub: HubHandle,
        chat_path: Option<(crate::writer::WriterHandle, Arc<crate::bus::Bus>)>,
    ) -> AppState {
        let (writer, bus) = chat_path.unwrap_or_else(|| {
            let bus = Arc::new(crate::bus::Bus::default());
            (crate::writer::start(store.clone(), bus.clone(), self.metrics.clone()).0, bus)
        });
        AppState {
            config: Arc::new(config.clone()),
            store: store.clone(),
            hub,
            writer,
            bus,
            cluster,
            catalog: self.catalog.clone(),
            metrics: self.metrics.clone(),
            sign_in: self.sign_in.clone(),
            next_conn: self.next_conn.clone(),
            sessions_changed: self.sessions_changed.clone(),
            pages: self.pages.clone(),
            partners: self.partners.clone(),
        }
    }
}

/// Builds what only the leading node runs (the hub from the database, the message
/// writer, the purge) and the state it serves with.
async fn lead(
    config: &ServeConfig,
    store: &Store,
    shared: &Shared,
    link_secret: Option<Arc<str>>,
) -> Result<AppState, ServeError> {
    // The EU-wide numbers, in this release's words; imported services are untouched.
    let seeded = store.seed_directory(&shared.catalog).await?;
    tracing::debug!(?seeded, "built-in directory services written");
    let routing = RoutingConfig {
        offer_timeout: config.offer_timeout_secs.saturating_mul(1000),
        also_reads_after: config.also_reads_after_secs.saturating_mul(1000),
    };
    let abandon_after = config.abandon_after_secs.saturating_mul(1000);
    let schedule = match &config.schedule {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|error| ServeError::ReadFile { path: path.display().to_string(), error })?;
            Schedule::parse(&text)?
        }
        None => Schedule::default(),
    };
    let counsellor_grace = config.counsellor_grace_secs.saturating_mul(1000);
    let settings = http::settings::resolve(&store.settings().await?, config);
    let board = http::settings::board_config(&settings, config);
    let partner_client = Arc::new(crate::partners::client::PartnerClient::new(shared.partner_key.clone())?);
    let hub_config = HubConfig {
        routing,
        abandon_after,
        counsellor_grace,
        schedule,
        wrap_up_required: config.wrap_up_required,
        board,
        retention_days: config.retention_days,
        return_prefer: config.return_prefer_secs.saturating_mul(1000),
        partner_client,
    };
    let bus = Arc::new(crate::bus::Bus::default());
    let (writer, persisted) = crate::writer::start(store.clone(), bus.clone(), shared.metrics.clone());
    let hub = hub::start(
        store.clone(),
        shared.catalog.clone(),
        hub_config,
        shared.metrics.clone(),
        bus.clone(),
        writer.clone(),
        persisted,
    )
    .await?;
    crate::retention::spawn_purger(store.clone(), config.retention_days);
    let role = crate::cluster::Role::Leader { link_secret };
    Ok(shared.state(config, store, role, hub, Some((writer, bus))))
}

fn finished(result: Result<std::io::Result<()>, tokio::task::JoinError>) -> Result<(), ServeError> {
    match result {
        Ok(served) => Ok(served?),
        Err(error) => Err(ServeError::Io(std::io::Error::other(error))),
    }
}

/// The whole route table.
pub fn routes(state: AppState) -> Router {
    // `./x web` writes a brotli and a gzip copy of every asset, compressed once at the
    // highest level; browsers that accept neither get the plain file.
    let assets =
        tower_http::services::ServeDir::new(state.config.web_dir.clone()).precompressed_br().precompressed_gzip();
    // Pages and JSON are compressed as they are sent. WebSockets stay outside: an
    // upgrade has no body to compress.
    let documents = Router::new()
        .route("/", get(http::pages::child_page))
        .route("/counsellor", get(http::pages::staff_page))
        .route("/l10n/{code}/{file}", get(http::pages::locale_messages))
        .route("/api/v1/locales", get(http::pages::locale_list))
        .route("/api/v1/session", post(http::auth::sign_in).delete(http::auth::sign_out).get(http::auth::whoami))
        .route("/api/v1/session/second-factor", post(http::second_factor::complete))
        .route("/api/v1/session/enrolment", post(http::second_factor::enrolment))
        .route("/api/v1/canned", get(http::casework::canned_library))
        .route("/api/v1/canned/coverage", get(http::casework::canned_coverage))
        .route("/api/v1/conversations", get(http::casework::handled))
        .route("/api/v1/conversations/{id}", get(http::casework::transcript))
        .route("/api/v1/directory", get(http::directory::list))
        .route("/api/v1/staff", get(http::admin::list).post(http::admin::create))
        .route("/api/v1/staff/{username}", axum::routing::patch(http::admin::change))
        .route("/api/v1/staff/{username}/password", axum::routing::put(http::admin::reset_password))
        .route("/api/v1/staff/{username}/lock", axum::routing::delete(http::sign_in_admin::unlock))
        .route("/api/v1/staff/{username}/second-factor", axum::routing::delete(http::sign_in_admin::reset))
        .route("/api/v1/settings", get(http::settings::get).put(http::settings::put))
        .route("/api/v1/reports", get(http::reports::json))
        .route("/api/v1/reports.csv", get(http::reports::csv))
        .route("/api/v1/reports.svg", get(http::reports::svg))
        .layer(tower_http::compression::CompressionLayer::new().br(true).gzip(true));
    // A handover may carry a long chat: more than the default body limit.
    let handovers_in = post(http::partners::receive_handover)
        .layer(axum::extract::DefaultBodyLimit::max(crate::partners::wire::MAX_HANDOVER_BYTES));
    Router::new()
        .merge(documents)
        .route("/healthz", get(http::health::healthz))
        .route("/readyz", get(http::health::readyz))
        .route("/metrics", get(http::health::metrics))
        .route("/ws/v1/child", get(ws::child::upgrade))
        .route("/ws/v1/staff", get(ws::staff::upgrade))
        .route("/internal/v1/link", get(crate::cluster::leader::endpoint))
        .route("/api/v1/partners/hello", get(http::partners::hello))
        .route("/api/v1/partners/handovers", handovers_in)
        .route("/api/v1/partners/handovers/{id}/answer", post(http::partners::handover_answered))
        .route("/api/v1/partners/handovers/{id}/transferred", post(http::partners::handover_transferred))
        .nest_service("/assets", assets)
        .layer(axum::middleware::from_fn_with_state(state.clone(), http::headers::security_headers))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .with_state(state)
}
