"""Rich must measure Bengali spacing marks the way terminals draw them, or columns drift."""

from __future__ import annotations

import ctypes
import locale

import rich.cells

from auditor.tui.cellwidth import use_terminal_widths_for_spacing_marks


def _glibc_width(text: str) -> int:
    locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    libc = ctypes.CDLL("libc.so.6")
    libc.wcwidth.restype = ctypes.c_int
    return sum(max(libc.wcwidth(ctypes.c_wchar(ch)), 0) for ch in text)


def test_spacing_marks_take_one_cell_like_the_terminal() -> None:
    use_terminal_widths_for_spacing_marks()
    for text in ("ইউক্রেনে পূর্ণমাত্রার আগ্রাসন", "प्रधानमंत्री नरेंद्र मोदी", "Осечкин 日本 Newsweek"):
        assert rich.cells.cell_len(text) == _glibc_width(text), text
    # Non-spacing marks (virama, candrabindu) still take no cell.
    assert rich.cells.cell_len("ক্") == 1
