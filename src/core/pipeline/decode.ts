/** UTF-8 bytes → text through the host's TextDecoder (core's lib lacks its type). */
interface DecoderLike {
  decode(bytes: Uint8Array): string;
}
const Decoder = (globalThis as unknown as { TextDecoder: new () => DecoderLike }).TextDecoder;

/** Decode a response body as UTF-8 (invalid bytes become U+FFFD). */
export const decodeUtf8 = (bytes: Uint8Array): string => new Decoder().decode(bytes);
