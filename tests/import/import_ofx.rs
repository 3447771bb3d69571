//! Issue 23, other tools' files: OFX (1 SGML in Windows-1252, 2 XML), QFX
//! and QIF, from fixtures written in those layouts (tests/fixtures/ofx),
//! each imported twice with nothing added the second time. Figures worked
//! in the comments.

use crate::common;

use common::Cli;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/ofx/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// (date, account, category, payee, note, amount) of every row, oldest first.
fn rows(l: &Cli) -> Vec<[String; 6]> {
    let csv = l.ok(&["ls", "--format", "csv", "--limit", "1000"]);
    let mut r = csv::ReaderBuilder::new().has_headers(true).from_reader(csv.as_bytes());
    let mut out: Vec<[String; 6]> = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            [1, 2, 3, 5, 6, 7].map(|i| rec[i].to_owned())
        })
        .collect();
    out.reverse();
    out
}

/// The sum of the amounts (fen) of the rows in `account`.
fn total(l: &Cli, account: &str) -> i64 {
    rows(l).iter().filter(|r| r[1] == account).map(|r| (r[5].parse::<f64>().unwrap() * 100.0).round() as i64).sum()
}

#[test]
fn an_ofx_1_bank_statement_in_windows_1252_and_its_qfx_twin() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "Checking", "--kind", "bank", "--currency", "USD"]);
    // Without an account: told to name one, nothing written.
    let before = l.dump();
    l.fails(&["import", &fixture("bank_ofx1.ofx")], "OFX files need --account NAME");
    // Into a CNY account: every row is in USD, none is stored as CNY.
    let out = l.run(&["import", &fixture("bank_ofx1.ofx"), "--account", "Bank card"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("USD"), "{err}");
    assert_eq!(l.dump(), before);

    let out = l.ok(&["import", &fixture("bank_ofx1.ofx"), "--account", "Checking"]);
    assert!(out.contains("ofx (Windows-1252); 5 new, 0 already in the ledger, 0 invalid, 0 skipped"), "{out}");
    let r = rows(&l);
    // The payee's é and ó read from Windows-1252; the memo's &amp; is an &.
    assert_eq!(r[1][3..], ["Café Olé".to_owned(), "Coffee & croissant".to_owned(), "-4.75".to_owned()]);
    // Two coffees of the same amount on one day, with their own ids: both kept.
    assert_eq!(r.iter().filter(|x| x[3] == "Café Olé").count(), 2);
    assert_eq!(r[0][..3], ["2026-10-01".to_owned(), "Checking".to_owned(), "side income".to_owned()]);
    // 3,200.00 − 4.75 − 4.75 − 1,200.00 − 62.10 = 1,928.40, the statement's own balance.
    assert_eq!(total(&l, "Checking"), 192_840);
    assert!(l.ok(&["accounts"]).contains("$1,928.40"));
    // Again, and its QFX twin: nothing added (the same ids).
    assert!(l.ok(&["import", &fixture("bank_ofx1.ofx"), "-a", "Checking"]).contains("0 new, 5 already"));
    assert!(l.ok(&["import", &fixture("bank.qfx"), "-a", "Checking"]).contains("0 new, 5 already"));
}

#[test]
fn an_ofx_2_card_statement_purchases_a_refund_a_repayment_and_another_currency() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "Visa", "--kind", "credit", "--currency", "EUR"]);
    // The London hotel was charged in GBP: refused, so the file imports nothing.
    let before = l.dump();
    let out = l.run(&["import", &fixture("card_ofx2.ofx"), "-a", "Visa"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("GBP"), "{err}");
    assert_eq!(l.dump(), before);
    let out = l.ok(&["import", &fixture("card_ofx2.ofx"), "-a", "Visa", "--skip-invalid"]);
    assert!(out.contains("ofx (UTF-8); 3 new, 0 already in the ledger, 1 invalid, 1 skipped"), "{out}");
    assert!(out.contains("a repayment of the card"), "{out}");
    let r = rows(&l);
    // 35,90 with a comma; the 12.00 return lowers spending where the book went;
    // the baker named in a PAYEE aggregate.
    let amounts: Vec<(&str, &str)> = r.iter().map(|x| (x[3].as_str(), x[5].as_str())).collect();
    assert_eq!(amounts, [("Librairie du Parc", "-35.90"), ("Librairie du Parc", "12.00"), ("Boulangerie", "-23.40")]);
    assert_eq!(r[1][4], "Return <one book>");
    assert_eq!(r[1][2], r[0][2], "the refund follows the purchase's category");
    // −35.90 + 12.00 − 23.40 = −47.30 owed on the card.
    assert_eq!(total(&l, "Visa"), -4_730);
    assert!(l.ok(&["import", &fixture("card_ofx2.ofx"), "-a", "Visa", "--skip-invalid"]).contains("0 new, 3 already"));
}

#[test]
fn qif_bank_and_card_files_with_a_split_a_transfer_and_a_zero() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "Savings", "--kind", "savings"]);
    l.fails(&["import", &fixture("bank.qif")], "QIF files need --account NAME");
    let out = l.ok(&["import", &fixture("bank.qif"), "-a", "Bank card"]);
    assert!(out.contains("qif") || out.contains("QIF"), "{out}");
    assert!(out.contains("6 new, 0 already in the ledger, 0 invalid, 0 skipped"), "{out}");
    let r = rows(&l);
    let cat = |payee: &str| r.iter().find(|x| x[3] == payee && x[1] == "Bank card").unwrap()[2].clone();
    // L names the category by its last part (Food:Groceries → groceries), any case.
    assert_eq!(
        (cat("ACME Payroll"), cat("Landlord"), cat("Grocery Mart")),
        ("salary".into(), "rent".into(), "groceries".into())
    );
    // [Savings] is a transfer: 300 leaves the bank and reaches Savings.
    assert_eq!(total(&l, "Savings"), 30_000);
    // 10/15'26 is 2026-10-15. October: income 3,200, housing 1,200, spending
    // 4.75 + 62.10 = 66.85 (the transfer is none), saved 1,933.15.
    assert!(r.iter().any(|x| x[0] == "2026-10-15" && x[3] == "Grocery Mart"));
    let month = l.ok(&["report", "monthly", "--from", "2026-10", "--to", "2026-10", "--format", "csv"]);
    assert!(month.contains("2026-10,3200.00,1200.00,66.85,1933.15"), "{month}");
    assert!(l.ok(&["import", &fixture("bank.qif"), "-a", "Bank card"]).contains("0 new, 6 already"));

    // The card: dates day first (15/10/2026), a split into clothing and
    // household, and a record of 0.00 skipped.
    l.ok(&["accounts", "add", "Card", "--kind", "credit"]);
    let out = l.ok(&["import", &fixture("card.qif"), "-a", "Card"]);
    assert!(out.contains("3 new, 0 already in the ledger, 0 invalid, 1 skipped"), "{out}");
    assert!(out.contains("no money moved"), "{out}");
    let r = rows(&l);
    let card: Vec<(&str, &str, &str)> =
        r.iter().filter(|x| x[1] == "Card").map(|x| (x[0].as_str(), x[2].as_str(), x[5].as_str())).collect();
    assert_eq!(
        card,
        [
            ("2026-10-15", "clothing", "-60.00"),
            ("2026-10-15", "household", "-35.00"),
            ("2026-10-18", "entertainment", "-12.50")
        ]
    );
    assert!(l.ok(&["import", &fixture("card.qif"), "-a", "Card"]).contains("0 new, 3 already"));
}

#[test]
fn a_cut_or_hostile_ofx_or_qif_is_refused_with_a_reason_and_writes_nothing() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "Checking", "--kind", "bank", "--currency", "USD"]);
    let before = l.dump();
    let write = |name: &str, bytes: &[u8]| {
        let p = l.home().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_owned()
    };
    // A header and nothing more.
    let cut = write("cut.ofx", b"OFXHEADER:100\r\nDATA:OFXSGML\r\n");
    l.fails(&["import", &cut, "-a", "Checking"], "no <OFX> element");
    // A statement whose transaction lacks its amount, and one tag a megabyte long.
    let mut odd = String::from("OFXHEADER:100\n<OFX><STMTRS><CURDEF>USD<STMTTRN><DTPOSTED>20261003<FITID>1</STMTTRN>");
    odd.push_str(&format!(
        "<STMTTRN><DTPOSTED>20261004<TRNAMT>-1.00<NAME>{}</STMTTRN></STMTRS></OFX>",
        "x".repeat(1 << 20)
    ));
    let odd = write("odd.ofx", odd.as_bytes());
    let out = l.run(&["import", &odd, "-a", "Checking"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("no TRNAMT"), "{err}");
    let qif = write("bad.qif", b"!Type:Bank\nD13/13/2026\nT-1.00\n^\nDsoon\n^\n");
    let out = l.run(&["import", &qif, "-a", "Checking"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("not a QIF date"), "{err}");
    assert_eq!(l.dump(), before);
}
