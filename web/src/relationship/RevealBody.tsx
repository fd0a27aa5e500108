import { compare, startingPoints, type StartingPoint } from './comparison';
import type { Person } from './leaning';
import { sideSentence, type Names } from './leanSentences';
import { DIMENSIONS, LEANS_MINE, PICTURE_WORDS, PICTURE_WORDS_THEIRS, SEASON_PHRASE } from '../method';
import { normalize, type LocalDraft } from './perspective';
import { picturesOf } from './pictures';
import type { Leans, Perspective } from '../types';
import { OnlyYouMark } from './OnlyForMe';
import { ScaleLines, scaleRows } from './ScaleLines';
import './relationship.css';

/** A note or picture; the author's own private ones carry their mark. The other's private ones never arrive. */
function Quote({ text, mine, isPrivate }: { text: string; mine: boolean; isPrivate: boolean }) {
  return (
    <blockquote>
      {text}
      {mine && isPrivate && <OnlyYouMark />}
    </blockquote>
  );
}

/** Every picture one person holds, each under where it belongs ("Upkeep: A boundary they need"). */
function Pictures({ perspective, side }: { perspective: Perspective; side: Side }) {
  const pictures = picturesOf(perspective, { withPrivate: side.own });
  if (pictures.length === 0) return <p className="muted">No picture written.</p>;
  const words = side.own ? PICTURE_WORDS : PICTURE_WORDS_THEIRS;
  return (
    <>
      {pictures.map(({ where, title, picture }) => (
        <div key={where} className="picture-placed">
          <p className="picture-kind">
            {title}: {words[picture.kind]}
          </p>
          <Quote text={picture.text} mine={side.own} isPrivate={picture.private} />
        </div>
      ))}
    </>
  );
}

/** "Alex is in a season of grief: since March", or nothing when there is no season. */
export function seasonSentence(p: LocalDraft, who: string | null): string | null {
  const phrase = SEASON_PHRASE[p.season.kind];
  if (!phrase) return null;
  return `${who === null ? 'You are' : `${who} is`} ${phrase}${p.season.note ? `: ${p.season.note}` : ''}.`;
}

/** One person's side of a dimension or of the whole: leaning, note and pictures, in their own words. */
interface Side {
  name: string;
  /** Which person of the two, in the frame of the leanings. */
  person: Person;
  /** The viewer's own side: their private parts carry the mark, their leaning reads "I …". */
  own: boolean;
}

/** The viewer's own leaning in the words they chose; anyone else's in the one frame ("Sam feels you give more here"). */
const leansWords = (l: Leans, side: Side, names: Names) =>
  side.own ? LEANS_MINE[l] : sideSentence(side.person, l, names);

/**
 * Two perspectives, leading with what is constructive: the pictures and any seasons, then at most two starting
 * points, then where each stands on one shared line, then each dimension in both people's words. `selfName` names
 * the first person on a facilitator's screen; without it the first person is the viewer ("you").
 */
export function RevealBody({
  mine,
  theirs,
  partnerName,
  selfName,
  level = 2,
}: {
  mine: Perspective;
  theirs: Perspective;
  partnerName: string;
  selfName?: string;
  level?: 2 | 3;
}) {
  const m = normalize(mine);
  const t = normalize(theirs);
  const names: Names = { self: selfName ?? null, other: partnerName };
  const first: Side = { name: selfName ?? 'You', person: 'a', own: selfName === undefined };
  const second: Side = { name: partnerName, person: 'b', own: false };
  const rows = compare(mine, theirs, names);
  const points = startingPoints(rows);
  const seasons = [
    { text: seasonSentence(m, selfName ?? null), mark: first.own && m.season.private && !!m.season.note },
    { text: seasonSentence(t, partnerName), mark: false },
  ].filter((s) => !!s.text);
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <section className="panel" aria-label="The pictures and seasons">
        <H>{selfName ? 'The pictures each holds' : 'The pictures you each hold'}</H>
        {seasons.map((s) => (
          <p key={s.text} className="seasons">
            {s.text}
            {s.mark && <OnlyYouMark />}
          </p>
        ))}
        <div className="side-by-side">
          {[
            { p: mine, side: first },
            { p: theirs, side: second },
          ].map(({ p, side }) => (
            <div key={side.name + String(side.own)} className={`side ${side === first ? 'side-mine' : 'side-theirs'}`}>
              <Sub>{side.name}</Sub>
              <Pictures perspective={p} side={side} />
            </div>
          ))}
        </div>
      </section>
      <StartingPoints points={points} H={H} pair={selfName ? `${selfName} and ${partnerName}` : null} />
      <ScaleLines
        firstName={first.name}
        secondName={partnerName}
        rows={scaleRows(mine, theirs)}
      />
      {rows.map((r) => (
        <section key={r.key} className={`panel comparison comparison-${r.experience}`} aria-label={r.title}>
          <H>{r.title}</H>
          <p className="comparison-headline">{r.headline}</p>
          <div className="side-by-side">
            {[
              { d: r.mine, side: first },
              { d: r.theirs, side: second },
            ].map(({ d, side }) => (
              <div key={side.name + String(side.own)} className={`side ${side === first ? 'side-mine' : 'side-theirs'}`}>
                <Sub>{side.name}</Sub>
                {d.leans && <p>{leansWords(d.leans, side, names)}</p>}
                {d.note && <Quote text={d.note} mine={side.own} isPrivate={d.private} />}
              </div>
            ))}
          </div>
          {r.leansReading && <p className="leans-reading">{r.leansReading}</p>}
          <p className="conversation">
            <span className="conversation-label">A question to start with: </span>
            {r.conversation}
          </p>
        </section>
      ))}
    </>
  );
}

/** At most two places to start, each with its opener; a big gap comes with a gentler way to talk. */
function StartingPoints({ points, H, pair }: { points: StartingPoint[]; H: 'h2' | 'h3'; pair: string | null }) {
  const bigGap = points.some((p) => p.bigGap);
  return (
    <section className="panel" aria-label="Where to start">
      <H>Where to start</H>
      {points.length === 0 ? (
        <p>
          {pair ? `${pair} see things in similar ways.` : 'You see things in similar ways.'} It can still help to ask:{' '}
          {DIMENSIONS[0].conversation}
        </p>
      ) : (
        <ul className="start-list">
          {points.map((p) => (
            <li key={p.key}>
              <strong>{p.title}:</strong> {p.difference === 'leans' ? 'different experiences. ' : p.difference === 'scores' ? 'different experiences of how mutual it feels. ' : ''}
              {p.opener}
            </li>
          ))}
        </ul>
      )}
      {bigGap && (
        <div className="listen-first">
          <p>
            <strong>Where the views are far apart, try listening first.</strong> One speaks while the other only listens,
            then says back what they heard before answering; then swap. Nobody needs to be right.
          </p>
          <p>If it gets hard to talk about, a counsellor can help you hear each other. Asking for that help is a good step.</p>
        </div>
      )}
    </section>
  );
}
