//! Words of core.

words! {}
