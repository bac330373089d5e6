// Labels for the domain's codes (their tones are in ui/tones.ts). Codes stay the wire form; their
// words live in the catalogs (renderer/i18n/locales/*/domain.ts) and follow the UI's language.
import type { Action, Clock, Deficiency, ProductFamily, RejectionReason, Side, SlaState, Status } from '../../shared/domain/codes';
import { FINDING_STATUSES, type FindingStatus } from '../../shared/domain/precheck';
import type { TargetState } from '../../shared/domain/reviewer-target';
import { i18n } from './i18n';

export const statusLabel = (status: Status): string => i18n.t(`domain.status.${status}`);
export const actionLabel = (action: Action): string => i18n.t(`domain.action.${action}`);
export const clockLabel = (clock: Clock): string => i18n.t(`domain.clock.${clock}`);
export const slaStateLabel = (state: SlaState): string => i18n.t(`domain.slaState.${state}`);
export const targetStateLabel = (state: TargetState): string => i18n.t(`domain.targetState.${state}`);
export const sideLabel = (side: Side): string => i18n.t(`domain.side.${side}`);
export const productFamilyLabel = (family: ProductFamily): string => i18n.t(`domain.productFamily.${family}`);
export const reasonLabel = (reason: RejectionReason): string => i18n.t(`domain.reason.${reason}`);
/** The five checklist items, in plain words (docs/domain.md "Deficiency checklist"). */
export const deficiencyLabel = (code: Deficiency): string => i18n.t(`domain.deficiency.${code}`);
/** What the reviewer checks for each item: the question the checkbox answers. */
export const deficiencyHint = (code: Deficiency): string => i18n.t(`domain.deficiencyHint.${code}`);

const FINDING_WORDS: readonly string[] = Object.values(FINDING_STATUSES).flat();
const isFindingStatus = (status: string): status is FindingStatus => FINDING_WORDS.includes(status);

/** The pre-check's word for a finding; one this desk does not know yet is shown as it came. */
export function findingStatusLabel(status: string): string {
  return isFindingStatus(status) ? i18n.t(`domain.findingStatus.${status}`) : status;
}

/** "“Missing products”" / "« Produits manquants »": a label quoted in a sentence. */
export const quoted = (text: string): string => i18n.t('common.quote', { text });
