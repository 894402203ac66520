/**
 * A self-contained HTML report: inline CSS, no scripts or external assets, every piece of run
 * data escaped. Summary counts, a row per execution (status, time, assertions), the failures.
 */
import { formatDuration } from "../format/duration";
import { htmlEscape as h } from "./escape";
import type { ExecutionRecord, RunRecord } from "./types";

/** Extra labels for the page. */
export interface HtmlReportOptions {
  environmentName?: string;
  /** Shown as "generated at"; pass the host's clock reading (core reads no clock). */
  generatedAt?: string;
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}.num{text-align:right}.fail{color:#b00020}.pass{color:#1b7f3b}.skip{color:#777}
ul{margin:0;padding-left:1.1rem}code{font-family:ui-monospace,monospace;word-break:break-all}`;

function statusCell(e: ExecutionRecord): string {
  if (e.skipped) return `<span class="skip">skipped</span>`;
  if (e.response) {
    const cls = e.response.code >= 400 ? "fail" : "pass";
    return `<span class="${cls}">${e.response.code} ${h(e.response.status)}</span>`;
  }
  const why = e.requestError?.code ?? e.failures.find((f) => f.at === "request")?.name;
  return `<span class="fail">${h(why ?? "not sent")}</span>`;
}

function assertionList(e: ExecutionRecord): string {
  if (e.assertions.length === 0) return "";
  const items = e.assertions.map((a) => {
    const [cls, mark] = a.skipped ? ["skip", "–"] : a.passed ? ["pass", "✓"] : ["fail", "✗"];
    const why = a.error ? `: ${h(a.error.message)}` : "";
    return `<li class="${cls}">${mark} ${h(a.name)}${why}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

function executionRow(e: ExecutionRecord): string {
  const name = h([...e.path, e.item.name].join(" / "));
  const req = e.request ? `<code>${h(e.request.method)} ${h(e.request.url)}</code>` : "";
  const time = e.response ? formatDuration(e.response.timeMs) : "";
  const size = e.response ? `${e.response.size} B` : "";
  return `<tr><td class="num">${e.iteration + 1}</td><td>${name}<br>${req}</td><td>${statusCell(e)}</td><td class="num">${time}</td><td class="num">${size}</td><td>${assertionList(e)}</td></tr>`;
}

function summaryTable(run: RunRecord): string {
  const s = run.summary?.stats;
  if (!s) return "<p>The run did not finish.</p>";
  const rows: [string, number, number][] = [
    ["iterations", s.iterations, 0],
    ["requests", s.requests.total, s.requests.failed],
    ["assertions", s.assertions.total, s.assertions.failed],
    ["script errors", s.scriptErrors, s.scriptErrors],
  ];
  const t = run.summary?.timings;
  const avg = formatDuration(t?.responseCount ? t.responseTotal / t.responseCount : 0);
  const body = rows
    .map(
      ([n, total, failed]) =>
        `<tr><th scope="row">${n}</th><td class="num">${total}</td><td class="num${failed ? " fail" : ""}">${failed}</td></tr>`,
    )
    .join("");
  const duration = t ? formatDuration(t.completed - t.started) : "";
  return `<table aria-label="Summary"><thead><tr><th scope="col"></th><th scope="col">executed</th><th scope="col">failed</th></tr></thead><tbody>${body}</tbody></table>
<p>Total duration: ${duration}; average response time: ${avg}.${run.summary?.stopped ? ` The run stopped early (${h(run.summary.stopped)}).` : ""}</p>`;
}

function failureList(run: RunRecord): string {
  const all = run.executions.flatMap((e) => e.failures);
  if (all.length === 0) return "<p>No failures.</p>";
  const items = all.map((f) => {
    const head = f.test !== undefined ? `${f.name}: ${f.test}` : f.name;
    return `<li><strong>${h(head)}</strong> — ${h(f.message)}<br><small>at ${h(f.at)} in “${h(f.item)}”, iteration ${f.iteration + 1}</small></li>`;
  });
  return `<ol>${items.join("")}</ol>`;
}

/** The HTML document for a run (one string; safe to write to a file and open). */
export function buildHtmlReport(run: RunRecord, options: HtmlReportOptions = {}): string {
  const title = h(run.collection.name || "Collection run");
  const env = options.environmentName ? ` · environment ${h(options.environmentName)}` : "";
  const when = options.generatedAt ? ` · ${h(options.generatedAt)}` : "";
  const failed = run.summary?.failed ? "failed" : "passed";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title} — Satchel run report</title><style>${CSS}</style></head>
<body><main>
<h1>${title}</h1><p>Satchel run report${env}${when} · <span class="${failed === "failed" ? "fail" : "pass"}">${failed}</span></p>
<h2>Summary</h2>${summaryTable(run)}
<h2>Requests</h2>
<table aria-label="Requests"><thead><tr><th scope="col">iteration</th><th scope="col">request</th><th scope="col">status</th><th scope="col">time</th><th scope="col">size</th><th scope="col">assertions</th></tr></thead>
<tbody>${run.executions.map(executionRow).join("\n")}</tbody></table>
<h2>Failures</h2>${failureList(run)}
</main></body></html>
`;
}
