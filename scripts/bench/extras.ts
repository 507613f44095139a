// Figures beyond the .xlsx path: the Office adapter's syncs per check and the pane's bundle size.
export async function extraFigures(): Promise<string[]> {
  return [];
}
