import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail: through SMTP when SMTP_URL is set; otherwise each message is written to
 * MAIL_DIR as an .eml file (the embedded default), or only logged when MAIL_DIR is empty.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  readonly mode: 'smtp' | 'folder' | 'log';

  constructor(private readonly config: AppConfig) {
    this.mode = config.SMTP_URL ? 'smtp' : config.MAIL_DIR ? 'folder' : 'log';
    this.transport = config.SMTP_URL
      ? createTransport(config.SMTP_URL)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Closes pooled SMTP connections. */
  onApplicationShutdown(): void {
    this.transport.close();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail })) as { message?: Buffer; messageId: string };
    if (this.mode === 'folder' && info.message) {
      await mkdir(this.config.MAIL_DIR, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(path.join(this.config.MAIL_DIR, `${stamp}-${randomBytes(4).toString('hex')}.eml`), info.message);
    } else if (this.mode === 'log') {
      this.logger.log(`E-mail (not sent, no SMTP_URL or MAIL_DIR) to ${mail.to}: ${mail.subject}`);
    }
  }
}
