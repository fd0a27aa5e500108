import { useId, useRef, useState } from 'react';

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
          Copy
        </button>
      </div>
      <p className="status-line" role="status">
        {copied === 'copied' ? 'Copied.' : copied === 'select' ? 'Selected: press copy on your keyboard.' : ''}
      </p>
    </div>
  );
}
