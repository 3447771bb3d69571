//! End to end in a real terminal (tmux): the language chosen by the locale
//! and by `--lang`, a broken settings file reported in the interface, and
//! CLI tables coloured on a terminal but not under `NO_COLOR`.

use crate::common;
use common::Cli;
use common::tmux::Tmux;

/// `env HOME=… VARS… nestegg --db LEDGER ARGS…` as a tmux program.
fn program<'a>(cli: &'a Cli, vars: &[&'a str], args: &[&'a str]) -> Vec<String> {
    let mut p = vec!["env".to_owned(), format!("HOME={}", cli.home().display()), "LC_ALL=".into()];
    p.extend(vars.iter().map(|v| v.to_string()));
    p.extend([env!("CARGO_BIN_EXE_nestegg").to_owned(), "--db".into(), cli.path.display().to_string()]);
    p.extend(args.iter().map(|a| a.to_string()));
    p
}

fn start(p: &[String]) -> Tmux {
    Tmux::start(&p.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn the_interface_speaks_chinese_when_the_locale_or_the_flag_asks() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    cli.ok(&["add", "25", "--category", "food", "--payee", "食堂"]);
    let t = start(&program(&cli, &["LANG=zh_CN.UTF-8"], &[]));
    let screen = t.wait_for_text("账目");
    assert!(screen.contains("餐饮") && screen.contains("食堂"), "{screen}");
    assert!(screen.contains("q 退出") && screen.contains("? 帮助"), "the footer:\n{screen}");
    t.keys(&["2"]);
    t.wait_for_text("储蓄率");
    t.keys(&["q"]);
    drop(t);

    let t = start(&program(&cli, &["LANG=C.UTF-8"], &["--lang", "zh"]));
    t.wait_for_text("账目");
    t.keys(&["q"]);
    drop(t);

    let t = start(&program(&cli, &["LANG=zh_CN.UTF-8"], &["--lang", "en"]));
    let screen = t.wait_for_text("Ledger");
    assert!(screen.contains("food") && !screen.contains("餐饮"), "{screen}");
    t.keys(&["q"]);
}

#[test]
fn a_broken_settings_file_is_named_in_the_status_line_and_the_interface_runs() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    let dir = cli.home().join(".config/nestegg");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "theme = \"neon\"\n").unwrap();
    let t = start(&program(&cli, &["LANG=C.UTF-8"], &[]));
    let screen = t.wait_for_text("key \"theme\"");
    assert!(screen.contains("config.toml line 1"), "{screen}");
    assert!(screen.contains("Ledger"), "the interface is up:\n{screen}");
    t.keys(&["q"]);
}

#[test]
fn cli_tables_are_coloured_on_a_terminal_and_plain_under_no_color_or_a_pipe() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    cli.ok(&["add", "25", "--category", "food"]);
    let coloured = |vars: &[&str]| {
        let mut p = vec!["sh".to_owned(), "-c".into()];
        let inner = program(&cli, vars, &["ls"]).join(" ");
        p.push(format!("{inner}; echo DONE; sleep 30"));
        let t = start(&p);
        t.wait_for_text("DONE");
        t.run(&["capture-pane", "-p", "-e", "-t", "e2e"])
    };
    let on_terminal = coloured(&["LANG=C.UTF-8"]);
    assert!(on_terminal.contains("\u{1b}[31m-¥25.00"), "a negative amount is red on a terminal:\n{on_terminal:?}");
    assert!(on_terminal.contains("\u{1b}[1mDATE"), "the header is bold");
    let no_color = coloured(&["LANG=C.UTF-8", "NO_COLOR=1"]);
    assert!(no_color.contains("-¥25.00") && !no_color.contains("\u{1b}[31m"), "{no_color:?}");
    // Through a pipe (as every other test runs it): never an escape.
    assert!(!cli.ok(&["ls"]).contains('\u{1b}'));
}
