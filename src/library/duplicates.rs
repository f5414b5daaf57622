//! Is this article already in the library? Same address once tracking parameters are dropped, the
//! same original text, or a body that is nearly the same (word 4-gram shingles, Jaccard > 0.9).

use std::collections::HashMap;

use serde::Serialize;

use super::fingerprint::{SIGNATURE_LEN, Signature, jaccard, shingles, signature_of, text_hash};
use super::index::IndexedNote;
use super::{NoteSummary, front};
use crate::clipping::Clipping;

/// Query parameters that say who sent the reader, never which article it is.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "ref",
    "ref_src",
    "ref_url",
    "cmpid",
    "s_cid",
    "wt_mc",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "spm",
    "share",
    "smid",
    "at_medium",
    "at_campaign",
    "ito",
    "rss",
];
/// Two bodies sharing more than this share of their shingles are the same article.
pub(crate) const SAME_TEXT_JACCARD: f64 = 0.9;
/// A shortlisted candidate agrees on at least this share of MinHash slots (the estimate's spread
/// at 16 slots is about ±0.08 around 0.9).
const CANDIDATE_AGREEMENT: f64 = 0.7;

/// Why a clipping counts as a duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// The same address once tracking parameters are dropped.
    SameAddress,
    /// The very same original input.
    SameOriginal,
    /// A nearly identical body.
    SameText,
}

impl std::fmt::Display for DuplicateReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DuplicateReason::SameAddress => "same address",
            DuplicateReason::SameOriginal => "same original text",
            DuplicateReason::SameText => "nearly the same text",
        })
    }
}

/// An existing note the clipping duplicates, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duplicate {
    pub note: NoteSummary,
    pub reason: DuplicateReason,
}

/// An address reduced to what identifies the article: no scheme, `www.`, default port, fragment,
/// trailing slash or tracking parameters; the remaining parameters sorted. `None` for an empty one.
pub fn canonical_url(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    let url = url.split('#').next().unwrap_or(url);
    let parts = crate::extract::address::address_parts(url);
    if parts
        .scheme
        .is_some_and(|s| !s.eq_ignore_ascii_case("http") && !s.eq_ignore_ascii_case("https"))
    {
        return Some(url.to_string());
    }
    let (authority, path_query) = (parts.authority, parts.rest);
    let host = authority
        .rsplit('@')
        .next()
        .unwrap_or(authority)
        .to_ascii_lowercase();
    let host = host
        .strip_suffix(":80")
        .or_else(|| host.strip_suffix(":443"))
        .unwrap_or(&host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let path = path.trim_end_matches('/');
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or(p).to_ascii_lowercase();
            !(key.starts_with("utm_") || TRACKING_PARAMS.contains(&key.as_str()))
        })
        .collect();
    params.sort_unstable();
    let mut out = format!("{host}{path}");
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    Some(out)
}

fn agreement(a: &Signature, b: &Signature) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / SIGNATURE_LEN as f64
}

/// The library's notes arranged for duplicate look-ups; `add` keeps it current during an import.
pub(crate) struct DuplicateIndex {
    notes: Vec<IndexedNote>,
    by_url: HashMap<String, usize>,
    by_original: HashMap<u64, usize>,
}

impl DuplicateIndex {
    pub(crate) fn new(notes: Vec<IndexedNote>) -> Self {
        let mut index = DuplicateIndex {
            notes: Vec::with_capacity(notes.len()),
            by_url: HashMap::new(),
            by_original: HashMap::new(),
        };
        for note in notes {
            index.add(note);
        }
        index
    }

    pub(crate) fn add(&mut self, note: IndexedNote) {
        let i = self.notes.len();
        if let Some(url) = note.summary.source.as_deref().and_then(canonical_url) {
            self.by_url.entry(url).or_insert(i);
        }
        if let Some(hash) = note.original_hash {
            self.by_original.entry(hash).or_insert(i);
        }
        self.notes.push(note);
    }

    /// The first note `clipping` duplicates, ignoring the note saved under its own id.
    pub(crate) fn find(&self, clipping: &Clipping) -> Option<Duplicate> {
        let other = |i: &usize| self.notes[*i].summary.id.as_deref() != Some(clipping.id.as_str());
        let found = |i: usize, reason| {
            Some(Duplicate {
                note: self.notes[i].summary.clone(),
                reason,
            })
        };
        if let Some(&i) = clipping
            .source
            .as_deref()
            .and_then(canonical_url)
            .and_then(|u| self.by_url.get(&u))
            .filter(|i| other(i))
        {
            return found(i, DuplicateReason::SameAddress);
        }
        if let Some(&i) = text_hash(&clipping.original.text)
            .and_then(|h| self.by_original.get(&h))
            .filter(|i| other(i))
        {
            return found(i, DuplicateReason::SameOriginal);
        }
        let body_text = clipping.body_markdown();
        let sig = signature_of(&body_text)?;
        let body = shingles(&body_text);
        for (i, note) in self.notes.iter().enumerate() {
            let Some(theirs) = &note.signature else {
                continue;
            };
            if agreement(&sig, theirs) < CANDIDATE_AGREEMENT || !other(&i) {
                continue;
            }
            // The signature only shortlists; read the note and measure exactly.
            let Ok(text) = std::fs::read_to_string(&note.summary.path) else {
                continue;
            };
            let their_body = front::split(&text).map_or(text.as_str(), |(_, b)| b);
            if jaccard(&body, &shingles(their_body)) > SAME_TEXT_JACCARD {
                return found(i, DuplicateReason::SameText);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::fingerprint::MIN_SHINGLES;

    #[test]
    fn tracking_parameters_scheme_and_www_do_not_make_a_new_article() {
        let a =
            canonical_url("https://www.Example.com/news/a-story/?utm_source=tw&id=7&fbclid=x#top");
        let b = canonical_url("http://example.com/news/a-story?id=7&gclid=abc");
        assert_eq!(a, b);
        assert_eq!(a.as_deref(), Some("example.com/news/a-story?id=7"));
        assert_ne!(
            canonical_url("https://example.com/news/a-story?id=8"),
            canonical_url("https://example.com/news/a-story?id=7")
        );
        assert_eq!(canonical_url("  "), None);
    }

    #[test]
    fn near_identical_bodies_agree_and_different_ones_do_not() {
        let base: String = (0..300)
            .map(|i| format!("word{} ", i % 97 + i / 3))
            .collect();
        let edited = format!("{base} one extra closing line");
        let other: String = (0..300).map(|i| format!("other{i} ")).collect();
        let (a, b, c) = (shingles(&base), shingles(&edited), shingles(&other));
        assert!(jaccard(&a, &b) > SAME_TEXT_JACCARD);
        assert!(jaccard(&a, &c) < 0.1);
        let (sa, sb, sc) = (
            signature_of(&base).unwrap(),
            signature_of(&edited).unwrap(),
            signature_of(&other).unwrap(),
        );
        assert!(agreement(&sa, &sb) >= CANDIDATE_AGREEMENT);
        assert!(agreement(&sa, &sc) < CANDIDATE_AGREEMENT);
    }

    #[test]
    fn japanese_and_chinese_bodies_are_compared_character_by_character() {
        let base = "市政府は火曜日、来年度に三つの新しいバス路線を建設するための資金を投入すると発表した。\
            当局者によると、新しい路線は主要な住宅地と商業地区を結ぶという。\
            計画には主要な交差点での自転車レーンと横断歩道の増設も含まれており、歩行者と自転車利用者の安全性を高める。\
            市民はおおむねこの計画を歓迎している。";
        let edited = format!("{base}詳しくは市のウェブサイトで。");
        let other = "東京の天気は明日から崩れる見込みで、週末にかけて広い範囲で雨が降るでしょう。\
            気象庁は、土砂災害や河川の増水に注意するよう呼びかけています。\
            お出かけの際は雨具をお持ちください。来週は晴れの日が多くなりそうです。";
        let (a, b, c) = (shingles(base), shingles(&edited), shingles(other));
        assert!(a.len() >= MIN_SHINGLES, "{} shingles", a.len());
        assert!(jaccard(&a, &b) > SAME_TEXT_JACCARD, "{}", jaccard(&a, &b));
        assert!(jaccard(&a, &c) < 0.1, "{}", jaccard(&a, &c));
        let chinese =
            "市政府周二宣布，将在明年投入资金建设三条新的公交线路，以缓解市中心的交通拥堵问题。";
        assert!(shingles(chinese).len() >= MIN_SHINGLES);
    }
}
