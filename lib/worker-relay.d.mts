import type { Cluster, Worker } from "node:cluster";

export const BROADCAST_TIMEOUT_MS: number;
export function announceReady(): void;
export function onWorkerReady(primary: Cluster, then: (worker: Worker) => void): void;
export function relayBetweenWorkers(primary?: Cluster): void;
export function onBroadcast(apply: (payload: any) => unknown): void; // eslint-disable-line @typescript-eslint/no-explicit-any
export function broadcast(payload: unknown): Promise<void>;
