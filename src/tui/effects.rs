//! The effect runner: the only interface code that calls the store. Each
//! effect becomes one Action (an outcome), which goes back to `App::update`.

use super::action::{Draft, Effect, MoveLoad, Reply};
use super::import::ImportView;
use super::relocate::MoveData;
use crate::demo;
use crate::import::plan::Plan;
use crate::money::Money;
use crate::ops;
use crate::store::Store;
use crate::text;
use std::path::{Path, PathBuf};

/// How much history the welcome panel's demo loads.
const DEMO_MONTHS: u32 = 24;
const DEMO_SEED: u64 = 1;
/// How many of each rule's next instances its screen shows.
const RULE_NEXT: usize = 6;

pub fn run(store: &mut Store, effect: Effect, ctx: &ops::Ctx) -> Reply {
    match try_run(store, effect, ctx) {
        Ok(action) => action,
        // The row shown was changed or deleted elsewhere: nothing was
        // written; the screen shows the row as it is now.
        Err(e @ ops::OpError::Store(crate::store::StoreError::Changed { what: "transaction", id, .. })) => {
            let now = store.txn(id).ok().map(Box::new);
            let message = match &now {
                Some(t) => text::ui::row_now(&e.to_string(), &row_words(t)),
                None => e.to_string(),
            };
            Reply::Stale { message, now }
        }
        // A scenario: the tab reloads to show it as it is now.
        Err(e @ ops::OpError::Store(crate::store::StoreError::Changed { .. })) => {
            Reply::Stale { message: e.to_string(), now: None }
        }
        Err(e) => Reply::Failed(e.to_string()),
    }
}

/// A transaction in a status line: date, payee (escaped), amount.
fn row_words(t: &crate::model::Txn) -> String {
    let payee = text::safe::escaped(&t.payee);
    format!("{} {} {}", t.date, payee, Money::new(t.amount, t.currency)).replace("  ", " ")
}

fn try_run(store: &mut Store, effect: Effect, ctx: &ops::Ctx) -> Result<Reply, ops::OpError> {
    let today = ctx.today;
    Ok(match effect {
        Effect::LoadLookups => Reply::LookupsLoaded {
            accounts: store.accounts(true)?,
            categories: store.categories(true)?,
            empty: store.txn_count()? == 0,
            upcoming: store.upcoming(today, today + chrono::Days::new(30))?,
        },
        Effect::PostDue => {
            let posting = ops::plans::post_due(store, today)?;
            let posted = &posting.posted;
            let said = match posted.len() {
                0 => None,
                n => Some(text::ui::posted(
                    n,
                    &posted.iter().take(2).map(|i| format!("{} {}", i.name, i.date)).collect::<Vec<_>>().join(", "),
                )),
            };
            // A rule held back over the limit is what the user must act on: said first, as an error.
            let max = Money::new(crate::money::MAX_AMOUNT, crate::money::Currency::CNY).display();
            let held = posting.held.first().map(|i| {
                let amount = Money::new(i.amount, crate::money::Currency::CNY).display();
                text::safe::escaped(&text::reports::post_held(&i.name, i.date, &amount, &max)).into_owned()
            });
            Reply::Posted { error: held.is_some(), message: held.or(said) }
        }
        Effect::LoadBudget(month) => {
            let b = ops::views::budget_month(store, ctx, month)?;
            Reply::BudgetLoaded(month, b.lines, b.income)
        }
        Effect::LoadPage { filter, request } => {
            let rows = store.txn_page_at(&filter, request.key, request.oldest, request.limit)?;
            Reply::PageLoaded { rows, request, reconciled: store.reconciled_through()? }
        }
        Effect::LoadSummary { filter, month, goal } => {
            let (summary, over, safe) = ops::views::ledger_header(store, ctx, &filter, month, goal)?;
            Reply::SummaryLoaded(summary, over, safe)
        }
        Effect::LoadPayees(prefix) => Reply::PayeesLoaded(store.payees(&prefix, 5)?),
        Effect::Save(draft) => save(store, draft)?,
        Effect::SetTags(seen, tags) => {
            let patch = ops::entries::EntryPatch { tags: Some(tags), ..Default::default() };
            let txn = ops::entries::edit_seen(store, &seen, &patch)?;
            let shown = if txn.tags.is_empty() { text::tags::tags_none().to_owned() } else { txn.tags.to_string() };
            Reply::Changed { message: text::tags::tags_saved(txn.id, &text::safe::escaped(&shown)), select: Some(txn) }
        }
        Effect::Loan(seen, person) => {
            let moved = ops::owed::loan_from_row(store, &seen, &person)?;
            let who = text::names::shown(&moved.person.name);
            let size = crate::money::Money::new(seen.amount.abs(), seen.currency);
            let message = if seen.amount < 0 {
                text::owed::loaned(seen.id, &who, size)
            } else {
                text::owed::collected_row(seen.id, &who, size)
            };
            // A new name one slip from a known person's: say so beside it.
            let message = match moved.close.first() {
                Some(near) => format!("{message} · {}", text::owed::close_person(&who, &text::names::shown(near))),
                None => message,
            };
            Reply::Changed { message, select: None }
        }
        Effect::Reimburse(seen, line) => reimburse_row(store, ctx, &seen, &line)?,
        Effect::Split(seen, line) => {
            let Some(crate::input::QuickClaim::Share { ways, with }) =
                crate::input::claim_word(&format!("AA:{}", line.trim()))
            else {
                return Ok(Reply::Failed(text::claims::ways_typed(&text::safe::escaped(line.trim()))));
            };
            let others = text::claims::default_others().to_owned();
            let done = ops::claims::mark(store, seen.id, &ops::claims::Claim::Share { ways, with, others })?;
            let money = |m: i64| Money::new(m, seen.currency);
            let who: Vec<String> =
                done.offsets.iter().map(|o| text::names::shown(&o.person.name).into_owned()).collect();
            let (mine, owed) = (money(done.parts.mine), money(done.parts.owed()));
            Reply::Changed { message: text::claims::split(seen.id, ways, mine, owed, &who.join(", ")), select: None }
        }
        Effect::LoadClaim(seen) => {
            let shown = ops::claims::of_row(store, seen.id)?.map(|c| match c {
                ops::claims::RowClaim::Share { owed } => {
                    text::form::claimed_share(&Money::new(owed, seen.currency).to_string())
                }
                ops::claims::RowClaim::Reimburse { by } => text::form::claimed_reimburse(&text::names::shown(&by)),
                ops::claims::RowClaim::Offset { paid } => text::form::claimed_offset(paid),
            });
            Reply::ClaimLoaded(seen.id, shown)
        }
        Effect::Delete(seen) => {
            let gone = ops::entries::delete_seen(store, &seen)?;
            let what = gone.iter().find(|t| t.id == seen.id).map_or_else(String::new, row_words);
            Reply::Changed { message: text::ui::deleted(&what), select: None }
        }
        Effect::Undo => match ops::history::undo(store)? {
            Some(done) => Reply::Changed { message: text::ui::undid(&done.step.to_string()), select: done.txn },
            None => Reply::Failed(text::ui::nothing_to_undo().into()),
        },
        Effect::Redo => match ops::history::redo(store)? {
            Some(done) => Reply::Changed { message: text::ui::redid(&done.step.to_string()), select: done.txn },
            None => Reply::Failed(text::ui::nothing_to_redo().into()),
        },
        Effect::LoadMonths(span) => Reply::MonthsLoaded(ops::views::span_summaries(store, ctx, span)?),
        Effect::LoadBreakdown(month) => {
            let b = ops::views::breakdown(store, ctx, month)?;
            Reply::BreakdownLoaded(month, b.breakdown, b.over)
        }
        Effect::LoadWaiting(month) => Reply::WaitingLoaded(month, ops::views::waiting(store, ctx, month)?),
        Effect::LoadTags(month) => Reply::TagsLoaded(month, ops::views::month_tags(store, ctx, month)?),
        Effect::LoadPlan => {
            let ops::views::PlanData { inputs, goals } = ops::views::plan(store, ctx)?;
            Reply::PlanLoaded { inputs, goals }
        }
        Effect::LoadMove(load) => Reply::MoveLoaded(Box::new(move_data(store, ctx, &load)?)),
        Effect::SaveScenario { save, scenario, message } => {
            ops::plans::save_scenario(store, &save, &scenario)?;
            Reply::Changed { message, select: None }
        }
        Effect::ListBills => Reply::BillsListed(bills_nearby()),
        Effect::PlanImport { path, account, map, apart } => {
            // The file prompt keeps `~/` as typed; the environment is read here, not in `update`.
            let path = super::import::expand_home(&path, std::env::var_os("HOME").as_deref());
            let planned = match plan_file(store, &path, account, map.as_ref(), &apart) {
                Err(Unplanned::Bank(sample)) => return Ok(Reply::MappingNeeded { path, sample: Box::new(sample) }),
                Err(Unplanned::Message(m)) => Err(m),
                Ok(plan) => Ok(plan),
            };
            Reply::ImportPlanned(Box::new(planned.map(|plan| ImportView {
                path,
                plan,
                account,
                selected: 0,
                offset: 0,
                corrected: None,
                corrections: Vec::new(),
                apart: apart.clone(),
            })))
        }
        Effect::RunImport { path, plan } => {
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let n = ops::import::commit(store, &plan, &name, None)?;
            Reply::Changed { message: text::ui::imported(n, &name), select: None }
        }
        Effect::PlanMapped { path, mapping, account, apart } => {
            let planned = plan_mapped(store, &path, &mapping, account, &apart);
            Reply::ImportPlanned(Box::new(planned.map(|plan| ImportView {
                path,
                plan,
                account: Some(account),
                selected: 0,
                offset: 0,
                corrected: None,
                corrections: Vec::new(),
                apart,
            })))
        }
        Effect::RunMappedImport { path, plan, name, mapping } => {
            let file =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let n = ops::import::commit(store, &plan, &file, Some((&name, &mapping)))?;
            let name = text::safe::escaped(&crate::model::clean::text(&name)).into_owned();
            Reply::Changed { message: text::mapping::imported_saved(n, &file, &name), select: None }
        }
        Effect::SaveRule { payee, category } => match crate::config::add_rule(&payee, &category) {
            Ok(file) => Reply::Changed {
                message: text::ui::rule_saved(&payee, &text::names::shown(&category), file.display()),
                select: None,
            },
            Err(e) => Reply::Failed(e),
        },
        Effect::DeleteScenario(id, seen) => {
            ops::plans::delete_scenario(store, id, &seen)?;
            Reply::Changed { message: text::ui::scenario_deleted(&seen.name), select: None }
        }
        Effect::LoadSettings => Reply::SettingsLoaded(crate::cli::inside::settings_rows()),
        Effect::RunCommand(line) => {
            let Some(path) = store.path().map(Path::to_path_buf) else {
                return Ok(Reply::Failed(text::ui::command_no_file().into()));
            };
            // The interface's day (its tests fix it), at the clock's time of day.
            let now = today.and_time(chrono::Local::now().time());
            let ran = crate::cli::inside::run_line(&line, &path, now);
            let settings = ran.settings_changed.then(|| Box::new(crate::config::load_settings().0));
            if let Some(cycle) = settings.as_ref().and_then(|s| crate::model::Cycle::new(s.month_start)) {
                store.set_cycle(cycle);
            }
            Reply::CommandRan { line, ran, settings }
        }
        Effect::RunWords(words) => {
            let Some(path) = store.path().map(Path::to_path_buf) else {
                return Ok(Reply::Failed(text::ui::command_no_file().into()));
            };
            let now = today.and_time(chrono::Local::now().time());
            Reply::WordsRan(crate::cli::inside::run_words(words, &path, now))
        }
        Effect::LoadSheet(kind) => {
            use super::sheet::{RuleRow, SheetData, SheetKind};
            Reply::SheetLoaded(match kind {
                // A loan with terms as its schedule stands today, as `nestegg accounts` lists it.
                SheetKind::Accounts => {
                    SheetData::Accounts(ops::worth::holdings(store, today)?, ops::credit::bills(store, today)?)
                }
                SheetKind::Categories => SheetData::Categories(store.categories(true)?),
                SheetKind::Rules => SheetData::Rules(
                    ops::views::rules_ahead(store, today, RULE_NEXT)?
                        .into_iter()
                        .map(|(rule, next)| RuleRow { rule, next })
                        .collect(),
                ),
                SheetKind::Goals => SheetData::Goals(ops::views::goal_statuses(store, ctx)?),
                SheetKind::Owed => SheetData::Owed(ops::owed::owed(store, None)?),
            })
        }
        Effect::Reconcile { account, amount, date, adjust } => {
            Reply::Reconciled(Box::new(reconcile(store, account, &amount, &date, adjust, today)))
        }
        Effect::LoadWorth(from, to) => Reply::WorthLoaded(ops::worth::networth(store, ctx, from, to)?),
        Effect::LoadDemo => {
            let n = ops::demo::load(store, demo::household(today, DEMO_MONTHS, DEMO_SEED), 0, |_| ())?;
            Reply::Changed { message: text::ui::demo_loaded(n), select: None }
        }
    })
}

fn save(store: &mut Store, mut d: Draft) -> Result<Reply, ops::OpError> {
    use ops::entries;
    if d.usual_account {
        if let Some(id) = entries::usual_account(store, &d.entry.payee)? {
            d.entry.account_id = id;
        }
    }
    let editing = d.editing.is_some();
    let saved = match (d.editing, d.claim) {
        (None, Some(claim)) => ops::claims::add(store, d.entry, &claim).map(|c| c.paid),
        (None, None) => entries::add(store, d.entry),
        (Some(seen), Some(claim)) => ops::claims::edit_and_mark(store, &seen, &d.entry.into(), &claim).map(|c| c.paid),
        (Some(seen), None) => entries::edit_seen(store, &seen, &d.entry.into()),
    };
    let txn = match saved {
        Err(ops::OpError::Money(crate::money::MoneyError::Overflow)) => {
            return Ok(Reply::Failed(text::ui::amount_too_large().into()));
        }
        other => other?,
    };
    let (amount, name) =
        (Money::new(txn.amount, txn.currency).to_string(), txn.category.as_deref().unwrap_or_default());
    let (name, account) = (text::names::shown(name), text::names::shown(&txn.account));
    let message = if editing {
        text::ui::saved_txn(&amount, &name, txn.date, &account)
    } else {
        text::ui::added_txn(&amount, &name, txn.date, &account)
    };
    Ok(Reply::Changed { message, select: Some(txn) })
}

/// The Ledger's `r`: a row that waits for a reimbursement records the
/// amount typed (empty: all of it) as come back today, into the account
/// it was paid from; any other payment is marked reimbursable by the name
/// typed (empty: the language's default).
fn reimburse_row(
    store: &mut Store,
    ctx: &ops::Ctx,
    seen: &crate::model::Txn,
    line: &str,
) -> Result<Reply, ops::OpError> {
    use ops::claims::{Back, Claim};
    let waits = store.claims_of(seen.id)?.iter().any(|c| c.kind == "reimburse" && c.closed_by.is_none());
    let money = |m: i64| Money::new(m, seen.currency);
    if waits {
        let amount = match line.trim() {
            "" => None,
            typed => Some(Money::parse(typed, seen.currency)?.minor),
        };
        let r = ops::claims::reimbursed(store, &Back { id: seen.id, amount, account: None, date: ctx.today })?;
        let (by, account) = (text::names::shown(&r.by.name), text::names::shown(&r.account.name));
        let mut message = text::claims::reimbursed(money(r.amount), &by, &account, ctx.today, r.ids.0, r.ids.1);
        if r.rest > 0 {
            let category = text::names::shown(r.paid.category.as_deref().unwrap_or_default()).into_owned();
            message = format!("{message}; {}", text::claims::not_reimbursed(money(r.rest), &category, r.paid.id));
        }
        return Ok(Reply::Changed { message, select: None });
    }
    let by = match line.trim() {
        "" => text::claims::default_by(),
        typed => typed,
    };
    let done = ops::claims::mark(store, seen.id, &Claim::Reimburse { by: by.to_owned() })?;
    let offset = done.offsets.first().expect("a reimbursement has one offset");
    let who = text::names::shown(&offset.person.name);
    Ok(Reply::Changed { message: text::claims::marked(seen.id, money(offset.amount), &who, offset.id), select: None })
}

/// A statement's balance and day, as typed, compared with the ledger by
/// `ops::worth::reconcile` (read as the command line reads them: the
/// account's currency, an empty day today); a refusal as its words, the
/// day's named by its flag as the command line names it, so the form shows
/// it under its field.
fn reconcile(
    store: &mut Store,
    id: i64,
    amount: &str,
    date: &str,
    adjust: bool,
    today: chrono::NaiveDate,
) -> Result<super::reconcile::Reconciled, String> {
    let account = store.account(id).map_err(|e| e.to_string())?;
    let stated = Money::parse(amount, account.currency).map_err(|e| e.to_string())?.minor;
    let day = match date.trim() {
        "" => today,
        d => crate::model::parse_date(d).map_err(|e| format!("--date: {e}"))?,
    };
    let r = ops::worth::reconcile(store, id, stated, day, adjust).map_err(|e| e.to_string())?;
    Ok(super::reconcile::Reconciled {
        account,
        day,
        ledger: r.ledger,
        stated: r.stated,
        difference: r.difference,
        since: r.since,
        unreconciled: r.unreconciled,
        recorded: r.recorded.is_some(),
    })
}

/// Why a bill was not planned: a message, or a bank bill (its header and
/// first rows), which needs a column mapping.
enum Unplanned {
    Message(String),
    Bank(crate::import::Sample),
}

/// Reads the bill at `path` and plans it (its preset detected from its
/// content, or a mapping saved earlier recognising it) with the user's payee rules.
fn plan_file(
    store: &Store,
    path: &Path,
    account: Option<i64>,
    map: Option<&crate::import::journal_map::AccountMap>,
    apart: &[usize],
) -> Result<Plan, Unplanned> {
    let bytes = crate::files::read_limited(path, crate::files::BILL_MAX_BYTES)
        .map_err(|e| Unplanned::Message(e.to_string()))?;
    let rules = crate::config::load_rules().map_err(Unplanned::Message)?;
    let options = ops::import::ImportOptions {
        preset: None,
        mapping: None,
        account,
        rules: &rules,
        account_map: map,
        keep_apart: apart,
    };
    let planned = match ops::import::plan(store, &bytes, &options, |_| ()) {
        // An OFX or QIF file names no account of the ledger: its rows go to
        // the first bank account, shown on every row, and `a` moves them.
        Err(ops::import::ImportOpError::FileNeedsAccount(kind)) => {
            let accounts = store.accounts(false).map_err(|e| Unplanned::Message(e.to_string()))?;
            let first =
                accounts.iter().find(|a| a.kind == crate::model::AccountKind::Bank).or(accounts.first()).ok_or_else(
                    || Unplanned::Message(ops::import::ImportOpError::FileNeedsAccount(kind).to_string()),
                )?;
            let options = ops::import::ImportOptions { account: Some(first.id), ..options };
            ops::import::plan(store, &bytes, &options, |_| ())
        }
        other => other,
    };
    planned.map_err(|e| match e {
        ops::import::ImportOpError::File(
            unknown @ (crate::import::ImportError::Unknown | crate::import::ImportError::UnknownLayout(_)),
        ) => match crate::import::sample(&bytes, super::mapping::PREVIEW_ROWS) {
            Ok(sample) => Unplanned::Bank(sample),
            Err(_) => Unplanned::Message(unknown.to_string()),
        },
        other => Unplanned::Message(other.to_string()),
    })
}

/// Reads a bank bill and plans it with the mapping chosen on the mapping
/// screen, as `nestegg import FILE --map … --account …` does.
fn plan_mapped(
    store: &Store,
    path: &Path,
    mapping: &crate::import::Mapping,
    account: i64,
    apart: &[usize],
) -> Result<Plan, String> {
    let bytes = crate::files::read_limited(path, crate::files::BILL_MAX_BYTES).map_err(|e| e.to_string())?;
    let rules = crate::config::load_rules()?;
    let options = ops::import::ImportOptions {
        preset: Some(crate::import::Preset::Generic),
        mapping: Some(mapping),
        account: Some(account),
        rules: &rules,
        account_map: None,
        keep_apart: apart,
    };
    ops::import::plan(store, &bytes, &options, |_| ()).map_err(|e| e.to_string())
}

/// Bills (CSV, XLSX, OFX, QFX, QIF) in this folder and in ~/Downloads, newest first (at most 8).
fn bills_nearby() -> Vec<String> {
    let mut dirs = vec![PathBuf::from(".")];
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join("Downloads"));
    }
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().to_lowercase();
            [".csv", ".xlsx", ".ofx", ".qfx", ".qif"].iter().any(|ext| name.ends_with(ext))
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    // Shown as typed: `~/Downloads/…` (the prompt expands `~/`), `./` dropped.
    let home = std::env::var("HOME").ok().filter(|h| !h.is_empty());
    found
        .into_iter()
        .take(8)
        .map(|(_, p)| {
            let text = p.display().to_string();
            match home.as_deref().and_then(|h| text.strip_prefix(h)) {
                Some(rest) if rest.starts_with('/') => format!("~{rest}"),
                _ => text.trim_start_matches("./").to_owned(),
            }
        })
        .collect()
}

/// Staying against each stored scenario (or why there is nothing to compare
/// yet), the goals to time, and what the scenario form needs: the ledger's
/// part from ops, the cities from the user's file (or the shipped ones).
fn move_data(store: &Store, ctx: &ops::Ctx, load: &MoveLoad) -> Result<MoveData, ops::OpError> {
    let (cities, cities_error) = match crate::config::load_cities() {
        Ok(c) => (c, None),
        Err(e) => (crate::relocation::cities::shipped(), Some(e)),
    };
    let (home, home_error) =
        match crate::relocation::cities::home_of(load.home_city.as_deref(), i64::from(load.home_index), &cities) {
            Ok(h) => (h, None),
            Err(name) => (crate::relocation::cities::Home::Unset, Some(text::moving::home_unknown(&name))),
        };
    let place = ops::views::Place { cities: &cities, home: &home, economy: load.economy, pay: load.pay };
    let f = ops::views::move_figures(store, ctx, load.months, &place)?;
    let outcomes = match f.outcomes {
        None => Err(text::ui::no_complete_month().into()),
        Some(outcomes) => outcomes.map_err(|e| e.to_string()),
    };
    Ok(MoveData {
        outcomes,
        goals: f.goals,
        stay: f.stay,
        baseline: f.baseline,
        scenarios: f.scenarios,
        living: f.living,
        economy: load.economy,
        asked_home: load.home_city.is_some(),
        cities,
        cities_error: cities_error.or(home_error),
    })
}
