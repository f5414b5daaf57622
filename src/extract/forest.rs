//! A forest of regression trees as the engine reads it from a model file, and its walk: the
//! summed outputs of its trees for one row of inputs. Knows nothing of blocks or pages.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A forest of regression trees whose summed outputs are the log-odds of "main content".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forest {
    /// The input names the trees were trained on, in row order.
    pub features: Vec<String>,
    /// The log-odds before any tree.
    pub base: f32,
    /// Each tree as its nodes, root first. Not to be changed once the forest has scored a row:
    /// the walk reads a copy laid out on first use.
    pub trees: Vec<Vec<Node>>,
    /// The trees laid out for a branch-free walk, made on first use.
    #[serde(skip)]
    laid_out: LaidOut,
}

/// A tree node: a leaf's value, or a split `[feature, threshold, left, right]` (go to `left`
/// when `row[feature] < threshold`, else to `right`). In the file a leaf is a number and a split
/// an array, which keeps the model small enough to read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Node {
    Leaf(f32),
    Split(u16, f32, u32, u32),
}

/// Reads a node as `#[serde(untagged)]` would (a number is a leaf, an array of four a split),
/// with the same conversions, but straight from the file: the derived form buffers every node
/// before trying each variant, which made reading the models cost as much as extracting a dozen
/// pages.
impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a leaf value or a split [feature, threshold, left, right]")
    }

    // A leaf converts its number as `f32`'s own `Deserialize` does.
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        use serde::de::Error;
        let missing = |i| A::Error::invalid_length(i, &"a split of four numbers");
        let feature = seq.next_element::<u16>()?.ok_or_else(|| missing(0))?;
        let threshold = seq.next_element::<AnyF32>()?.ok_or_else(|| missing(1))?.0;
        let left = seq.next_element::<u32>()?.ok_or_else(|| missing(2))?;
        let right = seq.next_element::<u32>()?.ok_or_else(|| missing(3))?;
        if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
            return Err(A::Error::invalid_length(5, &"a split of four numbers"));
        }
        Ok(Node::Split(feature, threshold, left, right))
    }
}

/// A number read as the untagged form reads it (whatever JSON number it is, then converted to
/// `f32` as `f32`'s `Deserialize` converts), not through the parser's own `f32` path, which a
/// serde_json feature can change.
struct AnyF32(f32);

impl<'de> Deserialize<'de> for AnyF32 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = AnyF32;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E>(self, v: f64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
            fn visit_u64<E>(self, v: u64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
            fn visit_i64<E>(self, v: i64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl Forest {
    /// A forest of `trees` over the inputs `features`, starting from the log-odds `base`.
    pub fn new(features: Vec<String>, base: f32, trees: Vec<Vec<Node>>) -> Self {
        Forest {
            features,
            base,
            trees,
            laid_out: LaidOut::default(),
        }
    }

    /// Checks that the trees read the inputs `names` (in that order) and that every split stays
    /// inside its tree and its row.
    pub fn check(&self, names: &[&str]) -> Result<(), String> {
        if self
            .features
            .iter()
            .map(String::as_str)
            .ne(names.iter().copied())
        {
            return Err("the model's inputs are not the engine's".into());
        }
        for tree in &self.trees {
            for node in tree {
                if let Node::Split(feature, _, left, right) = node
                    && (usize::from(*feature) >= names.len()
                        || *left as usize >= tree.len()
                        || *right as usize >= tree.len())
                {
                    return Err("a tree points outside itself".into());
                }
            }
        }
        Ok(())
    }

    /// The log-odds that the block of `row` is main content.
    pub fn margin(&self, row: &[f32]) -> f32 {
        self.margins(&[row]).first().copied().unwrap_or(self.base)
    }

    /// [`Forest::margin`] of each row.
    pub fn margins<R: AsRef<[f32]>>(&self, rows: &[R]) -> Vec<f32> {
        match self.laid_out.0.get_or_init(|| Padded::of(&self.trees)) {
            Some(padded) => padded.margins(self.base, rows),
            None => rows.iter().map(|row| self.walk(row.as_ref())).collect(),
        }
    }

    /// [`Forest::margin`] by following each tree's nodes (for trees too deep, or too odd, to pad).
    pub(crate) fn walk(&self, row: &[f32]) -> f32 {
        let mut sum = self.base;
        for tree in &self.trees {
            let mut at = 0usize;
            // Trees are finite and acyclic by construction; the bound keeps a corrupt file finite.
            for _ in 0..tree.len() {
                match tree[at] {
                    Node::Leaf(v) => {
                        sum += v;
                        break;
                    }
                    Node::Split(feature, threshold, left, right) => {
                        let v = row.get(usize::from(feature)).copied().unwrap_or(0.0);
                        at = if v < threshold {
                            left as usize
                        } else {
                            right as usize
                        };
                    }
                }
            }
        }
        sum
    }
}

/// A forest's trees padded to one depth, made on first use: the cache stays out of comparisons
/// and copies (a copy lays its trees out again).
#[derive(Debug, Default)]
struct LaidOut(OnceLock<Option<Padded>>);

impl Clone for LaidOut {
    fn clone(&self) -> Self {
        LaidOut::default()
    }
}

impl PartialEq for LaidOut {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Trees deeper than this are walked node by node (the shipped ones are 5 deep): padding doubles
/// a tree's size with each level.
const MAX_PADDED_DEPTH: usize = 8;

/// Every tree of a forest as a complete binary tree of the same depth, stored breadth first
/// (the children of split `k` are `2k + 1` and `2k + 2`). A leaf above the bottom is repeated
/// under splits that lead to it either way, so each walk is `depth` steps of index arithmetic:
/// no jumps that depend on the row, which the processor would mispredict about half the time.
/// It adds the same leaves in the same order as the node walk, so the sums are bit for bit equal.
#[derive(Debug)]
struct Padded {
    depth: usize,
    /// `2^depth` splits per tree: `2^depth - 1` and a spare that is never read.
    splits: Vec<PaddedSplit>,
    /// `2^depth` leaf values per tree.
    leaves: Vec<f32>,
}

#[derive(Debug, Clone, Copy)]
struct PaddedSplit {
    feature: u8,
    threshold: f32,
}

impl Padded {
    /// The padded form of `trees`, or `None` when a tree is deeper than [`MAX_PADDED_DEPTH`],
    /// reads an input past the 256th, or is not a tree (a node reached twice, an index out of
    /// range: a corrupt file).
    fn of(trees: &[Vec<Node>]) -> Option<Padded> {
        let mut depth = 1;
        for tree in trees {
            let mut seen = vec![false; tree.len()];
            depth = depth.max(tree_depth(tree, 0, 0, &mut seen)?);
        }
        let leaves = 1 << depth;
        let mut padded = Padded {
            depth,
            splits: Vec::with_capacity(trees.len() * leaves),
            leaves: Vec::with_capacity(trees.len() * leaves),
        };
        for tree in trees {
            let (from_split, from_leaf) = (padded.splits.len(), padded.leaves.len());
            padded.splits.resize(
                from_split + leaves,
                PaddedSplit {
                    feature: 0,
                    threshold: 0.0,
                },
            );
            padded.leaves.resize(from_leaf + leaves, 0.0);
            place(
                tree,
                0,
                0,
                depth,
                &mut padded.splits[from_split..],
                &mut padded.leaves[from_leaf..],
            );
        }
        Some(padded)
    }

    /// The summed leaves of each row, as the node walk adds them.
    fn margins<R: AsRef<[f32]>>(&self, base: f32, rows: &[R]) -> Vec<f32> {
        match self.depth {
            1 => self.margins_with::<2, R>(base, rows),
            2 => self.margins_with::<4, R>(base, rows),
            3 => self.margins_with::<8, R>(base, rows),
            4 => self.margins_with::<16, R>(base, rows),
            5 => self.margins_with::<32, R>(base, rows),
            6 => self.margins_with::<64, R>(base, rows),
            7 => self.margins_with::<128, R>(base, rows),
            _ => self.margins_with::<256, R>(base, rows),
        }
    }

    /// [`Padded::margins`] for trees of `LEAVES` leaves (`LEAVES - 1` splits and a spare, so that
    /// both have the same power-of-two stride and indices need no bounds checks).
    ///
    /// Rows go [`ROWS_AT_ONCE`] at a time through each group of trees, so that the group is read
    /// from the nearest cache for all of them, where a row at a time streamed the whole forest
    /// (tens of kilobytes) past each row. Within a row, trees are walked [`SIDE_BY_SIDE`] at a
    /// time: each walk is a chain of dependent loads (split, input, compare, next split), so one
    /// walk at a time leaves the processor waiting on memory; independent chains overlap. Each
    /// row's leaves are still added one tree at a time, in order, so the sums are bit for bit the
    /// node walk's.
    fn margins_with<const LEAVES: usize, R: AsRef<[f32]>>(
        &self,
        base: f32,
        rows: &[R],
    ) -> Vec<f32> {
        debug_assert_eq!(LEAVES, 1 << self.depth);
        let mut margins = Vec::with_capacity(rows.len());
        let mut tables: Vec<Inputs> = (0..ROWS_AT_ONCE.min(rows.len()))
            .map(|_| Inputs::default())
            .collect();
        let group = SIDE_BY_SIDE * LEAVES;
        let whole = self.splits.len() / group * group;
        for batch in rows.chunks(ROWS_AT_ONCE) {
            for (table, row) in tables.iter_mut().zip(batch) {
                table.set(row.as_ref());
            }
            let tables = &tables[..batch.len()];
            let mut sums = [base; ROWS_AT_ONCE];
            for (splits, leaves) in self.splits[..whole]
                .chunks_exact(group)
                .zip(self.leaves[..whole].chunks_exact(group))
            {
                let (Ok(splits), Ok(leaves)) = (
                    <&[[PaddedSplit; LEAVES]; SIDE_BY_SIDE]>::try_from(
                        splits.as_chunks::<LEAVES>().0,
                    ),
                    <&[[f32; LEAVES]; SIDE_BY_SIDE]>::try_from(leaves.as_chunks::<LEAVES>().0),
                ) else {
                    continue;
                };
                for (sum, inputs) in sums.iter_mut().zip(tables) {
                    let inputs = &inputs.table;
                    let mut k = [0usize; SIDE_BY_SIDE];
                    for _ in 0..LEAVES.trailing_zeros() {
                        for t in 0..SIDE_BY_SIDE {
                            k[t] = step(&splits[t], inputs, k[t]);
                        }
                    }
                    for t in 0..SIDE_BY_SIDE {
                        *sum += leaves[t][(k[t] - (LEAVES - 1)) & (LEAVES - 1)];
                    }
                }
            }
            for (splits, leaves) in self.splits[whole..]
                .chunks_exact(LEAVES)
                .zip(self.leaves[whole..].chunks_exact(LEAVES))
            {
                let (Ok(splits), Ok(leaves)) = (
                    <&[PaddedSplit; LEAVES]>::try_from(splits),
                    <&[f32; LEAVES]>::try_from(leaves),
                ) else {
                    continue;
                };
                for (sum, inputs) in sums.iter_mut().zip(tables) {
                    let mut k = 0;
                    for _ in 0..LEAVES.trailing_zeros() {
                        k = step(splits, &inputs.table, k);
                    }
                    *sum += leaves[(k - (LEAVES - 1)) & (LEAVES - 1)];
                }
            }
            margins.extend_from_slice(&sums[..batch.len()]);
        }
        margins
    }
}

/// A row in a table as long as a split can index, zeros past its end (a node walk reads 0
/// there too): reading it needs no bounds check.
struct Inputs {
    table: [f32; 1 << u8::BITS],
    /// How much of the table the last row filled.
    len: usize,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            table: [0.0; 1 << u8::BITS],
            len: 0,
        }
    }
}

impl Inputs {
    /// The table holding `row`: what a longer row before it left past its end is cleared.
    fn set(&mut self, row: &[f32]) {
        let n = row.len().min(self.table.len());
        self.table[..n].copy_from_slice(&row[..n]);
        if self.len > n {
            self.table[n..self.len].fill(0.0);
        }
        self.len = n;
    }
}

/// Rows walked through each group of trees before the next group: enough that a group's splits
/// and leaves are read from the nearest cache for most of them.
const ROWS_AT_ONCE: usize = 16;

/// Trees walked at once. On the 181 news pages (`eval --repeat 10`, median per page): one at a
/// time HTML 1.54 ms and pasted 0.98 ms, four 1.42 and 0.76, eight 1.27–1.31 and 0.71–0.74 (eight
/// walks' positions still fit in registers).
const SIDE_BY_SIDE: usize = 8;

/// One step down a padded tree from split `k`: left (`2k + 1`) when the input is below the
/// threshold, else right (`2k + 2`), as in the node walk.
#[inline(always)]
fn step<const LEAVES: usize>(
    splits: &[PaddedSplit; LEAVES],
    inputs: &[f32; 1 << u8::BITS],
    k: usize,
) -> usize {
    let split = splits[k & (LEAVES - 1)];
    let v = inputs[usize::from(split.feature)];
    // "Not less" on purpose, so that a NaN goes right (one `setbe`; the forms clippy suggests
    // compile to more instructions).
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    let right = !(v < split.threshold);
    2 * k + 1 + usize::from(right)
}

/// The depth of the subtree at `at` (`level` splits below the root), or `None` when it is not a
/// tree or cannot be padded.
fn tree_depth(tree: &[Node], at: usize, level: usize, seen: &mut [bool]) -> Option<usize> {
    if level > MAX_PADDED_DEPTH || *seen.get(at)? {
        return None;
    }
    seen[at] = true;
    match tree[at] {
        Node::Leaf(_) => Some(level),
        // A padded split names its input in a byte.
        Node::Split(feature, ..) if u8::try_from(feature).is_err() => None,
        Node::Split(_, _, left, right) => Some(
            tree_depth(tree, left as usize, level + 1, seen)?.max(tree_depth(
                tree,
                right as usize,
                level + 1,
                seen,
            )?),
        ),
    }
}

/// Writes the subtree at node `at` into slot `slot` of a padded tree `depth` deep and below it.
fn place(
    tree: &[Node],
    at: usize,
    slot: usize,
    depth: usize,
    splits: &mut [PaddedSplit],
    leaves: &mut [f32],
) {
    let inner = (1 << depth) - 1;
    if slot >= inner {
        if let Node::Leaf(v) = tree[at] {
            leaves[slot - inner] = v;
        }
        return;
    }
    let (left, right) = match tree[at] {
        // A leaf above the bottom: both ways lead to it (the split stays a dummy).
        Node::Leaf(_) => (at, at),
        Node::Split(feature, threshold, left, right) => {
            splits[slot] = PaddedSplit {
                feature: u8::try_from(feature).unwrap_or(u8::MAX),
                threshold,
            };
            (left as usize, right as usize)
        }
    };
    place(tree, left, 2 * slot + 1, depth, splits, leaves);
    place(tree, right, 2 * slot + 2, depth, splits, leaves);
}
