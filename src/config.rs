//! The configuration: `config/default.toml` (embedded) with the user's file laid over it.
//! The user's file overrides only what it names; anything it names that byline does not know,
//! or a value of the wrong kind, is an error naming the file, line and key.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::Color;

use crate::keymap::{Command, Key, Keymap};

pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone)]
pub struct Theme {
    pub person: Color,
    pub organization: Color,
    pub place: Color,
    pub quote: Color,
    pub selected: Color,
    pub search: Color,
    pub focus: Color,
    pub border: Color,
    pub status_fg: Color,
    pub status_bg: Color,
    pub error: Color,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub library: Option<PathBuf>,
    pub mouse: bool,
    pub panel_width: u16,
    pub list_width: u16,
    pub show_panel: bool,
    pub theme: Theme,
    pub keymap: Keymap,
    /// What went wrong reading the user's file when byline carried on without it, for the
    /// status bar.
    pub notice: Option<String>,
}

/// An invalid config: which file, which line (when known), which key, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if !self.key.is_empty() {
            write!(f, ": key `{}`", self.key)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Default for Config {
    fn default() -> Self {
        // The embedded default is checked by a unit test, so this cannot fail in a build
        // that passed its tests; should it ever, fall back to something usable.
        Config::from_sources(None).unwrap_or_else(|_| Config {
            library: None,
            mouse: true,
            panel_width: 38,
            list_width: 30,
            show_panel: true,
            theme: Theme {
                person: Color::LightCyan,
                organization: Color::LightMagenta,
                place: Color::LightGreen,
                quote: Color::Yellow,
                selected: Color::DarkGray,
                search: Color::Yellow,
                focus: Color::Cyan,
                border: Color::DarkGray,
                status_fg: Color::Black,
                status_bg: Color::Gray,
                error: Color::LightRed,
            },
            keymap: Keymap::default(),
            notice: None,
        })
    }
}

/// `<config dir>/config.toml` for project "byline".
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.config_dir().join("config.toml"))
}

/// Load the config: `explicit` (from `--config`) must exist; the default path may be absent.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => default_path().filter(|p| p.exists()),
    };
    match path {
        None => Config::from_sources(None),
        Some(p) => {
            let name = p.display().to_string();
            match std::fs::read_to_string(&p) {
                Ok(text) => Config::from_sources(Some((&name, &text))),
                // The file nobody named is optional: when it cannot be read (a folder in its
                // place, no permission) the reader starts with the defaults and says why.
                Err(e) if explicit.is_none() => {
                    let mut cfg = Config::from_sources(None)?;
                    cfg.notice = Some(format!(
                        "config {} not read ({e}): using the defaults",
                        crate::library::display_path(&p)
                    ));
                    Ok(cfg)
                }
                Err(e) => Err(ConfigError {
                    file: name,
                    line: None,
                    key: String::new(),
                    message: format!("cannot read: {e}"),
                }),
            }
        }
    }
}

impl Config {
    /// The embedded default, then `user` = (file name, text) over it.
    pub fn from_sources(user: Option<(&str, &str)>) -> Result<Config, ConfigError> {
        let mut cfg = Config {
            library: None,
            mouse: true,
            panel_width: 38,
            list_width: 30,
            show_panel: true,
            theme: Theme {
                person: Color::Reset,
                organization: Color::Reset,
                place: Color::Reset,
                quote: Color::Reset,
                selected: Color::Reset,
                search: Color::Reset,
                focus: Color::Reset,
                border: Color::Reset,
                status_fg: Color::Reset,
                status_bg: Color::Reset,
                error: Color::Reset,
            },
            keymap: Keymap::default(),
            notice: None,
        };
        cfg.apply("config/default.toml (built in)", DEFAULT_TOML)?;
        if let Some((name, text)) = user {
            cfg.apply(name, text)?;
        }
        Ok(cfg)
    }

    fn apply(&mut self, file: &str, src: &str) -> Result<(), ConfigError> {
        let err = |section: Option<&str>, key: &str, message: String| ConfigError {
            file: file.to_string(),
            line: line_of(src, section, key),
            key: match section {
                Some(s) => format!("{s}.{key}"),
                None => key.to_string(),
            },
            message,
        };
        let table: toml::Table = toml::from_str(src).map_err(|e: toml::de::Error| ConfigError {
            file: file.to_string(),
            line: e.span().map(|s| line_at(src, s.start)),
            key: String::new(),
            message: e.message().trim().to_string(),
        })?;
        for (key, value) in &table {
            match key.as_str() {
                "library" => {
                    let s = value.as_str().ok_or_else(|| {
                        err(None, key, "expected a folder path (a string)".into())
                    })?;
                    self.library = Some(expand_home(s));
                }
                "mouse" => {
                    self.mouse = value
                        .as_bool()
                        .ok_or_else(|| err(None, key, "expected true or false".into()))?
                }
                "show_panel" => {
                    self.show_panel = value
                        .as_bool()
                        .ok_or_else(|| err(None, key, "expected true or false".into()))?
                }
                "panel_width" | "list_width" => {
                    let n = value
                        .as_integer()
                        .filter(|n| (10..=200).contains(n))
                        .ok_or_else(|| {
                            err(None, key, "expected a number of columns, 10 to 200".into())
                        })?;
                    let n = n as u16;
                    if key == "panel_width" {
                        self.panel_width = n;
                    } else {
                        self.list_width = n;
                    }
                }
                "theme" => {
                    let t = value
                        .as_table()
                        .ok_or_else(|| err(None, key, "expected a [theme] table".into()))?;
                    for (name, v) in t {
                        let slot = self.theme.slot(name).ok_or_else(|| {
                            err(Some("theme"), name, "unknown theme colour".into())
                        })?;
                        let c = v
                            .as_str()
                            .and_then(|s| Color::from_str(s.trim()).ok())
                            .ok_or_else(|| {
                                err(
                                    Some("theme"),
                                    name,
                                    "expected a colour: a name, \"#rrggbb\" or 0-255".into(),
                                )
                            })?;
                        *slot = c;
                    }
                }
                "keys" => {
                    let t = value
                        .as_table()
                        .ok_or_else(|| err(None, key, "expected a [keys] table".into()))?;
                    let mut taken: Vec<(Key, &str)> = Vec::new();
                    for (name, v) in t {
                        let command = Command::from_name(name)
                            .ok_or_else(|| err(Some("keys"), name, "unknown command".into()))?;
                        let specs: Vec<&str> = match v {
                            toml::Value::String(s) => vec![s.as_str()],
                            toml::Value::Array(a) => a
                                .iter()
                                .map(|x| x.as_str())
                                .collect::<Option<Vec<_>>>()
                                .ok_or_else(|| {
                                    err(Some("keys"), name, "expected keys as strings".into())
                                })?,
                            _ => {
                                return Err(err(
                                    Some("keys"),
                                    name,
                                    "expected a key or a list of keys".into(),
                                ))
                            }
                        };
                        let mut keys = Vec::new();
                        for s in specs {
                            let k = Key::parse(s).map_err(|m| err(Some("keys"), name, m))?;
                            if let Some((_, other)) = taken.iter().find(|(t, _)| *t == k) {
                                return Err(err(
                                    Some("keys"),
                                    name,
                                    format!("key {s:?} is also bound to `{other}` in this file"),
                                ));
                            }
                            taken.push((k, name.as_str()));
                            keys.push(k);
                        }
                        self.keymap.bind(command, keys);
                    }
                }
                _ => return Err(err(None, key, "unknown setting".into())),
            }
        }
        Ok(())
    }
}

impl Theme {
    fn slot(&mut self, name: &str) -> Option<&mut Color> {
        Some(match name {
            "person" => &mut self.person,
            "organization" => &mut self.organization,
            "place" => &mut self.place,
            "quote" => &mut self.quote,
            "selected" => &mut self.selected,
            "search" => &mut self.search,
            "focus" => &mut self.focus,
            "border" => &mut self.border,
            "status_fg" => &mut self.status_fg,
            "status_bg" => &mut self.status_bg,
            "error" => &mut self.error,
            _ => return None,
        })
    }
}

fn expand_home(s: &str) -> PathBuf {
    match s.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map(|b| b.home_dir().join(rest))
            .unwrap_or_else(|| PathBuf::from(s)),
        None => PathBuf::from(s),
    }
}

/// 1-based line of a byte offset.
fn line_at(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// 1-based line where `key` is set, inside `[section]` when given (also `section.key = ...`
/// at top level). A plain scan: good enough to point a person at the right line.
fn line_of(src: &str, section: Option<&str>, key: &str) -> Option<usize> {
    let mut current: Option<String> = None;
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('#') {
            continue;
        }
        if let Some(h) = line.strip_prefix('[') {
            let name = h.split(']').next().unwrap_or("").trim();
            current = Some(name.trim_matches('"').to_string());
            continue;
        }
        let Some((lhs, _)) = line.split_once('=') else {
            continue;
        };
        let lhs: String = lhs
            .split('.')
            .map(|p| p.trim().trim_matches('"'))
            .collect::<Vec<_>>()
            .join(".");
        let full = match &current {
            Some(c) => format!("{c}.{lhs}"),
            None => lhs,
        };
        let want = match section {
            Some(s) => format!("{s}.{key}"),
            None => key.to_string(),
        };
        if full == want {
            return Some(i + 1);
        }
    }
    // A section given as a whole (`theme = 3`) is reported at that key's own line.
    section.and_then(|s| line_of(src, None, s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn embedded_default_is_valid_and_binds_every_command() {
        let c = Config::from_sources(None).expect("default config");
        for info in crate::keymap::COMMANDS {
            assert!(
                !c.keymap.keys(info.command).is_empty(),
                "{} has no default key",
                info.name
            );
        }
        assert!(c.mouse);
        assert_eq!(c.theme.person, Color::LightCyan);
    }

    #[test]
    fn user_file_overrides_only_what_it_names() {
        let user = "panel_width = 50\n[theme]\nperson = \"red\"\n[keys]\nnext_quote_same_speaker = \"x\"\n";
        let c = Config::from_sources(Some(("u.toml", user))).unwrap();
        assert_eq!(c.panel_width, 50);
        assert_eq!(c.list_width, 30);
        assert_eq!(c.theme.person, Color::Red);
        assert_eq!(c.theme.place, Color::LightGreen);
        let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(c.keymap.lookup(&x), Some(Command::NextQuoteSameSpeaker));
        let bracket = KeyEvent::new(KeyCode::Char(']'), KeyModifiers::NONE);
        assert_eq!(c.keymap.lookup(&bracket), None);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(c.keymap.lookup(&j), Some(Command::Down));
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let user = "mouse = true\n\n[theme]\nperson = \"not-a-colour\"\n";
        let e = Config::from_sources(Some(("my.toml", user))).unwrap_err();
        assert_eq!(e.file, "my.toml");
        assert_eq!(e.line, Some(4));
        assert_eq!(e.key, "theme.person");
        assert!(e.to_string().starts_with("my.toml:4: key `theme.person`"));

        let e = Config::from_sources(Some(("my.toml", "[keys]\nfly = \"f\"\n"))).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(2), "keys.fly"));

        let e = Config::from_sources(Some(("my.toml", "\nmouse = 3\n"))).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(2), "mouse"));

        let e = Config::from_sources(Some(("my.toml", "colour = 1\n"))).unwrap_err();
        assert_eq!(e.key, "colour");

        let e = Config::from_sources(Some(("my.toml", "a = [\n\n"))).unwrap_err();
        assert!(e.line.is_some());

        let e = Config::from_sources(Some(("my.toml", "[keys]\ndown = \"x\"\nup = \"x\"\n")))
            .unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(3), "keys.up"));
    }

    #[test]
    fn library_path_expands_home() {
        let c = Config::from_sources(Some(("u", "library = \"/tmp/news\"\n"))).unwrap();
        assert_eq!(c.library, Some(PathBuf::from("/tmp/news")));
    }
}
