/**
 * Editor Markdown into tree nodes. markdown-it parses with raw HTML off; only the constructs below become nodes,
 * everything else is kept as text. Links survive only with a safe target. Headings are demoted below the article
 * heading (h3 and lower), so the page keeps exactly one h1 and one h2 per article.
 */
import MarkdownIt from 'markdown-it';
import type { Block, Inline } from '../tree';
import { isSafeHref } from '../safe-url';

// Read off the parser: the admin's type check (bundler resolution) sees markdown-it's ESM types, where the default
// export is a class without the `Token` namespace member.
type Token = ReturnType<MarkdownIt['parse']>[number];

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.disable(['table', 'image']);
md.validateLink = isSafeHref;

const inlineNodes = (tokens: Token[]): Inline[] => {
  const root: Inline[] = [];
  const stack: Inline[][] = [root];
  const top = () => stack[stack.length - 1];
  const open = (node: Inline & { children: Inline[] }) => {
    top().push(node);
    stack.push(node.children);
  };
  const close = () => stack.length > 1 && stack.pop();
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        top().push({ type: 'text', value: token.content });
        break;
      case 'softbreak':
        top().push({ type: 'text', value: ' ' });
        break;
      case 'hardbreak':
        top().push({ type: 'break' });
        break;
      case 'code_inline':
        top().push({ type: 'code', value: token.content });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        if (isSafeHref(href)) open({ type: 'link', href, children: [] });
        else open({ type: 'emphasis', children: [] });
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        close();
        break;
      default:
        if (token.content) top().push({ type: 'text', value: token.content });
    }
  }
  return mergeText(root);
};

const mergeText = (nodes: Inline[]): Inline[] => {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
};

const HEADING_LEVEL: Record<string, 3 | 4 | 5 | 6> = { h1: 3, h2: 3, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Parses block tokens from `start` until the closing token of the current container; returns blocks and next index. */
const blockNodes = (tokens: Token[], start: number, until?: string): [Block[], number] => {
  const blocks: Block[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i];
    if (until && token.type === until) return [blocks, i + 1];
    switch (token.type) {
      case 'paragraph_open': {
        const children = inlineNodes(tokens[i + 1].children ?? []);
        if (children.length) blocks.push({ type: 'paragraph', children });
        i += 3;
        break;
      }
      case 'heading_open': {
        blocks.push({ type: 'heading', level: HEADING_LEVEL[token.tag] ?? 3, children: inlineNodes(tokens[i + 1].children ?? []) });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closing = token.type.replace('_open', '_close');
        const items: Block[][] = [];
        i += 1;
        while (i < tokens.length && tokens[i].type !== closing) {
          const [item, next] = blockNodes(tokens, i + 1, 'list_item_close');
          items.push(item);
          i = next;
        }
        blocks.push({ type: 'list', ordered: token.type === 'ordered_list_open', items });
        i += 1;
        break;
      }
      case 'blockquote_open': {
        const [children, next] = blockNodes(tokens, i + 1, 'blockquote_close');
        blocks.push({ type: 'blockquote', children });
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', value: token.content.replace(/\n$/, '') });
        i += 1;
        break;
      case 'inline': {
        // tight list items carry their inline content without a paragraph token
        const children = inlineNodes(token.children ?? []);
        if (children.length) blocks.push({ type: 'paragraph', children });
        i += 1;
        break;
      }
      default:
        i += 1;
    }
  }
  return [blocks, i];
};

/** Markdown source into blocks. */
export const markdownBlocks = (source: string | undefined): Block[] => {
  if (!source?.trim()) return [];
  return blockNodes(md.parse(source, {}), 0)[0];
};
