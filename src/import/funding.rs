//! Funding sources: the account that paid each row of an Alipay or WeChat
//! Pay bill, read from its payment method (Alipay 收/付款方式, WeChat
//! 支付方式). A method becomes a [`Source`] (花呗, the service's own
//! balance, 余额宝, 零钱通, a bank card by bank and last digits, anything
//! else as its text); each source is routed to an account: the user's map
//! first (`--account-map '花呗=My Huabei'`, saved per service), then an
//! account the ledger has (a card whose last digits are in exactly one
//! account's name, else the suggested name), else a new account, created
//! when the import is committed. Pure: the ledger's accounts arrive as data.

use std::collections::BTreeMap;

use super::journal_map::AccountMap;
use super::{Direction, Entry, Preset};
use crate::model::{Account, AccountKind};
use crate::money::Currency;

/// What paid a row, as the bill's method names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// The service's own balance (Alipay 余额/账户余额, WeChat 零钱), or
    /// no method at all: the bill's own account.
    Own,
    /// Alipay's credit line.
    Huabei,
    /// Alipay's money-market fund.
    Yuebao,
    /// WeChat's money-market fund.
    Lingqiantong,
    /// A bank card: its bank (without 储蓄卡/借记卡/信用卡), its last
    /// digits (empty when the bill names none) and whether it is a credit card.
    Card { bank: String, digits: String, credit: bool },
    /// Any other method, as written.
    Other(String),
}

/// The source a method names. Combinations (`花呗&红包`) are paid by their
/// first part; full-width brackets read as ASCII ones.
pub fn source(method: &str) -> Source {
    let method: String = method
        .trim()
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '＆' => '&',
            c => c,
        })
        .collect();
    let first = method.split('&').next().unwrap_or("").trim();
    match first {
        "" | "/" | "余额" | "账户余额" | "零钱" => return Source::Own,
        "花呗" => return Source::Huabei,
        "余额宝" => return Source::Yuebao,
        "零钱通" => return Source::Lingqiantong,
        _ => {}
    }
    let (name, digits) = match first.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((name, d)) if !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()) => (name.trim(), d),
        _ => (first, ""),
    };
    let credit = name.ends_with("信用卡");
    let bank = ["储蓄卡", "借记卡", "信用卡"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name).trim();
    let card = credit || bank.len() != name.len() || !digits.is_empty();
    if card {
        Source::Card { bank: bank.to_owned(), digits: digits.to_owned(), credit }
    } else {
        Source::Other(first.to_owned())
    }
}

impl Source {
    /// The source as the preview names it (and as a map may name it): a
    /// card as Alipay writes it (`招商银行储蓄卡(1234)`), the service's own
    /// balance as the service calls it.
    pub fn label(&self, preset: Preset) -> String {
        match self {
            Source::Own if preset == Preset::Wechat => "零钱".into(),
            Source::Own => "余额".into(),
            Source::Huabei => "花呗".into(),
            Source::Yuebao => "余额宝".into(),
            Source::Lingqiantong => "零钱通".into(),
            Source::Card { bank, digits, credit } => {
                let kind = if *credit { "信用卡" } else { "储蓄卡" };
                if digits.is_empty() { format!("{bank}{kind}") } else { format!("{bank}{kind}({digits})") }
            }
            Source::Other(text) => text.clone(),
        }
    }

    /// The account this source suggests, by name and kind (the bill's own
    /// account for [`Source::Own`]).
    pub fn suggested(&self, own: &str) -> (String, AccountKind) {
        match self {
            Source::Own => (own.to_owned(), AccountKind::Wallet),
            Source::Huabei => ("花呗".into(), AccountKind::Credit),
            Source::Yuebao => ("余额宝".into(), AccountKind::Savings),
            Source::Lingqiantong => ("零钱通".into(), AccountKind::Savings),
            Source::Card { bank, digits, credit } => {
                let bank =
                    if bank.is_empty() { if *credit { "信用卡" } else { "储蓄卡" } } else { bank.as_str() };
                let name = match (*credit && !bank.ends_with("信用卡"), digits.is_empty()) {
                    (true, true) => format!("{bank}信用卡"),
                    (true, false) => format!("{bank}信用卡 {digits}"),
                    (false, true) => bank.to_owned(),
                    (false, false) => format!("{bank} {digits}"),
                };
                (name, if *credit { AccountKind::Credit } else { AccountKind::Bank })
            }
            // Held to a name's length: a bill's cell may be longer.
            Source::Other(text) => (text.chars().take(crate::model::clean::NAME_MAX).collect(), AccountKind::Wallet),
        }
    }
}

/// Why a source goes to its account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The bill's own account (its balance, or no method named).
    Own,
    /// The user's map (given now or saved).
    Map,
    /// An account the ledger has (by the card's digits or by name).
    Found,
    /// A new account, made when the import is committed.
    New,
}

/// One source of a bill and the account its rows go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub source: Source,
    /// The source as the preview names it.
    pub label: String,
    pub account: String,
    /// Negative for an account made on commit ([`Funded::new_accounts`]).
    pub account_id: i64,
    pub kind: AccountKind,
    pub why: Why,
    /// How many of the bill's rows it pays.
    pub rows: usize,
}

/// Every source of a bill, routed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funded {
    /// In the order the bill first names them.
    pub routes: Vec<Route>,
    /// The accounts to make on commit, ids -1, -2, … (what the rows' legs carry meanwhile).
    pub new_accounts: Vec<Account>,
}

/// The source the map names for `source`, if any (its keys read as methods).
fn mapped<'a>(map: &'a AccountMap, source: &Source) -> Option<&'a str> {
    map.iter().rev().find(|(k, _)| self::source(k) == *source).map(|(_, v)| v.as_str())
}

/// An account named `name` (any case), archived or not.
pub fn named<'a>(accounts: &'a [Account], name: &str) -> Option<&'a Account> {
    accounts.iter().find(|a| a.name.eq_ignore_ascii_case(name.trim()))
}

/// Routes every entry of a bill to the account that paid it, naming that
/// account on the entry (`Entry::account`; the bill's own account's rows
/// keep none). `own` is the bill's own account; `earlier` names, by order
/// number, the account of an original the ledger already holds, for a
/// refund that names no method (a refund goes back the way its row says,
/// else the way its original went).
pub fn route(
    entries: &mut [Entry],
    preset: Preset,
    own: &Account,
    accounts: &[Account],
    map: &AccountMap,
    earlier: &BTreeMap<String, String>,
) -> Funded {
    // Each order's method, for refunds that name none.
    let by_order: BTreeMap<&str, &str> = entries
        .iter()
        .filter(|e| !e.method.trim().is_empty())
        .filter_map(|e| Some((e.source_id.as_deref()?, e.method.as_str())))
        .collect();
    // What paid each row: a method, or (a refund of what the ledger holds) an account.
    let paid: Vec<Result<String, String>> = entries
        .iter()
        .map(|e| {
            let blank = e.method.trim().is_empty();
            match e.refund_of.as_deref().filter(|_| blank && e.direction == Direction::Refund) {
                Some(o) => match (by_order.get(o), earlier.get(o)) {
                    (Some(m), _) => Ok((*m).to_owned()),
                    (None, Some(account)) => Err(account.clone()),
                    (None, None) => Ok(String::new()),
                },
                None => Ok(e.method.clone()),
            }
        })
        .collect();
    let mut funded = Funded::default();
    for (e, paid) in entries.iter_mut().zip(paid) {
        let method = match paid {
            Ok(m) => m,
            Err(account) => {
                if !account.eq_ignore_ascii_case(&own.name) {
                    e.account = Some(account);
                }
                continue;
            }
        };
        let source = source(&method);
        let i = match funded.routes.iter().position(|r| r.source == source) {
            Some(i) => i,
            None => {
                let r = route_one(&source, preset, own, accounts, map, &mut funded.new_accounts);
                funded.routes.push(r);
                funded.routes.len() - 1
            }
        };
        let r = &mut funded.routes[i];
        r.rows += 1;
        if r.account_id != own.id {
            e.account = Some(r.account.clone());
        }
    }
    funded
}

/// The account named `name` (any case) among those to be made on commit,
/// added when it is not there yet: a placeholder id (−1, −2, …) that the
/// plan's rows carry until the commit makes it.
pub fn placeholder(made: &mut Vec<Account>, name: &str, kind: AccountKind) -> Account {
    if let Some(a) = made.iter().find(|a| a.name.eq_ignore_ascii_case(name)) {
        return a.clone();
    }
    let id = -(made.len() as i64) - 1;
    let a = Account { id, name: name.to_owned(), kind, currency: Currency::CNY, archived: false };
    made.push(a.clone());
    a
}

fn route_one(
    source: &Source,
    preset: Preset,
    own: &Account,
    accounts: &[Account],
    map: &AccountMap,
    new_accounts: &mut Vec<Account>,
) -> Route {
    let label = source.label(preset);
    let (suggested, kind) = source.suggested(&own.name);
    let to = |a: &Account, why| Route {
        source: source.clone(),
        label: label.clone(),
        account: a.name.clone(),
        account_id: a.id,
        kind: a.kind,
        why,
        rows: 0,
    };
    let mut made = |name: &str, why| to(&placeholder(new_accounts, name, kind), why);
    if let Some(name) = mapped(map, source) {
        return match named(accounts, name) {
            Some(a) => to(a, Why::Map),
            None => made(name.trim(), Why::Map),
        };
    }
    if *source == Source::Own {
        return to(own, Why::Own);
    }
    if let Source::Card { digits, .. } = source {
        let live = accounts.iter().filter(|a| !a.archived && a.kind != AccountKind::Person);
        let with: Vec<&Account> = live.filter(|a| !digits.is_empty() && a.name.contains(digits.as_str())).collect();
        if let [one] = with[..] {
            return to(one, Why::Found);
        }
    }
    match named(accounts, &suggested) {
        Some(a) => to(a, Why::Found),
        None => made(&suggested, Why::New),
    }
}

#[cfg(test)]
mod tests;
