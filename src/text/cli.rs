//! Words of cli.

words! {}
