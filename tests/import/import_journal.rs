//! Issue 23, item 11 through the real binary: plain-text journals in.
//! A hand-written hledger journal and beancount file (totals worked by
//! hand in their headers, and checked against hledger when it is
//! installed), their accounts mapped to nestegg's with `--account-map`
//! (refused, writing nothing, until every name maps; the map kept for the
//! next import), and nestegg's own `export --format ledger` read back into
//! a fresh ledger with the same totals per month and category. Every file
//! imports twice with nothing added the second time.

use crate::common;

use common::{Cli, tools};

fn journal(name: &str) -> String {
    format!("{}/tests/fixtures/journal/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// month, income, housing, spending, savings of every month from `from` to `to`.
fn months(l: &Cli, from: &str, to: &str) -> Vec<Vec<String>> {
    csv_rows(&l.ok(&["report", "monthly", "--from", from, "--to", to, "--format", "csv"]))
        .into_iter()
        .map(|r| r[..5].to_vec())
        .collect()
}

fn by_category(l: &Cli, from: &str, to: &str) -> String {
    l.ok(&["report", "monthly", "--by", "category", "--from", from, "--to", to, "--format", "csv"])
}

const ICBC_MAP: &str =
    "assets:bank:icbc=Bank card,expenses:dining=food,income:freelance=side income,expenses:tax=other";

#[test]
fn an_hledger_journal_is_refused_until_its_accounts_map_then_imports_once() {
    let l = Cli::new();
    let file = journal("household.journal");
    l.ok(&["accounts"]);
    let before = l.dump();
    // Five names nestegg has no match for, listed with the flag that maps them.
    let err = l.fails(&["import", &file], "the journal names 5 accounts nestegg does not have");
    for name in ["assets:bank:icbc", "liabilities:credit card", "expenses:dining", "income:freelance", "expenses:tax"] {
        assert!(err.contains(name), "{name}: {err}");
    }
    assert!(err.contains("--account-map 'assets:bank:icbc=NAME,expenses:dining=NAME'"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    // A map to a category that is not there, or of the wrong class, is refused too.
    l.fails(&["import", &file, "--account-map", "expenses:dining=dining out"], "no such category");
    l.fails(&["import", &file, "--account-map", "income:freelance=food"], "a spending category");
    let zh = l.run(&["--lang", "zh", "import", &file]);
    let zh = String::from_utf8_lossy(&zh.stderr);
    assert!(zh.contains("账本里有 5 个 nestegg 没有的账户") && zh.contains("--account-map"), "{zh}");
    assert_eq!(l.dump(), before, "a refused journal writes nothing");

    l.ok(&["accounts", "add", "Credit card", "--kind", "credit"]);
    let out = l.ok(&["import", &file, "--account-map", ICBC_MAP]);
    assert!(out.contains("ledger (UTF-8); 19 new, 0 already in the ledger, 0 invalid, 4 skipped"), "{out}");
    assert!(out.contains("line 11: skipped: against equity:opening balances"), "{out}");
    assert!(out.contains("line 41: skipped: balance assertions (= X) are not checked"), "{out}");
    assert!(out.contains("line 80: skipped: an automated transaction"), "{out}");
    assert!(out.contains("line 83: skipped: a periodic transaction"), "{out}");
    assert!(out.contains("account map kept for the next ledger import"), "{out}");
    assert_eq!(
        months(&l, "2026-01", "2026-03"),
        [
            ["2026-01", "6000.00", "1000.00", "148.90", "4851.10"],
            ["2026-02", "6800.00", "1000.00", "255.00", "5545.00"],
            ["2026-03", "6500.00", "1000.00", "588.80", "4911.20"],
        ]
    );
    // Where the rows went: the split shop two rows, the refund lowers household, the payslip two rows.
    let ls = l.ok(&["ls", "--format", "csv", "--from", "2026-01-01", "--to", "2026-03-31"]);
    let rows: Vec<[String; 4]> =
        csv_rows(&ls).into_iter().map(|r| [r[1].clone(), r[2].clone(), r[3].clone(), r[7].clone()]).collect();
    let has = |d: &str, a: &str, c: &str, m: &str| {
        assert!(rows.iter().any(|r| r == &[d, a, c, m].map(String::from)), "{d} {a} {c} {m}: {rows:?}")
    };
    has("2026-01-08", "Alipay", "groceries", "-120.40");
    has("2026-01-08", "Alipay", "household", "-35.00");
    has("2026-01-22", "Alipay", "household", "35.00");
    has("2026-01-15", "Alipay", "food", "-28.50");
    has("2026-02-14", "Credit card", "food", "-210.00");
    has("2026-02-20", "Alipay", "side income", "800.00");
    has("2026-03-05", "Bank card", "salary", "6500.00");
    has("2026-03-05", "Bank card", "other", "-500.00");
    has("2026-01-20", "Alipay", "", "500.00");
    has("2026-01-20", "Bank card", "", "-500.00");
    has("2026-02-25", "Credit card", "", "210.00");
    assert_eq!(rows.len(), 19);

    // The map was kept: the same file again, without it, adds nothing.
    let again = l.ok(&["import", &file]);
    assert!(again.contains("0 new, 19 already in the ledger"), "{again}");
    assert!(again.contains("nothing new to import"), "{again}");

    // hledger reads the same file to the same totals: its expenses are nestegg's housing plus spending.
    if tools::hledger() {
        let out = std::process::Command::new("hledger")
            .args(["-f", &file, "bal", "-M", "-N", "--depth", "1", "-O", "csv", "income", "expenses"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success(), "{text}");
        assert!(text.contains(r#""expenses","¥1148.90","¥1255.00","¥1588.80""#), "{text}");
        assert!(text.contains(r#""income","¥-6000.00","¥-6800.00","¥-6500.00""#), "{text}");
    }
}

#[test]
fn a_beancount_file_imports_with_its_accounts_mapped() {
    let l = Cli::new();
    let file = journal("household.beancount");
    let err = l.fails(&["import", &file], "the journal names 3 accounts");
    assert!(err.contains("Assets:Bank:CMB, Liabilities:CreditCard:CMB, Expenses:Food:Restaurant"), "{err}");
    l.ok(&["accounts", "add", "招行信用卡", "--kind", "credit"]);
    let map = "Assets:Bank:CMB=bank card,Liabilities:CreditCard:CMB=招行信用卡,Expenses:Food:Restaurant=food";
    let out = l.ok(&["import", &file, "--account-map", map, "--dry-run"]);
    assert!(out.contains("beancount (UTF-8); 11 new, 0 already in the ledger, 0 invalid, 1 skipped"), "{out}");
    assert!(out.contains("line 20: skipped: a pad for Assets:Bank:CMB"), "{out}");
    assert!(out.contains("2026-01-25  Bank card → 招行信用卡  (transfer)"), "{out}");
    assert!(out.contains("dry run: nothing was written"), "{out}");
    let out = l.ok(&["import", &file, "--account-map", map]);
    assert!(out.contains("imported 11 transactions"), "{out}");
    assert_eq!(
        months(&l, "2026-01", "2026-02"),
        [["2026-01", "5800.00", "900.00", "250.30", "4649.70"], ["2026-02", "5800.00", "900.00", "31.50", "4868.50"]]
    );
    let ls = l.ok(&["ls", "--format", "csv"]);
    let shop = csv_rows(&ls).into_iter().find(|r| r[1] == "2026-01-18").unwrap();
    // Payee, then the narration as the note.
    assert_eq!(
        (shop[2].as_str(), shop[3].as_str(), shop[5].as_str(), shop[6].as_str()),
        ("Cash", "groceries", "超市发", "weekly shop")
    );
    let again = l.ok(&["import", &file]);
    assert!(again.contains("0 new, 11 already in the ledger"), "{again}");
    // The kept map sits with the column mappings and is never one: a bank
    // CSV is still told apart, or refused as unknown, as before.
    let csv = l.dir.path().join("bank.csv");
    std::fs::write(&csv, "Date,Amount,Payee\n2026-01-05,-3.00,Metro\n").unwrap();
    l.fails(&["import", csv.to_str().unwrap()], "cannot tell what kind of bill this is");
    let out = l.ok(&[
        "import",
        csv.to_str().unwrap(),
        "--map",
        "date=Date,amount=Amount",
        "-a",
        "Cash",
        "--save-map",
        "bank",
    ]);
    assert!(out.contains("imported 1 transaction"), "{out}");
    assert!(l.ok(&["import", csv.to_str().unwrap()]).contains("0 new, 1 already"));
}

#[test]
fn include_and_a_map_for_another_kind_of_file_are_refused() {
    let l = Cli::new();
    let main = l.dir.path().join("main.journal");
    std::fs::write(&main, "include 2026.journal\n\n2026-01-05 x\n    assets:cash  ¥1\n    income:salary\n").unwrap();
    l.fails(&["import", main.to_str().unwrap()], "includes another file");
    let csv = l.dir.path().join("bank.csv");
    std::fs::write(&csv, "date,amount,payee\n2026-01-05,-3.00,Metro\n").unwrap();
    l.fails(
        &[
            "import",
            csv.to_str().unwrap(),
            "--map",
            "date=date,amount=amount",
            "-a",
            "Cash",
            "--account-map",
            "a:b=Cash",
        ],
        "--account-map is for hledger",
    );
    l.fails(&["import", main.to_str().unwrap(), "--account-map", "assets:cash"], "is not JOURNAL=NESTEGG");
}

/// Three months: salaries, rent, spending in several categories, a refund,
/// a transfer, a card paid off, an account with an opening balance.
fn household() -> Cli {
    let l = Cli::new();
    l.ok(&["accounts", "add", "ICBC 储蓄卡", "--kind", "bank", "--balance", "12000", "--as-of", "2026-01-01"]);
    l.ok(&["accounts", "add", "Credit card", "--kind", "credit"]);
    let add = |amount: &str, category: &str, account: &str, date: &str, payee: &str, note: &str| {
        let mut args = vec!["add", amount, "-c", category, "-a", account, "-d", date, "-p", payee];
        if !note.is_empty() {
            args.extend(["-n", note]);
        }
        l.ok(&args);
    };
    for (m, salary) in [("01", "6000"), ("02", "6000"), ("03", "6200")] {
        add(salary, "salary", "ICBC 储蓄卡", &format!("2026-{m}-10"), "鹤岗机械厂", "工资");
        add("1000", "rent", "ICBC 储蓄卡", &format!("2026-{m}-01"), "房东", "");
        add("25.50", "food", "Alipay", &format!("2026-{m}-03"), "美团外卖", "");
        add("25.50", "food", "Alipay", &format!("2026-{m}-03"), "美团外卖", "");
    }
    add("120.40", "groceries", "WeChat Pay", "2026-01-08", "好又多; 超市", "weekly shop");
    add("-35", "groceries", "WeChat Pay", "2026-01-09", "好又多; 超市", "退款");
    add("210", "entertainment", "Credit card", "2026-02-14", "*电影院", "");
    add("4", "transport", "Cash", "2026-02-15", "", "");
    add("300", "side income", "Alipay", "2026-03-20", "翻译稿费", "");
    add("88.80", "utilities and heating", "ICBC 储蓄卡", "2026-03-21", "国家电网", "");
    l.ok(&["transfer", "500", "--from", "ICBC 储蓄卡", "--to", "Alipay", "-d", "2026-01-20", "-n", "top up"]);
    l.ok(&["transfer", "210", "--from", "ICBC 储蓄卡", "--to", "Credit card", "-d", "2026-02-25"]);
    l
}

#[test]
fn nesteggs_own_journal_round_trips_with_the_same_totals() {
    let a = household();
    let exported = a.ok(&["export", "--format", "ledger"]);
    let b = Cli::new();
    let file = b.dir.path().join("books.journal");
    std::fs::write(&file, &exported).unwrap();
    let file = file.to_str().unwrap();
    // The fresh ledger lacks two of the accounts: refused, named as exported.
    let err = b.fails(&["import", file], "the journal names 2 accounts");
    assert!(err.contains("assets:ICBC 储蓄卡, assets:Credit card"), "{err}");
    b.ok(&["accounts", "add", "ICBC 储蓄卡", "--kind", "bank"]);
    b.ok(&["accounts", "add", "Credit card", "--kind", "credit"]);
    let out = b.ok(&["import", file]);
    // 12 monthly rows, 6 more, 2 transfers of two legs; the opening balance left out with what to do.
    assert!(out.contains("ledger (UTF-8); 22 new, 0 already in the ledger, 0 invalid, 1 skipped"), "{out}");
    assert!(out.contains("against equity:opening balances (assets:ICBC 储蓄卡 ¥12,000.00)"), "{out}");
    assert_eq!(by_category(&b, "2026-01", "2026-03"), by_category(&a, "2026-01", "2026-03"));
    assert_eq!(months(&b, "2026-01", "2026-03"), months(&a, "2026-01", "2026-03"));
    assert_eq!(
        months(&b, "2026-01", "2026-03"),
        [
            // 6000; 1000; 51.00 + 120.40 − 35.00 = 136.40.
            ["2026-01", "6000.00", "1000.00", "136.40", "4863.60"],
            // 6000; 1000; 51.00 + 210.00 + 4.00 = 265.00.
            ["2026-02", "6000.00", "1000.00", "265.00", "4735.00"],
            // 6200 + 300; 1000; 51.00 + 88.80 = 139.80.
            ["2026-03", "6500.00", "1000.00", "139.80", "5360.20"],
        ]
    );
    let again = b.ok(&["import", file]);
    assert!(again.contains("0 new, 22 already in the ledger"), "{again}");
    // Exported again, the journal holds the same movements (the opening aside, which b never set).
    let second = b.ok(&["export", "--format", "ledger"]);
    let body = |j: &str| j.split("\n\n").filter(|e| !e.contains("equity:")).map(str::to_owned).collect::<Vec<_>>();
    let (first, second) = (body(&exported), body(&second));
    assert_eq!(first.len(), second.len());
    if tools::hledger() {
        let bal = |text: &str, dir: &Cli| {
            let path = dir.dir.path().join("check.journal");
            std::fs::write(&path, text).unwrap();
            let out = std::process::Command::new("hledger")
                .args(["-f", path.to_str().unwrap(), "bal", "-M", "-O", "csv", "income", "expenses"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        assert_eq!(bal(&b.ok(&["export", "--format", "ledger"]), &b), bal(&exported, &a));
    }
}
