//! Cutting a conversation's history into pages: pure logic, no I/O.
//!
//! A reader never receives a whole long chat at once. It gets the newest page of the
//! range it asked for, and asks again for what lies before that page's first message
//! ("scrolling up"). Pages are counted in messages and in bytes, so that a page of
//! long texts stays a reasonable frame; one message always fits, so paging always
//! makes progress.

use bridgeline_protocol::{Body, ChatMessage};

/// A page of history, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub messages: Vec<ChatMessage>,
    /// Older messages of the range were left out.
    pub more: bool,
}

/// Cuts a page from `newest_first` (the newest messages of a range, newest first,
/// possibly one more than a page): at most `max_messages`, and no more messages once
/// `max_bytes` of bodies are reached (but at least one).
pub fn cut_page(mut newest_first: Vec<ChatMessage>, max_messages: usize, max_bytes: usize) -> Page {
    let mut kept = 0;
    let mut bytes = 0;
    for message in &newest_first {
        let size = body_bytes(&message.body);
        if kept == max_messages || (kept > 0 && bytes + size > max_bytes) {
            break;
        }
        kept += 1;
        bytes += size;
    }
    let more = newest_first.len() > kept;
    newest_first.truncate(kept);
    newest_first.reverse();
    Page { messages: newest_first, more }
}

/// What a message's body weighs in a frame, near enough: its texts' bytes plus room for
/// the fields around them.
fn body_bytes(body: &Body) -> usize {
    const FIELDS: usize = 160;
    FIELDS
        + match body {
            Body::Text { text } => text.len(),
            Body::Canned { key, text } => key.len() + text.len(),
            Body::Referral(card) => {
                card.name.len()
                    + card.description.as_ref().map_or(0, String::len)
                    + card.hours.as_ref().map_or(0, String::len)
                    + card.url.as_ref().map_or(0, String::len)
                    + card.phone.as_ref().map_or(0, String::len)
            }
            Body::System(_) => 64,
        }
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::{Author, ConversationId};
    use proptest::prelude::*;

    use super::*;

    fn message(seq: u64, text_len: usize) -> ChatMessage {
        ChatMessage {
            conversation_id: ConversationId("c".into()),
            seq,
            author: Author::Child,
            client_id: None,
            body: Body::Text { text: "x".repeat(text_len) },
            sent_at: 0,
        }
    }

    fn newest_first(last: u64, count: u64, text_len: usize) -> Vec<ChatMessage> {
        (0..count).map(|back| message(last - back, text_len)).collect()
    }

    fn seqs(page: &Page) -> Vec<u64> {
        page.messages.iter().map(|message| message.seq).collect()
    }

    #[test]
    fn a_full_page_is_the_newest_oldest_first_and_says_more() {
        let page = cut_page(newest_first(500, 101, 10), 100, 1 << 20);
        assert_eq!(seqs(&page), (401..=500).collect::<Vec<_>>());
        assert!(page.more);
    }

    #[test]
    fn the_last_page_says_no_more() {
        let page = cut_page(newest_first(40, 40, 10), 100, 1 << 20);
        assert_eq!(seqs(&page), (1..=40).collect::<Vec<_>>());
        assert!(!page.more);
        assert_eq!(cut_page(Vec::new(), 100, 1 << 20), Page { messages: Vec::new(), more: false });
    }

    #[test]
    fn long_texts_make_shorter_pages_but_never_an_empty_one() {
        let page = cut_page(newest_first(10, 10, 4096), 100, 3 * 4096);
        assert_eq!(seqs(&page), vec![9, 10]);
        assert!(page.more);
        let page = cut_page(newest_first(10, 10, 4096), 100, 10);
        assert_eq!(seqs(&page), vec![10]);
        assert!(page.more);
    }

    proptest! {
        /// Asking again before each page's first message walks the whole range once,
        /// newest page first, whatever the sizes.
        #[test]
        fn paging_back_reads_every_message_once(
            lengths in prop::collection::vec(0usize..5000, 0..400),
            max_messages in 1usize..50,
            max_bytes in 1usize..40_000,
        ) {
            let all: Vec<ChatMessage> =
                lengths.iter().enumerate().map(|(index, len)| message(index as u64 + 1, *len)).collect();
            let mut before = u64::MAX;
            let mut read = Vec::new();
            loop {
                let range: Vec<ChatMessage> =
                    all.iter().rev().filter(|message| message.seq < before).take(max_messages + 1).cloned().collect();
                let page = cut_page(range, max_messages, max_bytes);
                prop_assert!(page.messages.len() <= max_messages);
                prop_assert!(page.messages.windows(2).all(|pair| pair[0].seq < pair[1].seq));
                let mut seqs = seqs(&page);
                seqs.extend(read);
                read = seqs;
                match (page.more, page.messages.first()) {
                    (true, Some(first)) => before = first.seq,
                    (true, None) => prop_assert!(false, "more with an empty page"),
                    (false, _) => break,
                }
            }
            prop_assert_eq!(read, (1..=lengths.len() as u64).collect::<Vec<_>>());
        }
    }
}
