import { FormattedMessage } from 'react-intl';
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
        <FormattedMessage id="relationship.SafetyCheck.question" values={{ name: <bdi>{partnerName}</bdi> }} />
      </h2>
      <p>
        <FormattedMessage id="relationship.SafetyCheck.explain" values={{ name: <bdi>{partnerName}</bdi> }} />
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onYes} disabled={busy}>
          <FormattedMessage id="relationship.SafetyCheck.yes" />
        </button>
        <button type="button" onClick={onNo} disabled={busy}>
          <FormattedMessage id="relationship.SafetyCheck.no" />
        </button>
      </div>
      <p>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          <FormattedMessage id="relationship.SafetyCheck.back" />
        </button>
      </p>
    </section>
  );
}
