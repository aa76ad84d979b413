// The layout's one public file: article → styled lines → pages, shared by
// `--print` and the reader. Everything outside layout/ imports from here (but
// for limits.ts, which the flags read without loading the layout at all).
export {articlePages, eachArticlePage, layoutArticle, layoutPages, headerBlock} from './article-lines.js';
export {type ArticlePages} from './pages.js';
export {bylineText, metaText} from './header.js';
export {textColumn, type TextColumn} from './column.js';
export {paginate, pageOfBlock, pageOfPlace, topBlock} from './paginate.js';
export {lineText, renderLine} from './render.js';
export {textProps, type TextProps} from './style.js';
export {wrapRuns} from './wrap.js';
export type {Line, Page, Run, Style} from './types.js';
export {minimumHeight, minimumWidth, reservedRows} from './limits.js';
export {terminalSafe} from './text.js';
export {graphemes, graphemeWidth, isInvisible} from './width.js';
