// For what the viewer cannot show: in the desktop app, hand the file to the operating system's
// viewer; in the browser host, download it (the page cannot reach the operating system).
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { documentFileName, extensionFor } from '../../../shared/domain/document-file-name';
import { type ApiError, toApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useSessionStore } from '../../state/sessionStore';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { saveBytes } from '../../api/saveBytes';
import { Icon } from './icons';

type State = { readonly status: 'idle' | 'busy' | 'done' } | { readonly status: 'failed'; readonly error: ApiError };

export function ExternalOpen({ document }: { readonly document: DocumentInfo }) {
  const desktop = useSessionStore((s) => s.info?.transport === 'electron');
  const [state, setState] = useState<State>({ status: 'idle' });
  const { t } = useTranslation();

  async function run(): Promise<void> {
    setState({ status: 'busy' });
    try {
      if (desktop) await call('document.openExternal', { id: document.id });
      else {
        // The name and the type's extension, never the partner's name as given ("../evil.html").
        const known = extensionFor(document.mediaType) !== undefined;
        saveBytes(await call('document.content', { id: document.id }), documentFileName(document.name, document.mediaType), known ? document.mediaType : 'application/octet-stream');
      }
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'failed', error: toApiError(error) });
    }
  }

  return (
    <div className="external-open">
      <Button onClick={() => void run()} disabled={state.status === 'busy'} data-testid={desktop ? 'open-external' : 'download-document'}>
        <Icon name={desktop ? 'external' : 'download'} />
        {desktop ? t('viewer.external.open') : t('viewer.external.download')}
      </Button>
      {state.status === 'done' && (
        <span className="external-open__note faint" role="status">
          {desktop ? t('viewer.external.opened') : t('viewer.external.downloaded')}
        </span>
      )}
      {state.status === 'failed' && (
        <span className="external-open__note external-open__note--error" role="alert">
          <ErrorMessage error={state.error} />
        </span>
      )}
    </div>
  );
}
