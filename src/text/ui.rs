//! Words of ui.

words! {}
