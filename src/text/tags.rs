//! Words of tags: why tags were refused, the `report tags` table, and the
//! Ledger's tag prompt.

words! {
    // ---- refusals (`model::TagError`)
    too_many(count: usize, max: usize) =
        "{count} tags are too many: a transaction holds at most {max}; nothing was written",
        "{count} 个标签太多：一笔账目最多 {max} 个；未写入任何内容";
    too_long(tag: &str, max: usize) =
        "tag '{tag}' is too long: a tag holds at most {max} characters; nothing was written",
        "标签“{tag}”太长：标签最多 {max} 个字符；未写入任何内容";
    colon(tag: &str) =
        "tag '{tag}' holds a ':', which a journal reads as the tag's end; pick another word — nothing was written",
        "标签“{tag}”含有“:”，记账日志会把它当作标签结尾；请换个词——未写入任何内容";

    one_tag(typed: &str) =
        "'{typed}' is not one tag: filter by one tag at a time (tag:旅行)",
        "“{typed}”不是一个标签：一次只按一个标签筛选（tag:旅行）";

    // ---- the Ledger's tag prompt (`t`)
    prompt_tags = " Tags ", " 标签 ";
    prompt_tags_hint =
        "旅行 出差 · +trip, work · empty: no tags (at most 8, each up to 24 characters)",
        "旅行 出差 · +旅行，出差 · 留空即无标签（最多 8 个，每个最多 24 个字符）";
    tags_saved(id: i64, tags: &str) = "#{id} tags: {tags}", "#{id} 标签：{tags}";
    tags_none = "none", "无";

    // ---- report tags
    col_tag = "TAG", "标签";
    col_count = "ROWS", "笔数";
    col_spending = "SPENDING", "支出";
    col_income = "INCOME", "收入";
    no_tags = "no tagged transactions in this period (tag one with +旅行 in quick add, or add --tag)",
        "这段时间没有带标签的账目（速记时写 +旅行，或用 add --tag 加标签）";
}

/// A refusal of tags, worded in the reader's language.
impl std::fmt::Display for crate::model::TagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::model::TagError;
        use crate::model::tags::{TAG_MAX, TAGS_MAX};
        let shown = |t: &str| crate::text::safe::escaped(t).into_owned();
        f.write_str(&match self {
            TagError::TooMany(n) => too_many(*n, TAGS_MAX),
            TagError::TooLong(t) => too_long(&shown(t), TAG_MAX),
            TagError::Colon(t) => colon(&shown(t)),
        })
    }
}

impl std::error::Error for crate::model::TagError {}
