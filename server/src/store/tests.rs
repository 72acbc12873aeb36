//! Storage tests on a real SQLite file.

use bridgeline_protocol::{AgeBand, Author, Body, ConversationId, ConversationState, Intake, Notice, Rating, Topic};

use super::conversations::{NewConversation, Reader};
use super::staff::{NewStaff, Role};
use super::{Store, StoreError};

async fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
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
        })
        .await
        .unwrap();
    let text = |text: &str| Body::Text { text: text.into() };
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
    let new =
        NewConversation { id: &id, resume_token_hash: "h2", language: "ti", also_reads: &[], intake: &intake, now: 5 };
    store.create_conversation(&new).await.unwrap();
    assert_eq!(store.conversation_by_id(&id).await.unwrap().unwrap().intake, intake);

    assert_eq!(store.mark_read(&id, Reader::Child, 3).await.unwrap(), 3);
    // A late, lower mark never moves it back.
    assert_eq!(store.mark_read(&id, Reader::Child, 2).await.unwrap(), 3);
    assert_eq!(store.mark_read(&id, Reader::Counsellor, 1).await.unwrap(), 1);
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
