/**
 * Untrusted text inside a GitHub Actions workflow command (`::error title=…::message`),
 * encoded as the runner decodes it: `%`, CR and LF in the message; in a property value also
 * `:` and `,`, which would end the value. A command never spans lines, so nothing quoted can
 * start a command line of its own.
 */
export function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line, `::name key=value,key=value::message`. Names and keys are
 * ours; values and the message are encoded here, so the line is always exactly one command.
 */
export function workflowCommand(name: string, properties: ReadonlyArray<readonly [string, string]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${commandProperty(value)}`).join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${commandData(message)}`;
}
