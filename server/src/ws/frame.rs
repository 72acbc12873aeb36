//! Reads one client frame into a typed request, or into the precise error to send back.
//!
//! Decoding is done in steps so that each kind of bad input gets its own code: not JSON
//! at all (`malformed`), no usable `type` or `id` (`invalid_field`), a `type` this
//! endpoint does not know (`unknown_type`), then the fields of a known type
//! (`invalid_field`, with serde's explanation as detail).

use bridgeline_protocol::{ErrorCode, ErrorReply, MAX_CLIENT_ID_BYTES};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes a text frame for an endpoint accepting `known_types`.
pub fn decode<T: DeserializeOwned>(text: &str, known_types: &[&str]) -> Result<T, ErrorReply> {
    let value: Value =
        serde_json::from_str(text).map_err(|_| reply(None, ErrorCode::Malformed, "frame is not JSON".into()))?;
    let Value::Object(fields) = &value else {
        return Err(reply(None, ErrorCode::Malformed, "frame is not a JSON object".into()));
    };
    let id = match fields.get("id") {
        Some(Value::String(id)) if !id.is_empty() && id.len() <= MAX_CLIENT_ID_BYTES => Some(id.clone()),
        Some(Value::String(_)) => {
            return Err(reply(None, ErrorCode::InvalidField, format!("id must be 1 to {MAX_CLIENT_ID_BYTES} bytes")));
        }
        Some(_) => return Err(reply(None, ErrorCode::InvalidField, "id must be a string".into())),
        None => None,
    };
    let kind = match fields.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        _ => return Err(reply(id, ErrorCode::InvalidField, "type must be a string".into())),
    };
    if !known_types.contains(&kind) {
        return Err(reply(id, ErrorCode::UnknownType, format!("unknown type; expected one of {known_types:?}")));
    }
    serde_json::from_value(value).map_err(|error| reply(id, ErrorCode::InvalidField, error.to_string()))
}

fn reply(id: Option<String>, code: ErrorCode, detail: String) -> ErrorReply {
    ErrorReply { id, code, detail, until: None }
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::ChildRequest;

    use super::*;

    fn code_of(text: &str) -> (Option<String>, ErrorCode) {
        let error = decode::<ChildRequest>(text, ChildRequest::TYPES).unwrap_err();
        (error.id, error.code)
    }

    #[test]
    fn each_kind_of_bad_frame_gets_its_own_code() {
        assert_eq!(code_of("not json"), (None, ErrorCode::Malformed));
        assert_eq!(code_of("[1,2]"), (None, ErrorCode::Malformed));
        assert_eq!(code_of(r#"{"id":"a"}"#), (Some("a".into()), ErrorCode::InvalidField));
        assert_eq!(code_of(r#"{"id":"a","type":"dance"}"#), (Some("a".into()), ErrorCode::UnknownType));
        assert_eq!(code_of(r#"{"id":"a","type":"send","text":{"x":1}}"#), (Some("a".into()), ErrorCode::InvalidField));
        assert_eq!(code_of(r#"{"id":7,"type":"end"}"#), (None, ErrorCode::InvalidField));
        let long_id = "x".repeat(MAX_CLIENT_ID_BYTES + 1);
        assert_eq!(code_of(&format!(r#"{{"id":"{long_id}","type":"end"}}"#)), (None, ErrorCode::InvalidField));
        assert_eq!(code_of(r#"{"type":"end"}"#), (None, ErrorCode::InvalidField));
    }

    #[test]
    fn a_good_frame_decodes() {
        let request: ChildRequest =
            decode(r#"{"id":"a","type":"start","language":"ar"}"#, ChildRequest::TYPES).unwrap();
        assert_eq!(
            request,
            ChildRequest::Start {
                id: "a".into(),
                language: "ar".into(),
                also_reads: vec![],
                intake: Default::default(),
                return_code: None,
            }
        );
    }
}
