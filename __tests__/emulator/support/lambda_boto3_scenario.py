"""Lambda through boto3 (restJson, current botocore): role, function from a zip, invoke, version, delete.

Usage: python3 lambda_boto3_scenario.py <endpoint> <zip-path> <name>
Prints one JSON document of what each step returned, for the test to check.
"""
import json
import sys

import boto3

endpoint, zip_path, name = sys.argv[1:4]
session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")
iam = session.client("iam", endpoint_url=endpoint)
lam = session.client("lambda", endpoint_url=endpoint)

trust = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}
role = iam.create_role(RoleName=f"{name}-role", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
with open(zip_path, "rb") as f:
    created = lam.create_function(
        FunctionName=name, Runtime="nodejs22.x", Handler="index.handler", Role=role["Arn"], Code={"ZipFile": f.read()}
    )
lam.get_waiter("function_active_v2").wait(FunctionName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
invoked = lam.invoke(FunctionName=name, Payload=json.dumps({"n": 7}).encode(), LogType="Tail")
version = lam.publish_version(FunctionName=name)
by_version = lam.invoke(FunctionName=name, Qualifier=version["Version"], Payload=b'{"v":1}')
try:
    lam.invoke(FunctionName=f"{name}-missing", Payload=b"{}")
    missing = None
except lam.exceptions.ResourceNotFoundException as error:
    missing = {"code": error.response["Error"]["Code"], "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}
lam.delete_function(FunctionName=name)

print(
    json.dumps(
        {
            "created": {"State": created["State"], "CodeSha256": created["CodeSha256"], "Runtime": created["Runtime"]},
            "invoked": {
                "StatusCode": invoked["StatusCode"],
                "Payload": json.loads(invoked["Payload"].read()),
                "ExecutedVersion": invoked["ExecutedVersion"],
                "HasLogResult": bool(invoked.get("LogResult")),
            },
            "version": version["Version"],
            "byVersion": {"ExecutedVersion": by_version["ExecutedVersion"], "Payload": json.loads(by_version["Payload"].read())},
            "missing": missing,
        }
    )
)
