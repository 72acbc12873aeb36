//! Command line and environment: one binary with subcommands. Every option can also
//! be set from the environment variable named beside it (see `.env.sample`).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "bridgeline", version, about = "Bridgeline: a chat platform for child helplines")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the server (applies pending migrations first).
    Serve(ServeConfig),
    /// Applies pending database migrations and exits.
    Migrate(DatabaseArgs),
    /// Manages staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Applies the retention policy.
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Manages the referral directory (see docs/directory.md).
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Manages partner helplines in other countries (see docs/partners.md).
    #[command(subcommand)]
    Partner(PartnerCommand),
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Makes this helpline's signing key if it has none, and prints its public
    /// identity, to give to partners. The private key never leaves the database.
    Key(DatabaseArgs),
    /// Adds a partner helpline.
    Add(PartnerAdd),
    /// Lists the partner helplines.
    List(DatabaseArgs),
    /// Removes a partner helpline: its requests are refused from now on.
    Remove(PartnerRemove),
    /// Asks a partner whether it recognises this helpline (a signed `hello`): checks
    /// both configurations, the network and the clocks.
    Hello(PartnerRemove),
}

#[derive(Debug, Clone, Args)]
pub struct PartnerAdd {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// How staff here call it (unique).
    #[arg(long)]
    pub name: String,
    /// Where its Bridgeline answers: https://…, or http:// on a loopback address.
    #[arg(long)]
    pub url: String,
    /// The countries it serves, ISO 3166 codes (e.g. DE,AT).
    #[arg(long, value_delimiter = ',', required = true)]
    pub countries: Vec<String>,
    /// The languages its counsellors speak (e.g. de,ar,uk).
    #[arg(long, value_delimiter = ',', required = true)]
    pub languages: Vec<String>,
    /// Its public identity, as its `bridgeline partner key` prints it.
    #[arg(long)]
    pub key: String,
}

#[derive(Debug, Clone, Args)]
pub struct PartnerRemove {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The partner's name.
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// Database URL: `sqlite://FILE` (created on first use) or
    /// `postgres://USER:PASSWORD@HOST/DB` (PostgreSQL 15+; several nodes may share it,
    /// one leading).
    #[arg(long, env = "BRIDGELINE_DATABASE", default_value = "sqlite://bridgeline.db")]
    pub database: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// Everything `serve` needs.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    #[command(flatten)]
    pub database: DatabaseArgs,

    /// Address to listen on. Port 0 picks a free port; the address actually bound is
    /// printed on standard output as `listening on http://ADDR`.
    #[arg(long, env = "BRIDGELINE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// How the other nodes of this helpline reach this one (PostgreSQL, several
    /// nodes), e.g. `http://10.0.0.5:8080`. By default the address listened on, which
    /// serves when that is a specific address; with `0.0.0.0` or `[::]` say it here.
    #[arg(long, env = "BRIDGELINE_NODE_URL")]
    pub node_url: Option<String>,

    /// Directory of the built web client (`./x web` writes it).
    #[arg(long, env = "BRIDGELINE_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,

    /// Origins allowed to open WebSockets and to use the session cookie, e.g.
    /// `https://chat.example.org`, compared whole (scheme, host, port). When none is
    /// given, only the page's own origin is: `http://` (`https://` with
    /// `--secure-cookies`) + the `Host` it was requested with.
    #[arg(long = "allowed-origin", env = "BRIDGELINE_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub allowed_origins: Vec<String>,

    /// Seconds an offer stays open before it passes to the next counsellor.
    #[arg(long, env = "BRIDGELINE_OFFER_TIMEOUT_SECS", default_value_t = 30)]
    pub offer_timeout_secs: u64,

    /// Seconds a child waits before the other languages they read are searched too.
    #[arg(long, env = "BRIDGELINE_ALSO_READS_AFTER_SECS", default_value_t = 60)]
    pub also_reads_after_secs: u64,

    /// Seconds a socket may stay silent before it counts as gone. The server pings
    /// every third of it and every browser answers, so only a connection that died
    /// without closing (a phone out of coverage, a laptop shut) stays silent; without
    /// this it would look connected for hours, and its child never counted as gone.
    #[arg(long, env = "BRIDGELINE_SOCKET_IDLE_SECS", default_value_t = 45, value_parser = clap::value_parser!(u64).range(3..))]
    pub socket_idle_secs: u64,

    /// Seconds a waiting child may be disconnected (network lost, tab closed) before
    /// they are taken out of the queue, so that no counsellor is offered a child who
    /// has gone. Coming back within this time keeps their place.
    #[arg(long, env = "BRIDGELINE_ABANDON_AFTER_SECS", default_value_t = 120)]
    pub abandon_after_secs: u64,

    /// Seconds a counsellor's connection may be gone before their children go back to
    /// the front of the queue (and are told), so that no child is left with nobody.
    /// Coming back within this time keeps the chats.
    #[arg(long, env = "BRIDGELINE_COUNSELLOR_GRACE_SECS", default_value_t = 120)]
    pub counsellor_grace_secs: u64,

    /// Whether a counsellor must finish the wrap-up of each ended chat before they
    /// receive another offer.
    #[arg(long, env = "BRIDGELINE_WRAP_UP_REQUIRED")]
    pub wrap_up_required: bool,

    /// Days a conversation stays readable: staff can reopen the chats they handled for
    /// this long.
    #[arg(long, env = "BRIDGELINE_RETENTION_DAYS", default_value_t = 90)]
    pub retention_days: u64,

    /// A child answered within this many seconds counts towards the service level on
    /// the coordinators' board.
    #[arg(long, env = "BRIDGELINE_TARGET_WAIT_SECS", default_value_t = 60)]
    pub target_wait_secs: u64,

    /// A child who comes back with a return code is offered first to the counsellor
    /// they spoke with before, if on duty: for at most this many seconds (while that
    /// counsellor has no room), then to anyone who speaks their language.
    #[arg(long, env = "BRIDGELINE_RETURN_PREFER_SECS", default_value_t = 120)]
    pub return_prefer_secs: u64,

    /// A child waiting longer than this many seconds raises an alert on the board.
    #[arg(long, env = "BRIDGELINE_LONG_WAIT_ALERT_SECS", default_value_t = 600)]
    pub long_wait_alert_secs: u64,

    /// A message a child left while nobody was there, unanswered for longer than this
    /// many seconds, raises an alert on the board (default 12 hours).
    #[arg(long, env = "BRIDGELINE_LEFT_MESSAGE_ALERT_SECS", default_value_t = 43_200)]
    pub left_message_alert_secs: u64,

    /// The helpline's offset from UTC in minutes, for where "today" starts on the board
    /// and in reports (fixed: shift it by hand at daylight-saving changes).
    #[arg(long, env = "BRIDGELINE_UTC_OFFSET_MINUTES", default_value_t = 0, allow_hyphen_values = true)]
    pub utc_offset_minutes: i64,

    /// How long a staff session lasts, in hours.
    #[arg(long, env = "BRIDGELINE_SESSION_HOURS", default_value_t = 12)]
    pub session_hours: u64,

    /// Reverse proxies (IP addresses, repeatable or comma-separated) whose
    /// `X-Forwarded-For` names the client. Sign-in throttling counts per client
    /// address; from any other peer that header is ignored, so that a client cannot
    /// pick the address it is counted as.
    #[arg(long = "trusted-proxy", env = "BRIDGELINE_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpAddr>,

    /// Mark the session cookie `Secure` (set this behind HTTPS).
    #[arg(long, env = "BRIDGELINE_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,

    /// Where the quick-exit button sends the child: a neutral site.
    #[arg(long, env = "BRIDGELINE_QUICK_EXIT_URL", default_value = "https://www.google.com/")]
    pub quick_exit_url: String,

    /// Give the child's page a neutral tab title ("Notes", in the child's language),
    /// so that neither the tabs nor the browser's history (which keeps titles) show a
    /// helpline. On by default: a child cannot choose it, and the cost of the plain
    /// title falls on the child whose device is looked at. `--neutral-title=false`
    /// names the helpline in the tab instead.
    #[arg(
        long,
        env = "BRIDGELINE_NEUTRAL_TITLE",
        default_value_t = true,
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub neutral_title: bool,

    /// The helpline's phone number, offered to a child when nobody who speaks their
    /// language is on duty. Digits and spaces; shown as written, dialled without spaces.
    #[arg(long, env = "BRIDGELINE_HELPLINE_PHONE", default_value = "116 111")]
    pub helpline_phone: String,

    /// A JSON file of weekly opening hours per language, to tell a child when someone
    /// who speaks their language will be there (see docs/schedule.md). Without it the
    /// child is told only that nobody is there now.
    #[arg(long, env = "BRIDGELINE_SCHEDULE")]
    pub schedule: Option<PathBuf>,

    /// Log format.
    #[arg(long, env = "BRIDGELINE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Deletes the transcripts and notes of conversations that ended more than the
    /// retention period ago (the server also does this every hour).
    Purge(RetentionPurge),
}

#[derive(Debug, Clone, Args)]
pub struct RetentionPurge {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Days to keep; default: the period an admin set, else 90.
    #[arg(long)]
    pub retention_days: Option<u64>,
    /// Purge as if it were this moment (milliseconds since the Unix epoch) instead of
    /// now: to check what a later purge will delete.
    #[arg(long)]
    pub as_of: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Creates a staff account. The password is read from BRIDGELINE_PASSWORD, or
    /// prompted for when that is unset.
    Add(UserAdd),
    /// Disables a staff account: its sessions end and its open sockets close within
    /// seconds. The account and its history stay.
    Disable(UserDisable),
    /// Removes a staff member's second factor (a lost phone, when no admin can do it
    /// from the console): their sessions end and their next sign-in enrols a new one.
    /// Audited.
    ResetSecondFactor(UserResetSecondFactor),
}

#[derive(Debug, Clone, Args)]
pub struct UserResetSecondFactor {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Username of the account.
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct UserDisable {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Username of the account.
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct UserAdd {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Username used to sign in.
    #[arg(long)]
    pub name: String,
    /// Name shown to children; defaults to the username.
    #[arg(long)]
    pub display_name: Option<String>,
    /// counsellor, coordinator or admin.
    #[arg(long, default_value = "counsellor")]
    pub role: String,
    /// Languages spoken, comma-separated codes, e.g. `ar,en`.
    #[arg(long, value_delimiter = ',', required = true)]
    pub languages: Vec<String>,
    /// How many chats at once.
    #[arg(long, default_value_t = 3)]
    pub max_chats: u32,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Adds or updates services from a CSV or JSON file (docs/examples/services.csv):
    /// every row, or none when any row is wrong. Services are matched by id, so a file
    /// can be imported again after it is edited.
    Import(DirectoryImport),
    /// Lists services, filtered as the counsellor's console filters them.
    List(DirectoryList),
}

/// How an import file is written, when its extension does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct DirectoryImport {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The file: CSV with a header row, or a JSON array of objects.
    pub file: PathBuf,
    /// The file's format; by default its extension (.csv or .json) decides.
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
}

#[derive(Debug, Clone, Args)]
pub struct DirectoryList {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Services of this country (ISO 3166-1 alpha-2, e.g. DE) and the EU-wide ones.
    #[arg(long)]
    pub country: Option<String>,
    /// Services for this topic (e.g. violence, missing) and those for any topic.
    #[arg(long)]
    pub topic: Option<String>,
    /// Services answering in this language (e.g. ar) and those whose languages are not known.
    #[arg(long)]
    pub language: Option<String>,
    /// Only services open now: 24/7, or within their weekly hours.
    #[arg(long)]
    pub open_now: bool,
    /// Print JSON (the same as `GET /api/v1/directory`) instead of text.
    #[arg(long)]
    pub json: bool,
}
