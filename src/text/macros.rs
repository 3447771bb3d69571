//! `words!`: one row per key, English then Chinese. A row without
//! arguments is a `fn() -> &'static str`; a row with arguments is a
//! `fn(args) -> String` whose two templates are `format!` strings over them,
//! so a template naming a value it was not given does not compile.
//!
//! English counts inflect: a row whose English is `("one form" | "other
//! form")` takes the count as its first argument and picks the first form
//! when it is 1 (Chinese does not inflect, so it has one template).

macro_rules! words {
    ($( $(#[$meta:meta])* $key:ident $( ( $($arg:ident : $ty:ty),* $(,)? ) )? = $en:tt, $zh:literal; )*) => {
        $( words!(@one $(#[$meta])* $key $( ( $($arg : $ty),* ) )? = $en, $zh); )*

        /// Every row: (key, English, Chinese), for the catalogue's checks.
        #[cfg(test)]
        pub const ALL: &[(&str, &str, &str)] = &[ $( (stringify!($key), words!(@en $en), $zh) ),* ];
    };
    // The English the checks read: a plural row's "other" form.
    (@en ($one:literal | $other:literal)) => { $other };
    (@en $en:literal) => { $en };
    (@one $(#[$meta:meta])* $key:ident ( $count:ident : $cty:ty $(, $arg:ident : $ty:ty)* )
        = ($one:literal | $other:literal), $zh:literal) => {
        $(#[$meta])*
        pub fn $key($count: $cty $(, $arg: $ty)*) -> String {
            match $crate::text::lang() {
                $crate::text::Lang::En if $count == 1 => format!($one),
                $crate::text::Lang::En => format!($other),
                $crate::text::Lang::Zh => format!($zh),
            }
        }
    };
    (@one $(#[$meta:meta])* $key:ident = $en:literal, $zh:literal) => {
        $(#[$meta])*
        pub fn $key() -> &'static str {
            match $crate::text::lang() {
                $crate::text::Lang::En => $en,
                $crate::text::Lang::Zh => $zh,
            }
        }
    };
    (@one $(#[$meta:meta])* $key:ident ( $($arg:ident : $ty:ty),* ) = $en:literal, $zh:literal) => {
        $(#[$meta])*
        pub fn $key($($arg: $ty),*) -> String {
            match $crate::text::lang() {
                $crate::text::Lang::En => format!($en),
                $crate::text::Lang::Zh => format!($zh),
            }
        }
    };
}
