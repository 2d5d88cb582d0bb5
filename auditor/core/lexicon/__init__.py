"""English common nouns and how near in meaning two of them are, and English's other
dictionary words, from WordNet 3.0.

Pure data and lookups. ``nouns.tsv.gz`` is derived from Princeton WordNet 3.0 by
``tools/build_lexicon.py`` (licence: ``LICENSE-WordNet`` beside it): each lower-case noun
with its senses in frequency order, each sense with its hypernyms, depth and category; and
the verbs, adjectives and adverbs as a bare word list (``english_word``). Names (WordNet's
capitalised instances) are left out: two spellings of a name are ``name-variant``'s
business, not a lexicon's.

``near(a, b)`` is what a translation reviewer means by "two words for the same thing":
the nouns share a sense (``sensor``/``detector``), or one's sense is the other's broader
term (``sack``/``bag``). Two kinds of one thing are not near: they are what a text tells
apart (``September``/``November``, ``viaduct``/``overpass``). Only a noun's commonest
``MAX_SENSES`` senses count (WordNet lists ``bank`` the river side and the tilt of an
aircraft alike), and a broader term counts only ``MIN_DEPTH`` steps or more below the root:
under ``artifact`` or ``person`` any two things are kin, and that is no synonymy.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

MAX_SENSES = 3
MIN_DEPTH = 5

_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


class _Lexicon:
    def __init__(self, text: str) -> None:
        self.depth: list[int] = []
        self.lexfile: list[int] = []
        self.hypernyms: list[tuple[int, ...]] = []
        self.senses: dict[str, tuple[int, ...]] = {}
        self.irregular: dict[str, str] = {}
        self.other_words: frozenset[str] = frozenset()
        for line in text.splitlines():
            kind, _, rest = line.partition("\t")
            if kind == "S":
                _sid, depth, hyps, lexfile = rest.split("\t")
                self.depth.append(int(depth))
                self.lexfile.append(int(lexfile))
                self.hypernyms.append(tuple(int(h) for h in hyps.split()))
            elif kind == "L":
                lemma, senses = rest.split("\t")
                self.senses[lemma] = tuple(int(s) for s in senses.split())
            elif kind == "X":
                form, lemma = rest.split("\t")
                self.irregular.setdefault(form, lemma)
            elif kind == "W":
                self.other_words = frozenset(rest.split())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    # Read on first use only: most audits have no English witness to read.
    raw = resources.files(__name__).joinpath("nouns.tsv.gz").read_bytes()
    return _Lexicon(gzip.decompress(raw).decode("utf-8"))


_PLURALS = (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("zes", "z"),
            ("ses", "s"), ("men", "man"), ("s", ""))


@lru_cache(maxsize=65536)
def noun(word: str) -> str | None:
    """The WordNet lemma of an English noun form (``sacks`` → ``sack``, ``children`` →
    ``child``, ``fire brigades`` → ``fire_brigade``), or None if it is no common noun."""
    w = word.lower().replace("’", "'").strip()
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]  # the union's, the unions'
    if not w:
        return None
    key = "_".join(w.split())
    lex = _lexicon()
    if key in lex.senses:
        return key
    head, _, last = key.rpartition("_")
    pre = head + "_" if head else ""
    if last in lex.irregular and pre + lex.irregular[last] in lex.senses:
        return pre + lex.irregular[last]
    for suffix, repl in _PLURALS:
        if last.endswith(suffix) and len(last) > len(suffix) + 1:
            cand = pre + last[: len(last) - len(suffix)] + repl
            if cand in lex.senses:
                return cand
    return None


@lru_cache(maxsize=65536)
def _reach(lemma: str) -> frozenset[int]:
    """The lemma's commonest senses with their narrow enough broader terms."""
    lex = _lexicon()
    senses = lex.senses.get(lemma, ())[:MAX_SENSES]
    out = set(senses)
    for s in senses:
        out.update(h for h in lex.hypernyms[s] if lex.depth[h] >= MIN_DEPTH)
    return frozenset(out)


def relation(a: str, b: str) -> str | None:
    """How noun lemma ``a`` stands to ``b`` (module docstring): ``"same"`` (a shared sense),
    ``"broader"`` (a sense of ``a`` is a broader term of one of ``b``'s), ``"narrower"``,
    or None (not near)."""
    lex = _lexicon()
    sa, sb = lex.senses.get(a, ())[:MAX_SENSES], lex.senses.get(b, ())[:MAX_SENSES]
    if not sa or not sb:
        return None
    if a == b or set(sa) & set(sb):
        return "same"
    # Two kinds of one thing are not near: September and November are both months.
    if any(s in _reach(b) for s in sa):
        return "broader"
    if any(s in _reach(a) for s in sb):
        return "narrower"
    return None


def near(a: str, b: str) -> bool:
    """Are the two noun lemmas two words for about the same thing (module docstring)?"""
    return relation(a, b) is not None


CATEGORIES = ("tops", "act", "animal", "artifact", "attribute", "body", "cognition", "communication",
              "event", "feeling", "food", "group", "location", "motive", "object", "person",
              "phenomenon", "plant", "possession", "process", "quantity", "relation", "shape",
              "state", "substance", "time")
"""WordNet's lexicographer files for nouns (``noun.tops`` … ``noun.time``), in file order."""


def category(lemma: str) -> str | None:
    """The lexicographer file of the lemma's commonest sense (``sack`` → ``artifact``)."""
    lex = _lexicon()
    senses = lex.senses.get(lemma)
    return CATEGORIES[lex.lexfile[senses[0]] - 3] if senses else None


_ENDINGS = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("es", ""), ("s", ""),
            ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"),
            ("est", ""), ("est", "e"), ("ly", ""), ("ly", "le"), ("ally", ""))


@lru_cache(maxsize=65536)
def english_word(word: str) -> bool:
    """Is ``word`` (any case, any regular inflection) a word of English's dictionary: a
    common noun, or a verb, adjective or adverb of WordNet? Not a name, not a loan word the
    dictionary does not list (``kundams``), not a function word (those are stop lists')."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if not w.isalpha():
        return False
    lex = _lexicon()
    if noun(w) is not None or w in lex.other_words:
        return True
    for suffix, repl in _ENDINGS:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[: len(w) - len(suffix)]
            for cand in (base + repl, base[:-1] + repl if len(base) > 2 and base[-1] == base[-2] else None):
                if cand and (cand in lex.senses or cand in lex.other_words):
                    return True
    return False


def words(text: str) -> list[tuple[str, int, int]]:
    """Lower-case English words of ``text`` with their offsets (hyphens and apostrophes kept)."""
    low = text.lower().replace("’", "'")
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]
