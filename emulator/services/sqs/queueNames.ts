import { SqsErrors } from "./errors.js";

const STANDARD_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;

/** Queue names: 1–80 characters of [A-Za-z0-9_-], FIFO names counting their `.fifo` suffix. */
export function checkQueueName(name: string, fifo: boolean): void {
  if (fifo && !FIFO_NAME.test(name)) {
    throw SqsErrors.invalidParameterValue(
      "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.",
    );
  }
  if (!fifo && !STANDARD_NAME.test(name)) {
    throw SqsErrors.invalidParameterValue(
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
    );
  }
}
