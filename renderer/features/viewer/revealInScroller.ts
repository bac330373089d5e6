// Bringing a mark into view inside the viewer: only the viewer's own scroll area moves, never the
// window or the claim screen around it.

/** Scrolls the viewer's own scroll area (never the window) so the element sits mid-view. */
export function revealInScroller(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('.viewer-scroll');
  if (!scroller) return;
  const box = element.getBoundingClientRect();
  const area = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top + box.height / 2 - (area.top + area.height / 2);
  if (box.left < area.left || box.right > area.right) {
    scroller.scrollLeft += box.left + box.width / 2 - (area.left + area.width / 2);
  }
}
