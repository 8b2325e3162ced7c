#!/usr/bin/env bash
# Installs the outside clients the suite drives: Debian's AWS CLI v2 (/usr/bin/aws) and boto3 for Debian's
# Python (/usr/bin/python3), which predate SQS's switch to JSON and so speak awsQuery; and headless Chromium
# (/usr/bin/chromium), which loads the emulator's dashboard.
# Idempotent: does nothing when all are present; refreshes apt's lists only when it has to install.
set -euo pipefail

missing=()
[ -x /usr/bin/aws ] || missing+=(awscli)
/usr/bin/python3 -c 'import boto3' >/dev/null 2>&1 || missing+=(python3-boto3)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
else
  sudo_cmd=()
fi

echo "install-test-clients: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

# Fail loudly if the install did not give us what the tests call.
/usr/bin/aws --version >/dev/null
/usr/bin/python3 -c 'import boto3' >/dev/null
/usr/bin/chromium --version >/dev/null
