/** "application/json; charset=UTF-8" -> "application/json": the part that names the type, lower-cased. */
export function mediaTypeEssence(contentType: string | undefined): string {
  if (!contentType) return '';
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** True for application/json and every +json type. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const essence = mediaTypeEssence(contentType);
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The documented media type (as spelled in the spec) that a content type stands for, if any. */
export function findDocumentedMediaType(documented: string[], contentType: string | undefined): string | undefined {
  const essence = mediaTypeEssence(contentType);
  return documented.find((candidate) => mediaTypeEssence(candidate) === essence);
}
