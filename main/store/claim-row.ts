// A claim as the claims table stores it, one field per column. A module of its own: the claims
// table and the competing-claims reads both use it, and neither imports the other for it.
import type { PolicyId, ProductFamily, Status } from '../../shared/domain/codes';

export interface ClaimRow {
  id: string;
  status: Status;
  policy: PolicyId;
  version: number;
  partner_mpn_id: string;
  partner_name: string;
  partner_contact: string | null;
  customer_tenant_id: string;
  customer_subscription_id: string | null;
  customer_name: string;
  customer_domain: string | null;
  customer_country: string | null;
  customer_public_sector: number;
  customer_contact: string | null;
  activity: string;
  product_family: ProductFamily;
  submitted_at: string;
  status_since: string;
  assignee: string | null;
  sla_clock: string | null;
  sla_due_at: string | null;
  sla_due_ms: number | null;
  sla_at_risk_ms: number | null;
  sla_waiting: number;
  sla_sort_ms: number;
  rejection_reason: string | null;
  created_at: string;
  updated_at: string;
}
