import { useId, type ReactNode, type Ref } from 'react';

/** One rating step: a section named by its heading, which takes focus when the step changes. */
export function StepSection({ title, headingRef, children }: { title: string; headingRef: Ref<HTMLHeadingElement>; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="step">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
