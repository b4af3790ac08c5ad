#!/usr/bin/env bash
# Builds the Windows package and checks it (just windows): bestand.exe through mingw-w64,
# a versioned zip with the German read-me and the sample inventories, and a run of the exe
# under wine on the samples whose outputs must equal the Linux build's byte for byte.
# Needs: rustup target x86_64-pc-windows-gnu, Debian's gcc-mingw-w64-x86-64 and wine.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cargo build --release
cargo build --profile dist --target x86_64-pc-windows-gnu
exe=$(realpath "$target/x86_64-pc-windows-gnu/dist/bestand.exe")
linux=$(realpath "$target/release/bestand")

# The package an IT department deploys.
pkg=$(mktemp -d)
trap 'rm -rf "$pkg"' EXIT
mkdir -p "$pkg/bestand-$version"
cp "$exe" packaging/LIESMICH.txt "$pkg/bestand-$version/"
cp -r input "$pkg/bestand-$version/input"
mkdir -p dist
(cd "$pkg" && python3 -m zipfile -c "bestand-$version-windows-x64.zip" "bestand-$version")
mv "$pkg/bestand-$version-windows-x64.zip" dist/
echo "dist/bestand-$version-windows-x64.zip"

# The exe under wine, from a folder with a space and umlauts, against the Linux build.
work="$pkg/Integrationsbericht Müller 2025"
mkdir -p "$work"
cp -r input "$work/input"
cp "$exe" "$work/bestand.exe"
# Wine 8 (Debian 12) lacks bcryptprimitives.dll; a stub beside the exe, for this test only.
x86_64-w64-mingw32-gcc -shared -o "$work/bcryptprimitives.dll" \
    packaging/bcryptprimitives-stub.c -ladvapi32
export SOURCE_DATE_EPOCH=1767225600 WINEDEBUG=-all WINEARCH=win64 WINEPREFIX="$pkg/wine"
wine64=$(command -v wine64 || echo /usr/lib/wine/wine64)
"$wine64" wineboot -i >/dev/null 2>&1 || true
(cd "$work" && "$wine64" ./bestand.exe report --input input --output out-windows >/dev/null)
(cd "$work" && "$linux" report --input input --output out-linux >/dev/null)
status=0
for f in measures.csv measures.parquet measures.xlsx findings.csv changes.csv summary.json report.pdf report.html report.docx rueckmeldungen/fachbereich-soziales.xlsx; do
    if cmp -s "$work/out-windows/$f" "$work/out-linux/$f"; then
        echo "same: $f"
    else
        echo "DIFFERENT: $f"
        status=1
    fi
done
exit $status
