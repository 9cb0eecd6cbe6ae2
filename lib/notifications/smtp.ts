/**
 * SMTP delivery with nodemailer. MAIL_TRANSPORT is an `smtp://user:password@host:587` URL (STARTTLS when the
 * server offers it) or `smtps://…:465` (TLS from the start); nodemailer's connection options may follow as a
 * query string (`?requireTLS=true`). Special characters in the password are percent-encoded.
 * One transport per process, created on first use and kept on globalThis (Next loads modules several times).
 */
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { env } from "@/lib/env";

export interface OutgoingMail {
  to: string;
  from: string;
  subject: string;
  text: string;
}

/** Seconds rather than nodemailer's minutes: a stuck server must not pile up sends behind it. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

type SmtpTransporter = Transporter<SMTPTransport.SentMessageInfo>;
const g = globalThis as unknown as { __xiangjiSmtp?: { url: string; transport: SmtpTransporter } };

export function smtpTransport(url: string = env.MAIL_TRANSPORT): SmtpTransporter {
  if (g.__xiangjiSmtp?.url !== url) {
    g.__xiangjiSmtp?.transport.close();
    // Plain-text notifications only: the transport may never read a file or a URL into a message.
    const transport = new SMTPTransport({ ...TIMEOUTS, disableFileAccess: true, disableUrlAccess: true, url });
    g.__xiangjiSmtp = { url, transport: nodemailer.createTransport(transport) };
  }
  return g.__xiangjiSmtp.transport;
}

/** Sends one plain-text UTF-8 message; throws when the server does not accept it. */
export async function sendMail(msg: OutgoingMail): Promise<void> {
  const info = await smtpTransport().sendMail({
    ...msg,
    // RFC 3834: an automatic notification (no out-of-office replies to it).
    headers: { "Auto-Submitted": "auto-generated" },
  });
  if (info.rejected.length) throw new Error(`SMTP server refused the recipient: ${info.response}`);
}
