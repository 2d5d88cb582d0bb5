"""Chunking, batching, backoff and the hard deadline."""

from __future__ import annotations

import random
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.mt.protocol import TimeoutError_, TransientError
from auditor.mt.resilience import Budget, RetryPolicy, join_pieces, plan_requests, run_with_deadline, split_text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=600), st.integers(min_value=5, max_value=120))
def test_split_is_lossless_and_bounded(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    assert all(pieces) or pieces == [""]


def test_split_prefers_sentence_then_space_boundaries() -> None:
    text = "Ceci est une phrase. Et voici une autre phrase assez longue pour couper."
    assert split_text(text, 40) == ["Ceci est une phrase. ", "Et voici une autre phrase assez longue ", "pour couper."]
    bn = "এটি প্রথম বাক্য। এটি দ্বিতীয় বাক্য। এটি তৃতীয় বাক্য।"
    assert split_text(bn, 25)[0] == "এটি প্রথম বাক্য। "
    ja = "これは文です。これも文です。三つ目の文です。"
    assert split_text(ja, 10) == ["これは文です。", "これも文です。", "三つ目の文です。"]


def test_hard_cut_never_separates_a_combining_mark() -> None:
    text = "ক্ষ" * 20  # consonant + virama + consonant, no spaces
    for piece in split_text(text, 7)[1:]:
        assert piece[0] == "ক" or piece[0] == "ষ"


def test_plan_batches_short_lines_and_chunks_long_ones() -> None:
    texts = ["short one", "x" * 30, "two\nlines", "tiny", "y " * 20]
    plan = plan_requests(texts, 20, batch=True)
    for req in plan:
        assert len(req.payload) <= 20
    covered = sorted({i for r in plan for i in r.items})
    assert covered == [0, 1, 2, 3, 4]
    batch = next(r for r in plan if r.is_batch)
    assert batch.items == (0, 3) and batch.payload == "short one\ntiny"
    assert [r.part for r in plan if r.items == (1,)] == [0, 1]
    assert all(not r.is_batch for r in plan_requests(texts, 20, batch=False))


def test_join_pieces_knows_scripts_without_spaces() -> None:
    assert join_pieces(["Hello. ", "World."], "en") == "Hello. World."
    assert join_pieces(["你好。", "世界。"], "zh-Hans") == "你好。世界。"


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    policy = RetryPolicy(retries=5, base=1.0, cap=8.0, rng=random.Random(1))
    for attempt, cap in [(0, 1), (1, 2), (2, 4), (3, 8), (6, 8)]:
        d = policy.delay(attempt)
        assert cap / 2 <= d <= cap
    assert policy.delay(0, retry_after=5.0) == 5.0
    assert policy.delay(0, retry_after=100.0) == 8.0


def test_retry_gives_up_after_the_configured_count() -> None:
    slept: list[float] = []
    calls = 0

    def flaky() -> str:
        nonlocal calls
        calls += 1
        raise TransientError("HTTP 503")

    with pytest.raises(TransientError):
        RetryPolicy(retries=3, base=0.1, sleep=slept.append).run(flaky)
    assert calls == 4 and len(slept) == 3


def test_deadline_abandons_a_stuck_call() -> None:
    gate = threading.Event()
    start = time.monotonic()
    with pytest.raises(TimeoutError_):
        run_with_deadline(lambda: gate.wait(5), 0.2, on_abandon=gate.set)
    assert time.monotonic() - start < 1.0 and gate.is_set()
    assert run_with_deadline(lambda: 42, 1.0) == 42
    with pytest.raises(KeyError):
        run_with_deadline(lambda: {}["x"], 1.0)


def test_budget() -> None:
    b = Budget(max_chars=10, max_requests=2)
    assert b.allows(10) and not b.allows(11)
    b.spend(6)
    assert b.allows(4) and not b.allows(5)
    b.spend(1)
    assert not b.allows(1)
