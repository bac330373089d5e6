import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SyncStatus } from '../../../shared/api/sync';
import type { ApiError } from '../../api/api-error';
import { useSyncStore } from '../../state/syncStore';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Spinner } from '../../ui/Spinner';
import { SyncFacts } from '../sync/SyncFacts';
import { SettingsSection } from './SettingsSection';

type Saved = 'saved' | 'disconnected' | null;

/** Which field a refusal of the hub settings is about; null for one that names neither. */
function fieldOf(error: ApiError | null): 'address' | 'token' | null {
  if (error?.refusal?.key === 'hub-address') return 'address';
  if (error?.refusal?.key === 'hub-token') return 'token';
  return null;
}

function HubField({ label, htmlFor, hint, error, children }: { readonly label: string; readonly htmlFor: string; readonly hint: string; readonly error: ApiError | null; readonly children: ReactNode }) {
  return (
    <div className={error ? 'settings-field settings-field--error' : 'settings-field'}>
      <label className="settings-field__label" htmlFor={htmlFor}>
        {label}
      </label>
      <div className="settings-field__control">
        {children}
        <p className="settings-field__hint">{hint}</p>
        {error && (
          <p className="settings-field__error" role="alert" data-testid={`error-hub-${fieldOf(error)}`}>
            <ErrorMessage error={error} />
          </p>
        )}
      </div>
    </div>
  );
}

/** The team hub this workstation syncs with: its address, the token, and how the last round went. */
export function HubSection({ status }: { readonly status: SyncStatus }) {
  const saving = useSyncStore((s) => s.saving);
  const saveError = useSyncStore((s) => s.saveError);
  const running = useSyncStore((s) => s.running);
  const { configure, runNow } = useSyncStore.getState();
  const [address, setAddress] = useState(status.hubUrl ?? '');
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState<Saved>(null);
  const addressId = useId();
  const tokenId = useId();
  const { t } = useTranslation();
  const field = fieldOf(saveError);
  // The address can change elsewhere (`cpor sync --save`, another window): the field follows it.
  const [shownUrl, setShownUrl] = useState(status.hubUrl);
  if (shownUrl !== status.hubUrl) {
    setShownUrl(status.hubUrl);
    setAddress(status.hubUrl ?? '');
  }
  const dirty = address.trim() !== (status.hubUrl ?? '') || token.trim() !== '';

  const save = async () => {
    setSaved(null);
    const ok = await configure({ hubUrl: address.trim(), ...(token.trim() ? { token: token.trim() } : {}) });
    if (ok) {
      // The service writes the address its own way (no trailing "/"): show what it kept.
      setAddress(useSyncStore.getState().status?.hubUrl ?? address.trim());
      setToken('');
      setSaved('saved');
    }
  };
  const disconnect = async () => {
    setSaved(null);
    if (await configure({ hubUrl: '' })) {
      setAddress('');
      setToken('');
      setSaved('disconnected');
    }
  };

  return (
    <SettingsSection
      id="hub"
      title={t('sync.settings.title')}
      description={t('sync.settings.description')}
      footer={
        <>
          <div className="settings-section__status" aria-live="polite">
            {saveError && !field ? (
              <span className="settings-section__refusal" role="alert" data-testid="error-hub">
                <ErrorMessage error={saveError} />
              </span>
            ) : saved && !dirty ? (
              <span className="settings-section__saved" data-testid="saved-hub">
                {t(`sync.settings.${saved}`)}
              </span>
            ) : dirty ? (
              <span className="settings-section__dirty">{t('settings.notSaved')}</span>
            ) : null}
          </div>
          {status.hubUrl && (
            <Button onClick={() => void disconnect()} disabled={saving} data-testid="hub-disconnect">
              {t('sync.settings.disconnect')}
            </Button>
          )}
          {status.state !== 'off' && (
            <Button onClick={() => void runNow()} disabled={running || saving || dirty} data-testid="hub-sync-now">
              {running && <Spinner label={t('sync.state.syncing')} />}
              {t('sync.panel.syncNow')}
            </Button>
          )}
          <Button variant="primary" onClick={() => void save()} disabled={!dirty || saving || address.trim() === ''} data-testid="save-hub">
            {saving && <Spinner label={t('common.saving')} />}
            {t('sync.settings.save')}
          </Button>
        </>
      }
    >
      <HubField label={t('sync.settings.address')} htmlFor={addressId} hint={t('sync.settings.addressHint')} error={field === 'address' ? saveError : null}>
        <input
          id={addressId}
          className="input settings-input--wide"
          type="url"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          maxLength={500}
          spellCheck={false}
          autoComplete="url"
          translate="no"
          data-testid="hub-address"
        />
      </HubField>
      <HubField
        label={t('sync.settings.token')}
        htmlFor={tokenId}
        hint={status.hasToken ? t('sync.settings.tokenSaved') : t('sync.settings.tokenNone')}
        error={field === 'token' ? saveError : null}
      >
        <input
          id={tokenId}
          className="input settings-input--wide"
          type="password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          placeholder={status.hasToken ? '••••••••' : undefined}
          translate="no"
          data-testid="hub-token"
        />
      </HubField>
      <div className="settings-field">
        <span className="settings-field__label">{t('sync.panel.title')}</span>
        <div className="settings-field__control">
          <SyncFacts status={status} withHub={false} />
        </div>
      </div>
    </SettingsSection>
  );
}
