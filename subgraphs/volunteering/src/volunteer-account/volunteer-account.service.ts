import type DataLoader from 'dataloader';
import type { VolunteeringSource } from '../volunteering-source.js';
import { emptyAccount, type VolunteerAccount } from './volunteer-account.type.js';

/** Members' volunteer accounts, for one request. */
export class VolunteerAccountService {
  constructor(
    private readonly loader: DataLoader<string, VolunteerAccount>,
    private readonly source: VolunteeringSource,
  ) {}

  /** A member without an Oceco id gets an empty account without any read, so it never fails. */
  accountOf(ocecoUserId: string | null | undefined): Promise<VolunteerAccount> {
    if (!ocecoUserId) return Promise.resolve(emptyAccount(this.source.knownUnit()));
    return this.loader.load(ocecoUserId);
  }
}
