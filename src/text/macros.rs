//! `words!`: one row per key, English then Chinese. A row without
//! arguments is a `fn() -> &'static str`; a row with arguments is a
//! `fn(args) -> String` whose two templates are `format!` strings over them,
//! so a template naming a value it was not given does not compile.

macro_rules! words {
    ($( $(#[$meta:meta])* $key:ident $( ( $($arg:ident : $ty:ty),* $(,)? ) )? = $en:literal, $zh:literal; )*) => {
        $( words!(@one $(#[$meta])* $key $( ( $($arg : $ty),* ) )? = $en, $zh); )*

        /// Every row: (key, English, Chinese), for the catalogue's checks.
        #[cfg(test)]
        pub const ALL: &[(&str, &str, &str)] = &[ $( (stringify!($key), $en, $zh) ),* ];
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
