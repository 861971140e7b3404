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
import type { Driver, ElementHandle } from '../drivers/driver';
import { ElementNotFoundError, ExpectationError, quoteList } from './errors';

/** What a step can do with a control, from its tag and type (HTML's input type states). */
export type ControlKind = 'text' | 'editable' | 'select' | 'checkbox' | 'radio' | 'file' | 'button' | 'other';

const BUTTON_INPUT_TYPES = new Set(['submit', 'reset', 'button', 'image']);
const KIND_OF_INPUT_TYPE: Readonly<Record<string, ControlKind>> = { checkbox: 'checkbox', radio: 'radio', file: 'file' };

export class FieldActions {
  constructor(
    private readonly driver: Driver,
    /** Where upload fixtures are looked for first (FILES_PATH). */
    private readonly filesPath: string,
  ) {}

  async kindOf(element: ElementHandle): Promise<ControlKind> {
    const tag = await this.driver.tagName(element);
    if (tag === 'select') return 'select';
    if (tag === 'textarea') return 'text';
    if (tag === 'button') return 'button';
    if (tag === 'input') {
      const type = ((await this.driver.attribute(element, 'type')) ?? 'text').toLowerCase();
      if (BUTTON_INPUT_TYPES.has(type)) return 'button';
      return KIND_OF_INPUT_TYPE[type] ?? 'text';
    }
    const editable = await this.driver.attribute(element, 'contenteditable');
    return editable !== null && editable.toLowerCase() !== 'false' ? 'editable' : 'other';
  }

  /**
   * Mink's setValue for every kind of control: text is typed, a select chooses the option of that
   * value or text, a radio group the radio of that value or label, a file input attaches the file.
   */
  async fill(element: ElementHandle, value: string, name: string): Promise<void> {
    const kind = await this.kindOf(element);
    switch (kind) {
      case 'select':
        return this.selectOption(element, value, false, name);
      case 'radio':
        return this.chooseRadio(element, value, name);
      case 'file':
        return this.attach(element, value, name);
      case 'text':
      case 'editable':
        return this.type(element, value, name, kind);
      case 'checkbox':
        throw wrongKind(`Cannot fill in ${name}: it is a checkbox. Use "I check" or "I uncheck" instead.`);
      default:
        throw wrongKind(`Cannot fill in ${name}: it is ${element.description}, not a form field.`);
    }
  }

  /** A select's option by value or text, or the radio of the element's group by value or label. */
  async selectOption(element: ElementHandle, option: string, multiple: boolean, name: string): Promise<void> {
    const kind = await this.kindOf(element);
    if (kind === 'radio') return this.chooseRadio(element, option, name);
    if (kind !== 'select') throw wrongKind(`Form field ${name} is not a select box or a radio group, so no option can be selected.`);
    await this.refuseDisabled(element, name, 'changed');
    const [match] = await this.driver.findAll({ named: 'option', locator: option }, element);
    if (!match) {
      const offered = await this.driver.namedCandidates('option', element);
      throw new ElementNotFoundError(`Select option with value|text "${option}" not found in select ${name}.`, [
        `Available options: ${quoteList(offered.map(([label]) => label))}.`,
      ]);
    }
    await this.refuseDisabled(match, `Option "${option}" of select ${name}`, 'selected');
    await this.driver.selectOption(element, match, multiple);
  }

  /** Check a checkbox, or choose a radio button. */
  async check(element: ElementHandle, name: string): Promise<void> {
    const kind = await this.kindOf(element);
    if (kind !== 'radio') await this.requireKind(kind, 'checkbox', element, name, 'I check');
    await this.refuseDisabled(element, name, 'checked');
    await this.driver.check(element);
  }

  async uncheck(element: ElementHandle, name: string): Promise<void> {
    const kind = await this.kindOf(element);
    if (kind === 'radio') throw wrongKind(`Cannot uncheck ${name}: a radio button is unchecked by choosing another one of its group.`);
    await this.requireKind(kind, 'checkbox', element, name, 'I uncheck');
    await this.refuseDisabled(element, name, 'unchecked');
    await this.driver.uncheck(element);
  }

  /** Click a button, refusing a disabled one: a browser would ignore the click and the step would lie. */
  async press(element: ElementHandle, name: string): Promise<void> {
    await this.refuseDisabled(element, name, 'pressed');
    await this.driver.click(element);
  }

  /** Attach `file` (looked for in filesPath, then from the working directory) to a file input. */
  async attach(element: ElementHandle, file: string, name: string): Promise<void> {
    const resolved = this.resolveUpload(file);
    await this.requireKind(await this.kindOf(element), 'file', element, name, 'I attach the file');
    await this.refuseDisabled(element, name, 'given a file');
    await this.driver.attachFile(element, resolved);
  }

  resolveUpload(file: string): string {
    const inFilesPath = path.resolve(this.filesPath, file);
    if (fs.existsSync(inFilesPath)) return inFilesPath;
    const fromWorkingDirectory = path.resolve(file);
    if (fs.existsSync(fromWorkingDirectory)) return fromWorkingDirectory;
    const looked = inFilesPath === fromWorkingDirectory ? inFilesPath : `${inFilesPath} and ${fromWorkingDirectory}`;
    throw wrongKind(`File "${file}" to attach does not exist (looked in ${looked}).`, [
      'Set filesPath (FILES_PATH) to the folder holding your upload fixtures.',
    ]);
  }

  private async type(element: ElementHandle, value: string, name: string, kind: 'text' | 'editable'): Promise<void> {
    if (kind === 'editable' && !this.driver.capabilities.javascript) {
      throw wrongKind(`Cannot fill in ${name}: it is an editable element, and typing into one needs a browser: tag the scenario @javascript.`);
    }
    await this.refuseDisabled(element, name, 'typed into');
    const type = ((await this.driver.attribute(element, 'type')) ?? '').toLowerCase();
    // readonly does not apply to hidden inputs (HTML), which scripts and tests may set.
    if (kind === 'text' && type !== 'hidden' && (await this.driver.attribute(element, 'readonly')) !== null) {
      throw new ExpectationError(`Cannot fill in ${name}: it is read-only.`);
    }
    await this.driver.setValue(element, value);
  }

  /** The radio of `radio`'s group whose value is `option`, else whose label is `option`. */
  private async chooseRadio(radio: ElementHandle, option: string, name: string): Promise<void> {
    const group = await this.driver.radioGroup(radio);
    const values = await Promise.all(group.map(async (member) => (await this.driver.attribute(member, 'value')) ?? 'on'));
    let chosen = group[values.indexOf(option)];
    if (!chosen) {
      const labelled = await this.driver.findAll({ named: 'radio', locator: option });
      const memberValues = new Set(values);
      for (const candidate of labelled) {
        if (await this.sameGroup(candidate, group, memberValues)) {
          chosen = candidate;
          break;
        }
      }
    }
    if (!chosen) throw new ElementNotFoundError(`Radio group ${name} has no option "${option}".`, [`Available options: ${quoteList(values)}.`]);
    await this.refuseDisabled(chosen, `Radio button "${option}" of ${name}`, 'chosen');
    await this.driver.check(chosen);
  }

  /** Handles are not comparable across lookups, so a labelled radio is matched to the group by name and value. */
  private async sameGroup(candidate: ElementHandle, group: ElementHandle[], groupValues: Set<string>): Promise<boolean> {
    const [candidateName, groupName] = await Promise.all([this.driver.attribute(candidate, 'name'), this.driver.attribute(group[0], 'name')]);
    if (candidateName !== groupName) return false;
    return groupValues.has((await this.driver.attribute(candidate, 'value')) ?? 'on');
  }

  private async requireKind(actual: ControlKind, wanted: ControlKind, element: ElementHandle, name: string, step: string): Promise<void> {
    if (actual === wanted) return;
    const what = name === element.description ? `it is ${name}` : `${name} is ${element.description}`;
    throw wrongKind(`"${step}" needs a ${wanted} input, but ${what} (${await this.typeName(element)}).`);
  }

  /** The input type as written (`number`, `email` …), or the tag of anything else: what a reader knows it by. */
  private async typeName(element: ElementHandle): Promise<string> {
    const tag = await this.driver.tagName(element);
    return tag === 'input' ? ((await this.driver.attribute(element, 'type')) ?? 'text').toLowerCase() : tag;
  }

  private async refuseDisabled(element: ElementHandle, name: string, verb: string): Promise<void> {
    if (await this.driver.isDisabled(element)) throw new ExpectationError(`${name} is disabled, so it cannot be ${verb}.`);
  }
}

/** The step named an element of the wrong kind: waiting cannot help. */
function wrongKind(message: string, hints: string[] = []): ExpectationError {
  return new ExpectationError(message, hints, false);
}
