//! The accounts screen's forms over what an account holds and owes: `r`
//! a statement (reconcile), `V` a valuation, `L` a loan's terms and `c` a
//! credit line's terms, each the form of its command. No drawing, no SQL.

use super::action::SheetAction;
use super::app::App;
use super::fields::{Arg, Back, Field, FieldsForm};
use super::sheet::{SheetData, SheetKind, option};
use crate::text::{names::shown, screens as w};

impl App {
    /// On an account: `r` its statement's balance on a day (compared, not
    /// run as words: see [`FieldsForm::reconcile`]), `V` what an investment
    /// or a home is worth on a day (`value`), `L` a loan's terms (`accounts
    /// loan`). The account is a field of the last two, so the command's
    /// refusal of another kind shows under it.
    pub(super) fn worth_form(&self, action: SheetAction) -> Option<FieldsForm> {
        use crate::text::worth as ww;
        let sheet = self.sheet.as_ref().filter(|s| s.kind == SheetKind::Accounts)?;
        let (a, balance) = *sheet.accounts().get(sheet.selected)?;
        let name = shown(&a.name);
        let today = self.today.to_string();
        let back = Back::Sheet(SheetKind::Accounts);
        let account = |hint: &str| Field::text(w::l_account(), Arg::Word, &name, hint);
        Some(match action {
            SheetAction::Reconcile => {
                let mut form = FieldsForm::new(
                    ww::title_reconcile(&name),
                    &["reconcile", &a.name],
                    vec![
                        Field::text(ww::l_stated(), Arg::Word, "", ww::hint_stated()),
                        Field::text(w::l_date(), Arg::Flag("--date"), &today, ww::hint_statement_day()),
                    ],
                    back,
                );
                form.reconcile = Some(a.id);
                form
            }
            SheetAction::Value => {
                let now = crate::money::Money::new(*balance, a.currency).plain();
                let mut form = FieldsForm::new(
                    ww::title_value(&name),
                    &["value"],
                    vec![
                        account(ww::hint_value_account()),
                        Field::text(ww::l_worth(), Arg::Word, &now, ww::hint_worth()),
                        Field::text(w::l_date(), Arg::Flag("--date"), &today, ww::hint_value_day()),
                    ],
                    back,
                );
                form.focus = 1;
                form
            }
            _ => {
                let methods = vec![
                    option("equal-payment", ww::method_equal_payment()),
                    option("equal-principal", ww::method_equal_principal()),
                ];
                let mut form = FieldsForm::new(
                    ww::title_loan(&name),
                    &["accounts", "loan"],
                    vec![
                        account(ww::hint_loan_account()),
                        Field::text(ww::l_principal(), Arg::Flag("--principal"), "", ww::hint_principal()).required(),
                        Field::text(ww::l_rate(), Arg::Flag("--rate"), "", ww::hint_rate()).required(),
                        Field::text(ww::l_years(), Arg::Flag("--years"), "", ww::hint_years()).required(),
                        Field::text(w::l_start(), Arg::Flag("--start"), &today, ww::hint_loan_start()).required(),
                        Field::choice(ww::l_method(), Arg::Flag("--method"), methods, "equal-payment"),
                    ],
                    back,
                );
                form.focus = 1;
                form
            }
        })
    }

    /// `c` on an account: a credit line's terms (`accounts credit`), as
    /// they are when it has some. The account is a field, so the command's
    /// refusal of another kind shows under it.
    pub(super) fn credit_form(&self) -> Option<FieldsForm> {
        use crate::text::credit as wc;
        let sheet = self.sheet.as_ref().filter(|s| s.kind == SheetKind::Accounts)?;
        let (a, _) = *sheet.accounts().get(sheet.selected)?;
        let Some(SheetData::Accounts(_, cards)) = &sheet.data else { return None };
        let terms = cards.iter().find(|c| c.account.id == a.id).map(|c| c.terms);
        let limit = terms.map_or(String::new(), |t| crate::money::Money::new(t.limit, a.currency).plain());
        let day = |d: Option<u32>| d.map_or(String::new(), |d| d.to_string());
        let mut form = FieldsForm::new(
            wc::title_credit(&shown(&a.name)),
            &["accounts", "credit"],
            vec![
                Field::text(w::l_account(), Arg::Word, &shown(&a.name), wc::hint_credit_account()),
                Field::text(wc::l_limit(), Arg::Flag("--limit"), &limit, wc::hint_limit()).required(),
                Field::text(
                    wc::l_statement_day(),
                    Arg::Flag("--statement-day"),
                    &day(terms.map(|t| t.statement_day)),
                    wc::hint_statement_day(),
                )
                .required(),
                Field::text(
                    wc::l_due_day(),
                    Arg::Flag("--due-day"),
                    &day(terms.map(|t| t.due_day)),
                    wc::hint_due_day(),
                )
                .required(),
            ],
            Back::Sheet(SheetKind::Accounts),
        );
        form.focus = 1;
        Some(form)
    }
}
