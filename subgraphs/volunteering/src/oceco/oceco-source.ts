import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus, Logger } from '@alambic/subgraph-kit';
import type { ActionParentType, CreditBalances, VolunteerActionRecord, VolunteeringSource } from '../volunteering-source.js';
import { MembersMirror } from './ddp/members-mirror.js';
import type { CollectionMirror } from './ddp/collections.js';
import { websocketUrlOf } from './ddp/protocol.js';
import { ocecoError } from './errors.js';
import { balancesOf, DEFAULT_CREDIT_UNIT, unitOf } from './mapping.js';
import { OcecoActionsClient } from './rest/actions-client.js';
import { createRestTransport } from './rest/transport.js';
import type { OcecoSettings } from './settings.js';

/** Knobs tests turn down; production keeps the defaults. */
export interface OcecoTuning {
  /** @default 15000 */
  heartbeatIntervalMs?: number;
  /** @default 10000 */
  heartbeatTimeoutMs?: number;
  /** @default 500 */
  reconnectBaseMs?: number;
  /** @default 30000 */
  reconnectMaxMs?: number;
}

/** The Oceco adapter: balances from the DDP mirror, actions over REST (iCal agenda to come). */
export class OcecoVolunteeringSource implements VolunteeringSource {
  private readonly mirror: MembersMirror;
  private readonly actions: OcecoActionsClient | null;
  private derived: { mirror: CollectionMirror; version: number; balances: Map<string, number>; unit: string } | null = null;

  constructor(
    private readonly settings: OcecoSettings,
    options: { logger?: Logger; tuning?: OcecoTuning } = {},
  ) {
    const timeoutMs = settings.timeoutMs ?? 5000;
    this.mirror = new MembersMirror({
      websocketUrl: websocketUrlOf(settings.url),
      organizationId: settings.organizationId,
      credentials: { email: settings.email, password: settings.password },
      timeoutMs,
      logger: options.logger,
      ...options.tuning,
    });
    this.actions =
      settings.accessToken && settings.userId
        ? new OcecoActionsClient(createRestTransport(settings.url, { accessToken: settings.accessToken, userId: settings.userId }), { timeoutMs })
        : null;
  }

  async creditBalances(): Promise<CreditBalances> {
    const snapshot = await this.mirror.snapshot();
    const { balances, unit } = this.derive(snapshot.documents);
    return { balances, unit, readAt: snapshot.readAt, stale: snapshot.stale };
  }

  knownUnit(): string {
    return this.derived?.unit ?? DEFAULT_CREDIT_UNIT;
  }

  async actionsOf(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.restClient().listElement(parentType, parentId);
  }

  async myActions(): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.restClient().listMe();
  }

  async warmUp(): Promise<void> {
    await this.mirror.warmUp();
    if (this.mirror.isLive) await this.creditBalances();
  }

  health(): DependencyStatus {
    if (this.mirror.isLive) return { up: true };
    return { up: false, detail: this.mirror.error?.message ?? 'Oceco : connexion en cours.' };
  }

  async close(): Promise<void> {
    this.mirror.close();
    this.actions?.close();
  }

  /** Balances and unit, recomputed only when the mirror changed. */
  private derive(documents: CollectionMirror): { balances: Map<string, number>; unit: string } {
    const cached = this.derived;
    if (cached && cached.mirror === documents && cached.version === documents.version) return cached;
    const organization = documents.get('organizations', this.settings.organizationId);
    const next = {
      mirror: documents,
      version: documents.version,
      balances: balancesOf(documents.documents('citoyens'), this.settings.organizationId),
      unit: unitOf(organization),
    };
    this.derived = next;
    return next;
  }

  private restClient(): OcecoActionsClient {
    if (!this.actions) throw ocecoError('CREDENTIALS', 'accès REST non configuré (OCECO_ACCESS_TOKEN et OCECO_USER_ID)');
    return this.actions;
  }
}
