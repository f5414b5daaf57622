//! Finding notes: fuzzy on title, site and tags as the person types (nucleo, the matcher behind
//! Helix's picker), full text on the bodies when asked.

use std::path::Path;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use super::NoteSummary;

/// A fuzzy match must score at least this much per query character: nucleo gives 16 per matched
/// character plus boundary bonuses less gap penalties. Tuned on titles like the seed's: whole words
/// and prefixes score 25-30 per character, a one-letter typo ~25, letters scattered across a long
/// title (which match almost anything) 10-19.
const MIN_SCORE_PER_CHAR: u32 = 20;

/// The notes' title, site and tags prepared for fuzzy matching. Build it once per list; `search`
/// then costs a few milliseconds for 50,000 notes, and narrowing a query only re-checks the
/// previous hits.
pub struct SearchIndex {
    haystacks: Vec<Utf32String>,
    matcher: Matcher,
    /// The last query and its hits, to narrow from when the person types one more character.
    last: Option<(String, Vec<usize>)>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("notes", &self.haystacks.len())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// An index over `notes`; results are indices into the same slice.
    pub fn new(notes: &[NoteSummary]) -> Self {
        SearchIndex {
            haystacks: notes
                .iter()
                .map(|n| Utf32String::from(haystack(n).as_str()))
                .collect(),
            matcher: Matcher::new(Config::DEFAULT),
            last: None,
        }
    }

    /// The indices of the notes matching `query`, best first (ties keep the list's order).
    /// An empty query matches every note, in order.
    pub fn search(&mut self, query: &str) -> Vec<usize> {
        let query = query.trim();
        if query.is_empty() {
            self.last = None;
            return (0..self.haystacks.len()).collect();
        }
        // Typing one more character can only narrow a plain fuzzy query; operators (`!`, `^`,
        // `'`, `$`, `\`) and new words can change the set, so those start over.
        let candidates: Vec<usize> = match &self.last {
            Some((previous, hits))
                if query.starts_with(previous.as_str())
                    && !query[previous.len()..].contains(char::is_whitespace)
                    && !query.contains(['!', '^', '\'', '$', '\\']) =>
            {
                hits.clone()
            }
            _ => (0..self.haystacks.len()).collect(),
        };
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let min_score =
            query.chars().filter(|c| !c.is_whitespace()).count() as u32 * MIN_SCORE_PER_CHAR;
        let mut scored: Vec<(usize, u32)> = Vec::new();
        let mut hits = Vec::new();
        for i in candidates {
            if let Some(score) = pattern.score(self.haystacks[i].slice(..), &mut self.matcher) {
                // Keep every raw hit for narrowing; only good ones are shown.
                hits.push(i);
                if score >= min_score {
                    scored.push((i, score));
                }
            }
        }
        self.last = Some((query.to_string(), hits));
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(i, _)| i).collect()
    }
}

/// What fuzzy search looks at: title, site and tags.
fn haystack(note: &NoteSummary) -> String {
    let mut s = note.title.clone();
    if let Some(site) = &note.site {
        s.push_str(" · ");
        s.push_str(site);
    }
    for tag in &note.tags {
        s.push_str(" #");
        s.push_str(tag);
    }
    s
}

/// The indices of `notes` whose body contains every word of `query` (case-insensitive). Reads
/// every note: run it on a thread for a big library.
pub fn search_bodies(notes: &[NoteSummary], query: &str) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matches = |path: &Path| {
        std::fs::read(path).is_ok_and(|bytes| {
            let text = String::from_utf8_lossy(&bytes).to_lowercase();
            let body = super::front::split(&text).map_or(text.as_str(), |(_, b)| b);
            words.iter().all(|w| body.contains(w.as_str()))
        })
    };
    let threads = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .min(8);
    let chunk = notes.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = notes
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                let matches = &matches;
                scope.spawn(move || {
                    part.iter()
                        .enumerate()
                        .filter(|(_, n)| matches(&n.path))
                        .map(|(i, _)| c * chunk + i)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(title: &str, site: &str, tags: &[&str]) -> NoteSummary {
        NoteSummary {
            title: title.into(),
            site: Some(site.into()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..NoteSummary::default()
        }
    }

    #[test]
    fn fuzzy_finds_by_title_site_and_tag_best_first() {
        let notes = vec![
            note(
                "Trump says EU leaders beg him to call Putin",
                "RT.com",
                &["news"],
            ),
            note("Sourdough starter in five days", "The Kitchn", &["baking"]),
            note("Putin and the press", "BBC", &["russia"]),
        ];
        let mut index = SearchIndex::new(&notes);
        let mut putin = index.search("putin");
        putin.sort_unstable();
        assert_eq!(putin, vec![0, 2]);
        assert_eq!(index.search("kitchn"), vec![1]);
        assert_eq!(index.search("russia"), vec![2]);
        assert_eq!(index.search("sourdogh"), vec![1], "a typo-ish subsequence");
        assert!(index.search("zzqq").is_empty());
        assert_eq!(index.search("").len(), 3);
    }

    #[test]
    fn narrowing_gives_the_same_answer_as_starting_over() {
        let notes: Vec<NoteSummary> = (0..200)
            .map(|i| note(&format!("Story number {i} about rivers"), "Site", &[]))
            .collect();
        let mut typed = SearchIndex::new(&notes);
        let mut fresh = SearchIndex::new(&notes);
        for q in ["s", "st", "sto", "stor", "story", "story 1", "story 12"] {
            let mut once = SearchIndex::new(&notes);
            assert_eq!(typed.search(q), once.search(q), "{q}");
        }
        assert_eq!(fresh.search("story 12"), typed.search("story 12"));
    }
}
