/**
 * Runs `work` once the frame now being prepared is on screen: the animation frame comes just
 * before that frame is painted, a task queued from it just after. Work that follows a page's
 * drawing (the pages beside it, the rail) must not hold back the frame that shows the page.
 * Returns a cancel.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
