#!/usr/bin/env python3
"""Runs every benchmark of bench/README.md and prints its table (called by bench/run.sh).

    python3 bench/measure.py --build build/bench --dist build/wasm-bench/dist --out DIR
        [--runs 7] [--sizes 50 200 500] [--skip widget,wasm,sklearn,recall]

All medians; the native and scikit-learn processes are timed whole (start-up, reading,
analysis, output) and interleaved, so a busy machine slows both alike.
"""
import argparse
import json
import os
import platform
import statistics
import ctypes.util
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# The first python3 on PATH with scikit-learn (scripts/python-with): a version manager's shim
# may come first without Debian's python3-sklearn.
SKLEARN_PYTHON = os.environ.get("SKLEARN_PYTHON") or subprocess.run(
    [os.path.join(ROOT, "scripts", "python-with"), "sklearn"], capture_output=True, text=True).stdout.strip()
# Debian's libmimalloc2.0, by its soname (the loader finds it): the CLI's allocator.
MIMALLOC = ctypes.util.find_library("mimalloc") or ""
# GNU time (Debian's time package), for max RSS.
TIME = shutil.which("time") or "time"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def timed(cmd, stdout=subprocess.DEVNULL):
    """Wall seconds, CPU seconds (user + system) and max RSS (KiB) of one whole process (GNU time -v)."""
    t = time.perf_counter()
    p = subprocess.run([TIME, "-v"] + cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {p.stderr[-2000:]}")
    field = lambda name: next(float(l.split(":")[-1]) for l in p.stderr.splitlines() if name in l)
    return wall, field("User time") + field("System time"), int(field("Maximum resident set size"))


def supports(cli, bundle, exhaustive):
    args = [cli, "analyze", "--format", "json"] + (["--exhaustive"] if exhaustive else []) + [bundle]
    t = time.perf_counter()
    report = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
    wall = time.perf_counter() - t
    found = set()
    for s in report["sentences"]:
        for x in s.get("support", []):
            found.add((s["id"], x["doc"]))
    return found, wall


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, load {os.getloadavg()[0]:.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--dist", default=os.path.join(ROOT, "build", "wasm-bench", "dist"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 500])
    ap.add_argument("--skip", default="")
    ap.add_argument("--wasm-sizes", type=int, nargs="*", default=None, help="cluster sizes for wasm (default: --sizes)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    out = args.out or os.path.join(args.build, "bench-out")
    clusters = os.path.join(out, "clusters")
    os.makedirs(clusters, exist_ok=True)
    cli = os.path.join(args.build, "cli", "corroborate")
    bench = os.path.join(args.build, "bench", "corroborate_bench")
    R = args.runs
    res = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}

    log("generating clusters", args.sizes)
    subprocess.run([sys.executable, os.path.join(HERE, "make_cluster.py"), *map(str, args.sizes),
                    "--out-dir", clusters], check=True)
    bundle = {n: os.path.join(clusters, f"cluster-{n}.json") for n in args.sizes}

    # Native, in process: the five bundled sources (Google Benchmark, median of repetitions),
    # with the C library's malloc (what a program linking the library gets by default) and
    # with mimalloc, the CLI's allocator (cli/CMakeLists.txt), preloaded into the same binary.
    def five_sources(env=None):
        p = subprocess.run([bench, "--benchmark_filter=^Analyze/sources5$", f"--benchmark_repetitions={max(R, 5)}",
                            "--benchmark_min_time=0.2", "--benchmark_format=json"],
                           capture_output=True, text=True, check=True, env=env)
        gb = json.loads(p.stdout)
        return next(b for b in gb["benchmarks"] if b.get("aggregate_name") == "median")
    log("native: Analyze on the five sources")
    med = five_sources()
    res["native_sources_ms"] = med["real_time"]
    res["native_sources_cpu_ms"] = med["cpu_time"]
    if MIMALLOC:
        med = five_sources(dict(os.environ, LD_PRELOAD=MIMALLOC))
        res["native_sources_mimalloc_ms"] = med["real_time"]

    # Native and scikit-learn, whole processes, interleaved.
    for n in args.sizes:
        reps = R if n <= 50 else max(1, R // 3)
        nat, sk, rss, sk_rss, nat_cpu, sk_cpu, one = [], [], [], [], [], [], []
        for r in range(reps):
            log(f"  {n} articles: run {r + 1}/{reps}")
            w, c, m = timed([cli, "analyze", "--format", "json", bundle[n]])
            nat.append(w), nat_cpu.append(c), rss.append(m)
            # The CLI compares claims on every core; one thread shows what that buys.
            one.append(timed([cli, "analyze", "--threads", "1", "--format", "json", bundle[n]])[0])
            if "sklearn" not in skip:
                w, c, m = timed([SKLEARN_PYTHON, os.path.join(HERE, "sklearn_baseline.py"), bundle[n]])
                sk.append(w), sk_cpu.append(c), sk_rss.append(m)
        res[f"native_{n}_s"] = statistics.median(nat)
        res[f"native_{n}_cpu_s"] = statistics.median(nat_cpu)
        res[f"native_{n}_rss_mib"] = max(rss) / 1024
        res[f"native_{n}_one_thread_s"] = statistics.median(one)
        if sk:
            res[f"sklearn_{n}_s"] = statistics.median(sk)
            res[f"sklearn_{n}_cpu_s"] = statistics.median(sk_cpu)
            res[f"sklearn_{n}_rss_mib"] = max(sk_rss) / 1024

    if "recall" not in skip:
        for n in args.sizes:
            log(f"recall at {n} articles")
            idx, t_idx = supports(cli, bundle[n], False)
            exh, t_exh = supports(cli, bundle[n], True)
            res[f"recall_{n}"] = {"index": len(idx), "exhaustive": len(exh), "both": len(idx & exh),
                                  "recall": len(idx & exh) / max(1, len(exh)), "t_index_s": t_idx,
                                  "t_exhaustive_s": t_exh}

    if "wasm" not in skip:
        log("wasm under node")
        node = ["node", os.path.join(HERE, "wasm_bench.mjs"), "--dist", args.dist, "--json", "--runs"]
        rows = [json.loads(l) for l in subprocess.run(node + [str(max(R, 15))], capture_output=True, text=True,
                                                      check=True).stdout.splitlines()]
        wasm_sizes = args.sizes if args.wasm_sizes is None else args.wasm_sizes
        if wasm_sizes:
            p = subprocess.run(node + [str(max(3, R // 2))] + [bundle[n] for n in wasm_sizes],
                               capture_output=True, text=True, check=True)
            rows += [json.loads(l) for l in p.stdout.splitlines()]
        res["wasm"] = rows

    if "widget" not in skip:
        log("widget in headless Chromium")
        p = subprocess.run(["node", os.path.join(HERE, "widget_bench.mjs"), "--dist", args.dist, "--json",
                            "--runs", str(max(R, 11))], capture_output=True, text=True, check=True)
        res["widget"] = json.loads(p.stdout.strip().splitlines()[-1])
        # The browser's own share on this machine: the same page with no engine.
        p = subprocess.run(["node", os.path.join(HERE, "widget_bench.mjs"), "--dist", args.dist, "--json", "--floor",
                            "--runs", str(max(R, 11))], capture_output=True, text=True, check=True)
        res["widget_floor"] = json.loads(p.stdout.strip().splitlines()[-1])

    res["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(res, f, indent=1)
    print_table(res, args.sizes)


def reprint(path):
    """python3 bench/measure.py --table results.json: prints the table of an earlier run again."""
    with open(path) as f:
        res = json.load(f)
    print_table(res, sorted(int(k.split("_")[1]) for k in res if k.startswith("native_") and k.endswith("_cpu_s")
                           and k.split("_")[1].isdigit()))


def speed(ratio):
    return f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"


def print_table(res, sizes):
    rows = []
    ok = lambda good: "yes" if good else "**no**"
    rows.append(("five bundled sources, native in process (Google Benchmark)", f"{res['native_sources_ms']:.2f} ms",
                 "<= 3 ms", ok(res["native_sources_ms"] <= 3)))
    if "native_sources_mimalloc_ms" in res:
        rows.append(("the same with mimalloc, the CLI's allocator", f"{res['native_sources_mimalloc_ms']:.2f} ms",
                     "<= 3 ms", ok(res["native_sources_mimalloc_ms"] <= 3)))
    wasm = {r["input"]: r for r in res.get("wasm", [])}
    if "sources5" in wasm:
        rows.append(("five bundled sources, wasm under node (JS API)", f"{wasm['sources5']['median_ms']:.2f} ms",
                     "<= 10 ms", ok(wasm["sources5"]["median_ms"] <= 10)))
    if "widget" in res:
        w = res["widget"]
        rows.append(("widget, navigation to highlights painted (Chromium, localhost)",
                     f"{w['painted_ms']:.0f} ms (ready {w['ready_ms']:.0f} ms)", "<= 150 ms", ok(w["painted_ms"] <= 150)))
    if "widget_floor" in res:
        rows.append(("the same page without the engine (browser floor)", f"{res['widget_floor']['painted_ms']:.0f} ms", "", ""))
    for name, r in wasm.items():
        if name != "sources5":
            rows.append((f"{r['docs']} articles, wasm under node", f"{r['median_ms'] / 1000:.2f} s (heap {r['heap_bytes'] / 2 ** 20:.0f} MiB)",
                         "<= 1 s at 200" if r["docs"] == 200 else "", ok(r["median_ms"] <= 1000) if r["docs"] == 200 else ""))
    lo, hi = min(sizes), max(sizes)
    g = res[f"native_{hi}_s"] / res[f"native_{lo}_s"]
    gc = res[f"native_{hi}_cpu_s"] / res[f"native_{lo}_cpu_s"]
    rows.append((f"growth {lo} -> {hi} articles, native whole process", f"{g:.1f}x (CPU {gc:.1f}x)", "<= 12x", ok(g <= 12)))
    if f"cluster-{lo}" in wasm and f"cluster-{hi}" in wasm:
        g = wasm[f"cluster-{hi}"]["median_ms"] / wasm[f"cluster-{lo}"]["median_ms"]
        rows.append((f"growth {lo} -> {hi} articles, wasm", f"{g:.1f}x", "<= 12x", ok(g <= 12)))
    rss = res[f"native_{hi}_rss_mib"]
    rows.append((f"peak memory, {hi} articles, native max RSS", f"{rss:.0f} MiB", "<= 256 MB", ok(rss * 1.048576 <= 256)))
    if f"cluster-{hi}" in wasm:
        h = wasm[f"cluster-{hi}"]["heap_bytes"] / 2 ** 20
        rows.append((f"peak memory, {hi} articles, wasm heap", f"{h:.0f} MiB", "<= 256 MB", ok(h * 1.048576 <= 256)))
    for n in sizes:
        if f"sklearn_{n}_s" in res:
            r = res[f"sklearn_{n}_s"] / res[f"native_{n}_s"]
            rc = res[f"sklearn_{n}_cpu_s"] / max(res[f"native_{n}_cpu_s"], 1e-3)
            rows.append((f"{n} articles: native {res[f'native_{n}_s']:.2f} s (CPU {res[f'native_{n}_cpu_s']:.2f} s) vs "
                         f"scikit-learn {res[f'sklearn_{n}_s']:.2f} s (CPU {res[f'sklearn_{n}_cpu_s']:.2f} s), whole processes",
                         f"{speed(r)} (CPU: {speed(rc)})",
                         ">= 10x" if n >= 200 else "", ok(r >= 10) if n >= 200 else ""))
    for n in sizes:
        if f"native_{n}_one_thread_s" in res:
            rows.append((f"{n} articles, native whole process: every core / one thread (`--threads 1`)",
                         f"{res[f'native_{n}_s']:.2f} s / {res[f'native_{n}_one_thread_s']:.2f} s", "", ""))
    for n in sizes:
        if f"recall_{n}" in res:
            x = res[f"recall_{n}"]
            rows.append((f"recall of candidate generation, {n} articles ({x['both']} of {x['exhaustive']} supports)",
                         f"{100 * x['recall']:.2f}%", ">= 99%", ok(x["recall"] >= 0.99)))
    print(f"\nMachine: {res['machine']}; {res['started']} to {res['finished']}")
    print(f"Native five sources: {res['native_sources_ms']:.2f} ms real, {res['native_sources_cpu_ms']:.2f} ms CPU (median)\n")
    print("| measure | median | target | met |\n|---|---:|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--table":
        reprint(sys.argv[2])
    else:
        main()
