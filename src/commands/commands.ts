// The ribbon's function file. The 成果チェック button opens the task pane (ShowTaskpane) and needs no code;
// this page only has to load office.js, and registers a no-op action for a future ExecuteFunction button.
/// <reference types="office-js" />

function noop(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions?.associate('noop', noop);
  });
}
