//! Alipay's and WeChat Pay's bills, in every layout their apps and sites
//! have written: a header found by the set of its cells (any order, any
//! preamble), data until a dashed line, and a summary block after it read as
//! no rows. Pure.
//!
//! - Alipay's 交易流水证明 (from 2022) and the 2021–22 app export: the same
//!   column names, in another order; neutral rows are 不计收支 or 其他.
//! - Alipay's 2019–21 web export 支付宝交易记录明细查询 (GBK): 交易号,
//!   交易创建时间, …, 成功退款（元） (what came back, on the original row).
//! - WeChat Pay's 微信支付账单明细, CSV or XLSX.

use std::collections::HashSet;

use super::presets::{Read, bad, service_date, service_entry, short, text_of, unsigned};
use super::table::{Row, columns, find_header_cells};
use super::{Direction, Entry, ImportError};
use crate::text;

/// The header cells that tell Alipay's app bills (交易流水证明 and the
/// 2021–22 export), in any order.
pub const ALIPAY_HEADER: [&str; 3] = ["交易时间", "交易分类", "收/支"];
/// The header cells that tell Alipay's 2019–21 web export.
pub const ALIPAY_WEB_HEADER: [&str; 3] = ["交易号", "交易创建时间", "收/支"];
/// The header cells that tell a WeChat Pay bill, in any order.
pub const WECHAT_HEADER: [&str; 3] = ["交易时间", "交易类型", "收/支"];

/// Whether the rows hold an Alipay bill's header, of any layout.
pub fn is_alipay(rows: &[Row]) -> bool {
    find_header_cells(rows, &ALIPAY_HEADER).is_some() || find_header_cells(rows, &ALIPAY_WEB_HEADER).is_some()
}

/// Whether the rows hold a WeChat Pay bill's header.
pub fn is_wechat(rows: &[Row]) -> bool {
    find_header_cells(rows, &WECHAT_HEADER).is_some()
}

/// The service a bill's preamble names (支付宝, 微信支付), when its header
/// is none nestegg reads: the kind the reader is told it looks like.
pub fn named_service(rows: &[Row]) -> Option<&'static str> {
    let said = |word: &str| rows.iter().take(40).any(|r| r.cells.iter().any(|c| c.contains(word)));
    if said("支付宝") {
        Some("alipay")
    } else if said("微信支付") {
        Some("wechat")
    } else {
        None
    }
}

/// The rows of a bill between its header (at `h`) and its end: up to a
/// dashed line, without the summary block a bill may close with (rows of at
/// most two cells with neither a date nor a direction in them, such as
/// `共10笔记录` or `导出时间：…`), which is no data.
fn body<'a>(rows: &'a [Row], h: usize, directions: &[&str]) -> &'a [Row] {
    let rest = &rows[h + 1..];
    let end = rest.iter().position(|r| r.cell(0).starts_with("---")).unwrap_or(rest.len());
    let rest = &rest[..end];
    let summary = |r: &Row| {
        let filled: Vec<&String> = r.cells.iter().filter(|c| !c.is_empty()).collect();
        filled.len() <= 2 && filled.iter().all(|c| !directions.contains(&c.as_str()) && service_date(c).is_err())
    };
    let kept = rest.iter().rposition(|r| !summary(r)).map_or(0, |i| i + 1);
    &rest[..kept]
}

const ALIPAY_DIRECTIONS: [&str; 5] = ["支出", "收入", "不计收支", "其他", ""];

/// Alipay's app bills: 交易流水证明 (GBK, a preamble, the header
/// `交易时间,交易分类,…`) and the 2021–22 export (`收/支,交易对方,…,交易时间`,
/// neutral rows 其他, a summary at the end); read by column names.
///
/// A purchase refunded in full is closed (交易关闭) and its refund is a row
/// of its own (退款成功, the order number the original's plus `_…`): the
/// money left and came back, so a closed 支出 row counts as a purchase when
/// it names how it was paid (收/付款方式) or a refund in the file names it;
/// only a closed row with neither (an order never paid) is skipped.
pub fn alipay(rows: &[Row]) -> Result<Read, ImportError> {
    if let Some(h) = find_header_cells(rows, &ALIPAY_HEADER) {
        return alipay_app(rows, h);
    }
    if let Some(h) = find_header_cells(rows, &ALIPAY_WEB_HEADER) {
        return alipay_web(rows, h);
    }
    Err(ImportError::WrongPreset(text::bills::not_alipay().into()))
}

fn alipay_app(rows: &[Row], h: usize) -> Result<Read, ImportError> {
    let [time, kind, payee, item, dir, amount, status, order, remark, method] = columns(
        &rows[h],
        [
            &["交易时间"],
            &["交易分类"],
            &["交易对方"],
            &["商品说明", "商品名称"],
            &["收/支"],
            &["金额", "金额（元）", "金额(元)"],
            &["交易状态"],
            &["交易订单号", "交易号"],
            &["备注"],
            &["收/付款方式"],
        ],
    );
    let (Some(time), Some(dir), Some(amount)) = (time, dir, amount) else {
        return Err(ImportError::WrongPreset(text::bills::alipay_header().into()));
    };
    let data = body(rows, h, &ALIPAY_DIRECTIONS);
    let get = |row: &'_ Row, c: Option<usize>| c.map_or("", |i| row.cell(i)).to_owned();
    // The orders the file's refunds name: a closed purchase among them moved money.
    let refunded: HashSet<String> = data
        .iter()
        .filter(|r| get(r, status) == "退款成功")
        .filter_map(|r| refund_of(&get(r, order)).map(str::to_owned))
        .collect();
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for row in data {
        if row.is_blank() {
            continue;
        }
        if let Some(p) = short(row, &rows[h]) {
            invalid.push(p);
            continue;
        }
        let state = get(row, status);
        let number = get(row, order);
        let refund = state == "退款成功";
        if state == "交易关闭" {
            let paid = !get(row, method).is_empty() || refunded.contains(number.as_str());
            if !(paid && row.cell(dir) == "支出") {
                skipped.push(bad(row.line, text::bills::alipay_closed()));
                continue;
            }
        }
        let direction = match (refund, row.cell(dir)) {
            (true, _) => Direction::Refund,
            (_, "支出") => Direction::Out,
            (_, "收入") => Direction::In,
            (_, "不计收支" | "其他" | "") => {
                skipped.push(bad(row.line, text::bills::alipay_neutral()));
                continue;
            }
            (_, other) => {
                invalid.push(bad(row.line, text::bills::alipay_direction(other)));
                continue;
            }
        };
        let mut e = match service_entry(row, time, amount, direction) {
            Ok(e) => e,
            Err(p) => {
                invalid.push(p);
                continue;
            }
        };
        e.payee = get(row, payee);
        e.note = joined([get(row, item), get(row, remark)]);
        e.service_category = Some(get(row, kind)).filter(|s| !s.is_empty());
        e.source_id = Some(number.clone()).filter(|s| !s.is_empty());
        e.refund_of = refund.then(|| refund_of(&number).map(str::to_owned)).flatten();
        e.method = get(row, method);
        entries.push(e);
    }
    Ok((entries, invalid, skipped))
}

/// The order a refund's order number names: the original's, before `_`.
fn refund_of(order: &str) -> Option<&str> {
    order.split_once('_').map(|(o, _)| o).filter(|o| !o.is_empty())
}

fn joined(parts: impl IntoIterator<Item = String>) -> String {
    parts.into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
}

/// Alipay's 2019–21 web export 支付宝交易记录明细查询: GBK, a title block,
/// cells padded with spaces, a footer after a dashed line. What came back
/// is on the original row (成功退款（元）): 3,000.00 paid and 2,725.42 back
/// is 274.58 spent, and a refund row of an order netted so is skipped (it
/// would count the refund twice). A service fee (服务费（元）) is spending.
fn alipay_web(rows: &[Row], h: usize) -> Result<Read, ImportError> {
    let [order, created, paid_at, payee, item, amount, dir, status, fee, back, remark, kind] = columns(
        &rows[h],
        [
            &["交易号"],
            &["交易创建时间"],
            &["付款时间"],
            &["交易对方"],
            &["商品名称"],
            &["金额（元）", "金额(元)", "金额"],
            &["收/支"],
            &["交易状态"],
            &["服务费（元）", "服务费(元)"],
            &["成功退款（元）", "成功退款(元)"],
            &["备注"],
            &["类型"],
        ],
    );
    let (Some(created), Some(dir), Some(amount)) = (created, dir, amount) else {
        return Err(ImportError::WrongPreset(text::bills::alipay_header().into()));
    };
    let data = body(rows, h, &ALIPAY_DIRECTIONS);
    let get = |row: &'_ Row, c: Option<usize>| c.map_or("", |i| row.cell(i)).to_owned();
    // Money that came back, by order, as its row states it (fen).
    let money = |cell: &str| {
        if cell.is_empty() {
            Ok(0)
        } else {
            crate::money::Money::parse(cell, crate::money::Currency::CNY).map(|m| m.minor)
        }
    };
    let netted: HashSet<String> = data
        .iter()
        .filter(|r| money(&get(r, back)).is_ok_and(|b| b > 0))
        .map(|r| get(r, order))
        .filter(|o| !o.is_empty())
        .collect();
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for row in data {
        if row.is_blank() {
            continue;
        }
        if let Some(p) = short(row, &rows[h]) {
            invalid.push(p);
            continue;
        }
        let (state, number) = (get(row, status), get(row, order));
        let time = if get(row, paid_at).is_empty() { created } else { paid_at.unwrap_or(created) };
        let refund = state.contains("退款") && row.cell(dir) != "支出";
        if refund && refund_of(&number).is_some_and(|o| netted.contains(o)) {
            skipped.push(bad(row.line, text::bills::alipay_refund_netted()));
            continue;
        }
        let size = match unsigned(row.cell(amount)) {
            Ok(a) => a,
            Err(e) => {
                invalid.push(bad(row.line, e));
                continue;
            }
        };
        let came_back = match money(&get(row, back)) {
            Ok(b) if (0..=size).contains(&b) => b,
            _ => {
                invalid.push(bad(row.line, text::bills::alipay_refund_cell(&get(row, back), row.cell(amount))));
                continue;
            }
        };
        let direction = match (refund, row.cell(dir)) {
            (true, _) => Direction::Refund,
            (_, "支出") if state == "交易关闭" && came_back == 0 => {
                skipped.push(bad(row.line, text::bills::alipay_closed()));
                continue;
            }
            (_, "支出") if came_back == size => {
                skipped.push(bad(row.line, text::bills::alipay_refunded_in_full()));
                continue;
            }
            (_, "支出") => Direction::Out,
            (_, "收入") if state == "交易关闭" => {
                skipped.push(bad(row.line, text::bills::alipay_closed()));
                continue;
            }
            (_, "收入") => Direction::In,
            (_, "不计收支" | "其他" | "") => {
                skipped.push(bad(row.line, text::bills::alipay_neutral()));
                // The money moved is no spending; its fee is.
                match service_date(row.cell(time)) {
                    Ok(date) => entries.extend(web_fee(row, date, time, fee, payee, order)),
                    Err(e) => invalid.push(bad(row.line, e)),
                }
                continue;
            }
            (_, other) => {
                invalid.push(bad(row.line, text::bills::alipay_direction(other)));
                continue;
            }
        };
        let date = match service_date(row.cell(time)) {
            Ok(d) => d,
            Err(e) => {
                invalid.push(bad(row.line, e));
                continue;
            }
        };
        let signed = match direction {
            Direction::Out => -(size - came_back),
            _ => size,
        };
        let mut e = Entry::new(row.line, date, row.cell(time), signed, direction);
        e.payee = get(row, payee);
        let back_note = (came_back > 0).then(|| text::bills::alipay_came_back(&plain(came_back)));
        e.note = joined([get(row, item), get(row, remark), back_note.unwrap_or_default()]);
        e.service_category = Some(get(row, kind)).filter(|s| !s.is_empty());
        e.source_id = Some(number.clone()).filter(|s| !s.is_empty());
        e.refund_of = refund.then(|| refund_of(&number).map(str::to_owned)).flatten();
        entries.push(e);
        entries.extend(web_fee(row, date, time, fee, payee, order));
    }
    Ok((entries, invalid, skipped))
}

/// A web export row's service fee (服务费（元）), as spending of its own.
fn web_fee(
    row: &Row,
    date: chrono::NaiveDate,
    time: usize,
    fee: Option<usize>,
    payee: Option<usize>,
    order: Option<usize>,
) -> Option<Entry> {
    let get = |c: Option<usize>| c.map_or("", |i| row.cell(i));
    let charged = unsigned(get(fee)).ok()?;
    let mut f = Entry::new(row.line, date, row.cell(time), -charged, Direction::Out);
    f.payee = get(payee).to_owned();
    f.note = text::bills::service_fee_note().to_owned();
    f.source_id = Some(get(order)).filter(|o| !o.is_empty()).map(|o| format!("{o}#fee"));
    Some(f)
}

fn plain(fen: i64) -> String {
    crate::money::Money::new(fen, crate::money::Currency::CNY).plain()
}

const WECHAT_DIRECTIONS: [&str; 4] = ["支出", "收入", "/", ""];

/// A service fee a WeChat Pay remark states (`服务费¥0.10`), fen.
fn wechat_fee(remark: &str) -> Option<i64> {
    let after = remark.split_once("服务费")?.1.trim_start_matches([':', '：', ' ']);
    let figure: String =
        after.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '¥' | '￥')).collect();
    unsigned(&figure).ok()
}

/// WeChat Pay's 微信支付账单明细: UTF-8, a preamble, the header
/// `交易时间,交易类型,…`; 收/支 `/` is neutral; amounts like `¥28.16`. A
/// neutral row's service fee (a 零钱提现 withdrawal's `服务费¥0.10` in
/// 备注) is spending: the money moved is not, its fee is.
pub fn wechat(rows: &[Row]) -> Result<Read, ImportError> {
    let h = find_header_cells(rows, &WECHAT_HEADER)
        .ok_or_else(|| ImportError::WrongPreset(text::bills::not_wechat().into()))?;
    let [time, kind, payee, item, dir, amount, status, order, remark, method] = columns(
        &rows[h],
        [
            &["交易时间"],
            &["交易类型"],
            &["交易对方"],
            &["商品"],
            &["收/支"],
            &["金额(元)", "金额（元）", "金额"],
            &["当前状态"],
            &["交易单号"],
            &["备注"],
            &["支付方式"],
        ],
    );
    let (Some(time), Some(dir), Some(amount)) = (time, dir, amount) else {
        return Err(ImportError::WrongPreset(text::bills::wechat_header().into()));
    };
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for row in body(rows, h, &WECHAT_DIRECTIONS) {
        if row.is_blank() {
            continue;
        }
        if let Some(p) = short(row, &rows[h]) {
            invalid.push(p);
            continue;
        }
        let get = |c: Option<usize>| c.map_or("", |i| row.cell(i));
        // Money coming back with 退款 in its state or type is a refund.
        let refund = get(status).contains("退款") || get(kind).contains("退款");
        let direction = match row.cell(dir) {
            "支出" => Direction::Out,
            "收入" if refund => Direction::Refund,
            "收入" => Direction::In,
            "/" | "" => {
                skipped.push(bad(row.line, text::bills::wechat_neutral()));
                if let Some(fee) = wechat_fee(get(remark)) {
                    match service_date(row.cell(time)) {
                        Ok(date) => {
                            let mut f = Entry::new(row.line, date, row.cell(time), -fee, Direction::Out);
                            f.payee = text_of(get(payee));
                            f.note = joined([text_of(get(kind)), text::bills::service_fee_note().to_owned()]);
                            f.service_category = Some(text_of(get(kind))).filter(|s| !s.is_empty());
                            f.source_id =
                                Some(text_of(get(order))).filter(|s| !s.is_empty()).map(|o| format!("{o}#fee"));
                            entries.push(f);
                        }
                        Err(e) => invalid.push(bad(row.line, e)),
                    }
                }
                continue;
            }
            other => {
                invalid.push(bad(row.line, text::bills::wechat_direction(other)));
                continue;
            }
        };
        let mut e = match service_entry(row, time, amount, direction) {
            Ok(e) => e,
            Err(p) => {
                invalid.push(p);
                continue;
            }
        };
        e.payee = text_of(get(payee));
        e.note = joined([text_of(get(item)), text_of(get(remark))]);
        e.service_category = Some(text_of(get(kind))).filter(|s| !s.is_empty());
        e.source_id = Some(text_of(get(order))).filter(|s| !s.is_empty());
        e.method = text_of(get(method));
        entries.push(e);
    }
    Ok((entries, invalid, skipped))
}

#[cfg(test)]
mod tests;
