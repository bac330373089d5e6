// The team's settings on the wire between the hub and its workstations (GET and PUT /v1/settings,
// shared/api/hub-routes.ts), and as a workstation keeps the copy it last fetched: the business
// calendar and the policy adoption, in the Settings screen's shapes, with the hub's version of
// them and who set them when.
import { z } from 'zod';
import { keyedCheck } from './input-issue';
import { CalendarSettingsSchema, PolicySettingSchema, TeamSettingsStampSchema } from './schemas';

export const TeamSettingsSchema = z
  .object({
    calendar: CalendarSettingsSchema,
    policy: PolicySettingSchema,
  })
  .extend(TeamSettingsStampSchema.shape);
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

/**
 * A team lead's change: the calendar's parts one by one, the policy as a whole; what is not named
 * is kept (on a hub that has none yet, the defaults). With `expectedVersion` the hub refuses the
 * change (409) when its settings are at another version (0: only while it has none).
 */
export const TeamSettingsChangeSchema = z
  .object({
    calendar: CalendarSettingsSchema.partial().strict().optional(),
    policy: PolicySettingSchema.strict().optional(),
    expectedVersion: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((change) => change.calendar !== undefined || change.policy !== undefined, {
    message: 'name the calendar or the policy to change',
    params: keyedCheck('nothing-to-change'),
  });
export type TeamSettingsChange = z.infer<typeof TeamSettingsChangeSchema>;
