"""A name respelt by a trip through another script, which is no slip.

A back-translation (or any translation) made from a witness in another script can only read a
name as that script wrote it: Brüggemann becomes ব্রুগেমান in Bengali and comes back as Brugeman,
Osnabrück as Osnabruk. The doubled letters, the accents and the vowels the other script does not
tell apart are lost on the way, the same way at every mention. Such a spelling is the faithful
reading of its parent, not a variant made in this hop. A consonant that changed (Osechkin →
Osekkin) is more than the script can explain and stays a variant.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup
from auditor.core.namekeys import token_script
from auditor.core.normalize import dominant_script, fold

# spellings one sound has in Latin-script languages, which another script writes one way; and
# sounds the scripts a name most often travels through do not tell apart (Bengali and Devanagari
# write z as j, v and w as bh, q as k; Arabic and Cyrillic have no w; a Yekaterina is an Ekaterina;
# Cyrillic has no h, and its х comes back as kh: Rahman → Рахман → Rakhman; ч and ж come back as
# ch and zh wherever the name had them, or not: Stănciulescu → Станчулеску → Stanchulescu)
_SAME_SOUND = (("sch", "sh"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("dt", "t"), ("tz", "z"), ("ß", "ss"),
               ("kh", "h"), ("ch", "c"), ("zh", "z"), ("jh", "j"), ("bh", "v"), ("w", "v"), ("z", "j"), ("q", "k"))
_Y_BEFORE_VOWEL = re.compile(r"^y(?=[aeiou])")
_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def round_trip_form(name: str) -> str:
    """The consonants of a Latin-script name as another script keeps them: accents, doubled
    letters and inner vowels dropped (``Brüggemann`` and ``Brugeman`` → ``brgmn``), but every
    consonant the scripts keep apart kept apart (``Osechkin`` → ``oschkn``, ``Osekkin`` → ``oskn``)."""
    s = "".join(ch for ch in unicodedata.normalize("NFD", fold(name)) if not unicodedata.combining(ch))
    for a, b in _SAME_SOUND:
        s = s.replace(a, b)
    s = _Y_BEFORE_VOWEL.sub("", s)
    return _VOWELS.sub("", _DOUBLES.sub(r"\1", s))


def respelt_by_script(ctx: CheckContext, a: NameGroup, b: NameGroup) -> bool:
    """Is one of the two spellings written only by witnesses that read it from a parent in
    another script and never write the other, while both keep the same consonants?"""
    if token_script(a.root) != "Latin" or round_trip_form(a.root) != round_trip_form(b.root):
        return False
    for x, y in ((a, b), (b, a)):
        wits = {m.witness for m in x.mentions}
        if wits and all(not y.count_in(w) and _parent_script(ctx, w) not in ("", "Latin") for w in wits):
            return True
    return False


def _parent_script(ctx: CheckContext, wid: str) -> str:
    parent = ctx.chain.witness(wid).parent
    return _script_of(ctx.chain.witness(parent).text) if parent else ""


@lru_cache(maxsize=32)  # asked per pair of spellings and witness; a text's hash is kept by the str
def _script_of(text: str) -> str:
    return dominant_script(text)
