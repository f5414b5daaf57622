//! Differential: the same text through our tokenizer (`extract::html::tokenizer`) and through
//! html5ever's, which passes the html5lib tests; what the engine reads of it must be the same.
//!
//! "The same" is the token stream as the engine reads it: text (adjacent text merged, character
//! references decoded where the content model decodes them, a data state NUL kept), start tags
//! (name, every attribute's name and decoded value, self-closing), end tag names and comments.
//! Not compared: doctypes (nothing in them is read) and parse errors. Both tokenizers switch
//! content model after a start tag as the engine does ([`raw_kind_of`]: `<script>`, `<style>`,
//! `<title>`, `<textarea>`, `<plaintext>`…) with no tree builder besides: no foreign content
//! (the engine skips `<svg>` and `<math>` whole), so a `<![CDATA[` is a bogus comment on both
//! sides. Bytes that are not UTF-8 are read lossily first, as the engine's decoding would.
#![no_main]

use std::cell::RefCell;

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind as TheirRawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token as TheirToken, TokenSink, TokenSinkResult,
    Tokenizer as TheirTokenizer, TokenizerOpts,
};
use libfuzzer_sys::fuzz_target;
use tidyclip::extract::html::decode_entities;
use tidyclip::extract::html::tokenizer::{
    Attributes, RawKind, Token, Tokenizer, normalize_newlines, raw_kind_of,
};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    Text(String),
    StartTag {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    EndTag(String),
    Comment(String),
}

fn push_text(out: &mut Vec<Seen>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Seen::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Seen::Text(text.to_string()));
    }
}

/// Ours, as the engine reads a page (`Builder::run` and `unread_element` in `extract/html.rs`).
fn ours(input: &str) -> Vec<Seen> {
    let input = normalize_newlines(input);
    let mut tok = Tokenizer::new(&input, Attributes::All);
    let mut out = Vec::new();
    while let Some(token) = tok.next_token() {
        match token {
            Token::Text(raw) => push_text(&mut out, &decode_entities(raw)),
            Token::StartTag(tag) => {
                let mut attrs: Vec<(String, String)> = tag
                    .attrs
                    .iter()
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect();
                attrs.sort();
                out.push(Seen::StartTag {
                    name: tag.name.to_string(),
                    attrs,
                    self_closing: tag.self_closing,
                });
                if let Some(kind) = raw_kind_of(&tag.name) {
                    let text = tok.raw_text(kind, Some(&tag.name));
                    if kind == RawKind::Rcdata {
                        push_text(&mut out, &decode_entities(&text));
                    } else {
                        push_text(&mut out, &text);
                    }
                }
            }
            Token::EndTag(tag) => out.push(Seen::EndTag(tag.name.to_string())),
            Token::Comment(text) => out.push(Seen::Comment(text.to_string())),
            Token::Doctype => {}
        }
    }
    out
}

/// html5ever's tokens, collected; after a start tag it is switched as ours is.
struct Sink {
    out: RefCell<Vec<Seen>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: TheirToken, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.out.borrow_mut();
        match token {
            TheirToken::CharacterTokens(text) => push_text(&mut out, &text),
            TheirToken::NullCharacterToken => push_text(&mut out, "\0"),
            TheirToken::CommentToken(text) => out.push(Seen::Comment(text.to_string())),
            TheirToken::TagToken(tag) if tag.kind == TagKind::EndTag => {
                out.push(Seen::EndTag(tag.name.to_string()));
            }
            TheirToken::TagToken(tag) => {
                let mut attrs: Vec<(String, String)> = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                attrs.sort();
                let name = tag.name.to_string();
                out.push(Seen::StartTag {
                    name: name.clone(),
                    attrs,
                    self_closing: tag.self_closing,
                });
                return match raw_kind_of(&name) {
                    Some(RawKind::ScriptData) => TokenSinkResult::RawData(TheirRawKind::ScriptData),
                    Some(RawKind::Rawtext) => TokenSinkResult::RawData(TheirRawKind::Rawtext),
                    Some(RawKind::Rcdata) => TokenSinkResult::RawData(TheirRawKind::Rcdata),
                    Some(RawKind::Plaintext) => TokenSinkResult::Plaintext,
                    None => TokenSinkResult::Continue,
                };
            }
            TheirToken::DoctypeToken(_) | TheirToken::EOFToken | TheirToken::ParseError(_) => {}
        }
        TokenSinkResult::Continue
    }
}

fn theirs(input: &str) -> Vec<Seen> {
    let sink = Sink {
        out: RefCell::new(Vec::new()),
    };
    let opts = TokenizerOpts {
        // The engine's decoding drops a byte order mark; the tokenizer keeps what it is given.
        discard_bom: false,
        ..TokenizerOpts::default()
    };
    let tok = TheirTokenizer::new(sink, opts);
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(input));
    while let TokenizerResult::Script(()) = tok.feed(&queue) {}
    tok.end();
    tok.sink.out.take()
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let ours = ours(&input);
    let theirs = theirs(&input);
    assert!(
        ours == theirs,
        "{input:?}\nours:     {ours:?}\nhtml5ever: {theirs:?}"
    );
});
