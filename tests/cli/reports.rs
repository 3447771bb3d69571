//! Drives the real `nestegg` binary through the reports and the export of
//! issue 4: `report categories`, `report monthly --by category` and
//! `export --format ledger`, on hand-written ledgers with hand-computed
//! numbers, and a cross-check of three demo years against hledger.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// A ledger in its own temporary directory; the caller's NESTEGG_DB is never inherited.
struct Ledger {
    dir: TempDir,
    path: PathBuf,
}

impl Ledger {
    fn new() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        Ledger { dir, path }
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
        cmd.env_remove("NESTEGG_DB").arg("--db").arg(&self.path).args(args);
        cmd.output().expect("the nestegg binary runs")
    }

    /// Runs a command that must succeed; returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// Runs a command that must fail with exit code 2 and one `nestegg: ` line containing `needle`.
    fn usage_error(&self, args: &[&str], needle: &str) {
        let out = self.run(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("nestegg: ") && err.lines().count() == 1, "{args:?}: {err:?}");
        assert!(err.contains(needle), "{args:?}: {err:?} does not mention {needle:?}");
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
    }

    /// Runs every command of a fixture (one a line, no argument contains a space).
    fn load(fixture: &str) -> Ledger {
        let l = Ledger::new();
        for line in fixture.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            l.ok(&line.split_whitespace().collect::<Vec<_>>());
        }
        l
    }
}

const MONTH_LEDGER: &str = include_str!("../fixtures/reports/month_ledger.txt");

/// Every line of a table has the same display width (CJK counted as two columns).
fn assert_aligned(table: &str) {
    let widths: Vec<usize> = table.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "ragged table {widths:?}:\n{table}");
}

/// A table line's cells: columns are separated by at least two spaces.
fn cells(line: &str) -> Vec<&str> {
    line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect()
}

fn csv_rows(s: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(s.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// An amount in fen, without floats: nestegg's `-50.00` and `-¥1,234.50`,
/// hledger's `CNY 5000.00` and its bare `0` for nothing.
fn fen(s: &str) -> i64 {
    let t = s.trim().trim_start_matches("CNY ").replace(['¥', ','], "");
    let (sign, t) = match t.strip_prefix('-') {
        Some(rest) => (-1, rest.to_owned()),
        None => (1, t),
    };
    if t == "0" {
        return 0;
    }
    let (yuan, f) = t.split_once('.').unwrap_or_else(|| panic!("not an amount: {s:?}"));
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    assert!(digits(yuan) && digits(f) && f.len() == 2, "not an amount in CNY: {s:?}");
    sign * (yuan.parse::<i64>().unwrap() * 100 + f.parse::<i64>().unwrap())
}

/// Runs an external tool; None when it is not installed.
fn tool(name: &str, args: &[&str], file: &Path) -> Option<Output> {
    match Command::new(name).arg("-f").arg(file).args(args).output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{name} did not run: {e}"),
    }
}

// --- report categories -------------------------------------------------------

#[test]
fn categories_of_a_hand_written_month_in_three_formats() {
    let l = Ledger::load(MONTH_LEDGER);
    // Numbers worked out in fixtures/reports/month_ledger.txt: income and the transfer are left out,
    // refunds are netted, shares are of the class total (food 600 of 900 spending = 0.6667).
    let csv = l.ok(&["report", "categories", "--month", "2026-11", "--format", "csv"]);
    assert_eq!(
        csv,
        "class,category,amount,share\n\
         housing,rent,800.00,0.8000\n\
         housing,property fees,200.00,0.2000\n\
         spending,food,600.00,0.6667\n\
         spending,groceries,300.00,0.3333\n\
         spending,clothing,0.00,0.0000\n"
    );

    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["report", "categories", "--month", "2026-11", "-f", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!([&rows[2]["class"], &rows[2]["category"], &rows[2]["amount"]], ["spending", "food", "600.00"]);
    assert!(rows.iter().all(|r| r["amount"].is_string()), "json amounts are strings: {json}");
    assert_eq!(rows[2]["share"].as_f64(), Some(0.6667));
    assert_eq!(rows[1]["share"].as_f64(), Some(0.2));
    assert!(rows.iter().all(|r| r["class"] != "income" && r["category"] != "salary"), "income is not listed");

    let table = l.ok(&["report", "categories", "--month", "2026-11"]);
    let (title, table) = table.split_once('\n').unwrap();
    assert!(title.contains("2026-11"), "{title}");
    // Totals have no share, so their lines end at the amount, which lines up with the others.
    assert_aligned(&table.lines().filter(|l| !l.contains("(total)")).collect::<Vec<_>>().join("\n"));
    let amount_end = |line: &str| line.trim_end().trim_end_matches(|c| !char::is_whitespace(c)).trim_end().width();
    let totals: Vec<&str> = table.lines().filter(|l| l.contains("(total)")).collect();
    assert!(totals.iter().all(|t| t.width() == amount_end(table.lines().next().unwrap())), "{table}");
    let rows: Vec<Vec<&str>> = table.lines().map(cells).collect();
    assert_eq!(rows[0], ["CLASS", "CATEGORY", "AMOUNT", "SHARE"]);
    assert_eq!(rows[1], ["housing", "rent", "¥800.00", "80.0%"]);
    assert_eq!(rows[2], ["housing", "property fees", "¥200.00", "20.0%"]);
    assert_eq!(rows[3], ["housing", "(total)", "¥1,000.00"]);
    assert_eq!(rows[4], ["spending", "food", "¥600.00", "66.7%"]);
    assert_eq!(rows[5], ["spending", "groceries", "¥300.00", "33.3%"]);
    assert_eq!(rows[6], ["spending", "clothing", "¥0.00", "0.0%"]);
    assert_eq!(rows[7], ["spending", "(total)", "¥900.00"]);
    assert_eq!(rows.len(), 8);

    // 2027-01 holds only a refund: spending's total (-50) is not positive, so no share.
    let csv = l.ok(&["report", "categories", "--month", "2027-01", "-f", "csv"]);
    assert_eq!(csv, "class,category,amount,share\nspending,clothing,-50.00,\n");
    let json = l.ok(&["report", "categories", "--month", "2027-01", "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json[0]["amount"], "-50.00");
    assert!(json[0]["share"].is_null(), "{json}");
    let table = l.ok(&["report", "categories", "--month", "2027-01"]);
    let rows: Vec<Vec<&str>> = table.lines().skip(1).map(cells).collect();
    assert_eq!(rows[1], ["spending", "clothing", "-¥50.00", "—"], "{table}");
    assert_eq!(rows[2], ["spending", "(total)", "-¥50.00"], "{table}");
}

#[test]
fn categories_of_an_empty_month_and_of_bad_months() {
    let l = Ledger::load(MONTH_LEDGER);
    // 2026-12 has nothing; 2027-02's only spending is pets, so it is listed alone.
    assert_eq!(l.ok(&["report", "categories", "--month", "2026-12", "-f", "csv"]), "class,category,amount,share\n");
    assert_eq!(l.ok(&["report", "categories", "--month", "2026-12", "-f", "json"]).trim(), "[]");
    let table = l.ok(&["report", "categories", "--month", "2026-12"]);
    assert_eq!(table.trim(), "nothing went to housing or spending in 2026-12");
    assert_eq!(
        l.ok(&["report", "categories", "--month", "2027-02", "-f", "csv"]),
        "class,category,amount,share\nspending,pets,45.00,1.0000\n"
    );
    // Another currency's month is empty too.
    let usd = l.ok(&["report", "categories", "--month", "2026-11", "--currency", "USD", "-f", "csv"]);
    assert_eq!(usd, "class,category,amount,share\n");

    l.usage_error(&["report", "categories", "--month", "2026-13"], "YYYY-MM");
    l.usage_error(&["report", "categories", "--month", "2026/11"], "YYYY-MM");
    l.usage_error(&["report", "categories", "--month", "2026-11", "--currency", "XYZ"], "unknown currency");
    assert_eq!(l.run(&["report", "categories"]).status.code(), Some(2), "--month is required");
    assert_eq!(l.run(&["report", "categories", "--month", "2026-11", "-f", "xml"]).status.code(), Some(2));
}

// --- report monthly --by category -------------------------------------------

#[test]
fn monthly_by_category_in_three_formats() {
    let l = Ledger::load(MONTH_LEDGER);
    // Columns in the ledger's category order, only those used (mortgage, travel… are not);
    // income received and housing/spending paid are positive; a refund lowers its category;
    // the empty 2026-12 is a row of zeros.
    let csv = l.ok(&["report", "monthly", "--by", "category", "--format", "csv"]);
    assert_eq!(
        csv,
        "month,salary,side income,rent,property fees,food,groceries,clothing,pets\n\
         2026-11,5000.00,300.00,800.00,200.00,600.00,300.00,0.00,0.00\n\
         2026-12,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00\n\
         2027-01,0.00,0.00,0.00,0.00,0.00,0.00,-50.00,0.00\n\
         2027-02,0.00,80.00,0.00,0.00,0.00,0.00,0.00,45.00\n"
    );
    // The columns add up to the plain monthly report: 2026-11 income 5300, housing 1000, spending 900;
    // savings 5300 - 1000 - 900 = 3400, rate 3400 / 5300 = 0.64150… -> 0.6415.
    let plain = l.ok(&["report", "monthly", "-f", "csv"]);
    assert_eq!(plain.lines().nth(1), Some("2026-11,5300.00,1000.00,900.00,3400.00,0.6415"), "{plain}");

    // A range: only the categories used inside it, empty months still there.
    let range = l.ok(&["report", "monthly", "--by", "category", "--from", "2026-12", "--to", "2027-01", "-f", "csv"]);
    assert_eq!(range, "month,clothing\n2026-12,0.00\n2027-01,-50.00\n");
    let after = l.ok(&["report", "monthly", "--by", "category", "--from", "2027-03", "--to", "2027-04", "-f", "csv"]);
    assert_eq!(after, "month\n2027-03\n2027-04\n");
    l.usage_error(&["report", "monthly", "--by", "category", "--from", "2027-02", "--to", "2026-11"], "swap");

    let json = l.ok(&["report", "monthly", "--by", "category", "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let months = json.as_array().unwrap();
    assert_eq!(
        months.iter().map(|m| m["month"].as_str().unwrap()).collect::<Vec<_>>(),
        ["2026-11", "2026-12", "2027-01", "2027-02"]
    );
    let jan = months[2]["categories"].as_array().unwrap();
    assert_eq!(jan.len(), 8);
    assert_eq!([&jan[6]["category"], &jan[6]["class"], &jan[6]["amount"]], ["clothing", "spending", "-50.00"]);
    assert_eq!([&jan[0]["category"], &jan[0]["class"], &jan[0]["amount"]], ["salary", "income", "0.00"]);
    let nov = months[0]["categories"].as_array().unwrap();
    assert_eq!([&nov[2]["category"], &nov[2]["class"], &nov[2]["amount"]], ["rent", "housing", "800.00"]);

    let table = l.ok(&["report", "monthly", "--by", "category"]);
    assert_aligned(&table);
    let rows: Vec<Vec<&str>> = table.lines().map(cells).collect();
    assert_eq!(
        rows[0],
        ["MONTH", "salary", "side income", "rent", "property fees", "food", "groceries", "clothing", "pets"]
    );
    assert_eq!(
        rows[1],
        ["2026-11", "¥5,000.00", "¥300.00", "¥800.00", "¥200.00", "¥600.00", "¥300.00", "¥0.00", "¥0.00"]
    );
    assert_eq!(rows[3][7], "-¥50.00");
    assert_eq!(rows.len(), 5);
}

// --- export --format ledger ---------------------------------------------------

/// Salary with a note, rent, food and its refund, a transfer with a note; Chinese payees.
fn tiny_ledger() -> Ledger {
    let l = Ledger::new();
    l.ok(&["add", "1200", "-c", "rent", "-a", "bank", "-d", "2026-10-01", "-p", "房东"]);
    l.ok(&["add", "25.50", "-c", "food", "-a", "alipay", "-d", "2026-10-03", "-p", "美团外卖"]);
    l.ok(&["add", "-10", "-c", "food", "-a", "alipay", "-d", "2026-10-04", "-p", "美团外卖", "-n", "退款"]);
    l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "-d", "2026-10-10", "-p", "鹤岗机械厂", "-n", "十月 工资"]);
    l.ok(&["transfer", "1000", "--from", "bank", "--to", "alipay", "-d", "2026-10-11", "-n", "top up"]);
    l
}

const TINY_JOURNAL: &str = "\
; exported by nestegg; hledger and ledger-cli read this file as it is
commodity CNY 1000.00

2026-10-01 房东
    assets:Bank card                            CNY -1200.00
    expenses:housing:rent                        CNY 1200.00

2026-10-03 美团外卖
    assets:Alipay                                 CNY -25.50
    expenses:food                                  CNY 25.50

2026-10-04 美团外卖  ; 退款
    assets:Alipay                                  CNY 10.00
    expenses:food                                 CNY -10.00

2026-10-10 鹤岗机械厂  ; 十月 工资
    assets:Bank card                             CNY 5000.00
    income:salary                               CNY -5000.00

2026-10-11 transfer Bank card to Alipay  ; top up
    assets:Alipay                                CNY 1000.00
    assets:Bank card                            CNY -1000.00

";

#[test]
fn export_of_a_tiny_ledger_is_exactly_the_expected_journal() {
    let l = tiny_ledger();
    assert_eq!(l.ok(&["export", "--format", "ledger"]), TINY_JOURNAL);
    // Nothing logged: only the header and the commodity of the default accounts.
    let empty = Ledger::new();
    assert_eq!(
        empty.ok(&["export", "-f", "ledger"]),
        "; exported by nestegg; hledger and ledger-cli read this file as it is\ncommodity CNY 1000.00\n\n"
    );
    assert_eq!(l.run(&["export"]).status.code(), Some(2), "--format is required");
    assert_eq!(l.run(&["export", "-f", "xml"]).status.code(), Some(2));
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn export_to_a_file_is_private_and_replaces_the_file_whole() {
    use std::os::unix::fs::PermissionsExt;
    let l = tiny_ledger();
    let out = l.dir.path().join("books.journal");
    // An older, longer, world-readable file is refused without --force…
    std::fs::write(&out, "x".repeat(10_000)).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    l.usage_error(
        &["export", "--format", "ledger", "--out", out.to_str().unwrap()],
        "already exists; pick another name, or add --force",
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "x".repeat(10_000));
    // …and with it, replaced, not overwritten in place.
    let said = l.ok(&["export", "--format", "ledger", "--out", out.to_str().unwrap(), "--force"]);
    assert!(said.contains(out.to_str().unwrap()) && said.contains("hledger"), "{said}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), TINY_JOURNAL);
    assert_eq!(mode(&out), 0o600);
    let mut names: Vec<String> =
        std::fs::read_dir(l.dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    names.sort();
    assert!(names.iter().all(|n| !n.contains("tmp")), "a temporary file was left: {names:?}");
}

#[test]
fn a_failed_export_leaves_no_file_or_temporary_file_behind() {
    let l = tiny_ledger();
    let listing = |dir: &Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        names.sort();
        names
    };
    let before = listing(l.dir.path());
    // Into a folder that does not exist.
    let missing = l.dir.path().join("no such folder").join("books.journal");
    let out = l.run(&["export", "-f", "ledger", "--out", missing.to_str().unwrap()]);
    assert!(!out.status.success(), "exported into a missing folder");
    assert!(text(&out.stderr).contains("cannot write"), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && !missing.exists());
    assert_eq!(listing(l.dir.path()), before);
    // Onto an existing folder: the temporary file is written, then cannot take the folder's place.
    let folder = l.dir.path().join("taken");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("keep"), "mine").unwrap();
    let out = l.run(&["export", "-f", "ledger", "--out", folder.to_str().unwrap()]);
    assert!(!out.status.success(), "exported over a folder");
    assert!(folder.is_dir() && listing(&folder) == ["keep"]);
    assert_eq!(listing(l.dir.path()), [before, vec!["taken".to_owned()]].concat(), "temporary file left behind");
}

// --- the hledger cross-check ------------------------------------------------------

/// The month after `YYYY-MM`, as hledger's exclusive end date.
fn month_after(m: &str) -> String {
    let (y, mo) = m.split_once('-').unwrap();
    let (y, mo): (i32, u32) = (y.parse().unwrap(), mo.parse().unwrap());
    if mo == 12 { format!("{}-01-01", y + 1) } else { format!("{y}-{:02}-01", mo + 1) }
}

#[test]
fn hledger_reads_three_demo_years_with_the_same_monthly_totals_to_the_fen() {
    if !common::tools::hledger() {
        return;
    }
    let l = Ledger::new();
    l.ok(&["demo", "--months", "36", "--seed", "11"]);
    let txns = csv_rows(&l.ok(&["ls", "-f", "csv"]));
    assert!(txns.len() > 300, "hundreds of transactions: {}", txns.len());
    assert!(txns.iter().any(|r| r[4] == "transfer"), "transfers included");
    assert!(txns.iter().any(|r| r[4] == "spending" && fen(&r[7]) > 0), "refunds included");
    let journal = l.dir.path().join("demo.journal");
    l.ok(&["export", "-f", "ledger", "--out", journal.to_str().unwrap()]);

    let hledger = |args: &[&str]| {
        let out = tool("hledger", args, &journal).expect("hledger runs (checked at the start)");
        assert!(out.status.success(), "hledger {args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    };
    // Parses, balances, dates in order, the one commodity declared.
    hledger(&["check", "ordereddates", "commodities"]);

    // nestegg's months: (income, housing + spending).
    let ours: Vec<(String, i64, i64)> = csv_rows(&l.ok(&["report", "monthly", "--format", "csv"]))
        .into_iter()
        .skip(1)
        .map(|r| (r[0].clone(), fen(&r[1]), fen(&r[2]) + fen(&r[3])))
        .collect();
    assert_eq!(ours.len(), 36);
    let (first, last) = (&ours[0].0, &ours[35].0);
    let is =
        hledger(&["incomestatement", "--monthly", "-O", "csv", "-b", &format!("{first}-01"), "-e", &month_after(last)]);
    let rows = csv_rows(&is);
    // Row 0 is the title, row 1 the months; then "Revenues", its accounts and "total",
    // "Expenses", its accounts and "total", and "Net:".
    assert_eq!(rows[1][0], "Account", "{is}");
    assert_eq!(rows[1][1..], ours.iter().map(|o| o.0.clone()).collect::<Vec<_>>(), "every month is a column");
    let total_after = |section: &str| {
        let start = rows.iter().position(|r| r[0] == section).unwrap_or_else(|| panic!("no {section}:\n{is}"));
        let total = rows[start..].iter().find(|r| r[0] == "total").unwrap_or_else(|| panic!("no total:\n{is}"));
        total[1..].iter().map(|c| fen(c)).collect::<Vec<i64>>()
    };
    let (revenues, expenses) = (total_after("Revenues"), total_after("Expenses"));
    for (i, (month, income, outflow)) in ours.iter().enumerate() {
        assert_eq!(revenues[i], *income, "{month}: hledger revenues vs nestegg income");
        assert_eq!(expenses[i], *outflow, "{month}: hledger expenses vs nestegg housing + spending");
    }

    // Per category too: each hledger account row is one nestegg column, month by month.
    let by_cat = csv_rows(&l.ok(&["report", "monthly", "--by", "category", "-f", "csv"]));
    let columns: BTreeMap<&str, Vec<i64>> = (1..by_cat[0].len())
        .map(|c| (by_cat[0][c].as_str(), by_cat[1..].iter().map(|r| fen(&r[c])).collect()))
        .collect();
    let mut seen = 0;
    for r in rows.iter().filter(|r| r[0].starts_with("income:") || r[0].starts_with("expenses:")) {
        let name = r[0].rsplit(':').next().unwrap();
        let ours = columns.get(name).unwrap_or_else(|| panic!("{} is not a nestegg column", r[0]));
        assert_eq!(&r[1..].iter().map(|c| fen(c)).collect::<Vec<_>>(), ours, "{}", r[0]);
        seen += 1;
    }
    assert!(seen >= 8, "only {seen} account rows:\n{is}");

    // The assets' net equals the sum of the accounts' balances in nestegg.
    let bal = csv_rows(&hledger(&["balance", "assets", "-O", "csv"]));
    let hledger_assets = fen(&bal.last().filter(|r| r[0] == "total").expect("a total row")[1]);
    let accounts = l.ok(&["accounts", "list", "--all"]);
    let balances: i64 = accounts.lines().skip(1).map(|line| fen(cells(line)[3])).sum();
    assert_eq!(hledger_assets, balances, "{accounts}");

    // ledger-cli reads the file too.
    if common::tools::ledger_cli() {
        let out = tool("ledger", &["bal"], &journal).expect("ledger runs");
        assert!(out.status.success(), "ledger bal failed: {}", text(&out.stderr));
    }
}

#[test]
fn payees_are_read_back_unchanged_by_hledger() {
    if !common::tools::hledger() {
        return;
    }
    let l = Ledger::new();
    let payees = ["*星巴克", "!急", "(1) 外卖", "午饭;加班"];
    for (i, p) in payees.iter().enumerate() {
        l.ok(&["add", "10", "-c", "food", "-d", &format!("2026-10-0{}", i + 1), "-p", p]);
    }
    let journal = l.dir.path().join("payees.journal");
    l.ok(&["export", "-f", "ledger", "--out", journal.to_str().unwrap()]);
    let out = tool("hledger", &["descriptions"], &journal).expect("hledger runs (checked at the start)");
    let mut got: Vec<String> = text(&out.stdout).lines().map(String::from).collect();
    got.sort();
    // hledger has no way to write `;` in a description (it starts a comment),
    // so the export writes the full-width `；` instead; everything else is kept.
    let mut want = payees.map(|p| p.replace(';', "；")).to_vec();
    want.sort();
    assert_eq!(got, want);
}

/// Each percentage is rounded once, from the exact ratio. 2026-11: food
/// 61.50, transport 2.00 (63.50 spent): transport's share is 2 ÷ 63.5 =
/// 3.1496… %, 3.1 % (rounded to 3.15 % and then again, it read 3.2 %).
/// Income 10,000 and rent 9,621.54 leave 314.96, a rate of 3.1496… %: 3.1 %.
/// The CSV keeps its four decimals, rounded once too (0.0315).
#[test]
fn a_share_and_the_savings_rate_are_rounded_once() {
    let l = Ledger::load(
        "add 10000 -c salary -a bank -d 2026-11-10\n\
         add 9621.54 -c rent -a bank -d 2026-11-01\n\
         add 61.50 -c food -a bank -d 2026-11-03\n\
         add 2 -c transport -a bank -d 2026-11-04\n",
    );
    let table = l.ok(&["report", "categories", "--month", "2026-11"]);
    let rows: Vec<Vec<&str>> = table.lines().skip(1).map(cells).collect();
    assert!(rows.contains(&vec!["spending", "transport", "¥2.00", "3.1%"]), "{table}");
    assert!(rows.contains(&vec!["spending", "food", "¥61.50", "96.9%"]), "{table}");
    let csv = l.ok(&["report", "categories", "--month", "2026-11", "-f", "csv"]);
    assert!(csv.contains("spending,transport,2.00,0.0315\n"), "{csv}");
    let monthly = l.ok(&["report", "monthly", "--from", "2026-11", "--to", "2026-11"]);
    let last: Vec<&str> = monthly.lines().last().unwrap().split_whitespace().collect();
    assert_eq!(last, ["2026-11", "¥10,000.00", "¥9,621.54", "¥63.50", "¥314.96", "3.1%"], "{monthly}");
}
