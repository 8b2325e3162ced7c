/* global process, Buffer, console */
// The emulator's Node.js runtime client: loads the function's handler and serves invocations through the Lambda
// Runtime API, writing logs and error documents as AWS's Node.js runtime does. Written by hand because AWS's
// own client (aws-lambda-nodejs-runtime-interface-client) needs a native build, and this one must start in a few
// milliseconds on the machine's Node. Plain JavaScript: it runs as its own process, outside the emulator's build.
import { existsSync, writeSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

const RUNTIME_PATH = "/2018-06-01/runtime";
/** Written to stdout and stderr after an invocation's last line, so the emulator knows its log is complete. */
const END_MARKER = "\u0000eda:invocation-end:";
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let currentRequestId;

function call(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(":");
    const outgoing = request({ host, port: Number(port), method, path, agent, headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function writeLine(fd, text) {
  // CloudWatch keeps one event per line; a multi-line message stays one event, as AWS's runtime keeps it.
  writeSync(fd, `${text.replace(/\n/g, "\r")}\n`);
}

function logLine(level, args) {
  const message = format(...args);
  const timestamp = new Date().toISOString();
  if (process.env.AWS_LAMBDA_LOG_FORMAT === "JSON") {
    writeLine(1, JSON.stringify({ timestamp, level, requestId: currentRequestId, message }));
    return;
  }
  writeLine(1, `${timestamp}\t${currentRequestId ?? "undefined"}\t${level}\t${message}`);
}

function patchConsole() {
  console.log = (...args) => logLine("INFO", args);
  console.info = (...args) => logLine("INFO", args);
  console.warn = (...args) => logLine("WARN", args);
  console.error = (...args) => logLine("ERROR", args);
  console.debug = (...args) => logLine("DEBUG", args);
  console.trace = (...args) =>
    logLine("TRACE", [format(...args), new Error().stack?.split("\n").slice(2).join("\n")]);
  console.fatal = (...args) => logLine("FATAL", args);
}

/** AWS's error document: `{errorType, errorMessage, trace}`. */
function errorDocument(error) {
  if (error instanceof Error) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: (error.stack ?? "").split("\n"),
    };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

function namedError(errorType, errorMessage, cause) {
  const error = new Error(errorMessage, cause === undefined ? undefined : { cause });
  error.name = errorType;
  if (cause instanceof Error && cause.stack) error.stack = `${errorType}: ${errorMessage}\n${cause.stack}`;
  return error;
}

async function adoptAssignment() {
  // A pre-started worker: it was started before its function was known and now waits for it.
  const response = await call("GET", "/_eda/worker/assignment");
  Object.assign(process.env, JSON.parse(response.body.toString("utf8")));
  delete process.env.EDA_PRESTARTED;
  process.chdir(process.env.LAMBDA_TASK_ROOT);
}

/** `dir/module.fn` or `module.nested.fn`: the module is up to the first dot after the last slash. */
function parseHandler(handler) {
  const slash = handler.lastIndexOf("/");
  const base = handler.slice(slash + 1);
  const dot = base.indexOf(".");
  if (dot <= 0 || dot === base.length - 1) {
    throw namedError("Runtime.MalformedHandlerName", `Bad handler ${handler}`);
  }
  return { module: handler.slice(0, slash + 1) + base.slice(0, dot), path: base.slice(dot + 1).split(".") };
}

async function loadHandler() {
  const handlerName = process.env._HANDLER ?? "";
  const { module, path } = parseHandler(handlerName);
  const root = process.env.LAMBDA_TASK_ROOT;
  const file = [".js", ".mjs", ".cjs"].map((extension) => join(root, module + extension)).find(existsSync);
  if (file === undefined) {
    throw namedError(
      "Runtime.ImportModuleError",
      `Error: Cannot find module '${module}'\nRequire stack:\n- ${import.meta.filename}`,
    );
  }
  let loaded;
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    if (error instanceof SyntaxError) throw namedError("Runtime.UserCodeSyntaxError", String(error), error);
    if (error?.code === "ERR_MODULE_NOT_FOUND" || error?.code === "MODULE_NOT_FOUND") {
      throw namedError("Runtime.ImportModuleError", String(error), error);
    }
    throw error;
  }
  let target = path[0] in loaded ? loaded : loaded.default;
  for (const key of path) target = target?.[key];
  if (target === undefined) {
    throw namedError("Runtime.HandlerNotFound", `${module}.${path.join(".")} is undefined or not exported`);
  }
  if (typeof target !== "function") {
    throw namedError("Runtime.HandlerNotFound", `${module}.${path.join(".")} is not a function`);
  }
  // From nodejs24.x on, AWS's runtime refuses handlers that declare a callback parameter, at init.
  const nodeRuntime = Number(
    /^AWS_Lambda_nodejs(\d+)\.x$/.exec(process.env.AWS_EXECUTION_ENV ?? "")?.[1] ?? 0,
  );
  if (nodeRuntime >= 24 && target.length >= 3) {
    throw namedError(
      "Runtime.CallbackHandlerDeprecated",
      "ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.",
    );
  }
  return target;
}

/** Async handlers, handlers returning a promise, and callback handlers (`(event, context, callback)`). */
function runHandler(handler, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const callback = (error, result) => {
      if (settled) return;
      settled = true;
      if (error !== undefined && error !== null) reject(error);
      else resolve(result);
    };
    context.done = callback;
    context.succeed = (result) => callback(null, result);
    context.fail = (error) => callback(error ?? new Error("handled"));
    try {
      const returned = handler(event, context, callback);
      if (returned !== null && typeof returned?.then === "function") {
        returned.then(
          (result) => callback(null, result),
          (error) => callback(error ?? new Error("rejected")),
        );
      } else if (handler.length < 3) {
        callback(null, returned);
      }
    } catch (error) {
      callback(error);
    }
  });
}

function contextFor(headers) {
  const deadline = Number(headers["lambda-runtime-deadline-ms"]);
  const clientContext = headers["lambda-runtime-client-context"];
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers["lambda-runtime-invoked-function-arn"],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers["lambda-runtime-aws-request-id"],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: clientContext === undefined ? undefined : JSON.parse(clientContext),
    identity: undefined,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function endOfInvocation(requestId) {
  writeSync(1, `${END_MARKER}${requestId}\n`);
  writeSync(2, `${END_MARKER}${requestId}\n`);
}

async function postError(path, error) {
  const document = errorDocument(error);
  await call("POST", path, JSON.stringify(document), {
    "content-type": "application/json",
    "Lambda-Runtime-Function-Error-Type": document.errorType,
  });
}

function reportUncaught(kind, error) {
  const document = errorDocument(error);
  logLine("ERROR", [`${kind} \t${JSON.stringify({ ...document, stack: document.trace, trace: undefined })}`]);
  const requestId = currentRequestId;
  const posting =
    requestId === undefined
      ? Promise.resolve()
      : (endOfInvocation(requestId), postError(`${RUNTIME_PATH}/invocation/${requestId}/error`, error));
  posting.finally(() => process.exit(129));
}

async function main() {
  if (process.env.EDA_PRESTARTED === "1") await adoptAssignment();
  patchConsole();
  let handler;
  try {
    handler = await loadHandler();
  } catch (error) {
    const document = errorDocument(error);
    logLine("ERROR", [
      `Uncaught Exception \t${JSON.stringify({ ...document, stack: document.trace, trace: undefined })}`,
    ]);
    await postError(`${RUNTIME_PATH}/init/error`, error);
    process.exit(1);
  }
  process.on("uncaughtException", (error) => reportUncaught("Uncaught Exception", error));
  process.on("unhandledRejection", (reason) =>
    reportUncaught(
      "Unhandled Promise Rejection",
      reason instanceof Error ? reason : namedError("Runtime.UnhandledPromiseRejection", String(reason)),
    ),
  );
  for (;;) {
    const next = await call("GET", `${RUNTIME_PATH}/invocation/next`);
    const requestId = next.headers["lambda-runtime-aws-request-id"];
    currentRequestId = requestId;
    process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"];
    let outcome;
    try {
      const event = next.body.length === 0 ? undefined : JSON.parse(next.body.toString("utf8"));
      const result = await runHandler(handler, event, contextFor(next.headers));
      outcome = { ok: true, body: JSON.stringify(result === undefined ? null : result) };
    } catch (error) {
      const document = errorDocument(error);
      logLine("ERROR", [
        `Invoke Error \t${JSON.stringify({ errorType: document.errorType, errorMessage: document.errorMessage, stack: document.trace })}`,
      ]);
      outcome = { ok: false, error };
    }
    endOfInvocation(requestId);
    currentRequestId = undefined;
    if (outcome.ok) {
      await call("POST", `${RUNTIME_PATH}/invocation/${requestId}/response`, outcome.body, {
        "content-type": "application/json",
      });
    } else {
      await postError(`${RUNTIME_PATH}/invocation/${requestId}/error`, outcome.error);
    }
  }
}

await main();
