//! The system clipboard read as a paste: its HTML flavour when there is one, else its text, and
//! the address of the page it was copied from when the browser put one beside it. The window's
//! Paste and the command line's `--clipboard` read it; it is a trait so the window's tests inject
//! a fake and never touch the real clipboard.

use crate::extract::Format;

/// What the clipboard held when the person pasted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    pub text: String,
    /// `Html` when the clipboard's HTML flavour was read, else `Text`.
    pub format: Format,
    /// The address of the page the selection was copied from, when the browser put it on the
    /// clipboard too (Firefox on X11 and Wayland, any browser on Windows).
    pub source: Option<String>,
}

/// The system clipboard. Read on a worker thread: a big selection can take seconds to arrive.
pub trait Clipboard: Send {
    /// The HTML flavour when there is one, else the text. Errors are sentences for the status line.
    fn read(&mut self) -> Result<Pasted, String>;
}

/// arboard's clipboard, opened per use: it fails without a display, and that must not be fatal.
pub struct SystemClipboard;

impl Clipboard for SystemClipboard {
    fn read(&mut self) -> Result<Pasted, String> {
        let mut clipboard =
            arboard::Clipboard::new().map_err(|e| format!("Could not open the clipboard: {e}"))?;
        // What the owner offers, where it can be asked (X11 and XWayland): a type it does not
        // list is not asked for. xclip answers every type with its own content, and a big text
        // asked for as HTML came in parts of the wrong type, which arboard read as an empty
        // HTML flavour while xclip waited for ever for the rest: the text read after it hung.
        let offered = offered_types();
        // Browsers put an HTML flavour beside the text; it keeps headings, lists and links.
        // With only text on the clipboard arboard reports an `Unknown` error, not
        // `ContentNotAvailable`, so any error here means "try the text".
        // The page's address is asked for after the content: an owner that mishandles the
        // request cannot cost the paste itself.
        if offered.is_none_or(|o| o.html)
            && let Ok(html) = clipboard.get().html()
            && !html.trim().is_empty()
        {
            return Ok(Pasted {
                text: html,
                format: Format::Html,
                source: page_address_on_clipboard(offered),
            });
        }
        // An owner offering no text (a copied picture) is not asked for it: xclip would answer
        // with the picture, which arboard reports as "incorrect type received".
        if offered.is_some_and(|o| !o.text) {
            return Err("The clipboard holds no text: copy an article first.".into());
        }
        match clipboard.get_text() {
            Ok(text) if !text.trim().is_empty() => Ok(Pasted {
                text,
                format: Format::Text,
                source: page_address_on_clipboard(offered),
            }),
            Ok(_) => Err("The clipboard is empty: copy an article first.".into()),
            Err(arboard::Error::ContentNotAvailable) => {
                Err("The clipboard holds no text: copy an article first.".into())
            }
            Err(e) => Err(format!("Could not read the clipboard: {e}")),
        }
    }
}

/// How long the clipboard's owner has to say what it offers, or to hand over the page address,
/// before the paste goes on without it.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
const PAGE_ADDRESS_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// The page address Firefox offers beside a copied selection (`text/x-moz-url-priv`): from the
/// Wayland clipboard when the compositor lets a window read it (the data-control protocol of
/// KDE, Sway and other wlroots compositors), else from the X11 clipboard (X11, and XWayland,
/// which GNOME keeps in step with its Wayland clipboard). `None` on other platforms, without a
/// display, when the owner offers no such type, or when it does not answer within a moment.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
fn page_address_on_clipboard(offered: Option<Offered>) -> Option<String> {
    page_address_on_wayland_clipboard().or_else(|| {
        offered
            .filter(|o| o.page_address)
            .and_then(|_| page_address_on_x11_clipboard())
    })
}

/// The Wayland half of [`page_address_on_clipboard`]. The read blocks until the owner has
/// written the value, so it runs on a thread of its own that is left behind if the owner never
/// answers.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
fn page_address_on_wayland_clipboard() -> Option<String> {
    use std::io::Read;
    use wl_clipboard_rs::paste::{ClipboardType, MimeType, Seat, get_contents};

    std::env::var_os("WAYLAND_DISPLAY")?;
    let (sender, answer) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("page address (Wayland)".into())
        .spawn(move || {
            let bytes = get_contents(
                ClipboardType::Regular,
                Seat::Unspecified,
                MimeType::Specific(MOZ_URL_TYPE),
            )
            .ok()
            .and_then(|(pipe, _)| {
                let mut bytes = Vec::new();
                pipe.take(PAGE_ADDRESS_MAX_BYTES)
                    .read_to_end(&mut bytes)
                    .ok()?;
                Some(bytes)
            });
            let _ = sender.send(bytes);
        })
        .ok()?;
    page_address(&answer.recv_timeout(PAGE_ADDRESS_WAIT).ok()??)
}

/// The types of the clipboard's content that the reader asks for, when it can see what the
/// owner offers (only on X11).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(
    not(all(
        unix,
        not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
    )),
    allow(dead_code)
)]
struct Offered {
    /// `text/html`.
    html: bool,
    /// Plain text in any of the types arboard asks for (`UTF8_STRING`, `text/plain`, …).
    text: bool,
    /// Firefox's page address (`text/x-moz-url-priv`).
    page_address: bool,
}

/// What the X11 clipboard's owner offers (its `TARGETS`), or `None` without an X display or when
/// the owner does not say within a moment (then everything is asked for, as before).
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
fn offered_types() -> Option<Offered> {
    with_x11_request(|conn, request, atom| {
        let html = atom("text/html")?;
        let page_address = atom(MOZ_URL_TYPE)?;
        let text = [
            "UTF8_STRING",
            "text/plain;charset=utf-8",
            "text/plain",
            "STRING",
            "TEXT",
        ]
        .into_iter()
        .map(&atom)
        .collect::<Option<Vec<u32>>>()?;
        let offered = request.read(conn, atom("TARGETS")?)?;
        let types: Vec<u32> = offered.value32()?.collect();
        Some(Offered {
            html: types.contains(&html),
            text: types.iter().any(|t| text.contains(t)),
            page_address: types.contains(&page_address),
        })
    })
}

#[cfg(not(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
)))]
fn offered_types() -> Option<Offered> {
    None
}

/// The X11 half of [`page_address_on_clipboard`], asked only when the owner lists the type:
/// xclip, and any owner that answers every type with its content, answered it with a 2 MB page
/// sent in parts (INCR), which this reader does not take, and then waited on it for ever.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
fn page_address_on_x11_clipboard() -> Option<String> {
    let value = with_x11_request(|conn, request, atom| {
        request
            .read(conn, atom(MOZ_URL_TYPE)?)
            .map(|reply| reply.value)
    })?;
    page_address(&value)
}

/// Runs `read` with a connection to the X display, a window of our own to receive the
/// clipboard's values, and a way to name atoms; the window is gone after.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
fn with_x11_request<T>(
    read: impl FnOnce(
        &x11rb::rust_connection::RustConnection,
        &X11Request,
        &dyn Fn(&str) -> Option<u32>,
    ) -> Option<T>,
) -> Option<T> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt, CreateWindowAux, WindowClass};

    std::env::var_os("DISPLAY")?;
    let (conn, screen) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots.get(screen)?.root;
    let window = conn.generate_id().ok()?;
    conn.create_window(
        x11rb::COPY_DEPTH_FROM_PARENT,
        window,
        root,
        0,
        0,
        1,
        1,
        0,
        WindowClass::INPUT_OUTPUT,
        x11rb::COPY_FROM_PARENT,
        &CreateWindowAux::new(),
    )
    .ok()?;
    let atom = |name: &str| {
        conn.intern_atom(false, name.as_bytes())
            .ok()?
            .reply()
            .ok()
            .map(|r| r.atom)
    };
    let value = (|| {
        let request = X11Request {
            window,
            clipboard: atom("CLIPBOARD")?,
            property: atom("TIDYCLIP_CLIPBOARD_VALUE")?,
            in_parts: atom("INCR")?,
        };
        read(&conn, &request, &atom)
    })();
    let _ = conn.destroy_window(window);
    let _ = conn.flush();
    value
}

/// One X11 selection read of a small value into a property of our own window.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
struct X11Request {
    window: u32,
    clipboard: u32,
    property: u32,
    /// The `INCR` type: a value sent in parts, too big for what is read here.
    in_parts: u32,
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
impl X11Request {
    /// The owner's value of `target`, or `None` when it refuses, does not answer within
    /// [`PAGE_ADDRESS_WAIT`], or starts sending it in parts.
    fn read(
        &self,
        conn: &impl x11rb::connection::Connection,
        target: u32,
    ) -> Option<x11rb::protocol::xproto::GetPropertyReply> {
        use std::time::Instant;
        use x11rb::protocol::Event;
        use x11rb::protocol::xproto::{AtomEnum, ConnectionExt};

        conn.convert_selection(
            self.window,
            self.clipboard,
            target,
            self.property,
            x11rb::CURRENT_TIME,
        )
        .ok()?;
        conn.flush().ok()?;
        let deadline = Instant::now() + PAGE_ADDRESS_WAIT;
        let answered = loop {
            match conn.poll_for_event().ok()? {
                Some(Event::SelectionNotify(e)) if e.requestor == self.window => {
                    break e.property != x11rb::NONE;
                }
                Some(_) => {}
                None if Instant::now() >= deadline => break false,
                None => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        };
        if !answered {
            return None;
        }
        // Read without deleting first: deleting an `INCR` announcement asks the owner for the
        // first part.
        let reply = conn
            .get_property(
                false,
                self.window,
                self.property,
                AtomEnum::ANY,
                0,
                PAGE_ADDRESS_MAX_BYTES as u32 / 4,
            )
            .ok()?
            .reply()
            .ok()?;
        if reply.type_ == self.in_parts {
            return None;
        }
        let _ = conn.delete_property(self.window, self.property);
        Some(reply)
    }
}

/// The page address in the header of Windows' HTML clipboard format ("HTML Format"), which
/// browsers fill in when a selection is copied (`SourceURL:`). arboard hands over only the
/// fragment, so the format is read raw. The header is read by [`source_url_in_cf_html`], which
/// the tests run; these few lines are built only on Windows.
#[cfg(windows)]
fn page_address_on_clipboard(_offered: Option<Offered>) -> Option<String> {
    let format = clipboard_win::register_format("HTML Format")?;
    let _open = clipboard_win::Clipboard::new_attempts(10).ok()?;
    let mut bytes = Vec::new();
    clipboard_win::raw::get_vec(format.get(), &mut bytes).ok()?;
    source_url_in_cf_html(&bytes)
}

#[cfg(not(any(
    windows,
    all(
        unix,
        not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
    )
)))]
fn page_address_on_clipboard(_offered: Option<Offered>) -> Option<String> {
    None
}

/// The `SourceURL:` of an "HTML Format" (CF_HTML) value: a header of `Key:value` lines
/// (`Version:0.9`, `StartHTML:…`, `SourceURL:https://…`) before the HTML, when it names a web
/// address.
#[cfg(any(windows, test))]
fn source_url_in_cf_html(bytes: &[u8]) -> Option<String> {
    let header = &bytes[..bytes.len().min(CF_HTML_HEADER_MAX_BYTES)];
    String::from_utf8_lossy(header)
        .lines()
        .take_while(|line| !line.trim_start().starts_with('<'))
        .find_map(|line| line.strip_prefix("SourceURL:"))
        .map(str::trim)
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .map(str::to_string)
}

/// How much of an "HTML Format" value is read for its header: a few short lines and an address.
#[cfg(any(windows, test))]
const CF_HTML_HEADER_MAX_BYTES: usize = 16 * 1024;

/// The clipboard type Firefox writes the page's address in, beside a copied selection.
const MOZ_URL_TYPE: &str = "text/x-moz-url-priv";
/// The most of that value read: an address and a title.
const PAGE_ADDRESS_MAX_BYTES: u64 = 16 * 1024;

/// The address in a `text/x-moz-url-priv` value: UTF-16 (as Firefox writes it) or UTF-8, the
/// first line, when it is a web address.
fn page_address(bytes: &[u8]) -> Option<String> {
    let utf16 = bytes.len() >= 2
        && bytes.len().is_multiple_of(2)
        && bytes.iter().skip(1).step_by(2).all(|b| *b == 0);
    let text = if utf16 {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    };
    let line = text.lines().next()?.trim().trim_end_matches('\0').trim();
    (line.starts_with("https://") || line.starts_with("http://")).then(|| line.to_string())
}

#[cfg(test)]
mod tests {
    use super::{page_address, source_url_in_cf_html};

    #[test]
    fn the_page_address_is_read_from_windows_html_clipboard_header() {
        let chrome = "Version:0.9\r\nStartHTML:0000000199\r\nEndHTML:0000000320\r\n\
                      StartFragment:0000000235\r\nEndFragment:0000000284\r\n\
                      SourceURL:https://example.com/news/story?id=7\r\n\
                      <html><body><!--StartFragment--><p>Text</p><!--EndFragment--></body></html>";
        assert_eq!(
            source_url_in_cf_html(chrome.as_bytes()).as_deref(),
            Some("https://example.com/news/story?id=7")
        );
        // No address in the header, one only in the page's text, or one that is no web address.
        let none = "Version:0.9\r\nStartHTML:0000000100\r\n<html><body>\
                    SourceURL:https://example.com/in-the-text</body></html>";
        assert_eq!(source_url_in_cf_html(none.as_bytes()), None);
        assert_eq!(
            source_url_in_cf_html(b"Version:0.9\r\nSourceURL:javascript:alert(1)\r\n<html>"),
            None
        );
        assert_eq!(source_url_in_cf_html(b""), None);
    }

    #[test]
    fn the_page_address_is_read_as_firefox_writes_it() {
        let utf16: Vec<u8> = "https://example.com/a?b=1\nTitle"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            page_address(&utf16).as_deref(),
            Some("https://example.com/a?b=1")
        );
        assert_eq!(
            page_address(b"https://example.com/x\n").as_deref(),
            Some("https://example.com/x")
        );
        assert_eq!(page_address(b"javascript:alert(1)"), None);
        assert_eq!(page_address(b""), None);
    }
}
