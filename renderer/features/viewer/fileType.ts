import type { DocumentInfo } from '../../../shared/api/schemas';
import { i18n } from '../../i18n/i18n';

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

type TypeName = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'word' | 'excel' | 'powerpoint' | 'outlook' | 'email' | 'text' | 'zip';

const TYPE_NAMES: Readonly<Record<string, TypeName>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/tiff': 'tiff',
  'application/msword': 'word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.ms-excel': 'excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.ms-powerpoint': 'powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
  'application/vnd.ms-outlook': 'outlook',
  'message/rfc822': 'email',
  'text/plain': 'text',
  'application/zip': 'zip',
};

/** "Word document", "PDF"; otherwise the file's extension, so odd types stay short. */
export function fileTypeLabel(document: Pick<DocumentInfo, 'mediaType' | 'name'>): string {
  const known = TYPE_NAMES[baseType(document.mediaType)];
  if (known) return i18n.t(`viewer.fileType.${known}`);
  const extension = /\.([a-z0-9]{1,8})$/i.exec(document.name)?.[1];
  return extension ? i18n.t('viewer.fileType.extension', { extension: extension.toUpperCase() }) : i18n.t('viewer.fileType.file');
}
