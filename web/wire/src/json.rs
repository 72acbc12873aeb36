//! What a reader needs of a parsed JSON value, and the field rules of serde's derive.
//!
//! Every reader returns `None` for input the derived implementation refuses (a
//! missing field, a wrong type, an unknown variant): the pages ignore such a frame,
//! as they ignored a serde error. One difference, on purpose: serde also reads a
//! struct from an array of its fields in order (`[1, "x"]`); no writer of ours ever
//! writes one, and these readers refuse it.

use std::collections::BTreeMap;

/// A parsed JSON value: the browser's `JsValue` in the pages, `serde_json::Value` in
/// the tests.
pub trait Json: Sized {
    /// An object's member; `None` when this is not an object or has no such member.
    fn member(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
    fn is_null(&self) -> bool;
    /// An array's elements.
    fn elements(&self) -> Option<Vec<Self>>;
    /// An object's members, in any order.
    fn members(&self) -> Option<Vec<(String, Self)>>;
}

/// A required field: present and of the right form.
pub fn required<J: Json, T>(object: &J, key: &str, read: impl FnOnce(&J) -> Option<T>) -> Option<T> {
    read(&object.member(key)?)
}

/// An `Option` field: absent and `null` are `None`; otherwise it must be of the right
/// form (`Some(None)` is "no value", `None` is "refused").
pub fn optional<J: Json, T>(object: &J, key: &str, read: impl FnOnce(&J) -> Option<T>) -> Option<Option<T>> {
    match object.member(key) {
        Some(value) if !value.is_null() => read(&value).map(Some),
        _ => Some(None),
    }
}

/// A `#[serde(default)]` field that is not an `Option`: absent is the default, `null`
/// is refused like any other wrong type.
pub fn or_default<J: Json, T: Default>(object: &J, key: &str, read: impl FnOnce(&J) -> Option<T>) -> Option<T> {
    match object.member(key) {
        Some(value) => read(&value),
        None => Some(T::default()),
    }
}

/// An object with its members: an object is what a struct is read from.
pub fn is_object<J: Json>(value: &J) -> bool {
    value.members().is_some()
}

pub fn string<J: Json>(value: &J) -> Option<String> {
    value.string()
}

pub fn boolean<J: Json>(value: &J) -> Option<bool> {
    value.boolean()
}

/// A whole number within `min..=max`. `JSON.parse` gives every number as an `f64`,
/// so `1.0` reads as `1` here where serde_json would refuse it; the server never
/// writes a whole number that way.
fn whole(value: &impl Json, min: f64, max: f64) -> Option<f64> {
    value.number().filter(|number| number.fract() == 0.0 && (min..=max).contains(number))
}

/// Sequence numbers and counts: exact up to 2^53 (a chat never comes near).
pub fn unsigned<J: Json>(value: &J) -> Option<u64> {
    whole(value, 0.0, 9_007_199_254_740_992.0).map(|number| number as u64)
}

pub fn unsigned_32<J: Json>(value: &J) -> Option<u32> {
    whole(value, 0.0, f64::from(u32::MAX)).map(|number| number as u32)
}

/// Milliseconds since the epoch.
pub fn signed<J: Json>(value: &J) -> Option<i64> {
    whole(value, -9_007_199_254_740_992.0, 9_007_199_254_740_992.0).map(|number| number as i64)
}

/// An array, each element read by `read`; one refused element refuses the whole.
pub fn list<J: Json, T>(value: &J, read: impl Fn(&J) -> Option<T>) -> Option<Vec<T>> {
    value.elements()?.iter().map(read).collect()
}

/// An object's members as a map, each value read by `read`. Inserted one by one:
/// collecting into a `BTreeMap` sorts first, and every sort of another type costs the
/// page a few KB of code.
pub fn map<J: Json, T>(value: &J, read: impl Fn(&J) -> Option<T>) -> Option<BTreeMap<String, T>> {
    let mut map = BTreeMap::new();
    for (key, member) in value.members()? {
        map.insert(key, read(&member)?);
    }
    Some(map)
}

/// A unit-only enum written as its snake_case name: `names` lists every value's name.
pub fn name_of<J: Json, T: Copy>(value: &J, names: &[(&str, T)]) -> Option<T> {
    let name = value.string()?;
    names.iter().find(|(candidate, _)| *candidate == name).map(|(_, value)| *value)
}

#[cfg(test)]
impl Json for serde_json::Value {
    fn member(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }
    fn elements(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn members(&self) -> Option<Vec<(String, Self)>> {
        Some(self.as_object()?.iter().map(|(key, value)| (key.clone(), value.clone())).collect())
    }
}

#[cfg(test)]
pub(crate) fn parsed(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_whole_and_in_range() {
        assert_eq!(unsigned(&parsed("7")), Some(7));
        assert_eq!(unsigned(&parsed("-1")), None);
        assert_eq!(unsigned(&parsed("1.5")), None);
        assert_eq!(unsigned(&parsed("\"7\"")), None);
        assert_eq!(unsigned_32(&parsed("4294967296")), None);
        assert_eq!(signed(&parsed("-5")), Some(-5));
    }

    #[test]
    fn optional_and_default_fields_follow_serde() {
        let object = parsed(r#"{"a":null,"b":3,"c":"x"}"#);
        assert_eq!(optional(&object, "a", unsigned), Some(None));
        assert_eq!(optional(&object, "z", unsigned), Some(None));
        assert_eq!(optional(&object, "b", unsigned), Some(Some(3)));
        assert_eq!(optional(&object, "c", unsigned), None);
        assert_eq!(or_default(&object, "z", unsigned), Some(0));
        assert_eq!(or_default(&object, "a", unsigned), None);
        assert_eq!(required(&object, "z", unsigned), None);
    }
}
