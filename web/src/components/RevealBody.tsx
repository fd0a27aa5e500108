import { compare, leansReading, startingPoints, type StartingPoint } from '../comparison';
import { DIMENSIONS, LEANS_MINE, leansTheirs, PICTURE_WORDS, PICTURE_WORDS_THEIRS, SEASON_PHRASE } from '../method';
import { normalize, type LocalDraft, type LocalPicture } from '../perspective';
import { leansBetween } from '../sessions/pairReading';
import type { Leans, Perspective, PictureKind } from '../types';
import { OnlyYouMark } from './OnlyForMe';
import { ScaleLines, scaleRows } from './ScaleLines';

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

/** "Alex is in a season of grief: since March", or nothing when there is no season. */
export function seasonSentence(p: LocalDraft, who: string | null): string | null {
  const phrase = SEASON_PHRASE[p.season.kind];
  if (!phrase) return null;
  return `${who === null ? 'You are' : `${who} is`} ${phrase}${p.season.note ? `: ${p.season.note}` : ''}.`;
}

/** One person's side of a dimension or of the whole: leaning, note and picture, in their own words. */
interface Side {
  name: string;
  /** The viewer's own side: their private parts carry the mark, their leaning reads "I …". */
  own: boolean;
}

const leansWords = (l: Leans, side: Side) => (side.own ? LEANS_MINE[l] : leansTheirs(l, side.name));

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
  const rows = compare(mine, theirs, partnerName);
  const m = normalize(mine);
  const t = normalize(theirs);
  const first: Side = { name: selfName ?? 'You', own: selfName === undefined };
  const second: Side = { name: partnerName, own: false };
  const points = startingPoints(rows, { self: selfName ?? null, other: partnerName });
  const seasons = [
    { text: seasonSentence(m, selfName ?? null), mark: first.own && m.season.private && !!m.season.note },
    { text: seasonSentence(t, partnerName), mark: false },
  ].filter((s) => !!s.text);
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const reading = (a: Leans | null, b: Leans | null) => (selfName ? leansBetween(a, b, selfName, partnerName) : leansReading(a, b, partnerName));
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
            { p: m, side: first },
            { p: t, side: second },
          ].map(({ p, side }) => (
            <div key={side.name + String(side.own)} className={`side ${side === first ? 'side-mine' : 'side-theirs'}`}>
              <Sub>{side.name}</Sub>
              {p.picture.text ? (
                <PictureBlock picture={p.picture} mine={side.own} words={side.own ? PICTURE_WORDS : PICTURE_WORDS_THEIRS} />
              ) : (
                <p className="muted">No picture written.</p>
              )}
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
                {d.leans && <p>{leansWords(d.leans, side)}</p>}
                {d.note && <Quote text={d.note} mine={side.own} isPrivate={d.private} />}
                <PictureBlock picture={d.picture} mine={side.own} words={side.own ? PICTURE_WORDS : PICTURE_WORDS_THEIRS} />
              </div>
            ))}
          </div>
          {reading(r.mine.leans, r.theirs.leans) && <p>{reading(r.mine.leans, r.theirs.leans)}</p>}
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
              <strong>{p.title}:</strong> {p.kind === 'different' ? 'different experiences. ' : ''}
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
