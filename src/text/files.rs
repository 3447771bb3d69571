//! Words of the command line's files: `import`, `export`, `backup` and
//! `restore`.

words! {
    // `import` (import.rs).
    not_a_preset(preset: &str, known: &str) =
        "--preset '{preset}' is not a preset: use auto, nestegg, generic, alipay or wechat{known}",
        "--preset “{preset}”不是预设：请用 auto、nestegg、generic、alipay 或 wechat{known}";
    or_saved(list: &str) = ", or a saved mapping: {list}", "，或已保存的映射：{list}";
    date_format_needs_map = "--date-format is for bank CSVs; give --map too", "--date-format 用于银行 CSV；请同时给出 --map";
    problem_line(line: usize, what: &str, reason: &str) = "  line {line}: {what}{reason}", "  第 {line} 行：{what}{reason}";
    skipped = "skipped: ", "已跳过：";
    not_imported = "not imported: ", "未导入：";
    status_new = "new", "新";
    status_duplicate = "already here", "已有";
    status_invalid(why: &str) = "invalid: {why}", "无效：{why}";
    h_line = "LINE", "行";
    not_a_file(path: impl std::fmt::Display, kind: &str) =
        "{path} is {kind}, not a file; nothing was read (give the path of a saved file)",
        "{path} 是{kind}，不是文件；未读取任何内容（请给出已保存文件的路径）";
    too_large(path: impl std::fmt::Display, size: impl std::fmt::Display, max: impl std::fmt::Display) =
        "{path} is {size}, over the {max} nestegg reads; nothing was read",
        "{path} 有 {size}，超过 nestegg 可读取的 {max}；未读取任何内容";
    kind_fifo = "a named pipe", "命名管道";
    kind_device = "a device", "设备";
    kind_socket = "a socket", "套接字";
    kind_folder = "a folder", "文件夹";
    kind_other = "not a regular file", "非普通文件";
    cannot_read(file: impl std::fmt::Display, e: impl std::fmt::Display) = "cannot read {file}: {e}", "无法读取 {file}：{e}";
    reading(n: usize, file: impl std::fmt::Display) =
        "read {n} rows from {file}; checking them against the ledger…", "已从 {file} 读取 {n} 行；正在与账本核对…";
    import_summary(file: &str, preset: &str, encoding: impl std::fmt::Display, new: usize, dups: usize, invalid: usize, skipped: usize) =
        "{file}: {preset} ({encoding}); {new} new, {dups} already in the ledger, {invalid} invalid, {skipped} skipped",
        "{file}：{preset}（{encoding}）；新 {new} 笔，已在账本 {dups} 笔，无效 {invalid} 笔，跳过 {skipped} 笔";
    invalid_rows(summary: &str, n: usize, listed: &str) =
        "{summary}\n{n} row(s) cannot be imported, so nothing was imported:\n{listed}fix them, or pass --skip-invalid to import the other rows",
        "{summary}\n{n} 行无法导入，因此什么也没导入：\n{listed}请修正，或加 --skip-invalid 导入其余各行";
    map_not_saved = " (and the mapping was not saved)", "（映射也未保存）";
    dry_run_nothing(unsaved: &str) = "dry run: nothing was written{unsaved}", "试运行：未写入任何内容{unsaved}";
    writing(n: usize) = ("writing {n} transaction…" | "writing {n} transactions…"), "正在写入 {n} 笔…";
    no_map_to_save(name: &str) = "--save-map {name}: there was no --map to save", "--save-map {name}：没有可保存的 --map";
    map_saved(name: &str) =
        "saved the mapping as '{name}': next time, --preset \"{name}\"", "映射已保存为“{name}”：下次用 --preset \"{name}\"";
    nothing_new = "nothing new to import", "没有新的可导入";
    imported(n: usize) =
        ("imported {n} transaction; nestegg undo (or u in the interface) takes it back"
            | "imported {n} transactions; nestegg undo (or u in the interface) takes the whole import back"),
        "已导入 {n} 笔；nestegg undo（或界面中按 u）可撤销整次导入";

    // Payee rules written from the import preview (config/mod.rs, import/rules.rs).
    rule_needs_payee =
        "this row has no payee, so there is nothing for a rule to match (a rule with an empty payee would catch every row); no rule was saved",
        "这一行没有交易对方，规则无从匹配（空的交易对方会匹配每一行）；未保存规则";
    rule_needs_category = "a rule needs a category; no rule was saved", "规则需要一个分类；未保存规则";
    rules_broken(e: &str) = "{e}; fix the file first: no rule was saved", "{e}；请先修正该文件：未保存规则";
    rule_would_not_read(e: &str) =
        "the rules file would not read back with this rule ({e}); no rule was saved",
        "加上这条规则后规则文件将无法读回（{e}）；未保存规则";
    setting_would_not_read(path: impl std::fmt::Display, key: &str) =
        "{path} would not read back with {key} set this way; nothing was changed",
        "这样设置 {key} 后 {path} 将无法读回；未作改动";

    // `export`, `backup`, `restore` (export.rs).
    export_from_after_to(from: impl std::fmt::Display, to: impl std::fmt::Display) =
        "--from {from} is after --to {to}", "--from {from} 晚于 --to {to}";
    exists(path: impl std::fmt::Display) =
        "{path} already exists; pick another name, or add --force to replace it",
        "{path} 已存在；请换个名字，或加 --force 覆盖";
    hint_hledger(path: impl std::fmt::Display) =
        "; try: hledger -f {path} incomestatement --monthly", "；试试：hledger -f {path} incomestatement --monthly";
    hint_import(path: impl std::fmt::Display) = "; nestegg import {path} reads it back", "；nestegg import {path} 可读回";
    wrote(n: usize, path: impl std::fmt::Display, hint: &str) =
        ("wrote {n} transaction to {path}{hint}" | "wrote {n} transactions to {path}{hint}"), "已把 {n} 笔写入 {path}{hint}";
    cannot_write_csv(e: impl std::fmt::Display) = "cannot write the CSV: {e}", "无法写出 CSV：{e}";
    cannot_write_json(e: impl std::fmt::Display) = "cannot write the JSON: {e}", "无法写出 JSON：{e}";
    cannot_write_journal(e: impl std::fmt::Display) = "cannot write the journal: {e}", "无法写出记账文件：{e}";
    is_the_ledger(path: impl std::fmt::Display) =
        "{path} is the ledger itself; nestegg never writes an export or a backup over it, even with --force: pick another file",
        "{path} 就是账本本身；nestegg 从不把导出或备份写在它上面（加 --force 也不会）：请换个文件";
    is_ledger_file(path: impl std::fmt::Display, ledger: impl std::fmt::Display, role: &str) =
        "{path} is {role} of the ledger {ledger}: SQLite keeps it beside the ledger, and writing over it loses transactions; nestegg never writes an export or a backup over it, even with --force: pick another file",
        "{path} 是账本 {ledger} 的{role}：SQLite 把它放在账本旁边，覆盖它会丢失交易；nestegg 从不把导出或备份写在它上面（加 --force 也不会）：请换个文件";
    role_wal = "the write-ahead log (-wal)", "预写日志（-wal）";
    role_shm = "the shared-memory index (-shm)", "共享内存索引（-shm）";
    role_journal = "the rollback journal (-journal)", "回滚日志（-journal）";
    is_sqlite(path: impl std::fmt::Display) =
        "{path} is an SQLite database (a ledger or a backup?); nestegg never writes an export or a backup over it, even with --force: pick another file",
        "{path} 是 SQLite 数据库（账本或备份？）；nestegg 从不把导出或备份写在它上面（加 --force 也不会）：请换个文件";
    is_sqlite_file_of(path: impl std::fmt::Display, db: impl std::fmt::Display) =
        "{path} belongs to the SQLite database {db} (its -wal, -shm or -journal); nestegg never writes over it, even with --force: pick another file",
        "{path} 属于 SQLite 数据库 {db}（它的 -wal、-shm 或 -journal）；nestegg 从不写在它上面（加 --force 也不会）：请换个文件";
    is_sqlite_journal(path: impl std::fmt::Display) =
        "{path} is an SQLite journal (a write-ahead log or a rollback journal); nestegg never writes over it, even with --force: pick another file",
        "{path} 是 SQLite 日志文件（预写日志或回滚日志）；nestegg 从不写在它上面（加 --force 也不会）：请换个文件";
    is_a_link = "it is a symbolic link: nestegg changes no file's mode through a link", "它是符号链接：nestegg 不会通过链接更改文件权限";
    changed_meanwhile = "it was replaced by another file meanwhile", "它在此期间被另一个文件替换了";
    not_a_regular_file =
        "it is not a regular file (a device, a pipe or a folder), which a file must not replace; pick a file",
        "它不是普通文件（而是设备、管道或文件夹），不能用文件替换它；请换个文件";
    link_loop = "too many symbolic links (a loop?)", "符号链接过多（成环了？）";
    cannot_write(path: impl std::fmt::Display, e: impl std::fmt::Display) = "cannot write {path}: {e}", "无法写入 {path}：{e}";
    no_file_to_back_up = "this ledger has no file to back up", "这个账本没有可备份的文件";
    backed_up(path: impl std::fmt::Display) =
        "backed up the ledger to {path}; nestegg restore {path} brings it back",
        "账本已备份到 {path}；nestegg restore {path} 可恢复";
    restored(from: impl std::fmt::Display, keep: impl std::fmt::Display) =
        "restored the ledger from {from} (with its own undo history); the one it replaced is kept at {keep}",
        "已从 {from} 恢复账本（连同它的撤销记录）；被替换的账本保存在 {keep}";
    newer_schema(from: impl std::fmt::Display, found: i64, known: i64) =
        "{from} was written by a newer nestegg (schema version {found}; this one knows up to {known}); nothing was changed",
        "{from} 由更新版本的 nestegg 写成（结构版本 {found}；本版本最高支持 {known}）；未作改动";
    cannot_move_aside(path: impl std::fmt::Display, e: impl std::fmt::Display) =
        "cannot move {path} aside: {e}; nothing was changed", "无法移开 {path}：{e}；未作改动";
    damaged_link(ledger: impl std::fmt::Display, target: impl std::fmt::Display) =
        "{ledger} is a symbolic link to {target}, which is not a nestegg ledger; restore does not move a file from behind a link: run nestegg --db {target} restore BACKUP to replace that file, or remove the link; nothing was changed",
        "{ledger} 是指向 {target} 的符号链接，而后者不是 nestegg 账本；restore 不会移动链接背后的文件：请运行 nestegg --db {target} restore BACKUP 来替换该文件，或删除此链接；未作改动";
    restored_over_damaged(ledger: impl std::fmt::Display, keep: impl std::fmt::Display, from: impl std::fmt::Display) =
        "{ledger} could not be opened (not an SQLite database, or damaged), so it was moved to {keep}; restored the ledger from {from}",
        "{ledger} 无法打开（不是 SQLite 数据库，或已损坏），已移到 {keep}；已从 {from} 恢复账本";
}

/// A size in bytes as a reader says it: `64 MB`, `1.5 KB`, `300 B`
/// (powers of 1,024).
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let (mut whole, mut unit) = (bytes, 0);
    while whole >= 1024 * 1024 && unit < UNITS.len() - 1 {
        whole /= 1024;
        unit += 1;
    }
    // One decimal, truncated, from integers: 1,536 bytes is 1.5 KB.
    let tenths = whole * 10 / 1024;
    if tenths % 10 == 0 {
        format!("{} {}", tenths / 10, UNITS[unit])
    } else {
        format!("{}.{} {}", tenths / 10, tenths % 10, UNITS[unit])
    }
}
