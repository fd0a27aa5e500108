import { useEffect, useState } from 'react';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { HelpResources } from '../components/HelpResources';
import { Link } from '../components/Link';
import { inSentence } from '../relationship/PartnerLeft';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { useOtherName } from '../relationship/otherName';
import { pathFor } from '../router';
import type { RelationshipView } from '../types';

/**
 * Help and safety. After a "no" to "do you feel safe sharing this?", it also shows the answers that stayed private,
 * now a reflection of this person's alone.
 */
export function HelpScreen({ reflectionId }: { reflectionId: string | null }) {
  const [reflection, setReflection] = useState<RelationshipView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = useOtherName(reflection);

  useEffect(() => {
    if (!reflectionId) return;
    let alive = true;
    api.relationship(reflectionId).then(
      (v) => alive && setReflection(v),
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [reflectionId]);

  const finished = reflection?.round.revealed ? reflection.round.reveal?.mine : null;
  return (
    <div className="screen help-screen">
      <Heading>{reflectionId ? 'Your answers stay with you' : 'Help and safety'}</Heading>
      {reflectionId && (
        <p className="lead">
          Nothing was shared{reflection ? ` with ${inSentence(name)}` : ''}, and{' '}
          {reflection ? inSentence(name) : 'the other person'} is not told anything: their page looks exactly as it did
          before. Your answers are now a private reflection, for you alone.
        </p>
      )}
      <HelpResources />
      <section className="panel" aria-labelledby="leave-quickly-title">
        <h2 id="leave-quickly-title">Leaving quickly, and keeping this private</h2>
        <ul>
          <li>
            <strong>Quick exit</strong>, at the top of every page, leaves at once for an everyday website. It forgets
            what this app kept on this device (your personal key and any words not yet sent) and steps back over this
            app’s pages in this tab, so Back does not return here. Pressing Escape three times does the same. To come
            back, open your personal link.
          </li>
          <li>
            Your browser may still list this site in its history, and other tabs stay open: those are yours to clear, in
            the browser’s own settings (or use a private window next time).
          </li>
          <li>
            If someone else uses this device, you can <Link href={pathFor.yourData()}>sign out of this device</Link>. Your
            personal link keeps working anywhere else.
          </li>
          <li>
            If someone may have seen your personal link, <Link href={pathFor.link()}>make a new one</Link>: the old one
            stops working at once.
          </li>
        </ul>
      </section>
      {reflectionId && (
        <section className="panel" aria-labelledby="private-reflection-title">
          <h2 id="private-reflection-title">Your private reflection</h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {!reflection && !error && <p aria-live="polite">Opening…</p>}
          {reflection && (
            <>
              <p>
                {finished
                  ? 'This is what you wrote. Nobody else can read it, now or later.'
                  : 'This is what you wrote so far. Nobody else can read it; you can finish it whenever you like.'}
              </p>
              <PerspectiveList perspective={finished ?? reflection.round.myDraft ?? {}} />
              <p>
                <Link href={pathFor.relationship(reflection.relationshipId)}>
                  {finished ? 'Open your private reflection' : 'Finish your private reflection'}
                </Link>
              </p>
            </>
          )}
        </section>
      )}
      <p>
        <Link href={pathFor.home()}>Back to your relationships</Link>
      </p>
    </div>
  );
}
