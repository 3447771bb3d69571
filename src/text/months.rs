//! Words of months.

words! {}
