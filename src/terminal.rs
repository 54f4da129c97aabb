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
///
/// When the terminal itself is gone (SIGHUP from a closed pseudo-terminal) the event loop can be
/// stuck inside a terminal read that never returns, spinning; so a watchdog thread gives the loop
/// a grace period and then restores what it can and ends the process. State files are written
/// atomically, so cutting a save short loses nothing already saved.
pub fn quit_signal() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
        let raised = Arc::clone(&flag);
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if signals.forever().next().is_some() {
                    raised.store(true, Ordering::SeqCst);
                    std::thread::sleep(QUIT_GRACE);
                    restore();
                    std::process::exit(1);
                }
            })?;
    }
    Ok(flag)
}

/// How long a signalled reader may take to quit on its own before the watchdog ends it.
const QUIT_GRACE: std::time::Duration = std::time::Duration::from_secs(3);
