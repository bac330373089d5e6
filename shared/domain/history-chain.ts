// The tamper-evident history: each entry commits to the hash of the one before it, per claim.
import { canonicalJson } from './canonical-json';
import type { Side } from './codes';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  readonly claimId: string;
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly side: Side;
  readonly kind: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
}

/** The exact text that is hashed; the hash function itself lives where crypto does. */
export function chainPayload(e: ChainFields): string {
  return canonicalJson({
    claimId: e.claimId,
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    side: e.side,
    kind: e.kind,
    detail: e.detail,
    prevHash: e.prevHash,
  });
}
