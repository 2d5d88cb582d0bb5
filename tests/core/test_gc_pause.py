"""``gc_pause``: the cycle collector is off inside the block and back as it was after."""

from __future__ import annotations

import gc

import pytest

from auditor.core.gc_pause import cyclic_gc_paused


def test_paused_inside_restored_after_even_on_error_and_when_nested() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it to the outer one
    assert gc.isenabled()
    with pytest.raises(ValueError), cyclic_gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_checks_and_aligner_leave_the_collector_on() -> None:
    from auditor.core.align.aligner import align_texts

    beads = align_texts(["One sentence.", "Two sentences."], ["Eins.", "Zwei."])
    assert len(beads) == 2 and gc.isenabled()
