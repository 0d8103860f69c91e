#!/usr/bin/env python3
"""Time `import_articles` end to end into a fresh PostgreSQL database, with the machine's load average.

    .venv/bin/python bench/gen_articles.py --count 1000 --out /tmp/bench_articles
    .venv/bin/python bench/import_throughput.py --db dt_benchimport_2 --articles /tmp/bench_articles [--jobs 2]

Drops and recreates the database (`--keep` reuses it as it is, to time a re-import), migrates, loads the
gazetteer, then runs the command with production settings (DJANGO_PRODUCTION=1, DEBUG=0), sampling the
article count and the load average every few seconds so a rate that falls as deals accumulate shows up.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def count_articles(url: str) -> int:
    out = subprocess.run(
        ["psql", url, "-Atc", "SELECT count(*) FROM deals_article"], capture_output=True, text=True, check=False
    )
    return int(out.stdout.strip() or 0) if out.returncode == 0 else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="database name (dropped and recreated unless --keep)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--articles", type=Path, default=Path("/tmp/bench_articles"))
    parser.add_argument("--jobs", type=int, help="passed to import_articles --jobs (default: the command's)")
    parser.add_argument("--keep", action="store_true", help="import into the database as it is")
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()

    url = f"postgres://postgres@{args.host}:5432/{args.db}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_PRODUCTION": "1", "SECRET_KEY": "bench", "DEBUG": "0"}
    if not args.keep:
        subprocess.run(["dropdb", "-h", args.host, "-U", "postgres", "--if-exists", args.db], check=True)
        subprocess.run(["createdb", "-h", args.host, "-U", "postgres", args.db], check=True)
        subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run([PYTHON, "manage.py", "load_companies"], cwd=ROOT, env=env, check=True)

    command = [PYTHON, "manage.py", "import_articles", "--metadata", str(args.articles / "articles.json")]
    if args.jobs:
        command += ["--jobs", str(args.jobs)]
    before = count_articles(url)
    samples = []
    start = time.monotonic()
    cpu_start = os.times()
    # Files, not pipes: a full pipe nobody reads would stall the import.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out_file, stderr=err_file, text=True)
    while process.poll() is None:
        time.sleep(0.5)
        if not samples or time.monotonic() - start - samples[-1]["s"] >= args.every:
            samples.append(
                {
                    "s": round(time.monotonic() - start, 1),
                    "articles": count_articles(url) - before,
                    "load": os.getloadavg()[0],
                }
            )
    wall = time.monotonic() - start
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
    cpu = os.times()
    done = count_articles(url) - before
    samples.append({"s": round(wall, 1), "articles": done, "load": os.getloadavg()[0]})
    figures = {
        "articles": done,
        "wall_s": round(wall, 1),
        "articles_per_s": round(done / wall, 2) if wall else None,
        "child_user_s": round(cpu.children_user - cpu_start.children_user, 1),
        "child_system_s": round(cpu.children_system - cpu_start.children_system, 1),
        "load_min": min(s["load"] for s in samples),
        "load_max": max(s["load"] for s in samples),
        "jobs": args.jobs,
        "returncode": process.returncode,
        "summary": out.strip().splitlines()[-3:],
    }
    for sample in samples:
        print(f"{sample['s']:7.1f} s  {sample['articles']:5d} articles  load {sample['load']:.2f}")
    print(json.dumps(figures, indent=1))
    if err.strip():
        print(err.strip()[-2000:], file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({**figures, "samples": samples}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
