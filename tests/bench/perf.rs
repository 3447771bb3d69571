//! nestegg's benchmarks (issue 9): `cargo bench --bench perf`.
//!
//! For ledgers of 10k, 100k and 1M demo transactions (ten years each), it
//! measures whole processes and the interface's own loop, and prints each
//! figure as the median of several runs with its ratio to a baseline
//! measured in the same run:
//! 1. the monthly report: nestegg against the sqlite3 shell's GROUP BY over
//!    the same file (the floor), hledger and ledger-cli on the exported journal;
//! 2. the interface: first frame of the Ledger and Months tabs from process
//!    start, a PgDn step, and peak memory, in a fresh child process each;
//! 3. importing the CSV export into an empty ledger, against the sqlite3
//!    shell's `.import` into a plain table and into a typed one with two
//!    indexes, and against its `INSERT … SELECT` of the same rows into
//!    nestegg's own tables and indexes (the floor), with nestegg's peak memory;
//!    then undoing and redoing that import (one bulk step), and the next
//!    step after an undo (which forgets it), against the sqlite3 shell's
//!    `DELETE FROM txns` of the same rows, with the file's size after each;
//! 4. `nestegg ls --month` and searches;
//! 5. ranges: 10,000 Monte Carlo paths × 40 years against `project()` of
//!    480 months (in-process, one thread; first, whatever the sizes).
//!
//! Measures and prints; asserts nothing about time. Environment:
//! NESTEGG_BENCH_SIZES (e.g. `10000,100000`; empty for none), NESTEGG_BENCH_RUNS (default 7).
//! Ledgers are generated once into target/ and reused while the schema stays.

mod probe;
mod ranges;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NESTEGG: &str = env!("CARGO_BIN_EXE_nestegg");

fn main() {
    let started = Instant::now();
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--probe") {
        probe::probe(started, &args[2], &args[3]);
        return;
    }
    if args.iter().any(|a| a == "--list" || a == "--test") {
        return; // `cargo test --benches` asks for a list; there are no tests here
    }
    let sizes: Vec<u64> = std::env::var("NESTEGG_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000,1000000".into())
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().parse().expect("NESTEGG_BENCH_SIZES: numbers separated by commas"))
        .collect();
    let runs: usize = std::env::var("NESTEGG_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(7);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-ledgers");
    std::fs::create_dir_all(&dir).expect("a folder for the benchmark ledgers");
    machine();
    ranges::ranges(runs);
    let tools = Tools::find();
    let mut flat = Vec::new();
    for &n in &sizes {
        println!("\n## {n} transactions");
        let l = Ledger::prepare(&dir, n);
        let report = monthly_report(&l, runs, &tools, n);
        let ui = interface(&l, runs);
        import(&l, &dir, runs.min(3), &tools);
        undo_redo(&l, &dir, runs.min(3), &tools);
        listing(&l, runs, &tools);
        let networth = worth(&l, runs, report);
        flat.push((n, report, ui, networth));
    }
    if flat.len() > 1 {
        println!("\n## flat with size? (each against the smallest ledger)");
        let (n0, r0, u0, w0) = flat[0];
        for &(n, r, u, w) in &flat[1..] {
            println!(
                "{n:>9} vs {n0}: monthly report {:.2}x, Ledger first frame {:.2}x, PgDn step {:.2}x, networth (whole history) {:.2}x",
                r / r0,
                u.0 / u0.0,
                u.1 / u0.1,
                w / w0
            );
        }
    }
}

fn machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("# nestegg benchmarks: {cores} cores, {cpu}; release build; medians of whole processes unless noted");
}

/// External tools the comparisons need, where installed.
struct Tools {
    sqlite3: bool,
    hledger: bool,
    ledger: bool,
}

impl Tools {
    fn find() -> Tools {
        let has = |tool: &str| {
            Command::new(tool).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
        };
        let t = Tools { sqlite3: has("sqlite3"), hledger: has("hledger"), ledger: has("ledger") };
        for (name, present) in [("sqlite3", t.sqlite3), ("hledger", t.hledger), ("ledger", t.ledger)] {
            if !present {
                println!("# {name} is not installed: its comparison is left out");
            }
        }
        t
    }
}

/// A demo ledger of `n` transactions, with its CSV and journal exports.
struct Ledger {
    n: u64,
    db: PathBuf,
    csv: PathBuf,
    journal: PathBuf,
}

impl Ledger {
    fn prepare(dir: &Path, n: u64) -> Ledger {
        let version = nestegg::store::SCHEMA_VERSION;
        let l = Ledger {
            n,
            db: dir.join(format!("ledger-{n}-v{version}.db")),
            csv: dir.join(format!("ledger-{n}-v{version}.csv")),
            journal: dir.join(format!("ledger-{n}-v{version}.journal")),
        };
        if !l.journal.exists() {
            for f in [&l.db, &l.csv] {
                let _ = std::fs::remove_file(f);
            }
            let t = Instant::now();
            nestegg(&l.db, &["demo", "--transactions", &n.to_string(), "--seed", "1"]);
            println!("generated the ledger in {:.1} s (nestegg demo --transactions {n} --seed 1)", secs(t.elapsed()));
            nestegg(&l.db, &["export", "--format", "csv", "--out", l.csv.to_str().unwrap()]);
            nestegg(&l.db, &["export", "--format", "ledger", "--out", l.journal.to_str().unwrap()]);
        }
        l
    }
}

/// Runs nestegg on a ledger; panics with its stderr when it fails.
fn nestegg(db: &Path, args: &[&str]) -> String {
    let out = Command::new(NESTEGG).arg("--db").arg(db).args(args).output().expect("nestegg runs");
    assert!(out.status.success(), "nestegg {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command to completion, its output thrown away; panics if it fails.
fn run(cmd: &mut Command) {
    let status = cmd.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("the command starts");
    assert!(status.success(), "{cmd:?} failed");
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// The median wall time of `runs` runs of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            secs(t.elapsed())
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn row(what: &str, seconds: f64, base: Option<(&str, f64)>) {
    let ratio = base.map_or(String::new(), |(name, b)| format!("  {:>8.2}x {name}", seconds / b));
    println!("  {what:<48} {:>10.2} ms{ratio}", seconds * 1000.0);
}

/// 1. The monthly report; returns nestegg's median.
fn monthly_report(l: &Ledger, runs: usize, tools: &Tools, n: u64) -> f64 {
    println!("monthly report (income, housing, spending per month, whole history)");
    let ours = median(runs, || {
        run(Command::new(NESTEGG).arg("--db").arg(&l.db).args(["report", "monthly", "--format", "csv"]))
    });
    row("nestegg report monthly", ours, None);
    if tools.sqlite3 {
        let sql = "SELECT substr(t.date, 1, 7), c.class, sum(t.amount) FROM txns t JOIN categories c \
                   ON c.id = t.category_id GROUP BY 1, 2 ORDER BY 1, 2;";
        let floor = median(runs, || run(Command::new("sqlite3").arg(&l.db).arg(sql)));
        row("sqlite3 GROUP BY over the rows (full scan)", floor, None);
        println!("  {:<48} {:>10.1}x faster than the full scan", "nestegg", floor / ours);
    }
    // The plain-text tools take seconds to a minute at 1M: fewer runs there.
    let slow_runs = if n >= 1_000_000 { 1 } else { runs.min(3) };
    if tools.hledger {
        let t = median(slow_runs, || {
            run(Command::new("hledger").arg("-f").arg(&l.journal).args(["incomestatement", "--monthly"]))
        });
        row(&format!("hledger incomestatement --monthly ({slow_runs} run(s))"), t, Some(("nestegg", ours)));
    }
    if tools.ledger {
        let t = median(slow_runs, || {
            run(Command::new("ledger").arg("-f").arg(&l.journal).args(["--monthly", "balance", "^income", "^expenses"]))
        });
        row(&format!("ledger --monthly balance ({slow_runs} run(s))"), t, Some(("nestegg", ours)));
    }
    ours
}

/// Runs the interface probe in a fresh process; its `key=value` figures.
fn probe(l: &Ledger, script: &str) -> Vec<(String, f64)> {
    let me = std::env::current_exe().expect("the benchmark's own path");
    let out = Command::new(me).args(["--probe", l.db.to_str().unwrap(), script]).output().expect("the probe runs");
    assert!(out.status.success(), "probe: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.to_owned(), v.parse().unwrap_or(f64::NAN))))
        .collect()
}

fn med(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// 2. The interface; returns (Ledger first frame, PgDn step) medians in seconds.
fn interface(l: &Ledger, runs: usize) -> (f64, f64) {
    println!("interface (the real app loop on an 80x24 TestBackend, a fresh process per run)");
    let get =
        |figures: &[(String, f64)], key: &str| figures.iter().find(|(k, _)| k == key).map_or(f64::NAN, |(_, v)| *v);
    let (mut first, mut step, mut worst, mut rss, mut months) = (vec![], vec![], vec![], vec![], vec![]);
    for _ in 0..runs {
        let f = probe(l, "ledger");
        first.push(get(&f, "first_frame_ms"));
        step.push(get(&f, "step_median_ms"));
        worst.push(get(&f, "step_max_ms"));
        rss.push(get(&f, "peak_rss_kib"));
        months.push(get(&probe(l, "months"), "months_frame_ms"));
    }
    let (first, step) = (med(&mut first), med(&mut step));
    row("first frame of the Ledger tab, from process start", first / 1000.0, None);
    row("first frame of the Months tab (first key: 2)", med(&mut months) / 1000.0, None);
    row("PgDn step (median of 200 per run)", step / 1000.0, None);
    row("PgDn step (slowest of 200, median over runs)", med(&mut worst) / 1000.0, None);
    println!("  {:<48} {:>10.1} MiB", "peak RSS (VmHWM) after 200 PgDn", med(&mut rss) / 1024.0);
    // The filter: from Enter to the filtered list with its header's sums,
    // against a PgDn step of the same runs.
    for (what, text) in [
        ("no match", "no such payee"),
        ("午饭, two characters", "午饭"),
        ("房, one character", "房"),
        ("饿了么, a common payee", "饿了么"),
        ("cat:food, a category tree", "cat:food"),
    ] {
        let mut times: Vec<f64> = (0..runs).map(|_| get(&probe(l, &format!("filter:{text}")), "filter_ms")).collect();
        row(&format!("filter /{what}"), med(&mut times) / 1000.0, Some(("PgDn step", step / 1000.0)));
    }
    (first, step)
}

/// 3. Importing the CSV export into an empty ledger.
fn import(l: &Ledger, dir: &Path, runs: usize, tools: &Tools) {
    println!("import of the {}-row CSV export ({:.0} MB) into an empty ledger", l.n, size_mb(&l.csv));
    let target = dir.join("import-target.db");
    let fresh = |p: &Path| {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
        }
    };
    // Peak memory of each run, read from the child itself (wait4's rusage).
    let mut peaks = Vec::new();
    let ours = median(runs, || {
        fresh(&target);
        peaks.push(peak_kib(Command::new(NESTEGG).arg("--db").arg(&target).arg("import").arg(&l.csv)));
    });
    peaks.sort_unstable();
    let peak = peaks[peaks.len() / 2] as f64 / 1024.0;
    if !tools.sqlite3 {
        row("nestegg import (with dedup fingerprints)", ours, None);
        println!("  {:<48} {:>10.1} MiB", "nestegg import: peak RSS", peak);
        return;
    }
    let plain = median(runs, || {
        fresh(&target);
        run(Command::new("sqlite3").arg(&target).arg(format!(".import --csv {} t", l.csv.display())));
    });
    let typed_sql = format!(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, date TEXT, account TEXT, category TEXT, class TEXT, payee TEXT, \
         note TEXT, amount TEXT, currency TEXT, tags TEXT); CREATE INDEX t_date ON t(date, id); CREATE INDEX t_cat ON t(category, date);\n\
         .import --csv --skip 1 {} t",
        l.csv.display()
    );
    let typed = median(runs, || {
        fresh(&target);
        sqlite3_script(&target, &typed_sql);
    });
    // The floor (issue 28): the sqlite3 shell's INSERT … SELECT of the same
    // rows into nestegg's own tables and indexes, in an empty ledger made by
    // nestegg, from the CSV loaded into a temporary table first (not timed),
    // with the kept totals' insert triggers set aside as nestegg's bulk path
    // sets them aside; accounts and categories joined by name.
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        fresh(&target);
        run(Command::new(NESTEGG).arg("--db").arg(&target).arg("accounts"));
        sqlite3_script(
            &target,
            &format!(
                ".import --csv {} tmp\n\
                 DROP TRIGGER txns_totals_insert; DROP TRIGGER txns_payees_insert; DROP TRIGGER txns_month_payees_insert;",
                l.csv.display()
            ),
        );
        let t = Instant::now();
        sqlite3_script(&target, INSERT_SELECT);
        times.push(secs(t.elapsed()));
    }
    times.sort_by(f64::total_cmp);
    let insert_select = times[times.len() / 2];
    fresh(&target);
    row("sqlite3 .import into a plain table", plain, None);
    row("sqlite3 .import, typed, two indexes", typed, Some(("plain", plain)));
    row("sqlite3 INSERT … SELECT into nestegg's schema", insert_select, None);
    row("nestegg import (with dedup fingerprints)", ours, Some(("insert-select", insert_select)));
    println!("  {:<48} {:>10.1} MiB", "nestegg import: peak RSS (the child's maxrss)", peak);
}

/// The rows of the temporary table `tmp` (the CSV export as the shell
/// loads it) into `txns`, in one transaction, oldest first as nestegg writes them.
const INSERT_SELECT: &str = "BEGIN;
INSERT INTO transfers (id) SELECT rowid FROM tmp WHERE class = 'transfer';
INSERT INTO txns (id, date, account_id, category_id, transfer_id, amount, currency, payee, note, import_key, tags)
SELECT CAST(t.id AS INTEGER), t.date, a.id, c.id, CASE WHEN t.class = 'transfer' THEN t.rowid END,
       CAST(round(CAST(replace(t.amount, ',', '') AS REAL) * 100) AS INTEGER), t.currency, t.payee, t.note,
       'nestegg:' || t.date || '|' || t.account || '|' || t.category || '|' || t.amount || '|' || t.payee || '|'
           || t.note || '|#' || t.rowid,
       t.tags
  FROM tmp t JOIN accounts a ON a.name = t.account
  LEFT JOIN categories c ON c.name = t.category AND t.class <> 'transfer'
 ORDER BY t.date, CAST(t.id AS INTEGER);
COMMIT;";

/// Runs the sqlite3 shell on `db` with `script` on its stdin.
fn sqlite3_script(db: &Path, script: &str) {
    let mut child = Command::new("sqlite3").arg(db).stdin(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), script.as_bytes()).unwrap();
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
}

/// Runs a command to completion, its output thrown away, and returns its
/// peak resident memory in KiB: the child's own `ru_maxrss` from `wait4`
/// (`RUSAGE_CHILDREN` would be the largest of every child so far).
#[allow(clippy::zombie_processes)] // wait4 below reaps it
fn peak_kib(cmd: &mut Command) -> i64 {
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("the command starts");
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own child's, not yet waited for; both pointers are to live locals.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{cmd:?} failed");
    usage.ru_maxrss
}

/// Removes a ledger and its WAL files.
fn remove_ledger(p: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
}

/// Undo and redo of the import (3, issue 28): the ledger the import made,
/// its one step undone and redone `runs` times, against the sqlite3 shell's
/// `DELETE FROM txns` of the same rows on a copy of it (its triggers firing,
/// foreign keys off as the shell has them), and the file's size after the
/// import, after an undo and after undo and redo (free pages given back).
fn undo_redo(l: &Ledger, dir: &Path, runs: usize, tools: &Tools) {
    println!("undo and redo of that import (one step of {} rows)", l.n);
    let target = dir.join("undo-target.db");
    remove_ledger(&target);
    run(Command::new(NESTEGG).arg("--db").arg(&target).arg("import").arg(&l.csv));
    let imported = size_mb(&target);
    let (mut undo, mut redo, mut undone, mut redone) = (Vec::new(), Vec::new(), 0.0, 0.0);
    for _ in 0..runs.max(1) {
        undo.push(median(1, || run(Command::new(NESTEGG).arg("--db").arg(&target).arg("undo"))));
        undone = size_mb(&target);
        redo.push(median(1, || run(Command::new(NESTEGG).arg("--db").arg(&target).arg("redo"))));
        redone = size_mb(&target);
    }
    let (undo, redo) = (med(&mut undo), med(&mut redo));
    let base = tools.sqlite3.then(|| {
        let copy = dir.join("undo-baseline.db");
        let mut times = Vec::new();
        for _ in 0..runs.max(1) {
            remove_ledger(&copy);
            std::fs::copy(&target, &copy).expect("a copy of the imported ledger");
            times.push(median(1, || run(Command::new("sqlite3").arg(&copy).arg("DELETE FROM txns;"))));
        }
        remove_ledger(&copy);
        med(&mut times)
    });
    // The next step after an undo forgets the undone rows and gives their
    // pages back: the one time their weight is paid.
    run(Command::new(NESTEGG).arg("--db").arg(&target).arg("undo"));
    let forget = median(1, || {
        run(Command::new(NESTEGG).arg("--db").arg(&target).args(["add", "12", "-c", "food", "--payee", "bench"]))
    });
    let forgotten = size_mb(&target);
    remove_ledger(&target);
    if let Some(base) = base {
        row("sqlite3 DELETE FROM txns (the same rows)", base, None);
    }
    let base = base.map(|b| ("sqlite3 DELETE", b));
    row("nestegg undo (the import)", undo, base);
    row("nestegg redo (the import)", redo, base);
    row("nestegg add after the undo (forgets it)", forget, base);
    println!(
        "  file: {imported:.0} MB after the import, {undone:.0} MB after its undo, {redone:.0} MB after undo and redo, \
         {forgotten:.1} MB once a new step forgets it"
    );
}

/// Net worth month by month (5): balances at each month's end from the
/// kept totals, against the monthly report of the same run; returns the
/// whole history's median.
fn worth(l: &Ledger, runs: usize, report: f64) -> f64 {
    println!("net worth (every account's balance at each month's end)");
    let year = median(runs, || run(Command::new(NESTEGG).arg("--db").arg(&l.db).args(["networth", "--format", "csv"])));
    row("nestegg networth (the last 12 months)", year, Some(("report monthly", report)));
    // The demo spans ten years back from today: from 2000 is all of it.
    let all = median(runs, || {
        run(Command::new(NESTEGG).arg("--db").arg(&l.db).args(["networth", "--from", "2000-01", "--format", "csv"]))
    });
    row("nestegg networth (whole history, from 2000-01)", all, Some(("report monthly", report)));
    let now = median(runs, || run(Command::new(NESTEGG).arg("--db").arg(&l.db).arg("accounts")));
    row("nestegg accounts (every balance now)", now, Some(("report monthly", report)));
    all
}

fn size_mb(p: &Path) -> f64 {
    std::fs::metadata(p).map_or(0.0, |m| m.len() as f64 / 1e6)
}

/// 4. Listing a month and searching, as the CLI does.
fn listing(l: &Ledger, runs: usize, tools: &Tools) {
    println!("listing and search");
    // Last month: a whole one (this month may be a day old).
    let month = nestegg::model::Month::of(chrono::Local::now().date_naive()).prev().to_string();
    let ls = |args: &[&str]| {
        median(runs, || {
            run(Command::new(NESTEGG).arg("--db").arg(&l.db).arg("ls").args(args).args(["--format", "csv"]))
        })
    };
    let whole = ls(&["--month", &month, "--limit", "100000"]);
    let first = ls(&["--month", &month, "--limit", "50"]);
    let common = ls(&["--search", "饿了么", "--limit", "50"]);
    let rare = ls(&["--search", "no such payee", "--limit", "50"]);
    let lunch = ls(&["--search", "午饭", "--limit", "50"]);
    let fang = ls(&["--search", "房", "--limit", "50"]);
    let food = ls(&["--category", "food", "--limit", "50"]);
    let travel = ls(&["--category", "travel", "--limit", "50"]);
    let card = ls(&["--account", "Bank card", "--limit", "50"]);
    let page = ("ls --month (first 50)", first);
    if tools.sqlite3 {
        let sql = format!(
            "SELECT t.id, t.date, a.name, c.name, t.payee, t.note, t.amount FROM txns t JOIN accounts a ON a.id = t.account_id \
             LEFT JOIN categories c ON c.id = t.category_id WHERE t.date >= '{month}-01' AND t.date <= '{month}-31' \
             ORDER BY t.date DESC, t.id DESC;"
        );
        let floor = median(runs, || run(Command::new("sqlite3").arg(&l.db).arg(&sql)));
        row(&format!("sqlite3: the rows of {month}"), floor, None);
        row(&format!("nestegg ls --month {month} (every row)"), whole, Some(("sqlite3", floor)));
    } else {
        row(&format!("nestegg ls --month {month} (every row)"), whole, None);
    }
    row(&format!("nestegg ls --month {month} (first 50)"), first, None);
    if tools.sqlite3 {
        // The floor without an index for "contains": LIKE on every row.
        let sql = "SELECT count(*) FROM txns WHERE payee LIKE '%no such payee%' OR note LIKE '%no such payee%';";
        let scan = median(runs, || run(Command::new("sqlite3").arg(&l.db).arg(sql)));
        row("sqlite3: LIKE on every row (no match)", scan, None);
        row("ls --search --limit 50 (no match)", rare, Some(("sqlite3 LIKE scan", scan)));
    } else {
        row("ls --search --limit 50 (no match)", rare, Some(page));
    }
    row("ls --search 饿了么 --limit 50 (common payee)", common, Some(page));
    row("ls --search 午饭 --limit 50 (two characters)", lunch, Some(page));
    row("ls --search 房 --limit 50 (one character)", fang, Some(page));
    row("ls --category food --limit 50 (41%, a tree)", food, Some(page));
    row("ls --category travel --limit 50 (1% of rows)", travel, Some(page));
    row("ls --account 'Bank card' --limit 50", card, Some(page));
}
