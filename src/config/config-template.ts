/**
 * What `policylint init` writes: every key with its default or an example, and a comment saying
 * what it does. It must stay a valid config (a test parses it).
 */
export const configTemplate = `# Configuración de policylint.
# policylint busca este archivo (o .policylintrc.yaml) desde la carpeta actual hacia arriba.
# Una opción escrita en la línea de órdenes prevalece sobre este archivo; --no-config lo ignora.

# Política con la que se comparan los borradores (YAML), relativa a la carpeta de este archivo.
# Sin esta clave se usa la política incluida: Lineamientos Generales de la Política Migratoria (MTIGM, 2015).
# policy: politicas/mi-politica.yaml

# Formato del informe de \`check\` en la salida: text, json, jsonl, csv, markdown, sarif, github, junit, html.
format: text

# Otros formatos que se escriben además en archivos (formato: archivo, relativo a la carpeta de este archivo).
outputFormats: {}
#   sarif: informes/policylint.sarif
#   markdown: informes/policylint.md

# Idioma del informe: es o en.
lang: es

# Estado más débil que hace fallar un documento: gap (solo brechas), partial (brechas y parciales) o none.
failOn: gap

# Puntaje global mínimo de cada documento (de 0 a 1); sin esta clave no se exige ninguno.
# minScore: 0.5

# Si un conflicto con la política hace fallar el documento (true o false).
failOnConflict: true

# Puntaje mínimo por dimensión (E1…E6, P1…P10).
dimensions: {}
#   E1:
#     minScore: 0.55

# Dimensiones que deben estar al menos parcialmente cubiertas aunque failOn sea none.
required: []
#   - E1
#   - P2

# Archivos que se omiten dentro de las carpetas y los patrones dados (globs, relativos a la carpeta actual).
ignore: []
#   - "**/anexos/**"

# Hilos de trabajo (de 1 a 64); sin esta clave, uno solo para menos de 20 MB de documentos
# y uno por núcleo a partir de ahí.
# jobs: 4

# Tamaño máximo de un documento: 20MB, 512KB o un número de bytes.
maxSize: 20MB

# Brechas aceptadas a propósito: se informan con su motivo y no hacen fallar.
# dimension: la dimensión; reason: el motivo (obligatorio);
# files: globs sobre la ruta mostrada del documento (relativa a la carpeta actual); sin files, en todos.
# Un conflicto nunca se acepta. En un borrador también vale una línea propia
# "policylint-disable E5: motivo" o, en Markdown, <!-- policylint-disable E5, P6: motivo -->.
accept: []
#   - dimension: E5
#     reason: El decreto regula solo trámites consulares.
#     files:
#       - "borradores/consular-*.md"
`;
