/** Typed context for the one AppState (Svelte's createContext: a missing provider fails loudly). */
import { createContext } from 'svelte';
import type { AppState } from './app-state.svelte';

export const [getAppState, setAppState] = createContext<AppState>();
