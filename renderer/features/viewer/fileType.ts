import type { DocumentInfo } from '../../../shared/api/schemas';

export type PreviewKind = 'pdf' | 'image' | 'none';

function baseType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Decided by the media type the store recorded, never by the file name. */
export function previewKind(document: Pick<DocumentInfo, 'mediaType'>): PreviewKind {
  const type = baseType(document.mediaType);
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/png' || type === 'image/jpeg') return 'image';
  return 'none';
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/tiff': 'TIFF image',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.ms-powerpoint': 'PowerPoint deck',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint deck',
  'application/vnd.ms-outlook': 'Outlook message',
  'message/rfc822': 'E-mail',
  'text/plain': 'Text',
  'application/zip': 'ZIP archive',
};

/** "Word document", "PDF"; otherwise the file's extension, so odd types stay short. */
export function fileTypeLabel(document: Pick<DocumentInfo, 'mediaType' | 'name'>): string {
  const known = TYPE_LABELS[baseType(document.mediaType)];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(document.name)?.[1];
  return extension ? `${extension.toUpperCase()} file` : 'File';
}
