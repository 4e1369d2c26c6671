/**
 * How each kind of mark looks. Every kind has its own underline style as well as a colour, so
 * colour is never the only cue; the default colours are the Okabe–Ito set, told apart with the
 * common forms of colour blindness. The high-contrast palette uses black, white and yellow.
 */
import type { Palette } from '../extension/settings.ts';

interface Look {
  color: string;
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  background?: string;
  text?: string;
}

const DEFAULT: Record<string, Look> = {
  'sayso-source-person': { color: '#0072B2', line: 'solid', background: 'rgba(0, 114, 178, 0.16)' },
  'sayso-source-organization': { color: '#0072B2', line: 'solid', background: 'rgba(86, 180, 233, 0.22)' },
  'sayso-source-document': { color: '#009E73', line: 'solid', background: 'rgba(0, 158, 115, 0.16)' },
  'sayso-source-anonymous': { color: '#7a7a7a', line: 'solid', background: 'rgba(120, 120, 120, 0.18)' },
  'sayso-source-pronoun': { color: '#0072B2', line: 'solid', background: 'rgba(0, 114, 178, 0.08)' },
  'sayso-cue': { color: '#E69F00', line: 'double' },
  'sayso-quote': { color: '#009E73', line: 'dotted', background: 'rgba(0, 158, 115, 0.07)' },
  'sayso-number-sourced': { color: '#56B4E9', line: 'dashed' },
  'sayso-number-unsourced': { color: '#D55E00', line: 'dashed', background: 'rgba(213, 94, 0, 0.12)' },
  'sayso-opinion': { color: '#CC79A7', line: 'wavy', background: 'rgba(204, 121, 167, 0.12)' },
  'sayso-focus': { color: '#000000', line: 'solid', background: '#FFD400', text: '#000000' },
};

const HIGH_CONTRAST: Record<string, Look> = {
  'sayso-source-person': { color: '#000000', line: 'solid', background: '#FFFF00', text: '#000000' },
  'sayso-source-organization': { color: '#000000', line: 'solid', background: '#FFFF00', text: '#000000' },
  'sayso-source-document': { color: '#000000', line: 'solid', background: '#FFFF00', text: '#000000' },
  'sayso-source-anonymous': { color: '#000000', line: 'solid', background: '#FFFFFF', text: '#000000' },
  'sayso-source-pronoun': { color: '#000000', line: 'solid', background: '#FFFF00', text: '#000000' },
  'sayso-cue': { color: '#000000', line: 'double', background: '#FFFFFF', text: '#000000' },
  'sayso-quote': { color: '#000000', line: 'dotted', background: '#FFFFFF', text: '#000000' },
  'sayso-number-sourced': { color: '#000000', line: 'dashed', background: '#FFFFFF', text: '#000000' },
  'sayso-number-unsourced': { color: '#000000', line: 'dashed', background: '#FFFF00', text: '#000000' },
  'sayso-opinion': { color: '#000000', line: 'wavy', background: '#FFFFFF', text: '#000000' },
  'sayso-focus': { color: '#FFFFFF', line: 'solid', background: '#000000', text: '#FFFFFF' },
};

const declarations = (l: Look) =>
  [
    `text-decoration: underline ${l.line} ${l.color}`,
    'text-decoration-thickness: 2px',
    'text-underline-offset: 3px',
    l.background ? `background-color: ${l.background}` : '',
    l.text ? `color: ${l.text}` : '',
  ]
    .filter(Boolean)
    .join('; ');

/** The style sheet for one palette: ::highlight() rules, and the same looks for <mark> where highlights are missing. */
export function markStyles(palette: Palette): string {
  const looks = palette === 'high-contrast' ? HIGH_CONTRAST : DEFAULT;
  return Object.entries(looks)
    .map(([name, look]) => `::highlight(${name}) { ${declarations(look)}; }\nmark.${name} { all: unset; ${declarations(look)}; }`)
    .join('\n');
}
