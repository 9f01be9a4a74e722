"""``boardbot add-user`` and ``boardbot hash-password``: manage logins without a text editor.

The users file holds one ``name:pbkdf2_sha256$...:group,group`` line per user
(see ``access``); writing those hashes by hand is error-prone, so these two
commands make them. ``add-user`` appends (or with ``--replace`` rewrites) a
user's line in the users file; ``hash-password`` prints a hash for the inline
``BOARDBOT_USERS`` variable. Passwords are read from the terminal (asked twice)
or, for scripts, from the first line of stdin with ``--password-stdin``; they
are never taken as an argument, where ``ps`` and shell history would see them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError

_NAME = re.compile(r"^[A-Za-z0-9._@+-]+$")  # no ':' ',' ';' or spaces: they delimit the users file


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None],
             filters_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("add-user", help="add a login (or change one with --replace) in the users file")
    p.add_argument("user", help="login name (letters, digits and . _ @ + -)")
    p.add_argument("--groups", default="", help="comma-separated visibility groups, e.g. members,finance "
                                                "(everyone reads 'public'; default: no others)")
    p.add_argument("--users-file", metavar="FILE", help="users file to write (default: BOARDBOT_USERS_FILE "
                                                         "or users_file in boardbot.toml)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    p.add_argument("--replace", action="store_true", help="replace the user's existing line")
    p.add_argument("--config", metavar="TOML", help="config file (default: boardbot.toml)")
    p.set_defaults(func=cmd_add_user)

    p = sub.add_parser("hash-password", help="print a password hash for BOARDBOT_USERS / the users file")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    p.set_defaults(func=cmd_hash_password)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise ConfigError("the two passwords differ")
    if not password:
        raise ConfigError("empty password")
    return password


def parse_groups(raw: str) -> list[str]:
    groups = [g.strip() for g in raw.replace(";", ",").split(",") if g.strip()]
    for g in groups:
        if not _NAME.match(g):
            raise ConfigError(f"group {g!r}: use letters, digits and . _ @ + - only")
    return list(dict.fromkeys(g for g in groups if g != "public"))


def user_line(user: str, password: str, groups: list[str]) -> str:
    from ..access import hash_password

    if not _NAME.match(user):
        raise ConfigError(f"user name {user!r}: use letters, digits and . _ @ + - only")
    return f"{user}:{hash_password(password)}" + (f":{','.join(groups)}" if groups else "")


def add_user(path: Path, line: str, replace: bool = False) -> str:
    """Write ``line`` into the users file at ``path``; returns 'added' or 'replaced'."""
    name = line.split(":", 1)[0]
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    same = [i for i, ln in enumerate(lines) if ln.strip().split(":", 1)[0] == name]
    if same and not replace:
        raise ConfigError(f"user {name!r} is already in {path}; use --replace to change them")
    outcome = "replaced" if same else "added"
    if same:
        lines[same[0]] = line
        lines = [ln for i, ln in enumerate(lines) if i not in same[1:]]
    else:
        lines.append(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    # write-then-rename so a running app never reads half a file; owner-only, like any credentials file
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return outcome


def cmd_add_user(args: argparse.Namespace) -> int:
    from ..config import load_settings

    target = args.users_file or load_settings(args.config).users_file
    if not target:
        raise ConfigError("no users file: pass --users-file FILE or set BOARDBOT_USERS_FILE")
    groups = parse_groups(args.groups)
    line = user_line(args.user, read_password(args.password_stdin), groups)
    outcome = add_user(Path(target), line, replace=args.replace)
    print(f"{outcome} {args.user} (groups: {', '.join(['public', *groups])}) in {target}")
    return 0


def cmd_hash_password(args: argparse.Namespace) -> int:
    from ..access import hash_password

    print(hash_password(read_password(args.password_stdin)))
    return 0
