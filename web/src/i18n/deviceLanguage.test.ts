import { describe, expect, it } from 'vitest';
import { keepLanguage, keptLanguage, requestLanguage, speak, startingLanguage } from './deviceLanguage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('the language a device starts in', () => {
  it('is the browser’s when nothing is kept here', () => {
    expect(startingLanguage(memoryStorage(), ['de-AT', 'en'])).toBe('de');
  });

  it('is the choice kept on this device before the browser’s', () => {
    const storage = memoryStorage();
    keepLanguage('ar', storage);
    expect(keptLanguage(storage)).toBe('ar');
    expect(startingLanguage(storage, ['de-AT', 'en'])).toBe('ar');
  });

  it('ignores a kept value it does not speak', () => {
    const storage = memoryStorage();
    storage.setItem('reciprocity.language', 'fr');
    expect(startingLanguage(storage, ['es'])).toBe('es');
  });

  it('is what requests say, once spoken', () => {
    speak('es');
    expect(requestLanguage()).toBe('es');
    speak('en');
  });
});
