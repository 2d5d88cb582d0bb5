"""``name-variant``: one name spelled two ways, within a witness or across the chain."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.name_accents import stripped_by_rule
from auditor.core.checks.name_evidence import (
    AGGLUTINATED,
    Contrasts,
    Distinctions,
    NameGroup,
    Votes,
    bead_sides,
    rendered_alike,
)
from auditor.core.checks.name_forms import (
    by_ancestry,
    compound_pair_ok,
    glossary_forms,
    glossary_sets,
    in_glossary,
    matches,
    suggest,
)
from auditor.core.checks.name_mentions import collect_mentions
from auditor.core.checks.name_pairs import (
    derived,
    diacritics_only,
    dj_alike,
    final_h_only,
    later_at_sentence_start,
    letter_form_inside,
    parts_of_other_names,
    pinyin_name,
    place_adjective,
    plain_key,
    syllables_of_two_names,
    tail_only,
)
from auditor.core.checks.name_renderings import rendered_loosely
from auditor.core.checks.name_romanisation import east_asian_chain, romanisation_edges
from auditor.core.checks.name_round_trip import respelt_by_script
from auditor.core.models import Finding, Severity
from auditor.core.namekeys import CYRILLIC_ADJECTIVE_ENDINGS, NO_NAME_CASES, VOWEL_SWAP_IS_SPELLING
from auditor.core.names import (
    Mention,
    group_inflections,
    inflection_suffixes,
    is_cased_script,
    is_inflection,
    name_norm,
    name_stem,
    same_transliteration,
    token_script,
    vowel_ending_only,
    word_tokens,
)
from auditor.core.normalize import fold, primary_language, transliterate
from auditor.core.weekdays import any_language_day

# Languages that write compounds as one word, or particles onto the noun: a name followed by
# more letters is normal there (Konzerthaus; 진주시가 is 진주 + 시 "city" + 가).
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "fi", "is", "hu", "et", "ko", "ja", "zh", "tr"})
# Languages that capitalise every noun: a capital proves nothing there, so a pair is a name
# pair only when one side is also a name in a witness of another language.
NOUN_CAPITALISING = frozenset({"de", "lb"})


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
    flagged. Nor is a place beside its adjective or demonym: forms that share a stem and end
    one in a base ending, the other in a derivational suffix (``Mexico``/``Mexican``,
    ``Европа``/``Европейская``, ``Север``/``Северная``, ``ইন্দোনেশিয়া``/``ইন্দোনেশিয়``), or
    a name beside a word that another cased language writes in lower case where the two align
    (``Catalonia``/``Каталонии`` against ``Catalan``/``каталонских``). Two names written side
    by side in one bead that the other side of the bead also writes as two names (``Puff
    Daddy, P. Diddy`` / ``Пафф Дэдди, Пи Дидди``) are two names, not a slip.

    Groups are blocked by a phonetic key of the transliteration (``oskn`` for
    Osechkin, Osekkin, Осечкин and ওসেচকিন; blocks use the key's letters in any order so a
    transposition such as ``Zelenksy`` meets ``Zelensky``) and compared with rapidfuzz
    ``process.cdist``, so the cost stays near linear. Two groups are variants when their keys
    agree up to one transposition, their similarity reaches ``min_ratio`` and both are at least
    ``min_length`` letters; a spelling known only from sentence-initial capitals (which prove
    nothing: ``Hidden beneath …`` beside ``Heijden``) must reach ``min_ratio_initial``.
    Pairs that differ only in final vowels (``Maria``/``Marie``) are left
    alone unless the glossary decides, except the romanisation pair ``i``/``y``
    (``Sergei``/``Sergey``); different names that merely share a part (``Vladimir
    Putin``/``Vladimir Osechkin``) are not variants. Two names that sound different
    (``Wayne``/``Wayde``) are two people, not a slip, when the witness's ancestors (for the
    source: its translations) spell both as well. Glossary aliases (allowed and forbidden
    renderings of one entry) link exonyms that look nothing alike (``Itorofu``/``Iturup``).
    A truncation is a
    standalone name that is a strict prefix of a longer name (at least ``min_remainder`` more
    letters, not an inflection ending), never followed by an abbreviation's full stop and not
    more frequent than the longer name; it is off for compounding languages such as German.

    The canonical form is the glossary's when one is given, else the one with more support:
    mentions in witnesses of the same language plus votes from aligned witnesses in other
    scripts, whose transliteration is closer to one spelling than the other. On a tie nothing
    is flagged. Spellings in different languages are never flagged against each other
    (``Ossetchkine`` in French is not a misspelling of ``Osechkin``), except a name stripped of
    its source's accents in a language that writes them (``Élisabeth`` → ``Elisabeth`` in
    French; ``auditor.core.checks.name_accents``). A witness in a language that writes no
    accents (English, Indonesian …) that never writes a name's accents is consistent
    (``Aragon`` for ``Aragón``). In a chain with a Korean or Japanese witness, two romanisations
    of one name are variants however short (``Byun``/``Byeon``, ``Ohno``/``Ono``;
    ``auditor.core.checks.name_romanisation``); Hebrew and Arabic names romanised two ways
    (``Al-Anazi``/``Al-Enezi``) are where the parent writes one name behind both. So are two
    transliterations further apart than spelling similarity allows (``Karampetsos``/
    ``Karabetsos``, ``Shumba``/``Xumba``; ``auditor.core.checks.name_renderings``) when an
    aligned witness writes one name behind both, each the closest to it, and they differ
    inside the name, not by an ending, a particle or a compound.

    One finding per variant mention; the span is the mention without possessive clitics; the
    suggestion is the canonical form, re-inflected like the mention; evidence lists the
    variants with counts and the similarity.

    Full names (``auditor.core.checks.name_fullnames``): two runs of three or more capitalised
    parts alike in all but one, whose differing parts look alike (``full_name_ratio``, the same
    first letter), are one name even when that part is short (``Kyaw Zin Htet``/``Htut``,
    ``Park Jung-min``/``Jeong-min``); evidence ``kind`` = ``full-name``.

    Not reported: a spelling that a trip through another script explains, found only in
    witnesses read from a parent in another script that never write the other spelling
    (``Brüggemann`` → ``ব্রুগেমান`` → ``Brugeman``: accents, doubled letters, inner vowels, z/j, v/w,
    q/k; ``auditor.core.checks.name_round_trip``), while a changed consonant (``Osechkin`` →
    ``Osekkin``) still is; half of a hyphenated name that the other spelling never forms with the
    same other half (``Kirovo-Chepetsk`` beside ``Kirov``).

    Params: ``min_ratio`` (75), ``min_ratio_initial`` (80), ``min_length`` (5), ``truncation`` (true),
    ``min_truncated_length`` (4), ``min_remainder`` (3), ``align_ratio`` (70), ``full_name_ratio`` (70).

    Example: “Vladimir Osechkin … Osechkin runs … messages to Osekkin” flags ``Osekkin``
    with the suggestion ``Osechkin``; “US magazine Newsweek … sent them to News on March 17”
    flags ``News``.
    """

    id = "name-variant"
    title = "Name spelled differently"
    severity = Severity.MAJOR
    cost = 10

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        return _joined_parts(ctx, list(self._run(ctx, cfg)))

    def _run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterator[Finding]:
        mentions = collect_mentions(ctx, float(cfg.get("align_ratio", 70)))
        by_lang: dict[str, list[Mention]] = {}
        for m in mentions:
            by_lang.setdefault(primary_language(m.lang), []).append(m)
        seen: set[tuple[str, int]] = set()
        for lang in sorted(by_lang):
            others = [m for m in mentions if primary_language(m.lang) != lang]
            for f in self._language(ctx, cfg, lang, by_lang[lang], others):
                seen.update((s.witness, s.start) for s in f.spans)
                yield f
        from auditor.core.checks.name_fullnames import full_name_variants

        for v in full_name_variants(ctx, mentions, float(cfg.get("full_name_ratio", 70))):
            if any((v.witness, p) in seen for p in range(v.start, v.end)):
                continue
            seen.add((v.witness, v.start))
            seg = next((s.id for s in ctx.segments.get(v.witness, ()) if s.start <= v.start < s.end), "")
            yield Finding(
                check=self.id, severity=self.severity, witness=v.witness,
                segments=(seg,) if seg else (), spans=(ctx.span(v.witness, v.start, v.end),),
                message=f"‘{v.text}’ looks like a variant of ‘{v.canonical}’ ({v.count} mention{'s' * (v.count != 1)})",
                suggestion=v.canonical,
                evidence=(("kind", "full-name"), ("canonical", v.canonical), ("similarity", f"{v.score / 100:.2f}")),
                confidence=0.8,
            )
        from auditor.core.checks.name_accents import accent_losses

        for m, p in accent_losses(ctx, mentions):
            if (m.witness, m.start) in seen:
                continue
            seen.add((m.witness, m.start))
            yield Finding(
                check=self.id, severity=self.severity, witness=m.witness,
                segments=(m.segment,) if m.segment else (), spans=(ctx.span(m.witness, m.start, m.end),),
                message=f"‘{m.text}’ has lost the accents of ‘{p.text}’ in its source ‘{p.witness}’",
                suggestion=p.text, hop=(p.witness, m.witness),
                evidence=(("kind", "accents"), ("canonical", p.text), ("canonical-from", "source")),
                confidence=0.7,
            )

    def _language(
        self, ctx: CheckContext, cfg: CheckConfig, lang: str, ms: list[Mention], others: list[Mention]
    ) -> Iterator[Finding]:
        known = frozenset(f for forms in glossary_sets(ctx, lang) for f in forms)
        roots = group_inflections((m.text for m in ms), lang, distinct=known)
        by_root: dict[str, NameGroup] = {}
        for m in ms:
            r = roots[m.text]
            by_root.setdefault(r, NameGroup(r, lang)).mentions.append(m)
        groups = sorted(by_root.values(), key=lambda g: (g.norm, g.root))
        allowed = glossary_forms(ctx, lang)
        edges = list(self._spelling_edges(cfg, lang, groups))
        if east_asian_chain(ctx):  # Seong/Sung, Ohno/Ono: romanisations, often too short to spell-test
            known_pairs = {(a, b) for a, b, _k, _s in edges}
            edges += [e for e in romanisation_edges(ctx, groups) if (e[0], e[1]) not in known_pairs]
        # A final vowel alone ("ending") is left to the glossary, unless the source shows one
        # name behind both spellings: then the rendering edge replaces it.
        rendered = list(self._rendering_edges(
            ctx, lang, groups, others, {(a, b) for a, b, k, _s in edges if k != "ending"}))
        pairs = {(a, b) for a, b, _k, _s in rendered}
        edges = [e for e in edges if (e[0], e[1]) not in pairs and (e[1], e[0]) not in pairs] + rendered
        edges.extend(self._alias_edges(ctx, lang, groups))
        if cfg.get("truncation", True) and lang not in COMPOUNDING:
            edges.extend(self._truncation_edges(cfg, lang, groups))
        initial = float(cfg.get("min_ratio_initial", 80))
        edges = [e for e in edges if e[2] != "spelling" or e[3] >= initial
                 or (groups[e[0]].confirmed and groups[e[1]].confirmed)]
        if primary_language(lang) not in _SYLLABLE_NAMES and _chinese_chain(ctx):
            # names of a Chinese chain spelt in pinyin are syllable names too (Xiawan, Xiaolan)
            edges = [e for e in edges if e[2] != "spelling" or (e[0], e[1]) in pairs
                     or not (pinyin_name(groups[e[0]].root) and pinyin_name(groups[e[1]].root))
                     or (e[3] >= 90 and not syllables_of_two_names(ctx, groups[e[0]], groups[e[1]]))]
        if primary_language(lang) in _SYLLABLE_NAMES:
            # names built of a few thousand short syllables (Hương, Phòng, Phong): two of them a
            # letter or two apart are mostly two names; only a near-identical pair is a slip
            # (unless the source writes one name behind both: a rendering edge)
            edges = [e for e in edges if e[2] != "spelling" or (e[0], e[1]) in pairs
                     or (e[3] >= 90 and not syllables_of_two_names(ctx, groups[e[0]], groups[e[1]]))]
        # two days of the week are two days (Tuesday / Thursday), not one name misspelt
        # (nor is a day a variant of a name: Monday / Mondal)
        edges = [e for e in edges if not (any_language_day(groups[e[0]].root) or any_language_day(groups[e[1]].root))]
        edges = [e for e in edges if compound_pair_ok(groups[e[0]], groups[e[1]], e[2])
                 and not parts_of_other_names(ctx, groups[e[0]], groups[e[1]])
                 and place_adjective(ctx, groups[e[0]]) == place_adjective(ctx, groups[e[1]])]
        if lang in NOUN_CAPITALISING:
            seen = {name_norm(name_stem(m.text, m.lang)) for m in others}
            edges = [e for e in edges if groups[e[0]].norm in seen or groups[e[1]].norm in seen]
        edges = [e for e in edges if e[2] in ("alias", "truncation") or not respelt_by_script(ctx, groups[e[0]], groups[e[1]])]
        votes = Votes(others)
        kept = Distinctions(ctx, others)
        needed = {m.segment for e in edges for g in e[:2] for m in groups[g].mentions}
        apart = Contrasts(bead_sides(ctx, needed), others)
        edges = [e for e in edges if e[2] == "alias" or not (
            apart.kept_apart(groups[e[0]], groups[e[1]])
            or apart.written_as(ctx, groups[e[0]]) * apart.written_as(ctx, groups[e[1]]) < 0
            or (e[2] != "truncation" and groups[e[0]].key != groups[e[1]].key
                and apart.stands_for_another(ctx, groups[e[0]], groups[e[1]])
                and apart.stands_for_another(ctx, groups[e[1]], groups[e[0]]))
            or (e[2] == "spelling" and groups[e[0]].key != groups[e[1]].key
                and _side_by_side(groups[e[0]], groups[e[1]]))
            or (e[2] == "spelling" and apart.renamed(ctx, groups[e[0]], groups[e[1]])))]
        # Orientation is decided per witness where both spellings occur (its own majority:
        # en may say Shcherbakov ×3 / Sherbakov ×1 while a back-translation says Sherbakov
        # throughout), and chain-wide otherwise.
        chosen: dict[tuple[int, str], _Edge] = {}
        min_ratio = float(cfg.get("min_ratio", 75))
        for a, b, kind, score in edges:
            # two spellings as common as each other, each in its own witnesses, one the other's
            # ancestor: the later one drifted (a back-translation's Golamreza for the English
            # Gholamreza), whatever the scripts between them suggest
            pair = (by_ancestry(ctx, groups, a, b) if kind == "spelling" and groups[a].count == groups[b].count
                    and not in_glossary(groups[a], allowed, lang) and not in_glossary(groups[b], allowed, lang)
                    else None)
            glob = (_Edge(pair[0], pair[1], kind, score, "chain") if pair
                    else _orient(groups, a, b, kind, score, allowed, lang, votes))
            if glob is None and kind == "spelling":
                pair = by_ancestry(ctx, groups, a, b)
                glob = _Edge(pair[0], pair[1], kind, score, "chain") if pair else None
            for wid in sorted({m.witness for m in groups[a].mentions + groups[b].mentions}):
                ca, cb = groups[a].count_in(wid), groups[b].count_in(wid)
                edge = glob
                if ca and cb:
                    edge = _orient(groups, a, b, kind, score, allowed, lang, votes, counts=(ca, cb), witness=wid)
                if edge is None or not groups[edge.variant].count_in(wid):
                    continue
                if not (ca and cb) and edge.source != "glossary" and final_h_only(groups[a].root, groups[b].root):
                    continue  # Khaimah / Khaima, one way each witness: a romanisation of a final ة, kept
                if (edge.kind == "diacritics" and not groups[edge.canonical].count_in(wid)
                        and stripped_by_rule(lang, groups[edge.variant].root, groups[edge.canonical].root)):
                    continue  # English drops accents by rule: a witness that never writes them is consistent
                if edge.source != "glossary" and edge.kind != "diacritics" and (
                        kept.both(groups[a], groups[b], wid, loose=kind != "truncation") if groups[a].key != groups[b].key
                        # sounding alike, they are two names only where a neighbour spells them far apart
                        # (in a script without capitals, where a common word can pass for a name)
                        else kind == "spelling" and not is_cased_script(groups[a].root)
                        and kept.both(groups[a], groups[b], wid, apart_below=min_ratio)):
                    continue
                best = chosen.get((edge.variant, wid))
                if best is None or _edge_rank(groups, edge) > _edge_rank(groups, best):
                    chosen[(edge.variant, wid)] = edge
        lower: dict[str, dict[str, list[str]]] = {}
        for vi, wid in sorted(chosen):
            edge = chosen[(vi, wid)]
            if edge.source != "glossary" and edge.kind == "spelling" and _written_lower(ctx, groups[vi], wid, lower):
                continue  # a common word capitalised in a title: Investigacións Mariñas, bióloga mariña
            yield from self._findings(ctx, groups, edge, wid)

    def _spelling_edges(
        self, cfg: CheckConfig, lang: str, groups: Sequence[NameGroup]
    ) -> Iterator[tuple[int, int, str, float]]:
        min_ratio = float(cfg.get("min_ratio", 75))
        min_len = int(cfg.get("min_length", 5))
        # Blocking keys, so clustering stays near linear: the key's letters in any order (a
        # transposition, Zelenksy, meets its name), the first two letters (a dropped or added
        # consonant changes the key: Sherbakov/Shcherbakov) and the last three.
        blocks: dict[str, list[int]] = {}
        # Short names too: an accent gained or lost (Hung/Hùng) is no coincidence of short words.
        same_letters: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            if 3 <= len(g.norm) < min_len:
                same_letters.setdefault(g.norm, []).append(i)
        for idx in same_letters.values():
            for x, i in enumerate(idx):
                for j in idx[x + 1:]:
                    if (token_script(groups[i].root) == token_script(groups[j].root)
                            and diacritics_only(name_stem(groups[i].root, lang), name_stem(groups[j].root, lang))
                            and not _two_syllables(lang, groups[i].root, groups[j].root)):
                        yield i, j, "diacritics", 100.0
        for i, g in enumerate(groups):
            # Cyrillic: the length test reads the written form, a case-stripped stem (Горбец → горб)
            # is short; an abugida's written length counts vowel signs, so its stem is the measure
            written = len(name_norm(g.root)) if token_script(g.root) == "Cyrillic" else 0
            if max(len(g.norm), written) >= min_len and g.key:
                for k in ("k" + "".join(sorted(g.key)), "p" + g.norm[:2], "s" + g.norm[-3:],
                          "a" + "".join(sorted(plain_key(g)))):
                    blocks.setdefault(k, []).append(i)
        done: set[tuple[int, int]] = set()
        for idx in blocks.values():
            if len(idx) < 2:
                continue
            norms = [groups[i].norm for i in idx]
            scores = process.cdist(norms, norms, scorer=fuzz.ratio, score_cutoff=min_ratio)
            # Also in the names' own script: one Cyrillic letter (Кордич/Кордиц) can be two
            # Latin ones (kordich/kordits), which the transliterated ratio counts twice.
            natives = [fold(groups[i].root) for i in idx]
            scores = np.maximum(scores, process.cdist(natives, natives, scorer=fuzz.ratio, score_cutoff=min_ratio))
            for x, y in zip(*(scores >= min_ratio).nonzero()):
                if x >= y or (idx[x], idx[y]) in done:
                    continue
                done.add((idx[x], idx[y]))
                s = float(scores[x][y])
                ga, gb = groups[idx[x]], groups[idx[y]]
                if token_script(ga.root) != token_script(gb.root):
                    continue  # Baltic Bulk Lines kept in Latin beside Балтике: two ways of writing, not a slip
                if ga.norm == gb.norm:
                    if _two_syllables(lang, ga.root, gb.root):
                        continue
                    if diacritics_only(name_stem(ga.root, lang), name_stem(gb.root, lang)):
                        yield idx[x], idx[y], "diacritics", s
                    elif _soft_sign_only(fold(ga.root), fold(gb.root)):
                        yield idx[x], idx[y], "spelling", s  # Розенталь / Розентал: grouping kept them apart
                    continue
                if dj_alike(ga, gb):  # Đorđević/Djordjevic: the ASCII spelling of đ
                    yield idx[x], idx[y], "diacritics", s
                    continue
                if is_inflection(ga.root, gb.root, lang) or (
                        OSA.distance(ga.key, gb.key) > 1 and OSA.distance(plain_key(ga), plain_key(gb)) > 1):
                    continue
                if derived(ga, gb, lang):  # Mexico/Mexican: a name and its adjective or demonym
                    continue
                short, long_ = sorted((ga.norm, gb.norm), key=len)
                if long_.startswith(short) and len(long_) - len(short) >= 3:
                    continue  # an extension (Konzert/Konzerthaus) is a truncation question, not spelling
                if token_script(ga.root) == "Hangul" and _one_syllable_more(ga.root, gb.root):
                    continue  # 안동 / 안동포 (Andong hemp cloth): a Hangul letter is a syllable, a compound
                if len(short) <= 6 and len(long_) - len(short) >= 3 and OSA.distance(short, long_) >= 3:
                    continue  # a short name three edits from a longer one is another word (Maria / Mouraria)
                if len(short) <= 4 and fuzz.ratio(fold(ga.root), fold(gb.root)) < min_ratio:
                    continue  # a stem cut short by an "ending" (Андрей → андр) is no likeness of Анадырь
                kind = "spelling"
                if vowel_ending_only(ga.root, gb.root) and not same_transliteration(ga.root, gb.root) and not (
                        primary_language(lang) in NO_NAME_CASES and _vowel_dropped_before_end(ga.root, gb.root)):
                    kind = "ending"
                elif primary_language(lang) not in NO_NAME_CASES and tail_only(ga.root, gb.root):
                    kind = "ending"  # Prokurator / Prokuratura: word formation where words decline
                if kind == "ending" and letter_form_inside(ga.root, gb.root):
                    kind = "diacritics"  # Ганчева / Ґанчев: an ending, and a letter written two ways
                yield idx[x], idx[y], kind, s

    def _rendering_edges(
        self, ctx: CheckContext, lang: str, groups: Sequence[NameGroup], others: Sequence[Mention],
        seen: set[tuple[int, int]],
    ) -> Iterator[tuple[int, int, str, float]]:
        """Spellings too short for similarity alone (Tori/Tari, আলম/আলাম), or too far apart for
        it (Karampetsos/Karabetsos: ``name_renderings``), that one witness uses for the same
        name of an aligned witness in another language."""
        alike = rendered_alike(ctx, groups, others)
        known = set(alike)
        loose = {p for p in rendered_loosely(ctx, groups, others) if p not in known}
        for a, b in alike + sorted(loose):
            if (a, b) in seen or (b, a) in seen or derived(groups[a], groups[b], lang):
                continue
            if primary_language(lang) in _SYLLABLE_NAMES and _unmarked(groups[a].root) == _unmarked(groups[b].root):
                continue  # Văn and Vân: two syllables that a text without the marks writes alike
            if (a, b) in loose and (is_inflection(groups[a].root, groups[b].root, lang) or any(
                    all(_kept_from_parent(ctx, m) for m in groups[g].mentions) for g in (a, b))):
                continue  # (Western Balkans Investment Framework, kept in English beside Balcani)
            kind = "spelling"
            ra, rb = groups[a].root, groups[b].root
            swapped = len(ra) == len(rb) and primary_language(lang) in VOWEL_SWAP_IS_SPELLING
            if (vowel_ending_only(ra, rb) and not same_transliteration(ra, rb)
                    and primary_language(lang) not in NO_NAME_CASES and not swapped):
                kind = "ending"  # in a language with case endings, grammar; else one source name spelt two ways
            yield a, b, kind, float(fuzz.ratio(groups[a].norm, groups[b].norm))

    def _alias_edges(
        self, ctx: CheckContext, lang: str, groups: Sequence[NameGroup]
    ) -> Iterator[tuple[int, int, str, float]]:
        """Glossary aliases link names that look nothing alike (exonyms: Iturup/Itorofu)."""
        for forms in glossary_sets(ctx, lang):
            hit = [i for i, g in enumerate(groups) if matches(g, forms, lang)]
            for x, a in enumerate(hit):
                for b in hit[x + 1 :]:
                    yield a, b, "alias", float(fuzz.ratio(groups[a].norm, groups[b].norm))

    def _truncation_edges(
        self, cfg: CheckConfig, lang: str, groups: Sequence[NameGroup]
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
            if token_script(g.root) == "Cyrillic" and g.root.lower().endswith(CYRILLIC_ADJECTIVE_ENDINGS):
                continue  # Центральной (Central): an adjective, not a name cut short (Центральноазиатский)
            lo = bisect.bisect_left(norms, short)
            for k in range(lo, len(norms)):
                if not norms[k].startswith(short):
                    break
                j = order[k]
                rest = norms[k][len(short) :]
                if len(rest) < min_rest or rest in suffixes or is_inflection(g.root, groups[j].root, lang):
                    continue
                if rest in _LAND:  # Thai/Thailand, Kazakh/Kazakhstan, Deutsch/Deutschland: people and country
                    continue
                if derived(g, groups[j], lang):  # Север/Северная: a name and its adjective
                    continue
                if any(ch in g.root for ch in "'’ʼ") and not any(ch in groups[j].root for ch in "'’ʼ"):
                    continue  # Ji’an/Jiangxi: the apostrophe parts two syllables the longer name joins
                if groups[j].confirmed:
                    yield i, j, "truncation", round(100.0 * len(short) / len(norms[k]), 1)

    def _findings(self, ctx: CheckContext, groups: Sequence[NameGroup], e: _Edge, wid: str) -> Iterator[Finding]:
        var, can = groups[e.variant], groups[e.canonical]
        canon = can.surface
        n = can.count
        variants = "; ".join(f"{g.surface} ×{g.count}" for g in sorted((can, var), key=lambda g: -g.count))
        for m in sorted((m for m in var.mentions if m.witness == wid), key=lambda m: m.start):
            if e.kind == "truncation" and (not m.standalone or m.dotted or _parent_compound_part(ctx, m, can.norm)):
                continue
            if _kept_from_parent(ctx, m):
                continue  # Stadtsparkasse München beside Munich: an institution's name, kept as it is
            if e.kind != "truncation" and _own_hyphenated_name(ctx, m, can):
                continue  # Kirovo-Chepetsk is a town of its own beside Kirov
            if e.kind == "truncation":
                msg = f"‘{m.text}’ looks like a truncation of ‘{canon}’ ({n} mention{'s' * (n != 1)})"
            else:
                msg = f"‘{m.text}’ looks like a variant of ‘{canon}’ ({n} mention{'s' * (n != 1)})"
            end, extra = m.end, cast(tuple[tuple[str, str], ...], ())
            if token_script(m.text) in AGGLUTINATED:  # ওসেককিনকে: the name is ওসেককিন, কে is a case ending
                stem = name_stem(m.text, m.lang)
                if stem != m.text and m.text.startswith(stem):
                    end, extra = m.start + len(stem), (("suffix", m.text[len(stem) :]),)
            yield Finding(
                check=self.id,
                severity=self.severity,
                witness=m.witness,
                segments=(m.segment,) if m.segment else (),
                spans=(ctx.span(m.witness, m.start, end),),
                message=msg,
                suggestion=suggest(m.text, m.lang, can, extra[0][1] if extra else ""),
                evidence=(
                    ("kind", e.kind),
                    ("canonical", canon),
                    ("canonical-from", e.source),
                    ("variants", variants),
                    ("similarity", f"{e.score / 100:.2f}"),
                    *extra,
                ),
                confidence={"glossary": 0.95, "majority": 0.9, "chain": 0.7}.get(e.source, 0.5),
            )



def _joined_parts(ctx: CheckContext, found: list[Finding]) -> list[Finding]:
    """Two spelling findings on neighbouring words of one name (``إلين تريفوز`` for ``إيلين
    تريفوس``: given name and surname both respelt) are one respelt name: one finding over both."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.witness, f.spans[0].start if f.spans else -1)):
        prev = out[-1] if out else None
        if (prev is not None and prev.witness == f.witness and len(prev.spans) == len(f.spans) == 1
                and prev.evidence_value("kind") == f.evidence_value("kind") == "spelling"
                and 0 < f.spans[0].start - prev.spans[0].end <= 1
                and ctx.text(f.witness)[prev.spans[0].end : f.spans[0].start].isspace()):
            a, b = prev.spans[0], f.spans[0]
            suggestion = f"{prev.suggestion} {f.suggestion}" if prev.suggestion and f.suggestion else ""
            out[-1] = replace(prev, spans=(ctx.span(f.witness, a.start, b.end),),
                              segments=tuple(dict.fromkeys(prev.segments + f.segments)),
                              message=f"{prev.message}; {f.message}", suggestion=suggestion)
            continue
        out.append(f)
    return out


def _kept_from_parent(ctx: CheckContext, m: Mention) -> bool:
    """Is the mention, and the capitalised word before or after it, written exactly so in the
    segments its segment is aligned with in the parent: a multi-word name kept in its language?"""
    if not m.segment:
        return False
    seg = ctx.segment(m.segment)
    words = list(word_tokens(seg.text))
    k = next((i for i, t in enumerate(words) if seg.start + t.start == m.start), None)
    if k is None:
        return False
    near = [words[i].text for i in (k - 1, k + 1) if 0 <= i < len(words) and words[i].text[:1].isupper()]
    if k >= 2 and words[k - 2].text[:1].isupper() and words[k - 1].text in _NAME_CONNECTORS:
        near.append(f"{words[k - 2].text} {words[k - 1].text}")  # Festas de Lisboa, kept beside Lisbon
    if not near:
        return False  # a name alone: nothing to have kept it with
    for a in ctx.alignments:
        if a.target != m.witness:
            continue
        for b in a.beads:
            if m.segment in b.target and b.source:
                parent = " ".join(ctx.segment(sid).text for sid in b.source)
                # whole words: "Lena Hartman" is not kept from "Lena Hartmann"; a parent in another
                # script is read transliterated (Воде Војводине, kept as Vode Vojvodine)
                if token_script(m.text) != token_script(parent.strip()[:40] or m.text):
                    parent, near = transliterate(parent), [fold(w) for w in near]
                    text = fold(m.text)
                else:
                    text = m.text
                return any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", parent)
                           for w in near for phrase in (f"{w} {text}", f"{text} {w}"))
    return False


def _own_hyphenated_name(ctx: CheckContext, m: Mention, canonical: NameGroup) -> bool:
    """Is the mention one half of a hyphenated name that the canonical spelling never forms
    with the same other half? ``Kirovo-Chepetsk`` is a town beside ``Kirov``; ``Al-Zahrany``
    beside ``Al-Zahrani`` and ``Horvat-Kelemen`` beside ``Horváth-Kelemen`` are one name."""
    text = ctx.text(m.witness)
    if not _part_of_hyphenated_name(text, m.start, m.end):
        return False
    joined = _HYPHENATED.match(text, m.start)
    head = re.search(r"[^\s.,;:!?()\"“”«»'’]*\Z", text[max(0, m.start - 60) : m.start])
    whole = fold((head.group() if head else "") + (joined.group() if joined else ""))
    mine = fold(m.text)
    texts = [_folded_text(w.text) for w in ctx.chain.witnesses]
    return not any(whole.replace(mine, fold(c.text), 1) in t for c in canonical.mentions for t in texts)


@lru_cache(maxsize=32)  # asked for every hyphenated mention; a text's hash is kept by the str
def _folded_text(text: str) -> str:
    return fold(text)


_HYPHENATED = re.compile(r"[^\s.,;:!?()\"“”«»'’]*")  # (word characters miss the vowel signs of কিরোভো)


def _part_of_hyphenated_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one half of a hyphenated name (``Kirovo-Chepetsk``,
    ``Hammer-Purgstall``): a capitalised word joined to it by a hyphen?"""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "-\u2010" and _capital(after[1])) or (
        len(before) == 2 and before[1] in "-\u2010" and before[0].isalpha() and _word_before_is_capitalised(text, start - 1))


def _word_before_is_capitalised(text: str, hyphen: int) -> bool:
    k = hyphen
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return _capital(text[k : k + 1])


def _capital(ch: str) -> bool:
    """A capital, or a letter of a script without case (কিরোভো-চেপেৎস্ক)."""
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _parent_compound_part(ctx: CheckContext, m: Mention, longer: str) -> bool:
    """Is the mention the first part of another compound in the segments its segment is
    aligned with in a compounding parent (the ``Weser bridge`` of ``Weserbrücke``, beside
    ``Weserbergland``)? Then the translation took the compound apart; nothing was cut short."""
    if not m.segment:
        return False
    head = fold(m.text)
    for a in ctx.alignments:
        if a.target != m.witness or primary_language(ctx.chain.witness(a.source).lang) not in COMPOUNDING:
            continue
        for b in a.beads:
            if m.segment in b.target:
                words = (fold(t.text) for sid in b.source for t in word_tokens(ctx.segment(sid).text))
                return any(w.startswith(head) and len(w) >= len(head) + 3 and not w.startswith(longer[: len(head) + 3])
                           for w in words)
    return False


_NAME_CONNECTORS = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "von", "van",
                              "por", "para", "per", "pour", "pela", "pelo", "für"})
_SYLLABLE_NAMES = frozenset({"vi"})


def _two_syllables(lang: str, a: str, b: str) -> bool:
    """In Vietnamese, two names that both carry marks, different ones, are two syllables (Văn,
    Vân): its marks are letters and tones. One with none (Hung beside Hùng) lost them."""
    if primary_language(lang) not in _SYLLABLE_NAMES or fold(a) == fold(b):
        return False
    return _unmarked(a) != fold(a).replace("đ", "d") and _unmarked(b) != fold(b).replace("đ", "d")


def _unmarked(text: str) -> str:
    """``text`` case-folded without its diacritics, đ read as d."""
    return "".join(ch for ch in unicodedata.normalize("NFD", fold(text).replace("đ", "d")) if not unicodedata.combining(ch))


def _chinese_chain(ctx: CheckContext) -> bool:
    return any(primary_language(w.lang) == "zh" for w in ctx.chain.witnesses)
_LAND = frozenset({"land", "lands", "stan", "istan"})


def _written_lower(ctx: CheckContext, g: NameGroup, wid: str, cache: dict[str, dict[str, list[str]]]) -> bool:
    """Does witness ``wid`` also write this capitalised group, or an inflection of it, in lower
    case inside a sentence? Then it is a common word (an adjective in an institute's name)."""
    if not is_cased_script(g.root):
        return False
    if wid not in cache:
        by_head: dict[str, list[str]] = {}
        # distinct words: a long witness repeats its words
        for w in dict.fromkeys(t.text for t in word_tokens(ctx.chain.witness(wid).text)):
            if w[:1].islower() and len(w) >= 4:
                by_head.setdefault(fold(w[:3]), []).append(w)
        cache[wid] = by_head
    forms = {m.text for m in g.mentions if m.witness == wid}
    return any(w.lower() == f.lower() or is_inflection(w, f.lower(), g.lang)
               for f in forms for w in cache[wid].get(fold(f[:3]), ()))


def _vowel_dropped_before_end(a: str, b: str) -> bool:
    """Do two forms ending in the same letter differ by one vowel inside their final vowels
    (Baranyai/Baranyi, Valdivia/Valdiva)? Where names take no endings that is spelling, not
    another name (Maria/Marie end differently); a Romance stressed -ía is word formation
    (Minera/Minería), an unstressed -ia is not."""
    if fold(b).endswith("ía") or fold(a).endswith("ía"):
        return False
    a, b = name_norm(a), name_norm(b)
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and short[-1] == long_[-1] and OSA.distance(short, long_) == 1


def _one_syllable_more(a: str, b: str) -> bool:
    """Is one Hangul form the other with one syllable more at its end?"""
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short)


def _soft_sign_only(a: str, b: str) -> bool:
    """One ends in a soft sign the other lacks (the transliteration drops it)."""
    short, long_ = sorted((a, b), key=len)
    return long_ == short + "ь"


def _side_by_side(a: NameGroup, b: NameGroup) -> bool:
    """Both spellings, confirmed, in one sentence: two places or people named together (the
    Tainan campus of the Southern Taiwan Science Park), not one name slipping, which a writer
    does between sentences, not inside one."""
    sa = {m.segment for m in a.mentions if m.confirmed}
    return any(m.confirmed and m.segment in sa for m in b.mentions)


def _edge_rank(groups: Sequence[NameGroup], e: _Edge) -> tuple[int, int, float]:
    return (e.source == "glossary", groups[e.canonical].count, e.score)


def _orient(
    groups: Sequence[NameGroup],
    a: int,
    b: int,
    kind: str,
    score: float,
    allowed: frozenset[str],
    lang: str,
    votes: Votes,
    counts: tuple[int, int] | None = None,
    witness: str | None = None,
) -> _Edge | None:
    """Which side of a pair is the variant, or None when the evidence does not say.
    ``counts`` replaces the groups' chain-wide mention counts with one ``witness``'s counts;
    there, a tie that no other witness breaks goes to the spelling used first."""
    ga, gb = groups[a], groups[b]
    na, nb = counts if counts is not None else (ga.count, gb.count)
    in_a, in_b = in_glossary(ga, allowed, lang), in_glossary(gb, allowed, lang)
    if in_a and in_b:
        return None  # both agreed renderings (an exonym and its alias)
    if in_a != in_b:
        return _Edge(b if in_a else a, a if in_a else b, kind, score, "glossary")
    if kind in {"ending", "alias"}:  # only the glossary can tell these apart
        return None
    if kind == "truncation":  # a is the short form
        if na > nb:
            return None
        return _Edge(a, b, kind, score, "majority")
    if not (ga.confirmed or gb.confirmed):
        return None
    # Accents: the spelling other witnesses in this script use decides, unless the witness
    # has its own habit (an English text that writes Hung twice and Hùng once drops accents).
    if kind == "diacritics" and not (counts is not None and na != nb):
        w = votes.compare_written(ga, gb)
        if w:
            lo, hi = (b, a) if w > 0 else (a, b)
            return _Edge(lo, hi, kind, score, "chain")
    if na != nb:
        lo, hi = (a, b) if na < nb else (b, a)
        if groups[hi].confirmed:
            return _Edge(lo, hi, kind, score, "majority")
        return None
    if counts is not None and ga.count != gb.count and (ga.confirmed and gb.confirmed):
        # a tie inside one witness that the other texts in its language break (a back-translation
        # writes Mavridis, then Mafridis; the English it comes back to says Mavridis twice)
        lo, hi = (a, b) if ga.count < gb.count else (b, a)
        return _Edge(lo, hi, kind, score, "majority")
    v = votes.compare(ga, gb)
    if v == 0:
        if witness is None or not (ga.confirmed or gb.confirmed):
            return None
        if not (ga.confirmed and gb.confirmed) and not later_at_sentence_start(ga, gb, witness):
            return None
        if ga.norm.startswith(gb.norm) or gb.norm.startswith(ga.norm):
            return None  # Tokai/Tokaido: one may be part of a longer name, not a misspelling
        # a tie inside one witness: the name as first introduced is the reference
        fa = min(m.start for m in ga.mentions if m.witness == witness)
        fb = min(m.start for m in gb.mentions if m.witness == witness)
        lo, hi = (a, b) if fa > fb else (b, a)
        return _Edge(lo, hi, kind, score, "first")
    lo, hi = (b, a) if v > 0 else (a, b)
    return _Edge(lo, hi, kind, score, "chain")
