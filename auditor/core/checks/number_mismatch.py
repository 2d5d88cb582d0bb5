"""``number-mismatch``: numbers, dates and amounts that differ across a bead."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from auditor.core.calendars import seen_from
from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.bracket_insertion import editorial_boxes
from auditor.core.checks.retold_numbers import cancel_anywhere, found_anywhere
from auditor.core.models import Alignment, Bead, Finding, Severity, Span
from auditor.core.names import word_tokens
from auditor.core.normalize import fold, primary_language
from auditor.core.number_match import dual_excused, spelled_within, unmatched
from auditor.core.number_spelling import ROMAN, roman_value
from auditor.core.number_words import LONG_SCALES, PREFIX_SCALES, SCALES, WORDS
from auditor.core.numbers import Quantity, extract_quantities, is_designation


def bead_quantities(ctx: CheckContext, seg_ids: Sequence[str], lang: str) -> list[tuple[str, Quantity]]:
    """Quantities of the bead side's segments, offsets made absolute in the witness text."""
    out: list[tuple[str, Quantity]] = []
    for sid in seg_ids:
        seg = ctx.segment(sid)
        out.extend((sid, q) for q in _absolute(seg.text, seg.start, lang))
    return out


@lru_cache(maxsize=65536)  # several checks read the same segments' numbers
def _absolute(text: str, start: int, lang: str) -> tuple[Quantity, ...]:
    from auditor.core.checks.markup_mismatch import markup_spans

    markup = markup_spans(text)  # the digits of {0}, %1$s or a URL are no amounts
    return tuple(q.shifted(start) for q in extract_quantities(text, lang)
                 if not any(s <= q.start and q.end <= e for s, e in markup))


class NumberMismatch(Check):
    """Numbers, dates, percentages or amounts differ between a segment and its translation.

    Compares every bead that has text on both sides. Digits of every script are read alike
    (Latin, Bengali ০-৯, Devanagari ०-९, Arabic-Indic ٠-٩, full-width); decimal and thousands
    separators are read per language (``1,500.5`` = ``1.500,5`` = ``1 500,5``); scale words
    of some twenty languages multiply (``2 million`` = ``২০ লাখ`` = ``200万`` = ``200만`` =
    ``2 مليون`` = ``2 ล้าน``); dates match across forms (``17 March``, ``March 17``,
    ``১৭ মার্চ``, ``17 марта``, ``17 Μαρτίου``, ``3月17日``, ``3월 17일``). English number words up to twenty
    (and the commonest ones in Bengali, Russian, German, French) may stand for a digit on the
    other side but are never reported themselves, because ``one`` is as often a pronoun; nor
    are month names without a day. So are Bengali tens and hundreds in words (``একশত`` = 100),
    scale words standing alone (``свыше тысячи`` = over 1,000) and an English article before a
    unit (``a mile`` = ``১ মাইল``). Roman numerals are not numbers here; ordinal words
    (``the first line`` = ``1号线``) may stand for a digit, never for a date's day. One number
    word from three to nine on each side of an otherwise matched bead, standing alone and
    differing, is reported (``nine-year`` against ``সাত বছরের``), unless the other side spells
    it inside a longer word (``fourballs``). Years and dates of other calendars count in their
    Gregorian values (``พ.ศ. 2567`` = 2024, ``令和6年``, ``۱۵ مهر ۱۴۰۳`` = 6 October 2024). Days
    of the week are read in 27 languages; one on each side that differs is a changed
    day (``Tuesday`` → ``mercredi``), one left out is not reported.

    Amounts in imperial or metric units may be converted: a number on the other side within
    rounding (10 %) of the conversion matches (``550 pound`` = ``250 килограмм``, ``80 degrees``
    = ``27 градусов``, ``1 to 4 inches`` = ``2,5 до 10 см``), and a value the source gives in
    parentheses (``45 miles (72 kilometers)``) is the same amount: keeping either is enough.
    Bengali clock forms are read: ``সোয়া ১০টা`` (10:15), ``৪ টা ৪০ মিনিট``, ``১৯ঃ৩০`` (a
    visarga typed for the colon). Space-separated digit groups after another number are a
    phone number, not thousands (``0800 555 111``).

    One finding per bead, in the target witness, with spans on the unmatched numbers of both
    sides. Evidence: the values only in the source and only in the target.

    Not reported: numbers inside square brackets in a translation whose source has none (an
    editor's conversion, ``[2.4-mile]``: ``bracket-insertion`` reports the brackets), clock
    times (``18.30 Uhr`` = ``6.30 pm``), a number missing in one bead but present in the
    next one (an alignment slip, when ``neighbours`` is on), and a whole number from 2 to 1000
    in digits facing nothing, where the other side's language is one whose number words the
    tool does not read (Kurmanji ``çil`` = 40): it may be spelled out there, as may a number of
    the magnitude of a scale word written there (Sindhi ``ساڍا چار ارب``, four and a half
    billion, for ``Rs 4.5 billion``); nor the year of a
    date that both sides give (``20 February 2025`` → ``February 20``); nor a minute of a match's
    second half counted from its start on one side and from kick-off on the other (``a los 22
    minutos`` of the second half, ``in the 67th minute``: 45 apart, minutes named).

    A sentence the translation moved elsewhere (paired by ``omission``'s moved-sentence test,
    ``auditor.core.checks.moved_segments``) is compared with its translation there too; a number
    replaced by another in it is reported (evidence ``moved-from``: the source segments), unless
    every number of the pair differs and fewer than three anchors hold it: two sentences on one
    subject (a 64-hectare site; 2.3 hectares of it polluted) more likely than one.

    In a hop whose target is a retelling, a number only one bead lacks and only another has
    extra is one number moved with its sentence, however far, and a number (or a date) the
    other side has anywhere in the hop is no changed one: a retelling repeats and regroups
    (with ``neighbours`` on; what is left exists nowhere on the other side). A retelling's bead
    that only lacks numbers, with none of its own in their place, is not reported: a retelling
    cuts detail, and a cut clause is ``omission``'s to judge.

    Params: ``skip_brackets`` (true), ``neighbours`` (true), ``moved`` (true).
    """

    id = "number-mismatch"
    title = "Numbers differ"
    severity = Severity.MAJOR
    cost = 11

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        from auditor.core.checks.moved_segments import moved_pairs

        skip = bool(cfg.get("skip_brackets", True))
        for a in ctx.alignments:
            retold = a.target in ctx.retold
            for bead, miss, extra in hop_unmatched(ctx, a, skip_brackets=skip, neighbours=bool(cfg.get("neighbours", True))):
                if extra or (miss and not retold):
                    yield self._finding(a, bead, miss, extra)
            if not cfg.get("moved", True):
                continue
            src_lang, tgt_lang = ctx.chain.witness(a.source).lang, ctx.chain.witness(a.target).lang
            # (omission's defaults: the same pairs it reports as moved)
            for m in moved_pairs(ctx, a, z=2.0, min_letters=12, min_beads=8):
                if not m.anchors:
                    continue  # paired on length alone: too weak to compare numbers across
                pair = Bead(m.source_bead.source, m.target_bead.target, m.target_bead.score)
                miss, extra = _bead_unmatched(ctx, pair, src_lang, tgt_lang, skip)
                if retold:  # as for any bead of a retelling: what the other side has near is no change
                    found_anywhere(ctx, a, [(pair, miss, extra)], _absolute)
                # a number replaced in a moved sentence (one missing may be in the next); where
                # every number differs, a pair held by two anchors is more likely two sentences
                # on one subject (a 64-hectare site, 2.3 hectares of it polluted) than one
                if miss and extra and (m.anchors >= 3 or len(bead_quantities(ctx, pair.source, src_lang)) > len(miss)):
                    f = self._finding(a, pair, miss, extra)
                    yield replace(f, evidence=(*f.evidence, ("moved-from", " ".join(pair.source))))

    def _finding(self, a: Alignment, bead: Bead, miss: list[Quantity], extra: list[Quantity]) -> Finding:
        spans = [Span(a.target, q.start, q.end, q.text) for q in extra]
        spans += [Span(a.source, q.start, q.end, q.text) for q in miss]
        only_src = ", ".join(q.label() for q in miss) or "—"
        only_tgt = ", ".join(q.label() for q in extra) or "—"
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=a.target,
            segments=tuple(bead.target),
            spans=tuple(spans),
            message=f"Numbers differ from the source ({a.source} → {a.target}): "
            f"source has {only_src}; translation has {only_tgt}",
            hop=(a.source, a.target),
            evidence=(("source-only", only_src), ("target-only", only_tgt)),
        )


def hop_unmatched(
    ctx: CheckContext, a: Alignment, *, skip_brackets: bool = True, neighbours: bool = True
) -> list[tuple[Bead, list[Quantity], list[Quantity]]]:
    """Per bead with text on both sides: the quantities only its source has and those only its
    target has, after the exclusions ``NumberMismatch`` documents. Shared with ``omission``
    and ``addition``, which look for clauses anchored by such numbers; remembered for the
    last few hops (three checks ask for the same hop in one run). Do not modify the result."""
    key = (id(ctx), id(a), skip_brackets, neighbours)
    hit = _HOP_CACHE.get(key)
    if hit is not None and hit[0]() is ctx and hit[1]() is a:
        return hit[2]
    rows = _hop_unmatched(ctx, a, skip_brackets, neighbours)
    if len(_HOP_CACHE) > 8:
        _HOP_CACHE.clear()
    _HOP_CACHE[key] = (weakref.ref(ctx), weakref.ref(a), rows)  # weak: a finished audit is not kept alive
    return rows


_HOP_CACHE: dict[tuple[int, int, bool, bool], tuple[weakref.ref, weakref.ref, list]] = {}  # type: ignore[type-arg]


def _hop_unmatched(
    ctx: CheckContext, a: Alignment, skip_brackets: bool, neighbours: bool
) -> list[tuple[Bead, list[Quantity], list[Quantity]]]:
    src_lang = ctx.chain.witness(a.source).lang
    tgt_lang = ctx.chain.witness(a.target).lang
    src0, tgt0 = primary_language(src_lang), primary_language(tgt_lang)
    rows: list[tuple[Bead, list[Quantity], list[Quantity]]] = []
    for bead in a.beads:
        if not bead.source or not bead.target:
            continue
        miss, extra = _bead_unmatched(ctx, bead, src_lang, tgt_lang, skip_brackets)
        rows.append((bead, miss, extra))
    if neighbours:
        _cancel_neighbours(rows)
        if a.target in ctx.retold:
            cancel_anywhere(rows)
            found_anywhere(ctx, a, rows, _absolute)
    # A small whole number in digits against nothing, where the other side's language has
    # number words this tool cannot read (Kurmanji çil = 40): it may be spelled there. (After
    # the neighbours: a number that moved into the next bead is found there first.)
    for _bead, miss, extra in rows:
        if not miss and src0 not in _READS_WORDS:
            extra[:] = [q for q in extra if not _may_be_spelled(q)]
        if not extra and tgt0 not in _READS_WORDS:
            miss[:] = [q for q in miss if not _may_be_spelled(q)]
    return rows


# Languages whose number words ``numbers`` reads (a table, or a parser of their own).
# (Not Marathi: its table has the words to twenty and the tens, not the fused forms that make
# up most other numbers: साडेचार हजार, four and a half thousand; एकवीस, twenty-one.)
_READS_WORDS = (frozenset(WORDS) - {"mr"}) | {"ja", "zh", "ig", "mi", "qu", "bn", "hi"}


def _may_be_spelled(q: Quantity) -> bool:
    if q.value is None or q.month or q.day or q.weekday or q.clock or q.year:
        return False
    # (a decade counts by its tens: the 1970s = सत्तरिक दशक, the seventies)
    return any(v == int(v) and 2 <= v <= 1000 for v in (q.value, *q.same))


def _year_of_kept_date(lone: list[Quantity], mine: Sequence[Quantity], theirs: Sequence[Quantity]) -> list[Quantity]:
    """``lone`` without the years that follow a day and month of ``mine`` which ``theirs`` also
    has with no year after it: a translation may leave out (or add) the year of a date it keeps."""
    years_at = {q.start for q in theirs if _year_like(q)}
    # their dates written without a year right after them
    dates = {(q.month, q.day) for q in theirs
             if q.month and q.day and not any(0 <= y - q.end <= 3 for y in years_at)}
    if not dates:
        return lone
    kept_ends = [q.end for q in mine if q.month and q.day and (q.month, q.day) in dates]
    return [q for q in lone if not (_year_like(q) and any(0 <= q.start - e <= 3 for e in kept_ends))]


def _year_like(q: Quantity) -> bool:
    return (q.value is not None and 1900 <= q.value <= 2100 and q.value == int(q.value)
            and not (q.month or q.day or q.clock))


def _bead_unmatched(
    ctx: CheckContext, bead: Bead, src_lang: str, tgt_lang: str, skip_brackets: bool
) -> tuple[list[Quantity], list[Quantity]]:
    """The quantities only the bead's source has and those only its target has."""
    src0, tgt0 = primary_language(src_lang), primary_language(tgt_lang)
    src = seen_from([q for _, q in bead_quantities(ctx, bead.source, src_lang)], src0, tgt0)
    tgt = seen_from([q for _, q in bead_quantities(ctx, bead.target, tgt_lang)], tgt0, src0)
    if not src and not tgt:  # most beads: nothing to compare
        return [], []
    if skip_brackets and tgt:
        boxes = _editorial(ctx, bead)
        if boxes:
            tgt = [q for q in tgt if not any(s <= q.start and q.end <= e for s, e in boxes)]
    miss, extra = unmatched(src, tgt) if src or tgt else ([], [])
    # 20 February 2025 → February 20: the year of a date both give may go (not one replaced
    # by another year: 1 April 2025 → 1 April 2026)
    if miss:
        miss = _year_of_kept_date(miss, src, tgt)
    if extra:
        extra = _year_of_kept_date(extra, tgt, src)
    if miss and extra:
        miss, extra = _second_half_minutes(ctx, bead, miss, extra)
    if len(miss) == len(extra) == 1 and miss[0].soft and extra[0].soft and (
        _spelled(ctx, bead.source, src_lang, extra[0]) or _spelled(ctx, bead.target, tgt_lang, miss[0])
    ):
        miss, extra = [], []
    if not miss or not extra:
        # A lone 1 on one side is often written as nothing on the other: 1週間 = "the next
        # week", один из = "one of" = "a".
        miss, extra = [q for q in miss if not _one(q)], [q for q in extra if not _one(q)]
        if miss and not extra:
            miss = _without_designations(ctx, bead.source, miss)
        elif extra and not miss:
            extra = _without_designations(ctx, bead.target, extra)
        if extra and not miss:
            extra = _said_otherwise(ctx, bead.source, bead.target, src0, tgt0, extra)
        elif miss and not extra:
            miss = _said_otherwise(ctx, bead.target, bead.source, tgt0, src0, miss)
    # A scale word spelled out with number words the tool cannot read (Sindhi ساڍا چار ارب,
    # four and a half billion; Luganda emitwalo ebiri, two ten-thousands) stands for a number
    # of its magnitude on the other side.
    if extra and not miss and src0 not in _READS_WORDS:
        extra = _spelled_scale(extra, ctx, bead.source, src0)
    if miss and not extra and tgt0 not in _READS_WORDS:
        miss = _spelled_scale(miss, ctx, bead.target, tgt0)
    return miss, extra


# Minutes of a match, in any of the chain's languages.
_MINUTE_WORD = re.compile(r"(?i)minut|minuto|minute|хвилин|минут|dakika|dakikada|分|분|دقيقة|دقیقه|मिनट|মিনিট")


def _second_half_minutes(
    ctx: CheckContext, bead: Bead, miss: list[Quantity], extra: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """A minute of the second half counted from its start on one side (``a los 22 minutos``
    of the second half, Spanish and Portuguese match reports) and from kick-off on the other
    (``in the 67th minute``): 45 apart, where one side speaks of minutes."""
    texts = [" ".join(ctx.segment(s).text for s in side) for side in (bead.source, bead.target)]
    if not any(_MINUTE_WORD.search(t) for t in texts):
        return miss, extra
    for q in list(miss):
        r = next((r for r in extra if q.value is not None and r.value is not None and not q.is_date and not r.is_date
                  and abs(q.value - r.value) == 45 and max(q.value, r.value) <= 105 and min(q.value, r.value) >= 1
                  and float(q.value).is_integer() and float(r.value).is_integer()), None)
        if r is not None:
            miss.remove(q)
            extra.remove(r)
    return miss, extra


def _without_designations(ctx: CheckContext, seg_ids: Sequence[str], lone: list[Quantity]) -> list[Quantity]:
    """``lone`` without the numbers of designations (COVID-19), which the other side may name
    without them."""
    text = ctx.chain.witness(ctx.segment(seg_ids[0]).witness).text
    return [q for q in lone if not is_designation(text, q.start)]


def _spelled_scale(lone: list[Quantity], ctx: CheckContext, seg_ids: Sequence[str], lang0: str) -> list[Quantity]:
    scales = {**SCALES, **PREFIX_SCALES, **LONG_SCALES.get(lang0, {})}
    words = {fold(t.text) for sid in seg_ids for t in word_tokens(ctx.segment(sid).text)}
    present = [scales[w] for w in words if w in scales and scales[w] >= 100]
    return [q for q in lone if not (q.value is not None and not (q.month or q.day)
                                    and any(sc <= q.value < 1000 * sc for sc in present))]


def _said_otherwise(ctx: CheckContext, other_ids: Sequence[str], own_ids: Sequence[str], other0: str, own0: str,
                    lone: list[Quantity]) -> list[Quantity]:
    """``lone`` (numbers only this side has) without those the other side says with no digits:
    a 2 as "both" or "the pair" (``number_match.dual_excused``), a Chinese, Japanese or Korean
    pair counted in place of a pronoun (``2頭`` for "them"), a Roman numeral (``V Región
    Sanitaria``, the 5th Health Region: Roman numerals are not read as numbers, but they may
    account for one)."""
    other = " ".join(ctx.segment(s).text for s in other_ids)
    if any(q.value == 2 for q in lone):
        lone = dual_excused(lone, other, [t.text for t in word_tokens(other)], other0)
        counters = _PAIR_COUNTERS.get(own0)
        if counters and own_ids:
            own = ctx.text(ctx.segment(own_ids[0]).witness)
            lone = [q for q in lone
                    if not (q.value == 2 and not q.is_date and own[q.end : q.end + 4].lstrip().startswith(counters))]
    romans = {roman_value(m.group(1)) for m in _ROMAN_TOKEN.finditer(other) if ROMAN.fullmatch(m.group(1))}
    lone = [q for q in lone if not (romans and q.value in romans and not (q.month or q.day or q.clock))]
    if own_ids and any(q.value is not None and q.value <= 31 for q in lone):
        # 28일 공시했다 / "said on Tuesday": a day of the month alone (Chinese, Japanese, Korean
        # datelines) the translation gives as a day of the week or leaves to the context, as
        # translators do with weekdays (see number_match.unmatched)
        own = ctx.text(ctx.segment(own_ids[0]).witness)
        lone = [q for q in lone if own[q.end : q.end + 1] not in _DAY_OF_MONTH]
    return lone


_DAY_OF_MONTH = frozenset("일日号號")  # after a number in Korean, Japanese, Chinese: the day of the month


# Counters of people and animals: Chinese, Japanese and Korean refer to a pair already named
# as "the two" (2頭, 两人, 두 사람) where English says "they" or "the animals".
_PAIR_COUNTERS = {"ja": ("頭", "人", "匹", "羽", "名", "社", "国", "チーム"), "zh": ("人", "只", "位", "名", "国", "家"),
                  "ko": ("명", "사람", "마리", "나라")}
# (with a French ordinal ending: du IXe au XVIIIe siècle)
_ROMAN_TOKEN = re.compile(r"(?<![\w.])([IVXLC]{1,6})(?:e|er|re|ème|es)?(?![\w.])")


def _one(q: Quantity) -> bool:
    return q.value == 1 and not (q.month or q.day or q.weekday or q.clock) and q.text.strip() in {"1", "١", "۱", "১", "१", "１"}


def _spelled(ctx: CheckContext, seg_ids: Sequence[str], lang: str, q: Quantity) -> bool:
    """Is ``q``'s number spelled inside a longer word of these segments (``fourballs``)?"""
    words = WORDS.get(primary_language(lang), {})
    if not words or q.value is None:
        return False
    tokens = [fold(t.text) for sid in seg_ids for t in word_tokens(ctx.segment(sid).text)]
    return spelled_within(tokens, q.value, words)


def _editorial(ctx: CheckContext, bead: Bead) -> list[tuple[int, int]]:
    """Witness offsets of the brackets the translator added to the bead (an editor's
    conversion, ``[2.4-mile]``, ``（约合人民币2100元）``): bracket-insertion reports those."""
    targets = [ctx.segment(t) for t in bead.target]
    boxes = editorial_boxes([ctx.segment(s).text for s in bead.source], [t.text for t in targets])
    return [(targets[k].start + s, targets[k].start + e) for k, s, e in boxes]


_MOVED_WITHIN = 3
"""How many beads apart a number only one side has may meet its match and count as moved."""


def _cancel_swap(a: tuple[Bead, list[Quantity], list[Quantity]], b: tuple[Bead, list[Quantity], list[Quantity]]) -> None:
    """Two sentences that traded places in a paragraph: each bead lacks exactly what the other
    has extra (a retelling that put the sales figure first and the tasting last)."""
    if not (a[1] and a[2] and b[1] and b[2]):
        return

    def covered(miss: list[Quantity], extra: list[Quantity]) -> bool:
        left = list(extra)
        for q in miss:
            r = next((r for r in left if unmatched([q], [r]) == ([], [])), None)
            if r is None:
                return False
            left.remove(r)
        return not left

    if covered(a[1], b[2]) and covered(b[1], a[2]):
        for side in (a[1], a[2], b[1], b[2]):
            side.clear()


def _cancel_neighbours(rows: list[tuple[Bead, list[Quantity], list[Quantity]]]) -> None:
    """An alignment slip moves a number into the next bead: a number missing in one bead and
    extra in an adjacent one cancel out."""
    for i in range(len(rows) - 1):
        for x, y in ((i, i + 1), (i + 1, i)):
            miss, extra = rows[x][1], rows[y][2]
            for q in list(miss):
                # Both ways: a number word (soft) is never "unmatched" itself, so one-way
                # emptiness would cancel it against anything.
                r = next((r for r in extra if unmatched([q], [r]) == ([], [])), None)
                if r is not None:
                    miss.remove(q)
                    extra.remove(r)
    # A restructured paragraph moves a number a sentence or two (Bourgeois, 34, two sentences
    # before the source's "Thibaut Bourgeois, 34 ans"): where one bead only lacks numbers and
    # another close by only has extra ones, the same number on both is one number moved.
    for d in range(2, _MOVED_WITHIN + 1):
        for i in range(len(rows) - d):
            _cancel_swap(rows[i], rows[i + d])
            for x, y in ((i, i + d), (i + d, i)):
                miss, extra = rows[x][1], rows[y][2]
                if not miss or rows[x][2] or not extra or rows[y][1]:
                    continue
                for q in list(miss):
                    r = next((r for r in extra if unmatched([q], [r]) == ([], [])), None)
                    if r is not None:
                        miss.remove(q)
                        extra.remove(r)
    # What is left of a slip: numbers only missing here and only extra next door are one
    # substitution; report them once, with the bead that has the translation's number.
    for i in range(len(rows) - 1):
        for x, y in ((i, i + 1), (i + 1, i)):
            if rows[x][1] and not rows[x][2] and rows[y][2]:
                rows[y][1].extend(rows[x][1])
                rows[x][1].clear()
