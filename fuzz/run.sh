#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, seeded from the sample data and the
# bad-input corpus. Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dataset_loader review_loader settings_loader merge_reviews)
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    case $t in
        dataset_loader) cp ../sample_data/*.dataset.ron ../tests/data/good/*.dataset.ron ../tests/data/bad/*.dataset.ron "corpus/$t/" ;;
        review_loader) cp ../sample_data/*.review.ron ../tests/data/good/*.review.ron ../tests/data/bad/*.review.ron "corpus/$t/" ;;
        merge_reviews) printf '\0\1\2\3\1\2\3\4\5\6\1\2\3' > "corpus/$t/edits"
                       { cat ../sample_data/example-delegation.review.ron; printf '\377'; cat ../sample_data/example-delegation.review.ron; } > "corpus/$t/two" ;;
        settings_loader) printf '(renderer: Glow, recent: ["/tmp/a.review.ron"], editor_name: "A", native_dialogs: false)' > "corpus/$t/seed.ron" ;;
    esac
    echo "== $t for ${seconds}s"
    cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 2>&1 | tee "$t.log" | grep -E "^#[0-9]+ +(DONE|pulse)|ERROR|panicked|SUMMARY" || true
done
