import { useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';

/** A link to hand on: shown in full, with a copy button that says when it worked. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'select'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      input.current?.select();
      setCopied('select');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" onClick={copy}>
          <FormattedMessage id="components.CopyField.copy" />
        </button>
      </div>
      <p className="status-line" role="status">
        {copied === 'copied' ? (
          <FormattedMessage id="components.CopyField.copied" />
        ) : copied === 'select' ? (
          <FormattedMessage id="components.CopyField.selected" />
        ) : null}
      </p>
    </div>
  );
}
