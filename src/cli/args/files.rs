//! Clap definitions for what goes in and out of the ledger as files:
//! `import`, `export`, `backup` and `restore`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The columns of `ls --format csv` (the nestegg import preset reads it back)
    Csv,
    /// One object per transaction, amounts as strings
    Json,
    /// hledger / ledger-cli journal
    Ledger,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The file's format
    #[arg(long, short, value_enum)]
    pub format: ExportFormat,
    /// From this day on (YYYY-MM-DD)
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this day, included (YYYY-MM-DD)
    #[arg(long)]
    pub to: Option<String>,
    /// Write to this new file (created 0600) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace --out FILE if it exists (never a ledger or backup)
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Presets:\n  \
    alipay   Alipay 交易流水证明 (用于个人对账) CSV, GBK, its 2021-22 app export and its\n           2019-21 web export 支付宝交易记录明细查询: each row on the account that\n           paid it (收/付款方式: 花呗, a card by its last digits, 余额 on Alipay…)\n  \
    wechat   WeChat Pay 微信支付账单明细, CSV or XLSX (any sheet): each row on the account\n           that paid it (支付方式: 零钱 on WeChat Pay, a card…)\n  \
    nestegg  nestegg's own CSV (ls/export --format csv)\n  \
    ofx      an OFX or QFX statement (OFX 1 SGML or OFX 2 XML, bank or card); needs --account\n  \
    qif      a QIF file (Bank, CCard, Cash; splits; [Account] transfers); needs --account\n  \
    cmb, cmb-credit, icbc, abc, ccb, boc, bocom, cgb-credit\n           招商银行 (and its credit card), 工商, 农业, 建设, 中国, 交通 and 广发\n           credit card statements, told from their header; need --account\n  \
    generic  any bank CSV with --map; amounts signed (negative = money out),\n           or debit=/out= and credit=/in= columns, or dc=COL[:OUT/IN] beside amount=\n           (dc=借贷标志:借/贷); also header=CELL or skip=N (where the header is),\n           sign=- (positive is money out: a card), year=YYYY (dates without one;\n           else the statement's period), currency=COL (a row in another currency\n           than the account's is refused). Rows of 0.00 and 合计 rows are skipped.\n\n\
    Categories: the service's own category (餐饮美食 → food …), then your rules in\n  \
    ~/.config/nestegg/rules.toml:   [[rule]]  contains = \"美团\"  category = \"food\"\n  \
    (or regex = \"^滴滴\"), then the payee's last category, then other / side income.\n\n\
    Importing a file twice adds nothing; two identical rows in one file are both kept.\n\
    A file with invalid rows imports nothing (each bad row is listed) unless --skip-invalid.\n\
    The whole import is one undo step (u in the interface, or nestegg undo).")]
pub struct ImportArgs {
    /// The bill: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030), an XLSX workbook, OFX/QFX or QIF
    pub file: PathBuf,
    /// auto, nestegg, generic, alipay, wechat, ofx, qif, ledger, beancount, a bank (cmb, icbc, …), or a mapping saved with --save-map
    #[arg(long, default_value = "auto")]
    pub preset: String,
    /// The account every row goes to [default: for Alipay and WeChat Pay bills, the account that paid each row]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Columns of a bank CSV by header name or number: date=COL,amount=COL (or debit=COL,credit=COL)[,payee=COL,note=COL,category=COL,dc=COL,currency=COL,header=CELL,skip=N,sign=-,year=YYYY]
    #[arg(long)]
    pub map: Option<String>,
    /// The date format of a bank CSV, chrono style, e.g. %d/%m/%Y [default: YYYY-MM-DD or YYYY/MM/DD]
    #[arg(long)]
    pub date_format: Option<String>,
    /// Save --map and --date-format under this name, for --preset NAME next time
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// Show what would be imported, row by row; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid rows and list the invalid ones, instead of importing nothing
    #[arg(long)]
    pub skip_invalid: bool,
    /// A journal's (hledger, ledger-cli, beancount) accounts as nestegg's accounts and categories:
    /// 'assets:bank:icbc=ICBC card,expenses:dining=food'; for an Alipay or WeChat Pay bill, its
    /// payment methods as accounts: '花呗=My Huabei,招商银行储蓄卡(1234)=CMB' (kept for the next import)
    #[arg(long, value_name = "FROM=NAME,…")]
    pub account_map: Option<String>,
    /// Lines of the file to keep apart from their twins in the ledger (a bank row paid through
    /// Alipay or WeChat Pay and the bill's row it pays), booked as they are: 12,15
    #[arg(long, value_name = "LINE,…", value_delimiter = ',')]
    pub keep_apart: Vec<usize>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write it [default: backups/ledger-YYYY-MM-DD-HHMMSS.db beside the ledger]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made by nestegg backup (or any nestegg ledger)
    pub path: PathBuf,
}
