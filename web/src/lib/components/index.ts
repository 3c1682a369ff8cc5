export { default as Alert } from './Alert.svelte';
export { default as AppHeader } from './AppHeader.svelte';
export { default as Badge } from './Badge.svelte';
export { default as Loading } from './Loading.svelte';
