import { type KeyboardEvent, useId, useState } from 'react';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { draftKey, useClaimStore } from '../../state/claimStore';
import { useRefusal } from '../../state/permissions';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { RoleNote } from '../../ui/RoleNote';
import { SIDE_LABELS } from '../../ui/labels';
import { Spinner } from '../../ui/Spinner';

type Comment = ClaimDetail['comments'][number];

function sideBadge(comment: Comment): { tone: Tone; label: string } {
  if (comment.internal) return { tone: 'violet', label: 'Internal note' };
  if (comment.side === 'partner') return { tone: 'warn', label: 'Partner' };
  if (comment.side === 'reviewer') return { tone: 'info', label: 'Reviewer' };
  return { tone: 'neutral', label: SIDE_LABELS[comment.side] };
}

/** Writes to the partner, or an internal note only reviewers see. The draft survives tab switches. */
function CommentComposer({ claim }: { readonly claim: ClaimDetail }) {
  const key = draftKey(claim.id, 'comment');
  const text = useClaimStore((s) => s.drafts[key]?.text ?? '');
  const pending = useClaimStore((s) => s.commentPending);
  const error = useClaimStore((s) => s.commentError);
  const { setDraft, addComment } = useClaimStore.getState();
  const [internal, setInternal] = useState(false);
  const id = useId();

  function send() {
    if (!text.trim() || pending) return;
    void addComment(text.trim(), internal);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send();
    }
  }

  return (
    <div className={internal ? 'composer composer--internal' : 'composer'} data-testid="comment-composer">
      <div className="segmented" role="radiogroup" aria-label="Who reads it">
        {[false, true].map((value) => (
          <label
            key={String(value)}
            className={value === internal ? 'segmented__item segmented__item--on' : 'segmented__item'}
            data-testid={value ? 'comment-internal' : 'comment-partner'}
          >
            <input type="radio" name={`${id}-audience`} checked={value === internal} onChange={() => setInternal(value)} />
            {value ? 'Internal note' : 'To the partner'}
          </label>
        ))}
      </div>
      <label htmlFor={id} className="visually-hidden">
        {internal ? 'Internal note' : 'Comment to the partner'}
      </label>
      <textarea
        id={id}
        className="textarea"
        rows={3}
        value={text}
        placeholder={internal ? 'Only reviewers see internal notes' : 'The partner reads this in the claim’s comments'}
        onChange={(e) => setDraft(key, e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="comment-text"
      />
      {error && (
        <p className="dialog-error" role="alert">
          Not sent: {error.message}
        </p>
      )}
      <div className="composer__actions">
        <span className="faint small">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> sends
        </span>
        <Button size="small" variant="primary" disabled={!text.trim() || pending} onClick={send} data-testid="comment-send">
          {pending && <Spinner label="Sending" />}
          {internal ? 'Add internal note' : 'Send to partner'}
        </Button>
      </div>
    </div>
  );
}

/** The thread, oldest first as a conversation reads, with who wrote and for whom. */
export function ClaimComments({ claim }: { readonly claim: ClaimDetail }) {
  const refusal = useRefusal('claim.comment');
  return (
    <div className="comments-panel">
      {claim.comments.length === 0 ? (
        <p className="faint comments-panel__empty">No comments yet.</p>
      ) : (
        <ol className="comments" data-testid="comment-thread">
          {claim.comments.map((comment, i) => {
            const badge = sideBadge(comment);
            return (
              <li
                key={`${comment.at}-${i}`}
                className={`comment comment--${comment.internal ? 'internal' : comment.side}`}
                data-testid="comment"
              >
                <div className="comment__meta">
                  <span className="comment__author">{comment.author}</span>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                  <span className="comment__time faint tabular" title={comment.at}>
                    {formatDateTime(comment.at)}
                  </span>
                </div>
                <p className="comment__text">{comment.text}</p>
              </li>
            );
          })}
        </ol>
      )}
      {refusal ? (
        <div className="comments-panel__read-only">
          <RoleNote text={refusal} testId="comment-role-note" />
        </div>
      ) : (
        <CommentComposer claim={claim} />
      )}
    </div>
  );
}
