"""The whole shipped catalog passes `temper spec validate`: the static checks of every spec, every
starter failing at least one test and every reference solution passing them all, each with its
language's real toolchain. Nothing is skipped: a missing toolchain is an error here
(`scripts/install-test-deps` installs them)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from temper.catalog.exercises import Catalog


@pytest.mark.timeout(3600)
def test_the_whole_catalog_validates(capsys):
    done = subprocess.run([sys.executable, "-m", "temper", "spec", "validate", "--json"],
                          capture_output=True, text=True, timeout=3500)
    report = json.loads(done.stdout)
    errors = [f"{f['path']}:{f['line']}: {f['message']}" for f in report["findings"]
              if f["severity"] == "error"]
    assert not errors and done.returncode == 0, "\n".join(errors) or done.stderr
    catalog = Catalog.load()
    assert not catalog.errors and report["specs"] == len(catalog.exercises) > 0
    with capsys.disabled():
        languages = Counter(e.language for e in catalog.exercises.values())
        print(f"\ncatalog: {report['specs']} exercises ({dict(sorted(languages.items()))}), "
              f"validated with their tests in {report['seconds']:.0f} s, "
              f"{report['warnings']} warnings")
