//! [`Json`] for what the browser's `JSON.parse` returns.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::Json;

/// Parses `text` with the browser's parser; `None` if it is not JSON.
pub fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

/// A plain object: not `null`, not an array. (`JSON.parse` makes nothing else.)
fn object(value: &JsValue) -> Option<&Object> {
    (value.is_object() && !Array::is_array(value)).then(|| value.unchecked_ref::<Object>())
}

impl Json for JsValue {
    fn member(&self, key: &str) -> Option<Self> {
        // Own members only: an inherited one (`toString`) is not in the JSON. (Not
        // `Object.hasOwn`, which older phones lack, nor the object's own
        // `hasOwnProperty`, which a member of that name would hide.)
        let descriptor = Object::get_own_property_descriptor(object(self)?, &JsValue::from_str(key));
        if descriptor.is_undefined() {
            return None;
        }
        Reflect::get(&descriptor, &JsValue::from_str("value")).ok()
    }

    fn string(&self) -> Option<String> {
        self.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn is_null(&self) -> bool {
        JsValue::is_null(self)
    }

    fn elements(&self) -> Option<Vec<Self>> {
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().to_vec())
    }

    fn members(&self) -> Option<Vec<(String, Self)>> {
        let entries = Object::entries(object(self)?);
        Some(
            entries
                .iter()
                .filter_map(|entry| {
                    let entry = entry.unchecked_into::<Array>();
                    Some((entry.get(0).as_string()?, entry.get(1)))
                })
                .collect(),
        )
    }
}
