import type { StreamState } from "./streams.js";

/** Where streams' control-plane state is kept between runs (nothing in memory mode). */
export interface StreamStore {
  load(): StreamState[];
  save(stream: StreamState): void;
  remove(streamId: number): void;
  clear(): void;
}

export const memoryStreamStore: StreamStore = {
  load: () => [],
  save: () => {},
  remove: () => {},
  clear: () => {},
};
