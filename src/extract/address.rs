//! Web addresses cut into their parts, the one way the engine and the library read them: the
//! scheme, the authority (host, with any port or user) and the rest (path, query, fragment).
//! Nothing is parsed or normalised here: callers decide what an address means to them (the
//! page's kind from its path, a site rule's host, a duplicate's canonical form).

/// An address cut where its parts meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressParts<'a> {
    /// Before `://`, when there is one.
    pub scheme: Option<&'a str>,
    /// After the scheme, up to the first `/`, `?` or `#`.
    pub authority: &'a str,
    /// The path, query and fragment, from that `/`, `?` or `#` on.
    pub rest: &'a str,
}

/// `url` cut into its parts; an address without `://` is all authority and rest.
pub fn address_parts(url: &str) -> AddressParts<'_> {
    let (scheme, after) = match url.split_once("://") {
        Some((scheme, after)) => (Some(scheme), after),
        None => (None, url),
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    AddressParts {
        scheme,
        authority: &after[..end],
        rest: &after[end..],
    }
}

/// Whether `url` is an absolute http(s) address: the only kind the engine takes as a page's
/// address from outside (a clipboard's note, `--url`).
pub fn is_web_address(url: &str) -> bool {
    url::Url::parse(url.trim()).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

/// The path of `url` and all after it, from its first `/` past the host ("" without a scheme
/// or a path).
pub fn path_and_after(url: &str) -> &str {
    let parts = address_parts(url);
    if parts.scheme.is_none() {
        return "";
    }
    parts.rest.find('/').map_or("", |i| &parts.rest[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_cut_where_their_parts_meet() {
        let p = address_parts("https://user@www.example.com:8080/a/b?x=1#top");
        assert_eq!(p.scheme, Some("https"));
        assert_eq!(p.authority, "user@www.example.com:8080");
        assert_eq!(p.rest, "/a/b?x=1#top");
        let p = address_parts("example.com?q=/x");
        assert_eq!(
            (p.scheme, p.authority, p.rest),
            (None, "example.com", "?q=/x")
        );
        assert_eq!(
            path_and_after("https://a.com/News/2024/x?y"),
            "/News/2024/x?y"
        );
        assert_eq!(path_and_after("https://a.com"), "");
        assert_eq!(path_and_after("a.com/x"), "");
    }
}
