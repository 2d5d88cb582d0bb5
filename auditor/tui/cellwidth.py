"""Measure spacing combining marks (Unicode category Mc) as one terminal cell.

Rich counts Mc characters such as the Bengali vowel sign ◌া (U+09BE) as zero cells, while
glibc's wcwidth, tmux and most terminal emulators draw them in one cell. With Rich's count,
every Bengali or Devanagari line comes out wider on screen than Textual planned, which pushes
the neighbouring witness column out of view. Aligning Rich's table with the terminal keeps the
columns straight. Only width bookkeeping changes; the text is never altered.
"""

from __future__ import annotations

import unicodedata

_done = False


def _split_out_spacing_marks(widths: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for start, end, width in widths:
        if width != 0:
            out.append((start, end, width))
            continue
        run_start = start
        for cp in range(start, end + 1):
            if unicodedata.category(chr(cp)) == "Mc":
                if run_start < cp:
                    out.append((run_start, cp - 1, 0))
                out.append((cp, cp, 1))
                run_start = cp + 1
        if run_start <= end:
            out.append((run_start, end, 0))
    return out


def use_terminal_widths_for_spacing_marks() -> None:
    """Patch Rich's loaded cell table once per process; idempotent."""
    global _done
    if _done:
        return
    import rich.cells
    from rich._unicode_data import load

    table = load("auto")
    fixed = _split_out_spacing_marks(list(table.widths))
    if isinstance(table.widths, list):
        table.widths[:] = fixed
    else:  # an immutable table: replace the cached loader's answer
        patched = table._replace(widths=fixed)
        # rich does not export its loader; patching it is the only way to swap a frozen table
        rich.cells.load_cell_table = lambda unicode_version="auto": patched  # type: ignore[assignment,attr-defined]
    for fn in (rich.cells.get_character_cell_size, rich.cells.cached_cell_len):
        cache_clear = getattr(fn, "cache_clear", None)
        if cache_clear:
            cache_clear()
    _done = True
