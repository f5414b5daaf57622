//! A lock across processes around check-then-write steps (is this article already in the
//! library? then save it), so two saves of one article at once leave one note.

use std::fs;
use std::time::{Duration, Instant};

use super::{HIDDEN_DIR, Library, LibraryError};

/// The lock file in the hidden folder. It stays, empty, after use: the lock is the OS's advisory
/// lock on it, which ends with the process holding it, even when that process is killed.
const LOCK_FILE: &str = "lock";
/// How long to wait for another process's save or import before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(60);
/// How often to try again meanwhile.
const LOCK_RETRY: Duration = Duration::from_millis(20);

/// The library's lock, held until dropped.
#[derive(Debug)]
pub struct LibraryLock {
    _file: fs::File,
}

impl Library {
    /// Takes the library's lock, waiting for another process holding it (a minute at most).
    /// Hold it from the duplicate check to the end of the save. Not reentrant: take it once per
    /// process. Where the file system has no locks (some network shares), it is a no-op.
    pub fn lock(&self) -> Result<LibraryLock, LibraryError> {
        let dir = self.root.join(HIDDEN_DIR);
        fs::create_dir_all(&dir).map_err(|source| LibraryError::CreateFolder {
            path: dir.clone(),
            source,
        })?;
        let path = dir.join(LOCK_FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| LibraryError::Write {
                path: path.clone(),
                source,
            })?;
        let deadline = Instant::now() + LOCK_WAIT;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(LibraryLock { _file: file }),
                Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(LOCK_RETRY);
                }
                Err(fs::TryLockError::WouldBlock) => return Err(LibraryError::Busy { path }),
                Err(fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                    return Ok(LibraryLock { _file: file });
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(LibraryError::Write { path, source });
                }
            }
        }
    }
}
