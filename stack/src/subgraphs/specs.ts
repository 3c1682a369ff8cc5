import { accountingSpec } from './accounting.js';
import { eventsSpec } from './events.js';
import { volunteeringSpec } from './volunteering.js';

export const upstreamSpecs = { accounting: accountingSpec, events: eventsSpec, volunteering: volunteeringSpec };

export type UpstreamName = keyof typeof upstreamSpecs;

type SettingsOf<S> = S extends { loadSettings(env: NodeJS.ProcessEnv): infer T } ? T : never;

/** Each upstream's settings, undefined in demo mode. */
export type UpstreamSettings = { [K in keyof typeof upstreamSpecs]: SettingsOf<(typeof upstreamSpecs)[K]> };
