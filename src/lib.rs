//! byline: a terminal news reader that knows who is who and who said what.
//!
//! `extract` is the pure core (text in, `Analysis` out); `library` loads articles from disk;
//! `index` caches analyses; `app` holds state and `update`; `ui` draws it.

pub mod app;
pub mod bench;
pub mod config;
pub mod eval;
pub mod extract;
pub mod index;
pub mod keymap;
pub mod library;
pub mod reader;
pub mod sanitize;
pub mod terminal;
pub mod ui;
