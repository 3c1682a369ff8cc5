import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  ssr: {
    // The workspace hoists cookie@2 (for Fastify) to the root node_modules, while SvelteKit needs the
    // cookie@0.6 nested under @sveltejs/kit: bundle it so it resolves from Kit's own files.
    noExternal: ['cookie'],
  },
  server: {
    // `npm run dev`: forward the API to a gateway running locally (`npm start` at the root).
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/auth': 'http://localhost:4000',
    },
  },
});
