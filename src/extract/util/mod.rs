//! Small helpers with no knowledge of the engine: hashing, lower-casing, character classes,
//! normalising text for comparison.

pub mod chars;
pub mod fnv;
pub mod lower;
pub mod normalise;
