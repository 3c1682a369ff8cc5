/** What a route answers: a status and a JSON body (or raw HTML for Django's bare 500 page). */
export interface Reply {
  status: number;
  body: unknown;
  html?: boolean;
}

export const json = (status: number, body: unknown): Reply => ({ status, body });
export const notFound = (): Reply => json(404, { detail: 'Pas trouvé.' });
