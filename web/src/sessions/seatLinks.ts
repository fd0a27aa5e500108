// A seat link is shown once by the server; this device remembers it until the person has taken their seat.
import type { SeatLink } from './types';

const key = (seatId: string) => `reciprocity.seat.${seatId}`;

/** The link on this page's origin, so it works behind any proxy. */
export function seatLink(origin: string, link: SeatLink): string {
  try {
    const u = new URL(link.seatUrl, origin);
    if (u.pathname.startsWith('/seat/')) return `${origin}${u.pathname}`;
  } catch {
    /* fall back to the code */
  }
  return `${origin}/seat/${encodeURIComponent(link.seatCode)}`;
}

export function rememberSeat(seatId: string, url: string): void {
  try {
    localStorage.setItem(key(seatId), url);
  } catch {
    /* not essential: a new link can be made */
  }
}

export function rememberedSeat(seatId: string): string | null {
  try {
    return localStorage.getItem(key(seatId));
  } catch {
    return null;
  }
}

export function forgetSeat(seatId: string): void {
  try {
    localStorage.removeItem(key(seatId));
  } catch {
    /* nothing to forget */
  }
}
