//! Words of the keymap: what each key does (help screen) and its footer word.

words! {}
