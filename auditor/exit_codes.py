"""Exit codes of every ``auditor`` command, in one place (documented in the README).

| code | meaning |
|---|---|
| 0 | success: no finding at or above ``--fail-on`` |
| 1 | findings at or above ``--fail-on`` (or, for ``batch``, a chain failed) |
| 2 | bad input or usage: the message on stderr names the file and the problem |
| 3 | internal error: a bug in auditor; please report it |
| 130 | interrupted (Ctrl-C) |
"""

OK = 0
FINDINGS = 1
BAD_INPUT = 2
INTERNAL = 3
INTERRUPTED = 130
