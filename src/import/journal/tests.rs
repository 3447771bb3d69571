use super::*;

#[test]
fn amounts_read_with_the_commodity_on_either_side() {
    let cny = |minor| Ok(Amount { minor, currency: Some(Currency::CNY) });
    assert_eq!(amount("¥1,234.56"), cny(123_456));
    assert_eq!(amount("-¥12.50"), cny(-1250));
    assert_eq!(amount("¥-12.50"), cny(-1250));
    assert_eq!(amount("CNY 12.00"), cny(1200));
    assert_eq!(amount("CNY -5000.00"), cny(-500_000));
    assert_eq!(amount("12.00 CNY"), cny(1200));
    assert_eq!(amount("-12 CNY"), cny(-1200));
    assert_eq!(amount("￥3"), cny(300));
    assert_eq!(amount("$5.5"), Ok(Amount { minor: 550, currency: Some(Currency::USD) }));
    assert_eq!(amount("JPY 1200"), Ok(Amount { minor: 1200, currency: Some(Currency::JPY) }));
    assert_eq!(amount("42.10"), Ok(Amount { minor: 4210, currency: None }));
    assert!(amount("10 AAPL").unwrap_err().contains("AAPL"));
    assert!(amount("\"AB C\" 3").unwrap_err().contains("AB C"));
    assert!(amount("10 USD @ 7.1 CNY").is_err());
    assert!(amount("(2*3) CNY").is_err());
    assert!(amount("--3").is_err());
    assert!(amount("- -3 CNY").is_err());
    assert!(amount("CNY").is_err());
    assert!(amount("99999999999999999999 CNY").is_err());
}

#[test]
fn dates_read_as_the_tools_write_them() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(date("2026-01-31", None), d(2026, 1, 31));
    assert_eq!(date("2026/1/5", None), d(2026, 1, 5));
    assert_eq!(date("2026.01.05", None), d(2026, 1, 5));
    assert_eq!(date("1/5", Some(2025)), d(2025, 1, 5));
    assert_eq!(date("1/5", None), None);
    assert_eq!(date("2026-02-30", None), None);
}

const JOURNAL: &str = "\
; a comment
# another
commodity CNY 1000.00
P 2026-01-01 USD CNY 7.10
alias bank = assets:bank:icbc

2026-01-05 * (42) 美团外卖 | 午饭  ; team lunch
    expenses:food            ¥35.50
    bank

2026/01/10 Salary
    assets:bank:icbc     CNY 5,000.00 = CNY 5,000.00
    income:salary

2026-01-12 Supermarket
    expenses:food      60.00 CNY  ; groceries
    expenses:home      40.00 CNY
    (budget:food)      -60 CNY
    assets:cash

2026-01-15 transfer
    assets:cash       CNY 200.00
    assets:bank:icbc  CNY -200.00

2026-01-20 refund
    assets:bank:icbc    ¥10.00
    expenses:food

2026-01-01 opening balance Bank card
    assets:Bank card                      = CNY 1000.00
    equity:opening balances

= expenses:food
    (budget:food)   -1

~ monthly
    expenses:rent   CNY 2000.00
    assets:bank:icbc

2026-01-21 bad
    expenses:food   CNY 10.00
    assets:cash     CNY -9.00

2026-01-22 broker
    assets:stock    10 AAPL
    assets:cash     CNY -1500.00
";

#[test]
fn a_journal_reads_into_entries() {
    assert!(looks_like(JOURNAL));
    assert!(!crate::import::beancount::looks_like(JOURNAL));
    let r = read(JOURNAL).unwrap();
    assert_eq!(r.txns.len(), 7, "{:?}", r.invalid);
    let t = &r.txns[0];
    assert_eq!((t.description.as_str(), t.note.as_str()), ("美团外卖", "午饭; team lunch"));
    assert_eq!(t.postings[1].account, "assets:bank:icbc");
    let (e, invalid, skipped) = entries(r);
    let got: Vec<(usize, i64, &str, Option<&str>, Direction)> = e
        .iter()
        .map(|e| (e.line, e.amount, e.account.as_deref().unwrap(), e.category.as_deref(), e.direction))
        .collect();
    assert_eq!(
        got,
        [
            (8, -3550, "assets:bank:icbc", Some("expenses:food"), Direction::Out),
            (13, 500_000, "assets:bank:icbc", Some("income:salary"), Direction::In),
            (16, -6000, "assets:cash", Some("expenses:food"), Direction::Out),
            (17, -4000, "assets:cash", Some("expenses:home"), Direction::Out),
            (23, -20000, "assets:bank:icbc", None, Direction::Transfer),
            (22, 20000, "assets:cash", None, Direction::Transfer),
            (27, 1000, "assets:bank:icbc", Some("expenses:food"), Direction::Refund),
        ]
    );
    assert_eq!(e[2].note, "groceries");
    assert_eq!(e[3].note, "");
    assert_eq!(e[0].note, "午饭; team lunch");
    let why: Vec<usize> = invalid.iter().map(|p| p.line).collect();
    assert_eq!(why, [40, 45], "{invalid:?}");
    let left: Vec<usize> = skipped.iter().map(|p| p.line).collect();
    // The opening (equity), the assertion note, the automated and the periodic transaction.
    assert_eq!(left, [11, 29, 33, 36], "{skipped:?}");
    assert!(skipped[1].reason.contains("CNY") || skipped[1].reason.contains("¥1,000.00"), "{skipped:?}");
}

#[test]
fn include_is_refused_and_csv_is_not_a_journal() {
    assert!(read("include other.journal\n").is_err());
    assert!(!looks_like("Date,Amount\n2026-01-05,-35.50\n2026-01-06,3\n"));
    assert!(!looks_like("id,date,account\n1,2026-01-05,Cash\n"));
}

#[test]
fn nothing_hostile_panics() {
    for text in [
        "2026-01-01",
        "2026-01-01 x\n  ",
        "2026-01-01 x\n  a:b  ¥\n",
        "2026-01-01 x\n  [\n",
        "Y\n",
        "alias\n",
        "comment\n",
        "2026-01-01 (\n  assets:a  1\n  income:b\n",
        "2026-01-01 x\n  assets:a  %\n  assets:b\n",
        "2026-01-01 x\n  assets:a = \n  assets:b\n",
    ] {
        let _ = read(text).map(entries);
        let _ = crate::import::beancount::read(text).map(entries);
    }
}

/// Worked examples of hledger's tags: nestegg's own `; a:, b:`, values
/// (left), a word before the colon in prose, times, full-width colons (not
/// hledger's: no tag).
#[test]
fn tags_read_as_hledger_reads_them() {
    assert_eq!(tags_in(" 出差:, 旅行:"), ["出差", "旅行"]);
    assert_eq!(tags_in("trip:japan, city: Tokyo"), ["trip", "city"]);
    assert_eq!(tags_in("met Bob about rent: paid"), ["rent"]);
    assert_eq!(tags_in("at 12:30, no tag"), Vec::<String>::new());
    assert_eq!(tags_in("会议：小王"), Vec::<String>::new());
    assert_eq!(tags_in(""), Vec::<String>::new());
}
