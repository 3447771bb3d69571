//! Drives the real `nestegg` binary through issue 6: `mortgage` (the issue's
//! worked examples, errors) and `relocate` (staying built from the ledger, the
//! Guangzhou-to-Hegang example, buying outright and with a mortgage, city
//! profiles and the user's own cities.toml, errors that change nothing). The
//! binary reads the clock, so every ledger is written relative to the current
//! month; HOME is a temporary folder so no cities.toml of this machine counts.

use std::path::PathBuf;
use std::process::{Command, Output};

use chrono::{Datelike, Local, Months, NaiveDate};
use tempfile::TempDir;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// The first day of the month `back` months before the current one (negative: ahead).
fn first_of(back: i32) -> NaiveDate {
    let first = Local::now().date_naive().with_day(1).unwrap();
    let n = Months::new(back.unsigned_abs());
    if back >= 0 { first - n } else { first + n }
}

/// A ledger and a HOME of its own; NESTEGG_DB and XDG_CONFIG_HOME are never inherited.
struct Ledger {
    dir: TempDir,
    path: PathBuf,
}

impl Ledger {
    fn new() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        std::fs::create_dir(dir.path().join("home")).unwrap();
        Ledger { dir, path }
    }

    /// The worked example's saver in Guangzhou: the 6 complete months before this
    /// one are each income 5,000 (salary), housing 1,500 (rent), spending 1,000 (food).
    /// Outside that window: 9,000 of salary 7 months back, 777 of food this month;
    /// both move the balance, neither the baseline. Savings now: 6 × 2,500 + 9,000 − 777 = 23,223.
    fn saver() -> Ledger {
        let l = Ledger::new();
        for back in 1..=6 {
            let day = |d| first_of(back).with_day(d).unwrap().to_string();
            l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "-d", &day(10)]);
            l.ok(&["add", "1500", "-c", "rent", "-a", "bank", "-d", &day(1)]);
            l.ok(&["add", "1000", "-c", "food", "-a", "bank", "-d", &day(5)]);
        }
        l.ok(&["add", "9000", "-c", "salary", "-a", "bank", "-d", &first_of(7).to_string()]);
        l.ok(&["add", "777", "-c", "food", "-a", "cash", "-d", &first_of(0).to_string()]);
        l
    }

    /// Writes `$HOME/.config/nestegg/cities.toml`.
    fn user_cities(&self, toml: &str) -> PathBuf {
        let dir = self.dir.path().join("home/.config/nestegg");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cities.toml"), toml).unwrap();
        dir.join("cities.toml")
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
        cmd.env_remove("NESTEGG_DB").env_remove("XDG_CONFIG_HOME").env("HOME", self.dir.path().join("home"));
        cmd.arg("--db").arg(&self.path).args(args).output().expect("the nestegg binary runs")
    }

    /// Runs a command that must succeed; returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// Runs a command that must fail with exit code 2 and one `nestegg: ` line
    /// containing `needle`, printing nothing and changing neither ledger nor scenarios.
    fn fails(&self, args: &[&str], needle: &str) {
        let before = self.snapshot();
        let out = self.run(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("nestegg: ") && err.lines().count() == 1, "{args:?}: not one line: {err:?}");
        assert!(err.contains(needle), "{args:?}: {err:?} does not mention {needle:?}");
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
        assert_eq!(self.snapshot(), before, "{args:?} changed the ledger");
    }

    /// A value clap itself rejects: exit 2, nothing printed, nothing changed.
    fn rejected(&self, args: &[&str]) {
        let before = self.snapshot();
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
        assert_eq!(self.snapshot(), before, "{args:?} changed the ledger");
    }

    fn snapshot(&self) -> String {
        ["ls --format csv", "accounts list --all", "categories list --all", "relocate list"]
            .map(|c| self.ok(&c.split(' ').collect::<Vec<_>>()))
            .concat()
    }

    /// `relocate compare -f csv` with `args`, parsed; the header checked and dropped.
    fn compare(&self, args: &[&str]) -> Vec<Vec<String>> {
        let rows = parse_csv(&self.ok(&[&["relocate", "compare", "-f", "csv"], args].concat()));
        let header = "scenario,income,housing,living,savings,savings_rate,one_off,break_even_months,\
                      net_worth_1y,net_worth_3y,net_worth_5y,net_worth_10y,move_month";
        assert_eq!(rows[0].join(","), header);
        rows[1..].to_vec()
    }

    /// The cells of one scenario's row of `compare`.
    fn row(&self, name: &str) -> Vec<String> {
        self.compare(&[name]).into_iter().find(|r| r[0] == name).unwrap_or_else(|| panic!("no row {name}"))
    }
}

fn parse_csv(out: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// `mortgage` on 300,000 at 4.9 % over 20 years with `args`.
fn loan(args: &[&str]) -> String {
    Ledger::new().ok(&[&["mortgage", "--principal", "300000", "--rate", "4.9", "--years", "20"], args].concat())
}

// --- mortgage -----------------------------------------------------------------

#[test]
fn mortgage_reproduces_the_issues_worked_examples() {
    // 等额本息: 1,963.33 a month; month 1 interest 300,000 × 4.9 % ÷ 12 = 1,225.00, principal 738.33.
    let out = loan(&[]);
    assert!(out.starts_with("¥300,000.00 等额本息 (equal-payment) over 20 years"), "{out}");
    assert!(out.contains("first payment ¥1,963.33 (interest ¥1,225.00, principal ¥738.33)"), "{out}");
    let rows = parse_csv(&loan(&["--schedule", "--format", "csv"]));
    // The first five columns are the contract; issue 25 added its columns after them.
    assert_eq!(rows[0][..5].join(","), "month,payment,interest,principal,balance");
    assert_eq!(rows.len(), 241);
    assert_eq!(rows[1][..5], ["1", "1963.33", "1225.00", "738.33", "299261.67"]);
    // The issue says 290,938.30: the textbook balance had the unrounded 1,963.332147… been
    // paid and no month's interest rounded. Twelve payments of 1,963.33 each 0.2 fen short,
    // and each month's interest rounded to the fen as a bank does, leave 4 fen more owed,
    // as src/relocation/mortgage.rs documents; the schedule shows what is really paid.
    assert_eq!(rows[12][4], "290938.34");
    assert_eq!((rows[240][0].as_str(), rows[240][4].as_str()), ("240", "0.00"));
    let sum = |col: usize| rows[1..].iter().map(|r| r[col].replace('.', "").parse::<i64>().unwrap()).sum::<i64>();
    assert_eq!(sum(3), 30_000_000, "the principal parts add up to the loan");
    assert_eq!(sum(1), sum(2) + sum(3));
    // CSV always holds every month (the header and 240 rows), --schedule or not.
    assert_eq!(parse_csv(&loan(&["-f", "csv"])).len(), 241);

    // 等额本金: 2,475.00, then 2,469.90, … 1,255.10; total interest 147,612.60 (each
    // month's interest rounded on its own, as a bank prints it).
    let rows = parse_csv(&loan(&["--method", "equal-principal", "--schedule", "-f", "csv"]));
    assert_eq!([&rows[1][1], &rows[2][1], &rows[240][1], &rows[240][4]], ["2475.00", "2469.90", "1255.10", "0.00"]);
    let json: serde_json::Value = serde_json::from_str(&loan(&["--method", "equal-principal", "-f", "json"])).unwrap();
    assert_eq!(json["method"], "equal-principal");
    assert_eq!([&json["first_payment"], &json["last_payment"]], ["2475.00", "1255.10"]);
    assert_eq!(json["total_interest"], "147612.60");
    let out = loan(&["--method", "equal-principal"]);
    assert!(out.contains("等额本金") && out.contains("total interest ¥147,612.60"), "{out}");

    // 1,000,000 at 4.9 % over 30 years: 5,307.27; 25,000 at 5.5 % over 5 years: 477.53.
    let l = Ledger::new();
    for (p, rate, years, payment) in [("1000000", "4.9", "30", "5307.27"), ("25000", "5.5", "5", "477.53")] {
        let json = l.ok(&["mortgage", "--principal", p, "--rate", rate, "--years", years, "-f", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(json["first_payment"], payment, "{p} at {rate} % over {years} years");
    }
}

#[test]
fn mortgage_interest_rounds_an_exact_half_fen_up() {
    // Issues 19 and 24: 300,000 at 4.1 % over 20 years, equal principal, 1,250.00 a
    // month. Month 7 opens at 292,500.00, and 4.1 % ÷ 12 of that is 999.375 exactly:
    // a half fen, so month 7 is charged 999.38 (a float can make it 999.37).
    let out = Ledger::new().ok(&[
        "mortgage",
        "--principal",
        "300000",
        "--rate",
        "4.1",
        "--years",
        "20",
        "--method",
        "equal-principal",
        "-f",
        "csv",
    ]);
    let rows = parse_csv(&out);
    assert_eq!(rows[7][..5], ["7", "2249.38", "999.38", "1250.00", "291250.00"]);
    // Month 8: 291,250.00 × 4.1 % ÷ 12 = 995.1041… → 995.10.
    assert_eq!(rows[8][..5], ["8", "2245.10", "995.10", "1250.00", "290000.00"]);
}

#[test]
fn mortgage_rejects_bad_input() {
    let l = Ledger::new();
    let args = |principal: &'static str, rate: &'static str, rest: &[&'static str]| {
        [&["mortgage", "--principal", principal, "--rate", rate, "--years", "20"][..], rest].concat()
    };
    l.fails(&args("300000", "4.9", &["--method", "bogus"]), "unknown repayment method 'bogus'");
    l.fails(&args("300000", "abc", &[]), "'abc' is not a percentage");
    l.fails(&args("300000", "100", &[]), "out of range");
    l.fails(&args("0", "4.9", &[]), "must be more than zero");
    l.fails(&["mortgage", "--principal=-5", "--rate", "4.9", "--years", "20"], "'-5' is negative");
    l.fails(&args("lots", "4.9", &[]), "'lots' is not an amount");
    for years in ["0", "51"] {
        l.rejected(&["mortgage", "--principal", "300000", "--rate", "4.9", "--years", years]);
    }
}

/// A calculator: `mortgage` neither creates nor opens a ledger, so it works where
/// none exists (or none can be made) and leaves no file behind.
#[test]
fn mortgage_touches_no_ledger() {
    let l = Ledger::new();
    let out = l.ok(&["mortgage", "--principal", "300000", "--rate", "4.9", "--years", "20"]);
    assert!(out.contains("first payment ¥1,963.33"), "{out}");
    assert!(!l.path.exists(), "mortgage created {}", l.path.display());
    // Its refusals too.
    let out = l.run(&["mortgage", "--principal", "300000", "--rate", "100", "--years", "20"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!l.path.exists(), "a refused mortgage created {}", l.path.display());
    // A --db in a folder that does not exist, or a file that is no ledger, is no matter.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
    let missing = l.dir.path().join("no-such-folder/ledger.db");
    cmd.env_remove("NESTEGG_DB").env("HOME", l.dir.path().join("home")).arg("--db").arg(&missing);
    let out = cmd.args(["mortgage", "--principal", "1000", "--rate", "4", "--years", "1"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!missing.parent().unwrap().exists());
    std::fs::write(&l.path, "not a ledger").unwrap();
    l.ok(&["mortgage", "--principal", "1000", "--rate", "4", "--years", "1"]);
    assert_eq!(std::fs::read_to_string(&l.path).unwrap(), "not a ledger");
    // In-process, as the library runs it.
    use clap::Parser;
    let other = l.dir.path().join("other.db");
    let cli = nestegg::cli::Cli::try_parse_from([
        "nestegg",
        "mortgage",
        "--principal",
        "1000",
        "--rate",
        "4",
        "--years",
        "1",
    ])
    .unwrap();
    let mut buf = Vec::new();
    nestegg::cli::run(cli.command.as_ref().unwrap(), &other, chrono::Local::now().naive_local(), &mut buf).unwrap();
    assert!(text(&buf).contains("first payment"));
    assert!(!other.exists(), "cli::run created {}", other.display());
}

#[test]
fn mortgage_table_shows_the_rate_as_a_percentage() {
    assert!(loan(&[]).starts_with("¥300,000.00 等额本息 (equal-payment) over 20 years at 4.90%\n"));
}

// --- relocate: the worked example ---------------------------------------------

#[test]
fn moving_from_guangzhou_to_hegang_breaks_even_after_three_months() {
    let l = Ledger::saver();
    assert!(l.ok(&["relocate"]).starts_with("no scenarios yet; try: nestegg relocate add"));
    let hegang = ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000"];
    let out = l.ok(&[&["relocate", "add", "Hegang"], &hegang[..], &["--moving-costs", "3000"]].concat());
    assert_eq!(out, "added scenario 'Hegang': rent ¥500.00 a month, deposit 0 month(s), agent fee ¥0.00\n");

    // Stay saves 5,000 − 1,500 − 1,000 = 2,500 (50 %); Hegang 5,000 − 500 − 1,000 = 3,500 (70 %).
    // Moving costs 3,000 ÷ 1,000 more saved a month: even after 3 months.
    // Net worth after n years: Stay 23,223 + 12n × 2,500; Hegang 23,223 − 3,000 + 12n × 3,500.
    let rows = l.compare(&[]);
    let stay = ["Stay", "5000.00", "1500.00", "1000.00", "2500.00", "0.5000", "0.00", "0"];
    assert_eq!(rows[0], [&stay[..], &["53223.00", "113223.00", "173223.00", "323223.00", ""]].concat());
    let moved = ["Hegang", "5000.00", "500.00", "1000.00", "3500.00", "0.7000", "3000.00", "3"];
    assert_eq!(rows[1], [&moved[..], &["62223.00", "146223.00", "230223.00", "440223.00", ""]].concat());
    assert_eq!(rows.len(), 2);
    // A shorter horizon leaves the later checkpoints empty.
    assert_eq!(l.compare(&["--years", "1"])[1][8..], ["62223.00", "", "", "", ""]);

    let table = l.ok(&["relocate", "compare"]);
    let line = |label: &str| table.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("{table}"));
    assert!(line("").split_whitespace().eq(["Stay", "Hegang"]), "{table}");
    assert!(line("savings ").split_whitespace().eq(["savings", "¥2,500.00", "¥3,500.00"]), "{table}");
    assert!(line("savings rate").split_whitespace().eq(["savings", "rate", "50.0%", "70.0%"]), "{table}");
    let when = first_of(-3).format("%Y-%m");
    assert!(line("break-even").ends_with(&format!("—  3 months ({when})")), "{table}");
    assert!(line("net worth 1y").split_whitespace().eq(["net", "worth", "1y", "¥53,223.00", "¥62,223.00"]));
    assert!(
        table.contains("a home bought at its projected value (its yearly price change) less selling costs"),
        "{table}"
    );

    // Buying a 50 m² flat in Hegang outright at the story's 750 a m² (2019's cheap
    // flats): 750 × 50 = 37,500 plus 1 % deed tax = 37,875; no housing cost a month.
    // The home counts less 2 % to sell it: 36,750. Month 0: 23,223 − 37,875 + 36,750
    // = 22,098 trails staying's 23,223; month 1: 26,098 ≥ 25,723, so even after 1 month.
    let flat = [
        "--city",
        "Hegang",
        "--plan",
        "outright",
        "--price-per-m2",
        "750",
        "--area",
        "50",
        "--living",
        "1000",
        "--moving-costs",
        "0",
    ];
    let out = l.ok(&[&["relocate", "add", "Flat"], &flat[..]].concat());
    assert!(out.contains("buy 50 m² outright for ¥37,500.00 + ¥375.00 deed tax + ¥0.00 fees"), "{out}");
    let flat = l.row("Flat");
    assert_eq!(flat[1..8], ["5000.00", "0.00", "1000.00", "4000.00", "0.8000", "37875.00", "1"]);
    assert_eq!(flat[8], "70098.00", "22,098 + 12 × 4,000");
    // Falling 5 % a year: the home is 35,625 after a year, 34,912.50 less selling costs.
    l.ok(&["relocate", "edit", "Flat", "--price-change", "-5"]);
    assert_eq!(l.row("Flat")[8], "68260.50", "23,223 − 37,875 + 12 × 4,000 + 34,912.50");
    l.ok(&["relocate", "edit", "Flat", "--price-change", "0"]);
    // The price in years of this income (60,000 a year): 0.63; Hegang's own
    // 90 m² at 2,274 in years of its wage is the city's ratio.
    let table = l.ok(&["relocate", "compare", "Flat"]);
    assert!(
        table.lines().any(|x| x.starts_with("Price ÷ your income (y)") && x.trim_end().ends_with("0.63")),
        "{table}"
    );
    assert!(table.lines().any(|x| x.starts_with("City's 90 m² ÷ wage (y)")), "{table}");
    let table = l.ok(&["relocate", "compare", "Flat"]);
    assert!(table.lines().next().unwrap().split_whitespace().eq(["Stay", "Flat"]), "{table}");
    assert!(table.lines().any(|l| l.split_whitespace().eq(["one-off", "costs", "¥0.00", "¥37,875.00"])), "{table}");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["relocate", "compare", "-f", "json"])).unwrap();
    let flat = &json[2];
    assert_eq!([&json[0]["name"], &json[1]["name"], &flat["name"]], ["Stay", "Hegang", "Flat"]);
    assert_eq!([&flat["one_off"], &flat["housing"], &flat["savings"]], ["37875.00", "0.00", "4000.00"]);
    assert_eq!((flat["savings_rate"].as_f64(), flat["break_even_months"].as_u64()), (Some(0.8), Some(1)));
    assert_eq!(json[1]["net_worth"][0], serde_json::json!({"years": 1, "amount": "62223.00"}));
}

#[test]
fn a_mortgage_scenario_with_defaults_a_fund_part_edit_rename_and_rm() {
    let l = Ledger::saver();
    // 750 × 50 = 37,500; 15 % down = 5,625; loan 31,875 at 3.05 % over 30 years, equal payments.
    let out = l.ok(&["relocate", "add", "Loan", "--plan", "mortgage", "--price-per-m2", "750", "--area", "50"]);
    let plan = "buy 50 m² for ¥37,500.00 with ¥5,625.00 down (15.00%), loan ¥31,875.00 at 3.05%";
    assert_eq!(out, format!("added scenario 'Loan': {plan}, 30 years 等额本息 (equal-payment)\n"));
    let show = l.ok(&["relocate", "show", "loan"]);
    assert!(show.starts_with("Loan — "), "{show}");
    assert!(show.contains(&format!("housing: {plan}, 30 years 等额本息")), "{show}");
    assert!(show.contains("first payment ¥135.25,"), "{show}");
    // One-off: 5,625 down + 1 % deed tax 375 = 6,000; housing: the payment.
    let row = l.row("Loan");
    assert_eq!(row[1..7], ["5000.00", "135.25", "1000.00", "3864.75", "0.7730", "6000.00"]);

    // 20,000 of the loan from the provident fund at 2.6 %: 80.07 + 50.39 on the other 11,875.
    l.ok(&["relocate", "edit", "Loan", "--fund", "20000", "--fund-rate", "2.6"]);
    let show = l.ok(&["relocate", "show", "Loan"]);
    assert!(
        show.contains("loan ¥31,875.00: ¥11,875.00 commercial at 3.05% and 公积金 ¥20,000.00 at 2.60%")
            && show.contains("first payment ¥130.46,")
            && show.contains("deed tax ¥375.00 (1.00%), buying fees ¥0.00, property fees ¥0.00 a month"),
        "{show}"
    );
    // Equal principal: 11,875 ÷ 360 + 30.18 interest, 20,000 ÷ 360 + 43.33 interest.
    let out = l.ok(&["relocate", "edit", "Loan", "--method", "equal-principal", "--rename", "Mort"]);
    assert!(out.starts_with("changed scenario 'Mort': ") && out.contains("等额本金 (equal-principal)"), "{out}");
    assert!(l.ok(&["relocate", "show", "Mort"]).contains("first payment ¥162.06,"));
    l.fails(&["relocate", "show", "Loan"], "no scenario named 'Loan'");

    // The issue's combined loan: 600,000 公积金 at 2.60 % + 400,000 at 3.05 %, 30 years: 4,099.26.
    let big = ["--plan", "mortgage", "--price-per-m2", "20000", "--area", "50", "--down-payment", "0"];
    l.ok(&[&["relocate", "add", "Big"], &big[..], &["--fund", "600000"]].concat());
    assert!(l.ok(&["relocate", "show", "Big"]).contains("first payment ¥4,099.26,"));

    let list = l.ok(&["relocate", "list"]);
    let names: Vec<&str> = list.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(names, ["Mort", "Big"], "{list}");
    assert!(list.contains("income ¥5,000.00 · buy 50 m² for ¥37,500.00"), "{list}");
    assert_eq!(l.ok(&["relocate", "rm", "MORT"]), "deleted scenario 'Mort'\n");
    assert_eq!(l.ok(&["relocate"]).lines().count(), 1);
}

// --- relocate: cities ---------------------------------------------------------

#[test]
fn a_city_fills_rent_and_scales_living_costs() {
    let l = Ledger::saver();
    // No home city set: food 1,000 is scaled against the median city (100):
    // × Hegang's 92 = 920.00. Rent is modelled: 2,274 × 50 m² × 2.5 % ÷ 12 = 237.
    let out = l.ok(&["relocate", "add", "North", "--city", "hegang"]);
    assert_eq!(
        out,
        "added scenario 'North': rent ¥237.00 a month, deposit 1 month(s), agent fee ¥0.00\n\
         from 鹤岗 Hegang (黑龙江): living costs ¥920.00 (today's spending × the cities' cost indices, modelled); \
         rent ¥237.00 modelled from the price (50 m² at a 2.50% gross yield; type the real figure with --rent)\n"
    );
    assert!(l.ok(&["relocate", "show", "North"]).starts_with("North — 鹤岗\n"));
    let row = l.row("North");
    assert_eq!(row[1..6], ["5000.00", "237.00", "920.00", "3843.00", "0.7686"]);
    assert_eq!(row[6], "237.00", "one month's rent as deposit");
    // By local name or a prefix too; a typed figure wins over the estimate.
    l.ok(&["relocate", "add", "Typed", "--city", "鹤岗", "--living", "700"]);
    assert_eq!(l.row("Typed")[3], "700.00");
    l.fails(
        &["relocate", "add", "X", "--city", "Atlantis"],
        "no reference city 'Atlantis'; see nestegg relocate cities",
    );
    // 福州 and 抚州 are both Fuzhou: the message names both.
    l.fails(&["relocate", "add", "X", "--city", "fuzhou"], "福州 Fuzhou (福建)");
}

#[test]
fn relocate_cities_lists_312_with_sources_and_finds_by_prefix() {
    let l = Ledger::new();
    let all = l.ok(&["relocate", "cities"]);
    assert!(!l.path.exists(), "a listing of the reference data makes no ledger");
    assert!(
        all.contains("Cities: 312.") && all.contains("creprice.cn") && all.contains("Statistical Yearbook"),
        "{all}"
    );
    assert!(all.contains("* modelled, not data"), "{all}");
    let hegang = all.lines().find(|x| x.starts_with("Hegang 鹤岗")).unwrap_or_else(|| panic!("{all}"));
    // Price (month), wage (year), rent modelled, index modelled, 90 m² in years of the wage.
    for cell in ["黑龙江", "2274 (2026-05)", "55114 (2020)", "237*", "92*", "2.77"] {
        assert!(hegang.contains(cell), "{cell}: {hegang}");
    }
    let csv = l.ok(&["relocate", "cities", "-f", "csv"]);
    assert_eq!(csv.lines().count(), 313, "a header and 312 cities");
    let found = l.ok(&["relocate", "cities", "鹤"]);
    assert!(found.contains("Hegang 鹤岗") && found.contains("Hebi 鹤壁") && found.contains("Cities: 2."), "{found}");
    let heg = l.ok(&["relocate", "cities", "heg"]);
    assert!(heg.contains("Hegang 鹤岗") && heg.contains("Cities: 1."), "{heg}");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["relocate", "cities", "heg", "-f", "json"])).unwrap();
    assert_eq!(json[0]["name_zh"], "鹤岗");
    assert_eq!(json[0]["rent_modelled"], "237");
    l.fails(&["relocate", "cities", "zz"], "no reference city starts with 'zz'");
}

/// Where the household lives decides what a move saves on living costs.
#[test]
fn a_home_city_scales_living_costs_by_new_over_current() {
    let l = Ledger::saver();
    // A Hegang household "moving" to Hegang with the same income: nothing changes.
    let set = l.ok(&["config", "set", "home_city", "heg"]);
    assert!(set.contains("鹤岗"), "{set}");
    l.ok(&["relocate", "add", "Here", "--city", "鹤岗", "--rent", "1500"]);
    let here = l.row("Here");
    assert_eq!(here[1..6], ["5000.00", "1500.00", "1000.00", "2500.00", "0.5000"]);
    assert_eq!(here[1..6], l.compare(&[])[0][1..6], "the same as staying");
    // A Beijing household moving to Hegang: food 1,000 × 92 ÷ 132 = 696.97.
    l.ok(&["config", "set", "home_city", "北京"]);
    l.ok(&["relocate", "add", "North", "--city", "鹤岗"]);
    assert_eq!(l.row("North")[3], "696.97");
    // Custom: one typed index.
    l.ok(&["config", "set", "home_city", "custom"]);
    l.ok(&["config", "set", "home_cost_index", "115"]);
    l.ok(&["relocate", "add", "North2", "--city", "鹤岗"]);
    assert_eq!(l.row("North2")[3], "800.00", "1,000 × 92 ÷ 115");
    let compare = l.ok(&["relocate", "compare"]);
    assert!(compare.contains("living in a custom city (cost index 115)"), "{compare}");
    assert!(compare.contains("the setting baseline_months"), "{compare}");
    // A household of many categories, whose group means do not add up to
    // its mean to the fen: the same city still changes nothing.
    let demo = Ledger::new();
    demo.ok(&["demo"]);
    demo.ok(&["config", "set", "home_city", "鹤岗"]);
    demo.ok(&["relocate", "add", "Here", "--city", "hegang"]);
    assert_eq!(demo.row("Here")[3], demo.compare(&[])[0][3], "living costs as staying's");
    // An unknown or ambiguous city is refused, and the setting stays.
    l.fails(&["config", "set", "home_city", "Atlantis"], "no reference city 'Atlantis'");
    l.fails(&["config", "set", "home_city", "suzhou"], "苏州 Suzhou (江苏)");
}

/// A scenario's income: today's, the city's wage carried forward, or typed.
#[test]
fn income_from_today_the_city_wage_or_typed() {
    let l = Ledger::saver();
    let out = l.ok(&["relocate", "add", "Wage", "--city", "鹤岗", "--income", "city"]);
    let year = Local::now().year();
    assert!(out.contains("the city's average wage ¥55,114.00 a year in 2020"), "{out}");
    // 55,114 × 1.05^(year − 2020) ÷ 12, rounded once.
    let mut fen = rust_decimal::Decimal::from(5_511_400);
    for _ in 2020..year {
        fen *= rust_decimal::Decimal::new(105, 2);
    }
    let monthly = (fen / rust_decimal::Decimal::from(12))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    // Taken home: after contributions and tax at the default rates (in 2026,
    // 6,154.84 gross is 5,075.41 in hand: the salary module's worked example).
    let gross = i64::try_from(monthly).unwrap();
    let in_hand = nestegg::salary::take_home(gross, &nestegg::salary::Pay::default());
    if year == 2026 {
        assert_eq!((gross, in_hand), (615_484, 507_541));
    }
    let income: rust_decimal::Decimal = l.row("Wage")[1].parse().unwrap();
    assert_eq!(income * rust_decimal::Decimal::from(100), rust_decimal::Decimal::from(in_hand));
    let show = l.ok(&["relocate", "show", "Wage"]);
    let gross_text = nestegg::money::Money::new(gross, nestegg::money::Currency::CNY).display();
    let said = format!(
        " take-home (the city's average wage, ¥55,114.00 a year in 2020, carried to {year} at 5.00% a year: {gross_text} a month gross, less social insurance, the housing fund and income tax; nestegg salary shows how)"
    );
    assert!(show.contains(&said), "{show}");
    // The household's own rates count: without a housing fund more is taken home.
    l.ok(&["config", "set", "housing_fund_rate", "0"]);
    let no_fund: rust_decimal::Decimal = l.row("Wage")[1].parse().unwrap();
    assert!(no_fund > income, "{no_fund} against {income}");
    l.ok(&["config", "unset", "housing_fund_rate"]);
    // Staying's income changes; "today" follows it, a typed one does not.
    l.ok(&["relocate", "add", "Remote", "--city", "鹤岗"]);
    l.ok(&["relocate", "add", "Offer", "--city", "鹤岗", "--income", "4200"]);
    assert_eq!((l.row("Remote")[1].as_str(), l.row("Offer")[1].as_str()), ("5000.00", "4200.00"));
    l.fails(&["relocate", "add", "X", "--city", "凉山", "--income", "city"], "no wage figure for '凉山'");
    // A year's pay typed as a month's is saved as typed, and said.
    let big = l.ok(&["relocate", "add", "Big", "--income", "60000"]);
    assert!(
        big.contains(
            "note: --income is a month's pay: ¥60,000.00 a month is 12 times today's; if it is a year's, type ¥5,000.00"
        ),
        "{big}"
    );
    assert!(!l.ok(&["relocate", "add", "Raise", "--income", "6000"]).contains("note:"));
}

const MY_HEGANG: &str = r#"
[[city]]
name = "Hegang"
local_name = "鹤岗"
rent_1br = { value = 450, year = 2025, source = "my landlord" }
"#;

#[test]
fn the_users_cities_toml_overrides_hegang() {
    let l = Ledger::saver();
    l.user_cities(MY_HEGANG);
    let out = l.ok(&["relocate", "add", "Mine", "--city", "Hegang"]);
    assert!(out.contains("rent ¥450.00 a month"), "{out}");
    let cities = l.ok(&["relocate", "cities"]);
    let hegang = cities.lines().find(|l| l.starts_with("Hegang")).unwrap_or_else(|| panic!("{cities}"));
    // The typed rent, not the modelled one; the shipped price stays.
    assert!(hegang.contains("450 (2025)") && hegang.contains("2274 (2026-05)"), "{hegang}");
    assert_eq!(cities.lines().filter(|l| l.starts_with("Hegang")).count(), 1, "corrected, not added: {cities}");
}

/// A city whose price lacks its source, on line 3.
const BROKEN: &str = "[[city]]\nname = \"X\"\nprice_per_m2 = { value = 1, year = 2024 }\n";

#[test]
fn a_broken_cities_toml_is_named_with_its_line() {
    let l = Ledger::saver();
    let file = l.user_cities(BROKEN);
    let before = l.snapshot();
    for args in [&["relocate", "add", "X", "--city", "Hegang"][..], &["relocate", "cities"]] {
        let out = l.run(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with(&format!("nestegg: {}: ", file.display())), "{err}");
        assert!(err.contains("line 3") && err.contains("source"), "{err}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(l.snapshot(), before);
}

#[test]
fn a_broken_cities_toml_error_is_one_line() {
    let l = Ledger::saver();
    l.user_cities(BROKEN);
    l.fails(&["relocate", "cities"], "line 3");
}

// --- relocate: errors ---------------------------------------------------------

#[test]
fn relocate_errors_exit_2_and_change_nothing() {
    let l = Ledger::saver();
    l.ok(&["relocate", "add", "Hegang", "--city", "Hegang"]);
    l.ok(&["relocate", "add", "Flat", "--plan", "outright", "--price-per-m2", "750", "--area", "50"]);
    for name in ["hegang", "HEGANG", " Hegang "] {
        l.fails(&["relocate", "add", name, "--rent", "400"], "already exists");
    }
    l.fails(&["relocate", "edit", "Flat", "--rename", "HEGANG"], "already exists");
    for name in ["Stay", "stay", " STAY ", "留下", "不搬"] {
        l.fails(&["relocate", "add", name, "--rent", "400"], "other than");
    }
    l.fails(&["relocate", "edit", "Flat", "--rename", "Stay"], "other than 'Stay'");
    for cmd in ["show", "rm"] {
        l.fails(&["relocate", cmd, "Nope"], "no scenario named 'Nope'");
    }
    l.fails(&["relocate", "edit", "Nope", "--rent", "400"], "no scenario named 'Nope'");
    l.fails(&["relocate", "compare", "Hegang", "Nope"], "no scenario named 'Nope'");
    l.fails(&["relocate", "add", "B", "--plan", "outright", "--price-per-m2", "750"], "needs an area");
    l.fails(&["relocate", "add", "B", "--plan", "mortgage", "--city", "Hegang"], "needs an area");
    l.fails(&["relocate", "add", "B", "--plan", "rent"], "renting needs a rent");
    for flag in ["--rent", "--living", "--moving-costs", "--income", "--agent-fee"] {
        l.fails(&["relocate", "add", "B", "--city", "Hegang", &format!("{flag}=-5")], "'-5' is negative");
    }
    l.fails(&["relocate", "edit", "Hegang", "--living", "abc"], "'abc' is not an amount");
    let buy = ["relocate", "add", "B", "--plan", "mortgage", "--price-per-m2", "750", "--area", "50"];
    l.fails(&[&buy[..], &["--rate", "abc"]].concat(), "'abc' is not a percentage");
    l.fails(&[&buy[..], &["--rate", "100"]].concat(), "out of range");
    l.fails(&[&buy[..], &["--down-payment=-5"]].concat(), "out of range");
    l.fails(&[&buy[..], &["--fund-rate", "x", "--fund", "1000"]].concat(), "not a percentage");
    l.fails(&[&buy[..], &["--deed-tax", "one"]].concat(), "not a percentage");
    l.fails(&[&buy[..], &["--method", "bogus"]].concat(), "equal-payment");
    l.rejected(&[&buy[..], &["--plan", "lease"]].concat());
    l.rejected(&["relocate", "compare", "--years", "0"]);
    assert_eq!(l.ok(&["relocate", "list"]).lines().count(), 2);
}

#[test]
fn without_a_complete_month_add_and_compare_ask_for_one() {
    let l = Ledger::new();
    assert!(l.ok(&["relocate", "list"]).starts_with("no scenarios yet"));
    l.fails(&["relocate", "add", "Hegang", "--city", "Hegang"], "log a month first");
    l.fails(&["relocate", "compare"], "log a month first");
    // This month alone is not complete.
    l.ok(&["add", "100", "-c", "food", "-a", "cash", "-d", &first_of(0).to_string()]);
    l.fails(&["relocate", "add", "Hegang", "--rent", "500"], "log a month first");
    l.fails(&["relocate", "compare", "--format", "json"], "log a month first");
}

#[test]
fn relocate_refuses_a_flat_of_no_area() {
    let l = Ledger::saver();
    for area in ["--area=-50", "--area=0"] {
        l.fails(&["relocate", "add", "B", "--plan", "outright", "--price-per-m2", "750", area], "area");
    }
}

#[test]
fn relocate_refuses_shares_over_100_percent() {
    let l = Ledger::saver();
    let buy = ["relocate", "add", "B", "--plan", "mortgage", "--price-per-m2", "750", "--area", "50"];
    l.fails(&[&buy[..], &["--down-payment", "150"]].concat(), "150");
    l.fails(&[&buy[..], &["--deed-tax", "150"]].concat(), "150");
}

#[test]
fn relocate_names_the_rate_a_loan_cannot_take() {
    let l = Ledger::saver();
    let buy = ["relocate", "add", "B", "--plan", "mortgage", "--price-per-m2", "750", "--area", "50"];
    l.fails(&[&buy[..], &["--rate", "100"]].concat(), "nestegg: --rate: an annual rate of 100% is out of range");
    l.fails(
        &[&buy[..], &["--fund", "10000", "--fund-rate", "100"]].concat(),
        "nestegg: --fund-rate: an annual rate of 100%",
    );
    l.ok(&[&buy[..], &["--rate", "4"]].concat());
    l.fails(&["relocate", "edit", "B", "--rate", "100"], "nestegg: --rate: ");
}

#[test]
fn relocate_refuses_a_fund_part_larger_than_the_loan() {
    let l = Ledger::saver();
    // The loan is 31,875 (37,500 less 15 % down); a 40,000 fund part cannot be part of it.
    let buy = ["relocate", "add", "B", "--plan", "mortgage", "--price-per-m2", "750", "--area", "50"];
    l.fails(&[&buy[..], &["--fund", "40000"]].concat(), "31,875");
}

// --- relocate: a later move, copies, undo -----------------------------------------

#[test]
fn a_move_three_months_from_now_lives_as_staying_until_then() {
    let l = Ledger::saver();
    let start = first_of(-3).format("%Y-%m").to_string();
    let hegang = ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000"];
    l.ok(&[&["relocate", "add", "Later"], &hegang[..], &["--moving-costs", "3000", "--start", &start]].concat());
    assert!(l.ok(&["relocate", "show", "Later"]).contains(&format!("moves in {start} (living as now until then)")));
    // The README's reading: the start month is the first one lived in Hegang. The two
    // months before it save staying's 2,500; the 3,000 move leaves at the end of the
    // second, and from the start month on 1,000 more a month: level again three months
    // after the move, five from now. After a year:
    // 23,223 + 2 × 2,500 − 3,000 + 10 × 3,500 = 60,223.
    let row = l.row("Later");
    assert_eq!((row[7].as_str(), row[8].as_str(), row[12].as_str()), ("5", "60223.00", start.as_str()));
    let table = l.ok(&["relocate", "compare"]);
    let when = first_of(-5).format("%Y-%m");
    let line = table.lines().find(|x| x.starts_with("break-even")).unwrap();
    assert!(line.ends_with(&format!("—  5 months ({when})")), "{table}");
    let moves = table.lines().find(|x| x.starts_with("moves")).unwrap();
    assert!(moves.split_whitespace().eq(["moves", "—", &start]), "{table}");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["relocate", "compare", "-f", "json"])).unwrap();
    assert_eq!((&json[0]["move_month"], &json[1]["move_month"]), (&serde_json::Value::Null, &serde_json::json!(start)));
    // A start next month is the move at the end of this one: the same as now.
    l.ok(&["relocate", "edit", "Later", "--start", &first_of(-1).format("%Y-%m").to_string()]);
    assert_eq!(l.row("Later")[7..12], ["3", "62223.00", "146223.00", "230223.00", "440223.00"]);
    // "now" moves it back to now; a month gone by is refused.
    l.ok(&["relocate", "edit", "Later", "--start", "now"]);
    assert_eq!(l.row("Later")[7], "3");
    let past = first_of(1).format("%Y-%m").to_string();
    l.fails(&["relocate", "edit", "Later", "--start", &past], "--start: ");
    l.fails(&["relocate", "edit", "Later", "--start", "soon"], "not a month");
}

/// Issue 19: a Beijing move from the saver's household never catches up (rent
/// 5,000 against 1,500), though its deposit keeps it level at the move; moving in
/// six months, the months before the move are level too. Neither is a break-even.
/// A move without costs that saves more from its first month is never behind.
#[test]
fn break_even_is_never_for_a_move_that_never_catches_up() {
    let l = Ledger::saver();
    l.ok(&["relocate", "add", "BJ", "--city", "Beijing", "--deposit-months", "1", "--moving-costs", "0"]);
    let later = first_of(-6).format("%Y-%m").to_string();
    l.ok(&["relocate", "add", "BJ later", "--city", "Beijing", "--deposit-months", "1", "--start", &later]);
    let free =
        ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000", "--moving-costs", "0"];
    l.ok(&[&["relocate", "add", "Free"], &free[..]].concat());
    let rows = l.compare(&[]);
    let break_even: Vec<&str> = rows.iter().map(|r| r[7].as_str()).collect();
    assert_eq!(break_even, ["0", "", "", "0"], "{rows:?}");
    let table = l.ok(&["relocate", "compare"]);
    let line = table.lines().find(|x| x.starts_with("break-even")).unwrap();
    let cells: Vec<&str> = line["break-even".len()..].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(cells, ["—", "never within 10 years", "never within 10 years", "never behind staying"], "{table}");
    assert!(l.ok(&["relocate", "compare", "BJ", "--years", "1"]).contains("never within 1 year\n"));
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["relocate", "compare", "-f", "json"])).unwrap();
    assert_eq!(json[1]["break_even_months"], serde_json::Value::Null);
    assert_eq!(json[3]["break_even_months"], 0);
    // In Chinese.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
    cmd.env_remove("NESTEGG_DB").env_remove("XDG_CONFIG_HOME").env("HOME", l.dir.path().join("home"));
    cmd.env("LC_ALL", "zh_CN.UTF-8").arg("--db").arg(&l.path).args(["relocate", "compare"]);
    let zh = text(&cmd.output().unwrap().stdout);
    let line = zh.lines().find(|x| x.starts_with("回本")).unwrap_or_else(|| panic!("{zh}"));
    assert!(line.contains("10 年内回不了本") && line.contains("始终不落后于留下"), "{zh}");
    assert!(!zh.contains("立即"), "{zh}");
}

#[test]
fn duplicate_rename_delete_and_undo_from_the_command_line() {
    let l = Ledger::saver();
    l.ok(&["relocate", "add", "Hegang", "--city", "Hegang", "--rent", "500"]);
    assert_eq!(l.ok(&["relocate", "duplicate", "hegang", "Hegang buy"]), "copied scenario 'Hegang' as 'Hegang buy'\n");
    l.fails(&["relocate", "duplicate", "Hegang", "HEGANG BUY"], "already exists");
    l.fails(&["relocate", "duplicate", "Nope", "X"], "no scenario named 'Nope'");
    l.fails(&["relocate", "rm", "stay"], "Stay is built from the ledger");
    // An edit that changes nothing writes nothing, so undo still undoes the copy.
    assert!(l.ok(&["relocate", "edit", "Hegang buy", "--rent", "500"]).contains("is unchanged"));
    // Negative amounts reach our own message, not clap's "unexpected argument".
    l.fails(&["relocate", "edit", "Hegang buy", "--income", "-5"], "--income: '-5' is negative");
    l.ok(&["relocate", "edit", "Hegang buy", "--plan", "outright", "--area", "50"]);
    assert_eq!(l.row("Hegang")[2], "500.00", "changing the copy leaves the original renting");
    assert_eq!(l.row("Hegang buy")[6], "114837.00", "2,274 ¥/m² (Hegang's May 2026 price) × 50 m² + 1 % deed tax");
    l.ok(&["relocate", "rm", "Hegang buy"]);
    assert_eq!(l.ok(&["undo"]), "undid: delete scenario Hegang buy\n");
    assert_eq!(l.row("Hegang buy")[6], "114837.00", "undo brings back the last version");
    assert_eq!(l.ok(&["undo"]), "undid: edit scenario Hegang buy\n");
    assert_eq!(l.row("Hegang buy")[2], "500.00", "and before that, the copy as it was");
    assert_eq!(l.ok(&["redo"]), "redid: edit scenario Hegang buy\n");
    assert_eq!(l.row("Hegang buy")[6], "114837.00");
    l.ok(&["undo"]);
    l.ok(&["undo"]);
    assert_eq!(l.ok(&["relocate"]).lines().count(), 1, "the copy is undone");
    l.ok(&["undo"]);
    assert!(l.ok(&["relocate"]).starts_with("no scenarios yet"));
    // Then the transactions' history, oldest last; at the end, nothing.
    for _ in 0..20 {
        l.ok(&["undo"]);
    }
    l.fails(&["undo"], "nothing to undo");
}

/// The move form's refusals read in Chinese, and a Chinese 现在 ("now") starts now.
#[test]
fn refusals_read_in_chinese_and_a_chinese_now_starts_now() {
    use nestegg::model::Month;
    use nestegg::relocation::compare::stay;
    use nestegg::relocation::edit::{Field, Fields, apply};
    use nestegg::relocation::scenario::{Housing, Scenario};
    use nestegg::text::{Lang, in_lang};
    let now = Month::new(2026, 11).unwrap();
    let fields = |pairs: &[(Field, &str)]| {
        let mut f = Fields::default();
        for (field, v) in pairs {
            f.set(*field, *v);
        }
        f
    };
    let guangzhou = || Scenario { name: "Hegang".into(), ..stay(500_000, 150_000, 100_000, "here") };
    in_lang(Lang::Zh, || {
        let mut s = guangzhou();
        let e = apply(&mut s, &fields(&[(Field::Income, "-5")]), &[], &Default::default(), now).unwrap_err();
        assert_eq!(e.message, "「-5」是负数；请填正数，如 1500");
        let e = apply(&mut s, &fields(&[(Field::Start, "2026-10")]), &[], &Default::default(), now).unwrap_err();
        assert_eq!(e.message, "2026-10 已过；搬家最早从本月（2026-11）开始");
        let e = apply(&mut s, &fields(&[(Field::Plan, "lease")]), &[], &Default::default(), now).unwrap_err();
        assert!(e.message.starts_with("「lease」不是住房方式"), "{e:?}");
        assert_eq!(Field::DeedTax.label(), "契税 %");
    });
    // Read in English, a plan typed in Chinese is still understood.
    let mut s = Scenario { start: Some(Month::new(2027, 1).unwrap()), ..guangzhou() };
    apply(
        &mut s,
        &fields(&[(Field::Start, "现在"), (Field::Plan, "租房"), (Field::Rent, "500")]),
        &[],
        &Default::default(),
        now,
    )
    .unwrap();
    assert_eq!(s.start, None);
    assert!(matches!(s.housing, Housing::Rent { monthly: 50_000, .. }), "{:?}", s.housing);
}

// --- relocate: what the household has (issue 22) --------------------------------

#[test]
fn a_move_spends_from_cash_and_counts_the_fund_and_the_home_until_it_is_sold() {
    // The saver's 23,223 in the bank, a 50,000 fund and a flat worth 900,000.
    let l = Ledger::saver();
    l.ok(&["accounts", "add", "Fund", "--kind", "investment", "--balance", "50000"]);
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000"]);
    let hegang =
        ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000", "--moving-costs", "3000"];
    l.ok(&[&["relocate", "add", "Hegang"], &hegang[..]].concat());
    // Selling the flat at the move, 2 % in fees: 900,000 − 18,000 = 882,000 in cash.
    l.ok(&[&["relocate", "add", "Sell"], &hegang[..], &["--sell-home", "2"]].concat());
    assert!(
        l.ok(&["relocate", "show", "Sell"])
            .contains("sells the home lived in now at the move, at its value less 2% in fees")
    );
    let rows = l.compare(&[]);
    // Net worth after a year: cash as before (53,223 staying, 62,223 moving)
    // plus the fund and, unless sold, the flat.
    assert_eq!(rows[0][8], "1003223.00", "53,223 + 50,000 + 900,000");
    assert_eq!(rows[1][8], "1012223.00", "62,223 + 50,000 + 900,000");
    assert_eq!(rows[2][8], "994223.00", "62,223 + 50,000 + 882,000");
    // The lowest cash is cash: not the fund, not the flat (unless sold).
    let table = l.ok(&["relocate", "compare"]);
    let lowest = table.lines().find(|r| r.starts_with("lowest cash")).unwrap_or_else(|| panic!("{table}"));
    assert!(lowest.split_whitespace().eq(["lowest", "cash", "¥23,223.00", "¥20,223.00", "¥902,223.00"]), "{table}");
    // Keeping it again: "no".
    l.ok(&["relocate", "edit", "Sell", "--sell-home", "no"]);
    assert_eq!(l.row("Sell")[8], "1012223.00");
    l.fails(&["relocate", "edit", "Sell", "--sell-home", "lots"], "--sell-home");
}

#[test]
fn selling_the_home_pays_off_its_loan_and_the_fund_counts_but_is_not_spent() {
    // The saver's 23,223 in the bank, a 50,000 fund, a flat worth 900,000 and
    // a 300,000 mortgage at 4.9 % over 20 years drawn on the 1st, 22 months
    // ago: 22 payments made (the 1st of each month since, this one's
    // included), so it owes 283,040.99 now (the schedule's own rounding, as a
    // bank prints it; the unrounded formula gives 283,040.93), and 273,129.40 at
    // the end of the twelfth month from now (34 payments made; unrounded 273,129.32).
    let l = Ledger::saver();
    let drawn = first_of(22).to_string();
    l.ok(&[
        "accounts",
        "add",
        "Fund",
        "--kind",
        "investment",
        "--balance",
        "50000",
        "--as-of",
        &first_of(1).to_string(),
    ]);
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000", "--as-of", &drawn]);
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    l.ok(&["accounts", "loan", "房贷", "--principal", "300000", "--rate", "4.9", "--years", "20", "--start", &drawn]);
    let hegang =
        ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000", "--moving-costs", "3000"];
    l.ok(&[&["relocate", "add", "Hegang"], &hegang[..]].concat());
    l.ok(&[&["relocate", "add", "Sell"], &hegang[..], &["--sell-home", "1"]].concat());
    let rows = l.compare(&[]);
    // Staying saves 2,500 a month: 23,223 + 30,000 = 53,223 in cash after a
    // year, + 50,000 + 900,000 − 273,129.40 = 730,093.60.
    assert_eq!(rows[0][8], "730093.60");
    // Hegang keeps the flat, so it still pays its 1,963.33 a month beside
    // the rent: 3,500 − 1,963.33 = 1,536.67 saved a month after 3,000 of
    // moving costs, 23,223 − 3,000 + 12 × 1,536.67 = 38,663.04 in cash, the
    // flat and its loan as staying's: 715,533.64.
    assert_eq!(rows[1][8], "715533.64");
    // Selling at the move, 1 % in fees: 900,000 − 9,000 − 283,040.99 =
    // 607,959.01 in cash; a year on 62,223 + 607,959.01 + 50,000 = 720,182.01,
    // and the flat and its loan count no more.
    assert_eq!(rows[2][8], "720182.01");
    let table = l.ok(&["relocate", "compare"]);
    let lowest = table.lines().find(|r| r.starts_with("lowest cash")).unwrap_or_else(|| panic!("{table}"));
    // Cash only: 23,223 staying, 20,223 after the move, 628,182.01 with the sale.
    assert!(lowest.split_whitespace().eq(["lowest", "cash", "¥23,223.00", "¥20,223.00", "¥628,182.01"]), "{table}");
    assert!(table.contains("Sell sells the home lived in now at the move: ¥607,959.01 comes in as cash"), "{table}");
    assert!(!table.contains("Hegang sells"), "{table}");
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["relocate", "compare", "Sell", "-f", "json"])).expect("JSON");
    assert_eq!(json[1]["home_sale"], "607959.01");
    assert_eq!(json[1]["no_home_to_sell"], false);
    assert_eq!(json[0]["home_sale"], serde_json::Value::Null);
}

#[test]
fn selling_without_a_home_sells_nothing_and_says_so() {
    let l = Ledger::saver();
    let hegang =
        ["--city", "Hegang", "--rent", "500", "--deposit-months", "0", "--living", "1000", "--moving-costs", "3000"];
    l.ok(&[&["relocate", "add", "Hegang"], &hegang[..]].concat());
    l.ok(&[&["relocate", "add", "Sell"], &hegang[..], &["--sell-home", "1"]].concat());
    // The same figures as keeping: 23,223 − 3,000 + 12 × 3,500 = 62,223.
    let rows = l.compare(&[]);
    assert_eq!((rows[1][8].as_str(), rows[2][8].as_str()), ("62223.00", "62223.00"));
    let table = l.ok(&["relocate", "compare"]);
    assert!(
        table.contains("Warning: Sell sells the home lived in now, but no home account holds one: nothing is sold"),
        "{table}"
    );
    let show = l.ok(&["relocate", "show", "Sell"]);
    assert!(show.contains("but no home account holds a home"), "{show}");
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["relocate", "compare", "Sell", "-f", "json"])).expect("JSON");
    assert_eq!(
        (&json[1]["home_sale"], &json[1]["no_home_to_sell"]),
        (&serde_json::Value::Null, &serde_json::json!(true))
    );
    // In Chinese too.
    let out = l.run(&["--lang", "zh", "relocate", "compare"]);
    let zh = text(&out.stdout);
    assert!(zh.contains("注意：Sell 要卖现住的房子，但没有房产账户"), "{zh}");
}

/// Issue 24: Plan and Move agree. Staying in `relocate compare` is the
/// projection `project` prints from the same baseline months, return and
/// inflation: after a year, the same balance, nominal and in today's money
/// (the saver holds only cash, so net worth is cash).
#[test]
fn staying_in_compare_is_the_projection_at_the_same_rates() {
    let l = Ledger::saver();
    let rates = ["--return", "5", "--inflation", "3"];
    let projected = parse_csv(&l.ok(&[&["project", "--months", "12", "-f", "csv"], &rates[..]].concat()));
    let header = &projected[0];
    let last = projected.last().unwrap();
    let col = |name: &str| last[header.iter().position(|h| h == name).unwrap()].clone();
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&[&["relocate", "compare", "-f", "json"], &rates[..]].concat())).unwrap();
    let stay = &json[0];
    assert_eq!(stay["name"], "Stay");
    assert_eq!(stay["net_worth"][0]["amount"].as_str().unwrap(), col("balance"));
    assert_eq!(stay["net_worth_today"][0]["amount"].as_str().unwrap(), col("balance_today"));
    // Inflation made a difference, so the test is not of two zeros.
    assert_ne!(col("balance"), col("balance_today"));
    // Both say which months they start from.
    let table = l.ok(&["project"]);
    let compare = l.ok(&["relocate", "compare"]);
    let months = |t: &str| {
        t.lines().find_map(|x| x.split_once("complete month").map(|_| x.split(", ").nth(1).unwrap_or("").to_owned()))
    };
    let (p, c) = (months(&table).unwrap(), months(&compare).unwrap());
    assert_eq!(
        p.split(' ').take(3).collect::<Vec<_>>(),
        c.split(' ').take(3).collect::<Vec<_>>(),
        "{table}\n{compare}"
    );
}

/// The Chinese reader reads the repayment method in Chinese only; the
/// English one also gets the name the command line takes.
#[test]
fn the_method_is_named_in_the_readers_words() {
    let l = Ledger::saver();
    let zh = l.ok(&[
        "--lang",
        "zh",
        "relocate",
        "add",
        "买房",
        "--plan",
        "mortgage",
        "--price-per-m2",
        "2274",
        "--area",
        "60",
    ]);
    assert!(zh.contains("30 年 等额本息") && !zh.contains("equal-payment"), "{zh}");
    let en = l.ok(&["relocate", "show", "买房"]);
    assert!(en.contains("30 years 等额本息 (equal-payment)"), "{en}");
    let loan = l.ok(&[
        "--lang",
        "zh",
        "mortgage",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--method",
        "equal-principal",
    ]);
    assert!(loan.starts_with("¥300,000.00 等额本金，20 年") && !loan.contains("equal-principal"), "{loan}");
}

/// Living costs a city gave follow where the household says it lives, for
/// scenarios added before it said so; a typed figure stays. The figures a
/// model gave are marked wherever they show.
#[test]
fn a_new_home_city_rescales_scenarios_already_there_and_modelled_figures_are_marked() {
    let l = Ledger::saver();
    l.ok(&["relocate", "add", "North", "--city", "鹤岗"]);
    l.ok(&["relocate", "add", "Typed", "--city", "鹤岗", "--living", "900"]);
    // Unset: food 1,000 × 92 ÷ 100.
    assert_eq!((l.row("North")[3].as_str(), l.row("Typed")[3].as_str()), ("920.00", "900.00"));
    l.ok(&["config", "set", "home_city", "北京"]);
    // 1,000 × 92 ÷ 132 = 696.97; the typed one stays.
    assert_eq!((l.row("North")[3].as_str(), l.row("Typed")[3].as_str()), ("696.97", "900.00"));
    let show = l.ok(&["relocate", "show", "North"]);
    assert!(show.contains("living costs ¥696.97 a month") && show.contains("follow today's spending"), "{show}");
    assert!(show.contains("the rent is modelled from the city's price"), "{show}");
    // Marked in the table, with what the mark means; named in JSON.
    let table = l.ok(&["relocate", "compare"]);
    let line =
        |start: &str| table.lines().find(|x| x.starts_with(start)).unwrap_or_else(|| panic!("{table}")).to_owned();
    assert!(line("housing").split_whitespace().eq(["housing", "¥1,500.00", "¥237.00*", "¥237.00*"]), "{table}");
    assert!(line("living").contains("¥696.97*") && line("living").trim_end().ends_with("¥900.00"), "{table}");
    assert!(table.contains("* modelled, not data: rent from the city's price at a 2.50% gross yield"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["relocate", "compare", "-f", "json"])).unwrap();
    assert_eq!(json[1]["modelled"], serde_json::json!(["rent", "living"]));
    assert_eq!(json[2]["modelled"], serde_json::json!(["rent"]));
    // Staying's rent rises with inflation, and so does a rent whose rise is not said.
    assert!(show.contains("rent rises with inflation"), "{show}");
}

// --- salary -------------------------------------------------------------------

/// `salary GROSS`: the breakdown by hand from the published brackets, in
/// both languages, as a table, CSV and JSON; it opens no ledger.
#[test]
fn salary_takes_a_gross_apart() {
    let l = Ledger::new();
    let out = l.ok(&["salary", "10000"]);
    // 800 + 200 + 50 + 700 of contributions; 3,250 taxable a month, 39,000 a
    // year at 10 % less 2,520: 1,380 a year, 115 a month; 8,135 in hand.
    for row in [
        ["Gross pay", "¥10,000.00", "¥120,000.00"],
        ["Pension 8%", "-¥800.00", "-¥9,600.00"],
        ["Medical 2%", "-¥200.00", "-¥2,400.00"],
        ["Unemployment 0.5%", "-¥50.00", "-¥600.00"],
        ["Housing fund 7%", "-¥700.00", "-¥8,400.00"],
        ["Income tax (10% bracket)", "-¥115.00", "-¥1,380.00"],
        ["Take-home pay", "¥8,135.00", "¥97,620.00"],
    ] {
        let line = out.lines().find(|l| l.starts_with(row[0])).unwrap_or_else(|| panic!("no {}: {out}", row[0]));
        let cells: Vec<&str> = line[row[0].len()..].split_whitespace().collect();
        assert_eq!(cells, row[1..], "{line}");
    }
    assert!(out.contains("months 1–11 at 3%: ¥97.50, month 12 at 10%: ¥307.50"), "{out}");
    assert!(!l.path.exists(), "salary made a ledger");
    // The same a year, typed as a year.
    assert_eq!(l.ok(&["salary", "12万", "--yearly"]), out);
    let csv = parse_csv(&l.ok(&["salary", "10000", "-f", "csv"]));
    assert_eq!(csv[0][csv[0].len() - 1], "take_home");
    assert_eq!(csv[1][csv[1].len() - 1], "8135.00");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["salary", "10000", "-f", "json"])).unwrap();
    assert_eq!((json["year_tax"].as_str(), json["withheld"][11].as_str()), (Some("1380.00"), Some("307.50")));
    // A base the employer declares: 700 of contributions on 4,000; 8,000 −
    // 700 − 5,000 = 2,300 taxable, 27,600 a year at 3 %: 828, 69 a month.
    let declared = l.ok(&["salary", "8000", "--base", "4000", "-f", "csv"]);
    assert_eq!(parse_csv(&declared)[1][13], "7231.00");
    // The settings' rates and deductions: a full fund and rent deducted.
    l.ok(&["config", "set", "housing_fund_rate", "12"]);
    l.ok(&["config", "set", "special_deductions", "1500"]);
    // 30,000: 6,750 of contributions, 16,750 taxable, 201,000 a year at 20 %
    // less 16,920: 23,280, 1,940 a month; 21,310 in hand.
    let beijing = parse_csv(&l.ok(&["salary", "30000", "-f", "csv"]));
    assert_eq!(
        [&beijing[1][6], &beijing[1][11], &beijing[1][12], &beijing[1][13]],
        ["6750.00", "23280.00", "1940.00", "21310.00"]
    );
    let zh = l.ok(&["--lang", "zh", "salary", "30000"]);
    assert!(zh.contains("住房公积金 12%") && zh.contains("个人所得税（20% 档）") && zh.contains("到手工资"), "{zh}");
    assert!(zh.contains("专项附加扣除 ¥1,500.00"), "{zh}");
}

/// "What would I take home on Hegang's typical wage?"
#[test]
fn salary_of_a_citys_typical_wage() {
    let l = Ledger::new();
    let out = l.ok(&["salary", "--city", "鹤岗"]);
    let year = Local::now().year();
    assert!(
        out.starts_with(&format!("鹤岗 Hegang (黑龙江): average wage ¥55,114.00 a year in 2020, carried to {year}")),
        "{out}"
    );
    if year == 2026 {
        // 6,154.84 gross; 1,077.10 of contributions; 2.33 of tax: 5,075.41.
        let take_home = out.lines().find(|l| l.starts_with("Take-home pay")).unwrap();
        assert!(take_home.contains("¥5,075.41"), "{out}");
    }
    assert!(!l.path.exists(), "salary made a ledger");
    // (The checks below look at the ledger before and after: they make one.)
    l.fails(&["salary"], "type a gross salary a month");
    l.fails(&["salary", "0"], "must be more than 0");
    l.fails(&["salary", "-5"], "the gross salary must be more than 0 (got -5)");
    // A figure or a city, not both.
    l.rejected(&["salary", "10000", "--city", "鹤岗"]);
    l.fails(&["salary", "--city", "fuzhou"], "福州 Fuzhou (福建)");
    l.fails(&["salary", "--city", "凉山"], "no wage figure");
    l.fails(&["config", "set", "housing_fund_rate", "13"], "from 0 to 12");
}
