import { compare, conversationOrder, scoreWords } from '../comparison';
import { DIMENSIONS, LEANS_MINE, leansTheirs, PICTURE_WORDS, PICTURE_WORDS_THEIRS, SEASON_WORDS } from '../method';
import { normalize, type LocalDraft, type LocalPicture } from '../perspective';
import type { PictureKind, Perspective } from '../types';
import { OnlyYouMark } from './OnlyForMe';
import { PairedBars } from './PairedBars';

/** A note or picture; the author's own private ones carry their mark. The other's private ones never arrive. */
function Quote({ text, mine, isPrivate }: { text: string; mine: boolean; isPrivate: boolean }) {
  return (
    <blockquote>
      {text}
      {mine && isPrivate && <OnlyYouMark />}
    </blockquote>
  );
}

function PictureBlock({ picture, mine, words }: { picture: LocalPicture; mine: boolean; words: Record<PictureKind, string> }) {
  if (!picture.text) return null;
  return (
    <>
      <p className="picture-kind">{words[picture.kind]}</p>
      <Quote text={picture.text} mine={mine} isPrivate={picture.private} />
    </>
  );
}

function OverallSide({ p, who, mine, Sub }: { p: LocalDraft; who: string; mine: boolean; Sub: 'h3' | 'h4' }) {
  return (
    <div className={`side ${mine ? 'side-mine' : 'side-theirs'}`}>
      <Sub>{who}</Sub>
      <p className="side-score">{scoreWords(p.overall)}</p>
      {p.picture.text ? <PictureBlock picture={p.picture} mine={mine} words={mine ? PICTURE_WORDS : PICTURE_WORDS_THEIRS} /> : <p className="muted">No picture written.</p>}
      <p className="season">
        <span className="season-label">Season: </span>
        {SEASON_WORDS[p.season.kind]}
        {p.season.note && <>: {p.season.note}</>}
        {mine && p.season.note && p.season.private && <OnlyYouMark />}
      </p>
    </div>
  );
}

/** Two perspectives side by side: different experiences to talk about, never a verdict. */
export function RevealBody({ mine, theirs, partnerName, level = 2 }: { mine: Perspective; theirs: Perspective; partnerName: string; level?: 2 | 3 }) {
  const rows = compare(mine, theirs, partnerName);
  const m = normalize(mine);
  const t = normalize(theirs);
  const different = conversationOrder(rows).filter((r) => r.experience === 'different');
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <PairedBars rows={rows} partnerName={partnerName} overall={{ mine: m.overall, theirs: t.overall }} />
      <section className="panel" aria-label="Where to start">
        <H>Where to start</H>
        {different.length > 0 ? (
          <>
            <p>Here, the two of you experience your relationship differently. That is what this is for: each is a place to start talking.</p>
            <ul className="start-list">
              {different.map((r) => (
                <li key={r.key}>
                  <strong>{r.title}:</strong> {r.conversation}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>You see things in similar ways. It can still help to ask: {DIMENSIONS[0].conversation}</p>
        )}
      </section>
      {rows.map((r) => (
        <section key={r.key} className={`panel comparison comparison-${r.experience}`} aria-label={r.title}>
          <H>{r.title}</H>
          <p className="comparison-headline">{r.headline}</p>
          <div className="side-by-side">
            <div className="side side-mine">
              <Sub>You</Sub>
              <p className="side-score">{scoreWords(r.mine.score)}</p>
              {r.mine.leans && <p>{LEANS_MINE[r.mine.leans]}</p>}
              {r.mine.note && <Quote text={r.mine.note} mine isPrivate={r.mine.private} />}
              <PictureBlock picture={r.mine.picture} mine words={PICTURE_WORDS} />
            </div>
            <div className="side side-theirs">
              <Sub>{partnerName}</Sub>
              <p className="side-score">{scoreWords(r.theirs.score)}</p>
              {r.theirs.leans && <p>{leansTheirs(r.theirs.leans, partnerName)}</p>}
              {r.theirs.note && <Quote text={r.theirs.note} mine={false} isPrivate={false} />}
              <PictureBlock picture={r.theirs.picture} mine={false} words={PICTURE_WORDS_THEIRS} />
            </div>
          </div>
          {r.leansReading && <p>{r.leansReading}</p>}
          <p className="conversation">
            <span className="conversation-label">A question to start with: </span>
            {r.conversation}
          </p>
        </section>
      ))}
      <section className="panel" aria-label="Overall and pictures">
        <H>Overall, and the pictures you each hold</H>
        <div className="side-by-side">
          <OverallSide p={m} who="You" mine Sub={Sub} />
          <OverallSide p={t} who={partnerName} mine={false} Sub={Sub} />
        </div>
      </section>
    </>
  );
}
