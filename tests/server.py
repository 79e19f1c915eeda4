"""The real dashboard in its own process, for the browser tests and the benchmarks.

One implementation serves both, so a fix to how the server starts or stops reaches every user
of it. Its log goes to a file, not a pipe: under load the server writes more than a pipe holds
and would block on a full one. It runs in its own process group so that stopping it stops the
whole tree Streamlit starts.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: How long the server may take to answer its health check.
START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AppServer:
    """Streamlit running ``app.py`` on a free loopback port, ready when the constructor returns.

    ``data_dir`` becomes ``ATLAS_DATA_DIR`` (None: the repository's own data); ``options`` are
    extra Streamlit settings without their leading dashes (``{"server.maxUploadSize": "1"}``).
    """

    def __init__(self, data_dir: Path | None, options: Mapping[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        handle, log = tempfile.mkstemp(prefix="atlas-server-", suffix=".log")
        self.log = Path(log)
        env = dict(os.environ)
        env.pop("ATLAS_DATA_DIR", None)
        if data_dir is not None:
            env["ATLAS_DATA_DIR"] = str(data_dir)
        args = [
            sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        for name, value in (options or {}).items():
            args += [f"--{name}", value]
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        os.close(handle)  # the server has its own copy
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(
            f"the Streamlit server did not start within {START_TIMEOUT_S} s; see {self.log}"
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue
