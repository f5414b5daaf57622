//! Title, site, authors, date, url, summary.
