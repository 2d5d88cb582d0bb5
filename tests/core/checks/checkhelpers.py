"""Build check contexts by hand: witnesses, naive sentence segments, hand-written beads.

The naive splitter lives here on purpose: these tests exercise checks, not segmentation.
``passes``/``fails`` follow translate-toolkit's helpers: one call per real sentence pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.core.checks.base import Check, CheckConfig, CheckContext, GlossaryEntry
from auditor.core.checks.runner import run_checks
from auditor.core.models import (
    Alignment,
    Bead,
    Chain,
    Finding,
    Segment,
    Witness,
    segment_id,
)

_SENT = re.compile(r"[^\n]+?(?:[.!?।。።۔།]+[’”»\"')\]]*(?=\s|$)|$)")


# Ten parallel English/Russian sentences, one per segment: a hop long enough for the
# length-ratio model (``min_beads``) and rich in names and numbers for the clause detectors.
EN_TEN = [
    "Vladimir Putin was preparing to invade Japan in the summer of 2021.",
    "A member of the security service leaked this information to a magazine.",
    "The person leaked it in an email sent to a human rights activist.",
    "He runs an anti-corruption website and lives in exile in France.",
    "Agents sent him regular messages about the mood inside the service.",
    "They expressed anger and discontent over the war in Ukraine.",
    "An executive director of a research group is translating the letters.",
    "He sent them to the magazine in the middle of March.",
    "An expert on the security service analysed the letter in detail.",
    "He showed it to two current or former employees of the service.",
]
RU_TEN = [
    "Владимир Путин готовился вторгнуться в Японию летом 2021 года.",
    "Сотрудник службы безопасности передал эту информацию журналу.",
    "Он сообщил об этом в письме правозащитнику по электронной почте.",
    "Он руководит антикоррупционным сайтом и живёт в изгнании во Франции.",
    "Агенты регулярно писали ему о настроениях внутри службы.",
    "Они выражали гнев и недовольство войной в Украине.",
    "Исполнительный директор исследовательской группы переводит письма.",
    "Он отправил их в журнал в середине марта.",
    "Эксперт по спецслужбам подробно проанализировал письмо.",
    "Он показал его двум нынешним или бывшим сотрудникам службы.",
]


def split(text: str, wid: str) -> tuple[Segment, ...]:
    """Sentences of ``text`` split after . ! ? । 。 ። ۔ ། (plus closing quotes), with exact offsets."""
    out: list[Segment] = []
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Segment(segment_id(wid, len(out)), wid, len(out), s, e, text[s:e]))
    return tuple(out)


def context(
    witnesses: Sequence[tuple[str, str, str, str | None]],
    beads: dict[tuple[str, str], Sequence[tuple[Sequence[int], Sequence[int]]]] | None = None,
    glossary: Sequence[GlossaryEntry] = (),
) -> CheckContext:
    """A context from (id, lang, text, parent) tuples; beads per hop as 1-based segment numbers.

    Hops without given beads are aligned 1-1 in order (extra segments become null beads).
    """
    ws = tuple(Witness(wid, lang, text, parent) for wid, lang, text, parent in witnesses)
    chain = Chain("test", ws)
    segs = {w.id: split(w.text, w.id) for w in ws}
    aligns = []
    for src, tgt in chain.hops():
        given = (beads or {}).get((src, tgt))
        if given is None:
            n, m = len(segs[src]), len(segs[tgt])
            given = [([i], [i]) for i in range(1, min(n, m) + 1)]
            given += [([i], []) for i in range(m + 1, n + 1)] + [([], [j]) for j in range(n + 1, m + 1)]
        aligns.append(
            Alignment(
                src,
                tgt,
                tuple(
                    Bead(tuple(f"{src}-s{i}" for i in a), tuple(f"{tgt}-s{j}" for j in b), 0.9)
                    for a, b in given
                ),
            )
        )
    return CheckContext(chain=chain, segments=segs, alignments=tuple(aligns), glossary=tuple(glossary))


def pair(src_lang: str, src: str, tgt_lang: str, tgt: str, **kw: object) -> CheckContext:
    """A two-witness chain whose texts are aligned 1-1 by sentence."""
    return context([("src", src_lang, src, None), ("tgt", tgt_lang, tgt, "src")], **kw)  # type: ignore[arg-type]


def retold(ctx: CheckContext, witness_id: str = "tgt") -> CheckContext:
    """``ctx`` with one witness filed as a retelling (its role), everything else as it was."""
    from dataclasses import replace

    witnesses = tuple(replace(w, role="retelling") if w.id == witness_id else w for w in ctx.chain.witnesses)
    return replace(ctx, chain=replace(ctx.chain, witnesses=witnesses))


def single(lang: str, text: str) -> CheckContext:
    return context([("w", lang, text, None)])


def findings(check: type[Check], ctx: CheckContext, **params: object) -> list[Finding]:
    """Findings of one check, spans verified against the witness text."""
    out = list(check().run(ctx, CheckConfig(params=params)))
    for f in out:
        assert f.check == check.id
        for s in f.spans:
            assert ctx.text(s.witness)[s.start : s.end] == s.text
    return out


def passes(check: type[Check], ctx: CheckContext, **params: object) -> None:
    got = findings(check, ctx, **params)
    assert not got, [(f.message, f.spans) for f in got]


def fails(check: type[Check], ctx: CheckContext, **params: object) -> list[Finding]:
    got = findings(check, ctx, **params)
    assert got, f"{check.id} found nothing"
    return got


def all_findings(ctx: CheckContext) -> tuple[Finding, ...]:
    return run_checks(ctx)[0]
