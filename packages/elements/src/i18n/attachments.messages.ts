import type { Catalog } from './locale.ts';

/** Words of the attachment picker, shared by the ticket form and the ticket page. */
const en = {
  label: 'Attachments',
  hint: (p: { types: string; size: string; count: number }) => `Up to ${p.count} files, ${p.size} each: ${p.types}.`,
  choose: 'Choose a file',
  addMore: 'Add more',
  drop: 'or drop files here',
  remove: (p: { name: string }) => `Remove ${p.name}`,
  retry: (p: { name: string }) => `Upload ${p.name} again`,
  uploading: (p: { percent: string }) => `Uploading… ${p.percent}`,
  uploaded: 'Uploaded',
  uploadFailed: 'Not uploaded.',
  wrongType: (p: { name: string; types: string }) => `${p.name}: this type of file cannot be attached. Allowed: ${p.types}.`,
  tooBig: (p: { name: string; size: string }) => `${p.name} is larger than ${p.size}.`,
  tooMany: (p: { count: number }) => `At most ${p.count} files can be attached.`,
  stillUploading: 'Wait until the files finish uploading.',
  announceUploaded: (p: { name: string }) => `${p.name} uploaded.`,
  download: (p: { name: string }) => `Download ${p.name}`,
};

export const attachmentMessages: Catalog<typeof en> = {
  en,
  pl: {
    label: 'Załączniki',
    hint: (p) => `Do ${p.count} plików, każdy do ${p.size}: ${p.types}.`,
    choose: 'Wybierz plik',
    addMore: 'Dodaj więcej',
    drop: 'lub upuść pliki tutaj',
    remove: (p) => `Usuń ${p.name}`,
    retry: (p) => `Wyślij ponownie ${p.name}`,
    uploading: (p) => `Wysyłanie… ${p.percent}`,
    uploaded: 'Wysłano',
    uploadFailed: 'Nie wysłano.',
    wrongType: (p) => `${p.name}: takiego pliku nie można załączyć. Dozwolone: ${p.types}.`,
    tooBig: (p) => `${p.name} jest większy niż ${p.size}.`,
    tooMany: (p) => `Można załączyć najwyżej ${p.count} plików.`,
    stillUploading: 'Poczekaj, aż pliki się wyślą.',
    announceUploaded: (p) => `Wysłano ${p.name}.`,
    download: (p) => `Pobierz ${p.name}`,
  },
};

export type AttachmentMessages = typeof en;
