pub mod i18n;
pub mod routing;
pub mod store;
