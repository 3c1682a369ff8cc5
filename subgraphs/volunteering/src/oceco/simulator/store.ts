import { randomBytes } from 'node:crypto';
import { actionsCountOf, buildDataset, type OcecoDataset, type SimDocument } from './dataset.js';
import { oid, reunionTimestamp } from './ids.js';

export type CollectionName = 'organizations' | 'projects' | 'events' | 'actions' | 'citoyens' | 'loguseractions';

const collectionNames: CollectionName[] = ['organizations', 'projects', 'events', 'actions', 'citoyens', 'loguseractions'];

/** The simulator's Mongo: Communecter's collections plus Oceco's ledger, with the workflow steps that
 * change credits. Every change notifies listeners, so live DDP subscriptions get `changed`. */
export class OcecoStore {
  private readonly collections = new Map<CollectionName, Map<string, SimDocument>>();
  private readonly passwords: Map<string, string>;
  private readonly resumeTokens = new Map<string, { userId: string; expires: number }>();
  private readonly listeners = new Set<() => void>();
  private nextLedgerRow: number;

  constructor(
    private readonly now: () => Date,
    dataset: OcecoDataset = buildDataset(),
  ) {
    for (const name of collectionNames) {
      this.collections.set(name, new Map(dataset[name].map((doc) => [doc._id, structuredClone(doc)])));
    }
    this.passwords = new Map(dataset.passwords);
    this.nextLedgerRow = dataset.loguseractions.length + 1;
  }

  all(name: CollectionName): SimDocument[] {
    return [...(this.collections.get(name)?.values() ?? [])];
  }

  get(name: CollectionName, id: string): SimDocument | undefined {
    return this.collections.get(name)?.get(id);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  citoyenByEmail(email: string): SimDocument | undefined {
    const wanted = email.trim().toLowerCase();
    return this.all('citoyens').find((c) => typeof c.email === 'string' && c.email.toLowerCase() === wanted);
  }

  passwordMatches(citoyenId: string, password: string): boolean {
    return this.passwords.get(citoyenId) === password;
  }

  /** A Meteor resume token valid 90 days. */
  issueResumeToken(userId: string): { token: string; expires: number } {
    const token = randomBytes(32).toString('base64url');
    const expires = this.now().getTime() + 90 * 86_400_000;
    this.resumeTokens.set(token, { userId, expires });
    return { token, expires };
  }

  /** The session a resume token opens, or null when it is unknown or expired. */
  resumeSession(token: string): { userId: string; expires: number } | null {
    const entry = this.resumeTokens.get(token);
    return entry && entry.expires > this.now().getTime() ? entry : null;
  }

  /** Ids of the organisation's member citoyens (`links.members`). */
  membersOf(organizationId: string): string[] {
    const links = (this.get('organizations', organizationId)?.links as { members?: Record<string, unknown> } | undefined)?.members ?? {};
    return Object.keys(links).filter((id) => this.get('citoyens', id));
  }

  isOrgAdmin(organizationId: string, citoyenId: string): boolean {
    const links = (this.get('organizations', organizationId)?.links as { members?: Record<string, { isAdmin?: boolean }> } | undefined)?.members;
    return links?.[citoyenId]?.isAdmin === true;
  }

  /** The organisation with `oceco` above an element: itself, a project's parent, an event's organiser project's parent. */
  organizationOf(parentType: string, parentId: string): string | null {
    if (parentType === 'organizations') return this.get('organizations', parentId)?.oceco ? parentId : null;
    if (parentType === 'projects') {
      const parent = Object.keys((this.get('projects', parentId)?.parent as Record<string, unknown> | undefined) ?? {})[0];
      return parent ? this.organizationOf('organizations', parent) : null;
    }
    if (parentType === 'events') {
      const organizer = Object.keys((this.get('events', parentId)?.organizer as Record<string, unknown> | undefined) ?? {})[0];
      return organizer ? this.organizationOf('projects', organizer) : null;
    }
    return null;
  }

  /** Manual credit (`insertLogUserActions`): a ledger row and `$inc` of the balance. */
  adjustCredits(citoyenId: string, delta: number, commentaire = 'Ajustement manuel', organizationId = this.defaultOrganization()): void {
    if (!Number.isInteger(delta)) throw new Error('credits must be an integer');
    this.credit(citoyenId, organizationId, delta, { commentaire });
    this.emit();
  }

  /** `ValidateAction`: the participant's state becomes validated, their balance grows by the action's credits,
   * a ledger row is written, and the action is done once every participant is settled. */
  validateAction(actionId: string, citoyenId: string, credits?: number): void {
    const action = this.get('actions', actionId);
    if (!action) throw new Error(`unknown action ${actionId}`);
    const contributors = ((action.links as { contributors?: Record<string, unknown> } | undefined)?.contributors ?? {}) as Record<string, unknown>;
    if (!contributors[citoyenId]) throw new Error(`${citoyenId} does not take part in ${actionId}`);
    const organizationId = this.organizationOf(action.parentType as string, action.parentId as string);
    if (!organizationId) throw new Error('not-authorized-organizations-oceco');
    const finishedBy = { ...((action.finishedBy as Record<string, string> | undefined) ?? {}), [citoyenId]: 'validated' };
    action.finishedBy = finishedBy;
    this.credit(citoyenId, organizationId, credits ?? (action.credits as number), { actionId });
    if (Object.keys(contributors).every((id) => finishedBy[id] === 'validated' || finishedBy[id] === 'novalidated')) action.status = 'done';
    action.updated = Math.floor(this.now().getTime() / 1000);
    this.recount(action.parentType as CollectionName, action.parentId as string);
    this.emit();
  }

  private credit(citoyenId: string, organizationId: string, credits: number, extra: { actionId?: string; commentaire?: string }): void {
    const citoyen = this.get('citoyens', citoyenId);
    if (!citoyen) throw new Error(`unknown citoyen ${citoyenId}`);
    const wallet = { ...((citoyen.userWallet as Record<string, { userCredits?: number }> | undefined) ?? {}) };
    wallet[organizationId] = { ...wallet[organizationId], userCredits: (wallet[organizationId]?.userCredits ?? 0) + credits };
    citoyen.userWallet = wallet;
    const row: SimDocument = { _id: oid('5f8d', this.nextLedgerRow++), userId: citoyenId, organizationId, ...extra, credits, createdAt: reunionTimestamp(this.now()) };
    this.collections.get('loguseractions')?.set(row._id, row);
  }

  private recount(parentType: CollectionName, parentId: string): void {
    const parent = this.get(parentType, parentId);
    if (parent) parent.actionsCount = actionsCountOf(this.all('actions'), parentId);
  }

  private defaultOrganization(): string {
    return this.all('organizations')[0]?._id ?? '';
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
