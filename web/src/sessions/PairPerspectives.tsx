import { compare, conversationOrder, scoreWords } from '../comparison';
import { DIMENSIONS, leansTheirs, PICTURE_WORDS_THEIRS, SEASON_WORDS } from '../method';
import { normalize, type LocalDimension, type LocalDraft, type LocalPicture } from '../perspective';
import type { Perspective } from '../types';
import { leansBetween } from './pairReading';

function PictureLines({ picture }: { picture: LocalPicture }) {
  if (!picture.text) return null;
  return (
    <>
      <p className="picture-kind">{PICTURE_WORDS_THEIRS[picture.kind]}</p>
      <blockquote>{picture.text}</blockquote>
    </>
  );
}

function DimensionSide({ d, name, side }: { d: LocalDimension; name: string; side: 'a' | 'b' }) {
  return (
    <div className={`side ${side === 'a' ? 'side-mine' : 'side-theirs'}`}>
      <h4>{name}</h4>
      <p className="side-score">{scoreWords(d.score)}</p>
      {d.leans && <p>{leansTheirs(d.leans, name)}</p>}
      {d.note && <blockquote>{d.note}</blockquote>}
      <PictureLines picture={d.picture} />
    </div>
  );
}

function OverallSide({ p, name, side }: { p: LocalDraft; name: string; side: 'a' | 'b' }) {
  return (
    <div className={`side ${side === 'a' ? 'side-mine' : 'side-theirs'}`}>
      <h4>{name}</h4>
      <p className="side-score">{scoreWords(p.overall)}</p>
      {p.picture.text ? <PictureLines picture={p.picture} /> : <p className="muted">No picture written.</p>}
      <p className="season">
        <span className="season-label">Season: </span>
        {SEASON_WORDS[p.season.kind]}
        {p.season.note && <>: {p.season.note}</>}
      </p>
    </div>
  );
}

/**
 * Two people's perspectives of one released round, side by side, with the conversation prompts: for the shared screen
 * and the report. The facilitator's copy holds no private note or picture, so none can show here.
 */
export function PairPerspectives({ a, b, nameA, nameB }: { a: Perspective; b: Perspective; nameA: string; nameB: string }) {
  const rows = compare(a, b, nameB);
  const pa = normalize(a);
  const pb = normalize(b);
  const different = conversationOrder(rows).filter((r) => r.experience === 'different');
  return (
    <>
      <section className="panel" aria-label="Where to start">
        <h3>Where to start</h3>
        {different.length > 0 ? (
          <>
            <p>Here, {nameA} and {nameB} experience their relationship differently. Each is a place to start talking.</p>
            <ul className="start-list">
              {different.map((r) => (
                <li key={r.key}>
                  <strong>{r.title}:</strong> {r.conversation}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {nameA} and {nameB} see things in similar ways. It can still help to ask: {DIMENSIONS[0].conversation}
          </p>
        )}
      </section>
      {rows.map((r) => (
        <section key={r.key} className={`panel comparison comparison-${r.experience}`} aria-label={r.title}>
          <h3>{r.title}</h3>
          <p className="comparison-headline">{r.headline}</p>
          <div className="side-by-side">
            <DimensionSide d={pa.dimensions[r.key]} name={nameA} side="a" />
            <DimensionSide d={pb.dimensions[r.key]} name={nameB} side="b" />
          </div>
          {leansBetween(pa.dimensions[r.key].leans, pb.dimensions[r.key].leans, nameA, nameB) && (
            <p>{leansBetween(pa.dimensions[r.key].leans, pb.dimensions[r.key].leans, nameA, nameB)}</p>
          )}
          <p className="conversation">
            <span className="conversation-label">A question to start with: </span>
            {r.conversation}
          </p>
        </section>
      ))}
      <section className="panel" aria-label="Overall and pictures">
        <h3>Overall, and the pictures each holds</h3>
        <div className="side-by-side">
          <OverallSide p={pa} name={nameA} side="a" />
          <OverallSide p={pb} name={nameB} side="b" />
        </div>
      </section>
    </>
  );
}
