"""Single source words rendered by two different target words, found without a dictionary.

Used by ``inconsistent-translation``; not a check itself. Words are light stems
(``repeated_terms.stem``); words of fewer than three letters (combining marks not counted) are
not evidence: without a stop-word list they are mostly particles and pronouns.

*Chain* (three or more witnesses): a witness ``X`` is read against two others that bracket it
(parent and a child, or parent and grandparent). A word of one and a word of the other found
in exactly the same two or more passages of ``X`` name one thing there (``суд`` in the
Russian, ``আদালত`` in the Bengali, both in the first two sentences). If those passages of
``X`` share no word, ``X`` called it two ways (``Court``, then ``tribunal``) where its
neighbours did not: the later of two is reported, or the one lacking the word the others share.
Two passages are enough only in machine output (``MT_ROLES``); a human translator's one
rendering against one is as often deliberate variation, so there it takes three.

*Majority* (one hop, machine output only, see ``MT_ROLES``): a source word in three or more
beads, and a target word in all of them but one and nowhere else, with no other source word
in all of its beads: that is how the engine renders the source word, every time but once
(``নিদর্শন``: ``artefacts``, ``artefacts``, then ``specimens``).

Both skip passages whose translation is under half the usual length (omission), words that
look like names (copied or transliterated: ``name-variant``'s) and respellings. The deviant
must be a word the witness uses nowhere else, within ``MAX_SHIFT`` of where the source word
stands in its sentence, and the usual rendering must be found the same way; else nothing is
reported.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.core.attribution import find_cues
from auditor.core.checks import repeated_terms as rt
from auditor.core.checks.base import CheckContext
from auditor.core.checks.repeated_terms import (
    akin,
    any_akin,
    inflected,
    letters,
    name_like,
    stem,
)
from auditor.core.models import Segment
from auditor.core.names import stopwords, word_tokens
from auditor.core.normalize import expected_scripts, fold, primary_language, transliterate

_DIGIT = re.compile(r"\d")
_UNREADABLE = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar", "Arabic", "Hebrew", "Tibetan"})
"""Scripts whose witnesses the chain test does not read: no spaces between words (a "word"
runs to the next punctuation mark), or words that carry their conjunctions and articles in
front (Arabic ``وأغلق`` and ``مغلقة`` share a root, not a beginning), so that two passages'
sharing a word cannot be seen."""
_MUTATING = frozenset({"cy", "ga", "gd", "br"})
"""Celtic languages change a word's first letters after particles (féile, fhéile): the same."""
def unreadable(lang: str) -> bool:
    """Are this language's words out of reach of these tests (``_UNREADABLE``, ``_MUTATING``)?"""
    return bool(expected_scripts(lang) & _UNREADABLE) or primary_language(lang) in _MUTATING


MAX_SHIFT = 0.2
"""How far (as a share of the sentence) the deviant may stand from the source word's place."""


@dataclass(frozen=True)
class Rendering:
    """A word of ``witness`` that renders what another passage of it calls ``reference``."""

    witness: str
    hop: tuple[str, str]  # (parent, witness): the hop that introduced it
    segment: str
    start: int  # code points into the witness: the deviant word
    end: int
    term: str  # the source word, as written in the parent's passage
    reference: str  # the usual rendering, as written in reference_segments
    reference_segments: tuple[str, ...]
    kind: str  # chain | majority


@dataclass(frozen=True)
class _Word:
    key: str
    segment: str
    start: int  # code points into the witness
    end: int
    rel: float  # relative position in its passage (0 … 1)


class _Passage:
    """A group of a witness's segments that no bead of the hops read splits."""

    def __init__(self, segments: Sequence[Segment], read: Sequence[tuple[tuple[tuple[str, int, int, int], ...], int]]):
        self.segments = tuple(s.id for s in segments)
        self.length = sum(len(s.text) for s in segments)
        self._parts = list(zip(segments, read))
        self.keys = {f[0] for found, _ in read for f in found}

    @property
    def words(self) -> list[_Word]:
        """Built on demand: only passages under suspicion need their words located."""
        total = max(1, sum(n for _, (_, n) in self._parts))
        out: list[_Word] = []
        before = 0
        for seg, (found, n) in self._parts:
            out.extend(_Word(k, seg.id, seg.start + a, seg.start + b, (before + i) / total) for k, a, b, i in found)
            before += n
        return out


def _passages(ctx: CheckContext, wid: str, lang: str, hops: Sequence[tuple[str, str]]) -> list[_Passage]:
    """The witness's segments grouped so that no bead of ``hops`` spans two groups."""
    segs = [s.id for s in ctx.segments[wid]]
    parent = {s: s for s in segs}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for a in ctx.alignments:
        if (a.source, a.target) not in hops:
            continue
        for b in a.beads:
            side = b.target if a.target == wid else b.source
            for s in side[1:]:
                parent[find(s)] = find(side[0])
    groups: dict[str, list[str]] = defaultdict(list)
    for s in segs:
        groups[find(s)].append(s)
    out: list[_Passage] = []
    for members in groups.values():
        segments = [ctx.segment(s) for s in members]
        out.append(_Passage(segments, [_content(seg.text, lang) for seg in segments]))
    return out


@lru_cache(maxsize=65536)
def _function_words(text: str, lang: str) -> frozenset[str]:
    """The segment's function words (the language's stop list) of three letters or more."""
    stop = stopwords(lang)
    return frozenset(f for t in word_tokens(text) if len(f := fold(t.text)) >= 3 and f in stop)


@lru_cache(maxsize=65536)
def _content(text: str, lang: str) -> tuple[tuple[tuple[str, int, int, int], ...], int]:
    """Content words of a segment as (stem, start, end, token index), and its token count."""
    stop = stopwords(lang)
    toks = word_tokens(text)
    out = []
    for i, t in enumerate(toks):
        f = fold(t.text)
        if len(f) >= 3 and f not in stop and not _DIGIT.search(f):
            out.append((stem(t.text, lang), t.start, t.end, i))
    return tuple(out), len(toks)


def _project(ctx: CheckContext, passages: Sequence[_Passage], path: Sequence[tuple[str, str]]) -> list[tuple[str, ...]]:
    """Each passage's segments in another witness, reached through ``path``: pairs (from, to)
    of adjacent witnesses, walked from the passage's witness outward."""
    cur = [p.segments for p in passages]
    for here_id, there_id in path:
        a = ctx.alignment(here_id, there_id) or ctx.alignment(there_id, here_id)
        if a is None:
            return [() for _ in passages]
        fwd = a.source == here_id
        link = {s: (b.target if fwd else b.source) for b in a.beads for s in (b.source if fwd else b.target)}
        cur = [tuple(dict.fromkeys(t for s in segs for t in link.get(s, ()))) for segs in cur]
    return cur


@dataclass
class _Informant:
    """Another witness read passage by passage against ``X``."""

    projected: list[tuple[str, ...]]
    sides: list[rt._Side]
    where: dict[str, set[int]]  # word → passages whose counterpart holds it; stems only: merging
    # derivations (приговор/приговорил: verdict/sentenced) would blur the very sets compared


def _informant(ctx: CheckContext, passages: Sequence[_Passage], path: Sequence[tuple[str, str]]) -> _Informant:
    lang = ctx.chain.witness(path[-1][1]).lang
    projected = _project(ctx, passages, path)
    sides = [rt._side(" ".join(ctx.segment(s).text for s in segs), lang) for segs in projected]
    common = rt._common(sides, 0.5, lang)
    where: dict[str, set[int]] = defaultdict(set)
    for i, s in enumerate(sides):
        for j, k in enumerate(s.stems):
            if k is not None and k not in common and j not in s.after_number and letters(k) >= 3:
                where[k].add(i)
    return _Informant(projected, sides, dict(where))


class _Reader:
    """One witness ``X`` cut into passages, with the facts every test needs."""

    def __init__(self, ctx: CheckContext, wid: str, hops: Sequence[tuple[str, str]], parent_path: tuple[str, str]):
        self.ctx, self.wid = ctx, wid
        lang = ctx.chain.witness(wid).lang
        self.passages = _passages(ctx, wid, lang, hops)
        self.keys = [p.keys for p in self.passages]
        # (a language with a stop list has no "common" words: skip building the sides)
        self.common = set() if stopwords(lang) else rt._common(
            [rt._Side(list(k), [], set(), 0, "") for k in self.keys], 0.5, lang)
        self.df: dict[str, int] = defaultdict(int)
        for ks in self.keys:
            for k in ks:
                self.df[k] += 1
        self.sorted = sorted(self.df)
        self.parent = _informant(ctx, self.passages, [parent_path])
        ratios = [p.length / max(1, self.parent.sides[i].length) for i, p in enumerate(self.passages)]
        usual = statistics.median(ratios) if ratios else 1.0
        self.short = {i for i, r in enumerate(ratios) if r < usual / 2}
        self.lang = lang
        self.machine = ctx.chain.witness(wid).role in MT_ROLES
        self._function: list[frozenset[str]] | None = None
        self._rare_function: frozenset[str] = frozenset()

    def shares(self, idx: Sequence[int]) -> bool:
        """Do the passages share a word (inflection and derivation tolerated), or a function
        word that few of the others have?"""
        first, rest = idx[0], idx[1:]
        if any(all(any_akin(self.keys[j], w) for j in rest) for w in self.keys[first] - self.common):
            return True
        # Function words rare in this text still say two passages are worded alike: "According
        # to him" and "According to the head of the farm" both render "По словам".
        if self._function is None:  # built on first need: most texts never get here
            self._function = [
                frozenset().union(*(_function_words(self.ctx.segment(s).text, self.lang) for s in p.segments))
                for p in self.passages
            ]
            df: dict[str, int] = defaultdict(int)
            for fs in self._function:
                for f in fs:
                    df[f] += 1
            self._rare_function = frozenset(f for f, n in df.items() if n <= len(self.passages) / 2)
        fn = self._function
        return any(all(f in fn[j] for j in rest) for f in fn[first] & self._rare_function)

    def shared_word(self, idx: Sequence[int]) -> str | None:
        """A content word every one of the passages has (the first in sorted order), if any."""
        first, rest = idx[0], idx[1:]
        return next((w for w in sorted(self.keys[first] - self.common) if all(w in self.keys[j] for j in rest)), None)

    def shared_words(self, idx: Sequence[int]) -> int:
        """How many content words every one of the passages has."""
        first, rest = idx[0], idx[1:]
        return sum(1 for w in self.keys[first] - self.common if all(w in self.keys[j] for j in rest))

    def hapax(self, key: str) -> bool:
        """A word this witness uses in one passage only (its forms sharing a three-letter start
        counted; a compound containing it is not)."""
        i = bisect.bisect_left(self.sorted, key[:3])
        total = 0
        while i < len(self.sorted) and self.sorted[i].startswith(key[:3]) and total < 2:
            if akin(self.sorted[i], key):
                total += self.df[self.sorted[i]]
            i += 1
        return total == 1

    def names(self, i: int, words: Sequence[str]) -> bool:
        """Is one of ``words`` copied or transliterated in passage ``i`` (a name)?"""
        mine = [self.ctx.text(self.wid)[w.start:w.end] for w in self.passages[i].words]
        return any(name_like(w, mine) for w in words)

    def locate(
        self, dev: int, ref: int, idx: Sequence[int], rel: float, ref_rel: float,
        informants: Sequence[_Informant], ref_key: str | None = None, term_forms: Sequence[str] = (),
    ) -> tuple[_Word, str] | None:
        """The deviant word of passage ``dev`` and the reference rendering's text in ``ref``."""
        text = self.ctx.text(self.wid)
        others = set().union(*(self.keys[i] for i in idx if i != dev))
        heard = [s for inf in informants for s in inf.sides[dev].surfaces]
        cand = [w for w in self.passages[dev].words
                if abs(w.rel - rel) <= MAX_SHIFT and not any_akin(others, w.key) and self.hapax(w.key)]
        # A capitalised copy of a source word is a name (name-variant's); a lower-case one is a
        # cognate, the likeliest rendering of all (Latvian rezolūciju for "resolution").
        cognates = [w for w in cand if _lower(text[w.start:w.end])
                    and (name_like(text[w.start:w.end], term_forms) or _cognate(text[w.start:w.end], term_forms))]
        cand = cognates or [w for w in cand if not name_like(text[w.start:w.end], heard)]
        if not cand:
            return None
        ranked = sorted(cand, key=lambda w: abs(w.rel - rel))
        w = ranked[0]
        if len(ranked) > 1 and abs(ranked[1].rel - rel) - abs(w.rel - rel) < AMBIGUOUS_SHIFT:
            return None  # two words about as near where the term should be: no guessing which
        if ref_key is not None:
            ref_words = [r for r in self.passages[ref].words if r.key == ref_key]
        else:
            rest = set().union(*(self.keys[i] for i in idx if i != ref))
            heard_ref = [s for inf in informants for s in inf.sides[ref].surfaces]
            ref_words = [r for r in self.passages[ref].words
                         if abs(r.rel - ref_rel) <= MAX_SHIFT and not any_akin(rest, r.key)
                         and not name_like(text[r.start:r.end], heard_ref)]
        r = min(ref_words, key=lambda r: abs(r.rel - ref_rel), default=None)
        if r is None:
            return None  # no usual rendering where the source word stands: not two renderings
        if self.df.get(r.key, 0) > len(idx):
            return None  # a word the witness uses all over (год, "year") renders no one term
        reference = text[r.start:r.end]
        if rt._spelling(reference, text[w.start:w.end]):
            return None  # a respelling: name-variant's
        return w, reference


AMBIGUOUS_SHIFT = 0.05
"""How much nearer its place in the sentence the deviant word must be than the next candidate."""


def _cognate(word: str, others: Sequence[str]) -> bool:
    """Spelt much like one of ``others`` once both are in Latin letters (rezolūciju, resolution)."""
    from rapidfuzz import fuzz

    w = transliterate(fold(word))
    return len(w) >= 5 and any(len(o) >= 5 and fuzz.ratio(w, transliterate(fold(o))) >= 60 for o in others)


def _lower(word: str) -> bool:
    """Written in lower case in a script that has case."""
    return word[:1].islower()


def chain_renderings(ctx: CheckContext) -> Iterator[Rendering]:
    """Chain evidence (module docstring), for every witness with a parent and another neighbour."""
    by_id = {w.id: w for w in ctx.chain.witnesses}
    children: dict[str, list[str]] = defaultdict(list)
    for w in ctx.chain.witnesses:
        if w.parent:
            children[w.parent].append(w.id)
    for x in ctx.chain.witnesses:
        if not x.parent or unreadable(x.lang):
            continue
        p = x.parent
        paths = [[(x.id, c)] for c in children.get(x.id, ())]
        gp = by_id[p].parent
        if gp:
            paths.append([(x.id, p), (p, gp)])
        if not paths:
            continue
        hops = [(p, x.id)] + [(x.id, c) for c in children.get(x.id, ())]
        reader = _Reader(ctx, x.id, hops, (x.id, p))
        if len(reader.passages) < 2:
            continue
        done: set[int] = set()
        for path in paths:
            yield from _triangulate(reader, _informant(ctx, reader.passages, path), (p, x.id), done)


def _triangulate(reader: _Reader, other: _Informant, hop: tuple[str, str], done: set[int]) -> Iterator[Rendering]:
    parent = reader.parent
    by_set: dict[frozenset[int], list[str]] = defaultdict(list)
    for k, units in other.where.items():
        if len(units) >= 2:
            by_set[frozenset(units)].append(k)
    for k, units in sorted(parent.where.items()):
        u = frozenset(units)

        # Short words meet by chance; less so in three or more passages (суд / съд, four times).
        partners = [b for b in by_set.get(u, ()) if letters(k) + letters(b) >= (7 if len(u) < 3 else 6)]
        if len(u) < 2 or not partners:
            continue
        idx = sorted(u)
        if done & u or reader.short & u or not _distinct(parent.projected, idx) or not _distinct(other.projected, idx):
            continue
        if reader.shares(idx):
            continue
        b = partners[0]
        surfaces = [(_first(parent, i, k)[0], _first(other, i, b)[0]) for i in idx]
        if any(reader.names(i, pair) for i, pair in zip(idx, surfaces)):
            continue
        split = _split(reader, idx)
        if split is None:
            continue
        dev, ref = split
        term, rel = _first(parent, dev, k)
        if _name_dropped(reader, parent, dev, k):
            continue
        # Three or more passages: the others share the usual rendering; point at it. When they
        # share several words (was evacuated overnight, twice), which one renders the term is
        # anyone's guess, and so is the deviant word: no finding rather than a wrong one.
        shared = reader.shared_word([i for i in idx if i != dev]) if len(idx) > 2 else None
        if shared is not None and reader.shared_words([i for i in idx if i != dev]) > 1:
            continue
        found = reader.locate(dev, ref, idx, rel, _first(parent, ref, k)[1], (parent, other), ref_key=shared,
                              term_forms=surfaces[idx.index(dev)])
        if found is None:
            continue
        w, reference = found
        if len(idx) == 2 and (_used_elsewhere(reader, reference, idx) or not reader.machine):
            # One rendering against one: in human translation that is as often deliberate
            # variation (a one-day international, then the match) as inconsistency; and a
            # "usual rendering" found in other passages too was located by chance.
            continue
        done.add(dev)
        yield Rendering(reader.wid, hop, w.segment, w.start, w.end, term, reference,
                        reader.passages[ref].segments, "chain")


def _name_dropped(reader: _Reader, parent: _Informant, dev: int, key: str) -> bool:
    """Does the term stand beside a name in the parent's passage (the Anambra State Police
    Command) that the witness copies elsewhere but not in this passage? Then the phrase was
    dropped there, not rendered another way: omission's to report."""
    side = parent.sides[dev]
    at = next((j for j, k in enumerate(side.stems) if k == key), None)
    if at is None:
        return False
    text = fold(reader.ctx.text(reader.wid))
    here = fold(" ".join(reader.ctx.segment(s).text for s in reader.passages[dev].segments))
    for j in (at - 1, at + 1):
        if 0 <= j < len(side.surfaces):
            word = side.surfaces[j]
            if word[:1].isupper() and letters(word) >= 3 and fold(word) in text and fold(word) not in here:
                return True
    return False


def _used_elsewhere(reader: _Reader, word: str, idx: Sequence[int]) -> bool:
    """Is ``word`` (by its stem) in a passage outside ``idx``? A rendering of the term would be
    where the term is: one found in other passages too was located by chance."""
    key = stem(word, reader.lang)
    if not key:
        return False
    inside = set(idx)
    return any(any(k == key or inflected(key, k) for k in keys) for i, keys in enumerate(reader.keys) if i not in inside)


def _distinct(projected: Sequence[tuple[str, ...]], idx: Sequence[int]) -> bool:
    """Every passage reached through sentences of its own (no one sentence spread over two)."""
    segs = [s for i in idx for s in projected[i]]
    return len(segs) == len(set(segs)) and all(projected[i] for i in idx)


def _split(reader: _Reader, idx: Sequence[int]) -> tuple[int, int] | None:
    """(deviant, reference) among passages that share no word: the later of two, or the one
    lacking a word all the others have (when only one passage is such)."""
    if len(idx) == 2:
        return idx[1], idx[0]
    found = [dev for dev in idx if reader.shares([i for i in idx if i != dev])]
    if len(found) != 1:
        return None  # none, or several passages could be the odd one out: no telling which
    dev = found[0]
    return dev, next(i for i in idx if i != dev)


MT_ROLES = frozenset({"machine-translation", "back-translation"})
"""Roles the majority test reads. Human translators vary wording on purpose, which
co-occurrence cannot tell from inconsistency (on professional news it gave mostly false
alarms); a sentence-by-sentence MT engine has no such intent."""


def majority_renderings(ctx: CheckContext, source: str, target: str, *, min_beads: int = 3) -> Iterator[Rendering]:
    """Majority evidence (module docstring) on the hop ``source`` → ``target``, when the target
    is machine output (``MT_ROLES``)."""
    if ctx.chain.witness(target).role not in MT_ROLES or unreadable(ctx.chain.witness(target).lang):
        return  # (words run to the next punctuation mark in Chinese or Japanese: no words to compare)
    reader = _Reader(ctx, target, [(source, target)], (target, source))
    if len(reader.passages) < min_beads:
        return
    src = reader.parent
    src_lang = ctx.chain.witness(source).lang
    keys = sorted(src.where)
    where: dict[str, set[int]] = {}
    for n, k in enumerate(keys):  # a source word with its inflected forms (endings the stemmer lacks)
        where[k] = set(src.where[k])
        for o in keys[n + 1 : bisect.bisect_right(keys, k + "\uffff")]:
            if inflected(k, o):
                where[k] |= src.where[o]
    t_where: dict[str, set[int]] = defaultdict(set)
    for i, ks in enumerate(reader.keys):
        for k in ks - reader.common:
            t_where[k].add(i)
    by_set: dict[frozenset[int], list[str]] = defaultdict(list)
    for t, tu in t_where.items():
        if len(tu) >= min_beads - 1 and letters(t) >= 3:
            by_set[frozenset(tu)].append(t)
    done: set[int] = set()
    for k, units in sorted(where.items()):
        if len(units) < min_beads or letters(k) < 3 or not _distinct(src.projected, sorted(units)):
            continue
        first = reader.keys[min(units)]
        if any(all(any_akin(reader.keys[i], t) for i in units) for t in first):
            continue  # rendered the same way every time
        for dev in sorted(units):
            others = frozenset(units - {dev})
            ts = [t for t in by_set.get(others, []) if not any(akin(t, o) and t_where[o] - units for o in t_where)]
            if not ts or dev in done or dev in reader.short:
                continue
            if any(not inflected(v, k) and units_v >= others for v, units_v in where.items()):
                continue  # another source word is in all of its beads too
            t = ts[0]
            near = set().union(*(reader.keys[j] for j in (dev - 1, dev + 1) if 0 <= j < len(reader.passages)))
            if any_akin(near, t):
                continue  # an alignment slip put the rendering next door
            term, rel = _first(src, dev, k, True)
            if reader.names(dev, [term]) or find_cues(term, src_lang, loose=True):
                continue  # (a verb of saying: said is sagte, teilte mit, erklärte, as the sentence goes)
            ref = min(others)
            found = reader.locate(dev, ref, sorted(units), rel, _first(src, ref, k, True)[1], (src,), ref_key=t)
            if found is None:
                continue
            w, reference = found
            done.add(dev)
            yield Rendering(target, (source, target), w.segment, w.start, w.end, term, reference,
                            reader.passages[ref].segments, "majority")


def _first(inf: _Informant, i: int, key: str, loose: bool = False) -> tuple[str, float]:
    """The first form of ``key`` (``loose``: or of a longer word ``inflected`` from it) in
    passage ``i``, and its relative position."""
    s = inf.sides[i]
    for j, k in enumerate(s.stems):
        if k is not None and (k == key or (loose and len(k) >= len(key) and inflected(key, k))):
            return s.surfaces[j], j / max(1, len(s.stems))
    return key, 0.5
