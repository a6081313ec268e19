/** Control characters other than CR and LF: a terminal escape in a draft must not restyle the Actions log. */
const controls = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A workflow command's message: GitHub reads %, CR and LF as escapes, so they are escaped. */
export function escapeCommandData(text: string): string {
  return text.replace(controls, "").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value (file=…, title=…): also `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
