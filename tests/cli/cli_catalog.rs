//! Issue 21 asked the interface for three things the command line lacked:
//! copying last month's budgets, moving a category under a parent, and a
//! goal's priority. Each through the real binary, with refusals that write
//! nothing, and (budget copy) one undo step.

use crate::common;
use common::Cli;

fn dump(l: &Cli) -> Vec<String> {
    common::dump_file(&l.path)
}

#[test]
fn budget_copy_makes_a_months_budgets_another_months_in_one_undo_step() {
    let l = Cli::new();
    // November: food 1,200 rolling over, transport 300. December: food 900, rent 2,000 (new).
    l.ok(&["budget", "set", "food", "1200", "--from", "2026-11", "--rollover"]);
    l.ok(&["budget", "set", "transport", "300", "--from", "2026-11"]);
    l.ok(&["budget", "set", "food", "900", "--from", "2026-12", "--no-rollover"]);
    l.ok(&["budget", "set", "rent", "2000", "--from", "2026-12"]);
    let out = l.ok(&["budget", "copy", "--from", "2026-11", "--to", "2026-12"]);
    // food back to 1,200 rolling over, rent ended; transport already the same.
    assert_eq!(out.trim(), "copied 2 budgets from 2026-11 to 2026-12; one undo takes them back");
    let dec = l.ok(&["budget", "--month", "2026-12", "--format", "csv"]);
    assert!(dec.contains("food,1200.00"), "{dec}");
    assert!(dec.contains("transport,300.00"), "{dec}");
    assert!(!dec.contains("rent"), "{dec}");
    // Again: nothing differs, nothing is written.
    let before = dump(&l);
    let out = l.ok(&["budget", "copy", "--from", "2026-11", "--to", "2026-12"]);
    assert_eq!(out.trim(), "the budgets of 2026-12 are already those of 2026-11: nothing to copy");
    assert_eq!(dump(&l), before);
    // One undo takes the whole copy back.
    let undone = l.ok(&["undo"]);
    assert!(undone.contains("copy 2 budgets from 2026-11 to 2026-12"), "{undone}");
    let dec = l.ok(&["budget", "--month", "2026-12", "--format", "csv"]);
    assert!(dec.contains("food,900.00") && dec.contains("rent,2000.00"), "{dec}");
    // In Chinese.
    let out = l.ok(&["--lang", "zh", "budget", "copy", "--from", "2026-11", "--to", "2026-12"]);
    assert_eq!(out.trim(), "已把 2026-11 的 2 项预算复制到 2026-12；撤销一次即可恢复");
    // A bad month is refused, writing nothing.
    let before = dump(&l);
    l.fails(&["budget", "copy", "--from", "2026-13"], "--from");
    assert_eq!(dump(&l), before);
}

#[test]
fn a_category_moves_under_a_parent_of_its_class_and_never_under_itself() {
    let l = Cli::new();
    l.ok(&["categories", "add", "milk tea", "--class", "spending"]);
    let out = l.ok(&["categories", "move", "milk tea", "--parent", "food"]);
    assert_eq!(out.trim(), "moved category 'milk tea' under 'food'");
    let list = l.ok(&["categories"]);
    let row = list.lines().find(|r| r.contains("milk tea")).unwrap();
    assert!(row.contains("food"), "{list}");
    let before = dump(&l);
    // Another class, itself, one under it, and no such parent: refused, nothing written.
    l.fails(&["categories", "move", "milk tea", "--parent", "salary"], "parent 'salary' is income");
    l.fails(&["categories", "move", "food", "--parent", "food"], "cannot be under itself");
    l.fails(&["categories", "move", "food", "--parent", "milk tea"], "cannot be under itself");
    l.fails(&["categories", "move", "milk tea", "--parent", "nosuch"], "nosuch");
    assert_eq!(dump(&l), before);
    let out = l.ok(&["categories", "move", "milk tea", "--parent", "none"]);
    assert_eq!(out.trim(), "moved category 'milk tea' to the top level");
    let out = l.ok(&["--lang", "zh", "categories", "move", "milk tea", "--parent", "餐饮"]);
    assert_eq!(out.trim(), "已把分类“milk tea”移到“餐饮”下");
}

#[test]
fn goals_have_a_priority_and_list_the_high_ones_first() {
    let l = Cli::new();
    l.ok(&["goals", "add", "Bike", "--target", "1000"]);
    l.ok(&["goals", "add", "Flat", "--target", "37500", "--priority", "high"]);
    l.ok(&["goals", "add", "Trip", "--target", "5000", "--priority", "低"]);
    let list = l.ok(&["goals"]);
    let names: Vec<&str> =
        list.lines().skip(1).filter_map(|r| r.split_whitespace().next()).filter(|n| !n.is_empty()).collect();
    assert_eq!(names, ["Flat", "Bike", "Trip"], "{list}");
    assert!(list.lines().next().unwrap().contains("PRIORITY"), "{list}");
    let flat = list.lines().find(|r| r.starts_with("Flat")).unwrap();
    assert!(flat.contains("high"), "{list}");
    l.ok(&["goals", "edit", "Trip", "--priority", "HIGH"]);
    let list = l.ok(&["goals"]);
    let names: Vec<&str> = list.lines().skip(1).filter_map(|r| r.split_whitespace().next()).collect();
    assert_eq!(names, ["Flat", "Trip", "Bike"], "made before ranks first among equals: {list}");
    let zh = l.ok(&["--lang", "zh", "goals"]);
    assert!(zh.lines().any(|r| r.starts_with("Flat") && r.contains("高")), "{zh}");
    let before = dump(&l);
    l.fails(&["goals", "add", "Car", "--target", "9000", "--priority", "urgent"], "'urgent' is not a priority");
    l.fails(&["goals", "edit", "Bike", "--priority", "top"], "--priority");
    assert_eq!(dump(&l), before);
}

/// Accounts, categories and goals are undone and redone like any other
/// change, one step each, named in both languages; undo in order never
/// leaves a row pointing nowhere.
#[test]
fn accounts_categories_and_goals_are_undone_and_redone() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    let start = dump(&l);
    let steps: &[(&[&str], &str)] = &[
        (&["accounts", "add", "Piggy", "--kind", "savings"], "add account Piggy"),
        (&["accounts", "rename", "Piggy", "存钱罐"], "rename account Piggy to 存钱罐"),
        (&["accounts", "archive", "存钱罐"], "archive account 存钱罐"),
        (&["accounts", "unarchive", "存钱罐"], "bring back account 存钱罐"),
        (&["categories", "add", "milk tea", "--class", "spending"], "add category milk tea"),
        (&["categories", "move", "milk tea", "--parent", "food"], "move category milk tea"),
        (&["categories", "rename", "milk tea", "奶茶"], "rename category milk tea to 奶茶"),
        (&["categories", "archive", "奶茶"], "archive category 奶茶"),
        (
            &["goals", "add", "Flat", "--target", "37500", "--accounts", "存钱罐,Cash", "--priority", "high"],
            "add goal Flat",
        ),
        (&["goals", "edit", "Flat", "--target", "40000", "--accounts", "存钱罐"], "edit goal Flat"),
        (&["goals", "edit", "Flat", "--rename", "Home"], "rename goal Flat to Home"),
        (&["goals", "rm", "Home"], "delete goal Home"),
    ];
    let mut states = vec![dump(&l)];
    for (args, _) in steps {
        l.ok(args);
        states.push(dump(&l));
    }
    // Undo each, newest first: the ledger is as it was before that step.
    for (i, (args, label)) in steps.iter().enumerate().rev() {
        let out = l.ok(&["undo"]);
        assert!(out.contains(label), "{args:?}: {out}");
        let now: Vec<String> = dump(&l).into_iter().filter(|r| !r.starts_with("undo_log")).collect();
        let then: Vec<String> = states[i].iter().filter(|r| !r.starts_with("undo_log")).cloned().collect();
        assert_eq!(now, then, "undo of {args:?}");
    }
    let first: Vec<String> = start.iter().filter(|r| !r.starts_with("undo_log")).cloned().collect();
    assert_eq!(dump(&l).into_iter().filter(|r| !r.starts_with("undo_log")).collect::<Vec<_>>(), first);
    // Redo all of them: as it was after the last.
    for (args, label) in steps {
        let out = l.ok(&["redo"]);
        assert!(out.contains(label), "{args:?}: {out}");
    }
    let last: Vec<String> = states.last().unwrap().iter().filter(|r| !r.starts_with("undo_log")).cloned().collect();
    assert_eq!(dump(&l).into_iter().filter(|r| !r.starts_with("undo_log")).collect::<Vec<_>>(), last);
    l.ok(&["check"]);
    // In Chinese.
    let out = l.ok(&["--lang", "zh", "undo"]);
    assert!(out.contains("删除目标“Home”"), "{out}");
}

/// A newcomer reading Chinese added an account 支付宝 and a category 餐饮
/// beside the shipped Alipay and food, which show as 支付宝 and 餐饮: two
/// rows of the same name on every screen. Refused like any duplicate.
#[test]
fn a_shipped_names_translation_is_taken() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    let before = dump(&l);
    l.fails(&["accounts", "add", "支付宝", "--kind", "wallet"], "'支付宝' already exists");
    l.fails(&["categories", "add", "餐饮", "--class", "spending"], "'餐饮' already exists");
    l.fails(&["accounts", "rename", "Cash", "微信支付"], "already exists");
    assert_eq!(dump(&l), before);
    // A name of one's own in Chinese is fine, and so is renaming a shipped one to its own translation.
    l.ok(&["accounts", "add", "招商银行", "--kind", "bank"]);
    l.ok(&["accounts", "rename", "Cash", "现金"]);
}
