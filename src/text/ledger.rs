//! Words of ledger.

words! {}
