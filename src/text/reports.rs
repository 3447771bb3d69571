//! Words of reports.

words! {}
