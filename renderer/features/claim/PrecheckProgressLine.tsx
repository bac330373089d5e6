// Under the checklist while its pre-check runs: which file it is on, and for a scan the page OCR
// is reading ("Reading page 2 of 5 by OCR: Scan.pdf"), so a reviewer knows why it takes seconds.
import { useTranslation } from '../../i18n/useTranslation';
import type { PrecheckProgress } from '../../../shared/api/schemas';
import { Spinner } from '../../ui/Spinner';

export function PrecheckProgressLine({ progress }: { readonly progress: PrecheckProgress }) {
  const { t } = useTranslation();
  const done = progress.files.filter((f) => f.done).length;
  const reading = progress.files.find((f) => !f.done && f.ocrPage !== null);
  return (
    <p className="checklist__progress small" role="status" data-testid="precheck-progress">
      <Spinner label={t('checklist.precheck.running')} />{' '}
      {reading
        ? t('checklist.precheck.ocrPage', { page: reading.ocrPage, pages: reading.pages ?? reading.ocrPage, name: reading.name })
        : t('checklist.precheck.files', { done, count: progress.files.length })}
    </p>
  );
}
