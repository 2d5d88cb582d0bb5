"""Audits of bilingual files (XLIFF, TMX) whose alignment is given, not computed.

A bilingual file is a chain with one hop per target language: the source witness is the
root and every target witness is its child. Each translation unit (or XLIFF 2 segment) is
one segment; a witness's text is its segments joined by ``"\\n"``; the alignment has one
bead per unit, score 1.0 and confirmed, with 1-0 beads for untranslated units and 0-1 beads
for target-only units. The checks then run exactly as for a computed alignment.

Machine translation is not used for these imports (the translation is the file's subject).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.core.checks.base import CheckConfig, CheckContext, GlossaryEntry
from auditor.core.models import Alignment, Audit, Bead, Chain, Change, Segment, Witness, segment_id

if TYPE_CHECKING:
    from auditor.config import Settings

BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".xlf2", ".tmx")
_NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.\-]+")


@dataclass(frozen=True)
class GivenWitness:
    """A witness of a bilingual file: its id, language and the witness it translates."""

    id: str
    lang: str
    parent: str | None
    role: str


@dataclass(frozen=True)
class GivenUnit:
    """One aligned unit: the text of each witness that has one (keyed by witness id)."""

    texts: Mapping[str, str]
    paragraph: int
    """Units sharing a paragraph come from one XLIFF 2 ``<unit>``; otherwise one per unit."""


@dataclass(frozen=True)
class GivenDoc:
    """What a bilingual reader extracts: witnesses, aligned units and provenance."""

    title: str
    witnesses: tuple[GivenWitness, ...]
    units: tuple[GivenUnit, ...]
    fmt: str
    """e.g. ``xliff-1.2``, ``xliff-2.0``, ``tmx-1.4``"""
    source_file: str = ""


def witness_ids(langs: Sequence[str]) -> list[str]:
    """XML-name witness ids from languages, unique (``en``, ``fr``, ``en-2`` ...)."""
    out: list[str] = []
    for lang in langs:
        base = _NOT_NCNAME.sub("-", lang).strip("-.") or "w"
        if not (base[0].isalpha() or base[0] == "_"):
            base = f"w{base}"
        wid, k = base, 1
        while wid in out:
            k += 1
            wid = f"{base}-{k}"
        out.append(wid)
    return out


def given_parts(doc: GivenDoc) -> tuple[Chain, dict[str, tuple[Segment, ...]], tuple[Alignment, ...]]:
    """The chain, segments and given alignments of ``doc`` (pure)."""
    parts: dict[str, list[str]] = {w.id: [] for w in doc.witnesses}
    segs: dict[str, list[Segment]] = {w.id: [] for w in doc.witnesses}
    pos = {w.id: 0 for w in doc.witnesses}
    unit_seg: list[dict[str, str]] = []
    for unit in doc.units:
        ids: dict[str, str] = {}
        for w in doc.witnesses:
            raw = unit.texts.get(w.id)
            if raw is None or not raw.strip():
                continue
            if parts[w.id]:
                pos[w.id] += 1  # the "\n" joining units
            start = pos[w.id] + (len(raw) - len(raw.lstrip()))
            end = pos[w.id] + len(raw.rstrip())
            sid = segment_id(w.id, len(segs[w.id]))
            segs[w.id].append(Segment(sid, w.id, len(segs[w.id]), start, end, raw[start - pos[w.id]: end - pos[w.id]],
                                      paragraph=unit.paragraph))
            parts[w.id].append(raw)
            pos[w.id] += len(raw)
            ids[w.id] = sid
        unit_seg.append(ids)
    witnesses = tuple(
        Witness(id=w.id, lang=w.lang, text="\n".join(parts[w.id]), parent=w.parent, role=w.role,
                via=f"{doc.fmt} file", source_file=doc.source_file)
        for w in doc.witnesses
    )
    chain = Chain(title=doc.title, witnesses=witnesses)
    alignments = []
    for src, tgt in chain.hops():
        beads = []
        for ids in unit_seg:
            s, t = ids.get(src), ids.get(tgt)
            if s is None and t is None:
                continue
            beads.append(Bead(source=(s,) if s else (), target=(t,) if t else (), score=1.0, confirmed=True))
        alignments.append(Alignment(source=src, target=tgt, beads=tuple(beads)))
    return chain, {w: tuple(v) for w, v in segs.items()}, tuple(alignments)


def audit_given(
    doc: GivenDoc,
    *,
    check_configs: Mapping[str, CheckConfig] | None = None,
    align_overrides: Mapping[str, object] | None = None,
    glossary: Sequence[GlossaryEntry] = (),
    extra_signature: Sequence[tuple[str, str]] = (),
    when: str = "",
) -> Audit:
    """Run the checks over a bilingual document's given alignment and return the Audit (pure)."""
    from auditor.core.checks.runner import run_checks
    from auditor.core.pipeline import align_params_from
    from auditor.core.signature import build_signature

    chain, segments, alignments = given_parts(doc)
    ctx = CheckContext(chain=chain, segments=segments, alignments=alignments, glossary=tuple(glossary))
    configs = dict(check_configs or {})
    findings, skipped = run_checks(ctx, configs)
    signature = build_signature(
        params=align_params_from(align_overrides or {}), check_configs=configs, given_segmentation=True,
        extra=[("alignment", f"given:{doc.fmt}"), *extra_signature, ("mt.provider", "none")],
    )
    n_beads = sum(len(a.beads) for a in alignments)
    history = (Change(
        when=when or "1970-01-01T00:00:00Z", who="#auditor-tool", status="audited",
        text=f"{doc.fmt} file imported: {len(chain.witnesses)} witnesses, {len(alignments)} hops with "
             f"given alignment ({n_beads} beads), {len(findings)} findings.",
    ),)
    return Audit(chain=chain, segments=segments, alignments=alignments, findings=findings,
                 signature=signature, history=history, skipped=skipped)


def is_bilingual_path(path: Path) -> bool:
    """An XLIFF or TMX file, by suffix, or by root element for ``.xml`` files."""
    suffix = path.suffix.lower()
    if suffix in BILINGUAL_SUFFIXES:
        return True
    if suffix != ".xml" or not path.is_file():
        return False
    return sniff_format(path) is not None


def sniff_format(path: Path) -> str | None:
    """``"xliff"``, ``"tmx"`` or None, from the first few kilobytes (root element name)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return None
    head = re.sub(r"<\?.*?\?>|<!--.*?-->", "", head, flags=re.DOTALL).lstrip("\ufeff \t\r\n")
    m = re.match(r"<(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)", head)
    if not m:
        return None
    return {"xliff": "xliff", "tmx": "tmx"}.get(m.group(1).lower())


def read_bilingual(path: Path) -> GivenDoc:
    """Read an XLIFF (1.2 or 2.x) or TMX file."""
    fmt = "tmx" if path.suffix.lower() == ".tmx" else sniff_format(path) or "xliff"
    if fmt == "tmx":
        from auditor.io.tmx import read_tmx

        return read_tmx(path)
    from auditor.io.xliff import read_xliff

    return read_xliff(path)


def open_bilingual(path: str | Path, settings: Settings | None = None) -> Audit:
    """Read an XLIFF or TMX file and audit its given alignment with ``settings``."""
    from auditor.app_service import load_glossary, now_w3c
    from auditor.config import Settings
    from auditor.core.pipeline import align_params_from
    from auditor.errors import UsageError

    settings = settings or Settings()
    try:
        align_params_from(settings.align)
    except ValueError as exc:
        raise UsageError(f"[align]: {exc}", settings.config_file or None) from None
    doc = read_bilingual(Path(path))
    return audit_given(
        doc, check_configs=settings.checks, align_overrides=settings.align, glossary=load_glossary(settings),
        extra_signature=[("config", settings.config_file or "defaults")], when=now_w3c(),
    )
