//! Finding notes: fuzzy on title, site and tags as the person types (nucleo, the matcher behind
//! Helix's picker), full text on the bodies when asked.

use std::path::Path;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use super::NoteSummary;

/// A fuzzy match must score at least this much per query character: nucleo gives 16 per matched
/// character plus boundary bonuses less gap penalties. Tuned on titles like the seed's: whole words
/// and prefixes score 25-30 per character, a one-letter typo ~25, letters scattered across a long
/// title (which match almost anything) 10-21: "moon" in "Man stabbed to death on" scores 20.2 and
/// "space" in "Sportback revealed as electric" 20.6, so the bar sits just above those.
const MIN_SCORE_PER_CHAR: u32 = 22;
/// Below this many candidates a keystroke is cheaper on one thread than spawning more.
const PARALLEL_FROM: usize = 4_000;

/// Threads for a keystroke's matching (and body search): the cores, at most 8.
fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .min(8)
}

/// The notes' title, site and tags prepared for fuzzy matching. Build it once per list; `search`
/// then costs a few milliseconds for 50,000 notes, and narrowing a query only re-checks the
/// previous hits.
pub struct SearchIndex {
    haystacks: Vec<Utf32String>,
    /// One matcher per core: a keystroke over 50,000 titles is split between them.
    matchers: Vec<Matcher>,
    /// The last query and its raw hits, to narrow from when the person types on.
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
            // Each matcher allocates its scratch space (~135 KB) here, not on a keystroke.
            matchers: (0..threads())
                .map(|_| Matcher::new(Config::DEFAULT))
                .collect(),
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
        // Typing more (a character or a new word: every word must match) can only narrow a
        // plain query; operators (`!` negates, `^`, `'`, `$`, `\`) can widen it, so start over.
        let candidates: Vec<usize> = match &self.last {
            Some((previous, hits))
                if query.starts_with(previous.as_str())
                    && !query.contains(['!', '^', '\'', '$', '\\']) =>
            {
                hits.clone()
            }
            _ => (0..self.haystacks.len()).collect(),
        };
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let min_score =
            query.chars().filter(|c| !c.is_whitespace()).count() as u32 * MIN_SCORE_PER_CHAR;
        let haystacks = &self.haystacks;
        let score_part = |part: &[usize], matcher: &mut Matcher| {
            part.iter()
                .filter_map(|&i| {
                    pattern
                        .score(haystacks[i].slice(..), matcher)
                        .map(|score| (i, score))
                })
                .collect::<Vec<(usize, u32)>>()
        };
        let matched: Vec<(usize, u32)> = if candidates.len() < PARALLEL_FROM {
            score_part(&candidates, &mut self.matchers[0])
        } else {
            let chunk = candidates.len().div_ceil(self.matchers.len());
            std::thread::scope(|scope| {
                let handles: Vec<_> = candidates
                    .chunks(chunk)
                    .zip(self.matchers.iter_mut())
                    .map(|(part, matcher)| scope.spawn(|| score_part(part, matcher)))
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            })
        };
        // Every raw hit is kept for narrowing; only good ones are shown.
        let hits: Vec<usize> = matched.iter().map(|&(i, _)| i).collect();
        let mut scored: Vec<(usize, u32)> = matched
            .into_iter()
            .filter(|&(_, score)| score >= min_score)
            .collect();
        self.last = Some((query.to_string(), hits));
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(i, _)| i).collect()
    }
}

/// What fuzzy search looks at: title, site and tags. The separators are ASCII on purpose: nucleo
/// matches all-ASCII text on a path several times faster than Unicode text.
fn haystack(note: &NoteSummary) -> String {
    let mut s: String = note.title.chars().map(ascii_punctuation).collect();
    if let Some(site) = &note.site {
        s.push_str(" | ");
        s.push_str(site);
    }
    for tag in &note.tags {
        s.push_str(" #");
        s.push_str(tag);
    }
    s
}

/// Typographic punctuation as its ASCII look-alike, so a title with curly quotes or dashes still
/// takes nucleo's ASCII path (and `'` typed matches `’`).
fn ascii_punctuation(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00a0}' | '\u{2009}' | '\u{202f}' => ' ',
        '\u{2026}' | '\u{00b7}' | '\u{2022}' => '.',
        _ => c,
    }
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
    super::parallel::filter_map_in_parallel(notes, threads(), |i, note| {
        matches(&note.path).then_some(i)
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
        // Letters scattered over words that happen to start right are not a match.
        let scattered = vec![
            note("Man stabbed to death on a train", "SFGate", &["news"]),
            note(
                "Audi e-tron Sportback revealed as electric coupe",
                "Site",
                &[],
            ),
            note("Saturn's Moon Titan", "Site", &["space"]),
        ];
        let mut index = SearchIndex::new(&scattered);
        assert_eq!(index.search("moon"), vec![2]);
        assert_eq!(index.search("space"), vec![2]);
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
