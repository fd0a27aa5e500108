import { useState } from 'react';
import { api } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OneFieldForm } from '../components/OneFieldForm';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { storeKey } from '../identity';
import { pathFor } from '../router';
import { LIMITS, validateName } from '../validation';

export function Welcome({ onDone, returning }: { onDone: (key: string) => void; returning: boolean }) {
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);

  if (created) {
    return (
      <div className="screen">
        <Heading>Welcome, {created.name}</Heading>
        <p className="lead">Before you begin, keep your personal link safe.</p>
        <PersonalLinkPanel accessKey={created.key} />
        <p>
          <button type="button" className="primary" onClick={() => onDone(created.key)}>
            I’ve kept it. Continue
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>Two sides of one relationship</Heading>
      <p className="lead">
        Reciprocity helps two people look at how giving and receiving flows between them: privately first, then
        together.
      </p>
      {returning && (
        <p className="notice" role="note">
          This browser doesn’t know you yet. If you have a personal link, open it here. Otherwise, start below.
        </p>
      )}
      <ol className="steps-intro">
        <li>
          <strong>You each reflect on your own.</strong> Four parts of the relationship, rated from “heavily
          one-directional” to “roughly mutual”.
        </li>
        <li>
          <strong>Nothing is shown early.</strong> Neither of you sees the other’s answers, only whether they have
          finished.
        </li>
        <li>
          <strong>Then you see both, at the same moment.</strong> Side by side, as different experiences to talk
          about. There is no score and no winner.
        </li>
      </ol>
      <OneFieldForm
        heading={<h2>Start here</h2>}
        label="What should the other person see as your name?"
        field="displayName"
        type="text"
        autoComplete="nickname"
        maxLength={LIMITS.name}
        submitLabel="Begin"
        validate={validateName}
        send={async (name) => {
          const person = await api.createPerson(name);
          storeKey(person.accessKey); // kept at once, so a refresh here loses nothing
          setCreated({ key: person.accessKey, name: person.displayName });
        }}
      />
      <p>
        Been here before on another device? <Link href={pathFor.signIn()}>Sign in with your email</Link>, if you
        confirmed one in Reciprocity.
      </p>
    </div>
  );
}
