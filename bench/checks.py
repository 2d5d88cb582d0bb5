"""Check precision, recall and F1 on the labelled corpus, plus false alarms on clean chains.

Usage (from the repo root)::

    .venv/bin/python bench/checks.py            # every chain of bench/data/checks + samples
    .venv/bin/python bench/checks.py --verbose  # also list every false positive and miss
    .venv/bin/python bench/checks.py --chain ru-en-flood --verbose

Scoring (bench/data/checks/README.md): a finding matches a label when the check ids are
equal and one of its spans lies in the label's witness and overlaps the label's span (the
``occurrence``-th match of ``text``); each label is matched at most once. An unmatched
finding is a false positive, except one whose drift evidence says it was introduced in an
earlier witness and that a matched finding of the same check already covers there (the
README labels a problem once, where it was introduced; downstream copies merely persist).
On ``clean-*`` chains every finding is a false alarm.

The samples' ``expected.toml`` count too: an ``[[expect]]`` is a label (found when a finding's
span contains its text, as in the samples test), an ``[[avoid]]`` hit is a false positive.
Other findings on the samples are not counted either way: the samples are not labelled
exhaustively. ``mistranslation-suspect`` needs MT and is left out.

Runs offline: no MT, default settings, the chain's own glossary.

``--real`` adds false alarms on real text: the NTREX dev documents of ``../shared/bench/align``
(professional English → Bengali and English → Russian news translations, one segment a line,
with the set's own line merges and drops), each audited as a two-witness chain through the
same pipeline with the given segmentation. No problem there is labelled: the section prints
findings per 100 segments per check (``--verbose`` lists the ``--list`` checks' findings, to be
read by hand). It is printed by default when the set is present (it takes a few seconds).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.core.checks.base import GlossaryEntry
from auditor.core.models import Audit, Chain, Finding, Witness
from auditor.core.pipeline import audit_chain
from auditor.io.chain import load_chain, load_manifest_glossaries, manifest_segmentation
from auditor.io.glossary import read_glossary
from auditor.io.text import read_text

DATA = ROOT / "bench" / "data" / "checks"
SAMPLES = ROOT / "samples"
SKIP_CHECKS = {"mistranslation-suspect", "internal-error"}
TARGET_P, TARGET_R, TARGET_CLEAN = 0.90, 0.85, 1.0
REAL = ROOT.parent / "shared" / "bench" / "align"
REAL_SETS = (("ntrex-eng-ben-dev", "ben", "bn"), ("ntrex-eng-rus-dev", "rus", "ru"))


@dataclass
class Label:
    check: str
    witness: str
    text: str
    start: int
    end: int
    note: str = ""
    contains: bool = False  # samples: a finding span must contain the text


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fps: list[str] = field(default_factory=list)
    fns: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def run_audit(folder: Path) -> Audit:
    """The offline audit of one chain folder, with the glossaries its manifest names."""
    chain = load_chain(folder)
    glossary: list[GlossaryEntry] = []
    files = load_manifest_glossaries(folder)
    if not files and (folder / "glossary.tsv").is_file():  # the corpus layout: a glossary.tsv beside
        files = [folder / "glossary.tsv"]
    for f in files:
        glossary.extend(read_glossary(f))
    return audit_chain(chain, glossary=glossary, given_segmentation=manifest_segmentation(folder) == "lines")


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"label text {needle!r} (occurrence {occurrence}) not in witness")
    return pos, pos + len(needle)


def read_labels(folder: Path, audit: Audit, name: str = "labels.toml") -> tuple[list[Label], list[Label]]:
    """(expects, avoids) of a chain folder: labels.toml, or a sample's expected.toml."""
    data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
    texts = {w.id: w.text for w in audit.chain.witnesses}
    out: tuple[list[Label], list[Label]] = ([], [])
    for key, bucket in (("expect", out[0]), ("avoid", out[1])):
        for row in data.get(key, []):
            s, e = _locate(texts[row["witness"]], row["text"], int(row.get("occurrence", 1)))
            bucket.append(Label(row["check"], row["witness"], row["text"], s, e, row.get("note", ""),
                                contains=name == "expected.toml"))
    return out


def _hits(f: Finding, lab: Label) -> bool:
    if f.check != lab.check:
        return False
    for s in f.spans:
        if s.witness != lab.witness:
            continue
        if lab.contains:
            if lab.text in s.text:
                return True
        elif s.start < lab.end and lab.start < s.end:
            return True
    return False


def _avoided(f: Finding, a: Label) -> bool:
    """Samples: a span whose text equals the avoid's; labels.toml: an overlapping span."""
    if a.contains:
        return f.check == a.check and any(s.witness == a.witness and s.text == a.text for s in f.spans)
    return _hits(f, a)


def _show(f: Finding) -> str:
    span = f.spans[0].text if f.spans else "—"
    span = span if len(span) <= 70 else span[:69] + "…"
    return f"{f.witness}: ‘{span}’ — {f.message[:110]}"


def score(
    audit: Audit, expects: list[Label], avoids: list[Label], tallies: dict[str, Tally], *, exhaustive: bool, tag: str
) -> None:
    """Add one chain's matches to ``tallies`` (per check)."""
    # A move (evidence kind "moved") says a sentence is translated elsewhere, not that it is
    # missing: it is scored neither as a found omission nor as a false one.
    findings = [f for f in audit.findings if f.check not in SKIP_CHECKS and f.evidence_value("kind") != "moved"]
    used: set[int] = set()
    matched: list[Finding] = []
    for lab in expects:
        t = tallies[lab.check]
        k = next((i for i, f in enumerate(findings) if i not in used and _hits(f, lab)), None)
        if k is None:
            k = next((i for i, f in enumerate(findings) if _hits(f, lab)), None)
            if k is None:
                t.fn += 1
                t.fns.append(f"{tag} {lab.witness}: ‘{lab.text}’ — {lab.note}")
                continue
        if k not in used:
            matched.append(findings[k])
        used.add(k)
        t.tp += 1
    for i, f in enumerate(findings):
        if i in used:
            continue
        if any(_avoided(f, a) for a in avoids):
            tallies[f.check].fp += 1
            tallies[f.check].fps.append(f"{tag} [avoid] {_show(f)}")
            continue
        if not exhaustive:
            continue
        if _persists(f, matched):
            continue
        tallies[f.check].fp += 1
        tallies[f.check].fps.append(f"{tag} {_show(f)}")


def _persists(f: Finding, matched: Iterable[Finding]) -> bool:
    """A downstream copy of a matched finding: introduced in another witness, same check."""
    origin = f.evidence_value("introduced-in")
    if not origin or origin == f.witness:
        return False
    return any(
        g.check == f.check and g.witness == origin and f.witness in (g.evidence_value("persists-in") or "").split()
        for g in matched
    )


def real_audits(sets: Iterable[tuple[str, str, str]] = REAL_SETS) -> Iterable[tuple[str, Audit]]:
    """(name, audit) of every real document: English source, its professional translation."""
    for folder, ext, lang in sets:
        for eng in sorted((REAL / folder / "docs").glob("*.eng")):
            other = eng.with_suffix(f".{ext}")
            if not other.is_file():
                continue
            chain = Chain(title=eng.stem, witnesses=(
                Witness(id="en", lang="en", text=read_text(eng), role="source", source_file=eng.name),
                Witness(id=lang, lang=lang, text=read_text(other), parent="en", source_file=other.name),
            ))
            yield f"{folder}/{eng.stem}", audit_chain(chain, given_segmentation=True)


def real_section(listed: Iterable[str], verbose: bool) -> None:
    """Findings per 100 segments per check on the real documents (none is labelled)."""
    t0 = time.perf_counter()
    counts: dict[str, int] = defaultdict(int)
    shown: list[str] = []
    segments = docs = 0
    want = set(listed)
    for name, audit in real_audits():
        docs += 1
        segments += sum(len(s) for s in audit.segments.values())
        for f in audit.findings:
            if f.check in SKIP_CHECKS:
                continue
            counts[f.check] += 1
            if verbose and f.check in want:
                shown.append(f"  {f.check}: {name} {f.segments[0] if f.segments else ''} {_show(f)}")
    if not docs:
        print(f"real text: no documents under {REAL}")
        return
    print(f"real text (NTREX dev, {docs} documents, {segments} segments, unlabelled): "
          f"findings per 100 segments   [{time.perf_counter() - t0:.1f} s]")
    for check in sorted(counts):
        print(f"  {check:<26}{counts[check]:>5}{100 * counts[check] / segments:>8.2f}")
    for line in shown:
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chain", action="append", help="only these chain folder names")
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and misses")
    ap.add_argument("--no-samples", action="store_true", help="leave the samples out")
    ap.add_argument("--real", action="store_true", help="only the real-text false-alarm section")
    ap.add_argument("--no-real", action="store_true", help="leave the real-text section out")
    ap.add_argument("--list", action="append", default=None,
                    help="with --verbose: the checks whose real-text findings are listed "
                         "(default inconsistent-translation)")
    args = ap.parse_args(argv)
    listed = args.list or ["inconsistent-translation"]
    if args.real:
        real_section(listed, args.verbose)
        return 0
    tallies: dict[str, Tally] = defaultdict(Tally)
    clean_findings: list[str] = []
    clean_segments = 0
    t0 = time.perf_counter()
    # a folder still being written (no labels yet) is left out, not an error
    folders = sorted(p.parent for p in DATA.glob("*/chain.toml") if (p.parent / "labels.toml").is_file())
    if not args.no_samples:
        folders += sorted(p.parent for p in SAMPLES.glob("*/expected.toml"))
    for folder in folders:
        if args.chain and folder.name not in args.chain:
            continue
        audit = run_audit(folder)
        if (folder / "labels.toml").is_file():
            expects, avoids = read_labels(folder, audit)
            if folder.name.startswith("clean-"):
                clean_segments += sum(len(s) for s in audit.segments.values())
                for f in audit.findings:
                    if f.check not in SKIP_CHECKS:
                        clean_findings.append(f"{folder.name} {f.check} {_show(f)}")
                        tallies[f.check].fps.append(f"{folder.name} [clean] {_show(f)}")
                        tallies[f.check].fp += 1
                continue
            score(audit, expects, avoids, tallies, exhaustive=True, tag=folder.name)
        else:
            expects, avoids = read_labels(folder, audit, "expected.toml")
            score(audit, expects, avoids, tallies, exhaustive=False, tag=f"samples/{folder.name}")
    _print(tallies, clean_findings, clean_segments, time.perf_counter() - t0, args.verbose)
    if not args.no_real and not args.chain:
        real_section(listed, args.verbose)
    ok = all(t.precision >= TARGET_P and t.recall >= TARGET_R for t in tallies.values())
    per100 = 100 * len(clean_findings) / clean_segments if clean_segments else 0.0
    return 0 if ok and per100 <= TARGET_CLEAN else 1


def _print(tallies: dict[str, Tally], clean: list[str], clean_segments: int, secs: float, verbose: bool) -> None:
    print(f"{'check':<26}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'F1':>7}  target")
    tot = Tally()
    for check in sorted(tallies):
        t = tallies[check]
        tot.tp, tot.fp, tot.fn = tot.tp + t.tp, tot.fp + t.fp, tot.fn + t.fn
        ok = "ok" if t.precision >= TARGET_P and t.recall >= TARGET_R else "MISS"
        print(f"{check:<26}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>7.2f}{t.recall:>7.2f}{t.f1:>7.2f}  {ok}")
    print(f"{'all (micro)':<26}{tot.tp:>5}{tot.fp:>5}{tot.fn:>5}{tot.precision:>7.2f}{tot.recall:>7.2f}{tot.f1:>7.2f}")
    per100 = 100 * len(clean) / clean_segments if clean_segments else 0.0
    print(f"clean chains: {len(clean)} findings in {clean_segments} segments = {per100:.2f} per 100 "
          f"(target ≤ {TARGET_CLEAN:g})   [{secs:.1f} s]")
    if verbose:
        for check in sorted(tallies):
            t = tallies[check]
            for line in t.fps:
                print(f"  FP {check}: {line}")
            for line in t.fns:
                print(f"  FN {check}: {line}")


if __name__ == "__main__":
    raise SystemExit(main())
