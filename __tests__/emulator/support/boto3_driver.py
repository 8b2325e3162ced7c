"""Long-lived boto3 SQS client for the emulator suite, run with Debian's /usr/bin/python3 (boto3 1.26).

Protocol, one JSON object per line:
  stdin   {"id": 1, "op": "SendMessage", "input": {...API-shaped input...}}
  stdout  {"id": 1, "output": {...}}  or  {"id": 1, "error": {"code", "status", "message"}}
The first line written is {"ready": {...client facts...}}. Commands run on a thread pool so a long poll does
not hold up other calls. Blobs travel as base64 strings, as in SQS's JSON protocol.
"""

import base64
import json
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

BLOB_KEYS = {"BinaryValue"}


def snake_case(op):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", op).lower()


def decode_blobs(value, key=None):
    if isinstance(value, dict):
        return {k: decode_blobs(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_blobs(v, key) for v in value]
    if key in BLOB_KEYS and isinstance(value, str):
        return base64.b64decode(value)
    return value


def encode_for_json(value):
    if isinstance(value, dict):
        return {k: encode_for_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [encode_for_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def main():
    endpoint, region = sys.argv[1], sys.argv[2]
    client = boto3.client(
        "sqs",
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        # No retries, so the suite sees every error the server gives; long polls need more than the default.
        config=Config(retries={"max_attempts": 0}, read_timeout=70, max_pool_connections=20),
    )
    out_lock = threading.Lock()

    def write(obj):
        line = json.dumps(obj)
        with out_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def run(command):
        request_id = command["id"]
        try:
            method = getattr(client, snake_case(command["op"]))
            output = method(**decode_blobs(command.get("input", {})))
            output.pop("ResponseMetadata", None)
            write({"id": request_id, "output": encode_for_json(output)})
        except ClientError as err:
            error = err.response.get("Error", {})
            write(
                {
                    "id": request_id,
                    "error": {
                        "code": error.get("Code", ""),
                        "message": error.get("Message", ""),
                        "status": err.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0),
                    },
                }
            )
        except Exception as err:  # the client itself refused (validation) or the connection failed
            write({"id": request_id, "error": {"code": type(err).__name__, "message": str(err), "status": 0}})

    model = client.meta.service_model
    write(
        {
            "ready": {
                "boto3": boto3.__version__,
                "botocore": botocore.__version__,
                "protocol": model.metadata.get("protocol"),
            }
        }
    )
    with ThreadPoolExecutor(max_workers=16) as pool:
        for line in sys.stdin:
            if line.strip():
                pool.submit(run, json.loads(line))


if __name__ == "__main__":
    main()
