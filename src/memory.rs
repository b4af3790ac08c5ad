//! How the process holds memory: the allocator's and the kernel's settings that keep a large
//! report's peak low, set once at the start of the `bestand` command (and the benchmark).

/// mimalloc's option number for its purge delay (`mi_option_purge_delay` in mimalloc.h).
#[cfg(not(windows))]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the process up for a run: freed memory goes back to the system within a millisecond,
/// and pages are small.
pub fn tune() {
    // mimalloc 3 keeps freed pages for a second before it returns them. A run frees hundreds
    // of megabytes at a time (the raw rows once measures exist, the frame once the key
    // figures do) and allocates as much right after on the other core: with the default,
    // a 200,000-measure report peaked at 0.82-0.92 GB, with 1 ms at 0.69 GB, in the same
    // time (benches/bench.rs).
    #[cfg(not(windows))]
    // SAFETY: sets one integer option; mimalloc reads it on its next purge.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 1);
    }
    // Where transparent huge pages are "always" on (some distributions), each first touch
    // of allocator memory made the kernel clear 2 MiB, about a fifth of a large report's
    // time. With the usual "madvise" setting this changes nothing.
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integers only and changes nothing but this process's
    // page policy. An older kernel refuses it; then pages stay as they were, which is fine.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(all(test, not(windows)))]
mod tests {
    use super::*;

    /// The option number is mimalloc's purge delay: the only option whose default is 1000
    /// (milliseconds) in mimalloc 3. A version that renumbers its options fails here.
    #[test]
    fn the_option_is_the_purge_delay() {
        // SAFETY: reads one integer option.
        let default = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(default, 1000);
        }
    }
}
