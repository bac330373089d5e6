// The refusal every service that reads a claim by id may give: one sentence, one key.
import { DomainError } from '../../shared/api/result';

export function claimNotFound(id: string): DomainError {
  return new DomainError('not-found', `no claim with id "${id}"`, { key: 'claim-not-found', params: { claim: id } });
}
