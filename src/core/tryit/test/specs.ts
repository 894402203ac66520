/** Small handwritten OpenAPI documents (3.0, 3.1, 2.0), one precise case per operation. */
export { spec30 } from "./spec30";
export { spec31 } from "./spec31";
export { swagger20 } from "./swagger20";
