//! The forms of the screen of who owes whom (`O`, a [`SheetKind::Owed`]):
//! lend (`a`), borrow (`b`), collect or repay (`c`) and forgive (`f`), each
//! the words of one command (`lend`, `borrow`, `collect`, `repay`,
//! `forgive`) run by the CLI's own
//! handler, so a refusal (more than is open) comes back to its field. No
//! drawing, no SQL.

use super::action::SheetAction;
use super::app::App;
use super::fields::{Arg, Back, Field, FieldsForm};
use super::sheet::{SheetData, SheetKind};
use crate::money::Money;
use crate::text::{names::shown, owed as w, screens as s};

impl App {
    /// `a`: lend to a person, new or known; `b` (`borrow`): borrow from one.
    pub(super) fn lend_form(&self, borrow: bool) -> FieldsForm {
        let today = self.today.to_string();
        let (title, command, flag) =
            if borrow { (w::title_borrow(), "borrow", "--from") } else { (w::title_lend(), "lend", "--to") };
        FieldsForm::new(
            title.into(),
            &[command],
            vec![
                Field::text(s::l_amount(), Arg::Word, "", w::hint_lend_amount()).required(),
                Field::text(w::l_person(), Arg::Flag(flag), "", w::hint_person()).required(),
                Field::text(s::l_account(), Arg::Flag("--account"), "", w::hint_account()),
                Field::text(s::l_date(), Arg::Flag("--date"), &today, w::hint_day()),
            ],
            Back::Sheet(SheetKind::Owed),
        )
    }

    /// `c` (collect what the selected person owes, or repay what I owe
    /// them) and `f` (forgive it), on the selected row, its whole open
    /// amount filled in.
    pub(super) fn owed_form(&self, action: SheetAction) -> Option<FieldsForm> {
        let sheet = self.sheet.as_ref().filter(|s| s.kind == SheetKind::Owed)?;
        let Some(SheetData::Owed(lines)) = &sheet.data else { return None };
        let line = lines.get(sheet.selected)?;
        let name = shown(&line.person);
        let open = Money::new(line.open.amount.abs(), line.currency).plain();
        let today = self.today.to_string();
        let back = Back::Sheet(SheetKind::Owed);
        let amount = Field::text(s::l_amount(), Arg::Word, &open, w::hint_settle_amount()).required();
        let date = Field::text(s::l_date(), Arg::Flag("--date"), &today, w::hint_day());
        Some(match action {
            SheetAction::Forgive => FieldsForm::new(
                if line.open.amount > 0 { w::title_forgive(&name) } else { w::title_forgiven(&name) },
                &["forgive", &line.person],
                vec![
                    amount,
                    Field::text(s::l_category(), Arg::Flag("--category"), "", w::hint_forgive_category()).required(),
                    date,
                ],
                back,
            ),
            _ => {
                let owes_me = line.open.amount > 0;
                let (title, command, flag) = if owes_me {
                    (w::title_collect(&name), "collect", "--from")
                } else {
                    (w::title_repay(&name), "repay", "--to")
                };
                FieldsForm::new(
                    title,
                    &[command],
                    vec![
                        amount,
                        Field::text(w::l_person(), Arg::Flag(flag), &name, w::hint_person()).required(),
                        Field::text(s::l_account(), Arg::Flag("--account"), "", w::hint_account()),
                        date,
                    ],
                    back,
                )
            }
        })
    }
}
