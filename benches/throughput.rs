//! End-to-end throughput of the `denialkb` binary on a generated corpus (`cargo bench`).
//!
//! Builds a corpus of `DENIALKB_BENCH_ARTICLES` (default 20,000) articles of about 3 KB,
//! one in ten with a denial, as JSONL and as a directory of `.txt` files; runs the release
//! binary on it as a child process and reports MB/s, articles/s and the child's peak RSS
//! (from `wait4` rusage). Also: a corpus where every article holds a denial, a long JSONL
//! stream on stdin (`DENIALKB_BENCH_STREAM_MB`, default 1024) to show that memory does not
//! grow with the stream, a 50 MB single-line article, and a byte comparison of the output
//! for `--threads 1` and `--threads 2`. Targets (issue 4): >= 50 MB/s JSONL end to end,
//! >= 10 MB/s all-denial, peak RSS < 200 MB streaming.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_denialkb");

struct Measured {
    secs: f64,
    /// User + system CPU seconds of the child.
    cpu: f64,
    rss_mb: f64,
    status: i32,
}

enum Input {
    None,
    File(PathBuf),
    /// Repeat this file's bytes on stdin until `u64` bytes are sent.
    Repeat(PathBuf, u64),
}

/// Run the binary, stdout to `out` (or /dev/null), stderr discarded; wait with rusage.
#[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives its rusage
fn run(args: &[&str], input: Input, out: Option<&Path>) -> Measured {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stderr(Stdio::null());
    cmd.stdout(match out {
        Some(p) => Stdio::from(std::fs::File::create(p).unwrap()),
        None => Stdio::null(),
    });
    match &input {
        Input::None => cmd.stdin(Stdio::null()),
        Input::File(p) => cmd.stdin(Stdio::from(std::fs::File::open(p).unwrap())),
        Input::Repeat(..) => cmd.stdin(Stdio::piped()),
    };
    let start = Instant::now();
    let mut child = cmd.spawn().expect("run denialkb");
    let feeder = if let Input::Repeat(p, total) = input {
        let mut stdin = child.stdin.take().unwrap();
        let data = std::fs::read(p).unwrap();
        Some(std::thread::spawn(move || {
            let mut sent = 0u64;
            while sent < total {
                if stdin.write_all(&data).is_err() {
                    break;
                }
                sent += data.len() as u64;
            }
            sent
        }))
    } else {
        None
    };
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain FFI call with valid out-pointers; the child is ours and not yet reaped.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    let secs = start.elapsed().as_secs_f64();
    if let Some(f) = feeder {
        f.join().unwrap();
    }
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -1 };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let cpu = tv(usage.ru_utime) + tv(usage.ru_stime);
    Measured { secs, cpu, rss_mb: usage.ru_maxrss as f64 / 1024.0, status: code }
}

fn report(name: &str, m: &Measured, bytes: u64, articles: u64) {
    let mb = bytes as f64 / 1e6;
    println!(
        "{name:<36} {:>6.1} MB {:>6.2} s {:>6.1} MB/s {:>7.0} art/s | cpu {:>6.2} s {:>6.1} MB/cpu-s | peak RSS {:>5.1} MB | exit {}",
        mb,
        m.secs,
        mb / m.secs,
        articles as f64 / m.secs,
        m.cpu,
        mb / m.cpu,
        m.rss_mb,
        m.status
    );
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn same(a: &Path, b: &Path) -> bool {
    use std::io::BufRead;
    let lines = |p: &Path| std::io::BufReader::new(std::fs::File::open(p).unwrap()).lines().map(Result::unwrap);
    lines(a).eq(lines(b))
}

fn main() {
    let n = env_num("DENIALKB_BENCH_ARTICLES", 20_000) as usize;
    let stream_mb = env_num("DENIALKB_BENCH_STREAM_MB", 1024);
    let tmp = tempfile::tempdir().unwrap();
    // DENIALKB_BENCH_DIR keeps the corpus (for profiling) instead of a temporary directory.
    let keep = std::env::var_os("DENIALKB_BENCH_DIR").map(PathBuf::from);
    if let Some(k) = &keep {
        std::fs::create_dir_all(k).unwrap();
    }
    let t = keep.as_deref().unwrap_or(tmp.path());
    let s = |p: &Path| p.to_str().unwrap().to_string();

    let gen_start = Instant::now();
    let jsonl = t.join("corpus.jsonl");
    let jsonl_bytes = common::write_jsonl(&jsonl, n, 10, 42);
    let dir = t.join("corpus");
    let dir_bytes = common::write_dir(&dir, n, 10, 42);
    let all = t.join("all-denial.jsonl");
    let all_n = n / 4;
    let all_bytes = common::write_jsonl(&all, all_n, 1, 7);
    println!(
        "corpus: {n} articles, {:.1} MB JSONL, {:.1} MB of .txt; all-denial: {all_n} articles, {:.1} MB (generated in {:.1} s)",
        jsonl_bytes as f64 / 1e6,
        dir_bytes as f64 / 1e6,
        all_bytes as f64 / 1e6,
        gen_start.elapsed().as_secs_f64()
    );
    let (n64, all64) = (n as u64, all_n as u64);
    let (nul, j) = ("/dev/null", s(&jsonl));

    let o2 = t.join("out-t2.jsonl");
    let m = run(&["extract", &j, "--format", "jsonl", "--threads", "2"], Input::None, Some(&o2));
    report("jsonl -> jsonl, --threads 2", &m, jsonl_bytes, n64);
    let o1 = t.join("out-t1.jsonl");
    let m = run(&["extract", &j, "--format", "jsonl", "--threads", "1"], Input::None, Some(&o1));
    report("jsonl -> jsonl, --threads 1", &m, jsonl_bytes, n64);
    let os = t.join("out-stdin.jsonl");
    let m = run(&["extract", "-", "--format", "jsonl"], Input::File(jsonl.clone()), Some(&os));
    report("stdin -> jsonl (default threads)", &m, jsonl_bytes, n64);
    let total = stream_mb << 20;
    let reps = total.div_ceil(jsonl_bytes);
    let m = run(
        &["extract", "-", "--format", "jsonl", "-o", nul, "--manifest", nul],
        Input::Repeat(jsonl.clone(), total),
        None,
    );
    report(&format!("stdin stream {stream_mb} MB -> jsonl"), &m, reps * jsonl_bytes, reps * n64);


    let m = run(&["extract", &j, "--format", "records"], Input::None, None);
    report("jsonl -> records", &m, jsonl_bytes, n64);
    let m = run(&["extract", &s(&dir), "--format", "jsonl", "-o", nul, "--manifest", nul], Input::None, None);
    report("directory -> jsonl", &m, dir_bytes, n64);
    let m = run(&["extract", &s(&dir), "-o", &s(&t.join("yaml-out"))], Input::None, None);
    report("directory -> yaml directory", &m, dir_bytes, n64);
    let m = run(&["extract", &s(&all), "--format", "jsonl", "-o", nul], Input::None, None);
    report("all-denial jsonl -> jsonl", &m, all_bytes, all64);

    // Comparisons and the 50 MB article come last: they grow this process, and a child's
    // peak RSS (ru_maxrss) starts from its parent's high-water mark at fork.
    println!(
        "output identical: threads 1 vs 2: {}; file vs stdin (sources differ, so compared without them): {}",
        same(&o1, &o2),
        strip_sources(&o2).eq(strip_sources(&os))
    );
    let big = t.join("big.txt");
    let mut text = String::new();
    let mut r = common::Rng::new(5);
    while text.len() < 50 << 20 {
        let deny = r.below(10) == 0;
        text.push_str(&common::article(&mut r, deny, 3000).replace('\n', " "));
    }
    std::fs::write(&big, &text).unwrap();
    let m = run(&["extract", &s(&big), "--format", "jsonl", "-o", nul], Input::None, None);
    report("one 50 MB single-line article", &m, text.len() as u64, 1);
}

/// Output lines with the `source` value removed (file and stdin runs differ only there).
fn strip_sources(p: &Path) -> impl Iterator<Item = serde_json::Value> {
    use std::io::BufRead;
    std::io::BufReader::new(std::fs::File::open(p).unwrap()).lines().map(|l| {
        let mut v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        v["article"]["source"] = serde_json::Value::Null;
        v
    })
}
