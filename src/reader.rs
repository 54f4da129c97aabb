//! The interactive reader's event loop: wires the library backend (index, watcher, workers),
//! the terminal, `app::update` and `ui::draw` together.

pub mod backend;

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

use crate::app::loader::LoadMsg;
use crate::app::{self, persist, Action, Effect, State};
use crate::config::Config;
use crate::{terminal, ui};
use backend::Backend;

/// The library folder: `--library`, else the config's `library`, else `<data dir>/library`.
/// With none of them there (the one set is missing, or the default does not exist), the sample
/// library written to `<data dir>/samples`, indexed like any folder so that the finder and the
/// speaker view work on it, and why. A folder that exists, empty or not, is the user's; when the
/// samples cannot be written the loader shows the built-in copy.
fn library_or_samples(explicit: Option<PathBuf>) -> (Option<PathBuf>, Option<String>) {
    use crate::library::{default_library_dir, display_path, samples_dir, write_samples};
    let why = match &explicit {
        Some(r) if r.exists() => return (explicit, None),
        Some(r) => format!("{} not found", display_path(r)),
        None => match default_library_dir() {
            Some(d) if d.exists() => return (Some(d), None),
            _ => "no library folder; use --library DIR".to_string(),
        },
    };
    match samples_dir() {
        Some(d) if write_samples(&d).is_ok() => (Some(d), Some(why)),
        _ => (explicit.or_else(default_library_dir), None),
    }
}

pub fn run(cli_library: Option<PathBuf>, config: Config) -> anyhow::Result<()> {
    let (root, samples) = library_or_samples(cli_library.or_else(|| config.library.clone()));
    let state_path = persist::default_path();
    let saved = state_path.as_deref().map(persist::load).unwrap_or_default();
    let mouse = config.mouse;
    let mut state = State::new(config, saved);
    if let Some(n) = state.config.notice.clone() {
        app::update(&mut state, Action::Notice(n));
    }
    if let Some(why) = samples {
        // The user's sample article first, as the built-in sample library shows it.
        if state.saved.last_article.is_none() {
            state.saved.last_article = root.as_ref().map(|r| r.join("isis-networks.txt"));
        }
        app::update(&mut state, Action::SampleLibrary(why));
    }
    let mut backend = Backend::start(root, None)?;

    let signal = terminal::quit_signal()?;
    let (mut term, _guard) = terminal::init(mouse)?;
    // Draw only after something changed: an idle reader costs nothing.
    let mut dirty = true;
    loop {
        let size = term.size()?;
        if (size.width, size.height) != state.size {
            app::update(&mut state, Action::Resize(size.width, size.height));
            dirty = true;
        }
        for action in backend.poll() {
            app::update(&mut state, action);
            dirty = true;
        }
        if state.loading.is_some() && !backend.busy() {
            // The loader died without saying it was done: show what arrived.
            app::update(&mut state, Action::Load(LoadMsg::Done { sample: None }));
            app::update(
                &mut state,
                Action::Notice("loading stopped early: some articles may be missing".into()),
            );
            dirty = true;
        }
        for effect in state.take_effects() {
            run_effect(&mut state, effect, &backend, state_path.as_deref());
            dirty = true;
        }
        if dirty {
            term.draw(|f| ui::draw(f, &state))?;
            dirty = false;
        }
        if state.quit {
            break;
        }
        if signal.load(Ordering::SeqCst) {
            app::update(&mut state, Action::Command(crate::keymap::Command::Quit));
            for effect in state.take_effects() {
                run_effect(&mut state, effect, &backend, state_path.as_deref());
            }
            break;
        }
        // Wake often enough to pick up background results.
        if event::poll(Duration::from_millis(50))? {
            dirty = true;
            loop {
                handle_event(&mut state, event::read()?);
                if state.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }
    for effect in state.take_effects() {
        run_effect(&mut state, effect, &backend, state_path.as_deref());
    }
    Ok(())
}

fn handle_event(state: &mut State, ev: Event) {
    let action = match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => state.key_action(k),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                delta: 1,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                delta: -1,
            }),
            MouseEventKind::Down(event::MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    };
    if let Some(a) = action {
        app::update(state, a);
    }
}

fn run_effect(
    state: &mut State,
    effect: Effect,
    backend: &Backend,
    state_path: Option<&std::path::Path>,
) {
    match effect {
        Effect::OpenUrl(url) => {
            if let Err(e) = open_url(&url) {
                app::update(
                    state,
                    Action::Notice(format!("could not open the browser: {e}")),
                );
            }
        }
        Effect::Save => {
            if let Some(p) = state_path {
                if let Err(e) = persist::save(p, &state.saved) {
                    app::update(
                        state,
                        Action::Notice(format!("could not save read state: {e}")),
                    );
                }
            }
        }
        other => backend.run(state, &other),
    }
}

/// Hand the URL to `$BROWSER` or the desktop's opener without waiting for it and without
/// letting it write to our screen.
fn open_url(url: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let program = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| {
            if cfg!(target_os = "macos") {
                "open".into()
            } else {
                "xdg-open".into()
            }
        });
    let mut child = Command::new(program)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    // Reap it in the background so it never lingers as a zombie.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}
