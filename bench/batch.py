"""Batch throughput and memory: synthetic chains of 3 witnesses × 100 segments.

    .venv/bin/python bench/batch.py                 # 1,000 chains, 1 and 2 jobs
    .venv/bin/python bench/batch.py --chains 200 --jobs 1 2 4

Targets (issue 7): 1 → 2 jobs gives ≥ 1.8× speed-up; 2 jobs process ≥ 20 chains/s; memory
stays flat as the number of chains grows (peak RSS of the parent and of the workers, sampled
while the batch runs, compared between the first and the last quarter of the chains).

The chains are generated, not bundled: an original (en), its translation (de, a fake but
consistent word mapping) and a retelling of that (en), with names, numbers and a little drift
(name variants, changed numbers, dropped sentences), seeded so every run sees the same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.batch import expand, run_batch
from auditor.config import Settings

NAMES = ["Osechkin", "Newsweek", "Tokyo", "Moscow", "Kunashir", "Gulagu", "Petrova", "Ivanov", "Sakhalin", "Hokkaido"]
WORDS = ("the letter report analyst officials plan ministry agency source document war border island fleet "
         "said wrote published denied confirmed warned claimed expected leaked reached under about after before "
         "against with without several many new old secret military foreign public").split()


def _fake_german(word: str) -> str:
    rng = random.Random(word)
    return word[:2].capitalize() + "".join(rng.choice("aeiounrst") for _ in range(len(word) + 1))


def _sentence(rng: random.Random) -> list[str]:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 2030)))
    return words


def make_chain(folder: Path, seed: int, n: int = 100) -> None:
    rng = random.Random(seed)
    src = [_sentence(rng) for _ in range(n)]
    de, back = [], []
    for words in src:
        if rng.random() < 0.02:
            continue  # an omission
        t = [w if (w in NAMES or w.isdigit()) else _fake_german(w) for w in words]
        if rng.random() < 0.03:
            t = [w.replace("Osechkin", "Osekkin") for w in t]
        de.append(t)
    for words in de:
        b = [w for w in words]
        if rng.random() < 0.03:
            b = [str(int(w) + 1) if w.isdigit() else w for w in b]
        back.append(b)

    def text(sents: list[list[str]]) -> str:
        paras = [sents[i:i + 5] for i in range(0, len(sents), 5)]
        return "\n\n".join(" ".join(" ".join(s).capitalize() + "." for s in p) for p in paras) + "\n"

    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(text(src), encoding="utf-8")
    (folder / "de.txt").write_text(text(de), encoding="utf-8")
    (folder / "en2.txt").write_text(text(back), encoding="utf-8")
    (folder / "chain.toml").write_text(
        f'title = "synthetic {seed}"\n'
        '[[witness]]\nid = "en"\nlang = "en"\nfile = "en.txt"\nrole = "source"\n'
        '[[witness]]\nid = "de"\nlang = "de"\nfile = "de.txt"\nparent = "en"\n'
        '[[witness]]\nid = "en2"\nlang = "en"\nfile = "en2.txt"\nparent = "de"\nrole = "retelling"\n',
        encoding="utf-8",
    )


class MemorySampler:
    """Samples the RSS of this process and of its children while the batch runs."""

    def __init__(self, total: int) -> None:
        import psutil  # a dependency of dask.distributed

        self.proc = psutil.Process()
        self.total = total
        self.done = 0
        self.samples: list[tuple[int, float, float]] = []  # (done, parent MiB, max worker MiB)
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                parent = self.proc.memory_info().rss / 2**20
                kids = [c.memory_info().rss / 2**20 for c in self.proc.children(recursive=True)]
            except Exception:
                continue
            self.samples.append((self.done, parent, max(kids, default=0.0)))
            self._stop.wait(0.1)

    def __enter__(self) -> MemorySampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.thread.join()

    def quarter_peaks(self) -> dict[str, float]:
        first = [s for s in self.samples if 0 < s[0] <= self.total // 4]
        last = [s for s in self.samples if s[0] >= self.total * 3 // 4]
        peak = lambda rows, i: round(max((r[i] for r in rows), default=0.0), 1)  # noqa: E731
        return {"parent_first_quarter_mib": peak(first, 1), "parent_last_quarter_mib": peak(last, 1),
                "worker_first_quarter_mib": peak(first, 2), "worker_last_quarter_mib": peak(last, 2)}


def run(corpus: Path, jobs: int, total: int) -> dict[str, object]:
    out = corpus.parent / f"out-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    chain_jobs = expand([str(corpus)])
    with MemorySampler(total) as mem:
        def on_row(row: dict[str, object]) -> None:
            mem.done += 1

        t0 = time.perf_counter()
        result = run_batch(chain_jobs, out, Settings(), jobs=jobs, on_row=on_row)
        wall = time.perf_counter() - t0
    errors = [r for r in result.rows if r["status"] == "error"]
    return {"jobs": jobs, "chains": len(result.rows), "errors": len(errors), "seconds": round(wall, 2),
            "chains_per_s": round(len(result.rows) / wall, 2), **mem.quarter_peaks(),
            "first_error": errors[0]["error"] if errors else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chains", type=int, default=1000)
    ap.add_argument("--segments", type=int, default=100)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="auditor-bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus"
        t0 = time.perf_counter()
        for i in range(args.chains):
            make_chain(corpus / f"chain{i:05d}", seed=i, n=args.segments)
        print(f"generated {args.chains} chains × 3 witnesses × {args.segments} segments "
              f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        results = [run(corpus, j, args.chains) for j in args.jobs]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for r in results:
        print(f"jobs={r['jobs']}: {r['chains']} chains in {r['seconds']} s = {r['chains_per_s']} chains/s, "
              f"{r['errors']} errors; peak RSS parent {r['parent_first_quarter_mib']} → "
              f"{r['parent_last_quarter_mib']} MiB, worker {r['worker_first_quarter_mib']} → "
              f"{r['worker_last_quarter_mib']} MiB (first → last quarter)")
        if r["first_error"]:
            print(f"  first error: {r['first_error']}")
    by_jobs = {r["jobs"]: r for r in results}
    if 1 in by_jobs and 2 in by_jobs:
        speedup = float(by_jobs[2]["chains_per_s"]) / float(by_jobs[1]["chains_per_s"])
        print(f"speed-up 1 → 2 jobs: {speedup:.2f}× (target ≥ 1.8×); 2 jobs: {by_jobs[2]['chains_per_s']} "
              "chains/s (target ≥ 20)")


if __name__ == "__main__":
    main()
