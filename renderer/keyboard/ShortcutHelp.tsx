import { Fragment, useCallback } from 'react';
import './keyboard.css';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';
import { useShortcutHelp } from './useDeskKeys';

/** Said only where it is not obvious from the group: most keys work on an open claim. */
const WHERE_LABELS = {
  queue: 'in the queue',
  claim: '',
  'queue and claim': '',
  dialog: 'in a dialog',
} as const;

/** Every shortcut, grouped, from the one table the dispatcher also follows (press ?). */
export function ShortcutHelp() {
  const open = useShortcutHelp((s) => s.helpOpen);
  const close = useCallback(() => useShortcutHelp.getState().setHelpOpen(false), []);
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      size="large"
      onClose={close}
      actions={
        <Button variant="primary" data-autofocus onClick={close}>
          Close
        </Button>
      }
    >
      <div className="shortcut-help" data-testid="shortcut-help">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-help__group">
            <h3 className="overline shortcut-help__title">{group}</h3>
            <dl className="shortcut-help__list">
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={`${shortcut.description}-${shortcut.where}`} className="shortcut-help__row">
                  <dt className="shortcut-help__keys">
                    {shortcut.keys.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && <span className="faint"> / </span>}
                        {combo.map((key, j) => (
                          <Fragment key={key}>
                            {j > 0 && <span className="faint">+</span>}
                            <kbd>{key}</kbd>
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>
                    {shortcut.description}
                    {WHERE_LABELS[shortcut.where] && <span className="faint"> · {WHERE_LABELS[shortcut.where]}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcut-help__note small">Shortcuts wait while you type in a field or a dialog is open; Esc always closes the dialog.</p>
    </Dialog>
  );
}
