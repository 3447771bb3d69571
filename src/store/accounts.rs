//! Accounts: where money sits.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, StoreError, Tx, currency_at, parsed_at, unique_violation};
use crate::model::{Account, AccountKind};
use crate::money::Currency;
use crate::text;

const COLUMNS: &str = "id, name, kind, currency, archived";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: parsed_at(r, 2)?,
        currency: currency_at(r, 3)?,
        archived: r.get(4)?,
    })
}

fn list(conn: &Connection, include_archived: bool) -> Result<Vec<Account>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM accounts {} ORDER BY archived, position, id",
        if include_archived { "" } else { "WHERE archived = 0" }
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(super) fn get(conn: &Connection, id: i64) -> Result<Account> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "account", id })
}

fn add(conn: &Connection, name: &str, kind: AccountKind, currency: Currency) -> Result<Account> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid(text::errors::account_name_empty().into()));
    }
    super::translated_twin(conn, super::Named::Account, name, None)?;
    conn.execute(
        "INSERT INTO accounts (name, kind, currency, position)
         VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), -1) + 1 FROM accounts))",
        params![name, kind.as_str(), currency.code()],
    )
    .map_err(|e| unique_violation(e, "account", name))?;
    get(conn, conn.last_insert_rowid())
}

impl Store {
    /// Accounts in display order; archived ones only when asked.
    pub fn accounts(&self, include_archived: bool) -> Result<Vec<Account>> {
        list(&self.conn, include_archived)
    }

    pub fn account(&self, id: i64) -> Result<Account> {
        get(&self.conn, id)
    }
}

/// What an account held on a day, as its owner typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    pub account_id: i64,
    /// Minor units of the account's currency, signed (a debt is negative).
    pub amount: i64,
    pub as_of: chrono::NaiveDate,
}

impl Store {
    /// Every account's opening balance, by account.
    pub fn openings(&self) -> Result<Vec<Opening>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT account_id, amount, as_of FROM opening_balances ORDER BY account_id")?;
        let rows: Vec<(i64, i64, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(account_id, amount, day)| {
                let as_of = day.parse().map_err(|_| StoreError::Invalid(text::errors::bad_stored_date(&day)))?;
                Ok(Opening { account_id, amount, as_of })
            })
            .collect()
    }
}

impl Tx<'_> {
    /// Sets what account `id` held on `as_of` (`None`: no opening balance,
    /// its balance is its transactions again). Recorded for undo.
    pub fn set_opening(&self, id: i64, opening: Option<(i64, chrono::NaiveDate)>) -> Result<()> {
        let account = get(self.conn(), id)?;
        self.tracked("opening_balances", &[("account_id", id.into())], || {
            match opening {
                Some((amount, as_of)) => {
                    super::txns::within_limit(amount.saturating_abs(), account.currency)?;
                    self.conn().execute(
                        "INSERT INTO opening_balances (account_id, amount, as_of) VALUES (?1, ?2, ?3)
                         ON CONFLICT (account_id) DO UPDATE SET amount = excluded.amount, as_of = excluded.as_of",
                        params![id, amount, as_of.to_string()],
                    )?;
                }
                None => {
                    self.conn().execute("DELETE FROM opening_balances WHERE account_id = ?1", [id])?;
                }
            }
            Ok(())
        })
    }

    pub fn add_account(&self, name: &str, kind: AccountKind, currency: Currency) -> Result<Account> {
        let a = add(self.conn(), name, kind, currency)?;
        self.record_new("accounts", &[("id", a.id.into())])?;
        Ok(a)
    }

    pub fn rename_account(&self, id: i64, name: &str) -> Result<()> {
        self.tracked("accounts", &[("id", id.into())], || super::rename(self.conn(), super::Named::Account, id, name))
    }

    pub fn set_account_archived(&self, id: i64, archived: bool) -> Result<()> {
        self.tracked("accounts", &[("id", id.into())], || {
            super::set_archived(self.conn(), super::Named::Account, id, archived)
        })
    }
}
