//! Command-line administration: `bridgeline user add`, `bridgeline user disable`,
//! `bridgeline user reset-second-factor`, and the directory commands in [`directory`].

pub mod directory;
pub mod partners;

use crate::config::{UserAdd, UserDisable, UserResetSecondFactor};
use crate::i18n::Catalog;
use crate::passwords::hash_password;
use crate::secrets::{new_id, unix_millis};
use crate::store::staff::{NewStaff, Role};
use crate::store::Store;

/// Environment variable a script can set instead of answering the password prompt.
pub const PASSWORD_ENV: &str = "BRIDGELINE_PASSWORD";

/// Shortest password accepted for a staff account.
pub const MIN_PASSWORD_CHARS: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("unknown role {0:?}: use counsellor, coordinator or admin")]
    UnknownRole(String),
    #[error("unknown language {0:?}: this build serves {1}")]
    UnknownLanguage(String, String),
    #[error("no staff account is called {0:?}")]
    UnknownUser(String),
    #[error("{0:?} has no second factor")]
    NoSecondFactor(String),
    #[error("max chats must be at least 1")]
    NoCapacity,
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    WeakPassword,
    #[error("could not read the password: {0}")]
    Prompt(std::io::Error),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    #[error(transparent)]
    Password(#[from] crate::passwords::PasswordError),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
    #[error(transparent)]
    Purge(#[from] crate::retention::PurgeError),
    #[error("{}: say which format it is with --format csv or --format json", .0.display())]
    UnknownFormat(std::path::PathBuf),
    #[error("reading {}: {error}", path.display())]
    ReadFile { path: std::path::PathBuf, error: std::io::Error },
    #[error(
        "{}: nothing imported; {} to fix:\n{}",
        path.display(),
        directory::count(errors.len(), "problem"),
        directory::problem_lines(errors)
    )]
    ImportRefused { path: std::path::PathBuf, errors: Vec<crate::directory::RowError> },
    #[error(transparent)]
    BadFilter(#[from] crate::directory::FilterError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("writing the output: {0}")]
    Output(std::io::Error),
    #[error(transparent)]
    Partner(#[from] crate::partners::PartnerError),
    #[error("a partner called {0:?}, or with this key, exists already: remove it first")]
    PartnerExists(String),
    #[error("no partner is called {0:?}")]
    UnknownPartner(String),
    #[error(transparent)]
    PartnerKey(#[from] crate::partners::OwnKeyError),
    #[error(transparent)]
    PartnerClient(#[from] crate::partners::client::ClientError),
    #[error("{name} refused the request ({status}): {body}")]
    PartnerRefused { name: String, status: u16, body: String },
    #[error("{name} answers with another identity than the one configured for it: {answered}")]
    PartnerIdentity { name: String, answered: String },
}

/// Disables a staff account and ends its sessions; its open sockets notice within
/// seconds (they re-check the session) and close.
pub async fn user_disable(args: UserDisable) -> Result<(), CliError> {
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    if !store.disable_staff(&args.name).await? {
        return Err(CliError::UnknownUser(args.name));
    }
    println!("disabled {}", args.name);
    Ok(())
}

/// Removes a member's second factor and ends their sessions (their open consoles
/// notice within seconds); audited as done from the command line.
pub async fn user_reset_second_factor(args: UserResetSecondFactor) -> Result<(), CliError> {
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    let staff = store.staff_by_username(&args.name).await?.ok_or_else(|| CliError::UnknownUser(args.name.clone()))?;
    if !store.reset_second_factor(&staff.id).await? {
        return Err(CliError::NoSecondFactor(args.name));
    }
    let detail = format!("{} (from the command line)", args.name);
    store.audit_sign_in(&new_id()?, None, "second_factor_reset", &detail, unix_millis()).await?;
    println!("second factor of {} removed; the next sign-in enrols a new one", args.name);
    Ok(())
}

/// Runs one retention purge and prints what it deleted.
pub async fn retention_purge(args: crate::config::RetentionPurge) -> Result<(), CliError> {
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    let now = args.as_of.unwrap_or_else(unix_millis);
    let days = match args.retention_days {
        Some(days) => days,
        None => store.settings().await?.retention_days.unwrap_or(crate::retention::DEFAULT_DAYS),
    };
    let purged = crate::retention::purge(&store, days, now).await?;
    println!(
        "purged {} conversations ({} messages, {} notes) that ended more than {days} days before {now}",
        purged.conversations, purged.messages, purged.notes
    );
    Ok(())
}

/// Creates a staff account; prints its username on success.
pub async fn user_add(args: UserAdd) -> Result<(), CliError> {
    let role = Role::parse(&args.role).ok_or_else(|| CliError::UnknownRole(args.role.clone()))?;
    let catalog = Catalog::load_embedded()?;
    let languages: Vec<String> =
        args.languages.iter().map(|code| code.trim().to_owned()).filter(|code| !code.is_empty()).collect();
    if let Some(unknown) = languages.iter().find(|code| !catalog.contains(code)) {
        return Err(CliError::UnknownLanguage(unknown.clone(), catalog.codes().join(", ")));
    }
    if args.max_chats == 0 {
        return Err(CliError::NoCapacity);
    }
    let password = match std::env::var(PASSWORD_ENV) {
        Ok(password) => password,
        Err(_) => rpassword::prompt_password(format!("Password for {}: ", args.name)).map_err(CliError::Prompt)?,
    };
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(CliError::WeakPassword);
    }
    let store = Store::open(&args.database.database).await?;
    store.migrate().await?;
    let id = new_id()?;
    let password_hash = hash_password(&password)?;
    let display_name = args.display_name.clone().unwrap_or_else(|| args.name.clone());
    store
        .create_staff(&NewStaff {
            id: &id,
            username: &args.name,
            display_name: &display_name,
            password_hash: &password_hash,
            role,
            languages: &languages,
            max_chats: args.max_chats,
            created_at: unix_millis(),
        })
        .await?;
    println!("created {} {} ({})", role.as_str(), args.name, languages.join(","));
    Ok(())
}
