//! Categories: what money was for, each with a class.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, StoreError, Tx, parsed_at, unique_violation};
use crate::model::{Category, Class};
use crate::text;

const COLUMNS: &str = "id, name, class, parent_id, archived";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Category> {
    Ok(Category { id: r.get(0)?, name: r.get(1)?, class: parsed_at(r, 2)?, parent_id: r.get(3)?, archived: r.get(4)? })
}

fn list(conn: &Connection, include_archived: bool) -> Result<Vec<Category>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM categories {} ORDER BY archived,
           CASE class WHEN 'income' THEN 0 WHEN 'housing' THEN 1 ELSE 2 END, position, id",
        if include_archived { "" } else { "WHERE archived = 0" }
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(super) fn get(conn: &Connection, id: i64) -> Result<Category> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM categories WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "category", id })
}

/// Whether `parent` may hold a category `name` of `class`: the same class
/// (a sub-category's spending counts in its parent's), and not archived (a
/// hidden parent would hide the new child from every picker).
fn fit_parent(parent: &Category, name: &str, class: Class) -> Result<()> {
    if parent.class != class {
        return Err(StoreError::Invalid(text::errors::parent_class(
            &text::names::shown(name),
            class.word(),
            &text::names::shown(&parent.name),
            parent.class.word(),
        )));
    }
    if parent.archived {
        return Err(StoreError::Invalid(text::errors::parent_archived(&text::names::shown(&parent.name))));
    }
    Ok(())
}

fn add(conn: &Connection, name: &str, class: Class, parent_id: Option<i64>) -> Result<Category> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid(text::errors::category_name_empty().into()));
    }
    super::translated_twin(conn, super::Named::Category, name, None)?;
    if let Some(pid) = parent_id {
        fit_parent(&get(conn, pid)?, name, class)?;
    }
    conn.execute(
        "INSERT INTO categories (name, class, parent_id, position)
         VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), -1) + 1 FROM categories))",
        params![name, class.as_str(), parent_id],
    )
    .map_err(|e| unique_violation(e, "category", name))?;
    get(conn, conn.last_insert_rowid())
}

impl Store {
    /// Categories grouped by class (income, housing, spending); archived ones only when asked.
    pub fn categories(&self, include_archived: bool) -> Result<Vec<Category>> {
        list(&self.conn, include_archived)
    }

    pub fn category(&self, id: i64) -> Result<Category> {
        get(&self.conn, id)
    }
}

impl Tx<'_> {
    pub fn add_category(&self, name: &str, class: Class, parent_id: Option<i64>) -> Result<Category> {
        let c = add(self.conn(), name, class, parent_id)?;
        self.record_new("categories", &[("id", c.id.into())])?;
        Ok(c)
    }

    pub fn rename_category(&self, id: i64, name: &str) -> Result<()> {
        self.tracked("categories", &[("id", id.into())], || {
            super::rename(self.conn(), super::Named::Category, id, name)
        })
    }

    pub fn set_category_archived(&self, id: i64, archived: bool) -> Result<()> {
        self.tracked("categories", &[("id", id.into())], || {
            super::set_archived(self.conn(), super::Named::Category, id, archived)
        })
    }

    /// Puts category `id` under `parent` (or at the top): refused, as
    /// `add_category` refuses, for a parent of another class or an archived
    /// one, and for the category itself or one under it (a loop). There is
    /// no depth limit: sums and budgets follow sub-categories at any depth.
    pub fn move_category(&self, id: i64, parent: Option<i64>) -> Result<Category> {
        let conn = self.conn();
        let c = get(conn, id)?;
        if let Some(pid) = parent {
            let p = get(conn, pid)?;
            if pid == id {
                return Err(StoreError::Invalid(text::errors::parent_self(&text::names::shown(&c.name))));
            }
            fit_parent(&p, &c.name, c.class)?;
            // Up from the new parent: meeting the category itself would make a
            // loop. `seen` ends the walk on a loop a damaged file already holds.
            let mut seen = std::collections::HashSet::from([pid]);
            let mut at = p.parent_id;
            while let Some(up) = at.filter(|u| seen.insert(*u)) {
                if up == id {
                    return Err(StoreError::Invalid(text::errors::parent_loop(
                        &text::names::shown(&c.name),
                        &text::names::shown(&p.name),
                    )));
                }
                at = get(conn, up)?.parent_id;
            }
        }
        self.tracked("categories", &[("id", id.into())], || {
            conn.execute("UPDATE categories SET parent_id = ?1 WHERE id = ?2", params![parent, id])?;
            Ok(())
        })?;
        get(conn, id)
    }
}
