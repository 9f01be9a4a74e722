"""Users, password hashes and the visibility groups each user may read.

Users come from ``BOARDBOT_USERS`` (comma-separated) or ``BOARDBOT_USERS_FILE``
(one per line), each ``name:pbkdf2_sha256$iterations$salt$hash[:group,group]``.
Everyone may read ``public``; an anonymous caller reads nothing else. Hashes,
not passwords, are stored so the file can sit in a deployment repo.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import ConfigError

PUBLIC = "public"
ITERATIONS = 200_000


@dataclass(frozen=True)
class User:
    name: str
    password_hash: str
    groups: tuple[str, ...]


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algo, iterations, salt, digest = encoded.split("$")
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    candidate = hash_password(password, salt, int(iterations)).split("$")[3]
    return hmac.compare_digest(candidate, digest)


def load_users(settings: Settings) -> dict[str, User]:
    lines: list[str] = []
    if settings.users_file:
        path = Path(settings.users_file)
        try:
            lines += path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"users file {path}: cannot read ({exc.strerror})") from exc
    if settings.users:
        lines += settings.users.split(",") if "\n" not in settings.users else settings.users.splitlines()
    users: dict[str, User] = {}
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) < 2 or not parts[0] or not parts[1].startswith("pbkdf2_sha256$"):
            raise ConfigError(f"users entry {n}: expected name:pbkdf2_sha256$...[:groups]")
        groups = tuple(g.strip() for g in (parts[2] if len(parts) > 2 else "").replace(";", ",").split(",") if g.strip())
        users[parts[0]] = User(parts[0], parts[1], groups)
    return users


def groups_for(settings: Settings, user: str | None) -> tuple[str, ...]:
    """Visibility groups ``user`` may read; anonymous (None or '') reads public only."""
    if not user:
        return (PUBLIC,)
    u = load_users(settings).get(user)
    if u is None:
        raise ConfigError(f"unknown user {user!r}")
    return tuple(dict.fromkeys((PUBLIC, *u.groups)))


def authenticate(settings: Settings, user: str, password: str) -> bool:
    u = load_users(settings).get(user)
    return bool(u and verify_password(password, u.password_hash))
