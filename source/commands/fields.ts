import {type Article} from '../news/article.js';

/** The fields that open both JSON shapes, `--list --json` and `--article --json`, in SPEC §4's order. */
export function headFields(article: Article) {
	return {
		id: article.id,
		file: article.file,
		date: article.date,
		title: article.title,
		label: article.label,
		summary: article.summary,
	};
}
