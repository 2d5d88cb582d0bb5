"""Session-wide fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_RNG = REPO.parent / "shared" / "tei" / "tei_all.rng"
VENDORED_RNG = REPO / "auditor" / "io" / "schema" / "tei_all.rng"


@pytest.fixture(scope="session")
def tei_schema() -> etree.RelaxNG:
    """TEI P5 ``tei_all`` compiled once per test session (~6 s), from ``../shared/tei/tei_all.rng``.

    Falls back to the vendored copy when ``../shared`` is absent. When both files are identical,
    the process-wide cached schema of :mod:`auditor.io.tei_validate` is reused, so the ~6 s
    compile happens once per process even if the code under test validates too.
    """
    from auditor.io import tei_validate
    from auditor.io.xmlsafe import parse_xml_file

    path = SHARED_RNG if SHARED_RNG.is_file() else VENDORED_RNG
    if path.read_bytes() == VENDORED_RNG.read_bytes():
        return tei_validate.tei_schema()
    return etree.RelaxNG(parse_xml_file(path))


def pytest_sessionstart(session: pytest.Session) -> None:
    # The gold alignment sets, the seed and the TEI example are read from ../shared, as CI lays
    # it out beside the clone; say so once instead of failing dozens of tests obscurely.
    if not (SHARED / "bench" / "align").is_dir() or not (SHARED / "seeds").is_dir():
        raise pytest.UsageError(
            f"the test suite needs the project's shared folder beside the repository ({SHARED}): "
            "the gold alignment sets, the seed text and the TEI example are read from there"
        )
