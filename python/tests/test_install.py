"""The one-command install (docs/python.md) into a fresh virtualenv, without network:
``python3 -m venv --system-site-packages`` (setuptools and pip come from Debian), then
``pip install --no-build-isolation --no-index`` of a copy of python/, then import and use
it from outside the source tree."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import support


class VenvInstall(unittest.TestCase):
    def test_installs_and_imports_in_a_fresh_venv(self):
        with tempfile.TemporaryDirectory(prefix="jixiao-venv-") as tmp:
            tmp = Path(tmp)
            # pip builds in the source tree: build from a copy, so the tree stays clean
            source = tmp / "src"
            shutil.copytree(support.PYTHON_DIR, source,
                            ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info", "tests"))
            subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(tmp / "venv")],
                           check=True)
            python = str(tmp / "venv" / "bin" / "python")
            env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
            env.pop("PYTHONPATH", None)
            done = subprocess.run([python, "-m", "pip", "install", "--no-build-isolation", "--no-index", str(source)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, check=False)
            self.assertEqual(done.returncode, 0, done.stdout.decode("utf-8", "replace"))
            code = ("import jixiao, sys; assert '/venv/' in jixiao.__file__, jixiao.__file__; "
                    "f = jixiao.load_form(sys.argv[1]); r = f.check(); print(jixiao.version(), r.review_grade_zh)")
            used = subprocess.run([python, "-c", code, str(support.SEED)], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, env=env, cwd=str(tmp), check=False)
            self.assertEqual(used.returncode, 0, used.stdout.decode("utf-8", "replace"))
            self.assertEqual(used.stdout.decode("utf-8").split(), [sys.modules["jixiao"].version(), "优"])


import jixiao  # noqa: E402,F401  (for version() above, from the source tree)

if __name__ == "__main__":
    unittest.main()
