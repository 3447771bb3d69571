//! `words!`: one row per key, English then Chinese. A row without
//! arguments is a `fn() -> &'static str`; a row with arguments is a
//! `fn(args) -> String` whose two templates are `format!` strings over them,
//! so a template naming a value it was not given does not compile.
//!
//! Each row also has a twin in the area's `with_lang` module that takes the
//! language as its first argument (`text::moving::with_lang::plan_rent(Lang::Zh)`):
//! the pure core words through those, so it never reads the thread's
//! language; the plain function is the twin called with the thread's language.
//!
//! English counts inflect: a row whose English is `("one form" | "other
//! form")` takes the count as its first argument and picks the first form
//! when it is 1 (Chinese does not inflect, so it has one template).

macro_rules! words {
    ($( $(#[$meta:meta])* $key:ident $( ( $($arg:ident : $ty:ty),* $(,)? ) )? = $en:tt, $zh:literal; )*) => {
        $( words!(@plain $(#[$meta])* $key $( ( $($arg : $ty),* ) )?); )*

        /// Every row with the language as its first argument.
        #[allow(clippy::too_many_arguments)] // a row's values, plus the language
        pub mod with_lang {
            #[allow(unused_imports)]
            use super::*;
            $( words!(@one $(#[$meta])* $key $( ( $($arg : $ty),* ) )? = $en, $zh); )*
        }

        /// Every row: (key, English, Chinese), for the catalogue's checks.
        #[cfg(test)]
        pub const ALL: &[(&str, &str, &str)] = &[ $( (stringify!($key), words!(@en $en), $zh) ),* ];
    };
    // The English the checks read: a plural row's "other" form.
    (@en ($one:literal | $other:literal)) => { $other };
    (@en $en:literal) => { $en };
    // The thread's language.
    (@plain $(#[$meta:meta])* $key:ident) => {
        $(#[$meta])*
        pub fn $key() -> &'static str {
            with_lang::$key($crate::text::lang())
        }
    };
    (@plain $(#[$meta:meta])* $key:ident ( $($arg:ident : $ty:ty),* )) => {
        $(#[$meta])*
        pub fn $key($($arg: $ty),*) -> String {
            with_lang::$key($crate::text::lang() $(, $arg)*)
        }
    };
    // A chosen language.
    (@one $(#[$meta:meta])* $key:ident ( $count:ident : $cty:ty $(, $arg:ident : $ty:ty)* )
        = ($one:literal | $other:literal), $zh:literal) => {
        $(#[$meta])*
        pub fn $key(lang: $crate::text::Lang, $count: $cty $(, $arg: $ty)*) -> String {
            match lang {
                $crate::text::Lang::En if $count == 1 => format!($one),
                $crate::text::Lang::En => format!($other),
                $crate::text::Lang::Zh => format!($zh),
            }
        }
    };
    (@one $(#[$meta:meta])* $key:ident = $en:literal, $zh:literal) => {
        $(#[$meta])*
        pub fn $key(lang: $crate::text::Lang) -> &'static str {
            match lang {
                $crate::text::Lang::En => $en,
                $crate::text::Lang::Zh => $zh,
            }
        }
    };
    (@one $(#[$meta:meta])* $key:ident ( $($arg:ident : $ty:ty),* ) = $en:literal, $zh:literal) => {
        $(#[$meta])*
        pub fn $key(lang: $crate::text::Lang, $($arg: $ty),*) -> String {
            match lang {
                $crate::text::Lang::En => format!($en),
                $crate::text::Lang::Zh => format!($zh),
            }
        }
    };
}
