"""MTService against deep-translator's real LibreTranslator client and a local server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from auditor.config import MTSettings
from auditor.mt.service import MTService
from tests.mt.conftest import LibreServer, fake_translate

SECRET = "sk-test-SECRET-7f3a9c"


def make(server_url: str, tmp_path: Path, warnings: list[str] | None = None, **kw: Any) -> MTService:
    options = {"custom_url": server_url, "api_key": SECRET, **kw.pop("options", {})}
    settings = MTSettings(provider=kw.pop("provider", "libre"), timeout=kw.pop("timeout", 2.0),
                          retries=kw.pop("retries", 2), options=options, **kw)
    sink = warnings if warnings is not None else []
    return MTService(settings, warn=sink.append, cache_path=tmp_path / "cache.sqlite3", backoff=0.01)


def test_success_sends_real_libre_requests_and_passes_bengali_through(libre_server: LibreServer, tmp_path: Path) -> None:
    warnings: list[str] = []
    with make(libre_server.url, tmp_path, warnings) as mt:
        res = mt.translate_segments(["Hello world.", "", "Second one.", "Hello world."], "en", "bn")
    assert res.reason is None, res.reason
    assert res.translations == [fake_translate("Hello world.", "bn"), "", fake_translate("Second one.", "bn"),
                                fake_translate("Hello world.", "bn")]
    assert res.from_cache == [False] * 4 and res.reason is None and res.complete
    # one batched request for the two distinct texts; Bengali (absent from deep-translator's
    # LibreTranslate table) goes through as "bn"
    assert len(libre_server.seen) == 1
    req = libre_server.seen[0]
    assert req["q"] == "Hello world.\nSecond one." and req["source"] == "en" and req["target"] == "bn"
    assert req["api_key"] == SECRET and req["format"] == "text"
    assert warnings == []
    assert mt.stats().requests == 1 and mt.stats().cache_misses == 2


def test_429_then_success_is_retried(libre_server: LibreServer, tmp_path: Path) -> None:
    libre_server.actions = ["429"]
    with make(libre_server.url, tmp_path) as mt:
        res = mt.translate_segments(["Bonjour."], "fr", "en")
        assert res.translations == [fake_translate("Bonjour.", "en")]
        assert mt.stats().retries == 1 and mt.stats().requests == 2
    assert len(libre_server.seen) == 2


def test_hang_times_out_warns_once_and_stops(libre_server: LibreServer, tmp_path: Path) -> None:
    libre_server.actions = ["hang"] * 10
    warnings: list[str] = []
    start = time.monotonic()
    with make(libre_server.url, tmp_path, warnings, timeout=0.5, retries=1) as mt:
        res = mt.translate_segments(["one.", "two."], "en", "de")
        again = mt.translate_segments(["three."], "en", "de")
        assert not mt.available
    elapsed = time.monotonic() - start
    assert res.translations == [None, None] and again.translations == [None]
    assert "did not answer within 0.5 s" in (res.reason or "")
    assert len(warnings) == 1 and "unavailable" in warnings[0]
    assert len(libre_server.seen) == 2  # first try + one retry, then the service gave up
    assert elapsed < 4.0


def test_500_retried_then_given_up_for_that_request_only(libre_server: LibreServer, tmp_path: Path) -> None:
    libre_server.actions = ["500", "500", "500"]
    warnings: list[str] = []
    with make(libre_server.url, tmp_path, warnings) as mt:
        res = mt.translate_segments(["Guten Tag."], "de", "en")
        assert res.translations == [None] and "HTTP 500" in (res.reason or "")
        assert len(libre_server.seen) == 3  # retries=2
        later = mt.translate_segments(["Guten Tag."], "de", "en")  # the server recovered
        assert later.translations == [fake_translate("Guten Tag.", "en")]
    assert warnings == []


def test_malformed_json_fails_the_item_without_retry(libre_server: LibreServer, tmp_path: Path) -> None:
    libre_server.actions = ["badjson"]
    with make(libre_server.url, tmp_path) as mt:
        res = mt.translate_segments(["Ciao."], "it", "en")
    assert res.translations == [None] and "malformed" in (res.reason or "")
    assert len(libre_server.seen) == 1


def test_long_text_is_chunked_under_the_limit(libre_server: LibreServer, tmp_path: Path) -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(40))  # ~1100 chars
    with make(libre_server.url, tmp_path, options={"chunk_chars": 200}) as mt:
        res = mt.translate_segments([text], "en", "ru")
    sizes = [len(r["q"]) for r in libre_server.seen]
    assert len(sizes) >= 6 and max(sizes) <= 200
    assert "".join(r["q"] for r in libre_server.seen) == text  # nothing lost or repeated
    out = res.translations[0] or ""
    assert out.count("<ru>") == len(sizes) and "sENTENCE NUMBER 39 IS HERE." in out


def test_second_run_is_served_from_cache_with_zero_requests(libre_server: LibreServer, tmp_path: Path) -> None:
    texts = ["Alpha.", "Beta.", "Gamma."]
    with make(libre_server.url, tmp_path) as mt:
        first = mt.translate_segments(texts, "en", "es")
    n = len(libre_server.seen)
    with make(libre_server.url, tmp_path) as mt2:
        second = mt2.translate_segments(texts, "en", "es")
        assert mt2.stats().requests == 0 and mt2.stats().cache_hits == 3
        assert ("mt.cache_hits", "3") in mt2.signature()
    assert len(libre_server.seen) == n
    assert second.translations == first.translations and second.from_cache == [True] * 3


def test_cache_key_covers_options_and_languages(libre_server: LibreServer, tmp_path: Path) -> None:
    with make(libre_server.url, tmp_path) as mt:
        mt.translate_segments(["Alpha."], "en", "es")
        mt.translate_segments(["Alpha."], "en", "fr")  # other target: a new request
    assert len(libre_server.seen) == 2
    with make(libre_server.url + "v2/", tmp_path) as mt:  # other server: other options
        mt.translate_segments(["Alpha."], "en", "es")
    assert len(libre_server.seen) == 3


def test_offline_provider_answers_from_cache_with_no_network(
    libre_server: LibreServer, tmp_path: Path, no_network: list[Any]
) -> None:
    # fill the cache directly (the guard is already on), as an earlier online run would have
    from auditor.mt.cache import MTCache

    with MTCache(tmp_path / "cache.sqlite3") as cache:
        cache.put_many("libre", "{}", "en", "bn", [("Hello.", "হ্যালো।")])
    warnings: list[str] = []
    with make(libre_server.url, tmp_path, warnings, provider="offline") as mt:
        res = mt.translate_segments(["Hello.", "Unknown."], "en", "bn")
        assert mt.available
        assert ("mt.cache_sources", "libre=1") in mt.signature()
    assert res.translations == ["হ্যালো।", None] and res.from_cache == [True, False]
    with MTService(MTSettings(), warn=warnings.append) as off:  # no config: MT off
        assert off.translate_segments(["Hello."], "en", "bn").translations == [None]
        assert not off.enabled and off.cache is None
    assert no_network == [] and libre_server.seen == [] and warnings == []


def test_unreachable_provider_one_warning_no_hang(closed_port: int, tmp_path: Path) -> None:
    warnings: list[str] = []
    start = time.monotonic()
    with make(f"http://127.0.0.1:{closed_port}/", tmp_path, warnings, retries=3) as mt:
        first = mt.translate_segments(["a.", "b."], "en", "de")
        second = mt.translate_segments(["c."], "en", "fr")
        requests_after = mt.stats().requests
    assert time.monotonic() - start < 3.0
    assert first.translations == [None, None] and second.translations == [None]
    assert requests_after == 1  # no retries on a refused connection, nothing after the stop
    assert len(warnings) == 1 and "cannot connect to 127.0.0.1" in warnings[0]
    assert first.reason == second.reason


def test_provider_merging_lines_falls_back_to_single_requests(libre_server: LibreServer, tmp_path: Path) -> None:
    libre_server.actions = ["merge"]
    with make(libre_server.url, tmp_path) as mt:
        res = mt.translate_segments(["One.", "Two.", "Three."], "en", "de")
    assert res.translations == [fake_translate(t, "de") for t in ["One.", "Two.", "Three."]]
    assert len(libre_server.seen) == 4  # the merged batch, then one each


def test_budget_caps_requests_and_warns_once(libre_server: LibreServer, tmp_path: Path) -> None:
    warnings: list[str] = []
    texts = [f"Line {i}\nwith a break." for i in range(5)]  # newlines: never batched
    with make(libre_server.url, tmp_path, warnings, max_requests=2) as mt:
        res = mt.translate_segments(texts, "en", "de")
        res2 = mt.translate_segments(["More\ntext."], "en", "de")
    assert sum(t is not None for t in res.translations) == 2 and res2.translations == [None]
    assert len(libre_server.seen) == 2
    assert len(warnings) == 1 and "budget" in warnings[0]


def test_keys_never_leak(libre_server: LibreServer, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    libre_server.actions = ["403"]
    warnings: list[str] = []
    caplog.set_level("DEBUG")
    with make(libre_server.url, tmp_path, warnings) as mt:
        res = mt.translate_segments(["Hola."], "es", "en")
        texts = [repr(mt), repr(mt.provider), str(mt.signature()), str(mt.stats()), res.reason or ""]
    assert res.translations == [None] and not mt.available
    assert len(warnings) == 1 and "refused the API key" in warnings[0]
    texts += warnings + [r.getMessage() for r in caplog.records]
    assert libre_server.seen[0]["api_key"] == SECRET  # it was really sent …
    assert all(SECRET not in t for t in texts)  # … and shown nowhere
