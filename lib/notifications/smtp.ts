/** Minimal SMTP seam; replace with nodemailer when a deployment sets MAIL_TRANSPORT to an SMTP URL. */
export async function sendMail(msg: { to: string; from: string; subject: string; text: string }): Promise<void> {
  throw new Error(`SMTP transport not installed; message to ${msg.to.replace(/(.).*@/, "$1***@")} not sent`);
}
