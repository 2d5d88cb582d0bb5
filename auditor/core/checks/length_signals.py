"""The length-ratio model and the detectors shared by ``omission`` and ``addition``.

Both checks look for the same things on opposite sides of a hop: a null bead, a segment
hidden in a merged bead, a number-anchored clause, a clause gap, a clause set off by
punctuation the other side has no room for, and a whole bead whose length ratio is an
outlier. ``signals`` runs the detectors for one hop and one side and yields neutral records;
each check words its own findings (``finding``, ``ratio_finding``).
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from auditor.core.checks.base import Check, CheckContext
from auditor.core.models import Alignment, Bead, Finding, Severity, Span
from auditor.core.normalize import char_script, expected_scripts, mostly_other_scripts, witness_scripts


@lru_cache(maxsize=65536)
def letters(text: str) -> int:
    """Letters and digits: what carries content, whatever the script."""
    return sum(map(str.isalnum, text))


_GLOSS = re.compile(r"\[[^\[\]]*\]")


def translated_letters(ctx: CheckContext, witness: str, text: str) -> int:
    """Letters of ``text`` outside square-bracketed glosses in the witness's own script and
    outside conversions in round brackets (``(about $16 million)``).

    An editor's ``[Russia's main federal investigative body]`` translates nothing: counted,
    it would make up for a sentence the translation lost. Brackets holding another script
    (a fragment left untranslated) still count: that text does stand for the source's.
    """
    if "(" in text or "（" in text:
        text = _without_conversions(text)
    if "[" not in text:
        return letters(text)
    return _without_glosses(text, expected_scripts(ctx.chain.witness(witness).lang))


@lru_cache(maxsize=65536)
def _without_conversions(text: str) -> str:
    """``text`` without an editor's conversions in round brackets, ``(kira-kira 22 meter)``,
    ``(about $16 million)``: an amount given again translates nothing."""
    from auditor.core.checks.bracket_insertion import _APPROX, _CONVERTED, _ROUND

    def conversion(m: re.Match[str]) -> str:
        inner = m.group(1)
        amount = any(ch.isdigit() for ch in inner) and (_APPROX.search(inner) or _CONVERTED.fullmatch(inner.strip()))
        return "" if amount and len(inner.split()) <= 6 else m.group(0)

    return _ROUND.sub(conversion, text)


@lru_cache(maxsize=65536)
def _without_glosses(text: str, own: frozenset[str]) -> int:
    def gloss(m: re.Match[str]) -> str:
        inner = m.group(0)
        return "" if all(char_script(ch) in own for ch in inner if ch.isalpha()) else inner

    return letters(_GLOSS.sub(gloss, text))


@dataclass(frozen=True)
class Outlier:
    bead: Bead
    z: float
    """Robust z-score of log(target/source length) against the hop's own beads."""
    ratio: float
    expected: float


def length_outliers(ctx: CheckContext, a: Alignment, *, z: float, min_letters: int, min_beads: int) -> list[Outlier]:
    """Beads whose length ratio is far from this hop's median, in robust z units (median and
    MAD of log ratios over the hop's own beads: every language pair sets its own scale)."""
    rows: list[tuple[Bead, float]] = []
    sizes: dict[int, tuple[int, int]] = {}
    for b in a.beads:
        if not b.source or not b.target:
            continue
        ls = sum(translated_letters(ctx, a.source, ctx.segment(s).text) for s in b.source)
        lt = sum(translated_letters(ctx, a.target, ctx.segment(t).text) for t in b.target)
        if ls and lt:
            rows.append((b, math.log(lt / ls)))
            sizes[id(b)] = (ls, lt)
    if len(rows) < min_beads:
        return []
    logs = [r for _, r in rows]
    med = statistics.median(logs)
    mad = statistics.median(abs(x - med) for x in logs) * 1.4826
    mad = max(mad, 0.15)  # a very regular hop must not turn small wobbles into findings
    # A short source predicts its translation's length loosely: as in Gale and Church's model,
    # the spread of the log ratio grows like 1/sqrt(source length), so a bead shorter than the
    # hop's median is scored against a proportionally wider spread ("He had so many heroes." →
    # "В его команде было немало настоящих героев." is wordy, not padded).
    typical = statistics.median(ls for ls, _ in sizes.values())
    out = []
    order = {id(b): k for k, b in enumerate(a.beads)}
    for b, r in rows:
        ls, lt = sizes[id(b)]
        if max(ls, lt) < min_letters:
            continue
        score = (r - med) / mad * math.sqrt(min(1.0, ls / typical))
        if abs(score) >= z and not _across_the_boundary(a, order[id(b)], sizes, r, med, mad):
            out.append(Outlier(b, score, math.exp(r), math.exp(med)))
    return out


_CARRIED = 2.0
"""MADs a neighbour must be off the other way to have taken the words (an outlier itself)."""


def _across_the_boundary(
    a: Alignment, k: int, sizes: dict[int, tuple[int, int]], r: float, med: float, mad: float
) -> bool:
    """Is bead ``k`` as far off the other way as a neighbour, and the two together as long as
    the hop's ratio says? Then words moved across the sentence boundary (an attribution put at
    the start of the quotation's first sentence instead of after its second): nothing is missing
    or added."""
    ls, lt = sizes[id(a.beads[k])]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(a.beads) or id(a.beads[j]) not in sizes:
            continue
        ns, nt = sizes[id(a.beads[j])]
        other = (math.log(nt / ns) - med) / mad
        together = (math.log((lt + nt) / (ls + ns)) - med) / mad
        if other * (r - med) < 0 and abs(other) >= _CARRIED and abs(together) <= 1.0:
            return True
    return False


def meaningful(text: str, min_letters: int) -> bool:
    """Whether ``text`` has at least ``min_letters`` letters (numbering and datelines do not)."""
    return sum(1 for ch in text if ch.isalpha()) >= min_letters


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters for a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


Kind = Literal["null", "moved", "merged", "names", "mt", "clause", "gap", "unpaired", "attribution", "ratio"]


@dataclass(frozen=True)
class Signal:
    """One detector hit on one side of a hop, before any wording.

    ``segments``/``spans`` are what the finding points at: the unmatched text on ``side`` for
    every kind but ``ratio``, whose spans are always the bead's target segments.
    """

    kind: Kind
    bead: Bead
    segments: tuple[str, ...]
    spans: tuple[Span, ...]
    quote: str = ""
    """The unmatched text, for the message (empty for ``ratio``)."""
    z: float = 0.0
    z_without: float = 0.0
    number: str = ""
    anchors: int = 0
    outlier: Outlier | None = None
    moved_to: tuple[Span, ...] = ()
    """For ``moved``: where the moved segment's translation stands."""
    coverage: tuple[float, float] = (0.0, 0.0)
    """For ``mt``: the segment's coverage through machine translation, and its neighbour's."""
    direct: bool = False
    """For ``mt``: a hop within one language, compared word for word without MT."""


@dataclass(frozen=True)
class Knobs:
    """The detectors' thresholds; each check reads them from its own config (see its ``Params:``)."""

    z: float
    min_letters: int
    min_beads: int
    clause_z: float
    merged_z: float
    merged_fit: float
    anchored_z: float
    anchored_min: int
    moved_z: float
    mt_low: float
    mt_high: float
    mt_words: int
    gap_z: float
    gap_fit: float
    gap_anchors: int
    punct_z: float
    punct_fit: float
    unsure_z: float | None = None
    """``merged_z`` for a merged bead the aligner hardly preferred (score below ``unsure_score``)."""
    unsure_score: float = 0.0
    lost_names: int = 0
    """Names a merged sentence must have that the translation never writes (0: off)."""
    attributions: bool = False
    """Report source attributions the translation dropped (``dropped_attribution``)."""


def signals(ctx: CheckContext, k: Knobs, a: Alignment, side: str) -> Iterator[Signal]:
    """Null beads, hidden merged segments, anchored clauses, clause gaps, unpaired clauses and
    ratio outliers of hop ``a``, in that order, for text present only on ``side`` ("source" or
    "target"). A segment gets at most one clause signal: the first detector's; a bead with a
    merged-segment signal gets no ratio signal (the segment explains its length)."""
    # Imported here: these modules import ``letters`` from ``omission``, which imports us.
    from auditor.core.checks.anchored_clauses import anchored_clauses
    from auditor.core.checks.clause_gaps import clause_gaps, unanchored_segments
    from auditor.core.checks.merged_beads import hidden_segments
    from auditor.core.checks.moved_segments import moved_pairs, reorders
    from auditor.core.checks.mt_gaps import mt_gaps
    from auditor.core.checks.told_elsewhere import told_elsewhere
    from auditor.core.checks.unpaired_clauses import unpaired_clauses

    wid = a.source if side == "source" else a.target
    min_letters, min_beads = k.min_letters, k.min_beads
    # A retelling condenses and expands what it moves: its moved sentences keep their anchors
    # but not their length, so what the usual length test leaves is paired again more loosely.
    restructured = reorders(ctx, a, z=k.moved_z, min_letters=min_letters, min_beads=min_beads)
    then_z = 2.0 * k.moved_z if restructured else 0.0
    moved = {id(m.source_bead if side == "source" else m.target_bead): m
             for m in moved_pairs(ctx, a, z=k.moved_z, min_letters=min_letters, min_beads=min_beads, then_z=then_z)}
    # in a retelling, an unaligned sentence whose facts stand in an aligned one elsewhere was merged
    # there (a retelling filed as a translation is not trusted with this: a long translation
    # repeats its facts, and a sentence it dropped would find them elsewhere)
    lone = [b for b in a.beads if id(b) not in moved and bool(b.source) != bool(b.target)
            and bool(b.source if side == "source" else b.target)]
    elsewhere = told_elsewhere(ctx, a, side, lone) if a.target in ctx.retold else set()
    for n, b in enumerate(a.beads):
        mine, other = (b.source, b.target) if side == "source" else (b.target, b.source)
        if mine and not other:
            segs = [ctx.segment(s) for s in mine]
            if not any(meaningful(s.text, min_letters) for s in segs):
                continue
            if _joined_to_neighbour(ctx, a, n, side, k.merged_fit) or id(b) in elsewhere:
                continue
            if side == "target" and a.target not in ctx.retold and _part_of_neighbour(ctx, a, n):
                continue
            spans = tuple(Span(wid, s.start, s.end, s.text) for s in segs)
            m = moved.get(id(b))
            if m is None:
                yield Signal("null", b, tuple(mine), spans, " ".join(s.text for s in segs))
            elif side == "source":  # reported once, by omission; addition leaves the target alone
                t = ctx.segment(m.target_bead.target[0])
                there = Span(a.target, t.start, t.end, t.text)
                yield Signal("moved", b, (*mine, t.id), (*spans, there), " ".join(s.text for s in segs),
                             z=m.z, anchors=m.anchors, moved_to=(there,))
    hidden: set[str] = set()
    explained: set[int] = set()  # beads whose odd length a merged-segment signal explains
    for h in hidden_segments(
        ctx, a, side=side, z=k.merged_z, fit=k.merged_fit,
        min_letters=min_letters, min_beads=min_beads, unsure_z=k.unsure_z, unsure_score=k.unsure_score,
    ):
        hidden.add(h.segment)
        explained.add(id(h.bead))
        yield _whole(ctx, wid, "merged", h.bead, h.segment, z=h.z, z_without=h.z_without)
    for g in unanchored_segments(
        ctx, a, side=side, z=k.anchored_z, fit=k.merged_fit,
        min_letters=min_letters, min_beads=min_beads, min_anchors=k.anchored_min,
    ):
        if g.segment in hidden:
            continue
        explained.add(id(g.bead))
        yield _whole(ctx, wid, "merged", g.bead, g.segment, z=g.z, z_without=g.z_without, anchors=g.anchors)
    if side == "source" and k.lost_names:
        from auditor.core.checks.lost_names import lost_names

        for ln in lost_names(ctx, a, min_names=k.lost_names):
            if ln.segment in hidden:
                continue
            hidden.add(ln.segment)
            explained.add(id(ln.bead))
            yield _whole(ctx, wid, "names", ln.bead, ln.segment, anchors=len(ln.names), number=", ".join(ln.names))
    for mg in mt_gaps(ctx, a, side=side, low=k.mt_low, high=k.mt_high, min_words=k.mt_words):
        if mg.segment in hidden:
            continue
        hidden.add(mg.segment)
        explained.add(id(mg.bead))
        yield _whole(ctx, wid, "mt", mg.bead, mg.segment, coverage=(mg.coverage, mg.best_other), direct=mg.direct)
    seen: set[str] = set()  # segments already holding a clause: one clause finding each
    claimed: list[tuple[int, int]] = []  # the clauses reported, as witness offsets
    lost: dict[int, str] = {}
    if side == "target" and k.lost_names:
        from auditor.core.checks.lost_names import lost_names

        lost = {id(ln.bead): ln.segment for ln in lost_names(ctx, a, min_names=k.lost_names)}
    # a gloss the translator bracketed is bracket-insertion's to report
    boxes = _bracketed_glosses(ctx, a) if side == "target" else []
    # A retelling condenses the sentences it keeps: a clause missing inside one is its way of
    # telling, not a slip. Whole sentences and ratio outliers are still weighed; a clause it adds
    # still is (an added clause brings a number of its own, which nothing else would explain).
    condensed = a.target in ctx.retold and side == "source"
    for c in ([] if condensed else anchored_clauses(ctx, a, side=side, z=k.clause_z, min_beads=min_beads, lost=lost)):
        if _inside(c.start, c.end, boxes):
            continue
        seen.add(c.segment)
        yield Signal("clause", c.bead, (c.segment,), (ctx.span(wid, c.start, c.end),),
                     ctx.text(wid)[c.start:c.end], z=c.z, number=c.number)
        claimed.append((c.start, c.end))
    for g in clause_gaps(
        ctx, a, side=side, z=k.gap_z, fit=k.gap_fit,
        min_letters=min_letters, min_beads=min_beads, min_anchors=k.gap_anchors,
    ):
        if g.segment in seen or _inside(g.start, g.end, boxes):
            continue  # the number-anchored clause of this segment was reported already
        seen.add(g.segment)
        yield Signal("gap", g.bead, (g.segment,), (ctx.span(wid, g.start, g.end),),
                     ctx.text(wid)[g.start:g.end], z=g.z, z_without=g.z_without, anchors=g.anchors)
        claimed.append((g.start, g.end))
    for g in ([] if condensed else unpaired_clauses(
        ctx, a, side=side, z=k.punct_z, fit=k.punct_fit, min_letters=min_letters, min_beads=min_beads,
    )):
        if g.segment in seen or _inside(g.start, g.end, boxes):
            continue
        yield Signal("unpaired", g.bead, (g.segment,), (ctx.span(wid, g.start, g.end),),
                     ctx.text(wid)[g.start:g.end], z=g.z, z_without=g.z_without, anchors=g.anchors)
        claimed.append((g.start, g.end))
    if side == "source" and k.attributions:
        from auditor.core.checks.dropped_attribution import dropped_attributions

        for d in dropped_attributions(ctx, a):
            if d.segment in hidden or any(s0 < d.end and d.start < e0 for s0, e0 in claimed):
                continue  # the sentence, or this clause, is reported already
            yield Signal("attribution", d.bead, (d.segment,), (ctx.span(wid, d.start, d.end),),
                         ctx.text(wid)[d.start:d.end], number=d.cue)
    parent = ctx.chain.witness(a.source)
    own = witness_scripts(parent.lang, parent.text)
    # a retelling's sentence that also tells an unaligned source sentence is long for its
    # partner by that sentence: no text added
    hosts: set[str] = set()
    if side == "target" and a.target in ctx.retold:
        told_elsewhere(ctx, a, "source", [b for b in a.beads if b.source and not b.target], hosts)
    for o in length_outliers(ctx, a, z=k.z, min_letters=min_letters * 3, min_beads=min_beads):
        if hosts & set(o.bead.target):
            continue
        if any(mostly_other_scripts(ctx.segment(sid).text, own) for sid in o.bead.source):
            continue  # the parent's untranslated text, carried on: its length says nothing of this hop
        if ((o.z < 0) if side == "source" else (o.z > 0)) and id(o.bead) not in explained:
            here = [Span(a.target, t.start, t.end, t.text) for t in map(ctx.segment, o.bead.target)]
            if side == "source":  # what is missing is in the source: point there too
                here += [Span(a.source, t.start, t.end, t.text) for t in map(ctx.segment, o.bead.source)]
            yield Signal("ratio", o.bead, tuple(o.bead.target), tuple(here), z=o.z, outlier=o)


def _bracketed_glosses(ctx: CheckContext, a: Alignment) -> list[tuple[int, int]]:
    """Witness offsets of the brackets the translator added to each bead of the hop."""
    from auditor.core.checks.bracket_insertion import editorial_boxes

    out: list[tuple[int, int]] = []
    for b in a.beads:
        if not b.source or not b.target:
            continue
        targets = [ctx.segment(t) for t in b.target]
        for k, s0, e0 in editorial_boxes([ctx.segment(x).text for x in b.source], [t.text for t in targets]):
            out.append((targets[k].start + s0, targets[k].start + e0))
    return out


def _inside(start: int, end: int, boxes: list[tuple[int, int]]) -> bool:
    """Does the clause at witness offsets ``start``-``end`` lie mostly inside an added bracket?"""
    return any(2 * (min(hi, end) - max(lo, start)) >= end - start for lo, hi in boxes)


_OPEN_QUOTES = "“„«「『\""
# A colon or semicolon inside a sentence that does not introduce a quotation (said: “…”).
_JOINING_COLON = re.compile(r"[:;：；](?![\s\u00a0\u202f]*[“„«「『\"'‘‹»]|$)")
_CLOSE_QUOTES = "”“»」』\""


_PAIRS = {"„": "“”", "“": "”", "«": "»", "「": "」", "『": "』", '"': '"', "‘": "’", "‚": "‘’"}


def _continues_quote(prev: str, text: str) -> bool:
    """``text`` closes a quotation that ``prev`` opened (a quotation of two sentences, the
    attribution maybe after it: „Voda přišla rychleji … | Lidé nestihli odvézt ani auta,“ řekl)."""
    opener = _open_quote(prev)
    if opener is None:
        return False
    closers = _PAIRS[opener]
    k = min((text.find(c) for c in closers if c in text), default=-1)
    return k >= 0 and not any(c in text[:k] for c in "“„«「『" if c not in closers)


def _open_quote(text: str) -> str | None:
    """The quotation mark ``text`` leaves open at its end, if any."""
    stack: list[str] = []
    for ch in text:
        if stack and ch in _PAIRS[stack[-1]]:
            stack.pop()
        elif ch in _PAIRS and ch not in "‘‚":  # single quotes double as apostrophes
            stack.append(ch)
    return stack[-1] if stack else None


def _part_of_neighbour(ctx: CheckContext, a: Alignment, n: int) -> bool:
    """Is the unaligned target sentence ``n`` beside an unaligned source sentence, and shorter
    than that sentence's translation would be? Then it is what was kept of it (“Le marché a été
    fermé pour trois jours.” for “The market has been closed for three days so that …”): the
    omission of the rest is reported on the source sentence, and nothing was added. Not in a
    retelling, whose unaligned sentences stand side by side for other reasons."""
    from auditor.core.checks.merged_beads import _model

    med, _mad, count = _model(ctx, a)
    if not count:
        return False
    lt = sum(translated_letters(ctx, a.target, ctx.segment(t).text) for t in a.beads[n].target)
    for j in (n - 1, n + 1):
        if not 0 <= j < len(a.beads) or a.beads[j].target or not a.beads[j].source:
            continue
        ls = sum(translated_letters(ctx, a.source, ctx.segment(s).text) for s in a.beads[j].source)
        if ls and lt and math.log(lt / ls) < med:
            return True
    return False


def _joined_to_neighbour(ctx: CheckContext, a: Alignment, n: int, side: str, fit: float) -> bool:
    """Is the null bead ``n`` a sentence its neighbour bead holds too, joined in a way the
    aligner's lengths could not see? Either it closes a quotation its neighbour on the same side
    opened (the translation kept a two-sentence quotation as one sentence, or split it), or the
    other side of the neighbour joins two sentences with a colon or semicolon ("Le groupe a
    réagi de manière exemplaire : à 10 h 43, …"), or holds all its numbers where its own side
    does not; and with it, the neighbour's length ratio stays within ``fit`` MADs of the hop's
    (twice that when numbers tell: a translation that joins two sentences condenses them)."""
    from auditor.core.checks.merged_beads import _model

    med, mad, count = _model(ctx, a)
    if not count:
        return False
    b = a.beads[n]
    mine = b.source or b.target
    wid = a.source if side == "source" else a.target
    extra = sum(translated_letters(ctx, wid, ctx.segment(s).text) for s in mine)
    for j in (n - 1, n + 1):
        if not 0 <= j < len(a.beads) or not a.beads[j].source or not a.beads[j].target:
            continue
        nb = a.beads[j]
        same, other = (nb.source, nb.target) if side == "source" else (nb.target, nb.source)
        first, second = (ctx.segment(same[-1]).text, ctx.segment(mine[0]).text) if j < n else \
            (ctx.segment(mine[-1]).text, ctx.segment(same[0]).text)
        joined = _continues_quote(first, second) or any(_JOINING_COLON.search(ctx.segment(o).text) for o in other)
        by_numbers = not joined and _numbers_went_there(ctx, mine, same, other)
        if not joined and not by_numbers:
            continue
        ls = sum(translated_letters(ctx, a.source, ctx.segment(s).text) for s in nb.source)
        lt = sum(translated_letters(ctx, a.target, ctx.segment(t).text) for t in nb.target)
        if not ls or not lt:
            continue
        ratio = lt / (ls + extra) if side == "source" else (lt + extra) / ls
        # numbers show where the sentence went: its length need only be no outlier (a
        # translation that joins two sentences also condenses them)
        if abs((math.log(ratio) - med) / mad) <= (2 * fit if by_numbers else fit):
            return True
    return False


def _numbers_went_there(ctx: CheckContext, mine: tuple[str, ...], same: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Are all the numbers of the unpaired segments (one at least) in the neighbour's other
    side, and none of them in its own? The translation joined the sentence to its neighbour
    (“14 weddings were held … – 40% more than last year”)."""
    from auditor.core.checks.merged_beads import _numbers

    nums = set().union(*(_numbers(ctx.segment(s).text) for s in mine)) - {"#1"}
    if not nums:
        return False
    there = set().union(*(_numbers(ctx.segment(s).text) for s in other))
    here = set().union(*(_numbers(ctx.segment(s).text) for s in same))
    return nums <= there and not nums & here


def _whole(ctx: CheckContext, wid: str, kind: Kind, bead: Bead, sid: str, **kw: Any) -> Signal:
    """A signal pointing at one whole segment of ``wid`` (``kw``: the detector's measurements)."""
    seg = ctx.segment(sid)
    return Signal(kind, bead, (sid,), (Span(wid, seg.start, seg.end, seg.text),), seg.text, **kw)


def finding(check: Check, a: Alignment, s: Signal, *, severity: Severity, message: str,
            evidence: tuple[tuple[str, str], ...], confidence: float = 1.0) -> Finding:
    """A finding of ``check`` in the hop's translation, pointing where ``s`` points."""
    return Finding(
        check=check.id,
        severity=severity,
        witness=a.target,
        segments=s.segments,
        spans=s.spans,
        message=message,
        hop=(a.source, a.target),
        evidence=evidence,
        confidence=confidence,
    )


def coverage_evidence(s: Signal) -> tuple[tuple[str, str], ...]:
    """Evidence of an ``mt`` signal: ``kind`` = ``words`` within one language, else ``mt``."""
    mine, theirs = s.coverage
    return (("bead", s.bead.kind), ("kind", "words" if s.direct else "mt"),
            ("coverage", f"{mine:.2f}"), ("other-coverage", f"{theirs:.2f}"))


def ratio_finding(check: Check, a: Alignment, s: Signal, what: str) -> Finding:
    """The finding for a ``ratio`` signal: the translation is ``what``."""
    o = s.outlier
    assert o is not None
    return finding(
        check, a, s,
        severity=Severity.MINOR if abs(o.z) < 5 else check.severity,
        message=f"Translation is {what} (length ratio {o.ratio:.2f}, usual {o.expected:.2f} in this hop)",
        evidence=(
            ("length-ratio", f"{o.ratio:.2f}"),
            ("hop-median", f"{o.expected:.2f}"),
            ("z", f"{o.z:.1f}"),
            ("source-segments", " ".join(o.bead.source)),
        ),
        confidence=min(1.0, abs(o.z) / 6),
    )
