import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn in the browser; the text never leaves the device. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    QRCode.toDataURL(text, { margin: 2, width: 240, errorCorrectionLevel: 'M', color: { dark: '#2b1d18', light: '#ffffff' } })
      .then((url) => alive && setSrc(url))
      .catch(() => alive && setSrc(null));
    return () => {
      alive = false;
    };
  }, [text]);
  if (!src) return null;
  return <img className="qr" src={src} width={240} height={240} alt={label} />;
}
