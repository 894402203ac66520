/**
 * The format worker: keeps opened response bodies and answers windows, searches and copies
 * (src/workers/format/service.ts). Bytes returned by `bytes` are transferred, not copied.
 */
import * as Comlink from "comlink";
import { makeFormatService } from "./format/service";
import type { FormatApi } from "./format/types";

const service = makeFormatService();

const api: FormatApi = {
  open: (id, bytes, contentType) => service.open(id, bytes, contentType),
  part: (id, offset, bytes, total) => service.part(id, offset, bytes, total),
  openParts: (id, contentType) => service.openParts(id, contentType),
  lines: (id, from, to, mode) => service.lines(id, from, to, mode),
  search: (id, query, mode, opts) => service.search(id, query, mode, opts),
  text: (id, mode) => service.text(id, mode),
  bytes(id, mode) {
    const result = service.bytes(id, mode);
    return result.ok ? Comlink.transfer(result, [result.value.buffer]) : result;
  },
  close: (id) => service.close(id),
};

Comlink.expose(api);
