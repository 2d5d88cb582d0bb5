"""Evidence about a pair of spellings from the rest of the chain, for ``name-variant``.

``NameGroup`` holds the mentions of one name in one language with all their inflected forms.
The rest weighs a pair of groups against what other witnesses write: ``Votes`` (which spelling
aligned witnesses in other scripts are closer to), ``Contrasts`` (two names side by side in one
bead that the other side also writes as two names; a name and its lower-case adjective) and
``Distinctions`` (two different-sounding names that a witness's ancestors spell apart too).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from auditor.core.checks.base import CheckContext
from auditor.core.namekeys import NO_NAME_CASES, VOWEL_SWAP_IS_SPELLING
from auditor.core.names import (
    Mention,
    cross_key,
    is_cased_script,
    is_inflection,
    name_norm,
    name_stem,
    phonetic_key,
    token_script,
    word_tokens,
)
from auditor.core.normalize import expected_scripts, fold, primary_language

# Scripts that leave short vowels (and doubled letters) unwritten.
ABJADS = frozenset({"Arabic", "Hebrew", "Syriac"})
_VOWELISH = re.compile(r"[aeiouwy]+")
_DOUBLE = re.compile(r"(.)\1+")


_VOWEL_RUNS = re.compile(r"[aeiouy]+")


def _outline(norm: str) -> str:
    """Consonants in order with each run of vowel letters as one mark: artopios, artwpyws → VrtVpVs."""
    return _VOWELISH.sub("V", _DOUBLE.sub(r"\1", norm))


# Scripts whose case endings are written onto the name: the span is the stem, the ending evidence.
AGGLUTINATED = frozenset({"Bengali", "Devanagari"})


@dataclass
class NameGroup:
    """Mentions of one name in one language, all inflected forms together."""

    root: str
    lang: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def norm(self) -> str:
        return name_norm(name_stem(self.root, self.lang))

    @property
    def key(self) -> str:
        return phonetic_key(name_stem(self.root, self.lang))

    @property
    def count(self) -> int:
        return len(self.mentions)

    def count_in(self, witness: str) -> int:
        return sum(1 for m in self.mentions if m.witness == witness)

    @property
    def confirmed(self) -> bool:
        return any(m.confirmed for m in self.mentions)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every written form (asked once per finding: cached, not rebuilt per mention)."""
        return frozenset(m.text for m in self.mentions)

    @cached_property
    def surface(self) -> str:
        """The most frequent written form; ties go to the shorter, then the earlier."""
        c = Counter(m.text for m in self.mentions)
        first: dict[str, tuple[str, int]] = {}
        for m in self.mentions:
            first.setdefault(m.text, (m.witness, m.start))
        return min(c, key=lambda t: (-c[t], len(t), first[t]))


class Votes:
    """Mentions in other languages vote for the spelling their transliteration is closer to.

    Abugidas (Bengali, Devanagari) leave inherent vowels unwritten, so their transliterations
    differ from an alphabet's in vowels that carry no information (বেলভ and বেলোভ are both
    Belov): groups in those scripts are compared on consonant keys, others on full forms."""

    def __init__(self, others: Sequence[Mention]) -> None:
        self.by_key: dict[str, list[int]] = {}
        self.norms: list[str] = []
        self.abjad: list[bool] = []
        # Written forms (accents kept) of names in other languages of the same script: the
        # source's Hernández votes for Hernández where ASCII norms cannot tell it from Hernandez.
        self.written: Counter[tuple[str, str]] = Counter()
        self.readings: list[tuple[str, ...]] = []
        for m in others:
            written, norm, abjad, keys = _vote_keys(m.text, m.lang)
            self.written[written] += 1
            self.norms.append(norm)
            self.readings.append(_hangul_readings(norm) if written[0] == "Hangul" else (norm,))
            self.abjad.append(abjad)
            for key in keys:
                self.by_key.setdefault(key, []).append(len(self.norms) - 1)

    def compare_written(self, a: NameGroup, b: NameGroup) -> int:
        """Positive when other languages write ``a``'s exact form (accents and all) more often."""
        script = token_script(a.root)
        va = self.written[(script, fold(name_stem(a.root, a.lang)))]
        vb = self.written[(script, fold(name_stem(b.root, b.lang)))]
        return (va > vb) - (vb > va)

    def compare(self, a: NameGroup, b: NameGroup) -> int:
        """Positive when aligned witnesses in other languages side with ``a``."""
        abugida = token_script(a.root) in AGGLUTINATED
        abjad = token_script(a.root) in ABJADS
        fa, fb = (a.key, b.key) if abugida else (a.norm, b.norm)
        total = 0
        seen: set[int] = set()
        # (a skeleton of two consonants is met by chance: Kuwahara's kr by Tsuchihiro's)
        for key in (a.key, b.key, *("x" + x for x in (cross_key(a.norm), cross_key(b.norm)) if len(x) >= 3)):
            for i in self.by_key.get(key, ()):
                if i in seen:
                    continue
                seen.add(i)
                # The cross-script skeleton decides first (كورديتش, not كورديش, is Kordić's);
                # the closer spelling when both or neither share it.
                xi, xa, xb = cross_key(self.norms[i]), cross_key(a.norm), cross_key(b.norm)
                if (xi == xa) != (xi == xb) and len(xi) >= 3:
                    total += 1 if xi == xa else -1
                    continue
                n = phonetic_key(self.norms[i]) if abugida else self.norms[i]
                if (abjad or self.abjad[i]) and not abugida:
                    # An abjad writes long vowels as w/y and short ones not at all, nor doubled
                    # letters: only the outline can vote (تیواری against تواری, Tiwari), and not
                    # between two spellings whose consonants agree (بهنداري: Bhandari or Bhandri)
                    if _VOWEL_RUNS.sub("", fa) == _VOWEL_RUNS.sub("", fb):
                        continue
                    n, ga, gb = _outline(n), _outline(fa), _outline(fb)
                    sa, sb = fuzz.ratio(n, ga), fuzz.ratio(n, gb)
                elif abugida:
                    sa, sb = fuzz.ratio(n, fa), fuzz.ratio(n, fb)
                else:
                    sa = max(fuzz.ratio(r, fa) for r in self.readings[i])
                    sb = max(fuzz.ratio(r, fb) for r in self.readings[i])
                total += (sa > sb) - (sb > sa)
        return total


_HANGUL_SH = re.compile(r"si(?=[^aeiouy])|sy(?=[aeiou])")


@lru_cache(maxsize=4096)
def _hangul_readings(norm: str) -> tuple[str, ...]:
    """A Hangul name's romanisation, and the one with ``sh`` where Korean has no letter for
    it: 시 before a consonant (데시판데, Deshpande), 샤/슈/쇼 (샤론, Sharon)."""
    alt = _HANGUL_SH.sub("sh", norm)
    return (norm, alt) if alt != norm else (norm,)


@lru_cache(maxsize=16384)
def _vote_keys(text: str, lang: str) -> tuple[tuple[str, str], str, bool, tuple[str, ...]]:
    """A mention's written form, name form, abjad flag and lookup keys (cached: a chain names
    the same people again and again)."""
    stem = name_stem(text, lang)  # Hartmann must not lose its n as an "ending"
    # both keys: cross_key also meets transliterations that differ in v/b, j/z (Belov/বেলভ)
    keys = tuple(dict.fromkeys((phonetic_key(stem), "x" + cross_key(stem))))
    return (token_script(text), fold(stem)), name_norm(stem), token_script(stem) in ABJADS, keys


BeadSides = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


def bead_sides(ctx: CheckContext, wanted: set[str]) -> BeadSides:
    """Per wanted segment id, the beads it is in: (its side's segments, the other side's)."""
    out: BeadSides = {}
    if not wanted:
        return out
    for al in ctx.alignments:
        for bead in al.beads:
            if bead.source and bead.target:
                for mine, theirs in ((bead.source, bead.target), (bead.target, bead.source)):
                    for sid in mine:
                        if sid in wanted:
                            out.setdefault(sid, []).append((mine, theirs))
    return out


class Contrasts:
    """Two names side by side in one bead that the other side of the bead also writes as two
    names (``Puff Daddy, P. Diddy`` / ``Пафф Дэдди, Пи Дидди``; ``Justin Rose … Dustin
    Johnson`` / ``Джастин Роуз … Дастина Джонсона``; ``Napoli … Naples`` / ``Наполи …
    Неаполе``) are two names: the contrast is deliberate on both sides, not a slip."""

    def __init__(self, beads: BeadSides, others: Sequence[Mention]) -> None:
        self.beads = beads
        self.by_seg: dict[str, list[Mention]] = {}
        for m in others:
            self.by_seg.setdefault(m.segment, []).append(m)
        self._written: dict[int, int] = {}
        self._keys: dict[tuple[str, str], frozenset[str] | None] = {}

    def written_as(self, ctx: CheckContext, g: NameGroup) -> int:
        """How other cased languages write this group where it aligns: +1 mostly as a name, -1
        mostly in lower case (``Catalan separatists`` / ``каталонских сепаратистов``: an
        adjective), 0 when they do not say. A pair of a name and an adjective (``Catalonia`` /
        ``Каталонии`` against ``Catalan``) is a name and its derivative, not a variant."""
        if id(g) in self._written:
            return self._written[id(g)]
        low = cap = 0
        step = max(1, len(g.mentions) // 16)  # a sample is enough for a vote, and keeps it linear
        for m in g.mentions[::step]:
            for _mine, theirs in self.beads.get(m.segment, ()):
                for sid in theirs:
                    other = ctx.segment(sid)
                    lang = ctx.chain.witness(other.witness).lang
                    if primary_language(lang) == primary_language(g.lang):
                        continue
                    # a sentence-initial capital proves nothing
                    if any(x.confirmed and _close(phonetic_key(name_stem(x.text, x.lang)), g.key)
                           for x in self.by_seg.get(sid, ())):
                        cap += 1
                        continue
                    low += any(t.text[0].islower() and len(t.text) >= 4
                               and phonetic_key(name_stem(t.text, lang)) == g.key
                               for t in word_tokens(other.text))
        self._written[id(g)] = (cap > low) - (low > cap)
        return self._written[id(g)]

    def stands_for_another(self, ctx: CheckContext, g: NameGroup, other: NameGroup) -> bool:
        """Where ``g`` is written, does the other side of the bead (another language) never
        hold a word that sounds like ``other``? Then ``g`` renders some other word there
        (``Marso`` is the month the source calls ``March``, not a slip for ``Mario``). False
        when no mention of ``g`` has another language beside it."""
        seen = False
        step = max(1, len(g.mentions) // 16)  # a sample says it, and keeps it linear
        abjad = token_script(other.root) in ABJADS
        want = _abjad_key(other.key) if abjad else other.key
        for m in g.mentions[::step]:
            for _mine, theirs in self.beads.get(m.segment, ()):
                for sid in theirs:
                    keys = self._sound_keys(ctx, sid, g.lang)
                    if keys is None:
                        continue
                    seen = True
                    if other.key in keys or any(_close(k, other.key) for k in keys):
                        return False
                    if abjad and any(_close(k.replace("v", "f"), want) for k in keys):
                        return False
        return seen

    def renamed(self, ctx: CheckContext, a: NameGroup, b: NameGroup) -> bool:
        """Is one of two groups, wherever it is written, rendered in another language by
        a different name, with no word there that sounds like either (Romansh ``Mustér`` is
        ``Disentis`` in German, while ``Müstair`` stays ``Müstair``)? A slip for the other name
        is rendered as that name, or copied; a different place keeps its own name."""
        return self._renamed(ctx, a, b) or self._renamed(ctx, b, a)

    def _renamed(self, ctx: CheckContext, g: NameGroup, other: NameGroup) -> bool:
        seen = False
        mine = expected_scripts(g.lang)
        for m in g.mentions[:8]:
            for _mine, theirs in self.beads.get(m.segment, ()):
                for sid in theirs:
                    # in one script only: sound keys across scripts are too loose to tell
                    # (Κόρντιτζ / Kordić)
                    if expected_scripts(ctx.chain.witness(ctx.segment(sid).witness).lang) != mine:
                        return False
                    keys = self._sound_keys(ctx, sid, g.lang)
                    if keys is None:
                        continue
                    if any(_alike(k, x.key) for k in keys for x in (g, other)):
                        return False
                    # a name there that is none of the source's (not Haque for ফারহানা হক: the
                    # first name may simply have been left out)
                    here = self._sound_keys(ctx, m.segment, ctx.chain.witness(ctx.segment(sid).witness).lang) or frozenset()
                    if not any(x.confirmed and not any(_alike(phonetic_key(name_stem(x.text, x.lang)), k) for k in here)
                               for x in self.by_seg.get(sid, ())):
                        return False
                    seen = True
        return seen

    def _sound_keys(self, ctx: CheckContext, sid: str, lang: str) -> frozenset[str] | None:
        """Phonetic keys of a segment's words; None when it is in ``lang``'s own language, or
        written in Han, which spells no sound (中野 says nothing of Nakano or Nagano), or in a
        script written without spaces (Thai, Lao, Khmer, Burmese, Tibetan), whose "words" run
        on into the next ones (กิตติพงษ์กล่าว: Kittipong said)."""
        key = (sid, primary_language(lang))
        if key not in self._keys:
            seg = ctx.segment(sid)
            seg_lang = ctx.chain.witness(seg.witness).lang
            if primary_language(seg_lang) == primary_language(lang) or _IDEOGRAPHS.search(seg.text) \
                    or _UNSPACED.search(seg.text):
                self._keys[key] = None
            else:
                self._keys[key] = frozenset(phonetic_key(name_stem(t.text, seg_lang))
                                            for t in word_tokens(seg.text) if len(t.text) >= 2)
        return self._keys[key]

    def kept_apart(self, a: NameGroup, b: NameGroup) -> bool:
        few, many = sorted((a, b), key=lambda g: g.count)
        segs = {m.segment for m in many.mentions}
        for m in few.mentions:
            for mine, theirs in self.beads.get(m.segment, ()):
                if segs.isdisjoint(mine):
                    continue
                forms: list[str] = []
                for x in (x for sid in theirs for x in self.by_seg.get(sid, ())):
                    key = phonetic_key(name_stem(x.text, x.lang))
                    if not (_close(key, a.key) or _close(key, b.key)):
                        continue
                    if not any(is_inflection(x.text, f, x.lang) for f in forms):
                        forms.append(x.text)
                if len(forms) >= 2:
                    return True
        return False


_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f\u0f00-\u0fff]")


def _alike(k1: str, k2: str) -> bool:
    """Close keys, or one the start of the other (a stem's key may be short of the name's:
    Дашаев → ds, Dashayev → dsv)."""
    return _close(k1, k2) or (min(len(k1), len(k2)) >= 2 and (k1.startswith(k2) or k2.startswith(k1)))


def _abjad_key(key: str) -> str:
    """An abjad name's sound key as another script hears it: و and ي inside a name mostly
    write vowels (نورفاكسيس, Norvaxis), and ف stands for v too."""
    return key[:1] + key[1:].replace("v", "").replace("y", "")


def _close(k1: str, k2: str) -> bool:
    """Phonetic keys of one name: equal, or one edit apart when both have three letters or more
    (one edit turns any short key into any other: Пи/Daddy)."""
    return k1 == k2 or (min(len(k1), len(k2)) >= 3 and OSA.distance(k1, k2) <= 1)


class Distinctions:
    """Whether a witness's neighbours in other languages spell both names of a pair.

    Two similar names that sound different and that a translation keeps apart (``Dustin`` and
    ``Justin`` in English, ``Дастин`` and ``Джастин`` in Russian; ``Wayne`` and ``Wayde``) are
    two people, not one name misspelt. (Names that sound alike, ``Osechkin``/``Osekkin``, are
    still a slip when a translator transliterates it faithfully.) The neighbours that
    count are a witness's ancestors (a pair it inherited was either distinct there too or is
    reported where it arose); for the root, its descendants.
    """

    def __init__(self, ctx: CheckContext, others: Sequence[Mention]) -> None:
        self.chain = ctx.chain
        self.by_witness: dict[str, list[Mention]] = {}
        for m in others:
            self.by_witness.setdefault(m.witness, []).append(m)

    def _neighbours(self, wid: str) -> list[str]:
        up: list[str] = []
        parent = self.chain.witness(wid).parent
        while parent is not None and parent not in up:
            up.append(parent)
            parent = self.chain.witness(parent).parent
        if up:
            return up
        down, todo = [], [wid]
        while todo:
            for child in self.chain.children(todo.pop()):
                if child.id not in down:
                    down.append(child.id)
                    todo.append(child.id)
        return down

    def both(self, a: NameGroup, b: NameGroup, wid: str, loose: bool = True, apart_below: float = 0.0) -> bool:
        """``loose``: also match the neighbours' names on the looser cross-script key (not for
        truncations: a copy that keeps ``News`` beside ``Newsweek`` repeats the slip).
        ``apart_below``: the neighbour's two names must also be this dissimilar (fuzz ratio),
        for a pair that sounds alike (फॉर्म / फार्मा: Form and Pharma, not Osechkin/Osekkin)."""
        abugida = token_script(a.root) in AGGLUTINATED
        abjad = token_script(a.root) in ABJADS  # its unwritten vowels make every ratio low
        if apart_below:
            abugida = False  # one sound key for both: tell them apart by their transliterations
        fa, fb = (a.key, b.key) if abugida else (a.norm, b.norm)
        xa, xb = cross_key(a.norm), cross_key(b.norm)
        for nb in self._neighbours(wid):
            sides = set()
            named: dict[bool, set[str]] = {True: set(), False: set()}
            for m in self.by_witness.get(nb, ()):
                stem = name_stem(m.text, m.lang)
                key, xkey = phonetic_key(stem), cross_key(stem)
                # either key: Livingston's v is লিভিংস্টন's bh only to the looser one
                da, db = OSA.distance(key, a.key), OSA.distance(key, b.key)
                if loose:
                    da, db = min(da, OSA.distance(xkey, xa)), min(db, OSA.distance(xkey, xb))
                n = key if abugida else name_norm(stem)
                if da > 1 and db > 1 and not (not abugida and loose and _derived_from_one(n, fa, fb)):
                    continue
                if not abugida and loose:
                    # a stripped stem (армен of Армении) is the start of the neighbour's whole
                    # name (armenia): that says which one, whatever the ratios of the stems
                    pa, pb = len(fa) >= 4 and n.startswith(fa), len(fb) >= 4 and n.startswith(fb)
                    if pa != pb:
                        sides.add(pa)
                        named[pa].add(name_norm(stem))
                        continue
                if (not abugida and not apart_below and a.key != b.key and key in (a.key, b.key)
                        and fuzz.ratio(n, fa if key == a.key else fb) >= _NEIGHBOUR_LIKENESS):
                    # its sound is exactly one of the two (Дарина: Daryna, Драбина: Drabyna),
                    # whatever a transliteration's vowels do to the ratios; a name that only
                    # shares the consonants (Kabulo beside Chibola/Tshibola) is a third name
                    sides.add(key == a.key)
                    named[key == a.key].add(name_norm(stem))
                    continue
                sa, sb = fuzz.ratio(n, fa), fuzz.ratio(n, fb)
                # a third name (Dambatta beside Danbako/Dambako) is no evidence: the neighbour's
                # name must be at least as close to one of the two as they are to each other
                # (a pair that sounds alike has already met the neighbour on its sound key)
                if apart_below and max(sa, sb) < _NEIGHBOUR_LIKENESS:
                    continue  # another name on a loose key (Park beside হাজরিকা): no spelling of either
                if sa != sb and (not loose or abjad or apart_below or max(sa, sb) >= fuzz.ratio(fa, fb)):
                    sides.add(sa > sb)
                    named[sa > sb].add(name_norm(stem))
            if len(sides) == 2 and (not apart_below or fuzz.ratio(
                    max(named[True], key=lambda x: fuzz.ratio(x, fa)),
                    max(named[False], key=lambda y: fuzz.ratio(y, fb))) < apart_below):
                return True  # (each side's closest form: a stray third name proves nothing)
        return False


def _derived_from_one(n: str, fa: str, fb: str) -> bool:
    """Does the neighbour's word start with exactly one of the two spellings, as a word made
    from a place name does (Kranjčan, a man from Kranj, beside Kralj)?"""
    return (len(fa) >= 4 and n.startswith(fa)) != (len(fb) >= 4 and n.startswith(fb))


_NEIGHBOUR_LIKENESS = 60.0
"""For a pair that sounds alike, how close (fuzz ratio) a neighbour's name must be to one of the
two to count as its spelling there."""


def rendered_alike(ctx: CheckContext, groups: Sequence[NameGroup], others: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs of groups that one witness uses for the same name of another language.

    Where a witness renders ``তরী`` of its source as ``Tori`` in one bead and ``Tari`` in
    another (or ``Alam`` as ``আলম`` and then ``আলাম``), the two spellings are one name even
    when they are too short for spelling similarity alone to say so: the source spells it
    one way both times. The two must differ by one letter inside the name (an ending is
    grammar, not spelling); each pair is listed once, lower index first.
    """
    # Candidates first, by shape (the edit is inside: first and last letters agree), so the
    # bead lookups below run for a handful of groups, not for every name of the chain.
    stems = [fold(name_stem(g.root, g.lang)) for g in groups]
    shapes: dict[tuple[str, str], list[int]] = {}
    for gi, (g, st) in enumerate(zip(groups, stems, strict=True)):
        # (a one-consonant key will do for a name of four letters: Chea/Chhea, both Chea in the source)
        if len(st) >= 3 and len(g.norm) >= 3 and (len(g.key) >= 2 or len(st) >= 4):
            shapes.setdefault((st[0], st[-1]), []).append(gi)
    candidates = [
        (a, b)
        for idx in shapes.values() if len(idx) > 1
        for i, a in enumerate(idx) for b in idx[i + 1 :]
        if groups[a].norm != groups[b].norm and abs(len(stems[a]) - len(stems[b])) <= 1
        and _one_inner_edit(stems[a], stems[b])
    ]
    # Arabic and Hebrew write long vowels with letters a transliteration adds or drops at will:
    # راشد / رشيد (Rashed, Rasheed), both Rasheed in the source
    skeletons: dict[str, list[int]] = {}
    for gi, st in enumerate(stems):
        if len(st) >= 3 and _MATRES.search(st):
            bare = _MATRES.sub("", st)
            if len(bare) >= 3:
                skeletons.setdefault(bare, []).append(gi)
    candidates += [(a, b) for idx in skeletons.values() if len(idx) > 1
                   for i, a in enumerate(idx) for b in idx[i + 1 :]
                   if stems[a] != stems[b] and (a, b) not in candidates]
    # Scripts without capitals: one sound written two ways inside the word (मुर्मू / मुरमू, a
    # virama; الساعدي / السعدي, a long vowel's letter) reads the same once romanised, yet it is
    # a variant where the other language writes one name behind both (an ending is grammar).
    sounds: dict[str, list[int]] = {}
    for gi, (g, st) in enumerate(zip(groups, stems, strict=True)):
        if len(g.norm) >= 3 and len(st) >= 3 and not is_cased_script(g.root):
            sounds.setdefault(g.norm, []).append(gi)
    candidates += [(a, b) for idx in sounds.values() if len(idx) > 1
                   for i, a in enumerate(idx) for b in idx[i + 1 :]
                   if stems[a] != stems[b] and stems[a][0] == stems[b][0] and stems[a][-1] == stems[b][-1]
                   and token_script(groups[a].root) == token_script(groups[b].root)
                   and not _marks_only(stems[a], stems[b]) and (a, b) not in candidates]
    # Japanese long vowels romanised with an h or not (Itoh/Ito, Satoh/Sato): short names, one
    # source name behind both
    long_o = {st: gi for gi, st in enumerate(stems) if len(st) >= 3 and st[-1] in "ou" and st.isascii()}
    candidates += [(min(a, b), max(a, b)) for b, st in enumerate(stems)
                   if len(st) >= 4 and st.endswith("h") and (a := long_o.get(st[:-1])) is not None
                   and (min(a, b), max(a, b)) not in candidates]
    # Hebrew and Arabic names romanised two ways (Berkovich/Berkovitz, Azoulay/Azulai,
    # Al-Anazi/Al-Enezi): the source's one spelling behind both decides, below
    semitic: dict[str, list[int]] = {}
    for gi, st in enumerate(stems):
        if len(st) >= 4 and st.isascii():
            semitic.setdefault(_semitic_key(st), []).append(gi)
    candidates += [(a, b) for idx in semitic.values() if len(idx) > 1
                   for i, a in enumerate(idx) for b in idx[i + 1 :]
                   if stems[a] != stems[b] and (a, b) not in candidates]
    # Where names take no case endings, a final vowel gained or lost is spelling too
    # (ተስፋዬ as Tesfaye, then Tesfay): shaped by first letter and the rest of the stem.
    loose: dict[tuple[str, str], list[int]] = {}
    for gi, (g, st) in enumerate(zip(groups, stems, strict=True)):
        if primary_language(g.lang) in VOWEL_SWAP_IS_SPELLING and len(st) >= 4 and len(g.key) >= 2:
            loose.setdefault((primary_language(g.lang), st.rstrip("aeiouy")), []).append(gi)
    endings = {
        (a, b)
        for idx in loose.values() if len(idx) > 1
        for i, a in enumerate(idx) for b in idx[i + 1 :]
        if groups[a].norm != groups[b].norm and stems[a] != stems[b]
        and _final_vowel_edit(stems[a], stems[b], primary_language(groups[a].lang) in NO_NAME_CASES)
        and (a, b) not in candidates
    }
    candidates += sorted(endings)
    if not candidates:
        return []
    involved = {g for pair in candidates for g in pair}
    by_seg: dict[str, list[Mention]] = {}
    for m in others:
        # (a name that opens every sentence it is in, Chea Vibol said …, is no less the source's
        # name: the same word behind both spellings is what counts, and a common word would have
        # to sound like both)
        if m.confirmed or len(m.text) >= 4:
            by_seg.setdefault(m.segment, []).append(m)
    beads = bead_sides(ctx, {m.segment for gi in involved for m in groups[gi].mentions})
    renders: dict[int, set[tuple[str, str, str]]] = {}
    # names written in each segment: a word of the other side that one of them matches better
    # is that one's rendering, not a neighbour's (Kaur said the Kar sewa …: کار is Kar's)
    named: dict[str, list[str]] = {}
    for g in groups:
        for m in g.mentions:
            named.setdefault(m.segment, []).append(g.norm)
    for gi in involved:
        g = groups[gi]
        for m in g.mentions:
            for _mine, theirs in beads.get(m.segment, ()):
                # of several names of the other side that sound alike, the spelling's own is the
                # closest one (Kar sewa beside Amandeep Kaur: ਕਾਰ renders Kar, ਕੌਰ Kaur)
                found = [(x.witness, name_norm(stem), stem) for x in (x for sid in theirs for x in by_seg.get(sid, ()))
                         if (stem := name_stem(x.text, x.lang)) is not None
                         and (phonetic_key(stem) == g.key or cross_key(stem) == cross_key(g.norm))]
                found = [(w, n, st) for w, n, st in found
                         if not any(fuzz.ratio(n, other) > fuzz.ratio(n, g.norm) for other in named.get(m.segment, ()))]
                best = max((fuzz.ratio(n, g.norm) for _w, n, _s in found), default=0.0)
                for w, n, stem in found:
                    if fuzz.ratio(n, g.norm) == best:
                        # (an abjad's romanisation drops the short vowels that tell two of its
                        # words apart, کار and کور both kr: its own spelling is the name)
                        renders.setdefault(gi, set()).add((m.witness, w, fold(stem) if token_script(stem) in _ABJADS else n))
    parents = {w.id: w.parent for w in ctx.chain.witnesses}

    def shared(a: int, b: int) -> bool:
        both = renders.get(a, set()) & renders.get(b, set())
        if (a, b) in endings:  # only the source's spelling can say a final vowel is spelling
            return any(parents.get(mine) == theirs for mine, theirs, _ in both)
        return bool(both)

    return sorted((a, b) for a, b in candidates if shared(a, b))


_ABJADS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana"})
_SEMITIC_RULES = (
    (re.compile(r"tch|tz|ts|ch|kh"), "c"), (re.compile(r"ou|oo"), "u"), (re.compile(r"w"), "v"),
    (re.compile(r"(?:ay|ai|ei|ey|ee|y)(?=$|[^aeiou])"), "i"), (re.compile(r"q"), "k"),
    (re.compile(r"[ae]"), "a"), (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"-"), ""),
)


def _semitic_key(stem: str) -> str:
    """A romanised Hebrew or Arabic name with the romanisations' choices folded: tz/ch,
    ou/u, w/v, ay/ai/i, q/k, a/e, doubled letters."""
    for pattern, repl in _SEMITIC_RULES:
        stem = pattern.sub(repl, stem)
    return stem


_MATRES = re.compile("(?<=.)[اويىאוי](?=.)")  # inside the word: a final or first letter is no vowel sign only


def _marks_only(a: str, b: str) -> bool:
    """Do two spellings differ only in optional marks: Arabic and Hebrew vowel points, an
    Indic nukta (vowel signs and the virama are letters of the spelling)?"""
    def bare(x: str) -> str:
        return _OPTIONAL_MARKS.sub("", unicodedata.normalize("NFD", x))
    return bare(a) == bare(b)


_OPTIONAL_MARKS = re.compile("[\u064b-\u065f\u0670\u0591-\u05c7\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]")


def _final_vowel_edit(a: str, b: str, caseless: bool) -> bool:
    """A final vowel changed (Nyaboke/Nyaboki) or, where names take no endings, gained or lost
    (Tesfaye/Tesfay)."""
    if caseless and abs(len(a) - len(b)) == 1:
        return True
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeiouy" and b[-1] in "aeiouy"


def _one_inner_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, and not the first or last (tori/tari, আলম/আলাম;
    not юта/юты, a case ending). Both already case-folded."""
    if min(len(a), len(b)) < 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return bool(OSA.distance(a, b) == 1)
