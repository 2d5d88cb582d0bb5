"""What every command shares: one-line errors with documented exit codes, and settings."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from auditor import exit_codes
from auditor.errors import AuditorError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = exit_codes.BAD_INPUT) -> None:
    """Print ``message`` as one ``auditor: error:`` line on stderr and exit with ``code``."""
    click.echo(f"auditor: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn our errors into one stderr line and an exit code; never show a traceback
    (unless AUDITOR_DEBUG=1, for bug reports)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AuditorError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("auditor: interrupted", err=True)
            sys.exit(exit_codes.INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(exit_codes.OK)
        except MemoryError:
            fail("out of memory: the input is too large for this machine", exit_codes.BAD_INPUT)
        except OSError as exc:  # the file system refused a path we were given: bad input, not a bug
            name = str(exc.filename or "")
            name = name if len(name) <= 80 else name[:79] + "…"
            fail(f"{name}: {exc.strerror or exc}" if name else f"{exc.strerror or exc}", exit_codes.BAD_INPUT)
        except Exception as exc:  # a bug: say so plainly, in one line
            if os.environ.get("AUDITOR_DEBUG") == "1":
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set AUDITOR_DEBUG=1 for a traceback)",
                 exit_codes.INTERNAL)

    return wrapper  # type: ignore[return-value]


config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), default=None,
    help="Config file (TOML). Default: $AUDITOR_CONFIG, ./auditor.toml, then the user config folder.",
)
