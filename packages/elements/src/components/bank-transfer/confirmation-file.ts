import { CONFIRMATION_LIMITS } from '@portico/sdk/account';

export type ConfirmationProblem = 'fileTooBig' | 'fileType';

const TYPE_BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

/**
 * Checks the bank confirmation before upload, as the contract will: type and size. A file
 * whose type the system did not report is typed by its extension.
 */
export function checkConfirmationFile(file: File): { file: File } | { problem: ConfirmationProblem } {
  const types: readonly string[] = CONFIRMATION_LIMITS.types;
  const inferred = TYPE_BY_EXTENSION[/\.(\w+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''];
  const typed = file.type === '' && inferred ? new File([file], file.name, { type: inferred, lastModified: file.lastModified }) : file;
  if (!types.includes(typed.type)) return { problem: 'fileType' };
  if (typed.size > CONFIRMATION_LIMITS.maxSize) return { problem: 'fileTooBig' };
  return { file: typed };
}
