use super::*;

#[test]
fn the_shipped_file_holds_312_cities_with_sources() {
    let cities = shipped();
    assert_eq!(cities.len(), 312);
    for c in &cities {
        let p = c.price_per_m2.as_ref().unwrap_or_else(|| panic!("{} has a price", c.name));
        assert!(p.source.contains("creprice.cn") && p.when() == "2026-05", "{c:?}");
        if let Some(w) = &c.wage_yearly {
            assert!(w.source.contains("China City Statistical Yearbook") && (2019..=2020).contains(&w.year));
        }
        assert_eq!(c.rent.as_ref().and_then(|r| r.model), Some(Model::RentFromPrice));
    }
    assert_eq!(cities.iter().filter(|c| c.wage_yearly.is_none()).count(), 10);
    // Chinese names are unique, so scenarios keep them.
    let mut keys: Vec<&str> = cities.iter().map(City::key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), 312);
}

#[test]
fn hegang_is_the_cheapest_city_and_its_figures_are_modelled_as_stated() {
    let cities = shipped();
    let hegang = find(&cities, "hegang").unwrap();
    let price = hegang.price_per_m2.as_ref().unwrap();
    assert_eq!((price.value, price.year, price.month), (2274, 2026, Some(5)));
    assert!(cities.iter().all(|c| c.price_per_m2.as_ref().unwrap().value >= 2274));
    // Rent: 2,274 × 50 m² × 2.5 % ÷ 12 = 236.875 → 237 a month.
    assert_eq!(hegang.rent.as_ref().unwrap().value, 237);
    // Index: 100 × (3 + 55,114 ÷ 81,506.5) ÷ 4 = 91.9 → 92; Beijing's 131.75 → 132.
    assert_eq!(hegang.indices(), [92; 4]);
    let beijing = find(&cities, "北京").unwrap();
    assert_eq!(beijing.indices(), [132; 4]);
    assert_eq!(beijing.index[0].model, Some(Model::IndexFromWage));
    // Beijing's average is about 24 times Hegang's.
    assert_eq!(beijing.price_per_m2.as_ref().unwrap().value / price.value, 23);
    // A city without a wage is at the median.
    let liangshan = find(&cities, "凉山").unwrap();
    assert_eq!((liangshan.indices(), liangshan.index[0].model), ([100; 4], Some(Model::IndexAverage)));
}

#[test]
fn wages_are_carried_forward_to_today() {
    let cities = shipped();
    let hegang = find(&cities, "鹤岗").unwrap();
    // 55,114 a year in 2020, × 1.05⁶ (1.340095640625) = 73,858.03 in 2026,
    // ÷ 12 = 6,154.836 → 6,154.84 a month.
    assert_eq!(hegang.monthly_wage(2026), Some(615_484));
    assert_eq!(hegang.monthly_wage(2020), Some(459_283));
    // A year before the data is the data.
    assert_eq!(hegang.monthly_wage(2019), Some(459_283));
    // Price to income: 90 m² × 2,274 = 204,660 ÷ 73,858.08 (12 × 6,154.84) = 2.77 years.
    assert_eq!(hegang.price_to_wage(2026), Some(277));
    assert_eq!(years_of(100, 0), None);
    // A user's figure from the year 1 (a typo) or of a huge wage gives none, never a panic.
    let mut odd = hegang.clone();
    odd.wage_yearly = Some(Figure { year: 1, ..hegang.wage_yearly.clone().unwrap() });
    assert_eq!(odd.monthly_wage(2026), None);
    odd.wage_yearly =
        Some(Figure { value: crate::money::MAX_AMOUNT / 10_000, year: 1926, ..hegang.wage_yearly.clone().unwrap() });
    assert!(odd.monthly_wage(2026).is_some_and(|w| w <= crate::money::MAX_AMOUNT));
}

#[test]
fn search_by_chinese_pinyin_or_prefix() {
    let cities = shipped();
    let names = |q: &str| search(&cities, q).iter().map(|c| c.local_name.clone()).collect::<Vec<_>>();
    assert_eq!(names("鹤"), ["鹤壁", "鹤岗"], "in the file's order");
    assert_eq!(names("heg"), ["鹤岗"]);
    assert_eq!(names("HEGANG"), ["鹤岗"]);
    assert_eq!(names("Hegang 鹤岗"), ["鹤岗"]);
    // Two cities are Fuzhou: the Chinese name tells them apart.
    assert_eq!(names("fuzhou").len(), 2);
    assert!(find(&cities, "Fuzhou").is_none());
    assert_eq!(find(&cities, "抚州").unwrap().province, "江西");
    // An exact name wins over longer names it starts: 北京 only, not more.
    assert_eq!(names("beijing"), ["北京"]);
    assert!(names("zz-nowhere").is_empty());
    assert_eq!(search(&cities, " ").len(), 312);
}

#[test]
fn user_cities_correct_figures_and_add_cities() {
    let user = r#"
[[city]]
name = "hegang"
rent = { value = 450, year = 2024, source = "landlord" }

[[city]]
name = "Ruili"
local_name = "瑞丽"
price_per_m2 = { value = 4000, year = 2025, source = "my own search" }
wage = { value = 4000, year = 2025, source = "job ad" }
food = { value = 90, year = 2025, source = "guess" }
"#;
    let merged = merge(shipped(), parse(user, "mine.toml").unwrap());
    assert_eq!(merged.len(), 313);
    let hegang = find(&merged, "Hegang").unwrap();
    let rent = hegang.rent.as_ref().unwrap();
    assert_eq!((rent.value, rent.model, rent.source.as_str()), (450, None, "landlord"));
    assert_eq!(hegang.price_per_m2.as_ref().unwrap().value, 2274, "the rest is kept");
    let ruili = find(&merged, "瑞丽").unwrap();
    // A month's wage of 4,000 is 48,000 a year; the food index typed, the rest modelled.
    assert_eq!(ruili.wage_yearly.as_ref().unwrap().value, 48_000);
    assert_eq!(ruili.index[0].value, 90);
    // 100 × (3 × 163,013 + 2 × 48,000) ÷ (4 × 163,013) = 89.7 → 90, modelled.
    assert_eq!((ruili.index[1].value, ruili.index[1].model), (90, Some(Model::IndexFromWage)));
    assert_eq!(ruili.rent.as_ref().unwrap().value, round_ratio(4000 * 50, 120_000, 250).unwrap());
}

#[test]
fn bad_entries_name_the_file_line_and_field() {
    let missing = "[[city]]\nname = \"X\"\nprice_per_m2 = { value = 1, year = 2024 }\n";
    let e = parse(missing, "mine.toml").unwrap_err().to_string();
    assert!(e.starts_with("mine.toml: ") && e.contains("line 3") && e.contains("source"), "{e}");
    let blank = "[[city]]\nname = \"X\"\nrent = { value = 1, year = 2024, source = \" \" }\n";
    assert_eq!(parse(blank, "mine.toml").unwrap_err().to_string(), "mine.toml: city 'X': rent needs a source");
    let month = "[[city]]\nname = \"X\"\nrent = { value = 1, year = 2024, month = 13, source = \"s\" }\n";
    assert_eq!(parse(month, "mine.toml").unwrap_err().to_string(), "mine.toml: city 'X': rent: month must be 1 to 12");
    let typo = "[[city]]\nname = \"X\"\nprice_per_m3 = 5\n";
    let e = parse(typo, "mine.toml").unwrap_err().to_string();
    assert!(e.contains("line 3") && e.contains("price_per_m3"), "{e}");
    let zero = "[[city]]\nname = \"Y\"\nprice_per_m2 = { value = 0, year = 2024, source = \"s\" }\n";
    let e = parse(zero, "mine.toml").unwrap_err().to_string();
    assert_eq!(e, "mine.toml: city 'Y': price_per_m2 must be more than zero (it is 0)");
}

#[test]
fn living_costs_scale_by_new_over_current() {
    let cities = shipped();
    let (hegang, beijing) = (find(&cities, "Hegang").unwrap(), find(&cities, "Beijing").unwrap());
    // 1,000 food, 200 transport, 100 utilities, 400 other.
    let by_group = [100_000, 20_000, 10_000, 40_000];
    // Living in Hegang and "moving" to Hegang: nothing changes.
    let in_hegang =
        Living { monthly: 170_000, by_group, home: Home::City(Box::new(hegang.clone())), pay: Default::default() };
    assert_eq!(estimate_living(&in_hegang, hegang), 170_000);
    // A Beijing household moving to Hegang: 1,700 × 92 ÷ 132 = 1,184.85.
    let in_beijing =
        Living { monthly: 170_000, by_group, home: Home::City(Box::new(beijing.clone())), pay: Default::default() };
    assert_eq!(estimate_living(&in_beijing, hegang), 118_485);
    // And back: 1,700 × 132 ÷ 92 = 2,439.13.
    assert_eq!(estimate_living(&in_hegang, beijing), 243_913);
    // Groups weigh their own indices: food at 120, the rest at 100, from the median
    // city: 1,700 × (1,000 × 120 + 700 × 100) ÷ (1,700 × 100) = 1,900.
    let mut dear_food = hegang.clone();
    dear_food.index =
        std::array::from_fn(|i| Figure { value: if i == 0 { 120 } else { 100 }, ..hegang.index[i].clone() });
    let unset = Living { monthly: 170_000, by_group, home: Home::Unset, pay: Default::default() };
    assert_eq!(estimate_living(&unset, &dear_food), 190_000);
    // Staying's own living costs are what is scaled, to the fen, whatever the
    // groups add up to (a mean of months is rounded once, the groups each).
    let odd = Living {
        monthly: 139_442,
        by_group: [100_000, 20_000, 10_000, 9_441],
        home: Home::City(Box::new(hegang.clone())),
        pay: Default::default(),
    };
    assert_eq!(estimate_living(&odd, hegang), 139_442);
    // Unset: against the median city.
    let unset = Living { monthly: 170_000, by_group, home: Home::Unset, pay: Default::default() };
    assert_eq!(estimate_living(&unset, hegang), 92 * 1_700);
    let custom = Living { monthly: 170_000, by_group, home: Home::Custom { index: 92 }, pay: Default::default() };
    assert_eq!(estimate_living(&custom, hegang), 170_000);
    assert_eq!(group_of("groceries"), Group::Food);
    assert_eq!(group_of("utilities and heating"), Group::Utilities);
    assert_eq!(group_of("gifts and red packets"), Group::Other);
}

#[test]
fn the_home_city_setting_names_a_city_custom_or_nothing() {
    let cities = shipped();
    assert_eq!(home_of(None, 100, &cities), Ok(Home::Unset));
    assert_eq!(home_of(Some("custom"), 120, &cities), Ok(Home::Custom { index: 120 }));
    assert_eq!(home_of(Some("鹤岗"), 100, &cities).unwrap().indices(), [92; 4]);
    assert_eq!(home_of(Some("Atlantis"), 100, &cities), Err("Atlantis".to_owned()));
}
