//! Relocation planning: city profiles, mortgages, scenarios and their
//! comparison with staying. Pure: no SQL, no terminal, no clock.

pub mod cities;
pub mod compare;
pub mod edit;
pub mod mortgage;
pub mod scenario;
