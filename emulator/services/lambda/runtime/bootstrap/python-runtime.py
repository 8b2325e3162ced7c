# The emulator's Python runtime client: loads the function's handler and serves invocations through the Lambda
# Runtime API, with AWS's error documents and log format. Written by hand because AWS's own client
# (awslambdaric) needs a native build; this one uses only the standard library of the machine's python3.
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

RUNTIME_PATH = "/2018-06-01/runtime"
END_MARKER = "\0eda:invocation-end:"
HOST, PORT = os.environ["AWS_LAMBDA_RUNTIME_API"].split(":")
connection = http.client.HTTPConnection(HOST, int(PORT))
current_request_id = None


def call(method, path, body=None, headers=None):
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.headers, response.read()


def error_document(error, error_type=None):
    return {
        "errorMessage": str(error),
        "errorType": error_type or type(error).__name__,
        "requestId": current_request_id or "",
        "stackTrace": traceback.format_list(traceback.extract_tb(error.__traceback__)),
    }


def post_error(path, document):
    call(
        "POST",
        path,
        json.dumps(document),
        {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": document["errorType"]},
    )


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = current_request_id or ""
        return True


def configure_logging():
    # AWS's Python runtime formats the root logger's lines as `[LEVEL]\ttimestamp\trequestId\tmessage`.
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    handler.formatter.converter = time.gmtime
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.WARNING)


def load_handler():
    handler_name = os.environ.get("_HANDLER", "")
    module_name, _, function_name = handler_name.rpartition(".")
    if not module_name or not function_name:
        raise RuntimeError(("Runtime.MalformedHandlerName", f"Bad handler '{handler_name}': not enough values to unpack"))
    sys.path.insert(0, os.environ["LAMBDA_TASK_ROOT"])
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as error:
        raise RuntimeError(("Runtime.ImportModuleError", f"Unable to import module '{module_name}': {error}"))
    except SyntaxError as error:
        raise RuntimeError(("Runtime.UserCodeSyntaxError", f"Syntax error in module '{module_name}': {error}"))
    handler = getattr(module, function_name, None)
    if handler is None:
        raise RuntimeError(("Runtime.HandlerNotFound", f"Handler '{function_name}' missing on module '{module_name}'"))
    return handler


class Context:
    def __init__(self, headers):
        self.aws_request_id = headers["Lambda-Runtime-Aws-Request-Id"]
        self.invoked_function_arn = headers["Lambda-Runtime-Invoked-Function-Arn"]
        self.function_name = os.environ["AWS_LAMBDA_FUNCTION_NAME"]
        self.function_version = os.environ["AWS_LAMBDA_FUNCTION_VERSION"]
        self.memory_limit_in_mb = os.environ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]
        self.log_group_name = os.environ["AWS_LAMBDA_LOG_GROUP_NAME"]
        self.log_stream_name = os.environ["AWS_LAMBDA_LOG_STREAM_NAME"]
        client_context = headers.get("Lambda-Runtime-Client-Context")
        self.client_context = None if client_context is None else json.loads(client_context)
        self.identity = None
        self._deadline_ms = int(headers["Lambda-Runtime-Deadline-Ms"])

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


def end_of_invocation(request_id):
    for stream in (sys.stdout, sys.stderr):
        stream.write(f"{END_MARKER}{request_id}\n")
        stream.flush()


def main():
    global current_request_id
    configure_logging()
    try:
        handler = load_handler()
    except RuntimeError as error:
        error_type, message = error.args[0]
        document = {"errorMessage": message, "errorType": error_type, "requestId": "", "stackTrace": []}
        print(f"[ERROR] {error_type}: {message}", flush=True)
        post_error(f"{RUNTIME_PATH}/init/error", document)
        sys.exit(1)
    except Exception as error:
        post_error(f"{RUNTIME_PATH}/init/error", error_document(error))
        sys.exit(1)
    while True:
        _, headers, body = call("GET", f"{RUNTIME_PATH}/invocation/next")
        request_id = headers["Lambda-Runtime-Aws-Request-Id"]
        current_request_id = request_id
        os.environ["_X_AMZN_TRACE_ID"] = headers.get("Lambda-Runtime-Trace-Id", "")
        try:
            event = json.loads(body) if body else None
            result = json.dumps(handler(event, Context(headers)))
            failure = None
        except Exception as error:
            failure = error_document(error)
            print(f"[ERROR] {failure['errorType']}: {failure['errorMessage']}", flush=True)
        end_of_invocation(request_id)
        current_request_id = None
        if failure is None:
            call("POST", f"{RUNTIME_PATH}/invocation/{request_id}/response", result, {"Content-Type": "application/json"})
        else:
            post_error(f"{RUNTIME_PATH}/invocation/{request_id}/error", failure)


main()
