"""``markup-mismatch``: placeholders, tags, URLs or e-mail addresses differ across a bead."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding, Severity, Span

# printf conversions (%s, %d, %1$s, %.2f, %@), not a percentage ("50 % of", "50%d" is no word)
# (ASCII before it: Chinese and Japanese write a placeholder straight after a word, %2$d件中%1$d件)
_PRINTF = r"(?<![A-Za-z0-9_%])%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?[sdifuxXcp@](?![A-Za-z])"
# {0}, {count}, {fileName}, {{name}}, ${var}
_BRACE = r"\$?\{\{?\s*[A-Za-z_\d][\w.\-]*\s*\}?\}"
_TAG = r"</?[A-Za-z][\w:-]*(?:\s[^<>]*?)?/?>"
# ASCII only: a particle or a word written straight after it (www.example.kr)에서) is no part of it
_URL = r"(?:https?://|www\.)[^\s<>\"'«»“”\u0080-\uffff]+"
# ASCII too: support@example.comまで (a particle written straight after it)
_EMAIL = r"[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_ITEM = re.compile(f"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<tag>{_TAG})|(?P<printf>{_PRINTF})|(?P<brace>{_BRACE})")
_TRAILING = ".,;:!?)]}»”’'"
_KINDS = {"url": "URL", "email": "e-mail address", "tag": "tag", "printf": "placeholder", "brace": "placeholder"}


@dataclass(frozen=True)
class Item:
    kind: str
    key: str
    """What must be equal across the bead: the placeholder, the tag's name and form, the URL."""
    start: int
    end: int
    """Absolute offsets in the witness."""


_MAYBE = re.compile(r"[%{<@]|https?:|www\.")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every placeholder, tag, URL and e-mail address of ``text``."""
    if not _MAYBE.search(text):
        return []
    return [(i.start, i.end) for i in items(text)]


def items(text: str, base: int = 0) -> list[Item]:
    """The placeholders, tags, URLs and e-mail addresses of ``text`` (offsets plus ``base``)."""
    out: list[Item] = []
    if not _MAYBE.search(text):
        return out
    for m in _ITEM.finditer(text):
        kind = m.lastgroup or ""
        s, e = m.start(), m.end()
        raw = m.group()
        if kind == "url":
            while e > s and ((text[e - 1] in _TRAILING and text[e - 1] != ")")
                             or (text[e - 1] == ")" and text.count("(", s, e) < text.count(")", s, e))):
                e -= 1  # a closing bracket the address did not open is the sentence's
            raw = text[s:e]
            key = raw.rstrip("/").lower()
        elif kind == "email":
            key = raw.lower()
        elif kind == "tag":
            name = re.match(r"</?([A-Za-z][\w:-]*)", raw)
            form = "/" if raw.startswith("</") else ("-" if raw.endswith("/>") else "")
            key = f"{form}{name.group(1).lower() if name else raw}"
            for u in re.finditer(_URL, raw):  # a link's target must survive too
                out.append(Item("url", u.group().rstrip(_TRAILING).rstrip("/").lower(), base + s + u.start(),
                                base + s + u.start() + len(u.group().rstrip(_TRAILING))))
        else:
            key = re.sub(r"\s+", "", raw)
        out.append(Item(kind, key, base + s, base + e))
    return out


class MarkupMismatch(Check):
    """Placeholders, tags, URLs or e-mail addresses differ between a segment and its translation.

    What software, a web page or a reader's click depends on.
    Items are read in both sides of every bead: printf placeholders (``%s``, ``%1$d``,
    ``%.2f``, ``%@``; not a percentage), brace placeholders (``{0}``, ``{count}``,
    ``{{name}}``, ``${var}``), HTML/XML tags (by name and form: opening, closing,
    self-closing; attributes may change, a link's URL may not), URLs and e-mail addresses
    (case-insensitive, a trailing slash or sentence punctuation aside). Each side's items are
    compared as a multiset, so order may change (numbered placeholders are reordered by
    localisers), except for unnumbered printf placeholders, which fill in by position: the same
    ones in another order are reported too (evidence ``order``). A translation item with no counterpart is reported at its place (an altered
    ``{Dateiname}``, a mistyped address); a source item missing altogether is reported on the
    bead's translation. One finding per bead. Tags are only compared when ``tags`` is true,
    URLs and e-mail addresses when ``links`` is true (a site localising its links can turn
    that off).

    ``number-mismatch`` does not read the digits of ``%1$s``, ``{0}`` or a URL as amounts.

    Params: ``tags`` (true), ``links`` (true).
    """

    id = "markup-mismatch"
    title = "Placeholders, tags or links differ"
    severity = Severity.CRITICAL
    cost = 0.7

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        skip = set()
        if not cfg.get("tags", True):
            skip.add("tag")
        if not cfg.get("links", True):
            skip |= {"url", "email"}
        for a in ctx.alignments:
            for b in a.beads:
                if not b.source or not b.target:
                    continue
                src = [i for s in b.source for i in items(ctx.segment(s).text, ctx.segment(s).start)
                       if i.kind not in skip]
                tgt = [i for t in b.target for i in items(ctx.segment(t).text, ctx.segment(t).start)
                       if i.kind not in skip]
                if not src and not tgt:
                    continue
                yield from self._bead(ctx, a.source, a.target, b.target, src, tgt)

    def _order(
        self, ctx: CheckContext, source: str, target: str, seg_ids: tuple[str, ...], src: list[Item], tgt: list[Item]
    ) -> Iterator[Finding]:
        """Unnumbered printf placeholders fill in by position: the same ones in another order
        put each value in the wrong slot (``%d files were uploaded to %s`` → ``Nach %s wurden
        %d …``). Numbered ones (``%1$s``) may move freely."""
        s_seq = [i.key for i in src if i.kind == "printf" and "$" not in i.key and i.key != "%%"]
        t_items = [i for i in tgt if i.kind == "printf" and "$" not in i.key and i.key != "%%"]
        if len(s_seq) < 2 or s_seq == [i.key for i in t_items]:
            return
        yield Finding(
            check=self.id,
            severity=self.severity,
            witness=target,
            segments=seg_ids,
            spans=(ctx.span(target, t_items[0].start, t_items[-1].end),),
            message=f"Placeholders in another order: {' '.join(s_seq)} in the source, "
                    f"{' '.join(i.key for i in t_items)} here; unnumbered placeholders fill in by position",
            hop=(source, target),
            evidence=(("missing", "—"), ("extra", "—"), ("order", " ".join(i.key for i in t_items))),
        )

    def _bead(
        self, ctx: CheckContext, source: str, target: str, seg_ids: tuple[str, ...], src: list[Item], tgt: list[Item]
    ) -> Iterator[Finding]:
        have = Counter((i.kind, i.key) for i in src)
        extra: list[Item] = []
        for i in tgt:
            k = (i.kind, i.key)
            if have[k] > 0:
                have[k] -= 1
            else:
                extra.append(i)
        missing = [k for k, n in have.items() for _ in range(n)]
        if not extra and not missing:
            yield from self._order(ctx, source, target, seg_ids, src, tgt)
            return
        if extra:
            spans = tuple(ctx.span(target, i.start, i.end) for i in extra)
        else:
            spans = tuple(Span(target, s.start, s.end, s.text) for s in map(ctx.segment, seg_ids))
        parts = []
        if missing:
            parts.append(f"missing {', '.join(sorted(key for _, key in missing))}")
        if extra:
            parts.append(f"not in the source {', '.join(sorted({ctx.text(target)[i.start:i.end] for i in extra}))}")
        kinds = sorted({_KINDS[i.kind] for i in extra} | {_KINDS[k] for k, _ in missing})
        yield Finding(
            check=self.id,
            severity=self.severity,
            witness=target,
            segments=seg_ids,
            spans=spans,
            message=f"{' and '.join(kinds).capitalize()} differ from the source: {'; '.join(parts)}",
            hop=(source, target),
            evidence=(("missing", " ".join(sorted(key for _, key in missing)) or "—"),
                      ("extra", " ".join(sorted(i.key for i in extra)) or "—")),
        )
