import { Fragment, useCallback } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import './keyboard.css';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { keyLabel, SHORTCUT_GROUPS, SHORTCUTS, type Shortcut } from './shortcuts';
import { useShortcutHelp } from './useDeskKeys';
import { i18n } from '../i18n/i18n';

/** Said only where it is not obvious from the group: most keys work on an open claim. */
function whereLabel(where: Shortcut['where']): string {
  return where === 'queue' || where === 'dialog' ? i18n.t(`keyboard.where.${where}`) : '';
}

/** Every shortcut, grouped, from the one table the dispatcher also follows (press ?). */
export function ShortcutHelp() {
  const open = useShortcutHelp((s) => s.helpOpen);
  const close = useCallback(() => useShortcutHelp.getState().setHelpOpen(false), []);
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('keyboard.title')}
      size="large"
      onClose={close}
      actions={
        <Button variant="primary" data-autofocus onClick={close}>
          {t('common.close')}
        </Button>
      }
    >
      <div className="shortcut-help" data-testid="shortcut-help">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-help__group">
            <h3 className="overline shortcut-help__title">{t(`keyboard.groups.${group}`)}</h3>
            <dl className="shortcut-help__list">
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={`${shortcut.keys.join(' ')}-${shortcut.where}`} className="shortcut-help__row">
                  <dt className="shortcut-help__keys">
                    {shortcut.keys.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && <span className="faint"> / </span>}
                        {combo.map((key, j) => (
                          <Fragment key={key}>
                            {j > 0 && <span className="faint">+</span>}
                            <kbd>{keyLabel(key)}</kbd>
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>
                    {shortcut.description()}
                    {whereLabel(shortcut.where) && <span className="faint"> · {whereLabel(shortcut.where)}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcut-help__note small">{t('keyboard.note')}</p>
    </Dialog>
  );
}
