#!/usr/bin/env bash
# Rebuild assets/fonts/NotoSansSC-Regular-subset.ttf (and OFL.txt) from scratch.
#
#   bash assets/fonts/make-subset.sh
#
# Works from any working directory and is idempotent: it always regenerates
# the subset from the pinned source font and overwrites the output atomically.
#
# Needs: bash, python3 (pip), npm (reaches the npm registry), tar.
# Source font: the npm package @expo-google-fonts/noto-sans-sc (static TTF of
# Google Fonts' Noto Sans SC, SIL Open Font License 1.1; see OFL.txt).
#
# Re-run whenever new Chinese (or other non-GB 2312) characters appear in
# sample data, test data, translations or UI strings in src/.
set -euo pipefail

# Pinned source. Override NOTO_PKG_VERSION to move to a newer package; then
# set NOTO_TTF_SHA256 to the new file's hash (or to "" to skip the check) and
# update README.md.
NOTO_PKG="@expo-google-fonts/noto-sans-sc"
NOTO_PKG_VERSION="${NOTO_PKG_VERSION:-0.4.3}"
NOTO_TTF_PATH_IN_PKG="400Regular/NotoSansSC_400Regular.ttf"
if [[ "${NOTO_PKG_VERSION}" == "0.4.3" ]]; then
  NOTO_TTF_SHA256="${NOTO_TTF_SHA256-d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16}"
else
  NOTO_TTF_SHA256="${NOTO_TTF_SHA256-}"
fi

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
cd "${REPO_ROOT}"

OUT="assets/fonts/NotoSansSC-Regular-subset.ttf"
PYTHON="${PYTHON:-python3}"

# --- fonttools ---------------------------------------------------------------
if ! "${PYTHON}" -c 'import fontTools.subset' >/dev/null 2>&1; then
  echo "make-subset: installing fonttools with pip" >&2
  "${PYTHON}" -m pip install --quiet 'fonttools>=4.40'
fi
echo "make-subset: fonttools $("${PYTHON}" -c 'import fontTools; print(fontTools.version)')" >&2

# --- temp dir ---------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/poa-font-subset.XXXXXX")"
cleanup() { rm -rf "${WORK}"; }
trap cleanup EXIT

# --- fetch the source font from npm ------------------------------------------
echo "make-subset: fetching ${NOTO_PKG}@${NOTO_PKG_VERSION}" >&2
(cd "${WORK}" && npm pack --silent "${NOTO_PKG}@${NOTO_PKG_VERSION}" >/dev/null)
TGZ="$(ls "${WORK}"/*.tgz)"
tar -xzf "${TGZ}" -C "${WORK}" "package/${NOTO_TTF_PATH_IN_PKG}" package/LICENSE_FONT package/package.json
SRC="${WORK}/package/${NOTO_TTF_PATH_IN_PKG}"
if [[ -n "${NOTO_TTF_SHA256}" ]]; then
  got="$(sha256sum "${SRC}" | cut -d' ' -f1)"
  if [[ "${got}" != "${NOTO_TTF_SHA256}" ]]; then
    echo "make-subset: sha256 mismatch for ${NOTO_TTF_PATH_IN_PKG}" >&2
    echo "  expected ${NOTO_TTF_SHA256}" >&2
    echo "  got      ${got}" >&2
    exit 1
  fi
fi

# --- character list ----------------------------------------------------------
UNICODES="${WORK}/unicodes.txt"
"${PYTHON}" - "${UNICODES}" <<'PY'
import sys
from pathlib import Path

out = Path(sys.argv[1])
cps = set()

# All of GB 2312: every 2-byte EUC-CN code 0xA1A1-0xF7FE that decodes
# (6,763 hanzi plus its symbols, Greek, Cyrillic, kana, box drawing, ...).
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            s = bytes([hi, lo]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        cps.update(ord(c) for c in s)

ranges = [
    (0x0020, 0x007E),  # ASCII printable
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2190, 0x21FF),  # Arrows
    (0x2500, 0x25FF),  # Box Drawing, Block Elements, Geometric Shapes
    (0x2700, 0x27BF),  # Dingbats
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0xFFFD, 0xFFFD),  # replacement character
]
for a, b in ranges:
    cps.update(range(a, b + 1))

# Every character used in the repository's data and UI strings.
root = Path(".")
files = []
files += sorted(root.glob("sample_data/**/*.ron"))
files += sorted(root.glob("tests/data/good/**/*.ron"))
files += sorted(p for p in root.glob("assets/i18n/**/*") if p.is_file())
files += sorted(root.glob("src/**/*.rs"))
repo_chars = set()
for p in files:
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        print(f"make-subset: skipping non-UTF-8 file {p}", file=sys.stderr)
        continue
    repo_chars.update(text)
# Control characters (newline, tab, ...) are never drawn.
repo_cps = {ord(c) for c in repo_chars if ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0}
cps |= repo_cps

out.write_text("".join(f"{cp:04X}\n" for cp in sorted(cps)))
(out.parent / "repo-unicodes.txt").write_text("".join(f"{cp:04X}\n" for cp in sorted(repo_cps)))
print(f"make-subset: {len(files)} repository files, {len(repo_cps)} distinct characters; "
      f"{len(cps)} code points requested", file=sys.stderr)
PY

# --- subset -------------------------------------------------------------------
TMP_OUT="${WORK}/subset.ttf"
"${PYTHON}" -m fontTools.subset "${SRC}" \
  --unicodes-file="${UNICODES}" \
  --layout-features='*' \
  --name-IDs='*' \
  --output-file="${TMP_OUT}"

mkdir -p "$(dirname "${OUT}")"
mv -f "${TMP_OUT}" "${OUT}"
# The package's font licence (SIL OFL 1.1 with the font's copyright line).
cp -f "${WORK}/package/LICENSE_FONT" assets/fonts/OFL.txt

# --- report -------------------------------------------------------------------
echo "source: ${NOTO_PKG}@$("${PYTHON}" -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "${WORK}/package/package.json"), ${NOTO_TTF_PATH_IN_PKG}, sha256 $(sha256sum "${SRC}" | cut -d' ' -f1)"
"${PYTHON}" - "${OUT}" "${WORK}/repo-unicodes.txt" <<'PY'
import os
import sys
from fontTools.ttLib import TTFont

path, repo_list = sys.argv[1], sys.argv[2]
font = TTFont(path)
cmap = font.getBestCmap()
print(f"{path}: {os.path.getsize(path):,} bytes, "
      f"{len(font.getGlyphOrder()):,} glyphs, {len(cmap):,} mapped code points")
repo = [int(l, 16) for l in open(repo_list) if l.strip()]
missing = [cp for cp in repo if cp not in cmap]
if missing:
    print("warning: characters used in the repository but absent from Noto Sans SC "
          "(egui falls back to its other fonts for these):")
    for cp in missing:
        print(f"  U+{cp:04X} {chr(cp)!r}")
else:
    print(f"all {len(repo)} characters used in the repository files are covered")
PY
