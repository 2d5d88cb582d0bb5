"""Drift attribution: which hop introduced each finding, and where downstream it persists.

Run by the check runner after the checks, before fingerprints (evidence is not part of a
fingerprint, so attribution never breaks a reviewer's decisions).

A finding of a within-witness check (``untranslated-span``, ``name-variant``,
``bracket-insertion`` …) in witness W was *inherited* from W's parent P when the same check
also reports P on the segments aligned with W's; the walk continues upward, and the first
witness without it marks the hop that introduced the problem. Present in the root already:
no hop, and ``introduced-in`` names the root. A cross-hop check (``number-mismatch``,
``omission`` …) sets its own hop, which is where the difference appeared.

Downstream, for every descendant D of W (through the alignments, composing hops), the
problem *persists* when D has a finding of the same check on the aligned segments, or, for
cross-hop checks, when the finding's own text (digits normalised, names transliterated)
is still there; otherwise it was *fixed* (or the passage was dropped). Evidence gets
``introduced-in``, ``persists-in`` and ``fixed-in``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from auditor.core.checks.base import CheckContext
from auditor.core.models import Finding, segment_witness, with_fields
from auditor.core.names import name_norm, word_tokens
from auditor.core.normalize import digits_to_ascii, fold
from auditor.core.numbers import extract_quantities


class _Map:
    """Segment ids mapped across one hop, in either direction."""

    def __init__(self, ctx: CheckContext) -> None:
        self.up: dict[tuple[str, str], tuple[str, ...]] = {}
        self.down: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
        for a in ctx.alignments:
            down = self.down.setdefault((a.source, a.target), {})
            for b in a.beads:
                for t in b.target:
                    self.up[(a.target, t)] = b.source
                for s in b.source:
                    down[s] = down.get(s, ()) + b.target

    def parent_segments(self, witness: str, segs: Iterable[str]) -> set[str]:
        return {p for s in segs for p in self.up.get((witness, s), ())}

    def child_segments(self, witness: str, child: str, segs: Iterable[str]) -> set[str]:
        m = self.down.get((witness, child), {})
        return {c for s in segs for c in m.get(s, ())}


def attribute(ctx: CheckContext, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with ``hop`` and drift evidence filled in (unchanged for a chain of one)."""
    if not ctx.alignments:
        return list(findings)
    maps = _Map(ctx)
    index: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        for sid in _own_segments(f):
            index.setdefault((f.check, sid), []).append(f)
    out = []
    for f in findings:
        if f.check == "internal-error":
            out.append(f)
            continue
        hop, origin = f.hop, f.witness
        if hop is None:
            hop, origin = _origin(ctx, maps, index, f)
        elif hop is not None:
            origin = hop[1]
        persists, fixed = _downstream(ctx, maps, index, f)
        evidence = [kv for kv in f.evidence if kv[0] not in {"introduced-in", "persists-in", "fixed-in"}]
        evidence.append(("introduced-in", origin))
        if persists:
            evidence.append(("persists-in", " ".join(persists)))
        if fixed:
            evidence.append(("fixed-in", " ".join(fixed)))
        out.append(with_fields(f, hop=hop, evidence=tuple(evidence)))
    return out


def _own_segments(f: Finding) -> tuple[str, ...]:
    return tuple(s for s in f.segments if segment_witness(s) == f.witness)


def _origin(
    ctx: CheckContext, maps: _Map, index: dict[tuple[str, str], list[Finding]], f: Finding
) -> tuple[tuple[str, str] | None, str]:
    witness, segs = f.witness, set(_own_segments(f))
    seen = {witness}
    while True:
        parent = ctx.chain.witness(witness).parent
        if parent is None:
            return None, witness
        psegs = maps.parent_segments(witness, segs)
        inherited = [g for s in sorted(psegs) for g in index.get((f.check, s), ()) if g.witness == parent]
        if not inherited or parent in seen:
            return (parent, witness), witness
        seen.add(parent)
        witness, segs = parent, {s for g in inherited for s in _own_segments(g)} & psegs or psegs


def _downstream(
    ctx: CheckContext, maps: _Map, index: dict[tuple[str, str], list[Finding]], f: Finding
) -> tuple[list[str], list[str]]:
    persists: list[str] = []
    fixed: list[str] = []
    frontier = [(f.witness, set(_own_segments(f)))]
    markers = [s.text for s in f.spans if s.witness == f.witness]
    while frontier:
        witness, segs = frontier.pop(0)
        for child in ctx.chain.children(witness):
            csegs = maps.child_segments(witness, child.id, segs)
            if not csegs:
                if segs:
                    fixed.append(child.id)
                continue
            same = any(g.witness == child.id for s in csegs for g in index.get((f.check, s), ()))
            if same or (f.hop is not None and _markers_present(ctx, csegs, markers, ctx.chain.witness(f.witness).lang, child.lang)):
                persists.append(child.id)
                frontier.append((child.id, csegs))
            else:
                fixed.append(child.id)
    return persists, fixed


def _markers_present(
    ctx: CheckContext, segs: Iterable[str], markers: Sequence[str], marker_lang: str, lang: str
) -> bool:
    """Is the finding's own text still in these segments (numbers by value, words by sound)?"""
    text = " ".join(ctx.segment(s).text for s in sorted(segs))
    if not markers:
        return False
    labels = {q.label() for q in extract_quantities(text, lang)}
    norms = [name_norm(t.text) for t in word_tokens(text)]
    for m in markers:
        qs = extract_quantities(m, marker_lang)
        if qs:
            if not all(q.label() in labels for q in qs if not q.soft):
                return False
            continue
        n = name_norm(m)
        if n and not any(fuzz.ratio(n, x) >= 85 for x in norms) and fold(digits_to_ascii(m)) not in fold(text):
            return False
    return True
