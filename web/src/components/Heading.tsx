import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen appears or its words change (React may reuse the element
 * between two screens), so keyboard and screen-reader users start at the top of what is new.
 */
export function Heading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focusedText = useRef<string | null>(null);
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (focus && text !== focusedText.current) {
      focusedText.current = text;
      ref.current?.focus();
    }
  });
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
