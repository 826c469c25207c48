import type { Stage } from '../pipeline/stage.js';
import { classifyParagraphs } from './classify.js';
import { splitParagraphs } from './paragraphs.js';

export const structureStage: Stage = {
  name: 'structure',
  description: 'splits the text into blocks: title, dateline, byline, body, heading, caption, boilerplate',
  requires: [],
  adds: ['blocks'],
  run(doc) {
    return { layers: { blocks: classifyParagraphs(splitParagraphs(doc.text), doc.meta) } };
  },
};
