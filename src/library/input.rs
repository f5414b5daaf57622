//! Reading an input (a page, a saved note) from a file or standard input: only regular files, and
//! never more than [`MAX_INPUT_BYTES`], so a FIFO, a device or a runaway pipe cannot hang or
//! exhaust the program.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The most an input may hold: far above any article, far below what would exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// The cap in the words of the error messages.
const MAX_INPUT_WORDS: &str = "64 MB";

/// Why an input could not be read, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("Could not read {path}: {}", super::write::describe_io(source))]
    Io { path: PathBuf, source: io::Error },
    #[error("{path} is a folder, not a file")]
    Folder { path: PathBuf },
    #[error(
        "{path} is not a regular file (a pipe, a socket or a device); only regular files are read"
    )]
    NotRegular { path: PathBuf },
    #[error("{path} is larger than {MAX_INPUT_WORDS}, the most tidyclip reads")]
    TooLarge { path: PathBuf },
    #[error("Could not read standard input: {}", super::write::describe_io(source))]
    StdinIo { source: io::Error },
    #[error("The standard input is larger than {MAX_INPUT_WORDS}, the most tidyclip reads")]
    StdinTooLarge,
}

/// What `path` is, when it is anything but a regular file (symlinks followed): the error to give.
/// Asks the file system without opening the file, so a FIFO is never waited on.
pub fn check_regular_file(path: &Path) -> Result<u64, InputError> {
    let meta = fs::metadata(path).map_err(|source| InputError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(InputError::Folder {
            path: path.to_path_buf(),
        });
    }
    if !meta.is_file() {
        return Err(InputError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(meta.len())
}

/// The bytes of the regular file at `path`, refusing folders, pipes, devices and files over
/// [`MAX_INPUT_BYTES`].
pub fn read_input_file(path: &Path) -> Result<Vec<u8>, InputError> {
    super::disk_guard::check("reading an input file");
    let io_error = |source| InputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let len = check_regular_file(path)?;
    let file = fs::File::open(path).map_err(io_error)?;
    // Checked again on the open file: the name may have been swapped for a FIFO meanwhile.
    let meta = file.metadata().map_err(io_error)?;
    if !meta.is_file() {
        return Err(InputError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    // A file still growing is read up to the cap and one byte more, which tells it is over.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

/// Everything on `reader` (standard input), refusing more than [`MAX_INPUT_BYTES`].
pub fn read_input_stream(reader: impl Read) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::StdinIo { source })?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::StdinTooLarge);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_over_the_cap_is_refused_naming_it() {
        let big = io::repeat(b'a').take(MAX_INPUT_BYTES + 10);
        let err = read_input_stream(big).unwrap_err();
        assert!(err.to_string().contains("64 MB"), "{err}");
        assert_eq!(read_input_stream(&b"small"[..]).unwrap(), b"small");
    }
}
