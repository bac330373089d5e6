import type { ClaimDetail } from '../../../shared/api/schemas';
import { ChipList } from '../../ui/ChipList';
import { formatDateTime } from '../../ui/format';
import { PRODUCT_FAMILY_LABELS } from '../../ui/labels';
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
  const partner: Field[] = [
    { label: 'Name', value: claim.partner.name },
    { label: 'MPN ID', value: claim.partner.mpnId, tabular: true },
    { label: 'Contact', value: contactValue(claim.partner.contact) },
  ];
  const customer: Field[] = [
    { label: 'Name', value: claim.customer.name },
    { label: 'Tenant ID', value: <span className="mono break">{claim.customer.tenantId}</span> },
    {
      label: 'Subscription',
      value: claim.customer.subscriptionId ? <span className="mono break">{claim.customer.subscriptionId}</span> : null,
    },
    { label: 'Domain', value: claim.customer.domain },
    { label: 'Country', value: claim.customer.country },
    { label: 'Public sector', value: claim.customer.publicSector ? 'Yes' : 'No' },
    { label: 'Contact', value: contactValue(claim.customer.contact) },
  ];
  const details: Field[] = [
    { label: 'Activity', value: claim.activity },
    { label: 'Product family', value: PRODUCT_FAMILY_LABELS[claim.productFamily] },
    {
      label: 'Products',
      value:
        claim.products.length > 0 ? (
          <ChipList items={claim.products} />
        ) : null,
    },
    { label: 'Policy', value: claim.policy, tabular: true },
    {
      label: 'Submitted',
      value: <span title={claim.submittedAt}>{formatDateTime(claim.submittedAt)}</span>,
      tabular: true,
    },
    { label: 'Assignee', value: claim.assignee ?? <span className="faint">Unassigned</span> },
  ];
  return (
    <>
      <Section title="Claim">
        <FieldList fields={details} />
      </Section>
      <Section title="Partner">
        <FieldList fields={partner} />
      </Section>
      <Section title="Customer">
        <FieldList fields={customer} />
      </Section>
    </>
  );
}
