import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** graphql-scalars' `DateTimeISO` (type-graphql's scalar for `Date`), described in French. */
export const DateTimeISOScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  description: 'Date et heure au format ISO 8601 (RFC 3339), en UTC, par exemple « 2026-10-17T18:05:00.000Z ».',
});
