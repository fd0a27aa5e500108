import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OnlyYouMark } from '../relationship/OnlyForMe';
import { useMethodWords } from '../method';
import {
  basedOnWords,
  flowHeading,
  FLOWS_ACROSS,
  listWords,
  nameOf,
  overallWords,
  placesOf,
} from '../relationship/reading';
import { pathFor } from '../router';
import type { Reading, ReadingRelationship } from '../types';
import { OneDirectional } from './OneDirectional';
import '../relationship/relationship.css';

function RelationshipReading({ r }: { r: ReadingRelationship }) {
  const { DIMENSIONS, FLOW_MINE, flowTheirs, KIND_WORDS, SEASON_WORDS } = useMethodWords();
  const id = useId();
  const intl = useIntl();
  const name = nameOf(intl, r);
  return (
    <section className="panel reading-relationship" aria-labelledby={id}>
      <h3 id={id}>
        <bdi>{name}</bdi>
      </h3>
      <p className="card-meta">
        <FormattedMessage id="screens.ReadingScreen.cardMeta" values={{ kind: KIND_WORDS[r.kind], solo: r.solo ? 'yes' : 'no' }} />
      </p>
      <p>{basedOnWords(intl, r)}</p>
      {r.basedOn !== 'none' && (
        <>
          {overallWords(intl, r.overall) && <p className="side-score">{overallWords(intl, r.overall)}</p>}
          <dl className="review">
            {DIMENSIONS.map((d) => {
              const flow = r.dimensions[d.key];
              return (
                <div key={d.key} className="review-item">
                  <dt>{d.title}</dt>
                  <dd>
                    <span>{flow?.mine ? FLOW_MINE[flow.mine] : <FormattedMessage id="screens.ReadingScreen.notAnswered" />}</span>
                    {flow?.theirs && <span className="muted">{flowTheirs(flow.theirs, name)}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
          {r.season && r.season.kind && r.season.kind !== 'none' && (
            <p className="season">
              <span className="season-label">
                <FormattedMessage id="screens.ReadingScreen.seasonLabel" />
              </span>
              {r.season.note ? (
                <FormattedMessage id="screens.ReadingScreen.seasonWithNote" values={{ season: SEASON_WORDS[r.season.kind], note: <bdi>{r.season.note}</bdi> }} />
              ) : (
                SEASON_WORDS[r.season.kind]
              )}
              {r.season.note && r.season.private && <OnlyYouMark />}
            </p>
          )}
        </>
      )}
      <p>
        <Link href={pathFor.relationship(r.relationshipId)}>
          <FormattedMessage id="screens.ReadingScreen.open" values={{ none: r.basedOn === 'none' ? 'yes' : 'no', name: <bdi>{name}</bdi> }} />
        </Link>
      </p>
    </section>
  );
}

/** One person's relationships read together: words and positions, never a total or a ranking. */
export function ReadingScreen() {
  const intl = useIntl();
  const [reading, setReading] = useState<Reading | null>(null);
  // What went wrong, worded when shown (in the language of that moment).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure && friendlyError(failure.error, intl);

  useEffect(() => {
    let alive = true;
    api.reading().then(
      (r) => alive && setReading(r),
      (e) => alive && setFailure({ error: e }),
    );
    return () => {
      alive = false;
    };
  }, []);

  const finished = reading?.relationships.some((r) => r.basedOn !== 'none') ?? false;

  return (
    <div className="screen reading">
      <Heading>
        <FormattedMessage id="screens.ReadingScreen.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.ReadingScreen.lead" />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!reading && !error && (
        <p aria-live="polite">
          <FormattedMessage id="screens.ReadingScreen.loading" />
        </p>
      )}
      {reading && !finished && (
        <div className="panel">
          <h2>
            <FormattedMessage id="screens.ReadingScreen.nothingTitle" />
          </h2>
          <p>
            <FormattedMessage id="screens.ReadingScreen.nothingLead" />
          </p>
          <p>
            <Link href={pathFor.journey()} className="button primary">
              <FormattedMessage id="screens.ReadingScreen.journey" />
            </Link>
          </p>
        </div>
      )}
      {reading && finished && (
        <>
          <section className="panel" aria-labelledby="across-title">
            <h2 id="across-title">
              <FormattedMessage id="screens.ReadingScreen.acrossTitle" />
            </h2>
            {FLOWS_ACROSS.map((flow) => {
              const places = placesOf(intl, reading, flow);
              return (
                <div key={flow} className="flow-group">
                  <h3>{flowHeading(intl, flow)}</h3>
                  {places.length > 0 ? (
                    <ul>
                      {places.map((p) => (
                        <li key={p.relationshipId}>
                          <FormattedMessage id="screens.ReadingScreen.withPlace" values={{ name: <bdi>{p.name}</bdi>, parts: listWords(intl, p.dimensions) }} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">
                      <FormattedMessage id="screens.ReadingScreen.nowhere" />
                    </p>
                  )}
                </div>
              );
            })}
          </section>
          <OneDirectional reading={reading} />
        </>
      )}
      {reading && reading.relationships.length > 0 && (
        <section aria-labelledby="each-title">
          <h2 id="each-title">
            <FormattedMessage id="screens.ReadingScreen.eachTitle" />
          </h2>
          {reading.relationships.map((r) => (
            <RelationshipReading key={r.relationshipId} r={r} />
          ))}
        </section>
      )}
    </div>
  );
}
