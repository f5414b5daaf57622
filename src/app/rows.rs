//! The rows the blocks list shows: the blocks the filter lets through, with each long run of
//! trimmed blocks folded into one row, so a page with 200 menu items before its story shows the
//! story on the first screen.

use crate::extract::{Block, Reason};

use super::BlockFilter;

/// Adjacent trimmed blocks fold into one row from this many on: four rows read at a glance, and
/// a page's menus, footers and link lists run to dozens.
pub const FOLD_MIN: usize = 5;

/// One row of the blocks list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// One block (an index into the article's blocks).
    Block(usize),
    /// The trimmed blocks `first..=last`, adjacent in the article, as one row until unfolded.
    Folded { first: usize, last: usize },
}

impl Row {
    /// The block the keyboard cursor sits on when this row is the current one.
    pub fn first_block(self) -> usize {
        match self {
            Row::Block(i) => i,
            Row::Folded { first, .. } => first,
        }
    }

    pub fn last_block(self) -> usize {
        match self {
            Row::Block(i) => i,
            Row::Folded { last, .. } => last,
        }
    }
}

/// The rows for `blocks` under `filter`. Blocks marked in `unfolded` (the person opened their
/// run, or changed them one by one) never fold, so the row under the pointer stays where it was.
pub fn build(blocks: &[Block], filter: BlockFilter, unfolded: &[bool]) -> Vec<Row> {
    // A line read as a field (title, site, byline, date, summary) is in the note, in its front
    // matter, whatever its keep flag says: it lists with what is kept and never folds away.
    let field = Block::is_field_line;
    let listed = |b: &Block| match filter {
        BlockFilter::All => true,
        BlockFilter::Kept => b.keep || field(b),
        BlockFilter::Trimmed => !b.keep && !field(b),
    };
    // What the person trimmed themselves stays in sight: they decided on it block by block.
    let foldable = |i: usize| {
        let b = &blocks[i];
        !b.keep
            && !field(b)
            && b.reason != Reason::TrimmedByYou
            && !unfolded.get(i).copied().unwrap_or(false)
    };
    let mut rows = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if !listed(&blocks[i]) {
            i += 1;
            continue;
        }
        if foldable(i) {
            let end = (i..blocks.len())
                .find(|&j| !foldable(j))
                .unwrap_or(blocks.len());
            if end - i >= FOLD_MIN {
                rows.push(Row::Folded {
                    first: i,
                    last: end - 1,
                });
                i = end;
                continue;
            }
        }
        rows.push(Row::Block(i));
        i += 1;
    }
    rows
}

/// The row holding `block`, else the first row after it (`rows.len()` when none is).
pub fn row_at_or_after(rows: &[Row], block: usize) -> usize {
    rows.partition_point(|r| r.last_block() < block)
}

/// The row holding `block`, if it is listed.
pub fn row_of(rows: &[Row], block: usize) -> Option<usize> {
    let r = row_at_or_after(rows, block);
    rows.get(r)
        .filter(|row| row.first_block() <= block)
        .map(|_| r)
}

/// What a folded run was trimmed as, most blocks first: `[("navigation", 160), ("outside the
/// article", 38)]`. Duplicates of different blocks count as one reason.
pub fn run_reasons(blocks: &[Block]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for b in blocks {
        let name = match &b.reason {
            Reason::DuplicateOf { .. } => "duplicate of an earlier block".to_string(),
            other => other.to_string(),
        };
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    // Stable: equal counts keep the order they first appear in.
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Role;

    fn blocks(keeps: &str) -> Vec<Block> {
        keeps
            .chars()
            .map(|c| {
                let keep = c == 'k';
                let reason = if keep {
                    Reason::ArticleText
                } else {
                    Reason::Navigation
                };
                Block::new(format!("block {c}"), Role::Paragraph, keep, reason)
            })
            .collect()
    }

    #[test]
    fn five_adjacent_trimmed_blocks_fold_and_four_do_not() {
        let b = blocks("tttttktttt");
        let rows = build(&b, BlockFilter::All, &[]);
        assert_eq!(
            rows,
            vec![
                Row::Folded { first: 0, last: 4 },
                Row::Block(5),
                Row::Block(6),
                Row::Block(7),
                Row::Block(8),
                Row::Block(9),
            ]
        );
        assert_eq!(row_of(&rows, 3), Some(0));
        assert_eq!(row_of(&rows, 5), Some(1));
        assert_eq!(row_at_or_after(&rows, 10), rows.len());
    }

    #[test]
    fn unfolded_blocks_and_kept_ones_break_a_run() {
        let b = blocks("tttttttttt");
        let mut unfolded = vec![false; b.len()];
        unfolded[5] = true;
        let rows = build(&b, BlockFilter::All, &unfolded);
        assert_eq!(rows[0], Row::Folded { first: 0, last: 4 });
        assert_eq!(rows[1], Row::Block(5));
        assert_eq!(rows.len(), 6, "blocks 6 to 9 are four: not folded");

        let mut by_you = blocks("tttttt");
        by_you[2].reason = Reason::TrimmedByYou;
        assert_eq!(
            build(&by_you, BlockFilter::All, &[]).len(),
            6,
            "a block the person trimmed breaks the run into two and three"
        );

        let kept_only = build(&blocks("tktktk"), BlockFilter::Kept, &[]);
        assert_eq!(kept_only, vec![Row::Block(1), Row::Block(3), Row::Block(5)]);
        // A block the filter hides is not in the list, and the row after it is found.
        assert_eq!(row_of(&kept_only, 2), None);
        assert_eq!(row_at_or_after(&kept_only, 2), 1);
    }

    #[test]
    fn a_field_line_lists_with_what_is_kept_and_never_folds() {
        // A title line the engine left trimmed, inside a run of trimmed menu lines.
        let mut b = blocks("ttttttttttttk");
        b[6].role = Role::Title;
        b[6].reason = Reason::UsedAsField {
            field: "title".into(),
        };
        let rows = build(&b, BlockFilter::All, &[]);
        assert_eq!(
            rows,
            vec![
                Row::Folded { first: 0, last: 5 },
                Row::Block(6),
                Row::Folded { first: 7, last: 11 },
                Row::Block(12)
            ]
        );
        assert_eq!(
            build(&b, BlockFilter::Kept, &[]),
            vec![Row::Block(6), Row::Block(12)]
        );
        assert!(!build(&b, BlockFilter::Trimmed, &[]).contains(&Row::Block(6)));
    }

    #[test]
    fn a_run_names_its_reasons_most_first() {
        let mut b = blocks("ttt");
        b[1].reason = Reason::DuplicateOf { of: 0 };
        b[2].reason = Reason::DuplicateOf { of: 1 };
        assert_eq!(
            run_reasons(&b),
            vec![
                ("duplicate of an earlier block".to_string(), 2),
                ("navigation".to_string(), 1)
            ]
        );
    }
}
