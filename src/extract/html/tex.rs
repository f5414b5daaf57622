//! TeX on a page: delimited in the text for a typesetting script, or carried by an image's or
//! a math element's attributes and annotations.

use super::*;

/// A piece of a text node on a page that typesets TeX.
#[derive(Debug, PartialEq)]
pub(super) enum TexPiece<'t> {
    Text(&'t str),
    Math { tex: &'t str, display: bool },
}

/// Splits text at MathJax's and KaTeX's delimiters: `$$…$$` and `\[…\]` are display math,
/// `\(…\)` and `$…$` inline. A lone `$` is text, and so is a `$` before a digit or a space
/// ("costs $100 per unit"), or one whose closing `$` has a space before it.
pub(super) fn tex_pieces(text: &str) -> Vec<TexPiece<'_>> {
    let mut pieces = Vec::new();
    let mut plain_start = 0usize;
    let mut at = 0usize;
    let bytes = text.as_bytes();
    // For each pair, where its closing delimiter was last looked for from and where it was
    // found: every opening before that closing one shares the answer, so a text of openings
    // that never close ("\\(" ten thousand times) is read once, not once per opening.
    let mut closings: [Option<(usize, Option<usize>)>; 3] = [None; 3];
    while at < bytes.len() {
        let here = &text[at..];
        let found = [
            ("$$", "$$", true),
            ("\\[", "\\]", true),
            ("\\(", "\\)", false),
        ]
        .iter()
        .zip(closings.iter_mut())
        .find_map(|(&(open, close, display), closing)| {
            let body = here.strip_prefix(open)?;
            let from = at + open.len();
            let found = match *closing {
                Some((searched, found)) if searched <= from && found.is_none_or(|f| from <= f) => {
                    found
                }
                _ => {
                    let found = body.find(close).map(|p| from + p);
                    *closing = Some((from, found));
                    found
                }
            };
            let end = found? - from;
            (!body[..end].trim().is_empty()).then_some((open.len(), end, close.len(), display))
        })
        .or_else(|| {
            let body = here.strip_prefix('$')?;
            let first = body.chars().next()?;
            if first.is_whitespace() || first.is_ascii_digit() || first == '$' {
                return None;
            }
            let end = body.find(['$', '\n'])?;
            (body.as_bytes()[end] == b'$' && !body[..end].ends_with(char::is_whitespace))
                .then_some((1, end, 1, false))
        });
        match found {
            Some((open, end, close, display)) => {
                if plain_start < at {
                    pieces.push(TexPiece::Text(&text[plain_start..at]));
                }
                let tex = &text[at + open..at + open + end];
                pieces.push(TexPiece::Math { tex, display });
                at += open + end + close;
                plain_start = at;
            }
            None => {
                at += here.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    if plain_start < text.len() {
        pieces.push(TexPiece::Text(&text[plain_start..]));
    }
    pieces
}

/// The TeX an element keeps in `data-math`, `data-latex` or `data-tex` (or `data-entry` on an
/// element whose class says it is TeX).
pub(super) fn tex_attribute<'t>(tag: &'t Tag, class: &str) -> Option<&'t str> {
    let tex = tag
        .attr("data-math")
        .or_else(|| tag.attr("data-latex"))
        .or_else(|| tag.attr("data-tex"))
        .or_else(|| {
            tag.attr("data-entry")
                .filter(|_| mentions(class, &[b"tex", b"math"]))
        })?;
    (!tex.trim().is_empty()).then_some(tex)
}

/// The TeX of a formula drawn as an image: from a TeX-rendering service's address
/// (`latex.php?latex=…`, `…/png.latex?\\frac…`, `chart?cht=tx&chl=…`, `render/math?math=…`,
/// or the formula as the address's last part, `…/svg/\\frac{a}{b}`), or the alternative text
/// of an image marked as a formula (class `latex`, `tex`, `math`) or written in TeX.
pub(super) fn image_tex(tag: &Tag, class: &str) -> Option<String> {
    let src = tag.attr("src").unwrap_or("");
    let (path, query) = src.split_once('?').unwrap_or((src, ""));
    // A formula as the last part of the address: written in TeX once its escapes are read (a
    // picture's file name never starts a TeX command and holds a brace).
    if let Some(last) = path.rsplit('/').next()
        && last.contains("%5C")
        && let Ok(decoded) = percent_encoding::percent_decode_str(last).decode_utf8()
        && decoded.starts_with('\\')
        && looks_like_tex(&decoded)
    {
        return Some(decoded.into_owned());
    }
    if !query.is_empty() {
        let lower = path.to_ascii_lowercase();
        let service = lower.contains("latex")
            || lower.contains("codecogs")
            || lower.ends_with("/chart")
            || lower.ends_with("/render/math");
        if service {
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let tex = pairs
                .iter()
                .find(|(k, _)| matches!(k.as_str(), "latex" | "chl" | "tex" | "eq" | "math"))
                .map(|(_, v)| v.clone())
                .or_else(|| match pairs.as_slice() {
                    [(k, v)] if v.is_empty() && k.contains('\\') => Some(k.clone()),
                    _ => None,
                });
            if let Some(tex) = tex.filter(|t| !t.trim().is_empty()) {
                return Some(tex);
            }
        }
    }
    let alt = tag.attr("alt")?.trim();
    if alt.is_empty() {
        return None;
    }
    let marked = class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "latex" | "tex" | "math" | "equation"))
        || class.contains("math-fallback");
    if marked || looks_like_tex(alt) {
        // MediaWiki wraps its alternative text in `{\displaystyle …}`.
        let alt = alt
            .strip_prefix("{\\displaystyle")
            .and_then(|a| a.strip_suffix('}'))
            .unwrap_or(alt);
        return Some(alt.trim().to_string());
    }
    None
}

/// Text written in TeX: one of TeX's math commands (`\frac`, `\operatorname`, `\alpha`) and a
/// brace, script or equals. Any backslash before a letter was not enough: a picture's alternative
/// text holding code (`line = "1\n2"`) or a Windows path (`c:\windows\temp_1`) became math.
fn looks_like_tex(text: &str) -> bool {
    let bytes = text.as_bytes();
    let command = bytes.iter().enumerate().any(|(i, &b)| {
        if b != b'\\' {
            return false;
        }
        let name = &bytes[i + 1..];
        let len = name.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        len > 0 && is_tex_command(&name[..len])
    });
    command && bytes.iter().any(|b| matches!(b, b'{' | b'^' | b'_' | b'='))
}

/// Whether `name` (a backslash's letters) is one of [`TEX_COMMANDS`].
fn is_tex_command(name: &[u8]) -> bool {
    TEX_COMMANDS
        .split_ascii_whitespace()
        .any(|command| command.as_bytes() == name)
}

/// TeX's and LaTeX's common math commands, between spaces.
const TEX_COMMANDS: &str = "Delta Gamma Lambda Leftarrow Leftrightarrow Omega Phi Pi Psi \
     Rightarrow Sigma Theta Xi aleph alpha approx arccos arcsin arctan bar begin beta bigcap bigcup binom bmod boldsymbol \
     cap cdot cdots chi circ cos cosh cot cup ddot delta det dfrac dim displaystyle div dot dots \
     ell emptyset end epsilon equiv eta exists exp forall frac gamma gcd ge geq hat hbar iff \
     iiint iint implies in infty int iota kappa lambda langle lceil ldots le left leftarrow leq \
     lfloor lim ln log mapsto mathbb mathbf mathcal mathfrak mathit mathrm mathsf max min mp mu \
     nabla ne neq notin nu oint omega operatorname oplus otimes overline partial perp phi pi pm \
     prime prod propto psi qquad quad rangle rceil rfloor rho right rightarrow setminus sigma \
     sim sin sinh sqrt subset subseteq sum supset tan tanh tau tfrac theta tilde times to \
     underline varepsilon varphi vec vee wedge widehat xi zeta ";

/// Whether `tex` can be written between dollar signs and read back whole: no `$` inside that a
/// backslash does not escape (TeX itself has none: it would leave math), no backslash at its end
/// escaping the closing one, and its braces balanced (a reader takes dollar signs around
/// unbalanced braces for text, and reads what is between them as Markdown).
pub(super) fn delimitable(tex: &str) -> bool {
    let mut backslashes = 0;
    let mut depth: usize = 0;
    for b in tex.bytes() {
        if b == b'\\' {
            backslashes += 1;
            continue;
        }
        let escaped = backslashes % 2 == 1;
        backslashes = 0;
        match b {
            b'$' if !escaped => return false,
            b'{' if !escaped => depth += 1,
            b'}' if !escaped => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    backslashes % 2 == 0 && depth == 0
}

/// The TeX of a MathML formula: its `<annotation encoding="application/x-tex">`.
pub(super) fn tex_annotation(mathml: &str) -> Option<String> {
    let at = memchr::memmem::find(mathml.as_bytes(), b"application/x-tex")?;
    let open_end = at + mathml[at..].find('>')? + 1;
    let close = open_end + mathml[open_end..].find("</annotation")?;
    Some(mathml[open_end..close].to_string())
}

#[cfg(test)]
mod tests {
    use super::{delimitable, looks_like_tex};

    #[test]
    fn tex_with_a_bare_dollar_or_a_last_backslash_cannot_be_delimited() {
        assert!(delimitable("\\frac{a}{b}"));
        assert!(delimitable("\\text{\\$5} + x \\\\"));
        assert!(!delimitable("x = $5"));
        assert!(!delimitable("\\\\$"));
        assert!(!delimitable("x \\"));
        assert!(delimitable("\\frac{a}{b} + \\{x\\}"));
        assert!(!delimitable("\\frac{a}{b"));
        assert!(!delimitable("a} + {b"));
    }

    #[test]
    fn tex_is_told_by_its_commands_not_by_any_backslash() {
        assert!(looks_like_tex("\\frac{a}{b}"));
        assert!(looks_like_tex("x^2 + \\alpha = 1"));
        assert!(looks_like_tex("\\operatorname{fn}(x,y) = \\exp(x)"));
        // Code and paths hold a backslash before a letter and an equals sign or an underscore.
        assert!(!looks_like_tex("let line = \"1\\n2\\n3\";"));
        assert!(!looks_like_tex("c:\\windows\\temp\\terraform_1.cmd"));
        // A command's whole name counts: `\tools` is not `\to`.
        assert!(!looks_like_tex("c:\\tools_x = 1"));
        assert!(!looks_like_tex("\\frac without braces or scripts"));
    }
}
