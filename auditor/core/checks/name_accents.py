"""Names that lose their accents in translation, for ``name-variant`` (a helper, not a check).

Spellings in different languages are not compared as variants (``Ossetchkine`` is French for
``Osechkin``), with one exception: between two languages of one script, a name that differs
from its source's only by letters stripped of their accents (``Élisabeth`` → ``Elisabeth``)
when the translation's own text uses those accented letters elsewhere, so its orthography
has them (French writes ``l'Éducation``). Languages whose own spelling has no accented
letters (English, Indonesian, Swahili …) drop them by rule (``Sénégal`` → ``Senegal``), even
where their text keeps some in other names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from auditor.core.checks.base import CheckContext
from auditor.core.names import Mention
from auditor.core.normalize import close_languages, expected_scripts, fold, primary_language


def _bare(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _accented(text: str) -> set[str]:
    # distinct characters first: a witness is long, its alphabet short
    return {ch for ch in set(unicodedata.normalize("NFC", text)) if not ch.isascii() and ch.isalpha() and _bare(ch) != ch}


def accent_losses(ctx: CheckContext, mentions: Sequence[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """(mention in a translation, the source's mention it strips of accents) per case."""
    by_seg: dict[str, list[Mention]] = {}
    for m in mentions:
        by_seg.setdefault(m.segment, []).append(m)
    for a in ctx.alignments:
        src, tgt = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
        if primary_language(src.lang) == primary_language(tgt.lang):
            continue  # within one language, ordinary variants
        if not expected_scripts(src.lang) & expected_scripts(tgt.lang):
            continue
        if primary_language(tgt.lang) in _NO_ACCENTS:
            continue  # English writes Senegal, Region: no accent of its own to lose
        own = _own_accents(tgt.text)
        if not own:
            continue
        close = close_languages(src.lang, tgt.lang)
        if primary_language(src.lang) in _NO_ACCENTS and _from_close_language(ctx, src.id, tgt.lang):
            continue  # Malvasía kept from Spanish by an English hop: Portuguese writes its own Malvasia
        for b in a.beads:
            theirs = [p for s in b.source for p in by_seg.get(s, ()) if p.confirmed]
            for m in (m for t in b.target for m in by_seg.get(t, ())):
                fm = fold(m.text)
                for p in theirs:
                    fp = fold(p.text)
                    if fp == fm or len(fm) < 3 or _bare(fp) != _bare(fm) or len(fp) != len(fm):
                        continue
                    if close and _INSTITUTION.search(src.text, max(0, p.start - 40), p.start):
                        continue  # Tribunal Superior de Justícia / de Justicia: a word of an institution's name, translated
                    lost = _accented(fp) - _accented(fm)
                    if lost and not (_accented(fm) - _accented(fp)) and lost & _elsewhere(tgt.text, m, own):
                        yield m, p
                        break


def _from_close_language(ctx: CheckContext, wid: str, lang: str) -> bool:
    """Is the nearest ancestor of ``wid`` written with accents in a language close to ``lang``?
    Its names' accents then reached the target through a relay, and the target language has
    its own spelling of them."""
    parent = ctx.chain.witness(wid).parent
    while parent is not None:
        w = ctx.chain.witness(parent)
        if primary_language(w.lang) not in _NO_ACCENTS:
            return close_languages(w.lang, lang)
        parent = w.parent
    return False


def _own_accents(text: str) -> set[str]:
    """``_accented(fold(text))`` without folding the whole witness: its distinct characters
    first, then those folded."""
    chars = set(text)
    if any(unicodedata.combining(ch) for ch in chars):
        return _accented(fold(text))  # decomposed letters compose only in place
    return _accented(fold("".join(ch for ch in chars if not ch.isascii())))


# Languages whose own spelling writes no accented letters: a name in them drops a source's accents
# by rule (Sénégal → Senegal), not by slip.
_NO_ACCENTS = frozenset({"en", "id", "ms", "sw", "tl", "so", "ha", "zu", "xh", "sn", "rw", "mg"})


def stripped_by_rule(lang: str, bare: str, accented: str) -> bool:
    """Is ``bare`` ``accented`` without some of its accents, in a language whose own spelling
    has none (``Aragón`` → ``Aragon`` in English)?"""
    return (primary_language(lang) in _NO_ACCENTS and _bare(bare) == _bare(accented)
            and len(_accented(bare)) < len(_accented(accented)))


# A capitalised word and a connector right before the mention: part of an institution's name
# (Tribunal Superior de Justícia de Catalunya), whose words a close language writes its own way.
_INSTITUTION = re.compile(r"[A-ZÀ-Þ][\w·'’-]+\s+(?:de|del|dels|de la|d['’]|di|della|da|do|des|du)\s*\Z")


def _elsewhere(text: str, m: Mention, own: set[str]) -> set[str]:
    """Accented letters the text uses in two or more other words, not spellings of this name:
    an English text with one Vietnamese phrase left in it (``thùng xốp``) and the name written
    once with its accents does not write ``ù`` by its own orthography."""
    if not own:
        return set()
    from auditor.core.names import word_tokens

    bare = _bare(fold(m.text))
    count: dict[str, set[str]] = {}
    for t in word_tokens(text):
        w = fold(t.text)
        if _bare(w) == bare:
            continue
        for ch in _accented(w):
            count.setdefault(ch, set()).add(w)
    return {ch for ch, words in count.items() if len(words) >= 2}
