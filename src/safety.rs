//! The quick-exit shortcut: Shift pressed three times, each press within five
//! seconds of the last. Pure logic; `browser` feeds it key events.

/// How long a press keeps counting, in milliseconds.
pub const WINDOW_MS: f64 = 5_000.0;
/// Presses needed to leave.
pub const PRESSES: u8 = 3;

/// A key event, as far as the shortcut cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Shift went down.
    ShiftDown,
    /// Shift came up.
    ShiftUp,
    /// Any other key went down (Escape included).
    Other,
}

/// What the app should do after a key event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed.
    Nothing,
    /// A press counted; this many more are needed.
    Remaining(u8),
    /// The count was reset.
    Reset,
    /// The third press: leave now.
    Exit,
}

/// Counts Shift presses. A press counts when Shift comes up with no other key
/// pressed while it was down, so Shift held as a modifier (Shift+A) never counts.
#[derive(Debug, Clone, Default)]
pub struct ShiftCounter {
    count: u8,
    last_ms: f64,
    clean: bool,
}

impl ShiftCounter {
    /// Whether the presses counted so far have run out of time at `now_ms`.
    pub fn expired(&self, now_ms: f64) -> bool {
        self.count == 0 || now_ms - self.last_ms > WINDOW_MS
    }

    /// Feeds one key event at `now_ms`.
    pub fn key(&mut self, key: Key, now_ms: f64) -> Outcome {
        match key {
            Key::ShiftDown => {
                self.clean = true;
                Outcome::Nothing
            }
            Key::Other => {
                self.clean = false;
                let had = self.count > 0;
                self.count = 0;
                if had {
                    Outcome::Reset
                } else {
                    Outcome::Nothing
                }
            }
            Key::ShiftUp if !self.clean => Outcome::Nothing,
            Key::ShiftUp => {
                self.clean = false;
                if self.count > 0 && now_ms - self.last_ms > WINDOW_MS {
                    self.count = 0;
                }
                self.count += 1;
                self.last_ms = now_ms;
                if self.count >= PRESSES {
                    self.count = 0;
                    Outcome::Exit
                } else {
                    Outcome::Remaining(PRESSES - self.count)
                }
            }
        }
    }
}

/// The words the polite live region says after a press.
pub fn hint(outcome: Outcome) -> Option<String> {
    match outcome {
        Outcome::Remaining(1) => Some("Shift, press 1 more time to exit".to_string()),
        Outcome::Remaining(n) => Some(format!("Shift, press {n} more times to exit")),
        Outcome::Reset => Some(String::new()),
        Outcome::Nothing | Outcome::Exit => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(counter: &mut ShiftCounter, at: f64) -> Outcome {
        counter.key(Key::ShiftDown, at);
        counter.key(Key::ShiftUp, at + 50.0)
    }

    #[test]
    fn three_presses_exit() {
        let mut c = ShiftCounter::default();
        assert_eq!(press(&mut c, 0.0), Outcome::Remaining(2));
        assert_eq!(press(&mut c, 4_000.0), Outcome::Remaining(1));
        assert_eq!(press(&mut c, 8_500.0), Outcome::Exit);
    }

    #[test]
    fn a_press_more_than_five_seconds_later_starts_over() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        press(&mut c, 1_000.0);
        assert_eq!(press(&mut c, 6_100.0), Outcome::Remaining(2));
        assert_eq!(press(&mut c, 7_000.0), Outcome::Remaining(1));
        assert_eq!(press(&mut c, 8_000.0), Outcome::Exit);
    }

    #[test]
    fn another_key_between_presses_resets() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        press(&mut c, 100.0);
        assert_eq!(c.key(Key::Other, 200.0), Outcome::Reset);
        assert_eq!(press(&mut c, 300.0), Outcome::Remaining(2));
    }

    #[test]
    fn shift_as_a_modifier_does_not_count() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        press(&mut c, 100.0);
        // Shift+A: Shift down, A down, Shift up.
        c.key(Key::ShiftDown, 200.0);
        assert_eq!(c.key(Key::Other, 210.0), Outcome::Reset);
        assert_eq!(c.key(Key::ShiftUp, 250.0), Outcome::Nothing);
        assert_eq!(press(&mut c, 300.0), Outcome::Remaining(2));
    }

    #[test]
    fn the_hint_counts_down() {
        assert_eq!(
            hint(Outcome::Remaining(2)).unwrap(),
            "Shift, press 2 more times to exit"
        );
        assert_eq!(
            hint(Outcome::Remaining(1)).unwrap(),
            "Shift, press 1 more time to exit"
        );
        assert_eq!(hint(Outcome::Reset).unwrap(), "");
        assert_eq!(hint(Outcome::Exit), None);
    }
}
