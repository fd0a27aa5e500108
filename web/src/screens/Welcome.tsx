import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OneFieldForm } from '../components/OneFieldForm';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { storeKey } from '../identity';
import { pathFor } from '../router';
import { LIMITS, validateName } from '../validation';

export function Welcome({ onDone, returning }: { onDone: (key: string) => void; returning: boolean }) {
  const intl = useIntl();
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);

  if (created) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.Welcome.welcome" values={{ name: <bdi>{created.name}</bdi> }} />
        </Heading>
        <p className="lead">
          <FormattedMessage id="screens.Welcome.keepLink" />
        </p>
        <PersonalLinkPanel accessKey={created.key} />
        <p>
          <button type="button" className="primary" onClick={() => onDone(created.key)}>
            <FormattedMessage id="screens.Welcome.kept" />
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.Welcome.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.Welcome.lead" />
      </p>
      {returning && (
        <p className="notice" role="note">
          <FormattedMessage id="screens.Welcome.returning" />
        </p>
      )}
      <ol className="steps-intro">
        <li>
          <FormattedMessage id="screens.Welcome.step1" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
        </li>
        <li>
          <FormattedMessage id="screens.Welcome.step2" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
        </li>
        <li>
          <FormattedMessage id="screens.Welcome.step3" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
        </li>
      </ol>
      <OneFieldForm
        heading={
          <h2>
            <FormattedMessage id="screens.Welcome.startHere" />
          </h2>
        }
        label={intl.formatMessage({ id: 'screens.Welcome.nameLabel' })}
        field="displayName"
        type="text"
        autoComplete="nickname"
        maxLength={LIMITS.name}
        submitLabel={intl.formatMessage({ id: 'screens.Welcome.begin' })}
        validate={(name) => validateName(name, intl)}
        send={async (name) => {
          const person = await api.createPerson(name);
          storeKey(person.accessKey); // kept at once, so a refresh here loses nothing
          setCreated({ key: person.accessKey, name: person.displayName });
        }}
      />
      <p>
        <FormattedMessage id="screens.Welcome.signIn" values={{ link: (chunks) => <Link href={pathFor.signIn()}>{chunks}</Link> }} />
      </p>
    </div>
  );
}
