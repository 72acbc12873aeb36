//! `bridgeline partner key|add|list|remove`: this helpline's identity, and the partner
//! helplines it trusts (see `docs/partners.md`).

use super::CliError;
use crate::config::{DatabaseArgs, PartnerAdd, PartnerRemove};
use crate::partners::signature::PublicIdentity;
use crate::partners::{own_key, Partner, PartnerError};
use crate::secrets::unix_millis;
use crate::store::Store;

async fn open(database: &DatabaseArgs) -> Result<Store, CliError> {
    let store = Store::open(&database.database).await?;
    store.migrate().await?;
    Ok(store)
}

/// This helpline's public identity, its key made on first use.
async fn own_identity(store: &Store) -> Result<PublicIdentity, CliError> {
    Ok(PublicIdentity::of(&own_key(store).await?))
}

pub async fn key(args: DatabaseArgs) -> Result<(), CliError> {
    let store = open(&args).await?;
    println!("{}", own_identity(&store).await?);
    Ok(())
}

pub async fn add(args: PartnerAdd) -> Result<(), CliError> {
    let store = open(&args.database).await?;
    let partner = Partner::parse(&args.name, &args.url, &args.countries, &args.languages, &args.key)?;
    if partner.key == own_identity(&store).await? {
        return Err(PartnerError::OwnKey.into());
    }
    if !store.add_partner(&partner, unix_millis()).await? {
        return Err(CliError::PartnerExists(partner.name));
    }
    println!("added partner {} ({})", partner.name, partner.base_url);
    Ok(())
}

pub async fn list(args: DatabaseArgs) -> Result<(), CliError> {
    let store = open(&args).await?;
    for partner in store.partners().await? {
        println!(
            "{}\t{}\tcountries {}\tlanguages {}\t{}",
            partner.name,
            partner.base_url,
            partner.countries.join(","),
            partner.languages.join(","),
            partner.key
        );
    }
    Ok(())
}

pub async fn remove(args: PartnerRemove) -> Result<(), CliError> {
    let store = open(&args.database).await?;
    if !store.remove_partner(&args.name).await? {
        return Err(CliError::UnknownPartner(args.name));
    }
    println!("removed partner {}", args.name);
    Ok(())
}

/// Sends the partner a signed `hello` and says whether it recognised this helpline and
/// answered with the identity configured for it.
pub async fn hello(args: PartnerRemove) -> Result<(), CliError> {
    let store = open(&args.database).await?;
    let partner = store
        .partners()
        .await?
        .into_iter()
        .find(|partner| partner.name == args.name)
        .ok_or_else(|| CliError::UnknownPartner(args.name.clone()))?;
    let client = crate::partners::client::PartnerClient::new(own_key(&store).await?)?;
    let answer = client.send(&partner, "GET", "/api/v1/partners/hello", Vec::new()).await?;
    let body = String::from_utf8_lossy(&answer.body).into_owned();
    if answer.status != 200 {
        return Err(CliError::PartnerRefused { name: partner.name, status: answer.status, body });
    }
    let answered: serde_json::Value = serde_json::from_str(&body)?;
    let identity = answered["helpline"].as_str().unwrap_or_default();
    if PublicIdentity::parse(identity) != Some(partner.key) {
        return Err(CliError::PartnerIdentity { name: partner.name, answered: identity.to_owned() });
    }
    let known_as = answered["partner"].as_str().unwrap_or_default();
    println!("{} recognised this helpline (as {known_as:?}); its identity is the one configured", partner.name);
    Ok(())
}
