import { useState } from 'react';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { PairedBars } from '../components/PairedBars';
import { compare, conversationOrder, REFLECTION_NOTE, scoreWords } from '../comparison';
import { DIMENSIONS, LEANS_MINE, PICTURE_WORDS, SEASON_WORDS } from '../method';
import { normalize } from '../perspective';
import type { Leans, Perspective, RelationshipView } from '../types';

const theirLeans = (l: Leans, name: string) =>
  l === 'me' ? `${name} feels they carry more` : l === 'them' ? `${name} feels you carry more` : `${name} feels it is even`;

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
              {r.mine.note && <blockquote>{r.mine.note}</blockquote>}
            </div>
            <div className="side side-theirs">
              <Sub>{partnerName}</Sub>
              <p className="side-score">{scoreWords(r.theirs.score)}</p>
              {r.theirs.leans && <p>{theirLeans(r.theirs.leans, partnerName)}</p>}
              {r.theirs.note && <blockquote>{r.theirs.note}</blockquote>}
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
          <div className="side side-mine">
            <Sub>You</Sub>
            <p className="side-score">{scoreWords(m.overall)}</p>
            {m.picture.text ? (
              <>
                <p className="picture-kind">{PICTURE_WORDS[m.picture.kind]}</p>
                <blockquote>{m.picture.text}</blockquote>
              </>
            ) : (
              <p className="muted">No picture written.</p>
            )}
            <p className="season">
              <span className="season-label">Season: </span>
              {SEASON_WORDS[m.season.kind]}
              {m.season.note && <>: {m.season.note}</>}
            </p>
          </div>
          <div className="side side-theirs">
            <Sub>{partnerName}</Sub>
            <p className="side-score">{scoreWords(t.overall)}</p>
            {t.picture.text ? (
              <>
                <p className="picture-kind">{t.picture.kind === 'boundary' ? 'A boundary they need' : 'A mutual pattern to build'}</p>
                <blockquote>{t.picture.text}</blockquote>
              </>
            ) : (
              <p className="muted">No picture written.</p>
            )}
            <p className="season">
              <span className="season-label">Season: </span>
              {SEASON_WORDS[t.season.kind]}
              {t.season.note && <>: {t.season.note}</>}
            </p>
          </div>
        </div>
      </section>
    </>
  );
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function Reveal({ view, onView }: { view: RelationshipView; onView: (v: RelationshipView) => void }) {
  const reveal = view.round.reveal!;
  const partnerName = view.partner?.displayName ?? 'Them';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const earlier = view.history.filter((h) => h.number !== view.round.number).reverse();

  async function newRound() {
    setBusy(true);
    setError(null);
    try {
      onView(await api.newRound(view.relationshipId));
    } catch (e) {
      setError(friendlyError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reveal">
      <Heading>Two perspectives, side by side</Heading>
      <p className="lead">
        You and {partnerName} both finished{view.round.number > 1 ? ` round ${view.round.number}` : ''}
        {reveal.revealedAt ? `, and this appeared for you both on ${when(reveal.revealedAt)}` : ''}. Where you differ,
        you have different experiences to talk about. There is no score and no one is right.
      </p>
      <p className="reflection" role="note">
        {REFLECTION_NOTE}
      </p>
      <RevealBody mine={reveal.mine} theirs={reveal.theirs} partnerName={partnerName} />
      <section className="panel" aria-labelledby="again-title">
        <h2 id="again-title">Another round, later</h2>
        <p>
          A single round is a snapshot. Doing this again in a few weeks or months shows whether an imbalance is a season
          or the resting state of the relationship.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="button" onClick={newRound} disabled={busy}>
          Start round {view.round.number + 1}
        </button>
      </section>
      {earlier.length > 0 && (
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">Earlier rounds</h2>
          {earlier.map((h) => (
            <details key={h.number}>
              <summary>
                Round {h.number}
                {h.revealedAt ? `, ${when(h.revealedAt)}` : ''}
              </summary>
              <RevealBody mine={h.mine} theirs={h.theirs} partnerName={partnerName} level={3} />
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
