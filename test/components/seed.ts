import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const seedText = readFileSync(resolve(import.meta.dirname, '../../seeds/000_ae500b7c27a48a36.txt'), 'utf8');
