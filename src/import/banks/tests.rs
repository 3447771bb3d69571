//! Each bank's fixture (tests/fixtures/banks), told from its header and
//! read to entries; and the mapping's parts one by one.

use super::*;
use crate::import::{self, Direction, MapField, Preset, table};

/// A fixture's bytes, built into the test (core code reads no files).
fn fixture(name: &str) -> Vec<u8> {
    let bytes: &[u8] = match name {
        "cmb.csv" => include_bytes!("../../../tests/fixtures/banks/cmb.csv"),
        "cmb_credit.csv" => include_bytes!("../../../tests/fixtures/banks/cmb_credit.csv"),
        "icbc.csv" => include_bytes!("../../../tests/fixtures/banks/icbc.csv"),
        "abc.csv" => include_bytes!("../../../tests/fixtures/banks/abc.csv"),
        "ccb.csv" => include_bytes!("../../../tests/fixtures/banks/ccb.csv"),
        "boc.csv" => include_bytes!("../../../tests/fixtures/banks/boc.csv"),
        "bocom.csv" => include_bytes!("../../../tests/fixtures/banks/bocom.csv"),
        "cgb_credit.csv" => include_bytes!("../../../tests/fixtures/banks/cgb_credit.csv"),
        other => panic!("no fixture {other}"),
    };
    bytes.to_vec()
}

/// (date, amount, payee) of one entry.
type Read = (String, i64, String);

/// Each entry, and the skipped and invalid lines.
fn read(name: &str, preset: Preset) -> (Vec<Read>, Vec<usize>, Vec<usize>) {
    let p = import::parse(&fixture(name), None, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(p.preset, preset, "{name}");
    let rows = p.entries.iter().map(|e| (e.date.to_string(), e.amount, e.payee.clone())).collect();
    (rows, p.skipped.iter().map(|s| s.line).collect(), p.invalid.iter().map(|s| s.line).collect())
}

fn row(date: &str, amount: i64, payee: &str) -> (String, i64, String) {
    (date.to_owned(), amount, payee.to_owned())
}

#[test]
fn every_bank_is_told_from_its_header_and_its_cells_are_its_own() {
    for b in &BANKS {
        for other in &BANKS {
            let m = other.mapping();
            let mut cells: Vec<String> = other.cells.iter().map(|c| (*c).to_owned()).collect();
            cells.extend(MapField::ALL.into_iter().filter_map(|f| m.column(f)).map(str::to_owned));
            let header = table::Row { line: 1, cells };
            assert_eq!(
                b.detect(std::slice::from_ref(&header)),
                b.name == other.name,
                "{} on {}'s header",
                b.name,
                other.name
            );
        }
        // A header lacking a column the bank's mapping names is not the bank's.
        let cut = table::Row { line: 1, cells: b.cells.iter().map(|c| (*c).to_owned()).collect() };
        let whole = MapField::ALL
            .into_iter()
            .filter_map(|f| b.mapping().column(f).map(str::to_owned))
            .all(|c| cut.cells.contains(&c));
        assert_eq!(b.detect(&[cut]), whole, "{}", b.name);
        assert!(Preset::named(b.name).is_some(), "{}", b.name);
    }
}

#[test]
fn cmb_a_zero_row_is_skipped_and_a_dollar_row_keeps_its_currency() {
    let (rows, skipped, invalid) = read("cmb.csv", Preset::Cmb);
    assert_eq!(
        rows,
        [
            row("2026-10-08", 800_000, "鹤岗某公司"),
            row("2026-10-09", -150_000, "房东李四"),
            row("2026-10-12", -3_550, "美团"),
            row("2026-10-20", -2_000, "AMAZON"),
        ]
    );
    assert_eq!((skipped, invalid), (vec![8], vec![]));
    let p = import::parse(&fixture("cmb.csv"), None, None).unwrap();
    assert_eq!(p.entries[3].currency.as_deref(), Some("USD"));
    assert_eq!(p.entries[0].currency.as_deref(), Some("CNY"));
}

#[test]
fn cmb_credit_dates_take_the_statements_year_across_new_year() {
    let (rows, skipped, invalid) = read("cmb_credit.csv", Preset::CmbCredit);
    // 12/22 and 12/31 are 2025 (the period ends 2026-01-19); positive is spending.
    assert_eq!(
        rows,
        [
            row("2025-12-22", -19_900, "京东商城"),
            row("2025-12-31", -2_350, "滴滴出行"),
            row("2026-01-10", 5_000, "退款-京东商城")
        ]
    );
    // The repayment is a transfer, skipped; the refund is a refund.
    assert_eq!((skipped, invalid), (vec![6], vec![]));
    let p = import::parse(&fixture("cmb_credit.csv"), None, None).unwrap();
    assert_eq!(p.entries[2].direction, Direction::Refund);
}

#[test]
fn icbc_abc_ccb_boc_bocom_and_cgb_read_their_layouts() {
    let (rows, skipped, invalid) = read("icbc.csv", Preset::Icbc);
    assert_eq!(
        rows,
        [
            row("2026-10-10", 500_000, "某单位"),
            row("2026-10-11", -28_640, "大润发"),
            row("2026-10-15", -120_000, "房东")
        ]
    );
    // 人民币合计 is a total, no transaction.
    assert_eq!((skipped, invalid), (vec![8], vec![]));
    let (rows, _, invalid) = read("abc.csv", Preset::Abc);
    assert_eq!(
        rows,
        [
            row("2026-10-03", 450_000, "某公司"),
            row("2026-10-05", -1_800, "饺子馆"),
            row("2026-10-06", -200, "公交公司")
        ]
    );
    assert!(invalid.is_empty());
    let (rows, _, invalid) = read("ccb.csv", Preset::Ccb);
    assert_eq!(
        rows,
        [
            row("2026-10-10", 600_000, "某单位"),
            row("2026-10-12", -8_800, "永辉超市"),
            row("2026-10-18", -12_050, "国网电力")
        ]
    );
    assert!(invalid.is_empty());
    let (rows, _, _) = read("boc.csv", Preset::Boc);
    assert_eq!(rows, [row("2026-10-02", 300_000, "某公司"), row("2026-10-04", -6_660, "海底捞")]);
    let (rows, _, _) = read("bocom.csv", Preset::Bocom);
    assert_eq!(
        rows,
        [row("2026-10-01", 700_000, "某公司"), row("2026-10-02", -4_500, "餐厅"), row("2026-10-03", -30_000, "电信")]
    );
    let (rows, skipped, _) = read("cgb_credit.csv", Preset::CgbCredit);
    assert_eq!(rows, [row("2026-10-03", -29_900, "优衣库"), row("2026-10-09", -6_000, "电影院")]);
    assert_eq!(skipped, [4], "the repayment");
}

fn parse_with(bill: &str, map: &str) -> import::Parsed {
    import::parse(bill.as_bytes(), None, Some(&Mapping::parse(map).unwrap())).unwrap()
}

#[test]
fn a_mapping_finds_its_header_flips_signs_and_reads_directions() {
    let bill = "户名,张三\n日期,金额,方向,对方\n2026-10-01,10.00,借,a\n2026-10-02,5.00,贷,b\n2026-10-03,1.00,??,c\n";
    // By a cell of the header; by lines skipped.
    let p = parse_with(bill, "header=日期,date=日期,amount=金额,dc=方向,payee=对方");
    assert_eq!(p.entries.iter().map(|e| e.amount).collect::<Vec<_>>(), [-1_000, 500]);
    assert!(p.invalid[0].reason.contains("'??'"), "{:?}", p.invalid);
    let p = parse_with(bill, "skip=1,date=1,amount=2,dc=3:借|D/贷|C,payee=4");
    assert_eq!(p.entries.iter().map(|e| e.amount).collect::<Vec<_>>(), [-1_000, 500]);
    // sign=-: positive is money out.
    let p = parse_with("日期,金额\n2026-10-01,10.00\n2026-10-02,-3.00\n", "date=日期,amount=金额,sign=-");
    assert_eq!(p.entries.iter().map(|e| e.amount).collect::<Vec<_>>(), [-1_000, 300]);
    assert_eq!(p.entries[1].direction, Direction::Refund, "money into a card is a refund");
    // MM/DD with year=.
    let p = parse_with("日期,金额\n10/01,-1.00\n", "date=日期,amount=金额,year=2025");
    assert_eq!(p.entries[0].date.to_string(), "2025-10-01");
    let m = Mapping { date_format: Some("%m/%d".into()), ..Mapping::parse("date=日期,amount=金额").unwrap() };
    let p = import::parse("日期,金额\n10/01,-1.00\n".as_bytes(), None, Some(&m)).unwrap();
    assert!(p.invalid.first().is_some_and(|i| i.reason.contains("year=YYYY")), "{p:?}");
    // A currency nobody knows is refused per row.
    let p =
        parse_with("日期,金额,币种\n2026-10-01,-1.00,火星币\n2026-10-02,-2.00,港币\n", "date=1,amount=2,currency=3");
    assert_eq!((p.invalid.len(), p.entries[0].currency.as_deref()), (1, Some("HKD")));
    // Round trip of the written form, and the old saved form still reads.
    let m = Mapping::parse("date=D,out=O,in=I,header=D,skip=2,sign=-,year=2026,currency=C").unwrap();
    assert_eq!(m.spec(), "date=D,debit=O,credit=I,currency=C,header=D,skip=2,sign=-,year=2026");
    let old: Mapping = serde_json::from_str(r#"{"date":"D","amount":"A"}"#).unwrap();
    assert_eq!(old.spec(), "date=D,amount=A");
    assert!(Mapping::parse("date=D,dc=X").unwrap_err().contains("amount="));
    assert!(Mapping::parse("date=D,amount=A,dc=X:借").unwrap_err().contains("dc=COLUMN:OUT/IN"));
    assert!(Mapping::parse("date=D,amount=A,sign=?").is_err() && Mapping::parse("date=D,amount=A,skip=x").is_err());
}

#[test]
fn one_way_rows_with_an_unmapped_direction_column_warn() {
    let bill = "日期,金额,借贷标志,对方\n2026-10-01,10.00,借,a\n2026-10-02,5.00,贷,b\n";
    let p = parse_with(bill, "date=日期,amount=金额,payee=对方");
    assert_eq!(p.warnings.len(), 1);
    assert!(
        p.warnings[0].contains("all 2 rows read as money in") && p.warnings[0].contains("借贷标志"),
        "{:?}",
        p.warnings
    );
    // Mapped, no warning; rows both ways, no warning.
    assert!(parse_with(bill, "date=日期,amount=金额,dc=借贷标志,payee=对方").warnings.is_empty());
    assert!(
        parse_with("日期,金额,借贷\n2026-10-01,10.00,x\n2026-10-02,-5.00,y\n", "date=1,amount=2").warnings.is_empty()
    );
}

#[test]
fn a_statement_states_its_period_above_the_table() {
    let rows = |t: &str| table::rows(t).unwrap();
    let end = |t: &str| presets::statement_end(&rows(t)).map(|d| d.to_string());
    assert_eq!(end("账单周期 2025/12/20-2026/01/19\n").as_deref(), Some("2026-01-19"));
    assert_eq!(end("起始日期:[20261001] 终止日期:[20261031]\n").as_deref(), Some("2026-10-31"));
    assert_eq!(end("卡号 6222021234567890\n"), None, "a card number is no date");
    assert_eq!(end("2026年3月5日\n").as_deref(), Some("2026-03-05"));
}
