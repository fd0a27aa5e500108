import { FormattedMessage } from 'react-intl';
import { useMethodWords } from '../method';
import type { StartingPoint } from '../relationship/comparison';

/** One place to start talking, as the room and the report both say it: the dimension, how the views sit, an opener. */
export function StartingPointLine({ point }: { point: StartingPoint }) {
  const { EXPERIENCE_WORDS } = useMethodWords();
  const kind =
    point.kind === 'sharedImbalance' ? EXPERIENCE_WORDS.sharedImbalance : point.difference === 'scores' ? EXPERIENCE_WORDS.scores : EXPERIENCE_WORDS.leans;
  return (
    <FormattedMessage
      id="sessions.point"
      values={{ title: point.title, kind, opener: point.opener, strong: (chunks) => <strong>{chunks}</strong> }}
    />
  );
}
