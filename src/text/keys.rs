//! Words of keys.

words! {}
