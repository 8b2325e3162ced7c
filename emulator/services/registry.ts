import type { ServiceFactory } from "../core/service.js";
import { createSqsService } from "./sqs/index.js";

/** Every service the emulator serves by default, in start-up order. */
export const defaultServiceFactories: readonly ServiceFactory[] = [createSqsService];
