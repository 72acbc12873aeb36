//! Store work the hub hands off instead of waiting for it.
//!
//! The hub decides from memory; whatever must read or write the database (a risk
//! level, a note, a transfer, a status, what a console loads when it connects) runs as
//! a [`StoreTask`] on the message writer's task, after every write the hub queued
//! before it, and hands its outcome back as a [`Continuation`] that the hub runs in its
//! turn: only then is anything announced. Meanwhile the hub goes on routing and timing.
//!
//! The socket whose request it was reads its next request only after the continuation
//! ran, so one client's requests still take effect in the order it sent them.

use std::future::Future;

use super::{ConnId, Hub, RequestError};
use crate::store::Store;
use crate::writer::StoreTask;

/// What the hub does once a store task is done, with its outcome.
pub struct Continuation(Box<dyn for<'a> FnOnce(&'a mut Hub) -> BoxFuture<'a> + Send>);

/// What an asynchronous continuation returns: it may queue more work for the writer.
pub(super) type BoxFuture<'a> = std::pin::Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

impl std::fmt::Debug for Continuation {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Continuation")
    }
}

impl Continuation {
    pub(super) async fn run(self, hub: &mut Hub) {
        (self.0)(hub).await;
    }
}

impl Hub {
    /// Runs `work` against the store off the hub's task, then `then` on the hub with
    /// its outcome. The request being handled is finished only when `then` has run.
    pub(super) async fn off_hub<T, W, F, C>(&mut self, work: W, then: C)
    where
        T: Send + 'static,
        W: FnOnce(Store) -> F + Send + 'static,
        F: Future<Output = Result<T, RequestError>> + Send + 'static,
        C: FnOnce(&mut Hub, Result<T, RequestError>) + Send + 'static,
    {
        self.off_hub_async(work, move |hub, outcome| {
            then(hub, outcome);
            Box::pin(std::future::ready(()))
        })
        .await;
    }

    /// [`Hub::off_hub`] for a `then` that itself queues work (a chat to start once its
    /// case is found): it may await the writer.
    pub(super) async fn off_hub_async<T, W, F, C>(&mut self, work: W, then: C)
    where
        T: Send + 'static,
        W: FnOnce(Store) -> F + Send + 'static,
        F: Future<Output = Result<T, RequestError>> + Send + 'static,
        C: for<'a> FnOnce(&'a mut Hub, Result<T, RequestError>) -> BoxFuture<'a> + Send + 'static,
    {
        let request_done = self.request_done.take();
        let task = StoreTask::new(move |store| async move {
            let outcome = work(store).await;
            let then: Box<dyn for<'a> FnOnce(&'a mut Hub) -> BoxFuture<'a> + Send> = Box::new(move |hub: &mut Hub| {
                Box::pin(async move {
                    then(hub, outcome).await;
                    drop(request_done);
                })
            });
            Continuation(then)
        });
        if let Err(error) = self.writer.task(task).await {
            // Only while shutting down: nobody is left to answer.
            tracing::error!(%error, "store work could not be queued");
        }
    }

    /// Answers a staff request that was refused (or failed) with its typed error.
    pub(super) fn refuse_staff(&self, conn: ConnId, id: &str, error: RequestError) {
        let reply = error.into_reply(id);
        self.metrics.count_error_code(reply.code);
        self.send_to_staff_conn(conn, &bridgeline_protocol::StaffEvent::Error(reply));
    }

    /// Answers a child's request that was refused (or failed) with its typed error.
    pub(super) fn refuse_child(&self, conn: ConnId, id: &str, error: RequestError) {
        let reply = error.into_reply(id);
        self.metrics.count_error_code(reply.code);
        self.send_to_child_conn(conn, &bridgeline_protocol::ChildEvent::Error(reply));
    }
}
