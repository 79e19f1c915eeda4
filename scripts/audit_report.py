"""Read pip-audit's JSON report and say, in one line each, what it found or why it could not look.

pip-audit exits non-zero both for found vulnerabilities and for packages it could not check;
this tells the two apart, so that an offline machine skips the audit and a vulnerable pin fails.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(report_path: str, status: str) -> int:
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8") or "{}")
    except json.JSONDecodeError:
        report = {}
    deps = report.get("dependencies", [])
    if not deps:
        print(f"pip-audit: no report (exit status {status}); vulnerability data unreachable?")
        return 0
    vulnerable = [d for d in deps if d.get("vulns")]
    skipped = [d for d in deps if d.get("skip_reason")]
    for dep in vulnerable:
        ids = ", ".join(v.get("id", "?") for v in dep["vulns"])
        print(f"pip-audit: {dep['name']} {dep.get('version')} has known vulnerabilities: {ids}")
    if vulnerable:
        return 1
    if len(skipped) == len(deps):
        print(
            f"pip-audit: the vulnerability data was not reachable from this machine; "
            f"none of {len(deps)} packages could be checked (audit skipped, not failed)"
        )
        return 0
    print(
        f"pip-audit: no known vulnerabilities in {len(deps) - len(skipped)} checked packages"
        + (f" ({len(skipped)} could not be checked)" if skipped else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "?"))
