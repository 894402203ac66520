/** The `satchel` command line: dispatches to `run` or `agent`; prints usage otherwise. */
import { agentCommand } from "../agent/command";
import { parseRunArgs } from "./args";
import type { CliIo } from "./run";
import { runCommand } from "./run";

/** Usage text for `satchel --help`. */
export const USAGE = `Usage: satchel run <collection.json> [options]
       satchel agent [options]    let the web app send through this machine (--help for more)

Options (Newman's names and meanings):
  -e, --environment <file>        Postman environment
  -g, --globals <file>            Postman globals
  -d, --iteration-data <file>     JSON array or CSV with a header row (read as Newman reads it)
  -n, --iteration-count <n>       iterations (default: data rows, else 1)
  --folder <name>                 run only this folder (or request)
  --env-var <key=value>           set an environment variable (repeatable)
  --global-var <key=value>        set a global variable (repeatable)
  --delay-request <ms>            pause between requests
  --timeout <ms>                  time limit for the whole run (it stops and fails past it)
  --timeout-request <ms>          per-request timeout
  --timeout-script <ms>           per-script timeout
  --bail                          stop after the first failure
  -x, --suppress-exit-code        exit 0 even when something failed
  -r, --reporters <cli,json,junit,html>
  --reporter-json-export <file>   --reporter-junit-export <file>
  --reporter-html-export <file>   (progress bar on stderr when it is a terminal)
  --reporter-json-bytes           JSON report bodies as byte arrays, as Newman writes them
  --color <on|off|auto>           colours in the terminal output (auto: when it is a terminal)
  --disable-unicode               plain-text symbols instead of Unicode ones
  --verbose                       each request's details: sizes, bodies, timing phases
  --silent                        no terminal output (other reporters still write)
  --export-environment <file>     --export-globals <file>
  -k, --insecure                  accept any TLS certificate
  --ignore-redirects              do not follow 3xx responses
  --cookie-jar <file>             start with the cookies in this jar (Newman's export format)
  --export-cookie-jar <file>      write the run's cookie jar here at the end (Newman's format)
  --working-dir <dir>             where file paths in the collection resolve (default: here)
  --insecure-file-read            also read files outside the working directory (off: a shared
                                  collection could otherwise post ~/.ssh/id_rsa anywhere)
  --no-insecure-file-read         accepted for Newman's command lines (it is the default here)
  --ssl-client-cert <file>        --ssl-client-key <file>   --ssl-client-passphrase <text>
  --ssl-extra-ca-certs <file>     client certificate and extra trusted CAs (PEM)
`;

/** Run the command line with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command === "agent") return agentCommand(rest, io);
  if (command !== "run") {
    io.err(`error: unknown command "${command}"\n\n${USAGE}`);
    return 1;
  }
  const args = parseRunArgs(rest);
  if (!args.ok) {
    io.err(`error: ${args.error.message}\n`);
    return 1;
  }
  return runCommand(args.value, io);
}
