//! Optional sounds (Web Audio; nothing is downloaded) and the device-local setting
//! that turns them on.

/// Where the staff member's choice is kept (on this device only).
pub const SOUND_KEY: &str = "bridgeline.console.sound";

/// A soft rising two-note chime: a child is offered.
pub const OFFER_NOTES: &[f32] = &[660.0, 880.0];

/// A falling three-note chime, unlike the offer's: a child is in imminent danger.
pub const ALERT_NOTES: &[f32] = &[988.0, 784.0, 988.0];

/// Plays `notes` one after the other, each a short soft tone.
pub fn chime(notes: &[f32]) {
    let Ok(context) = web_sys::AudioContext::new() else { return };
    let now = context.current_time();
    for (index, frequency) in notes.iter().enumerate() {
        let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else { return };
        oscillator.frequency().set_value(*frequency);
        let start = now + 0.18 * index as f64;
        gain.gain().set_value(0.0);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.15, start + 0.02);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, start + 0.16);
        let _ = oscillator.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = oscillator.start_with_when(start);
        let _ = oscillator.stop_with_when(start + 0.17);
    }
}

pub fn local_get(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

pub fn local_set(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}
