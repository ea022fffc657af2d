import { mount } from 'svelte';
import App from './App.svelte';

/** The mounted application (entry point of the Vite build). */
const app = mount(App, { target: document.getElementById('app')! });

export default app;
