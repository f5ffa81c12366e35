/**
 * The command line's help texts. They live apart from the commands so that printing help, or a
 * usage error, loads no command (the commands load exceljs, pdf-lib, React and Chromium).
 */

export const EXPORT_USAGE = `  export pdf <program> --out <dir> SELECTOR [--paper a4|letter] [--issued YYYY-MM-DD] [--version N]
             [--lang ar|zh|fr|pt|ru|es] [--changes-since N] [--affected-only --since N]
  export ics <program> --out <dir> SELECTOR [--affected-only --since N]
                               Write itinerary PDFs or iCalendar files into <dir>.
                               SELECTOR is one of: --participant ID, --group ID,
                               --staff ID, --all (every participant), --all-staff,
                               --partner CITY_ID (that city's local partner packet),
                               --partners (every city a group visits), --meals (a
                               meal host sheet per city), --book. Find ids with
                               ivlp list. --lang prints itineraries in English and
                               that language side by side.
                               The footer names the last issued version (ivlp issue)
                               and its date unless --version / --issued say otherwise.
                               --changes-since N starts each itinerary with a
                               "Changes since version N" page; --affected-only
                               writes only travelers whose itinerary changed since
                               version N (--since N, or the --changes-since version).
`;

export const LIST_USAGE = `  list <program> [groups|participants|staff|cities] [--json]
                               Print the ids export takes, with names (all four kinds
                               when none is named).
`;

export const ISSUE_USAGE = `  issue <program> [--note TEXT]
                               Record a numbered version of every traveler's itinerary
                               in the program file (what they received), for change lists.
  changes <program> --since N [--json]
                               List per traveler what changed since version N.
`;

export const IMPORT_ROSTER_USAGE = `  import-roster <program> <roster.csv|.xlsx> [--map column=field ...]
                [--day-first|--month-first] [--dry-run] [--json]
                               Add the participants of a roster (CSV in UTF-8, UTF-16 or
                               Windows-1252 with , ; or tab; or XLSX) as one undoable step.
                               Columns are matched by header; --map "Header=field" or
                               "3=field" (1-based) or "Header=ignore" overrides. Exit 0 all
                               rows imported, 1 some rows rejected (the rest imported),
                               2 bad input or ambiguous dates not settled; nothing is
                               written on --dry-run or on error.
`;

export const CLONE_USAGE = `  clone <program> --start YYYY-MM-DD --out <file> [--appointments idea|requested]
        [--keep-roster] [--keep-issues] [--keep-dismissals] [--force] [--json]
                               Next year's program from this one: every date moves by
                               whole weeks (a Monday stays a Monday), times stay local,
                               appointments are requested again (or ideas), bookings
                               are marked to make again; participants, issued versions
                               and dismissals are left behind unless kept. Never
                               replaces a file unless --force.
`;

export const TEAM_USAGE = `  serve --data <dir> [--port N] [--host H]
                               Run the team's sync server (default 127.0.0.1:4711).
  invite --data <dir> --role planner|partner|viewer [--city CITY_ID] [--name NAME]
                               Make an invitation; the token is printed alone on the
                               last line, once.
  revoke --data <dir> <token|name>
                               End an invitation; its connections close at once.
  share <program> --server <ws://host:port> --token <token>
                               Share a program file (a planner's invitation); prints
                               the address teammates join with on the last line.
  join <address> --token <token> --out <file> [--force]
                               Make a program file from a shared program.
  sync <program> [--token <token>]
                               Pull and push once. Exit 0 in step with the server,
                               1 when a change was refused or the server is not
                               reached (your work is kept), 2 bad input.
`;

export const USAGE = `Usage: ivlp <command> [options]

Commands:
  check <file> [--json] [--today YYYY-MM-DD]
                               Check a program file (*.ivlp.json) without changing it, and
                               list the problems the conflict checks find (appointments
                               not confirmed soon enough are counted from --today,
                               this computer's date unless given).
                               Exit 0 when valid with no errors (warnings and info
                               allowed), 1 when valid but with errors nobody dismissed,
                               2 when invalid or unreadable.
  sample <out-file> [--directory <dir-file>] [--force]
                               Write the TMSSW 2024 sample program to <out-file> (and
                               its organization directory of hosts and venues to
                               <dir-file>). Refuses to replace a file unless --force.
${CLONE_USAGE}${EXPORT_USAGE}${LIST_USAGE}${ISSUE_USAGE}${IMPORT_ROSTER_USAGE}${TEAM_USAGE}
Options:
  -h, --help                   Show this help.
`;
