//! Sending signed requests to a partner helpline: HTTPS (rustls with the Mozilla
//! roots built in), or plain HTTP to a loopback address (see [`super::Partner`]).

use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use super::signature::sign;
use super::{Partner, SigningKey};
use crate::secrets::{random_hex, unix_millis, RandomError};

/// How long a partner has to answer, connection included.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The most of an answer that is read.
const MAX_ANSWER_BYTES: usize = 1 << 20;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("the partner's URL {0:?} cannot be used")]
    Url(String),
    #[error("could not reach the partner: {0}")]
    Unreachable(String),
    #[error("the partner did not answer within {} s", TIMEOUT.as_secs())]
    Timeout,
    #[error("the partner's answer is over {MAX_ANSWER_BYTES} bytes")]
    TooLarge,
    #[error("the TLS set-up failed: {0}")]
    Tls(#[from] rustls::Error),
    #[error(transparent)]
    Random(#[from] RandomError),
}

/// A partner's answer: its status and body.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

/// This helpline's client for its partners, signing with its key.
pub struct PartnerClient {
    http: Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>,
    key: SigningKey,
}

impl std::fmt::Debug for PartnerClient {
    /// Says what it is and never shows the key.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("PartnerClient")
    }
}

impl PartnerClient {
    pub fn new(key: SigningKey) -> Result<Self, ClientError> {
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())?
            .https_or_http()
            .enable_http1()
            .build();
        Ok(Self { http: Client::builder(TokioExecutor::new()).build(connector), key })
    }

    /// Sends `body` to `path` (absolute, with its query) under the partner's base URL,
    /// signed over the whole path as sent.
    pub async fn send(
        &self,
        partner: &Partner,
        method: &str,
        path: &str,
        body: Vec<u8>,
    ) -> Result<Answer, ClientError> {
        let url = format!("{}{path}", partner.base_url);
        let uri: hyper::Uri = url.parse().map_err(|_| ClientError::Url(url.clone()))?;
        let signed_path = uri.path_and_query().map_or("/", |path| path.as_str()).to_owned();
        let nonce = random_hex::<16>()?;
        let signed = sign(&self.key, method, &signed_path, &body, unix_millis(), &nonce);
        let mut request =
            hyper::Request::builder().method(method).uri(uri).header(hyper::header::CONTENT_TYPE, "application/json");
        for (name, value) in signed.headers() {
            request = request.header(name, value);
        }
        let request = request.body(Full::new(Bytes::from(body))).map_err(|_| ClientError::Url(url))?;
        let exchange = async {
            let response =
                self.http.request(request).await.map_err(|error| ClientError::Unreachable(error.to_string()))?;
            let status = response.status().as_u16();
            let limited = http_body_util::Limited::new(response.into_body(), MAX_ANSWER_BYTES);
            let body = limited.collect().await.map_err(|_| ClientError::TooLarge)?.to_bytes().to_vec();
            Ok(Answer { status, body })
        };
        tokio::time::timeout(TIMEOUT, exchange).await.map_err(|_| ClientError::Timeout)?
    }
}
