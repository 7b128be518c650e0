import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailboxMessage, MailTransport } from '../../app/ports/mail-transport.ts';
import { MailTransportError } from '../../app/ports/mail-transport.ts';
import type { Clock } from '../../app/clock.ts';
import { writeFileAtomically } from './atomic-write.ts';
import { buildEml, emlMessageId } from './build-eml.ts';

export interface FileMailTransportOptions {
  /** `<DATA_DIR>/outbox`: one `<referral id>.eml` per sent referral. */
  readonly outboxDir: string;
  readonly sender: string;
  readonly clock: Clock;
}

const safeId = /^[A-Za-z0-9-]{1,64}$/;

function checkedId(id: string): string {
  if (!safeId.test(id)) throw new MailTransportError('rejected', 'bad_message_id');
  return id;
}

async function modifiedAt(path: string): Promise<Date | undefined> {
  try {
    return (await stat(path)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new MailTransportError('unavailable', 'outbox_unreadable');
  }
}

/**
 * The embedded default: "sending" writes an RFC 5322 .eml into the outbox folder, which any mail
 * client opens. The same protocol as Graph: the draft is written atomically under `.drafts/`, and
 * sending is one atomic rename into the outbox, named by referral id so a repeat replaces, never adds.
 */
export function createFileMailTransport(options: FileMailTransportOptions): MailTransport {
  const drafts = join(options.outboxDir, '.drafts');
  const draftPath = (id: string) => join(drafts, `${checkedId(id)}.eml`);
  const sentPath = (id: string) => join(options.outboxDir, `${checkedId(id)}.eml`);

  const look = async (id: string): Promise<MailboxMessage | undefined> => {
    const sentAt = await modifiedAt(sentPath(id));
    const draftAt = sentAt ? undefined : await modifiedAt(draftPath(id));
    const at = sentAt ?? draftAt;
    if (!at) return undefined;
    return {
      id,
      isDraft: !sentAt,
      complete: true,
      internetMessageId: emlMessageId(id, options.sender),
      createdAt: at,
    };
  };

  return {
    confirmsImmediately: true,

    async findTagged(referralId) {
      const found = await look(referralId);
      return found ? [found] : [];
    },

    async createDraft(mail, draftOptions) {
      await draftOptions.beforeEachRequest();
      await mkdir(drafts, { recursive: true, mode: 0o700 });
      const now = options.clock.now();
      await writeFileAtomically(
        draftPath(mail.referralId),
        buildEml(mail, { from: options.sender, date: now }),
      );
      return {
        id: mail.referralId,
        isDraft: true,
        complete: true,
        internetMessageId: emlMessageId(mail.referralId, options.sender),
        createdAt: now,
      };
    },

    async send(messageId) {
      try {
        await rename(draftPath(messageId), sentPath(messageId));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new MailTransportError('not_found', 'no_draft');
        throw new MailTransportError('unavailable', 'outbox_unwritable');
      }
    },

    getMessage: look,

    async deleteDraft(messageId) {
      await unlink(draftPath(messageId)).catch(() => undefined);
    },
  };
}
