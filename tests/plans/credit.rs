//! Issue 27's credit lines from their worked examples, computed by hand in
//! the comments: a 花呗's bill and due day, what it owes against its
//! limit, the savings rate that counts purchases and never repayments; a
//! card's purchase in 3 instalments with a fee; refusals that write
//! nothing; and the accounts screen showing a card's bill, its terms set
//! from the screen's form (`c`).

use crate::common;

use std::path::Path;

use chrono::NaiveDate;
use clap::Parser;
use common::{Session, dump_file, keys};
use nestegg::cli;
use nestegg::text::{self, Lang};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// `nestegg --db DB args…` in-process on `today`, in `lang`.
fn run_in(db: &Path, today: &str, lang: Lang, args: &[&str]) -> Result<String, String> {
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = cli::Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let now = day(today).and_hms_opt(12, 0, 0).unwrap();
    let mut out = Vec::new();
    text::in_lang(lang, || cli::run(parsed.command.as_ref().expect("a command"), db, now, &mut out))
        .map_err(|e| text::in_lang(lang, || e.to_string()))?;
    Ok(String::from_utf8(out).unwrap())
}

fn at(db: &Path, today: &str, args: &[&str]) -> String {
    run_in(db, today, Lang::En, args).unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
}

/// A refusal containing `needle` that leaves every table as it was.
fn refused(db: &Path, today: &str, args: &[&str], needle: &str) {
    let before = dump_file(db);
    let err = run_in(db, today, Lang::En, args).expect_err("refused");
    assert!(err.contains(needle), "{args:?}: {err:?} lacks {needle:?}");
    assert_eq!(dump_file(db), before, "{args:?} wrote something");
}

/// The line of `accounts` that names `name`.
fn listed(db: &Path, today: &str, name: &str) -> String {
    let out = at(db, today, &["accounts"]);
    let line = out.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in\n{out}"));
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The savings rate of `month` in `report monthly --format csv`.
fn month_row(db: &Path, month: &str) -> String {
    let csv = at(db, "2026-12-06", &["report", "monthly", "--format", "csv"]);
    csv.lines().find(|l| l.starts_with(month)).unwrap_or_else(|| panic!("no {month} in {csv}")).to_owned()
}

fn ledger() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    at(&db, "2026-10-01", &["accounts"]);
    (dir, db)
}

/// 花呗 with a limit of 5,000.00, statement day 1, due day 9; purchases of
/// 120.00 (Oct 3) and 35.50 (Oct 20); a salary of 5,000.00 each month; the
/// Nov 5 repayment of 100.00 is a transfer from the bank card.
fn huabei() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = ledger();
    at(&db, "2026-10-01", &["accounts", "add", "花呗", "--kind", "credit"]);
    let set = at(
        &db,
        "2026-10-01",
        &["accounts", "credit", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "9"],
    );
    assert!(set.starts_with("花呗: limit ¥5,000.00, a statement on day 1 of each month, due on day 9"), "{set}");
    at(&db, "2026-10-03", &["add", "120", "-c", "food", "-a", "花呗", "-p", "超市", "-d", "2026-10-03"]);
    at(&db, "2026-10-20", &["add", "35.50", "-c", "food", "-a", "花呗", "-p", "奶茶", "-d", "2026-10-20"]);
    at(&db, "2026-10-10", &["add", "5000", "-c", "salary", "-d", "2026-10-10"]);
    at(&db, "2026-11-10", &["add", "5000", "-c", "salary", "-d", "2026-11-10"]);
    (dir, db)
}

#[test]
fn the_huabei_bill_of_november_first_and_what_is_still_due() {
    let (_dir, db) = huabei();
    // Oct 25: the Oct 1 statement billed nothing; the Nov 1 one so far
    // 120.00 + 35.50 = 155.50. Owed 155.50 of 5,000.00.
    assert_eq!(
        listed(&db, "2026-10-25", "花呗"),
        "花呗 credit CNY -¥155.50 next bill ¥155.50 on 2026-11-01 · owed ¥155.50 of ¥5,000.00"
    );
    // Nov 3: the Nov 1 bill is 155.50, due Nov 9 (day 9 comes after day 1: the same month).
    assert_eq!(
        listed(&db, "2026-11-03", "花呗"),
        "花呗 credit CNY -¥155.50 bill ¥155.50 due 2026-11-09 · owed ¥155.50 of ¥5,000.00"
    );
    // Available before the repayment: 5,000.00 - 155.50 = 4,844.50.
    let cards = nestegg::ops::credit::bills(&nestegg::store::Store::open(&db).unwrap(), day("2026-11-03")).unwrap();
    assert_eq!((cards[0].bill.available, cards[0].bill.due), (484_450, 15_550));
    // The repayment of 100.00 on Nov 5: 155.50 - 100.00 = 55.50 still due.
    at(&db, "2026-11-05", &["transfer", "100", "--from", "Bank card", "--to", "花呗", "-d", "2026-11-05"]);
    assert_eq!(
        listed(&db, "2026-11-06", "花呗"),
        "花呗 credit CNY -¥55.50 bill ¥55.50 due 2026-11-09 · owed ¥55.50 of ¥5,000.00"
    );
    // Past the due day with 55.50 unpaid: overdue.
    assert!(listed(&db, "2026-11-10", "花呗").contains("bill ¥55.50 overdue since 2026-11-09"));
    // In Chinese.
    let zh = run_in(&db, "2026-11-06", Lang::Zh, &["accounts"]).unwrap();
    assert!(zh.contains("账单 ¥55.50，2026-11-09 到期 · 已用 ¥55.50 / 额度 ¥5,000.00"), "{zh}");
}

#[test]
fn purchases_are_spending_when_made_and_the_repayment_never_is() {
    let (_dir, db) = huabei();
    at(&db, "2026-11-05", &["transfer", "100", "--from", "Bank card", "--to", "花呗", "-d", "2026-11-05"]);
    // October: 5,000.00 in, 155.50 spent on the card: 4,844.50 saved, 96.89 %.
    assert_eq!(month_row(&db, "2026-10"), "2026-10,5000.00,0.00,155.50,4844.50,0.9689");
    // November: the 100.00 repayment is a transfer: nothing spent, 100 %.
    assert_eq!(month_row(&db, "2026-11"), "2026-11,5000.00,0.00,0.00,5000.00,1.0000");
}

/// A card: limit 10,000.00, statement day 5, due day 25; `amount` bought on
/// Oct 10 and made into 3 instalments with a fee of 15.00 on Oct 20.
fn card(amount: &str) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let (dir, db) = ledger();
    at(&db, "2026-10-01", &["accounts", "add", "招行信用卡", "--kind", "credit"]);
    at(
        &db,
        "2026-10-01",
        &["accounts", "credit", "招行", "--limit", "10000", "--statement-day", "5", "--due-day", "25"],
    );
    let added =
        at(&db, "2026-10-10", &["add", amount, "-c", "clothing", "-a", "招行", "-p", "电脑", "-d", "2026-10-10"]);
    let id = added.trim_start_matches("added #").split(':').next().unwrap().to_owned();
    (dir, db, id)
}

#[test]
fn each_bill_of_three_instalments_carries_a_third_and_the_fee() {
    let (_dir, db, id) = card("3000");
    let made = at(&db, "2026-10-20", &["instalments", &id, "3", "--fee", "15"]);
    assert!(
        made.starts_with(&format!(
            "#{id} in 3 instalments: ¥1,000.00 of principal on each statement from 2026-11-05 (the remainder on the last)\n\
             a fee of ¥15.00 a month is posted as spending on the card by recurring rule instalment fee #{id}"
        )),
        "{made}"
    );
    // Oct 20: the Nov 5 statement so far bills a third, 1,000.00; all 3,000.00 left.
    assert_eq!(
        listed(&db, "2026-10-20", "招行"),
        "招行信用卡 credit CNY -¥3,000.00 next bill ¥1,000.00 on 2026-11-05 · owed ¥3,000.00 of ¥10,000.00 · instalments ¥3,000.00 left"
    );
    // Nov 6 (the fee of Nov 5 posted at start): owed 3,000.00 + 15.00 =
    // 3,015.00, less the 2,000.00 not yet billed: 1,015.00, due Nov 25.
    assert_eq!(
        listed(&db, "2026-11-06", "招行"),
        "招行信用卡 credit CNY -¥3,015.00 bill ¥1,015.00 due 2026-11-25 · owed ¥3,015.00 of ¥10,000.00 · instalments ¥2,000.00 left"
    );
    let list = at(&db, "2026-11-06", &["instalments"]);
    let row = list.lines().nth(1).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(row, format!("{id} 2026-10-10 电脑 招行信用卡 ¥3,000.00 3 1 ¥15.00 ¥2,000.00"));
    // Repaid in full on Nov 20; Dec 6: 3,015.00 - 1,015.00 + 15.00 = 2,015.00
    // owed, less 1,000.00 not yet billed: 1,015.00 again.
    at(&db, "2026-11-20", &["transfer", "1015", "--from", "Bank card", "--to", "招行", "-d", "2026-11-20"]);
    assert_eq!(
        listed(&db, "2026-12-06", "招行"),
        "招行信用卡 credit CNY -¥2,015.00 bill ¥1,015.00 due 2026-12-25 · owed ¥2,015.00 of ¥10,000.00 · instalments ¥1,000.00 left"
    );
    // Repaid on Dec 20; Jan 6: 2,015.00 - 1,015.00 + 15.00 = 1,015.00, all billed.
    at(&db, "2026-12-20", &["transfer", "1015", "--from", "Bank card", "--to", "招行", "-d", "2026-12-20"]);
    assert_eq!(
        listed(&db, "2027-01-06", "招行"),
        "招行信用卡 credit CNY -¥1,015.00 bill ¥1,015.00 due 2027-01-25 · owed ¥1,015.00 of ¥10,000.00"
    );
    // Three fees, no more: the rule posts N times. October's spending is the
    // purchase once; each month after has its fee (15.00) only.
    let fees = at(&db, "2027-03-01", &["ls", "--format", "csv"]).lines().filter(|l| l.contains("-15.00")).count();
    assert_eq!(fees, 3);
    assert!(month_row(&db, "2026-10").starts_with("2026-10,0.00,0.00,3000.00,"));
    assert!(month_row(&db, "2026-11").starts_with("2026-11,0.00,0.00,15.00,"));
}

#[test]
fn a_principal_that_does_not_divide_puts_the_remainder_on_the_last() {
    // 3,000.01 in 3: 1,000.00, 1,000.00, then 1,000.01.
    let (_dir, db, id) = card("3000.01");
    let made = at(&db, "2026-10-20", &["instalments", &id, "3"]);
    assert!(made.starts_with(&format!("#{id} in 3 instalments: ¥1,000.00 of principal")), "{made}");
    assert!(!made.contains("fee"), "{made}");
    // After the first statement 2,000.01 is left; after the second, 1,000.01.
    assert!(listed(&db, "2026-11-06", "招行").ends_with("instalments ¥2,000.01 left"));
    assert!(listed(&db, "2026-12-06", "招行").ends_with("instalments ¥1,000.01 left"));
    // The third bill, nothing repaid: 3,000.01 owed, all of it billed.
    assert!(listed(&db, "2027-01-06", "招行").contains("bill ¥3,000.01 due 2027-01-25"));
}

#[test]
fn instalments_are_one_undo_step() {
    let (_dir, db, id) = card("3000");
    let before = dump_file(&db);
    // Made on Dec 6: the fees of Nov 5 and Dec 5 are posted in the same step.
    let made = at(&db, "2026-12-06", &["instalments", &id, "3", "--fee", "15"]);
    assert!(made.ends_with("2 fees already due were posted\n"), "{made}");
    assert_eq!(at(&db, "2026-12-06", &["undo"]).trim(), format!("undid: #{id} in 3 instalments"));
    // The plan, its rule and the fees it posted are gone; the undo log keeps
    // the step for redo, and ids are never reused (sqlite_sequence).
    let kept = |rows: Vec<String>| -> Vec<String> {
        rows.into_iter().filter(|r| !r.starts_with("undo_") && !r.starts_with("sqlite_sequence")).collect()
    };
    let (after, before) = (kept(dump_file(&db)), kept(before));
    assert_eq!(after, before);
    let zh = run_in(&db, "2026-12-06", Lang::Zh, &["redo"]).unwrap();
    assert_eq!(zh.trim(), format!("已重做：把 #{id} 分 3 期"));
}

#[test]
fn refusals_write_nothing() {
    let (_dir, db, id) = card("3000");
    let t = "2026-10-20";
    refused(
        &db,
        t,
        &["accounts", "credit", "Cash", "--limit", "1", "--statement-day", "1", "--due-day", "2"],
        "Cash is not a credit account",
    );
    refused(
        &db,
        t,
        &["accounts", "credit", "招行", "--limit", "0", "--statement-day", "1", "--due-day", "2"],
        "a credit limit must be more than zero",
    );
    refused(
        &db,
        t,
        &["accounts", "credit", "招行", "--limit", "1", "--statement-day", "29", "--due-day", "2"],
        "day 29 is not in every month: give a day from 1 to 28",
    );
    refused(&db, t, &["instalments", &id, "1"], "1 instalments: give 2 to 360");
    // Income on the card is not a purchase, nor is a transfer.
    at(&db, t, &["add", "20", "-c", "salary", "-a", "招行", "-d", "2026-10-12"]);
    let income = at(&db, t, &["ls", "--format", "csv", "--limit", "1"])
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    refused(&db, t, &["instalments", &income, "3"], "is not a purchase");
    let moved = at(&db, t, &["transfer", "50", "--from", "Bank card", "--to", "招行", "-d", "2026-10-13"]);
    let leg = moved.split('#').nth(1).unwrap().split(',').next().unwrap().to_owned();
    refused(&db, t, &["instalments", &leg, "3"], "is not a purchase");
    // A purchase from a bank card, and one on a card with no terms.
    let bank = at(&db, t, &["add", "30", "-c", "food", "-a", "Bank card", "-d", "2026-10-14"]);
    let bank = bank.trim_start_matches("added #").split(':').next().unwrap().to_owned();
    refused(&db, t, &["instalments", &bank, "3"], "which is not a credit account");
    at(&db, t, &["accounts", "add", "白条", "--kind", "credit"]);
    let jd = at(&db, t, &["add", "30", "-c", "food", "-a", "白条", "-d", "2026-10-14"]);
    let jd = jd.trim_start_matches("added #").split(':').next().unwrap().to_owned();
    refused(&db, t, &["instalments", &jd, "3"], "白条 has no credit terms yet");
    // Twice is refused too.
    at(&db, t, &["instalments", &id, "3"]);
    refused(&db, t, &["instalments", &id, "6"], "is already paid in instalments");
    refused(&db, t, &["instalments", "9999", "3"], "9999");
}

fn screen_at(s: &Session, script: &str, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let app =
        nestegg::tui::run_app(&mut terminal, &mut s.store(), common::today(), &mut keys(script).into_iter()).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    common::screen(&terminal)
}

/// The interface on 2026-11-28: 花呗 (statement day 20, due day 8) with
/// purchases of 120.00 (Oct 25) and 35.50 (Nov 3): the Nov 20 statement
/// bills 155.50, due Dec 8 (day 8 is before day 20: the next month).
#[test]
fn the_accounts_screen_shows_the_bill_and_sets_the_terms() {
    let s = Session::new();
    let now = common::today().and_hms_opt(12, 0, 0).unwrap();
    for line in [
        "accounts add 花呗 --kind credit",
        "add 120 -c food -a 花呗 -d 2026-10-25",
        "add 35.50 -c food -a 花呗 -d 2026-11-03",
    ] {
        let ran = cli::inside::run_line(line, &s.path, now);
        assert!(ran.ok, "{line}: {}", ran.output);
    }
    // 花呗 is the fifth account: `c` opens its form at the limit.
    let text = screen_at(&s, "@jjjjc5000<Tab>20<Tab>8<Enter>", (80, 24));
    assert!(text.contains("花呗: bill ¥155.50 due 2026-12-08 · owed ¥155.50 of ¥5,000.00"), "{text}");
    // A second run reads it from the ledger; the form shows the terms as they are.
    let text = screen_at(&s, "@jjjjc", (80, 24));
    assert!(text.contains("Credit terms of 花呗") && text.contains("5000.00"), "{text}");
    // Narrow, the line wraps rather than being cut; and in Chinese.
    let text = screen_at(&s, "@", (60, 20));
    assert!(text.contains("花呗: bill ¥155.50 due 2026-12-08 · owed"), "{text}");
    let zh = text::in_lang(Lang::Zh, || screen_at(&s, "@", (80, 24)));
    assert!(zh.contains("“花呗”：账单 ¥155.50，2026-12-08 到期 · 已用 ¥155.50 / 额度 ¥5,000.00"), "{zh}");
    // `?` on the screen names the key, in both languages.
    let help = screen_at(&s, "@?", (120, 40));
    assert!(help.contains("the selected credit account's terms: limit,"), "{help}");
    let help = text::in_lang(Lang::Zh, || screen_at(&s, "@?", (120, 40)));
    assert!(help.contains("所选信用账户的额度"), "{help}");
    // On a bank card `c` opens no form: the refusal shows at once, and
    // nothing is written.
    let text = screen_at(&s, "@c", (80, 24));
    assert!(text.contains("Bank card is not a credit account") && !text.contains("Credit terms of"), "{text}");
    assert_eq!(s.store().credit_terms().unwrap().len(), 1);
}

#[test]
fn a_purchase_deleted_takes_its_plan_and_undo_brings_both_back() {
    let (_dir, db, id) = card("3000");
    at(&db, "2026-10-20", &["instalments", &id, "3"]);
    at(&db, "2026-10-20", &["rm", &id]);
    assert!(at(&db, "2026-10-20", &["instalments"]).starts_with("no purchase is paid in instalments"));
    at(&db, "2026-10-20", &["undo"]);
    assert!(at(&db, "2026-10-20", &["instalments"]).contains("¥3,000.00"));
    // The terms taken away and back: one undo step each; the ledger checks clean.
    let gone = at(&db, "2026-10-20", &["accounts", "credit", "招行", "--none"]);
    assert_eq!(gone.trim(), "招行信用卡 has no credit terms now: no bill is shown for it");
    assert!(!at(&db, "2026-10-20", &["accounts"]).contains("BILL"));
    assert_eq!(at(&db, "2026-10-20", &["undo"]).trim(), "undid: credit terms of 招行信用卡");
    assert!(listed(&db, "2026-10-20", "招行").contains("owed ¥3,000.00 of ¥10,000.00"));
    let check = run_in(&db, "2026-10-20", Lang::En, &["check"]);
    assert!(check.is_ok(), "{check:?}");
}

/// A fee's rule goes with its purchase: a purchase deleted no longer
/// charges 15.00 a month; undo brings the purchase, its plan and the rule
/// back in one step.
#[test]
fn a_purchase_deleted_takes_its_fee_rule_too() {
    let (_dir, db, id) = card("3000");
    at(&db, "2026-10-20", &["instalments", &id, "3", "--fee", "15"]);
    let rule = format!("instalment fee #{id}");
    assert!(at(&db, "2026-10-20", &["recurring", "list"]).contains(&rule));
    at(&db, "2026-10-20", &["rm", &id]);
    assert!(!at(&db, "2026-10-20", &["recurring", "list"]).contains(&rule));
    // Nothing is posted on the card's next statement days.
    let later = at(&db, "2027-03-01", &["ls", "--format", "csv"]);
    assert!(!later.contains("-15.00"), "{later}");
    at(&db, "2027-03-01", &["undo"]);
    assert!(at(&db, "2026-10-20", &["recurring", "list"]).contains(&rule));
    assert!(at(&db, "2026-10-20", &["instalments"]).contains("¥3,000.00"));
}

/// A purchase in instalments stays a purchase on its card: moving it to the
/// bank card, or making it income, is refused with the way to cancel the
/// instalments first, and nothing is written.
#[test]
fn a_purchase_in_instalments_stays_on_its_card() {
    let (_dir, db, id) = card("3000");
    at(&db, "2026-10-20", &["instalments", &id, "3", "--fee", "15"]);
    let why = format!("#{id} is paid in 3 instalments on 招行信用卡: it stays a purchase on that card");
    refused(&db, "2026-10-20", &["edit", &id, "--account", "Bank card"], &why);
    refused(&db, "2026-10-20", &["edit", &id, "--category", "salary"], &why);
    // Its amount and note may change: the plan follows the row.
    at(&db, "2026-10-20", &["edit", &id, "--amount", "2400", "--note", "打折"]);
    assert!(listed(&db, "2026-10-20", "招行").contains("next bill ¥800.00 on 2026-11-05"));
}

/// `instalments ID --none`: the plan and its fee's rule go, the fees posted
/// stay, and the next bill carries all that is left. On Dec 6, after the Nov
/// 5 statement (1,000.00 + 15.00 billed, unpaid) and the Dec 5 fee: owed
/// 3,000.00 + 15.00 + 15.00 = 3,030.00, all of it billed now. One undo step.
#[test]
fn instalments_cancelled_bill_what_is_left() {
    let (_dir, db, id) = card("3000");
    at(&db, "2026-10-20", &["instalments", &id, "3", "--fee", "15"]);
    assert!(listed(&db, "2026-12-06", "招行").contains("instalments ¥1,000.00 left"));
    let done = at(&db, "2026-12-06", &["instalments", &id, "--none"]);
    assert_eq!(
        done,
        format!(
            "#{id} is no longer paid in instalments (3 cancelled): its next bill carries what is left of it\n\
             the fee's rule instalment fee #{id} is gone too (the fees it posted stay)\n"
        )
    );
    assert!(at(&db, "2026-12-06", &["instalments"]).starts_with("no purchase is paid in instalments"));
    assert!(!at(&db, "2026-12-06", &["recurring", "list"]).contains("instalment fee"));
    let fees = at(&db, "2026-12-06", &["ls", "--format", "csv"]).lines().filter(|l| l.contains("-15.00")).count();
    assert_eq!(fees, 2);
    // The Dec 5 statement now bills the whole 3,030.00.
    let now = listed(&db, "2026-12-06", "招行");
    assert!(now.contains("bill ¥3,030.00 due 2026-12-25") && !now.contains("instalments"), "{now}");
    assert_eq!(at(&db, "2026-12-06", &["undo"]).trim(), format!("undid: #{id} out of instalments"));
    assert!(listed(&db, "2026-12-06", "招行").contains("instalments ¥1,000.00 left"));
    // Refusals: a purchase not in instalments; --none without an ID; an ID without N.
    refused(&db, "2026-12-06", &["instalments", "9999", "--none"], "#9999 is not paid in instalments");
    let bare = run_in(&db, "2026-12-06", Lang::En, &["instalments", "--none"]).unwrap_err();
    assert!(bare.contains("--none needs the purchase's ID"), "{bare}");
    let no_n = run_in(&db, "2026-12-06", Lang::En, &["instalments", &id]).unwrap_err();
    assert!(no_n.contains("how many instalments?"), "{no_n}");
}

/// Owing more than the limit says by how much: 10,000.00 of limit and
/// 10,250.00 owed is 250.00 over.
#[test]
fn a_card_past_its_limit_says_by_how_much() {
    let (_dir, db, _id) = card("3000");
    at(&db, "2026-10-20", &["add", "7250", "-c", "food", "-a", "招行", "-d", "2026-10-15"]);
    let line = listed(&db, "2026-10-20", "招行");
    assert!(line.ends_with("owed ¥10,250.00 of ¥10,000.00 · over the limit by ¥250.00"), "{line}");
}

/// A day outside 1–28 and a limit below zero are refused in words, in the
/// reader's language, never as the parser's notation; nothing is written.
#[test]
fn bad_terms_are_refused_in_words() {
    let (_dir, db, _id) = card("3000");
    let terms = |limit: &str, statement: &str| {
        ["accounts", "credit", "招行", "--limit", limit, "--statement-day", statement, "--due-day", "25"]
            .map(str::to_owned)
    };
    let args = terms("10000", "0");
    refused(
        &db,
        "2026-10-20",
        &args.each_ref().map(String::as_str),
        "day 0 is not in every month: give a day from 1 to 28",
    );
    let args = terms("-5", "5");
    refused(&db, "2026-10-20", &args.each_ref().map(String::as_str), "a credit limit must be more than zero");
    let zh = run_in(&db, "2026-10-20", Lang::Zh, &terms("10000", "31").each_ref().map(String::as_str)).unwrap_err();
    assert_eq!(zh, "31 日并非每月都有：请给 1 到 28 之间的日子");
}

/// A purchase that takes a card past its limit says so, once, as it
/// crosses: 3,000.00 owed of 10,000.00, then 7,250.00 more is 10,250.00.
#[test]
fn a_purchase_past_the_limit_says_so_as_it_crosses() {
    let (_dir, db, _id) = card("3000");
    let out = at(&db, "2026-10-20", &["add", "7250", "-c", "food", "-a", "招行", "-d", "2026-10-15"]);
    assert!(out.ends_with("招行信用卡 is now over its limit: it owes ¥10,250.00 of ¥10,000.00\n"), "{out}");
    let again = at(&db, "2026-10-20", &["add", "10", "-c", "food", "-a", "招行", "-d", "2026-10-16"]);
    assert!(!again.contains("over its limit"), "{again}");
    let zh = run_in(&db, "2026-10-20", Lang::Zh, &["add", "-20", "-c", "food", "-a", "招行"]).unwrap();
    assert!(!zh.contains("超出额度"), "a refund never crosses: {zh}");
}
