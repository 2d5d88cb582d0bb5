"""Two spellings of one witness that render one name of an aligned witness: for ``name-variant``.

A helper module, not a check. ``rendered_alike`` (``name_evidence``) pairs spellings one
letter apart, or alike under a script's known choices, when the source writes one name
behind both. Transliterations drift further than that (``Karampetsos``/``Karabetsos``,
``Berkovich``/``Berkowitz``, ``Shevchuk``/``Szewczuk``, ``Jeju``/``Cheju``): here a spelling
renders a name of the other side of its bead when that name is the one it is closest to
there, closer than ``RENDER_RATIO`` once both are in Latin letters, and the closest to it of
the names on its own side. Two spellings of one witness that render the same name of the same
witness (``el``'s ``Καραμπέτσος``, in two beads) are one name written two ways, when they are
still alike by ``PAIR_RATIO`` and differ as spellings do (``_inside``): a witness's
deliberate second name for someone (a nickname, a title) is not that close, and a name with
an ending or in a compound renders the same name as the name alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup, bead_sides
from auditor.core.namekeys import NO_NAME_CASES
from auditor.core.names import Mention, name_norm, name_stem, token_script
from auditor.core.normalize import primary_language

RENDER_RATIO = 70.0
"""How alike (rapidfuzz ratio of Latin-letter forms) a spelling and the name it renders are."""
PAIR_RATIO = 70.0
"""How alike two spellings of one name must still be."""
MIN_LETTERS = 3


def rendered_loosely(ctx: CheckContext, groups: Sequence[NameGroup], others: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs of groups (lower index first) that render one name of another witness (module
    docstring)."""
    by_seg: dict[str, list[tuple[str, str]]] = {}
    for m in others:
        n = name_norm(name_stem(m.text, m.lang))
        if len(n) >= MIN_LETTERS:
            by_seg.setdefault(m.segment, []).append((m.witness, n))
    named: dict[str, list[str]] = {}
    for g in groups:
        for m in g.mentions:
            named.setdefault(m.segment, []).append(g.norm)
    beads = bead_sides(ctx, set(named))
    renders: dict[tuple[str, str, str], set[int]] = {}
    for gi, g in enumerate(groups):
        if len(g.norm) < MIN_LETTERS:
            continue
        for m in g.mentions:
            own = named.get(m.segment, [])
            for _mine, theirs in beads.get(m.segment, ()):
                cands = [x for sid in theirs for x in by_seg.get(sid, ())]
                if not cands:
                    continue
                score, (w, n) = max(((fuzz.ratio(g.norm, n), (w, n)) for w, n in cands), key=lambda t: t[0])
                if score < RENDER_RATIO:
                    continue
                if any(fuzz.ratio(n, o) > score for o in own):
                    continue  # another name of this sentence is closer to it: that one renders it
                renders.setdefault((m.witness, w, n), set()).add(gi)
    pairs: set[tuple[int, int]] = set()
    for idx in renders.values():
        members = sorted(idx)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                ga, gb = groups[a], groups[b]
                if (ga.norm != gb.norm and token_script(ga.root) == token_script(gb.root)
                        and fuzz.ratio(ga.norm, gb.norm) >= PAIR_RATIO
                        and _inside(ga.norm, gb.norm, primary_language(ga.lang) in NO_NAME_CASES)):
                    pairs.add((a, b))
    return sorted(pairs)


def _inside(a: str, b: str, caseless: bool) -> bool:
    """Do two spellings differ as spellings do, not as a name and its ending or compound do?
    Never one inside the other, a final letter aside (``Anna``/``Annanak``,
    ``Sotkamon``/``Sotkamoon``, ``ማና``/``በማና``). Where names take case endings, also not at the end only: the change
    must reach three letters before the shorter one ends, and the last letters agree
    (``Karampetsos``/``Karabetsos``; not ``Wilczyńska``/``Wilczyńskiej``)."""
    short, long_ = sorted((a, b), key=len)
    if short[:-1] in long_:
        return False  # an ending, a prefixed particle (በማና, "at Mana"), a compound
    if caseless:
        return True
    prefix = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(short))
    return prefix <= len(short) - 3 and a[-1] == b[-1]
