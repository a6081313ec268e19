import type { InputProblem } from "../documents/input-problem.js";

/** Why a document could not be read, in Spanish; a library's own `detail` stays as it came. */
export function inputProblemEs(problem: InputProblem): string {
  switch (problem.code) {
    case "not-found":
      return "no existe el archivo ni la carpeta, y ningún archivo coincide con el patrón";
    case "file-not-found":
      return "no existe el archivo";
    case "directory":
      return "es una carpeta";
    case "permission-denied":
      return "sin permiso de lectura";
    case "file-system":
      return `no se puede leer el archivo: ${problem.detail}`;
    case "too-large":
      return `el archivo supera el límite de ${problem.limit} (--max-size)`;
    case "not-claimed-format":
      return `no es un archivo ${problem.format}: su contenido no empieza como uno`;
    case "unreadable-as":
      return `no se puede leer como ${problem.format}: ${problem.detail}`;
    case "binary":
      return "no es un documento legible: contenido binario";
    case "no-text":
      return "el documento no tiene texto";
    case "no-text-layer":
      return "sin capa de texto: aplique OCR";
    case "not-docx":
      return `es un archivo zip pero no un DOCX (falta ${problem.part})`;
    case "zip-too-large":
      return `las entradas del zip se inflan a más de ${problem.limit} (posible bomba zip)`;
    case "zip-entry-too-large":
      return `${problem.entry} se infla a más de lo declarado, ${problem.declared} (posible bomba zip)`;
    case "pdf-too-many-pages":
      return `el PDF tiene ${problem.pages} páginas, más de ${problem.limit} (una por cada 10 KB de --max-size)`;
    case "pdf-too-large":
      return `los flujos del PDF se descomprimen a más de ${problem.limit} (posible bomba de descompresión)`;
    case "corrupt":
      return `${problem.format} dañado: ${problem.detail}`;
    case "encrypted-pdf":
      return "PDF cifrado (hace falta una contraseña para leerlo)";
  }
}

/** Why a document could not be read, in English: also every InputError's message. */
export function inputProblemEn(problem: InputProblem): string {
  switch (problem.code) {
    case "not-found":
      return "no such file, folder or matching glob";
    case "file-not-found":
      return "file not found";
    case "directory":
      return "is a directory";
    case "permission-denied":
      return "permission denied";
    case "file-system":
      return `cannot read the file: ${problem.detail}`;
    case "too-large":
      return `file is larger than the ${problem.limit} limit (--max-size)`;
    case "not-claimed-format":
      return `not a ${problem.format} file: its content does not start like one`;
    case "unreadable-as":
      return `cannot read as ${problem.format}: ${problem.detail}`;
    case "binary":
      return "not a readable document: binary content";
    case "no-text":
      return "the document has no text";
    case "no-text-layer":
      return "no text layer: run OCR";
    case "not-docx":
      return `a zip archive but not a DOCX (no ${problem.part})`;
    case "zip-too-large":
      return `zip entries inflate to more than ${problem.limit} (possible zip bomb)`;
    case "zip-entry-too-large":
      return `${problem.entry} inflates to more than its declared ${problem.declared} (possible zip bomb)`;
    case "pdf-too-many-pages":
      return `the PDF has ${problem.pages} pages, more than ${problem.limit} (one per 10 KB of --max-size)`;
    case "pdf-too-large":
      return `the PDF's streams inflate to more than ${problem.limit} (possible decompression bomb)`;
    case "corrupt":
      return `corrupt ${problem.format}: ${problem.detail}`;
    case "encrypted-pdf":
      return "encrypted PDF (a password is needed to read it)";
  }
}
