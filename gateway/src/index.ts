export { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
export { loadGatewayConfig, subgraphNames, type GatewayConfig, type SubgraphName } from './config.js';
export { SESSION_COOKIE, signSession, identityFromCookie } from './session.js';
