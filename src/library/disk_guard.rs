//! A check that the window's thread never waits on the disk. The window marks its thread for the
//! length of each frame; the library's disk operations ask first, and a debug build (every test)
//! panics when one runs on a marked thread. A release build checks nothing.
//!
//! The library stays free of egui: the mark is a plain thread-local flag any caller can set.

use std::cell::Cell;

thread_local! {
    static NO_DISK_HERE: Cell<bool> = const { Cell::new(false) };
}

/// While alive, the library's disk operations on this thread are a bug (debug builds panic).
#[must_use = "the mark lasts as long as the guard"]
pub struct NoDiskHere {
    was: bool,
}

/// Marks the current thread as one that must not wait on the disk, until the guard drops.
pub fn forbid_disk_on_this_thread() -> NoDiskHere {
    NoDiskHere {
        was: NO_DISK_HERE.replace(true),
    }
}

impl Drop for NoDiskHere {
    fn drop(&mut self) {
        NO_DISK_HERE.set(self.was);
    }
}

/// Whether the current thread is marked (the window's thread, inside a frame).
pub fn disk_forbidden_here() -> bool {
    NO_DISK_HERE.get()
}

/// Called by each library operation that reads or writes the disk.
#[track_caller]
pub(crate) fn check(operation: &str) {
    debug_assert!(
        !disk_forbidden_here(),
        "{operation} touched the disk on the window's thread: run it as a job"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_lasts_as_long_as_its_guard_and_nests() {
        assert!(!disk_forbidden_here());
        {
            let _outer = forbid_disk_on_this_thread();
            assert!(disk_forbidden_here());
            {
                let _inner = forbid_disk_on_this_thread();
                assert!(disk_forbidden_here());
            }
            assert!(disk_forbidden_here());
        }
        assert!(!disk_forbidden_here());
    }

    #[test]
    fn other_threads_are_not_marked() {
        let _guard = forbid_disk_on_this_thread();
        let elsewhere = std::thread::spawn(disk_forbidden_here)
            .join()
            .expect("joined");
        assert!(!elsewhere);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "touched the disk on the window's thread")]
    fn a_disk_operation_on_a_marked_thread_is_caught() {
        let _guard = forbid_disk_on_this_thread();
        check("a test read");
    }
}
