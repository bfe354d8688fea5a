import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from './user.entity';

/** Work other modules do, in the same transaction, when an account is deactivated (auth ends its sessions). */
export type DeactivationHandler = (manager: EntityManager, userId: string) => Promise<void>;

/** What happens to an account as a whole; modules that hold something for it register what they let go. */
@Injectable()
export class UserAccounts {
  private readonly onDeactivation: DeactivationHandler[] = [];

  /** Registers work to do when an account is deactivated (at module init). */
  whenDeactivated(handler: DeactivationHandler): void {
    this.onDeactivation.push(handler);
  }

  /** Deactivates the account inside the caller's transaction: the person loses access at once. */
  async deactivate(manager: EntityManager, user: User): Promise<void> {
    user.active = false;
    await manager.save(user);
    for (const handler of this.onDeactivation) await handler(manager, user.id);
  }
}
