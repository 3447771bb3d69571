//! Stale screens (issue 20 item 2): the interface's delete and edit act
//! only on the row as it showed it. Another nestegg (the command line) that
//! changed or deleted the row meanwhile makes the interface say so, show the
//! row as it is now and write nothing; ids are never handed out twice. The
//! real binary under tmux, the ledger compared table by table.

use crate::common;
use common::Cli;
use common::tmux::Tmux;

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-11", "-p", "美团"]);
    l.ok(&["add", "12", "-c", "food", "-d", "2026-10-12", "-p", "Coffee"]);
    l
}

fn interface(l: &Cli) -> Tmux {
    let home_var = format!("HOME={}", l.home().display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("Coffee");
    tmux
}

/// The screen's words with wrapped lines joined: a long status wraps.
fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The id of the row whose payee is `payee` (`ls --format csv`: id first).
fn id_of(l: &Cli, payee: &str) -> String {
    let rows = l.ok(&["ls", "-f", "csv"]);
    let row = rows.lines().find(|r| r.contains(payee)).unwrap_or_else(|| panic!("{payee} in {rows}"));
    row.split(',').next().unwrap().to_owned()
}

#[test]
fn a_delete_confirmed_after_the_row_changed_elsewhere_writes_nothing() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let tmux = interface(&l);
    // The newest row, Coffee, is selected; the question is asked.
    tmux.keys(&["d"]);
    tmux.wait_for_text("Delete 2026-10-12");
    // Meanwhile the command line deletes Coffee and adds a row. With ids
    // handed out again, the new row took Coffee's id and the yes deleted it.
    let coffee = id_of(&l, "Coffee");
    l.ok(&["rm", &coffee]);
    l.ok(&["add", "40", "-c", "food", "-d", "2026-10-13", "-p", "Bookshop"]);
    assert_ne!(id_of(&l, "Bookshop"), coffee, "a deleted id is never handed out again");
    let before = l.dump();
    tmux.keys(&["y"]);
    // The whole message drawn (a capture can land mid-draw).
    tmux.wait_for("nothing was written", |s| {
        flat(s).contains("deleted elsewhere") && flat(s).contains("nothing was written")
    });
    assert_eq!(l.dump(), before, "the delete wrote nothing");
    // The list shows the ledger as it is now.
    tmux.wait_for_text("Bookshop");

    // Changed (not deleted) meanwhile: the same, and the row as it is now is shown.
    tmux.keys(&["d"]);
    tmux.wait_for_text("Delete 2026-10-13");
    let bookshop = id_of(&l, "Bookshop");
    l.ok(&["edit", &bookshop, "--amount", "45", "--payee", "Bookshop Xinhua"]);
    let before = l.dump();
    tmux.keys(&["y"]);
    // The whole message drawn (a capture can land mid-draw).
    tmux.wait_for("it now reads: 2026-10-13 Bookshop Xinhua -¥45.00", |s| {
        flat(s).contains("changed elsewhere") && flat(s).contains("it now reads: 2026-10-13 Bookshop Xinhua -¥45.00")
    });
    assert_eq!(l.dump(), before);
    // Asked again over the row as it is now, the delete goes through.
    tmux.keys(&["d"]);
    tmux.wait_for_text("Delete 2026-10-13 Bookshop Xinhua");
    tmux.keys(&["y"]);
    tmux.wait_for_text("deleted 2026-10-13 Bookshop Xinhua");
    tmux.keys(&["q"]);
    drop(tmux);
    assert!(!l.ok(&["ls"]).contains("Bookshop"));
    l.ok(&["check"]);
}

#[test]
fn an_edit_saved_after_the_row_changed_elsewhere_keeps_the_correction() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let tmux = interface(&l);
    // Edit the newest row (Coffee): the form opens on its amount.
    tmux.keys(&["e"]);
    tmux.wait_for_text("Edit");
    // Meanwhile the command line corrects its payee and note.
    let coffee = id_of(&l, "Coffee");
    l.ok(&["edit", &coffee, "--payee", "Coffee Lab", "--note", "with Li"]);
    let before = l.dump();
    // The user types a new amount and saves: refused, nothing written, the
    // form comes back over the row as it is now, with the typed amount.
    tmux.type_text("15");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Coffee Lab", |s| flat(s).contains("changed elsewhere") && s.contains("Coffee Lab"));
    assert_eq!(l.dump(), before, "the save wrote nothing");
    // Saved again, knowingly: the typed amount over the correction, which stays.
    tmux.keys(&["Enter"]);
    // (Not just "saved": the Ledger's header says "saved ¥…" all along.)
    tmux.wait_for_text("saved -¥15.00 food");
    tmux.keys(&["q"]);
    drop(tmux);
    let rows = l.ok(&["ls", "-f", "csv"]);
    let row = rows.lines().find(|r| r.starts_with(&format!("{coffee},"))).unwrap();
    assert!(row.contains("-15.00") && row.contains("Coffee Lab") && row.contains("with Li"), "{row}");

    // Deleted meanwhile: the typed form comes back as a new transaction.
    let tmux = interface(&l);
    tmux.wait_for_text("Coffee Lab");
    tmux.keys(&["e"]);
    tmux.wait_for_text("Edit");
    l.ok(&["rm", &coffee]);
    let before = l.dump();
    tmux.type_text("16");
    tmux.keys(&["Enter"]);
    // The whole message drawn (a capture can land mid-draw).
    tmux.wait_for("Enter adds yours as a new transaction", |s| {
        flat(s).contains("deleted elsewhere") && flat(s).contains("Enter adds yours as a new transaction")
    });
    assert_eq!(l.dump(), before);
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    drop(tmux);
    assert_eq!(l.dump(), before, "Esc dropped it");
    l.ok(&["check"]);
}

/// Scenarios too: an edit, rename or delete from the Move tab carries the
/// scenario as shown, and is refused (nothing written) if another nestegg
/// changed or deleted it meanwhile; their ids are never handed out twice.
#[test]
fn a_scenario_changed_elsewhere_is_neither_overwritten_nor_deleted() {
    use nestegg::ops::plans::{ScenarioSave, delete_scenario, save_scenario};
    use nestegg::relocation::scenario::Scenario;
    use nestegg::store::StoreError;
    let l = Cli::new();
    l.ok(&["demo", "--months", "3"]);
    l.ok(&["relocate", "add", "Hegang", "--city", "Hegang", "--rent", "600"]);
    let mut store = nestegg::store::Store::open(&l.path).unwrap();
    let (id, shown) = store.scenarios().unwrap().remove(0);
    // Another nestegg changes the rent after the Move tab showed it.
    l.ok(&["relocate", "edit", "Hegang", "--rent", "900"]);
    let before = l.dump();
    let changed = |e: nestegg::ops::OpError| match e {
        nestegg::ops::OpError::Store(StoreError::Changed { what: "scenario", gone, .. }) => gone,
        other => panic!("{other:?}"),
    };
    let edited = Scenario { living: shown.living + 10_000, ..shown.clone() };
    let edit = ScenarioSave::Edit { id, was: Box::new(shown.clone()) };
    assert!(!changed(save_scenario(&mut store, &edit, &edited).unwrap_err()));
    let rename = ScenarioSave::Rename { id, was: Box::new(shown.clone()) };
    let renamed = Scenario { name: "Hegang 2".into(), ..shown.clone() };
    assert!(!changed(save_scenario(&mut store, &rename, &renamed).unwrap_err()));
    assert!(!changed(delete_scenario(&mut store, id, &shown).unwrap_err()));
    assert_eq!(l.dump(), before, "nothing was written");
    // Deleted elsewhere and another added: the new one has a new id, and the
    // stale delete is refused as gone.
    l.ok(&["relocate", "rm", "Hegang"]);
    l.ok(&["relocate", "add", "Harbin", "--city", "Harbin"]);
    let (new_id, _) = store.scenarios().unwrap().remove(0);
    assert!(new_id > id, "a deleted scenario's id is not handed out again");
    let before = l.dump();
    assert!(changed(delete_scenario(&mut store, id, &shown).unwrap_err()));
    assert_eq!(l.dump(), before);
}
