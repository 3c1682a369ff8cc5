export { default as Alert } from './Alert.svelte';
export { default as AppHeader } from './AppHeader.svelte';
export { default as Badge } from './Badge.svelte';
export { default as Loading } from './Loading.svelte';
export { default as MainNav } from './MainNav.svelte';
export { default as CsvButton } from './CsvButton.svelte';
export { default as Chart } from './Chart.svelte';
export { default as YearSelect } from './YearSelect.svelte';
