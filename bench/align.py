"""Alignment benchmark: auditor against hunalign on every gold set in ../shared/bench/align.

    .venv/bin/python bench/align.py [--quick] [--no-hunalign] [--no-scale]

Prints one table (a row per set; strict F1, lax F1 and wall seconds for auditor without MT,
auditor with the provided Google translation (Text+Berg only) and hunalign 1.1 WASM with an
empty dictionary), then the speed and scale section: whole-process wall time on the
4830 × 4336 en-ru book side by side with hunalign, and synthetic 10k/50k/100k bitexts built
by concatenating documents, with seconds and peak memory. The given segmentation is kept;
beads are written in the gold format under bench/out/ and scored with
auditor.core.align.scoring (the rules of SCORING.md, pooled over each set's documents).

hunalign comes from npm (`npm install --prefix bench/hunalign`, done here on first run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench" / "align"
OUT = REPO / "bench" / "out"
HUNALIGN = REPO / "bench" / "hunalign"
sys.path.insert(0, str(REPO))

from auditor.core.align import align_texts
from auditor.core.align.scoring import Counts, count, format_beads, parse_beads, scores


@dataclass(frozen=True)
class GoldSet:
    name: str
    folder: str
    src: str
    tgt: str
    docs: tuple[str, ...]
    mt: str | None = None

    def path(self, doc: str, ext: str) -> Path:
        return BENCH / self.folder / "docs" / f"{doc}.{ext}"


def _docs(folder: str, prefix: str = "") -> tuple[str, ...]:
    names = sorted(p.name[: -len(".gold")] for p in (BENCH / folder / "docs").glob("*.gold"))
    return tuple(n for n in names if n.startswith(prefix))


def gold_sets() -> list[GoldSet]:
    return [
        GoldSet("Text+Berg test de-fr", "textberg-de-fr", "de", "fr", _docs("textberg-de-fr", "test"), "de2fr.google"),
        GoldSet("Text+Berg dev de-fr", "textberg-de-fr", "de", "fr", ("dev",), "de2fr.google"),
        GoldSet("ParIce en-is", "parice-en-is", "en", "is", _docs("parice-en-is")),
        GoldSet("NTREX en-bn dev", "ntrex-eng-ben-dev", "eng", "ben", _docs("ntrex-eng-ben-dev")),
        GoldSet("NTREX en-ru dev", "ntrex-eng-rus-dev", "eng", "rus", _docs("ntrex-eng-rus-dev")),
        GoldSet("Anna Karenina en-ru dev", "opusbooks-en-ru-dev", "en", "ru", _docs("opusbooks-en-ru-dev")),
    ]


def lines(path: Path) -> list[str]:
    """One segment per line; a final newline does not open an extra line."""
    text = path.read_text(encoding="utf-8")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


@dataclass
class Result:
    strict: float
    lax: float
    seconds: float


def run_auditor(gs: GoldSet, with_mt: bool) -> Result:
    out_dir = OUT / ("auditor+mt" if with_mt else "auditor") / gs.folder
    out_dir.mkdir(parents=True, exist_ok=True)
    total, elapsed = Counts(), 0.0
    for doc in gs.docs:
        src, tgt = lines(gs.path(doc, gs.src)), lines(gs.path(doc, gs.tgt))
        mt = lines(gs.path(doc, gs.mt)) if with_mt and gs.mt else None
        t0 = time.perf_counter()
        beads = align_texts(src, tgt, src_lang=gs.src, tgt_lang=gs.tgt, translation=mt)
        elapsed += time.perf_counter() - t0
        hyp = [(b.source, b.target) for b in beads]
        (out_dir / f"{doc}.align").write_text(format_beads(hyp), encoding="utf-8")
        total = total + count(parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8")), hyp)
    s = scores(total)
    return Result(s.f_strict, s.f_lax, elapsed)


def hunalign_ready() -> str | None:
    """None when the WASM hunalign can run, else the reason it cannot."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HUNALIGN / "node_modules" / "@bitextual" / "hunalign").is_dir():
        if shutil.which("npm") is None:
            return "npm is not installed"
        r = subprocess.run(["npm", "install", "--prefix", str(HUNALIGN), "--no-audit", "--no-fund"],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            return "npm install failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    return None


def run_hunalign(gs: GoldSet) -> Result:
    out_dir = OUT / "hunalign" / gs.folder
    out_dir.mkdir(parents=True, exist_ok=True)
    args: list[str] = []
    for doc in gs.docs:
        args += [str(gs.path(doc, gs.src)), str(gs.path(doc, gs.tgt)), str(out_dir / f"{doc}.align")]
    t0 = time.perf_counter()
    subprocess.run(["node", str(HUNALIGN / "run.mjs"), *args], check=True, capture_output=True, timeout=1800)
    elapsed = time.perf_counter() - t0
    total = Counts()
    for doc in gs.docs:
        gold = parse_beads(gs.path(doc, "gold").read_text(encoding="utf-8"))
        total = total + count(gold, parse_beads((out_dir / f"{doc}.align").read_text(encoding="utf-8")))
    s = scores(total)
    return Result(s.f_strict, s.f_lax, elapsed)


def _cell(r: Result | str | None) -> str:
    if r is None:
        return f"{'—':>20}"
    if isinstance(r, str):
        return f"{r:>20}"
    return f"{r.strict:6.3f} {r.lax:6.3f} {r.seconds:6.2f}"


def quality_table(no_hunalign: bool) -> None:
    why_not = "disabled" if no_hunalign else hunalign_ready()
    head = f"{'set':26} | {'auditor (no MT)':>20} | {'auditor + Google MT':>20} | {'hunalign 1.1 WASM':>20}"
    print("Alignment quality: strict F1, lax F1, wall s (pooled over each set's documents)")
    print(head)
    print("-" * len(head))
    for gs in gold_sets():
        plain = run_auditor(gs, False)
        mt = run_auditor(gs, True) if gs.mt else None
        hun: Result | str = "n/a" if why_not else run_hunalign(gs)
        print(f"{gs.name:26} | {_cell(plain)} | {_cell(mt)} | {_cell(hun)}", flush=True)
    if why_not:
        print(f"hunalign n/a: {why_not}")


def _best_wall(cmd: list[str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        best = min(best, time.perf_counter() - t0)
    return best


def book_timing(no_hunalign: bool) -> None:
    gs = gold_sets()[-1]
    doc = gs.docs[0]
    src, tgt = gs.path(doc, gs.src), gs.path(doc, gs.tgt)
    OUT.mkdir(parents=True, exist_ok=True)
    auditor_bin = Path(sys.executable).parent / "auditor"
    ours = [str(auditor_bin), "align", str(src), str(tgt), "--given-segmentation", "-o", str(OUT / "book.auditor.align")]
    runs = 5
    print(f"\nSpeed: whole-process wall time on the {len(lines(src))} × {len(lines(tgt))} en-ru book "
          f"(best of {runs}, runs interleaved)")
    why_not = "disabled" if no_hunalign else hunalign_ready()
    theirs = ["node", str(HUNALIGN / "run.mjs"), str(src), str(tgt), str(OUT / "book.hunalign.align")]
    t_ours = t_theirs = float("inf")
    for _ in range(runs):  # interleaved, so both see the same machine load
        t_ours = min(t_ours, _best_wall(ours, 1))
        if not why_not:
            t_theirs = min(t_theirs, _best_wall(theirs, 1))
    print(f"  auditor align --given-segmentation : {t_ours:6.2f} s")
    if why_not:
        print(f"  hunalign 1.1 WASM (node)           :    n/a ({why_not})")
    else:
        print(f"  hunalign 1.1 WASM (node)           : {t_theirs:6.2f} s")


_SCALE_CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from auditor.core.align import align_texts
src = open(sys.argv[2], encoding='utf-8').read().split('\\n')
tgt = open(sys.argv[3], encoding='utf-8').read().split('\\n')
t0 = time.perf_counter()
beads = align_texts(src, tgt)
dt = time.perf_counter() - t0
out = [[list(b.source), list(b.target)] for b in beads]
json.dump({"seconds": dt, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "beads": out},
          open(sys.argv[4], 'w'))
"""


def scale(sizes: list[int]) -> None:
    """Synthetic bitexts: en-ru documents (book, then NTREX) concatenated until ``size`` lines."""
    pool = [g for g in gold_sets() if g.src in ("en", "eng") and g.tgt in ("ru", "rus")]
    pieces = [(g, d) for g in reversed(pool) for d in g.docs]
    print("\nScale: synthetic en-ru bitexts made of concatenated gold documents (child process each)")
    print(f"  {'sentences (src × tgt)':>24} | {'align s':>8} | {'peak MB':>8} | {'strict F1':>9}")
    tmp = OUT / "scale"
    tmp.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        src: list[str] = []
        tgt: list[str] = []
        gold: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        k = 0
        while len(src) < size:
            g, d = pieces[k % len(pieces)]
            k += 1
            s, t = lines(g.path(d, g.src)), lines(g.path(d, g.tgt))
            for a, b in parse_beads(g.path(d, "gold").read_text(encoding="utf-8")):
                gold.append((tuple(x + len(src) for x in a), tuple(y + len(tgt) for y in b)))
            src += s
            tgt += t
        sp, tp, rp = tmp / f"{size}.src", tmp / f"{size}.tgt", tmp / f"{size}.json"
        sp.write_text("\n".join(src), encoding="utf-8")
        tp.write_text("\n".join(tgt), encoding="utf-8")
        subprocess.run([sys.executable, "-c", _SCALE_CHILD, str(REPO), str(sp), str(tp), str(rp)], check=True, timeout=1800)
        res = json.loads(rp.read_text())
        hyp = [(tuple(a), tuple(b)) for a, b in res["beads"]]
        f1 = scores(count(gold, hyp)).f_strict
        print(f"  {f'{len(src)} × {len(tgt)}':>24} | {res['seconds']:8.2f} | {res['peak_mb']:8.0f} | {f1:9.3f}", flush=True)
        for p in (sp, tp, rp):
            os.unlink(p)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-hunalign", action="store_true", help="skip the hunalign columns")
    ap.add_argument("--no-scale", action="store_true", help="skip the speed and scale section")
    ap.add_argument("--no-quality", action="store_true", help="skip the quality table")
    ap.add_argument("--quick", action="store_true", help="scale section at 10k only")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"bench/align.py: gold sets not found at {BENCH}")
    if not args.no_quality:
        quality_table(args.no_hunalign)
    if not args.no_scale:
        book_timing(args.no_hunalign)
        scale([10_000] if args.quick else [10_000, 50_000, 100_000])


if __name__ == "__main__":
    main()
