//! Keys → commands. Every command carries its config name and a description, so the help
//! overlay and the status-bar hint are generated from the one table and cannot drift from it.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key can ask the reader to do. New commands are added here, in `COMMANDS`, in
/// `config/default.toml`, and handled in `app::update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    Activate,
    NextMention,
    PrevMention,
    NextQuoteSameSpeaker,
    PrevQuoteSameSpeaker,
    NextQuote,
    PrevQuote,
    Search,
    Sort,
    TogglePanel,
    OpenUrl,
    Find,
    SpeakerQuotes,
    Help,
    Cancel,
    Quit,
}

pub struct CommandInfo {
    pub command: Command,
    /// The name under `[keys]` in the config.
    pub name: &'static str,
    pub desc: &'static str,
}

/// In the order the help overlay lists them.
pub const COMMANDS: &[CommandInfo] = &[
    info(Command::Up, "up", "move up / scroll up"),
    info(Command::Down, "down", "move down / scroll down"),
    info(Command::Top, "top", "go to the top"),
    info(Command::Bottom, "bottom", "go to the bottom"),
    info(Command::PageUp, "page_up", "page up"),
    info(Command::PageDown, "page_down", "page down"),
    info(Command::FocusNext, "focus_next", "focus the next pane"),
    info(Command::FocusPrev, "focus_prev", "focus the previous pane"),
    info(
        Command::Activate,
        "activate",
        "list: open article · panel: jump to first mention / the quote, or expand +N more",
    ),
    info(
        Command::NextMention,
        "next_mention",
        "next search match, else next mention of the selected entity",
    ),
    info(
        Command::PrevMention,
        "prev_mention",
        "previous search match, else previous mention",
    ),
    info(
        Command::NextQuoteSameSpeaker,
        "next_quote_same_speaker",
        "next quote by the same speaker",
    ),
    info(
        Command::PrevQuoteSameSpeaker,
        "prev_quote_same_speaker",
        "previous quote by the same speaker",
    ),
    info(Command::NextQuote, "next_quote", "next quote (any speaker)"),
    info(
        Command::PrevQuote,
        "prev_quote",
        "previous quote (any speaker)",
    ),
    info(
        Command::Search,
        "search",
        "search the article (in the list: filter titles)",
    ),
    info(Command::Sort, "sort", "sort the list by date / title"),
    info(
        Command::TogglePanel,
        "toggle_panel",
        "show / hide the side panel",
    ),
    info(
        Command::OpenUrl,
        "open_url",
        "open the article's URL in the browser",
    ),
    info(
        Command::Find,
        "find",
        "find a name or words across the library",
    ),
    info(
        Command::SpeakerQuotes,
        "speaker_quotes",
        "panel: the selected speaker's quotes, library-wide",
    ),
    info(Command::Help, "help", "show / hide this help"),
    info(
        Command::Cancel,
        "cancel",
        "close help, clear search and selection",
    ),
    info(Command::Quit, "quit", "quit"),
];

const fn info(command: Command, name: &'static str, desc: &'static str) -> CommandInfo {
    CommandInfo {
        command,
        name,
        desc,
    }
}

impl Command {
    pub fn from_name(name: &str) -> Option<Command> {
        COMMANDS.iter().find(|c| c.name == name).map(|c| c.command)
    }
    pub fn info(self) -> &'static CommandInfo {
        COMMANDS
            .iter()
            .find(|c| c.command == self)
            .unwrap_or(&COMMANDS[0])
    }
}

/// One key with modifiers, as written in the config ("j", "G", "Ctrl-d", "PageDown").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn parse(s: &str) -> Result<Key, String> {
        if s.is_empty() {
            return Err("empty key".into());
        }
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        // A lone "-" is a key; "Ctrl--" is Ctrl with "-".
        loop {
            let lower = rest.to_ascii_lowercase();
            let taken = ["ctrl-", "alt-", "shift-"]
                .iter()
                .find(|p| lower.starts_with(**p) && rest.len() > p.len());
            match taken {
                Some(p) => {
                    mods |= match *p {
                        "ctrl-" => KeyModifiers::CONTROL,
                        "alt-" => KeyModifiers::ALT,
                        _ => KeyModifiers::SHIFT,
                    };
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => named_key(rest).ok_or_else(|| format!("unknown key {s:?}"))?,
        };
        // Shift-Tab is what terminals send as BackTab.
        let (code, mods) = match code {
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                (KeyCode::BackTab, mods - KeyModifiers::SHIFT)
            }
            KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) && c.is_alphabetic() => (
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
                mods - KeyModifiers::SHIFT,
            ),
            _ => (code, mods),
        };
        Ok(Key { code, mods })
    }

    /// Whether a key event from the terminal is this key. Shift is part of the character
    /// itself ("G", "?", "}"), so it is ignored for characters and BackTab.
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        match (self.code, ev.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                let same = a == b
                    || (ev.modifiers.contains(KeyModifiers::CONTROL) && a.eq_ignore_ascii_case(&b));
                same && (ev.modifiers & relevant) == (self.mods & relevant)
            }
            (KeyCode::BackTab, KeyCode::BackTab) => {
                (ev.modifiers & relevant) == (self.mods & relevant)
            }
            (a, b) => {
                a == b
                    && (ev.modifiers & (relevant | KeyModifiers::SHIFT))
                        == (self.mods & (relevant | KeyModifiers::SHIFT))
            }
        }
    }
}

fn named_key(s: &str) -> Option<KeyCode> {
    let lower = s.to_ascii_lowercase();
    Some(match lower.as_str() {
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        f if f.starts_with('f') && f.len() > 1 => {
            let n: u8 = f[1..].parse().ok()?;
            if (1..=12).contains(&n) {
                KeyCode::F(n)
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The bindings in force: defaults merged with the user's `[keys]`.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    bindings: Vec<(Command, Vec<Key>)>,
}

impl Keymap {
    /// Replace a command's keys. A key taken by this command is removed from every other
    /// command, so a user's binding wins over a default one.
    pub fn bind(&mut self, command: Command, keys: Vec<Key>) {
        for (c, ks) in self.bindings.iter_mut() {
            if *c != command {
                ks.retain(|k| !keys.contains(k));
            }
        }
        match self.bindings.iter_mut().find(|(c, _)| *c == command) {
            Some((_, ks)) => *ks = keys,
            None => self.bindings.push((command, keys)),
        }
    }

    pub fn lookup(&self, ev: &KeyEvent) -> Option<Command> {
        if ev.code == KeyCode::Char('c') && ev.modifiers.contains(KeyModifiers::CONTROL) {
            return Some(Command::Quit);
        }
        if ev.code == KeyCode::Esc {
            return Some(Command::Cancel);
        }
        self.bindings
            .iter()
            .find(|(_, ks)| ks.iter().any(|k| k.matches(ev)))
            .map(|(c, _)| *c)
    }

    pub fn keys(&self, command: Command) -> &[Key] {
        self.bindings
            .iter()
            .find(|(c, _)| *c == command)
            .map_or(&[], |(_, ks)| ks.as_slice())
    }

    /// "j/↓" for a command, or "(unbound)".
    pub fn label(&self, command: Command) -> String {
        let ks = self.keys(command);
        if ks.is_empty() {
            return "(unbound)".into();
        }
        ks.iter()
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Rows of the help overlay: keys, description, for every command in `COMMANDS` order.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        let mut rows: Vec<(String, &'static str)> = COMMANDS
            .iter()
            .map(|c| (self.label(c.command), c.desc))
            .collect();
        rows.push(("Ctrl-C".into(), "quit (always)"));
        rows
    }

    /// The short hint at the right of the status bar.
    pub fn hint(&self) -> String {
        [
            (Command::Help, "help"),
            (Command::FocusNext, "pane"),
            (Command::Search, "search"),
            (Command::Find, "find"),
            (Command::Quit, "quit"),
        ]
        .iter()
        .filter_map(|(c, word)| self.keys(*c).first().map(|k| format!("{k} {word}")))
        .collect::<Vec<_>>()
        .join("  ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn parses_keys() {
        assert_eq!(Key::parse("j").unwrap().code, KeyCode::Char('j'));
        assert_eq!(Key::parse("PageDown").unwrap().code, KeyCode::PageDown);
        let k = Key::parse("Ctrl-d").unwrap();
        assert_eq!(k.code, KeyCode::Char('d'));
        assert!(k.mods.contains(KeyModifiers::CONTROL));
        assert_eq!(Key::parse("Shift-Tab").unwrap().code, KeyCode::BackTab);
        assert_eq!(Key::parse("Shift-g").unwrap().code, KeyCode::Char('G'));
        assert_eq!(Key::parse("-").unwrap().code, KeyCode::Char('-'));
        assert_eq!(Key::parse("F5").unwrap().code, KeyCode::F(5));
        assert!(Key::parse("Hyper-x").is_err());
        assert!(Key::parse("").is_err());
        assert!(Key::parse("F13").is_err());
    }

    #[test]
    fn shifted_characters_match_without_caring_about_shift() {
        let k = Key::parse("G").unwrap();
        assert!(k.matches(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)));
        assert!(k.matches(&ev(KeyCode::Char('G'), KeyModifiers::NONE)));
        assert!(!k.matches(&ev(KeyCode::Char('g'), KeyModifiers::NONE)));
        let c = Key::parse("Ctrl-d").unwrap();
        assert!(c.matches(&ev(KeyCode::Char('d'), KeyModifiers::CONTROL)));
        assert!(!c.matches(&ev(KeyCode::Char('d'), KeyModifiers::NONE)));
    }

    #[test]
    fn user_binding_takes_the_key_from_others() {
        let mut m = Keymap::default();
        m.bind(Command::NextMention, vec![Key::parse("n").unwrap()]);
        m.bind(Command::NextQuote, vec![Key::parse("n").unwrap()]);
        let n = ev(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(m.lookup(&n), Some(Command::NextQuote));
        assert!(m.keys(Command::NextMention).is_empty());
    }

    #[test]
    fn ctrl_c_always_quits() {
        let m = Keymap::default();
        let ev = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(m.lookup(&ev), Some(Command::Quit));
    }

    #[test]
    fn every_command_has_a_distinct_name() {
        for (i, a) in COMMANDS.iter().enumerate() {
            for b in &COMMANDS[i + 1..] {
                assert_ne!(a.name, b.name);
                assert_ne!(a.command, b.command);
            }
        }
    }
}
