import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { ReactNode } from 'react';
import { compare, startingPoints, type StartingPoint } from './comparison';
import type { Person } from './leaning';
import { sideSentence, type Names } from './leanSentences';
import { methodWordsFor, useMethodWords } from '../method';
import { normalize, type LocalDraft } from './perspective';
import { picturesOf } from './pictures';
import type { Leans, Perspective } from '../types';
import { OnlyYouMark } from './OnlyForMe';
import { partTitle } from './partTitle';
import { ScaleLines, scaleRows } from './ScaleLines';
import './relationship.css';

/** A note or picture; the author's own private ones carry their mark. The other's private ones never arrive. */
function Quote({ text, mine, isPrivate }: { text: string; mine: boolean; isPrivate: boolean }) {
  return (
    <blockquote dir="auto">
      {text}
      {mine && isPrivate && <OnlyYouMark />}
    </blockquote>
  );
}

/** Every picture one person holds, each under where it belongs ("Upkeep: A boundary they need"). */
function Pictures({ perspective, side }: { perspective: Perspective; side: Side }) {
  const intl = useIntl();
  const { PICTURE_WORDS, PICTURE_WORDS_THEIRS } = useMethodWords();
  const pictures = picturesOf(perspective, { withPrivate: side.own });
  if (pictures.length === 0)
    return (
      <p className="muted">
        <FormattedMessage id="relationship.RevealBody.noPicture" />
      </p>
    );
  const words = side.own ? PICTURE_WORDS : PICTURE_WORDS_THEIRS;
  return (
    <>
      {pictures.map(({ where, picture }) => (
        <div key={where} className="picture-placed">
          <p className="picture-kind">
            <FormattedMessage id="relationship.RevealBody.pictureKind" values={{ where: partTitle(intl, where), kind: words[picture.kind] }} />
          </p>
          <Quote text={picture.text} mine={side.own} isPrivate={picture.private} />
        </div>
      ))}
    </>
  );
}

/** "Alex is in a season of grief: since March", or nothing when there is no season. */
export function seasonSentence(intl: IntlShape, p: LocalDraft, who: string | null): string | null {
  const phrase = methodWordsFor(intl).SEASON_PHRASE[p.season.kind];
  if (!phrase) return null;
  return intl.formatMessage(
    { id: 'relationship.RevealBody.season' },
    { viewer: who === null ? 'you' : 'named', name: who ?? '', phrase, noted: p.season.note ? 'yes' : 'no', note: p.season.note },
  );
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
const leansWords = (intl: IntlShape, l: Leans, side: Side, names: Names) =>
  side.own ? methodWordsFor(intl).LEANS_MINE[l] : sideSentence(intl, side.person, l, names);

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
  const intl = useIntl();
  const m = normalize(mine);
  const t = normalize(theirs);
  const names: Names = { self: selfName ?? null, other: partnerName };
  const first: Side = { name: selfName ?? intl.formatMessage({ id: 'relationship.RevealBody.you' }), person: 'a', own: selfName === undefined };
  const second: Side = { name: partnerName, person: 'b', own: false };
  const rows = compare(intl, mine, theirs, names);
  const points = startingPoints(rows);
  const seasons = [
    { text: seasonSentence(intl, m, selfName ?? null), mark: first.own && m.season.private && !!m.season.note },
    { text: seasonSentence(intl, t, partnerName), mark: false },
  ].filter((s) => !!s.text);
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <section className="panel" aria-label={intl.formatMessage({ id: 'relationship.RevealBody.picturesLabel' })}>
        <H>
          <FormattedMessage id="relationship.RevealBody.picturesTitle" values={{ viewer: selfName ? 'named' : 'you' }} />
        </H>
        {seasons.map((s) => (
          <p key={s.text} className="seasons" dir="auto">
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
              <Sub>
                <bdi>{side.name}</bdi>
              </Sub>
              <Pictures perspective={p} side={side} />
            </div>
          ))}
        </div>
      </section>
      <StartingPoints points={points} H={H} names={names} />
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
                <Sub>
                  <bdi>{side.name}</bdi>
                </Sub>
                {d.leans && <p>{leansWords(intl, d.leans, side, names)}</p>}
                {d.note && <Quote text={d.note} mine={side.own} isPrivate={d.private} />}
              </div>
            ))}
          </div>
          {r.leansReading && <p className="leans-reading">{r.leansReading}</p>}
          <p className="conversation">
            <FormattedMessage
              id="relationship.RevealBody.question"
              values={{ question: r.conversation, label: (chunks) => <span className="conversation-label">{chunks}</span> }}
            />
          </p>
        </section>
      ))}
    </>
  );
}

/** At most two places to start, each with its opener; a big gap comes with a gentler way to talk. */
function StartingPoints({ points, H, names }: { points: StartingPoint[]; H: 'h2' | 'h3'; names: Names }) {
  const intl = useIntl();
  const { DIMENSIONS } = useMethodWords();
  const bigGap = points.some((p) => p.bigGap);
  const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  return (
    <section className="panel" aria-label={intl.formatMessage({ id: 'relationship.StartingPoints.title' })}>
      <H>
        <FormattedMessage id="relationship.StartingPoints.title" />
      </H>
      {points.length === 0 ? (
        <p>
          <FormattedMessage
            id="relationship.StartingPoints.similar"
            values={{
              viewer: names.self === null ? 'you' : 'named',
              self: <bdi>{names.self}</bdi>,
              other: <bdi>{names.other}</bdi>,
              question: DIMENSIONS[0].conversation,
            }}
          />
        </p>
      ) : (
        <ul className="start-list">
          {points.map((p) => (
            <li key={p.key}>
              <FormattedMessage
                id="relationship.StartingPoints.point"
                values={{ title: p.title, difference: p.difference ?? 'none', opener: p.opener, strong }}
              />
            </li>
          ))}
        </ul>
      )}
      {bigGap && (
        <div className="listen-first">
          <p>
            <FormattedMessage id="relationship.StartingPoints.listenFirst" values={{ strong }} />
          </p>
          <p>
            <FormattedMessage id="relationship.StartingPoints.counsellor" />
          </p>
        </div>
      )}
    </section>
  );
}
