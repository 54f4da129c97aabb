//! Drives the real binary in a pseudo-terminal: opens the sample library, moves between panes,
//! follows a quote jump, searches, quits — then checks the terminal was restored.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// The reader's columns at 120×40 with the default list and panel widths.
const READER_COLS: std::ops::Range<u16> = 31..COLS - 38;
const PANEL_COLS: std::ops::Range<u16> = COLS - 35..COLS - 1;

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }
    fn status(&self) -> String {
        self.parser
            .lock()
            .unwrap()
            .screen()
            .rows(0, COLS)
            .nth(ROWS as usize - 1)
            .unwrap_or_default()
    }
    fn row(&self, row: u16, cols: std::ops::Range<u16>) -> String {
        let p = self.parser.lock().unwrap();
        let screen = p.screen();
        // A cell never written reads as "", one cleared as " ": the same to a reader.
        cols.filter_map(|c| screen.cell(row, c))
            .map(|cell| match cell.contents() {
                "" => " ".to_string(),
                s => s.to_string(),
            })
            .collect()
    }
    fn wait_for(&self, what: &str, pred: impl Fn(&Screen) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if pred(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.text());
    }
    /// Wait until the screen stops changing, so a frame is never read half-drawn.
    fn settle(&self) {
        let mut last = self.text();
        for _ in 0..100 {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.text();
            if now == last {
                return;
            }
            last = now;
        }
    }
    fn wait_status(&self, needle: &str) {
        self.wait_for(&format!("status {needle:?}"), |s| {
            s.status().contains(needle)
        });
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("byline-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn send(w: &mut Box<dyn Write + Send>, keys: &str) {
    w.write_all(keys.as_bytes()).unwrap();
    w.flush().unwrap();
    // Let the reader handle one batch of keys before the next.
    std::thread::sleep(Duration::from_millis(150));
}

fn selected_bg_in(screen: &vt100::Screen, cols: std::ops::Range<u16>) -> bool {
    // theme.selected in config/default.toml
    let want = vt100::Color::Rgb(0x3a, 0x3a, 0x5a);
    (1..ROWS - 2).any(|r| {
        cols.clone().any(|c| {
            screen
                .cell(r, c)
                .is_some_and(|cell| cell.bgcolor() == want && cell.italic())
        })
    })
}

struct Session {
    root: PathBuf,
    data: PathBuf,
    screen: Screen,
    w: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Drop for Session {
    // A failed assertion must not leave the reader running: closing the pty hangs it up, and
    // the shell is killed outright.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Start `byline --library <empty dir>` (so the sample library opens) in a 120×40 pty, inside
/// `sh` so that `stty -a` prints the terminal modes onto the same pty once it exits.
fn start(name: &str) -> Session {
    start_with(name, &[])
}

fn start_with(name: &str, env: &[(&str, &str)]) -> Session {
    start_full(name, env, &[])
}

/// `start_with`, the library folder holding `files` (relative path, contents) and the index
/// cache inside the test's folder.
fn start_full(name: &str, env: &[(&str, &str)], files: &[(&str, &str)]) -> Session {
    launch(name, env, Some(files))
}

/// `--library` names `library` in the test's folder: made and filled with `files`, or, with
/// `None`, never made.
fn launch(name: &str, env: &[(&str, &str)], files: Option<&[(&str, &str)]>) -> Session {
    let bin = env!("CARGO_BIN_EXE_byline");
    let root = temp_dir(name);
    let empty_lib = root.join("library");
    if let Some(files) = files {
        std::fs::create_dir_all(&empty_lib).unwrap();
        for (rel, text) in files {
            std::fs::write(empty_lib.join(rel), text).unwrap();
        }
    }
    let data = root.join("data");

    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("openpty");
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        "\"$0\" --library \"$1\"; echo \"exit=$?\"; stty -a",
        bin,
        empty_lib.to_str().unwrap(),
    ]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_DATA_HOME", &data);
    cmd.env("XDG_CONFIG_HOME", root.join("config"));
    cmd.env("HOME", &root);
    cmd.env("BYLINE_CACHE_DIR", root.join("cache"));
    cmd.cwd(&root);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);

    let screen = Screen {
        parser: Arc::new(Mutex::new(vt100::Parser::new(
            ROWS.try_into().unwrap(),
            COLS.try_into().unwrap(),
            0,
        ))),
        raw: Arc::new(Mutex::new(Vec::new())),
    };
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (parser, raw) = (Arc::clone(&screen.parser), Arc::clone(&screen.raw));
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.lock().unwrap().process(&buf[..n]);
            raw.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let w = pair.master.take_writer().unwrap();
    Session {
        root,
        data,
        screen,
        w,
        child,
        _master: pair.master,
    }
}

/// After the reader has exited: exit status 0, alternate screen left, cursor shown, raw mode
/// off (stty shows canonical input and echo), and the escape sequences really were sent.
fn assert_restored(sess: &mut Session) {
    let status = wait_child(&mut *sess.child);
    assert!(status.success(), "sh exited with {status:?}");
    let screen = &sess.screen;
    screen.wait_for("stty output", |s| s.text().contains("speed"));
    let text = screen.text();
    assert!(text.contains("exit=0"), "{text}");
    let p = screen.parser.lock().unwrap();
    assert!(!p.screen().alternate_screen(), "alternate screen not left");
    assert!(!p.screen().hide_cursor(), "cursor still hidden");
    drop(p);
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && !words.contains(&"-icanon"),
        "{text}"
    );
    assert!(
        words.contains(&"echo") && !words.contains(&"-echo"),
        "{text}"
    );
    let raw = screen.raw.lock().unwrap();
    let has = |seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    assert!(has(b"\x1b[?1049l"), "no leave-alternate-screen sequence");
    assert!(has(b"\x1b[?25h"), "no show-cursor sequence");
    assert!(has(b"\x1b[?1000l"), "mouse capture not turned off");
}

#[test]
fn reader_in_a_real_terminal() {
    let mut sess = start("reader");
    let (screen, w) = (&sess.screen, &mut sess.w);
    // The sample library opens, with the panel's four sections.
    screen.wait_for("the panel", |s| {
        let t = s.text();
        t.contains("People") && t.contains("Quotes")
    });
    let t = screen.text();
    assert!(t.contains("Organizations") && t.contains("Places"), "{t}");
    assert!(
        screen.status().contains("sample library"),
        "{}",
        screen.status()
    );
    assert!(screen.status().contains(" 1/"));
    assert!(screen.parser.lock().unwrap().screen().alternate_screen());

    // Open the user's sample article (the long one) from the list, filtered by title.
    assert!(screen.status().contains("READER"));
    send(w, "\x1b[Z");
    screen.wait_status("LIST");
    send(w, "/islamic\r");
    screen.wait_for("filtered list", |s| s.text().contains("/islamic (1)"));
    send(w, "\r");
    screen.wait_status("READER");
    screen.wait_for("the sample article", |s| {
        s.row(1, READER_COLS).contains("Islamic State") && s.text().contains("People")
    });

    // Scrolling keys in the reader: j/k, arrows, PgDn/PgUp, G/g, and the mouse wheel.
    let top = |s: &Screen| {
        (1..ROWS - 2)
            .map(|r| s.row(r, READER_COLS))
            .collect::<Vec<_>>()
            .join("\n")
    };
    screen.settle();
    let first = top(screen);
    for (down, up) in [("j", "k"), ("\x1b[B", "\x1b[A"), ("\x1b[6~", "\x1b[5~")] {
        send(w, down);
        screen.wait_for(&format!("{down:?} scrolls"), |s| top(s) != first);
        send(w, up);
        screen.wait_for(&format!("{up:?} scrolls back"), |s| top(s) == first);
    }
    send(w, "G");
    screen.wait_status("100%");
    send(w, "g");
    screen.wait_status(" 0%");
    send(w, "\x1b[<65;50;10M"); // wheel down over the reader
    screen.wait_for("wheel scrolls", |s| top(s) != first);
    send(w, "g");

    // A click on a panel row (the second person) selects it and jumps to its first mention.
    let row = screen.row(3, PANEL_COLS);
    let mut words: Vec<&str> = row.split_whitespace().collect();
    let count: usize = words.pop().and_then(|c| c.parse().ok()).expect("count");
    let name = words.join(" ");
    let col = PANEL_COLS.start + 5;
    send(w, &format!("\x1b[<0;{};4M\x1b[<0;{};4m", col + 1, col + 1));
    screen.wait_status("PANEL");
    screen.wait_status(&format!("{name} 1/{count}"));
    send(w, "\t\t"); // panel → list → reader
    screen.wait_status("READER");
    send(w, "\x1b"); // alone: ESC followed by a key reads as Alt+key
    send(w, "g");
    screen.wait_status(" 0%");

    // Panes: reader → panel → list → panel (Shift-Tab) → list; Enter in the list opens.
    send(w, "\t");
    screen.wait_status("PANEL");
    send(w, "\t");
    screen.wait_status("LIST");
    send(w, "\x1b[Z");
    screen.wait_status("PANEL");
    send(w, "\t");
    screen.wait_status("LIST");
    send(w, "\r");
    screen.wait_status("READER");
    // Filter the list as you type; Esc clears it. Sort toggles.
    send(w, "\x1b[Z/zzzz");
    screen.wait_for("filter", |s| s.text().contains("zzzz (0)"));
    send(w, "\x1b");
    screen.wait_for("filter cleared", |s| s.text().contains("┌ Articles "));
    send(w, "s");
    screen.wait_status("sorted by title");
    send(w, "\t");
    screen.wait_status("READER");

    // Panel: Enter on the first person jumps to the first mention; n/N step through them.
    send(w, "\t");
    screen.wait_status("PANEL");
    let row = screen.row(2, PANEL_COLS);
    let mut words: Vec<&str> = row.split_whitespace().collect();
    let count: usize = words.pop().and_then(|c| c.parse().ok()).expect("count");
    let name = words.join(" ");
    send(w, "\r");
    screen.wait_status(&format!("{name} 1/{count}"));
    if count > 1 {
        send(w, "n");
        screen.wait_status(&format!("{name} 2/{count}"));
        send(w, "N");
        screen.wait_status(&format!("{name} 1/{count}"));
    }
    // j/k move the panel selection: the next row's name is selected, Enter jumps to it.
    send(w, "j");
    send(w, "k");

    // A quote jump from the panel: the quote is selected and visible, highlighted, in the
    // reader (columns right of the list, left of the panel).
    send(w, "}");
    screen.wait_status("quote ");
    let (q, nq) = counter(&screen.status(), "quote ").expect("quote x/y");
    assert!(nq > 1, "the sample article has several quotes");
    {
        let p = screen.parser.lock().unwrap();
        assert!(
            selected_bg_in(p.screen(), READER_COLS),
            "no highlighted quote in the reader:\n{}",
            p.screen().contents()
        );
    }
    send(w, "}");
    screen.wait_status(&format!("quote {}/{nq}", q % nq + 1));
    send(w, "{");
    screen.wait_status(&format!("quote {q}/{nq}"));
    // Same speaker: ] then [ come back to the same quote.
    let quote_part = |s: &Screen| {
        let st = s.status();
        st.find("quote ")
            .map(|i| st[i..].split("  ").next().unwrap_or("").to_string())
    };
    let before = quote_part(screen);
    send(w, "]");
    screen.wait_status("quote ");
    send(w, "[");
    screen.wait_for("[ returns", |s| quote_part(s) == before);
    // Enter on the selected quote row jumps to it too.
    send(w, "\r");
    screen.wait_status(&format!("quote {q}/{nq}"));

    // The panel toggles; hiding it moves focus to the reader.
    send(w, "p");
    let panel_corner = |s: &Screen| s.row(0, PANEL_COLS.start - 1..PANEL_COLS.start) == "┌";
    screen.wait_for("panel hidden", |s| !panel_corner(s));
    screen.wait_status("READER");
    send(w, "p");
    screen.wait_for("panel shown", panel_corner);

    // The help overlay, generated from the keymap.
    send(w, "?");
    screen.wait_for("help", |s| {
        s.text().contains("next quote by the same speaker")
    });
    send(w, "?");
    screen.wait_for("help closed", |s| {
        !s.text().contains("next quote by the same speaker")
    });

    // Search the article text with a match counter; n/N step through matches.
    screen.wait_status("READER");
    send(w, "/the\r");
    screen.wait_status("match ");
    let (x, n) = counter(&screen.status(), "match ").expect("match x/y");
    assert!(x >= 1 && x <= n && n > 1, "{x}/{n}");
    send(w, "n");
    screen.wait_status(&format!("match {}/{n}", x % n + 1));
    send(w, "N");
    screen.wait_status(&format!("match {x}/{n}"));
    send(w, "\x1b");
    screen.wait_for("search cleared", |s| !s.status().contains("match"));

    // o: opens the address, says there is none, or says why the browser could not start;
    // never nothing.
    send(w, "o");
    screen.wait_for("o answers", |s| {
        let st = s.status();
        st.contains("web address") || st.contains("opening http") || st.contains("browser")
    });

    send(w, "q");
    assert_restored(&mut sess);

    // Read state was saved atomically in the data dir.
    let saved = std::fs::read_to_string(sess.data.join("byline").join("state.json"))
        .expect("state.json written");
    assert!(saved.contains("last_article"), "{saved}");
    let _ = std::fs::remove_dir_all(&sess.root);
}

#[test]
fn o_hands_the_url_to_the_browser_without_blocking() {
    let dir = temp_dir("browser-script");
    let script = dir.join("browser.sh");
    let out = dir.join("opened.txt");
    // A browser that writes to the terminal and lingers: neither may reach the screen or
    // block the reader.
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$1\" > '{}'\necho GARBAGE-FROM-BROWSER\nsleep 5\n",
            out.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut sess = start_with("browser", &[("BROWSER", script.to_str().unwrap())]);
    let (screen, w) = (&sess.screen, &mut sess.w);
    screen.wait_for("the panel", |s| s.text().contains("People"));
    // Walk the list until an article with a web address opens (the samples have some).
    let mut opened = None;
    for _ in 0..8 {
        send(w, "o");
        screen.wait_for("o answers", |s| {
            s.status().contains("web address") || s.status().contains("opening http")
        });
        let st = screen.status();
        if let Some(i) = st.find("opening ") {
            opened = Some(
                st[i + 8..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_string(),
            );
            break;
        }
        send(w, "\x1b[Z"); // to the list
        send(w, "j\r"); // next article, open it
    }
    let url = opened.expect("a sample article with a web address");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !out.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let got = std::fs::read_to_string(&out).expect("the browser ran");
    assert!(
        url.starts_with(got.trim().trim_end_matches('…'))
            || got.trim().starts_with(url.trim_end_matches('…')),
        "{got} vs {url}"
    );
    // The reader still answers at once, and the browser's output is nowhere on screen.
    send(w, "?");
    screen.wait_for("help", |s| {
        s.text().contains("next quote by the same speaker")
    });
    send(w, "?");
    assert!(!screen.text().contains("GARBAGE"));
    send(w, "q");
    assert_restored(&mut sess);
    let _ = std::fs::remove_dir_all(&sess.root);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(target_os = "linux")]
#[test]
fn sigterm_restores_the_terminal() {
    let mut sess = start("sigterm");
    sess.screen
        .wait_for("the panel", |s| s.text().contains("People"));
    // The reader is the shell's only child.
    let sh = sess.child.process_id().expect("pid");
    let children =
        std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children")).expect("/proc children");
    let pid = children
        .split_whitespace()
        .next()
        .expect("the reader's pid");
    let st = std::process::Command::new("kill")
        .args(["-TERM", pid])
        .status()
        .expect("kill");
    assert!(st.success());
    assert_restored(&mut sess);
    let _ = std::fs::remove_dir_all(&sess.root);
}

#[test]
fn invalid_config_names_file_line_and_key_and_does_not_start() {
    let bin = env!("CARGO_BIN_EXE_byline");
    let root = temp_dir("badconfig");
    let cfg = root.join("bad.toml");
    std::fs::write(&cfg, "mouse = true\n[theme]\nperson = \"purple-ish\"\n").unwrap();
    let out = std::process::Command::new(bin)
        .arg("--config")
        .arg(&cfg)
        .env("XDG_DATA_HOME", root.join("data"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3", cfg.display())), "{err}");
    assert!(err.contains("theme.person"), "{err}");
    assert!(out.stdout.is_empty(), "nothing drawn: {:?}", out.stdout);
    let _ = std::fs::remove_dir_all(&root);
}

const NEWS_A: &str = "---\ntitle: Commander warns of networks\ndate: 2017-03-01\n---\n\
BRUSSELS — Curtis Scaparrotti told lawmakers in Brussels that fighters were moving again.\n\n\
The European Command released a statement about encrypted messaging apps.\n\n\
“We are watching this very closely,” Scaparrotti said.\n";

const NEWS_B: &str = "---\ntitle: Markets calm in London\ndate: 2017-04-05\n---\n\
LONDON — Jane Smith said markets were calm in London.\n\n\
“Nobody expected such a quiet week here,” Jane Smith said.\n";

#[test]
fn without_a_library_folder_the_samples_are_written_indexed_and_searchable() {
    let mut sess = launch("samples", &[], None);
    let (screen, w) = (&sess.screen, &mut sess.w);
    // The user's sample article opens first, and the status says why the samples show.
    screen.wait_for("the sample library", |s| {
        s.text().contains("Turki al Bin’ali") && s.status().contains("sample library")
    });
    send(w, "f");
    screen.wait_for("the finder", |s| s.text().contains("Find in library"));
    send(w, "scaparr");
    screen.wait_for("the name", |s| s.text().contains("Curtis Scaparrotti"));
    send(w, "\x1b");
    send(w, "q");
    assert_restored(&mut sess);
    // The samples are files now; the library folder named on the command line was not made.
    let samples = sess.data.join("byline").join("samples");
    assert!(samples.join("isis-networks.txt").is_file(), "{samples:?}");
    assert!(!sess.root.join("library").exists());
    let _ = std::fs::remove_dir_all(&sess.root);
}

#[test]
fn finder_opens_an_article_at_the_mention() {
    let mut sess = start_full("finder", &[], &[("a.txt", NEWS_A), ("b.txt", NEWS_B)]);
    let (screen, w) = (&sess.screen, &mut sess.w);
    // The newest article opens first (it is not the one we will look for).
    screen.wait_for("the library", |s| {
        s.text().contains("Markets calm in London") && s.text().contains("People")
    });
    send(w, "f");
    screen.wait_for("the finder", |s| s.text().contains("Find in library"));
    send(w, "scaparr");
    screen.wait_for("the name", |s| s.text().contains("Curtis Scaparrotti"));
    send(w, "\r");
    screen.wait_for("the articles", |s| {
        s.text().contains("Scaparrotti · 1 article")
    });
    send(w, "\r");
    // Landed on the first mention, the entity selected: the status counts its mentions.
    screen.wait_for("the mention", |s| {
        s.row(1, READER_COLS).contains("Commander warns")
            && counter(&s.status(), "Curtis Scaparrotti ").is_some_and(|(x, _)| x == 1)
    });
    let (_, n) = counter(&screen.status(), "Curtis Scaparrotti ").unwrap();
    assert!(n >= 2, "{}", screen.status());
    send(w, "n");
    screen.wait_status(&format!("Curtis Scaparrotti 2/{n}"));
    send(w, "N");
    screen.wait_status(&format!("Curtis Scaparrotti 1/{n}"));
    send(w, "q");
    assert_restored(&mut sess);
    let _ = std::fs::remove_dir_all(&sess.root);
}

#[test]
fn a_file_dropped_into_the_library_appears() {
    let mut sess = start_full("watch", &[], &[("b.txt", NEWS_B)]);
    let (screen, w) = (&sess.screen, &mut sess.w);
    screen.wait_for("the library", |s| s.text().contains("Articles 1"));
    let lib = sess.root.join("library");
    // Written elsewhere and moved in, as a browser or editor saves.
    let tmp = sess.root.join("a.txt.part");
    std::fs::write(&tmp, NEWS_A).unwrap();
    std::fs::rename(&tmp, lib.join("a.txt")).unwrap();
    screen.wait_for("the new article", |s| {
        s.text().contains("Articles 2") && s.text().contains("Commander warns")
    });
    screen.wait_status("1 new");
    // Removing it takes it out again.
    std::fs::remove_file(lib.join("a.txt")).unwrap();
    screen.wait_for("the article gone", |s| {
        s.text().contains("Articles 1") && !s.text().contains("Commander warns")
    });
    send(w, "q");
    assert_restored(&mut sess);
    let _ = std::fs::remove_dir_all(&sess.root);
}

/// x and y in "{label}x/y".
fn counter(status: &str, label: &str) -> Option<(usize, usize)> {
    let rest = &status[status.find(label)? + label.len()..];
    let (x, rest) = rest.split_once('/')?;
    let y: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((x.parse().ok()?, y.parse().ok()?))
}

fn wait_child(child: &mut dyn portable_pty::Child) -> portable_pty::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(Some(st)) = child.try_wait() {
            return st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the reader did not quit");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn hostile_article_sends_no_escape_sequence_to_the_terminal() {
    // Title: sets the window title (OSC 0 and OSC 2). Text: writes the clipboard (OSC 52),
    // a hyperlink (OSC 8), DCS, 8-bit CSI and OSC, bare ESC, BEL, backspace, CR, bidi
    // overrides. An entity name carries an OSC 2 inside it.
    let article = "Hostile\x1b]0;PWNED-TITLE\x07 harbor \x1b]2;PWNED-TWO\x1b\\report\n\n\
        Mayor Ana \x1b]2;PWNED-NAME\x07Ruiz met the Harbor Authority in Valparaíso.\x07\n\n\
        Clipboard\x1b]52;c;UFdORUQtQ0xJUA==\x07 stays empty. \
        \x1b]8;;https://evil.example/\x1b\\Linked words\x1b]8;;\x1b\\ stay plain.\n\n\
        A device \x1bP1$r0m\x1b\\string and \u{9d}0;PWNED-C1\u{9c}eight-bit \u{9b}31mcodes.\x1b\n\n\
        Bare escape, bell\x07, back\x08\x08space, carriage\rreturn, \
        \u{202e}txet desrever\u{202c} and \u{2067}isolated\u{2069} text.\n\n\
        “We will rebuild the pier before winter,” Ana Ruiz said.\n";
    let mut sess = start_full("hostile", &[], &[("hostile.txt", article)]);
    let (screen, w) = (&sess.screen, &mut sess.w);
    screen.wait_for("the article and its panel", |s| {
        let t = s.text();
        t.contains("Hostile harbor report") && t.contains("Ana Ruiz") && t.contains("Quotes")
    });
    screen.settle();
    // The reader's column, unwrapped, so a phrase split over two lines still reads as one.
    let t = (1..ROWS - 2)
        .map(|r| screen.row(r, READER_COLS))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for visible in [
        "Linked words stay plain",
        "Clipboard stays empty",
        "txet desrever",
        "isolated",
        "carriage return",
        "Bare escape, bell, backspace",
    ] {
        assert!(t.contains(visible), "{visible:?} not on screen:\n{t}");
    }
    assert!(!screen.text().contains("PWNED"), "{}", screen.text());
    send(w, "\t");
    screen.wait_status("PANEL");
    send(w, "q");
    assert_restored(&mut sess);
    let raw = sess.screen.raw.lock().unwrap();
    let has = |seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    for (what, seq) in [
        ("OSC", &b"\x1b]"[..]),
        ("DCS", b"\x1bP"),
        ("BEL", b"\x07"),
        ("backspace", b"\x08"),
        ("8-bit OSC", "\u{9d}".as_bytes()),
        ("8-bit CSI", "\u{9b}".as_bytes()),
        ("8-bit DCS", "\u{90}".as_bytes()),
        ("bidi override", "\u{202e}".as_bytes()),
        ("bidi isolate", "\u{2067}".as_bytes()),
        ("the payloads", b"PWNED"),
    ] {
        assert!(!has(seq), "{what} reached the terminal");
    }
    drop(raw);
    let _ = std::fs::remove_dir_all(&sess.root);
}
