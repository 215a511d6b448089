/**
 * Help text wrapped by the terminal, not by the source: descriptions are written as prose with
 * line breaks where they read well in code, and commander would keep those breaks, giving a
 * ragged column on any width but the author's. A single line break inside a paragraph becomes a
 * space; blank lines, indented lines (examples, tables) and list items keep their breaks, and
 * commander then wraps to the terminal's width (process.stdout.columns).
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';

export function unwrapProse(text: string): string {
  // \u2022 (a bullet) escaped: the single executable's program must be ASCII (bundle/sea-assets.ts).
  return text.replace(/([^\n])\n(?=[^\s\n\-*\u20220-9])/g, '$1 ');
}

export const helpConfiguration: HelpConfiguration = {
  commandDescription(this: Help, cmd: Command): string {
    return unwrapProse(Help.prototype.commandDescription.call(this, cmd));
  },
  subcommandDescription(this: Help, cmd: Command): string {
    return unwrapProse(Help.prototype.subcommandDescription.call(this, cmd));
  },
  optionDescription(this: Help, option: Option): string {
    return unwrapProse(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument): string {
    return unwrapProse(Help.prototype.argumentDescription.call(this, argument));
  },
} as HelpConfiguration;
