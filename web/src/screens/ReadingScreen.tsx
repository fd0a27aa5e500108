import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OnlyYouMark } from '../relationship/OnlyForMe';
import { DIMENSIONS, FLOW_MINE, flowTheirs, KIND_WORDS, SEASON_WORDS } from '../method';
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
  const id = useId();
  const intl = useIntl();
  const name = nameOf(r);
  return (
    <section className="panel reading-relationship" aria-labelledby={id}>
      <h3 id={id}>{name}</h3>
      <p className="card-meta">
        {KIND_WORDS[r.kind]}
        {r.solo ? ' · just for you' : ''}
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
                    <span>{flow?.mine ? FLOW_MINE[flow.mine] : 'Not answered'}</span>
                    {flow?.theirs && <span className="muted">{flowTheirs(flow.theirs, name)}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
          {r.season && r.season.kind && r.season.kind !== 'none' && (
            <p className="season">
              <span className="season-label">Season: </span>
              {SEASON_WORDS[r.season.kind]}
              {r.season.note && <>: {r.season.note}</>}
              {r.season.note && r.season.private && <OnlyYouMark />}
            </p>
          )}
        </>
      )}
      <p>
        <Link href={pathFor.relationship(r.relationshipId)}>{r.basedOn === 'none' ? `Reflect on you and ${name}` : `Open ${name}`}</Link>
      </p>
    </section>
  );
}

/** One person's relationships read together: words and positions, never a total or a ranking. */
export function ReadingScreen() {
  const intl = useIntl();
  const [reading, setReading] = useState<Reading | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.reading().then(
      (r) => alive && setReading(r),
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, []);

  const finished = reading?.relationships.some((r) => r.basedOn !== 'none') ?? false;

  return (
    <div className="screen reading">
      <Heading>Your relationships, read together</Heading>
      <p className="lead">
        Built only from what you wrote, and from what has been opened with you. Each relationship is its own: these are
        words and places to notice, not a score.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!reading && !error && <p aria-live="polite">Reading…</p>}
      {reading && !finished && (
        <div className="panel">
          <h2>Nothing to read yet</h2>
          <p>Once you have rated a relationship, whether on your own or together, it appears here.</p>
          <p>
            <Link href={pathFor.journey()} className="button primary">
              Your three relationships
            </Link>
          </p>
        </div>
      )}
      {reading && finished && (
        <>
          <section className="panel" aria-labelledby="across-title">
            <h2 id="across-title">Across your relationships</h2>
            {FLOWS_ACROSS.map((flow) => {
              const places = placesOf(reading, flow);
              return (
                <div key={flow} className="flow-group">
                  <h3>{flowHeading(intl, flow)}</h3>
                  {places.length > 0 ? (
                    <ul>
                      {places.map((p) => (
                        <li key={p.relationshipId}>
                          With {p.name}: {listWords(intl, p.dimensions)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">Nowhere, in what you wrote.</p>
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
          <h2 id="each-title">Each relationship</h2>
          {reading.relationships.map((r) => (
            <RelationshipReading key={r.relationshipId} r={r} />
          ))}
        </section>
      )}
    </div>
  );
}
