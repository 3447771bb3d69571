//! Schema migrations: an append-only list, applied in order and recorded in
//! `PRAGMA user_version`. Never edit a shipped migration; add a new one.
//! A ledger whose version is newer than this list is refused untouched.

use rusqlite::{Connection, TransactionBehavior, params};

use super::{Result, StoreError};
use crate::defaults::defaults;
use crate::money::Currency;

/// The triggers that keep `month_totals` current (migrations 8 and 9).
macro_rules! totals_triggers {
    () => {
        r#"
    CREATE TRIGGER txns_totals_insert AFTER INSERT ON txns BEGIN
        INSERT INTO month_totals (month, account_id, category_key, currency, total, rows)
        VALUES (substr(NEW.date, 1, 7), NEW.account_id, coalesce(NEW.category_id, 0), NEW.currency, NEW.amount, 1)
        ON CONFLICT (month, category_key, currency, account_id)
        DO UPDATE SET total = total + excluded.total, rows = rows + 1;
    END;

    CREATE TRIGGER txns_totals_delete AFTER DELETE ON txns BEGIN
        UPDATE month_totals SET total = total - OLD.amount, rows = rows - 1
         WHERE month = substr(OLD.date, 1, 7) AND category_key = coalesce(OLD.category_id, 0)
           AND currency = OLD.currency AND account_id = OLD.account_id;
        DELETE FROM month_totals
         WHERE month = substr(OLD.date, 1, 7) AND category_key = coalesce(OLD.category_id, 0)
           AND currency = OLD.currency AND account_id = OLD.account_id AND rows = 0;
    END;

    CREATE TRIGGER txns_totals_update AFTER UPDATE OF date, account_id, category_id, amount, currency ON txns BEGIN
        UPDATE month_totals SET total = total - OLD.amount, rows = rows - 1
         WHERE month = substr(OLD.date, 1, 7) AND category_key = coalesce(OLD.category_id, 0)
           AND currency = OLD.currency AND account_id = OLD.account_id;
        DELETE FROM month_totals
         WHERE month = substr(OLD.date, 1, 7) AND category_key = coalesce(OLD.category_id, 0)
           AND currency = OLD.currency AND account_id = OLD.account_id AND rows = 0;
        INSERT INTO month_totals (month, account_id, category_key, currency, total, rows)
        VALUES (substr(NEW.date, 1, 7), NEW.account_id, coalesce(NEW.category_id, 0), NEW.currency, NEW.amount, 1)
        ON CONFLICT (month, category_key, currency, account_id)
        DO UPDATE SET total = total + excluded.total, rows = rows + 1;
    END;
"#
    };
}

/// The triggers that keep `payees` current (migrations 8 and 9).
macro_rules! payees_triggers {
    () => {
        r#"
    CREATE TRIGGER txns_payees_insert AFTER INSERT ON txns
      WHEN NEW.payee <> '' AND NEW.transfer_id IS NULL BEGIN
        INSERT INTO payees (name, uses, last_date, last_id) VALUES (NEW.payee, 1, NEW.date, NEW.id)
        ON CONFLICT (name) DO UPDATE SET uses = uses + 1,
            last_date = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                             THEN excluded.last_date ELSE last_date END,
            last_id = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                           THEN excluded.last_id ELSE last_id END;
    END;

    CREATE TRIGGER txns_payees_delete AFTER DELETE ON txns
      WHEN OLD.payee <> '' AND OLD.transfer_id IS NULL BEGIN
        UPDATE payees SET uses = uses - 1 WHERE name = OLD.payee;
        DELETE FROM payees WHERE name = OLD.payee AND uses <= 0;
        UPDATE payees SET (last_date, last_id) = (
            SELECT date, id FROM txns WHERE payee = OLD.payee AND transfer_id IS NULL ORDER BY date DESC, id DESC LIMIT 1)
         WHERE name = OLD.payee AND last_id = OLD.id;
    END;

    CREATE TRIGGER txns_payees_update AFTER UPDATE OF date, payee, transfer_id ON txns BEGIN
        UPDATE payees SET uses = uses - 1 WHERE name = OLD.payee AND OLD.payee <> '' AND OLD.transfer_id IS NULL;
        DELETE FROM payees WHERE name = OLD.payee AND uses <= 0;
        UPDATE payees SET (last_date, last_id) = (
            SELECT date, id FROM txns WHERE payee = OLD.payee AND transfer_id IS NULL ORDER BY date DESC, id DESC LIMIT 1)
         WHERE name = OLD.payee AND last_id = OLD.id;
        INSERT INTO payees (name, uses, last_date, last_id)
        SELECT NEW.payee, 1, NEW.date, NEW.id WHERE NEW.payee <> '' AND NEW.transfer_id IS NULL
        ON CONFLICT (name) DO UPDATE SET uses = uses + 1,
            last_date = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                             THEN excluded.last_date ELSE last_date END,
            last_id = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                           THEN excluded.last_id ELSE last_id END;
    END;
"#
    };
}

/// The triggers that keep `month_payees` current (migrations 8 and 9).
macro_rules! month_payees_triggers {
    () => {
        r#"
    CREATE TRIGGER txns_month_payees_insert AFTER INSERT ON txns
      WHEN NEW.category_id IS NOT NULL AND NEW.payee <> '' BEGIN
        INSERT INTO month_payees (month, category_id, currency, payee, total, rows)
        VALUES (substr(NEW.date, 1, 7), NEW.category_id, NEW.currency, NEW.payee, NEW.amount, 1)
        ON CONFLICT (month, category_id, currency, payee) DO UPDATE SET total = total + excluded.total, rows = rows + 1;
    END;

    CREATE TRIGGER txns_month_payees_delete AFTER DELETE ON txns
      WHEN OLD.category_id IS NOT NULL AND OLD.payee <> '' BEGIN
        UPDATE month_payees SET total = total - OLD.amount, rows = rows - 1
         WHERE month = substr(OLD.date, 1, 7) AND category_id = OLD.category_id AND currency = OLD.currency
           AND payee = OLD.payee;
        DELETE FROM month_payees
         WHERE month = substr(OLD.date, 1, 7) AND category_id = OLD.category_id AND currency = OLD.currency
           AND payee = OLD.payee AND rows = 0;
    END;

    CREATE TRIGGER txns_month_payees_update AFTER UPDATE OF date, category_id, amount, currency, payee ON txns BEGIN
        UPDATE month_payees SET total = total - OLD.amount, rows = rows - 1
         WHERE month = substr(OLD.date, 1, 7) AND category_id = OLD.category_id AND currency = OLD.currency
           AND payee = OLD.payee;
        DELETE FROM month_payees
         WHERE month = substr(OLD.date, 1, 7) AND category_id = OLD.category_id AND currency = OLD.currency
           AND payee = OLD.payee AND rows = 0;
        INSERT INTO month_payees (month, category_id, currency, payee, total, rows)
        SELECT substr(NEW.date, 1, 7), NEW.category_id, NEW.currency, NEW.payee, NEW.amount, 1
         WHERE NEW.category_id IS NOT NULL AND NEW.payee <> ''
        ON CONFLICT (month, category_id, currency, payee) DO UPDATE SET total = total + excluded.total, rows = rows + 1;
    END;
"#
    };
}

/// Each entry moves the schema from version `i` to `i + 1`.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: accounts, categories, transactions, transfers.
    r#"
    CREATE TABLE accounts (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        kind       TEXT NOT NULL CHECK (kind IN ('bank', 'cash', 'wallet', 'credit', 'savings')),
        currency   TEXT NOT NULL CHECK (length(currency) = 3),
        archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        position   INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE categories (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        class      TEXT NOT NULL CHECK (class IN ('income', 'housing', 'spending')),
        parent_id  INTEGER REFERENCES categories(id),
        archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        position   INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE transfers (
        id         INTEGER PRIMARY KEY
    ) STRICT;

    CREATE TABLE txns (
        id          INTEGER PRIMARY KEY,
        date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        month       TEXT GENERATED ALWAYS AS (substr(date, 1, 7)) VIRTUAL,
        account_id  INTEGER NOT NULL REFERENCES accounts(id),
        category_id INTEGER REFERENCES categories(id),
        transfer_id INTEGER REFERENCES transfers(id) ON DELETE CASCADE,
        amount      INTEGER NOT NULL,
        currency    TEXT NOT NULL,
        payee       TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        -- a row is either categorised or one leg of a transfer, never both
        CHECK ((category_id IS NULL) <> (transfer_id IS NULL))
    ) STRICT;

    -- Listing newest first, by month, and keyset paging on (date, id).
    CREATE INDEX txns_by_date ON txns(date, id);
    -- Month summaries: GROUP BY month, category in index order, never touching the table.
    CREATE INDEX txns_by_month_category ON txns(month, category_id, currency, amount);
    CREATE INDEX txns_by_account ON txns(account_id, date);
    CREATE INDEX txns_by_category ON txns(category_id, date);
    CREATE INDEX txns_by_transfer ON txns(transfer_id) WHERE transfer_id IS NOT NULL;
    "#,
    // 2: the undo history, kept in the ledger so it survives a restart.
    r#"
    CREATE TABLE undo_log (
        id         INTEGER PRIMARY KEY,
        label      TEXT NOT NULL,
        changes    TEXT NOT NULL,          -- JSON: row snapshots before and after
        undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ) STRICT;
    "#,
    // 3: SQLite never treats an index on a generated column as covering, so
    // month sums looked every row up in the table. Index the expression instead.
    r#"
    DROP INDEX txns_by_month_category;
    CREATE INDEX txns_by_month_category ON txns(substr(date, 1, 7), category_id, currency, amount, date);
    "#,
    // 4: savings goals and the accounts that fund them.
    r#"
    CREATE TABLE goals (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        target     INTEGER NOT NULL CHECK (target > 0),
        currency   TEXT NOT NULL CHECK (length(currency) = 3),
        by_month   TEXT CHECK (by_month IS NULL OR by_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
    ) STRICT;
    CREATE TABLE goal_accounts (
        goal_id    INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        PRIMARY KEY (goal_id, account_id)
    ) STRICT;
    "#,
    // 5: relocation scenarios, kept apart from real transactions.
    r#"
    CREATE TABLE scenarios (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        data  TEXT NOT NULL CHECK (json_valid(data))  -- the scenario as JSON
    ) STRICT;
    "#,
    // 6: imports. Each imported row keeps its fingerprint (the same file
    // twice adds nothing); saved column mappings for bank CSVs.
    r#"
    ALTER TABLE txns ADD COLUMN import_key TEXT;
    CREATE UNIQUE INDEX txns_by_import_key ON txns(import_key) WHERE import_key IS NOT NULL;
    CREATE TABLE import_mappings (
        name    TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
        mapping TEXT NOT NULL CHECK (json_valid(mapping))  -- the Mapping as JSON
    ) STRICT;
    "#,
    // 7: recurring rules and their instances (one per rule and date: posting
    // is idempotent), and monthly budgets.
    r#"
    CREATE TABLE recurring (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        account_id     INTEGER NOT NULL REFERENCES accounts(id),
        category_id    INTEGER NOT NULL REFERENCES categories(id),
        amount         INTEGER NOT NULL CHECK (amount <> 0),  -- signed as stored
        payee          TEXT NOT NULL DEFAULT '',
        note           TEXT NOT NULL DEFAULT '',
        schedule       TEXT NOT NULL CHECK (json_valid(schedule)),
        step_up        TEXT CHECK (step_up IS NULL OR json_valid(step_up)),
        posted_through TEXT  -- instances up to this date are dealt with
    ) STRICT;

    CREATE TABLE recurring_instances (
        rule_id INTEGER NOT NULL REFERENCES recurring(id) ON DELETE CASCADE,
        date    TEXT NOT NULL,
        status  TEXT NOT NULL CHECK (status IN ('posted', 'skipped', 'changed')),
        amount  INTEGER,  -- a changed instance's own amount, signed as stored
        txn_id  INTEGER REFERENCES txns(id) ON DELETE SET NULL,
        PRIMARY KEY (rule_id, date)
    ) STRICT;

    CREATE TABLE budgets (
        category_id INTEGER NOT NULL REFERENCES categories(id),
        from_month  TEXT NOT NULL CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        amount      INTEGER NOT NULL CHECK (amount >= 0),
        rollover    INTEGER NOT NULL DEFAULT 0 CHECK (rollover IN (0, 1)),
        PRIMARY KEY (category_id, from_month)
    ) STRICT;
    "#,
    // 8: per-month totals kept current by triggers in the same transaction as
    // every write to txns (add, edit, delete, import, undo, restore-migrate),
    // so reports read a few hundred rows whatever the ledger's size; and a
    // stash for the rows a bulk step (import, demo) took away on undo, so
    // such a step is logged as id ranges instead of a snapshot per row.
    concat!(
        r#"
    -- The totals replace the month index: one index fewer to keep on every write.
    DROP INDEX txns_by_month_category;

    CREATE TABLE month_totals (
        month        TEXT NOT NULL,
        account_id   INTEGER NOT NULL,
        category_key INTEGER NOT NULL,  -- the category id; 0 for a transfer leg
        currency     TEXT NOT NULL,
        total        INTEGER NOT NULL,  -- signed sum of the amounts
        rows         INTEGER NOT NULL,  -- how many transactions
        PRIMARY KEY (month, category_key, currency, account_id)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO month_totals (month, account_id, category_key, currency, total, rows)
    SELECT substr(date, 1, 7), account_id, coalesce(category_id, 0), currency, sum(amount), count(*)
      FROM txns GROUP BY 1, 2, 3, 4;

    "#,
        totals_triggers!(),
        r#"

    -- Payee suggestions while typing: one row per payee of a categorised
    -- transaction, with its latest use, so a prefix never walks the ledger.
    CREATE INDEX txns_by_payee ON txns(payee, date, id);
    CREATE TABLE payees (
        name      TEXT PRIMARY KEY,
        uses      INTEGER NOT NULL,
        last_date TEXT NOT NULL,
        last_id   INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    INSERT INTO payees (name, uses, last_date, last_id)
    SELECT payee, count(*), max(date), (SELECT id FROM txns l WHERE l.payee = t.payee AND l.transfer_id IS NULL
                                         ORDER BY l.date DESC, l.id DESC LIMIT 1)
      FROM txns t WHERE payee <> '' AND transfer_id IS NULL GROUP BY payee;

    "#,
        payees_triggers!(),
        r#"

    -- What each payee took per month and category (the Months tab's top
    -- payees), kept the same way: a month's few dozen payees, not its rows.
    CREATE TABLE month_payees (
        month       TEXT NOT NULL,
        category_id INTEGER NOT NULL,
        currency    TEXT NOT NULL,
        payee       TEXT NOT NULL,
        total       INTEGER NOT NULL,
        rows        INTEGER NOT NULL,
        PRIMARY KEY (month, category_id, currency, payee)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO month_payees (month, category_id, currency, payee, total, rows)
    SELECT substr(date, 1, 7), category_id, currency, payee, sum(amount), count(*)
      FROM txns WHERE category_id IS NOT NULL AND payee <> '' GROUP BY 1, 2, 3, 4;

    "#,
        month_payees_triggers!(),
        r#"

    -- Deleting a transaction sets its instance's txn_id to NULL: without this
    -- index every delete (an undone import: a million) scanned the instances.
    CREATE INDEX recurring_instances_by_txn ON recurring_instances(txn_id) WHERE txn_id IS NOT NULL;

    CREATE TABLE undo_rows (
        step        INTEGER NOT NULL,  -- the undo_log entry that took the row away
        id          INTEGER NOT NULL,
        date        TEXT NOT NULL,
        account_id  INTEGER NOT NULL,
        category_id INTEGER,
        transfer_id INTEGER,
        amount      INTEGER NOT NULL,
        currency    TEXT NOT NULL,
        payee       TEXT NOT NULL,
        note        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        import_key  TEXT,
        PRIMARY KEY (step, id)
    ) STRICT;
    "#
    ),
    // 9: ids are never handed out twice. SQLite gives a plain INTEGER
    // PRIMARY KEY the largest id plus one, so deleting the newest row gave
    // its id to the next one, and a screen showing the old row could then
    // delete or overwrite the new one. AUTOINCREMENT remembers the largest
    // id ever used (in `sqlite_sequence`). The tables are rebuilt as SQLite's
    // ALTER TABLE page describes, with foreign keys off during the step
    // (`migrate_to`); their rows are copied unchanged, so the kept totals
    // and every reference stay as they were. The indexes and triggers on
    // txns are those of migrations 1, 6 and 8.
    concat!(
        r#"
    CREATE TABLE txns_new (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        month       TEXT GENERATED ALWAYS AS (substr(date, 1, 7)) VIRTUAL,
        account_id  INTEGER NOT NULL REFERENCES accounts(id),
        category_id INTEGER REFERENCES categories(id),
        transfer_id INTEGER REFERENCES transfers(id) ON DELETE CASCADE,
        amount      INTEGER NOT NULL,
        currency    TEXT NOT NULL,
        payee       TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        import_key  TEXT,
        -- a row is either categorised or one leg of a transfer, never both
        CHECK ((category_id IS NULL) <> (transfer_id IS NULL))
    ) STRICT;
    INSERT INTO txns_new (id, date, account_id, category_id, transfer_id, amount, currency, payee, note,
                          created_at, updated_at, import_key)
    SELECT id, date, account_id, category_id, transfer_id, amount, currency, payee, note,
           created_at, updated_at, import_key FROM txns;
    DROP TABLE txns;
    ALTER TABLE txns_new RENAME TO txns;

    CREATE INDEX txns_by_date ON txns(date, id);
    CREATE INDEX txns_by_account ON txns(account_id, date);
    CREATE INDEX txns_by_category ON txns(category_id, date);
    CREATE INDEX txns_by_transfer ON txns(transfer_id) WHERE transfer_id IS NOT NULL;
    CREATE UNIQUE INDEX txns_by_import_key ON txns(import_key) WHERE import_key IS NOT NULL;
    CREATE INDEX txns_by_payee ON txns(payee, date, id);
    "#,
        totals_triggers!(),
        payees_triggers!(),
        month_payees_triggers!(),
        r#"

    CREATE TABLE scenarios_new (
        id    INTEGER PRIMARY KEY AUTOINCREMENT,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        data  TEXT NOT NULL CHECK (json_valid(data))  -- the scenario as JSON
    ) STRICT;
    INSERT INTO scenarios_new (id, name, data) SELECT id, name, data FROM scenarios;
    DROP TABLE scenarios;
    ALTER TABLE scenarios_new RENAME TO scenarios;
    "#
    ),
    // 10: a goal's priority: 0 high, 1 normal (every goal made before), 2 low.
    r#"
    ALTER TABLE goals ADD COLUMN priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2);
    "#,
    // 11: what an account held on a day, as its owner typed it: its balance
    // is this plus its transactions from that day on (earlier ones are in it).
    r#"
    CREATE TABLE opening_balances (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        amount     INTEGER NOT NULL,
        as_of      TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
    ) STRICT;
    "#,
    // 12: what a household owns and owes beyond cash. Accounts take three
    // more kinds (the table is rebuilt: a CHECK cannot change in place);
    // a balance mark is a valuation an owner typed or a reconciliation
    // against a statement, each adding `change` to the balance on its day
    // (the change in value, or the adjustment, 0 when the statement
    // matched); a loan's terms make its balance follow its schedule.
    r#"
    CREATE TABLE accounts_new (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        kind       TEXT NOT NULL CHECK (kind IN ('bank', 'cash', 'wallet', 'credit', 'savings',
                                                 'investment', 'home', 'loan')),
        currency   TEXT NOT NULL CHECK (length(currency) = 3),
        archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        position   INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO accounts_new (id, name, kind, currency, archived, position)
        SELECT id, name, kind, currency, archived, position FROM accounts;
    DROP TABLE accounts;
    ALTER TABLE accounts_new RENAME TO accounts;

    CREATE TABLE balance_marks (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        kind       TEXT NOT NULL CHECK (kind IN ('value', 'reconcile')),
        stated     INTEGER NOT NULL,
        change     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX balance_marks_account ON balance_marks (account_id, date);

    CREATE TABLE loans (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        principal  INTEGER NOT NULL CHECK (principal > 0),
        rate       TEXT NOT NULL,
        months     INTEGER NOT NULL CHECK (months > 0),
        method     TEXT NOT NULL CHECK (method IN ('equal-payment', 'equal-principal')),
        start      TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
    ) STRICT;
    "#,
    // 13: a transaction's tags, cleaned by `model::Tags` (sorted, unique,
    // joined by one space; '' for none). A column rather than a table of
    // its own, so the bulk undo's stash (`undo_rows`, which copies txns
    // columns) keeps them too. The partial index serves `tag:` filters,
    // which read only tagged rows, newest first.
    r#"
    ALTER TABLE txns ADD COLUMN tags TEXT NOT NULL DEFAULT '';
    ALTER TABLE undo_rows ADD COLUMN tags TEXT NOT NULL DEFAULT '';
    CREATE INDEX txns_tagged ON txns (date, id) WHERE tags <> '';
    "#,
    // 14: people, for what is lent and borrowed (issue 26's IOUs). A person
    // is an account whose balance is what they owe (positive) or are owed
    // (negative); lending is a transfer to them. Accounts are rebuilt as in
    // 12 (a CHECK cannot change in place); no index or trigger hangs on
    // the table, and every row keeps its id, so what points at it stays.
    r#"
    CREATE TABLE accounts_new (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        kind       TEXT NOT NULL CHECK (kind IN ('bank', 'cash', 'wallet', 'credit', 'savings',
                                                 'investment', 'home', 'loan', 'person')),
        currency   TEXT NOT NULL CHECK (length(currency) = 3),
        archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        position   INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO accounts_new (id, name, kind, currency, archived, position)
        SELECT id, name, kind, currency, archived, position FROM accounts;
    DROP TABLE accounts;
    ALTER TABLE accounts_new RENAME TO accounts;
    "#,
    // 15: claims (issue 26's 报销 and AA): an offset row, on a person, in
    // the paid row's category and on its date, stands for what someone
    // else owes of it; this links the offset to the paid row. `closed_by`
    // is the transfer that brought a reimbursement back.
    r#"
    CREATE TABLE claims (
        offset_id INTEGER PRIMARY KEY REFERENCES txns(id) ON DELETE CASCADE,
        paid_id   INTEGER NOT NULL REFERENCES txns(id) ON DELETE CASCADE,
        kind      TEXT NOT NULL CHECK (kind IN ('reimburse', 'share')),
        closed_by INTEGER REFERENCES transfers(id) ON DELETE SET NULL
    ) STRICT;
    CREATE INDEX claims_by_paid ON claims (paid_id);
    "#,
    // 16: credit lines (issue 27): a credit account's limit, statement day
    // and due day (1-28, so every month has them); a purchase on one made
    // into monthly instalments (分期), its fee posted by a recurring rule
    // (`rule_id`, no key: a removed rule leaves the plan as it was).
    r#"
    CREATE TABLE credit_terms (
        account_id    INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        credit_limit  INTEGER NOT NULL CHECK (credit_limit > 0),
        statement_day INTEGER NOT NULL CHECK (statement_day BETWEEN 1 AND 28),
        due_day       INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28)
    ) STRICT;
    CREATE TABLE instalments (
        txn_id  INTEGER PRIMARY KEY REFERENCES txns(id) ON DELETE CASCADE,
        months  INTEGER NOT NULL CHECK (months BETWEEN 2 AND 360),
        fee     INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
        rule_id INTEGER
    ) STRICT;
    "#,
    // 17: free pages are given back (issue 28). A ledger keeps
    // `auto_vacuum = INCREMENTAL`, so a write that frees many pages (a bulk
    // undo or redo, the demo, removing many rows) hands them back to the
    // file system (`Store::write`, `PRAGMA incremental_vacuum`). The setting
    // changes only through a `VACUUM`, which cannot run in a transaction:
    // [`migrate_reporting`] rebuilds the file once after the steps, reporting
    // it, and again at any later open that finds the setting off (a `VACUUM`
    // cut short is rolled back by SQLite, and a restored copy may lack it).
    // A new ledger has it from its first page on. Nothing in the schema changes.
    "-- auto_vacuum = INCREMENTAL, set by `rebuild_incremental` (not SQL of a transaction)",
    // 18: notes, indexed (issue 28): a search finds the distinct notes that
    // contain its text by skipping through this index, then reads their rows
    // newest first through it. Only rows with a note are in it.
    r#"
    CREATE INDEX txns_by_note ON txns(note, date) WHERE note <> '';
    "#,
    // 19: undo and redo of a bulk step that is half the ledger or more move
    // no row (issue 28; `store/history/swap.rs`). `undo_swap` is `txns`
    // without its links and checks, with a twin of each of its indexes: the
    // undo copies the rows it keeps into the twins, then the two tables (and
    // each index with its twin) change pages, so the step's rows wait, still
    // indexed, in `undo_swap`; the redo changes them back. The kept totals
    // as they were wait beside them. One step at a time, named in
    // `undo_swapped`; the table must store exactly what `txns` stores (a
    // test in `store/history` compares them, and the swap checks before it
    // runs and takes the moving path when they differ).
    r#"
    CREATE TABLE undo_swap (
        id          INTEGER PRIMARY KEY,
        date        TEXT NOT NULL,
        month       TEXT GENERATED ALWAYS AS (substr(date, 1, 7)) VIRTUAL,
        account_id  INTEGER NOT NULL,
        category_id INTEGER,
        transfer_id INTEGER,
        amount      INTEGER NOT NULL,
        currency    TEXT NOT NULL,
        payee       TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        import_key  TEXT,
        tags        TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX undo_swap_by_date ON undo_swap(date, id);
    CREATE INDEX undo_swap_by_account ON undo_swap(account_id, date);
    CREATE INDEX undo_swap_by_category ON undo_swap(category_id, date);
    CREATE INDEX undo_swap_by_transfer ON undo_swap(transfer_id) WHERE transfer_id IS NOT NULL;
    CREATE UNIQUE INDEX undo_swap_by_import_key ON undo_swap(import_key) WHERE import_key IS NOT NULL;
    CREATE INDEX undo_swap_by_payee ON undo_swap(payee, date, id);
    CREATE INDEX undo_swap_tagged ON undo_swap (date, id) WHERE tags <> '';
    CREATE INDEX undo_swap_by_note ON undo_swap(note, date) WHERE note <> '';
    CREATE TABLE undo_swapped (step INTEGER PRIMARY KEY) STRICT;
    CREATE TABLE undo_swap_month_totals (
        month TEXT NOT NULL, account_id INTEGER NOT NULL, category_key INTEGER NOT NULL,
        currency TEXT NOT NULL, total INTEGER NOT NULL, rows INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE undo_swap_month_payees (
        month TEXT NOT NULL, category_id INTEGER NOT NULL, currency TEXT NOT NULL,
        payee TEXT NOT NULL, total INTEGER NOT NULL, rows INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE undo_swap_payees (
        name TEXT NOT NULL, uses INTEGER NOT NULL, last_date TEXT NOT NULL, last_id INTEGER NOT NULL
    ) STRICT;
    "#,
];

/// The first version whose ledgers keep `auto_vacuum = INCREMENTAL`.
const INCREMENTAL_FROM: i64 = 17;

/// SQLite's code for `auto_vacuum = INCREMENTAL`.
const INCREMENTAL: i64 = 2;

/// What opening a ledger tells its caller while it upgrades the file (the
/// store prints nothing; the face decides what to say).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Upgrade {
    /// The file (this many bytes) is being rebuilt once so that it can give
    /// free pages back (migration 17's `VACUUM`): seconds for a large ledger.
    Rebuilding { bytes: u64 },
    /// Done: the file's size now, and how long it took.
    Rebuilt { bytes: u64, secs: f64 },
}

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the ledger up to [`SCHEMA_VERSION`], each step in its own
/// immediate transaction; seeds the defaults when the ledger is new.
pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_reporting(conn, &mut |_| ())
}

/// [`migrate`], telling `notice` about a long rebuild of the file.
pub(super) fn migrate_reporting(conn: &mut Connection, notice: &mut dyn FnMut(Upgrade)) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)?;
    rebuild_incremental(conn, notice)
}

/// Sets `auto_vacuum = INCREMENTAL` on a database with no table yet, where
/// it takes effect without a rebuild (SQLite fixes it with the first table,
/// or once the file's header is written, as `journal_mode = WAL` does).
pub(super) fn incremental_if_new(conn: &Connection) -> Result<()> {
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if tables == 0 {
        conn.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
    }
    Ok(())
}

/// Migration 17's rebuild: a ledger at that version or later without
/// `auto_vacuum = INCREMENTAL` is vacuumed once with it. `VACUUM` is atomic
/// (a kill leaves the file as it was, and the next open tries again) and
/// runs outside any transaction.
fn rebuild_incremental(conn: &Connection, notice: &mut dyn FnMut(Upgrade)) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mode: i64 = conn.query_row("PRAGMA auto_vacuum", [], |r| r.get(0))?;
    if version < INCREMENTAL_FROM || mode == INCREMENTAL {
        return Ok(());
    }
    let bytes = |conn: &Connection| -> Result<u64> {
        let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        let size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        Ok((pages * size) as u64)
    };
    notice(Upgrade::Rebuilding { bytes: bytes(conn)? });
    let started = std::time::Instant::now();
    conn.execute_batch("PRAGMA auto_vacuum = INCREMENTAL; VACUUM;")?;
    notice(Upgrade::Rebuilt { bytes: bytes(conn)?, secs: started.elapsed().as_secs_f64() });
    Ok(())
}

/// Applies migrations up to `target` (tests use this to build old ledgers).
pub(super) fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found, known: SCHEMA_VERSION });
    }
    if found >= target {
        return Ok(());
    }
    if found == 0 {
        incremental_if_new(conn)?;
    }
    // A step that rebuilds a table (9) drops the old one: with foreign keys
    // on, that would first delete its rows and cascade. The setting cannot
    // change inside a transaction, so it is off around the steps and back
    // as it was after, whatever happens; the steps copy rows unchanged.
    let keys: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = steps(conn, found, target);
    conn.pragma_update(None, "foreign_keys", keys)?;
    result
}

fn steps(conn: &mut Connection, found: i64, target: i64) -> Result<()> {
    for version in found..target {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Re-read inside the lock: another process may have migrated meanwhile.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now > version {
            continue;
        }
        tx.execute_batch(MIGRATIONS[version as usize])?;
        if version == 0 {
            seed_defaults(&tx)?;
        }
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn seed_defaults(conn: &Connection) -> Result<()> {
    let d = defaults();
    for (i, a) in d.accounts.iter().enumerate() {
        conn.execute(
            "INSERT INTO accounts (name, kind, currency, position) VALUES (?1, ?2, ?3, ?4)",
            params![a.name, a.kind.as_str(), Currency::CNY.code(), i as i64],
        )?;
    }
    for (i, (name, class)) in d.categories.iter().enumerate() {
        conn.execute(
            "INSERT INTO categories (name, class, position) VALUES (?1, ?2, ?3)",
            params![name, class.as_str(), i as i64],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
