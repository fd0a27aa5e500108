import { useEffect, useRef, type ReactNode } from 'react';

/** A screen's h1. It takes focus when the screen appears, so screen readers announce the new screen. */
export function Heading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
