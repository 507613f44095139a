// Stands in for office-addin-manifest under jest: office-addin-mock needs only its OfficeApp enum, and the real
// package pulls in an ES-module-only dependency that jest's CommonJS runtime cannot load.
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
