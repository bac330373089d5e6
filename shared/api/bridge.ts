// The shape of what the Electron preload exposes on `window.cpor`: one named method per API
// method, nothing generic. The preload checks itself against this type with `satisfies`.
import type { Method, MethodInput, MethodOutput } from './contract';
import type { Result } from './result';

export type BridgeApi = {
  readonly [M in Method]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export const BRIDGE_GLOBAL = 'cpor';
export const IPC_PREFIX = 'cpor:';
