//! Words of money lent and borrowed (issue 26's IOUs): what `lend`,
//! `borrow`, `collect`, `repay`, `forgive` and `owed` say, their refusals,
//! and the interface's loan prompt and screen of who owes whom.

use std::fmt::Display;

words! {
    // ---- done
    lent(amount: impl Display, person: &str, account: &str, date: impl Display, out: i64, into: i64) =
        "lent {amount} to {person} from {account} on {date} (#{out} → #{into})",
        "{date} 从{account}借给{person} {amount}（#{out} → #{into}）";
    borrowed(amount: impl Display, person: &str, account: &str, date: impl Display, out: i64, into: i64) =
        "borrowed {amount} from {person} into {account} on {date} (#{out} → #{into})",
        "{date} 向{person}借入 {amount}，存入{account}（#{out} → #{into}）";
    collected(amount: impl Display, person: &str, account: &str, date: impl Display, out: i64, into: i64) =
        "collected {amount} from {person} into {account} on {date} (#{out} → #{into})",
        "{date} 收回{person}还的 {amount}，存入{account}（#{out} → #{into}）";
    repaid(amount: impl Display, person: &str, account: &str, date: impl Display, out: i64, into: i64) =
        "repaid {amount} to {person} from {account} on {date} (#{out} → #{into})",
        "{date} 从{account}还给{person} {amount}（#{out} → #{into}）";
    forgave(amount: impl Display, person: &str, category: &str, date: impl Display, id: i64) =
        "forgave {amount} of {person} as {category} on {date} (#{id})",
        "{date} 免除{person} {amount}，记为{category}（#{id}）";
    forgiven(amount: impl Display, person: &str, category: &str, date: impl Display, id: i64) =
        "{person} forgave {amount} you owed, as {category} on {date} (#{id})",
        "{date} {person}免除了你欠的 {amount}，记为{category}（#{id}）";
    made_person(person: &str) =
        "{person} is new: a person's account now keeps what is lent and borrowed",
        "新建往来人“{person}”：借出和借入都记在这个账户上";
    now_owes_me(person: &str, amount: impl Display) = "{person} owes you {amount}", "{person}欠你 {amount}";
    now_i_owe(person: &str, amount: impl Display) = "you owe {person} {amount}", "你欠{person} {amount}";
    now_settled(person: &str) = "nothing is open with {person}", "与{person}之间已两清";
    close_person(new: &str, close: &str) =
        "note: {close} is already a person here and {new} is new; if you meant {close}, nestegg undo and type that name",
        "注意：已有往来人 {close}，而{new}是新建的；如果指的是 {close}，请 nestegg undo 后改用那个名字";
    held_less(account: &str, held: impl Display, amount: impl Display, now: impl Display) =
        "warning: {account} held {held}, less than the {amount} that left it; it now shows {now} (written all the same: check its balance)",
        "警告：{account}原有 {held}，少于转出的 {amount}；现在显示为 {now}（仍已写入：请核对该账户余额）";

    // ---- refusals
    no_such_person(typed: &str, closest: &str) =
        "no person is named '{typed}'; did you mean {closest}? (see nestegg owed); nothing was written",
        "没有名为“{typed}”的往来人；是不是指 {closest}？（见 nestegg owed）；未写入任何内容";
    no_such_person_far(typed: &str) =
        "no person is named '{typed}' (see nestegg owed); nothing was written",
        "没有名为“{typed}”的往来人（见 nestegg owed）；未写入任何内容";
    amount_zero = "the amount is zero; type how much, e.g. 2000", "金额为零；请输入金额，例如 2000";
    amount_positive(got: &str) =
        "type the amount positive; the command says which way it goes (got {got}); nothing was written",
        "金额须为正数，方向由命令决定（输入的是 {got}）；未写入任何内容";
    not_a_person(name: &str) =
        "'{name}' is an account, not a person: lend to a person's name (a new one is made on first use)",
        "“{name}”是账户，不是往来人：请写往来人的名字（第一次使用时自动新建）";
    nothing_to_collect(person: &str) =
        "{person} owes you nothing: there is nothing to collect (see nestegg owed); nothing was written",
        "{person}没有欠你钱，无可收回（见 nestegg owed）；未写入任何内容";
    nothing_to_repay(person: &str) =
        "you owe {person} nothing: there is nothing to repay (see nestegg owed); nothing was written",
        "你没有欠{person}钱，无需归还（见 nestegg owed）；未写入任何内容";
    too_much(person: &str, asked: impl Display, open: impl Display) =
        "{asked} is more than the {open} open with {person}; nothing was written",
        "{asked} 超过了与{person}之间未结清的 {open}；未写入任何内容";
    forgive_spending(person: &str) =
        "{person} owes you: a forgiven loan is spending, so give a spending category (for example --category gifts); nothing was written",
        "{person}欠你钱：免除借款算作支出，请给一个支出分类（例如 --category 礼物）；未写入任何内容";
    forgive_income(person: &str) =
        "you owe {person}: a forgiven debt is income, so give an income category; nothing was written",
        "你欠{person}钱：被免除的欠款算作收入，请给一个收入分类；未写入任何内容";
    not_yet(person: &str, date: impl Display, open: impl Display) =
        "on {date} only {open} was open with {person}: nothing is paid back before it was lent or borrowed (date it later); nothing was written",
        "{date} 那天与{person}之间未结清的只有 {open}：还没借出或借入的钱不能先还（把日期改晚些）；未写入任何内容";
    not_a_payment =
        "only a payment or an income row can become a loan (not a transfer, not a person's row)",
        "只有支出或收入的一笔才能改成借款（转账和往来人账户上的不行）";

    // ---- the Ledger's `l`: "this was a loan to …"
    prompt_loan = " A loan: to or from whom? ", " 借贷：借给谁（或谁还的）？ ";
    prompt_loan_hint =
        "a person's name (new ones are made): a payment becomes money lent to them, an income money they paid back",
        "往来人的名字（新名字会自动建立）：支出改为借给此人，收入改为此人还款";
    loaned(id: i64, person: &str, amount: impl Display) =
        "#{id} is now {amount} lent to {person} (no longer spending)",
        "#{id} 已改为借给{person}的 {amount}（不再算支出）";
    collected_row(id: i64, person: &str, amount: impl Display) =
        "#{id} is now {amount} {person} paid back (no longer income)",
        "#{id} 已改为{person}还回的 {amount}（不再算收入）";

    // ---- the screen of who owes whom (`O`)
    owed_title = "Who owes whom", "借贷往来";
    none_yet_owed = "Nothing lent or borrowed is open: a lends to someone.", "没有未结清的借贷：按 a 借钱给某人。";
    title_lend = " Lend to a person ", " 借出 ";
    title_borrow = " Borrow from a person ", " 借入 ";
    title_collect(person: &str) = " {person} pays back ", " {person}还钱 ";
    title_repay(person: &str) = " Repay {person} ", " 还给{person} ";
    title_forgive(person: &str) = " Forgive {person} ", " 免除{person}的欠款 ";
    title_forgiven(person: &str) = " {person} forgives your debt ", " {person}免除你的欠款 ";
    l_person = "Person", "往来人";
    hint_person = "a name; a new one is made", "名字；新名字会自动建立";
    hint_settle_amount = "how much, at most what is open (filled in)", "金额，最多为未结清的数额（已填入）";
    hint_lend_amount = "how much, e.g. 2000", "金额，例如 2000";
    hint_account = "the account the money leaves or arrives in (empty: the usual one)", "钱从哪个账户出入（留空：默认账户）";
    hint_forgive_category = "a spending category (gifts, say) when they owe you; an income one when you owe them", "对方欠你时填支出类别（如礼物）；你欠对方时填收入类别";
    hint_day = "YYYY-MM-DD, t, y, -2 (filled in: today)", "YYYY-MM-DD、t、y、-2（已填入今天）";

    // ---- owed
    col_person = "PERSON", "往来人";
    col_direction = "DIRECTION", "方向";
    col_amount = "AMOUNT", "金额";
    col_since = "SINCE", "起始";
    col_age = "DAYS", "天数";
    owes_me = "owes me", "欠我";
    i_owe = "I owe", "我欠";
    nothing_open = "nothing is lent or borrowed (nestegg lend 2000 --to 小王)", "没有未结清的借贷（nestegg lend 2000 --to 小王）";
    nothing_open_with(person: &str) = "nothing is open with {person}", "与{person}之间没有未结清的借贷";
    totals_line(owed_to_me: impl Display, i_owe: impl Display, net: impl Display) =
        "owed to you {owed_to_me} · you owe {i_owe} · net {net}",
        "别人欠你 {owed_to_me} · 你欠别人 {i_owe} · 净额 {net}";
    total_owes_me(amount: impl Display) = "owed to you: {amount}", "别人欠你：{amount}";
    total_i_owe(amount: impl Display) = "you owe: {amount}", "你欠别人：{amount}";
}
