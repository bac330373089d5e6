// What the partner or the customer did, recorded at the desk: a resubmission, a dispute, a
// withdrawal, a customer's decline. They reach the team by bundle or sync in the usual way; the
// command line (and any caller) records one through `claim.record`, as `claim.edit` records a
// partner's edit: under the caller's role, in the name of the partner's or customer's person.
import { z } from 'zod';
import { ACTIONS, type Action } from '../domain/codes';
import { ActorSchema, DecideInputSchema, REVIEWER_ACTIONS } from './schemas';

export const RECORDED_ACTIONS = ACTIONS.filter((a) => !(REVIEWER_ACTIONS as readonly Action[]).includes(a)) as Exclude<Action, (typeof REVIEWER_ACTIONS)[number]>[];

/** A decision (DecideInputSchema's claim, version and message) that the partner's or customer's person took. */
export const RecordActionInputSchema = DecideInputSchema.pick({ claimId: true, expectedVersion: true, message: true }).extend({
  action: z.enum(RECORDED_ACTIONS as [Exclude<Action, (typeof REVIEWER_ACTIONS)[number]>, ...Exclude<Action, (typeof REVIEWER_ACTIONS)[number]>[]]),
  /** The partner's or customer's person who acted. */
  actor: ActorSchema,
});

export type RecordActionInput = z.infer<typeof RecordActionInputSchema>;
