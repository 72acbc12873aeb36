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

    /// A session ended or an account changed: open staff sockets check theirs again.
    pub fn sessions_changed(&self) {
        self.sessions_changed.fetch_add(1, Ordering::SeqCst);
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

/// Opens the database, applies migrations, waits to lead the helpline (at once on
/// SQLite; until no other node holds the lock on PostgreSQL), rebuilds the hub and
/// serves on `listener` until `shutdown` completes, or until the leadership is lost:
/// then it returns [`ServeError::LeadershipLost`] at once, so that the process ends
/// and a supervisor starts it again as a standby, and no hub runs twice.
pub async fn run(
    config: ServeConfig,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let (phase, watched) = tokio::sync::watch::channel(http::front::Phase::Starting);
    // The peer's address reaches handlers (sign-in throttling) as `ConnectInfo`.
    let front = http::front::gate(watched).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let mut served = tokio::spawn(async move { axum::serve(listener, front).with_graceful_shutdown(shutdown).await });
    let store = Store::open(&config.database.database).await?;
    store.migrate().await?;
    let leadership = match store.try_lead().await? {
        Some(leadership) => leadership,
        None => {
            tracing::info!("another node leads this helpline: standing by");
            phase.send_replace(http::front::Phase::Standby);
            tokio::select! {
                leadership = store.wait_to_lead() => leadership,
                result = &mut served => return finished(result),
            }
        }
    };
    tracing::info!("leading: rebuilding the hub from the database");
    let catalog = Arc::new(Catalog::load_embedded()?);
    // The EU-wide numbers, in this release's words; imported services are untouched.
    let seeded = store.seed_directory(&catalog).await?;
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
    let settings = http::settings::resolve(&store.settings().await?, &config);
    let board = http::settings::board_config(&settings, &config);
    let partner_key = crate::partners::own_key(&store).await?;
    let partner_client = Arc::new(crate::partners::client::PartnerClient::new(partner_key.clone())?);
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
    let metrics = Arc::new(crate::metrics::Metrics::default());
    let bus = Arc::new(crate::bus::Bus::default());
    let (writer, persisted) = crate::writer::start(store.clone(), bus.clone(), metrics.clone());
    let hub =
        hub::start(store.clone(), catalog.clone(), hub_config, metrics.clone(), bus.clone(), writer.clone(), persisted)
            .await?;
    crate::retention::spawn_purger(store.clone(), config.retention_days);
    if !config.web_dir.join("bridgeline_web_child_bg.wasm").exists() {
        tracing::warn!(web_dir = %config.web_dir.display(), "the web client is not built here; run `./x web`");
    }
    let partners = store.partners().await?;
    let sign_in = Arc::new(http::guard::SignInGuard::new(&config.trusted_proxies)?);
    http::guard::spawn_sweeper(&sign_in);
    let state = AppState {
        config: Arc::new(config),
        store,
        hub,
        writer,
        bus,
        catalog,
        metrics,
        sign_in,
        next_conn: Arc::new(AtomicU64::new(1)),
        sessions_changed: Arc::new(AtomicU64::new(0)),
        pages: Arc::default(),
        partners: Arc::new(http::partners::PartnerGate::new(partner_key, &partners)),
    };
    phase.send_replace(http::front::Phase::Leading(routes(state)));
    tokio::select! {
        result = &mut served => finished(result),
        reason = leadership.lost() => Err(ServeError::LeadershipLost(reason)),
    }
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
