//! Words of claims (issue 26's 报销 and AA): what `reimburse`,
//! `reimbursed`, `add --reimburse`/`--split` and `claims` say, and their
//! refusals.

use std::fmt::Display;

words! {
    // ---- the people a claim names when none is typed (stored names)
    default_by = "reimbursements", "报销";
    default_others = "others", "其他人";

    // ---- done
    marked(id: i64, amount: impl Display, by: &str, offset: i64) =
        "#{id}: {amount} to be reimbursed by {by}, out of the savings rate while it waits (#{offset})",
        "#{id}：{amount} 标为报销（由{by}支付），等待期间不计入储蓄率（#{offset}）";
    split(id: i64, ways: u32, mine: impl Display, owed: impl Display, who: &str) =
        "#{id} split {ways} ways: {mine} is yours, {owed} is owed by {who}",
        "#{id} AA {ways} 人：你的一份 {mine}，{who}欠 {owed}";
    reimbursed(amount: impl Display, by: &str, account: &str, date: impl Display, out: i64, into: i64) =
        "{amount} reimbursed by {by} into {account} on {date} (#{out} → #{into})",
        "{date} 报销回款 {amount}（{by}），存入{account}（#{out} → #{into}）";
    not_reimbursed(rest: impl Display, category: &str, id: i64) =
        "{rest} not reimbursed stays spending in {category}, in the month of #{id}",
        "未报销的 {rest} 仍算{category}的支出，计入 #{id} 所在的月份";
    made_person(person: &str) =
        "{person} is new: a person's account now keeps what they owe you",
        "新建往来人“{person}”：他们欠你的记在这个账户上";

    // ---- refusals
    not_a_payment =
        "only a payment (money out, in a spending or housing category) can be claimed back; nothing was written",
        "只有支出（钱付出去的一笔）才能报销或 AA；未写入任何内容";
    ways(ways: u32) =
        "a bill splits 2 to 50 ways (got {ways}); nothing was written",
        "AA 人数须在 2 到 50 之间（输入的是 {ways}）；未写入任何内容";
    too_small = "too small to split: each share would be less than one fen; nothing was written",
        "金额太小，每份不足一分，无法 AA；未写入任何内容";
    too_many_people(ways: u32, named: usize) =
        "{named} people named for {ways} ways: name at most one fewer than the ways (you are one); nothing was written",
        "AA {ways} 人却写了 {named} 个人：人数最多比 AA 人数少一（你自己算一份）；未写入任何内容";
    already(id: i64) =
        "#{id} already waits for money back (see nestegg claims); nothing was written",
        "#{id} 已在等待回款（见 nestegg claims）；未写入任何内容";
    not_reimbursable(id: i64) =
        "#{id} is not marked reimbursable (nestegg reimburse {id} marks it); nothing was written",
        "#{id} 没有标为待报销（用 nestegg reimburse {id} 标记）；未写入任何内容";
    already_reimbursed(id: i64) =
        "#{id} was already reimbursed; nothing was written",
        "#{id} 已经报销过了；未写入任何内容";
    too_much(asked: impl Display, claim: impl Display) =
        "{asked} is more than the {claim} to be reimbursed; nothing was written",
        "{asked} 超过了待报销的 {claim}；未写入任何内容";
    currency(person: &str, code: &str) =
        "{person} keeps money in {code}: a claim in another currency is refused; nothing was written",
        "{person}以 {code} 记账，不能记入其他币种的款项；未写入任何内容";
    one_claim = "one claim a line: !报销 or AA:4, not both", "一笔只能有一种：!报销 或 AA:4，不能同时写";
    below_claims(id: i64, claimed: impl Display) =
        "#{id} must stay a payment of at least the {claimed} others owe of it (see nestegg claims); nothing was written",
        "#{id} 须仍是支出，且不少于别人欠的 {claimed}（见 nestegg claims）；未写入任何内容";
    amount_positive(got: &str) =
        "type the amount back positive, e.g. 1000 (got {got}); nothing was written",
        "回款金额须为正数，例如 1000（输入的是 {got}）；未写入任何内容";

    // ---- the Ledger's `r` and `s`
    prompt_reimburse = " 报销: who pays it back? ", " 报销：由谁支付？ ";
    prompt_reimburse_hint =
        "a name (empty: 报销); if it already waits: the amount back (empty: all of it)",
        "单位或人名（留空即“报销”）；已在等待时：回款金额（留空即全部）";
    prompt_split = " AA: how many ways? ", " AA：几个人平摊？ ";
    prompt_split_hint =
        "4 (you and 3 others), or 4:小王,小李 to name who owes a share",
        "4（你和另外 3 人），或 4:小王,小李 写明谁欠一份";
    ways_typed(typed: &str) =
        "'{typed}' is not a number of ways: type 4, or 4:小王,小李",
        "“{typed}”不是人数：请输入 4，或 4:小王,小李";

    // ---- claims
    kind_reimburse = "reimbursement", "报销";
    kind_share = "AA share", "AA 分摊";
    col_id = "ID", "编号";
    col_date = "DATE", "日期";
    col_payee = "PAYEE", "对象";
    col_category = "CATEGORY", "分类";
    col_kind = "KIND", "类型";
    col_by = "BY", "由谁";
    col_amount = "AMOUNT", "金额";
    col_waiting = "WAITING", "待收";
    col_age = "DAYS", "天数";
    nothing_waiting = "nothing waits to be reimbursed or collected", "没有待报销或待收回的款项";
}

/// A refusal of the core's claim parts, worded in the reader's language.
impl std::fmt::Display for crate::claims::ClaimError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::claims::ClaimError;
        let line = match *self {
            ClaimError::NotAPayment => not_a_payment().to_owned(),
            ClaimError::Ways(w) => ways(w),
            ClaimError::TooSmall => too_small().to_owned(),
        };
        f.write_str(&line)
    }
}
