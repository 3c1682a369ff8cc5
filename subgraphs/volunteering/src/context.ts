import type { SubgraphContext } from '@alambic/subgraph-kit';
import { createAccountLoader } from './volunteer-account/volunteer-account.loader.js';
import { VolunteerAccountService } from './volunteer-account/volunteer-account.service.js';
import type { VolunteeringSource } from './volunteering-source.js';

/** What the volunteering resolvers receive: the base context plus this request's services (fresh loaders). */
export interface VolunteeringContext extends SubgraphContext {
  volunteerAccounts: VolunteerAccountService;
}

export function createVolunteeringContext(base: SubgraphContext, source: VolunteeringSource): VolunteeringContext {
  return { ...base, volunteerAccounts: new VolunteerAccountService(createAccountLoader(source), source) };
}
