import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus, Logger } from '@alambic/subgraph-kit';
import type { ActionCatalogue, ActionParentType, AgendaEvent, CreditBalances, LedgerEntry, VolunteerActionRecord, VolunteeringSource } from '../volunteering-source.js';
import type { OcecoActionsChannel, OcecoAgendaChannel, OcecoLiveChannel } from './channels.js';
import type { CollectionMirror } from './ddp/collections.js';
import { OrganisationMirror, type DdpSubscription } from './ddp/organisation-mirror.js';
import { websocketUrlOf } from './ddp/protocol.js';
import { ocecoError } from './errors.js';
import { OcecoAgendaClient } from './ical/agenda-client.js';
import { balancesOf, DEFAULT_CREDIT_UNIT, unitOf } from './mapping.js';
import { catalogueOf, directoryOf, ledgerOf, namesOf } from './mapping-catalogue.js';
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
  /** How long a REST action list is served without asking Oceco again. @default 15000 */
  actionsFreshForMs?: number;
  /** How long the iCal agenda is served without asking Oceco again. @default 60000 */
  agendaFreshForMs?: number;
}

/** Replacements for one or more channels (another Oceco deployment, a test double). */
export interface OcecoChannels {
  live?: OcecoLiveChannel;
  actions?: OcecoActionsChannel | null;
  agenda?: OcecoAgendaChannel;
}

/** Most actions the catalogue subscription asks for (Oceco's `limit`). */
const CATALOGUE_LIMIT = 2000;

interface Derived {
  mirror: CollectionMirror;
  version: number;
  balances: Map<string, number>;
  citoyenByEmail: Map<string, string>;
  names: Map<string, string>;
  unit: string;
  catalogue: ActionCatalogue;
}

/** The Oceco adapter, composed of one adapter per channel:
 * - DDP (live mirror): balances (`listMembers`), profiles for emails (`scopeDetail`), every action with its
 *   participants' states (`directoryActionsAll`), and members' ledgers (`listMembersDetailHistorique`);
 * - REST: the actions of one element (`listElement`), of the acting account (`listMe`);
 * - iCal: the public agenda. */
export class OcecoVolunteeringSource implements VolunteeringSource {
  private readonly live: OcecoLiveChannel;
  private readonly actions: OcecoActionsChannel | null;
  private readonly agendaChannel: OcecoAgendaChannel;
  private derived: Derived | null = null;

  constructor(
    private readonly settings: OcecoSettings,
    options: { logger?: Logger; tuning?: OcecoTuning; channels?: OcecoChannels } = {},
  ) {
    const timeoutMs = settings.timeoutMs ?? 5000;
    const organizationId = settings.organizationId;
    this.live =
      options.channels?.live ??
      new OrganisationMirror({
        websocketUrl: websocketUrlOf(settings.url),
        organizationId,
        credentials: { email: settings.email, password: settings.password },
        timeoutMs,
        logger: options.logger,
        subscriptions: [{ name: 'directoryActionsAll', params: ['organizations', organizationId, null, CATALOGUE_LIMIT] }],
        perCitoyen: (citoyenId) => ({ name: 'scopeDetail', params: ['citoyens', citoyenId] }),
        heartbeatIntervalMs: options.tuning?.heartbeatIntervalMs,
        heartbeatTimeoutMs: options.tuning?.heartbeatTimeoutMs,
        reconnectBaseMs: options.tuning?.reconnectBaseMs,
        reconnectMaxMs: options.tuning?.reconnectMaxMs,
      });
    this.actions =
      options.channels?.actions !== undefined
        ? options.channels.actions
        : settings.accessToken && settings.userId
          ? new OcecoActionsClient(createRestTransport(settings.url, { accessToken: settings.accessToken, userId: settings.userId }), {
              timeoutMs,
              freshForMs: options.tuning?.actionsFreshForMs,
            })
          : null;
    this.agendaChannel = options.channels?.agenda ?? new OcecoAgendaClient(settings.url, organizationId, { timeoutMs, freshForMs: options.tuning?.agendaFreshForMs });
  }

  async creditBalances(): Promise<CreditBalances> {
    const snapshot = await this.live.snapshot();
    const { balances, unit, citoyenByEmail, names } = this.derive(snapshot.documents);
    return { balances, citoyenByEmail, names, unit, readAt: snapshot.readAt, stale: snapshot.stale };
  }

  knownUnit(): string {
    return this.derived?.unit ?? DEFAULT_CREDIT_UNIT;
  }

  async catalogue(): Promise<Sourced<ActionCatalogue>> {
    const snapshot = await this.live.snapshot();
    return { value: this.derive(snapshot.documents).catalogue, readAt: snapshot.readAt, stale: snapshot.stale };
  }

  /** The ledger publication is followed once per member, then kept live: later reads cost no round trip.
   * While Oceco is down, a ledger already mirrored is served stale. */
  async ledgerOf(citoyenId: string, limit: number): Promise<Sourced<LedgerEntry[]>> {
    const subscription: DdpSubscription = { name: 'listMembersDetailHistorique', params: [this.settings.organizationId, citoyenId, LEDGER_DEPTH] };
    if (!this.live.isLive && !this.live.isFollowing(subscription)) throw this.live.error ?? ocecoError('UNREACHABLE');
    if (this.live.isLive) await this.live.follow(subscription);
    const snapshot = await this.live.snapshot();
    return { value: ledgerOf(snapshot.documents, this.settings.organizationId, citoyenId, Math.min(limit, LEDGER_DEPTH)), readAt: snapshot.readAt, stale: snapshot.stale };
  }

  async actionsOf(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.restClient().listElement(parentType, parentId);
  }

  async myActions(): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.restClient().listMe();
  }

  agenda(): Promise<Sourced<AgendaEvent[]>> {
    return this.agendaChannel.events();
  }

  async warmUp(): Promise<void> {
    await this.live.warmUp();
    if (this.live.isLive) await this.creditBalances();
  }

  health(): DependencyStatus {
    if (this.live.isLive) return { up: true };
    return { up: false, detail: this.live.error?.message ?? 'Oceco : connexion en cours.' };
  }

  async close(): Promise<void> {
    this.live.close();
    this.actions?.close();
    this.agendaChannel.close();
  }

  /** Everything derived from the mirror, recomputed only when the mirror changed. */
  private derive(documents: CollectionMirror): Derived {
    const cached = this.derived;
    if (cached && cached.mirror === documents && cached.version === documents.version) return cached;
    const organization = documents.get('organizations', this.settings.organizationId);
    const citoyens = documents.documents('citoyens');
    const next: Derived = {
      mirror: documents,
      version: documents.version,
      balances: balancesOf(citoyens, this.settings.organizationId),
      citoyenByEmail: directoryOf(citoyens),
      names: namesOf(citoyens),
      unit: unitOf(organization),
      catalogue: catalogueOf(documents),
    };
    this.derived = next;
    return next;
  }

  private restClient(): OcecoActionsChannel {
    if (!this.actions) throw ocecoError('CREDENTIALS', 'accès REST non configuré (OCECO_ACCESS_TOKEN et OCECO_USER_ID)');
    return this.actions;
  }
}

/** Ledger rows mirrored per member (the publication's `limit`); a request may ask for fewer. */
export const LEDGER_DEPTH = 100;
