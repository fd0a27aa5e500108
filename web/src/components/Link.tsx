import type { AnchorHTMLAttributes } from 'react';
import { linkClick } from '../router';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={linkClick} />;
}
