// `o`: an article's link handed to the browser. $BROWSER first, as mutt,
// newsboat and git do (a colon-separated list, `%s` standing for the URL);
// else the desktop's own opener. The browser runs apart from the reader: its
// own process group, no part of the terminal, and never waited for.
import {spawn} from 'node:child_process';
import process from 'node:process';

/** The command that opens `url`: the first of $BROWSER's, else the platform's opener. */
export function browserCommand(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
	const chosen = (env['BROWSER'] ?? '').split(':').map(each => each.trim()).find(each => each !== '');
	if (chosen !== undefined) {
		const words = chosen.split(/\s+/u);
		return words.some(word => word.includes('%s')) ? words.map(word => word.replaceAll('%s', url)) : [...words, url];
	}

	if (platform === 'darwin') return ['open', url];
	if (platform === 'win32') return ['cmd', '/c', 'start', '""', url];
	return ['xdg-open', url];
}

/** Starts the browser on `url`; resolves once it has started, rejects with why it could not. */
export async function openLink(url: string): Promise<void> {
	const [command, ...args] = browserCommand(url);
	return new Promise((resolve, reject) => {
		const child = spawn(command!, args, {detached: true, stdio: 'ignore'});
		child.once('error', reject);
		child.once('spawn', () => {
			child.unref();
			resolve();
		});
	});
}
