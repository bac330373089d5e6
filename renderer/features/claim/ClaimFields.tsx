import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { ChipList } from '../../ui/ChipList';
import { formatDateTime } from '../../i18n/format';
import { productFamilyLabel } from '../../i18n/labels';
import { type Field, FieldList, Section } from './FieldList';

type Contact = ClaimDetail['partner']['contact'];

function contactValue(contact: Contact) {
  if (!contact || (!contact.name && !contact.email && !contact.phone)) return null;
  return (
    <span className="contact">
      {contact.name && <span>{contact.name}</span>}
      {contact.email && <span className="contact__line">{contact.email}</span>}
      {contact.phone && <span className="contact__line tabular">{contact.phone}</span>}
    </span>
  );
}

export function ClaimFields({ claim }: { readonly claim: ClaimDetail }) {
  const { t } = useTranslation();
  const partner: Field[] = [
    { label: t('claim.fields.name'), value: claim.partner.name, data: true },
    { label: t('claim.fields.mpnId'), value: claim.partner.mpnId, tabular: true, data: true },
    { label: t('claim.fields.contact'), value: contactValue(claim.partner.contact), data: true },
  ];
  const customer: Field[] = [
    { label: t('claim.fields.name'), value: claim.customer.name, data: true },
    { label: t('claim.fields.tenantId'), value: <span className="mono break">{claim.customer.tenantId}</span>, data: true },
    {
      label: t('claim.fields.subscription'),
      value: claim.customer.subscriptionId ? <span className="mono break">{claim.customer.subscriptionId}</span> : null,
      data: true,
    },
    { label: t('claim.fields.domain'), value: claim.customer.domain, data: true },
    { label: t('claim.fields.country'), value: claim.customer.country, data: true },
    { label: t('claim.fields.publicSector'), value: claim.customer.publicSector ? t('common.yes') : t('common.no') },
    { label: t('claim.fields.contact'), value: contactValue(claim.customer.contact), data: true },
  ];
  const details: Field[] = [
    { label: t('claim.fields.activity'), value: claim.activity, data: true },
    { label: t('claim.fields.productFamily'), value: productFamilyLabel(claim.productFamily) },
    {
      label: t('claim.fields.products'),
      value:
        claim.products.length > 0 ? (
          <ChipList items={claim.products} />
        ) : null,
    },
    { label: t('claim.fields.policy'), value: claim.policy, tabular: true },
    {
      label: t('claim.fields.submitted'),
      value: <span title={claim.submittedAt}>{formatDateTime(claim.submittedAt)}</span>,
      tabular: true,
    },
    {
      label: t('claim.fields.assignee'),
      value: claim.assignee ? <span translate="no">{claim.assignee}</span> : <span className="faint">{t('claim.fields.unassigned')}</span>,
    },
  ];
  return (
    <>
      <Section title={t('claim.fields.claim')}>
        <FieldList fields={details} />
      </Section>
      <Section title={t('claim.fields.partner')}>
        <FieldList fields={partner} />
      </Section>
      <Section title={t('claim.fields.customer')}>
        <FieldList fields={customer} />
      </Section>
    </>
  );
}
