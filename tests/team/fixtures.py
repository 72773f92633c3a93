"""A real PostgreSQL for the team tests (pgserver ships the binaries), one per test
process: each pytest-xdist worker starts its own in its own folder, and every test gets
a database of its own. Members log in with passwords (scram-sha-256); only the admin,
`postgres`, is trusted on the local socket."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cli import main
from storage.team.server_schema import add_member, init_team

HBA = "local all postgres trust\nlocal all all scram-sha-256\n"


@pytest.fixture(scope="session")
def pg_server():
    """Its folder is outside pytest's temporary folders: pytest makes those readable by
    their owner alone, and as root pgserver runs the server as another user."""
    import pgserver

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    parent = Path(tempfile.mkdtemp(prefix=f"candor-pg-{worker}-"))
    parent.chmod(0o755)
    server = pgserver.get_server(parent / "data", cleanup_mode="stop")
    (Path(server.pgdata) / "pg_hba.conf").write_text(HBA)
    server.psql("SELECT pg_reload_conf();")
    yield server
    server.cleanup()
    shutil.rmtree(parent, ignore_errors=True)


@pytest.fixture
def _no_keyring(monkeypatch):
    """Never the developer's own keyring: the password goes to the test's database."""
    monkeypatch.setenv("CANDOR_NO_KEYRING", "1")


@dataclass
class Team:
    """One team: its own database on the session's server."""

    server: object
    name: str
    admin_url: str
    members: dict[str, str] = field(default_factory=dict)

    def add(self, name: str) -> str:
        role = f"{self.name}_{name.lower().replace(' ', '_')}"
        url = add_member(self.admin_url, name, role)
        self.members[name] = url
        return url

    def sql(self, query: str, params: list | tuple = ()) -> list[tuple]:
        """Run `query` as the admin; rows if it returns any."""
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description else []

    def stop(self) -> None:
        import pgserver

        pgserver.pg_ctl(
            ["-w", "-m", "fast", "stop"], pgdata=self.server.pgdata, user=self.server.system_user
        )

    def start(self) -> None:
        self.server.ensure_postgres_running()


@pytest.fixture
def team(pg_server, _no_keyring) -> Team:
    name = f"t{uuid.uuid4().hex[:10]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    made = Team(pg_server, name, pg_server.get_uri(name))
    init_team(made.admin_url)
    yield made
    pg_server.ensure_postgres_running()  # a test may have stopped it
    pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")


def demo(path: Path, calls: int, seed: int = 1) -> Path:
    assert main(["--db", str(path), "demo", "--calls", str(calls), "--seed", str(seed)]) == 0
    return path
