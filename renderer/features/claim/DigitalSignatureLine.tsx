// Under a digital signature's evidence, what its check means in plain words: who the certificate
// names, when it was signed, and whether the document is unchanged since. The certificate is never
// checked against a trust list, and the line says so rather than implying it.
import { useTranslation } from '../../i18n/useTranslation';
import type { DigitalSignatureEvidence } from '../../../shared/domain/checklist-proposals';
import { formatDateTime } from '../../i18n/format';

export function DigitalSignatureLine({ signature }: { readonly signature: DigitalSignatureEvidence }) {
  const { t } = useTranslation();
  const signer = signature.signer ?? t('checklist.evidence.digital.someone');
  const date = signature.signedAt ? formatDateTime(signature.signedAt) : t('checklist.evidence.digital.undated');
  const trouble = signature.integrity !== 'intact';
  return (
    <p className={trouble ? 'evidence__signature evidence__signature--trouble' : 'evidence__signature'} data-testid="digital-signature" data-integrity={signature.integrity}>
      {t(`checklist.evidence.digital.${signature.integrity}`, { signer, date })}
    </p>
  );
}
