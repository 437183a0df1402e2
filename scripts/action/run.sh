#!/usr/bin/env bash
# The lint step of action.yml. Runs the CLI of the action's own package ($GITHUB_ACTION_PATH), never a
# copy from the network; builds it first when the checkout has no dist/ (dist/ is not committed).
# Sets the step outputs exit-code and sarif-file; the action's last step fails the job on exit-code,
# after the SARIF upload had its chance.
set -uo pipefail

cli="$GITHUB_ACTION_PATH/dist/cli.js"
if [ ! -f "$cli" ]; then
  echo "::group::Building unkey-lint"
  (cd "$GITHUB_ACTION_PATH" && npm ci --no-audit --no-fund && npm run build) >&2 || { echo "::error title=unkey-lint::could not build the CLI"; exit 2; }
  echo "::endgroup::"
fi

read -r -d '' -a paths <<< "${UNKEY_LINT_PATHS:-.}" || true
[ "${#paths[@]}" -gt 0 ] || paths=(.)

args=(--format "${UNKEY_LINT_FORMAT:-github}")
case "${UNKEY_LINT_FAIL_ON:-error}" in
  error) ;;
  warning) args+=(--max-warnings 0) ;;
  never) ;;
  *) echo "::error title=unkey-lint::fail-on must be error, warning or never, not \"$UNKEY_LINT_FAIL_ON\""; echo "exit-code=2" >> "$GITHUB_OUTPUT"; exit 0 ;;
esac

status=0
node "$cli" "${args[@]}" -- "${paths[@]}" || status=$?
if [ "${UNKEY_LINT_FAIL_ON:-error}" = never ] && [ "$status" -eq 1 ]; then status=0; fi

if [ "${UNKEY_LINT_UPLOAD_SARIF:-false}" = true ]; then
  sarif="${UNKEY_LINT_SARIF_FILE:-unkey-lint.sarif}"
  # Exit code 1 only means findings: the report is still complete.
  sarif_status=0
  node "$cli" --format sarif --output-file "$sarif" -- "${paths[@]}" || sarif_status=$?
  if [ "$sarif_status" -le 1 ]; then echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"; fi
fi

echo "exit-code=$status" >> "$GITHUB_OUTPUT"
