//! A TCP relay in front of the nodes of a helpline, as a load balancer is: it passes
//! each connection to the node it points at, and the test points it at the node that
//! leads after a takeover. A connection to a node that died breaks, as it would.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::net::{TcpListener, TcpStream};

pub struct Proxy {
    pub addr: SocketAddr,
    target: Arc<Mutex<SocketAddr>>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    pub async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the proxy");
        let addr = listener.local_addr().expect("the proxy's address");
        let target = Arc::new(Mutex::new(target));
        let task = tokio::spawn({
            let target = target.clone();
            async move {
                while let Ok((mut client, _)) = listener.accept().await {
                    let node = *target.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                    tokio::spawn(async move {
                        if let Ok(mut upstream) = TcpStream::connect(node).await {
                            let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                        }
                    });
                }
            }
        });
        Proxy { addr, target, task }
    }

    /// Sends new connections to `node` from now on.
    pub fn point_at(&self, node: SocketAddr) {
        *self.target.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = node;
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}
