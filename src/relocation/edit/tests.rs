use super::*;
use crate::relocation::cities::{Home, Living};

fn spent(by_group: [i64; 4]) -> Living {
    Living { monthly: by_group.iter().sum(), by_group, home: Home::Unset, pay: Default::default() }
}
use crate::relocation::compare::stay;

fn now() -> Month {
    Month::new(2026, 11).unwrap()
}

fn fields(pairs: &[(Field, &str)]) -> Fields {
    let mut f = Fields::default();
    for (field, v) in pairs {
        f.set(*field, *v);
    }
    f
}

fn guangzhou() -> Scenario {
    Scenario { name: "Hegang".into(), ..stay(500_000, 150_000, 100_000, "here") }
}

#[test]
fn a_rent_plan_from_staying() {
    let mut s = guangzhou();
    let f = fields(&[(Field::City, "Hegang"), (Field::Rent, "500"), (Field::MovingCosts, "3,000")]);
    apply(&mut s, &f, &[], &spent([0; 4]), now()).unwrap();
    assert_eq!(s.city, "Hegang");
    assert_eq!(s.housing, Housing::Rent { monthly: 50_000, deposit_months: 1, agent_fee: 0 });
    assert_eq!((s.income, s.living, s.moving_costs, s.start), (500_000, 100_000, 300_000, None));
}

#[test]
fn a_mortgage_with_defaults_and_a_start_month() {
    let mut s = guangzhou();
    let f = fields(&[
        (Field::Plan, "mortgage"),
        (Field::PricePerM2, "750"),
        (Field::Area, "50"),
        (Field::Start, "2027-03"),
    ]);
    apply(&mut s, &f, &[], &spent([0; 4]), now()).unwrap();
    assert_eq!(s.start, Month::new(2027, 3));
    let Housing::Mortgage { down_payment_bp, commercial_rate_bp, years, method, deed_tax_bp, fund, .. } = s.housing
    else {
        panic!("{:?}", s.housing)
    };
    assert_eq!((down_payment_bp, commercial_rate_bp, years, deed_tax_bp, fund), (1500, 305, 30, 100, None));
    assert_eq!(method, Method::EqualPayment);
    // This month is now; "now" clears a start month.
    apply(&mut s, &fields(&[(Field::Start, "2026-11")]), &[], &spent([0; 4]), now()).unwrap();
    assert_eq!(s.start, None);
}

#[test]
fn every_refusal_names_its_field() {
    let buy = [(Field::Plan, "mortgage"), (Field::PricePerM2, "750"), (Field::Area, "50")];
    type Case<'a> = (&'a [(Field, &'a str)], Field, &'a str);
    let cases: &[Case] = &[
        (&[(Field::Income, "-5")], Field::Income, "'-5' is negative"),
        (&[(Field::Living, "abc")], Field::Living, "not an amount"),
        (&[(Field::MonthsWithoutIncome, "200")], Field::MonthsWithoutIncome, "out of range"),
        (&[(Field::MonthsWithoutIncome, "two")], Field::MonthsWithoutIncome, "not a whole number"),
        (&[(Field::Start, "2026-10")], Field::Start, "past"),
        (&[(Field::Start, "soon")], Field::Start, "not a month"),
        (&[(Field::Plan, "lease")], Field::Plan, "not a plan"),
        (&[(Field::Plan, "rent")], Field::Rent, "needs a rent"),
        (&[(Field::Plan, "outright"), (Field::PricePerM2, "750")], Field::Area, "needs an area"),
        (&[(Field::Plan, "outright"), (Field::Area, "50")], Field::PricePerM2, "needs a price"),
        (&[(Field::Plan, "outright"), (Field::PricePerM2, "0"), (Field::Area, "5")], Field::PricePerM2, "zero"),
        (&[(Field::Plan, "outright"), (Field::PricePerM2, "750"), (Field::Area, "0")], Field::Area, "range"),
    ];
    for (pairs, field, needle) in cases {
        let mut s = guangzhou();
        let e = apply(&mut s, &fields(pairs), &[], &spent([0; 4]), now()).unwrap_err();
        assert_eq!(e.field, *field, "{pairs:?}: {e:?}");
        assert!(e.message.contains(needle), "{pairs:?}: {e:?}");
        assert_eq!(s.housing, guangzhou().housing, "{pairs:?}: a refusal leaves the plan alone");
    }
    let with = |extra: (Field, &'static str)| [&buy[..], &[extra]].concat();
    for (extra, field, needle) in [
        ((Field::Rate, "abc"), Field::Rate, "not a percentage"),
        ((Field::Rate, "150"), Field::Rate, "out of range"),
        ((Field::DownPayment, "-5"), Field::DownPayment, "out of range"),
        ((Field::Method, "bogus"), Field::Method, "equal-payment"),
        ((Field::Years, "0"), Field::Years, "range"),
        ((Field::Fund, "40000"), Field::Fund, "31,875"),
        // A rate of 100 % passes the percentage check and is refused by the loan: named by its own field.
        ((Field::Rate, "100"), Field::Rate, "annual rate of 100%"),
    ] {
        let e = apply(&mut guangzhou(), &fields(&with(extra)), &[], &spent([0; 4]), now()).unwrap_err();
        assert_eq!(e.field, field, "{extra:?}: {e:?}");
        assert!(e.message.contains(needle), "{extra:?}: {e:?}");
    }
    // The 公积金 part's rate, likewise; a commercial rate of 100 % with no commercial
    // part left (the fund lends the whole loan) is no loan, so only the fund's is refused.
    let fund = |rate: &'static str, fund_rate: &'static str| {
        let extra = [(Field::Fund, "31875"), (Field::Rate, rate), (Field::FundRate, fund_rate)];
        apply(&mut guangzhou(), &fields(&[&buy[..], &extra[..]].concat()), &[], &spent([0; 4]), now())
    };
    let e = fund("3", "100").unwrap_err();
    assert_eq!(e.field, Field::FundRate, "{e:?}");
    assert!(e.message.contains("annual rate of 100%"), "{e:?}");
    assert_eq!(fund("100", "100").unwrap_err().field, Field::FundRate);
    assert!(fund("100", "2.6").is_ok());
    let e = apply(
        &mut guangzhou(),
        &fields(&[&buy[..], &[(Field::Fund, "10000"), (Field::FundRate, "100")]].concat()),
        &[],
        &spent([0; 4]),
        now(),
    )
    .unwrap_err();
    assert_eq!(e.field, Field::FundRate, "{e:?}");
    // 'as now' only while the scenario still has staying's housing.
    let mut rent = guangzhou();
    apply(&mut rent, &fields(&[(Field::Rent, "500")]), &[], &spent([0; 4]), now()).unwrap();
    let e = apply(&mut rent, &fields(&[(Field::Plan, "as now")]), &[], &spent([0; 4]), now()).unwrap_err();
    assert_eq!(e.field, Field::Plan);
}

#[test]
fn texts_read_back_to_the_same_scenario() {
    let mut s = guangzhou();
    let f = fields(&[
        (Field::Plan, "mortgage"),
        (Field::PricePerM2, "750"),
        (Field::Area, "50"),
        (Field::Rate, "3.1"),
        (Field::Fund, "20000"),
        (Field::FundRate, "2.6"),
        (Field::Method, "等额本金"),
        (Field::Start, "2027-01"),
        (Field::MonthsWithoutIncome, "2"),
    ]);
    apply(&mut s, &f, &[], &spent([0; 4]), now()).unwrap();
    let mut again = guangzhou();
    apply(&mut again, &texts(&s), &[], &spent([0; 4]), now()).unwrap();
    assert_eq!(again, s);
    assert_eq!(texts(&s).get(Field::Rate), Some("3.1"));
    assert_eq!(
        (percent_text(305), percent_text(1500), percent_text(260), percent_text(5)),
        ("3.05".into(), "15".into(), "2.6".into(), "0.05".into())
    );
}

#[test]
fn naming_another_city_brings_its_rent_and_price_but_keeps_what_is_typed() {
    let cities = crate::relocation::cities::shipped();
    let mut s = guangzhou();
    apply(&mut s, &fields(&[(Field::City, "Hegang")]), &cities, &spent([100_000, 0, 0, 0]), now()).unwrap();
    // Hegang's modelled rent: 2,274 × 50 m² × 2.5 % ÷ 12 = 236.875 → 237; the
    // scenario keeps the city's Chinese name.
    assert_eq!((rent(&s.housing), s.city.as_str()), (23_700, "鹤岗"), "Hegang's reference rent");
    apply(&mut s, &fields(&[(Field::City, "Beijing")]), &cities, &spent([100_000, 0, 0, 0]), now()).unwrap();
    // 54,410 × 50 × 2.5 % ÷ 12 = 5,667.7 → 5,668.
    assert_eq!(rent(&s.housing), 566_800, "Beijing's, not Hegang's, rent");
    let f = fields(&[(Field::City, "Hegang"), (Field::Rent, "650")]);
    apply(&mut s, &f, &cities, &spent([100_000, 0, 0, 0]), now()).unwrap();
    assert_eq!(rent(&s.housing), 65_000, "what is typed wins");
    // Without a city named, the old rent stays.
    apply(&mut s, &fields(&[(Field::MovingCosts, "1000")]), &cities, &spent([0; 4]), now()).unwrap();
    assert_eq!(rent(&s.housing), 65_000);
}

#[test]
fn income_today_the_city_wage_or_typed() {
    let cities = crate::relocation::cities::shipped();
    let mut s = guangzhou();
    assert_eq!(s.income_from, IncomeFrom::Today, "a copy of staying keeps today's income");
    apply(&mut s, &fields(&[(Field::City, "鹤岗"), (Field::Income, "city wage")]), &cities, &spent([0; 4]), now())
        .unwrap();
    // Hegang's 55,114 a year in 2020 carried to 2026 at 5 %: 6,154.84 a month
    // gross, 5,075.41 taken home at the default rates (salary's worked example).
    assert_eq!((s.income_from, s.income), (IncomeFrom::CityWage, 507_541));
    // Rates the household set are the ones taken: no housing fund, 6,154.84
    // − 492.39 − 123.10 − 30.77 = 5,508.58; 508.58 taxable at 3 %: 15.26.
    let no_fund = crate::salary::Pay {
        rates: crate::salary::Rates { housing_fund: rust_decimal::Decimal::ZERO, ..Default::default() },
        ..Default::default()
    };
    let mut t = guangzhou();
    let living = Living { pay: no_fund, ..spent([0; 4]) };
    apply(&mut t, &fields(&[(Field::City, "鹤岗"), (Field::Income, "city wage")]), &cities, &living, now()).unwrap();
    assert_eq!(t.income, 615_484 - 49_239 - 12_310 - 3_077 - 1_526);
    assert_eq!(texts(&s).get(Field::Income), Some("city wage"));
    apply(&mut s, &fields(&[(Field::Income, "4,800")]), &cities, &spent([0; 4]), now()).unwrap();
    assert_eq!((s.income_from, s.income), (IncomeFrom::Typed, 480_000));
    apply(&mut s, &fields(&[(Field::Income, "today")]), &cities, &spent([0; 4]), now()).unwrap();
    assert_eq!(s.income_from, IncomeFrom::Today);
    // Without a reference city there is no wage to take.
    let e = apply(&mut guangzhou(), &fields(&[(Field::Income, "city")]), &cities, &spent([0; 4]), now()).unwrap_err();
    assert_eq!(
        (e.field, e.message.as_str()),
        (Field::Income, "the city's wage needs a reference city: name one first")
    );
    // A city without a wage figure cannot give one.
    let e = apply(&mut s, &fields(&[(Field::City, "凉山"), (Field::Income, "city")]), &cities, &spent([0; 4]), now())
        .unwrap_err();
    assert_eq!(e.field, Field::Income);
}

/// Living costs a city gave follow where the household lives and what it
/// spends now; typed ones stay as typed.
#[test]
fn living_costs_from_a_city_follow_the_home_city() {
    use crate::relocation::cities::{Home, find, shipped};
    let cities = shipped();
    let median = Living { monthly: 150_000, by_group: [150_000, 0, 0, 0], home: Home::Unset, pay: Default::default() };
    let mut s = guangzhou();
    apply(&mut s, &fields(&[(Field::City, "鹤岗")]), &cities, &median, now()).unwrap();
    // 1,500 × 92 ÷ 100.
    assert_eq!((s.living, s.scaled_living), (138_000, true));
    // Living in Beijing now: 1,500 × 92 ÷ 132 = 1,045.45, whatever else is changed.
    let beijing = Living { home: Home::City(Box::new(find(&cities, "北京").unwrap().clone())), ..median.clone() };
    assert_eq!(refreshed(&s, &cities, &beijing).living, 104_545);
    apply(&mut s, &fields(&[(Field::MovingCosts, "100")]), &cities, &beijing, now()).unwrap();
    assert_eq!((s.living, s.scaled_living), (104_545, true));
    // The form sends the figure back as it showed it: still following.
    apply(&mut s, &fields(&[(Field::Living, "1045.45")]), &cities, &beijing, now()).unwrap();
    assert!(s.scaled_living);
    // Typed: it stays.
    apply(&mut s, &fields(&[(Field::Living, "900")]), &cities, &beijing, now()).unwrap();
    assert_eq!((s.living, s.scaled_living), (90_000, false));
    assert_eq!(refreshed(&s, &cities, &median).living, 90_000);
}

#[test]
fn rent_growth_price_change_and_selling_costs() {
    let mut s = guangzhou();
    let f = fields(&[
        (Field::Plan, "outright"),
        (Field::PricePerM2, "2274"),
        (Field::Area, "50"),
        (Field::PriceChange, "-3"),
        (Field::SellingCosts, "2.5"),
    ]);
    apply(&mut s, &f, &[], &spent([0; 4]), now()).unwrap();
    assert_eq!((s.price_change_bp, s.selling_costs_bp), (-300, 250));
    assert_eq!(texts(&s).get(Field::PriceChange), Some("-3"));
    apply(&mut s, &fields(&[(Field::RentGrowth, "-0.5")]), &[], &spent([0; 4]), now()).unwrap();
    assert_eq!((s.rent_growth_bp, percent_text(-50)), (Some(-50), "-0.5".to_owned()));
    // Unsaid, or "inflation": rent rises with prices.
    apply(&mut s, &fields(&[(Field::RentGrowth, "inflation")]), &[], &spent([0; 4]), now()).unwrap();
    assert_eq!((s.rent_growth_bp, texts(&s).get(Field::RentGrowth)), (None, Some("inflation")));
    for bad in ["-60", "51", "x"] {
        assert_eq!(
            apply(&mut s, &fields(&[(Field::PriceChange, bad)]), &[], &spent([0; 4]), now()).unwrap_err().field,
            Field::PriceChange
        );
    }
    assert!(apply(&mut s, &fields(&[(Field::SellingCosts, "-1")]), &[], &spent([0; 4]), now()).is_err());
}

/// What a rent (or staying's housing) costs a month.
fn rent(h: &Housing) -> i64 {
    match *h {
        Housing::Rent { monthly, .. } | Housing::Current { monthly } => monthly,
        _ => panic!("not a rent: {h:?}"),
    }
}
