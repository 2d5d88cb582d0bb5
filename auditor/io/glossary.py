"""Glossaries for ``term-mismatch`` and canonical names: TSV or TBX files.

TSV: a header line naming the columns, tab-separated. ``source`` is required; ``allowed`` and
``forbidden`` hold renderings separated by ``|``; optional ``source_lang``, ``target_lang`` and
``note``. A missing ``target_lang`` means the renderings apply to every target language (key
``*`` in ``GlossaryEntry.allowed``).

TBX (ISO 30042, TBX-Basic/Core): each ``termEntry``/``conceptEntry`` gives terms per
``langSet``; the terms of the first language (or ``source_lang``) are the source terms, the
others allowed renderings; a term whose ``administrativeStatus``/``normativeAuthorization`` is
``deprecatedTerm-admn-sts``/``deprecated``/``forbidden``/``supersededTerm-admn-sts`` is forbidden.
"""

from __future__ import annotations

from pathlib import Path

from auditor.core.checks.base import GlossaryEntry
from auditor.errors import InputError

ANY_LANG = "*"
_FORBIDDEN = {"deprecatedterm-admn-sts", "deprecated", "forbidden", "supersededterm-admn-sts", "obsolete"}


def read_glossary(path: Path, source_lang: str | None = None) -> list[GlossaryEntry]:
    """Read a glossary: TBX for ``.tbx``/``.xml`` files, else tab-separated (see the module docstring)."""
    if not path.is_file():
        raise InputError("glossary file not found", path)
    if path.suffix.lower() in {".tbx", ".xml"}:
        return read_tbx(path, source_lang)
    return read_tsv(path)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def read_tsv(path: Path) -> list[GlossaryEntry]:
    """Read a tab-separated glossary with a header row; a malformed row is an error naming its line."""
    from auditor.io.text import read_text

    lines = [ln for ln in read_text(path).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise InputError("empty glossary", path)
    header = [h.strip().lower() for h in lines[0].split("\t")]
    if "source" not in header:
        raise InputError("glossary header must name a 'source' column (tab-separated)", path)
    out = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise InputError(f"line {n}: {len(cells)} columns but the header has {len(header)}", path)
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        if not row["source"].strip():
            raise InputError(f"line {n}: empty source term", path)
        lang = row.get("target_lang", "").strip() or ANY_LANG
        out.append(
            GlossaryEntry(
                source=row["source"].strip(),
                source_lang=row.get("source_lang", "").strip() or "und",
                allowed={lang: _split(row.get("allowed", ""))},
                forbidden={lang: _split(row.get("forbidden", ""))},
                note=row.get("note", "").strip(),
            )
        )
    return out


def read_tbx(path: Path, source_lang: str | None = None) -> list[GlossaryEntry]:
    """Read the term entries of a TBX file (``source_lang`` picks the source terms; default: the first
    language)."""
    from auditor.io.xmlsafe import XML_LANG as xml_lang
    from auditor.io.xmlsafe import parse_xml_file

    root = parse_xml_file(path)
    out = []
    for entry in root.iter():
        if not isinstance(entry.tag, str) or entry.tag.rsplit("}", 1)[-1] not in {"termEntry", "conceptEntry"}:
            continue
        by_lang: dict[str, list[tuple[str, bool]]] = {}
        for lang_set in entry:
            if not isinstance(lang_set.tag, str) or lang_set.tag.rsplit("}", 1)[-1] != "langSet":
                continue
            lang = lang_set.get(xml_lang) or lang_set.get("lang") or "und"
            for el in lang_set.iter():
                if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "term" and (el.text or "").strip():
                    parent = el.getparent()
                    status = " ".join(
                        (x.text or "").strip().lower()
                        for x in (parent.iter() if parent is not None else [])
                        if isinstance(x.tag, str) and (x.get("type") in {"administrativeStatus", "normativeAuthorization"}
                                                       or x.tag.rsplit("}", 1)[-1] in {"administrativeStatus", "normativeAuthorization"})
                    )
                    by_lang.setdefault(lang, []).append((el.text.strip(), any(s in status for s in _FORBIDDEN)))
        if not by_lang:
            continue
        src = source_lang if source_lang in by_lang else next(iter(by_lang))
        for term, _ in by_lang[src]:
            out.append(
                GlossaryEntry(
                    source=term,
                    source_lang=src,
                    allowed={lg: tuple(t for t, bad in ts if not bad) for lg, ts in by_lang.items() if lg != src},
                    forbidden={lg: tuple(t for t, bad in ts if bad) for lg, ts in by_lang.items() if lg != src},
                )
            )
    return out
