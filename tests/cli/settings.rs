//! The settings file and `nestegg config`, the language choice, and shell
//! completions, through the real binary with a HOME of its own.

use crate::common;

use common::Cli;

fn config_file(cli: &Cli) -> std::path::PathBuf {
    cli.home().join(".config/nestegg/config.toml")
}

#[test]
fn config_path_is_under_the_platform_config_directory() {
    let cli = Cli::new();
    assert_eq!(cli.ok(&["config", "path"]).trim(), config_file(&cli).display().to_string());
    assert!(!config_file(&cli).exists(), "asking for the path makes no file");
}

#[test]
fn set_writes_a_private_file_keeps_comments_and_show_says_where_each_value_comes_from() {
    let cli = Cli::new();
    let said = cli.ok(&["config", "set", "month_start", "10"]);
    assert_eq!(said.trim(), format!("month_start = 10 (saved in {})", config_file(&cli).display()));
    assert_eq!(common::mode(&config_file(&cli)), 0o600);
    assert_eq!(common::mode(config_file(&cli).parent().unwrap()), 0o700);
    let mut text = std::fs::read_to_string(config_file(&cli)).unwrap();
    text.insert_str(0, "# payday is the 10th\n");
    std::fs::write(config_file(&cli), &text).unwrap();
    cli.ok(&["config", "set", "theme", "High-Contrast"]);
    cli.ok(&["config", "set", "account", "Alipay"]);
    let text = std::fs::read_to_string(config_file(&cli)).unwrap();
    assert_eq!(text, "# payday is the 10th\nmonth_start = 10\ntheme = \"high-contrast\"\naccount = \"Alipay\"\n");
    let show = cli.ok(&["config", "show"]);
    assert!(show.contains("month_start = 10  # set in the file"), "{show}");
    assert!(show.contains("theme = \"high-contrast\"  # set in the file"), "{show}");
    assert!(show.contains("baseline_months = 6  # default"), "{show}");
    assert!(show.contains("language = \"en\"  # from the locale (LANG/LC_ALL)"), "{show}");
    let said = cli.ok(&["config", "unset", "theme"]);
    assert_eq!(said.trim(), "theme is back to its default: default");
    assert!(!std::fs::read_to_string(config_file(&cli)).unwrap().contains("theme"));
}

#[test]
fn a_bad_value_or_key_is_refused_and_nothing_is_written() {
    let cli = Cli::new();
    cli.ok(&["config", "set", "month_start", "10"]);
    let before = std::fs::read(config_file(&cli)).unwrap();
    cli.fails(&["config", "set", "month_start", "31"], "\"31\" is not a day from 1 to 28");
    cli.fails(&["config", "set", "colour", "red"], "unknown key; the keys are language, currency, account");
    cli.fails(&["config", "set", "currency", "XYZ"], "XYZ");
    cli.fails(&["config", "set", "language", "fr"], "use en or zh");
    assert_eq!(std::fs::read(config_file(&cli)).unwrap(), before);
}

#[test]
fn a_bad_file_names_file_line_and_key_and_the_program_goes_on_with_defaults() {
    let cli = Cli::new();
    std::fs::create_dir_all(config_file(&cli).parent().unwrap()).unwrap();
    std::fs::write(config_file(&cli), "language = \"en\"\n\nbaseline_months = 0\n").unwrap();
    let out = cli.run(&["accounts"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let want = format!(
        "nestegg: {} line 3: key \"baseline_months\": \"0\" is not a number of months from 1 to 120\n\
         nestegg goes on with the defaults for these settings",
        config_file(&cli).display()
    );
    assert!(err.starts_with(&want), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bank card"), "the command still ran");

    // Not TOML at all: every setting takes its default, and the command runs.
    std::fs::write(config_file(&cli), "language = zh\n").unwrap();
    let out = cli.run(&["accounts"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.toml line 1: this is not valid TOML"), "{err}");
    assert!(err.contains("the default for every setting"), "{err}");
    // config show still works, to see what went wrong.
    assert!(cli.ok(&["config", "show"]).contains("month_start = 1  # default"));
}

#[test]
fn the_language_comes_from_the_flag_then_the_file_then_the_locale() {
    let cli = Cli::new();
    let show = |lang: Option<&str>, lc_all: Option<&str>, extra: &[&str]| {
        let mut args = vec!["config", "show"];
        args.extend_from_slice(extra);
        let mut command = cli.command(&args);
        if let Some(l) = lang {
            command.env("LANG", l);
        }
        if let Some(l) = lc_all {
            command.env("LC_ALL", l);
        }
        let out = command.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(show(None, None, &[]).contains("language = \"en\"  # from the locale"));
    assert!(show(Some("zh_CN.UTF-8"), None, &[]).contains("language = \"zh\"  # 来自区域设置（LANG/LC_ALL）"));
    assert!(show(Some("zh_CN.UTF-8"), Some("C.UTF-8"), &[]).contains("language = \"en\"  # from the locale"));
    assert!(show(Some("en_US.UTF-8"), Some("zh_TW.UTF-8"), &[]).contains("# 来自区域设置"));
    assert!(show(Some("zh_CN.UTF-8"), None, &["--lang", "en"]).contains("language = \"en\"  # from --lang"));
    cli.ok(&["config", "set", "language", "zh"]);
    assert!(show(None, None, &[]).contains("language = \"zh\"  # 来自配置文件"));
    assert!(show(None, None, &["--lang", "en"]).contains("language = \"en\"  # from --lang"));
    let out = cli.run(&["--lang", "fr", "config", "show"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses a language it does not know");
}

#[test]
fn completions_are_scripts_for_each_shell_naming_the_commands() {
    let cli = Cli::new();
    for shell in ["bash", "zsh", "fish"] {
        let script = cli.ok(&["completions", shell]);
        for word in ["relocate", "recurring", "completions", "config", "lang"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
    let bash = cli.ok(&["completions", "bash"]);
    assert!(bash.contains("complete -F _nestegg"), "bash registers the function");
    let path = cli.dir.path().join("nestegg.bash");
    std::fs::write(&path, bash).unwrap();
    let check = std::process::Command::new("bash").arg("-n").arg(&path).status().unwrap();
    assert!(check.success(), "bash parses the script");
    assert!(cli.ok(&["completions", "zsh"]).starts_with("#compdef nestegg"));
    assert!(cli.ok(&["completions", "fish"]).contains("complete -c nestegg"));
    let out = cli.run(&["completions", "powershell"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[possible values: bash, zsh, fish]"));
}

/// Runs `args` in this process with `settings`, on 2 Dec 2026 (a Wednesday).
fn run_with(db: &std::path::Path, settings: &nestegg::config::Settings, args: &[&str]) -> String {
    use clap::Parser;
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = nestegg::cli::Cli::try_parse_from(argv).unwrap();
    let start = nestegg::cli::Start { settings: settings.clone(), ..Default::default() };
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let mut out = Vec::new();
    nestegg::cli::run_with(&start, parsed.command.as_ref().unwrap(), db, now, &mut out)
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    String::from_utf8(out).unwrap()
}

#[test]
fn the_settings_change_what_commands_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut s = nestegg::config::Settings::default();
    let run = |s: &nestegg::config::Settings, args: &[&str]| run_with(&db, s, args);
    // account: an entry with no --account goes there.
    s.account = Some("alipay".into());
    run(&s, &["add", "25", "--category", "food", "--date", "2026-10-05"]);
    assert!(run(&s, &["ls", "--format", "csv"]).contains(",Alipay,"), "the settings' account");
    // currency: a new account without --currency takes it.
    s.currency = nestegg::money::Currency::from_code("USD").unwrap();
    run(&s, &["accounts", "add", "Travel card", "--kind", "bank"]);
    assert!(run(&s, &["accounts"]).lines().any(|l| l.starts_with("Travel card") && l.contains("USD")));
    // month_start: with salary on the 10th, 10 Oct – 9 Nov is the month 2026-10.
    run(&s, &["add", "5000", "--category", "salary", "--date", "2026-10-10", "--account", "bank"]);
    run(&s, &["add", "40", "--category", "food", "--date", "2026-11-09", "--account", "bank"]);
    let calendar = run(&s, &["report", "monthly", "--format", "csv"]);
    assert_eq!(
        calendar,
        "month,income,housing,spending,savings,savings_rate\n2026-10,5000.00,0.00,25.00,4975.00,0.9950\n\
         2026-11,0.00,0.00,40.00,-40.00,\n"
    );
    s.month_start = 10;
    let cycle = run(&s, &["report", "monthly", "--format", "csv"]);
    assert_eq!(
        cycle,
        "month,income,housing,spending,savings,savings_rate\n2026-09,0.00,0.00,25.00,-25.00,\n\
         2026-10,5000.00,0.00,40.00,4960.00,0.9920\n"
    );
    // ls --month follows the same days.
    let october = run(&s, &["ls", "--month", "2026-10", "--format", "csv"]);
    assert!(october.contains("2026-11-09") && october.contains("2026-10-10") && !october.contains("2026-10-05"));
}

#[test]
fn report_weekly_starts_weeks_on_the_settings_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut s = nestegg::config::Settings::default();
    // Sunday 29 Nov, Monday 30 Nov, Wednesday 2 Dec.
    for (amount, date) in [("10", "2026-11-29"), ("20", "2026-11-30"), ("30", "2026-12-02")] {
        run_with(&db, &s, &["add", amount, "--category", "food", "--date", date]);
    }
    let monday = run_with(&db, &s, &["report", "weekly", "--weeks", "2", "--format", "csv"]);
    assert_eq!(
        monday,
        "week,income,housing,spending,savings,savings_rate\n2026-11-23,0.00,0.00,10.00,-10.00,\n\
         2026-11-30,0.00,0.00,50.00,-50.00,\n"
    );
    s.week_start = chrono::Weekday::Sun;
    let sunday = run_with(&db, &s, &["report", "weekly", "--weeks", "2", "--format", "csv"]);
    assert_eq!(
        sunday,
        "week,income,housing,spending,savings,savings_rate\n2026-11-22,0.00,0.00,0.00,0.00,\n\
         2026-11-29,0.00,0.00,60.00,-60.00,\n"
    );
    let table = run_with(&db, &s, &["report", "weekly", "--weeks", "1"]);
    assert_eq!(
        table,
        "WEEK FROM   INCOME  HOUSING  SPENDING  SAVINGS  RATE\n2026-11-29   ¥0.00    ¥0.00    ¥60.00  -¥60.00     —\n"
    );
    let zh =
        nestegg::text::in_lang(nestegg::text::Lang::Zh, || run_with(&db, &s, &["report", "weekly", "--weeks", "1"]));
    assert!(zh.starts_with("周起始日"), "{zh}");
}

#[test]
fn project_takes_its_baseline_months_from_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut s = nestegg::config::Settings::default();
    // Spending of 100 in Sep, 300 in Oct, 500 in Nov (the complete months before Dec).
    for (amount, date) in [("100", "2026-09-15"), ("300", "2026-10-15"), ("500", "2026-11-15")] {
        run_with(&db, &s, &["add", amount, "--category", "food", "--date", date]);
    }
    let spending = |s: &nestegg::config::Settings, extra: &[&str]| {
        let mut args = vec!["project", "--months", "1", "--format", "json"];
        args.extend_from_slice(extra);
        let json: serde_json::Value = serde_json::from_str(&run_with(&db, s, &args)).unwrap();
        json["months"][0]["spending"].as_str().unwrap().to_owned()
    };
    // Three months average 300; the last two 400; the last one 500.
    assert_eq!(spending(&s, &[]), "300.00");
    s.baseline_months = 2;
    assert_eq!(spending(&s, &[]), "400.00");
    assert_eq!(spending(&s, &["--baseline", "1"]), "500.00", "the flag wins");
}

#[test]
fn problems_are_worded_in_the_chosen_language_and_show_marks_refused_values() {
    let cli = Cli::new();
    std::fs::create_dir_all(config_file(&cli).parent().unwrap()).unwrap();
    std::fs::write(config_file(&cli), "language = \"zh\"\nmonth_start = 31\nacount = \"x\"\n").unwrap();
    let out = cli.run(&["accounts"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("第 2 行：键 \"month_start\"：\"31\" 不是 1 到 28 之间的日子"), "{err}");
    assert!(err.contains("第 3 行：键 \"acount\"：未知的键"), "{err}");
    assert!(!err.contains("unknown key"), "no English left: {err}");
    let show = cli.ok(&["config", "show"]);
    assert!(show.contains("month_start = 1  # 默认：文件里的值无效（见下）"), "{show}");
    assert!(show.contains("# ") && show.contains("第 3 行"), "show lists the problems:\n{show}");
    // An account the ledger lacks says it came from the settings.
    cli.ok(&["config", "set", "account", "花呗"]);
    let out = cli.run(&["--lang", "en", "add", "20", "--category", "food"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this is `account` from the settings"));
}

/// `report safe` on 2 December 2026, by hand: nothing posted yet, a 5,000
/// salary rule due on the 10th, the `savings_goal` setting at 50 %: 2,500
/// kept, 2,500 left for the 30 days from the 2nd to the 31st, 83.333…
/// floored to 83.33 a day and today, heading for 100 %. `--goal 20%`
/// keeps 1,000: 4,000 ÷ 30 = 133.33. The CSV and JSON say the same; a
/// month with no income says there is nothing to spend from.
#[test]
fn report_safe_says_what_can_be_spent_today() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut s = nestegg::config::Settings::default();
    let run = |s: &nestegg::config::Settings, args: &[&str]| run_with(&db, s, args);
    let none = run(&s, &["report", "safe"]);
    assert!(none.contains("no income in 2026-12"), "{none}");
    assert_eq!(run(&s, &["report", "safe", "-f", "json"]).trim(), "null");
    run(&s, &["recurring", "add", "Pay", "--amount", "5000", "--category", "salary", "--day", "10"]);
    s.savings_goal = rust_decimal::Decimal::new(5, 1);
    let table = run(&s, &["report", "safe"]);
    assert!(table.contains("2026-12: 30 days left") && table.contains("savings goal 50%"), "{table}");
    let line = |label: &str| table.lines().find(|l| l.starts_with(label)).unwrap_or_default().to_owned();
    assert!(line("safe to spend today").ends_with("¥83.33"), "{table}");
    assert!(line("a day to the month's end").ends_with("¥83.33"), "{table}");
    assert!(line("left this month").ends_with("¥2,500.00"), "{table}");
    assert!(line("kept for the goal").ends_with("¥2,500.00"), "{table}");
    assert!(line("expected savings rate").ends_with("100.0%"), "{table}");
    let csv = run(&s, &["report", "safe", "--goal", "20%", "-f", "csv"]);
    assert_eq!(
        csv.lines().collect::<Vec<_>>(),
        [
            "month,days_left,savings_goal,kept,left,per_day,today,expected_rate,currency",
            "2026-12,30,20%,1000.00,4000.00,133.33,133.33,1.0000,CNY",
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&run(&s, &["report", "safe", "-f", "json"])).unwrap();
    assert_eq!((json["today"].as_str(), json["expected_rate"].as_f64()), (Some("83.33"), Some(1.0)));
    // A goal it cannot take is refused by the setting's own words.
    let argv = ["nestegg", "--db", db.to_str().unwrap(), "report", "safe", "--goal", "120"];
    use clap::Parser;
    let parsed = nestegg::cli::Cli::try_parse_from(argv).unwrap();
    let start = nestegg::cli::Start { settings: s.clone(), ..Default::default() };
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let err = nestegg::cli::run_with(&start, parsed.command.as_ref().unwrap(), &db, now, &mut Vec::new()).unwrap_err();
    assert!(err.to_string().contains("\"120\" is not a savings goal"), "{err}");
}
