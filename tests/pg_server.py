"""A throwaway PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder.

The server listens only on a unix socket inside that folder (no TCP port), trusts local connections,
and is stopped and deleted at the end. As root, the server runs as the ``postgres`` system user
(PostgreSQL refuses to run as root). Binaries come from the Debian package ``postgresql``.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path


def bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


class Server:
    def __init__(self):
        self.bin = bindir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries not found (apt-get install -y postgresql)")
        self.dir = Path(tempfile.mkdtemp(prefix="nfpg-", dir="/tmp"))  # short: unix socket paths are <108 bytes
        self.data = self.dir / "data"
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)

    def _run(self, *args: str) -> None:
        r = subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True,
                           user=self.user, timeout=120, cwd=self.dir)
        if r.returncode != 0:
            log = (self.dir / "log").read_text() if (self.dir / "log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {r.stderr or r.stdout}\n{log}")

    def start(self) -> "Server":
        self._run("initdb", "-D", str(self.data), "-U", "newsfacts", "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        opts = f"-k {self.dir} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://newsfacts@/{db}?host={self.dir}"

    def new_database(self) -> str:
        """A fresh empty database; its SQLAlchemy URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host=str(self.dir), user="newsfacts", dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
