/**
 * What acting on a form control means, decided once for every driver (Mink's NodeElement, Capybara's
 * Node::Element): which option of a select, which radio of a group, whether the element is the kind
 * the step needs and whether it is enabled. A driver is then told to do exactly that (select *this*
 * option, check *this* radio); the driver conformance suite (test/conformance/) pins that contract.
 *
 * Refusals that a page script can lift (a disabled or read-only control) are retryable, so a browser
 * session waits for them; a control of the wrong kind will not change kind, so that fails at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ControlFacts, Driver, ElementHandle } from '../drivers/driver';
import { BUTTON_INPUT_TYPES } from '../selectors/input-types';
import { briefHandle } from './brief-handle';
import { ElementNotFoundError, ExpectationError, WrongKindError, quoteList } from './errors';

/** What a step can do with a control, from its tag and type (HTML's input type states). */
type ControlKind = 'text' | 'editable' | 'select' | 'checkbox' | 'radio' | 'file' | 'button' | 'other';

const KIND_OF_INPUT_TYPE: Readonly<Record<string, ControlKind>> = { checkbox: 'checkbox', radio: 'radio', file: 'file' };

function controlKind(facts: ControlFacts): ControlKind {
  if (facts.tag === 'select') return 'select';
  if (facts.tag === 'textarea') return 'text';
  if (facts.tag === 'button') return 'button';
  if (facts.tag === 'input') {
    const type = facts.type || 'text';
    return BUTTON_INPUT_TYPES.has(type) ? 'button' : (KIND_OF_INPUT_TYPE[type] ?? 'text');
  }
  return facts.editable ? 'editable' : 'other';
}

/** The input type as written (`number`, `email` …), or the tag of anything else: what a reader knows it by. */
function typeName(facts: ControlFacts): string {
  return facts.tag === 'input' ? facts.type || 'text' : facts.tag;
}

export class FieldActions {
  constructor(
    private readonly driver: Driver,
    /** Where upload fixtures are looked for first (FILES_PATH). */
    private readonly filesPath: string,
  ) {}

  /**
   * Mink's setValue for every kind of control: text is typed, a select chooses the option of that
   * value or text, a radio group the radio of that value or label, a file input attaches the file.
   */
  async fill(element: ElementHandle, value: string, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    const kind = controlKind(facts);
    switch (kind) {
      case 'select':
        return this.chooseOption(element, facts, value, false, name);
      case 'radio':
        return this.chooseRadio(element, value, name);
      case 'file':
        return this.attachResolved(element, facts, this.resolveUpload(value), name);
      case 'text':
      case 'editable':
        return this.type(element, facts, value, name, kind, 'fill in');
      case 'checkbox':
        throw new WrongKindError(`Cannot fill in ${name}: it is a checkbox. Use "I check" or "I uncheck" instead.`);
      default:
        throw new WrongKindError(`Cannot fill in ${name}: it is ${await briefHandle(this.driver, element)}, not a form field.`);
    }
  }

  /**
   * Type `value` key by key into a text control or an editable element, replacing what it holds, and
   * stay in it: a user still typing, whose autocomplete keeps its suggestions open. Only what can be
   * typed into; the same refusals as `fill` (disabled, read-only).
   */
  async typeInto(element: ElementHandle, value: string, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    const kind = controlKind(facts);
    if (kind === 'text' || kind === 'editable') return this.type(element, facts, value, name, kind, 'type into');
    const instead = INSTEAD_OF_TYPING[kind];
    const what = instead ? instead[0] : `${await briefHandle(this.driver, element)}, not a text field`;
    throw new WrongKindError(`Cannot type into ${name}: it is ${what}.${instead ? ` ${instead[1]}` : ''}`);
  }

  /** A select's option by value or text, or the radio of the element's group by value or label. */
  async selectOption(element: ElementHandle, option: string, multiple: boolean, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    const kind = controlKind(facts);
    if (kind === 'radio') return this.chooseRadio(element, option, name);
    if (kind !== 'select') throw new WrongKindError(`Form field ${name} is not a select box or a radio group, so no option can be selected.`);
    return this.chooseOption(element, facts, option, multiple, name);
  }

  /** Check a checkbox, or choose a radio button. */
  async check(element: ElementHandle, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    if (controlKind(facts) !== 'radio') requireKind(facts, 'checkbox', element, name, 'I check');
    refuseDisabled(facts, name, 'checked');
    await this.driver.check(element);
  }

  async uncheck(element: ElementHandle, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    if (controlKind(facts) === 'radio') throw new WrongKindError(`Cannot uncheck ${name}: a radio button is unchecked by choosing another one of its group.`);
    requireKind(facts, 'checkbox', element, name, 'I uncheck');
    refuseDisabled(facts, name, 'unchecked');
    await this.driver.uncheck(element);
  }

  /** Click a button, refusing a disabled one: a browser would ignore the click and the step would lie. */
  async press(element: ElementHandle, name: string): Promise<void> {
    refuseDisabled(await this.driver.controlFacts(element), name, 'pressed');
    await this.driver.click(element);
  }

  /** Attach the file at `resolved` (see resolveUpload) to a file input. */
  async attach(element: ElementHandle, resolved: string, name: string): Promise<void> {
    const facts = await this.driver.controlFacts(element);
    requireKind(facts, 'file', element, name, 'I attach the file');
    await this.attachResolved(element, facts, resolved, name);
  }

  /** Where `file` is: in filesPath, else from the working directory; neither is the step's mistake. */
  resolveUpload(file: string): string {
    const inFilesPath = path.resolve(this.filesPath, file);
    if (fs.existsSync(inFilesPath)) return inFilesPath;
    const fromWorkingDirectory = path.resolve(file);
    if (fs.existsSync(fromWorkingDirectory)) return fromWorkingDirectory;
    const looked = inFilesPath === fromWorkingDirectory ? inFilesPath : `${inFilesPath} and ${fromWorkingDirectory}`;
    // Waiting cannot make it exist: the step fails at once.
    throw new ExpectationError(`File "${file}" to attach does not exist (looked in ${looked}).`, [
      'Set filesPath (FILES_PATH) to the folder holding your upload fixtures.',
    ], false);
  }

  private async attachResolved(element: ElementHandle, facts: ControlFacts, resolved: string, name: string): Promise<void> {
    refuseDisabled(facts, name, 'given a file');
    await this.driver.attachFile(element, resolved);
  }

  /** `fill in` leaves the field afterwards, as Mink does (so `change` fires); `type into` stays in it. */
  private async type(element: ElementHandle, facts: ControlFacts, value: string, name: string, kind: 'text' | 'editable', step: 'fill in' | 'type into'): Promise<void> {
    if (kind === 'editable' && !this.driver.capabilities.javascript) {
      // The right element, the wrong driver: waiting cannot help, and the selector is not the problem.
      throw new ExpectationError(`Cannot ${step} ${name}: it is an editable element, and typing into one needs a browser: tag the scenario @javascript.`, [], false);
    }
    refuseDisabled(facts, name, 'typed into');
    // readonly does not apply to hidden inputs (HTML), which scripts and tests may set.
    if (kind === 'text' && facts.type !== 'hidden' && facts.readOnly) {
      throw new ExpectationError(`Cannot ${step} ${name}: it is read-only.`);
    }
    await this.driver.setValue(element, value, { keepFocus: step === 'type into' });
  }

  private async chooseOption(select: ElementHandle, facts: ControlFacts, option: string, multiple: boolean, name: string): Promise<void> {
    refuseDisabled(facts, name, 'changed');
    const [match] = await this.driver.findAll({ named: 'option', locator: option }, select);
    if (!match) {
      const offered = await this.driver.namedCandidates('option', select);
      throw new ElementNotFoundError(`Select option with value|text "${option}" not found in select ${name}.`, [
        `Available options: ${quoteList(offered.flatMap(([label]) => (label === undefined ? [] : [label])))}.`,
      ]);
    }
    refuseDisabled(await this.driver.controlFacts(match), `Option "${option}" of select ${name}`, 'selected');
    await this.driver.selectOption(select, match, multiple);
  }

  /** The radio of `radio`'s group whose value is `option`, else whose label is `option`. */
  private async chooseRadio(radio: ElementHandle, option: string, name: string): Promise<void> {
    const group = await this.driver.radioGroup(radio);
    const values = await Promise.all(group.map(async (member) => (await this.driver.attribute(member, 'value')) ?? 'on'));
    const chosen = group[values.indexOf(option)] ?? (await this.labelledMember(option, group, values));
    if (!chosen) throw new ElementNotFoundError(`Radio group ${name} has no option "${option}".`, [`Available options: ${quoteList(values)}.`]);
    refuseDisabled(await this.driver.controlFacts(chosen), `Radio button "${option}" of ${name}`, 'chosen');
    await this.driver.check(chosen);
  }

  /**
   * The radio labelled `label` that belongs to the group. Handles are not comparable across lookups,
   * so a labelled radio is matched to the group by its name and value.
   */
  private async labelledMember(label: string, group: ElementHandle[], groupValues: string[]): Promise<ElementHandle | undefined> {
    const groupName = await this.driver.attribute(group[0], 'name');
    for (const candidate of await this.driver.findAll({ named: 'radio', locator: label })) {
      if ((await this.driver.attribute(candidate, 'name')) !== groupName) continue;
      if (groupValues.includes((await this.driver.attribute(candidate, 'value')) ?? 'on')) return candidate;
    }
    return undefined;
  }
}

/** What a control that cannot be typed into is, and the step that sets it. */
const INSTEAD_OF_TYPING: Partial<Record<ControlKind, readonly [string, string]>> = {
  select: ['a select box', 'Use "I select … from …" instead.'],
  radio: ['a radio button', 'Use "I select … from …" with the group, or "I check", instead.'],
  checkbox: ['a checkbox', 'Use "I check" or "I uncheck" instead.'],
  file: ['a file input', 'Use "I attach the file … to …" instead.'],
};

function requireKind(facts: ControlFacts, wanted: ControlKind, element: ElementHandle, name: string, step: string): void {
  if (controlKind(facts) === wanted) return;
  // A driver that describes an element by how it was found (`field "Age"`) would only repeat the name.
  const what = name.endsWith(element.description) ? `it is ${name}` : `${name} is ${element.description}`;
  throw new WrongKindError(`"${step}" needs a ${wanted} input, but ${what} (${typeName(facts)}).`);
}

/** A script may enable the control later: retryable, so a browser session waits for it. */
function refuseDisabled(facts: ControlFacts, name: string, verb: string): void {
  if (facts.disabled) throw new ExpectationError(`${name} is disabled, so it cannot be ${verb}.`);
}

