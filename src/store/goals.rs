//! Savings goals and the accounts that fund them.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, StoreError, Tx, currency_at, unique_violation};
use crate::model::{Goal, Month, Priority};
use crate::money::Currency;
use crate::text;

fn accounts_of(conn: &Connection, goal: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT account_id FROM goal_accounts WHERE goal_id = ?1 ORDER BY account_id")?;
    let ids = stmt.query_map([goal], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Goal> {
    let by: Option<String> = r.get(4)?;
    Ok(Goal {
        id: r.get(0)?,
        name: r.get(1)?,
        target: r.get(2)?,
        currency: currency_at(r, 3)?,
        by: by.and_then(|m| m.parse::<Month>().ok()),
        account_ids: Vec::new(),
        priority: Priority::from_rank(r.get(5)?).unwrap_or_default(),
    })
}

const COLUMNS: &str = "id, name, target, currency, by_month, priority";

fn get(conn: &Connection, id: i64) -> Result<Goal> {
    let mut g = conn
        .query_row(&format!("SELECT {COLUMNS} FROM goals WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "goal", id })?;
    g.account_ids = accounts_of(conn, id)?;
    Ok(g)
}

/// A goal's funding accounts made `accounts`: only the links that go are
/// deleted and only those that come are added, each recorded for undo.
fn set_accounts(tx: &Tx, goal: i64, accounts: &[i64]) -> Result<()> {
    let conn = tx.conn();
    let old = accounts_of(conn, goal)?;
    let key = |a: i64| [("goal_id", goal.into()), ("account_id", a.into())];
    for a in old.iter().filter(|a| !accounts.contains(a)) {
        tx.tracked("goal_accounts", &key(*a), || {
            conn.execute("DELETE FROM goal_accounts WHERE goal_id = ?1 AND account_id = ?2", [goal, *a])?;
            Ok(())
        })?;
    }
    let mut added = Vec::new();
    for a in accounts.iter().filter(|a| !old.contains(a)) {
        super::accounts::get(conn, *a)?;
        if added.contains(a) {
            continue;
        }
        conn.execute("INSERT INTO goal_accounts (goal_id, account_id) VALUES (?1, ?2)", [goal, *a])?;
        tx.record_new("goal_accounts", &key(*a))?;
        added.push(*a);
    }
    Ok(())
}

/// What `update_goal` changes; `None` leaves a field as it is (`by: Some(None)` clears the date).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalPatch {
    pub name: Option<String>,
    pub target: Option<i64>,
    pub by: Option<Option<Month>>,
    pub account_ids: Option<Vec<i64>>,
    pub priority: Option<Priority>,
}

impl Store {
    /// Every goal, the high-priority ones first, then in the order they were made.
    pub fn goals(&self) -> Result<Vec<Goal>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM goals ORDER BY priority, id"))?;
        let mut goals: Vec<Goal> = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
        for g in &mut goals {
            g.account_ids = accounts_of(&self.conn, g.id)?;
        }
        Ok(goals)
    }
}

impl Tx<'_> {
    pub fn add_goal(
        &self,
        name: &str,
        target: i64,
        currency: Currency,
        by: Option<Month>,
        accounts: &[i64],
    ) -> Result<Goal> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(text::errors::goal_needs_name().into()));
        }
        if target <= 0 {
            return Err(StoreError::Invalid(text::errors::goal_target().into()));
        }
        super::txns::within_limit(target, currency)?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO goals (name, target, currency, by_month) VALUES (?1, ?2, ?3, ?4)",
            params![name, target, currency.code(), by.map(|m| m.to_string())],
        )
        .map_err(|e| unique_violation(e, "goal", name))?;
        let id = conn.last_insert_rowid();
        self.record_new("goals", &[("id", id.into())])?;
        set_accounts(self, id, accounts)?;
        get(conn, id)
    }

    pub fn update_goal(&self, id: i64, p: &GoalPatch) -> Result<Goal> {
        let conn = self.conn();
        get(conn, id)?;
        self.tracked("goals", &[("id", id.into())], || self.patch_goal(id, p))?;
        if let Some(accounts) = &p.account_ids {
            set_accounts(self, id, accounts)?;
        }
        get(conn, id)
    }

    fn patch_goal(&self, id: i64, p: &GoalPatch) -> Result<()> {
        let conn = self.conn();
        if let Some(name) = &p.name {
            let name = name.trim();
            if name.is_empty() {
                return Err(StoreError::Invalid(text::errors::goal_needs_name().into()));
            }
            conn.execute("UPDATE goals SET name = ?1 WHERE id = ?2", params![name, id])
                .map_err(|e| unique_violation(e, "goal", name))?;
        }
        if let Some(target) = p.target {
            if target <= 0 {
                return Err(StoreError::Invalid(text::errors::goal_target().into()));
            }
            super::txns::within_limit(target, get(conn, id)?.currency)?;
            conn.execute("UPDATE goals SET target = ?1 WHERE id = ?2", params![target, id])?;
        }
        if let Some(by) = p.by {
            conn.execute("UPDATE goals SET by_month = ?1 WHERE id = ?2", params![by.map(|m| m.to_string()), id])?;
        }
        if let Some(priority) = p.priority {
            conn.execute("UPDATE goals SET priority = ?1 WHERE id = ?2", params![priority.rank(), id])?;
        }
        Ok(())
    }

    pub fn delete_goal(&self, id: i64) -> Result<()> {
        // Its links to accounts go with it (a cascade): recorded before the
        // goal, so that undo brings the goal back before them.
        let links = self.rows_where("goal_accounts", &["goal_id", "account_id"], "goal_id", id)?;
        self.tracked("goals", &[("id", id.into())], || {
            if self.conn().execute("DELETE FROM goals WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound { what: "goal", id });
            }
            self.record_since(links)
        })
    }
}
