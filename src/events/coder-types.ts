/**
 * The sentence coder's types: the mentions it is handed, the events it codes, its options, and the
 * triggers it finds (see src/events/coder.ts).
 */
import type { VerbDictionary, VerbForm } from './verbdict.js';
import type { SpanLike } from './view.js';
import type { NominalEntry } from './nominals.js';

/** A mention handed to the coder: a span and whatever identifies its actor. */
export interface CoderMention<A> extends SpanLike {
  actor: A;
  /** How it was linked (name, nominal, demonym, coref…); lowers confidence for coref. */
  via?: string;
  /**
   * Names a kind of actor without identifying one ("protesters", "military personnel"): its
   * words may also be read as the words of a verb pattern ("sent military personnel to X").
   */
  generic?: boolean;
  /**
   * Named by a common noun though resolved ("the army" of the article's country): its words too
   * may be read as pattern words ("deployed the army").
   */
  commonNoun?: boolean;
  /** A crowd (protesters, students, "Israelis"): its gatherings are demonstrations. */
  crowd?: boolean;
}

export interface CodedEvent<A> {
  code: string;
  /** Source and target mentions (indexes into the caller's mention array). */
  source: number;
  target: number | null;
  trigger: { start: number; end: number; text: string };
  rule: string;
  confidence: number;
  negated: boolean;
  /** Future/intended action (CAMEO code already mapped to the 03x "express intent" family). */
  intent: boolean;
  /** Verbal (quoted) rather than reported as done. */
  quoted: boolean;
  /** Dictionary lemma of a verb trigger ("CONDEMN"), or undefined for nominals. */
  lemma?: string;
  /**
   * A passive with no agent: `source` and `target` are both the patient. Of coercion ("Navalny was
   * detained at passport control") the caller names the authority that acted, or drops the event;
   * of violence ("ten people were killed in shelling") the doer stays unknown.
   */
  agentless?: boolean;
  /**
   * Emitted with no recipient because what it agrees to or accepts is another's act the document
   * may name ("Damascus agreed to the plan", "accepted the ceasefire").
   */
  implied?: boolean;
  /**
   * An intended act stated as agreed ("agreed on a truce", "agreed to exchange prisoners"): an
   * accord, where the same intent announced by one side ("would withdraw") is a concession.
   */
  agreement?: boolean;
  /**
   * Emitted with no recipient because `openTarget` allowed it: the caller finds the recipient in
   * the discourse or drops the event.
   */
  open?: boolean;
  actorSource: A;
  actorTarget: A | null;
}

export interface CoderOptions<A> {
  verbs: VerbDictionary;
  nominals?: NominalEntry[];
  /** The country whose state an actor is (bare or a state body), or null: see `ownState`. */
  stateOf?: (a: A) => string | null;
  /** A state's agent (army, police, officials) whatever its country: see `ordering`. */
  stateAgent?: (a: A) => boolean;
  /** A state body, one of its officials, or an international organisation (whose arrival is a visit). */
  official?: (a: A) => boolean;
  /** Same actor? Used to drop self-directed events. */
  sameActor?: (a: A, b: A) => boolean;
  /** Code events that have no target (default: only root codes listed in `targetless`). */
  targetless?: Set<string>;
  /**
   * Acts (by code and verb lemma) emitted even when their sentence names no recipient, flagged
   * `open`, for a caller that reads the whole article ("Paris recalled its ambassador").
   */
  openTarget?: (code: string, lemma: string | undefined, source: A) => boolean;
  /**
   * Map intended actions ("agreed to meet", "will visit") to the 03x "express intent" codes
   * (default true). PETRARCH's conventions code the verb as it stands: set false to follow them.
   */
  intentCodes?: boolean;
  /**
   * Follow PETRARCH's conventions where they differ from news-reading defaults: the object of any
   * preposition after the verb may be the target ("criticized the closure of guest houses in
   * Bree" → Bree), as PETRARCH takes it from the verb phrase of a full parse. Default false.
   */
  petrarch?: boolean;
  /** Same side (e.g. same country): a speaker reporting its own side's acts alleges nothing. Default: sameActor. */
  sameSide?: (a: A, b: A) => boolean;
  /** Receives the coder's reasoning (triggers found, why a trigger was dropped); for debugging. */
  debug?: (msg: () => string) => void;
  /**
   * Part-of-speech tag (Penn Treebank) of the word at `i` of a sentence's words, with its margin
   * over the next best tag, for telling a dictionary verb form that is a noun or an adjective here
   * ("military targets", "armed men") from a verb. Optional: without it the coder judges by word
   * shapes alone.
   */
  tagAt?: (words: readonly string[], i: number) => { tag: string; margin: number };
}

export interface Trigger {
  start: number; // token index
  end: number; // exclusive
  kind: 'verb' | 'nominal';
  forms?: VerbForm[];
  nominal?: NominalEntry;
  /** A participle after its noun with a "by" agent: "rebels backed by Turkey". */
  reduced?: boolean;
}
