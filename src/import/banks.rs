//! The statements Chinese savers have most, written by the project from the
//! layouts' descriptions: each bank is the header cells that tell it and a
//! mapping of its columns, read by the bank CSV reader
//! ([`super::presets::generic`]). Adding a bank is one row of [`BANKS`]
//! and its arm in [`super::Preset::spec`]. Pure.

use super::table::{Row, find_header_cells};
use super::{ImportError, Mapping, presets};

/// One bank's statement.
pub struct Bank {
    /// As typed after `--preset`.
    pub name: &'static str,
    /// The header cells that tell it (any order), unique among the banks.
    pub cells: &'static [&'static str],
    /// Its columns, as `--map` writes them.
    pub map: &'static str,
}

/// The banks nestegg reads, in the order detection tries them.
pub const BANKS: [Bank; 8] = [
    // 招商银行 交易流水: signed 交易金额, 货币 人民币.
    Bank {
        name: "cmb",
        cells: &["记账日期", "交易金额", "联机余额", "对手信息"],
        map: "date=记账日期,amount=交易金额,payee=对手信息,note=交易摘要,currency=货币",
    },
    // 招商银行信用卡 账单: 交易日 as MM/DD (the year from 账单周期), positive 人民币金额 is spending.
    Bank {
        name: "cmb-credit",
        cells: &["交易日", "记账日", "交易摘要", "人民币金额"],
        map: "date=交易日,amount=人民币金额,payee=交易摘要,sign=-",
    },
    // 工商银行 借记卡明细: 记账金额 split into 收入 and 支出, 记账币种.
    Bank {
        name: "icbc",
        cells: &["交易日期", "记账金额(收入)", "记账金额(支出)", "对方户名"],
        map: "date=交易日期,in=记账金额(收入),out=记账金额(支出),payee=对方户名,note=摘要,currency=记账币种",
    },
    // 农业银行 活期明细: 交易日期 YYYYMMDD, signed 交易金额.
    Bank {
        name: "abc",
        cells: &["交易日期", "交易金额", "本次余额", "对手信息"],
        map: "date=交易日期,amount=交易金额,payee=对手信息,note=交易用途",
    },
    // 建设银行 活期明细: 交易日期 YYYYMMDD, 支出 and 存入 columns, 币别.
    Bank {
        name: "ccb",
        cells: &["交易日期", "支出", "存入", "账户余额", "对方户名"],
        map: "date=交易日期,out=支出,in=存入,payee=对方户名,note=摘要,currency=币别",
    },
    // 中国银行 交易明细: 交易日期 YYYY/MM/DD, signed 交易金额, 交易货币.
    Bank {
        name: "boc",
        cells: &["交易日期", "交易货币", "交易金额", "交易后余额", "对方账户名"],
        map: "date=交易日期,amount=交易金额,payee=对方账户名,note=附言,currency=交易货币",
    },
    // 交通银行 交易明细: an unsigned 交易金额 and 借贷标志 借/贷.
    Bank {
        name: "bocom",
        cells: &["交易日期", "借贷标志", "交易金额", "对方户名"],
        map: "date=交易日期,amount=交易金额,dc=借贷标志:借/贷,payee=对方户名,note=摘要",
    },
    // 广发信用卡 账单: 交易日期 YYYY/MM/DD, positive 入账金额 is spending, 入账币种.
    Bank {
        name: "cgb-credit",
        cells: &["交易日期", "记账日期", "交易摘要", "入账金额", "入账币种"],
        map: "date=交易日期,amount=入账金额,payee=交易摘要,currency=入账币种,sign=-",
    },
];

impl Bank {
    /// Its mapping, with the header found by its first cell.
    pub fn mapping(&self) -> Mapping {
        let mut m = Mapping::parse(self.map).expect("a bank's mapping reads");
        m.header = self.cells.first().map(|c| (*c).to_owned());
        m.date_format = date_format(self.name).map(str::to_owned);
        m
    }

    /// Whether the rows hold its header: the cells that tell it and every
    /// column its mapping names (a file lacking one is another layout).
    pub fn detect(&self, rows: &[Row]) -> bool {
        let m = self.mapping();
        let mut cells: Vec<&str> = self.cells.to_vec();
        cells.extend(super::MapField::ALL.into_iter().filter_map(|f| m.column(f)));
        find_header_cells(rows, &cells).is_some()
    }

    /// Its rows read with its mapping.
    pub fn read(&self, rows: &[Row]) -> Result<presets::Read, ImportError> {
        presets::generic(rows, &self.mapping())
    }
}

/// How a bank writes its dates (`None`: ISO with `-` or `/`).
fn date_format(bank: &str) -> Option<&'static str> {
    match bank {
        "cmb-credit" => Some("%m/%d"),
        "abc" | "ccb" => Some("%Y%m%d"),
        _ => None,
    }
}

/// The bank named `name`.
pub fn bank(name: &str) -> &'static Bank {
    BANKS.iter().find(|b| b.name == name).expect("a bank of the table")
}

#[cfg(test)]
mod tests;
