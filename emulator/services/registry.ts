import type { ServiceFactory } from "../core/service.js";

/** Every service the emulator serves by default, in start-up order. */
export const defaultServiceFactories: readonly ServiceFactory[] = [];
