//! Title, site, authors, date, url, summary: recognising field lines and parsing dates.
//!
//! Everything here is language-aware but table-driven: month names, byline words and time-zone
//! abbreviations for English, German, French, Spanish, Polish, Italian, Dutch and Portuguese, and
//! the CJK `年月日` form (the lists are in `lexicon`). [`header`] decides which
//! blocks above the article's main run are its fields.

pub mod byline;
pub mod dates;
pub mod header;
pub mod headline;
pub mod json_ld;
pub mod near_body;
pub mod site;
