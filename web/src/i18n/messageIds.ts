// The message ids the app may use: the keys of the English catalogue. react-intl reads this through the global
// FormatjsIntl.Message, so `formatMessage({ id })` and `<FormattedMessage id>` with an unknown id fail the type check.
import type app from './messages/en/app.json';
import type components from './messages/en/components.json';
import type i18n from './messages/en/i18n.json';
import type method from './messages/en/method.json';
import type practice from './messages/en/practice.json';
import type rating from './messages/en/rating.json';
import type relationship from './messages/en/relationship.json';
import type screens from './messages/en/screens.json';
import type sessions from './messages/en/sessions.json';
import type signin from './messages/en/signin.json';
import type time from './messages/en/time.json';

export type MessageId =
  | keyof typeof app
  | keyof typeof components
  | keyof typeof i18n
  | keyof typeof method
  | keyof typeof practice
  | keyof typeof rating
  | keyof typeof relationship
  | keyof typeof screens
  | keyof typeof sessions
  | keyof typeof signin
  | keyof typeof time;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
