// What the agent benchmark drives, bundled as one module by bench/lib/bundleTs.mjs: the Node
// transport (the direct baseline) and the page's agent and proxy transports (the client side).
export { makeNodeTransport } from "../../src/node/http/nodeTransport";
export { makeAgentTransport, pairAgent } from "../../src/ui/transport/agentTransport";
export { makeProxyTransport } from "../../src/ui/transport/proxyTransport";
export {
  encodeSendPrefix,
  PROTOCOL_VERSION,
  SEND_CONTENT_TYPE,
  APP_ORIGINS,
} from "../../src/core/agent/protocol";
export { makeFrameReader } from "../../src/core/agent/frames";
