//! Worked examples of the resolver, with the shipped names.

use super::*;

const CATEGORIES: &[&str] =
    &["salary", "rent", "mortgage", "property fees", "food", "groceries", "transport", "gifts and red packets", "猫粮"];
const ACCOUNTS: &[&str] = &["Bank card", "Cash", "Alipay", "WeChat Pay"];

fn pick(items: &[&'static str], typed: &str) -> Result<&'static str, NameError> {
    find(items, typed, |n| n).copied()
}

#[test]
fn chinese_prefixes_find_shipped_names_in_either_language() {
    // The resolver reads no language: the same answers whatever the reader's is.
    assert_eq!(pick(CATEGORIES, "餐"), Ok("food"));
    assert_eq!(pick(CATEGORIES, "餐饮"), Ok("food"));
    assert_eq!(pick(ACCOUNTS, "微信"), Ok("WeChat Pay"));
    assert_eq!(pick(ACCOUNTS, "支付"), Ok("Alipay"), "a prefix of 支付宝, not a part of 微信支付");
    assert_eq!(pick(CATEGORIES, "买"), Ok("groceries"));
    assert_eq!(pick(CATEGORIES, "猫"), Ok("猫粮"), "a user's own name");
}

#[test]
fn latin_names_match_exactly_then_ignoring_case_then_by_prefix() {
    assert_eq!(pick(CATEGORIES, "Gro"), Ok("groceries"));
    assert_eq!(pick(CATEGORIES, " FOOD "), Ok("food"));
    assert_eq!(pick(ACCOUNTS, "wechat"), Ok("WeChat Pay"));
    let items = ["food", "food delivery"];
    assert_eq!(find(&items, "food", |n| n), Ok(&"food"), "an exact name wins over a longer prefix");
    assert_eq!(find(&items, "Food", |n| n), Ok(&"food"));
}

#[test]
fn a_user_name_wins_over_the_shipped_name_it_spells() {
    assert_eq!(find(&["food", "餐饮"], "餐饮", |n| n), Ok(&"餐饮"));
}

#[test]
fn an_ambiguous_prefix_lists_its_candidates_in_either_language() {
    assert_eq!(pick(CATEGORIES, "r"), Ok("rent"), "one name starts with r");
    assert_eq!(
        pick(CATEGORIES, "房"),
        Err(NameError::Ambiguous { typed: "房".into(), candidates: vec!["rent".into(), "mortgage".into()] })
    );
    assert_eq!(
        pick(CATEGORIES, "g"),
        Err(NameError::Ambiguous {
            typed: "g".into(),
            candidates: vec!["groceries".into(), "gifts and red packets".into()]
        })
    );
}

#[test]
fn unknown_chinese_input_suggests_names_sharing_its_characters() {
    // 房费: 房租 and 房贷 share its start, 物业费 its last character.
    assert_eq!(
        pick(CATEGORIES, "房费"),
        Err(NameError::Unknown {
            typed: "房费".into(),
            closest: vec!["mortgage".into(), "rent".into(), "property fees".into()]
        })
    );
    assert_eq!(
        pick(CATEGORIES, "午餐"),
        Err(NameError::Unknown { typed: "午餐".into(), closest: vec!["food".into()] })
    );
    // Nothing shares a character: no suggestion rather than three unrelated names.
    assert_eq!(pick(CATEGORIES, "咖啡"), Err(NameError::Unknown { typed: "咖啡".into(), closest: vec![] }));
}

#[test]
fn unknown_latin_input_suggests_names_by_edit_distance() {
    match pick(ACCOUNTS, "bnak") {
        Err(NameError::Unknown { closest, .. }) => assert_eq!(closest[0], "Bank card"),
        other => panic!("{other:?}"),
    }
    match pick(CATEGORIES, "fod") {
        Err(NameError::Unknown { closest, .. }) => assert_eq!(closest[0], "food"),
        other => panic!("{other:?}"),
    }
    assert_eq!(pick(&[], "food"), Err(NameError::Unknown { typed: "food".into(), closest: vec![] }));
}

#[test]
fn archived_items_are_refused_by_name_where_only_active_ones_count() {
    let items = [("Cash", false), ("Old card", true), ("Alipay", false)];
    let active = |typed: &str| find_active(&items, typed, |i| i.0, |i| i.1).map(|i| i.0);
    assert_eq!(active("cash"), Ok("Cash"));
    assert_eq!(active("old"), Err(NameError::Archived { name: "Old card".into() }));
    assert!(matches!(active("nowhere"), Err(NameError::Unknown { .. })));
    // Where every item counts (filters over history), the archived one is found.
    assert_eq!(find(&items, "old", |i| i.0).map(|i| i.0), Ok("Old card"));
}

#[test]
fn the_picker_lists_exact_then_prefix_then_containing_names_in_either_language() {
    let listed = |typed: &str| filter(CATEGORIES.iter(), typed, |n| n).into_iter().copied().collect::<Vec<_>>();
    assert_eq!(listed("餐"), ["food"]);
    assert_eq!(listed("re"), ["rent", "gifts and red packets"]);
    assert_eq!(listed("费"), ["property fees"], "contained in 物业费");
    assert_eq!(listed("").len(), CATEGORIES.len());
}

const NAMES: [&str; 4] = ["Bank card", "Cash", "Alipay", "WeChat Pay"];

#[test]
fn names_match_exactly_then_case_insensitively_then_by_prefix() {
    let at = |typed| find_index(&NAMES, typed, |n| n);
    assert_eq!(at("Cash"), Ok(1));
    assert_eq!(at("bank"), Ok(0));
    assert_eq!(at("alipay"), Ok(2));
    assert_eq!(at("wechat"), Ok(3));
    assert_eq!(at(" ALIPAY "), Ok(2));
}

#[test]
fn exact_match_wins_over_a_longer_prefix() {
    let names = ["food", "food delivery"];
    let at = |typed| find_index(&names, typed, |n| n);
    assert_eq!(at("food"), Ok(0));
    assert_eq!(at("Food"), Ok(0));
    let candidates = vec!["food".to_owned(), "food delivery".to_owned()];
    assert_eq!(at("fo"), Err(NameError::Ambiguous { typed: "fo".into(), candidates }));
}

#[test]
fn unknown_latin_names_list_the_closest_by_spelling() {
    let closest = |typed| match find_index(&NAMES, typed, |n| n) {
        Err(NameError::Unknown { closest, .. }) => closest,
        other => panic!("expected unknown, got {other:?}"),
    };
    assert_eq!(closest("bnak")[0], "Bank card");
    assert_eq!(closest("alipy")[0], "Alipay");
    assert_eq!(closest("").len(), 3);
}

/// A new person's name one slip from a known one: 小玉 beside 小王 (one
/// character changed), `sam` beside `Sam` (case), `Ｓam` beside `Sam`
/// (width), `Sa` and `Samm` (one dropped, one added). 小王王 is one edit
/// from 小王 too; 老李 is two from 小王, so not close; a long name allows
/// two (`Zhang Weii` → `Zhang Wei`, `Zhang We` → `Zhang Wei`, both ≤ 2).
#[test]
fn close_names_are_one_slip_away() {
    let people = ["小王", "Sam", "Zhang Wei", "老李"];
    assert_eq!(close_to("小玉", &people), ["小王"]);
    assert_eq!(close_to("小王王", &people), ["小王"]);
    assert_eq!(close_to("小王", &people), Vec::<String>::new(), "never the name itself");
    assert_eq!(close_to("sam", &people), ["Sam"]);
    assert_eq!(close_to("Ｓam", &people), ["Sam"]);
    assert_eq!(close_to("Samm", &people), ["Sam"]);
    assert_eq!(close_to("Sa", &people), ["Sam"]);
    assert_eq!(close_to("Zhang Weii", &people), ["Zhang Wei"]);
    assert_eq!(close_to("Zhang Yu", &people), Vec::<String>::new(), "three edits");
    assert_eq!(close_to("大刘", &people), Vec::<String>::new());
    // Two-character names one character apart are all close (a note, never a refusal).
    assert_eq!(close_to("小张", &["小王", "小李", "老张", "老王"]), ["小李", "小王", "老张"], "one edit each, by name");
}
