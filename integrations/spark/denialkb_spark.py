#!/usr/bin/env python3
"""Run denialkb over many WARC/WET/JSONL/HTML files with Spark: one task per file.

In the style of Common Crawl's cc-pyspark: the input is a text file listing one input path
per line (blank lines and lines starting with '#' are ignored); each Spark task runs the
denialkb binary on one file and parses what it wrote. Output, under OUTPUT_DIR:

    records/part-*    one JSON document per article (the same document `denialkb extract`
                      writes, as JSON: schema_version, article, records), keys sorted
    manifest/part-*   one JSON line per input file: path, exit code, counts, seconds, errors

Local run (pyspark from PyPI, no cluster):

    python3 integrations/spark/denialkb_spark.py --master 'local[2]' \
        --binary target/release/denialkb inputs.txt out/

On a cluster the binary reaches the executors with --files and is found by its base name:

    spark-submit --master yarn --files target/release/denialkb \
        integrations/spark/denialkb_spark.py --binary denialkb inputs.txt hdfs:///kb/out

Input paths must be readable by the executors (local paths on every node, a shared mount,
or file:// URLs). The command run per file is a template (--command) with {bin}, {input} and
{outdir}; by default it asks the binary for JSONL (`--format jsonl`) when its `extract --help`
offers that option, else for YAML files in a temporary directory. Whatever the binary wrote
is read back: *.jsonl files in {outdir}, *.yaml files in {outdir}, or JSON lines on stdout.
"""

import argparse
import glob
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

SUMMARY = re.compile(
    r"(?P<articles>\d+) articles read: (?P<with>\d+) with records, (?P<without>\d+) without records, "
    r"(?P<failed>\d+) failed(?:; (?P<skipped>\d+) archive records skipped)?"
)

YAML_COMMAND = "{bin} extract {input} -o {outdir}"
JSONL_COMMAND = "{bin} extract {input} --format jsonl -o {outdir}"


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]


def local_path(p):
    return p[len("file://"):] if p.startswith("file://") else p


def find_binary(name):
    """The binary: a path as given, else one shipped with --files (SparkFiles), made executable."""
    candidates = [name]
    if os.sep not in name:
        try:
            from pyspark import SparkFiles

            candidates.insert(0, SparkFiles.get(name))
        except Exception:
            pass
        candidates.append(os.path.join(os.getcwd(), name))
        found = shutil.which(name)
        if found:
            candidates.append(found)
    for c in candidates:
        if c and os.path.isfile(c):
            mode = os.stat(c).st_mode
            if not mode & stat.S_IXUSR:
                try:
                    os.chmod(c, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
                except OSError:
                    pass
            return os.path.abspath(c)
    raise FileNotFoundError(f"denialkb binary not found: {name}")


def default_command(binary):
    try:
        help_text = subprocess.run([binary, "extract", "--help"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        help_text = ""
    return JSONL_COMMAND if "--format" in help_text else YAML_COMMAND


def yaml_loader():
    """PyYAML's safe loader without YAML 1.1 timestamps: a date stays the string it was."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return lambda stream: yaml.load(stream, Loader=Loader)


def read_outputs(outdir, stdout):
    """The article documents the binary wrote, in a stable order."""
    docs = []
    for f in sorted(glob.glob(os.path.join(outdir, "**", "*.jsonl"), recursive=True)):
        with open(f, encoding="utf-8") as fh:
            docs.extend(json.loads(l) for l in fh if l.strip())
    yamls = sorted(glob.glob(os.path.join(outdir, "**", "*.yaml"), recursive=True))
    if yamls:
        loader = yaml_loader()
        for f in yamls:
            with open(f, encoding="utf-8") as fh:
                docs.append(loader(fh))
    if not docs:
        for l in stdout.splitlines():
            l = l.strip()
            if l.startswith("{"):
                try:
                    docs.append(json.loads(l))
                except ValueError:
                    pass
    docs = [d for d in docs if isinstance(d, dict) and "article" in d]
    docs.sort(key=lambda d: str(d["article"].get("id")))
    return docs


def process(path, binary, command, timeout):
    """Run denialkb on one input file: (manifest entry, article documents)."""
    start = time.time()
    entry = {"input": path, "exit_code": None, "articles": 0, "with_records": 0, "records": 0,
             "skipped": None, "failed": None, "seconds": None, "error": None}
    docs = []
    outdir = tempfile.mkdtemp(prefix="denialkb-spark-")
    try:
        exe = find_binary(binary)
        cmd = [a.format(bin=exe, input=local_path(path), outdir=outdir) for a in command.split()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        entry["exit_code"] = proc.returncode
        docs = read_outputs(outdir, proc.stdout)
        m = SUMMARY.search(proc.stdout) or SUMMARY.search(proc.stderr)
        if m:
            entry["failed"] = int(m.group("failed"))
            entry["skipped"] = int(m.group("skipped")) if m.group("skipped") is not None else None
        if proc.returncode != 0:
            entry["error"] = proc.stderr.strip()[-2000:] or f"exit code {proc.returncode}"
        elif proc.stderr.strip():
            entry["error"] = proc.stderr.strip()[-2000:]
    except Exception as e:  # a task reports its failure in the manifest instead of failing the job
        entry["error"] = f"{type(e).__name__}: {e}"
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    entry["articles"] = len(docs)
    entry["with_records"] = sum(1 for d in docs if d.get("records"))
    entry["records"] = sum(len(d.get("records") or []) for d in docs)
    entry["seconds"] = round(time.time() - start, 3)
    return entry, docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input_list", help="text file: one WARC/WET/JSONL/HTML path per line")
    ap.add_argument("output_dir", help="where records/ and manifest/ are written (must not exist)")
    ap.add_argument("--binary", default="denialkb", help="path to denialkb, or its name when shipped with --files")
    ap.add_argument("--command", default=None, help="per-file command template with {bin} {input} {outdir}")
    ap.add_argument("--master", default=None, help="Spark master for a run without spark-submit, e.g. local[2]")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per file")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("denialkb")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        paths = read_list(args.input_list)
        if not paths:
            print("denialkb_spark: no inputs listed", file=sys.stderr)
            return 2
        binary, timeout = args.binary, args.timeout
        command = args.command or default_command(find_binary(binary))
        results = sc.parallelize(paths, numSlices=len(paths)).map(lambda p: process(p, binary, command, timeout)).cache()
        out = args.output_dir.rstrip("/")
        results.flatMap(lambda r: [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in r[1]]) \
            .saveAsTextFile(out + "/records")
        results.map(lambda r: json.dumps(r[0], ensure_ascii=False, sort_keys=True)).coalesce(1) \
            .saveAsTextFile(out + "/manifest")
        manifest = [r[0] for r in results.collect()]
        bad = [m for m in manifest if m["exit_code"] != 0]
        print(f"denialkb_spark: {len(manifest)} files, {sum(m['articles'] for m in manifest)} articles, "
              f"{sum(m['records'] for m in manifest)} records, {len(bad)} files with errors")
        return 1 if bad else 0
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
