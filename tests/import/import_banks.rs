//! Issue 23, bank statements: the presets for the banks Chinese savers have
//! most, each on a fixture the project wrote in that layout (preamble,
//! encoding, padding, totals), imported twice with nothing added the
//! second time; what a mapping can say; the warning before a file whose
//! signs may all be wrong. Figures worked in the comments.

use crate::common;

use common::Cli;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/banks/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// income, housing, spending, savings of one month.
fn month(l: &Cli, m: &str) -> String {
    let csv = l.ok(&["report", "monthly", "--from", m, "--to", m, "--format", "csv"]);
    let row = csv.lines().nth(1).unwrap_or_else(|| panic!("{csv}"));
    row.split(',').skip(1).take(4).collect::<Vec<_>>().join(",")
}

#[test]
fn every_bank_imports_once_into_the_account_named() {
    // (file, preset, new rows, skipped)
    let banks = [
        ("icbc.csv", "icbc", 3, 1),
        ("abc.csv", "abc", 3, 0),
        ("ccb.csv", "ccb", 3, 0),
        ("boc.csv", "boc", 2, 0),
        ("bocom.csv", "bocom", 3, 0),
        ("cgb_credit.csv", "cgb-credit", 2, 1),
        ("cmb_credit.csv", "cmb-credit", 3, 1),
    ];
    for (file, preset, new, skipped) in banks {
        let l = Cli::new();
        l.fails(&["import", &fixture(file)], "need --account NAME");
        let out = l.ok(&["import", &fixture(file), "--account", "Bank card"]);
        let want = format!("{preset} (");
        assert!(out.contains(&want), "{file}: {out}");
        let counts = format!("{new} new, 0 already in the ledger, 0 invalid, {skipped} skipped");
        assert!(out.contains(&counts), "{file}: {out}");
        let again = l.ok(&["import", &fixture(file), "--account", "Bank card"]);
        assert!(again.contains(&format!("0 new, {new} already")), "{file}: {again}");
        // Named outright, the same.
        assert!(l.ok(&["import", &fixture(file), "-a", "Bank card", "--preset", preset]).contains("0 new"));
    }
}

#[test]
fn bank_months_add_up_as_worked_by_hand() {
    let l = Cli::new();
    l.ok(&["import", &fixture("icbc.csv"), "-a", "Bank card"]);
    // 工商银行 October: 5,000 in; 286.40 at 大润发 (other) and 1,200.00 to 房东 (other).
    assert_eq!(month(&l, "2026-10"), "5000.00,0.00,1486.40,3513.60");
    let l = Cli::new();
    l.ok(&["import", &fixture("bocom.csv"), "-a", "Bank card"]);
    // 交通银行: 贷 7,000 in; 借 45 + 300 out.
    assert_eq!(month(&l, "2026-10"), "7000.00,0.00,345.00,6655.00");
    let l = Cli::new();
    l.ok(&["accounts", "add", "招行信用卡", "--kind", "credit"]);
    let out = l.ok(&["import", &fixture("cmb_credit.csv"), "-a", "招行信用卡"]);
    assert!(out.contains("a repayment of the card"), "{out}");
    // December 2025: 199 + 23.50 spent; January 2026: 50 refunded, and the
    // 1,000 repayment is no income.
    assert_eq!(month(&l, "2025-12"), "0.00,0.00,222.50,-222.50");
    assert_eq!(month(&l, "2026-01"), "0.00,0.00,-50.00,50.00");
}

#[test]
fn a_dollar_row_is_never_stored_as_yuan_and_a_zero_row_is_skipped() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    let before = l.dump();
    let out = l.run(&["import", &fixture("cmb.csv"), "-a", "Bank card"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("USD"), "{err}");
    assert_eq!(l.dump(), before, "nothing written");
    let out = l.ok(&["import", &fixture("cmb.csv"), "-a", "Bank card", "--skip-invalid"]);
    assert!(out.contains("3 new, 0 already in the ledger, 1 invalid, 1 skipped"), "{out}");
    assert!(out.contains("no money moved"), "{out}");
    // 8,000 in; 1,500 and 35.50 out.
    assert_eq!(month(&l, "2026-10"), "8000.00,0.00,1535.50,6464.50");
    // Into a dollar account, the rows in yuan are the ones refused: one
    // account, one currency.
    l.ok(&["accounts", "add", "USD card", "--kind", "bank", "--currency", "USD"]);
    let out = l.ok(&["import", &fixture("cmb.csv"), "-a", "USD card", "--skip-invalid"]);
    assert!(out.contains("1 new, 0 already in the ledger, 3 invalid, 1 skipped"), "{out}");
}

#[test]
fn a_mapped_file_whose_rows_all_go_one_way_warns_before_importing() {
    let l = Cli::new();
    let path = l.home().join("bank.csv");
    std::fs::write(&path, "日期,金额,借贷标志,对方\n2026-10-01,10.00,借,a\n2026-10-02,5.00,贷,b\n").unwrap();
    let file = path.to_str().unwrap();
    let out = l.ok(&["import", file, "-a", "Bank card", "--map", "date=日期,amount=金额,payee=对方", "--dry-run"]);
    assert!(out.contains("warning: all 2 rows read as money in, and column '借贷标志' was not mapped"), "{out}");
    let zh = l.ok(&["--lang", "zh", "import", file, "-a", "Bank card", "--map", "date=日期,amount=金额", "--dry-run"]);
    assert!(zh.contains("注意：全部 2 行都读成了收入"), "{zh}");
    // Mapped: 10 out and 5 in, no warning.
    let out = l.ok(&["import", file, "-a", "Bank card", "--map", "date=日期,amount=金额,dc=借贷标志:借/贷,payee=对方"]);
    assert!(!out.contains("warning") && out.contains("2 new"), "{out}");
    assert_eq!(month(&l, "2026-10"), "5.00,0.00,10.00,-5.00");
}
