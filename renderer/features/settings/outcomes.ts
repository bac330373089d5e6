// What a save, a backup or a restore came to, as facts: the screen words them when it shows them
// (Outcome.tsx), so a line already on screen follows a switch of language.
import type { Language, Restored, Theme } from '../../../shared/api/schemas';
import type { PolicyId } from '../../../shared/domain/codes';
import type { Refusal } from '../../../shared/domain/refusal';
import { ROLES, type Role, TEAM_SETTINGS } from '../../../shared/domain/roles';
import { type ApiError, fromService } from '../../api/api-error';
import { type FieldError, fieldErrors } from './fieldError';

export type SavedNote =
  | { readonly kind: 'saved' }
  | { readonly kind: 'identity'; readonly identity: string; readonly role: Role }
  | { readonly kind: 'calendar'; readonly deadlines: { readonly claims: number; readonly changed: number } | null }
  | { readonly kind: 'policy'; readonly policy: PolicyId; readonly from: string }
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'language'; readonly language: Language }
  | { readonly kind: 'dataFolder'; readonly folder: string };

export type StoreTask =
  | { readonly state: 'working'; readonly kind: 'backup' | 'restore' }
  | { readonly state: 'done'; readonly kind: 'backedUp'; readonly claims: number; readonly files: number; readonly file: string }
  | { readonly state: 'done'; readonly kind: 'downloading'; readonly file: string }
  | { readonly state: 'done'; readonly kind: 'restored'; readonly restored: Restored }
  | { readonly state: 'failed'; readonly kind: 'backup' | 'restore'; readonly error: ApiError };

/** A role's refusal of the team's settings, read from its key. */
function teamSetting(refusal: Refusal | null): FieldError['refusal'] {
  if (refusal?.key !== 'team-setting-forbidden') return null;
  const role = ROLES.find((r) => r === refusal.params.role);
  const part = (Object.keys(TEAM_SETTINGS) as (keyof typeof TEAM_SETTINGS)[]).find((p) => p === refusal.params.part);
  return role && part ? { kind: 'teamSetting', role, part } : null;
}

/** A failed save, placed by field from the issues the envelope names, worded from their codes or a role refusal's key. */
export function saveErrors(error: ApiError): readonly FieldError[] {
  if (!fromService(error)) return [{ field: null, message: error.message, refusal: null, service: false }];
  if (error.issues.length > 0) return fieldErrors(error.issues);
  return [{ field: null, message: error.message, refusal: teamSetting(error.refusal), service: true }];
}
