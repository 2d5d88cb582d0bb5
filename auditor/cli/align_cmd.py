"""``auditor align``: align two texts and print beads in the benchmark (Vecalign) format."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from auditor.cli.common import handle_errors
from auditor.errors import InputError


def _lines(text: str) -> list[str]:
    """Given segmentation: one segment per line (\\n, \\r\\n or \\r), as segment_lines splits.

    Kept here rather than importing the sentence segmenter, which loads ICU (slow start-up).
    """
    if not text:
        return []
    parts = re.split(r"\r\n|\r|\n", text)
    if parts and parts[-1] == "":
        parts.pop()
    return [p.strip() for p in parts]


def _read(path: str) -> str:
    from auditor.io.text import decode_text, read_bytes

    # Not read_text: an empty side is a valid (one-sided) alignment problem here.
    return decode_text(read_bytes(path), Path(path))


@click.command("align")
@click.argument("src", type=click.Path(dir_okay=False))
@click.argument("tgt", type=click.Path(dir_okay=False))
@click.option("--given-segmentation", is_flag=True,
              help="Each input line is one segment (no re-splitting); indices are 0-based line numbers.")
@click.option("-o", "--output", "output", default="-", show_default=True,
              help="Where to write the beads; '-' is stdout.")
@click.option("--translation", "translation", type=click.Path(dir_okay=False), default=None,
              help="A translation of SRC into TGT's language, one line per SRC line (needs --given-segmentation).")
@click.option("--src-lang", default="und", show_default=True, help="BCP 47 language of SRC.")
@click.option("--tgt-lang", default="und", show_default=True, help="BCP 47 language of TGT.")
@click.option("--scores", is_flag=True, help="Append ':<confidence>' to each bead line (ignored by scorers).")
@handle_errors
def align(src: str, tgt: str, given_segmentation: bool, output: str, translation: str | None,
          src_lang: str, tgt_lang: str, scores: bool) -> None:
    """Align SRC with TGT and write one bead per line as ``[i,...]:[j,...]``.

    Without --given-segmentation the texts are split into sentences first, and indices count
    those sentences (0-based).
    """
    from auditor.core.align import align_texts
    from auditor.core.align.scoring import format_beads

    src_text, tgt_text = _read(src), _read(tgt)
    paragraphs: tuple[list[int], list[int]] | None = None
    if given_segmentation:
        src_segs, tgt_segs = _lines(src_text), _lines(tgt_text)
    else:
        from auditor.core.segment import segment_text

        src_split = segment_text(src_text, src_lang, "src")
        tgt_split = segment_text(tgt_text, tgt_lang, "tgt")
        src_segs, tgt_segs = [s.text for s in src_split], [s.text for s in tgt_split]
        # Running text has paragraphs, and where both sides end one is evidence (as in audits).
        paragraphs = ([s.paragraph for s in src_split], [s.paragraph for s in tgt_split])
    mt: list[str] | None = None
    if translation is not None:
        if not given_segmentation:
            raise InputError("--translation needs --given-segmentation (one line per source line)", translation)
        mt = _lines(_read(translation))
        if len(mt) != len(src_segs):
            raise InputError(f"has {len(mt)} lines but the source has {len(src_segs)}", translation)
    beads = align_texts(
        src_segs, tgt_segs, src_lang=src_lang, tgt_lang=tgt_lang, translation=mt, paragraphs=paragraphs
    )
    text = format_beads((b.source, b.target) for b in beads)
    if scores:
        lines = text.splitlines()
        text = "".join(f"{line}:{b.score:.4f}\n" for line, b in zip(lines, beads, strict=True))
    if output == "-":
        sys.stdout.write(text)
    else:
        from auditor.io.atomic import atomic_write_text

        atomic_write_text(output, text)
