import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api';
import { scoreWords } from '../relationship/comparison';
import { OnlyYouMark } from '../relationship/OnlyForMe';
import { useMethodWords } from '../method';
import { lowParts, nameOf, oneDirectional, type LowPart } from '../relationship/reading';
import type { Reading, ReadingRelationship, TimelinePoint } from '../types';

function PartPicture({ part }: { part: LowPart }) {
  const { PICTURE_WORDS } = useMethodWords();
  const picture = part.picture;
  if (!picture?.text)
    return (
      <p className="muted">
        <FormattedMessage id="screens.OneDirectional.noPicture" />
      </p>
    );
  return (
    <>
      <p className="picture-kind">{PICTURE_WORDS[picture.kind ?? 'mutualPattern']}</p>
      <blockquote dir="auto">
        {picture.text}
        {picture.private && <OnlyYouMark />}
      </blockquote>
    </>
  );
}

function LowRelationship({ r, points }: { r: ReadingRelationship; points: TimelinePoint[] | null }) {
  const intl = useIntl();
  return (
    <div className="low-relationship">
      <h3>
        <bdi>{nameOf(intl, r)}</bdi>
      </h3>
      <ul className="low-parts">
        {lowParts(intl, r, points).map((part) => (
          <li key={part.key}>
            <p>
              <FormattedMessage id="screens.OneDirectional.part" values={{ title: part.title, score: scoreWords(intl, part.score), strong: (chunks) => <strong>{chunks}</strong> }} />
            </p>
            <PartPicture part={part} />
            {part.overTime && (
              <p className="over-time" data-kind={part.overTime.kind}>
                <FormattedMessage id="screens.OneDirectional.overTime" values={{ kind: part.overTime.kind, text: part.overTime.text }} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each relationship's check-ins, fetched for the relationships named here: the chart's readings tell a season from a pattern. */
function useTimelines(ids: string[]): Map<string, TimelinePoint[]> {
  const [timelines, setTimelines] = useState(new Map<string, TimelinePoint[]>());
  const key = ids.join(',');
  useEffect(() => {
    let alive = true;
    for (const id of key ? key.split(',') : [])
      api.timeline(id).then(
        (t) => alive && setTimelines((m) => new Map(m).set(id, t.points)),
        () => undefined, // the reading stands without it; only the over-time sentence is missing
      );
    return () => {
      alive = false;
    };
  }, [key]);
  return timelines;
}

/**
 * Where it feels one-directional now: every relationship with its overall or any one part at 1 or 2, each part named
 * with the picture or boundary the person wrote for it, and whether the check-ins show a season or a pattern.
 */
export function OneDirectional({ reading }: { reading: Reading }) {
  const low = oneDirectional(reading);
  const timelines = useTimelines(low.filter((r) => r.basedOn === 'revealed').map((r) => r.relationshipId));
  return (
    <section className="panel" aria-labelledby="low-title">
      <h2 id="low-title">
        <FormattedMessage id="screens.OneDirectional.title" />
      </h2>
      {low.length > 0 ? (
        <>
          <p>
            <FormattedMessage id="screens.OneDirectional.lead" />
          </p>
          {low.map((r) => (
            <LowRelationship key={r.relationshipId} r={r} points={timelines.get(r.relationshipId) ?? null} />
          ))}
        </>
      ) : (
        <p>
          <FormattedMessage id="screens.OneDirectional.none" />
        </p>
      )}
    </section>
  );
}
