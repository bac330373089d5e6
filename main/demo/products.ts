// The work a partner typically does with each product of the shared catalog
// (shared/domain/products.ts, which also holds the synonyms the documents may use).
// Templates use {p} for the product as the document names it, and {users} {devices}
// {mailboxes} {gb} {n} {records} for sizes.
import type { ProductFamily } from '../../shared/domain/codes';
import { PRODUCT_CATALOG, type CatalogProduct } from '../../shared/domain/products';

export interface Product extends CatalogProduct {
  scope: readonly string[];
  deliverables: readonly string[];
}

const WORK: Record<string, Pick<Product, 'scope' | 'deliverables'>> = {
  'Microsoft Teams': {
    scope: [
      'deployment of {p} Phone for {users} users, including calling plans, auto attendants and call queues',
      'rollout of {p} meetings and chat to {users} staff across {n} sites, with adoption training for department leads',
      'design and configuration of {p} governance: naming policy, guest access and channel lifecycle rules',
      'replacement of the legacy conferencing system with {p} Rooms devices in {n} meeting rooms',
    ],
    deliverables: ['{p} governance and guest access design', '{p} Phone number porting and call flow workbook'],
  },
  'Exchange Online': {
    scope: [
      'migration of {mailboxes} on-premises Exchange mailboxes to {p} in {n} waves, including shared mailboxes',
      'configuration of {p} mail flow rules, anti-spam policies and DKIM and DMARC records for {domain}',
      'decommissioning of the remaining on-premises mail servers after the cut-over to {p}',
    ],
    deliverables: ['{p} migration runbook and wave schedule', 'Mail flow and hygiene configuration record for {p}'],
  },
  'SharePoint Online': {
    scope: [
      'migration of {gb} GB of departmental file shares to {p} sites with a new information architecture',
      'build of an intranet home site on {p} with news, events and a policy library',
      'configuration of {p} external sharing, site provisioning and retention settings',
    ],
    deliverables: ['{p} information architecture and site map', 'File share migration report ({p})'],
  },
  'Intune': {
    scope: [
      'enrollment of {devices} Windows and iOS devices in {p} with compliance and configuration profiles',
      'Autopilot provisioning of new laptops managed by {p}, replacing manual imaging',
      'app protection policies in {p} for personally owned phones',
    ],
    deliverables: ['{p} compliance and configuration profile baseline', 'Device enrollment guide for {p}'],
  },
  'Microsoft 365 E5': {
    scope: [
      'upgrade of {users} licensed users to {p} and activation of its security and compliance capabilities',
      'a licensing and adoption assessment for {p} with a 90-day activation plan',
      'enablement of {p} audio conferencing and advanced auditing for {users} users',
    ],
    deliverables: ['{p} activation plan and licence assignment report'],
  },
  'Entra ID P2': {
    scope: [
      'configuration of Conditional Access and risk-based sign-in policies in {p}',
      'deployment of Privileged Identity Management in {p} for {n} administrative roles',
      'quarterly access reviews for guest accounts using {p}',
    ],
    deliverables: ['Conditional Access policy set for {p}', 'Privileged role inventory and {p} configuration record'],
  },
  'Defender for Endpoint': {
    scope: [
      'onboarding of {devices} endpoints to {p} with attack surface reduction rules',
      'tuning of {p} alerts and an incident response runbook for the security operations staff',
      'replacement of the previous antivirus product with {p} on servers and workstations',
    ],
    deliverables: ['{p} onboarding report and alert tuning log'],
  },
  'Purview': {
    scope: [
      'data classification with sensitivity labels and data loss prevention policies in {p}',
      'configuration of {p} retention policies and eDiscovery cases for the legal department',
      'an information protection workshop and a label taxonomy implemented in {p}',
    ],
    deliverables: ['{p} label taxonomy and data loss prevention policy record'],
  },
  'Windows 365': {
    scope: [
      'provisioning of {n} {p} cloud desktops for contractors and remote staff',
      'image management, user assignment and network connection setup for {p}',
      'a pilot of {p} for the contact centre with {n} agents',
    ],
    deliverables: ['{p} provisioning policy and image documentation'],
  },
  'Dynamics 365 Sales': {
    scope: [
      'implementation of {p} for {n} sellers, including the lead-to-opportunity process, product catalog and sales dashboards',
      'migration of {records} account and contact records from the legacy CRM into {p}',
      'configuration of {p} forecasting and pipeline management for regional managers',
    ],
    deliverables: ['{p} solution design and configured sales process', 'Data migration reconciliation report ({p})'],
  },
  'Dynamics 365 Customer Service': {
    scope: [
      'implementation of {p} case management with queues, routing rules and service levels for {n} agents',
      'a knowledge base and customer self-service portal connected to {p}',
      'live chat and voice channel configuration in {p}',
    ],
    deliverables: ['{p} case routing design', 'Knowledge article templates for {p}'],
  },
  'Dynamics 365 Finance': {
    scope: [
      'implementation of {p} general ledger, accounts payable and accounts receivable for {n} legal entities',
      'data migration of opening balances and vendor master data into {p}',
      'financial reporting and month-end close configuration in {p}',
    ],
    deliverables: ['{p} chart of accounts and posting profile design', 'Opening balance migration sign-off pack ({p})'],
  },
  'Power Apps': {
    scope: [
      'design and build of {n} {p} canvas applications for field inspections and asset requests',
      'a model-driven {p} application for grant management',
      'a {p} centre of excellence starter kit and maker guidelines',
    ],
    deliverables: ['{p} application source and solution package', 'Maker guidelines for {p}'],
  },
  'Power Automate': {
    scope: [
      'automation of {n} approval processes with {p}, replacing email-based routing',
      'integration of the ERP system with document storage using {p} cloud flows',
      'invoice processing automation with {p} desktop flows',
    ],
    deliverables: ['{p} flow inventory and run-book'],
  },
  'Power BI Pro': {
    scope: [
      'a set of {p} dashboards for {n} departments built on a certified dataset with row-level security',
      'licensing of {users} users for {p} and a report publishing governance model',
      'migration of {n} legacy spreadsheet reports to {p}',
    ],
    deliverables: ['{p} dashboards and certified dataset', 'Report publishing governance guide ({p})'],
  },
};

export const PRODUCTS: readonly Product[] = PRODUCT_CATALOG.map((p) => {
  const work = WORK[p.name];
  if (!work) throw new Error(`no demo work described for ${p.name}`);
  return { ...p, ...work };
});

export const PRODUCTS_BY_FAMILY: Record<ProductFamily, readonly Product[]> = {
  'microsoft-365': PRODUCTS.filter((p) => p.family === 'microsoft-365'),
  'business-applications': PRODUCTS.filter((p) => p.family === 'business-applications'),
};

const BY_NAME = new Map(PRODUCTS.map((p) => [p.name, p]));

export function productByName(name: string): Product {
  const p = BY_NAME.get(name);
  if (!p) throw new Error(`unknown demo product ${name}`);
  return p;
}

export const ACTIVITIES: Record<ProductFamily, readonly string[]> = {
  'microsoft-365': ['Pre-sales', 'Revenue association', 'Use or consume'],
  'business-applications': ['Pre-sales', 'Revenue association', 'Build intent - Advisor'],
};

/** Work descriptions that name no product, for documents that describe the service but
 * leave the claimed products out (the "missing products" deficiency). */
export const GENERIC_SCOPE: Record<ProductFamily, readonly string[]> = {
  'microsoft-365': [
    'a modern workplace assessment covering collaboration, messaging and device management',
    'identity and access hardening for {users} user accounts, including multi-factor authentication',
    'end-user adoption training for {users} staff with floor-walking support during go-live',
    'a security posture review with a prioritised remediation plan',
    'migration of departmental file shares and user mail data to the customer\u2019s cloud tenant',
    'a device management baseline for corporate laptops and phones',
  ],
  'business-applications': [
    'process discovery workshops for the sales and service departments',
    'data migration from the legacy customer database, including cleansing and de-duplication',
    'design of management reporting and operational dashboards',
    'low-code application development for internal request and approval processes',
    'integration with the customer\u2019s existing ERP system',
    'user acceptance testing support and key-user training for {n} key users',
  ],
};
