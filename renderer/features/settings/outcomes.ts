// A failed save as the screen places it: one error per setting it names. The store keeps the
// failure as it came (state/settingsStore.ts); the screen reads it here when it shows it.
import type { Refusal } from '../../../shared/domain/refusal';
import { ROLES, TEAM_SETTINGS } from '../../../shared/domain/roles';
import { type ApiError, fromService } from '../../api/api-error';
import { type FieldError, fieldErrors } from './fieldError';

/** A role's refusal of the team's settings, read from its key. */
function teamSetting(refusal: Refusal | null): FieldError['refusal'] {
  if (refusal?.key !== 'team-setting-forbidden') return null;
  const role = ROLES.find((r) => r === refusal.params.role);
  const part = (Object.keys(TEAM_SETTINGS) as (keyof typeof TEAM_SETTINGS)[]).find((p) => p === refusal.params.part);
  return role && part ? { kind: 'teamSetting', role, part } : null;
}

/** A failed save, placed by field from the issues the envelope names, worded from their codes or a role refusal's key. */
export function saveErrors(error: ApiError): readonly FieldError[] {
  // A keyed refusal is the service's, whatever its code (the team hub out of reach is `unavailable`).
  if (error.refusal && error.refusal.key !== 'team-setting-forbidden') return [{ field: null, message: error.message, refusal: { kind: 'keyed', error }, service: true }];
  if (!fromService(error)) return [{ field: null, message: error.message, refusal: null, service: false }];
  if (error.issues.length > 0) return fieldErrors(error.issues);
  return [{ field: null, message: error.message, refusal: teamSetting(error.refusal), service: true }];
}
