"""Paths the tests use, from the environment ctest sets (tests/python/CMakeLists.txt):
JIXIAO_LIBRARY (libjixiao.so), JIXIAO_TOOL (the jixiao tool), JIXIAO_SOURCE_DIR."""
import os
import subprocess
import sys
from pathlib import Path

SOURCE_DIR = Path(os.environ.get("JIXIAO_SOURCE_DIR", Path(__file__).resolve().parents[2]))
PYTHON_DIR = SOURCE_DIR / "python"
sys.path.insert(0, str(PYTHON_DIR))  # the package from the source tree, not an installed one

SEED = SOURCE_DIR / "examples" / "data" / "seed-suigang-2024-department.json"
SEED_TABLE = SOURCE_DIR / "tests" / "data" / "seed-suigang-2024-department.tsv"
ACTUALS = SOURCE_DIR / "tests" / "data" / "capi" / "seed.actuals.json"
PROGRESS = SOURCE_DIR / "tests" / "data" / "capi" / "seed.progress.json"
TOOL = os.environ.get("JIXIAO_TOOL", "")


def tool_json(*args: str) -> str:
    """The stdout of ``jixiao ARGS --format json`` (exit 0 or 1 both write the JSON)."""
    if not TOOL:
        raise RuntimeError("JIXIAO_TOOL is not set (run the tests through ctest)")
    done = subprocess.run([TOOL, *args, "--format", "json"], stdout=subprocess.PIPE, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"jixiao {' '.join(args)} exited {done.returncode}")
    return done.stdout.decode("utf-8")


def floats_in(value) -> list:
    """Every float anywhere in a parsed JSON value (there must be none)."""
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in floats_in(v)]
    if isinstance(value, (list, tuple)):
        return [f for v in value for f in floats_in(v)]
    return []
