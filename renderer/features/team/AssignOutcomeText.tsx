// What the last assignment did, worded as it is shown: the reviewer's name is data (translate="no");
// a refusal is the role table's sentence in the UI's language when the role may not assign, else
// the service's refusal after a lead-in (ui/ErrorMessage: in the UI's language when it is keyed).
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import { refusalNow } from '../../state/permissions';
import type { AssignOutcome } from '../../state/teamStore';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function AssignOutcomeText({ outcome }: { readonly outcome: AssignOutcome }) {
  const { t } = useTranslation();
  if (!outcome.ok) {
    const { error } = outcome;
    const role = error.code === 'forbidden' ? refusalNow('claim.assignMany') : null;
    if (role) return role;
    return (
      <>
        {t('team.outcome.refused')} <ErrorMessage error={error} />
      </>
    );
  }
  const { changed, unchanged, to } = outcome;
  const components = { to: <span translate="no">{to}</span> };
  const already = (count: number) => <Trans i18nKey={to === null ? 'team.outcome.alreadyUnassigned' : 'team.outcome.alreadyWith'} count={count} components={components} />;
  if (changed === 0) return already(unchanged);
  return (
    <>
      <Trans i18nKey={to === null ? 'team.outcome.unassigned' : 'team.outcome.assigned'} count={changed} components={components} />
      {unchanged > 0 && <Trans i18nKey={to === null ? 'team.outcome.alsoUnassigned' : 'team.outcome.alsoWith'} count={unchanged} components={components} />}
    </>
  );
}
