//! A large demo ledger of exactly N transactions over about ten years, for
//! benchmarks and for trying nestegg at the size of a decade of imported
//! bills: salary with yearly raises, rent and then a mortgage, bills, daily
//! spending at payees with Chinese names across every spending category,
//! refunds, side income, and wallet top-ups (transfers). Pure and
//! deterministic: the same (today, n, seed) gives the same entries, produced
//! month by month so a million rows never sit in memory at once.

use chrono::{Datelike, NaiveDate};

use super::{DemoEntry, Rng};
use crate::model::Month;

/// Ten years, the span the benchmarks are about.
const YEARS: u32 = 10;
/// Fewer months for a small N, so that each month still looks lived in.
const MIN_ROWS_PER_MONTH: u64 = 30;

/// (category, payees, lowest and highest price in yuan, weight).
const SPENDING: &[(&str, &[&str], i64, i64, u64)] = &[
    (
        "food",
        &["美团外卖", "沙县小吃", "兰州拉面", "杨国福麻辣烫", "东北饺子馆", "锅包肉馆", "食堂", "饿了么"],
        10,
        40,
        40,
    ),
    ("groceries", &["比优特超市", "农贸市场", "大润发", "盒马鲜生", "多多买菜"], 20, 160, 15),
    ("transport", &["公交", "滴滴出行", "哈啰单车", "中国铁路12306"], 2, 60, 12),
    ("household", &["京东", "拼多多", "名创优品"], 10, 300, 6),
    ("clothing", &["淘宝", "优衣库", "安踏"], 60, 400, 5),
    ("health", &["老百姓大药房", "鹤岗市人民医院"], 20, 200, 3),
    ("entertainment", &["腾讯视频", "网易云音乐", "万达影城", "Steam"], 15, 120, 5),
    ("education", &["得到", "新华书店", "中国大学MOOC"], 20, 200, 2),
    ("gifts and red packets", &["红包", "花店"], 50, 500, 2),
    ("travel", &["携程旅行", "如家酒店", "飞猪"], 150, 1500, 1),
    ("other", &["便利店", "快递"], 5, 50, 4),
];
const WALLETS: &[&str] = &["Alipay", "WeChat Pay", "Alipay", "WeChat Pay", "Cash", "Bank card"];

/// The months the ledger spans for `n` transactions, ending in `today`'s.
pub fn months_for(n: u64) -> u32 {
    (n / MIN_ROWS_PER_MONTH).clamp(1, u64::from(YEARS * 12)) as u32
}

/// Exactly `n` transactions' worth of entries (a transfer counts as its two
/// rows), in date order, none after `today`; made a month at a time.
pub fn entries(today: NaiveDate, n: u64, seed: u64) -> impl Iterator<Item = DemoEntry> {
    let mut rng = Rng(seed);
    let months = months_for(n);
    let last = Month::of(today);
    let first = (1..months).fold(last, |m, _| m.prev());
    // The household buys its flat halfway through and pays a mortgage from then on.
    let bought = (0..months / 2).fold(first, |m, _| m.next());
    // Each month's share of the rows follows its days, so this month (often
    // a few days old) is no denser than the others.
    let days_in = move |m: Month| u64::from(if m == last { today.day() } else { m.last_day().day() });
    let total_days: u64 = first.through(last).map(days_in).sum();
    let mut days_before = 0u64;
    let mut month_list = first.through(last).enumerate();
    let mut buffer: std::collections::VecDeque<DemoEntry> = Default::default();
    std::iter::from_fn(move || {
        while buffer.is_empty() {
            let (i, month) = month_list.next()?;
            let i = i as u64;
            let days = days_in(month);
            let quota = n * (days_before + days) / total_days - n * days_before / total_days;
            days_before += days;
            let last_day = days as u32;
            let years = u32::try_from(i / 12).unwrap_or(0);
            let mut made = Vec::new();
            fixed(month, last_day, years, month >= bought, quota, &mut made);
            let used: u64 = made.iter().map(rows).sum();
            let everyday_rows = quota.saturating_sub(used);
            // How many a whole month would hold at this density: what prices scale by.
            let density = everyday_rows * 30 / days.max(1);
            for _ in 0..everyday_rows {
                made.push(everyday(&mut rng, month, last_day, density));
            }
            made.sort_by_key(DemoEntry::date);
            buffer.extend(made);
        }
        buffer.pop_front()
    })
}

fn rows(e: &DemoEntry) -> u64 {
    match e {
        DemoEntry::Txn { .. } => 1,
        DemoEntry::Transfer { .. } => 2,
    }
}

/// The month's fixed entries, in order of importance, as many as fit in
/// `quota` rows: salary, housing, bills, then the wallet top-ups.
fn fixed(month: Month, last_day: u32, years: u32, owns: bool, quota: u64, out: &mut Vec<DemoEntry>) {
    let on = |d: u32| (d <= last_day).then(|| month.first_day().with_day(d).expect("a day of the month"));
    // 5,000 yuan rising 5% a year, rounded to the yuan.
    let salary = (0..years).fold(500_000i64, |s, _| (s * 105 / 100 + 50) / 100 * 100);
    let housing = if owns {
        ("mortgage", "中国建设银行", "房贷", -210_000)
    } else {
        ("rent", "房东", "房租", -super::RENT_YUAN * 100)
    };
    let mut candidates: Vec<(u32, DemoEntry)> = Vec::new();
    let mut txn = |d: u32, account, category, payee, note, amount| {
        if let Some(date) = on(d) {
            candidates.push((d, DemoEntry::Txn { date, account, category, payee, note, amount }));
        }
    };
    txn(10, "Bank card", "salary", "鹤岗市某机械厂", "工资", salary);
    txn(1, "Bank card", housing.0, housing.1, housing.2, housing.3);
    txn(5, "Bank card", "phone and internet", "中国移动", "", -5_800);
    txn(15, "WeChat Pay", "utilities and heating", "国家电网", "电费", -6_500);
    if owns {
        txn(6, "Bank card", "property fees", "物业公司", "物业费", -9_000);
    }
    if month.month() == 10 {
        txn(8, "Bank card", "utilities and heating", "鹤岗热电", "取暖费", -150_000);
    }
    for (d, from, to, amount) in [
        (11, "Bank card", "WeChat Pay", 150_000),
        (11, "Bank card", "Alipay", 150_000),
        (12, "Bank card", "Cash", 20_000),
    ] {
        if let Some(date) = on(d) {
            candidates.push((d, DemoEntry::Transfer { date, from, to, amount }));
        }
    }
    let mut used = 0;
    for (_, e) in candidates {
        if used + rows(&e) <= quota {
            used += rows(&e);
            out.push(e);
        }
    }
}

/// The everyday purchases a month can hold at their full prices while the
/// household still keeps about half of its pay (they average about 75 yuan).
const FULL_PRICE_ROWS: u64 = 20;

/// One everyday entry: mostly spending, now and then a refund or side income.
/// Of `rows` in a whole month at this density: past [`FULL_PRICE_ROWS`], prices shrink in
/// proportion (a dense ledger is many small payments), so every size of
/// ledger keeps a believable savings rate.
fn everyday(rng: &mut Rng, month: Month, last_day: u32, rows: u64) -> DemoEntry {
    let date = month.first_day().with_day(rng.range(1, i64::from(last_day)) as u32).expect("a day of the month");
    let roll = rng.range(0, 99);
    let scaled = |full: i64| {
        if rows <= FULL_PRICE_ROWS {
            full
        } else {
            ((full as i128 * FULL_PRICE_ROWS as i128 / rows as i128) as i64 / 10 * 10).max(10)
        }
    };
    if roll < 2 {
        let amount = scaled(rng.yuan(20, 300));
        return DemoEntry::Txn {
            date,
            account: "Alipay",
            category: "side income",
            payee: "闲鱼",
            note: "卖旧物",
            amount,
        };
    }
    let total: u64 = SPENDING.iter().map(|s| s.4).sum();
    let mut pick = rng.next() % total;
    let &(category, payees, lo, hi, _) = SPENDING
        .iter()
        .find(|s| {
            let hit = pick < s.4;
            pick = pick.saturating_sub(s.4);
            hit
        })
        .expect("weights add up");
    // Scaled down and rounded to the jiao (0.10 yuan), never below it.
    let amount = scaled(rng.yuan(lo, hi));
    // About one purchase in forty comes back as a refund.
    let (note, amount) = if roll < 4 { ("退款", amount) } else { ("", -amount) };
    DemoEntry::Txn { date, account: rng.pick(WALLETS), category, payee: rng.pick(payees), note, amount }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn collect(today: NaiveDate, n: u64, seed: u64) -> Vec<DemoEntry> {
        entries(today, n, seed).collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn exactly_n_rows_in_date_order_over_ten_years_and_never_the_future() {
        for n in [0, 1, 7, 29, 100, 10_000, 54_321] {
            let e = collect(today(), n, 3);
            assert_eq!(e.iter().map(rows).sum::<u64>(), n, "n = {n}");
            assert!(e.windows(2).all(|w| w[0].date() <= w[1].date()), "n = {n}");
            assert!(e.iter().all(|x| x.date() <= today()), "n = {n}");
        }
        let e = collect(today(), 10_000, 3);
        assert_eq!(e[0].date(), NaiveDate::from_ymd_opt(2016, 12, 1).unwrap(), "120 months ending in 2026-11");
    }

    #[test]
    fn keeps_about_half_of_its_pay_at_every_size() {
        for n in [3_000, 10_000, 100_000] {
            let (mut income, mut out) = (0i64, 0i64);
            for e in entries(today(), n, 5) {
                if let DemoEntry::Txn { amount, .. } = e {
                    if amount > 0 { income += amount } else { out -= amount }
                }
            }
            let rate = (income - out) * 100 / income;
            assert!((30..=70).contains(&rate), "{n} rows: saves {rate}% of what comes in");
        }
    }

    #[test]
    fn a_month_only_days_old_is_no_denser_than_the_others() {
        let first_of_december = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let e = collect(first_of_december, 36_500, 2);
        let today_rows: u64 = e.iter().filter(|x| x.date() == first_of_december).map(rows).sum();
        // About 10 a day over the ten years; the 1st of a month also has the rent.
        assert!((5..=25).contains(&today_rows), "{today_rows} rows on the one day of this month");
    }

    #[test]
    fn same_seed_same_ledger() {
        assert_eq!(collect(today(), 5_000, 9), collect(today(), 5_000, 9));
        assert_ne!(collect(today(), 5_000, 9), collect(today(), 5_000, 10));
    }

    #[test]
    fn rent_then_a_mortgage_a_rising_salary_transfers_refunds_and_every_spending_category() {
        let e = collect(today(), 20_000, 1);
        let cats: HashSet<&str> = e
            .iter()
            .filter_map(|x| if let DemoEntry::Txn { category, .. } = x { Some(*category) } else { None })
            .collect();
        for (c, ..) in SPENDING {
            assert!(cats.contains(c), "{c} never appears");
        }
        let housing: Vec<(&str, NaiveDate)> = e
            .iter()
            .filter_map(|x| match x {
                DemoEntry::Txn { category: c @ ("rent" | "mortgage"), date, .. } => Some((*c, *date)),
                _ => None,
            })
            .collect();
        assert_eq!(housing.len(), 120);
        assert!(housing[..60].iter().all(|(c, _)| *c == "rent") && housing[60..].iter().all(|(c, _)| *c == "mortgage"));
        let salaries: Vec<i64> = e
            .iter()
            .filter_map(
                |x| if let DemoEntry::Txn { category: "salary", amount, .. } = x { Some(*amount) } else { None },
            )
            .collect();
        // 5,000 yuan, then 5% more each year, rounded to the yuan: 5,250, 5,513, 5,789,
        // 6,078 (6,078.45), 6,382, 6,701, 7,036 (7,036.05), 7,388, 7,757 in the tenth year.
        assert_eq!((salaries[0], salaries[12], salaries[24], salaries[119]), (500_000, 525_000, 551_300, 775_700));
        assert!(e.iter().any(|x| matches!(x, DemoEntry::Transfer { .. })));
        assert!(e.iter().any(|x| matches!(x, DemoEntry::Txn { note: "退款", amount, .. } if *amount > 0)));
    }
}
