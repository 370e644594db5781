/**
 * The `code` stage: Linked → Event[]. See coder.ts for how triggers, sources and targets are
 * found, document.ts for dates, places, ids and deduplication.
 */
import type { Event, Linked } from '../types.js';
import type { Stage } from '../pipeline.js';
import { codeDocument } from './document.js';

export const codeStage: Stage<Linked, Event[]> = {
  name: 'code',
  needs: 'linked',
  produces: 'events',
  run(input, ctx) {
    return codeDocument(input, ctx);
  },
};

export { Coder, intentCode, type CodedEvent, type CoderMention, type CoderOptions } from './coder.js';
export { codeDocument, dedupe, getDefaultCoder, toEvent } from './document.js';
export { eventKey, eventId } from './key.js';
export { explain } from './explain.js';
export { parseVerbDictionary, type VerbDictionary } from './verbdict.js';
export { loadOntology, loadVerbDictionary, cameoInfo } from './ontology.js';
