// `--help`.
import {type Context} from './context.js';

const helpText = `broadsheet: read the news in a terminal

Usage
  broadsheet                                   the reader: list of articles (needs a terminal)
  broadsheet --article <ref>                   open that article in the reader
  broadsheet --list [--json]                   list articles, newest first
  broadsheet --article <ref> --print [--page N] [--width W] [--height H]
  broadsheet --article <ref> --json [--width W] [--height H]
  broadsheet --article <ref> --react <reaction|none>
  broadsheet --reactions [--json]

  <ref>  an exact id, a file name, a unique prefix of an id, or a position in --list
  reactions: happy hopeful surprised indifferent worried sad angry (none clears)

Options
  --dir <folder>      read this folder (env BROADSHEET_DIR); default: the library
  --color, --no-color force colour on or off (NO_COLOR and FORCE_COLOR are honoured)
  --measure N         cap the reader's text column at N in terminals wider than 100 (0: full width; default 80)
  --help, --version

Environment
  BROADSHEET_CONFIG_DIR  the folder of the reactions store (config.json)

Output to a pipe: \`broadsheet\` prints the list, \`broadsheet --article <ref>\` prints the article.
Exit codes: 0 done, 1 the work failed, 2 usage.
`;

/** Writes the help. */
export async function run(context: Context): Promise<void> {
	context.write(helpText);
}
