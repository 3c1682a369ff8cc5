import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** SPA: the gateway serves `build/` at `/` and answers unknown page paths with `index.html`. */
/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    // Absolute asset URLs, so the fallback page works when served at a nested path such as /connexion.
    paths: { relative: false },
  },
};

export default config;
