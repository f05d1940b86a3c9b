#!/usr/bin/env python3
"""Compare denialkb with trafilatura and htmldate on the pages of the crawl benchmark.

    cargo bench --bench crawl && cargo build --release
    python3 benches/crawl_compare.py target/crawl-bench [--binary target/release/denialkb]

Needs: pip install warcio trafilatura htmldate lxml_html_clean. Reads
bench.warc.gz, truth.json and figures.json (denialkb's own timing) from the directory; prints
throughput side by side, and how often each tool gets the publication date and the outlet
right. denialkb's article.published / article.outlet come from running the binary's
`extract` on the archive (so they include the text rules), its page metadata from figures.json.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time


def pages(path):
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type == "response":
                yield rec.rec_headers.get_header("WARC-Target-URI"), rec.content_stream().read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--binary", default="target/release/denialkb")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages for trafilatura/htmldate")
    ap.add_argument("--runs", type=int, default=3, help="CLI runs per setting (the machine is shared: min-max shown)")
    ap.add_argument("--other", help="another denialkb binary (e.g. main's) timed alternately with --binary, same runs")
    args = ap.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    warc = os.path.join(args.dir, "bench.warc.gz")
    truth = json.load(open(os.path.join(args.dir, "truth.json")))
    fig = json.load(open(os.path.join(args.dir, "figures.json")))

    import htmldate
    import trafilatura

    n = args.limit or len(truth)
    html_bytes = 0
    t0 = time.perf_counter()
    texts = []
    for i, (url, body) in enumerate(pages(warc)):
        if i >= n:
            break
        html_bytes += len(body)
        texts.append(trafilatura.extract(body.decode("utf-8"), url=url))
    t_traf = time.perf_counter() - t0
    gz_share = os.path.getsize(warc) * n / len(truth)

    t0 = time.perf_counter()
    hd_right = 0
    for i, (url, body) in enumerate(pages(warc)):
        if i >= n:
            break
        d = htmldate.find_date(body.decode("utf-8"), url=url, original_date=True)
        hd_right += d == truth[i]["published"]
    t_hd = time.perf_counter() - t0

    ts_right = 0
    for i, (url, body) in enumerate(pages(warc)):
        if i >= n:
            break
        m = trafilatura.extract_metadata(body.decode("utf-8"), default_url=url)
        ts_right += bool(m and m.sitename == truth[i]["outlet"])

    # denialkb end to end through the CLI: article.published and article.outlet from JSONL;
    # timed as JSONL on standard output (default threads and one thread) and as YAML files,
    # each `--runs` times, alternating with `--other` if given.
    dk_pub = dk_out = dk_n = 0
    settings = (("JSONL, default threads", ["--format", "jsonl"]), ("JSONL, -j 1", ["--format", "jsonl", "-j", "1"]),
                ("YAML files, default threads", None))
    binaries = [args.binary] + ([args.other] if args.other else [])
    times = {}
    out = tempfile.mkdtemp(prefix="crawl-compare-")
    jl = os.path.join(out, "out.jsonl")
    if os.path.exists(args.binary):
        for _ in range(args.runs):
            for label, fmt in settings:
                for k, b in enumerate(binaries):
                    cmd = [b, "extract", warc, "--no-progress"]
                    # the first binary's JSONL (default threads) is scored below
                    cmd += fmt + ["-o", jl if k == 0 and "-j" not in fmt else jl + f".{k}"] if fmt else ["-o", os.path.join(out, f"yaml{k}")]
                    t0 = time.perf_counter()
                    subprocess.run(cmd, check=False, capture_output=True)
                    times.setdefault((b, label), []).append(time.perf_counter() - t0)
        want = {t["id"]: (i, t) for i, t in enumerate(truth)}
        for line in open(jl, encoding="utf-8"):
            a = json.loads(line)["article"]
            i, t = want.get(a["id"], (None, None))
            if t is None or i >= n:
                continue
            dk_n += 1
            dk_pub += str(a.get("published") or "")[:10] == t["published"]
            dk_out += a.get("outlet") == t["outlet"]

    print(f"pages: {n} ({html_bytes / 1e6:.1f} MB HTML, {gz_share / 1e6:.1f} MB gzipped)")
    print(f"trafilatura.extract (one thread, warcio reading included): {t_traf:.1f} s = "
          f"{n / t_traf:.1f} pages/s, {html_bytes / 1e6 / t_traf:.2f} MB/s HTML, {gz_share / 1e6 / t_traf:.2f} MB/s gzipped")
    dk = fig["pages_per_s"]
    print(f"denialkb (bench, one thread): {dk:.0f} pages/s, {fig['mb_per_s_html']:.1f} MB/s HTML, "
          f"{fig['mb_per_s_gz']:.1f} MB/s gzipped -> {dk / (n / t_traf):.1f}x trafilatura")
    all_html = html_bytes * len(truth) / n
    traf = n / t_traf
    for (b, label), ts in times.items():
        lo, hi = min(ts), max(ts)
        print(f"denialkb extract CLI ({b}) on the archive ({label}), {len(ts)} runs: {lo:.2f}-{hi:.2f} s = "
              f"{len(truth) / hi:.0f}-{len(truth) / lo:.0f} pages/s, {all_html / 1e6 / hi:.1f}-{all_html / 1e6 / lo:.1f} MB/s HTML, "
              f"{os.path.getsize(warc) / 1e6 / hi:.2f}-{os.path.getsize(warc) / 1e6 / lo:.2f} MB/s gzipped "
              f"-> {len(truth) / hi / traf:.1f}-{len(truth) / lo / traf:.1f}x trafilatura")
    print(f"published date right: htmldate {hd_right}/{n} ({t_hd:.1f} s); "
          f"denialkb page metadata {int(fig['meta_published_right'])}/{len(truth)}; "
          f"denialkb article.published {dk_pub}/{dk_n}")
    print(f"outlet right: trafilatura sitename {ts_right}/{n}; denialkb page metadata {int(fig['meta_site_name_right'])}/{len(truth)}; "
          f"denialkb article.outlet {dk_out}/{dk_n}")


def end():
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    code = main()
    end()
    sys.exit(code)
