//! Faults around the library: a cache that cannot be created or written (a full disk), corrupt
//! cache files, a config path that is a folder, state torn by a killed writer, a data dir that
//! cannot be written. The commands fail with one clear line; the reader still opens and says
//! what it could not do. And nothing byline does ever writes to the library.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const BIN: &str = env!("CARGO_BIN_EXE_byline");

/// A small library: two articles, one of them with a quote, and a broken file.
fn library(root: &Path) -> PathBuf {
    let lib = root.join("library");
    std::fs::create_dir_all(lib.join("sub dir")).unwrap();
    std::fs::write(
        lib.join("harbor.txt"),
        "Harbor talks resume\n\nMayor Ana Ruiz met the Harbor Authority in Valparaíso on \
         Monday.\n\n“We will rebuild the pier before winter,” Ana Ruiz said.\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("sub dir/rail.md"),
        "---\ntitle: Rail strike ends\ndate: 2025-03-03\n---\n\nUnion leader Tomás Lee said \
         the strike in Lyon was over.\n",
    )
    .unwrap();
    std::fs::write(lib.join("broken.json"), "{ \"title\": ").unwrap();
    lib
}

/// A fresh folder for one test, with environment that keeps byline away from the real home.
struct Env {
    root: tempfile::TempDir,
    vars: Vec<(String, PathBuf)>,
}

impl Env {
    fn new() -> Env {
        let root = tempfile::tempdir().unwrap();
        let p = root.path();
        let vars = vec![
            ("HOME".to_string(), p.to_path_buf()),
            ("XDG_DATA_HOME".to_string(), p.join("data")),
            ("XDG_CONFIG_HOME".to_string(), p.join("config")),
            ("XDG_CACHE_HOME".to_string(), p.join("cache-home")),
            ("BYLINE_CACHE_DIR".to_string(), p.join("cache")),
        ];
        Env { root, vars }
    }
    fn path(&self) -> &Path {
        self.root.path()
    }
    fn set(&mut self, key: &str, value: PathBuf) {
        self.vars.retain(|(k, _)| k != key);
        self.vars.push((key.to_string(), value));
    }
    fn get(&self, key: &str) -> PathBuf {
        self.vars
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .expect("var")
    }
    /// Run a byline command line (through `sh -c` when `shell` wraps it) to completion.
    fn run(&self, args: &[&str]) -> Output {
        self.command(BIN, args).output().unwrap()
    }
    fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut c = Command::new(program);
        c.args(args).stdin(Stdio::null());
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A command that could not do its job: exit 1, one line on stderr, no panic.
fn assert_clean_failure(out: &Output, mentions: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains(mentions),
        "{err:?} should mention {mentions:?}"
    );
}

#[test]
fn a_cache_that_cannot_be_created_fails_index_with_one_line_and_list_still_works() {
    let mut env = Env::new();
    let lib = library(env.path());
    let file = env.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    env.set("BYLINE_CACHE_DIR", file.join("cache"));
    let lib_s = lib.to_str().unwrap();
    for args in [
        vec!["index", "--library", lib_s],
        vec!["search", "pier", "--library", lib_s],
        vec!["quotes", "--speaker", "Ana Ruiz", "--library", lib_s],
    ] {
        let out = env.run(&args);
        assert_clean_failure(&out, "a-file");
    }
    // Listing needs no cache.
    let out = env.run(&["list", "--library", lib_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbor talks resume"));
}

#[test]
fn a_read_only_cache_directory_fails_index_with_one_line() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let lib = library(env.path());
    let cache = env.get("BYLINE_CACHE_DIR");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o500)).unwrap();
    if std::fs::write(cache.join("probe"), b"x").is_ok() {
        // Running as root: permissions do not apply (the fault is covered by the test above).
        return;
    }
    let out = env.run(&["index", "--library", lib.to_str().unwrap()]);
    assert_clean_failure(&out, "ermission denied");
    std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o700)).unwrap();
}

/// A full disk, simulated without root: a file size limit of zero makes every write fail
/// (EFBIG instead of ENOSPC, with the signal that would kill the process ignored).
#[test]
fn a_full_disk_fails_index_cleanly_and_the_next_run_recovers() {
    let env = Env::new();
    let lib = library(env.path());
    let lib_s = lib.to_str().unwrap();
    let out = env
        .command(
            "sh",
            &[
                "-c",
                "trap '' XFSZ; ulimit -f 0; exec \"$0\" index --library \"$1\"",
                BIN,
                lib_s,
            ],
        )
        .output()
        .unwrap();
    assert_clean_failure(&out, "File too large");
    let cache = env.get("BYLINE_CACHE_DIR");
    let leftovers: Vec<PathBuf> = walk(&cache)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains("tmp"))
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // Space again: the half-written cache is no obstacle.
    let out = env.run(&["search", "pier", "--library", lib_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbor talks resume"));
}

#[test]
fn corrupt_cache_files_are_rebuilt() {
    let env = Env::new();
    let lib = library(env.path());
    let lib_s = lib.to_str().unwrap();
    let search = |q: &str| {
        let out = env.run(&["search", q, "--library", lib_s, "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let before = (search("pier"), search("said:\"Ana Ruiz\""));
    let cache = env.get("BYLINE_CACHE_DIR");
    let files: Vec<PathBuf> = walk(&cache).into_iter().filter(|p| p.is_file()).collect();
    assert!(files.len() > 2, "{files:?}");
    // Every way a file can be damaged, in turn over the cache's files.
    for (i, f) in files.iter().enumerate() {
        let bytes = std::fs::read(f).unwrap();
        match i % 4 {
            0 => std::fs::write(f, b"").unwrap(),
            1 => std::fs::write(f, &bytes[..bytes.len() / 2]).unwrap(),
            2 => std::fs::write(f, vec![0xA5; bytes.len()]).unwrap(),
            // The header intact, everything after it flipped.
            _ => {
                let keep = bytes.len().min(16);
                let body = bytes[keep..].iter().map(|b| !b);
                std::fs::write(
                    f,
                    bytes[..keep]
                        .iter()
                        .copied()
                        .chain(body)
                        .collect::<Vec<_>>(),
                )
                .unwrap();
            }
        }
    }
    let after = (search("pier"), search("said:\"Ana Ruiz\""));
    assert_eq!(before, after);
    assert!(before.0.contains("Harbor talks resume") && before.1.contains("rebuild the pier"));
}

#[test]
fn byline_never_writes_to_the_library() {
    let env = Env::new();
    let lib = library(env.path());
    std::fs::write(
        lib.join("page.html"),
        "<html><head><title>A page</title></head><body><p>Ana Ruiz said hello.</p></body></html>",
    )
    .unwrap();
    std::fs::write(lib.join("bad.txt"), b"Title\n\nbody \xff\xfe bytes").unwrap();
    // Old times, so that any write (even of the same bytes) would show.
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    for p in walk(&lib) {
        if p.is_file() {
            std::fs::File::options()
                .write(true)
                .open(&p)
                .and_then(|f| f.set_modified(old))
                .unwrap();
        }
    }
    let before = snapshot(&lib);
    let lib_s = lib.to_str().unwrap();
    let harbor = lib.join("harbor.txt");
    for args in [
        vec!["list", "--library", lib_s],
        vec!["index", "--library", lib_s],
        vec!["search", "pier", "--library", lib_s],
        vec!["quotes", "--speaker", "Ana Ruiz", "--library", lib_s],
        vec!["extract", harbor.to_str().unwrap(), "--json"],
    ] {
        let out = env.run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let mut pty = Pty::start(&env, &["--library", lib_s]);
    pty.wait_for("an article", |t| t.contains("Harbor talks resume"));
    pty.send("j\tjj\r");
    pty.quit();
    assert_eq!(snapshot(&lib), before, "the library changed");
}

#[test]
fn the_reader_opens_with_a_folder_for_a_config_and_says_so() {
    let env = Env::new();
    let lib = library(env.path());
    std::fs::create_dir_all(env.get("XDG_CONFIG_HOME").join("byline/config.toml")).unwrap();
    let mut pty = Pty::start(&env, &["--library", lib.to_str().unwrap()]);
    pty.wait_for("an article", |t| t.contains("Harbor talks resume"));
    pty.wait_for("the notice", |_| pty_status(&pty).contains("not read"));
    pty.quit();
    // The commands that read the config carry on too.
    let out = env.run(&["list", "--library", lib.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_reader_opens_when_nothing_can_be_written_and_says_so() {
    let mut env = Env::new();
    let lib = library(env.path());
    let file = env.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    env.set("XDG_DATA_HOME", file.join("data"));
    env.set("BYLINE_CACHE_DIR", file.join("cache"));
    let mut pty = Pty::start(&env, &["--library", lib.to_str().unwrap()]);
    pty.wait_for("an article", |t| t.contains("Harbor talks resume"));
    // Opening an article saves the read state, which cannot be done.
    pty.send("\t\t\r");
    pty.wait_for("the notice", |_| {
        pty_status(&pty).contains("could not save read state")
    });
    pty.quit();
}

#[test]
fn the_reader_opens_without_a_cache_and_says_so() {
    let mut env = Env::new();
    let lib = library(env.path());
    let file = env.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    env.set("BYLINE_CACHE_DIR", file.join("cache"));
    let mut pty = Pty::start(&env, &["--library", lib.to_str().unwrap()]);
    // No index can be made: the reader reads the files itself and says so.
    pty.wait_for("an article", |t| t.contains("Harbor talks resume"));
    pty.wait_for("the notice", |_| {
        pty_status(&pty).contains("index unavailable")
    });
    pty.quit();
}

#[test]
fn torn_state_and_a_leftover_temporary_file_do_not_break_the_next_start() {
    let env = Env::new();
    let lib = library(env.path());
    let data = env.get("XDG_DATA_HOME").join("byline");
    std::fs::create_dir_all(&data).unwrap();
    // What a writer killed midway could leave: its temporary file, and (without the rename
    // that prevents it) a torn state file.
    std::fs::write(data.join("state.json.tmp4242"), "{\"read\": [\"/x").unwrap();
    std::fs::write(data.join("state.json"), "{\"last_article\": \"/li").unwrap();
    let mut pty = Pty::start(&env, &["--library", lib.to_str().unwrap()]);
    pty.wait_for("an article", |t| t.contains("Harbor talks resume"));
    pty.quit();
    let saved = std::fs::read(data.join("state.json")).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&saved).expect("state.json is whole");
    assert!(v.get("read").is_some(), "{v}");
}

/// Every path under `dir`, folders included, sorted.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                todo.push(p.clone());
            }
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Each path's bytes (files), modification time and permissions.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Option<Vec<u8>>, SystemTime, u32)> {
    use std::os::unix::fs::PermissionsExt;
    walk(dir)
        .into_iter()
        .map(|p| {
            let m = std::fs::symlink_metadata(&p).unwrap();
            let bytes = m.is_file().then(|| std::fs::read(&p).unwrap());
            let mode = m.permissions().mode();
            (p, (bytes, m.modified().unwrap(), mode))
        })
        .collect()
}

/// The reader in a 120×40 pseudo-terminal, just enough to see its screen and quit it.
struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    w: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn pty_status(p: &Pty) -> String {
    p.parser
        .lock()
        .unwrap()
        .screen()
        .rows(0, 120)
        .nth(39)
        .unwrap_or_default()
}

impl Pty {
    fn start(env: &Env, args: &[&str]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in &env.vars {
            cmd.env(k, v);
        }
        cmd.cwd(env.path());
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            40.try_into().unwrap(),
            120.try_into().unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let p = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
        });
        let w = pair.master.take_writer().unwrap();
        Pty {
            parser,
            w,
            child,
            _master: pair.master,
        }
    }
    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if pred(&self.text()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.text());
    }
    fn send(&mut self, keys: &str) {
        for k in keys.chars() {
            self.w.write_all(k.to_string().as_bytes()).unwrap();
            self.w.flush().unwrap();
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    /// `q`, then the reader must exit on its own, successfully.
    fn quit(&mut self) {
        self.send("q");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(st)) = self.child.try_wait() {
                assert!(st.success(), "{st:?}; screen:\n{}", self.text());
                return;
            }
            assert!(Instant::now() < deadline, "the reader did not quit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
