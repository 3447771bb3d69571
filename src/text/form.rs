//! Words of form.

words! {}
