//! Every word list the engine reads, in one place. Lists only: the code that reads them lives
//! beside the rules that use them.

pub mod dates;
pub mod entities;
pub mod names;
pub mod phrases;
pub mod stopwords;
