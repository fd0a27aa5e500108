// A mail server for the browser tests: it speaks just enough SMTP to take every message a host sends, keeps them in
// memory, and lets a test wait for the next one to an address. Plain node:net, on 127.0.0.1 and a free port.
import { createServer, type Server, type Socket } from 'node:net';

export interface SunkMail {
  to: string[];
  raw: string;
  /** The text part with quoted-printable soft line breaks and escapes undone. */
  text: string;
}

export class MailSink {
  private readonly mails: SunkMail[] = [];
  private readonly waiting: Array<() => void> = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static start(): Promise<MailSink> {
    return new Promise((ok, fail) => {
      let sink: MailSink | undefined;
      const server = createServer((socket) => sink?.converse(socket));
      server.on('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        if (typeof address !== 'object' || !address) return fail(new Error('no port'));
        sink = new MailSink(server, address.port);
        ok(sink);
      });
    });
  }

  /** The next message to `address` whose text matches `pattern`, arriving within `timeoutMs` (earlier ones count too). */
  async next(address: string, pattern: RegExp, timeoutMs = 20_000): Promise<SunkMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.mails.findIndex((m) => m.to.includes(address.toLowerCase()) && pattern.test(m.text));
      if (index >= 0) return this.mails.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No email to ${address} matching ${pattern} within ${timeoutMs / 1000} s.`);
      await new Promise<void>((arrived) => {
        const timer = setTimeout(arrived, left);
        this.waiting.push(() => {
          clearTimeout(timer);
          arrived();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  private converse(socket: Socket): void {
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const raw = buffer.slice(0, end).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          this.keep({ to, raw, text: decodeQuotedPrintable(raw) });
          to = [];
          reply('250 OK');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink.test');
        else if (verb === 'MAIL') reply('250 OK');
        else if (verb === 'RCPT') {
          to.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
          return;
        } else reply('250 OK');
      }
    });
  }

  private keep(mail: SunkMail): void {
    this.mails.push(mail);
    this.waiting.splice(0).forEach((wake) => wake());
  }
}

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
