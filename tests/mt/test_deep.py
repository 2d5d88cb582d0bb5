"""The deep-translator adapter: language codes, secrets, timeouts outside the service."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.mt import transport
from auditor.mt.deep import PROVIDERS, DeepProvider, Secret, _map_code, _table, public_url, split_options
from auditor.mt.protocol import FatalError, UnsupportedLanguageError
from tests.mt.conftest import LibreServer, fake_translate


def test_language_tags_map_to_each_providers_codes() -> None:
    assert _map_code("bn", _table("google")) == "bn"
    assert _map_code("he", _table("google")) == "iw"
    assert _map_code("zh-Hans", _table("google")) == "zh-CN"
    assert _map_code("pt-BR", _table("google")) == "pt"
    assert _map_code("bn", _table("mymemory")) == "bn-IN"
    assert _map_code("bn", _table("libre")) is None  # absent from deep-translator's table
    assert _map_code("en-GB", _table("deepl")) == "en"


def test_limits_follow_the_providers() -> None:
    assert PROVIDERS["google"].max_chars < 5000 and PROVIDERS["mymemory"].max_chars < 500


def test_unsupported_pair_fails_without_network(no_network: list[Any]) -> None:
    p = DeepProvider("deepl", {"api_key": "k-123456"}, timeout=1)
    with pytest.raises(UnsupportedLanguageError):
        p.translate(["hello"], "en", "bn")
    with pytest.raises(FatalError, match="no API key"):
        DeepProvider("deepl", {}, timeout=1, env={}).translate(["hello"], "en", "de")
    assert no_network == []


def test_secrets_stay_out_of_options_repr_and_urls() -> None:
    public, secret = split_options({"custom_url": "https://user:pw@mt.example.org/api/?key=zz", "api_key": "s3cret!"})
    assert public == {"custom_url": "https://mt.example.org/api/"} and secret == {"api_key": "s3cret!"}
    p = DeepProvider("libre", {"custom_url": "https://user:pw@mt.example.org/", "api_key": "s3cret!"})
    assert "s3cret" not in repr(p) and "pw@" not in repr(p) and "s3cret" not in str(p.options)
    assert repr(Secret("abc")) == "Secret('***')" and str(Secret("abc")) == "Secret('***')"
    assert public_url("http://127.0.0.1:5000/x?y=1") == "http://127.0.0.1:5000/x"
    assert transport.SECRETS.scrub("url?api_key=s3cret!") == "url?api_key=***"


def test_env_key_is_used(libre_server: LibreServer) -> None:
    p = DeepProvider("libre", {"custom_url": libre_server.url}, env={"AUDITOR_LIBRE_API_KEY": "from-env-1"})
    assert p.translate(["Hi."], "en", "fr") == [fake_translate("Hi.", "fr")]
    assert libre_server.seen[0]["api_key"] == "from-env-1" and p.http_requests == 1


def test_deep_translator_gets_a_timeout_even_outside_the_service(libre_server: LibreServer) -> None:
    from deep_translator import LibreTranslator

    transport.install()
    libre_server.actions = ["hang"]
    old = transport.DEFAULT_TIMEOUT
    transport.DEFAULT_TIMEOUT = 0.3
    try:
        import requests

        with pytest.raises(requests.exceptions.Timeout):
            LibreTranslator(source="en", target="fr", api_key="x", custom_url=libre_server.url).translate("Hi")
    finally:
        transport.DEFAULT_TIMEOUT = old


def test_unknown_option_is_refused_before_any_request() -> None:
    with pytest.raises(ValueError, match="unknown \\[mt\\] option for libre: custom_ur"):
        DeepProvider("libre", {"custom_ur": "http://127.0.0.1:1/"})
    DeepProvider("libre", {"custom_url": "http://127.0.0.1:1/", "batch": "false", "chunk_chars": 100})
