"""Glossary forms, suggested spellings and pairing rules for ``name-variant`` (a helper,
not a check).

Name groups are ``name_evidence.NameGroup``s.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup
from auditor.core.names import is_inflection, name_stem, strip_inflection
from auditor.core.normalize import fold, primary_language


def in_glossary(g: NameGroup, allowed: frozenset[str], lang: str) -> bool:
    return bool(allowed) and matches(g, allowed, lang)


def matches(g: NameGroup, forms: frozenset[str], lang: str) -> bool:
    mine = {fold(m.text) for m in g.mentions}
    if mine & forms:
        return True
    return any(is_inflection(f, a, lang) for f in mine for a in forms if a not in mine and f not in forms)


def glossary_sets(ctx: CheckContext, lang: str) -> list[frozenset[str]]:
    """Per glossary entry, every single-word form it names in ``lang``, allowed or forbidden."""
    out = []
    for entry in ctx.glossary:
        forms = {fold(r) for tl, rs in entry.allowed.items() if primary_language(tl) == lang for r in rs}
        forms |= {fold(r) for tl, rs in entry.forbidden.items() if primary_language(tl) == lang for r in rs}
        if primary_language(entry.source_lang) == lang:
            forms.add(fold(entry.source))
        forms = {f for f in forms if " " not in f}
        if len(forms) > 1:
            out.append(frozenset(forms))
    return out


def glossary_forms(ctx: CheckContext, lang: str) -> frozenset[str]:
    out: set[str] = set()
    for entry in ctx.glossary:
        if primary_language(entry.source_lang) == lang:
            out.add(fold(entry.source))
        for tl, renderings in entry.allowed.items():
            if primary_language(tl) == lang:
                out.update(fold(r) for r in renderings)
    return frozenset(x for x in out if " " not in x)


def suggest(mention: str, lang: str, canonical: NameGroup, suffix: str) -> str:
    """The replacement for the span: the canonical form inflected like the mention, minus
    the case ending when the span stops before it."""
    out = _reinflect(mention, lang, canonical)
    if suffix and out.endswith(suffix) and len(out) > len(suffix):
        return out[: -len(suffix)]
    return name_stem(out, lang) if suffix else out


def _reinflect(mention: str, lang: str, canonical: NameGroup) -> str:
    """The canonical name in the mention's inflection: ``Осекину`` → ``Осечкину`` when the
    canonical group has that form, else the canonical group's most frequent form."""
    stem = strip_inflection(mention, lang)
    ending = mention[len(stem) :]
    if ending:
        forms = getattr(canonical, "forms", None) or {m.text for m in canonical.mentions}
        for base in (canonical.root, strip_inflection(canonical.root, lang)):
            if base + ending in forms:
                return base + ending
        base = name_stem(canonical.root, lang)
        if base == canonical.root and base != mention and name_stem(mention, lang) != mention:
            return base + ending  # agglutinated case ending: ওসেককিনকে → ওসেচকিনকে
    return canonical.surface


def by_ancestry(ctx: CheckContext, groups: Sequence[NameGroup], a: int, b: int) -> tuple[int, int] | None:
    """Two spellings that nothing else tells apart, each written only in its own witnesses of
    one language, one an ancestor of the other (an agency report and a magazine's retelling of
    it): the ancestor's spelling is the reference. None when they share a witness or neither
    spelling's witnesses all come before the other's. Else (variant, canonical)."""
    wa = {m.witness for m in groups[a].mentions}
    wb = {m.witness for m in groups[b].mentions}
    if wa & wb or not (groups[a].confirmed and groups[b].confirmed):
        return None

    def ancestors(wid: str) -> set[str]:
        out: set[str] = set()
        parent = ctx.chain.witness(wid).parent
        while parent is not None and parent not in out:
            out.add(parent)
            parent = ctx.chain.witness(parent).parent
        return out

    if all(wa & ancestors(w) for w in wb):
        return b, a
    if all(wb & ancestors(w) for w in wa):
        return a, b
    return None


def compound_pair_ok(a: NameGroup, b: NameGroup, kind: str) -> bool:
    """Hyphened compounds (``Min-jun``) pair only with each other, on the same head, as
    spelling variants of the tail (``Min-joon``); never as truncations or with plain names."""
    ca = all(m.compound for m in a.mentions)
    cb = all(m.compound for m in b.mentions)
    if not (ca or cb):
        return True
    if not (ca and cb) or kind != "spelling":
        return False
    return fold(a.root.split("-")[0]) == fold(b.root.split("-")[0])
