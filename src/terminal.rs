//! Terminal set-up and tear-down. Every way out — normal quit, error, panic, SIGTERM, SIGINT,
//! SIGHUP — leaves the alternate screen, shows the cursor and turns raw mode off.

use std::io::{self, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::{DefaultTerminal, Terminal};

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Restores the terminal when dropped, so an early `?` return cleans up too.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Enter raw mode and the alternate screen (with mouse capture when asked), after installing
/// a panic hook that restores the terminal before the panic message prints.
pub fn init(mouse: bool) -> io::Result<(DefaultTerminal, Guard)> {
    install_panic_hook();
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard(());
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Undo `init`. Safe to call more than once and from a panic hook.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(stdout(), DisableMouseCapture);
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
}

fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A worker thread's panic is caught and reported in the status bar; printing it
        // here would scribble over the screen. Only the UI thread's panic ends the reader.
        let on_main = std::thread::current().name() == Some("main");
        if on_main || !ACTIVE.load(Ordering::SeqCst) {
            restore();
            previous(info);
        }
    }));
}

/// A flag raised by SIGTERM, SIGINT or SIGHUP; the event loop checks it and quits cleanly.
pub fn quit_signal() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}
