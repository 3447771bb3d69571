//! Recurring rules and their instances: adding, changing and removing rules,
//! skipping or changing one instance, posting what is due (one transaction:
//! killed halfway, nothing is half-posted, and the next start posts it all
//! once), and the instances to come.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, StoreError, Tx, history, unique_violation};
use crate::model::Class;
use crate::recurring::{Instance, NewRule, Posting, Rule, Schedule, StepUp};
use crate::text;

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Invalid(e.to_string()))
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<(Rule, String, Option<String>)> {
    let class: String = r.get(7)?;
    let rule = Rule {
        id: r.get(0)?,
        name: r.get(1)?,
        account_id: r.get(2)?,
        account: r.get(3)?,
        category_id: r.get(4)?,
        category: r.get(5)?,
        class: class.parse().unwrap_or(Class::Spending),
        amount: r.get(6)?,
        payee: r.get(8)?,
        note: r.get(9)?,
        // Filled in below from the JSON columns.
        schedule: Schedule {
            every: crate::recurring::Every::Month,
            interval: 1,
            day: 1,
            start: NaiveDate::MIN,
            end: None,
            count: None,
        },
        step_up: None,
        posted_through: r.get(12)?,
    };
    Ok((rule, r.get(10)?, r.get(11)?))
}

const SELECT: &str = "SELECT r.id, r.name, r.account_id, a.name, r.category_id, c.name, r.amount, c.class, r.payee,
                             r.note, r.schedule, r.step_up, r.posted_through
                        FROM recurring r JOIN accounts a ON a.id = r.account_id
                        JOIN categories c ON c.id = r.category_id";

/// Every rule, in the order they were added.
fn rules(conn: &Connection) -> Result<Vec<Rule>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY r.id"))?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(mut rule, schedule, step)| {
            let bad = |e: serde_json::Error| StoreError::Invalid(text::errors::rule_unreadable(&rule.name, e));
            rule.schedule = serde_json::from_str(&schedule).map_err(bad)?;
            rule.step_up = step.map(|s| serde_json::from_str::<StepUp>(&s)).transpose().map_err(bad)?;
            Ok(rule)
        })
        .collect()
}

/// Instances of `rules` from `from` to `to` (both included) not yet posted,
/// with skipped ones left out and changed ones at their own amount. An
/// instance whose posting was undone (and can still be redone) waits for
/// the redo: it is not due again.
fn upcoming_of(conn: &Connection, rules: &[Rule], from: NaiveDate, to: NaiveDate) -> Result<Vec<Instance>> {
    let held = history::held(conn)?;
    let mut out = Vec::new();
    let mut status =
        conn.prepare_cached("SELECT status, amount FROM recurring_instances WHERE rule_id = ?1 AND date = ?2")?;
    for rule in rules {
        let after = rule.posted_through.map_or(from, |p| p.succ_opt().unwrap_or(p).max(from));
        for (_, date) in rule.schedule.dates_between(after, to) {
            if held.contains(&(rule.id, date)) {
                continue;
            }
            let found: Option<(String, Option<i64>)> =
                status.query_row(params![rule.id, date], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
            let amount = match found {
                Some((s, _)) if s != "changed" => continue,
                Some((_, Some(a))) => a,
                _ => rule.amount_on(date),
            };
            out.push(Instance { rule_id: rule.id, name: rule.name.clone(), date, amount });
        }
    }
    out.sort_by_key(|i| (i.date, i.rule_id));
    Ok(out)
}

impl Store {
    /// Every rule, in the order they were added.
    pub fn recurring(&self) -> Result<Vec<Rule>> {
        rules(&self.conn)
    }

    /// Instances from `from` to `to` (both included) not yet posted, with
    /// skipped ones left out and changed ones at their own amount.
    pub fn upcoming(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Instance>> {
        upcoming_of(&self.conn, &self.recurring()?, from, to)
    }

    /// Posts every instance due up to `today` that has not been dealt with,
    /// as one undoable step labelled by `label` (from the instances, which
    /// `ops` words as a typed step). A rule whose instance is over
    /// [`crate::money::MAX_AMOUNT`] is held back from that instance on (see
    /// [`Posting`]); the other rules post.
    pub fn post_due(&mut self, today: NaiveDate, label: impl FnOnce(&[Instance]) -> String) -> Result<Posting> {
        let rules = self.recurring()?;
        let posting = Posting::of(upcoming_of(&self.conn, &rules, NaiveDate::MIN, today)?);
        if !posting.posted.is_empty() {
            self.write_undoable(&label(&posting.posted), |tx| tx.post(&rules, &posting, today))?;
        }
        Ok(posting)
    }
}

impl Tx<'_> {
    /// Posts the instances of rule `id` due by `today` in this step (a rule
    /// added or changed with a start in the past); returns them.
    pub fn post_rule_due(&self, id: i64, today: NaiveDate) -> Result<Vec<Instance>> {
        let rules: Vec<Rule> = rules(self.conn())?.into_iter().filter(|r| r.id == id).collect();
        let posting = Posting::of(upcoming_of(self.conn(), &rules, NaiveDate::MIN, today)?);
        if let (Some(over), Some(rule)) = (posting.held.first(), rules.first()) {
            let currency = super::accounts::get(self.conn(), rule.account_id)?.currency;
            return Err(StoreError::Invalid(over_limit_words(&over.name, over.date, over.amount, currency)));
        }
        if !posting.posted.is_empty() {
            self.post(&rules, &posting, today)?;
        }
        Ok(posting.posted)
    }

    /// Posts what `posting` posts (instances of `rules`), and marks every
    /// rule it does not hold back dealt with up to `today`: each change
    /// recorded, so that undo and redo restore the rules and instances
    /// exactly, as well as the transactions.
    fn post(&self, rules: &[Rule], posting: &Posting, today: NaiveDate) -> Result<()> {
        for i in &posting.posted {
            let rule = rules.iter().find(|r| r.id == i.rule_id).expect("an instance of a known rule");
            let t = crate::model::NewTxn {
                date: i.date,
                account_id: rule.account_id,
                category_id: rule.category_id,
                payee: rule.payee.clone(),
                note: rule.note.clone(),
                amount: i.amount,
                tags: Default::default(),
            };
            let id = self.add_txn(&t)?;
            // The primary key (rule, date) makes a second posting of one instance impossible.
            let key = [("rule_id", i.rule_id.into()), ("date", i.date.to_string().into())];
            self.tracked("recurring_instances", &key, || {
                self.conn().execute(
                    "INSERT INTO recurring_instances (rule_id, date, status, txn_id) VALUES (?1, ?2, 'posted', ?3)
                     ON CONFLICT (rule_id, date) DO UPDATE SET status = 'posted', txn_id = excluded.txn_id
                     WHERE status = 'changed'",
                    params![i.rule_id, i.date, id],
                )?;
                Ok(())
            })?;
        }
        // A held rule keeps its mark: its instances from the one over the
        // limit on stay due, and post once the rule (or they) are changed.
        for rule in rules.iter().filter(|r| r.posted_through.is_none_or(|p| p < today) && !posting.holds(r.id)) {
            self.tracked("recurring", &[("id", rule.id.into())], || {
                self.conn()
                    .execute("UPDATE recurring SET posted_through = ?1 WHERE id = ?2", params![today, rule.id])?;
                Ok(())
            })?;
        }
        Ok(())
    }

    /// Marks skipped the instances `held` back by undone postings that a
    /// new step is about to forget: an undone posting stays undone.
    pub(super) fn skip_held(&self, held: &std::collections::HashSet<(i64, NaiveDate)>) -> Result<()> {
        let mut held: Vec<&(i64, NaiveDate)> = held.iter().collect();
        held.sort();
        for &&(rule, date) in &held {
            let exists: bool =
                self.conn().query_row("SELECT count(*) > 0 FROM recurring WHERE id = ?1", [rule], |r| r.get(0))?;
            if !exists {
                continue;
            }
            let key = [("rule_id", rule.into()), ("date", date.to_string().into())];
            self.tracked("recurring_instances", &key, || {
                self.conn().execute(
                    "INSERT INTO recurring_instances (rule_id, date, status) VALUES (?1, ?2, 'skipped')
                     ON CONFLICT (rule_id, date) DO UPDATE SET status = 'skipped' WHERE status = 'changed'",
                    params![rule, date],
                )?;
                Ok(())
            })?;
        }
        Ok(())
    }

    pub fn add_recurring(&self, r: &NewRule) -> Result<i64> {
        check(self, r)?;
        // Never the id of a rule whose undone posting is still held back:
        // the new rule's instances are its own.
        let held = history::held(self.conn())?.into_iter().map(|(rule, _)| rule).max().unwrap_or(0);
        let last: i64 = self.conn().query_row("SELECT coalesce(max(id), 0) FROM recurring", [], |r| r.get(0))?;
        let id = last.max(held) + 1;
        self.conn()
            .execute(
                "INSERT INTO recurring (name, account_id, category_id, amount, payee, note, schedule, step_up, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                rusqlite::params_from_iter(columns(r)?.into_iter().chain([id.into()])),
            )
            .map_err(|e| unique_violation(e, "recurring rule", r.name.trim()))?;
        self.record_new("recurring", &[("id", id.into())])?;
        Ok(id)
    }

    /// Changes a rule from now on: what is posted stays as it was.
    pub fn update_recurring(&self, id: i64, r: &NewRule) -> Result<()> {
        check(self, r)?;
        self.tracked("recurring", &[("id", id.into())], || self.rewrite_recurring(id, r))
    }

    fn rewrite_recurring(&self, id: i64, r: &NewRule) -> Result<()> {
        let n = self
            .conn()
            .execute(
                "UPDATE recurring SET name = ?1, account_id = ?2, category_id = ?3, amount = ?4, payee = ?5, note = ?6,
                        schedule = ?7, step_up = ?8 WHERE id = ?9",
                rusqlite::params_from_iter(columns(r)?.into_iter().chain([id.into()])),
            )
            .map_err(|e| unique_violation(e, "recurring rule", r.name.trim()))?;
        if n == 0 {
            return Err(StoreError::NotFound { what: "recurring rule", id });
        }
        Ok(())
    }

    /// Removes a rule; what it posted stays in the ledger.
    pub fn delete_recurring(&self, id: i64) -> Result<()> {
        // Its instances go with it (a cascade): recorded before the rule, so
        // that undo brings the rule back before them.
        let instances = self.rows_where("recurring_instances", &["rule_id", "date"], "rule_id", id)?;
        self.tracked("recurring", &[("id", id.into())], || {
            if self.conn().execute("DELETE FROM recurring WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound { what: "recurring rule", id });
            }
            self.record_since(instances)
        })
    }

    /// Skips the instance on `date` (not yet posted), or changes its amount
    /// (held to nestegg's limit, as every amount).
    pub fn set_instance(&self, rule: i64, date: NaiveDate, amount: Option<i64>) -> Result<()> {
        if let Some(a) = amount {
            let currency: String = self.conn().query_row(
                "SELECT a.currency FROM recurring r JOIN accounts a ON a.id = r.account_id WHERE r.id = ?1",
                [rule],
                |row| row.get(0),
            )?;
            super::txns::within_limit(a, crate::money::Currency::from_code(&currency).map_err(StoreError::Amount)?)?;
        }
        let posted: Option<String> = self
            .conn()
            .query_row(
                "SELECT status FROM recurring_instances WHERE rule_id = ?1 AND date = ?2 AND status = 'posted'",
                params![rule, date],
                |r| r.get(0),
            )
            .optional()?;
        if posted.is_some() {
            return Err(StoreError::Invalid(text::errors::already_posted(date)));
        }
        let status = if amount.is_some() { "changed" } else { "skipped" };
        self.tracked("recurring_instances", &[("rule_id", rule.into()), ("date", date.to_string().into())], || {
            self.conn().execute(
                "INSERT INTO recurring_instances (rule_id, date, status, amount) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (rule_id, date) DO UPDATE SET status = excluded.status, amount = excluded.amount",
                params![rule, date, status, amount],
            )?;
            Ok(())
        })
    }
}

/// A rule's stored columns, in the order of `recurring`'s (name … step_up).
fn columns(r: &NewRule) -> Result<Vec<rusqlite::types::Value>> {
    Ok(vec![
        r.name.trim().to_owned().into(),
        r.account_id.into(),
        r.category_id.into(),
        r.amount.into(),
        r.payee.clone().into(),
        r.note.clone().into(),
        json(&r.schedule)?.into(),
        r.step_up.map(|s| json(&s)).transpose()?.into(),
    ])
}

/// A rule's category holds its sign, and its account exists.
fn check(tx: &Tx, r: &NewRule) -> Result<()> {
    if r.name.trim().is_empty() {
        return Err(StoreError::Invalid(text::errors::rule_needs_name().into()));
    }
    let class: String = tx
        .conn()
        .query_row("SELECT class FROM categories WHERE id = ?1", [r.category_id], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::NotFound { what: "category", id: r.category_id })?;
    let sign = class.parse::<Class>().map_or(1, |c| c.sign());
    if r.amount == 0 || r.amount.signum() != sign {
        return Err(StoreError::Invalid(text::errors::rule_sign().into()));
    }
    let currency: String =
        tx.conn().query_row("SELECT currency FROM accounts WHERE id = ?1", [r.account_id], |row| row.get(0))?;
    let currency = crate::money::Currency::from_code(&currency).map_err(StoreError::Amount)?;
    super::txns::within_limit(r.amount, currency)?;
    match r.passes_limit() {
        Some((date, amount)) => Err(StoreError::Invalid(over_limit_words(&r.name, date, amount, currency))),
        None => Ok(()),
    }
}

/// The refusal of a rule whose instance on `date` comes to `amount`, over
/// nestegg's limit (through its step-up, or a start in the past).
fn over_limit_words(name: &str, date: NaiveDate, amount: i64, currency: crate::money::Currency) -> String {
    use crate::money::{MAX_AMOUNT, Money};
    let show = |m| Money::new(m, currency).display();
    text::errors::step_up_over_limit(name.trim(), date, &show(amount), &show(MAX_AMOUNT))
}
