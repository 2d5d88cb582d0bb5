"""Full names that differ in one short part: ``Kyaw Zin Htet`` … ``Kyaw Zin Htut``.

A helper of ``name-variant`` (not a check). Single names shorter than ``min_length`` are too
often two different words to compare alone (``Htet``/``Htoo``, ``Qin``/``Qing``). Inside a
full name the rest of the name is the evidence: two capitalised runs of a witness, three
parts or more (a hyphen splits ``Jung-min`` into two), alike in every part but one, whose
differing parts look alike (``min_ratio``, the same first letter; ten less when the other
scripts say which is right), are one name spelled two ways. A part that the witness also writes in lower case is a word (``Chief District
Office``/``Officer``), and parts that differ only by an ending are an inflection. The form
written more often is the canonical one; on a tie, the one whose sound is nearer to what the
aligned sentences in other scripts write there (``Park Jeong-min`` against ``박정민``, once
each), else neither.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from auditor.core.checks.base import CheckContext
from auditor.core.models import Witness
from auditor.core.namekeys import name_stem
from auditor.core.names import Mention, name_norm, token_script, word_tokens
from auditor.core.normalize import fold


@dataclass(frozen=True)
class FullNameVariant:
    witness: str
    start: int
    end: int
    text: str
    canonical: str
    count: int
    """Mentions of the canonical full name."""
    score: float


# parts joined by one space or a hyphen; the run ends at anything else
_JOIN = re.compile(r"[ \u00a0-]")


def _runs(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, parts) of each run of name mentions joined by one space or hyphen."""
    longest: dict[int, Mention] = {}
    for m in mentions:  # Jeong-min is also read as Jeong: keep the whole hyphenated part
        if m.start not in longest or m.end > longest[m.start].end:
            longest[m.start] = m
    ms = sorted(longest.values(), key=lambda m: m.start)
    i = 0
    while i < len(ms):
        j = i + 1
        while j < len(ms) and ms[j].start - ms[j - 1].end == 1 and _JOIN.fullmatch(text[ms[j - 1].end]):
            j += 1
        if j - i > 1 or "-" in ms[i].text:
            yield ms[i].start, ms[j - 1].end, tuple(p for m in ms[i:j] for p in m.text.split("-") if p)
        i = j


def _windows(text: str, mentions: Sequence[Mention], min_parts: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    starts_at = {m.start for m in mentions}
    for start, _end, parts in _runs(text, mentions):
        if len(parts) < min_parts:
            continue
        starts = [start]
        pos = start
        for p in parts[:-1]:  # the start of every part after the first
            pos = text.index(p, pos) + len(p) + 1
            starts.append(pos)
        ends = [s + len(p) for s, p in zip(starts, parts, strict=True)]
        for i in range(len(parts)):
            for j in range(i + min_parts, len(parts) + 1):
                if starts[i] in starts_at and (j == len(parts) or text[ends[j - 1]] != "-"):
                    yield starts[i], ends[j - 1], parts[i:j]  # (never half of Jung-min)


class _Lower:
    """The witness's lower-case words, read only when a candidate pair needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: set[str] | None = None

    def has(self, word: str) -> bool:
        if self.words is None:
            self.words = {fold(t.text) for t in word_tokens(self.text) if t.text[:1].islower()}
        return word in self.words


def full_name_variants(
    ctx: CheckContext, mentions: Sequence[Mention], min_ratio: float = 70.0, min_parts: int = 3,
) -> Iterator[FullNameVariant]:
    by_witness: dict[str, list[Mention]] = {}
    for m in mentions:
        if not m.standalone or "-" in m.text:  # part of a multi-word name
            by_witness.setdefault(m.witness, []).append(m)
    for w in ctx.chain.witnesses:
        # every stretch of min_parts parts or more of a run: "U Kyaw Zin Htet" (with the
        # honorific) supports "Kyaw Zin Htet"
        runs = list(_windows(w.text, by_witness.get(w.id, []), min_parts))
        if len(runs) < 2:
            continue
        counts = Counter(r[2] for r in runs)
        lower = _Lower(w.text)
        taken: list[tuple[int, int]] = []
        # blocking: forms alike but for the part at position k share the key (k, the rest)
        blocks: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = {}
        for form in sorted(counts):
            for k in range(len(form)):
                blocks.setdefault((k, form[:k] + form[k + 1 :]), []).append(form)
        for (k, _rest), group in sorted(blocks.items()):
            for a_i, a in enumerate(group):
                for b in group[a_i + 1 :]:
                    x, y = a[k], b[k]
                    fx, fy = fold(x), fold(y)
                    if fx[:1] != fy[:1] or fx == fy or lower.has(fx) or lower.has(fy):
                        continue
                    if name_stem(x, w.lang) == name_stem(y, w.lang) or fx.startswith(fy) or fy.startswith(fx):
                        continue  # an ending, or one part cut short (a case form)
                    yield from _pair(ctx, w, runs, counts, a, b, fx, fy, min_ratio, taken)


def _pair(ctx: CheckContext, w: Witness, runs: list[tuple[int, int, tuple[str, ...]]],
          counts: Counter[tuple[str, ...]], a: tuple[str, ...], b: tuple[str, ...], fx: str, fy: str,
          min_ratio: float, taken: list[tuple[int, int]]) -> Iterator[FullNameVariant]:
    """The less frequent of two full names alike but for one part, at each of its places."""
    score = fuzz.ratio(fx, fy)
    if score < min_ratio - 10:
        return
    if counts[a] != counts[b] and score >= min_ratio:
        canon, variant = (a, b) if counts[a] > counts[b] else (b, a)
    else:
        # a tie, or parts a little less alike (Jeong/Jung): the other scripts must say which
        near_a, near_b = _heard(ctx, w, runs, a), _heard(ctx, w, runs, b)
        if abs(near_a - near_b) < 10 or max(near_a, near_b) < 75:
            return
        canon, variant = (a, b) if near_a > near_b else (b, a)
        if counts[canon] < counts[variant]:
            return
    written = next(w.text[s0:e0] for s0, e0, parts in runs if parts == canon)  # Jeong-min keeps its hyphen
    for start, end, parts in runs:
        if parts == variant and not any(s0 < end and start < e0 for s0, e0 in taken):
            taken.append((start, end))
            yield FullNameVariant(w.id, start, end, w.text[start:end], written, counts[canon], score)


def _heard(ctx: CheckContext, w: Witness, runs: list[tuple[int, int, tuple[str, ...]]], form: tuple[str, ...]) -> float:
    """How near ``form`` sounds to the closest run of one to three words in another script in
    the sentences aligned with its mentions (0 when there are none)."""
    from auditor.core.checks.name_evidence import bead_sides

    script = token_script(form[0])
    mine = fold(name_norm("".join(form)))
    segs = {s.id for start, _e, parts in runs if parts == form
            for s in ctx.segments.get(w.id, ()) if s.start <= start < s.end}
    best = 0.0
    for pairs in bead_sides(ctx, segs).values():
        for _mine, theirs in pairs:
            for sid in theirs:
                norms = [fold(name_norm(t.text)) for t in word_tokens(ctx.segment(sid).text)
                         if token_script(t.text) not in {script, "Common"}]
                for i in range(len(norms)):
                    for j in range(i + 1, min(i + 3, len(norms)) + 1):
                        best = max(best, fuzz.ratio(mine, "".join(norms[i:j])))
    return best
