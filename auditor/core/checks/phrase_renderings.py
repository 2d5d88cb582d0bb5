"""Two-word renderings that change one word: ``oil revenue`` three times, then ``oil income``.

Used by ``inconsistent-translation``; not a check itself. Found without a dictionary, from the
witness and the source it is aligned with:

* a phrase of two content words (joined by a space or a hyphen) in ``min_uses`` or more
  sentences of the witness, and another phrase, in one sentence only, that keeps one of its
  words and changes the other (``area school`` / ``community school``);
* the changed word occurs nowhere else in the witness, and the word it replaces nowhere but in
  the usual phrase (so the pair is not two things named alike: ``flood wave``, ``flood
  damage``), neither of them capitalised inside a sentence (names are ``name-variant``'s) nor a
  respelling of the other;
* a content word of the source is in the source of every sentence with the usual phrase and
  of the odd one and in no other, while the kept word stands in at least two sentences
  without it (so it renders the replaced word, not the kept one: ``ardal`` is the area, not
  the school).

The span is the changed word; the reference, the word it replaced.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz

from auditor.core.checks.base import CheckContext
from auditor.core.checks.repeated_terms import stem
from auditor.core.checks.word_renderings import Rendering, unreadable
from auditor.core.models import Alignment
from auditor.core.names import stopwords, word_tokens
from auditor.core.normalize import fold

_JOIN = re.compile(r"[ \u00a0-]{1,2}")
_KEPT_ELSEWHERE = 2
"""In how many sentences without the source word the kept word must stand: else the source
word may be the kept word's own rendering (чакання, "waiting", in waiting area and times)."""


@lru_cache(maxsize=65536)
def _content(word: str, stops: frozenset[str]) -> str:
    """The folded word if it is a content word (three letters or more, no digit, no stopword),
    else "". Cached: a witness repeats its words."""
    f = fold(word)
    return f if len(f) >= 3 and f not in stops and not any(ch.isdigit() for ch in f) else ""


@lru_cache(maxsize=65536)
def _source_key(word: str, lang: str, stops: frozenset[str]) -> str:
    f = _content(word, stops)
    return (stem(f, lang) or f) if f else ""


def phrase_renderings(ctx: CheckContext, a: Alignment, *, min_uses: int = 3) -> Iterator[Rendering]:
    """Changed phrases (module docstring) in hop ``a``'s translation."""
    x, p = ctx.chain.witness(a.target), ctx.chain.witness(a.source)
    if unreadable(x.lang):
        return
    stops, p_stops = stopwords(x.lang), stopwords(p.lang)
    src_of: dict[str, set[str]] = {}  # target segment → content stems of its bead's source
    for b in a.beads:
        keys = {_source_key(t.text, p.lang, p_stops) for s in b.source for t in word_tokens(ctx.segment(s).text)}
        keys.discard("")
        for sid in b.target:
            src_of[sid] = keys
    with_key: dict[str, set[str]] = defaultdict(set)
    for sid, keys in src_of.items():
        for k in keys:
            with_key[k].add(sid)
    pairs: dict[tuple[str, str], list[tuple[str, int, int, int, int]]] = defaultdict(list)
    uses: Counter[str] = Counter()
    in_segs: dict[str, set[str]] = defaultdict(set)
    capitalised: set[str] = set()
    for seg in ctx.segments.get(x.id, ()):
        toks = word_tokens(seg.text)
        words = [_content(tok.text, stops) for tok in toks]
        uses.update(words)
        for f in set(words):
            in_segs[f].add(seg.id)
        capitalised.update(f for tok, f in zip(toks, words, strict=True)
                           if f and tok.start > 0 and tok.text[0].isupper())
        for j in range(len(toks) - 1):
            f1, f2 = words[j], words[j + 1]
            if f1 and f2:
                t1, t2 = toks[j], toks[j + 1]
                if _JOIN.fullmatch(seg.text, t1.end, t2.start):
                    pairs[(f1, f2)].append(
                        (seg.id, seg.start + t1.start, seg.start + t1.end, seg.start + t2.start, seg.start + t2.end))
    # Candidates for the odd phrase: used once, its changed word used nowhere else; keyed by the
    # word it keeps (and that word's place), so each usual phrase meets only its own.
    by_word: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for pair, occ in pairs.items():
        if len(occ) == 1:
            if uses[pair[1]] == 1:
                by_word[(0, pair[0])].append(pair)
            if uses[pair[0]] == 1:
                by_word[(1, pair[1])].append(pair)
    if not by_word:
        return
    done: set[str] = set()
    for usual, occ in sorted(pairs.items()):
        if len(occ) < min_uses or ((0, usual[0]) not in by_word and (1, usual[1]) not in by_word):
            continue
        segs = {o[0] for o in occ}
        if len(segs) < min_uses:
            continue
        for kept in (0, 1):
            changed_at = 1 - kept
            ref = usual[changed_at]
            if uses[ref] > len(occ) or ref in capitalised:
                continue  # the usual word stands elsewhere too, or is part of a name
            for odd in by_word.get((kept, usual[kept]), ()):
                if odd == usual or len(pairs[odd]) != 1:
                    continue
                word = odd[changed_at]
                sid, *offsets = pairs[odd][0]
                if (uses[word] != 1 or word in capitalised or sid in segs or sid in done
                        or fuzz.ratio(word, ref) >= 70):
                    continue
                evidence = _source_word(src_of, with_key, segs, sid, in_segs[usual[kept]])
                if evidence is None:
                    continue
                start, end = (offsets[2], offsets[3]) if changed_at else (offsets[0], offsets[1])
                o = occ[0]
                ref_start, ref_end = (o[3], o[4]) if changed_at else (o[1], o[2])
                done.add(sid)
                yield Rendering(x.id, (p.id, x.id), sid, start, end, evidence,
                                ctx.text(x.id)[ref_start:ref_end], tuple(sorted(segs)), "phrase")


def _source_word(src_of: dict[str, set[str]], with_key: dict[str, set[str]], segs: set[str], odd: str,
                 kept_in: set[str]) -> str | None:
    """A source word behind the changed word (module docstring), or None."""
    common = set.intersection(*(src_of.get(s, set()) for s in segs)) & src_of.get(odd, set())
    for k in sorted(common):
        where = with_key[k]
        if where <= segs | {odd} and len(kept_in - where) >= _KEPT_ELSEWHERE:
            return k
    return None
