//! Storage tests on a real SQLite file, or on a fresh database of the PostgreSQL
//! server that `BRIDGELINE_TEST_POSTGRES` names (`./x test` runs them on both).

use bridgeline_protocol::{AgeBand, Author, Body, ConversationId, ConversationState, Intake, Notice, Rating, Topic};

use super::conversations::NewConversation;
use super::staff::{NewStaff, Role};
use super::writes::{Refused, Work, WorkKind, Written};
use super::{Store, StoreError};

fn text(text: &str) -> Body {
    Body::Text { text: text.into() }
}

async fn store() -> (Store, tempfile::TempDir) {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let dir = tempfile::tempdir().expect("temp dir");
    let url = match std::env::var("BRIDGELINE_TEST_POSTGRES") {
        Ok(server) if !server.is_empty() => {
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            format!("{}/unit_{}_{n}", server.trim_end_matches('/'), std::process::id())
        }
        _ => format!("sqlite://{}", dir.path().join("test.db").display()),
    };
    let store = Store::open(&url).await.expect("open");
    store.migrate().await.expect("migrate");
    (store, dir)
}

async fn add_staff(store: &Store, id: &str, username: &str) -> Result<(), StoreError> {
    let languages = vec!["ar".to_owned(), "en".to_owned()];
    store
        .create_staff(&NewStaff {
            id,
            username,
            display_name: "Amira",
            password_hash: "$argon2id$not-a-real-hash",
            role: Role::Counsellor,
            languages: &languages,
            max_chats: 3,
            created_at: 1,
        })
        .await
}

#[tokio::test]
async fn usernames_are_unique_and_staff_round_trips() {
    let (store, _dir) = store().await;
    add_staff(&store, "s1", "amira").await.unwrap();
    assert!(matches!(add_staff(&store, "s2", "amira").await, Err(StoreError::AlreadyExists(_))));
    let staff = store.staff_by_username("amira").await.unwrap().expect("stored");
    assert_eq!(staff.languages, ["ar", "en"]);
    assert_eq!(staff.role, Role::Counsellor);
    assert!(!staff.disabled);
}

#[tokio::test]
async fn expired_sessions_do_not_authenticate_and_are_purged() {
    let (store, _dir) = store().await;
    add_staff(&store, "s1", "amira").await.unwrap();
    store.create_session("live", "s1", 0, 1_000).await.unwrap();
    store.create_session("stale", "s1", 0, 500).await.unwrap();
    assert!(store.session_staff("live", 600).await.unwrap().is_some());
    assert!(store.session_staff("stale", 600).await.unwrap().is_none());
    assert_eq!(store.purge_expired_sessions(600).await.unwrap(), 1);
    assert!(store.session_staff("live", 600).await.unwrap().is_some());
}

#[tokio::test]
async fn messages_are_numbered_without_gaps_and_idempotent_per_author() {
    let (store, _dir) = store().await;
    add_staff(&store, "s1", "amira").await.unwrap();
    let id = ConversationId("c1".into());
    store
        .create_conversation(&NewConversation {
            id: &id,
            resume_token_hash: "h",
            language: "ar",
            also_reads: &[],
            intake: &Intake::default(),
            now: 5,
            case_id: None,
        })
        .await
        .unwrap();
    let first = store.append_message(&id, Author::Child, Some("m1"), &text("hello"), 10).await.unwrap();
    assert_eq!((first.message.seq, first.duplicate), (1, false));
    let again = store.append_message(&id, Author::Child, Some("m1"), &text("hello"), 11).await.unwrap();
    assert_eq!((again.message.seq, again.duplicate, again.message.sent_at), (1, true, 10));
    // The same client id from the other side is a different message.
    let other = store.append_message(&id, Author::Counsellor, Some("m1"), &text("hi"), 12).await.unwrap();
    assert_eq!(other.message.seq, 2);

    let joined = store.assign_conversation(&id, "s1", "Amira", 13).await.unwrap();
    assert_eq!(joined.message.body, Body::System(Notice::CounsellorJoined { display_name: "Amira".into() }));
    let ended = store.end_conversation(&id, Author::Counsellor, 14).await.unwrap();
    assert_eq!(ended.message.seq, 4);

    let all = store.messages_after(&id, 0).await.unwrap();
    assert_eq!(all.iter().map(|message| message.seq).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(store.messages_after(&id, 2).await.unwrap().len(), 2);
    assert_eq!(store.last_seq(&id).await.unwrap(), 4);
    let record = store.conversation_by_resume_hash("h").await.unwrap().expect("found by token hash");
    assert_eq!(record.state, ConversationState::Ended);
    assert_eq!(record.ended_by, Some(Author::Counsellor));
    assert!(store.open_conversations().await.unwrap().is_empty());
}

#[tokio::test]
async fn intake_read_marks_and_rating_are_kept() {
    let (store, _dir) = store().await;
    let id = ConversationId("c2".into());
    let intake = Intake {
        topics: vec![Topic::Migration, Topic::Family],
        age_band: Some(AgeBand::From13To15),
        country: Some("DE".into()),
    };
    let new = NewConversation {
        id: &id,
        resume_token_hash: "h2",
        language: "ti",
        also_reads: &[],
        intake: &intake,
        now: 5,
        case_id: None,
    };
    store.create_conversation(&new).await.unwrap();
    assert_eq!(store.conversation_by_id(&id).await.unwrap().unwrap().intake, intake);

    add_staff(&store, "s1", "amira").await.unwrap();
    for n in 1..=3 {
        store.append_message(&id, Author::Child, Some(&format!("m{n}")), &text("hello"), 5).await.unwrap();
    }
    store.assign_conversation(&id, "s1", "Amira", 5).await.unwrap();
    let read = |staff: Option<&str>, seq| Work {
        conversation: id.clone(),
        staff: staff.map(str::to_owned),
        kind: WorkKind::Read { seq },
    };
    let outcomes = store
        .write_connection()
        .await
        .unwrap()
        .write_batch(&[read(None, 3), read(None, 2), read(None, 9), read(Some("s1"), 1), read(Some("s2"), 1)])
        .await
        .unwrap();
    let marks: Vec<_> = outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap().map(|written| matches!(written, Written::Read(Some(_)))))
        .collect();
    // Moved; a late, lower mark never moves it back; beyond the last message; the
    // holder's; not the holder.
    assert_eq!(marks, [Ok(true), Ok(false), Err(Refused::Beyond), Ok(true), Err(Refused::NotYours)]);
    let record = store.conversation_by_id(&id).await.unwrap().unwrap();
    assert_eq!((record.child_read_seq, record.counsellor_read_seq), (3, 1));

    // A rating counts only once the chat has ended.
    store.rate_conversation(&id, Rating::Helped, 6).await.unwrap();
    let rating = || async {
        sqlx::query_scalar::<_, Option<String>>("SELECT rating FROM conversations WHERE id = 'c2'")
            .fetch_one(store.pool())
            .await
            .unwrap()
    };
    assert_eq!(rating().await, None);
    store.end_conversation(&id, Author::Child, 7).await.unwrap();
    store.rate_conversation(&id, Rating::NotHelped, 8).await.unwrap();
    assert_eq!(rating().await.as_deref(), Some("not_helped"));
}

#[tokio::test]
async fn commits_leave_the_log_to_the_checkpoints_and_the_writer_finishes_them_so_it_starts_over() {
    let (store, _dir) = store().await;
    let id = ConversationId("c-log".into());
    let new = NewConversation {
        id: &id,
        resume_token_hash: "h-log",
        language: "en",
        also_reads: &[],
        intake: &Intake::default(),
        now: 1,
        case_id: None,
    };
    store.create_conversation(&new).await.unwrap();
    if store.engine() != super::Engine::Sqlite {
        assert_eq!(store.checkpoint().await.unwrap(), None);
        return;
    }
    let mut writer = store.write_connection().await.unwrap();
    let message = |n: usize| Work {
        conversation: id.clone(),
        staff: None,
        kind: WorkKind::Message { author: Author::Child, client_id: format!("m{n}"), body: text("hello"), now: 2 },
    };
    // Each commit logs a few pages: past SQLite's own threshold (1,000 pages), at which
    // a commit would have checkpointed and the log started over.
    for n in 0..600 {
        writer.write_batch(&[message(n)]).await.unwrap();
    }
    // A reader still on the log as it was holds the task's copy back, while more is
    // committed.
    let mut reader = store.pool().begin().await.unwrap();
    let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages").fetch_one(&mut *reader).await.unwrap();
    for n in 600..610 {
        writer.write_batch(&[message(n)]).await.unwrap();
    }
    let held = store.checkpoint().await.unwrap().expect("a SQLite checkpoint");
    assert!(held.logged > 1000, "the writer's commits checkpointed: {held:?}");
    assert!(held.copied < held.logged, "the reader's snapshot was overwritten: {held:?}");
    reader.commit().await.unwrap();
    // The writer copies the rest, and its next commit starts the log over.
    let rest = writer.checkpoint().await.unwrap().expect("a SQLite checkpoint");
    assert_eq!((rest.logged, rest.copied), (held.logged, held.logged));
    writer.write_batch(&[message(610)]).await.unwrap();
    let after = store.checkpoint().await.unwrap().expect("a SQLite checkpoint");
    assert!(after.logged < 20, "the log did not start over: {after:?}");
    assert_eq!(store.last_seq(&id).await.unwrap(), 611);
}

#[tokio::test]
async fn a_batch_numbers_each_message_once_and_checks_each_writer() {
    let (store, _dir) = store().await;
    add_staff(&store, "s1", "amira").await.unwrap();
    let id = ConversationId("c3".into());
    let new = NewConversation {
        id: &id,
        resume_token_hash: "h3",
        language: "ar",
        also_reads: &[],
        intake: &Intake::default(),
        now: 1,
        case_id: None,
    };
    store.create_conversation(&new).await.unwrap();
    let message = |staff: Option<&str>, client_id: &str| Work {
        conversation: id.clone(),
        staff: staff.map(str::to_owned),
        kind: WorkKind::Message {
            author: if staff.is_some() { Author::Counsellor } else { Author::Child },
            client_id: client_id.to_owned(),
            body: text(client_id),
            now: 2,
        },
    };
    let seqs = |outcomes: Vec<super::writes::Outcome>| -> Vec<Result<(u64, bool), Refused>> {
        outcomes
            .into_iter()
            .map(|outcome| {
                outcome.unwrap().map(|written| match written {
                    Written::Message(appended) => (appended.message.seq, appended.duplicate),
                    other => panic!("a message was written as {other:?}"),
                })
            })
            .collect()
    };
    // Waiting: the child writes; nobody holds the chat yet; a resend in the same batch
    // is the same message.
    let outcomes = store
        .write_connection()
        .await
        .unwrap()
        .write_batch(&[message(None, "a"), message(Some("s1"), "b"), message(None, "a"), message(None, "c")])
        .await
        .unwrap();
    assert_eq!(seqs(outcomes), [Ok((1, false)), Err(Refused::NotYours), Ok((1, true)), Ok((2, false))]);
    store.assign_conversation(&id, "s1", "Amira", 3).await.unwrap();
    let outcomes = store
        .write_connection()
        .await
        .unwrap()
        .write_batch(&[message(Some("s1"), "d"), message(Some("s2"), "e")])
        .await
        .unwrap();
    assert_eq!(seqs(outcomes), [Ok((4, false)), Err(Refused::NotYours)]);
    store.end_conversation(&id, Author::Child, 4).await.unwrap();
    let outcomes = store
        .write_connection()
        .await
        .unwrap()
        .write_batch(&[message(None, "f"), message(Some("s1"), "g"), message(None, "a"), message(Some("s1"), "d")])
        .await
        .unwrap();
    // New messages are refused; resends of stored ones are still acknowledged.
    assert_eq!(seqs(outcomes), [Err(Refused::Ended), Err(Refused::Ended), Ok((1, true)), Ok((4, true))]);
    let unknown = Work { conversation: ConversationId("nope".into()), ..message(None, "h") };
    assert_eq!(
        seqs(store.write_connection().await.unwrap().write_batch(&[unknown]).await.unwrap()),
        [Err(Refused::Unknown)]
    );
    assert_eq!(store.last_seq(&id).await.unwrap(), 5);
}
