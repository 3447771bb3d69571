//! Matching across sources (issue 27): a purchase paid through Alipay or
//! WeChat Pay with a bank card shows up twice, once in the service's bill
//! (the merchant, on the card that paid) and once in the bank's statement
//! (the payment rail, 支付宝 or 财付通, as the counterparty). The two rows
//! are **twins** when they sit on the same account with the same signed
//! amount within [`DAYS`] days of each other; each row pairs at most once,
//! the nearest days first, then the file's order, then the ledger's.
//!
//! A bank row that pays 花呗 or a credit card back ([`repays`]) is a
//! transfer to that credit account, never spending.
//!
//! Pure: the ledger's rows arrive as plain data ([`Side`]); the use case
//! (`ops/import/twins.rs`) loads them and books the pairs.

use chrono::NaiveDate;

/// How many days apart twins may be (a card is often charged the next day).
pub const DAYS: i64 = 2;

/// The names the statements give the payment rails (matched anywhere in
/// the counterparty, any case): 支付宝, 支付宝（中国）网络技术有限公司,
/// Alipay, 财付通, 财付通支付科技有限公司, 微信支付, Tenpay.
const RAILS: [&str; 5] = ["支付宝", "alipay", "财付通", "微信支付", "tenpay"];

/// Whether a counterparty is a payment rail (Alipay or WeChat Pay's).
pub fn is_rail(payee: &str) -> bool {
    let p = payee.trim().to_lowercase();
    RAILS.iter().any(|r| p.contains(r))
}

/// What a bank row pays back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repaid {
    /// Alipay's credit line (花呗还款, 蚂蚁花呗).
    Huabei,
    /// A credit card (信用卡还款), with the last digits the row names (empty when none).
    Card(String),
}

/// Whether a bank row (its payee and note) pays 花呗 or a credit card back.
pub fn repays(payee: &str, note: &str) -> Option<Repaid> {
    let text = format!("{payee} {note}");
    if text.contains("花呗还款") || text.contains("蚂蚁花呗") {
        return Some(Repaid::Huabei);
    }
    text.contains("信用卡还款").then(|| Repaid::Card(last_digits(&text)))
}

/// The last run of 4 ASCII digits in `text` (a card's last digits), else empty.
fn last_digits(text: &str) -> String {
    let mut found = String::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            if run.len() == 4 {
                found = run.clone();
            }
            run.clear();
        }
    }
    found
}

/// One row that may have a twin: where and when money moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    pub date: NaiveDate,
    pub account_id: i64,
    /// Signed minor units.
    pub amount: i64,
}

/// The twins among `file`'s rows and `ledger`'s, as (file index, ledger
/// index) pairs in the file's order: same account, same signed amount, at
/// most [`DAYS`] apart. Each row pairs at most once; the nearest days pair
/// first, then the file's order, then the ledger's. `apart` names file rows
/// the user keeps apart (by index).
pub fn pair(file: &[Side], ledger: &[Side], apart: &[usize]) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(i64, usize, usize)> = Vec::new();
    for (i, f) in file.iter().enumerate().filter(|(i, _)| !apart.contains(i)) {
        for (j, l) in ledger.iter().enumerate() {
            let days = (f.date - l.date).num_days().abs();
            if f.account_id == l.account_id && f.amount == l.amount && days <= DAYS {
                candidates.push((days, i, j));
            }
        }
    }
    candidates.sort_unstable();
    let (mut file_used, mut ledger_used) = (vec![false; file.len()], vec![false; ledger.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !file_used[i] && !ledger_used[j] {
            (file_used[i], ledger_used[j]) = (true, true);
            pairs.push((i, j));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// A row of the file and its twin in the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Twin {
    /// The plan's row.
    pub row: usize,
    /// Its line in the file.
    pub line: usize,
    /// The ledger's row, as the plan saw it (the commit checks it is still so).
    pub seen: crate::model::Txn,
    /// Whether the file's row takes the ledger row's place (a bill's row
    /// after its bank statement's); else the file's row is not booked (a
    /// bank row after the bill's).
    pub replaces: bool,
}

/// A bank row that pays a credit line back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repayment {
    /// The plan's row.
    pub row: usize,
    pub line: usize,
    /// The credit account paid (its name; made on commit when its id is negative).
    pub account: String,
    pub account_id: i64,
    pub what: Repaid,
}

/// Whether a key is a fingerprint of an Alipay or WeChat Pay bill's row.
pub fn from_bill(key: Option<&str>) -> bool {
    key.is_some_and(|k| k.starts_with("alipay:") || k.starts_with("wechat:"))
}

#[cfg(test)]
mod tests;
