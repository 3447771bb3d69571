//! Words of moving.

words! {}
