"""Korean and Japanese names romanised two ways, for ``name-variant`` (a helper, not a check).

A Korean or Japanese name reaches a Latin-script witness through one of several romanisations
(Revised Romanization, McCune-Reischauer, Hepburn with or without long vowels, the spellings
families choose): ``Seong``/``Sung``, ``Byeon``/``Byun``, ``Seo``/``Suh``, ``Park``/``Pak``,
``Choi``/``Choe``, ``Ji-woo``/``Ji-u``, ``Ohno``/``Ono``. One text should keep one. Such pairs are
often too short for the spelling test (a surname of three or four letters), so in a chain with a
Korean or Japanese witness two Latin spellings that fold to one key below are variants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup
from auditor.core.names import token_script
from auditor.core.normalize import fold, primary_language

# Longest first; each rule folds the spellings of one sound into one.
_RULES = (
    (re.compile(r"woo|wu"), "u"), (re.compile(r"eo|eu|oo|ou|uu"), "u"),
    (re.compile(r"oe"), "oi"), (re.compile(r"ae"), "e"),
    (re.compile(r"([aeiou])h(?=[^aeiouy]|$)"), r"\1"),  # Ohno, Suh: a long vowel's h
    (re.compile(r"([aeiou])r(?=[^aeiouy]|$)"), r"\1"),  # Park: the British r before a consonant
    (re.compile(r"-"), ""),
)


def romanised_key(name: str) -> str:
    """The spelling of a romanised Korean or Japanese name with its romanisations folded."""
    key = fold(name)
    for pattern, repl in _RULES:
        key = pattern.sub(repl, key)
    return key


def east_asian_chain(ctx: CheckContext) -> bool:
    return any(primary_language(w.lang) in ("ko", "ja") for w in ctx.chain.witnesses)


def romanisation_edges(ctx: CheckContext, groups: Sequence[NameGroup]) -> Iterator[tuple[int, int, str, float]]:
    """(i, j, "spelling", 100) for Latin-script groups whose spellings differ and fold to one
    ``romanised_key`` of at least two letters, none of them a syllable of a hyphenated given
    name (``Su`` of ``Lee Su-bin`` is no ``Seo``)."""
    by_key: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if token_script(g.root) == "Latin" and not any(_syllable(ctx.text(m.witness), m.start, m.end) for m in g.mentions):
            key = romanised_key(g.root)
            if len(key) >= 2:
                by_key.setdefault(key, []).append(i)
    for idx in by_key.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                if groups[i].norm != groups[j].norm:
                    yield i, j, "spelling", 100.0


def _syllable(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` joined by a hyphen to a word before or after it?"""
    return (text[end : end + 1] in ("-", "\u2010") and text[end + 1 : end + 2].isalpha()) or (
        start >= 2 and text[start - 1] in ("-", "\u2010") and text[start - 2].isalpha())
