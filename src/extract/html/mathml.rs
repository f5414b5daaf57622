//! MathML written back as TeX, for a formula that carries no TeX of its own (MathJax 3's
//! assistive MathML, a page's hand-written `<math>`): a note keeps `$…$` that Obsidian renders,
//! not the formula's loose characters.
//!
//! Only presentation MathML's structure is read (rows, scripts, fractions, roots, over/under
//! marks, tables, fences); characters TeX names (Greek letters, operators, arrows) get their
//! command, the rest are written as they are.

use super::decode_entities;
use super::tokenizer::{Attributes, Token, Tokenizer};

/// A formula deeper than this is not written back (a hostile page's nesting).
const MAX_DEPTH: usize = 64;
/// Nor one with more elements than this.
const MAX_NODES: usize = 5_000;

#[derive(Debug, Default)]
struct Node {
    name: String,
    /// `mathvariant`, `open`, `close`, `separators`, when given.
    variant: Option<String>,
    open: Option<String>,
    close: Option<String>,
    /// An `<mfrac>` drawn without its bar (`linethickness="0"`): a binomial's numbers.
    no_bar: bool,
    /// An `<mtable>`'s `columnalign`: how each column is aligned ("right left" for equations
    /// aligned at their signs).
    columns: Option<String>,
    text: String,
    /// MathJax's `<mjx-c>`: the character its class names (`mjx-c1D467`), for a glyph drawn by
    /// the stylesheet with no text of its own.
    glyph: Option<char>,
    children: Vec<Node>,
}

/// The TeX of a `<math>` element's markup (from its start tag to its end tag), or `None` when it
/// holds nothing to write.
pub fn to_tex(mathml: &str) -> Option<String> {
    let root = parse(mathml)?;
    let tex = render(&root).trim().to_string();
    (!tex.is_empty()).then_some(tex)
}

/// The TeX of a formula MathJax 3 drew as HTML (`<mjx-container>`'s markup) without the
/// assistive MathML that would carry it: its `mjx-` elements mirror MathML's, with the parts of
/// fractions, scripts, roots and limits in wrappers of their own.
pub fn chtml_to_tex(markup: &str) -> Option<String> {
    let root = from_chtml(&parse(markup)?);
    let tex = render(&root).trim().to_string();
    (!tex.is_empty()).then_some(tex)
}

/// MathJax's drawing of a character: `mjx-c` with the code point in its class.
fn glyph_of_class(class: &str) -> Option<char> {
    class
        .split_ascii_whitespace()
        .find_map(|c| c.strip_prefix("mjx-c"))
        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
        .and_then(char::from_u32)
}

/// The MathML a CHTML tree stands for.
fn from_chtml(node: &Node) -> Node {
    let name = node.name.strip_prefix("mjx-").unwrap_or(&node.name);
    let element = |name: &str, children: Vec<Node>| Node {
        name: name.to_string(),
        children,
        ..Node::default()
    };
    let row_of =
        |part: Option<&Node>| element("mrow", part.map(chtml_children).unwrap_or_default());
    match name {
        "mi" | "mn" | "mo" | "mtext" | "ms" => Node {
            name: name.to_string(),
            text: plain_letters(&chtml_text(node)),
            ..Node::default()
        },
        "mfrac" => element(
            "mfrac",
            vec![row_of(part(node, "mjx-num")), row_of(part(node, "mjx-den"))],
        ),
        "msub" | "msup" => {
            let (base, script) = base_and_script(node);
            element(name, vec![base, row_of(script)])
        }
        "msubsup" => {
            // The script holds the superscript, a spacer, then the subscript.
            let (base, script) = base_and_script(node);
            let kids: &[Node] = script.map_or(&[], |s| &s.children);
            let spacer = kids.iter().position(|c| c.name == "mjx-spacer");
            let (sup, sub) = match spacer {
                Some(at) => (&kids[..at], &kids[at + 1..]),
                None => (kids, &[][..]),
            };
            let converted =
                |nodes: &[Node]| element("mrow", nodes.iter().map(from_chtml).collect());
            element("msubsup", vec![base, converted(sub), converted(sup)])
        }
        "munderover" | "munder" | "mover" => {
            let mut children = vec![row_of(part(node, "mjx-base"))];
            if name != "mover" {
                children.push(row_of(part(node, "mjx-under")));
            }
            if name != "munder" {
                children.push(row_of(part(node, "mjx-over")));
            }
            element(name, children)
        }
        "msqrt" => element("msqrt", vec![row_of(part(node, "mjx-box"))]),
        "mroot" => element(
            "mroot",
            vec![
                row_of(part(node, "mjx-box")),
                row_of(part(node, "mjx-root")),
            ],
        ),
        "mtable" => element(
            "mtable",
            parts(node, "mjx-mtr")
                .iter()
                .map(|r| {
                    element(
                        "mtr",
                        parts(r, "mjx-mtd")
                            .iter()
                            .map(|d| element("mtd", chtml_children(d)))
                            .collect(),
                    )
                })
                .collect(),
        ),
        _ => element(name, chtml_children(node)),
    }
}

/// A scripted element's base (as MathML) and its `mjx-script` box.
fn base_and_script(node: &Node) -> (Node, Option<&Node>) {
    let base = node
        .children
        .iter()
        .find(|c| c.name != "mjx-script" && !is_chtml_drawing(&c.name))
        .map(from_chtml)
        .unwrap_or_default();
    let script = node.children.iter().find(|c| c.name == "mjx-script");
    (base, script)
}

/// A node's children as MathML, without MathJax's spacing and drawing parts.
fn chtml_children(node: &Node) -> Vec<Node> {
    node.children
        .iter()
        .filter(|c| !is_chtml_drawing(&c.name))
        .map(from_chtml)
        .collect()
}

/// Elements MathJax draws with that stand for nothing in the formula: struts, rules, spacers,
/// the root sign, equation labels, a formula not yet typeset.
fn is_chtml_drawing(name: &str) -> bool {
    matches!(
        name,
        "mjx-nstrut"
            | "mjx-dstrut"
            | "mjx-line"
            | "mjx-spacer"
            | "mjx-surd"
            | "mjx-labels"
            | "mjx-lazy"
            | "mjx-c"
    )
}

/// The first `name` below `node`, looked for through MathJax's wrappers only (not inside a
/// nested formula part).
fn part<'a>(node: &'a Node, name: &str) -> Option<&'a Node> {
    let mut queue: std::collections::VecDeque<&Node> = node.children.iter().collect();
    while let Some(n) = queue.pop_front() {
        if n.name == name {
            return Some(n);
        }
        if is_chtml_wrapper(&n.name) {
            queue.extend(&n.children);
        }
    }
    None
}

/// Every `name` below `node` through MathJax's wrappers, in order.
fn parts<'a>(node: &'a Node, name: &str) -> Vec<&'a Node> {
    let mut found = Vec::new();
    for n in &node.children {
        if n.name == name {
            found.push(n);
        } else if is_chtml_wrapper(&n.name) {
            found.extend(parts(n, name));
        }
    }
    found
}

/// The boxes MathJax lays a fraction, root, script, limit or table out in.
fn is_chtml_wrapper(name: &str) -> bool {
    matches!(
        name,
        "mjx-frac"
            | "mjx-dbox"
            | "mjx-dtable"
            | "mjx-row"
            | "mjx-box"
            | "mjx-sqrt"
            | "mjx-munder"
            | "mjx-mover"
            | "mjx-table"
            | "mjx-itable"
    )
}

/// A token element's characters: its `mjx-c` children's text, or the glyphs their classes name.
fn chtml_text(node: &Node) -> String {
    let mut out = node.text.clone();
    for c in &node.children {
        if c.name == "mjx-c" && c.text.trim().is_empty() {
            out.extend(c.glyph);
        } else {
            out.push_str(&chtml_text(c));
        }
    }
    out
}

/// Mathematical italic letters (MathJax's `𝑥`, `𝜎`) as the plain letters TeX writes in italic
/// anyway.
fn plain_letters(text: &str) -> String {
    text.chars()
        .map(|c| {
            let u = c as u32;
            let plain = match u {
                0x1D434..=0x1D44D => Some(u - 0x1D434 + 'A' as u32),
                0x1D44E..=0x1D467 => Some(u - 0x1D44E + 'a' as u32),
                0x210E => Some('h' as u32),
                // Greek capitals, then small letters (the block keeps Unicode's order).
                0x1D6E2..=0x1D6FA => Some(u - 0x1D6E2 + 0x391),
                0x1D6FC..=0x1D714 => Some(u - 0x1D6FC + 0x3B1),
                _ => None,
            };
            plain.and_then(char::from_u32).unwrap_or(c)
        })
        .collect()
}

fn parse(mathml: &str) -> Option<Node> {
    let mut tokens = Tokenizer::new(mathml, Attributes::All);
    let mut stack: Vec<Node> = vec![Node {
        name: "#root".into(),
        ..Node::default()
    }];
    let mut count = 0usize;
    while let Some(token) = tokens.next_token() {
        match token {
            Token::StartTag(tag) => {
                count += 1;
                if count > MAX_NODES || stack.len() > MAX_DEPTH {
                    return None;
                }
                let node = Node {
                    name: tag.name.to_string(),
                    variant: tag.attr("mathvariant").map(str::to_string),
                    open: tag.attr("open").map(str::to_string),
                    close: tag.attr("close").map(str::to_string),
                    no_bar: tag.attr("linethickness").is_some_and(zero_thickness),
                    columns: (tag.name == "mtable")
                        .then(|| tag.attr("columnalign").map(str::to_string))
                        .flatten(),
                    glyph: (tag.name == "mjx-c")
                        .then(|| tag.attr("class").and_then(glyph_of_class))
                        .flatten(),
                    ..Node::default()
                };
                if tag.self_closing {
                    stack.last_mut()?.children.push(node);
                } else {
                    stack.push(node);
                }
            }
            Token::EndTag(tag) => {
                // Close up to the matching element; a stray end tag closes nothing.
                if let Some(at) = stack.iter().rposition(|n| n.name == tag.name) {
                    while stack.len() > at.max(1) {
                        let node = stack.pop()?;
                        stack.last_mut()?.children.push(node);
                    }
                }
            }
            Token::Text(text) => {
                if let Some(node) = stack.last_mut() {
                    node.text.push_str(&decode_entities(text));
                }
            }
            Token::Comment(_) | Token::Doctype => {}
        }
    }
    while stack.len() > 1 {
        let node = stack.pop()?;
        stack.last_mut()?.children.push(node);
    }
    stack.pop()
}

/// Children written one after another, a space apart.
fn row(children: &[Node]) -> String {
    let parts: Vec<String> = children
        .iter()
        .map(render)
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(" ")
}

/// A table's columns as TeX's array spells them (`r`, `c`, `l`), `columns` of them, from its
/// `columnalign` (the last value repeats, as in MathML); `None` without one, or with only centred
/// columns (a matrix).
fn table_alignment(columnalign: Option<&str>, columns: usize) -> Option<String> {
    let values: Vec<char> = columnalign?
        .split_ascii_whitespace()
        .map(|v| match v {
            "left" => 'l',
            "right" => 'r',
            _ => 'c',
        })
        .collect();
    let last = *values.last()?;
    let spec: String = (0..columns.max(1))
        .map(|i| values.get(i).copied().unwrap_or(last))
        .collect();
    spec.chars().any(|c| c != 'c').then_some(spec)
}

/// Whether columns alternate right and left: equations aligned at their signs, as TeX's
/// `aligned` sets them.
fn is_aligned(spec: &str) -> bool {
    spec.chars()
        .enumerate()
        .all(|(i, c)| c == if i % 2 == 0 { 'r' } else { 'l' })
}

/// MathML's token elements, whose content is characters.
fn is_token(name: &str) -> bool {
    matches!(name, "mi" | "mn" | "mo" | "mtext" | "ms")
}

/// A node's text and its descendants', in order.
fn all_text(node: &Node) -> String {
    let mut out = node.text.clone();
    for c in &node.children {
        out.push_str(&all_text(c));
    }
    out
}

/// Whether a `linethickness` is zero ("0", "0pt", "0px", "0em"): the fraction has no bar.
fn zero_thickness(value: &str) -> bool {
    let number = value
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !number.is_empty() && number.parse::<f32>().is_ok_and(|n| n == 0.0)
}

/// The `i`th child, written.
fn arg(node: &Node, i: usize) -> String {
    node.children.get(i).map(render).unwrap_or_default()
}

fn render(node: &Node) -> String {
    // A token's characters, also those a page wrapped in HTML inside it (`<mi><span>x</span>`).
    let nested;
    let text = if node.children.is_empty() || !is_token(&node.name) {
        node.text.trim()
    } else {
        nested = all_text(node);
        nested.trim()
    };
    match node.name.as_str() {
        "mi" => identifier(text, node.variant.as_deref()),
        "mn" => text.to_string(),
        "mo" => operator(text),
        "mtext" | "ms" => {
            if text.is_empty() {
                "\\text{ }".into()
            } else {
                format!("\\text{{{}}}", escape_text(text))
            }
        }
        "mspace" | "annotation" | "annotation-xml" | "mphantom" | "none" | "mprescripts" => {
            String::new()
        }
        "semantics" => node.children.first().map(render).unwrap_or_default(),
        "msup" => format!("{}^{{{}}}", arg(node, 0), arg(node, 1)),
        "msub" => format!("{}_{{{}}}", arg(node, 0), arg(node, 1)),
        "msubsup" => format!("{}_{{{}}}^{{{}}}", arg(node, 0), arg(node, 1), arg(node, 2)),
        "mfrac" if node.no_bar => {
            format!(
                "\\genfrac{{}}{{}}{{0pt}}{{}}{{{}}}{{{}}}",
                arg(node, 0),
                arg(node, 1)
            )
        }
        "mfrac" => format!("\\frac{{{}}}{{{}}}", arg(node, 0), arg(node, 1)),
        "msqrt" => format!("\\sqrt{{{}}}", row(&node.children)),
        "mroot" => format!("\\sqrt[{}]{{{}}}", arg(node, 1), arg(node, 0)),
        "mover" => {
            let (base, over) = (arg(node, 0), arg(node, 1));
            match over.as_str() {
                "\\overline{}" | "-" | "‾" | "¯" | "_" => format!("\\overline{{{base}}}"),
                _ if is_large_operator(&base) => format!("{base}^{{{over}}}"),
                _ => format!("\\overset{{{over}}}{{{base}}}"),
            }
        }
        "munder" => {
            let (base, under) = (arg(node, 0), arg(node, 1));
            if is_large_operator(&base) {
                format!("{base}_{{{under}}}")
            } else {
                format!("\\underset{{{under}}}{{{base}}}")
            }
        }
        "munderover" => {
            let (base, under, over) = (arg(node, 0), arg(node, 1), arg(node, 2));
            if is_large_operator(&base) {
                format!("{base}_{{{under}}}^{{{over}}}")
            } else {
                format!("\\overset{{{over}}}{{\\underset{{{under}}}{{{base}}}}}")
            }
        }
        "mtable" => {
            let mut columns = 0;
            let rows: Vec<String> = node
                .children
                .iter()
                .filter(|r| matches!(r.name.as_str(), "mtr" | "mlabeledtr"))
                .map(|r| {
                    let mut cells: Vec<String> = r
                        .children
                        .iter()
                        .filter(|c| c.name == "mtd")
                        .map(|c| row(&c.children))
                        .collect();
                    // A labelled row's first cell is its equation's number or mark: written
                    // after the equation, not as a column of it.
                    let label = (r.name == "mlabeledtr" && !cells.is_empty())
                        .then(|| cells.remove(0))
                        .filter(|l| !l.trim().is_empty());
                    columns = columns.max(cells.len());
                    let cells = cells.join(" & ");
                    match label {
                        Some(label) => format!("{cells} \\qquad {label}"),
                        None => cells,
                    }
                })
                .collect();
            // One equation alone (MathJax sets a numbered one in a table): no matrix around it.
            if rows.len() == 1 && columns <= 1 {
                return rows.into_iter().next().unwrap_or_default();
            }
            let body = rows.join(" \\\\ ");
            match table_alignment(node.columns.as_deref(), columns) {
                Some(spec) if is_aligned(&spec) => {
                    format!("\\begin{{aligned}} {body} \\end{{aligned}}")
                }
                Some(spec) => format!("\\begin{{array}}{{{spec}}} {body} \\end{{array}}"),
                None => format!("\\begin{{matrix}} {body} \\end{{matrix}}"),
            }
        }
        "mfenced" => {
            let open = node.open.as_deref().unwrap_or("(");
            let close = node.close.as_deref().unwrap_or(")");
            let inner: Vec<String> = node.children.iter().map(render).collect();
            format!(
                "\\left{} {} \\right{}",
                fence(open),
                inner.join(" , "),
                fence(close)
            )
        }
        _ => {
            // A row (or a style, padding, enclosure…): its children, each bracket that opens
            // and closes inside it fenced with what it holds.
            let inner = fenced_row(&node.children);
            if inner.is_empty() {
                escape_text(text)
            } else {
                inner
            }
        }
    }
}

/// A row's children, written, each pair of brackets in it (an opening one and the closing one
/// that matches it, as deep in the row) as `\left(…\right)` around what they hold: "(1 − q)(1 −
/// q²)" is two fenced groups, where fencing the row's first bracket with its last wrote
/// `\left(1 - q ) ( 1 - q^{2}\right)`. A bracket whose partner is in another row (MathJax sets
/// `|` alone in one) is written as it is: `\left` and `\right` must pair inside one group.
fn fenced_row(kids: &[Node]) -> String {
    let partners = bracket_partners(kids);
    fenced(kids, &partners, 0, kids.len(), 0)
}

/// `kids[from..to]` written, a pair of brackets fenced around what it holds; pairs nested deeper
/// than [`MAX_DEPTH`] are written as they stand.
fn fenced(
    kids: &[Node],
    partners: &[Option<usize>],
    from: usize,
    to: usize,
    depth: usize,
) -> String {
    let mut parts: Vec<String> = Vec::with_capacity(to - from);
    let mut i = from;
    while i < to {
        match partners[i].filter(|&close| close < to && depth < MAX_DEPTH) {
            Some(close) => {
                parts.push(format!(
                    "\\left{}{}\\right{}",
                    fence(kids[i].text.trim()),
                    fenced(kids, partners, i + 1, close, depth + 1),
                    fence(kids[close].text.trim())
                ));
                i = close + 1;
            }
            None => {
                let written = render(&kids[i]);
                if !written.is_empty() {
                    parts.push(written);
                }
                i += 1;
            }
        }
    }
    parts.join(" ")
}

/// For each opening bracket among `kids` (operators), the index of the closing one that matches
/// it, found with a stack so that pairs nest: a closing bracket closes the last one still open
/// that is not a bar; a bar (`|`, `‖`) closes an open bar of its kind on top and otherwise opens.
fn bracket_partners(kids: &[Node]) -> Vec<Option<usize>> {
    let mut partners = vec![None; kids.len()];
    let mut open: Vec<usize> = Vec::new();
    for (j, kid) in kids.iter().enumerate() {
        if kid.name != "mo" {
            continue;
        }
        let s = kid.text.trim();
        if matches!(s, "|" | "‖") {
            match open.last() {
                Some(&top) if kids[top].text.trim() == s => {
                    partners[top] = Some(j);
                    open.pop();
                }
                _ => open.push(j),
            }
        } else if is_open_fence(s) {
            open.push(j);
        } else if is_close_fence(s) {
            // Bars still open inside the group it closes have no partner.
            while open
                .last()
                .is_some_and(|&top| matches!(kids[top].text.trim(), "|" | "‖"))
            {
                open.pop();
            }
            if let Some(top) = open.pop() {
                partners[top] = Some(j);
            }
        }
    }
    partners
}

fn is_open_fence(s: &str) -> bool {
    matches!(s, "(" | "[" | "{" | "|" | "‖" | "⟨" | "⌊" | "⌈")
}

fn is_close_fence(s: &str) -> bool {
    matches!(s, ")" | "]" | "}" | "|" | "‖" | "⟩" | "⌋" | "⌉")
}

/// A bracket as `\left` and `\right` take it.
fn fence(s: &str) -> String {
    match s {
        "{" => "\\{".into(),
        "}" => "\\}".into(),
        "‖" => "\\|".into(),
        "⟨" => "\\langle".into(),
        "⟩" => "\\rangle".into(),
        "⌊" => "\\lfloor".into(),
        "⌋" => "\\rfloor".into(),
        "⌈" => "\\lceil".into(),
        "⌉" => "\\rceil".into(),
        "" => ".".into(),
        other => other.to_string(),
    }
}

/// Sums, products, integrals and limits take their bounds as scripts.
fn is_large_operator(tex: &str) -> bool {
    matches!(
        tex,
        "\\sum" | "\\prod" | "\\coprod" | "\\int" | "\\oint" | "\\bigcup" | "\\bigcap" | "\\lim"
    ) || tex.starts_with("\\lim")
}

/// Names of functions TeX writes upright.
const FUNCTIONS: &[&str] = &[
    "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "log", "ln", "lg", "exp",
    "lim", "max", "min", "sup", "inf", "det", "dim", "ker", "deg", "gcd", "arg", "arcsin",
    "arccos", "arctan", "Pr",
];

fn identifier(text: &str, variant: Option<&str>) -> String {
    if FUNCTIONS.contains(&text) {
        return format!("\\{text}");
    }
    // Letters run together (`\mathrm{group}`); a command is kept apart from a letter after it
    // (`\alpha b`, not `\alphab`).
    let mut written = String::new();
    let mut after_command = false;
    for c in text.chars() {
        let piece = symbol(c).map_or_else(|| escape_char(c), str::to_string);
        if after_command && piece.starts_with(char::is_alphabetic) {
            written.push(' ');
        }
        after_command = piece
            .strip_prefix('\\')
            .is_some_and(|name| !name.is_empty() && name.chars().all(char::is_alphabetic));
        written.push_str(&piece);
    }
    let symbol = written;
    match variant {
        Some("bold") => format!("\\mathbf{{{symbol}}}"),
        Some("double-struck") => format!("\\mathbb{{{symbol}}}"),
        Some("script") => format!("\\mathcal{{{symbol}}}"),
        Some("fraktur") => format!("\\mathfrak{{{symbol}}}"),
        _ if text.chars().count() > 1 && text.chars().all(char::is_alphabetic) => {
            format!("\\mathrm{{{symbol}}}")
        }
        _ => symbol,
    }
}

fn operator(text: &str) -> String {
    match text {
        "" | "\u{2061}" | "\u{2062}" | "\u{2063}" | "\u{2064}" => String::new(),
        "{" => "\\{".into(),
        "}" => "\\}".into(),
        _ => text
            .chars()
            .map(|c| symbol(c).map_or_else(|| escape_char(c), str::to_string))
            .collect::<Vec<_>>()
            .join(""),
    }
}

/// A character TeX would break on, escaped; others as they are.
fn escape_char(c: char) -> String {
    match c {
        '#' | '$' | '%' | '&' | '_' => format!("\\{c}"),
        '\\' => "\\backslash".into(),
        _ => c.to_string(),
    }
}

fn escape_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '{' | '}' | '#' | '$' | '%' | '&' | '_' => format!("\\{c}"),
            '\\' => "\\backslash".into(),
            _ => c.to_string(),
        })
        .collect()
}

/// The TeX command for a character that has one.
fn symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '−' => "-",
        '×' => "\\times",
        '÷' => "\\div",
        '·' | '⋅' => "\\cdot",
        '⋆' => "\\star",
        '±' => "\\pm",
        '∓' => "\\mp",
        '≤' => "\\leq",
        '≥' => "\\geq",
        '≠' => "\\neq",
        '≈' => "\\approx",
        '≡' => "\\equiv",
        '∼' => "\\sim",
        '≅' => "\\cong",
        '∝' => "\\propto",
        '∞' => "\\infty",
        '∑' => "\\sum",
        '∏' => "\\prod",
        '∫' => "\\int",
        '∮' => "\\oint",
        '∂' => "\\partial",
        '∇' => "\\nabla",
        '√' => "\\surd",
        '∈' => "\\in",
        '∉' => "\\notin",
        '⊂' => "\\subset",
        '⊆' => "\\subseteq",
        '⊃' => "\\supset",
        '⊇' => "\\supseteq",
        '∪' => "\\cup",
        '∩' => "\\cap",
        '∅' => "\\emptyset",
        '∀' => "\\forall",
        '∃' => "\\exists",
        '¬' => "\\neg",
        '∧' => "\\wedge",
        '∨' => "\\vee",
        '→' => "\\rightarrow",
        '←' => "\\leftarrow",
        '↔' => "\\leftrightarrow",
        '⇒' => "\\Rightarrow",
        '⇐' => "\\Leftarrow",
        '⇔' => "\\Leftrightarrow",
        '↦' => "\\mapsto",
        '…' => "\\ldots",
        '⋯' => "\\cdots",
        '⋮' => "\\vdots",
        '⋱' => "\\ddots",
        '′' => "\\prime",
        '∘' => "\\circ",
        '⊗' => "\\otimes",
        '⊕' => "\\oplus",
        '†' => "\\dagger",
        '˙' => "\\cdot",
        'ℏ' => "\\hbar",
        'ℓ' => "\\ell",
        'α' => "\\alpha",
        'β' => "\\beta",
        'γ' => "\\gamma",
        'δ' => "\\delta",
        'ε' | 'ϵ' => "\\epsilon",
        'ζ' => "\\zeta",
        'η' => "\\eta",
        'θ' => "\\theta",
        'ι' => "\\iota",
        'κ' => "\\kappa",
        'λ' => "\\lambda",
        'μ' => "\\mu",
        'ν' => "\\nu",
        'ξ' => "\\xi",
        'π' => "\\pi",
        'ρ' => "\\rho",
        'σ' => "\\sigma",
        'τ' => "\\tau",
        'υ' => "\\upsilon",
        'φ' | 'ϕ' => "\\phi",
        'χ' => "\\chi",
        'ψ' => "\\psi",
        'ω' => "\\omega",
        'Γ' => "\\Gamma",
        'Δ' => "\\Delta",
        'Θ' => "\\Theta",
        'Λ' => "\\Lambda",
        'Ξ' => "\\Xi",
        'Π' => "\\Pi",
        'Σ' => "\\Sigma",
        'Φ' => "\\Phi",
        'Ψ' => "\\Psi",
        'Ω' => "\\Omega",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tex(mathml: &str) -> String {
        to_tex(mathml).unwrap_or_default()
    }

    #[test]
    fn mathjax_drawing_without_assistive_mathml_is_read_as_its_mathml() {
        // A fraction, a sum with both limits, a subscript and a superscript-and-subscript, as
        // MathJax 3's CHTML output draws them; one character only in its class.
        let drawn = "<mjx-container display=\"true\"><mjx-math><mjx-mrow>\
            <mjx-mi><mjx-c>\u{1D467}</mjx-c></mjx-mi><mjx-mo><mjx-c>=</mjx-c></mjx-mo>\
            <mjx-mfrac><mjx-frac><mjx-num><mjx-nstrut></mjx-nstrut><mjx-mn><mjx-c>1</mjx-c></mjx-mn></mjx-num>\
            <mjx-dbox><mjx-dtable><mjx-line></mjx-line><mjx-row><mjx-den><mjx-dstrut></mjx-dstrut>\
            <mjx-mi><mjx-c class=\"mjx-c1D45B TEX-I\"></mjx-c></mjx-mi></mjx-den></mjx-row></mjx-dtable></mjx-dbox>\
            </mjx-frac></mjx-mfrac>\
            <mjx-munderover><mjx-over><mjx-mi><mjx-c>n</mjx-c></mjx-mi></mjx-over><mjx-box><mjx-munder>\
            <mjx-row><mjx-base><mjx-mo><mjx-c>\u{2211}</mjx-c></mjx-mo></mjx-base></mjx-row>\
            <mjx-row><mjx-under><mjx-mi><mjx-c>i</mjx-c></mjx-mi></mjx-under></mjx-row></mjx-munder></mjx-box>\
            </mjx-munderover>\
            <mjx-msub><mjx-mi><mjx-c>x</mjx-c></mjx-mi><mjx-script><mjx-mi><mjx-c>i</mjx-c></mjx-mi></mjx-script></mjx-msub>\
            <mjx-msubsup><mjx-mi><mjx-c>\u{1D70E}</mjx-c></mjx-mi><mjx-script><mjx-mn><mjx-c>2</mjx-c></mjx-mn>\
            <mjx-spacer></mjx-spacer><mjx-mi><mjx-c>j</mjx-c></mjx-mi></mjx-script></mjx-msubsup>\
            <mjx-msqrt><mjx-sqrt><mjx-surd><mjx-mo><mjx-c>\u{221A}</mjx-c></mjx-mo></mjx-surd>\
            <mjx-box><mjx-mi><mjx-c>y</mjx-c></mjx-mi></mjx-box></mjx-sqrt></mjx-msqrt>\
            </mjx-mrow></mjx-math></mjx-container>";
        assert_eq!(
            chtml_to_tex(drawn).as_deref(),
            Some("z = \\frac{1}{n} \\sum_{i}^{n} x_{i} \\sigma_{j}^{2} \\sqrt{y}")
        );
        // A table's rows and cells sit in MathJax's table boxes.
        assert_eq!(
            chtml_to_tex(
                "<mjx-container><mjx-math><mjx-mtable><mjx-table><mjx-itable><mjx-mtr>\
                 <mjx-mtd><mjx-mi><mjx-c>a</mjx-c></mjx-mi></mjx-mtd><mjx-mtd><mjx-mi><mjx-c>b</mjx-c>\
                 </mjx-mi></mjx-mtd></mjx-mtr></mjx-itable></mjx-table></mjx-mtable></mjx-math></mjx-container>"
            )
            .as_deref(),
            Some("\\begin{matrix} a & b \\end{matrix}")
        );
        // A formula not typeset yet has nothing to write.
        assert_eq!(
            chtml_to_tex(
                "<mjx-container><mjx-lazy data-mjx-lazy=\"42\"></mjx-lazy></mjx-container>"
            ),
            None
        );
    }

    #[test]
    fn rows_scripts_fractions_and_roots() {
        assert_eq!(
            tex("<math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>"),
            "a \\neq 0"
        );
        assert_eq!(
            tex("<math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi></math>"),
            "a x^{2} + c"
        );
        assert_eq!(
            tex(
                "<math><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup>\
                 <mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>"
            ),
            "\\frac{- b \\pm \\sqrt{b^{2} - 4 a c}}{2 a}"
        );
        assert_eq!(
            tex("<math><mroot><mi>x</mi><mn>3</mn></mroot></math>"),
            "\\sqrt[3]{x}"
        );
        // A name of several letters is one upright word; a command stays apart from a letter.
        assert_eq!(
            tex("<math><msub><mi>r</mi><mi>PARL</mi></msub></math>"),
            "r_{\\mathrm{PARL}}"
        );
        assert_eq!(tex("<math><mi>\u{3b1}b</mi></math>"), "\\mathrm{\\alpha b}");
        // A binomial's numbers are a fraction drawn without its bar, and stay without one.
        assert_eq!(
            tex(
                "<math><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>\
                 <mo>)</mo></math>"
            ),
            "\\left(\\genfrac{}{}{0pt}{}{n}{k}\\right)"
        );
        assert_eq!(
            tex("<math><mfrac linethickness=\"0.1em\"><mn>1</mn><mn>2</mn></mfrac></math>"),
            "\\frac{1}{2}"
        );
        // A numbered equation alone in its table: the equation, its mark after it.
        assert_eq!(
            tex(
                "<math><mtable><mlabeledtr><mtd><mtext>(1)</mtext></mtd><mtd><mi>a</mi><mo>=</mo>\
                 <mi>b</mi></mtd></mlabeledtr></mtable></math>"
            ),
            "a = b \\qquad \\text{(1)}"
        );
        assert_eq!(
            tex(
                "<math><mtable><mtr><mtd><mi>x</mi></mtd><mtd><mi>y</mi></mtd></mtr></mtable></math>"
            ),
            "\\begin{matrix} x & y \\end{matrix}"
        );
        // Columns aligned right and left in turn are equations aligned at their signs; other
        // alignments are an array's columns.
        assert_eq!(
            tex(
                "<math><mtable columnalign=\"right left right left\"><mtr><mtd><mi>x</mi></mtd>\
                 <mtd><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mi>y</mi></mtd><mtd><mo>=</mo>\
                 <mn>2</mn></mtd></mtr></mtable></math>"
            ),
            "\\begin{aligned} x & = 1 \\\\ y & = 2 \\end{aligned}"
        );
        assert_eq!(
            tex(
                "<math><mtable columnalign=\"right center left\"><mtr><mtd><mi>x</mi></mtd>\
                 <mtd><mo>=</mo></mtd><mtd><mi>y</mi></mtd></mtr><mtr><mtd><mi>u</mi></mtd>\
                 <mtd><mo>=</mo></mtd><mtd><mi>v</mi></mtd></mtr></mtable></math>"
            ),
            "\\begin{array}{rcl} x & = & y \\\\ u & = & v \\end{array}"
        );
        // A token whose characters the page wrapped in HTML keeps them.
        assert_eq!(
            tex("<math><mi><span>x</span></mi><mo>+</mo><mn><b>1</b></mn></math>"),
            "x + 1"
        );
    }

    #[test]
    fn sums_fences_accents_variants_and_tables() {
        assert_eq!(
            tex(
                "<math><mrow><mo>(</mo><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow>\
                 <mi>n</mi></munderover><msub><mi>a</mi><mi>k</mi></msub><mo>)</mo></mrow></math>"
            ),
            "\\left(\\sum_{k = 1}^{n} a_{k}\\right)"
        );
        assert_eq!(
            tex("<math><mover><mi>x</mi><mo>˙</mo></mover></math>"),
            "\\overset{\\cdot}{x}"
        );
        assert_eq!(
            tex("<math><mi mathvariant=\"bold\">V</mi><mo>×</mo><mi>sin</mi><mi>θ</mi></math>"),
            "\\mathbf{V} \\times \\sin \\theta"
        );
        assert_eq!(
            tex(
                "<math><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable></math>"
            ),
            "\\begin{matrix} 1 & 0 \\\\ 0 & 1 \\end{matrix}"
        );
        // Annotations are not the formula; a page's TeX characters stay literal.
        assert_eq!(
            tex(
                "<math><semantics><mi>x</mi><annotation encoding=\"text/plain\">x</annotation></semantics><mo>%</mo></math>"
            ),
            "x \\%"
        );
    }

    #[test]
    fn each_pair_of_brackets_in_a_row_is_fenced_on_its_own() {
        // Two groups side by side: each its own pair, not the first bracket with the last.
        assert_eq!(
            tex(
                "<math><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mi>q</mi><mo>)</mo><mo>(</mo><mn>1</mn>\
                 <mo>−</mo><msup><mi>q</mi><mn>2</mn></msup><mo>)</mo></mrow></math>"
            ),
            "\\left(1 - q\\right) \\left(1 - q^{2}\\right)"
        );
        // Nested pairs, a half-open interval and bars around a value.
        assert_eq!(
            tex(
                "<math><mi>f</mi><mo>(</mo><mo>[</mo><mn>0</mn><mo>,</mo><mn>1</mn><mo>)</mo>\
                 <mo>)</mo><mo>=</mo><mo>|</mo><mi>x</mi><mo>|</mo></math>"
            ),
            "f \\left(\\left[0 , 1\\right)\\right) = \\left|x\\right|"
        );
        // A bracket with no partner in its row is written as it stands, never a lone `\\left`.
        assert_eq!(
            tex("<math><mo>(</mo><mi>a</mi><mo>+</mo><mo>(</mo><mi>b</mi><mo>)</mo></math>"),
            "( a + \\left(b\\right)"
        );
        assert_eq!(
            tex("<math><mi>a</mi><mo>)</mo><mo>|</mo><mi>b</mi></math>"),
            "a ) | b"
        );
        assert_eq!(
            tex("<math><mo>(</mo><mo>|</mo><mi>a</mi><mo>)</mo></math>"),
            "\\left(| a\\right)"
        );
        // Brackets nested thousands deep in one row: written, the deepest as they stand.
        let deep = format!(
            "<math>{}<mi>x</mi>{}</math>",
            "<mo>(</mo>".repeat(2_000),
            "<mo>)</mo>".repeat(2_000)
        );
        let written = tex(&deep);
        assert_eq!(written.matches("\\left(").count(), MAX_DEPTH);
        assert_eq!(written.matches('x').count(), 1);
    }

    #[test]
    fn empty_and_hostile_formulas_give_nothing() {
        assert_eq!(to_tex("<math></math>"), None);
        assert_eq!(to_tex(&"<mrow>".repeat(10_000)), None);
        assert_eq!(tex("<math><mi>x</mi></mrow></mrow><mn>1"), "x 1");
    }
}
