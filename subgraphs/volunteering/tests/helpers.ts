import { members, ocecoDemo, type DemoMember } from '@alambic/demo-data';
import { OcecoVolunteeringSource, type OcecoTuning } from '../src/oceco/oceco-source.js';
import { ocecoDemoSettings, type OcecoSettings } from '../src/oceco/settings.js';

/** Fast reconnection and heartbeats so that outage tests finish quickly (no assertion is about time). */
export const fastTuning: OcecoTuning = { reconnectBaseMs: 20, reconnectMaxMs: 100, heartbeatIntervalMs: 200, heartbeatTimeoutMs: 200, actionsFreshForMs: 50 };

export function demoSource(url: string, overrides: Partial<OcecoSettings> = {}): OcecoVolunteeringSource {
  return new OcecoVolunteeringSource({ ...ocecoDemoSettings(url), timeoutMs: 1000, ...overrides }, { tuning: fastTuning });
}

export const linkedMembers = members.filter((m): m is DemoMember & { ocecoUserId: string } => m.ocecoUserId !== null);
export const memberNamed = (firstName: string) => linkedMembers.find((m) => m.firstName === firstName) as DemoMember & { ocecoUserId: string };
export const adminCitoyenId = memberNamed('Camille').ocecoUserId;
export const orgId = ocecoDemo.organizationId;
