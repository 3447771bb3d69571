use super::*;
use crate::relocation::cities::{Home, Living};

fn spent(by_group: [i64; 4]) -> Living {
    Living { monthly: by_group.iter().sum(), by_group, home: Home::Unset, pay: Default::default() }
}
use crate::relocation::compare::stay;

fn now() -> Month {
    Month::new(2026, 11).unwrap()
}

fn new_form() -> ScenarioForm {
    ScenarioForm::new(None, Scenario { name: String::new(), ..stay(500_000, 150_000, 100_000, "here") }, "", &[])
}

fn type_text(f: &mut ScenarioForm, text: &str) {
    for c in text.chars() {
        f.type_char(c);
    }
}

#[test]
fn a_reference_city_fills_rent_price_and_living_costs() {
    let cities = cities::shipped();
    let mut f = new_form();
    type_text(&mut f, "Hegang");
    f.step_focus(true, &cities, &spent([100_000, 0, 0, 0]));
    type_text(&mut f, "hegang");
    f.step_focus(true, &cities, &spent([100_000, 0, 0, 0]));
    let hegang = cities::find(&cities, "Hegang").unwrap();
    assert_eq!(f.text(Slot::Field(Field::City)), "Hegang 鹤岗");
    assert_eq!(f.text(Slot::Field(Field::Rent)), format!("{}.00", hegang.rent.as_ref().unwrap().value));
    assert_eq!(f.text(Slot::Field(Field::PricePerM2)), format!("{}.00", hegang.price_per_m2.as_ref().unwrap().value));
    // Staying's housing gives way to renting there.
    assert_eq!(f.plan(), Plan::Rent);
    assert!(f.slots().contains(&Slot::Field(Field::Rent)));
    let s = f.validate(&[], &cities, &spent([100_000, 0, 0, 0]), now()).unwrap();
    assert_eq!(s.name, "Hegang");
    assert_eq!(rent(&s.housing), hegang.rent.as_ref().unwrap().value * 100);
    assert!(
        f.note
            .as_deref()
            .is_some_and(|n| n.starts_with("Hegang 鹤岗: rent 237 (modelled from the price), 2274 ¥/m² (2026-05)")),
        "{:?}",
        f.note
    );
}

#[test]
fn choices_cycle_and_change_the_fields_shown() {
    let mut f = new_form();
    f.focus_on(Slot::Field(Field::Plan), &[], &spent([0; 4]));
    assert_eq!(f.choices(f.focus), ["as now", "rent", "mortgage", "outright"]);
    assert_eq!(f.slots().len(), 9, "as now: no housing fields");
    f.cycle(true);
    f.cycle(true);
    assert_eq!(f.plan(), Plan::Mortgage);
    // 13, and issue 25's fund term, prepayments (once, yearly), what they reduce and a penalty.
    assert_eq!(f.slots().len(), 9 + 18);
    f.type_char('o');
    assert_eq!(f.plan(), Plan::Outright);
    f.cycle(false);
    f.cycle(false);
    f.cycle(false);
    assert_eq!(f.plan(), Plan::AsNow, "wraps");
}

#[test]
fn errors_sit_beside_their_lines() {
    let mut f = new_form();
    f.focus_on(Slot::Field(Field::Plan), &[], &spent([0; 4]));
    f.type_char('o');
    let errors = f.validate(&["Hegang"], &[], &spent([0; 4]), now()).unwrap_err();
    assert_eq!(errors[0].0, Slot::Name);
    assert_eq!(errors[1], (Slot::Field(Field::PricePerM2), "buying needs a price per m²".to_owned()));
    f.focus_on(Slot::Name, &[], &spent([0; 4]));
    type_text(&mut f, "hegang");
    assert!(
        f.validate(&["Hegang"], &[], &spent([0; 4]), now()).unwrap_err()[0].1.contains("already a scenario 'Hegang'")
    );
}

#[test]
fn every_bad_line_is_named_at_once() {
    let mut f = new_form();
    for (slot, text) in [(Field::Income, "-5"), (Field::Living, "abc"), (Field::Start, "2020-01")] {
        f.focus_on(Slot::Field(slot), &[], &spent([0; 4]));
        type_text(&mut f, text);
    }
    let errors = f.validate(&[], &[], &spent([0; 4]), now()).unwrap_err();
    let slots: Vec<Slot> = errors.iter().map(|(s, _)| *s).collect();
    assert_eq!(slots, [Slot::Name, Slot::Field(Field::Income), Slot::Field(Field::Living), Slot::Field(Field::Start)]);
}

#[test]
fn a_letter_steps_through_the_choices_with_a_word_starting_with_it() {
    let mut f = new_form();
    f.focus_on(Slot::Field(Field::Plan), &[], &spent([0; 4]));
    f.type_char('m');
    f.focus_on(Slot::Field(Field::Method), &[], &spent([0; 4]));
    assert_eq!(f.text(f.focus), "equal-payment");
    f.type_char('p');
    assert_eq!(f.text(f.focus), "equal-principal");
    f.type_char('p');
    assert_eq!(f.text(f.focus), "equal-payment");
}

#[test]
fn a_city_leaves_typed_lines_alone_and_an_unknown_one_is_said() {
    let cities = cities::shipped();
    let mut f = new_form();
    f.focus_on(Slot::Field(Field::Rent), &cities, &spent([0; 4]));
    type_text(&mut f, "650");
    f.focus_on(Slot::Field(Field::City), &cities, &spent([0; 4]));
    type_text(&mut f, "Hegang");
    f.step_focus(true, &cities, &spent([0; 4]));
    assert_eq!(f.text(Slot::Field(Field::Rent)), "650");
    assert!(f.note.as_deref().is_some_and(|n| n.contains("kept what you typed: Rent/month")), "{:?}", f.note);
    f.focus_on(Slot::Field(Field::City), &cities, &spent([0; 4]));
    type_text(&mut f, "Nowhere");
    f.step_focus(true, &cities, &spent([0; 4]));
    assert!(f.note.as_deref().is_some_and(|n| n.starts_with("no reference city 'Nowhere'")), "{:?}", f.note);
    // A prefix two cities share names both.
    f.focus_on(Slot::Field(Field::City), &cities, &spent([0; 4]));
    type_text(&mut f, "鹤");
    f.step_focus(true, &cities, &spent([0; 4]));
    assert!(f.note.as_deref().is_some_and(|n| n.contains("Hebi 鹤壁") && n.contains("Hegang 鹤岗")), "{:?}", f.note);
}

#[test]
fn copies_get_a_free_name() {
    assert_eq!(copy_name("Hegang", &["Hegang"]), "Hegang (copy)");
    assert_eq!(copy_name("Hegang", &["Hegang", "hegang (COPY)"]), "Hegang (copy 2)");
    assert!(check_name(" ", &[]).is_err() && check_name("STAY", &[]).is_err());
}

#[test]
fn in_chinese_the_form_speaks_chinese_and_stores_the_same_names() {
    use crate::text::{Lang, in_lang};
    in_lang(Lang::Zh, || {
        let mut f = new_form();
        assert_eq!(Slot::Name.label(), "名称");
        assert_eq!(Slot::Field(Field::PricePerM2).label(), "每平米单价");
        f.focus_on(Slot::Field(Field::Plan), &[], &spent([0; 4]));
        f.type_char('o');
        // The line holds the stored name; the form shows the plan in Chinese.
        assert_eq!(f.text(f.focus), "outright");
        assert_eq!(f.focus.choice_label(f.text(f.focus)), "全款买房");
        assert_eq!(Slot::Field(Field::Method).choice_label("equal-principal"), "等额本金");
        assert_eq!(Slot::Field(Field::Reduce).choice_label("payment"), "减少月供");
        let errors = f.validate(&[], &[], &spent([0; 4]), now()).unwrap_err();
        assert_eq!(errors[0], (Slot::Name, "请给方案起个名字".to_owned()));
        assert_eq!(errors[1], (Slot::Field(Field::PricePerM2), "买房需要每平米单价".to_owned()));
        // Staying's name is refused in either language; a copy is a 副本.
        assert!(check_name("不搬", &[]).is_err() && check_name("stay", &[]).is_err());
        assert_eq!(copy_name("鹤岗", &["鹤岗"]), "鹤岗（副本）");
    });
    // Either language's plan name is understood, whatever the reader's language.
    assert_eq!(Plan::parse("租房"), Some(Plan::Rent));
    assert!(check_name("不搬", &[]).is_err());
}

#[test]
fn ctrl_u_empties_the_focused_line_but_not_a_choice() {
    let mut f = new_form();
    f.focus_on(Slot::Field(Field::Living), &[], &spent([0; 4]));
    type_text(&mut f, "9");
    assert_eq!(f.text(Slot::Field(Field::Living)), "9");
    f.clear_focused();
    assert_eq!(f.text(Slot::Field(Field::Living)), "");
    type_text(&mut f, "12");
    assert_eq!(f.text(Slot::Field(Field::Living)), "12", "typing goes on from empty");
    f.focus_on(Slot::Field(Field::Plan), &[], &spent([0; 4]));
    let plan = f.text(Slot::Field(Field::Plan)).to_owned();
    f.clear_focused();
    assert_eq!(f.text(Slot::Field(Field::Plan)), plan);
}

/// What a rent (or staying's housing) costs a month.
fn rent(h: &Housing) -> i64 {
    match *h {
        Housing::Rent { monthly, .. } | Housing::Current { monthly } => monthly,
        _ => panic!("not a rent: {h:?}"),
    }
}
