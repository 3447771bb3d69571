//! Words of import.

words! {}
