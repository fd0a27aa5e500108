import { Fragment, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { setUnauthorizedHandler } from './api';
import { Link } from './components/Link';
import { QuickExit } from './components/QuickExit';
import { loadHelp } from './help';
import { useStoredLanguage } from './i18n/LanguageChoice';
import { LanguagePicker } from './i18n/LanguagePicker';
import { live } from './hub';
import { adoptKeyFromLocation, forgetKey, replaceOwnKey, storedKey, storeKey } from './identity';
import { navigate, pathFor, useRoute } from './router';
import { HelpScreen } from './screens/HelpScreen';
import { Home } from './screens/Home';
import { Join } from './screens/Join';
import { LinkLost } from './screens/LinkLost';
import { Journey } from './screens/Journey';
import { NewRelationship } from './screens/NewRelationship';
import { NotFound } from './screens/NotFound';
import { PersonalLinkScreen } from './screens/PersonalLinkScreen';
import { ReadingScreen } from './screens/ReadingScreen';
import { RelationshipScreen } from './screens/RelationshipScreen';
import { Welcome } from './screens/Welcome';
import { YourData } from './screens/YourData';
import './safety.css';
import { NewSession } from './sessions/NewSession';
import { Presentation } from './sessions/Presentation';
import { Report } from './sessions/Report';
import { SeatScreen } from './sessions/SeatScreen';
import { HouseholdScreen } from './practice/HouseholdScreen';
import { PracticeScreen } from './practice/PracticeScreen';
import { SessionScreen } from './sessions/SessionScreen';
import { SignInByEmail } from './signin/SignInByEmail';
import { SignInLink } from './signin/SignInLink';

export function App() {
  const route = useRoute();
  const intl = useIntl();
  const [key, setKey] = useState(storedKey);
  const [linkLost, setLinkLost] = useState(false);
  // Bumped when this browser switches to another identity from outside a screen, to start screens afresh.
  const [generation, setGeneration] = useState(0);
  // What a person who just signed out or deleted everything reads on the welcome screen.
  const [farewell, setFarewell] = useState<string | null>(null);
  useStoredLanguage(key && !linkLost ? key : null);

  useEffect(() => {
    void loadHelp(); // the quick exit's page, known before anyone needs it
    setUnauthorizedHandler(() => setLinkLost(true));
    // Another tab changed who this browser is: follow it.
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === 'reciprocity.accessKey') {
        void live.reset();
        setKey(storedKey());
        setLinkLost(false);
        setGeneration((g) => g + 1);
      }
    };
    // A personal link opened in a tab that already runs the app changes only the fragment: no reload.
    const onHash = () => {
      if (!adoptKeyFromLocation()) return;
      void live.reset();
      setKey(storedKey());
      setLinkLost(false);
      setGeneration((g) => g + 1);
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('hashchange', onHash);
    return () => {
      setUnauthorizedHandler(null);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const adopt = (newKey: string) => {
    storeKey(newKey);
    void live.reset();
    setLinkLost(false);
    setFarewell(null);
    setKey(newKey);
  };

  const rotated = (newKey: string) => {
    replaceOwnKey(newKey);
    void live.reset();
    setKey(newKey);
  };

  // Signed out, or everything deleted: nothing of the person stays in this browser.
  const signedOut = (words: string) => {
    forgetKey();
    void live.reset();
    setLinkLost(false);
    setKey(null);
    setFarewell(words);
    navigate(pathFor.home());
  };

  const startOver = () => {
    forgetKey();
    void live.reset();
    setLinkLost(false);
    setKey(null);
    navigate(pathFor.home());
  };

  let screen;
  // Signing in by email works from a lost link too: these come before it.
  if (route.name === 'signIn') screen = <SignInByEmail />;
  else if (route.name === 'signInLink') screen = <SignInLink key={route.token} token={route.token} onSignedIn={adopt} />;
  else if (linkLost) screen = <LinkLost onStartOver={startOver} />;
  else if (route.name === 'join') screen = <Join key={route.code} code={route.code} hasIdentity={!!key} onIdentity={adopt} />;
  else if (route.name === 'help' && (!key || !route.reflectionId)) screen = <HelpScreen reflectionId={null} />;
  else if (route.name === 'seat') screen = <SeatScreen key={route.code} code={route.code} hasIdentity={!!key} onIdentity={adopt} />;
  else if (!key) screen = <Welcome onDone={adopt} returning={route.name !== 'home'} />;
  else if (route.name === 'home') screen = <Home />;
  else if (route.name === 'new') screen = <NewRelationship />;
  else if (route.name === 'journey') screen = <Journey />;
  else if (route.name === 'reading') screen = <ReadingScreen />;
  else if (route.name === 'link') screen = <PersonalLinkScreen accessKey={key} onRotated={rotated} />;
  else if (route.name === 'help') screen = <HelpScreen key={route.reflectionId} reflectionId={route.reflectionId} />;
  else if (route.name === 'yourData') screen = <YourData onSignedOut={signedOut} />;
  else if (route.name === 'relationship') screen = <RelationshipScreen key={route.id} id={route.id} />;
  else if (route.name === 'newSession') screen = <NewSession />;
  else if (route.name === 'session' && route.view === 'present') screen = <Presentation key={route.id} id={route.id} />;
  else if (route.name === 'session' && route.view === 'report') screen = <Report key={route.id} id={route.id} />;
  else if (route.name === 'session') screen = <SessionScreen key={route.id} id={route.id} />;
  else if (route.name === 'practice') screen = <PracticeScreen />;
  else if (route.name === 'household') screen = <HouseholdScreen key={route.id} id={route.id} />;
  else screen = <NotFound />;

  // The shared screen (a projector in the room) shows the session alone: no menu, no quick exit, no footer.
  if (route.name === 'session' && route.view === 'present' && key && !linkLost) {
    return (
      <main id="main" tabIndex={-1} className="shown-alone">
        <Fragment key={generation}>{screen}</Fragment>
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="app.App.skip" />
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="brand" href={pathFor.home()}>
            <span className="brand-mark" aria-hidden="true" />
            <FormattedMessage id="app.App.brand" />
          </Link>
          <QuickExit />
          {key && !linkLost && (
            <nav aria-label={intl.formatMessage({ id: 'app.App.mainNav' })}>
              <ul>
                <li>
                  <Link href={pathFor.home()} aria-current={route.name === 'home' ? 'page' : undefined}>
                    <FormattedMessage id="app.App.home" />
                  </Link>
                </li>
                <li>
                  <Link href={pathFor.reading()} aria-current={route.name === 'reading' ? 'page' : undefined}>
                    <FormattedMessage id="app.App.reading" />
                  </Link>
                </li>
                <li>
                  <Link href={pathFor.link()} aria-current={route.name === 'link' ? 'page' : undefined}>
                    <FormattedMessage id="app.App.myLink" />
                  </Link>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {farewell && !key && (
          <p className="notice" role="status">
            {farewell}
          </p>
        )}
        <Fragment key={generation}>{screen}</Fragment>
      </main>
      <footer className="site-footer">
        <p>
          <FormattedMessage id="app.App.footer" />
        </p>
        <p className="footer-links">
          <Link href={pathFor.help()}>
            <FormattedMessage id="app.App.help" />
          </Link>
          {key && !linkLost && (
            <>
              <FormattedMessage id="app.App.separator" />
              <Link href={pathFor.yourData()}>
                <FormattedMessage id="app.App.yourData" />
              </Link>
            </>
          )}
        </p>
        <LanguagePicker />
      </footer>
    </>
  );
}
