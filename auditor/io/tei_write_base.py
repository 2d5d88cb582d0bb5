"""What every part of the TEI writer shares: value checks, element building and id bookkeeping.

The writer is split by concern: :mod:`auditor.io.tei_write_text` (``teiHeader`` and witness texts)
and :mod:`auditor.io.tei_write_standoff` (alignments, findings, decisions) build on
:class:`WriterBase`; :mod:`auditor.io.tei_write` assembles the document and is the public API.
"""

from __future__ import annotations

import math
import re
from importlib import metadata

from lxml import etree

from auditor.core.models import NCNAME, Audit, Segment
from auditor.io.tei_names import TOOL_NAME, TOOL_RESP, append_text, has_illegal, t

_W3C_DATE = re.compile(
    r"-?\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_WORD = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]+")


def tool_version() -> str:
    """The installed auditor version as ``N[.N[.N]]`` (TEI's ``application/@version`` pattern)."""
    try:
        v = metadata.version("auditor")
    except metadata.PackageNotFoundError:
        v = "0"
    m = re.match(r"\d+(\.\d+){0,2}", v)
    return m.group(0) if m else "0"


def xml_attr(value: str, what: str) -> str:
    """``value`` for an attribute (or ``<desc>``), which cannot hold ``<g>``: illegal characters are refused."""
    if has_illegal(value):
        raise ValueError(f"{what} holds a character XML cannot store: {value!r}")
    return value


def prob_attr(value: float, what: str) -> str:
    """A probability in [0, 1] as a ``@cert`` value; ``repr`` so that it reads back to the same float."""
    if not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{what} must be a number in [0, 1], got {value!r}")
    return repr(float(value))


def w3c_date(value: str) -> str:
    """``value`` if it is a W3C date/time (``@when``), else ``ValueError``."""
    if not _W3C_DATE.fullmatch(value):
        raise ValueError(f"date {value!r} is not a W3C date/time such as 2026-11-26T11:10:00Z")
    return value


def one_word(value: str, what: str) -> str:
    """``value`` if it is one token (``@status``, ``symbol/@value``), else ``ValueError``."""
    if not _WORD.fullmatch(value):
        raise ValueError(f"{what} {value!r} must be one word without spaces or control characters")
    return value


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a TEI ``tag`` to ``parent`` with ``text`` (XML-illegal characters as ``<g>``).

    A trailing ``_`` on an attribute name is dropped, so Python keywords can be passed."""
    el = etree.SubElement(parent, t(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text:
        append_text(el, text)
    return el


class WriterBase:
    """The state one document's writer keeps: ids in use, people, where segments and findings went."""

    def __init__(self, audit: Audit) -> None:
        self.audit = audit
        self.ids: set[str] = set()
        self.people: dict[str, str] = {TOOL_NAME: TOOL_RESP}
        self.seg_by_id: dict[str, Segment] = {}
        self.finding_ids: list[str] = []
        self.seg_starts: dict[str, list[int]] = {}
        self.suffixes: dict[str, int] = {}

    def new_id(self, value: str, what: str) -> str:
        """Reserve ``value`` as an xml:id; a non-NCName or a second use is a ``ValueError``."""
        if not NCNAME.match(value):
            raise ValueError(f"{what} {value!r} is not a valid XML name (NCName)")
        if value in self.ids:
            raise ValueError(f"{what} {value!r} is used twice")
        self.ids.add(value)
        return value

    def person(self, name: str) -> str:
        """The ``respStmt`` id of ``name``, numbered in order of first appearance."""
        if name not in self.people:
            self.people[name] = self.new_id(f"resp-{len(self.people)}", "person id")
        return self.people[name]
