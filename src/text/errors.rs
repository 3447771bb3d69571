//! Words of errors.

words! {}
