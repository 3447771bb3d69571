//! The demo household: a believable ledger modelled on the story nestegg is
//! for — a young saver in Hegang on a 5,000 yuan monthly salary, cheap rent,
//! everyday spending at shops with Chinese names, keeping about half.
//! Pure: takes "today", a month count and a seed; returns entries to store.
//! The same inputs always give the same entries.

use chrono::{Datelike, NaiveDate};

use crate::model::Month;

pub mod large;

/// One thing the demo household did. Names refer to the default accounts
/// and categories of a new ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoEntry {
    Txn {
        date: NaiveDate,
        account: &'static str,
        category: &'static str,
        payee: &'static str,
        note: &'static str,
        amount: i64,
    },
    Transfer {
        date: NaiveDate,
        from: &'static str,
        to: &'static str,
        amount: i64,
    },
}

impl DemoEntry {
    pub fn date(&self) -> NaiveDate {
        match self {
            DemoEntry::Txn { date, .. } | DemoEntry::Transfer { date, .. } => *date,
        }
    }
}

/// SplitMix64: a tiny, well-known generator. Written out here rather than
/// taken from a crate so that a seed gives the same household forever,
/// whatever version of a random-number crate is installed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    /// A price in fen between `lo` and `hi` yuan, in steps of 0.50 yuan.
    fn yuan(&mut self, lo: i64, hi: i64) -> i64 {
        self.range(lo * 2, hi * 2) * 50
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const MEALS: &[&str] = &["美团外卖", "沙县小吃", "兰州拉面", "杨国福麻辣烫", "东北饺子馆", "锅包肉馆", "食堂"];
const GROCERS: &[&str] = &["比优特超市", "农贸市场", "大润发"];
const WALLETS: &[&str] = &["Alipay", "WeChat Pay"];

/// Salary (yuan) and rent (yuan) of the household.
pub const SALARY_YUAN: i64 = 5_000;
pub const RENT_YUAN: i64 = 800;

/// The household's last `months` months up to and including `today`'s month;
/// nothing is dated after `today`. Entries come out in date order.
pub fn household(today: NaiveDate, months: u32, seed: u64) -> Vec<DemoEntry> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let last = Month::of(today);
    let first = (1..months.max(1)).fold(last, |m, _| m.prev());
    for month in first.through(last) {
        month_of_life(&mut rng, month, &mut out);
    }
    out.retain(|e| e.date() <= today);
    out.sort_by_key(|e| e.date());
    out
}

fn month_of_life(rng: &mut Rng, month: Month, out: &mut Vec<DemoEntry>) {
    let day = |d: u32| month.first_day().with_day(d.min(month.last_day().day())).expect("day within the month");
    let mut txn = |date, account, category, payee, note, amount| {
        out.push(DemoEntry::Txn { date, account, category, payee, note, amount });
    };
    txn(day(1), "Bank card", "rent", "房东", "", -RENT_YUAN * 100);
    txn(day(10), "Bank card", "salary", "鹤岗市某机械厂", "工资", SALARY_YUAN * 100);
    txn(day(5), "Bank card", "phone and internet", "中国移动", "", -5_800);
    txn(day(15), "WeChat Pay", "utilities and heating", "国家电网", "电费", -rng.yuan(40, 90));
    txn(day(16), "WeChat Pay", "utilities and heating", "鹤岗水务", "水费", -rng.yuan(15, 30));
    if month.month() == 10 {
        // Heating in Hegang is paid once a year before the season starts.
        txn(day(8), "Bank card", "utilities and heating", "鹤岗热电", "取暖费", -150_000);
    }
    if month.month() == 2 {
        txn(day(3), "WeChat Pay", "gifts and red packets", "红包", "过年", -rng.yuan(400, 800));
    }
    for d in 1..=month.last_day().day() {
        if rng.chance(85) {
            let wallet = rng.pick(WALLETS);
            txn(day(d), wallet, "food", rng.pick(MEALS), "", -rng.yuan(10, 28));
        }
        if rng.chance(30) {
            txn(day(d), rng.pick(WALLETS), "transport", "公交", "", -200);
        }
        if d % 7 == 6 {
            txn(day(d), rng.pick(WALLETS), "groceries", rng.pick(GROCERS), "", -rng.yuan(60, 160));
        }
    }
    if rng.chance(40) {
        txn(day(rng.range(1, 28) as u32), "Alipay", "transport", "滴滴出行", "", -rng.yuan(12, 35));
    }
    txn(day(20), "Alipay", "entertainment", "腾讯视频", "会员", -2_500);
    if rng.chance(50) {
        let d = day(rng.range(1, 25) as u32);
        let price = rng.yuan(60, 220);
        txn(d, "Alipay", "clothing", "淘宝", "", -price);
        if rng.chance(25) {
            // Sent it back: a refund lowers the month's spending.
            txn(day(d.day() + 3), "Alipay", "clothing", "淘宝", "退款", price);
        }
    }
    if rng.chance(30) {
        txn(day(rng.range(1, 28) as u32), "Cash", "health", "老百姓大药房", "", -rng.yuan(20, 80));
    }
    if rng.chance(25) {
        txn(day(rng.range(1, 28) as u32), "Alipay", "side income", "闲鱼", "卖旧物", rng.yuan(50, 300));
    }
    // Top-ups after payday keep the wallets and the cash in hand from running dry.
    out.push(DemoEntry::Transfer { date: day(11), from: "Bank card", to: "WeChat Pay", amount: 70_000 });
    out.push(DemoEntry::Transfer { date: day(11), from: "Bank card", to: "Alipay", amount: 70_000 });
    out.push(DemoEntry::Transfer { date: day(12), from: "Bank card", to: "Cash", amount: 5_000 });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn same_seed_same_household_different_seed_different_one() {
        let today = date("2026-11-28");
        assert_eq!(household(today, 24, 7), household(today, 24, 7));
        assert_ne!(household(today, 24, 7), household(today, 24, 8));
    }

    #[test]
    fn spans_the_asked_months_and_never_the_future() {
        let today = date("2026-11-28");
        let h = household(today, 24, 1);
        assert_eq!(h.first().unwrap().date(), date("2024-12-01"));
        assert!(h.iter().all(|e| e.date() <= today));
        assert!(h.windows(2).all(|w| w[0].date() <= w[1].date()));
        // The salary of the 10th each month: 24 months, all before today's 28th.
        let salaries = h.iter().filter(|e| matches!(e, DemoEntry::Txn { category: "salary", .. })).count();
        assert_eq!(salaries, 24);
    }

    #[test]
    fn saves_about_half() {
        let h = household(date("2026-11-28"), 12, 42);
        let (mut income, mut out) = (0i64, 0i64);
        for e in &h {
            if let DemoEntry::Txn { amount, .. } = e {
                if *amount > 0 { income += amount } else { out -= amount }
            }
        }
        let rate_percent = (income - out) * 100 / income;
        assert!((35..=65).contains(&rate_percent), "saves {rate_percent}% — should be about half");
    }
}
