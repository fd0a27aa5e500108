import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** One pair by its two names ("Ana and Ben"), each name in its own direction. */
export function PairName({ names: [a, b] }: { names: [string, string] }) {
  return <FormattedMessage id="sessions.pair.names" values={{ a: <bdi>{a}</bdi>, b: <bdi>{b}</bdi> }} />;
}

/** Pairs named in the session's order, never sorted by how they read: "Ana and Ben; Ana and Cy". */
export function PairNames({ pairs }: { pairs: [string, string][] }) {
  const separator = useIntl().formatMessage({ id: 'sessions.list.pairSeparator' });
  return (
    <>
      {pairs.map((names, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <PairName names={names} />
        </Fragment>
      ))}
    </>
  );
}
