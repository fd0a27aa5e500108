import { FormattedMessage } from 'react-intl';
import { useId } from 'react';
import { useMethodWords } from '../method';

/** The "Only for me" switch beside a note or a picture: kept, shown to its author, never to anyone else. */
export function OnlyForMe({
  what,
  checked,
  onChange,
  partnerName,
}: {
  /** Which text it covers, for screen readers: "this note", "this picture". */
  what: 'note' | 'picture';
  checked: boolean;
  onChange: (checked: boolean) => void;
  partnerName: string;
}) {
  const { PRIVATE_HINT } = useMethodWords();
  const id = useId();
  return (
    <div className="only-for-me">
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
        <span>
          <FormattedMessage
            id="relationship.OnlyForMe.label"
            values={{ what, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
          />
        </span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {PRIVATE_HINT(partnerName)}
      </p>
    </div>
  );
}

/** Beside the author's own private note or picture wherever they read it again. */
export function OnlyYouMark() {
  const { ONLY_YOU } = useMethodWords();
  return (
    <>
      {' '}
      <span className="only-you">{ONLY_YOU}</span>
    </>
  );
}
