//! The binary's allocator: mimalloc, set up for a process that parses many HTML pages.
//!
//! Parsing a page allocates and frees a node per element on every worker thread, where
//! mimalloc's thread-local free lists beat the system allocator (about 10% fewer instructions
//! on the crawl benchmark). Two of its defaults cost more than they give here:
//! - transparent huge pages: on a system where they are on for every mapping, each 2 MiB the
//!   allocator touches is a huge page the kernel zeroes whole, and the resident size nearly
//!   doubles (150 MB against 90 MB on the benchmarks); they are turned off for this process
//!   (what mimalloc's own `MIMALLOC_ALLOW_THP=0` does);
//! - returning freed memory to the kernel (purging), after which it zeroes fresh pages again
//!   for the next pages parsed; freed memory is kept for reuse instead (the resident size is
//!   the run's peak, which the pipeline's window bounds).

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    /// mimalloc's own (linked in by the `mimalloc` crate).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(target_os = "linux")]
    fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
}

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (`-1`: never purge).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
#[cfg(target_os = "linux")]
const PR_SET_THP_DISABLE: std::ffi::c_int = 41;

/// Call first thing in `main`.
pub fn configure() {
    // SAFETY: sets an option of the allocator linked in above; any value is valid.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // SAFETY: a plain system call on this process's flags; failure leaves things as they were.
    #[cfg(target_os = "linux")]
    unsafe {
        prctl(PR_SET_THP_DISABLE, 1 as std::ffi::c_ulong, 0 as std::ffi::c_ulong, 0 as std::ffi::c_ulong, 0 as std::ffi::c_ulong)
    };
}
