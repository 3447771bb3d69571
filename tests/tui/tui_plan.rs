//! The Plan tab, headless: the baseline from the ledger, what-if keys, goals.

use crate::common;

use common::{Session, screen};

/// Six complete months before today's (November 2026): 5,000 salary, 800 rent,
/// 1,700 food each — saving 2,500 (50 %) a month; 10,000 in the bank at the start.
fn household() -> Session {
    let s = Session::new();
    s.add("2026-04-30", "salary", "Bank card", "opening", 1_000_000);
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -80_000);
        s.add(&format!("2026-{m:02}-15"), "food", "WeChat Pay", "食堂", -170_000);
    }
    s
}

#[test]
fn the_plan_starts_from_the_ledger() {
    let s = household();
    let text = screen(&s.run("3", (100, 30)));
    // The baseline: mean of 2026-05…2026-10 (April's opening salary is before the 6-month window).
    assert!(text.contains("saving ¥2,500.00 (50.0%) = ¥5,000.00 in − ¥800.00 housing − ¥1,700.00 spent"), "{text}");
    assert!(text.contains("from mean of 2026-05…2026-10 · start ¥25,000.00"), "{text}");
    // Start 10,000 + 6 × 2,500 = 25,000; five years of 2,500 more at 0 %: 175,000.
    assert!(text.contains("In 5 years: ¥175,000.00, ¥175,000.00 in today's money"), "{text}");
    assert!(text.contains("= ¥25,000.00 + ¥150,000.00 saved + ¥0.00 returns"), "{text}");
    // Independence at 0 % real return: goal 0.5/0.04 = 12.5 years of income, start
    // 25,000/60,000 = 0.4167 → (12.5 − 0.4167)/0.5 = 24.2 years.
    assert!(text.contains("FI (4% rule): 24.2 years"), "{text}");
}

#[test]
fn what_if_keys_move_the_figures_and_zero_resets() {
    let s = household();
    // + : savings rate +5 points → spending 1,700 − 250 = 1,450, saving 2,750 (55 %).
    let text = screen(&s.run("3+", (100, 30)));
    assert!(text.contains("saving ¥2,750.00 (55.0%)") && text.contains("what-if: rate +5 pts"), "{text}");
    // i : income +5 % → 5,250 in, saving 2,750 (52.4 %).
    let text = screen(&s.run("3i", (100, 30)));
    assert!(text.contains("saving ¥2,750.00 (52.4%) = ¥5,250.00 in"), "{text}");
    // S : spending −5 % → 1,615 spent, saving 2,585.
    let text = screen(&s.run("3S", (100, 30)));
    assert!(text.contains("¥1,615.00 spent"), "{text}");
    // r r : return 1.00 %; h : ten years. Returns now show, and the end moves.
    let text = screen(&s.run("3rrh", (100, 30)));
    assert!(text.contains("return 1.00%") && text.contains("In 10 years:"), "{text}");
    assert!(!text.contains("+ ¥0.00 returns"), "{text}");
    // f f f f : 2 % inflation shows in today's money; 0 resets everything.
    let text = screen(&s.run("3ffff", (100, 30)));
    assert!(text.contains("infl. 2.00%") && text.contains("what-if: inflation 2.00%"), "{text}");
    let text = screen(&s.run("3+irrff0", (100, 30)));
    assert!(text.contains("saving ¥2,500.00 (50.0%)") && text.contains("what-if: none yet"), "{text}");
}

#[test]
fn goals_show_their_progress_and_projected_month() {
    let s = household();
    let mut store = s.store();
    let bank = store.accounts(true).unwrap().into_iter().find(|a| a.name == "Bank card").unwrap().id;
    store
        .write(|tx| {
            tx.add_goal(
                "Flat in Hegang",
                3_750_000,
                nestegg::money::Currency::CNY,
                Some("2027-06".parse().unwrap()),
                &[],
            )?;
            tx.add_goal("Bank only", 5_000_000, nestegg::money::Currency::CNY, None, &[bank])
        })
        .unwrap();
    let text = screen(&s.run("3", (100, 30)));
    // All accounts hold 25,000 of 37,500: 66.7 %, 12,500 to go, 5 months at 2,500 → 2027-04;
    // the date 2027-06 is 7 months away: 12,500 ÷ 7 = 1,785.714… → 1,785.72 a month.
    assert!(text.contains("66.7% of ¥37,500.00 · ¥12,500.00 to go"), "{text}");
    assert!(text.contains("at this rate: 2027-04 · ¥1,785.72/month makes 2027-06"), "{text}");
    // The bank card alone holds 10,000 + 6 × (5,000 − 800) = 35,200 of 50,000: 70.4 %.
    assert!(text.contains("70.4% of ¥50,000.00 · ¥14,800.00 to go"), "{text}");
    insta::assert_snapshot!("plan_80x24", screen(&s.run("3", (80, 24))));
    insta::assert_snapshot!("plan_what_if_120x40", screen(&s.run("3+rrh", (120, 40))));
}

#[test]
fn without_history_the_plan_says_what_it_needs() {
    let s = Session::new();
    let text = screen(&s.run("3", (100, 30)));
    assert!(text.contains("the ledger has no complete month yet"), "{text}");
    assert!(text.contains("nestegg project --income"), "{text}");
}

#[test]
fn return_presets_step_through_a_deposit_and_five_percent() {
    let s = household();
    let text = screen(&s.run("3p", (100, 30)));
    assert!(text.contains("return 0.95%"), "{text}");
    let text = screen(&s.run("3pp", (100, 30)));
    assert!(text.contains("return 5.00%"), "{text}");
    let text = screen(&s.run("3ppp", (100, 30)));
    assert!(text.contains("return 0.00%"), "{text}");
}

#[test]
fn the_plan_tab_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = household();
    s.store()
        .write(|tx| {
            tx.add_goal("鹤岗买房", 3_750_000, nestegg::money::Currency::CNY, Some("2027-06".parse().unwrap()), &[])
                .map(drop)
        })
        .unwrap();
    let text = screen(&s.run("3", (100, 30)));
    assert!(text.contains("每月存 ¥2,500.00（50.0%）= 收入 ¥5,000.00 − 住房 ¥800.00 − 支出 ¥1,700.00"), "{text}");
    assert!(text.contains("5 年后：¥175,000.00") && text.contains("财务自由（4% 法则）：24.2 年"), "{text}");
    assert!(text.contains("已达 ¥37,500.00 的 66.7% · 还差 ¥12,500.00"), "{text}");
    let text = screen(&s.run("3+", (100, 30)));
    assert!(text.contains("假设：储蓄率 +5 点"), "{text}");
    insta::assert_snapshot!("plan_zh_80x24", screen(&s.run("3", (80, 24))));
    let text = screen(&Session::new().run("3", (100, 30)));
    assert!(text.contains("账本里还没有一个完整的月份"), "{text}");
}

/// `nestegg goals` and the Plan tab read the same settings and the same
/// ledger, and give each goal the same date (both at the settings' baseline
/// months, here 3 of the 6 the ledger has). The binary reads the clock, so
/// the ledger is written relative to the current month.
#[test]
fn the_plan_tab_and_nestegg_goals_agree_on_goal_dates() {
    use nestegg::model::{Month, NewTxn};
    let cli = common::Cli::new();
    cli.ok(&["config", "set", "baseline_months", "3"]);
    let today = chrono::Local::now().date_naive();
    let this_month = Month::of(today);
    // Six complete months: 5,000 in, 800 rent; food 2,500 in the first three
    // (saving 1,700) and 1,700 in the last three (saving 2,500). 12,600 saved.
    {
        let mut store = nestegg::store::Store::open(&cli.path).unwrap();
        let cat = |n: &str| store.categories(true).unwrap().into_iter().find(|c| c.name == n).unwrap().id;
        let (salary, rent, food) = (cat("salary"), cat("rent"), cat("food"));
        let bank = store.accounts(true).unwrap().into_iter().find(|a| a.name == "Bank card").unwrap().id;
        let mut rows = Vec::new();
        let mut m = this_month;
        for back in 1..=6 {
            m = m.prev();
            let first = m.first_day();
            let food_spent = if back > 3 { 250_000 } else { 170_000 };
            for (day, category_id, amount) in [(0, salary, 500_000), (1, rent, -80_000), (2, food, -food_spent)] {
                let date = first + chrono::Days::new(day);
                rows.push(NewTxn {
                    date,
                    account_id: bank,
                    category_id,
                    payee: String::new(),
                    note: String::new(),
                    amount,
                    tags: Default::default(),
                });
            }
        }
        store.write(|tx| rows.iter().try_for_each(|r| tx.add_txn(r).map(drop))).unwrap();
    }
    let by = this_month.plus(7).unwrap().to_string();
    cli.ok(&["goals", "add", "Flat in Hegang", "--target", "37500", "--by", &by]);
    cli.ok(&["goals", "add", "Bike", "--target", "30000"]);

    // The interface with the preferences `main` makes of those settings.
    let file = cli.home().join(".config/nestegg/config.toml");
    let (settings, problems) = nestegg::config::settings::parse(&std::fs::read_to_string(&file).unwrap());
    assert!(problems.is_empty() && settings.baseline_months == 3, "{problems:?}");
    let prefs = nestegg::tui::Prefs {
        baseline_months: settings.baseline_months as usize,
        currency: settings.currency,
        ..nestegg::tui::Prefs::default()
    };
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    let mut store = nestegg::store::Store::open(&cli.path).unwrap();
    let app = nestegg::tui::run_app_with(&mut terminal, &mut store, today, &mut common::keys("3").into_iter(), prefs)
        .unwrap();
    let tab: Vec<(String, Option<Month>)> =
        app.plan.goals.iter().zip(&app.plan.statuses).map(|((g, _), s)| (g.name.clone(), s.projected)).collect();

    // 37,500 − 12,600 = 24,900 at the last three months' 2,500: 10 months (at
    // six months' 2,100 it would be 12); 30,000 − 12,600 = 17,400: 7 (not 9).
    let expected = [("Flat in Hegang", 10), ("Bike", 7)];
    let list = cli.ok(&["goals"]);
    for ((name, months), (tab_name, tab_month)) in expected.iter().zip(&tab) {
        let when = this_month.plus(*months).unwrap();
        assert_eq!((tab_name.as_str(), *tab_month), (*name, Some(when)));
        let row = list.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("{list}"));
        assert!(row.contains(&format!("{when} ({months} mo)")), "{row}");
    }
}

/// `s` with a dollar account: 3,000 in and 1,000 spent each month from May
/// to October.
fn with_dollars(s: Session) -> Session {
    let chase = s
        .store()
        .write(|tx| tx.add_account("Chase", nestegg::model::AccountKind::Bank, nestegg::money::Currency::USD))
        .unwrap()
        .name;
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", &chase, "", 300_000);
        s.add(&format!("2026-{m:02}-15"), "food", &chase, "", -100_000);
    }
    s
}

/// The Plan tab reads and shows the settings' currency: a ledger kept in
/// dollars plans in dollars (its yuan account is left out).
#[test]
fn the_plan_tab_plans_in_the_settings_currency() {
    use nestegg::money::Currency;
    let s = with_dollars(household());
    let run = |currency| {
        let prefs = nestegg::tui::Prefs { currency, ..nestegg::tui::Prefs::default() };
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
        let mut store = s.store();
        let keys = &mut common::keys("3").into_iter();
        nestegg::tui::run_app_with(&mut terminal, &mut store, common::today(), keys, prefs).unwrap();
        screen(&terminal)
    };
    // Dollars: 3,000 in, 1,000 spent, 6 × 2,000 = 12,000 held.
    let text = run(Currency::USD);
    assert!(text.contains("saving $2,000.00 (66.7%) = $3,000.00 in − $0.00 housing − $1,000.00 spent"), "{text}");
    assert!(text.contains("start $12,000.00"), "{text}");
    // Yuan (every ledger's setting so far): the household as before.
    let text = run(Currency::CNY);
    assert!(text.contains("saving ¥2,500.00 (50.0%)") && text.contains("start ¥25,000.00"), "{text}");
}

/// The Months and Move tabs show the settings' currency too: the same dollar
/// ledger reads in dollars, with no `¥` where a dollar figure stands.
#[test]
fn the_months_and_move_tabs_show_the_settings_currency() {
    use nestegg::money::Currency;
    let s = with_dollars(household());
    {
        let mut store = s.store();
        let north = nestegg::relocation::scenario::Scenario {
            name: "North".into(),
            ..nestegg::relocation::compare::stay(300_000, 0, 80_000, "here")
        };
        nestegg::ops::plans::save_scenario(&mut store, &nestegg::ops::plans::ScenarioSave::New, &north).unwrap();
    }
    let run = |script: &str| {
        let prefs = nestegg::tui::Prefs { currency: Currency::USD, ..nestegg::tui::Prefs::default() };
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        let mut store = s.store();
        let keys = &mut common::keys(script).into_iter();
        nestegg::tui::run_app_with(&mut terminal, &mut store, common::today(), keys, prefs).unwrap();
        screen(&terminal)
    };
    let months = run("2<Left>");
    assert!(months.contains("$3,000.00") && months.contains("$1,000.00"), "{months}");
    assert!(!months.contains('¥'), "{months}");
    let moving = run("4");
    assert!(moving.contains("$3,000.00"), "{moving}");
    assert!(!moving.contains('¥'), "{moving}");
}

/// The Plan tab without colour (NO_COLOR): its lines differ in shape, each
/// drawn in its own character, which the legend shows before its name.
#[test]
fn without_colour_each_plan_line_has_its_own_character() {
    use nestegg::config::Theme;
    let s = household();
    s.store()
        .write(|tx| tx.add_goal("Flat in Hegang", 20_000_000, nestegg::money::Currency::CNY, None, &[]).map(drop))
        .unwrap();
    let prefs = nestegg::tui::Prefs {
        palette: nestegg::tui::theme::palette(Theme::Default, true),
        ..nestegg::tui::Prefs::default()
    };
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    // 2 % inflation (f ×4), so today's money falls away from the balance.
    let keys = &mut common::keys("3ffff").into_iter();
    nestegg::tui::run_app_with(&mut terminal, &mut s.store(), common::today(), keys, prefs).unwrap();
    let text = screen(&terminal);
    let legend = text.lines().find(|l| l.contains("projected balance")).unwrap();
    assert!(legend.contains("* balance + in today's money x goals"), "{legend}");
    // The chart's plot: between its top border and the x axis, right of the y axis.
    let lines: Vec<&str> = text.lines().collect();
    let top = lines.iter().position(|l| l.contains("projected balance")).unwrap();
    let axis = lines.iter().position(|l| l.contains('└') && l.contains('─') && l.starts_with('│')).unwrap();
    let plot: String =
        lines[top + 1..axis].iter().map(|l| l.split_once('│').unwrap().1.split_once('│').unwrap().1).collect();
    for glyph in ['*', '+', 'x'] {
        assert!(plot.contains(glyph), "{glyph} is drawn:\n{text}");
    }
    assert!(!plot.chars().any(|c| ('\u{2800}'..='\u{28FF}').contains(&c)), "no Braille line:\n{text}");
    // The goal's row follows its line's character.
    assert!(text.contains("x Flat in Hegang"), "{text}");
}

/// Thirty thousand at the start of May, then six months of 3,000 in, 800
/// rent and 4,000 food: saving −1,800 a month, 19,200 left at the start.
fn overspending() -> Session {
    let s = Session::new();
    s.add("2026-04-30", "salary", "Bank card", "opening", 3_000_000);
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 300_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -80_000);
        s.add(&format!("2026-{m:02}-15"), "food", "WeChat Pay", "食堂", -400_000);
    }
    s
}

/// Chinese punctuation a line may break after.
const CLOSING: [char; 5] = ['：', '，', '。', '；', '）'];

/// The Plan tab's text lines (not the chart, the tab bar or the footer).
fn text_lines(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines[1..lines.len() - 2]
        .iter()
        .filter(|l| !l.starts_with(['│', '┌', '└']) && !l.trim().is_empty())
        .map(|l| l.to_string())
        .collect()
}

/// Issue: at 60 and 80 columns the Plan tab cut `· FI (4% rul`, `--target 37`
/// and `按此速度达不` mid-word. A line that does not fit is now wrapped, or
/// cut after a whole word with `…`: every word on screen is a word of the
/// same tab drawn wide enough for everything.
#[test]
fn the_plan_tab_cuts_at_words_or_wraps_at_every_size() {
    let with_goal = household();
    with_goal
        .store()
        .write(|tx| {
            tx.add_goal(
                "Flat in Hegang",
                3_750_000,
                nestegg::money::Currency::CNY,
                Some("2027-06".parse().unwrap()),
                &[],
            )
            .map(drop)
        })
        .unwrap();
    for lang in [nestegg::text::Lang::En, nestegg::text::Lang::Zh] {
        nestegg::text::set_lang(lang);
        for (s, keys) in [(&household(), "3"), (&with_goal, "3+irrff"), (&overspending(), "3")] {
            let wide = screen(&s.run(keys, (220, 50)));
            let words: Vec<String> = text_lines(&wide)
                .iter()
                .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
                .collect();
            for size in [(60, 20), (70, 22), (80, 24), (100, 30), (120, 40)] {
                let text = screen(&s.run(keys, size));
                for line in text_lines(&text) {
                    for word in line.split_whitespace() {
                        let whole = word.strip_suffix('…').unwrap_or(word);
                        // A cut word, or one ending in the punctuation a cut drops.
                        // Whole, or cut (or wrapped) after a whole word: before
                        // punctuation, or after a Chinese closing mark.
                        let known = words.iter().any(|w| {
                            w == whole
                                || (w.starts_with(whole)
                                    && (!w[whole.len()..].chars().next().is_some_and(char::is_alphanumeric)
                                        || whole.ends_with(CLOSING)))
                                || (w.ends_with(whole) && w[..w.len() - whole.len()].ends_with(CLOSING))
                        });
                        assert!(known, "{lang:?} {keys} {size:?}: {word:?} is cut mid-word in {line:?}:\n{text}");
                    }
                }
            }
        }
    }
    nestegg::text::set_lang(nestegg::text::Lang::En);
    // At the smallest size, what matters is whole: the formula wraps before
    // an operator, independence and the goal command each get a line.
    let text = screen(&household().run("3", (60, 20)));
    assert!(text.contains("saving ¥2,500.00 (50.0%) = ¥5,000.00 in − ¥800.00 housing\n− ¥1,700.00 spent"), "{text}");
    assert!(text.contains("\nFI (4% rule): 24.2 years\n"), "{text}");
    assert!(text.contains("\nnestegg goals add \"Hegang flat\" --target 37500 --by 2027-12\n"), "{text}");
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let text = screen(&overspending().run("3", (80, 24)));
    assert!(text.contains("财务自由（4% 法则）：按此速度达不到"), "{text}");
}

/// A negative term of the formula reads `− ¥108,000.00`, never `+ -¥…`:
/// 19,200 at the start, 60 months of −1,800 saved, no returns.
#[test]
fn a_negative_term_reads_minus_its_figure() {
    let text = screen(&overspending().run("3", (120, 40)));
    assert!(text.contains("saving -¥1,800.00 (-60.0%) = ¥3,000.00 in − ¥800.00 housing − ¥4,000.00 spent"), "{text}");
    assert!(text.contains("= ¥19,200.00 − ¥108,000.00 saved + ¥0.00 returns"), "{text}");
    assert!(!text.contains("+ -"), "{text}");
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let text = screen(&overspending().run("3", (120, 40)));
    assert!(text.contains("= ¥19,200.00 − 存入 ¥108,000.00 + 收益 ¥0.00"), "{text}");
}

/// The what-if line ends in a whole sentence at 120 columns ("figures" was
/// missing from its words).
#[test]
fn the_what_if_hint_is_a_whole_sentence() {
    let text = screen(&household().run("3", (120, 40)));
    assert!(text.contains("\nwhat-if: none yet — try the keys below; 0 goes back to the ledger's figures\n"), "{text}");
}

/// A ledger of spending alone: `+` (rate) and `i` (income) have no income to
/// take a share of; they say so and change nothing, where they used to claim
/// "what-if: rate +5 pts" over unchanged figures.
#[test]
fn rate_and_income_keys_say_when_there_is_no_income() {
    let s = Session::new();
    s.add("2026-10-15", "food", "WeChat Pay", "食堂", -17_400);
    for keys in ["3+", "3i"] {
        let text = screen(&s.run(keys, (100, 30)));
        assert!(text.contains("the baseline has no income"), "{keys}: {text}");
        assert!(!text.contains("what-if: rate") && !text.contains("what-if: income"), "{keys}: {text}");
    }
    // Spending still moves.
    let text = screen(&s.run("3s", (100, 30)));
    assert!(text.contains("what-if: spending"), "{text}");
}

/// Back on the tab from the goals screen (`g`), an edited goal shows its
/// new target at once (it used to wait for another tab).
#[test]
fn an_edited_goal_shows_on_the_tab_at_once() {
    let s = household();
    s.store().write(|tx| tx.add_goal("Flat", 3_750_000, nestegg::money::Currency::CNY, None, &[])).unwrap();
    let text = screen(&s.run("3", (100, 30)));
    assert!(text.contains("66.7% of ¥37,500.00"), "{text}");
    let text = screen(&s.run("3ge<C-u>50000<Enter><Esc>", (100, 30)));
    // 25,000 of 50,000.
    assert!(text.contains("50.0% of ¥50,000.00") && !text.contains("¥37,500.00"), "{text}");
}
