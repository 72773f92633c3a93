"""Connecting to the team's server with psycopg 3, and its errors in a user's words.

A URL may be a postgresql:// URI or a key=value string; whatever it says about TLS
(sslmode=require, sslrootcert=...) is passed to libpq untouched. The password is kept
apart from the URL (secrets.py), so URLs shown or stored never carry it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from storage.team.errors import LoginRefused, ServerUnavailable, TeamError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 5
_REFUSED = (
    "password authentication failed",
    "authentication failed",
    "no pg_hba.conf entry",
    "does not exist",
    "permission denied",
    "no password supplied",
    "not permitted to log in",
)


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    if "://" in url:
        parts = urlsplit(url)
        if parts.password is None:
            return url, None
        user = quote(unquote(parts.username or ""), safe="")
        host = parts.netloc.rpartition("@")[2]
        netloc = f"{user}@{host}" if user else host
        return urlunsplit(parts._replace(netloc=netloc)), unquote(parts.password)
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    password = params.pop("password", None)
    return make_conninfo(**params), password


def where(url: str) -> str:
    """The server and database a URL names, for messages (never the password)."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(url)
    except Exception:  # an unreadable URL: say so rather than echo it
        return "the team server"
    host = params.get("host") or "localhost"
    if str(host).startswith("/"):
        host = "the local socket"
    port = f":{params['port']}" if params.get("port") else ""
    database = params.get("dbname") or params.get("user") or ""
    return f"{host}{port}/{database}" if database else f"{host}{port}"


def _reason(exc: BaseException) -> str:
    """The server's own words, on one line (libpq prefixes them with the socket tried)."""
    text = " ".join(str(exc).split())
    for marker in ("FATAL: ", "ERROR: "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.rstrip(".") or type(exc).__name__


def _classified(exc: BaseException, url: str, doing: str) -> TeamError:
    import psycopg

    reason = _reason(exc)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege) or any(
        word in reason.lower() for word in _REFUSED
    ):
        return LoginRefused(f"the team server at {where(url)} refused {doing}: {reason}.")
    return ServerUnavailable(
        f"cannot reach the team server at {where(url)} ({reason}); "
        "nothing was lost, try again when it is back."
    )


def connect(url: str, password: str | None = None, *, autocommit: bool = False):  # noqa: ANN201
    """An open psycopg connection, or a TeamError saying why not."""
    import psycopg

    extra: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        extra["password"] = password
    try:
        return psycopg.connect(url, autocommit=autocommit, **extra)
    except psycopg.ProgrammingError as exc:  # an unreadable URL
        raise TeamError(f"that is not a PostgreSQL URL ({_reason(exc)}).") from exc
    except psycopg.Error as exc:
        raise _classified(exc, url, "the login") from exc


@contextlib.contextmanager
def server_errors(url: str, doing: str) -> Iterator[None]:
    """psycopg's errors during `doing` leave as TeamErrors; a bug's error stays a bug."""
    import psycopg

    try:
        yield
    except (psycopg.OperationalError, psycopg.errors.InsufficientPrivilege) as exc:
        raise _classified(exc, url, doing) from exc
    except psycopg.errors.InterfaceError as exc:  # the connection closed under us
        raise _classified(exc, url, doing) from exc
    except psycopg.DatabaseError as exc:  # a row or statement the server would not take
        raise TeamError(
            f"the team server at {where(url)} refused {doing}: {_reason(exc)}."
        ) from exc


def closing(conn: psycopg.Connection) -> contextlib.AbstractContextManager:
    """Close without raising: a server that went away must not hide the first error."""

    @contextlib.contextmanager
    def manager() -> Iterator[psycopg.Connection]:
        try:
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.close()

    return manager()
