//! Exports: a plain-text accounting journal that hledger and ledger-cli read
//! unchanged. Takes transactions (oldest first) and writes text to any
//! writer; no SQL, no terminal.
//!
//! Accounts: `assets:<account>` (`liabilities:<account>` for a loan
//! account), `income:<category>`, `expenses:housing:<category>`,
//! `expenses:<category>`. Amounts carry the
//! ISO code as a prefix commodity (`CNY -25.00`), declared once at the top so
//! both tools show them alike. A transfer is one entry with two asset postings.
//! Names map to accounts one to one (`%XX` escapes for what the format
//! cannot hold), so distinct accounts and categories stay distinct.
//!
//! What the household has comes in as [`Extra`] entries, written in date
//! order among the transactions: an opening balance (or a balance brought
//! forward into a journal that starts later) is a balance assignment
//! against `equity:opening balances`, before its day's transactions; a
//! valuation posts its change against `equity:changes in value` and a
//! reconciliation its adjustment against `equity:adjustments`, each after
//! its day's transactions with a balance assertion (`= CNY 82474.50`) of
//! nestegg's balance then; a loan with terms is drawn against
//! `equity:opening balances` and each payment due lowers it by its
//! principal against `equity:loan principal repaid`. So `hledger check`
//! and `ledger` accept the file, and their balances are nestegg's.
//!
//! Also how a text cell of nestegg's CSV is written ([`csv_text`]) and read
//! back ([`csv_text_read`]): a spreadsheet takes a cell starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return for a formula, so such a cell
//! is written after a `'` (OWASP's advice), and so is one that starts with
//! `'` itself, which makes the quote reversible: nestegg's import drops one
//! leading `'` before any of these, and export → import → export gives the
//! same bytes. Amounts (numbers) are never touched.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::{self, Write};

use chrono::NaiveDate;

use crate::model::{Class, Txn};
use crate::money::{Currency, Money};

/// A name as a journal account segment, one to one: two distinct names
/// never become one account. What the format cannot hold is written as
/// `%XX` (the UTF-8 bytes in hex), and `%` itself as `%25`, so the segment
/// reads back to exactly the name: `:` (it would start a sub-account),
/// control characters, and any white space but a single space inside the
/// name (two spaces or a tab end an account name, and the tools drop spaces
/// at either end). Every other name is kept as it is.
fn segment(name: &str) -> String {
    if name.is_empty() {
        // No other name gives a lone `%` (it always comes with two digits).
        return "%".into();
    }
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    for (i, &c) in chars.iter().enumerate() {
        let lone_space = c == ' ' && i > 0 && !chars[i - 1].is_whitespace() && i + 1 < chars.len();
        if c == '%' || c == ':' || c.is_control() || (c.is_whitespace() && !lone_space) {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A spending category's account: `expenses:<name>`, except that a
/// spending category named `housing` must not become the parent of the
/// housing categories (`expenses:housing:…`), so its first letter is escaped.
fn spending_account(category: &str) -> String {
    let segment = segment(category);
    match segment.strip_prefix('h') {
        Some("ousing") => "expenses:%68ousing".into(),
        _ => format!("expenses:{segment}"),
    }
}

/// One line of free text: no line breaks, no leading/trailing spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An entry's description as the tools will read it back: a leading `*`,
/// `!` or `(` would be taken for a status mark or a code, so an empty code
/// `()` goes first; `;` would start a comment, so it becomes `；`.
fn description(s: &str) -> String {
    let d = one_line(s).replace(';', "；");
    if d.starts_with(['*', '!', '(']) { format!("() {d}") } else { d }
}

/// What a spreadsheet reads as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a text cell must be written after a `'`.
fn needs_quote(cell: &str) -> bool {
    cell.starts_with(FORMULA_START) || cell.starts_with('\'')
}

/// A text cell (account, category, payee, note) as nestegg's CSV writes it:
/// after a `'` when it starts with a formula character or with `'`.
pub fn csv_text(cell: &str) -> Cow<'_, str> {
    if needs_quote(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// A text cell of nestegg's CSV as it was before [`csv_text`] wrote it.
pub fn csv_text_read(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

fn amount(minor: i64, currency: Currency) -> String {
    format!("{} {}", currency.code(), Money::new(minor, currency).plain())
}

fn amount_of(minor: Option<i64>, currency: Currency) -> Option<String> {
    minor.map(|m| amount(m, currency))
}

/// Something on a day besides transactions, for the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    pub date: NaiveDate,
    /// The account's name.
    pub account: String,
    pub currency: Currency,
    pub what: ExtraKind,
}

/// What an [`Extra`] records; balances are nestegg's (minor units, signed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraKind {
    /// An opening balance: the account holds `balance` as its day begins.
    Opening { balance: i64 },
    /// What the account held when the journal begins (a later `--from`).
    BroughtForward { balance: i64 },
    /// A valuation: its change, and the balance after the day.
    Value { change: i64, balance: i64 },
    /// A reconciliation: its adjustment (0 when it matched), the balance
    /// after the day, and the statement's figure.
    Reconcile { change: i64, balance: i64, stated: i64 },
    /// A loan with terms drawn: what it owes from then on (a size).
    LoanDrawn { principal: i64 },
    /// Payment `n` of a loan due: the principal it repays.
    LoanPaid { n: u32, principal: i64 },
}

impl Extra {
    /// Written before the day's transactions (a balance the day starts with) or after them.
    fn starts_day(&self) -> bool {
        matches!(self.what, ExtraKind::Opening { .. } | ExtraKind::BroughtForward { .. } | ExtraKind::LoanDrawn { .. })
    }
}

/// Writes journal entries as transactions arrive; holds back the first leg
/// of a transfer until its partner comes.
pub struct Journal<W: Write> {
    out: W,
    pending: HashMap<i64, Txn>,
    /// Oldest first; written as the transactions pass their day.
    extras: VecDeque<Extra>,
    /// Accounts written under `liabilities:` (loans).
    liabilities: HashSet<String>,
}

impl<W: Write> Journal<W> {
    /// Starts a journal: a header comment and one `commodity` directive per currency.
    pub fn new(mut out: W, currencies: &[Currency]) -> io::Result<Journal<W>> {
        writeln!(out, "; exported by nestegg; hledger and ledger-cli read this file as it is")?;
        for c in currencies {
            writeln!(out, "commodity {} 1000.{}", c.code(), "0".repeat(c.exponent() as usize))?;
        }
        writeln!(out)?;
        Ok(Journal { out, pending: HashMap::new(), extras: VecDeque::new(), liabilities: HashSet::new() })
    }

    /// The household's extras, to write in date order among the
    /// transactions, and the accounts that are liabilities (loans).
    pub fn with_extras(mut self, mut extras: Vec<Extra>, liabilities: HashSet<String>) -> Journal<W> {
        extras.sort_by_key(|e| (e.date, !e.starts_day()));
        self.extras = extras.into();
        self.liabilities = liabilities;
        self
    }

    fn account(&self, name: &str) -> String {
        let side = if self.liabilities.contains(name) { "liabilities" } else { "assets" };
        format!("{side}:{}", segment(name))
    }

    /// Writes the extras that come before a transaction dated `day`.
    fn extras_before(&mut self, day: NaiveDate) -> io::Result<()> {
        while let Some(e) = self.extras.front() {
            if e.date > day || (e.date == day && !e.starts_day()) {
                return Ok(());
            }
            let e = self.extras.pop_front().expect("a front");
            self.extra(&e)?;
        }
        Ok(())
    }

    fn extra(&mut self, e: &Extra) -> io::Result<()> {
        let account = self.account(&e.account);
        let c = e.currency;
        let (title, other, moved, assert) = match e.what {
            ExtraKind::Opening { balance } => ("opening balance", "equity:opening balances", None, Some(balance)),
            ExtraKind::BroughtForward { balance } => {
                ("balance brought forward", "equity:opening balances", None, Some(balance))
            }
            ExtraKind::Value { change, balance } => {
                ("valuation", "equity:changes in value", Some(change), Some(balance))
            }
            ExtraKind::Reconcile { change, balance, .. } => {
                ("reconciliation", "equity:adjustments", Some(change), Some(balance))
            }
            ExtraKind::LoanDrawn { principal } => {
                ("loan drawn", "equity:opening balances", Some(principal.saturating_neg()), None)
            }
            ExtraKind::LoanPaid { principal, .. } => {
                ("loan principal repaid", "equity:loan principal repaid", Some(principal), None)
            }
        };
        write!(self.out, "{} {title} {}", e.date, description(&e.account))?;
        match e.what {
            ExtraKind::Reconcile { stated, balance, .. } if stated != balance => {
                writeln!(self.out, "  ; the statement said {}", amount(stated, c))?
            }
            ExtraKind::LoanPaid { n, .. } => writeln!(self.out, "  ; payment {n}")?,
            _ => writeln!(self.out)?,
        }
        let assertion = assert.map_or(String::new(), |b| format!(" = {}", amount(b, c)));
        match amount_of(moved, c) {
            // A balance assignment: the tools work out the amount.
            None => writeln!(self.out, "    {account:<38}{assertion}")?,
            Some(a) => writeln!(self.out, "    {account:<38}  {a:>16}{assertion}")?,
        }
        match moved {
            None => writeln!(self.out, "    {other}")?,
            Some(m) => self.posting(other, m.saturating_neg(), c)?,
        }
        writeln!(self.out)
    }

    pub fn entry(&mut self, t: Txn) -> io::Result<()> {
        self.extras_before(t.date)?;
        let Some(class) = t.class else { return self.transfer_leg(t) };
        let name = t.category.as_deref().unwrap_or("uncategorised");
        let other = match class {
            Class::Income => format!("income:{}", segment(name)),
            Class::Housing => format!("expenses:housing:{}", segment(name)),
            Class::Spending => spending_account(name),
        };
        let description = description(if t.payee.trim().is_empty() { name } else { &t.payee });
        self.head(&t, &description)?;
        // The asset side moves by the stored amount; the other side balances it.
        self.posting(&self.account(&t.account), t.amount, t.currency)?;
        self.posting(&other, t.amount.saturating_neg(), t.currency)?;
        writeln!(self.out)
    }

    fn transfer_leg(&mut self, t: Txn) -> io::Result<()> {
        let id = t.transfer_id.unwrap_or(t.id);
        let Some(first) = self.pending.remove(&id) else {
            self.pending.insert(id, t);
            return Ok(());
        };
        let (from, to) = if first.amount < 0 { (first, t) } else { (t, first) };
        self.head(&from, &format!("transfer {} to {}", one_line(&from.account), one_line(&to.account)))?;
        // Each leg keeps its own tags in nestegg; the journal's one
        // transaction carries both.
        let mut tags: Vec<&str> = from.tags.iter().chain(to.tags.iter()).collect();
        tags.sort_unstable();
        tags.dedup();
        self.tag_line(&tags)?;
        self.posting(&self.account(&to.account), to.amount, to.currency)?;
        self.posting(&self.account(&from.account), from.amount, from.currency)?;
        writeln!(self.out)
    }

    /// The transaction's first line; a categorised row's tags follow it.
    fn head(&mut self, t: &Txn, description: &str) -> io::Result<()> {
        write!(self.out, "{} {description}", t.date)?;
        if !t.note.trim().is_empty() {
            write!(self.out, "  ; {}", one_line(&t.note))?;
        }
        writeln!(self.out)?;
        if t.transfer_id.is_none() {
            self.tag_line(&t.tags.iter().collect::<Vec<_>>())?;
        }
        Ok(())
    }

    /// Tags as hledger and ledger read them, on a comment line of their own
    /// under the head (a note may hold a `:` that would read as a tag):
    /// `    ; 旅行:, 出差:`. Tags hold no space, comma or colon (`model::Tags`).
    fn tag_line(&mut self, tags: &[&str]) -> io::Result<()> {
        if tags.is_empty() {
            return Ok(());
        }
        let named: Vec<String> = tags.iter().map(|t| format!("{}:", one_line(t))).collect();
        writeln!(self.out, "    ; {}", named.join(", "))
    }

    fn posting(&mut self, account: &str, minor: i64, currency: Currency) -> io::Result<()> {
        writeln!(self.out, "    {account:<38}  {:>16}", amount(minor, currency))
    }

    /// Ends the journal. A transfer leg whose partner never came (a filter
    /// split them) is written against `equity:unmatched transfers`.
    pub fn finish(mut self) -> io::Result<W> {
        let mut left: Vec<Txn> = self.pending.drain().map(|(_, t)| t).collect();
        left.sort_by_key(|t| (t.date, t.id));
        for t in left {
            self.head(&t, "transfer (other side not exported)")?;
            self.tag_line(&t.tags.iter().collect::<Vec<_>>())?;
            self.posting(&self.account(&t.account), t.amount, t.currency)?;
            self.posting("equity:unmatched transfers", t.amount.saturating_neg(), t.currency)?;
            writeln!(self.out)?;
        }
        while let Some(e) = self.extras.pop_front() {
            self.extra(&e)?;
        }
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txn(id: i64, class: Option<Class>, category: Option<&str>, account: &str, amount: i64) -> Txn {
        Txn {
            id,
            date: "2026-10-10".parse().unwrap(),
            account_id: 1,
            account: account.into(),
            category_id: category.map(|_| 1),
            category: category.map(Into::into),
            class,
            payee: String::new(),
            note: String::new(),
            amount,
            currency: Currency::CNY,
            transfer_id: class.is_none().then_some(7),
            tags: Default::default(),
        }
    }

    fn journal(txns: Vec<Txn>) -> String {
        let mut j = Journal::new(Vec::new(), &[Currency::CNY]).unwrap();
        for t in txns {
            j.entry(t).unwrap();
        }
        String::from_utf8(j.finish().unwrap()).unwrap()
    }

    #[test]
    fn entries_balance_with_one_commodity_notation() {
        let mut salary = txn(1, Some(Class::Income), Some("salary"), "Bank card", 500_000);
        salary.payee = "鹤岗市某机械厂".into();
        salary.note = "工资\nOctober".into();
        let rent = txn(2, Some(Class::Housing), Some("rent"), "Bank card", -80_000);
        let refund = txn(3, Some(Class::Spending), Some("food"), "WeChat Pay", 1_000);
        let text = journal(vec![salary, rent, refund]);
        let expected = "\
; exported by nestegg; hledger and ledger-cli read this file as it is
commodity CNY 1000.00

2026-10-10 鹤岗市某机械厂  ; 工资 October
    assets:Bank card                             CNY 5000.00
    income:salary                               CNY -5000.00

2026-10-10 rent
    assets:Bank card                             CNY -800.00
    expenses:housing:rent                         CNY 800.00

2026-10-10 food
    assets:WeChat Pay                              CNY 10.00
    expenses:food                                 CNY -10.00

";
        assert_eq!(text, expected);
    }

    /// Percent-decoding: the segment gives the name back, so no two names share one.
    fn decode(segment: &str) -> String {
        let bytes = segment.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                out.push(u8::from_str_radix(&segment[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn distinct_names_stay_distinct_accounts() {
        let names = [
            "Bank:card",
            "Bank-card",
            "Bank card",
            "Bank  card",
            "Bank card ",
            " Bank card",
            "Bank\tcard",
            "Bank%3Acard",
        ];
        let segments: Vec<String> = names.iter().map(|n| segment(n)).collect();
        for (name, segment) in names.iter().zip(&segments) {
            assert_eq!(&decode(segment), name, "{segment}");
            assert!(!segment.contains("  ") && !segment.contains(':') && !segment.contains('\t'), "{segment}");
            assert!(!segment.starts_with(' ') && !segment.ends_with(' '), "{segment:?}");
        }
        let mut unique = segments.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{segments:?}");
    }

    #[test]
    fn a_transfer_is_one_entry_between_assets() {
        let out = txn(4, None, None, "Bank card", -100_000);
        let inn = txn(5, None, None, "Alipay", 100_000);
        let text = journal(vec![inn, out]);
        assert!(text.contains(
            "2026-10-10 transfer Bank card to Alipay\n    assets:Alipay                                CNY 1000.00\n    assets:Bank card                            CNY -1000.00\n"
        ), "{text}");
        let lonely = journal(vec![txn(6, None, None, "Cash", -500)]);
        assert!(lonely.contains("equity:unmatched transfers"), "{lonely}");
    }

    #[test]
    fn csv_text_cells_never_start_a_formula_and_read_back_as_they_were() {
        let cases = [
            (r#"=HYPERLINK("http://x","y")"#, r#"'=HYPERLINK("http://x","y")"#),
            ("+1", "'+1"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'quoted", "''quoted"),
            ("''", "'''"),
            ("'", "''"),
            ("美团外卖", "美团外卖"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (stored, written) in cases {
            assert_eq!(csv_text(stored), written, "{stored:?}");
            assert_eq!(csv_text_read(written), stored, "{written:?}");
        }
        // A quote before other text was written by a person or a sheet: kept.
        assert_eq!(csv_text_read("'x"), "'x");
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config(5_000))]

        #[test]
        fn csv_text_is_reversible_and_never_starts_a_formula(s in "['=+@\t\r-]{0,3}[a-z'=]{0,4}") {
            let written = csv_text(&s);
            proptest::prop_assert!(!written.starts_with(FORMULA_START), "{:?}", written);
            proptest::prop_assert_eq!(csv_text_read(&written), s.as_str());
        }
    }

    #[test]
    fn names_cannot_break_the_syntax() {
        assert_eq!(segment("a:b  c\td"), "a%3Ab %20c%09d");
        assert_eq!(segment("  "), "%20%20");
        assert_eq!(segment(" Bank card "), "%20Bank card%20");
        assert_eq!(segment("5% 储蓄\u{3000}卡"), "5%25 储蓄%E3%80%80卡");
        assert_eq!(segment("Bank card"), "Bank card");
        assert_eq!(spending_account("housing"), "expenses:%68ousing");
        assert_eq!(spending_account("housing2"), "expenses:housing2");
        assert_eq!(one_line(" 美团\n外卖 "), "美团 外卖");
        assert_eq!(description("*星巴克"), "() *星巴克");
        assert_eq!(description("(1) 外卖"), "() (1) 外卖");
        assert_eq!(description("午饭;加班"), "午饭；加班");
        assert_eq!(description("美团"), "美团");
    }
}
