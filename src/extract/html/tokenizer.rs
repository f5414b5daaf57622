//! The HTML tokenizer the engine reads pages with: the WHATWG tokenizer's states, as far as they
//! decide what is text, which tags there are and what their attributes hold.
//!
//! What it does as the standard says (and `tests/html5lib.rs` checks against the html5lib
//! tokenizer tests): tags and attributes (names lowercased, the first of a repeated attribute
//! kept, a tag cut off by the end of the input dropped), comments with every odd ending
//! (`<!-->`, `<!--->`, `--!>`, the end of the input), bogus comments (`<?…>`, `</ …>`, `<!x>`),
//! doctypes, NULs, and the content of raw text, RCDATA, script data (with its escaped and
//! double-escaped states, `<!-- <script> … </script> -->`) and PLAINTEXT elements. Line breaks are
//! normalised before it runs ([`normalize_newlines`]).
//!
//! Where it saves work: text is handed over as written, its character references still in it
//! ([`super::decode_entities`] decodes it; the engine decodes only the text it keeps), and only
//! the attributes asked for are decoded ([`Attributes::Wanted`]). Which content model an element
//! has is the caller's to say ([`Tokenizer::raw_text`]), as the tree builder does in the standard.

use std::borrow::Cow;

use super::decode_attribute_entities;

/// A tag as the tokenizer read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// Lowercased.
    pub name: Cow<'a, str>,
    pub self_closing: bool,
    /// Names lowercased, values decoded; the first of a repeated name only. Empty for end tags.
    pub attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl Tag<'_> {
    /// The value of the attribute `name` (lowercase).
    #[inline]
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_ref())
    }
}

/// What the tokenizer emits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text in the data state, as written: character references are still in it (decode it with
    /// [`super::decode_entities`]), a NUL stays a NUL. Never empty.
    Text(&'a str),
    StartTag(Tag<'a>),
    EndTag(Tag<'a>),
    /// A comment's text, or a bogus comment's (`<?xml …>`, `</ x>`, `<![CDATA[…]]>` outside
    /// foreign content).
    Comment(Cow<'a, str>),
    /// A `<!DOCTYPE …>`: nothing in it is read.
    Doctype,
}

/// Which attributes a tag keeps.
#[derive(Debug, Clone, Copy)]
pub enum Attributes {
    /// Only those the engine reads (`WANTED_ATTRS` in `html.rs`); the others' values are not
    /// decoded.
    Wanted,
    /// All of them.
    All,
}

/// The content model an element's text is read in (the tokenizer states the tree builder
/// switches to after such a start tag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawKind {
    /// `<title>`, `<textarea>`: to the end tag; character references count (the caller decodes).
    Rcdata,
    /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`: to the end tag, as written.
    Rawtext,
    /// `<script>`: to the end tag, except where `<!-- <script>` hides it.
    ScriptData,
    /// `<plaintext>`: to the end of the input.
    Plaintext,
}

/// The content model the engine reads an element's text in, by its (lowercase) name: what the
/// tree builder switches the tokenizer to after its start tag (with scripting off, so
/// `<noscript>` holds markup). `None`: the data state goes on.
pub fn raw_kind_of(name: &str) -> Option<RawKind> {
    match name {
        "script" => Some(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(RawKind::Rawtext),
        "title" | "textarea" => Some(RawKind::Rcdata),
        "plaintext" => Some(RawKind::Plaintext),
        _ => None,
    }
}

/// The input stream's preprocessing: every CR LF pair and every lone CR becomes one LF. Borrows
/// when there is no CR (most pages).
pub fn normalize_newlines(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let Some(first) = memchr::memchr(b'\r', bytes) else {
        return Cow::Borrowed(input);
    };
    let mut out = String::with_capacity(input.len());
    out.push_str(&input[..first]);
    let mut i = first;
    while let Some(p) = memchr::memchr(b'\r', &bytes[i..]) {
        out.push_str(&input[i..i + p]);
        out.push('\n');
        i += p + 1;
        if bytes.get(i) == Some(&b'\n') {
            i += 1;
        }
    }
    out.push_str(&input[i..]);
    Cow::Owned(out)
}

/// U+0000 becomes U+FFFD, as in every state but the data state.
#[inline]
pub fn replace_nul(s: &str) -> Cow<'_, str> {
    if memchr::memchr(0, s.as_bytes()).is_some() {
        Cow::Owned(s.replace('\0', "\u{FFFD}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A tag or attribute name as the standard keeps it: ASCII uppercase lowered, NUL replaced.
#[inline]
fn lowercase_name(raw: &str) -> Cow<'_, str> {
    if raw.bytes().any(|b| b.is_ascii_uppercase() || b == 0) {
        Cow::Owned(raw.to_ascii_lowercase().replace('\0', "\u{FFFD}"))
    } else {
        Cow::Borrowed(raw)
    }
}

#[inline]
fn is_space(b: u8) -> bool {
    // The tokenizer's whitespace; a CR is gone after preprocessing, but a page handed over
    // without it is read the same.
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Whether `hay[at..]` (which starts with `</`) is the end tag `name` ends its raw text with:
/// `</name` in any case, followed by whitespace, `/` or `>` (at the end of the input it is text).
fn is_end_tag_at(hay: &[u8], at: usize, name: &str) -> bool {
    let after = &hay[at + 2..];
    after.len() > name.len()
        && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        && (matches!(after[name.len()], b'/' | b'>') || is_space(after[name.len()]))
}

/// Where in `hay` the RCDATA or raw text closed by `</name` ends.
fn rawtext_end(hay: &[u8], name: &str) -> usize {
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&hay[from..], b"</") {
        let at = from + p;
        if is_end_tag_at(hay, at, name) {
            return at;
        }
        from = at + 2;
    }
    hay.len()
}

/// The script data states, from "script data" to "script data double escaped dash dash".
#[derive(Clone, Copy)]
enum Script {
    Data,
    Escaped,
    EscapedDash,
    EscapedDashDash,
    DoubleEscaped,
    DoubleEscapedDash,
    DoubleEscapedDashDash,
}

/// The length of the ASCII letters at the start of `s`.
fn letters(s: &[u8]) -> usize {
    s.iter().take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Whether `s` starts with `script` (any case) and then whitespace, `/` or `>`: what switches
/// into and out of the double-escaped states.
fn script_word(s: &[u8]) -> bool {
    s.len() > 6
        && s[..6].eq_ignore_ascii_case(b"script")
        && (matches!(s[6], b'/' | b'>') || is_space(s[6]))
}

/// Where in `hay` the script data closed by `</name` ends: not inside `<!-- <script> … -->`.
fn script_data_end(hay: &[u8], name: &str) -> usize {
    let mut state = Script::Data;
    let mut i = 0;
    while i < hay.len() {
        match state {
            Script::Data => {
                let Some(p) = memchr::memchr(b'<', &hay[i..]) else {
                    return hay.len();
                };
                let at = i + p;
                match hay.get(at + 1) {
                    Some(b'/') if is_end_tag_at(hay, at, name) => return at,
                    Some(b'/') => i = at + 2,
                    Some(b'!') if hay[at + 2..].starts_with(b"--") => {
                        // "<!--" leaves the tokenizer in "escaped dash dash": "<!-->" is no
                        // escape at all.
                        state = Script::EscapedDashDash;
                        i = at + 4;
                    }
                    _ => i = at + 1,
                }
            }
            Script::Escaped | Script::EscapedDash | Script::EscapedDashDash => {
                if let Script::Escaped = state {
                    // Only `-` and `<` leave "script data escaped".
                    match memchr::memchr2(b'-', b'<', &hay[i..]) {
                        Some(p) => i += p,
                        None => return hay.len(),
                    }
                }
                let c = hay[i];
                if c == b'<' {
                    let after = &hay[i + 1..];
                    if after.first() == Some(&b'/') {
                        if is_end_tag_at(hay, i, name) {
                            return i;
                        }
                        state = Script::Escaped;
                        i += 2;
                    } else if after.first().is_some_and(u8::is_ascii_alphabetic) {
                        // The double escape start state: `<script` and a delimiter.
                        let run = letters(after);
                        if script_word(after) {
                            state = Script::DoubleEscaped;
                            i += 1 + run + 1;
                        } else {
                            state = Script::Escaped;
                            i += 1 + run;
                        }
                    } else {
                        state = Script::Escaped;
                        i += 1;
                    }
                    continue;
                }
                state = match (state, c) {
                    (Script::Escaped, b'-') => Script::EscapedDash,
                    (Script::EscapedDash | Script::EscapedDashDash, b'-') => {
                        Script::EscapedDashDash
                    }
                    (Script::EscapedDashDash, b'>') => Script::Data,
                    _ => Script::Escaped,
                };
                i += 1;
            }
            Script::DoubleEscaped | Script::DoubleEscapedDash | Script::DoubleEscapedDashDash => {
                if let Script::DoubleEscaped = state {
                    match memchr::memchr2(b'-', b'<', &hay[i..]) {
                        Some(p) => i += p,
                        None => return hay.len(),
                    }
                }
                let c = hay[i];
                if c == b'<' {
                    if hay.get(i + 1) == Some(&b'/') {
                        // The double escape end state: `</script` and a delimiter.
                        let after = &hay[i + 2..];
                        if script_word(after) {
                            state = Script::Escaped;
                            i += 2 + 6 + 1;
                        } else {
                            state = Script::DoubleEscaped;
                            i += 2 + letters(after);
                        }
                    } else {
                        state = Script::DoubleEscaped;
                        i += 1;
                    }
                    continue;
                }
                state = match (state, c) {
                    (Script::DoubleEscaped, b'-') => Script::DoubleEscapedDash,
                    (Script::DoubleEscapedDash | Script::DoubleEscapedDashDash, b'-') => {
                        Script::DoubleEscapedDashDash
                    }
                    (Script::DoubleEscapedDashDash, b'>') => Script::Data,
                    _ => Script::DoubleEscaped,
                };
                i += 1;
            }
        }
    }
    hay.len()
}

/// A comment's text after `<!--` (`rest`), and how many bytes of `rest` the comment takes.
fn comment_in(rest: &str) -> (&str, usize) {
    let bytes = rest.as_bytes();
    // "comment start" and "comment start dash": `<!-->` and `<!--->` are empty comments.
    if bytes.first() == Some(&b'>') {
        return ("", 1);
    }
    if bytes.starts_with(b"->") {
        return ("", 2);
    }
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&bytes[from..], b"--") {
        let at = from + p;
        match bytes.get(at + 2) {
            Some(b'>') => return (&rest[..at], at + 3),
            Some(b'!') if bytes.get(at + 3) == Some(&b'>') => return (&rest[..at], at + 4),
            _ => from = at + 1,
        }
    }
    // Cut off by the end of the input: a closing `--!`, `--` or `-` begun is not text.
    let text = rest
        .strip_suffix("--!")
        .or_else(|| rest.strip_suffix("--"))
        .or_else(|| rest.strip_suffix('-'))
        .unwrap_or(rest);
    (text, rest.len())
}

/// Reads tokens from a page's text, in the data state unless told otherwise.
pub struct Tokenizer<'a> {
    input: &'a str,
    pos: usize,
    attributes: Attributes,
    /// An emptied attribute list handed back ([`Tokenizer::recycle`]), for the next start tag:
    /// one allocation for the page instead of one per tag.
    spare_attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer at the start of `input` (already through [`normalize_newlines`]).
    pub fn new(input: &'a str, attributes: Attributes) -> Self {
        Tokenizer {
            input,
            pos: 0,
            attributes,
            spare_attrs: Vec::new(),
        }
    }

    /// The input not read yet.
    pub fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    /// How far into the input the tokenizer has read, in bytes.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Skips `bytes` bytes of [`Tokenizer::rest`] (a character boundary) without reading them.
    pub fn skip(&mut self, bytes: usize) {
        self.pos = (self.pos + bytes).min(self.input.len());
    }

    /// Hands a tag's attribute list back, for the next tag to fill.
    #[inline]
    pub fn recycle(&mut self, mut attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>) {
        attrs.clear();
        self.spare_attrs = attrs;
    }

    /// Reads the text of an element of content model `kind` whose start tag was just read, up to
    /// its end tag `</end_tag` (`None`: there is none to end it, as in a tokenizer test without a
    /// last start tag), which is left to be the next token. NULs become U+FFFD; an RCDATA
    /// element's character references are left in for the caller to decode.
    pub fn raw_text(&mut self, kind: RawKind, end_tag: Option<&str>) -> Cow<'a, str> {
        replace_nul(self.raw_text_as_written(kind, end_tag))
    }

    /// [`Tokenizer::raw_text`] with its NULs left in, for a caller that reads little of what it
    /// skips (the engine keeps a title, JSON-LD and MathJax's TeX, and passes over every other
    /// script and style without looking for NULs in it).
    pub fn raw_text_as_written(&mut self, kind: RawKind, end_tag: Option<&str>) -> &'a str {
        let start = self.pos;
        let hay = &self.input.as_bytes()[start..];
        let len = match (kind, end_tag) {
            (RawKind::Plaintext, _) | (_, None) => hay.len(),
            (RawKind::Rcdata | RawKind::Rawtext, Some(name)) => rawtext_end(hay, name),
            (RawKind::ScriptData, Some(name)) => script_data_end(hay, name),
        };
        self.pos = start + len;
        &self.input[start..start + len]
    }

    /// The next token in the data state, or `None` at the end of the input.
    #[inline]
    pub fn next_token(&mut self) -> Option<Token<'a>> {
        let input = self.input;
        let bytes = input.as_bytes();
        loop {
            let pos = self.pos;
            let first = *bytes.get(pos)?;
            if first != b'<' {
                let end = memchr::memchr(b'<', &bytes[pos..]).map_or(bytes.len(), |p| pos + p);
                self.pos = end;
                return Some(Token::Text(&input[pos..end]));
            }
            match bytes.get(pos + 1) {
                Some(b'!') => return Some(self.markup_declaration(pos + 2)),
                Some(b'?') => return Some(self.bogus_comment(pos + 1)),
                Some(b'/') => match bytes.get(pos + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        return self.tag(pos + 2, true).map(Token::EndTag);
                    }
                    // `</>` is nothing at all.
                    Some(b'>') => self.pos = pos + 3,
                    Some(_) => return Some(self.bogus_comment(pos + 2)),
                    None => {
                        self.pos = bytes.len();
                        return Some(Token::Text(&input[pos..]));
                    }
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    return self.tag(pos + 1, false).map(Token::StartTag);
                }
                _ => {
                    // A `<` that opens no tag is text, with what follows it up to the next `<`.
                    let end = memchr::memchr(b'<', &bytes[pos + 1..])
                        .map_or(bytes.len(), |p| pos + 1 + p);
                    self.pos = end;
                    return Some(Token::Text(&input[pos..end]));
                }
            }
        }
    }

    /// After `<!` (at `at`): a comment, a doctype or a bogus comment.
    fn markup_declaration(&mut self, at: usize) -> Token<'a> {
        let input = self.input;
        let rest = &input.as_bytes()[at..];
        if rest.starts_with(b"--") {
            let (text, len) = comment_in(&input[at + 2..]);
            self.pos = at + 2 + len;
            return Token::Comment(replace_nul(text));
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"doctype") {
            // Every doctype state ends at a `>`, quoted or not.
            self.pos = memchr::memchr(b'>', rest).map_or(input.len(), |p| at + p + 1);
            return Token::Doctype;
        }
        // `<![CDATA[` opens a CDATA section only in foreign content, which the engine skips.
        self.bogus_comment(at)
    }

    /// A bogus comment whose text starts at `at`: to the next `>`.
    fn bogus_comment(&mut self, at: usize) -> Token<'a> {
        let input = self.input;
        let end = memchr::memchr(b'>', &input.as_bytes()[at..]).map_or(input.len(), |p| at + p);
        self.pos = (end + 1).min(input.len());
        Token::Comment(replace_nul(&input[at..end]))
    }

    /// Reads a tag from its name's first letter at `at`. `None` when the input ends inside it:
    /// such a tag is dropped, and there is nothing after it.
    fn tag(&mut self, at: usize, end_tag: bool) -> Option<Tag<'a>> {
        let input: &'a str = self.input;
        let bytes = input.as_bytes();
        let mut i = at;
        while i < bytes.len() && !(matches!(bytes[i], b'/' | b'>') || is_space(bytes[i])) {
            i += 1;
        }
        let mut tag = Tag {
            name: lowercase_name(&input[at..i]),
            self_closing: false,
            attrs: std::mem::take(&mut self.spare_attrs),
        };
        let skip_spaces = |i: &mut usize| {
            while *i < bytes.len() && is_space(bytes[*i]) {
                *i += 1;
            }
        };
        loop {
            skip_spaces(&mut i);
            match bytes.get(i) {
                None => {
                    self.pos = bytes.len();
                    return None;
                }
                Some(b'>') => break,
                Some(b'/') => {
                    i += 1;
                    if bytes.get(i) == Some(&b'>') {
                        tag.self_closing = true;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            // The attribute's name: its first character may be `=`.
            let start = i;
            i += 1;
            while i < bytes.len() && !(matches!(bytes[i], b'/' | b'>' | b'=') || is_space(bytes[i]))
            {
                i += 1;
            }
            let raw_name = &input[start..i];
            let name: Option<Cow<'a, str>> = if end_tag {
                None
            } else {
                match self.attributes {
                    Attributes::Wanted => super::wanted_attr(raw_name).map(Cow::Borrowed),
                    Attributes::All => Some(lowercase_name(raw_name)),
                }
            };
            skip_spaces(&mut i);
            let mut value: Cow<'a, str> = Cow::Borrowed("");
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                skip_spaces(&mut i);
                let raw_value = match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let start = i + 1;
                        let Some(len) = memchr::memchr(q, &bytes[start..]) else {
                            self.pos = bytes.len();
                            return None;
                        };
                        i = start + len + 1;
                        &input[start..start + len]
                    }
                    _ => {
                        let start = i;
                        while i < bytes.len() && !(bytes[i] == b'>' || is_space(bytes[i])) {
                            i += 1;
                        }
                        &input[start..i]
                    }
                };
                if name.is_some() {
                    value = match replace_nul(raw_value) {
                        Cow::Borrowed(v) => decode_attribute_entities(v),
                        Cow::Owned(v) => Cow::Owned(decode_attribute_entities(&v).into_owned()),
                    };
                }
            }
            if let Some(name) = name
                && !tag.attrs.iter().any(|(n, _)| *n == name)
            {
                tag.attrs.push((name, value));
            }
        }
        self.pos = i + 1;
        Some(tag)
    }
}
