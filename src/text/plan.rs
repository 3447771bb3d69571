//! Words of plan.

words! {}
