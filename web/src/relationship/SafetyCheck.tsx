import { useEffect, useRef } from 'react';

/**
 * Asked on this device only, before a person's first share: "Do you feel safe sharing this?". Whatever the answer,
 * the other person learns nothing of it.
 */
export function SafetyCheck({
  partnerName,
  busy,
  onYes,
  onNo,
  onBack,
}: {
  partnerName: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel safety-check" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title" ref={heading} tabIndex={-1}>
        Do you feel safe sharing this with {partnerName}?
      </h2>
      <p>
        Only you see this question, and {partnerName} is never told how you answered. If you’d rather not share, your
        answers stay yours alone, as a private reflection, and we’ll show you where to find support.
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onYes} disabled={busy}>
          Yes, share it
        </button>
        <button type="button" onClick={onNo} disabled={busy}>
          No, keep it private
        </button>
      </div>
      <p>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          Not now: go back to my answers
        </button>
      </p>
    </section>
  );
}
