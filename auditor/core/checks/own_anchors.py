"""Anchors two sentences share without a vocabulary learnt from the hop.

Helpers of ``moved_segments`` and ``bracket_insertion`` (not a check): a retelling moves
sentences whose facts the rest of its text never carries across, and a translation may set a
source clause in brackets; whether two pieces of text say the same thing is then read from the
pieces themselves: amounts, numbers in words and months in each language, and names compared by
consonant key as Japanese and Korean hear and write them.
"""

from __future__ import annotations

import weakref
from collections import Counter

from auditor.core.checks.base import CheckContext
from auditor.core.models import Alignment


def direct_anchors(ctx: CheckContext, a: Alignment, source_id: str, target_id: str) -> int:
    """Anchors two sentences share that need no vocabulary of the hop: amounts, numbers in
    words and months read in each language (``Twelve`` = ``12``, ``April`` = ``4月``), and names
    whose consonant keys agree, read as Japanese and Korean hear them (``Milan`` = ``ミラノ``)."""
    from auditor.core.numbers import extract_quantities

    s_text, t_text = ctx.segment(source_id).text, ctx.segment(target_id).text
    s_lang, t_lang = ctx.chain.witness(a.source).lang, ctx.chain.witness(a.target).lang
    found = 0
    theirs = list(extract_quantities(t_text, t_lang))
    for q in extract_quantities(s_text, s_lang):
        r = next((r for r in theirs if (q.month and r.month == q.month and r.day == q.day)
                  or (not q.month and not r.month and q.value is not None and q.value == r.value
                      and q.value not in (0.0, 1.0))), None)
        if r is not None:
            theirs.remove(r)
            found += 1

    common = common_keys(ctx, a.source)
    return found + len((name_keys(s_text) & name_keys(t_text)) - common)


def name_keys(text: str) -> frozenset[str]:
    """Consonant keys of a sentence's names, with l read as r and voiced stops as voiceless (as
    Japanese and Korean hear and write them)."""
    from auditor.core.namekeys import cross_key, loan_keys
    from auditor.core.names import token_script, word_tokens
    from auditor.core.normalize import transliterate

    out: set[str] = set()
    for k, t in enumerate(word_tokens(text)):
        script = token_script(t.text)
        if script == "Hangul" or all("\u30a0" <= ch <= "\u30ff" for ch in t.text):  # katakana
            out.add(cross_key(transliterate(t.text)).replace("l", "r"))
        elif script == "Latin" and k and t.text[:1].isupper():
            out |= {x.replace("l", "r") for x in loan_keys(t.text)}
        elif script not in ("Han", "Hiragana") and k and t.text[:1].isupper():
            out.add(cross_key(t.text).replace("l", "r"))
    # (voiced and voiceless stops are one letter to Korean, whose 목포 is romanised Mokpo)
    return frozenset(x.translate(_UNVOICED) for x in out if len(x) >= 3)


_UNVOICED = str.maketrans("gdb", "ktp")


_COMMON: dict[tuple[int, str], tuple[weakref.ref, frozenset[str]]] = {}  # type: ignore[type-arg]


def common_keys(ctx: CheckContext, wid: str) -> frozenset[str]:
    """Name keys in more than a quarter of a witness's sentences (the company a story is about):
    no sign that two sentences are one."""
    hit = _COMMON.get((id(ctx), wid))
    if hit is not None and hit[0]() is ctx:
        return hit[1]
    segs = ctx.segments.get(wid, ())
    counts = Counter(k for s in segs for k in name_keys(s.text))
    got = frozenset(k for k, n in counts.items() if n > max(2.0, 0.25 * len(segs)))
    if len(_COMMON) > 8:
        _COMMON.clear()
    _COMMON[(id(ctx), wid)] = (weakref.ref(ctx), got)
    return got
