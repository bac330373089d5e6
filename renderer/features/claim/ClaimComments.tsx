import type { ClaimDetail } from '../../../shared/api/schemas';
import { formatDateTime } from '../../ui/format';
import { SIDE_LABELS } from '../../ui/labels';
import { Section } from './FieldList';

export function ClaimComments({ comments }: { readonly comments: ClaimDetail['comments'] }) {
  if (comments.length === 0) return null;
  return (
    <Section title="Comments" aside={String(comments.length)}>
      <ol className="comments">
        {comments.map((comment, i) => (
          <li key={`${comment.at}-${i}`} className={comment.internal ? 'comment comment--internal' : 'comment'}>
            <div className="comment__meta">
              <span className="comment__author">{comment.author}</span>
              <span className="faint">
                {SIDE_LABELS[comment.side]}
                {comment.internal ? ' · internal note' : ''}
              </span>
              <span className="comment__time faint tabular" title={comment.at}>
                {formatDateTime(comment.at)}
              </span>
            </div>
            <p className="comment__text">{comment.text}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
