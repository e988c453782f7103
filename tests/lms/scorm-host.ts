import * as scorm12 from 'scorm-again/scorm12';

// The package's ESM build exports the class by name; its type declarations say default.
type Scorm12API = InstanceType<typeof scorm12.default>;
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };

/**
 * A test LMS: a real SCORM 1.2 run-time (scorm-again's Scorm12API, which validates every value
 * against the data model and returns its error codes) offered as `window.API`, and a frame that
 * opens a package's launch URL, as an LMS does. The browser test drives it through `window.lms`.
 */
interface Refused {
  element: string;
  value: string;
  code: string;
}

let api: Scorm12API | null = null;
let frame: HTMLIFrameElement | null = null;
const calls: string[] = [];
const refused: Refused[] = [];

function open(url: string, cmi?: Record<string, unknown>): void {
  close();
  calls.length = 0;
  const runtime = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
  if (cmi) runtime.loadFromJSON(cmi);
  // Every call the content makes is recorded; a value the run-time refuses is kept with its error code.
  const wrap = <K extends 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'>(name: K) => {
    const original = runtime[name].bind(runtime);
    runtime[name] = ((arg: string) => {
      calls.push(name);
      return original(arg);
    }) as Scorm12API[K];
  };
  wrap('LMSInitialize');
  wrap('LMSCommit');
  wrap('LMSFinish');
  const setValue = runtime.LMSSetValue.bind(runtime);
  runtime.LMSSetValue = (element: string, value: unknown) => {
    const result = setValue(element, value);
    if (result !== 'true')
      refused.push({ element, value: String(value), code: String(runtime.LMSGetLastError()) });
    return result;
  };
  api = runtime;
  (window as unknown as { API: unknown }).API = runtime;
  frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.width = '1280';
  frame.height = '720';
  frame.src = url;
  document.getElementById('host')?.append(frame);
}

/** Closes the frame, as an LMS does when the learner leaves the activity. */
function close(): void {
  frame?.remove();
  frame = null;
}

/** The run-time's data model as the LMS would store it. */
const cmi = (): Record<string, unknown> => JSON.parse(JSON.stringify(api?.cmi ?? {}));

declare global {
  interface Window {
    lms: { open: typeof open; close: typeof close; cmi: typeof cmi; calls: string[]; refused: Refused[] };
  }
}
window.lms = { open, close, cmi, calls, refused };
