// The service layer as the API contract's handler map: both transports call exactly this.
import type { Method, MethodOutput, ParsedInput } from '../../shared/api/contract';
import { getClaim, listQueue } from './claims';
import type { ServiceContext } from './context';
import { decide } from './decisions';
import { documentContent } from './documents';

export type Handlers = {
  readonly [M in Method]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'session.info': () => ({
      user: ctx.user,
      appVersion: ctx.appVersion,
      transport: ctx.transport,
      dataDir: ctx.store.dataDir,
      claimCount: (ctx.store.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n,
    }),
    'queue.list': (input) => listQueue(ctx, input),
    'claim.get': (input) => getClaim(ctx, input),
    'claim.decide': (input) =>
      decide(ctx, { claimId: input.claimId, action: input.action, actor: ctx.user, expectedVersion: input.expectedVersion }),
    'document.content': (input) => documentContent(ctx, input.id),
  };
}
