// A single-page app: the gateway serves build/index.html for every page path.
export const ssr = false;
export const prerender = false;
