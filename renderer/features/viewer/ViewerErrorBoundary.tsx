import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../../i18n/i18n';
import { ViewerMessage } from './ViewerMessage';

interface Props {
  /** A new document id clears a previous failure. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly failedKey: string | null;
}

/** Whatever a hostile or odd file does to the viewer, the rest of the window keeps working. */
export class ViewerErrorBoundary extends Component<Props, State> {
  override state: State = { failedKey: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedKey: '' };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey });
    console.warn('Document viewer failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { failedKey } = this.state;
    if (failedKey !== null && (failedKey === '' || failedKey === this.props.resetKey)) {
      return (
        <ViewerMessage title={i18n.t('viewer.crashed')}>{i18n.t('viewer.crashedBody')}</ViewerMessage>
      );
    }
    return this.props.children;
  }
}
