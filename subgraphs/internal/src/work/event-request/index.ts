import { EventProfitSharePartResolver, EventQuoteLineResolver, EventRequestResolver } from './event-request.resolver.js';
import { EventRequestStepsResolver } from './event-request-steps.resolver.js';

/** External event requests (issue 8 step 4): the resolvers wired into the work module. */
export const eventRequestResolvers = [EventRequestResolver, EventRequestStepsResolver, EventQuoteLineResolver, EventProfitSharePartResolver] as const;
