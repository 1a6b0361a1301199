#!/usr/bin/env bash
# Restores, builds (warnings are errors), checks formatting and runs every test project, E2E included.
# Ends with one line: "N passed, N failed, N skipped". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
solution=BlazorConsole.sln
passed=0 failed=0 skipped=0 rc=0

summary() {
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
}

fail_step() {
  echo "FAILED: $1" >&2
  rc=1
  summary
  exit "$rc"
}

# Chromium for the E2E flows (Debian's package; Playwright never downloads browsers here)
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || fail_step "apt-get install chromium"
  else
    fail_step "chromium is missing at $chromium_path (install it, e.g. sudo apt-get install chromium, or set CHROMIUM_PATH)"
  fi
fi

dotnet tool restore || fail_step "dotnet tool restore"
dotnet restore "$solution" || fail_step "dotnet restore"
dotnet build "$solution" --no-restore -warnaserror || fail_step "dotnet build"
dotnet format "$solution" --verify-no-changes --no-restore || fail_step "dotnet format --verify-no-changes (run: dotnet format $solution)"
# the migrations match the model: tests/BlazorConsole.Data.Tests asserts HasPendingModelChanges() is false for both providers

log=$(mktemp)
one=$(mktemp)
trap 'rm -f "$log" "$one"' EXIT
for project in tests/*/*.csproj e2e/*/*.csproj; do
  echo "== $project"
  dotnet test "$project" --no-build 2>&1 | tee "$one"
  status=${PIPESTATUS[0]}
  cat "$one" >>"$log"
  if [ "$status" -ne 0 ]; then
    rc=1
    # a crashed test host prints no summary line: count the project as one failure
    if ! grep -Eq '^(Passed|Failed)! +- Failed:' "$one"; then
      failed=$((failed + 1))
      echo "FAILED: $project exited $status without a test summary" >&2
    fi
  fi
done

read -r p f s < <(awk '/^(Passed|Failed)! +- Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8 } END { printf "%d %d %d\n", p, f, s }' "$log")
passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
if [ "$failed" -gt 0 ]; then
  rc=1
fi
summary
exit "$rc"
