/**
 * Test helpers: French typography uses non-breaking spaces and the typographic apostrophe (’); tests compare on normal
 * spaces and straight apostrophes.
 */
import { JSDOM } from 'jsdom';

export const norm = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-').replace(/\u2019/g, "'");

export const dom = (html: string) => new JSDOM(html).window.document;

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
