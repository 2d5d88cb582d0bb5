"""Name mentions for ``name-variant``: capitalised tokens in cased scripts, and in uncased
scripts (Bengali, Devanagari, Japanese …) the tokens that align with a cased witness's names.

A helper module, not a check. Zero-width characters inside a name are seen through
(``names.word_tokens`` keeps them inside the token and ``name_norm`` drops them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from auditor.core.checks.base import CheckContext
from auditor.core.models import Bead
from auditor.core.namekeys import loan_keys
from auditor.core.names import (
    Mention,
    cased_mentions,
    cross_key,
    is_cased_script,
    name_norm,
    strip_article,
    strip_inflection,
    token_script,
    word_tokens,
)
from auditor.core.normalize import expected_scripts, fold

CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Georgian"})
# Bengali and Devanagari visarga: inside words a sound, at the end of a name a stand-in for ':'.
_VISARGA = frozenset("\u0983\u0903")
_MIN_RESPELLED = 5
# Han characters that follow a name without being part of it: the ordinal prefix, possessives.
_HAN_AFTER_NAME = frozenset("第的之")
# Verbs of saying that Chinese writes straight after a speaker's name, up to the colon that
# ends the "word" (卡斯特利维解释说：), longest first
_HAN_SAID = ("补充说", "解释说", "回忆说", "强调说", "表示", "指出", "透露", "坦言", "认为", "介绍", "强调",
             "告诉", "說", "说", "称", "稱")
_MIN_CONFIRMED = 5
_CONFIRM_RATIO = 80.0
_ABJADS = frozenset({"Hebrew", "Arabic", "Syriac", "Thaana"})


def collect_mentions(ctx: CheckContext, align_ratio: float = 70.0) -> list[Mention]:
    """Name mentions of every witness: by capitalisation in cased scripts, through alignment
    with a cased witness in the others."""
    out: list[Mention] = []
    cased: dict[str, list[Mention]] = {}
    for w in ctx.chain.witnesses:
        if expected_scripts(w.lang) & CASED_SCRIPTS:
            ms = cased_mentions(w.text, w.lang, w.id, ctx.segments.get(w.id, ()))
            cased[w.id] = ms
    for wid, ms in _confirmed_across_scripts(ctx, cased).items():
        cased[wid] = ms
    for ms in cased.values():
        out.extend(ms)
    aligned: dict[str, list[Mention]] = {}
    for a in ctx.alignments:
        for uncased, other, side in ((a.target, a.source, 1), (a.source, a.target, 0)):
            if uncased in cased or other not in cased:
                continue
            aligned.setdefault(uncased, []).extend(
                _aligned_mentions(ctx, a.beads, uncased, cased[other], side, align_ratio))
    for wid, ms in aligned.items():
        out.extend(ms)
        out.extend(_respellings(ctx, wid, ms))
    return _dedupe(out)


def _confirmed_across_scripts(ctx: CheckContext, cased: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """A sentence-initial capital proves nothing, but a word whose sound an aligned sentence in
    another script writes too is a name: Khamphaeng opening a sentence whose Lao source holds
    ຄຳແພງ. Common words do not transliterate into each other across scripts."""
    out: dict[str, list[Mention]] = {}
    for wid, ms in cased.items():
        doubtful = [m for m in ms if not m.confirmed and len(m.norm) >= _MIN_CONFIRMED]
        if not doubtful:
            continue
        script = token_script(doubtful[0].text)
        partners: dict[str, list[str]] = {}
        for a in ctx.alignments:
            if wid not in (a.source, a.target):
                continue
            for bead in a.beads:
                mine, theirs = (bead.source, bead.target) if a.source == wid else (bead.target, bead.source)
                for sid in mine:
                    partners.setdefault(sid, []).extend(theirs)
        found: set[int] = set()
        for m in doubtful:
            mine_key = cross_key(m.text)
            for sid in partners.get(m.segment, ()):
                toks = [t.text for t in word_tokens(ctx.segment(sid).text) if token_script(t.text) not in {script, "Common"}]
                words = [name_norm(t) for t in toks]
                if words and process.extractOne(m.norm, words, scorer=fuzz.ratio, score_cutoff=_CONFIRM_RATIO):
                    found.add(m.start)
                    break
                # Hebrew and Arabic write few vowels: their consonants must match instead
                # (Berkovitz opening a sentence whose Hebrew holds ברקוביץ)
                if len(mine_key) >= 4 and any(token_script(t) in _ABJADS and cross_key(t) == mine_key for t in toks):
                    found.add(m.start)
                    break
        if found:
            out[wid] = [replace(m, confirmed=True) if m.start in found and not m.confirmed else m for m in ms]
    return out


def _respellings(ctx: CheckContext, wid: str, names: Sequence[Mention]) -> Iterator[Mention]:
    """Unconfirmed mentions of an uncased witness: words one letter inside a name found through
    alignment (ফারজানা হক … ফারহানা হকের where the source says only ``Haque``). A capital
    makes such a word a candidate in cased scripts; here the likeness to a known name must.
    Five letters at least: shorter words are too often one letter from a name. Not in a
    sentence that writes the name itself."""
    w = ctx.chain.witness(wid)
    by_shape: dict[tuple[str, str], list[str]] = {}
    known: set[str] = set()
    for m in names:
        stem = fold(strip_inflection(m.text, w.lang))
        if len(stem) >= _MIN_RESPELLED and stem not in known:
            known.add(stem)
            by_shape.setdefault((stem[0], stem[-1]), []).append(stem)
    if not known:
        return
    taken = {m.start for m in names}
    # one sentence does not spell one name two ways: beside the name itself, a word one letter
    # from it is a word (सुधार "improvement" beside सुधीर Sudheer)
    in_segment: dict[str, set[str]] = {}
    for m in names:
        in_segment.setdefault(m.segment, set()).add(fold(strip_inflection(m.text, w.lang)))
    firsts = {k[0] for k in by_shape}
    stems: dict[str, str] = {}  # a text repeats its words: strip each once
    for seg in ctx.segments.get(wid, ()):
        for t in word_tokens(seg.text):
            if len(t.text) < _MIN_RESPELLED or fold(t.text[0]) not in firsts:
                continue
            start = seg.start + t.start
            if start in taken or is_cased_script(t.text):
                continue
            stem = stems.get(t.text, "")
            if not stem:
                stem = stems[t.text] = fold(strip_inflection(t.text, w.lang))
            if len(stem) < _MIN_RESPELLED or stem in known:
                continue
            near = [k for k in by_shape.get((stem[0], stem[-1]), ()) if OSA.distance(stem, k) == 1]
            if near and not in_segment.get(seg.id, set()) & set(near):
                yield Mention(wid, w.lang, start, start + len(t.text), t.text, confirmed=False, segment=seg.id)


def _aligned_mentions(
    ctx: CheckContext, beads: Sequence[Bead], uncased: str, names: list[Mention], side: int, cutoff: float
) -> Iterator[Mention]:
    w = ctx.chain.witness(uncased)
    by_seg: dict[str, list[Mention]] = {}
    for m in names:
        if m.confirmed and not m.compound:
            by_seg.setdefault(m.segment, []).append(m)
    for bead in beads:
        mine, theirs = (bead.target, bead.source) if side == 1 else (bead.source, bead.target)
        wanted = [m for sid in theirs for m in by_seg.get(sid, ())]
        if not wanted or not mine:
            continue
        toks = []
        for sid in mine:
            seg = ctx.segment(sid)
            for t in word_tokens(seg.text):
                read = _uncased_word(t.text, w.lang)
                if read is not None:
                    text, norm, xkey, glide = read
                    toks.append((sid, seg.start + t.start, seg.start + t.start + len(text), text, norm, xkey, glide))
        if not toks:
            continue
        norms = [t[4] for t in toks]
        # Hangul and kana do not tell l from r (코르디치 is koleudichi): fold them together.
        lr = str.maketrans("l", "r") if token_script(toks[0][3]) in {"Hangul", "Kana"} else None
        xkeys = [t[5].translate(lr) if lr else t[5] for t in toks]
        glides = [t[6] for t in toks]
        for m in wanted:
            mk = cross_key(m.text).translate(lr) if lr else cross_key(m.text)
            # (Korean and Japanese write an English name by its sound: Thornton is 손턴)
            mks = {mk} | loan_keys(m.text) if lr else {mk}
            same = [k for k, x in enumerate(xkeys) if len(mk) >= 2 and (x in mks or glides[k] in mks)]
            near = [k for k, x in enumerate(xkeys) if len(mk) >= 4 and len(x) >= 4
                    and min(OSA.distance(x, y) for y in mks) == 1]
            if same:  # a consonant skeleton shared inside one bead is strong evidence
                k = max(same, key=lambda k: (fuzz.ratio(m.norm, norms[k]), -k))
            elif len(near) == 1:  # one consonant off, and the only such word: a misspelt name (كورديش)
                k = near[0]
            else:
                best = process.extractOne(m.norm, norms, scorer=fuzz.ratio, score_cutoff=cutoff)
                if best is None:
                    continue
                k = best[2]
            sid, s, e, text = toks[k][:4]
            yield Mention(uncased, w.lang, s, e, text, confirmed=True, segment=sid)


@lru_cache(maxsize=65536)
def _uncased_word(word: str, lang: str) -> tuple[str, str, str, str] | None:
    """A word of an uncased text as the name matcher reads it (its text without stray marks, its
    name form, its consonant key and that key with v read as the glide w, which the cased key
    drops: मकवाना is Makwana), or None for a word in another script. Cached: a witness repeats
    its words."""
    if is_cased_script(word) or token_script(word) not in expected_scripts(lang):
        return None  # Latin names inside a Bengali text are handled elsewhere
    text = word
    if len(text) > 2 and text[-1] in _VISARGA:
        text = text[:-1]  # মেলরোজঃ: a visarga typed for a colon is punctuation
    if len(text) > 2 and text[-1] in _HAN_AFTER_NAME:
        text = text[:-1]  # 台湾第2位: the ordinal prefix of the number that follows
    said = next((v for v in _HAN_SAID if text.endswith(v) and len(text) - len(v) >= 2), None)
    if said is not None:
        text = text[: -len(said)]  # 卡斯特利维解释说: the name, then "explained"
    norm = name_norm(strip_article(strip_inflection(text, lang)))
    return text, norm, cross_key(norm), cross_key(norm.replace("v", "w"))


def _dedupe(ms: Iterable[Mention]) -> list[Mention]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in ms:
        if (m.witness, m.start, m.end) not in seen:
            seen.add((m.witness, m.start, m.end))
            out.append(m)
    return out
