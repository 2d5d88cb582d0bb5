"""Full names that differ in one short part: ``Kyaw Zin Htet`` … ``Kyaw Zin Htut``.

A helper of ``name-variant`` (not a check). Single names shorter than ``min_length`` are too
often two different words to compare alone (``Htet``/``Htoo``, ``Qin``/``Qing``). Inside a
full name the rest of the name is the evidence: two capitalised runs of a witness, three
parts or more (a hyphen splits ``Jung-min`` into two), alike in every part but one, whose
differing parts look alike (``min_ratio``, the same first letter), are one name spelled two
ways. A part that the witness also writes in lower case is a word (``Chief District
Office``/``Officer``), and parts that differ only by an ending are an inflection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from auditor.core.checks.base import CheckContext
from auditor.core.namekeys import name_stem
from auditor.core.names import stopwords, word_tokens
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


def _runs(text: str, lang: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, parts) of each run of capitalised words."""
    toks = word_tokens(text)
    stop = stopwords(lang)
    i = 0
    while i < len(toks):
        if not toks[i].text[:1].isupper() or fold(toks[i].text) in stop:
            i += 1
            continue
        j = i + 1
        while (j < len(toks) and toks[j].start - toks[j - 1].end == 1 and _JOIN.fullmatch(text[toks[j - 1].end])
               and (toks[j].text[:1].isupper() or text[toks[j - 1].end] == "-")):
            j += 1
        yield toks[i].start, toks[j - 1].end, tuple(p for t in toks[i:j] for p in t.text.split("-") if p)
        i = j


def _windows(text: str, lang: str, min_parts: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    toks_at = {t.start: t for t in word_tokens(text)}
    for start, _end, parts in _runs(text, lang):
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
                if starts[i] in toks_at and (j == len(parts) or text[ends[j - 1]] != "-"):
                    yield starts[i], ends[j - 1], parts[i:j]  # (never half of Jung-min)


def full_name_variants(ctx: CheckContext, min_ratio: float = 70.0, min_parts: int = 3) -> Iterator[FullNameVariant]:
    for w in ctx.chain.witnesses:
        # every stretch of min_parts parts or more of a run: "U Kyaw Zin Htet" (with the
        # honorific) supports "Kyaw Zin Htet"
        runs = [(start, end, parts) for start, end, parts in _windows(w.text, w.lang, min_parts)]
        if len(runs) < 2:
            continue
        counts = Counter(r[2] for r in runs)
        lower = {fold(t.text) for t in word_tokens(w.text) if t.text[:1].islower()}
        forms = sorted(counts)
        taken: list[tuple[int, int]] = []
        for a_i, a in enumerate(forms):
            for b in forms[a_i + 1 :]:
                if len(a) != len(b):
                    continue
                diff = [k for k in range(len(a)) if a[k] != b[k]]
                if len(diff) != 1:
                    continue
                x, y = a[diff[0]], b[diff[0]]
                fx, fy = fold(x), fold(y)
                if fx[:1] != fy[:1] or fx == fy or fx in lower or fy in lower:
                    continue
                if name_stem(x, w.lang) == name_stem(y, w.lang) or fx.startswith(fy) or fy.startswith(fx):
                    continue  # an ending, or one part cut short (a case form)
                score = fuzz.ratio(fx, fy)
                if score < min_ratio or counts[a] == counts[b]:
                    continue
                canon, variant = (a, b) if counts[a] > counts[b] else (b, a)
                for start, end, parts in runs:
                    if parts == variant and not any(s0 < end and start < e0 for s0, e0 in taken):
                        taken.append((start, end))
                        yield FullNameVariant(w.id, start, end, w.text[start:end],
                                              " ".join(canon), counts[canon], score)
