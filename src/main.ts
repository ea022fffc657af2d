import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mount } from 'svelte';
import App from './App.svelte';

/** The mounted application (entry point of the Vite build). */
const app = mount(App, { target: document.getElementById('app')! });

export default app;
