import type { Catalog } from '../../i18n/locale.ts';

const en = {
  title: 'Bank transfer details',
  recipient: 'Recipient',
  iban: 'Account number (IBAN)',
  transferTitle: 'Transfer title',
  amount: 'Amount',
  copy: 'Copy',
  copied: (p: { what: string }) => `${p.what} copied`,
  copyFailed: 'Copying did not work here. The text is selected: press Ctrl+C (⌘C on a Mac).',
  status: { pending: 'Waiting for the transfer', succeeded: 'Booked', failed: 'Failed' },
  confirmationTitle: 'Speed up the booking',
  confirmationBody: (p: { email: string }) =>
    `Attach your bank’s payment confirmation and we will book the top-up without waiting for the interbank settlement. You can also e-mail it to ${p.email}.`,
  chooseFile: 'Choose a file',
  dropHint: 'or drop it here',
  fileHint: (p: { max: string }) => `PDF, JPEG or PNG, up to ${p.max}`,
  fileTooBig: (p: { max: string }) => `This file is larger than ${p.max}. Choose a smaller one.`,
  fileType: 'Choose a PDF, JPEG or PNG file.',
  uploading: (p: { name: string; percent: string }) => `Uploading ${p.name}… ${p.percent}`,
  uploaded: (p: { name: string }) => `Confirmation ${p.name} received. We will book your top-up shortly.`,
  uploadFailed: 'The confirmation was not uploaded.',
  notTransferTitle: 'Nothing to pay by transfer',
  notTransferBody: 'This top-up is not waiting for a bank transfer.',
};

export type BankTransferMessages = typeof en;

export const messages: Catalog<BankTransferMessages> = {
  en,
  pl: {
    title: 'Dane do przelewu',
    recipient: 'Odbiorca',
    iban: 'Numer konta (IBAN)',
    transferTitle: 'Tytuł przelewu',
    amount: 'Kwota',
    copy: 'Kopiuj',
    copied: (p) => `Skopiowano: ${p.what}`,
    copyFailed: 'Kopiowanie tu nie działa. Tekst jest zaznaczony: naciśnij Ctrl+C (⌘C na Macu).',
    status: { pending: 'Czekamy na przelew', succeeded: 'Zaksięgowano', failed: 'Nieudane' },
    confirmationTitle: 'Przyspiesz zaksięgowanie',
    confirmationBody: (p) =>
      `Dołącz bankowe potwierdzenie płatności, a zaksięgujemy doładowanie bez czekania na rozliczenie międzybankowe. Możesz je też wysłać na adres ${p.email}.`,
    chooseFile: 'Wybierz plik',
    dropHint: 'lub upuść go tutaj',
    fileHint: (p) => `PDF, JPEG lub PNG, do ${p.max}`,
    fileTooBig: (p) => `Ten plik jest większy niż ${p.max}. Wybierz mniejszy.`,
    fileType: 'Wybierz plik PDF, JPEG lub PNG.',
    uploading: (p) => `Wysyłanie pliku ${p.name}… ${p.percent}`,
    uploaded: (p) => `Otrzymaliśmy potwierdzenie ${p.name}. Wkrótce zaksięgujemy doładowanie.`,
    uploadFailed: 'Nie udało się wysłać potwierdzenia.',
    notTransferTitle: 'Nic do zapłacenia przelewem',
    notTransferBody: 'To doładowanie nie czeka na przelew bankowy.',
  },
};
