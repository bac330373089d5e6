import { openAtDesk } from './openAtDesk';

/** A claim id that opens the claim at the desk. */
export function ClaimLink({ id }: { readonly id: string }) {
  return (
    <button type="button" className="team-link tabular" onClick={() => openAtDesk(id)} title={`Open ${id} at the desk`} data-testid="team-claim-link">
      {id}
    </button>
  );
}
