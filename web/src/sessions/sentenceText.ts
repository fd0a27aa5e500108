// For tests: find a sentence by the words it reads as a whole, though the names in it sit in isolates of their own
// (<bdi>), which split its text into several nodes. Matches the innermost element whose text matches.
import type { MatcherFunction } from '@testing-library/react';

export function sentenceText(text: string | RegExp): MatcherFunction {
  const matches = (s: string | null | undefined) => (typeof text === 'string' ? s === text : text.test(s ?? ''));
  return (_, element) => !!element && matches(element.textContent) && ![...element.children].some((child) => matches(child.textContent));
}
