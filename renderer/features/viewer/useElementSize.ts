import { type RefObject, useEffect, useState } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

const NONE: ElementSize = { width: 0, height: 0 };

/** The content-box size of an element, kept current with a ResizeObserver (0 x 0 until known). */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>(NONE);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { width: Math.floor(box.width), height: Math.floor(box.height) };
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
