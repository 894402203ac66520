/** Names the demo seeds, for code that must not load the demo itself (the app shell at start-up). */

/** The demo environment's name (chosen once, on the first start). */
export const DEMO_ENVIRONMENT = "Demo";
