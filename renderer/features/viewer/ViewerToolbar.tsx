import { type KeyboardEvent, useId, useState } from 'react';
import { MAX_ZOOM, MIN_ZOOM, type Zoom } from '../../state/viewerStore';
import { Button } from '../../ui/Button';
import { formatZoom, ZOOM_STEPS, zoomIn, zoomOut } from './zoom';

interface ViewerToolbarProps {
  /** Page controls are hidden when null (images). */
  readonly page: number | null;
  readonly pageCount: number | null;
  readonly zoom: Zoom;
  /** The zoom actually applied, so "fit width" can show its percentage and +/- step from it. */
  readonly effectiveZoom: number;
  readonly onPageChange: (page: number) => void;
  readonly onZoomChange: (zoom: Zoom) => void;
}

export function ViewerToolbar({ page, pageCount, zoom, effectiveZoom, onPageChange, onZoomChange }: ViewerToolbarProps) {
  const zoomId = useId();
  // Step from what was asked for, not from what is painted, so quick repeated clicks add up.
  const stepFrom = zoom === 'fit-width' ? effectiveZoom : zoom;
  const zoomValue = zoom === 'fit-width' ? 'fit-width' : String(zoom);
  const custom = zoom !== 'fit-width' && !ZOOM_STEPS.includes(zoom);

  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Document viewer">
      {page !== null && (
        <div className="viewer-toolbar__group">
          <Button
            variant="ghost"
            size="small"
            icon
            aria-label="Previous page"
            title="Previous page (←)"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            <Chevron direction="left" />
          </Button>
          <PageInput key={page} page={page} pageCount={pageCount} onPageChange={onPageChange} />
          <span className="viewer-toolbar__of tabular">of {pageCount ?? '…'}</span>
          <Button
            variant="ghost"
            size="small"
            icon
            aria-label="Next page"
            title="Next page (→)"
            disabled={pageCount === null || page >= pageCount}
            onClick={() => onPageChange(page + 1)}
          >
            <Chevron direction="right" />
          </Button>
        </div>
      )}
      <div className="viewer-toolbar__group">
        <Button
          variant="ghost"
          size="small"
          icon
          aria-label="Zoom out"
          title="Zoom out (−)"
          disabled={stepFrom <= MIN_ZOOM}
          onClick={() => onZoomChange(zoomOut(stepFrom))}
        >
          <span aria-hidden="true" className="viewer-toolbar__glyph">−</span>
        </Button>
        <label htmlFor={zoomId} className="visually-hidden">
          Zoom
        </label>
        <select
          id={zoomId}
          className="select viewer-toolbar__zoom tabular"
          value={zoomValue}
          onChange={(e) => onZoomChange(e.target.value === 'fit-width' ? 'fit-width' : Number(e.target.value))}
        >
          <option value="fit-width">
            {zoom === 'fit-width' ? `Fit width (${formatZoom(effectiveZoom)})` : 'Fit width'}
          </option>
          {custom && <option value={zoomValue}>{formatZoom(zoom)}</option>}
          {ZOOM_STEPS.map((step) => (
            <option key={step} value={String(step)}>
              {formatZoom(step)}
            </option>
          ))}
        </select>
        <Button
          variant="ghost"
          size="small"
          icon
          aria-label="Zoom in"
          title="Zoom in (+)"
          disabled={stepFrom >= MAX_ZOOM}
          onClick={() => onZoomChange(zoomIn(stepFrom))}
        >
          <span aria-hidden="true" className="viewer-toolbar__glyph">+</span>
        </Button>
      </div>
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

  function commit() {
    const wanted = Number.parseInt(draft, 10);
    if (Number.isFinite(wanted) && wanted !== page) onPageChange(wanted);
    else setDraft(String(page));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(String(page));
  }

  return (
    <input
      className="input viewer-toolbar__page tabular"
      type="text"
      inputMode="numeric"
      aria-label={`Page number${pageCount ? `, 1 to ${pageCount}` : ''}`}
      value={draft}
      onChange={(e) => setDraft(e.target.value.replace(/[^0-9]/g, ''))}
      onBlur={commit}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target.select()}
    />
  );
}

function Chevron({ direction }: { readonly direction: 'left' | 'right' }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path
        d={direction === 'left' ? 'M8.5 3L4.5 7l4 4' : 'M5.5 3l4 4-4 4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
