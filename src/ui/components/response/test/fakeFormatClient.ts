/** A format client over the real pure service, in-process, recording calls (component tests). */
import { makeFormatService } from "../../../../workers/format/service";
import type { FormatApi, FormatClient } from "../../../../workers/format/types";

/** The client and the calls made through it, as `name:firstArgument`. */
export function fakeFormatClient() {
  const service = makeFormatService();
  const calls: string[] = [];
  const wrap =
    <K extends keyof FormatApi>(name: K) =>
    (...args: Parameters<FormatApi[K]>) => {
      calls.push(`${name}:${String(args[0])}`);
      const method = service[name] as (...a: Parameters<FormatApi[K]>) => ReturnType<FormatApi[K]>;
      return Promise.resolve(method(...args));
    };
  const client: FormatClient = {
    open: wrap("open"),
    part: wrap("part"),
    openParts: wrap("openParts"),
    lines: wrap("lines"),
    search: wrap("search"),
    text: wrap("text"),
    bytes: wrap("bytes"),
    close: wrap("close"),
  };
  return { client, calls };
}
