"""``boardbot add-user``, ``set-role``, ``remove-user``, ``hash-password`` and ``audit``.

The users file holds one ``name:pbkdf2_sha256$...:group,group:role`` line per
user (see ``access``); writing those hashes by hand is error-prone, so these
commands make them. ``add-user`` appends (or with ``--replace`` rewrites) a
user's line; ``set-role`` changes only the role and ``remove-user`` deletes the
line - a running app ends that user's sessions on their next request.
``hash-password`` prints a hash for the inline ``BOARDBOT_USERS`` variable;
``audit`` prints the index's change log. Every change to the users file is
written to the audit log. Passwords are read from the terminal (asked twice)
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

from ..access import READER, ROLES
from ..errors import ConfigError

_NAME = re.compile(r"^[A-Za-z0-9._@+-]+$")  # no ':' ',' ';' or spaces: they delimit the users file


def _users_file_args(p: argparse.ArgumentParser) -> None:
    """The options every command that edits the users file takes."""
    p.add_argument("--users-file", metavar="FILE", help="users file (default: BOARDBOT_USERS_FILE)")
    p.add_argument("--config", metavar="TOML", help="config file (default: boardbot.toml)")
    p.add_argument("--index", metavar="DIR", help="index whose audit log records the change")


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None],
             filters_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("add-user", help="add a login (or change one with --replace) in the users file")
    p.add_argument("user", help="login name (letters, digits and . _ @ + -)")
    p.add_argument("--groups", default="", help="comma-separated visibility groups, e.g. members,finance "
                                                "(everyone reads 'public'; default: no others)")
    p.add_argument("--users-file", metavar="FILE", help="users file to write (default: BOARDBOT_USERS_FILE "
                                                         "or users_file in boardbot.toml)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    p.add_argument("--role", default=READER, choices=ROLES,
                   help="reader (default), editor (may upload and replace papers in the app) or admin "
                        "(may also remove papers, change their visibility and read the audit log)")
    p.add_argument("--replace", action="store_true", help="replace the user's existing line")
    p.add_argument("--config", metavar="TOML", help="config file (default: boardbot.toml)")
    p.add_argument("--index", metavar="DIR", help="index whose audit log records the change")
    p.set_defaults(func=cmd_add_user)

    p = sub.add_parser("set-role", help="change a user's role (reader, editor, admin); ends their sessions")
    p.add_argument("user")
    p.add_argument("role", choices=ROLES)
    _users_file_args(p)
    p.set_defaults(func=cmd_set_role)

    p = sub.add_parser("remove-user", help="delete a login; a running app ends their sessions at once")
    p.add_argument("user")
    _users_file_args(p)
    p.set_defaults(func=cmd_remove_user)

    p = sub.add_parser("audit", help="who changed which paper or user, and when")
    common(p)
    p.add_argument("--limit", type=int, default=50, help="the last N entries (default 50)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

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


def user_line(user: str, password: str, groups: list[str], role: str = READER, password_hash: str = "") -> str:
    from ..access import hash_password

    if not _NAME.match(user):
        raise ConfigError(f"user name {user!r}: use letters, digits and . _ @ + - only")
    line = f"{user}:{password_hash or hash_password(password)}:{','.join(groups)}"
    return line + f":{role}" if role != READER else line.rstrip(":")


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
    _write(path, lines)
    return outcome


def _write(path: Path, lines: list[str]) -> None:
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


def cmd_add_user(args: argparse.Namespace) -> int:
    from ..config import load_settings

    target = args.users_file or load_settings(args.config).users_file
    if not target:
        raise ConfigError("no users file: pass --users-file FILE or set BOARDBOT_USERS_FILE")
    groups = parse_groups(args.groups)
    line = user_line(args.user, read_password(args.password_stdin), groups, args.role)
    outcome = add_user(Path(target), line, replace=args.replace)
    _audit(args, "add-user" if outcome == "added" else "change-user", args.user,
           f"groups {','.join(groups) or '-'}; role {args.role}")
    print(f"{outcome} {args.user} (groups: {', '.join(['public', *groups])}; role: {args.role}) in {target}")
    return 0


def _users_file(args: argparse.Namespace) -> Path:
    from ..config import load_settings

    target = args.users_file or load_settings(args.config).users_file
    if not target:
        raise ConfigError("no users file: pass --users-file FILE or set BOARDBOT_USERS_FILE")
    return Path(target)


def _audit(args: argparse.Namespace, action: str, user: str, detail: str) -> None:
    from .. import audit
    from ..config import load_settings

    settings = load_settings(args.config, index_dir=getattr(args, "index", None))
    audit.record(settings.index_dir, audit.operator(), action, "", f"user {user}; {detail}")


def _existing(path: Path, name: str) -> Any:
    from ..access import parse_users

    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    user = parse_users(lines).get(name)
    if user is None:
        raise ConfigError(f"user {name!r} is not in {path}")
    return user


def cmd_set_role(args: argparse.Namespace) -> int:
    path = _users_file(args)
    u = _existing(path, args.user)
    add_user(path, user_line(u.name, "", list(u.groups), args.role, password_hash=u.password_hash), replace=True)
    _audit(args, "set-role", args.user, f"{u.role} -> {args.role}")
    print(f"{args.user}: role {args.role} (their open sessions have ended)")
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    path = _users_file(args)
    _existing(path, args.user)
    lines = path.read_text(encoding="utf-8").splitlines()
    keep = [ln for ln in lines if ln.strip().split(":", 1)[0] != args.user]
    _write(path, keep)
    _audit(args, "remove-user", args.user, "removed")
    print(f"removed {args.user} from {path} (their open sessions have ended)")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    import json

    from .. import audit
    from ..config import load_settings
    from ..terminal import safe

    entries = audit.read(load_settings(args.config, index_dir=args.index).index_dir, args.limit)
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("(no changes recorded)")
    for e in entries:
        print(safe(f"{e.get('time', '')}  {e.get('user', ''):16} {e.get('action', ''):15} "
                   f"{e.get('file', '')}  {e.get('detail', '')}".rstrip()))
    return 0


def cmd_hash_password(args: argparse.Namespace) -> int:
    from ..access import hash_password

    print(hash_password(read_password(args.password_stdin)))
    return 0
