//! Words of budget.

words! {}
