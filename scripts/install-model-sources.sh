#!/usr/bin/env bash
# Installs the AWS model sources the shape generator reads and its tests check (emulator/generator/README.md):
#  - botocore at the version emulator/generated was generated from, for `python3` (into .eda/model-sources with
#    `pip install --target` when the machine's own botocore is another version, leaving system packages alone);
#  - Debian's python3-botocore, whose SQS model still spells SQS's query wire names.
# Idempotent: does nothing when both are present.
set -euo pipefail
cd "$(dirname "$0")/.."

want="$(sed -n 's|^// Generated from botocore \([^ ]*\) .*|\1|p' emulator/generated/sqs.ts)"
have="$(python3 -c 'import botocore; print(botocore.__version__)' 2>/dev/null || true)"
pinned="$(PYTHONPATH=.eda/model-sources python3 -c 'import botocore; print(botocore.__version__)' 2>/dev/null || true)"
if [ "$have" != "$want" ] && [ "$pinned" != "$want" ]; then
  echo "install-model-sources: installing botocore $want into .eda/model-sources" >&2
  python3 -m pip install --quiet --disable-pip-version-check --target .eda/model-sources "botocore==$want"
fi

if [ ! -d /usr/lib/python3/dist-packages/botocore/data ]; then
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); else sudo_cmd=(); fi
  echo "install-model-sources: installing python3-botocore" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-botocore >/dev/null
fi
