//! A body's fingerprints for finding the same article again: a hash of its text, its word
//! 4-gram shingles (Jaccard overlap), and a MinHash signature of them that the library's index
//! keeps per note. Pure functions of the text; the duplicate check and the index both use them.

use std::collections::HashSet;

pub(crate) use crate::extract::util::fnv::fnv1a;
use crate::extract::util::fnv::{FNV_OFFSET, FNV_PRIME};

/// Words per shingle: 4, as `score.py` and the scrapinghub benchmark count overlap.
const SHINGLE_WORDS: usize = 4;
/// Bodies with fewer shingles than this are too short to call duplicates by text alone.
pub(crate) const MIN_SHINGLES: usize = 12;
/// MinHash slots kept per note: enough to shortlist candidates, which are then checked exactly.
pub(crate) const SIGNATURE_LEN: usize = 16;

/// A body's MinHash signature: per slot, the smallest shingle hash under that slot's mixing.
pub(crate) type Signature = [u32; SIGNATURE_LEN];

/// A hash of a text with whitespace runs collapsed, so re-encoded line endings still match.
pub(crate) fn text_hash(text: &str) -> Option<u64> {
    let normalized: Vec<&str> = text.split_whitespace().collect();
    if normalized.is_empty() {
        return None;
    }
    Some(fnv1a(normalized.join(" ").as_bytes()))
}

/// The hashes of a text's lower-cased words, Markdown marks and punctuation dropped. Hashing as
/// it goes (no string per word) keeps a cold scan of 50,000 notes fast.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut hash = FNV_OFFSET;
    let mut in_word = false;
    let add = |hash: &mut u64, c: char| {
        *hash ^= u64::from(u32::from(c));
        *hash = hash.wrapping_mul(FNV_PRIME);
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            add(&mut hash, c.to_ascii_lowercase());
            in_word = true;
        } else if is_unspaced_script(c) {
            // Chinese and Japanese put no spaces between words: each character counts as one,
            // so shingles are runs of four characters.
            if in_word {
                out.push(hash);
                hash = FNV_OFFSET;
                in_word = false;
            }
            let mut one = FNV_OFFSET;
            add(&mut one, c);
            out.push(one);
        } else if !c.is_ascii() && c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                add(&mut hash, lower);
            }
            in_word = true;
        } else if in_word {
            out.push(hash);
            hash = FNV_OFFSET;
            in_word = false;
        }
    }
    if in_word {
        out.push(hash);
    }
    out
}

/// Han ideographs and Japanese kana: scripts written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(
        u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
            | 0x20000..=0x2FA1F
    )
}

/// The hashed word 4-grams of a body in order, repeats included (its words, when it has fewer
/// than four).
fn shingle_hashes(text: &str) -> Vec<u64> {
    let words = word_hashes(text);
    if words.len() < SHINGLE_WORDS {
        return words;
    }
    words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            w.iter()
                .fold(FNV_OFFSET, |h, &x| mix(h.rotate_left(23) ^ x, 0))
        })
        .collect()
}

/// The set of hashed word 4-grams of a body.
pub(crate) fn shingles(text: &str) -> HashSet<u64> {
    shingle_hashes(text).into_iter().collect()
}

/// Shared shingles over all shingles.
pub(crate) fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// splitmix64: a cheap, well-mixed permutation per MinHash slot.
fn mix(x: u64, slot: u64) -> u64 {
    let mut z = x ^ slot.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The MinHash signature of a body; `None` when it is too short to judge. Each slot hashes the
/// (already well-mixed) shingle with its own multiply-add, which is cheap enough for a cold scan
/// of 50,000 notes.
pub(crate) fn signature_of(text: &str) -> Option<Signature> {
    let mut shingles = shingle_hashes(text);
    shingles.sort_unstable();
    shingles.dedup();
    if shingles.len() < MIN_SHINGLES {
        return None;
    }
    let mut mult = [0u64; SIGNATURE_LEN];
    let mut add = [0u64; SIGNATURE_LEN];
    for slot in 0..SIGNATURE_LEN {
        mult[slot] = mix(slot as u64 + 1, 7) | 1;
        add[slot] = mix(slot as u64 + 1, 13);
    }
    let mut sig = [u32::MAX; SIGNATURE_LEN];
    for &s in &shingles {
        for slot in 0..SIGNATURE_LEN {
            // The high half of a multiply-add is its best-mixed part.
            let h = (s.wrapping_mul(mult[slot]).wrapping_add(add[slot]) >> 32) as u32;
            sig[slot] = sig[slot].min(h);
        }
    }
    Some(sig)
}
