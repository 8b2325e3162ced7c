#!/usr/bin/env bash
# Synthesize one environment and run Terraform on it: plan (default), apply of a saved plan, or destroy.
# Usage: scripts/deploy.sh [--env dev|prod|local] [plan|apply|destroy] [--auto-approve]
set -euo pipefail

usage() {
  sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}
fail() {
  echo "deploy: $*" >&2
  exit 1
}

env_name=dev
action=plan
auto_approve=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --env) [[ $# -ge 2 ]] || fail "--env needs a value"; env_name=$2; shift 2 ;;
    --env=*) env_name=${1#--env=}; shift ;;
    --auto-approve) auto_approve=true; shift ;;
    plan | apply | destroy) action=$1; shift ;;
    -h | --help) usage 0 ;;
    *) echo "deploy: unknown argument: $1" >&2; usage 2 ;;
  esac
done
case "$env_name" in dev | prod | local) ;; *) fail "unknown environment '$env_name' (use dev, prod or local)" ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1

# --- prerequisites -------------------------------------------------------------------------------
command -v node >/dev/null || fail "node is not installed (Node.js 20.19 or later is needed)."
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
  fail "node $(node --version) is too old; install Node.js 20.19 or later."
[[ -d node_modules ]] || fail "dependencies are missing; run 'npm ci' first."
command -v terraform >/dev/null || fail "terraform is not installed (1.9 or later is needed)."
# The project's own CLI configuration (provider mirror from EDA_TF_PROVIDER_MIRROR, local plugin cache).
TF_CLI_CONFIG_FILE=$(npx tsx scripts/terraform/write-cli-config.ts)
export TF_CLI_CONFIG_FILE
tf_version=$(terraform version -json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).terraform_version))')
node -e 'const [a,b]=process.argv[1].split(".").map(Number); process.exit(a>1||(a===1&&b>=9)?0:1)' "$tf_version" ||
  fail "terraform $tf_version is too old; install 1.9 or later."

if [[ "$env_name" != local ]]; then
  if command -v aws >/dev/null; then
    account=$(aws sts get-caller-identity --query Account --output text 2>/dev/null) ||
      fail "could not verify AWS credentials (aws sts get-caller-identity failed): configure them (aws configure, AWS_PROFILE, SSO login) and check the network."
    # Policies and ARNs use the account id from a variable (offline plans cannot look it up).
    export TF_VAR_account_id="${TF_VAR_account_id:-$account}"
    echo "deploy: AWS account $account"
  elif [[ -z "${AWS_ACCESS_KEY_ID:-}${AWS_PROFILE:-}${AWS_WEB_IDENTITY_TOKEN_FILE:-}" ]]; then
    fail "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or install the aws CLI)."
  fi
  [[ -n "${TF_VAR_account_id:-}" ]] || fail "set TF_VAR_account_id to the target account id (no aws CLI to look it up)."
fi

# --- synth ---------------------------------------------------------------------------------------
echo "deploy: synthesizing"
npx tsx main.ts
stack_dir="$root/cdktf.out/stacks/$env_name"
[[ -f "$stack_dir/cdk.tf.json" ]] || fail "synth produced no stack '$env_name'"
# The offline plan override must never reach a real run.
rm -f "$stack_dir"/*_override.tf.json

cd "$stack_dir"
terraform init -input=false

plan_file="$env_name.tfplan"
case "$action" in
  plan)
    terraform plan -input=false -out="$plan_file"
    echo "deploy: saved plan in ${stack_dir#"$root"/}/$plan_file"
    ;;
  apply | destroy)
    destroy_flag=()
    [[ "$action" == destroy ]] && destroy_flag=(-destroy)
    terraform plan -input=false "${destroy_flag[@]}" -out="$plan_file"
    if [[ "$auto_approve" != true ]]; then
      read -r -p "deploy: $action '$env_name' with this plan? Type yes to continue: " answer
      [[ "$answer" == yes ]] || fail "cancelled"
    fi
    terraform apply -input=false "$plan_file"
    [[ "$action" == apply ]] && terraform output
    ;;
esac
