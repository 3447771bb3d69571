//! A private tmux server for end-to-end tests of the real binary in a real
//! terminal. tmux needs no TTY of its own, so this runs in CI; `.ci/run`
//! installs tmux, and without it a test fails rather than skips.

use std::process::Command;
use std::time::{Duration, Instant};

/// A private tmux server (own socket) holding one session; killed on drop,
/// so a failed assertion never leaves a server or a nestegg behind.
pub struct Tmux {
    socket: String,
    /// The socket file, which tmux 3.3 leaves behind after kill-server.
    socket_path: Option<String>,
}

impl Tmux {
    /// Starts `program args…` in a detached 100×30 session. The argv goes to
    /// tmux as separate words, so no shell quoting of paths is involved.
    pub fn start(program: &[&str]) -> Tmux {
        let available = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
        assert!(available, "tmux is not installed; this end-to-end test needs it (.ci/run installs it via apt-get)");
        // The process and a count make the socket unique: two tests of one
        // binary starting in the same clock tick once shared one (the clock's
        // nanoseconds alone said "duplicate session: e2e").
        static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let socket = format!("nestegg-e2e-{}-{n}-{nanos}", std::process::id());
        let mut tmux = Tmux { socket, socket_path: None };
        // `-f /dev/null`: no user config; the server keeps this client's environment.
        let mut args = vec!["-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "--"];
        args.extend(program);
        tmux.run(&args);
        tmux.socket_path = Some(tmux.run(&["display-message", "-p", "#{socket_path}"]).trim().to_owned());
        tmux
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8") // with -u, keeps CJK intact through capture-pane
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env_remove("TMUX") // we may be running inside someone's tmux
            .env_remove("NESTEGG_DB") // never the caller's ledger
            .output()
            .expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("tmux prints UTF-8")
    }

    /// Named keys (`Tab`, `BSpace`, `Enter`) or single-character commands.
    pub fn keys(&self, keys: &[&str]) {
        self.run(&[&["send-keys", "-t", "e2e"][..], keys].concat());
    }

    /// Literal text, typed as is (no key-name lookup).
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "e2e", "-l", text]);
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-J", "-t", "e2e"])
    }

    /// Polls the screen every 50 ms for up to 60 s until `ready` holds; on
    /// timeout, fails showing the last screen. (A passing test waits only
    /// as long as the screen takes; 10 s failed once on a debug build
    /// checking a huge sheet while two builds ran beside it.)
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(60), "timed out waiting for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?}"), |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}
