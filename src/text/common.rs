//! Words shared across the interface and the command line.

use std::fmt::Display;

words! {
    yes = "yes", "是";
    no = "no", "否";
    too_small(w: u16, h: u16, min_w: u16, min_h: u16) =
        "The terminal is too small ({w}×{h}).\nnestegg needs at least {min_w}×{min_h}: enlarge the window, or press q to quit.",
        "终端太小（{w}×{h}）。\nnestegg 至少需要 {min_w}×{min_h}：请放大窗口，或按 q 退出。";
    error_prefix(e: impl Display) = "nestegg: {e}", "nestegg：{e}";
    interface_failed(e: impl Display) = "nestegg: the interface failed: {e}", "nestegg：界面出错：{e}";
    ledger_at(path: impl Display) = "Ledger: {path}", "账本：{path}";
    needs_terminal = "(the interface opens when nestegg runs in a terminal)", "（在终端里运行 nestegg 才会打开界面）";
}
