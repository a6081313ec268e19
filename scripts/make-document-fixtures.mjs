#!/usr/bin/env node
// Rebuilds fixtures/documents/ byte for byte: `node scripts/make-document-fixtures.mjs`.
// No network and no external tools: the PDFs and the zips are written by hand, so the
// broken cases (truncated zip, declared bombs, encryption) are exactly what we say they are.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync, deflateSync } from "node:zlib";

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "documents");

const decree = {
  title: "PROYECTO DE DECRETO SUPREMO",
  subtitle: "Decreto Supremo que aprueba disposiciones para la atención de personas migrantes",
  articles: [
    {
      heading: "Artículo 1.- Objeto",
      body: [
        "El presente Decreto Supremo tiene por objeto establecer disposiciones para la atención de las personas migrantes en situación de vulnerabilidad, con pleno respeto de sus derechos.",
      ],
    },
    {
      heading: "Artículo 2.- Enfoques",
      body: [
        "La aplicación del presente Decreto Supremo se rige por los siguientes enfoques:",
        "2.1 Enfoque de derechos humanos: toda intervención reconoce a la persona migrante como titular de derechos, sin discriminación por su nacionalidad o condición migratoria.",
        "2.2 Enfoque de género: se consideran las necesidades diferenciadas de mujeres y hombres en el contexto de la migración internacional.",
        "2.3 Enfoque intercultural: se valora la diversidad cultural y se promueve la interculturalidad en la prestación de los servicios.",
        "2.4 Enfoque de niños, niñas y adolescentes: se prioriza el interés superior del niño en toda decisión que les afecte.",
      ],
    },
    {
      heading: "Artículo 3.- Acceso a servicios",
      body: [
        "Las entidades públicas garantizan el acceso a la salud, la educación y la justicia de las personas migrantes, cualquiera sea su situación migratoria.",
      ],
    },
    {
      heading: "Artículo 4.- Refrendo",
      body: ["El presente Decreto Supremo es refrendado por el Ministro del Interior."],
    },
  ],
};

// ---------------------------------------------------------------- zip

/** A zip entry as written; `declaredSize` lets a fixture lie about its uncompressed size. */
function zipArchive(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, content, declaredSize } of files) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const size = declaredSize ?? data.length;
    const common = (header) => {
      header.writeUInt16LE(20, 0);
      header.writeUInt16LE(0x0800, 2); // UTF-8 names
      header.writeUInt16LE(8, 4); // deflate
      header.writeUInt16LE(0, 6); // fixed time and date keep the fixtures reproducible
      header.writeUInt16LE(0x5821, 8);
      header.writeUInt32LE(crc32(data), 10);
      header.writeUInt32LE(packed.length, 14);
      header.writeUInt32LE(size, 18);
      header.writeUInt16LE(nameBytes.length, 22);
      header.writeUInt16LE(0, 24);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local.subarray(4));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    common(central.subarray(6));
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------- docx

const escapeXml = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const run = (text, bold = false) =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const paragraph = (...runs) => `<w:p>${runs.join("")}</w:p>`;

function documentXml(extraBody = "") {
  const body = [
    paragraph(run(decree.title, true)),
    paragraph(run(decree.subtitle)),
    ...decree.articles.flatMap(({ heading, body: lines }) => {
      const [label, name] = heading.split(/(?<=\.-) /);
      return [paragraph(run(label, true), run(` ${name}`)), ...lines.map((line) => paragraph(run(line)))];
    }),
  ].join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:body>${body}${extraBody}</w:body></w:document>`
  );
}

const contentTypes =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `</Types>`;

const packageRels =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

function docx(document = documentXml(), declaredDocumentSize = undefined) {
  return zipArchive([
    { name: "[Content_Types].xml", content: contentTypes },
    { name: "_rels/.rels", content: packageRels },
    { name: "word/document.xml", content: document, declaredSize: declaredDocumentSize },
  ]);
}

// A decree as Word writes one with automatic numbering: the article headings take their
// "Artículo N.-" from a heading style linked to a list level, the literals "a)" from list
// paragraphs, the second list restarts (w:startOverride), one item is nested, one list is
// bulleted, and one paragraph mark is a tracked deletion (mammoth joins it to the next).
const numberingXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Articulo"/><w:lvlText w:val="Artículo %1.-"/><w:suff w:val="space"/></w:lvl>` +
  `</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>` +
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>` +
  `<w:lvl w:ilvl="1"><w:start w:val="1"/>` +
  `<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>` +
  `<mc:Fallback><w:numFmt w:val="lowerRoman"/></mc:Fallback></mc:AlternateContent>` +
  `<w:lvlText w:val="%2."/></w:lvl>` +
  `</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
  `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
  `<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>` +
  `</w:numbering>`;

const stylesXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Articulo"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>` +
  `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Prrafodelista"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>` +
  `</w:styles>`;

const styled = (styleId, ...runs) => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${runs.join("")}</w:p>`;
const listItem = (numId, level, text) =>
  `<w:p><w:pPr><w:pStyle w:val="Prrafodelista"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
const deletedMark = (text) => `<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="Revisor" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>${run(text)}</w:p>`;

const numberedDocumentXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:body>` +
  paragraph(run(decree.title, true)) +
  paragraph(run(decree.subtitle)) +
  styled("Articulo", run("Objeto")) +
  paragraph(run(decree.articles[0].body[0])) +
  styled("Articulo", run("Enfoques")) +
  paragraph(run("La aplicación del presente Decreto Supremo se rige por los siguientes enfoques:")) +
  listItem(2, 0, "Enfoque de derechos humanos: toda intervención reconoce a la persona migrante como titular de derechos, sin discriminación por su nacionalidad o condición migratoria.") +
  listItem(2, 0, "Enfoque de género: se consideran las necesidades diferenciadas de mujeres y hombres en el contexto de la migración internacional.") +
  listItem(2, 1, "en el acceso a la salud;") +
  listItem(2, 1, "en el acceso a la justicia.") +
  listItem(2, 0, "Enfoque intercultural: se valora la diversidad cultural y se promueve la interculturalidad en la prestación de los servicios.") +
  styled("Articulo", run("Acceso a servicios")) +
  deletedMark("Las entidades públicas ") +
  paragraph(run("garantizan, cualquiera sea la situación migratoria de las personas migrantes:")) +
  listItem(3, 0, "el acceso a la salud;") +
  listItem(3, 0, "el acceso a la educación;") +
  listItem(4, 0, "en todos los niveles;") +
  listItem(3, 0, "el acceso a la justicia.") +
  styled("Articulo", run("Refrendo")) +
  paragraph(run(decree.articles[3].body[0])) +
  `</w:body></w:document>`;

const numberedContentTypes = contentTypes.replace(
  "</Types>",
  `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
);

const documentRels =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

/** A DOCX with list definitions and styles beside its document. */
function numberedDocx(document, numbering, styles) {
  return zipArchive([
    { name: "[Content_Types].xml", content: numberedContentTypes },
    { name: "_rels/.rels", content: packageRels },
    { name: "word/_rels/document.xml.rels", content: documentRels },
    { name: "word/document.xml", content: document },
    { name: "word/numbering.xml", content: numbering },
    { name: "word/styles.xml", content: styles },
  ]);
}

// A decree numbered in words, as a Word template for "Artículo Primero.-" does it: the heading
// style's list level is ordinalText, and one article's incisos are cardinalText ("Uno)"). Enough
// articles for the joined, elided and separate forms (Decimoprimero, Decimoctavo, Vigesimooctavo,
// Trigésimo primero). The document is Spanish (w:lang), as the words are.
const wordsNumberingXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ordinalText"/><w:pStyle w:val="Articulo"/><w:lvlText w:val="Artículo %1.-"/><w:suff w:val="space"/></w:lvl>` +
  `</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="cardinalText"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
  `</w:numbering>`;

const wordsStylesXml = stylesXml.replace(
  "<w:style ",
  `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="es-PE"/></w:rPr></w:rPrDefault></w:docDefaults><w:style `,
);

const wordsArticleTopics = [
  "Objeto", "Finalidad", "Ámbito de aplicación", "Definiciones", "Enfoque de derechos humanos", "Enfoque de género",
  "Enfoque intercultural", "Enfoque de niños, niñas y adolescentes", "Igualdad y no discriminación", "Unidad familiar",
  "Acceso a la salud", "Acceso a la educación", "Acceso a la justicia", "Trabajo decente", "Regularización migratoria",
  "Documentación", "Protección de víctimas de trata", "Retorno voluntario", "Reintegración", "Peruanos en el exterior",
  "Información al migrante", "Articulación intersectorial", "Gobiernos regionales", "Gobiernos locales", "Sociedad civil",
  "Cooperación internacional", "Seguimiento", "Evaluación", "Financiamiento", "Vigencia", "Refrendo",
];

const wordsDocumentXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:body>` +
  paragraph(run(decree.title, true)) +
  paragraph(run(decree.subtitle)) +
  wordsArticleTopics
    .map((topic, i) =>
      styled("Articulo", run(topic)) +
      paragraph(run(`Las entidades públicas atienden a las personas migrantes en materia de ${topic.toLowerCase()}, sin discriminación.`)) +
      (i === 10 ? ["en los establecimientos de salud;", "en las campañas de prevención;", "en la atención de emergencias."].map((text) => listItem(2, 0, text)).join("") : ""),
    )
    .join("") +
  `</w:body></w:document>`;

// ---------------------------------------------------------------- pdf

const header = "Proyecto de Decreto Supremo - Documento de trabajo";
const pdfPages = [
  [
    decree.title,
    decree.subtitle,
    "",
    "Artículo 1.- Objeto",
    "El presente Decreto Supremo tiene por objeto establecer disposiciones para la atención de las",
    "personas migrantes en situación de vulnerabilidad, con pleno respeto de sus derechos.",
  ],
  [
    "Artículo 2.- Enfoques",
    "La aplicación del presente Decreto Supremo se rige por los siguientes enfoques:",
    "2.1 Enfoque de derechos humanos: toda intervención reconoce a la persona migrante como",
    "titular de derechos, sin discriminación por su nacionalidad o condición migratoria.",
    "2.2 Enfoque de género: se consideran las necesidades diferenciadas de mujeres y",
    "hombres en el contexto de la migra-",
    "ción internacional.",
    "2.3 Enfoque intercultural: se valora la diversidad cultural y se promueve la interculturalidad.",
    "2.4 Enfoque de niños, niñas y adolescentes: se prioriza el interés superior del niño.",
  ],
  [
    "Artículo 3.- Acceso a servicios",
    "Las entidades públicas garantizan el acceso a la salud, la educación y la justicia de las",
    "personas migrantes, cualquiera sea su situación migratoria.",
    "Artículo 4.- Refrendo",
    "El presente Decreto Supremo es refrendado por el Ministro del Interior.",
  ],
];

/** A literal string in WinAnsiEncoding, which the standard Helvetica maps back to Unicode. */
const pdfString = (text) => Buffer.concat([Buffer.from("("), winAnsi(text.replace(/[\\()]/g, "\\$&")), Buffer.from(")")]);

function winAnsi(text) {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0);
    if (code > 0xff) throw new Error(`not in WinAnsi: ${c}`);
    return code;
  }));
}

function textPageContent(lines, pageNumber, pageCount) {
  const show = (x, y, size, text) => Buffer.concat([Buffer.from(`BT /F1 ${size} Tf ${x} ${y} Td `), pdfString(text), Buffer.from(" Tj ET\n")]);
  const parts = [show(72, 800, 9, header)];
  lines.forEach((line, i) => {
    if (line !== "") parts.push(show(72, 740 - i * 16, 10, line));
  });
  parts.push(show(280, 40, 9, `Página ${pageNumber} de ${pageCount}`));
  return Buffer.concat(parts);
}

const fileId = createHash("md5").update("policylint fixtures").digest();

/** Objects numbered from 1; `encrypt(objectNumber, bytes)` encrypts strings and streams when given. */
/** `flateLayers`: how many times each page's content is deflated, each named in its /Filter. */
function pdfFile(pageContents, { encryption, flateLayers = 0 } = {}) {
  const objects = [];
  const pageCount = pageContents.length;
  const firstPage = 4;
  objects[1] = Buffer.from("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = pageContents.map((_, i) => `${firstPage + 2 * i} 0 R`).join(" ");
  objects[2] = Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  objects[3] = Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  pageContents.forEach((content, i) => {
    const pageObject = firstPage + 2 * i;
    const streamObject = pageObject + 1;
    objects[pageObject] = Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${streamObject} 0 R >>`,
    );
    let packed = content;
    for (let layer = 0; layer < flateLayers; layer++) packed = deflateSync(packed, { level: 9 });
    const data = encryption ? encryption.encrypt(streamObject, packed) : packed;
    const filter = flateLayers > 0 ? ` /Filter [${Array(flateLayers).fill("/FlateDecode").join(" ")}]` : "";
    objects[streamObject] = Buffer.concat([Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`), data, Buffer.from("\nendstream")]);
  });
  if (encryption) objects.push(encryption.dictionary);
  const chunks = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets = [];
  let length = chunks[0].length;
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = length;
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), objects[n], Buffer.from("\nendobj\n")]);
    chunks.push(chunk);
    length += chunk.length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`];
  for (let n = 1; n < objects.length; n++) xref.push(`${String(offsets[n]).padStart(10, "0")} 00000 n \n`);
  const id = fileId.toString("hex");
  const encryptRef = encryption ? ` /Encrypt ${objects.length - 1} 0 R` : "";
  xref.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R /ID [<${id}> <${id}>]${encryptRef} >>\nstartxref\n${length}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join("")));
  return Buffer.concat(chunks);
}

// Standard security handler, revision 2 (40-bit RC4): the simplest real encryption pdf.js accepts.
const passwordPadding = Buffer.from(
  "28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a",
  "hex",
);
const md5 = (...parts) => createHash("md5").update(Buffer.concat(parts)).digest();
const padPassword = (password) => Buffer.concat([Buffer.from(password, "latin1"), passwordPadding]).subarray(0, 32);

function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

function rc4Encryption(userPassword, ownerPassword) {
  const permissions = -44;
  const owner = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padPassword(userPassword), owner, p, fileId).subarray(0, 5);
  const user = rc4(key, passwordPadding);
  const objectKey = (n) => md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  return {
    encrypt: (objectNumber, data) => rc4(objectKey(objectNumber), data),
    dictionary: Buffer.from(
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${permissions} /O <${owner.toString("hex")}> /U <${user.toString("hex")}> >>`,
    ),
  };
}

const scannedPage = Buffer.from("0.85 g 72 420 451 300 re f\n0 g 2 w 72 420 451 300 re S\n");

// ---------------------------------------------------------------- html and text

const html = `<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Proyecto de Decreto Supremo</title>
<style>p { margin: 0 } /* <p>estilo</p> */</style>
<script>document.write("<p>no es texto</p>"); if (1 < 2) {}</script>
</head>
<body>
<nav><a href="/">Inicio</a> &gt; Normas</nav>
<article>
<h1>${decree.title}</h1>
<p>${decree.subtitle}</p>
${decree.articles
  .map(({ heading, body }) => `<h2>${heading}</h2>\n${body.map((line) => `<p>${line}</p>`).join("\n")}`)
  .join("\n")}
<p>Dado en la Casa de Gobierno, en Lima &ndash; &laquo;Regístrese y comuníquese&raquo; &#8220;texto&#x201D; &amp; fin.<br>Firma</p>
</article>
<noscript><p>Active JavaScript</p></noscript>
<template><p>plantilla oculta</p></template>
</body>
</html>
`;

const latin1Text =
  "Artículo 1.- Objeto\r\nLa niña y el niño migrantes reciben atención. Se garantiza el “enfoque de género” y la protección de las personas en situación de vulnerabilidad.\r\n";

const crlfText = "Artículo 1.- Objeto\r\nSe reconoce el enfoque de derechos humanos.\r\n\r\nArtículo 2.- Enfoques\r\nGénero e interculturalidad.\r\n";

/** Deterministic bytes with NULs: a binary file should never pass as text. */
function binaryBytes(length) {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = i % 7 === 0 ? 0 : state & 255;
  }
  return bytes;
}

// ---------------------------------------------------------------- write

const alignedDocx = docx();
const fixtures = {
  "decreto-alineado.docx": alignedDocx,
  "decreto-numeracion-automatica.docx": numberedDocx(numberedDocumentXml, numberingXml, stylesXml),
  "decreto-numeracion-en-letras.docx": numberedDocx(wordsDocumentXml, wordsNumberingXml, wordsStylesXml),
  "decreto-alineado.pdf": pdfFile(pdfPages.map((lines, i) => textPageContent(lines, i + 1, pdfPages.length))),
  "escaneado.pdf": pdfFile([scannedPage, scannedPage]),
  // A page whose content inflates, through two FlateDecode layers, to 256 MB: pdf.js would inflate it whole.
  "bomba.pdf": pdfFile([Buffer.concat([textPageContent(pdfPages[0], 1, 1), Buffer.alloc(256 * 1024 * 1024, 0x20)])], { flateLayers: 2 }),
  // Twelve pages: read whole under the default --max-size, refused under 100 KB (one page per 10 KB).
  "doce-paginas.pdf": pdfFile(Array.from({ length: 12 }, (_, i) => textPageContent(pdfPages[i % pdfPages.length], i + 1, 12))),
  "cifrado.pdf": pdfFile([textPageContent(pdfPages[0], 1, 1)], { encryption: rc4Encryption("secreto", "propietario") }),
  "corrupto.docx": alignedDocx.subarray(0, Math.floor(alignedDocx.length * 0.6)),
  // Declares 3.9 GB for document.xml: the central directory alone must be enough to refuse it.
  "bomba.docx": docx(documentXml(), 0xf0000000),
  // Declares the true size of the XML but inflates to 2 MB more: only inflating with a bound catches it.
  "bomba-oculta.docx": docx(documentXml(`<!--${" ".repeat(2 * 1024 * 1024)}-->`), documentXml().length),
  "xml-roto.docx": docx(documentXml().slice(0, 400)),
  "no-es-docx.docx": zipArchive([{ name: "leame.txt", content: "Un zip cualquiera, no un documento de Word." }]),
  "binario.txt": binaryBytes(2048),
  "latin1.txt": Buffer.from(new Uint8Array([...latin1Text].map((c) => ({ "“": 0x93, "”": 0x94 })[c] ?? c.codePointAt(0)))),
  "crlf-bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlfText, "utf8")]),
  "pagina.html": Buffer.from(html, "utf8"),
};

mkdirSync(outDir, { recursive: true });
for (const [name, bytes] of Object.entries(fixtures)) {
  writeFileSync(path.join(outDir, name), bytes);
  console.log(`${name.padEnd(24)} ${bytes.length} bytes`);
}
