import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { MAX_ZOOM, MIN_ZOOM, type Zoom, ZOOM_STEPS } from '../../state/viewerStore';
import { Icon } from './icons';
import { ToolButton } from './ToolButton';
import type { ViewerControls } from './viewerProps';
import { formatZoom } from './zoom';

interface ViewerToolbarProps {
  readonly controls: ViewerControls;
  readonly zoom: Zoom;
  /** The zoom actually applied, so the fit modes can show their percentage. */
  readonly appliedZoom: number;
  /** Page controls; absent for a picture. */
  readonly pages?: { readonly page: number; readonly pageCount: number | null };
  /** The page rail toggle; absent where there is nothing to show (one page, a picture). */
  readonly thumbnails?: { readonly open: boolean; readonly onToggle: () => void };
  /** The find toggle; absent where there is no text (a picture). */
  readonly find?: { readonly open: boolean };
}

export function ViewerToolbar({ controls, zoom, appliedZoom, pages, thumbnails, find }: ViewerToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
      <div className="viewer-toolbar__start">
        {thumbnails && (
          <ToolButton label={t('viewer.thumbnails')} pressed={thumbnails.open} onClick={thumbnails.onToggle}>
            <Icon name="thumbnails" />
          </ToolButton>
        )}
      </div>
      <div className="viewer-toolbar__middle">
        {pages && <PageControls page={pages.page} pageCount={pages.pageCount} controls={controls} />}
        <ZoomControls zoom={zoom} appliedZoom={appliedZoom} controls={controls} />
        <div className="viewer-toolbar__group">
          <ToolButton label={t('viewer.rotateLeft')} onClick={() => controls.rotate(-90)}>
            <Icon name="rotate-left" />
          </ToolButton>
          <ToolButton label={t('viewer.rotateRight')} onClick={() => controls.rotate(90)}>
            <Icon name="rotate-right" />
          </ToolButton>
        </div>
      </div>
      <div className="viewer-toolbar__end">
        {find && (
          <ToolButton
            label={t('viewer.find.label')}
            shortcut="f"
            pressed={find.open}
            onClick={find.open ? controls.closeFind : controls.requestFind}
            testId="find-toggle"
          >
            <Icon name="search" />
          </ToolButton>
        )}
      </div>
    </div>
  );
}

function PageControls({ page, pageCount, controls }: { readonly page: number; readonly pageCount: number | null; readonly controls: ViewerControls }) {
  const { t } = useTranslation();
  return (
    <div className="viewer-toolbar__group">
      <ToolButton label={t('viewer.previousPage')} shortcut={t('viewer.previousPageKeys')} disabled={page <= 1} onClick={() => controls.stepPage(-1)}>
        <Icon name="left" />
      </ToolButton>
      <PageInput key={page} page={page} pageCount={pageCount} onPageChange={controls.goToPage} />
      <span className="viewer-toolbar__of tabular" data-testid="page-count">
        {t('viewer.of', { total: pageCount ?? '…' })}
      </span>
      <ToolButton
        label={t('viewer.nextPage')}
        shortcut={t('viewer.nextPageKeys')}
        disabled={pageCount === null || page >= pageCount}
        onClick={() => controls.stepPage(1)}
      >
        <Icon name="right" />
      </ToolButton>
    </div>
  );
}

function ZoomControls({ zoom, appliedZoom, controls }: { readonly zoom: Zoom; readonly appliedZoom: number; readonly controls: ViewerControls }) {
  const zoomId = useId();
  const { t } = useTranslation();
  const value = typeof zoom === 'number' ? String(zoom) : zoom;
  const custom = typeof zoom === 'number' && !ZOOM_STEPS.includes(zoom);
  const fitLabel = (mode: 'fit-width' | 'fit-page', label: string) => (zoom === mode ? t('viewer.fitApplied', { mode: label, zoom: formatZoom(appliedZoom) }) : label);

  return (
    <div className="viewer-toolbar__group">
      <ToolButton label={t('viewer.zoomOut')} shortcut="−" disabled={appliedZoom <= MIN_ZOOM} onClick={() => controls.stepZoom(-1)}>
        <span aria-hidden="true" className="viewer-toolbar__glyph">
          −
        </span>
      </ToolButton>
      <label htmlFor={zoomId} className="visually-hidden">
        {t('viewer.zoom')}
      </label>
      <select
        id={zoomId}
        className="select viewer-toolbar__zoom tabular"
        value={value}
        data-testid="zoom-select"
        onChange={(e) => {
          const v = e.target.value;
          controls.setZoom(v === 'fit-width' || v === 'fit-page' ? v : Number(v));
        }}
      >
        <option value="fit-width">{fitLabel('fit-width', t('viewer.fitWidth'))}</option>
        <option value="fit-page">{fitLabel('fit-page', t('viewer.fitPage'))}</option>
        {custom && <option value={value}>{formatZoom(zoom)}</option>}
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={String(step)}>
            {formatZoom(step)}
          </option>
        ))}
      </select>
      <ToolButton label={t('viewer.zoomIn')} shortcut="+" disabled={appliedZoom >= MAX_ZOOM} onClick={() => controls.stepZoom(1)}>
        <span aria-hidden="true" className="viewer-toolbar__glyph">
          +
        </span>
      </ToolButton>
    </div>
  );
}

function PageInput({
  page,
  pageCount,
  onPageChange,
}: {
  readonly page: number;
  readonly pageCount: number | null;
  readonly onPageChange: (page: number) => void;
}) {
  // Keyed by page in the parent, so a page change from elsewhere resets the draft.
  const [draft, setDraft] = useState(String(page));
  const { t } = useTranslation();

  function commit() {
    const wanted = Number.parseInt(draft, 10);
    if (Number.isFinite(wanted) && wanted !== page) onPageChange(wanted);
    else setDraft(String(page));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      // Esc here only abandons the draft; it must not also leave the claim.
      e.preventDefault();
      setDraft(String(page));
    }
  }

  return (
    <input
      className="input viewer-toolbar__page tabular"
      type="text"
      inputMode="numeric"
      aria-label={pageCount ? t('viewer.pageNumberRange', { total: pageCount }) : t('viewer.pageNumber')}
      value={draft}
      data-testid="page-input"
      onChange={(e) => setDraft(e.target.value.replace(/[^0-9]/g, ''))}
      onBlur={commit}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target.select()}
    />
  );
}
