import {
  ActionSet,
  AdaptiveCard,
  Choice,
  ChoiceSetInput,
  Container,
  DateInput,
  ExecuteAction,
  Fact,
  FactSet,
  OpenUrlAction,
  RichTextBlock,
  ShowCardAction,
  TextBlock,
  TextInput,
  TextRun,
  type Action,
  type CardElement,
  type ContainerStyle,
  type IAdaptiveCard,
  type IExecuteAction,
  type ITextBlock,
} from '@microsoft/teams.cards';

/**
 * Typed builders over the Teams SDK's card classes. The rule they keep: TextBlock, FactSet and titles
 * carry only our own words (Teams renders markdown there); anything from a person or from the profile
 * goes through `plain`, a RichTextBlock of TextRuns, which Teams shows as written.
 */

/** Universal Actions (Action.Execute, refresh) need 1.4; Teams renders up to 1.5. */
export const cardVersion = '1.5';

export interface CardRefresh {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Who the card refreshes itself for when they see it (a 1:1 chat: the one person in it). */
  readonly userIds: readonly string[];
}

export interface CardOptions {
  readonly actions?: readonly Action[];
  readonly refresh?: CardRefresh;
  /** Shown by clients that cannot render the card: our own words only. */
  readonly fallbackText?: string;
}

export function card(body: readonly CardElement[], options: CardOptions = {}): IAdaptiveCard {
  const built = new AdaptiveCard(...body).withVersion(cardVersion);
  if (options.actions?.length) built.withActions(...options.actions);
  if (options.fallbackText) built.withFallbackText(options.fallbackText);
  if (options.refresh) {
    built.withRefresh({
      action: execute('Refresh', options.refresh.verb, options.refresh.data),
      userIds: [...options.refresh.userIds],
    });
  }
  return built;
}

export const title = (text: string): ITextBlock =>
  new TextBlock(text, { size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });

export const heading = (text: string): ITextBlock =>
  new TextBlock(text, { weight: 'Bolder', wrap: true, spacing: 'Medium' });

export const paragraph = (text: string, options: { subtle?: boolean; attention?: boolean } = {}) =>
  new TextBlock(text, {
    wrap: true,
    ...(options.subtle ? { isSubtle: true, size: 'Small' as const } : {}),
    ...(options.attention ? { color: 'Attention' as const, weight: 'Bolder' as const } : {}),
  });

/** Text from a person or the profile, shown exactly as written (no markdown), after an optional label. */
export function plain(text: string, label?: string) {
  const runs = label
    ? [new TextRun(`${label} `, { weight: 'Bolder' }), new TextRun(text)]
    : [new TextRun(text)];
  return new RichTextBlock().withInlines(...runs);
}

/** One line per item, each shown as written. */
export const plainList = (items: readonly string[]) => items.map((item) => plain(`• ${item}`));

/** Label and value pairs of our own making (references, dates, labels from code). */
export const facts = (pairs: readonly (readonly [string, string])[]) =>
  new FactSet(...pairs.map(([name, value]) => new Fact(name, value)));

export const section = (items: readonly CardElement[], style?: ContainerStyle) =>
  new Container(...items).withOptions(style ? { style, bleed: false } : {});

export function execute(
  text: string,
  verb: string,
  data: Readonly<Record<string, unknown>>,
  options: { style?: 'positive' | 'destructive'; withInputs?: boolean } = {},
): IExecuteAction {
  return new ExecuteAction({
    title: text,
    verb,
    data: { ...data },
    associatedInputs: options.withInputs ? 'auto' : 'none',
    ...(options.style ? { style: options.style } : {}),
  });
}

export const openUrl = (text: string, url: string) => new OpenUrlAction(url, { title: text });

export const showCard = (text: string, body: readonly CardElement[], actions: readonly Action[] = []) => {
  const inner = new AdaptiveCard(...body);
  if (actions.length) inner.withActions(...actions);
  return new ShowCardAction({ title: text, card: inner });
};

export const actionSet = (...actions: Action[]) => new ActionSet(...actions);

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export const choiceInput = (
  id: string,
  label: string,
  options: readonly ChoiceOption[],
  value: string | undefined,
) =>
  new ChoiceSetInput(...options.map((o) => new Choice({ title: o.label, value: o.value }))).withOptions({
    id,
    label,
    style: 'expanded',
    wrap: true,
    isRequired: true,
    errorMessage: 'Choose one answer.',
    ...(value ? { value } : {}),
  });

export const dateInput = (id: string, label: string, options: { value?: string; max: string }) =>
  new DateInput({ id, label, max: options.max, ...(options.value ? { value: options.value } : {}) });

export const textInput = (
  id: string,
  label: string,
  options: { required: boolean; maxLength: number; placeholder?: string },
) =>
  new TextInput({
    id,
    label,
    isMultiline: true,
    maxLength: options.maxLength,
    isRequired: options.required,
    ...(options.required ? { errorMessage: 'This is required.' } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
  });
