//! One window for capture links: the first window listens on a local socket in the person's
//! runtime folder, and a second launch with a link hands the link to it and exits.
//!
//! A Unix socket in a folder only its owner can enter, not a TCP port: no other user and no web
//! page can reach it. What arrives is read as untrusted all the same: at most
//! [`MAX_MESSAGE_BYTES`], one line, parsed as a [`CaptureLink`] by the receiving window, which
//! answers `ok` or why it refused.
//!
//! On systems without Unix sockets (Windows) there is no hand-over: each link opens a window.

use std::io;
use std::path::PathBuf;

use super::link::{CaptureLink, LinkError};

/// The most a sender may write (a link is at most 8 KiB; the rest is slack for the newline).
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;

/// What happened to a link offered to a running window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOver {
    /// A window took it.
    Delivered,
    /// A window answered but refused it (the reason, from the window).
    Refused(String),
    /// No window is listening.
    NoWindow,
}

/// The socket's place: `$XDG_RUNTIME_DIR/tidyclip/window.sock` (a folder only the person can
/// enter), or a `tidyclip-<user>` folder of the temporary folder when there is no runtime folder.
pub fn socket_path() -> PathBuf {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|p| p.join("tidyclip"))
        .unwrap_or_else(|| {
            let user = std::env::var("USER").unwrap_or_else(|_| "user".to_string());
            let user: String = user
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .take(32)
                .collect();
            std::env::temp_dir().join(format!("tidyclip-{user}"))
        });
    base.join("window.sock")
}

/// The reply a window sends for `line`, and the link when it took it.
pub fn answer(line: &str) -> (Result<CaptureLink, LinkError>, String) {
    let parsed = CaptureLink::parse(line.trim_end_matches(['\r', '\n']));
    let reply = match &parsed {
        Ok(_) => "ok\n".to_string(),
        Err(e) => format!("refused: {e}\n"),
    };
    (parsed, reply)
}

#[cfg(unix)]
mod unix {
    use std::io::{self, BufRead, BufReader, Read, Write};
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::{Path, PathBuf};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use super::{HandOver, MAX_MESSAGE_BYTES, answer};
    use crate::capture::link::CaptureLink;

    /// How long a sender waits for the window's answer, and a window for the sender's line.
    const PATIENCE: Duration = Duration::from_secs(2);
    /// What a window reads past an over-long message before answering it.
    const DRAIN_BYTES: u64 = 1 << 20;

    /// Offers `link` to the window listening at `socket`.
    pub fn hand_over_at(socket: &Path, link: &str) -> io::Result<HandOver> {
        // Only to a window of this user's: a socket in a folder someone else owns (another user
        // made `/tmp/tidyclip-<name>` first) is not asked, so the page's address never reaches them.
        if !socket.parent().is_some_and(is_own_folder) {
            return Ok(HandOver::NoWindow);
        }
        let mut stream = match UnixStream::connect(socket) {
            Ok(stream) => stream,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused
                ) =>
            {
                return Ok(HandOver::NoWindow);
            }
            Err(e) => return Err(e),
        };
        stream.set_read_timeout(Some(PATIENCE))?;
        stream.set_write_timeout(Some(PATIENCE))?;
        // The whole message, then the end of it: the window reads to the end before it
        // answers, so a refused message is not cut off mid-write.
        let sent = stream
            .write_all(link.as_bytes())
            .and_then(|()| stream.write_all(b"\n"))
            .and_then(|()| stream.shutdown(std::net::Shutdown::Write));
        let mut reply = String::new();
        let read = BufReader::new(stream.take(1024)).read_line(&mut reply);
        match (sent, read) {
            (_, Ok(n)) if n > 0 => {}
            // The window hung up before taking it all (a message far over its limit).
            (Err(e), _) => {
                return Ok(HandOver::Refused(format!(
                    "the window closed the connection before the link was sent ({e})"
                )));
            }
            (Ok(()), Err(e)) => return Err(e),
            (Ok(()), Ok(_)) => {
                return Ok(HandOver::Refused("the window gave no answer".to_string()));
            }
        }
        let reply = reply.trim_end();
        Ok(match reply.strip_prefix("refused: ") {
            None if reply == "ok" => HandOver::Delivered,
            Some(why) => HandOver::Refused(why.to_string()),
            None => HandOver::Refused(format!("the window answered “{reply}”")),
        })
    }

    /// A window's listening socket. Dropping it stops the listening thread and removes the
    /// socket file.
    pub struct Listener {
        path: PathBuf,
        stop: Arc<AtomicBool>,
        thread: Option<std::thread::JoinHandle<()>>,
    }

    impl Listener {
        /// Listens at `socket`, calling `on_link` (on the listening thread) with each link a
        /// sender hands over. Fails when another window listens there already.
        pub fn bind(
            socket: &Path,
            on_link: impl Fn(CaptureLink) + Send + 'static,
        ) -> io::Result<Listener> {
            let folder = socket
                .parent()
                .ok_or_else(|| io::Error::other("the socket has no folder"))?;
            private_folder(folder)?;
            if UnixStream::connect(socket).is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AddrInUse,
                    "another tidyclip window takes capture links",
                ));
            }
            // A socket file left by a window that ended without removing it.
            match std::fs::remove_file(socket) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            let listener = UnixListener::bind(socket)?;
            let stop = Arc::new(AtomicBool::new(false));
            let stopping = Arc::clone(&stop);
            let thread = std::thread::Builder::new()
                .name("capture-links".to_string())
                .spawn(move || {
                    for stream in listener.incoming() {
                        if stopping.load(Ordering::SeqCst) {
                            break;
                        }
                        match stream {
                            Ok(stream) => {
                                if let Some(link) = serve(&stream) {
                                    on_link(link);
                                }
                            }
                            // Out of file handles, say: wait rather than spin on the error.
                            Err(_) => std::thread::sleep(Duration::from_millis(100)),
                        }
                    }
                })?;
            Ok(Listener {
                path: socket.to_path_buf(),
                stop,
                thread: Some(thread),
            })
        }
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            self.stop.store(true, Ordering::SeqCst);
            // Wake the thread out of `accept` so that it sees the flag.
            let _ = UnixStream::connect(&self.path);
            if let Some(thread) = self.thread.take() {
                let _ = thread.join();
            }
            let _ = std::fs::remove_file(&self.path);
        }
    }

    /// Reads one sender's line and answers it; the link when it was taken.
    fn serve(stream: &UnixStream) -> Option<CaptureLink> {
        stream.set_read_timeout(Some(PATIENCE)).ok()?;
        stream.set_write_timeout(Some(PATIENCE)).ok()?;
        let mut line = Vec::new();
        let mut reader = BufReader::new(stream.take(MAX_MESSAGE_BYTES as u64));
        reader.read_until(b'\n', &mut line).ok()?;
        if line.is_empty() {
            return None;
        }
        let (parsed, reply) = if line.ends_with(b"\n") {
            match std::str::from_utf8(&line) {
                Ok(text) => answer(text),
                Err(_) => (
                    Err(crate::capture::link::LinkError::NotALink),
                    "refused: the link is not text\n".to_string(),
                ),
            }
        } else {
            // Read the rest (up to a bound, and no longer than the timeout) before answering:
            // closing on unread input would reset the connection and lose the answer.
            let _ = io::copy(&mut stream.take(DRAIN_BYTES), &mut io::sink());
            (
                Err(crate::capture::link::LinkError::TooLong(line.len())),
                format!("refused: the message is longer than {MAX_MESSAGE_BYTES} bytes\n"),
            )
        };
        let _ = (&*stream).write_all(reply.as_bytes());
        parsed.ok()
    }

    /// The metadata of `folder` when it is a folder (not a link) that this user owns.
    fn owned_folder(folder: &Path) -> Option<std::fs::Metadata> {
        let meta = std::fs::symlink_metadata(folder).ok()?;
        // `/proc/self` belongs to this process's user (there is no `getuid` without `unsafe`).
        let own = std::fs::metadata("/proc/self").map(|m| m.uid()).ok();
        (meta.is_dir() && own.is_none_or(|uid| uid == meta.uid())).then_some(meta)
    }

    /// Whether `folder` is this user's own folder and no one else can enter it.
    fn is_own_folder(folder: &Path) -> bool {
        owned_folder(folder).is_some_and(|m| m.permissions().mode() & 0o077 == 0)
    }

    /// Makes `folder` (and its parents) if missing, refuses another user's folder, and makes
    /// this user's own private when others could enter it.
    fn private_folder(folder: &Path) -> io::Result<()> {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)?;
        let meta = owned_folder(folder).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!("{} is not this user's own folder", folder.display()),
            )
        })?;
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
}

#[cfg(unix)]
pub use unix::{Listener, hand_over_at};

/// Offers `link` to a running window.
#[cfg(unix)]
pub fn hand_over(link: &str) -> io::Result<HandOver> {
    hand_over_at(&socket_path(), link)
}

/// Without Unix sockets there is no running window to reach: the link opens a window.
#[cfg(not(unix))]
pub fn hand_over(_link: &str) -> io::Result<HandOver> {
    Ok(HandOver::NoWindow)
}

/// Without Unix sockets a window takes no links from later launches.
#[cfg(not(unix))]
pub struct Listener;

#[cfg(not(unix))]
impl Listener {
    pub fn bind(
        _socket: &std::path::Path,
        _on_link: impl Fn(CaptureLink) + Send + 'static,
    ) -> io::Result<Listener> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "this system has no Unix sockets",
        ))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    fn socket_in(dir: &tempfile::TempDir) -> PathBuf {
        dir.path().join("run").join("window.sock")
    }

    /// A window listening in a fresh folder: its socket, the links it takes, and the listener
    /// (which stops listening when dropped).
    struct Window {
        _dir: tempfile::TempDir,
        socket: PathBuf,
        links: mpsc::Receiver<CaptureLink>,
        listener: Listener,
    }

    fn listening_window() -> Window {
        let dir = tempfile::tempdir().expect("a temp folder");
        let socket = socket_in(&dir);
        let (sent, links) = mpsc::channel();
        let listener = Listener::bind(&socket, move |link| {
            let _ = sent.send(link);
        })
        .expect("listens");
        Window {
            _dir: dir,
            socket,
            links,
            listener,
        }
    }

    #[test]
    fn a_second_launch_hands_its_link_to_the_listening_window() {
        let Window {
            _dir,
            socket,
            links: got,
            listener,
        } = listening_window();
        let link = "tidyclip://clip?url=https%3A%2F%2Fexample.com%2Fa&title=A";
        assert_eq!(
            hand_over_at(&socket, link).expect("reaches"),
            HandOver::Delivered
        );
        let capture = got
            .recv_timeout(Duration::from_secs(5))
            .expect("the window got the link");
        assert_eq!(capture.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(capture.title.as_deref(), Some("A"));
        drop(listener);
        assert!(!socket.exists(), "the socket is removed with its window");
        assert_eq!(
            hand_over_at(&socket, link).expect("no error"),
            HandOver::NoWindow
        );
    }

    #[test]
    fn the_window_refuses_a_bad_link_and_says_why() {
        let Window {
            _dir,
            socket,
            links: got,
            listener: _listener,
        } = listening_window();
        let HandOver::Refused(why) =
            hand_over_at(&socket, "tidyclip://clip?url=file:///etc/passwd").expect("reaches")
        else {
            panic!("a file address is refused");
        };
        assert!(why.contains("http"), "{why}");
        assert!(got.recv_timeout(Duration::from_millis(200)).is_err());
        // An over-long message is refused, and the window still listens after it.
        let HandOver::Refused(why) =
            hand_over_at(&socket, &"x".repeat(MAX_MESSAGE_BYTES * 2)).expect("reaches")
        else {
            panic!("an over-long message is refused");
        };
        assert!(why.contains("longer"), "{why}");
        assert_eq!(
            hand_over_at(&socket, "tidyclip://clip").expect("reaches"),
            HandOver::Delivered
        );
    }

    #[test]
    fn a_socket_left_by_an_ended_window_is_replaced_and_a_live_one_is_not() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let socket = socket_in(&dir);
        std::fs::create_dir_all(socket.parent().expect("a folder")).expect("made");
        // A window that ended without cleaning up leaves a socket nobody listens on.
        drop(std::os::unix::net::UnixListener::bind(&socket).expect("bound"));
        assert!(socket.exists());
        let first = Listener::bind(&socket, |_| {}).expect("takes over the stale socket");
        let second = Listener::bind(&socket, |_| {});
        assert_eq!(
            second.err().map(|e| e.kind()),
            Some(io::ErrorKind::AddrInUse)
        );
        drop(first);
    }

    #[test]
    fn a_socket_in_a_folder_others_can_enter_is_not_asked() {
        use std::os::unix::fs::PermissionsExt;
        let Window {
            _dir,
            socket,
            links: got,
            listener: _listener,
        } = listening_window();
        let folder = socket.parent().expect("a folder");
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        assert_eq!(
            hand_over_at(&socket, "tidyclip://clip?url=https://example.com/").expect("no error"),
            HandOver::NoWindow
        );
        assert!(got.recv_timeout(Duration::from_millis(200)).is_err());
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }

    #[test]
    fn the_socket_folder_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("a temp folder");
        let socket = socket_in(&dir);
        let _listener = Listener::bind(&socket, |_| {}).expect("listens");
        let mode = std::fs::metadata(socket.parent().expect("a folder"))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "mode {mode:o}");
    }
}
