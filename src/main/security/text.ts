/** Small string checks shared by the URL and path policies. */

/** True if `text` contains a C0 control character, DEL or a C1 control character. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** `text` with every run of control characters replaced by one space. */
export function replaceControlCharacters(text: string): string {
  let out = '';
  let inRun = false;
  for (const char of text) {
    if (hasControlCharacters(char)) {
      if (!inRun) out += ' ';
      inRun = true;
    } else {
      out += char;
      inRun = false;
    }
  }
  return out;
}
