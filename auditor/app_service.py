"""Open an audit from a path: the impure glue between files, MT and the pure core.

Used by the CLI, the TUI and batch runs alike, so that all three audit the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from auditor.config import Settings
from auditor.core.checks.base import GlossaryEntry
from auditor.core.models import Audit, Chain
from auditor.core.pipeline import Progress, align_params_from, audit_chain, segment_chain
from auditor.core.segment import segment_lines
from auditor.errors import InputError, UsageError

Warn = Callable[[str], None]


def _stderr_warn(message: str) -> None:
    print(f"auditor: warning: {message}", file=sys.stderr)


def now_w3c() -> str:
    """The current UTC time as a W3C date-time (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def is_tei_path(path: Path) -> bool:
    """True when ``path`` is a file holding a TEI record (sniffed, see :func:`is_tei_file`)."""
    from auditor.io.tei_read import is_tei_file

    return path.is_file() and is_tei_file(path)


def load_glossary(settings: Settings, chain_path: Path | None = None) -> tuple[GlossaryEntry, ...]:
    """The config's glossary entries and files, then the files the chain manifest names."""
    from auditor.io.glossary import read_glossary

    entries = list(settings.glossary)
    files = [Path(f) for f in settings.glossary_files]
    if chain_path is not None:
        from auditor.io.chain import load_manifest_glossaries

        files += load_manifest_glossaries(chain_path)
    for f in files:
        entries.extend(read_glossary(f))
    return tuple(entries)


def provided_translations(chain: Chain, path: Path, warn: Warn) -> dict[tuple[str, str], str]:
    """Translations named in ``chain.toml`` (``translation = FILE`` on a witness): one line per
    segment of the witness's parent, in the witness's language."""
    from auditor.io.chain import load_manifest_extras
    from auditor.io.text import read_text

    extras = load_manifest_extras(path)
    if not extras:
        return {}
    segments = segment_chain(chain)
    out: dict[tuple[str, str], str] = {}
    for wid, file in extras.items():
        w = chain.witness(wid)
        if w.parent is None:
            continue
        lines = [s.text for s in segment_lines(read_text(file), wid)]
        parent_segs = segments[w.parent]
        if len(lines) != len(parent_segs):
            warn(
                f"{file}: {len(lines)} lines but {w.parent} has {len(parent_segs)} segments; "
                "provided translation ignored"
            )
            continue
        out.update({(s.id, w.lang): line for s, line in zip(parent_segs, lines, strict=True)})
    return out


def open_audit(
    path: str | Path,
    settings: Settings | None = None,
    *,
    lang: str | None = None,
    given_segmentation: bool = False,
    warn: Warn = _stderr_warn,
    progress: Progress | None = None,
) -> Audit:
    """A saved TEI audit is loaded as it is; anything else is loaded as a chain and audited."""
    settings = settings or Settings()
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", p)
    # Any .xml file goes to the TEI reader, even when the cheap sniff fails (a start tag longer
    # than the sniffed head, broken XML): its error says what is wrong with the XML.
    if is_tei_path(p) or (not p.is_dir() and p.suffix.lower() == ".xml"):
        from auditor.io.tei_read import read_tei

        return read_tei(p)
    from auditor.io.bilingual import is_bilingual_path, open_bilingual

    if is_bilingual_path(p):  # XLIFF / TMX: the alignment comes from the file
        return open_bilingual(p, settings)
    from auditor.io.chain import load_chain, manifest_segmentation

    chain = load_chain(p, lang=lang)
    lines = given_segmentation or manifest_segmentation(p) == "lines"
    return audit_loaded_chain(chain, p, settings, given_segmentation=lines, warn=warn, progress=progress)


def open_text_chain(
    paths: list[Path],
    settings: Settings | None = None,
    *,
    langs: list[str | None] | None = None,
    given_segmentation: bool = False,
    warn: Warn = _stderr_warn,
    progress: Progress | None = None,
) -> Audit:
    """Audit plain-text files as a linear chain, each a translation of the one before."""
    from auditor.io.chain import load_text_chain

    chain = load_text_chain(paths, langs or [])
    return audit_loaded_chain(chain, paths[0], settings or Settings(), given_segmentation=given_segmentation,
                              warn=warn, progress=progress)


def audit_loaded_chain(
    chain: Chain,
    path: Path,
    settings: Settings,
    *,
    given_segmentation: bool = False,
    warn: Warn = _stderr_warn,
    progress: Progress | None = None,
) -> Audit:
    """Segment, align and check a loaded chain with ``settings`` (MT and glossaries included)."""
    try:
        params = align_params_from(settings.align)
    except ValueError as exc:
        raise UsageError(f"[align]: {exc}", settings.config_file or None) from None
    translations = provided_translations(chain, path, warn) if not given_segmentation else {}
    back_translations: dict[str, str] = {}
    extra: list[tuple[str, str]] = [("config", settings.config_file or "defaults")]
    mt_session = None
    if settings.mt.provider != "none":
        from auditor.mt.integration import MTSession

        mt_session = MTSession(settings.mt, warn=warn)
        segments = segment_chain(chain, given_segmentation=given_segmentation)
        mt_trans, back_translations = mt_session.translate_chain(chain, segments)
        translations = {**mt_trans, **translations}
    else:
        extra.append(("mt.provider", "none"))
    audit = audit_chain(
        chain,
        check_configs=settings.checks,
        align_params=params,
        glossary=load_glossary(settings, path),
        translations=translations,
        back_translations=back_translations,
        given_segmentation=given_segmentation,
        extra_signature=extra,
        when=now_w3c(),
        progress=progress,
        check_workers=settings.check_workers,
    )
    if mt_session is not None:
        audit = mt_session.finish(audit)
    return audit


def carry_decisions(new: Audit, old: Audit) -> Audit:
    """Keep the reviewer's decisions from an earlier audit of the same chain.

    Fingerprints ignore absolute positions, so decisions on findings in untouched segments
    survive edits elsewhere. Decisions whose finding disappeared are kept too (marked stale by
    consumers) so that no review work is lost.
    """
    if not old.decisions:
        return new
    return replace(new, decisions=old.decisions + tuple(d for d in new.decisions if d not in old.decisions),
                   history=old.history + new.history)


def decision_counts(audit: Audit) -> Mapping[str, int]:
    """How many current findings have a verdict other than open, and how many there are."""
    decided = {d.finding for d in audit.decisions if d.verdict.value != "open"}
    current = {f.fingerprint for f in audit.findings}
    return {"decided": len(decided & current), "total": len(current)}
