"""Users, roles, password hashes, login throttling and the visibility groups each user may read.

Users come from ``BOARDBOT_USERS`` (comma-separated) or ``BOARDBOT_USERS_FILE``
(one per line), each ``name:pbkdf2_sha256$iterations$salt$hash[:group,group[:role]]``.
Everyone may read ``public``; an anonymous caller reads nothing else. Hashes,
not passwords, are stored so the file can sit in a deployment repo.

Roles: ``reader`` reads; ``editor`` may also upload and replace papers;
``admin`` may also remove papers, change their visibility and manage users.
A line without a role (every line written before roles existed) is a reader:
least privilege, so an upgrade never widens what anyone may do.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import ConfigError

PUBLIC = "public"
ITERATIONS = 600_000  # OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ROLES = ("reader", "editor", "admin")
READER, EDITOR, ADMIN = ROLES


@dataclass(frozen=True)
class User:
    name: str
    password_hash: str
    groups: tuple[str, ...]
    role: str = READER

    @property
    def fingerprint(self) -> str:
        """Changes whenever the password, groups or role change: a session made before is void."""
        raw = f"{self.name}\0{self.password_hash}\0{','.join(self.groups)}\0{self.role}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def may(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def role_at_least(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def hash_iterations(encoded: str) -> int:
    try:
        return int(encoded.split("$")[1])
    except (IndexError, ValueError):
        return ITERATIONS


def verify_password(password: str, encoded: str) -> bool:
    """Checks with the iteration count stored in the hash, so old hashes keep working."""
    try:
        algo, iterations, salt, digest = encoded.split("$")
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    candidate = hash_password(password, salt, int(iterations)).split("$")[3]
    return hmac.compare_digest(candidate, digest)


def parse_role(raw: str, where: str) -> str:
    role = (raw or READER).strip().lower()
    if role not in ROLES:
        raise ConfigError(f"{where}: role {raw!r} is not one of {', '.join(ROLES)}")
    return role


_CACHE: dict[tuple[str, str], tuple[tuple[int, ...], dict[str, User]]] = {}
_CACHE_LOCK = threading.Lock()


def _read_lines(settings: Settings) -> tuple[list[str], tuple[int, ...]]:
    lines: list[str] = []
    stamp: tuple[int, ...] = (0, 0, 0)
    if settings.users_file:
        path = Path(settings.users_file)
        try:
            st = os.stat(path)
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
            lines += path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"users file {path}: cannot read ({exc.strerror})") from exc
    if settings.users:
        lines += settings.users.split(",") if "\n" not in settings.users else settings.users.splitlines()
    return lines, stamp


def parse_users(lines: list[str]) -> dict[str, User]:
    users: dict[str, User] = {}
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) < 2 or len(parts) > 4 or not parts[0] or not parts[1].startswith("pbkdf2_sha256$"):
            raise ConfigError(f"users entry {n}: expected name:pbkdf2_sha256$...[:groups[:role]]")
        groups = tuple(g.strip() for g in (parts[2] if len(parts) > 2 else "").replace(";", ",").split(",")
                       if g.strip())
        role = parse_role(parts[3] if len(parts) > 3 else "", f"users entry {n} ({parts[0]})")
        users[parts[0]] = User(parts[0], parts[1], groups, role)
    return users


def load_users(settings: Settings) -> dict[str, User]:
    """Every configured user; the file is re-read when it changes, so edits need no restart."""
    if settings.users_file:
        try:
            st = os.stat(settings.users_file)
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError as exc:
            raise ConfigError(f"users file {settings.users_file}: cannot read ({exc.strerror})") from exc
        key = (settings.users_file, settings.users)
        with _CACHE_LOCK:
            hit = _CACHE.get(key)
        if hit and hit[0] == stamp:
            return hit[1]
    lines, stamp = _read_lines(settings)
    users = parse_users(lines)
    if settings.users_file:
        with _CACHE_LOCK:
            _CACHE[(settings.users_file, settings.users)] = (stamp, users)
    return users


def groups_for(settings: Settings, user: str | None) -> tuple[str, ...]:
    """Visibility groups ``user`` may read; anonymous (None or '') reads public only."""
    if not user:
        return (PUBLIC,)
    u = load_users(settings).get(user)
    if u is None:
        raise ConfigError(f"unknown user {user!r}")
    return tuple(dict.fromkeys((PUBLIC, *u.groups)))


_DUMMY: dict[int, str] = {}


def _dummy_hash(iterations: int) -> str:
    if iterations not in _DUMMY:
        _DUMMY[iterations] = hash_password(secrets.token_hex(16), iterations=iterations)
    return _DUMMY[iterations]


class VerifiedLogins:
    """Recently verified (user, password) pairs, so one person opening many sessions pays PBKDF2 once.

    Holds only an HMAC of the password under a key made at start-up and never
    stored, tied to the user's current hash, for ``ttl_s`` seconds. Only a right
    password can hit it: a wrong one always costs the full PBKDF2, so guessing
    gains nothing (the same design as Elasticsearch's realm credential cache).
    """

    def __init__(self, ttl_s: float = 600.0) -> None:
        self.ttl_s = ttl_s
        self._key = secrets.token_bytes(32)
        self._seen: dict[str, tuple[bytes, str, float]] = {}
        self._lock = threading.Lock()

    def _mac(self, user: str, password: str) -> bytes:
        return hmac.new(self._key, f"{user}\0{password}".encode(), hashlib.sha256).digest()

    def hit(self, user: str, password: str, password_hash: str) -> bool:
        with self._lock:
            seen = self._seen.get(user)
        return bool(seen and seen[1] == password_hash and time.monotonic() < seen[2]
                    and hmac.compare_digest(seen[0], self._mac(user, password)))

    def add(self, user: str, password: str, password_hash: str) -> None:
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen.clear()
            self._seen[user] = (self._mac(user, password), password_hash, time.monotonic() + self.ttl_s)


def authenticate(settings: Settings, user: str, password: str, verified: VerifiedLogins | None = None) -> bool:
    """True for a right password. An unknown name costs as much as a known one: it is checked
    against a dummy hash with the users' largest iteration count, so timing does not tell names apart."""
    users = load_users(settings)
    u = users.get(user)
    if u is None:
        cost = max((hash_iterations(x.password_hash) for x in users.values()), default=ITERATIONS)
        verify_password(password, _dummy_hash(cost))
        return False
    if verified is not None and verified.hit(user, password, u.password_hash):
        return True
    ok = verify_password(password, u.password_hash)
    if ok and verified is not None:
        verified.add(user, password, u.password_hash)
    return ok


class LoginThrottle:
    """Failed logins per user name and per client address in a sliding window.

    After ``per_user`` failures for one name, or ``per_address`` from one address,
    within ``window_s`` seconds, further tries are refused without checking the
    password until the oldest failure leaves the window. Unknown names count
    like known ones, so the refusal tells nothing about which names exist.
    """

    def __init__(self, per_user: int, per_address: int, window_s: float) -> None:
        self.per_user, self.per_address, self.window_s = per_user, per_address, window_s
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and q[0] <= now - self.window_s:
            q.popleft()
        return q

    def retry_after(self, user: str, address: str) -> float:
        """Seconds until this pair may try again (0: now)."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for key, limit in ((f"u:{user}", self.per_user), (f"a:{address}", self.per_address)):
                q = self._recent(key, now)
                if limit > 0 and len(q) >= limit:
                    wait = max(wait, q[len(q) - limit] + self.window_s - now)
        return wait

    def failed(self, user: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"u:{user}", f"a:{address}"):
                self._recent(key, now).append(now)
            if len(self._fails) > 10_000:  # keep memory bounded under a spray of names
                for key in [k for k, q in self._fails.items() if not q]:
                    del self._fails[key]

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._fails.pop(f"u:{user}", None)
