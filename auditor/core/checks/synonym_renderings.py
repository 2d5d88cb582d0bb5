"""One source word rendered by two English nouns near in meaning, seen through WordNet.

Used by ``inconsistent-translation``; not a check itself. A hop into English is read noun by
noun (``auditor.core.lexicon``: WordNet's common nouns, compounds of two words included).
A noun the witness uses in one passage only (``sacks``) that WordNet calls near in meaning
(``lexicon.near``) to a noun of ``min_uses`` or more other passages (``bags``, three times)
is a second rendering of one term when a word of the source stands behind both: one source
word (inflection tolerated) in the odd passage and in most of the usual rendering's, and in
not many more passages than those (``bɔtɔ``: four passages, ``bags`` three times, ``sacks``
once). Without that anchor two near nouns are just two things (a ``town`` near a ``city``).

Skipped: a passage whose translation is under half the usual length ratio (an omission), an
odd noun inside or containing the usual one (``tailings dam`` / ``dam``), a passage that also
has the usual noun, the usual noun one passage away (an alignment slip), and a source word
copied into the English (a name). Only hops into English: the lexicon is English's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from auditor.core import lexicon
from auditor.core.checks.base import CheckContext
from auditor.core.checks.repeated_terms import akin, inflected, letters
from auditor.core.checks.word_renderings import MAX_SHIFT, Rendering, _first, _Reader
from auditor.core.models import Alignment
from auditor.core.names import stopwords
from auditor.core.normalize import primary_language

ANCHOR_SHARE = 0.6
"""The share of the usual rendering's passages that must hold the source word too."""
ANCHOR_SLACK = 1
"""How many passages beyond the renderings' the source word may stand in (a pronoun there)."""
MIN_SHARED = 3
"""Passages the usual rendering and the source word must share: with two, a human translator's
one word against another is as often deliberate variation as a slip."""
_NOT_TERMS = frozenset({"quantity", "time"})
"""WordNet categories whose words are counted, not named (``million``/``billion``,
``days``/``years``): number-mismatch's, and a text moves between them on purpose."""


def synonym_renderings(ctx: CheckContext, a: Alignment, *, min_uses: int = 3) -> Iterator[Rendering]:
    """Synonym evidence (module docstring) on the hop ``a``."""
    if primary_language(ctx.chain.witness(a.target).lang) != "en":
        return
    reader = _Reader(ctx, a.target, [(a.source, a.target)], (a.target, a.source))
    if len(reader.passages) < min_uses + 1:
        return
    uses = _nouns(ctx, reader)
    where = {k: set(v) for k, v in uses.items()}
    src = reader.parent
    src_where = _source_words(src.where)
    usual = sorted((y for y, ps in where.items() if len(ps) >= min_uses), key=lambda y: (-len(where[y]), y))
    done: set[int] = set()
    for z in sorted(where):
        if len(where[z]) != 1:
            continue
        (dev,) = where[z]
        if dev in done or dev in reader.short:
            continue
        for y in usual:
            ys = where[y]
            if dev in ys or not _distinct(y, z) or not lexicon.near(y, z):
                continue
            if {lexicon.category(y), lexicon.category(z)} & _NOT_TERMS or akin(y.replace("_", ""), z.replace("_", "")):
                continue  # counted, not named; or one word's two forms (harvest/harvesting)
            k = _anchor(src_where, dev, ys)
            if k is None or not _placed(reader, uses[y], src_where[k] & ys, k):
                continue
            if any(j in ys and j not in src_where[k] for j in (dev - 1, dev + 1)):
                continue  # the usual noun next door without the source word: an alignment slip
            term, term_rel = _first(src, dev, k, True)
            if reader.names(dev, [term]):
                continue
            z_rel = next((w.rel for w in reader.passages[dev].words if w.start <= uses[z][dev][1] < w.end), None)
            if z_rel is None or abs(z_rel - term_rel) > MAX_SHIFT:
                continue  # not where the source word stands: it renders another
            seg, start, end = uses[z][dev]
            if _titled(ctx, seg, start):
                continue  # part of a name or title (the Youth Theatre): not a term's rendering
            ref = min(ys)
            _rseg, rstart, rend = uses[y][ref]
            text = ctx.text(a.target)
            done.add(dev)
            yield Rendering(a.target, (a.source, a.target), seg, start, end, term, text[rstart:rend],
                            reader.passages[ref].segments, "synonym")
            break


def _nouns(ctx: CheckContext, reader: _Reader) -> dict[str, dict[int, tuple[str, int, int]]]:
    """Each noun lemma → passage → its first (segment, start, end) there."""
    stop = stopwords("en")
    out: dict[str, dict[int, tuple[str, int, int]]] = defaultdict(dict)
    for i, p in enumerate(reader.passages):
        for sid in p.segments:
            seg = ctx.segment(sid)
            toks = lexicon.words(seg.text)
            for j, (w, s, e) in enumerate(toks):
                if w in stop or len(w) < 3:
                    continue
                lemma = lexicon.noun(w)
                before = toks[j - 1][0] if j > 0 else ""
                if lemma is not None and before not in _VERB_CUES and (
                        not w.endswith("ing") or before in _DETERMINERS):
                    out[lemma].setdefault(i, (sid, seg.start + s, seg.start + e))
                if j + 1 < len(toks) and toks[j + 1][0] not in stop:
                    pair = lexicon.noun(f"{w} {toks[j + 1][0]}")
                    if pair is not None and "_" in pair:
                        out[pair].setdefault(i, (sid, seg.start + s, seg.start + toks[j + 1][2]))
    return out


_DETERMINERS = frozenset("the a an this that these those its their his her our your my whose no any each every".split())
"""Words after which an ``-ing`` form is a noun (the filling), not a verb (diving over the line)."""
_VERB_CUES = frozenset("to can could will would shall should may might must not we they you i "
                       "cannot won't don't didn't doesn't".split())
"""Words after which a word that is both noun and verb is the verb (``we work``, ``to cost``)."""


def _source_words(where: dict[str, set[int]]) -> dict[str, set[int]]:
    """Source stems with the passages of their longer inflected forms merged in."""
    keys = sorted(where)
    out: dict[str, set[int]] = {}
    for n, k in enumerate(keys):
        if letters(k) < 3:
            continue
        ps = set(where[k])
        for o in keys[n + 1:]:
            if not o.startswith(k):
                break
            if inflected(k, o):
                ps |= where[o]
        out[k] = ps
    return out


def _anchor(src_where: dict[str, set[int]], dev: int, usual: set[int]) -> str | None:
    """The source word behind both renderings (module docstring), if there is one."""
    need = max(MIN_SHARED, math.ceil(ANCHOR_SHARE * len(usual)))
    best: tuple[int, str] | None = None
    for k, ps in src_where.items():
        if dev not in ps:
            continue
        shared = len(ps & usual)
        if shared >= need and len(ps) <= len(usual) + 1 + ANCHOR_SLACK:
            if best is None or shared > best[0]:
                best = (shared, k)
    return best[1] if best else None


def _placed(reader: _Reader, at: dict[int, tuple[str, int, int]], shared: set[int], k: str) -> bool:
    """Does the usual rendering stand where the source word does, in enough of their passages?"""
    near = 0
    for i in shared:
        start = at[i][1]
        rel = next((w.rel for w in reader.passages[i].words if w.start <= start < w.end), None)
        if rel is not None and abs(rel - _first(reader.parent, i, k, True)[1]) <= MAX_SHIFT:
            near += 1
    return near >= MIN_SHARED


def _titled(ctx: CheckContext, sid: str, start: int) -> bool:
    """Is the word at ``start`` capitalised inside its sentence?"""
    seg = ctx.segment(sid)
    return ctx.text(seg.witness)[start].isupper() and any(c.isalpha() for c in seg.text[: start - seg.start])


def _distinct(y: str, z: str) -> bool:
    """Two words, neither a part of the other (``tailings_dam`` holds ``dam``)."""
    py, pz = set(y.split("_")), set(z.split("_"))
    return not (py <= pz or pz <= py)
