# Sourced by the other scripts: makes sure the Debian packages jixiao builds with are
# installed. As root it installs what is missing with apt-get; otherwise it prints the
# exact command to run and stops. Safe to run any number of times.
JIXIAO_PACKAGES="cmake g++ make libboost-dev libgtest-dev googletest libbenchmark-dev libcli11-dev doxygen graphviz python3 python3-pip python3-setuptools python3-venv"
# Workbooks (.xlsx, .ods; docs/import.md): LibreOffice's import library orcus; the test
# fixtures in tests/data/workbooks are made by tests/tools/make_workbooks.py with
# XlsxWriter (.xlsx) and odfpy (.ods). zlib checks every zip entry before orcus reads it.
JIXIAO_PACKAGES="$JIXIAO_PACKAGES pkg-config liborcus-dev libixion-dev zlib1g-dev python3-xlsxwriter python3-odf"
# The Java binding (java/, docs/java.md): a JDK 17 and JNA (jna.jar and its native part).
JIXIAO_PACKAGES="$JIXIAO_PACKAGES openjdk-17-jdk-headless libjna-java"
# The HTML report (docs/report.md): the test browser.report_chromium renders it with
# headless Chromium, and a CJK font makes its Chinese text glyphs, not boxes.
JIXIAO_PACKAGES="$JIXIAO_PACKAGES chromium fonts-noto-cjk"
# The batch inside a distributed engine (docs/batch.md): the test tool.batch_dask runs a
# Dask LocalCluster; Debian's packages belong to /usr/bin/python3.
JIXIAO_PACKAGES="$JIXIAO_PACKAGES python3-dask python3-distributed"
# The JSON form reader (docs/design.md, "Dependencies"): simdjson parses a form's JSON.
JIXIAO_PACKAGES="$JIXIAO_PACKAGES libsimdjson-dev"
# The fuzz step of .ci/run (fuzz/run.sh) also needs clang and its runtime libraries
# (libFuzzer, ASan, UBSan), which clang-14 only recommends: pass this list to
# jixiao_ensure_packages.
JIXIAO_FUZZ_PACKAGES="clang libclang-rt-14-dev"

jixiao_missing_packages() {
  local missing="" p
  for p in $JIXIAO_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

jixiao_ensure_packages() {
  local extra="${1:-}" missing
  missing="$(JIXIAO_PACKAGES="$JIXIAO_PACKAGES $extra" jixiao_missing_packages)"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "jixiao: installing missing packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
      echo "jixiao: apt-get install failed for:$missing" >&2
      return 1
    }
  else
    echo "jixiao: missing packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    return 1
  fi
}
