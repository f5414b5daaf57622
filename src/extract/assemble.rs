//! The last stage: the page's structure put back on the decided blocks.
//!
//! The segmenter cuts a page into text blocks and every decision (rules, learned model, fields)
//! is made on those; a table's cells and a code listing's lines are decided one by one, like any
//! other text. Here, after the decisions, the blocks get their [`Form`] (heading level, list
//! nesting, code language), the cells of a data table become one table block, the lines of one
//! `<pre>` one code block, and images that stood alone are put back between the blocks around
//! them, kept when the text around them is.

use super::model::{
    Article, Block, CalloutPart, CalloutType, Form, MediaKind, PageKind, Reason, Role, TableCell,
};
use super::util::normalise::shows_anything;

/// What the HTML segmenter saw of the page's structure: one [`Shape`] per block (same indices as
/// the blocks) and the images that stood alone.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub shapes: Vec<Shape>,
    pub figures: Vec<Figure>,
    /// Pasted text: whether each line was copied set off as a heading is (see
    /// [`super::text::stands_apart`]). Empty for HTML and Markdown.
    pub set_off: Vec<bool>,
}

/// One block's place in the page's structure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    pub form: Form,
    /// The table cell the block is in (its innermost table).
    pub cell: Option<CellAt>,
    /// The `<pre>` element the block is in: blocks of one `<pre>` are one code block.
    pub pre: Option<u32>,
    /// How deep in callout boxes a heading, list item, code line or data table stands (0
    /// outside one): it is written inside the box's quote. A table cell's is its table's.
    pub in_callout: u8,
    /// The box this block is the first line of, when that line is a list item, code or a
    /// table (see [`Block::opens_callout`]).
    pub opens_callout: Option<CalloutType>,
    /// How deep in plain quotes a heading, list item or code line stands (see
    /// [`Block::in_quote`]).
    pub in_quote: u8,
    /// Most of the block's text is inside an element the page marks as an author's (a forum
    /// post's username, `itemprop="author"`): on a thread, the name heading each post.
    pub post_author: bool,
    /// Some of the block's text is inside such an element: a post's header line that gives the
    /// name, the date and the post's number together ("Ann January 28, 2024, 4:31pm 2").
    pub names_post_author: bool,
    /// The block is inside an element the page marks as a member's signature (`signature`,
    /// `sig`): on a thread, the lines a member's every post ends with.
    pub signature: bool,
    /// The block is a definition list's term (`<dt>`: `Some(true)`) or description (`<dd>`:
    /// `Some(false)`), outside any other list. The decision reads them as list items; the note
    /// writes the term in bold over its description, each a paragraph.
    pub definition: Option<bool>,
}

/// A block's cell: which table (its element), row and column, and whether it is a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellAt {
    pub table: u32,
    pub row: u32,
    pub col: u32,
    pub header: bool,
    pub colspan: u16,
    pub rowspan: u16,
}

/// An image with no text beside it in its block, standing before block `before`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub before: usize,
    pub src: String,
    pub alt: String,
    /// The address of the link around the image, if the page put one there.
    pub link: Option<String>,
    pub kind: FigureKind,
}

/// What a [`Figure`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Picture,
    /// A video, a recording or a player (`src` is what it plays).
    Media(MediaKind),
    /// A thematic break (`<hr>`): no address, no text.
    Rule,
}

/// A table whose cells hold more text than this on average is a page laid out with a table, not
/// a table of data.
const DATA_CELL_MEAN_MAX_CHARS: usize = 160;
const DATA_CELL_MAX_CHARS: usize = 600;
/// A data table is at most this wide (a hostile `colspan` cannot make a grid of millions).
const DATA_TABLE_MAX_COLUMNS: u32 = 64;
/// A data table's cell holds at most this many blocks (a name, a price and a shop).
const DATA_CELL_MAX_BLOCKS: usize = 3;
/// ... or this many, in a table whose first row is header cells (`<th>`): a reference table's
/// cell may list its values or hold a few short paragraphs, and pages lay themselves out with
/// tables of plain cells, not headed ones.
const HEADED_CELL_MAX_BLOCKS: usize = 8;

/// Puts the structure back on the article's blocks (see the module's comment). When the
/// structure does not match the blocks (text input has none), only the numbers the text typed
/// make lists.
pub fn apply(article: &mut Article, structure: Structure) {
    if structure.shapes.len() != article.blocks.len() {
        if article.format == super::model::Format::Text {
            write_headings_not_set_off_as_text(&mut article.blocks, &structure.set_off);
            tables_from_tabbed_lines(&mut article.blocks);
            number_typed_lists(&mut article.blocks);
        }
        return;
    }
    // Copies of a picture and empty paragraphs are a web page's doing; a Markdown document's
    // are its author's, and re-opening a saved note must give it back as it was.
    let from_a_page = article.format != super::model::Format::Markdown;
    let blocks = std::mem::take(&mut article.blocks);
    let n = blocks.len();
    let shapes = structure.shapes;
    let data_tables = data_tables(&blocks, &shapes);
    let mut figures = structure.figures.into_iter().peekable();
    let item_of = items_of(&shapes);
    // The list items (by their first block) something of which is kept so far.
    let mut items_kept: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut out: Vec<Block> = Vec::with_capacity(n);
    // Old index → new index, for the "duplicate of block N" reasons.
    let mut new_index = vec![0usize; n];
    let mut pending: Vec<(usize, Block)> = blocks.into_iter().enumerate().collect();
    pending.reverse();
    while let Some((i, mut block)) = pending.pop() {
        while let Some(figure) = figures.next_if(|f| f.before <= i) {
            out.push(image_block(figure));
        }
        let shape = &shapes[i];
        new_index[i] = out.len();
        if let Some(pre) = shape.pre {
            let mut group = vec![block];
            while let Some((j, _)) = pending.last() {
                if shapes[*j].pre != Some(pre) || figures.peek().is_some_and(|f| f.before <= *j) {
                    break;
                }
                let (j, next) = pending.pop().expect("peeked");
                new_index[j] = out.len();
                group.push(next);
            }
            drop_line_numbers(&mut group);
            drop_language_label(&mut group, &shape.form);
            let mut code = merged(&group, shape.form.clone(), "\n", None, 2);
            if shape.cell.is_none() {
                code.in_callout = shape.in_callout;
                code.opens_callout = shape.opens_callout.clone();
                code.in_quote = shape.in_quote;
            }
            out.push(code);
            continue;
        }
        // A paragraph of nothing a browser shows (a spacer holding only a zero-width joiner, as
        // some site builders write between paragraphs) is no block of the note: it wrote an empty
        // paragraph, 97 of them on one WCXB page. A table's cell keeps its place in its row; a
        // Markdown document (a note opened again) keeps what it holds.
        if from_a_page
            && shape.cell.is_none()
            && matches!(shape.form, Form::Plain)
            && !shows_anything(&block.text)
        {
            continue;
        }
        if let Form::Footnote { label } = &shape.form {
            // A note's paragraphs make one definition.
            let mut group = vec![block];
            while let Some((j, _)) = pending.last() {
                if !matches!(&shapes[*j].form, Form::Footnote { label: l } if l == label)
                    || figures.peek().is_some_and(|f| f.before <= *j)
                {
                    break;
                }
                let (j, next) = pending.pop().expect("peeked");
                new_index[j] = out.len();
                group.push(next);
            }
            // A block that held only the note's label (dropped) adds no space.
            let markdown = group
                .iter()
                .map(Block::inline_markdown)
                .filter(|m| !m.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let markdown = without_label(&markdown, label).to_string();
            let mut note = merged(&group, shape.form.clone(), " ", Some(markdown), 2);
            // The block list and an edit show the note's text as the note writes it.
            note.text = without_label(&note.text, label).to_string();
            note.keep = group.iter().any(|b| b.keep);
            out.push(note);
            continue;
        }
        if let Some(cell) = shape.cell
            && data_tables.contains(&cell.table)
        {
            let mut group = vec![(cell, block)];
            while let Some((j, _)) = pending.last() {
                if shapes[*j].cell.is_none_or(|c| c.table != cell.table) {
                    break;
                }
                let (j, next) = pending.pop().expect("peeked");
                new_index[j] = out.len();
                group.push((shapes[j].cell.expect("checked"), next));
            }
            let mut table = table_block(group);
            table.in_callout = shape.in_callout;
            table.opens_callout = shape.opens_callout.clone();
            out.push(table);
            continue;
        }
        // A kept block is what the page made it: a heading the rules took for a paragraph or
        // page furniture, and the learned decision kept, is a heading.
        if block.keep && matches!(block.role, Role::Boilerplate | Role::Paragraph) {
            match shape.form {
                Form::Heading { .. } => block.role = Role::Heading,
                Form::ListItem { .. } => block.role = Role::ListItem,
                Form::Quote { .. } => block.role = Role::Quote,
                _ => {}
            }
        }
        // A definition list's term and description are a bold line and the paragraph under it,
        // not two bullets of one list (`- Latency`, `- The time a request takes…` read as
        // peers). Obsidian has no definition lists; the decision read them as list items.
        if let Some(term) = shape.definition
            && block.role == Role::ListItem
            && matches!(shape.form, Form::Plain)
        {
            block.role = Role::Paragraph;
            if term {
                embolden(&mut block);
            }
        }
        // A callout box inside a list item: its lines are the box's, not more of the list.
        if block.role == Role::ListItem
            && matches!(
                shape.form,
                Form::Quote {
                    callout: Some(_),
                    ..
                }
            )
        {
            block.role = Role::Quote;
        }
        // A callout box's title written as a heading on the page is the box's first line.
        if block.keep
            && block.role == Role::Heading
            && matches!(
                shape.form,
                Form::Quote {
                    callout: Some(CalloutPart::Title { .. }),
                    ..
                }
            )
        {
            block.role = Role::Quote;
        }
        if !matches!(shape.form, Form::Plain) && form_fits_role(&shape.form, block.role) {
            block.form = shape.form.clone();
            // An item's further paragraph opens the item in the note when nothing of the item
            // before it is kept (a thread's reply whose header line, its poster and votes, was
            // trimmed): written under the item above, it read as that item's text.
            if let (Form::ListItem { continues, .. }, Some(first)) = (&mut block.form, item_of[i])
                && *continues
                && block.keep
                && !items_kept.contains(&first)
            {
                *continues = false;
            }
        }
        if block.keep
            && let Some(first) = item_of[i]
        {
            items_kept.insert(first);
        }
        // A cell of a table laid out for the page is a paragraph of its own, not the table.
        if shape.cell.is_none() {
            block.in_callout = shape.in_callout;
            block.opens_callout = shape.opens_callout.clone();
            block.in_quote = shape.in_quote;
        }
        match numbered_lines(&block) {
            Some(lines) => out.extend(lines),
            None => out.push(block),
        }
    }
    out.extend(figures.map(image_block));
    keep_sandwiched(&mut out);
    number_typed_lists(&mut out);
    // Product and service pages' notes are legal small print, not an author's footnotes.
    let kept_notes = matches!(
        article.kind,
        PageKind::Article | PageKind::Forum | PageKind::Documentation
    );
    keep_referenced_notes(&mut out, kept_notes);
    renumber_duplicates(&mut out, &new_index);
    if from_a_page {
        trim_placeholder_copies(&mut out);
        trim_repeated_pictures(&mut out);
    }
    article.blocks = out;
}

/// `block` written in bold, unless it holds bold already (a term whose words the page set in
/// `<strong>`) or is empty.
fn embolden(block: &mut Block) {
    let inner = block.inline_markdown();
    let inner = inner.trim();
    if inner.is_empty() || inner.contains("**") || inner.contains('\n') {
        return;
    }
    block.markdown = Some(format!("**{inner}**"));
}

/// A paragraph whose lines (`<br>` apart) end in steps the page numbered, counting up by one
/// ("Key principles:", "1. Safety…", "2. Efficiency…"), as one block for its lead line (if
/// any) and one for each step, so that [`number_typed_lists`] makes a list of the steps. Each
/// keeps the paragraph's decision and reason. `None` for any other block.
fn numbered_lines(block: &Block) -> Option<Vec<Block>> {
    if block.role != Role::Paragraph || !block.form.is_plain() || !block.text.contains('\n') {
        return None;
    }
    let lines: Vec<&str> = block.text.split('\n').collect();
    // The Markdown twin's lines are the text's, hard breaks apart; when they do not line up
    // (a break inside a link), the paragraph stays whole.
    let marked: Option<Vec<&str>> = match &block.markdown {
        Some(markdown) => {
            let marked: Vec<&str> = markdown.split('\n').map(str::trim_end).collect();
            if marked.len() != lines.len() {
                return None;
            }
            Some(marked)
        }
        None => None,
    };
    let first = lines
        .iter()
        .position(|line| super::markdown::typed_number(line).is_some())?;
    let numbers: Vec<u32> = lines[first..]
        .iter()
        .map(|line| super::markdown::typed_number(line).map(|(n, _)| n))
        .collect::<Option<_>>()?;
    // A list after a lead line must start at 1 (CommonMark lets only a "1." end a paragraph).
    let counts_up = numbers.windows(2).all(|w| w[1] == w[0] + 1);
    if numbers.len() < 2 || !counts_up || first > 0 && numbers[0] != 1 {
        return None;
    }
    let piece = |from: usize, to: usize| Block {
        text: lines[from..to].join("\n"),
        markdown: marked.as_ref().map(|m| m[from..to].join("  \n")),
        ..block.clone()
    };
    let mut pieces = Vec::with_capacity(lines.len() - first + 1);
    if first > 0 {
        pieces.push(piece(0, first));
    }
    pieces.extend((first..lines.len()).map(|i| piece(i, i + 1)));
    Some(pieces)
}

/// Paragraphs or bullets that each start with a number the page typed, counting up by one
/// (a how-to's "1. Connect…", "2. Once…" with a paragraph or a picture between; a reference
/// list drawn as bullets with a "1." label in each), are a numbered list: written as one, with
/// the page's numbers, where the typed label would otherwise show escaped ("1\. Connect…").
/// A lone numbered paragraph stays a paragraph. The text keeps the label (it is what the page
/// shows); only the Markdown moves it into the list marker.
fn number_typed_lists(blocks: &mut [Block]) {
    let candidates: Vec<(usize, u32, usize)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            b.edited.is_none()
                && (b.role == Role::Paragraph && b.form.is_plain()
                    || b.role == Role::ListItem
                        && matches!(b.form, Form::Plain | Form::ListItem { ordered: false, .. }))
        })
        .filter_map(|(i, b)| {
            let (number, label) = super::markdown::typed_number(&b.text)?;
            // The Markdown must start with the same label, not inside a link or emphasis.
            let markdown = b.markdown.as_deref().unwrap_or(&b.text);
            (markdown.get(..label) == b.text.get(..label)).then_some((i, number, label))
        })
        .collect();
    for (at, &(i, number, label)) in candidates.iter().enumerate() {
        let follows = at > 0 && candidates[at - 1].1 + 1 == number;
        let followed = candidates
            .get(at + 1)
            .is_some_and(|next| next.1 == number + 1);
        if !(follows || followed) {
            continue;
        }
        let block = &mut blocks[i];
        let depth = block.list_depth().unwrap_or(1);
        block.markdown = Some(match &block.markdown {
            Some(markdown) => markdown[label..].to_string(),
            None => super::markdown::escaped(&block.text[label..]),
        });
        block.role = Role::ListItem;
        block.form = Form::ListItem {
            ordered: true,
            depth,
            number,
            continues: false,
        };
    }
}

/// Pasted text: a line the decisions read as a heading (short, above prose) but that was not
/// copied set off as one is a list's item, a box's line or a table's row, and is written as
/// text. Its keep decision stands.
fn write_headings_not_set_off_as_text(blocks: &mut [Block], set_off: &[bool]) {
    if set_off.len() != blocks.len() {
        return;
    }
    for (block, &set_off) in blocks.iter_mut().zip(set_off) {
        if block.role == Role::Heading && !set_off && block.form.is_plain() {
            block.role = Role::Paragraph;
            if block.reason == Reason::ArticleHeading {
                block.reason = Reason::ArticleText;
            }
        }
    }
}

/// Pasted text: consecutive lines with tabs between their words are a table's rows, as a
/// browser copies them (a cell's text, a tab, the next cell's), and become one table block, kept
/// when half its text was (as an HTML table's cells are). A line with a tab alone stays text.
/// Lines the person edited, or read as a field, are left as they are. The "duplicate of block
/// N" reasons are renumbered.
fn tables_from_tabbed_lines(blocks: &mut Vec<Block>) {
    let is_row = |b: &Block| {
        b.text.contains('\t')
            && b.edited.is_none()
            && b.form.is_plain()
            && !matches!(b.reason, Reason::UsedAsField { .. })
    };
    if blocks.iter().filter(|b| is_row(b)).nth(1).is_none() {
        return;
    }
    let old = std::mem::take(blocks);
    let mut new_index = Vec::with_capacity(old.len());
    let mut pending = old.into_iter().peekable();
    while let Some(block) = pending.next() {
        new_index.push(blocks.len());
        if !is_row(&block) || !pending.peek().is_some_and(is_row) {
            blocks.push(block);
            continue;
        }
        let mut group = vec![block];
        while let Some(next) = pending.next_if(is_row) {
            new_index.push(blocks.len());
            group.push(next);
        }
        let mut rows: Vec<Vec<TableCell>> = group
            .iter()
            .map(|row| {
                row.text
                    .split('\t')
                    .map(|cell| TableCell {
                        text: cell.trim().to_string(),
                        markdown: super::markdown::escaped(cell.trim()),
                        ..TableCell::default_one()
                    })
                    .collect()
            })
            .collect();
        // A header row over a column of labels starts with an empty corner cell, whose tab
        // went with the line's leading white space: the row is one cell short at its start.
        let width = rows.iter().skip(1).map(Vec::len).max().unwrap_or(0);
        if rows.len() > 1 && rows[0].len() + 1 == width {
            rows[0].insert(0, TableCell::default_one());
        }
        let mut table = merged(&group, Form::Plain, "\n", None, TABLE_KEPT_SHARE);
        table.role = Role::Paragraph;
        table.form = Form::Table { rows };
        blocks.push(table);
    }
    renumber_duplicates(blocks, &new_index);
}

/// For each block of a list item on the page, the index of its item's first block: a further
/// paragraph (`continues`) belongs to the nearest item above it at its depth, past any items
/// nested in that one. A heading ends the lists above it.
fn items_of(shapes: &[Shape]) -> Vec<Option<usize>> {
    // The items open at each depth, outermost first: (depth, first block).
    let mut open: Vec<(u8, usize)> = Vec::new();
    shapes
        .iter()
        .enumerate()
        .map(|(i, shape)| match shape.form {
            Form::ListItem {
                depth, continues, ..
            } => {
                let depth = depth.max(1);
                if continues {
                    open.retain(|&(d, _)| d <= depth);
                    open.last()
                        .filter(|&&(d, _)| d == depth)
                        .map(|&(_, first)| first)
                } else {
                    open.retain(|&(d, _)| d < depth);
                    open.push((depth, i));
                    Some(i)
                }
            }
            Form::Heading { .. } => {
                open.clear();
                None
            }
            _ => None,
        })
        .collect()
}

/// Points each "duplicate of block N" reason at where block N went (`new_index[N]`) after
/// blocks were merged.
fn renumber_duplicates(blocks: &mut [Block], new_index: &[usize]) {
    for block in blocks {
        if let Reason::DuplicateOf { of } = &mut block.reason
            && let Some(&to) = new_index.get(*of)
        {
            *of = to;
        }
    }
}

/// A lazy-loading page shows a small placeholder and then the image itself (in `<noscript>` or
/// a second `<img>`): the same file at another size, next to each other. The first is trimmed as
/// a copy of the second, which gets its alt text if it has none. Images with other file names,
/// or the same name in folders that differ in more than one place, are different images.
/// A gallery's lightbox shows a thumbnail linked to the full-size file and then that file again
/// for its overlay: the second is trimmed as a copy of the linked first.
fn trim_placeholder_copies(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let (before, after) = blocks.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &mut after[0]);
        if !(first.keep && second.keep) {
            continue;
        }
        let (Form::Image { src: a, link, .. }, Form::Image { src: b, .. }) =
            (&first.form, &second.form)
        else {
            continue;
        };
        if link.as_deref().map(String::as_str) == Some(b.as_str()) {
            second.keep = false;
            second.role = Role::Boilerplate;
            second.reason = Reason::DuplicateOf { of: i - 1 };
            continue;
        }
        if a == b || !same_file_at_another_size(a, b) {
            continue;
        }
        // Where the names say the sizes, the larger stays ("-large" over "-small", the
        // original's plain name over its "-300x200" copy); else the second, the image itself.
        if named_size(a) > named_size(b) {
            trim_as_copy(second, first, i - 1);
        } else {
            trim_as_copy(first, second, i);
        }
    }
}

/// Trims `copy` as a copy of the picture `shown` (block `of`), which takes the copy's alt text
/// when it has none.
fn trim_as_copy(copy: &mut Block, shown: &mut Block, of: usize) {
    if let (Form::Image { alt: from, .. }, Form::Image { alt: to, .. }) =
        (&copy.form, &mut shown.form)
        && to.trim().is_empty()
    {
        to.clone_from(from);
    }
    copy.keep = false;
    copy.role = Role::Boilerplate;
    copy.reason = Reason::DuplicateOf { of };
}

/// The size an image's file name tells, for choosing between two copies of one picture: a
/// plain name (no size in it) is the original, larger than any named size; 0 when the address
/// names no picture file.
fn named_size(address: &str) -> u32 {
    let path = address.split(['?', '#']).next().unwrap_or(address);
    let file = path.rsplit('/').next().unwrap_or(path);
    match picture_name(file) {
        Some((_, 0)) => u32::MAX,
        Some((_, size)) => size,
        None => 0,
    }
}

/// Blocks looked back over for an earlier copy of a picture (see [`trim_repeated_pictures`]).
const REPEATED_PICTURE_LOOKBACK: usize = 12;

/// A picture shown again with no text kept between the two (only headings, other pictures and
/// trimmed blocks): a lazy-loading page's `<noscript>` copy of the image it loads, a carousel's
/// slides cloned for its loop, a header's picture repeated as the article's first figure. The
/// earlier copy is trimmed as a copy of the later one, which stands where the page's text goes
/// on from (beside its caption); it gives the later one its alt text if that has none. Text
/// between the two (a paragraph, an item, a table) makes the repeat the author's, and both stay.
fn trim_repeated_pictures(blocks: &mut [Block]) {
    for j in 1..blocks.len() {
        let Form::Image { src, .. } = &blocks[j].form else {
            continue;
        };
        if !blocks[j].keep {
            continue;
        }
        let earlier = (j.saturating_sub(REPEATED_PICTURE_LOOKBACK)..j)
            .rev()
            .take_while(|&i| {
                let b = &blocks[i];
                !b.keep || b.role == Role::Heading || matches!(b.form, Form::Image { .. })
            })
            .find(|&i| {
                blocks[i].keep
                    && matches!(&blocks[i].form, Form::Image { src: other, .. } if other == src)
            });
        let Some(i) = earlier else {
            continue;
        };
        let (before, after) = blocks.split_at_mut(j);
        trim_as_copy(&mut before[i], &mut after[0], j);
    }
}

/// Drops a code block's line numbers when each line's number is an element of its own before
/// the line (`<div><span>1</span><div>code</div></div>` per line, as some highlighters lay out
/// a gutter): the `<pre>`'s blocks then alternate a number, counting up by one, and a line.
/// A code listing's first element naming only its language (a highlighter's header showing
/// "bash" above the code, its copy button already left out) is a label, not the first line of
/// the code: the fence names the language.
fn drop_language_label(group: &mut Vec<Block>, form: &Form) {
    let Form::Code {
        language: Some(language),
        ..
    } = form
    else {
        return;
    };
    if group.len() > 1 && group[0].text.trim().eq_ignore_ascii_case(language) {
        group.remove(0);
    }
}

/// Numbers inside a line's own text are the code's and stay.
fn drop_line_numbers(group: &mut Vec<Block>) {
    let number = |b: &Block| b.text.trim().parse::<u64>().ok();
    let Some(mut next) = group.first().and_then(number) else {
        return;
    };
    // Which blocks are the gutter's numbers: each counts up by one from the first, and every
    // other block follows one (a number followed by the next is an empty line).
    let mut is_number = Vec::with_capacity(group.len());
    let mut after_number = false;
    for block in group.iter() {
        if number(block) == Some(next) {
            next = next.saturating_add(1);
            is_number.push(true);
            after_number = true;
        } else if after_number {
            is_number.push(false);
            after_number = false;
        } else {
            return;
        }
    }
    let numbers = is_number.iter().filter(|n| **n).count();
    if numbers < 2 || numbers == group.len() {
        return;
    }
    // A number followed by the next one stood beside an empty line: the line stays, empty.
    for (k, block) in group.iter_mut().enumerate() {
        if is_number[k] && is_number.get(k + 1) == Some(&true) {
            block.text.clear();
            block.markdown = None;
            is_number[k] = false;
        }
    }
    let mut k = 0;
    group.retain(|_| {
        k += 1;
        !is_number[k - 1]
    });
}

/// Whether two image addresses name the same file on the same host, their folders differing in
/// at most one part ("…/max/60/1*x.png?q=20" and "…/max/3788/1*x.png"), or the same picture
/// saved at two sizes in one folder, the file names differing only in words and numbers of size
/// and in the format ("photo-large.webp" and "photo-small.jpg", "chart-300x200.png" and
/// "chart.png").
fn same_file_at_another_size(a: &str, b: &str) -> bool {
    let parts = |u: &str| -> Vec<String> {
        let u = u.split(['?', '#']).next().unwrap_or(u);
        u.split('/').map(str::to_string).collect()
    };
    let (pa, pb) = (parts(a), parts(b));
    let (Some(name_a), Some(name_b)) = (pa.last(), pb.last()) else {
        return false;
    };
    if !name_a.contains('.') || !name_b.contains('.') || pa.len() != pb.len() {
        return false;
    }
    if name_a != name_b {
        let same_folder = pa[..pa.len() - 1] == pb[..pb.len() - 1];
        return same_folder
            && picture_name(name_a).is_some_and(|(stem, _)| {
                picture_name(name_b).is_some_and(|(other, _)| stem == other)
            });
    }
    pa.iter().zip(&pb).filter(|(x, y)| x != y).count() <= 1
}

/// A picture file's name without what tells its size ("large", "thumb", "300x200", "2x",
/// "1024w") or its format, and the size it names (0 when it names none): `None` when nothing
/// else is left, or the name is not a picture's.
fn picture_name(file: &str) -> Option<(String, u32)> {
    let (stem, extension) = file.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    if !["jpg", "jpeg", "png", "webp", "gif", "avif"].contains(&extension.as_str()) {
        return None;
    }
    let stem = stem.to_ascii_lowercase();
    let mut size = 0;
    let mut kept = Vec::new();
    for token in stem.split(['-', '_', '.', '@']) {
        match size_named(token) {
            Some(named) => size = size.max(named),
            None => kept.push(token),
        }
    }
    let kept = kept.join("-");
    kept.chars()
        .any(|c| c.is_alphanumeric())
        .then_some((kept, size))
}

/// The size a part of a file name names, in rough pixels, if it names one: a word ("small",
/// "large", "thumb"), a width and height ("300x200"), a width ("1024w", "w1024", "640px") or a
/// density ("2x").
fn size_named(token: &str) -> Option<u32> {
    let word = match token {
        "thumb" | "thumbnail" | "mini" | "tiny" | "xs" | "sm" | "small" => Some(150),
        "md" | "medium" | "mid" | "preview" => Some(600),
        "lg" | "large" | "big" | "xl" => Some(1200),
        "xxl" | "full" | "fullsize" | "original" | "orig" | "hires" | "highres" | "hd"
        | "retina" => Some(2400),
        _ => None,
    };
    if word.is_some() {
        return word;
    }
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    if let Some((width, height)) = token.split_once('x') {
        return match (number(width), number(height)) {
            (Some(w), Some(h)) => Some(w.max(h)),
            (Some(density), None) if height.is_empty() && density <= 4 => Some(density * 1000),
            (None, Some(h)) if width.is_empty() => Some(h),
            _ => None,
        };
    }
    token
        .strip_suffix("px")
        .or_else(|| token.strip_suffix('w'))
        .or_else(|| token.strip_prefix('w'))
        .and_then(number)
}

/// A form only replaces the role's own marker when both say the same thing: a heading the rules
/// took for the title keeps its field role and no `#`.
fn form_fits_role(form: &Form, role: Role) -> bool {
    match form {
        Form::Heading { .. } => role == Role::Heading,
        Form::ListItem { .. } => role == Role::ListItem,
        Form::Quote { .. } => role == Role::Quote,
        Form::Footnote { .. } | Form::Verbatim { .. } => role.is_body(),
        _ => role.is_body(),
    }
}

/// Tables whose every block is one cell of short text, each in its own cell, with at least two
/// cells: tables of data rather than of layout.
fn data_tables(blocks: &[Block], shapes: &[Shape]) -> Vec<u32> {
    let mut tables: Vec<u32> = shapes
        .iter()
        .filter_map(|s| s.cell.map(|c| c.table))
        .collect();
    tables.sort_unstable();
    tables.dedup();
    tables.retain(|&table| {
        let members: Vec<usize> = (0..shapes.len())
            .filter(|&i| shapes[i].cell.is_some_and(|c| c.table == table))
            .collect();
        let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
            return false;
        };
        // Contiguous: nothing of another table or outside the cells in between.
        if last - first + 1 != members.len() || members.len() < 2 {
            return false;
        }
        let top_row = shapes[first].cell.map_or(0, |c| c.row);
        let headed = members
            .iter()
            .filter_map(|&i| shapes[i].cell)
            .take_while(|c| c.row == top_row)
            .all(|c| c.header);
        let max_blocks = if headed {
            HEADED_CELL_MAX_BLOCKS
        } else {
            DATA_CELL_MAX_BLOCKS
        };
        let mut seen = std::collections::HashSet::new();
        let mut chars = 0;
        let mut cells = 0;
        // A cell may hold a few short blocks (a product's name over its price, each in its
        // own `<div>`): they follow one another and read as one cell.
        let mut current: Option<(u32, u32)> = None;
        let (mut cell_chars, mut cell_blocks) = (0, 0);
        for &i in &members {
            let cell = shapes[i].cell.expect("member");
            let len = blocks[i].text.chars().count();
            chars += len;
            if current == Some((cell.row, cell.col)) {
                cell_chars += len;
                cell_blocks += 1;
            } else {
                if !seen.insert((cell.row, cell.col)) {
                    return false;
                }
                current = Some((cell.row, cell.col));
                (cell_chars, cell_blocks) = (len, 1);
                cells += 1;
            }
            if cell.col + u32::from(cell.colspan) > DATA_TABLE_MAX_COLUMNS
                || cell_chars > DATA_CELL_MAX_CHARS
                || cell_blocks > max_blocks
                || shapes[i].pre.is_some()
                || !matches!(blocks[i].role, Role::Paragraph | Role::Boilerplate)
                    && !blocks[i].role.is_body()
            {
                return false;
            }
        }
        cells >= 2 && chars / cells <= DATA_CELL_MEAN_MAX_CHARS
    });
    tables
}

/// Blocks merged into one: kept when at least one `kept_share`th of their text was (2: half),
/// with the reason of that side.
fn merged(
    group: &[Block],
    form: Form,
    joiner: &str,
    markdown: Option<String>,
    kept_share: usize,
) -> Block {
    let total: usize = group.iter().map(|b| b.text.len()).sum();
    let kept: usize = group.iter().filter(|b| b.keep).map(|b| b.text.len()).sum();
    let keep = kept * kept_share >= total.max(1);
    let first = group
        .iter()
        .find(|b| b.keep == keep)
        .unwrap_or(&group[0])
        .clone();
    let text = group
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(joiner);
    Block {
        text,
        role: if first.role.is_body() {
            first.role
        } else {
            Role::Paragraph
        },
        keep,
        reason: first.reason,
        markdown,
        form,
        edited: None,
        in_callout: 0,
        opens_callout: None,
        in_quote: 0,
    }
}

/// A table is kept when half of its text was: its cells were decided one by one, and short
/// cells look like menus to the text decisions. (A quarter keeps more tables the page shows
/// beside its article: on WCXB's HTML pages two lost, a listing 0.66 -> 0.34, none gained.)
const TABLE_KEPT_SHARE: usize = 2;

fn table_block(cells: Vec<(CellAt, Block)>) -> Block {
    let rows_n = cells.iter().map(|(c, _)| c.row).max().unwrap_or(0) as usize + 1;
    let mut rows: Vec<Vec<TableCell>> = vec![Vec::new(); rows_n];
    let mut last: Option<(u32, u32)> = None;
    for (at, block) in &cells {
        let row = &mut rows[at.row as usize];
        // A further block of the cell before joins it on one line.
        if last == Some((at.row, at.col))
            && let Some(cell) = row.last_mut()
        {
            cell.text.push(' ');
            cell.text.push_str(&block.text);
            cell.markdown.push(' ');
            cell.markdown.push_str(&block.one_line_markdown());
            continue;
        }
        last = Some((at.row, at.col));
        while row.len() < at.col as usize {
            row.push(TableCell::default_one());
        }
        row.push(TableCell {
            text: block.text.clone(),
            markdown: block.one_line_markdown(),
            header: at.header,
            colspan: at.colspan.max(1),
            rowspan: at.rowspan.max(1),
        });
    }
    rows.retain(|r| !r.is_empty());
    let group: Vec<Block> = cells.into_iter().map(|(_, b)| b).collect();
    let mut block = merged(&group, Form::Plain, "\n", None, TABLE_KEPT_SHARE);
    block.role = Role::Paragraph;
    block.form = Form::Table { rows };
    block
}

/// A code block, or Markdown input's table or fenced code.
fn is_structure(block: &Block) -> bool {
    match &block.form {
        Form::Code { .. } | Form::Table { .. } => true,
        Form::Verbatim { .. } => block
            .markdown
            .as_deref()
            .is_some_and(|m| m.starts_with('|') || m.starts_with("```") || m.starts_with("~~~")),
        _ => false,
    }
}

/// A footnote is part of the article when a kept block refers to it. A bare superscript number
/// (`<sup>2</sup>`) refers to a note when the page defines a note with that label.
fn keep_referenced_notes(blocks: &mut [Block], keep_notes: bool) {
    mark_loose_notes(blocks);
    let defined: std::collections::HashSet<String> = blocks
        .iter()
        .filter_map(|b| match &b.form {
            Form::Footnote { label } => Some(label.clone()),
            _ => None,
        })
        .collect();
    if !defined.is_empty() {
        for block in blocks.iter_mut() {
            if let Some(m) = &mut block.markdown
                && m.contains("<sup>")
            {
                for label in &defined {
                    let sup = format!("<sup>{label}</sup>");
                    if m.contains(&sup) {
                        // A code span's "<sup>3</sup>" is the page's text.
                        *m = super::markdown::replace_outside_code_spans(
                            m,
                            &sup,
                            &format!("[^{label}]"),
                        );
                    }
                }
            }
        }
    }
    // References in kept text, and in a kept table's cells.
    let referenced: std::collections::HashSet<String> = blocks
        .iter()
        .filter(|b| b.keep && !matches!(b.form, Form::Footnote { .. }))
        .flat_map(|b| {
            let cells: Vec<&str> = match &b.form {
                Form::Table { rows } => {
                    rows.iter().flatten().map(|c| c.markdown.as_str()).collect()
                }
                _ => Vec::new(),
            };
            b.markdown.as_deref().into_iter().chain(cells)
        })
        .flat_map(|m| m.match_indices("[^").map(move |(at, _)| &m[at + 2..]))
        .filter_map(|rest| rest.find(']').map(|end| rest[..end].to_string()))
        .collect();
    for block in blocks.iter_mut() {
        if let Form::Footnote { label } = &block.form
            && keep_notes
            && !block.keep
            && referenced.contains(label)
        {
            block.keep = true;
            block.reason = Reason::ArticleText;
        }
    }
}

/// A note's text without the number it starts with as text ("1. The note", "\\[1\\] The
/// note"), which the definition's `[^1]:` says already.
fn without_label<'m>(markdown: &'m str, label: &str) -> &'m str {
    // The note's own reference repeated at its start (or its label raised, as a footnote
    // reference still is at this point: `<sup>1</sup>`), or the caret a link back leaves
    // ("^ Smith, D. (2020)…").
    let own = format!("[^{label}]");
    let raised = format!("<sup>{label}</sup>");
    for lead in [own.as_str(), raised.as_str(), "^", "\\^"] {
        if let Some(text) = markdown.strip_prefix(lead)
            && (lead == own || lead == raised || text.starts_with(char::is_whitespace))
            && !text.trim().is_empty()
        {
            return text.trim_start();
        }
    }
    // "1." whose number was a link back, already taken out: the stop is left.
    if let Some(text) = [". ", "\\. ", ") "]
        .iter()
        .find_map(|lead| markdown.strip_prefix(lead))
        .filter(|text| !text.trim().is_empty())
    {
        return text.trim_start();
    }
    // "[1]" whose number was a link back, already taken out: the brackets are left.
    if let Some(text) = markdown
        .strip_prefix("\\[\\]")
        .and_then(|rest| rest.strip_prefix([' ', '\u{a0}']))
        .filter(|text| !text.trim().is_empty())
    {
        return text.trim_start();
    }
    // Escaped in the note's Markdown, as typed in its text ("[2] Smith" in the block list).
    let rest = markdown
        .strip_prefix("\\[")
        .or_else(|| markdown.strip_prefix('['))
        .unwrap_or(markdown);
    let Some(rest) = rest.strip_prefix(label) else {
        return markdown;
    };
    // Only a label closed by a mark and a space: "1990 was" and "2 cups" are text.
    let Some(rest) = ["\\]", "]", "\\.", ".", ")", ":"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return markdown;
    };
    match rest.strip_prefix(char::is_whitespace) {
        Some(text) if !text.trim().is_empty() => text.trim_start(),
        _ => markdown,
    }
}

/// Notes written as paragraphs that start with their number, `<sup>1</sup> The note…` (or a
/// bold `1`), become footnote definitions when the page's text refers to that number with a
/// bare superscript elsewhere.
fn mark_loose_notes(blocks: &mut [Block]) {
    // Cheap test first: most pages have no superscript at all.
    if !blocks
        .iter()
        .any(|b| b.markdown.as_deref().is_some_and(|m| m.contains("<sup>")))
    {
        return;
    }
    let mut loose: Vec<(usize, String, String)> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if block.form != Form::Plain || !block.role.is_body() {
            continue;
        }
        if let Some(m) = &block.markdown
            && let Some((label, rest)) = loose_note(m)
        {
            loose.push((i, label, rest));
        }
    }
    for (i, label, rest) in loose {
        let sup = format!("<sup>{label}</sup>");
        let referenced = blocks.iter().enumerate().any(|(j, b)| {
            j != i
                && b.markdown
                    .as_deref()
                    .and_then(|m| m.find(&sup))
                    .is_some_and(|at| at > 0)
        });
        if referenced {
            blocks[i].markdown = Some(rest);
            blocks[i].form = Form::Footnote { label };
        }
    }
}

/// A paragraph's label and the rest of it, when it starts with a number in a superscript or in
/// bold: `<sup>1</sup> Text`, `**<sup>1</sup> Label:** text`, `**1** Text`.
fn loose_note(markdown: &str) -> Option<(String, String)> {
    let (bold, m) = match markdown.strip_prefix("**") {
        Some(rest) => (true, rest),
        None => (false, markdown),
    };
    let (label, after) = if let Some(rest) = m.strip_prefix("<sup>") {
        let end = rest.find("</sup>")?;
        (&rest[..end], &rest[end + "</sup>".len()..])
    } else if bold {
        let end = m.find("**")?;
        (&m[..end], &m[end..])
    } else {
        return None;
    };
    if label.is_empty() || label.len() > 4 || !label.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let after = after.trim_start();
    let rest = if bold {
        // The bold goes on around what follows the number, if anything.
        match after.strip_prefix("**") {
            Some(plain) => plain.trim_start().to_string(),
            None => format!("**{after}"),
        }
    } else {
        after.to_string()
    };
    (!rest.trim().is_empty()).then(|| (label.to_string(), rest))
}

/// An image, a video or a rule, trimmed until [`keep_sandwiched`] looks at the text around it.
fn image_block(figure: Figure) -> Block {
    Block {
        text: String::new(),
        role: Role::Paragraph,
        keep: false,
        reason: Reason::OutsideArticle,
        markdown: None,
        form: match figure.kind {
            FigureKind::Media(kind) => Form::Media {
                kind,
                src: figure.src,
                label: figure.alt,
            },
            FigureKind::Rule => Form::Rule,
            FigureKind::Picture => Form::Image {
                src: figure.src,
                alt: figure.alt,
                link: figure.link.map(Box::new),
            },
        },
        edited: None,
        in_callout: 0,
        opens_callout: None,
        in_quote: 0,
    }
}

/// Whether an image can be an article's lead picture: described (alternative text), a
/// photograph's or drawing's file (not a vector icon, not a counter's address without one), and
/// not named as a site's furniture (a logo, an icon, a badge, a placeholder, a social network's
/// button).
fn is_lead_picture(form: &Form) -> bool {
    let Form::Image { src, alt, .. } = form else {
        return false;
    };
    if alt.trim().is_empty() {
        return false;
    }
    let path = src
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let picture_file = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
        .iter()
        .any(|ext| path.ends_with(ext));
    let furniture = |s: &str| {
        let s = s.to_lowercase();
        [
            "logo",
            "icon",
            "badge",
            "placeholder",
            "sprite",
            "avatar",
            "pixel",
        ]
        .iter()
        .any(|w| s.contains(w))
    };
    // A folder of social networks' buttons ("/images/social/github.png"); a file named for a
    // subject ("social-shopping.webp") is a picture like any other.
    let social_button = path.contains("/social/");
    picture_file && !social_button && !furniture(&path) && !furniture(alt)
}

/// How many text blocks after an image are looked at for kept article text.
const IMAGE_REACH_BLOCKS: usize = 3;

/// An icon's description has at most this many words.
const ICON_ALT_MAX_WORDS: usize = 3;

/// Descriptions that name a decoration by themselves.
const DECORATIONS: &[&str] = &[
    "icon",
    "icons",
    "arrow",
    "checkmark",
    "check mark",
    "check",
    "tick",
    "star",
    "stars",
    "bullet",
    "chevron",
    "caret",
    "spacer",
    "divider",
    "separator",
];

/// Whether a picture's description names a decoration (see [`keep_sandwiched`]): a
/// decoration's name, or a few words ending in "icon" ("arrow icon", "Social Media Icon",
/// "close-icon").
fn names_an_icon(alt: &str) -> bool {
    let alt = alt.trim().to_lowercase();
    if alt.is_empty() || alt.split_whitespace().nth(ICON_ALT_MAX_WORDS).is_some() {
        return false;
    }
    // A colour before the name ("white checkmark") names the same decoration.
    let alt = ["white ", "black ", "green ", "grey ", "gray "]
        .iter()
        .find_map(|colour| alt.strip_prefix(colour))
        .unwrap_or(&alt);
    DECORATIONS.contains(&alt)
        || alt.ends_with(" icon")
        || alt.ends_with("-icon")
        || alt.ends_with("_icon")
}

/// Code, tables and images inside the article are part of it: a code block or table not trimmed
/// for what its words say, or an image, is kept when the text on both sides of it
/// is (the block before is kept body or one of the article's fields, the block after kept body).
/// The text decisions were made on prose; a listing between two kept paragraphs belongs to them.
fn keep_sandwiched(blocks: &mut [Block]) {
    // A picture its own description calls a decoration ("icon", "arrow icon", "Checkmark",
    // "star": a product's feature icons, a review's stars, a list's ticks) is never one of the
    // article's: in a note it is a link to an icon file. A longer description ("Instagram's new
    // app icon") shows an icon as the article's subject and is read as any picture.
    for b in blocks.iter_mut() {
        if let Form::Image { alt, .. } = &b.form
            && names_an_icon(alt)
        {
            b.keep = false;
            b.reason = Reason::Decoration;
        }
    }
    // A video is placed as a picture is: kept between kept text; so is a rule, which needs the
    // very next text kept (`settle_rules` drops one that would end the note or repeat).
    let is_image =
        |b: &Block| matches!(b.form, Form::Image { .. } | Form::Media { .. } | Form::Rule);
    // An unlabelled picture the page shows three times or more is its furniture (an audio
    // player's icon beside each clip, a spacer), not one of the article's pictures.
    let mut shown: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for b in blocks.iter() {
        if let Form::Image { src, alt, .. } = &b.form
            && alt.trim().is_empty()
        {
            *shown.entry(src.as_str()).or_default() += 1;
        }
    }
    let furniture: Vec<bool> = blocks
        .iter()
        .map(|b| match &b.form {
            Form::Image { src, alt, .. } => {
                b.reason == Reason::Decoration
                    || alt.trim().is_empty() && shown.get(src.as_str()).is_some_and(|&n| n >= 3)
            }
            _ => false,
        })
        .collect();
    // Each block's next text block (pictures and trimmed captions passed over) and next kept
    // block, found once from the end: the decisions below change only blocks already passed,
    // and a run of pictures would otherwise have each look along the rest of the run.
    let n = blocks.len();
    let is_text = |b: &Block| !is_image(b) && b.reason != Reason::PhotoCaption;
    let mut next_text = vec![None; n];
    let mut next_kept = vec![None; n];
    let (mut text_after, mut kept_after) = (None, None);
    for i in (0..n).rev() {
        next_text[i] = text_after;
        next_kept[i] = kept_after;
        if is_text(&blocks[i]) {
            text_after = Some(i);
        }
        if blocks[i].keep && blocks[i].role.is_body() {
            kept_after = Some(i);
        }
    }
    // The last block before this one that is not a picture, and the last that is neither a
    // picture nor a trimmed caption, as decided; and whether any block before it is kept.
    let (mut last_block, mut last_text, mut kept_before) = (None, None, false);
    for i in 0..n {
        if let Some(p) = i.checked_sub(1) {
            if !is_image(&blocks[p]) {
                last_block = Some(p);
                if blocks[p].reason != Reason::PhotoCaption {
                    last_text = Some(p);
                }
            }
            kept_before |= blocks[p].keep && blocks[p].role.is_body();
        }
        let candidate = match &blocks[i].form {
            Form::Image { .. } => !furniture[i],
            Form::Media { .. } | Form::Rule => true,
            // Cells and code lines are short and unlike prose, so the text decisions often
            // call them navigation or metadata; only a clear verdict on their words stands.
            Form::Code { .. } | Form::Table { .. } | Form::Verbatim { .. }
                if is_structure(&blocks[i]) =>
            {
                !blocks[i].keep
                    && !matches!(
                        blocks[i].reason,
                        Reason::NewsletterPrompt
                            | Reason::CookieNotice
                            | Reason::Advertisement
                            | Reason::ShareButtons
                            | Reason::Promotion
                            | Reason::CopyrightFooter
                            | Reason::Comments
                    )
            }
            _ => false,
        };
        if !candidate {
            continue;
        }
        // For an image, the previous figure's own caption stands between it and the text
        // before it too.
        let image = is_image(&blocks[i]);
        let before = if image { last_text } else { last_block }
            .is_some_and(|p| blocks[p].keep || !blocks[p].role.is_body());
        // An image's own caption (trimmed as such) stands between it and the text after it.
        // A short paragraph after an image may have been trimmed on its own words: kept text
        // within the next few blocks still places the image inside the article. (Code and
        // tables need the very next block: further reach kept listings the references leave
        // out, 3 pages lost of 7 changed on WCXB dev.)
        let reach = if image && blocks[i].form != Form::Rule {
            IMAGE_REACH_BLOCKS
        } else {
            1
        };
        let mut after = false;
        let mut next = next_text[i];
        for _ in 0..reach {
            let Some(k) = next else { break };
            if blocks[k].keep && blocks[k].role.is_body() {
                after = true;
                break;
            }
            next = next_text[k];
        }
        // A lead picture: the article's first kept block follows it directly (past its own
        // caption), with nothing of the article kept before it; the page's header above it is
        // trimmed, but the picture opens the article.
        let lead = image
            && is_lead_picture(&blocks[i].form)
            && !before
            && !kept_before
            && !(blocks[i].keep && blocks[i].role.is_body())
            && next_text[i].is_some()
            && next_text[i] == next_kept[i];
        let keep = before && after || lead;
        if keep != blocks[i].keep {
            blocks[i].keep = keep;
            blocks[i].reason = if keep {
                Reason::ArticleText
            } else {
                Reason::OutsideArticle
            };
        }
    }
}

impl TableCell {
    fn default_one() -> Self {
        TableCell {
            colspan: 1,
            rowspan: 1,
            ..TableCell::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{drop_line_numbers, names_an_icon};
    use crate::extract::{Block, Format, Reason, Role, extract, kept_markdown};

    #[test]
    fn pictures_named_as_icons_are_decorations() {
        for alt in [
            "icon",
            "Arrow icon",
            "White checkmark",
            "Social Media Icon",
            "close-icon",
            "Star",
        ] {
            assert!(names_an_icon(alt), "{alt}");
        }
        for alt in [
            "Instagram's new app icon",
            "Harbour at dawn",
            "",
            "A star chart",
        ] {
            assert!(!names_an_icon(alt), "{alt}");
        }
        assert_eq!(Reason::Decoration.to_string(), "an icon");
    }

    /// A blog post with every kind of structure, long enough that the engine keeps its body
    /// (the page the window's tests paste, too).
    const POST: &str = include_str!("../../tests/data/structure.html");

    #[test]
    fn a_pasted_tables_tabbed_rows_are_one_table() {
        let line = |text: &str| Block::new(text, Role::Paragraph, true, Reason::ArticleText);
        let mut blocks = vec![
            line("Prices this year:"),
            line("Fare\tAdult\tChild"),
            line("Single\t2.50\t1.20"),
            line("Day pass\t6.00\t3.00"),
            line("Under fives\tfree"),
        ];
        // One row of three trimmed (a third of the text): the table is kept.
        blocks[2].keep = false;
        super::tables_from_tabbed_lines(&mut blocks);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text, "Prices this year:");
        // A short row leaves its last cells empty.
        assert_eq!(
            blocks[1].to_markdown(),
            "| Fare | Adult | Child |\n| --- | --- | --- |\n| Single | 2.50 | 1.20 |\n\
             | Day pass | 6.00 | 3.00 |\n| Under fives | free |  |"
        );
        assert!(blocks[1].keep);

        // A lone tabbed line stays text; duplicates are renumbered past a merged table.
        let mut blocks = vec![
            line("Fare\tAdult"),
            line("Single\t2.50"),
            line("A paragraph between."),
            line("One line\twith a tab"),
            line("A paragraph between."),
        ];
        blocks[4].keep = false;
        blocks[4].reason = Reason::DuplicateOf { of: 2 };
        super::tables_from_tabbed_lines(&mut blocks);
        assert_eq!(blocks.len(), 4);
        assert!(matches!(blocks[0].form, crate::extract::Form::Table { .. }));
        assert!(blocks[2].form.is_plain());
        assert_eq!(blocks[3].reason, Reason::DuplicateOf { of: 1 });

        // A header row over a column of labels keeps its empty corner.
        let mut blocks = vec![line("Adult\tChild"), line("Single\t2.50\t1.20")];
        super::tables_from_tabbed_lines(&mut blocks);
        assert_eq!(
            blocks[0].to_markdown(),
            "|  | Adult | Child |\n| --- | --- | --- |\n| Single | 2.50 | 1.20 |"
        );

        // Through the whole text path.
        let pasted = "A headline about fares\n\n\
            The council agreed new bus fares on Tuesday, and they start next month for everyone \
            who rides the city's buses, with the prices below.\n\n\
            Fare\tAdult\tChild\nSingle\t2.50\t1.20\nDay pass\t6.00\t3.00\n\n\
            The treasurer said the new prices cover the cost of the extra buses the council \
            ordered last year, and that they will be reviewed in the spring.\n";
        let md = extract(pasted, Format::Text)
            .kept_body()
            .map(Block::to_markdown)
            .collect::<Vec<_>>();
        assert!(
            md.contains(&"| Fare | Adult | Child |\n| --- | --- | --- |\n| Single | 2.50 | 1.20 |\n| Day pass | 6.00 | 3.00 |".to_string()),
            "{md:?}"
        );
    }

    #[test]
    fn headings_lists_code_tables_images_and_marks_come_back_as_markdown() {
        let md = kept_markdown(POST);
        let has = |needle: &str| md.iter().any(|m| m.contains(needle));
        assert!(has("**something bold**"), "{md:#?}");
        assert!(has("*minimal*"), "{md:#?}");
        assert!(has("`toml`"), "{md:#?}");
        assert!(md.contains(&"## Setting up".to_string()), "{md:#?}");
        assert!(
            md.contains(&"3. Install the tool from the registry".to_string()),
            "{md:#?}"
        );
        assert!(
            md.contains(&"4. Write the configuration file".to_string()),
            "{md:#?}"
        );
        assert!(md.contains(&"    - Nested detail about the file, which says where the file goes and what it holds.".to_string()), "{md:#?}");
        assert!(
            md.contains(&"```rust\nfn main() {\n    greet(\"hi\");\n}\n```".to_string()),
            "{md:#?}"
        );
        assert!(
            md.contains(&"![A chart](https://blog.example.org/posts/img/chart.png)".to_string()),
            "{md:#?}"
        );
        assert!(
            md.contains(
                &"| Approach | Time |\n| --- | --- |\n| First | 3 s |\n| Second | 1 s |"
                    .to_string()
            ),
            "{md:#?}"
        );
    }

    #[test]
    fn page_text_that_looks_like_markup_is_escaped() {
        let md = kept_markdown(POST);
        let line = md
            .iter()
            .find(|m| m.contains("Secret note"))
            .expect("the sentence is kept");
        assert!(line.contains("\\#not-a-tag"), "{line}");
        assert!(line.contains("\\[\\[Secret note\\]\\]"), "{line}");
        assert!(line.contains("\\<img src=x"), "{line}");
        assert!(line.contains("!\\[\\](http://tracker/p.png)"), "{line}");
    }

    fn has_no_table(article: &crate::extract::Article) -> bool {
        article
            .blocks
            .iter()
            .all(|b| !matches!(b.form, crate::extract::Form::Table { .. }))
    }

    #[test]
    fn hostile_srcsets_and_colspans_are_harmless() {
        let wide = "<td colspan=1000>x</td>".repeat(200);
        let html = format!(
            "<html><body><p>A paragraph of the article that is long enough to count as prose for the engine.</p>\
             <img srcset=\"a.png 80é, b.png 2x\" src=c.png><table><tr>{wide}</tr><tr>{wide}</tr></table>\
             <p>Another paragraph of the article that is long enough to count as prose for the engine.</p></body></html>"
        );
        let article = extract(&html, Format::Html);
        assert!(has_no_table(&article));
    }

    #[test]
    fn a_table_laid_out_for_the_page_is_not_a_data_table() {
        let long = "This cell holds a long paragraph of the page's text, as old sites laid out \
            their articles in tables, and it goes on for a while to make the point clear. "
            .repeat(3);
        let html = format!(
            "<html><body><table><tr><td><p>{long}</p><p>{long}</p></td><td>Menu</td></tr></table></body></html>"
        );
        let article = extract(&html, Format::Html);
        assert!(has_no_table(&article));
    }

    #[test]
    fn a_cell_of_a_few_short_blocks_is_one_cell_of_a_data_table() {
        let html = "<html><body><article><h1>Three purifiers</h1>\
            <p>The three purifiers below were compared for a bedroom, and the table sums up what we found.</p>\
            <table><thead><tr><th>Attribute</th>\
            <th><div><div>Model A</div><div><span>€169</span> • <span>Shop one</span></div></div></th>\
            <th><div><div>Model B</div><div><span>€279</span> • <span>Shop two</span></div></div></th></tr></thead>\
            <tbody><tr><td>Quiet</td><td>Good</td><td>Strong</td></tr>\
            <tr><td>Smart features</td><td>Limited</td><td>More</td></tr></tbody></table>\
            <p>Either is a sound choice; the second is quieter at night and costs more to run.</p>\
            </article></body></html>";
        let md = kept_markdown(html);
        let table = md
            .iter()
            .find(|m| m.starts_with('|'))
            .unwrap_or_else(|| panic!("a table: {md:#?}"));
        assert!(
            table.contains("| Attribute | Model A €169 • Shop one | Model B €279 • Shop two |"),
            "{table}"
        );
        assert!(table.contains("| Quiet | Good | Strong |"), "{table}");
    }

    /// The code blocks of the note `html` makes, as written.
    fn fenced_blocks(html: &str) -> Vec<String> {
        kept_markdown(html)
            .into_iter()
            .filter(|m| m.starts_with("```"))
            .collect()
    }

    #[test]
    fn a_definition_lists_terms_are_bold_lines_over_their_descriptions() {
        let page = "<html><body><article><h1>Glossary</h1>\
            <p>The terms used in this guide are defined below, in the order they first appear.</p>\
            <dl><dt>Latency</dt><dd>The time a request takes from sending to the first byte.</dd>\
            <dt><code>p99</code></dt><dd>The latency under which 99 of 100 requests finish.</dd></dl>\
            <ul><li>A list beside it stays a list of its own items.</li>\
            <li>Its second item stays an item too.</li></ul>\
            <p>Both are measured on the same machine with the same load generator each time.</p>\
            </article></body></html>";
        let markdown = kept_markdown(page);
        for line in [
            "**Latency**",
            "The time a request takes from sending to the first byte.",
            "**`p99`**",
            "The latency under which 99 of 100 requests finish.",
            "- A list beside it stays a list of its own items.",
            "- Its second item stays an item too.",
        ] {
            assert!(markdown.iter().any(|m| m == line), "{line}: {markdown:?}");
        }
    }

    #[test]
    fn a_highlighters_hover_popups_are_left_out_of_the_code() {
        let intro = "<p>The function below adds two numbers and the checker infers its type.</p>";
        let outro = "<p>Hovering over a name in the listing shows the type the checker found.</p>";
        let page = |listing: &str| {
            format!(
                "<html><body><article><h1>Types</h1>{intro}{listing}{outro}</article></body></html>"
            )
        };
        // Twoslash: each name holds its popup of type information before the name itself.
        let twoslash = page(
            "<pre class=\"shiki twoslash\"><code class=\"language-ts\"><span class=\"line\">\
             <span>const </span><span class=\"twoslash-hover\"><span class=\"twoslash-popup-container\">\
             <code class=\"twoslash-popup-code\">const sum: number</code></span>sum</span>\
             <span> = 1 + 2;</span></span></code></pre>",
        );
        assert_eq!(fenced_blocks(&twoslash), ["```ts\nconst sum = 1 + 2;\n```"]);
        // Verso (Lean's documentation): the command's output in a hover box before the command.
        let verso = page(
            "<pre class=\"hl lean\"><span class=\"has-info\"><span class=\"hover-container\">\
             <span class=\"hover-info messages\"><code>Nat : Type</code></span></span>\
             <span class=\"keyword\">#check</span></span> Nat</pre>",
        );
        assert_eq!(fenced_blocks(&verso), ["```\n#check Nat\n```"]);
        // Outside a listing such a class is the page's own business.
        let words = kept_markdown(&page(
            "<p>A <span class=\"tooltip\">tooltip</span> explains each term where it is used.</p>",
        ));
        assert!(
            words.iter().any(|m| m.contains("A tooltip explains")),
            "{words:?}"
        );
    }

    #[test]
    fn a_listings_toolbar_and_unselectable_gutter_are_left_out_of_the_code() {
        let intro =
            "<p>Here is the script that asks for a name and greets whoever typed it in.</p>";
        let outro = "<p>The script uses the read command to get its input from the terminal.</p>";
        let page = |listing: &str| {
            format!(
                "<html><body><article><h1>Input</h1>{intro}{listing}{outro}</article></body></html>"
            )
        };
        // A header naming the language, with a copy button, inside the highlighted code.
        let header = page(
            "<pre><code class=\"hljs language-bash\"><div class=\"code__header\"><span>bash</span>\
             <button class=\"copy\"><span>Copy</span></button></div>\
             <div class=\"code-content\">read -p \"Name: \" name\necho \"Hello, $name\"\n</div></code></pre>",
        );
        assert_eq!(
            fenced_blocks(&header),
            ["```bash\nread -p \"Name: \" name\necho \"Hello, $name\"\n```"]
        );
        // Line numbers the reader cannot select, and a toolbar marked `select-none`.
        let line = |n: u32, text: &str| {
            format!(
                "<span style=\"display:flex\"><span style=\"white-space:pre;-webkit-user-select:none;user-select: none\">{n}</span><span>{text}\n</span></span>"
            )
        };
        let gutter = page(&format!(
            "<pre><div class=\"sticky select-none\"><div>Python</div><button>Copy</button></div>\
             <code class=\"language-python\">{}{}</code></pre>",
            line(1, "p = 61"),
            line(2, "q = 97")
        ));
        assert_eq!(fenced_blocks(&gutter), ["```python\np = 61\nq = 97\n```"]);
        // The same toolbar over code no class names (a chat's answer): its label is the
        // language; a toolbar's other words are not.
        let chat = |label: &str| {
            page(&format!(
                "<pre><div class=\"sticky select-none\"><div>{label}</div><button>Copy code</button></div>\
                 <code>{}{}</code></pre>",
                line(1, "p = 61"),
                line(2, "q = 97")
            ))
        };
        assert_eq!(
            fenced_blocks(&chat("Python")),
            ["```python\np = 61\nq = 97\n```"]
        );
        assert_eq!(fenced_blocks(&chat("Wrap")), ["```\np = 61\nq = 97\n```"]);
        // Chroma's table: the gutter's numbers in one cell, the code in the next.
        let chroma = page(
            "<div class=\"highlight\"><table class=\"lntable\"><tr>\
             <td class=\"lntd\"><pre class=\"chroma\"><code><span class=\"lnt\">1\n</span><span class=\"lnt\">2\n</span></code></pre></td>\
             <td class=\"lntd\"><pre class=\"chroma\"><code class=\"language-sh\"><span class=\"line\">cd src\n</span><span class=\"line\">make\n</span></code></pre></td>\
             </tr></table></div>",
        );
        assert_eq!(fenced_blocks(&chroma), ["```sh\ncd src\nmake\n```"]);
        // A first line that only names the language, written in the code itself, stays: only an
        // element of its own is a label.
        let written = page("<pre><code class=\"language-bash\">bash\nexit 0\n</code></pre>");
        assert_eq!(fenced_blocks(&written), ["```bash\nbash\nexit 0\n```"]);
    }

    #[test]
    fn bold_and_italics_written_as_styles_are_marks() {
        // A Google Docs copy: the whole document in a `<b>` that says its weight is normal, the
        // marks on spans.
        let span = |style: &str, text: &str| {
            format!("<span style=\"font-family:Arial;{style}\">{text}</span>")
        };
        let page = format!(
            "<html><body><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">\
             <h1>Planning the garden</h1><p>{}{}{}</p><p>{}{}{}</p></b></body></html>",
            span("font-weight:400", "The plan starts with "),
            span("font-weight:700", "what grew well last year"),
            span(
                "font-weight:400",
                " and what did not, so that the beds can be rotated this spring."
            ),
            span("font-weight:400", "Tomatoes went in the "),
            span("font-style:italic;font-weight:400", "north"),
            span(
                "font-weight:400",
                " bed last year, so this year they move to the south bed instead."
            ),
        );
        let md = kept_markdown(&page);
        assert!(
            md.contains(&"The plan starts with **what grew well last year** and what did not, so that the beds can be rotated this spring.".to_string()),
            "{md:#?}"
        );
        assert!(
            md.iter()
                .any(|m| m.starts_with("Tomatoes went in the *north* bed")),
            "{md:#?}"
        );
        // The last declaration wins, whatever its case.
        let restyled = page.replace("font-weight:700", "FONT-WEIGHT: bold; font-weight: 400");
        assert!(
            kept_markdown(&restyled).iter().all(|m| !m.contains("**")),
            "{restyled}"
        );
    }

    #[test]
    fn a_gutters_numbers_beside_each_line_are_left_out_of_the_code() {
        let line = |n: u32, code: &str| {
            format!(
                "<div class=\"flex flex-row\"><span class=\"text-end\">{n}</span><div>{code}</div></div>"
            )
        };
        let lines = [
            line(1, "AGENTS.md"),
            line(2, "docs/"),
            // An empty line: its number, then the next one.
            "<div class=\"flex flex-row\"><span>3</span><div></div></div>".to_string(),
            line(4, "src/"),
            line(5, "2024"),
        ]
        .concat();
        let html = format!(
            "<html><body><article><h1>Layout</h1>\
             <p>Here is the top-level directory layout for the project, as it stands today.</p>\
             <pre>{lines}</pre>\
             <p>Each agent is defined in its own module under the source folder of the project.</p>\
             </article></body></html>"
        );
        let md = kept_markdown(&html);
        let code: Vec<&String> = md.iter().filter(|m| m.starts_with("```")).collect();
        assert_eq!(
            code,
            ["```\nAGENTS.md\ndocs/\n\nsrc/\n2024\n```"],
            "{md:#?}"
        );
        let lines = |texts: &[&str]| -> Vec<Block> {
            texts
                .iter()
                .map(|t| Block::new(*t, Role::Paragraph, true, Reason::ArticleText))
                .collect()
        };
        // Numbers alone, numbers that do not count up, or lines without one before each: the
        // code's own.
        for texts in [
            &["1", "2", "3"][..],
            &["1", "a", "3", "b"],
            &["1", "a", "b", "2", "c"],
            &["x", "1", "a", "2", "b"],
            &["18446744073709551615", "a", "1", "b"],
        ] {
            let mut group = lines(texts);
            drop_line_numbers(&mut group);
            assert_eq!(group.len(), texts.len(), "{texts:?}");
        }
    }

    #[test]
    fn a_headed_tables_cell_may_list_its_values() {
        let html = "<html><body><article><h1>Connections</h1>\
            <p>The following table describes the arguments you can use in the connection block.</p>\
            <table><thead><tr><th>Argument</th><th>Connection</th><th>Default</th></tr></thead>\
            <tbody><tr><td><code>type</code></td><td>ssh</td><td><code>ssh</code></td></tr>\
            <tr><td><code>proxy_scheme</code></td><td><ul><li>http</li><li>https</li><li>socks5</li>\
            <li>socks4</li></ul></td><td>none</td></tr></tbody></table>\
            <p>Expressions in connection blocks cannot refer to their parent resource by name.</p>\
            </article></body></html>";
        let md = kept_markdown(html);
        let table = md
            .iter()
            .find(|m| m.starts_with('|'))
            .unwrap_or_else(|| panic!("a table: {md:#?}"));
        assert!(
            table.contains("| `proxy_scheme` | http https socks5 socks4 | none |"),
            "{table}"
        );
    }

    #[test]
    fn a_cell_of_many_blocks_is_not_a_data_table_cell() {
        let cell = "<div>Title of a book</div><div>by Someone</div><div>4.3 avg rating</div>\
            <div>Rate this book</div><div>Clear rating</div>";
        let html = format!(
            "<html><body><p>A list of books that readers voted for, with their ratings and authors shown.</p>\
             <table><tr><td>1</td><td>{cell}</td></tr><tr><td>2</td><td>{cell}</td></tr></table></body></html>"
        );
        let article = extract(&html, Format::Html);
        assert!(has_no_table(&article));
    }
}

#[cfg(test)]
mod notes_and_math {
    use crate::extract::{Format, extract};

    const PAPER: &str = r##"<html><body><article><h1>Notes and formulas</h1>
<p>The first claim of this essay is stated here with a reference to its source<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>, and it goes on for a while.</p>
<p>The energy is <math><semantics><mi>E</mi><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math> as everyone knows, and the argument continues from there at some length.</p>
<p>A closing paragraph of the essay that has enough words in it to be taken for the article's prose.</p>
<section class="footnotes"><ol><li id="fn:1"><p>The source, with its page number. <a href="#fnref:1" class="footnote-backref">↩</a></p></li></ol></section>
</article></body></html>"##;

    #[test]
    fn footnotes_and_tex_formulas_come_back_as_markdown() {
        let md: Vec<String> = extract(PAPER, Format::Html)
            .kept_body()
            .map(crate::extract::Block::to_markdown)
            .collect();
        assert!(
            md.iter().any(|m| m.contains("its source[^1], and")),
            "{md:#?}"
        );
        assert!(md.iter().any(|m| m.contains("is $E = mc^2$ as")), "{md:#?}");
        assert!(
            md.contains(&"[^1]: The source, with its page number.".to_string()),
            "{md:#?}"
        );
    }
}

#[cfg(test)]
mod more_notes_and_math {
    use crate::extract::{Form, Format, MediaKind, extract};

    const PROSE: &str = "and the essay goes on for a while, with enough words in each paragraph to be read as the article's prose by the engine";

    /// The article a page made of `body` gives.
    fn article_of(body: &str) -> crate::extract::Article {
        extract(
            &format!(
                "<html><body><article><h1>Notes and formulas</h1>{body}</article></body></html>"
            ),
            Format::Html,
        )
    }

    /// The kept body of a page made of `body`, as Markdown.
    fn kept(body: &str) -> String {
        article_of(body)
            .kept_body()
            .map(crate::extract::Block::to_markdown)
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Every block of a page made of `body`, kept or trimmed, as Markdown: what the page's
    /// structure made of it before anything was decided.
    fn every_block(body: &str) -> Vec<String> {
        article_of(body)
            .blocks
            .iter()
            .map(crate::extract::Block::to_markdown)
            .collect()
    }

    #[test]
    fn a_linked_image_keeps_its_link_and_a_lightboxs_full_size_copy_goes() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <div><a href=\"/full/one.jpg\"><img src=\"/thumbs/one.jpg\" alt=\"One\"></a>\
             <img src=\"/full/one.jpg\"></div>\
             <p>The second paragraph {PROSE}.</p>\
             <p><a href=\"/stories/two\"><img src=\"/two.jpg\" alt=\"Two\"></a></p>\
             <p><a href=\"page_files/three-large.jpg\"><img src=\"page_files/three.jpg\" alt=\"Three\"></a></p>\
             <p>The third paragraph {PROSE}.</p>"
        ));
        assert!(
            md.contains("[![One](/thumbs/one.jpg)](/full/one.jpg)"),
            "{md}"
        );
        // The overlay's copy of the file the thumbnail links to is the same picture.
        assert!(!md.contains("![](/full/one.jpg)"), "{md}");
        assert!(md.contains("[![Two](/two.jpg)](/stories/two)"), "{md}");
        // A saved page's own file stays an image; a link to another of its files would break
        // once the note is in the library.
        assert!(md.contains("\n![Three](page_files/three.jpg)"), "{md}");
    }

    #[test]
    fn images_between_kept_text_stay_and_avatars_go() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <figure><img src=\"/one.png\" alt=\"One\"><figcaption>Photo: someone</figcaption></figure>\
             <figure><img src=\"/two.png\" alt=\"Two\"><figcaption>Photo: someone else</figcaption></figure>\
             <p>Share</p><p>The second paragraph {PROSE}.</p>\
             <p><img src=\"/avatars/jo.png\" alt=\"jo\"> <img src=\"/pic.png\" alt=\"Jo's avatar\"></p>\
             <p>The third paragraph {PROSE}.</p>"
        ));
        // The second figure follows the first one's trimmed caption; a trimmed "Share" line
        // between the images and the next paragraph does not leave them out.
        assert!(md.contains("![One](/one.png)"), "{md}");
        assert!(md.contains("![Two](/two.png)"), "{md}");
        assert!(!md.contains("avatar"), "{md}");
    }

    #[test]
    fn a_described_picture_that_opens_the_article_after_a_trimmed_header_is_kept() {
        let page = |picture: &str| {
            let html = format!(
                "<html><body><div class=\"site-header\"><nav><a href=\"/\">Home</a> \
                 <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>\
                 <h2>Subscribe to our weekly letter</h2></div><main><div class=\"post\">\
                 <figure>{picture}</figure><h2>Section one</h2><p>The first paragraph {PROSE}.</p>\
                 <p>The second paragraph {PROSE}.</p></div></main></body></html>"
            );
            extract(&html, Format::Html)
                .kept_body()
                .map(crate::extract::Block::to_markdown)
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let hero = page("<img src=\"/photos/harbour.jpg\" alt=\"The harbour at dawn\">");
        assert!(
            hero.starts_with("![The harbour at dawn](/photos/harbour.jpg)"),
            "{hero}"
        );
        // A picture named for its subject is a picture, whatever the subject.
        let named = page("<img src=\"/uploads/social-shopping.webp\" alt=\"Shopping online\">");
        assert!(named.starts_with("![Shopping online]"), "{named}");
        // A logo, an undescribed picture or a counter's address in the same place is not the
        // article's.
        for furniture in [
            "<img src=\"/img/site-logo.png\" alt=\"The Daily\">",
            "<img src=\"/photos/harbour.jpg\" alt=\"\">",
            "<img src=\"https://counter.example/7628795/0/1/\" alt=\"statistics\">",
            "<img src=\"/images/social/github2.png\" alt=\"GitHub\">",
        ] {
            let md = page(furniture);
            assert!(md.starts_with("## Section one"), "{md}");
        }
    }

    #[test]
    fn an_unlabelled_picture_shown_three_times_is_furniture() {
        let icon = "<img src=\"/player-icon.png\" alt=\"\">";
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p><p>{icon}</p><p>{icon}</p><p>{icon}</p>\
             <figure><img src=\"/harbour.jpg\" alt=\"\"></figure>\
             <p>The second paragraph {PROSE}.</p>"
        ));
        assert!(!md.contains("player-icon"), "{md}");
        // A picture shown once stays, labelled or not.
        assert!(md.contains("![](/harbour.jpg)"), "{md}");
    }

    #[test]
    fn a_note_referenced_only_from_a_table_is_kept() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <table><tr><th>Year</th><th>Cost</th><th>Note</th></tr>\
             <tr><td>2023</td><td>10</td><td>Estimate<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup></td></tr>\
             <tr><td>2024</td><td>12</td><td>Actual</td></tr></table>\
             <p>The last paragraph {PROSE}.</p>\
             <footer><ol><li id=\"fn1\">Taken from the council's budget. <a href=\"#ref1\">↩</a></li></ol></footer>"
        ));
        assert!(md.contains("[^1]"), "{md}");
        assert!(
            md.contains("[^1]: Taken from the council's budget."),
            "{md}"
        );
    }

    #[test]
    fn a_spanning_tables_cells_keep_their_marks_and_links_as_html() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <table><tr><th>Version</th><th>Notes</th></tr>\
             <tr><td rowspan=\"2\"><strong>2.0</strong></td><td><a href=\"https://example.org/n\">Notes</a> &amp; <em>errata</em></td></tr>\
             <tr><td>a &lt;b&gt; tag and *stars*</td></tr></table>\
             <p>The last paragraph {PROSE}.</p>"
        ));
        assert!(
            md.contains("<td rowspan=\"2\"><strong>2.0</strong></td>"),
            "{md}"
        );
        assert!(
            md.contains(
                "<td><a href=\"https://example.org/n\">Notes</a> &amp; <em>errata</em></td>"
            ),
            "{md}"
        );
        // Page text stays text: the tag and the asterisks show as written.
        assert!(md.contains("<td>a &lt;b&gt; tag and *stars*</td>"), "{md}");
    }

    #[test]
    fn a_link_with_nothing_shown_inside_is_left_out() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p><p>A claim<span style=\"display:none\">A note with \
             <a href=\"https://example.com/source\">a source</a></span> and \
             <a href=\"#permalink\"></a><a href=\"/x\"><img src=\"/icon.svg\" class=\"icon\"></a> \
             {PROSE}.</p><p>The last paragraph {PROSE}.</p>"
        ));
        assert!(!md.contains("[]("), "{md}");
        assert!(md.contains("A claim and "), "{md}");
    }

    #[test]
    fn a_link_around_blocks_is_closed_in_each_block() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <div>The story goes on, {PROSE}, and <a href=\"https://example.com/two\">part two\
             <p>goes on in its own paragraph.</p></a></div>\
             <div>Read on, {PROSE} <a href=\"/three\"><h3>Part three</h3></a></div>\
             <p>The last paragraph {PROSE}.</p>"
        ));
        assert!(
            md.contains("engine, and [part two](https://example.com/two)"),
            "{md}"
        );
        // No bracket is left open at a block's end.
        for block in md.split("\n\n") {
            assert!(!block.trim_end().ends_with('['), "{block}");
        }
        assert!(md.contains("by the engine\n"), "{md}");
    }

    #[test]
    fn side_notes_become_footnotes() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p>\
             <p>A claim in the margin<label for=\"sn-1\" class=\"margin-toggle sidenote-number\">\
             </label><input type=\"checkbox\" id=\"sn-1\" class=\"margin-toggle\"/>\
             <span class=\"sidenote\"><strong>Shown</strong> <em>beside</em> the text on wide \
             screens.</span> \
             and then {PROSE}.</p>\
             <p>Another claim.<label class=\"footref\" for=\"fn.2\">2</label><input id=\"fn.2\" \
             class=\"footref-toggle\" type=\"checkbox\"><span class=\"sidenote\"><sup>2</sup> \
             The second note.</span> More of {PROSE}.</p>"
        ));
        assert!(md.contains("A claim in the margin[^1] and then"), "{md}");
        assert!(
            md.contains("[^1]: **Shown** *beside* the text on wide screens."),
            "{md}"
        );
        assert!(md.contains("Another claim.[^2] More of"), "{md}");
        assert!(md.contains("[^2]: The second note."), "{md}");

        // A note hidden until its number is hovered: read, its links kept with it.
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p><p>A hovered claim.<span class=\"inline-footnote\">1\
             <span class=\"footnoteContent\" style=\"display:none;\">See <a href=\"https://example.com/a\">\
             the first source</a> and <a href=\"https://example.com/b\">the second</a>.</span></span></p>\
             <p>The last paragraph {PROSE}.</p>"
        ));
        assert!(md.contains("A hovered claim.[^1]"), "{md}");
        assert!(
            md.contains("[^1]: See [the first source](https://example.com/a) and"),
            "{md}"
        );
    }

    #[test]
    fn text_after_an_inline_image_keeps_its_space() {
        let md = kept(&format!(
            "<p>The first paragraph {PROSE}.</p><p>An icon <img src=\"/chart.png\" alt=\"chart\"> \
             in context, {PROSE}.</p><p>The last paragraph {PROSE}.</p>"
        ));
        assert!(
            md.contains("An icon ![chart](/chart.png) in context,"),
            "{md}"
        );
    }

    #[test]
    fn named_anchors_and_bracketed_links_are_footnotes() {
        let md = kept(&format!(
            "<p>First claim<a name=\"ref_1\" href=\"#note_1\"><span>1</span></a> {PROSE}.</p>\
             <p>Second claim <a href=\"#r2\">[2]</a> {PROSE}.</p>\
             <div><p><a name=\"note_1\" href=\"#ref_1\">1</a> The first source, page 12.</p>\
             <ol><li><a id=\"r2\"></a>The second source, page 40.</li></ol></div>"
        ));
        assert!(md.contains("First claim[^1] and"), "{md}");
        assert!(md.contains("Second claim [^2] and"), "{md}");
        assert!(md.contains("[^1]: The first source, page 12."), "{md}");
        assert!(md.contains("[^2]: The second source, page 40."), "{md}");
    }

    #[test]
    fn a_papers_numbered_citations_are_footnotes() {
        // A paper's HTML (arXiv's LaTeXML): bare numbers linking to its bibliography's items,
        // by a relative link or by the page's own address.
        let page = format!(
            "<html><body><article><h1>A paper</h1><p>As shown before [<a href=\"#bib.bib2\">2</a>, \
             <a href=\"https://arxiv.org/html/1706.03762v7#bib.bib5\">5</a>], {PROSE}.</p>\
             <h2>References</h2><ul><li id=\"bib.bib2\"><span>[2]</span> \
             <span>Ada Lovelace. Notes on the engine. 1843.</span></li><li id=\"bib.bib5\">\
             <span>[5]</span> <span>Alan Turing. On computable numbers. 1936.</span></li></ul>\
             </article></body></html>"
        );
        let article = crate::extract::extract_at(
            &page,
            Format::Html,
            Some("https://arxiv.org/html/1706.03762v7"),
        );
        let md: Vec<String> = article
            .kept_body()
            .map(crate::extract::Block::to_markdown)
            .collect();
        let md = md.join("\n\n");
        assert!(md.contains("As shown before \\[[^2], [^5]\\],"), "{md}");
        assert!(
            md.contains("[^2]: Ada Lovelace. Notes on the engine. 1843."),
            "{md}"
        );
        assert!(
            md.contains("[^5]: Alan Turing. On computable numbers. 1936."),
            "{md}"
        );
        // The block list shows a note's text as the note writes it, without its "[2]".
        let note = article
            .blocks
            .iter()
            .find(|b| matches!(&b.form, crate::extract::Form::Footnote { label } if label == "2"))
            .expect("the note");
        assert_eq!(note.text, "Ada Lovelace. Notes on the engine. 1843.");
        // A link to another page's bibliography stays a link.
        let md = kept(&format!(
            "<p>As shown in <a href=\"https://example.org/other#bib.bib2\">2</a> {PROSE}.</p>"
        ));
        assert!(
            md.contains("[2](https://example.org/other#bib.bib2)"),
            "{md}"
        );
    }

    #[test]
    fn notes_named_only_by_their_links_back_and_raised_labels_are_footnotes() {
        // Word's export pasted into a page: the notes have no ids, only links back to
        // "#_ftnref1" behind an address that is no page's.
        let md = kept(&format!(
            "<p>A claim <sup><a href=\"#_ftn1\">[1]</a></sup> {PROSE}.</p><hr>\
             <p><sup><a href=\"//6CB562CC-4A65#_ftnref1\">[1]</a> </sup>The source, page 12.</p>"
        ));
        assert!(md.contains("A claim [^1] and"), "{md}");
        assert!(md.contains("[^1]: The source, page 12."), "{md}");
        assert!(!md.contains("6CB562CC"), "{md}");
        // A note whose label is raised (`<sup>1</sup>`) does not repeat it.
        let md = kept(&format!(
            "<p>A claim<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup> {PROSE}.</p><hr>\
             <div class=\"footnote-definition\" id=\"1\"><sup>1</sup><p>The source.</p></div>"
        ));
        assert!(md.contains("[^1]: The source."), "{md}");
    }

    #[test]
    fn pop_up_notes_marked_with_signs_are_footnotes_named_by_their_sign() {
        // A reference whose link goes nowhere, inside an element naming its note, and the notes
        // hidden until a reference is clicked; a second note marked with the same sign.
        let md = kept(&format!(
            "<p>Six threads to follow.<span class=\"fna-ref\" data-definition=\"fna0-1\">\
             <a href=\"#\">*</a></span> {PROSE}.</p>\
             <p>A welcome addition.<span data-definition=\"fna1-1\"><a href=\"#\">*</a></span> \
             {PROSE}.</p>\
             <aside style=\"display:none\" id=\"fna0-1\">By my count: six.</aside>\
             <aside style=\"display:none\" id=\"fna1-1\">The old guard is back.</aside>"
        ));
        assert!(md.contains("Six threads to follow.[^asterisk-1] "), "{md}");
        assert!(md.contains("A welcome addition.[^asterisk-2] "), "{md}");
        assert!(md.contains("[^asterisk-1]: By my count: six."), "{md}");
        assert!(md.contains("[^asterisk-2]: The old guard is back."), "{md}");
        // A hidden element that no reference names stays hidden.
        let md = kept(&format!(
            "<p>A claim.<span data-definition=\"fn-9\"><a href=\"#\">†</a></span> {PROSE}.</p>\
             <aside style=\"display:none\" id=\"other\">Hidden words.</aside>"
        ));
        assert!(!md.contains("Hidden words"), "{md}");
        // A sign whose note the page does not have is still a reference here: the note written
        // from the clipping shows it as the sign, raised (`settle_footnote_references`).
        assert!(md.contains("A claim.[^dagger-1] "), "{md}");
    }

    #[test]
    fn a_note_under_a_heading_holding_only_its_label_is_the_text_below_it() {
        // Texinfo's manuals: "(1)" in a heading over each note's paragraphs.
        let md = kept(&format!(
            "<p>The files<a id=\"DOCF1\" href=\"#FOOT1\"><sup>1</sup></a> and the \
             links<a id=\"DOCF2\" href=\"#FOOT2\"><sup>2</sup></a> {PROSE}.</p>\
             <div><h4>Footnotes</h4>\
             <h5><a id=\"FOOT1\" href=\"#DOCF1\">(1)</a></h5><p>An old release.</p>\
             <h5><a id=\"FOOT2\" href=\"#DOCF2\">(2)</a></h5>\
             <p><a href=\"https://example.com/a\">https://example.com/a</a></p></div>\
             <p>Next: the terminology.</p>"
        ));
        assert!(md.contains("[^1]: An old release."), "{md}");
        assert!(
            md.contains("[^2]: [https://example.com/a](https://example.com/a)\n"),
            "{md}"
        );
        assert!(
            !md.contains("[^2]: [https://example.com/a](https://example.com/a) Next"),
            "{md}"
        );
    }

    #[test]
    fn numbered_margin_notes_referred_to_by_bare_superscripts_are_footnotes() {
        let md = kept(&format!(
            "<div><p>We built a library.<sup>1</sup> {PROSE}.</p></div>\
             <aside><ol start=\"1\"><li>A philosophy joke.</li></ol></aside>\
             <div><p>The main<sup>2</sup> benefit, and x<sup>3</sup> {PROSE}.</p></div>\
             <aside><ol start=\"2\"><li>There are others.</li></ol></aside>\
             <ol start=\"3\"><li>A step of the article, numbered 3.</li></ol>"
        ));
        assert!(md.contains("We built a library.[^1] and"), "{md}");
        assert!(md.contains("[^1]: A philosophy joke."), "{md}");
        assert!(md.contains("The main[^2] benefit"), "{md}");
        assert!(md.contains("[^2]: There are others."), "{md}");
        // A numbered item outside a margin note stays an item, and its number a superscript.
        assert!(md.contains("x<sup>3</sup>"), "{md}");
        assert!(md.contains("3. A step of the article"), "{md}");
    }

    #[test]
    fn items_that_open_with_a_heading_are_numbered_sections() {
        // A listicle: the number the page shows beside each item's heading is the heading's,
        // and the item's text under it is paragraphs, not a list item numbered again.
        let md = kept(&format!(
            "<p>Eight trends {PROSE}.</p><p>Seen this year {PROSE}.</p>\
             <ol><li><h3>Phoneography</h3><p>Cameras in phones {PROSE}.</p>\
             <ul><li>One point of the section</li><li>Another point of it</li></ul></li>\
             <li><h3>Macro photography</h3><p>Close-up shots {PROSE}.</p>\
             <pre><code>exposure --macro</code></pre></li></ol>\
             <ol><li><h2>1. Getting started</h2><p>A heading that says its own number {PROSE}.</p></li></ol>\
             <ul><li><h3>Soft wool</h3><p>A card of a grid {PROSE}.</p></li></ul>"
        ));
        assert!(
            md.contains("### 1. Phoneography\n\nCameras in phones"),
            "{md}"
        );
        assert!(
            md.contains("### 2. Macro photography\n\nClose-up shots"),
            "{md}"
        );
        // The section's own list is a list at the top level, its code a block of its own.
        assert!(
            md.contains("\n\n- One point of the section\n\n- Another point"),
            "{md}"
        );
        assert!(md.contains("\n\n```\nexposure --macro\n```"), "{md}");
        assert!(
            md.contains("## 1. Getting started\n\nA heading that says"),
            "{md}"
        );
        assert!(!md.contains("1. 1."), "{md}");
        assert!(md.contains("### Soft wool\n\nA card of a grid"), "{md}");
    }

    #[test]
    fn a_numbered_items_own_number_drawn_by_the_page_is_said_once() {
        let page = format!(
            "<p>Renting a car {PROSE}.</p><ol class=\"bignum\">\
             <li><div class=\"stepnum\">1</div><p><strong>Look for a deal.</strong> {PROSE}.</p></li>\
             <li><div class=\"stepnum\">2</div><p><strong>Pick it up.</strong> {PROSE}.</p></li>\
             <li><p>7</p><p>An item whose first line is another number {PROSE}.</p></li>\
             <li><a href=\"/login\">4</a><p>A comment whose votes are its number {PROSE}.</p></li></ol>"
        );
        // A number that links elsewhere is a block of its own; keeping a lone link is the
        // learned decision's call, so only its being there is asked.
        let blocks = every_block(&page);
        assert!(blocks.iter().any(|b| b == "4. [4](/login)"), "{blocks:#?}");
        let md = kept(&page);
        assert!(md.contains("1. **Look for a deal.** and"), "{md}");
        assert!(md.contains("2. **Pick it up.** and"), "{md}");
        assert!(!md.contains("1. 1"), "{md}");
        assert!(md.contains("3. 7\n\n   An item whose first line"), "{md}");
    }

    #[test]
    fn notes_a_script_jumps_to_are_footnotes() {
        // Wikidot's: `href="javascript:;"`, the note's id in the click handler.
        let md = kept(&format!(
            "<p>A claim<sup class=\"footnoteref\"><a id=\"footnoteref-1\" href=\"javascript:;\" \
             onclick=\"WIKIDOT.page.utils.scrollToReference('footnote-1')\">1</a></sup> {PROSE}.</p>\
             <div class=\"footnotes-footer\"><div id=\"footnote-1\"><a href=\"javascript:;\" \
             onclick=\"WIKIDOT.page.utils.scrollToReference('footnoteref-1')\">1</a>. The source.</div></div>"
        ));
        assert!(md.contains("A claim[^1] and"), "{md}");
        assert!(md.contains("[^1]: The source."), "{md}");
    }

    #[test]
    fn notes_run_together_in_one_paragraph_are_each_a_note() {
        let md = kept(&format!(
            "<p>A claim.<a href=\"#one\"><sup>1</sup></a> Another.<a href=\"#two\"><sup>2</sup></a> \
             {PROSE}.</p><hr><p><a name=\"one\"><sup>1</sup></a> The first note. \
             <a href=\"#\" onclick=\"history.back()\">↩</a><br><br><a name=\"two\"><sup>2</sup></a> \
             The second, <a href=\"#\">see above</a>. <a href=\"#\">↩</a></p>"
        ));
        assert!(md.contains("[^1]: The first note.\n"), "{md}");
        assert!(md.contains("[^2]: The second, see above."), "{md}");
        assert!(!md.contains('↩'), "{md}");
    }

    #[test]
    fn notes_by_superscript_links_drop_their_own_numbers_and_links_back() {
        let md = kept(&format!(
            "<p>A claim<sup class=\"fn\"><a href=\"#a1b2\" id=\"a1b2-link\">1</a></sup> {PROSE}.</p>\
             <p>Another claim<a href=\"#n7\"><sup>2</sup></a> {PROSE}.</p>\
             <ol><li id=\"a1b2\">The source. <a href=\"#a1b2-link\">↩︎</a></li></ol>\
             <p id=\"n7\">2. The other source.</p>"
        ));
        assert!(md.contains("A claim[^1] and"), "{md}");
        assert!(md.contains("Another claim[^2] and"), "{md}");
        assert!(md.contains("[^1]: The source."), "{md}");
        assert!(!md.contains('↩'), "{md}");
        assert!(md.contains("[^2]: The other source."), "{md}");
        // The arrow back leaves the note's text too (the block list and the body show it), and a
        // label that links back stays for the label reading to take out.
        let page = format!(
            "<p>A claim<sup class=\"fn\"><a href=\"#a1b2\" id=\"a1b2-link\">1</a></sup> {PROSE}.</p>\
             <ol><li id=\"a1b2\">The source. <a href=\"#a1b2-link\">↩︎</a></li></ol>"
        );
        let body = article_of(&page).body_text();
        assert!(body.contains("The source."), "{body}");
        assert!(!body.contains('↩'), "{body}");
    }

    #[test]
    fn paragraphs_starting_with_a_referenced_number_are_notes() {
        let md = kept(&format!(
            "<p>A claim<sup>1</sup> {PROSE}.</p><p>More text {PROSE}.</p><hr>\
             <p><b><sup>1</sup> Update:</b> The later finding.</p>"
        ));
        assert!(md.contains("A claim[^1] and"), "{md}");
        assert!(md.contains("[^1]: **Update:** The later finding."), "{md}");
    }

    #[test]
    fn bare_numbers_linked_in_the_page_are_notes_only_when_the_target_names_one() {
        let md = kept(&format!(
            "<p>Rated well <a href=\"#ratings-reviews\">487</a> {PROSE}.</p>\
             <p>As equation <a href=\"#eq-2\">2</a> shows {PROSE}.</p>\
             <p>A remark<span class=\"fn\"><a href=\"#mn37note03\">3</a></span> {PROSE}.</p>\
             <p><a id=\"mn37note03\"></a>The remark's source.</p>"
        ));
        assert!(md.contains("Rated well 487 and"), "{md}");
        assert!(md.contains("As equation 2 shows"), "{md}");
        assert!(md.contains("A remark[^3] and"), "{md}");
        assert!(!md.contains("[^487]") && !md.contains("[^2]"), "{md}");
    }

    #[test]
    fn youtube_and_x_frames_become_embeds_and_other_frames_stay_out() {
        let md = kept(&format!(
            "<p>The talk {PROSE}.</p>\
             <iframe src=\"https://www.youtube-nocookie.com/embed/b_PXuEPxN50?start=3\"></iframe>\
             <p>The post {PROSE}.</p>\
             <iframe src=\"https://platform.twitter.com/embed/Tweet.html?id=1675626836821409792\"></iframe>\
             <p>The map {PROSE}.</p>\
             <iframe src=\"https://maps.example.com/embed?q=harbour\"></iframe>\
             <iframe src=\"javascript:alert(1)\"></iframe>"
        ));
        assert!(
            md.contains("![](https://www.youtube.com/watch?v=b_PXuEPxN50)"),
            "{md}"
        );
        assert!(
            md.contains("![](https://x.com/i/status/1675626836821409792)"),
            "{md}"
        );
        assert!(
            !md.contains("maps.example.com") && !md.contains("javascript"),
            "{md}"
        );
    }

    #[test]
    fn players_the_reader_starts_and_video_sites_frames_become_links() {
        let page = format!(
            "<base href=\"https://blog.example.com/posts/one\">\
             <p>The demo {PROSE}.</p>\
             <video controls poster=\"/p.jpg\"><source src=\"/media/demo (1).webm\">\
             <source src=\"/media/demo.mp4\">Your browser cannot play it.</video>\
             <p>The banner {PROSE}.</p>\
             <video autoplay muted loop src=\"/media/banner.mp4\"></video>\
             <p>The interview {PROSE}.</p>\
             <audio controls aria-label=\"Episode 1 &amp; [notes]\" \
             src=\"https://cdn.example.org/episode-1.mp3\"></audio>\
             <p>The talk {PROSE}.</p>\
             <iframe src=\"https://player.vimeo.com/video/45725193?h=a290f71a57\"></iframe>\
             <p>The episode {PROSE}.</p>\
             <iframe src=\"https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk\"></iframe>\
             <p>The clip {PROSE}.</p>\
             <iframe src=\"https://www.dailymotion.com/embed/video/x8abc12\"></iframe>\
             <p>The demo page {PROSE}.</p>\
             <iframe src=\"https://codepen.io/someone/embed/abcDEF\"></iframe>\
             <p>The form {PROSE}.</p>\
             <iframe src=\"https://forms.example.net/embed/123\"></iframe>\
             <video controls src=\"blob:https://blog.example.com/9f2c\"></video>\
             <p>The end {PROSE}.</p>"
        );
        let md = kept(&page);
        for link in [
            "<https://blog.example.com/media/demo%20%281%29.webm>",
            // Named by the page (its `aria-label`): the name is the link's text, as page text.
            r"[Episode 1 & \[notes\]](https://cdn.example.org/episode-1.mp3)",
            "<https://vimeo.com/45725193/a290f71a57>",
            "<https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk>",
            "<https://www.dailymotion.com/video/x8abc12>",
            "<https://codepen.io/someone/pen/abcDEF>",
        ] {
            assert!(md.contains(&format!("\n\n{link}\n\n")), "{link} in {md}");
        }
        for left_out in [
            "banner.mp4",
            "demo.mp4",
            "forms.example.net",
            "blob:",
            "p.jpg",
        ] {
            assert!(!md.contains(left_out), "{left_out} in {md}");
        }
        // Each is a block of its own that says what it plays, with no text of its own.
        let article = article_of(&page);
        let kinds: Vec<MediaKind> = article
            .blocks
            .iter()
            .filter_map(|b| match &b.form {
                Form::Media { kind, .. } => Some(*kind),
                _ => None,
            })
            .collect();
        assert_eq!(
            kinds,
            [
                MediaKind::Video,
                MediaKind::Audio,
                MediaKind::Video,
                MediaKind::Audio,
                MediaKind::Video,
                MediaKind::Embed
            ]
        );
        assert!(!article.body_text().contains("cannot play"));
    }

    #[test]
    fn placeholder_images_take_their_picture_source_or_lazy_loader() {
        let md = kept(&format!(
            "<p>The first view {PROSE}.</p>\
             <picture><source srcset=\"https://example.com/a-small.webp 1x, https://example.com/a.webp 2x\">\
             <img src=\"data:image/gif;base64,R0lGOD\" alt=\"The first view\"></picture>\
             <p>The second view {PROSE}.</p>\
             <img src=\"data:image/svg+xml,%3Csvg%3E\" data-image-loader=\"https://example.com/b.png\" alt=\"The second view\">\
             <p>The third view {PROSE}.</p>\
             <img src=\"data:image/gif;base64,R0lGOD\" alt=\"No address at all\">"
        ));
        assert!(
            md.contains("![The first view](https://example.com/a.webp)"),
            "{md}"
        );
        assert!(
            md.contains("![The second view](https://example.com/b.png)"),
            "{md}"
        );
        assert!(
            !md.contains("No address at all") && !md.contains("data:"),
            "{md}"
        );
    }

    #[test]
    fn a_lazy_image_and_its_noscript_copy_and_a_figures_two_sizes_are_one_picture_each() {
        let md = kept(&format!(
            "<p>The first view {PROSE}.</p>\
             <p><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://example.com/a.jpg\" \
             class=\"lazyload\" alt=\"The first view\"><noscript><img src=\"https://example.com/a.jpg\" \
             alt=\"The first view\"></noscript></p>\
             <p>The second view {PROSE}.</p>\
             <figure><div><img src=\"https://example.com/i/b-large.webp\" alt=\"The second view\"></div>\
             <div><img src=\"https://example.com/i/b-small.jpg\" alt=\"The second view\"></div></figure>\
             <p>The third view {PROSE}.</p>"
        ));
        assert_eq!(
            md.matches("![The first view](https://example.com/a.jpg)")
                .count(),
            1,
            "{md}"
        );
        assert!(
            md.contains("![The second view](https://example.com/i/b-large.webp)")
                && !md.contains("b-small"),
            "{md}"
        );
    }

    #[test]
    fn a_table_in_a_figure_is_a_table_not_a_caption() {
        // Short cells in a `<figure>` read like a photo's caption to the markup hints.
        let md = kept(&format!(
            "<p>One {PROSE}.</p><p>Two {PROSE}.</p><p>Three {PROSE}.</p>\
             <figure class=\"table\"><table><tbody>\
             <tr><td> </td><td><strong>Fast</strong></td><td><strong>Cheap</strong></td></tr>\
             <tr><td><strong>Trains</strong></td><td>X</td><td></td></tr>\
             <tr><td><strong>Buses</strong></td><td></td><td>X</td></tr>\
             </tbody></table></figure>\
             <p>Four {PROSE}.</p><p>Five {PROSE}.</p>"
        ));
        assert!(md.contains("| **Trains** | X |"), "{md}");
        assert!(md.contains("| **Buses** |  | X |"), "{md}");
    }

    #[test]
    fn block_code_elements_and_hexo_figures_are_fenced_with_their_language() {
        let md = kept(&format!(
            "<p>The definition {PROSE}.</p>\
             <code class=\"hl lean block\"><span>def</span> m : <a href=\"https://example.com/Nat\">Nat</a> := 1</code>\
             <p>The shell {PROSE}.</p>\
             <figure class=\"highlight sh\"><table><tr><td class=\"code\"><pre><span class=\"line\">echo hello</span></pre></td></tr></table></figure>\
             <p>Inline <code class=\"blockquote-ish\">x</code> stays a span {PROSE}.</p>"
        ));
        assert!(md.contains("```\ndef m : Nat := 1\n```"), "{md}");
        assert!(md.contains("```sh\necho hello\n```"), "{md}");
        assert!(md.contains("Inline `x` stays"), "{md}");
    }

    #[test]
    fn in_page_links_that_are_not_notes_stay_text() {
        let md = kept(&format!(
            "<p>See <a href=\"#setup\">the setup section</a> {PROSE}.</p>\
             <p>Literal [^1] and [3] in the text {PROSE}.</p>"
        ));
        assert!(md.contains("See the setup section and"), "{md}");
        assert!(md.contains("Literal \\[^1\\] and \\[3\\]"), "{md}");
        assert!(!md.replace("\\[", "").contains("[^"), "{md}");
    }

    #[test]
    fn formulas_in_attributes_and_images_are_math() {
        let md = kept(&format!(
            "<p>The set <span class=\"math-inline\" data-math=\"\\forall x\"><span>∀x</span></span> {PROSE}.</p>\
             <p>The ratio <img src=\"https://latex.codecogs.com/png.latex?%5Cfrac%7Ba%7D%7Bb%7D\"> {PROSE}.</p>\
             <p>The sum <img src=\"https://s0.wp.com/latex.php?latex=%5Clambda+A&amp;bg=ffffff\" alt=\"\\lambda A\" class=\"latex\"> {PROSE}.</p>\
             <p>The root <img class=\"math-fallback-image-display\" src=\"q.svg\" alt=\"{{\\displaystyle x^{{2}}}}\"> {PROSE}.</p>\
             <p>Prices are $5 and $6, and a photo <img src=\"cat.jpg\" alt=\"A cat = happy\"> {PROSE}.</p>\
             <p>The speed <img src=\"https://i.upmath.me/svg/%5Cfrac%7Bm%7D%7Bv%7D\"> {PROSE}.</p>\
             <p>The mean <img src=\"https://render.githubusercontent.com/render/math?math=%5Cbar%7Bx%7D\"> {PROSE}.</p>\
             <p>A file <img src=\"https://example.com/img/a%5Cb%7Bc%7D.png\" alt=\"a chart\"> {PROSE}.</p>\
             <p>A listing <img src=\"code.png\" alt=\"let line = &quot;1\\n2&quot;;\"> {PROSE}.</p>"
        ));
        // Code in a picture's alternative text is not TeX: it stays the picture's words.
        assert!(md.contains("![let line = \"1\\\\n2\";](code.png)"), "{md}");
        assert!(md.contains("The speed $\\frac{m}{v}$ and"), "{md}");
        assert!(md.contains("The mean $\\bar{x}$ and"), "{md}");
        assert!(md.contains("![a chart]"), "{md}");
        assert!(md.contains("The set $\\forall x$ and"), "{md}");
        assert!(md.contains("The ratio $\\frac{a}{b}$ and"), "{md}");
        assert!(md.contains("The sum $\\lambda A$ and"), "{md}");
        assert!(md.contains("The root $$x^{2}$$ and"), "{md}");
        // Two prices cannot pair into math (the second `$` follows a space): written plainly.
        assert!(md.contains("Prices are $5 and $6"), "{md}");
        assert!(!md.contains("$A cat"), "{md}");
    }

    #[test]
    fn tex_holding_a_bare_dollar_is_written_as_text() {
        let md = kept(&format!(
            "<p>The cost <span class=\"math-inline\" data-math=\"x = $5 *y*\">x</span> {PROSE}.</p>\
             <p>The sum <span class=\"math-inline\" data-math=\"a + \\$5\">a</span> {PROSE}.</p>"
        ));
        // Between dollar signs its own `$` would close the formula and `*y*` read as emphasis.
        assert!(md.contains("The cost x = $5 \\*y\\* and"), "{md}");
        assert!(md.contains("The sum $a + \\$5$ and"), "{md}");
        // Nor is a bracket and caret inside TeX a note reference.
        let md = kept(&format!(
            "<p>The range <span class=\"math-inline\" data-math=\"f[^2] + 1\">x</span> {PROSE}.</p>"
        ));
        assert!(md.contains("The range $f[ ^2] + 1$ and"), "{md}");
    }

    #[test]
    fn a_caret_opening_a_links_or_pictures_text_keeps_them_a_link_and_a_picture() {
        let md = kept(&format!(
            "<p>A claim <a href=\"https://example.com/source\">^1</a> {PROSE}.</p>\
             <figure><img src=\"https://example.com/chart.png\" alt=\"^2 the chart\">\
             <figcaption>A chart of the rise {PROSE}.</figcaption></figure>"
        ));
        // `[^1](…)` would read as a footnote reference, which the note then writes raised.
        assert!(md.contains("[\\^1](https://example.com/source)"), "{md}");
        assert!(
            md.contains("![\\^2 the chart](https://example.com/chart.png)"),
            "{md}"
        );
    }
}

#[cfg(test)]
mod label_tests {
    use super::{loose_note, without_label};

    #[test]
    fn a_note_loses_only_its_own_leading_number() {
        assert_eq!(without_label("1\\. The note", "1"), "The note");
        assert_eq!(without_label("\\[2\\] The note", "2"), "The note");
        assert_eq!(without_label("[2] The note", "2"), "The note");
        assert_eq!(
            without_label("[2](https://example.org) says", "2"),
            "[2](https://example.org) says"
        );
        assert_eq!(without_label("1990 was a year", "1"), "1990 was a year");
        assert_eq!(without_label("2 cups of flour", "2"), "2 cups of flour");
        // The number was a link back, taken out already: its brackets go too.
        assert_eq!(without_label("\\[\\] The note", "1"), "The note");
        assert_eq!(without_label("\\[\\]", "1"), "\\[\\]");
        assert_eq!(without_label(". The note", "1"), "The note");
        assert_eq!(without_label("[^1] Possibly so", "1"), "Possibly so");
        assert_eq!(
            without_label("<sup>1</sup> Possibly so", "1"),
            "Possibly so"
        );
        assert_eq!(
            without_label("<sup>1</sup>0 is ten", "2"),
            "<sup>1</sup>0 is ten"
        );
        assert_eq!(
            without_label("^   Smith, D. (2020).", "4"),
            "Smith, D. (2020)."
        );
        assert_eq!(without_label("^2 is a power", "4"), "^2 is a power");
    }

    #[test]
    fn loose_notes_start_with_a_number_in_a_superscript_or_bold() {
        assert_eq!(
            loose_note("<sup>3</sup> The note"),
            Some(("3".into(), "The note".into()))
        );
        assert_eq!(
            loose_note("**1** The note"),
            Some(("1".into(), "The note".into()))
        );
        assert_eq!(loose_note("**Bold** text"), None);
        assert_eq!(loose_note("<sup>th</sup> text"), None);
    }
}

#[cfg(test)]
mod placeholder_tests {
    use super::{
        Block, Form, Reason, Role, picture_name, same_file_at_another_size,
        trim_placeholder_copies, trim_repeated_pictures,
    };

    fn image(src: &str, alt: &str) -> Block {
        Block {
            text: String::new(),
            role: Role::Paragraph,
            keep: true,
            reason: Reason::ArticleText,
            markdown: None,
            form: Form::Image {
                link: None,
                src: src.into(),
                alt: alt.into(),
            },
            edited: None,
            in_callout: 0,
            opens_callout: None,
            in_quote: 0,
        }
    }

    #[test]
    fn a_lazy_placeholder_next_to_its_image_is_trimmed_and_distinct_images_stay() {
        let mut blocks = vec![
            image("https://cdn.example.com/max/60/1*abc.png?q=20", "A chart"),
            image("https://cdn.example.com/max/3788/1*abc.png", ""),
            // Same name, two folders apart: another picture.
            image("https://example.com/2024/01/image.png", ""),
            image("https://example.com/2025/02/image.png", ""),
        ];
        trim_placeholder_copies(&mut blocks);
        assert!(!blocks[0].keep);
        assert_eq!(blocks[0].reason, Reason::DuplicateOf { of: 1 });
        assert!(blocks[1].keep);
        assert!(matches!(&blocks[1].form, Form::Image { alt, .. } if alt == "A chart"));
        assert!(blocks[2].keep && blocks[3].keep);
    }

    #[test]
    fn a_file_name_without_its_size_words_is_the_pictures_name() {
        assert_eq!(
            picture_name("photo-large.webp"),
            Some(("photo".into(), 1200))
        );
        assert_eq!(picture_name("Photo_small.JPG"), Some(("photo".into(), 150)));
        assert_eq!(
            picture_name("chart-300x200.png"),
            Some(("chart".into(), 300))
        );
        assert_eq!(picture_name("chart@2x.png"), Some(("chart".into(), 2000)));
        assert_eq!(picture_name("hero-1024w.jpg"), Some(("hero".into(), 1024)));
        assert_eq!(picture_name("box-2024.png"), Some(("box-2024".into(), 0)));
        // Nothing but a size, or not a picture's file: no name.
        assert_eq!(picture_name("large.png"), None);
        assert_eq!(picture_name("report-large.pdf"), None);
    }

    #[test]
    fn one_picture_at_two_sizes_is_told_from_two_pictures() {
        let same = |a, b| same_file_at_another_size(a, b);
        assert!(same(
            "https://example.com/images/photo-large.webp",
            "https://example.com/images/photo-small.jpg"
        ));
        assert!(same(
            "https://example.com/uploads/chart-300x200.png",
            "https://example.com/uploads/chart.png"
        ));
        // Another picture, another folder, or a name that is all size: not the same.
        assert!(!same(
            "https://example.com/images/photo-1-large.jpg",
            "https://example.com/images/photo-2-large.jpg"
        ));
        assert!(!same(
            "https://example.com/a/photo-large.jpg",
            "https://example.com/b/photo-small.jpg"
        ));
        assert!(!same(
            "https://example.com/i/large.jpg",
            "https://example.com/i/small.jpg"
        ));
    }

    #[test]
    fn of_one_picture_at_two_sizes_the_larger_stays_with_the_alt_text() {
        let mut blocks = vec![
            image("https://example.com/i/photo-large.webp", ""),
            image("https://example.com/i/photo-small.jpg", "A landscape"),
            image("https://example.com/i/chart-150x150.png", "A chart"),
            image("https://example.com/i/chart.png", ""),
        ];
        trim_placeholder_copies(&mut blocks);
        assert!(blocks[0].keep);
        assert!(matches!(&blocks[0].form, Form::Image { alt, .. } if alt == "A landscape"));
        assert_eq!(blocks[1].reason, Reason::DuplicateOf { of: 0 });
        assert!(!blocks[1].keep && !blocks[2].keep && blocks[3].keep);
        assert!(matches!(&blocks[3].form, Form::Image { alt, .. } if alt == "A chart"));
    }

    #[test]
    fn a_reply_whose_header_line_is_trimmed_opens_its_own_item() {
        use super::{Article, Shape, Structure, apply};
        use crate::extract::Format;
        let item = |number, depth, continues| Shape {
            form: Form::ListItem {
                ordered: true,
                depth,
                number,
                continues,
            },
            ..Shape::default()
        };
        // Two replies, each a header line (the poster and votes, trimmed) and its text, the
        // first with a further paragraph and a reply nested in it.
        let shapes = vec![
            item(1, 1, false),
            item(1, 1, true),
            item(1, 1, true),
            item(1, 2, false),
            item(1, 2, true),
            item(2, 1, false),
            item(2, 1, true),
        ];
        let line = |keep: bool| Block {
            role: if keep {
                Role::ListItem
            } else {
                Role::Boilerplate
            },
            ..text(Role::Paragraph, keep)
        };
        let mut article = Article {
            format: Format::Html,
            blocks: vec![
                line(false),
                line(true),
                line(true),
                line(false),
                line(true),
                line(false),
                line(true),
            ],
            ..Article::default()
        };
        apply(
            &mut article,
            Structure {
                shapes,
                ..Structure::default()
            },
        );
        let continues: Vec<Option<bool>> = article
            .blocks
            .iter()
            .map(|b| match b.form {
                Form::ListItem { continues, .. } => Some(continues),
                _ => None,
            })
            .collect();
        assert_eq!(
            continues,
            [
                None,
                Some(false),
                Some(true),
                None,
                Some(false),
                None,
                Some(false)
            ]
        );
    }

    fn text(role: Role, keep: bool) -> Block {
        Block {
            text: "Some words of the page.".into(),
            role,
            keep,
            form: Form::Plain,
            ..image("", "")
        }
    }

    #[test]
    fn a_picture_shown_again_with_no_text_between_is_kept_once() {
        let hero = "https://example.com/hero.webp";
        let mut blocks = vec![
            // A header's picture, the headline, and the same picture as the first figure.
            image(hero, "The hero"),
            text(Role::Heading, true),
            image(hero, ""),
            text(Role::Paragraph, true),
            // A `<noscript>` copy right after the image it loads.
            image("https://example.com/a.jpg", "A"),
            image("https://example.com/a.jpg", "A"),
            // A carousel's slides, cloned for its loop, a trimmed caption among them.
            image("https://example.com/s1.jpg", ""),
            image("https://example.com/s2.jpg", ""),
            text(Role::Paragraph, false),
            image("https://example.com/s1.jpg", ""),
            image("https://example.com/s2.jpg", ""),
            // The same picture again after a paragraph: the author's repeat.
            text(Role::Paragraph, true),
            image("https://example.com/a.jpg", "A"),
        ];
        trim_repeated_pictures(&mut blocks);
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].keep).collect();
        assert_eq!(kept, [1, 2, 3, 5, 9, 10, 11, 12]);
        assert_eq!(blocks[0].reason, Reason::DuplicateOf { of: 2 });
        assert!(matches!(&blocks[2].form, Form::Image { alt, .. } if alt == "The hero"));
        assert_eq!(blocks[4].reason, Reason::DuplicateOf { of: 5 });
        assert_eq!(blocks[6].reason, Reason::DuplicateOf { of: 9 });
        assert_eq!(blocks[7].reason, Reason::DuplicateOf { of: 10 });
    }
}

#[cfg(test)]
mod typed_list_tests {
    use crate::extract::{Block, Format, extract, kept_markdown};

    #[test]
    fn a_typed_number_is_a_label_only_before_words() {
        use crate::extract::markdown::typed_number;
        assert_eq!(typed_number("2. Efficiency first"), Some((2, 3)));
        assert_eq!(typed_number("3)  Ask"), Some((3, 4)));
        assert_eq!(typed_number("1.Xie Y, Wu Z"), Some((1, 2)));
        for not_a_label in [
            "3.5 million",
            "1.",
            "2024 was",
            "0. Zero",
            "30–40 dB",
            "1)x",
            "",
        ] {
            assert_eq!(typed_number(not_a_label), None, "{not_a_label}");
        }
    }

    #[test]
    fn paragraphs_numbered_one_two_three_by_the_page_are_a_numbered_list() {
        let steps = "<article><h1>Setting up the router</h1>\
            <p>The router takes a few minutes to set up, and the app walks you through most of it.</p>\
            <p>1. Connect the router to your modem and place the satellites in the rooms you use.</p>\
            <p>The satellites need to be within range of the router, so start close and move out.</p>\
            <p>2. Once they are placed, open the app and follow its steps to name the network.</p>\
            <p>3) Update the firmware when the app offers to, before you connect anything else.</p>\
            <p>4. Nothing more.</p>\
            <p>2024. That was the year the company sold its ten millionth router, a number it likes.</p>\
            </article>";
        let article = extract(steps, Format::Html);
        let md: Vec<String> = article.kept_body().map(Block::to_markdown).collect();
        let has = |line: &str| md.iter().any(|m| m == line);
        assert!(
            has(
                "1. Connect the router to your modem and place the satellites in the rooms you use."
            ),
            "{md:#?}"
        );
        assert!(has(
            "3. Update the firmware when the app offers to, before you connect anything else."
        ));
        // The year is no list item: no number before it counts up to it.
        assert!(
            md.iter().any(|m| m.starts_with("2024\\. That was")),
            "{md:#?}"
        );
        // The text keeps what the page shows.
        assert!(
            article
                .kept_body()
                .any(|b| b.text.starts_with("2. Once they are placed"))
        );

        // An edit that keeps the number does not write it twice.
        let mut item = article
            .kept_body()
            .find(|b| b.text.starts_with("2. Once"))
            .expect("the second step")
            .clone();
        item.set_edited("2. Once they are placed, open the app.");
        assert_eq!(item.to_markdown(), "2. Once they are placed, open the app.");
    }

    #[test]
    fn numbered_lines_of_one_paragraph_are_a_list_under_their_lead_line() {
        let page = "<article><h1>Plumbing engineering</h1>\
            <p>Plumbing engineering keeps water safe and buildings efficient, and it rests on a few ideas.</p>\
            <p>Key principles:<br>1. Safety: systems that keep water supply and waste apart.<br>\
            2. Efficiency: systems that <em>waste</em> little water and energy.<br>\
            3. Compliance: systems that meet the codes that apply.</p>\
            <p>Open 9 to 5:<br>2. floor, room 12<br>3. floor, room 14</p>\
            <p>That is why every project starts from these principles and not from the fixtures.</p></article>";
        let md = kept_markdown(page);
        let at = md
            .iter()
            .position(|m| m == "Key principles:")
            .expect("the lead line");
        assert_eq!(
            md[at + 1..at + 4],
            [
                "1. Safety: systems that keep water supply and waste apart.",
                "2. Efficiency: systems that *waste* little water and energy.",
                "3. Compliance: systems that meet the codes that apply.",
            ],
            "{md:#?}"
        );
        // Lines that do not start at 1 after a lead line stay the paragraph's.
        assert!(
            md.iter()
                .any(|m| m.starts_with("Open 9 to 5:  \n2\\. floor")),
            "{md:#?}"
        );
    }

    #[test]
    fn numbered_lines_of_pasted_text_are_a_numbered_list() {
        let text = "Setting up the build server\n\n\
            The build server takes a few minutes to set up, and these steps walk you through most of it.\n\n\
            1. Install the compiler and the tools it needs from the packages.\n\
            2. Clone the repository into your home folder and build it once.\n\n\
            That is all: the server is ready for its first job, and the next post explains the schedule.\n";
        let md: Vec<String> = extract(text, Format::Text)
            .kept_body()
            .map(Block::to_markdown)
            .collect();
        assert!(
            md.iter()
                .any(|m| m == "1. Install the compiler and the tools it needs from the packages."),
            "{md:#?}"
        );
        assert!(md.iter().any(|m| m.starts_with("2. Clone")), "{md:#?}");
    }

    #[test]
    fn a_reference_list_drawn_as_bullets_with_typed_numbers_is_numbered() {
        let refs = "<article><h1>Exercise and the brain</h1>\
            <p>Exercise changes the brain in ways that researchers are only starting to measure well.</p>\
            <h2>References</h2><ul style=\"list-style-type:none\">\
            <li><span>1.</span><cite>Xie Y, Wu Z. The effects of exercise on depression. 2021.</cite></li>\
            <li><span>2.</span><cite>Schuch FB. Physical activity and incident depression. 2018.</cite></li>\
            </ul></article>";
        let md = kept_markdown(refs);
        assert!(
            md.iter()
                .any(|m| m == "1. Xie Y, Wu Z. The effects of exercise on depression. 2021."),
            "{md:#?}"
        );
        assert!(md.iter().any(|m| m.starts_with("2. Schuch FB.")), "{md:#?}");
    }
}
