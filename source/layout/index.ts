// The layout core: article → styled lines → pages, shared by `--print` and
// the reader.
export {layoutArticle, layoutPages, headerBlock} from './article-lines.js';
export {bylineText, metaText} from './header.js';
export {paginate, pageOfBlock, pageOfPlace, topBlock, isBlank} from './paginate.js';
export {lineText, renderLine, type RenderMode} from './render.js';
export {quoteColour, textProps, type TextProps} from './style.js';
export {wrapRuns} from './wrap.js';
export type {Line, Page, Run, Style} from './types.js';
export {minimumHeight, minimumWidth, reservedRows} from './limits.js';
export {terminalSafe} from './text.js';
export {graphemes, graphemeWidth} from './width.js';
