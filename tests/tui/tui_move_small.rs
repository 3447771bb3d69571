//! The Move tab on small terminals (60×20 up), headless: example commands
//! whole, the table's rows that matter kept (and the rest counted, or shown
//! with the chart folded), names apart, the schedule's title and keys whole.

use crate::common;

use common::moving::{add, guangzhou, hegang};
use common::screen;
use nestegg::relocation::scenario::Housing;

/// Issue: at 60 columns the example commands wrapped (`--moving-costs` /
/// `3000`) and could not be copied. Each is one whole line at every width,
/// in both languages, and each is what the command line accepts.
#[test]
fn the_example_commands_stay_whole_at_60_columns() {
    let s = guangzhou();
    for (lang, commands) in [
        (
            nestegg::text::Lang::En,
            [
                "  nestegg relocate add Rent --city Hegang --moving-costs 900",
                "  nestegg relocate duplicate Rent Buy",
                "  nestegg relocate edit Buy --plan mortgage --area 50",
            ],
        ),
        (
            nestegg::text::Lang::Zh,
            [
                "  nestegg relocate add 租房 --city 鹤岗 --moving-costs 900",
                "  nestegg relocate duplicate 租房 买房",
                "  nestegg relocate edit 买房 --plan mortgage --area 50",
            ],
        ),
    ] {
        nestegg::text::set_lang(lang);
        for width in [60, 66, 80] {
            let text = screen(&s.run("4", (width, 20)));
            let shown: Vec<&str> = text.lines().filter(|l| l.starts_with("  ")).collect();
            assert_eq!(shown, commands, "{lang:?} {width}:\n{text}");
        }
    }
    // They work: a rented flat in Hegang and a bought one, both compared with staying.
    let cli = common::Cli::new();
    {
        let mut store = nestegg::store::Store::open(&cli.path).unwrap();
        let months = nestegg::demo::household(chrono::Local::now().date_naive(), 3, 1);
        nestegg::ops::demo::load(&mut store, months, 0, |_| ()).unwrap();
    }
    for command in [
        "nestegg relocate add Rent --city Hegang --moving-costs 900",
        "nestegg relocate duplicate Rent Buy",
        "nestegg relocate edit Buy --plan mortgage --area 50",
    ] {
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        cli.ok(&args);
    }
    let compared = cli.ok(&["relocate", "compare"]);
    assert!(compared.lines().next().unwrap().split_whitespace().eq(["Stay", "Rent", "Buy"]), "{compared}");
}

/// Issue: at 60×20 the table kept savings, rate, break-even and net worth
/// and dropped income, housing and one-off rows without a word. It still
/// keeps what matters most, and its last line counts the rows it hides
/// and says how to see them (v folds the chart).
#[test]
fn a_short_move_tab_says_how_many_rows_it_hides() {
    let s = guangzhou();
    add(&s, hegang("Hegang", Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 }));
    let rows = |text: &str| {
        let lines: Vec<&str> = text.lines().collect();
        let chart = lines.iter().position(|l| l.starts_with("┌ net worth")).unwrap();
        lines[1..chart].iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string()).collect::<Vec<_>>()
    };
    let tall = rows(&screen(&s.run("4", (60, 50))));
    assert!(tall.iter().all(|l| !l.contains("more rows")), "{tall:?}");
    let text = screen(&s.run("4", (60, 20)));
    let short = rows(&text);
    let last = short.last().unwrap();
    // The tall table's rows, less the two notes under it (what staying
    // averages and the rates; what net worth counts).
    let hidden = tall.len() - 2 - (short.len() - 1);
    assert_eq!(*last, format!("… {hidden} more rows: v folds the chart to show them"), "{text}");
    assert!(hidden > 0 && short.iter().any(|l| l.starts_with("break-even")), "{text}");
    // Issue 25: what each plan takes in and pays stays in view (a newcomer's
    // inputs), and so do the answers; the years between go first (the chart
    // draws them). Stay's 5,000 in, 1,500 of rent; Hegang's 3,000 to move.
    let starts = |rows: &[String], label: &str| rows.iter().find(|l| l.starts_with(label)).cloned();
    for size in [(60, 20), (80, 24)] {
        let short = rows(&screen(&s.run("4", size)));
        for (label, figure) in [
            ("income", "¥5,000.00"),
            ("housing", "¥1,500.00"),
            ("one-off", "¥3,000.00"),
            ("savings", "¥3,500.00"),
            ("break-even", "2027-02"),
            ("net worth 10y", "¥432,000.00"),
        ] {
            let row = starts(&short, label).unwrap_or_else(|| panic!("{size:?}: no {label} in {short:#?}"));
            assert!(row.contains(figure), "{size:?}: {row}");
        }
    }
    let short = rows(&screen(&s.run("4", (60, 20))));
    assert!(starts(&short, "net worth 3y").is_none(), "{short:#?}");
    // v folds the chart: the table takes its lines, every row of the tall
    // table in view at 60×20; v again brings the chart back.
    let text = screen(&s.run("4v", (60, 20)));
    assert!(!text.contains("┌ net worth") && !text.contains("more row"), "{text}");
    for row in tall.iter().take(tall.len() - 2) {
        assert!(text.lines().any(|l| l == row), "{row:?} not in\n{text}");
    }
    assert!(screen(&s.run("4vv", (60, 20))).contains("┌ net worth"));
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let text = screen(&s.run("4", (60, 20)));
    assert!(text.contains(&format!("… 还有 {hidden} 行：按 v 收起图表即可显示")), "{text}");
    for label in ["收入", "住房", "一次性支出", "回本"] {
        assert!(text.lines().any(|l| l.starts_with(label)), "{label}: {text}");
    }
}

/// Issue: after a rename the header read `Stay     Move to Chengdu Chengdu,
/// cheaper r…`: one space between two names. Columns keep two.
#[test]
fn long_scenario_names_keep_two_spaces_between_columns() {
    let s = guangzhou();
    add(&s, hegang("Move to Chengdu", Housing::Rent { monthly: 120_000, deposit_months: 1, agent_fee: 0 }));
    add(&s, hegang("Chengdu, cheaper rent", Housing::Rent { monthly: 90_000, deposit_months: 1, agent_fee: 0 }));
    for size in [(60, 20), (80, 24), (120, 40)] {
        let text = screen(&s.run("4", size));
        let header = text.lines().nth(1).unwrap();
        let names: Vec<&str> = header.split("  ").map(str::trim).filter(|n| !n.is_empty()).collect();
        assert_eq!(names.len(), 3, "{size:?}: {header:?}");
        assert!(
            names[0] == "Stay" && names[1].starts_with("Move to") && names[2].starts_with("Chengdu,"),
            "{header:?}"
        );
        for row in text.lines().skip(2).take_while(|l| l.contains('¥')) {
            assert!(row.split("  ").map(str::trim).filter(|c| !c.is_empty()).count() >= 4, "{size:?}: {row:?}");
        }
        // The chart's legend cuts the names, not its last entry.
        let legend = text.lines().find(|l| l.starts_with("┌ net worth:")).unwrap();
        assert!(legend.contains(" — Stay — ") && legend.contains(" █ break-even "), "{size:?}: {legend}");
    }
}

/// Issue: the schedule's title was cut mid-hint (`· Enter months · Esc…`)
/// at 80 columns. The title names the plan; the keys sit on the lower
/// border, whole, as many as fit.
#[test]
fn the_schedule_keeps_its_title_and_keys_whole() {
    let s = guangzhou();
    let mortgage = common::moving::hegang_mortgage();
    add(&s, hegang("Buy in Hegang", mortgage));
    for (lang, title, keys) in [
        (
            nestegg::text::Lang::En,
            " Buy in Hegang: mortgage by year from 2026-12 ",
            " ↑/↓ year · Enter months · Esc closes ",
        ),
        (
            nestegg::text::Lang::Zh,
            " Buy in Hegang：房贷逐年明细，自 2026-12 起 ",
            " ↑/↓ 选年 · Enter 看月份 · Esc 关闭 ",
        ),
    ] {
        nestegg::text::set_lang(lang);
        for size in [(60, 20), (80, 24)] {
            let text = screen(&s.run("4lm", size));
            let lines: Vec<&str> = text.lines().collect();
            let top = lines.iter().find(|l| l.starts_with('┌')).unwrap();
            let bottom = lines.iter().find(|l| l.starts_with('└')).unwrap();
            assert!(top.starts_with(&format!("┌{title}─")), "{lang:?} {size:?}:\n{text}");
            assert!(bottom.starts_with(&format!("└{keys}─")), "{lang:?} {size:?}:\n{text}");
            // Every figure whole at 60 columns too.
            assert!(text.contains("¥28,687.44") && !text.contains("…"), "{lang:?} {size:?}:\n{text}");
        }
    }
}
