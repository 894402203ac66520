// The e2e servers' ports: the built app (vite preview) and the local test API on another origin.
// E2E_APP_PORT / E2E_API_PORT move them, so a long stress run and another e2e run can share a
// machine without answering each other's requests.
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4180);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const API = `http://127.0.0.1:${API_PORT}`;
