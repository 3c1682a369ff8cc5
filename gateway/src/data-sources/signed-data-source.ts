import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@alambic/subgraph-kit';
import { subgraphFetcher } from './subgraph-fetcher.js';

export interface GatewayContext {
  identity: Identity;
}

export interface SignedDataSourceOptions {
  url: string;
  /** Secret shared with the subgraphs. */
  identitySecret: string;
  /** Time allowed to one subgraph call. @default 10000 */
  timeoutMs?: number;
}

/** Every call to a subgraph carries the caller's identity, signed and short-lived, and has a timeout. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly identitySecret: string;

  constructor({ url, identitySecret, timeoutMs = 10_000 }: SignedDataSourceOptions) {
    super({ url, fetcher: subgraphFetcher(timeoutMs) });
    this.identitySecret = identitySecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = context?.identity ?? { kind: 'service', memberId: null, isAdmin: true, requestId: 'gateway' };
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(identity, this.identitySecret, 60));
    request.http?.headers.set('x-request-id', identity.requestId);
  }
}
