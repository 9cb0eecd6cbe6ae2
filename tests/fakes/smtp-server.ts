/**
 * A local SMTP server for tests (the `smtp-server` package, no TLS) that keeps every message it accepts, with the
 * headers and the text body decoded here (RFC 2047 words, base64 / quoted-printable), independently of nodemailer.
 */
import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { env } from "@/lib/env";

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  /** The account the client signed in with, if any. */
  user: string | undefined;
  raw: string;
  headers: Map<string, string>;
  subject: string;
  text: string;
}

export interface FakeSmtp {
  url: string;
  received: ReceivedMail[];
  /** Addresses answered with "550 no such user" at RCPT TO. */
  refuse: Set<string>;
  close: () => Promise<void>;
}

/** RFC 2047 encoded words → text; adjacent words are joined first so a character split across two survives. */
export function decodeWords(value: string): string {
  const parts: Buffer[] = [];
  let last = 0;
  const joined = value.replace(/\?=\s+=\?/g, "?==?");
  for (const m of joined.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)) {
    parts.push(Buffer.from(joined.slice(last, m.index)));
    const [, , enc, data] = m as unknown as [string, string, string, string];
    parts.push(enc.toUpperCase() === "B" ? Buffer.from(data, "base64") : qp(data.replace(/_/g, " ")));
    last = m.index! + m[0].length;
  }
  parts.push(Buffer.from(joined.slice(last)));
  return Buffer.concat(parts).toString("utf8");
}

function qp(s: string): Buffer {
  const unfolded = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    if (unfolded[i] === "=" && /^[0-9A-F]{2}$/i.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i]!));
  }
  return Buffer.from(bytes);
}

function parse(raw: string): Pick<ReceivedMail, "headers" | "subject" | "text"> {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const i = line.indexOf(":");
    headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes = cte === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64") : cte === "quoted-printable" ? qp(body) : Buffer.from(body);
  return { headers, subject: decodeWords(headers.get("subject") ?? ""), text: bytes.toString("utf8").replace(/\r\n/g, "\n") };
}

export async function startFakeSmtp(account = { user: "mailer", pass: "s3cret p@ss" }): Promise<FakeSmtp> {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      if (auth.username === account.user && auth.password === account.pass) cb(null, { user: auth.username });
      else cb(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, cb) {
      if (refuse.has(address.address)) cb(Object.assign(new Error("No such user here"), { responseCode: 550 }));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("latin1");
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw,
          ...parse(raw),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${encodeURIComponent(account.user)}:${encodeURIComponent(account.pass)}@127.0.0.1:${port}`,
    received,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local port nothing listens on (bound, then released): connecting to it is refused at once. */
export async function unusedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/**
 * For a test file: a fake SMTP server for all its tests, MAIL_TRANSPORT pointed at it and its mailbox emptied
 * before each test, console spies restored after each; MAIL_TRANSPORT restored at the end.
 */
export function setupFakeSmtp(): FakeSmtp {
  const smtp = {} as FakeSmtp;
  const saved = env.MAIL_TRANSPORT;
  beforeAll(async () => {
    Object.assign(smtp, await startFakeSmtp());
  });
  afterAll(async () => {
    env.MAIL_TRANSPORT = saved;
    await smtp.close();
  });
  beforeEach(() => {
    env.MAIL_TRANSPORT = smtp.url;
    smtp.received.length = 0;
    smtp.refuse.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return smtp;
}
