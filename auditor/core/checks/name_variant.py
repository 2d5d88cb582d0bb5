"""``name-variant``: one name spelled two ways, within a witness or across the chain."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding, Severity
from auditor.core.names import (
    Mention,
    cased_mentions,
    cross_key,
    group_inflections,
    inflection_suffixes,
    is_cased_script,
    is_inflection,
    name_norm,
    name_stem,
    phonetic_key,
    same_transliteration,
    strip_inflection,
    token_script,
    vowel_ending_only,
    word_tokens,
)
from auditor.core.normalize import expected_scripts, fold, primary_language

# Languages that write compounds as one word: a name followed by more letters is normal there.
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "fi", "is", "hu", "et"})
_CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Georgian"})


@dataclass
class _Group:
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

    @property
    def confirmed(self) -> bool:
        return any(m.confirmed for m in self.mentions)

    @property
    def surface(self) -> str:
        """The most frequent written form; ties go to the shorter, then the earlier."""
        c = Counter(m.text for m in self.mentions)
        first = {}
        for m in self.mentions:
            first.setdefault(m.text, (m.witness, m.start))
        return min(c, key=lambda t: (-c[t], len(t), first[t]))


@dataclass(frozen=True)
class _Edge:
    variant: int
    canonical: int
    kind: str  # "spelling" | "truncation"
    score: float
    source: str  # why the canonical side won: glossary | majority | chain


class NameVariant(Check):
    """A proper name is spelled in more than one way within a witness or across the chain.

    Catches spelling slips and transliteration drift (``Osekkin`` where the text otherwise has
    ``Osechkin``) and truncations (``News`` where the name is ``Newsweek``). Name mentions are
    capitalised tokens in cased scripts (Latin, Cyrillic, Greek): a word the witness also uses
    in lower case is a common word, sentence-initial capitals prove nothing on their own, and
    acronyms (``FSB``) are left alone. Uncased scripts (Bengali, Japanese, …) get their
    mentions from alignment: a token of an aligned segment whose transliteration fuzzily
    matches a name on the other side of the bead.

    Mentions are grouped per language with their inflected and derived forms (``Russia``,
    ``Russia’s``, ``Russian``; ``Осечкин``, ``Осечкина``; ``ওসেচকিনের``), which are never
    flagged. Groups are blocked by a phonetic key of the transliteration (``oskn`` for
    Osechkin, Osekkin, Осечкин and ওসেচকিন; blocks use the key's letters in any order so a
    transposition such as ``Zelenksy`` meets ``Zelensky``) and compared with rapidfuzz
    ``process.cdist``, so the cost stays near linear. Two groups are variants when their keys
    agree up to one transposition, their similarity reaches ``min_ratio`` and both are at least
    ``min_length`` letters. Pairs that differ only in final vowels (``Maria``/``Marie``) are left
    alone unless the glossary decides, except the romanisation pair ``i``/``y``
    (``Sergei``/``Sergey``); different names that merely share a part (``Vladimir
    Putin``/``Vladimir Osechkin``) are not variants. Glossary aliases (allowed and forbidden
    renderings of one entry) link exonyms that look nothing alike (``Itorofu``/``Iturup``).
    A truncation is a
    standalone name that is a strict prefix of a longer name (at least ``min_remainder`` more
    letters, not an inflection ending), never followed by an abbreviation's full stop and not
    more frequent than the longer name; it is off for compounding languages such as German.

    The canonical form is the glossary's when one is given, else the one with more support:
    mentions in witnesses of the same language plus votes from aligned witnesses in other
    scripts, whose transliteration is closer to one spelling than the other. On a tie nothing
    is flagged. Spellings in different languages are never flagged against each other
    (``Ossetchkine`` in French is not a misspelling of ``Osechkin``).

    One finding per variant mention; the span is the mention without possessive clitics; the
    suggestion is the canonical form, re-inflected like the mention; evidence lists the
    variants with counts and the similarity.

    Params: ``min_ratio`` (75), ``min_length`` (5), ``truncation`` (true),
    ``min_truncated_length`` (4), ``min_remainder`` (3), ``align_ratio`` (70).

    Example: “Vladimir Osechkin … Osechkin runs … messages to Osekkin” flags ``Osekkin``
    with the suggestion ``Osechkin``; “US magazine Newsweek … sent them to News on March 17”
    flags ``News``.
    """

    id = "name-variant"
    title = "Name spelled differently"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        mentions = collect_mentions(ctx, float(cfg.get("align_ratio", 70)))
        by_lang: dict[str, list[Mention]] = {}
        for m in mentions:
            by_lang.setdefault(primary_language(m.lang), []).append(m)
        for lang in sorted(by_lang):
            others = [m for m in mentions if primary_language(m.lang) != lang]
            yield from self._language(ctx, cfg, lang, by_lang[lang], others)

    def _language(
        self, ctx: CheckContext, cfg: CheckConfig, lang: str, ms: list[Mention], others: list[Mention]
    ) -> Iterator[Finding]:
        glossary_forms = frozenset(f for forms in _glossary_sets(ctx, lang) for f in forms)
        roots = group_inflections((m.text for m in ms), lang, distinct=glossary_forms)
        by_root: dict[str, _Group] = {}
        for m in ms:
            r = roots[m.text]
            by_root.setdefault(r, _Group(r, lang)).mentions.append(m)
        groups = sorted(by_root.values(), key=lambda g: (g.norm, g.root))
        allowed = _glossary_forms(ctx, lang)
        edges = list(self._spelling_edges(cfg, lang, groups))
        edges.extend(self._alias_edges(ctx, lang, groups))
        if cfg.get("truncation", True) and lang not in COMPOUNDING:
            edges.extend(self._truncation_edges(cfg, lang, groups))
        votes = _Votes(others)
        chosen: dict[int, _Edge] = {}
        for a, b, kind, score in edges:
            edge = _orient(groups, a, b, kind, score, allowed, lang, votes)
            if edge is None:
                continue
            best = chosen.get(edge.variant)
            if best is None or _edge_rank(groups, edge) > _edge_rank(groups, best):
                chosen[edge.variant] = edge
        for vi in sorted(chosen):
            yield from self._findings(ctx, groups, chosen[vi])

    def _spelling_edges(
        self, cfg: CheckConfig, lang: str, groups: Sequence[_Group]
    ) -> Iterator[tuple[int, int, str, float]]:
        min_ratio = float(cfg.get("min_ratio", 75))
        min_len = int(cfg.get("min_length", 5))
        # Block on the key's letters in any order, so a transposition (Zelenksy) meets its name.
        blocks: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            if len(g.norm) >= min_len and g.key:
                blocks.setdefault("".join(sorted(g.key)), []).append(i)
        for idx in blocks.values():
            if len(idx) < 2:
                continue
            norms = [groups[i].norm for i in idx]
            scores = process.cdist(norms, norms, scorer=fuzz.ratio, score_cutoff=min_ratio)
            for x in range(len(idx)):
                for y in range(x + 1, len(idx)):
                    s = float(scores[x][y])
                    ga, gb = groups[idx[x]], groups[idx[y]]
                    if s < min_ratio or ga.norm == gb.norm:
                        continue
                    if is_inflection(ga.root, gb.root, lang) or OSA.distance(ga.key, gb.key) > 1:
                        continue
                    kind = "spelling"
                    if vowel_ending_only(ga.root, gb.root) and not same_transliteration(ga.root, gb.root):
                        kind = "ending"
                    yield idx[x], idx[y], kind, s

    def _alias_edges(
        self, ctx: CheckContext, lang: str, groups: Sequence[_Group]
    ) -> Iterator[tuple[int, int, str, float]]:
        """Glossary aliases link names that look nothing alike (exonyms: Iturup/Itorofu)."""
        for forms in _glossary_sets(ctx, lang):
            hit = [i for i, g in enumerate(groups) if _matches(g, forms, lang)]
            for x, a in enumerate(hit):
                for b in hit[x + 1 :]:
                    yield a, b, "alias", float(fuzz.ratio(groups[a].norm, groups[b].norm))

    def _truncation_edges(
        self, cfg: CheckConfig, lang: str, groups: Sequence[_Group]
    ) -> Iterator[tuple[int, int, str, float]]:
        min_short = int(cfg.get("min_truncated_length", 4))
        min_rest = int(cfg.get("min_remainder", 3))
        order = sorted(range(len(groups)), key=lambda i: groups[i].norm)
        norms = [groups[i].norm for i in order]
        suffixes = {name_norm(s) for s in inflection_suffixes(lang, "Latin")}
        for i, g in enumerate(groups):
            short = g.norm
            if len(short) < min_short or not g.confirmed:
                continue
            lo = bisect.bisect_left(norms, short)
            for k in range(lo, len(norms)):
                if not norms[k].startswith(short):
                    break
                j = order[k]
                rest = norms[k][len(short) :]
                if len(rest) < min_rest or rest in suffixes or is_inflection(g.root, groups[j].root, lang):
                    continue
                if groups[j].confirmed:
                    yield i, j, "truncation", round(100.0 * len(short) / len(norms[k]), 1)

    def _findings(self, ctx: CheckContext, groups: Sequence[_Group], e: _Edge) -> Iterator[Finding]:
        var, can = groups[e.variant], groups[e.canonical]
        canon = can.surface
        n = can.count
        variants = "; ".join(f"{g.surface} ×{g.count}" for g in sorted((can, var), key=lambda g: -g.count))
        for m in sorted(var.mentions, key=lambda m: (m.witness, m.start)):
            if e.kind == "truncation" and (not m.standalone or m.dotted):
                continue
            if e.kind == "truncation":
                msg = f"‘{m.text}’ looks like a truncation of ‘{canon}’ ({n} mention{'s' * (n != 1)})"
            else:
                msg = f"‘{m.text}’ looks like a variant of ‘{canon}’ ({n} mention{'s' * (n != 1)})"
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=m.witness,
                segments=(m.segment,) if m.segment else (),
                spans=(ctx.span(m.witness, m.start, m.end),),
                message=msg,
                suggestion=_reinflect(m.text, m.lang, can),
                evidence=(
                    ("kind", e.kind),
                    ("canonical", canon),
                    ("canonical-from", e.source),
                    ("variants", variants),
                    ("similarity", f"{e.score / 100:.2f}"),
                ),
                confidence=0.9 if e.source != "chain" else 0.7,
            )


def _edge_rank(groups: Sequence[_Group], e: _Edge) -> tuple[int, int, float]:
    return (e.source == "glossary", groups[e.canonical].count, e.score)


class _Votes:
    """Mentions in other languages vote for the spelling their transliteration is closer to."""

    def __init__(self, others: Sequence[Mention]) -> None:
        self.by_key: dict[str, list[str]] = {}
        for m in others:
            self.by_key.setdefault(phonetic_key(strip_inflection(m.text, m.lang)), []).append(
                name_norm(strip_inflection(m.text, m.lang))
            )

    def compare(self, a: _Group, b: _Group) -> int:
        """Positive when aligned witnesses in other languages side with ``a``."""
        total = 0
        for key in {a.key, b.key}:
            for n in self.by_key.get(key, ()):
                sa, sb = fuzz.ratio(n, a.norm), fuzz.ratio(n, b.norm)
                total += (sa > sb) - (sb > sa)
        return total


def _orient(
    groups: Sequence[_Group],
    a: int,
    b: int,
    kind: str,
    score: float,
    allowed: frozenset[str],
    lang: str,
    votes: _Votes,
) -> _Edge | None:
    """Which side of a pair is the variant, or None when the evidence does not say."""
    ga, gb = groups[a], groups[b]
    in_a, in_b = _in_glossary(ga, allowed, lang), _in_glossary(gb, allowed, lang)
    if in_a and in_b:
        return None  # both agreed renderings (an exonym and its alias)
    if in_a != in_b:
        return _Edge(b if in_a else a, a if in_a else b, kind, score, "glossary")
    if kind in {"ending", "alias"}:  # only the glossary can tell these apart
        return None
    if kind == "truncation":  # a is the short form
        if ga.count > gb.count:
            return None
        return _Edge(a, b, kind, score, "majority")
    if not (ga.confirmed or gb.confirmed):
        return None
    if ga.count != gb.count:
        lo, hi = (a, b) if ga.count < gb.count else (b, a)
        if groups[hi].confirmed:
            return _Edge(lo, hi, kind, score, "majority")
        return None
    v = votes.compare(ga, gb)
    if v == 0:
        return None
    lo, hi = (b, a) if v > 0 else (a, b)
    return _Edge(lo, hi, kind, score, "chain")


def _in_glossary(g: _Group, allowed: frozenset[str], lang: str) -> bool:
    return bool(allowed) and _matches(g, allowed, lang)


def _matches(g: _Group, forms: frozenset[str], lang: str) -> bool:
    mine = {fold(m.text) for m in g.mentions}
    if mine & forms:
        return True
    return any(is_inflection(f, a, lang) for f in mine for a in forms if a not in mine and f not in forms)


def _glossary_sets(ctx: CheckContext, lang: str) -> list[frozenset[str]]:
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


def _glossary_forms(ctx: CheckContext, lang: str) -> frozenset[str]:
    out: set[str] = set()
    for entry in ctx.glossary:
        if primary_language(entry.source_lang) == lang:
            out.add(fold(entry.source))
        for tl, renderings in entry.allowed.items():
            if primary_language(tl) == lang:
                out.update(fold(r) for r in renderings)
    return frozenset(x for x in out if " " not in x)


def _reinflect(mention: str, lang: str, canonical: _Group) -> str:
    """The canonical name in the mention's inflection: ``Осекину`` → ``Осечкину`` when the
    canonical group has that form, else the canonical group's most frequent form."""
    stem = strip_inflection(mention, lang)
    ending = mention[len(stem) :]
    if ending:
        forms = {m.text for m in canonical.mentions}
        for base in (canonical.root, strip_inflection(canonical.root, lang)):
            if base + ending in forms:
                return base + ending
        base = name_stem(canonical.root, lang)
        if base == canonical.root and base != mention and name_stem(mention, lang) != mention:
            return base + ending  # agglutinated case ending: ওসেককিনকে → ওসেচকিনকে
    return canonical.surface


# --- mentions -------------------------------------------------------------------------------


def collect_mentions(ctx: CheckContext, align_ratio: float = 70.0) -> list[Mention]:
    """Name mentions of every witness: by capitalisation in cased scripts, through alignment
    with a cased witness in the others."""
    out: list[Mention] = []
    cased: dict[str, list[Mention]] = {}
    for w in ctx.chain.witnesses:
        if expected_scripts(w.lang) & _CASED_SCRIPTS:
            ms = cased_mentions(w.text, w.lang, w.id, ctx.segments.get(w.id, ()))
            cased[w.id] = ms
            out.extend(ms)
    for a in ctx.alignments:
        for uncased, other, side in ((a.target, a.source, 1), (a.source, a.target, 0)):
            if uncased in cased or other not in cased:
                continue
            out.extend(_aligned_mentions(ctx, a.beads, uncased, cased[other], side, align_ratio))
    return _dedupe(out)


def _aligned_mentions(
    ctx: CheckContext, beads: Sequence, uncased: str, names: list[Mention], side: int, cutoff: float
) -> Iterator[Mention]:
    w = ctx.chain.witness(uncased)
    by_seg: dict[str, list[Mention]] = {}
    for m in names:
        if m.confirmed:
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
                if is_cased_script(t.text) or token_script(t.text) not in expected_scripts(w.lang):
                    continue  # Latin names inside a Bengali text are handled elsewhere
                stem = strip_inflection(t.text, w.lang)
                toks.append((sid, seg.start + t.start, seg.start + t.end, t.text, name_norm(stem)))
        if not toks:
            continue
        norms = [t[4] for t in toks]
        xkeys = [cross_key(t[4]) for t in toks]
        for m in wanted:
            mk = cross_key(m.text)
            same = [k for k, x in enumerate(xkeys) if len(mk) >= 2 and x == mk]
            if same:  # a consonant skeleton shared inside one bead is strong evidence
                k = max(same, key=lambda k: (fuzz.ratio(m.norm, norms[k]), -k))
            else:
                best = process.extractOne(m.norm, norms, scorer=fuzz.ratio, score_cutoff=cutoff)
                if best is None:
                    continue
                k = best[2]
            sid, s, e, text, _norm = toks[k]
            yield Mention(uncased, w.lang, s, e, text, confirmed=True, segment=sid)


def _dedupe(ms: Iterable[Mention]) -> list[Mention]:
    seen: set[tuple[str, int]] = set()
    out = []
    for m in ms:
        if (m.witness, m.start) not in seen:
            seen.add((m.witness, m.start))
            out.append(m)
    return out
