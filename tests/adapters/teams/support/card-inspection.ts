import { createRequire } from 'node:module';

interface ValidationEvent {
  readonly message: string;
}
interface AdaptiveCardsModule {
  readonly Versions: { readonly v1_5: unknown };
  readonly SerializationContext: new (version: unknown) => {
    readonly eventCount: number;
    getEventAt(index: number): ValidationEvent;
  };
  readonly AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { readonly validationEvents: ValidationEvent[] };
  };
}

// The package's ES build uses extension-less imports Node cannot load; its UMD build needs no DOM to parse.
const adaptiveCards = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as AdaptiveCardsModule;

/** Parses a card with the Adaptive Cards SDK (schema 1.5) and returns every parse or validation warning. */
export function cardWarnings(card: unknown): string[] {
  const context = new adaptiveCards.SerializationContext(adaptiveCards.Versions.v1_5);
  const parsed = new adaptiveCards.AdaptiveCard();
  parsed.parse(JSON.parse(JSON.stringify(card)), context);
  const warnings = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...warnings, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

type Json = Record<string, unknown>;

const children = (node: Json): Json[] =>
  ['body', 'items', 'columns', 'actions', 'inlines', 'facts', 'choices']
    .flatMap((key) => (Array.isArray(node[key]) ? (node[key] as Json[]) : []))
    .concat(node.card && typeof node.card === 'object' ? [node.card as Json] : []);

function walk(node: Json, visit: (node: Json) => void): void {
  visit(node);
  for (const child of children(node)) if (child && typeof child === 'object') walk(child, visit);
}

/** Every piece of text a person can see on the card (texts, facts, labels, button titles, choices). */
export function cardText(card: Json): string {
  const parts: string[] = [];
  walk(card, (node) => {
    for (const key of ['text', 'title', 'value', 'label', 'placeholder', 'fallbackText', 'errorMessage']) {
      if (typeof node[key] === 'string') parts.push(node[key]);
    }
  });
  return parts.join('\n');
}

export interface CardAction {
  readonly type: string;
  readonly title?: string;
  readonly verb?: string;
  readonly url?: string;
  readonly data?: Json;
}

/** Every action on the card, including those inside Action.ShowCard cards. */
export function cardActions(card: Json): CardAction[] {
  const actions: CardAction[] = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Action.'))
      actions.push(node as unknown as CardAction);
  });
  return actions;
}

export const actionVerbs = (card: Json): string[] =>
  cardActions(card).flatMap((a) => (a.verb ? [a.verb] : []));

export function actionWithVerb(card: Json, verb: string): CardAction {
  const action = cardActions(card).find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} action on the card: ${actionVerbs(card).join(', ')}`);
  return action;
}

/** Every URL the card holds (open-URL actions and images). */
export const cardUrls = (card: Json): string[] => cardActions(card).flatMap((a) => (a.url ? [a.url] : []));
